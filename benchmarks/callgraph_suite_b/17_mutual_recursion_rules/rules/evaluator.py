from . import functions
from .nodes import And, Call, Const, Or, Var


def evaluate(node, env):
    if isinstance(node, Const):
        return node.value
    if isinstance(node, Var):
        return env[node.value]
    if isinstance(node, Call):
        args = [evaluate(arg, env) for arg in node.children]
        return functions.call(node.value, args, env)
    if isinstance(node, (And, Or)):
        return evaluate_logic(node, env)
    raise TypeError(f"cannot evaluate {node.kind}")


def evaluate_logic(node, env):
    results = (evaluate(child, env) for child in node.children)
    return all(results) if isinstance(node, And) else any(results)
