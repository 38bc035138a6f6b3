import os
import shutil

from .registry import COMMANDS, command


@command("help", "-h", "--help")
def show_help(args):
    for name in sorted(COMMANDS):
        print(f"  {name}")
    return 0


@command("clean")
def clean(args):
    target = args[0] if args else "build"
    if os.path.isdir(target):
        shutil.rmtree(target)
    return 0


@command("init", "new")
def init_project(args):
    name = args[0] if args else "project"
    os.makedirs(os.path.join(name, "src"), exist_ok=True)
    with open(os.path.join(name, "README.md"), "w") as fh:
        fh.write(f"# {name}\n")
    return 0
