"""Functions as values: arguments, containers, return values, higher-order builtins."""

from tests.support import edges_of, internal_edges


def test_function_passed_as_argument(tmp_path):
    """A parameter called by the callee reaches every function passed at any call site."""
    edges = internal_edges(
        tmp_path,
        {
            "runner.py": """
                def apply(fn, value):
                    return fn(value)

                def double(x):
                    return x * 2

                def square(x):
                    return x * x

                def main():
                    apply(double, 1)
                    apply(square, 2)
            """,
        },
    )
    assert edges == {
        ("runner.main", "runner.apply"),
        ("runner.apply", "runner.double"),
        ("runner.apply", "runner.square"),
    }


def test_function_passed_by_keyword_and_default(tmp_path):
    """A keyword argument and a parameter default both flow into the parameter."""
    edges = internal_edges(
        tmp_path,
        {
            "jobs.py": """
                def log_result(result):
                    return result

                def notify(result):
                    return result

                def run_job(job, on_done=log_result):
                    return on_done(job)

                def main():
                    run_job("a")
                    run_job("b", on_done=notify)
            """,
        },
    )
    assert edges == {
        ("jobs.main", "jobs.run_job"),
        ("jobs.run_job", "jobs.log_result"),
        ("jobs.run_job", "jobs.notify"),
    }



def test_dispatch_dict_lookup(tmp_path):
    """Functions stored in a dict and called after a subscript or `.get` lookup."""
    edges = internal_edges(
        tmp_path,
        {
            "webhooks.py": """
                def on_paid(payload):
                    return payload

                def on_refunded(payload):
                    return payload

                def unknown_event(payload):
                    return None

                HANDLERS = {"paid": on_paid, "refunded": on_refunded}

                def dispatch(kind, payload):
                    return HANDLERS[kind](payload)

                def dispatch_safe(kind, payload):
                    handler = HANDLERS.get(kind, unknown_event)
                    return handler(payload)
            """,
        },
    )
    assert edges == {
        ("webhooks.dispatch", "webhooks.on_paid"),
        ("webhooks.dispatch", "webhooks.on_refunded"),
        ("webhooks.dispatch_safe", "webhooks.on_paid"),
        ("webhooks.dispatch_safe", "webhooks.on_refunded"),
        ("webhooks.dispatch_safe", "webhooks.unknown_event"),
    }


def test_list_of_functions_iterated(tmp_path):
    """Functions in a list literal and added with `append`, called while iterating."""
    edges = internal_edges(
        tmp_path,
        {
            "hooks.py": """
                def trim(s):
                    return s

                def lower(s):
                    return s

                def strip_tags(s):
                    return s

                CLEANERS = [trim, lower]
                CLEANERS.append(strip_tags)

                def clean(s):
                    for cleaner in CLEANERS:
                        s = cleaner(s)
                    return s
            """,
        },
    )
    assert edges == {
        ("hooks.clean", "hooks.trim"),
        ("hooks.clean", "hooks.lower"),
        ("hooks.clean", "hooks.strip_tags"),
    }


def test_function_returned_from_function(tmp_path):
    """`pick()()` calls pick and whatever it returns."""
    edges = internal_edges(
        tmp_path,
        {
            "strategy.py": """
                def fast(x):
                    return x

                def pick():
                    return fast

                def main():
                    return pick()(1)
            """,
        },
    )
    assert edges == {("strategy.main", "strategy.pick"), ("strategy.main", "strategy.fast")}


def test_closure_returned_from_factory(tmp_path):
    """A nested function returned by a factory is called through the variable."""
    edges = internal_edges(
        tmp_path,
        {
            "validators.py": """
                def check_length(value, n):
                    return len(value) <= n

                def max_length(n):
                    def validate(value):
                        return check_length(value, n)
                    return validate

                def main(name):
                    validator = max_length(10)
                    return validator(name)
            """,
        },
    )
    assert edges == {
        ("validators.main", "validators.max_length"),
        ("validators.main", "validators.max_length.validate"),
        ("validators.max_length.validate", "validators.check_length"),
    }


def test_map_filter_sorted_with_root_functions(tmp_path):
    """`map(f, xs)`, `filter(f, xs)`, `sorted(xs, key=f)`, `max(xs, key=f)` call the builtin and f."""
    edges = edges_of(
        tmp_path,
        {
            "ranking.py": """
                def parse(x):
                    return x

                def is_valid(x):
                    return True

                def score(x):
                    return 0

                def weight(x):
                    return 1

                def rank(rows):
                    parsed = map(parse, rows)
                    valid = filter(is_valid, parsed)
                    ordered = sorted(valid, key=score)
                    return ordered, max(ordered, key=weight)
            """,
        },
    )
    assert edges == {
        ("ranking.rank", "<builtin>.map"),
        ("ranking.rank", "ranking.parse"),
        ("ranking.rank", "<builtin>.filter"),
        ("ranking.rank", "ranking.is_valid"),
        ("ranking.rank", "<builtin>.sorted"),
        ("ranking.rank", "ranking.score"),
        ("ranking.rank", "<builtin>.max"),
        ("ranking.rank", "ranking.weight"),
    }


def test_callback_stored_on_instance(tmp_path):
    """A function passed to a constructor and stored on `self` is called by a method."""
    edges = internal_edges(
        tmp_path,
        {
            "ui.py": """
                class Button:
                    def __init__(self, on_click):
                        self.on_click = on_click

                    def click(self):
                        return self.on_click()

                def save():
                    return "saved"

                def main():
                    Button(save).click()
            """,
        },
    )
    assert edges == {
        ("ui.main", "ui.Button.__init__"),
        ("ui.main", "ui.Button.click"),
        ("ui.Button.click", "ui.save"),
    }



def test_star_args_collect_functions(tmp_path):
    """`def call_all(*funcs)`: iterating the `*args` tuple reaches every function passed."""
    edges = internal_edges(
        tmp_path,
        {
            "hooks.py": """
                def a():
                    return 1

                def b():
                    return 2

                def call_all(*funcs):
                    for f in funcs:
                        f()

                def main():
                    call_all(a, b)
            """,
        },
    )
    assert edges == {("hooks.main", "hooks.call_all"), ("hooks.call_all", "hooks.a"), ("hooks.call_all", "hooks.b")}


def test_star_args_forwarding(tmp_path):
    """`run(fn, *args, **kwargs)` forwards to fn; `outer(*args)` forwards its arguments to `inner`."""
    edges = internal_edges(
        tmp_path,
        {
            "tasks.py": """
                def run(fn, *args, **kwargs):
                    return fn(*args, **kwargs)

                def inner(callback):
                    return callback()

                def outer(*args):
                    return inner(*args)

                def work(x):
                    return x

                def task():
                    return 1

                def main():
                    run(work, 1)
                    outer(task)
            """,
        },
    )
    assert edges == {
        ("tasks.main", "tasks.run"),
        ("tasks.main", "tasks.outer"),
        ("tasks.run", "tasks.work"),
        ("tasks.outer", "tasks.inner"),
        ("tasks.inner", "tasks.task"),
    }
