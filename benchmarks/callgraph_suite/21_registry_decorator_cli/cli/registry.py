COMMANDS = {}
ALIASES = {}


def command(name, *aliases):
    def register(func):
        COMMANDS[name] = func
        for alias in aliases:
            ALIASES[alias] = name
        return func

    return register


def resolve(name):
    return COMMANDS[ALIASES.get(name, name)]


def run(argv):
    if not argv:
        return COMMANDS["help"]([])
    handler = resolve(argv[0])
    return handler(argv[1:])
