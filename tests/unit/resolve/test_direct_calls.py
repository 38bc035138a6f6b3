"""Direct calls by name, and where each call is attributed."""

from tests.support import internal_edges


def test_direct_calls_between_functions(tmp_path):
    """Calling a function by name gives an edge to it."""
    edges = internal_edges(
        tmp_path,
        {
            "pipeline.py": """
                def load():
                    return []

                def clean(rows):
                    return rows

                def run():
                    rows = load()
                    return clean(rows)
            """,
        },
    )
    assert edges == {("pipeline.run", "pipeline.load"), ("pipeline.run", "pipeline.clean")}


def test_nested_functions(tmp_path):
    """A nested function is `m.outer.inner`; calls inside it are attributed to it."""
    edges = internal_edges(
        tmp_path,
        {
            "report.py": """
                def fmt(value):
                    return str(value)

                def build(rows):
                    def line(row):
                        def cell(value):
                            return fmt(value)
                        return cell(row)
                    return [line(r) for r in rows]
            """,
        },
    )
    assert edges == {
        ("report.build", "report.build.line"),
        ("report.build.line", "report.build.line.cell"),
        ("report.build.line.cell", "report.fmt"),
    }


def test_module_level_calls_are_attributed_to_the_module(tmp_path):
    """Calls at module level, including under `if __name__ == "__main__":`, belong to the module."""
    edges = internal_edges(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/cli.py": """
                def configure():
                    return {}

                def main():
                    return 0

                SETTINGS = configure()

                if __name__ == "__main__":
                    main()
            """,
        },
    )
    assert edges == {("app.cli", "app.cli.configure"), ("app.cli", "app.cli.main")}


def test_calls_in_class_body_are_attributed_to_the_class(tmp_path):
    """A call in a class body (outside methods) belongs to the class."""
    edges = internal_edges(
        tmp_path,
        {
            "config.py": """
                def load_defaults():
                    return {}

                def env_name():
                    return "dev"

                class Settings:
                    DEFAULTS = load_defaults()

                    def name(self):
                        return env_name()
            """,
        },
    )
    assert edges == {
        ("config.Settings", "config.load_defaults"),
        ("config.Settings.name", "config.env_name"),
    }


def test_calls_in_comprehensions_are_attributed_to_enclosing_function(tmp_path):
    """List, set, dict and generator comprehensions belong to the function around them."""
    edges = internal_edges(
        tmp_path,
        {
            "stats.py": """
                def score(x):
                    return x

                def key(x):
                    return x

                def ok(x):
                    return True

                def summarize(xs):
                    a = [score(x) for x in xs if ok(x)]
                    b = {key(x): score(x) for x in xs}
                    c = sum(score(x) for x in xs)
                    d = {key(y) for row in xs for y in row}
                    return a, b, c, d
            """,
        },
    )
    assert edges == {
        ("stats.summarize", "stats.score"),
        ("stats.summarize", "stats.key"),
        ("stats.summarize", "stats.ok"),
    }



def test_recursion_and_mutual_recursion(tmp_path):
    """A function calling itself gives a self-edge; mutual recursion gives both edges."""
    edges = internal_edges(
        tmp_path,
        {
            "mathx.py": """
                def factorial(n):
                    return 1 if n <= 1 else n * factorial(n - 1)

                def is_even(n):
                    return True if n == 0 else is_odd(n - 1)

                def is_odd(n):
                    return False if n == 0 else is_even(n - 1)
            """,
        },
    )
    assert edges == {
        ("mathx.factorial", "mathx.factorial"),
        ("mathx.is_even", "mathx.is_odd"),
        ("mathx.is_odd", "mathx.is_even"),
    }


def test_async_functions_and_awaited_calls(tmp_path):
    """`await f()` is a call to f; async defs are named like plain functions."""
    edges = internal_edges(
        tmp_path,
        {
            "fetcher.py": """
                async def fetch(url):
                    return url

                async def parse(body):
                    return body

                async def crawl(urls):
                    for url in urls:
                        body = await fetch(url)
                        await parse(body)
            """,
        },
    )
    assert edges == {("fetcher.crawl", "fetcher.fetch"), ("fetcher.crawl", "fetcher.parse")}


def test_conditional_definitions_with_different_parameters(tmp_path):
    """Two definitions under one name, only the second returning its parameter as it is
    (`return item`), which the first does not have: the call still resolves (SQLAlchemy's
    version-dependent helpers once stopped the analysis here with a ValueError). Arguments
    bind to the first definition's parameters, so what the call returns stays unknown."""
    edges = internal_edges(
        tmp_path,
        {
            "compat.py": """
                import sys

                def build():
                    return 1

                if sys.version_info >= (3, 11):
                    def identity(value, strict=False):
                        return build()
                else:
                    def identity(item):
                        return item

                def use():
                    return identity(build)()
            """,
        },
    )
    assert edges == {("compat.use", "compat.identity"), ("compat.identity", "compat.build")}
