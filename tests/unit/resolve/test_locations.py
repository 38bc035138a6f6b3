"""Every CallSite carries the path (relative to ROOT, posix) and line of its call."""

from tests.support import resolve_tree


def sites(tmp_path, files, internal_only=False):
    """(caller, callee, path, line) for every resolved call."""
    resolution = resolve_tree(tmp_path, files)
    defined = set(resolution.program.scopes)
    return {
        (c.caller, c.callee, c.path, c.line)
        for c in resolution.calls
        if not internal_only or c.callee in defined
    }


def test_path_is_relative_posix_and_line_is_one_based(tmp_path):
    """A call in a sub-package file reports `pkg/sub/mod.py` and the call's line."""
    found = sites(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/sub/__init__.py": "",
            "pkg/sub/mod.py": """
                def helper():
                    return 1

                def main():
                    x = 0
                    return helper()
            """,
        },
    )
    assert found == {("pkg.sub.mod.main", "pkg.sub.mod.helper", "pkg/sub/mod.py", 6)}



def test_call_on_second_line_of_multiline_call(tmp_path):
    """An argument call on the second line of a multi-line call has that line; the outer call its own."""
    found = sites(
        tmp_path,
        {
            "multi.py": """
                def compute(a, b):
                    return a

                def helper(x):
                    return x

                result = compute(
                    helper(1),
                    2,
                )
            """,
        },
    )
    assert found == {
        ("multi", "multi.compute", "multi.py", 7),
        ("multi", "multi.helper", "multi.py", 8),
    }



def test_decorator_line(tmp_path):
    """Applying a decorator is reported at the decorator's line, each one in a stack at its own."""
    found = sites(
        tmp_path,
        {
            "deco.py": """
                def first(f):
                    return f

                def second(f):
                    return f

                @first
                @second
                def target():
                    return 1
            """,
        },
    )
    assert found == {("deco", "deco.first", "deco.py", 7), ("deco", "deco.second", "deco.py", 8)}



def test_calls_in_default_arguments(tmp_path):
    """A default value's call is made by the scope where the def appears, at the default's line."""
    found = sites(
        tmp_path,
        {
            "defaults.py": """
                def default_timeout():
                    return 30

                def default_retries():
                    return 3

                def connect(host,
                            timeout=default_timeout(),
                            retries=default_retries()):
                    return host

                class Client:
                    def open(self, timeout=default_timeout()):
                        return timeout
            """,
        },
    )
    assert found == {
        ("defaults", "defaults.default_timeout", "defaults.py", 8),
        ("defaults", "defaults.default_retries", "defaults.py", 9),
        ("defaults.Client", "defaults.default_timeout", "defaults.py", 13),
    }


def test_latin1_encoded_file(tmp_path):
    """A file declaring `# -*- coding: latin-1 -*-` with non-ASCII text is analyzed with right lines."""
    source = (
        "# -*- coding: latin-1 -*-\n"
        "# Caf\xe9 cr\xe8me\n"
        "NAME = \"\xe9t\xe9\"\n"
        "\n"
        "def greet():\n"
        "    return format_name(NAME)\n"
        "\n"
        "def format_name(n):\n"
        "    return n\n"
    ).encode("latin-1")
    found = sites(tmp_path, {"legacy.py": source})
    assert found == {("legacy.greet", "legacy.format_name", "legacy.py", 6)}



def test_src_layout_path_keeps_src_folder(tmp_path):
    """In a src layout the module is `pkg.mod` but the path is `src/pkg/mod.py`."""
    found = sites(
        tmp_path,
        {
            "src/pkg/__init__.py": "",
            "src/pkg/mod.py": """
                def a():
                    return b()

                def b():
                    return 1
            """,
        },
    )
    assert found == {("pkg.mod.a", "pkg.mod.b", "src/pkg/mod.py", 2)}


def test_locations_of_implicit_protocol_calls(tmp_path):
    """`with`, `for` and `raise` calls are located at their statement's line."""
    found = sites(
        tmp_path,
        {
            "proto.py": """
                class Box:
                    def __enter__(self):
                        return self

                    def __exit__(self, *exc):
                        return False

                    def __iter__(self):
                        return iter([])

                class Oops(Exception):
                    def __init__(self):
                        self.code = 1

                def use(box):
                    with box:
                        for item in box:
                            raise Oops

                use(Box())
            """,
        },
        internal_only=True,
    )
    assert found == {
        ("proto.use", "proto.Box.__enter__", "proto.py", 16),
        ("proto.use", "proto.Box.__exit__", "proto.py", 16),
        ("proto.use", "proto.Box.__iter__", "proto.py", 17),
        ("proto.use", "proto.Oops.__init__", "proto.py", 18),
        ("proto", "proto.use", "proto.py", 20),
    }
