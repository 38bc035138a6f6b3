"""Lambdas: naming per enclosing scope, and calls made to and from them."""

from tests.support import callgraph_of, edges_of, internal_edges


def test_module_level_lambda_bound_to_name(tmp_path):
    """`normalize = lambda s: clean(s)` is `m.<lambda1>`; calling `normalize` calls it."""
    edges = internal_edges(
        tmp_path,
        {
            "text.py": """
                def clean(s):
                    return s

                normalize = lambda s: clean(s)

                def title(s):
                    return normalize(s)
            """,
        },
    )
    assert edges == {("text.title", "text.<lambda1>"), ("text.<lambda1>", "text.clean")}


def test_lambda_numbering_per_enclosing_scope_in_source_order(tmp_path):
    """Lambdas are numbered 1, 2, ... separately in the module and in each function."""
    graph = callgraph_of(
        tmp_path,
        {
            "calc.py": """
                def a():
                    return 1

                def b():
                    return 2

                def c():
                    return 3

                def d():
                    return 4

                first = lambda: a()

                def pair():
                    left = lambda: b()
                    right = lambda: c()
                    return left() + right()

                second = lambda: d()
            """,
        },
    )
    assert graph == {
        "calc": [],
        "calc.<lambda1>": ["calc.a"],
        "calc.<lambda2>": ["calc.d"],
        "calc.a": [],
        "calc.b": [],
        "calc.c": [],
        "calc.d": [],
        "calc.pair": ["calc.pair.<lambda1>", "calc.pair.<lambda2>"],
        "calc.pair.<lambda1>": ["calc.b"],
        "calc.pair.<lambda2>": ["calc.c"],
    }


def test_lambda_as_sort_key(tmp_path):
    """`sorted(xs, key=lambda i: score(i))`: the builtin, the lambda, and the lambda's call."""
    edges = edges_of(
        tmp_path,
        {
            "ranking.py": """
                def score(item):
                    return 0

                def rank(items):
                    return sorted(items, key=lambda item: score(item))
            """,
        },
    )
    assert edges == {
        ("ranking.rank", "<builtin>.sorted"),
        ("ranking.rank", "ranking.rank.<lambda1>"),
        ("ranking.rank.<lambda1>", "ranking.score"),
    }


def test_lambda_in_comprehension_numbered_per_function(tmp_path):
    """A lambda inside a comprehension is numbered within the enclosing function."""
    edges = edges_of(
        tmp_path,
        {
            "groups.py": """
                def weight(x):
                    return x

                def arrange(groups, xs):
                    flat = sorted(xs, key=lambda x: x)
                    return {k: sorted(v, key=lambda y: weight(y)) for k, v in groups}
            """,
        },
    )
    assert edges == {
        ("groups.arrange", "<builtin>.sorted"),
        ("groups.arrange", "groups.arrange.<lambda1>"),
        ("groups.arrange", "groups.arrange.<lambda2>"),
        ("groups.arrange.<lambda2>", "groups.weight"),
    }


def test_lambda_as_callback_argument(tmp_path):
    """A lambda passed to a function that calls it: the callee reaches the lambda."""
    edges = internal_edges(
        tmp_path,
        {
            "runner.py": """
                def notify(user):
                    return user

                def on_finish(callback):
                    return callback()

                def main(user):
                    on_finish(lambda: notify(user))
            """,
        },
    )
    assert edges == {
        ("runner.main", "runner.on_finish"),
        ("runner.on_finish", "runner.main.<lambda1>"),
        ("runner.main.<lambda1>", "runner.notify"),
    }



def test_lambdas_in_class_body(tmp_path):
    """Lambdas in a class body are `m.C.<lambdaN>`; iterating the class attribute calls them."""
    edges = internal_edges(
        tmp_path,
        {
            "rules.py": """
                def positive(v):
                    return v > 0

                def small(v):
                    return v < 10

                class Rules:
                    checks = [lambda v: positive(v), lambda v: small(v)]

                def validate(v):
                    return all(check(v) for check in Rules.checks)
            """,
        },
    )
    assert edges == {
        ("rules.validate", "rules.Rules.<lambda1>"),
        ("rules.validate", "rules.Rules.<lambda2>"),
        ("rules.Rules.<lambda1>", "rules.positive"),
        ("rules.Rules.<lambda2>", "rules.small"),
    }
