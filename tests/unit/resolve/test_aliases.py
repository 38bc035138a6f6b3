"""Names bound to functions: aliases, reassignment, unpacking and module attributes."""

from tests.support import internal_edges


def test_simple_alias(tmp_path):
    """`g = f; g()` calls f."""
    edges = internal_edges(
        tmp_path,
        {
            "notifier.py": """
                def send_email(to):
                    return to

                def notify(user):
                    send = send_email
                    return send(user)
            """,
        },
    )
    assert edges == {("notifier.notify", "notifier.send_email")}



def test_reassignment_keeps_both_values(tmp_path):
    """Flow-insensitive: a variable assigned twice reaches both functions."""
    edges = internal_edges(
        tmp_path,
        {
            "handlers.py": """
                def on_create(event):
                    return event

                def on_delete(event):
                    return event

                def handle(event):
                    handler = on_create
                    handler(event)
                    handler = on_delete
                    return handler(event)
            """,
        },
    )
    assert edges == {("handlers.handle", "handlers.on_create"), ("handlers.handle", "handlers.on_delete")}


def test_module_global_reassigned_through_global_statement(tmp_path):
    """A module global rebound inside a function with `global` reaches both values from any reader."""
    edges = internal_edges(
        tmp_path,
        {
            "backend.py": """
                def slow_hash(data):
                    return 0

                def fast_hash(data):
                    return 1

                _impl = slow_hash

                def use_fast():
                    global _impl
                    _impl = fast_hash

                def digest(data):
                    return _impl(data)
            """,
        },
    )
    assert edges == {("backend.digest", "backend.slow_hash"), ("backend.digest", "backend.fast_hash")}


def test_tuple_unpacking_keeps_positions(tmp_path):
    """`a, b = f, g`: a holds f and b holds g."""
    edges = internal_edges(
        tmp_path,
        {
            "pairs.py": """
                def encode(x):
                    return x

                def decode(x):
                    return x

                def roundtrip_first(x):
                    enc, dec = encode, decode
                    return enc(x)

                def roundtrip_second(x):
                    enc, dec = encode, decode
                    return dec(x)
            """,
        },
    )
    assert edges == {("pairs.roundtrip_first", "pairs.encode"), ("pairs.roundtrip_second", "pairs.decode")}


def test_nested_tuple_unpacking(tmp_path):
    """`(a, b), c = (f, g), h` binds each name to its own function."""
    edges = internal_edges(
        tmp_path,
        {
            "nested.py": """
                def f():
                    return 1

                def g():
                    return 2

                def h():
                    return 3

                def only_b():
                    (a, b), c = (f, g), h
                    return b()

                def only_c():
                    (a, b), c = (f, g), h
                    return c()
            """,
        },
    )
    assert edges == {("nested.only_b", "nested.g"), ("nested.only_c", "nested.h")}


def test_module_attribute_calls(tmp_path):
    """`import mod; mod.f()` and `from pkg import mod; mod.f()`."""
    edges = internal_edges(
        tmp_path,
        {
            "utils.py": """
                def slug(text):
                    return text
            """,
            "pkg/__init__.py": "",
            "pkg/storage.py": """
                def save(obj):
                    return obj
            """,
            "main.py": """
                import utils
                from pkg import storage

                def publish(post):
                    storage.save(utils.slug(post))
            """,
        },
    )
    assert edges == {("main.publish", "utils.slug"), ("main.publish", "pkg.storage.save")}




def test_conditional_alias_reaches_both_branches(tmp_path):
    """`x = f if cond else g` and `x = a or b` hold both functions."""
    edges = internal_edges(
        tmp_path,
        {
            "pick.py": """
                def json_out(x):
                    return x

                def text_out(x):
                    return x

                def render(x, as_json):
                    out = json_out if as_json else text_out
                    return out(x)

                def render_default(x, custom):
                    out = custom or text_out
                    return out(x)
            """,
        },
    )
    assert edges == {
        ("pick.render", "pick.json_out"),
        ("pick.render", "pick.text_out"),
        ("pick.render_default", "pick.text_out"),
    }
