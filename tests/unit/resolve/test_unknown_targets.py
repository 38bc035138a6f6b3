"""Calls whose target cannot be known give no edge."""

from migrate_kit.resolve.solver import FINAL_NODE_CAP
from tests.support import edges_of, internal_edges


def test_parameter_never_given_a_known_value(tmp_path):
    """A parameter nobody passes anything known to: calls on or through it give no edge."""
    edges = edges_of(
        tmp_path,
        {
            "hooks.py": """
                class Repo:
                    def save(self, obj):
                        return obj

                def run_hook(hook, event):
                    hook(event)
                    return event.dispatch()

                def persist(repo, obj):
                    return repo.save(obj)
            """,
        },
    )
    assert edges == set()



def test_getattr_with_variable_name(tmp_path):
    """`getattr(obj, name)()` with a runtime name: only `<builtin>.getattr`."""
    edges = edges_of(
        tmp_path,
        {
            "exporters.py": """
                class Exporter:
                    def to_csv(self):
                        return ""

                    def to_json(self):
                        return "{}"

                def export(fmt):
                    exporter = Exporter()
                    method = getattr(exporter, "to_" + fmt)
                    return method()
            """,
        },
    )
    assert edges == {("exporters.export", "<builtin>.getattr")}



def test_eval_and_exec_give_no_target(tmp_path):
    """`eval("f()")` and `exec(...)` call only the builtins, never the named function."""
    edges = edges_of(
        tmp_path,
        {
            "dyn.py": """
                def secret():
                    return 42

                def run(code):
                    eval("secret()")
                    exec(code)
            """,
        },
    )
    assert edges == {("dyn.run", "<builtin>.eval"), ("dyn.run", "<builtin>.exec")}


def test_dynamic_import_result_is_unknown(tmp_path):
    """`importlib.import_module(name).run()` gives only `importlib.import_module`."""
    edges = edges_of(
        tmp_path,
        {
            "plugins/__init__.py": "",
            "plugins/alpha.py": """
                def run():
                    return 1
            """,
            "loader.py": """
                import importlib

                def load(name):
                    module = importlib.import_module("plugins." + name)
                    return module.run()
            """,
        },
    )
    assert edges == {("loader.load", "importlib.import_module")}



def test_unknown_receiver_attribute_name_does_not_guess(tmp_path):
    """`obj.save()` on an unknown object does not reach every method called `save`."""
    edges = internal_edges(
        tmp_path,
        {
            "models.py": """
                class User:
                    def save(self):
                        return 1

                class Order:
                    def save(self):
                        return 2

                def persist_all(objects):
                    for obj in objects:
                        obj.save()
            """,
        },
    )
    assert edges == set()


def test_an_expression_with_more_values_than_the_final_cap_is_unknown(tmp_path):
    """A parameter that receives more distinct functions than FINAL_NODE_CAP mixes
    everything: calls through it give no edge (rather than a thousand guesses), while a
    parameter with a few values still resolves."""
    count = FINAL_NODE_CAP + 10
    handlers = "\n".join(f"def handler_{i}():\n    return {i}\n" for i in range(count))
    registrations = "\n".join(f"dispatch(handler_{i})" for i in range(count))
    edges = internal_edges(
        tmp_path,
        {
            "events.py": f"""
{handlers}

def dispatch(handler):
    handler()


def notify(callback):
    callback()


{registrations}
notify(handler_0)
notify(handler_1)
""",
        },
    )
    assert not any(caller == "events.dispatch" for caller, _ in edges)
    assert {callee for caller, callee in edges if caller == "events.notify"} == {"events.handler_0", "events.handler_1"}
    assert ("events", "events.dispatch") in edges
