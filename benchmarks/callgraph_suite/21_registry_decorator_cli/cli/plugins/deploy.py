import subprocess

from ..registry import command


@command("deploy")
def deploy(args):
    env = args[0] if args else "staging"
    subprocess.run(["ansible-playbook", f"deploy-{env}.yml"], check=True)
    return 0
