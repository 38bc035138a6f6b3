"""Qualified names of scopes: modules from paths, then classes, functions and lambdas inside."""

from tests.support import callgraph_of, resolve_tree


def scope_names(root, files):
    return set(resolve_tree(root, files).program.scopes)


def test_module_names_from_paths(tmp_path):
    """`main.py` is `main`, `pkg/__init__.py` is `pkg`, `pkg/sub/deep.py` is `pkg.sub.deep`."""
    names = scope_names(
        tmp_path,
        {
            "main.py": "",
            "pkg/__init__.py": "",
            "pkg/mod.py": "",
            "pkg/sub/__init__.py": "",
            "pkg/sub/deep.py": "",
        },
    )
    assert names == {"main", "pkg", "pkg.mod", "pkg.sub", "pkg.sub.deep"}



def test_nested_functions(tmp_path):
    """`def f(): def g(): def h()` gives `m.f`, `m.f.g`, `m.f.g.h`."""
    names = scope_names(
        tmp_path,
        {
            "m.py": """
                def f():
                    def g():
                        def h():
                            return 1
                        return h
                    return g
            """,
        },
    )
    assert names == {"m", "m.f", "m.f.g", "m.f.g.h"}


def test_methods_and_nested_classes(tmp_path):
    """Methods are `m.C.meth`; nested classes `m.C.Inner`; classes in functions `m.f.Local`."""
    names = scope_names(
        tmp_path,
        {
            "m.py": """
                class C:
                    def meth(self):
                        return 1

                    class Inner:
                        def run(self):
                            return 2

                def f():
                    class Local:
                        def go(self):
                            return 3
                    return Local
            """,
        },
    )
    assert names == {"m", "m.C", "m.C.meth", "m.C.Inner", "m.C.Inner.run", "m.f", "m.f.Local", "m.f.Local.go"}



def test_lambda_names(tmp_path):
    """Lambdas are `<lambdaN>` per enclosing module, class, function or method, in source order."""
    names = scope_names(
        tmp_path,
        {
            "m.py": """
                top = lambda: 1

                class C:
                    key = lambda self: 2

                    def meth(self):
                        return sorted([], key=lambda x: x)

                def f():
                    a = lambda: 3
                    b = lambda: 4
                    return a, b

                last = lambda: 5
            """,
        },
    )
    assert names == {
        "m",
        "m.<lambda1>",
        "m.<lambda2>",
        "m.C",
        "m.C.<lambda1>",
        "m.C.meth",
        "m.C.meth.<lambda1>",
        "m.f",
        "m.f.<lambda1>",
        "m.f.<lambda2>",
    }


def test_comprehensions_are_not_callgraph_keys(tmp_path):
    """Comprehensions are scopes for name binding only: calls in them belong to
    their owner, and they are no callgraph keys."""
    names = set(callgraph_of(
        tmp_path,
        {
            "m.py": """
                SQUARES = [n * n for n in range(3)]

                def f(xs):
                    return {x: [y for y in x] for x in xs}
            """,
        },
    ))
    assert names == {"m", "m.f"}


def test_src_layout(tmp_path):
    """`src/pkg/mod.py` is `pkg.mod` when `src` is not a package."""
    names = scope_names(
        tmp_path,
        {
            "src/pkg/__init__.py": "",
            "src/pkg/mod.py": """
                def run():
                    return 1
            """,
        },
    )
    assert names == {"pkg", "pkg.mod", "pkg.mod.run"}


def test_root_with_its_own_init(tmp_path):
    """A ROOT folder with `__init__.py`: its folder name never appears in module names."""
    root = tmp_path / "myproject"
    names = scope_names(
        root,
        {
            "__init__.py": "",
            "app.py": """
                def run():
                    return 1
            """,
            "core/__init__.py": "",
            "core/models.py": """
                class User:
                    pass
            """,
        },
    )
    assert not any("myproject" in name for name in names)
    assert names - {"__init__"} == {"app", "app.run", "core", "core.models", "core.models.User"}


def test_conditional_definitions_share_one_name(tmp_path):
    """Two definitions of the same name (if/else, getter and setter) are one key."""
    graph = callgraph_of(
        tmp_path,
        {
            "compat.py": """
                import sys

                if sys.version_info >= (3, 11):
                    def now():
                        return 1
                else:
                    def now():
                        return 2

                class Box:
                    @property
                    def size(self):
                        return 1

                    @size.setter
                    def size(self, value):
                        self._size = value
            """,
        },
    )
    assert set(graph) == {"compat", "compat.now", "compat.Box", "compat.Box.size"}
