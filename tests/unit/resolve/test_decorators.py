"""Decorators: applying them, calling what they decorate, and wrappers."""

from tests.support import edges_of, internal_edges


def test_applying_a_decorator_is_a_call_from_the_defining_scope(tmp_path):
    """`@register` at module level, in a class body and in a function body."""
    edges = internal_edges(
        tmp_path,
        {
            "plugins.py": """
                PLUGINS = []

                def register(func):
                    PLUGINS.append(func)
                    return func

                @register
                def hello():
                    return "hi"

                class Commands:
                    @register
                    def status(self):
                        return "ok"

                def setup():
                    @register
                    def local():
                        return 1
                    return local
            """,
        },
    )
    assert edges == {
        ("plugins", "plugins.register"),
        ("plugins.Commands", "plugins.register"),
        ("plugins.setup", "plugins.register"),
    }



def test_wrapping_decorator_reaches_function_and_wrapper(tmp_path):
    """Calling a wrapped function reaches the function and the wrapper; the wrapper calls the function."""
    edges = internal_edges(
        tmp_path,
        {
            "timing.py": """
                def timed(func):
                    def wrapper(*args, **kwargs):
                        return func(*args, **kwargs)
                    return wrapper

                @timed
                def build_report():
                    return 1

                def main():
                    return build_report()
            """,
        },
    )
    assert edges == {
        ("timing", "timing.timed"),
        ("timing.main", "timing.build_report"),
        ("timing.main", "timing.timed.wrapper"),
        ("timing.timed.wrapper", "timing.build_report"),
    }


def test_wrapper_calls_every_function_its_decorator_is_applied_to(tmp_path):
    """One decorator on two functions: its wrapper reaches both (context-insensitive)."""
    edges = internal_edges(
        tmp_path,
        {
            "api.py": """
                def logged(func):
                    def wrapper(*args):
                        return func(*args)
                    return wrapper

                @logged
                def create():
                    return 1

                @logged
                def delete():
                    return 2

                def main():
                    create()
            """,
        },
    )
    assert edges == {
        ("api", "api.logged"),
        ("api.main", "api.create"),
        ("api.main", "api.logged.wrapper"),
        ("api.logged.wrapper", "api.create"),
        ("api.logged.wrapper", "api.delete"),
    }


def test_decorator_with_arguments(tmp_path):
    """`@retry(3)` calls `retry` and the `decorator` it returns; callers reach the inner wrapper."""
    edges = internal_edges(
        tmp_path,
        {
            "net.py": """
                def retry(times):
                    def decorator(func):
                        def wrapper(*args, **kwargs):
                            for _ in range(times):
                                return func(*args, **kwargs)
                        return wrapper
                    return decorator

                @retry(3)
                def fetch(url):
                    return url

                def main():
                    return fetch("http://x")
            """,
        },
    )
    assert edges == {
        ("net", "net.retry"),
        ("net", "net.retry.decorator"),
        ("net.main", "net.fetch"),
        ("net.main", "net.retry.decorator.wrapper"),
        ("net.retry.decorator.wrapper", "net.fetch"),
    }


def test_stacked_decorators(tmp_path):
    """Two wrapping decorators: callers reach the function and both wrappers; each
    wrapper calls what it was given (the outer one gets the inner wrapper)."""
    edges = internal_edges(
        tmp_path,
        {
            "views.py": """
                def login_required(view):
                    def inner(*args):
                        return view(*args)
                    return inner

                def cached(view):
                    def inner(*args):
                        return view(*args)
                    return inner

                @login_required
                @cached
                def dashboard():
                    return "dash"

                def warm():
                    return dashboard()
            """,
        },
    )
    assert edges == {
        ("views", "views.login_required"),
        ("views", "views.cached"),
        ("views.warm", "views.dashboard"),
        ("views.warm", "views.login_required.inner"),
        ("views.warm", "views.cached.inner"),
        ("views.cached.inner", "views.dashboard"),
        ("views.login_required.inner", "views.cached.inner"),
    }


def test_functools_wraps(tmp_path):
    """`@functools.wraps(func)` is a call to `functools.wraps` from the decorator; the wrapper stays ours."""
    edges = edges_of(
        tmp_path,
        {
            "deco.py": """
                import functools

                def timed(func):
                    @functools.wraps(func)
                    def wrapper(*args, **kwargs):
                        return func(*args, **kwargs)
                    return wrapper

                @timed
                def report():
                    return 1

                def main():
                    return report()
            """,
        },
    )
    assert edges == {
        ("deco", "deco.timed"),
        ("deco.timed", "functools.wraps"),
        ("deco.main", "deco.report"),
        ("deco.main", "deco.timed.wrapper"),
        ("deco.timed.wrapper", "deco.report"),
    }




def test_library_route_decorator_leaves_function_bound(tmp_path):
    """`@app.route(...)` calls `flask.Flask.route`; the name still refers to the view function."""
    edges = edges_of(
        tmp_path,
        {
            "web.py": """
                from flask import Flask

                app = Flask(__name__)

                def load_orders():
                    return []

                @app.route("/orders")
                def list_orders():
                    return load_orders()

                def warm_cache():
                    return list_orders()
            """,
        },
    )
    assert edges == {
        ("web", "flask.Flask"),
        ("web", "flask.Flask.route"),
        ("web.list_orders", "web.load_orders"),
        ("web.warm_cache", "web.list_orders"),
    }



def test_registering_class_decorator(tmp_path):
    """A class decorator returning the class: construction and methods still resolve."""
    edges = internal_edges(
        tmp_path,
        {
            "exporters.py": """
                REGISTRY = {}

                def register(cls):
                    REGISTRY[cls.__name__] = cls
                    return cls

                @register
                class CsvExporter:
                    def __init__(self):
                        self.rows = []

                    def export(self):
                        return self.rows

                def main():
                    return CsvExporter().export()

                def by_name(name):
                    return REGISTRY[name]().export()
            """,
        },
    )
    assert edges == {
        ("exporters", "exporters.register"),
        ("exporters.main", "exporters.CsvExporter.__init__"),
        ("exporters.main", "exporters.CsvExporter.export"),
        ("exporters.by_name", "exporters.CsvExporter.__init__"),
        ("exporters.by_name", "exporters.CsvExporter.export"),
    }


def test_replacing_class_decorator(tmp_path):
    """`@singleton` returning a ROOT closure: calling the class reaches `__init__` and the closure."""
    edges = internal_edges(
        tmp_path,
        {
            "services.py": """
                def singleton(cls):
                    instances = {}

                    def get_instance(*args, **kwargs):
                        if cls not in instances:
                            instances[cls] = cls(*args, **kwargs)
                        return instances[cls]

                    return get_instance

                @singleton
                class Config:
                    def __init__(self):
                        self.values = {}

                def main():
                    return Config()
            """,
        },
    )
    assert edges == {
        ("services", "services.singleton"),
        ("services.main", "services.Config.__init__"),
        ("services.main", "services.singleton.get_instance"),
        ("services.singleton.get_instance", "services.Config.__init__"),
    }
