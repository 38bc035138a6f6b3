from .evaluator import evaluate
from .nodes import And, Call, Const, Or, Var
from .printer import RulePrinter


def flatten(names):
    out = []
    for name in names:
        if isinstance(name, (list, tuple)):
            out.extend(flatten(name))
        else:
            out.append(name)
    return out


def build_rules():
    discount = Call("round", Call("lookup", Const("tiers"), Var("tier")), Const(2))
    eligible = Or(And(Var("active"), Call("if", Var("vip"), Const(True), Const(False))), Var("staff"))
    capped = Call("min", Call("rule", Const("discount")), Const(25))
    return {"discount": discount, "eligible": eligible, "capped": capped}


def run(env, names):
    rules = build_rules()
    env = dict(env, rules=rules)
    printer = RulePrinter()
    report = {}
    for name in flatten(names):
        node = rules[name]
        report[name] = {
            "value": evaluate(node, env),
            "text": printer.render(node),
            "size": sum(1 for _ in node.walk()),
            "depth": node.depth(),
        }
    return report
