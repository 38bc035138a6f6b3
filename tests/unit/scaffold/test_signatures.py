"""Parameters of the monolith's functions, as the generated code validates them."""

import ast
import textwrap

import pytest

from migrate_kit.scaffold import signatures


def params(source: str, qualname: str = "f", method: bool = False, django_view: bool = False):
    tree = ast.parse(textwrap.dedent(source))
    found = signatures.signature(signatures.find_function(tree, qualname, 0), method, django_view)
    return {p.name: (p.annotation, p.required, p.portable) for p in found.params}


@pytest.mark.parametrize(("annotation", "expected"), [
    ("int", "int"), ("str", "str"), ("Decimal", "Decimal"), ("decimal.Decimal", "Decimal"),
    ("datetime", "datetime"), ("date", "date"), ("UUID", "UUID"), ("list[int]", "list[int]"),
    ("List[str]", "list[str]"), ("Iterable[int]", "list[int]"), ("dict[str, int]", "dict[str, int]"),
    ("Optional[int]", "int | None"), ("int | None", "int | None"), ("Union[int, None]", "int | None"),
    ("'int'", "int"), ("Any", "Any"), ("Literal['a', 'b']", "Any"), ("int | str", "int | str"),
])
def test_annotations_become_checkable_types(annotation, expected):
    assert params(f"def f(x: {annotation}): ...")["x"][0] == expected


def test_a_monolith_class_is_any_and_flagged():
    assert params("def f(cart: Cart, items: list[Line]): ...") == {
        "cart": ("Any", True, False), "items": ("list[Any]", True, False)}


def test_defaults_make_parameters_optional():
    assert params("def f(a: int, b: int = 1, c: str | None = None, *, d: bool = False): ...") == {
        "a": ("int", True, True), "b": ("int", False, True), "c": ("str | None", False, True),
        "d": ("bool", False, True)}


def test_self_bound_tasks_and_django_requests_are_not_caller_input():
    assert params("class C:\n    def m(self, x: int): ...", "C.m", method=True) == {"x": ("int", True, True)}
    assert params("@shared_task(bind=True)\ndef t(self, order_id: int): ...", "t") == {
        "order_id": ("int", True, True)}
    assert params("class V(View):\n    def get(self, request, pk): ...", "V.get", method=True,
                  django_view=True) == {"pk": ("Any", True, True)}
    assert params("def register(request): ...", "register", django_view=True) == {}


def test_fastapi_dependencies_are_dropped_and_sources_kept():
    tree = ast.parse(textwrap.dedent("""
        def f(q: str = Query(...), limit: int = Query(50), token: str = Header(None), svc=Depends(make)): ...
    """))
    found = signatures.signature(signatures.find_function(tree, "f", 0), False)
    assert [(p.name, p.required, p.http_source) for p in found.params] == [
        ("q", True, "query"), ("limit", False, "query"), ("token", False, "header")]


def test_kwargs_and_coroutines_and_docstrings():
    tree = ast.parse('async def f(a: int, **extra):\n    """Does a thing.\n\n    More."""')
    found = signatures.signature(signatures.find_function(tree, "f", 0), False)
    assert (found.accepts_extra, found.is_async, found.doc) == (True, True, "Does a thing.")


def test_examples_are_valid_and_invalid_values_refused():
    found = params("def f(a: int, b: Decimal, c: list[int], d: str, e: Any): ...")
    assert found
    tree = ast.parse("def f(a: int, b: Decimal, c: list[int], d: str, e: Any): ...")
    by_name = {p.name: p for p in signatures.signature(tree.body[0], False).params}
    assert (by_name["a"].example, by_name["a"].invalid) == ("7", "'not-a-number'")
    assert by_name["c"].example == "[7]"
    assert by_name["e"].invalid is None


def test_http_sources():
    param = signatures.signature(ast.parse("def f(a: int, b: Any, c: int): ...").body[0], False).params
    routed = [signatures.for_http(p, ("c",), has_body=True).http_source for p in param]
    assert routed == ["query", "body", "path"]
    assert signatures.for_http(param[1], (), has_body=False).http_source == "query"
