import math

from . import evaluator

REGISTRY = {}


def expose(name):
    def decorator(func):
        REGISTRY[name] = func
        return func

    return decorator


def call(name, args, env):
    try:
        func = REGISTRY[name]
    except KeyError:
        raise NameError(f"unknown function {name}") from None
    return func(*args, env=env)


@expose("min")
def fn_min(*args, env):
    return min(args)


@expose("round")
def fn_round(value, digits=0, *, env):
    return round(value, int(digits))


@expose("ceil")
def fn_ceil(value, *, env):
    return math.ceil(value)


@expose("lookup")
def fn_lookup(table, key, *, env):
    return env["tables"][table].get(key, 0)


@expose("if")
def fn_if(condition, then_value, else_value, *, env):
    return then_value if condition else else_value


@expose("rule")
def fn_rule(rule_name, *, env):
    return evaluator.evaluate(env["rules"][rule_name], env)
