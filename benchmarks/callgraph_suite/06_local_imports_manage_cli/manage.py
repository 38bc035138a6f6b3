import sys

COMMANDS = ("migrate", "seed", "shell")


def usage():
    print("usage: manage.py [migrate|seed|shell] [args]")
    return 2


def main(argv):
    if len(argv) < 2 or argv[1] not in COMMANDS:
        return usage()
    name = argv[1]
    if name == "migrate":
        from commands import migrate

        migrate.run(verbose="-v" in argv)
    elif name == "seed":
        import commands.seed

        commands.seed.run(count=int(argv[2]) if len(argv) > 2 else 10)
    else:
        import code

        code.interact(local={})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
