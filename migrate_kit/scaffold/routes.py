"""HTTP routes of the monolith (Flask, FastAPI, Django) as API Gateway and Powertools routes."""

from __future__ import annotations

import re

from migrate_kit.scaffold.model import Route

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
WITH_BODY = ("POST", "PUT", "PATCH", "ANY")
_FLASK = re.compile(r"<(?:(?P<converter>[a-zA-Z_]+)(?:\([^)]*\))?:)?(?P<name>[A-Za-z_][A-Za-z0-9_]*)>")
_DJANGO = re.compile(r"\(\?P<(?P<name>[A-Za-z_][A-Za-z0-9_]*)>(?P<pattern>[^)]*)\)")
_FASTAPI = re.compile(r"\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?::(?P<converter>[a-z]+))?\}")
_INTEGER_PATTERNS = {r"\d+", r"[0-9]+", r"\d*", r"[0-9]*"}


def route(method: str | None, original: str, framework: str) -> tuple[Route, dict[str, str]]:
    """The route and the types its converters say (`<int:id>` -> {"id": "int"})."""
    types: dict[str, str] = {}
    names: list[str] = []

    def placeholder(name: str, kind: str = "") -> str:
        names.append(name)
        if kind:
            types[name] = kind
        return "\x00" + name + "\x01"

    text = original.strip().lstrip("^").rstrip("$")
    text = _DJANGO.sub(lambda m: placeholder(m["name"], "int" if m["pattern"] in _INTEGER_PATTERNS else ""), text)
    text = _FLASK.sub(lambda m: placeholder(m["name"], _converter(m["converter"])), text)
    text = _FASTAPI.sub(lambda m: placeholder(m["name"], _converter(m["converter"])), text)
    text = re.sub(r"[^A-Za-z0-9_\-./~\x00\x01]", "", text)  # regex leftovers API Gateway would refuse
    text = "/" + "/".join(p for p in text.split("/") if p)
    greedy = text.endswith("\x01") and any(types.get(n) == "path" for n in names[-1:])
    sam = text.replace("\x00", "{").replace("\x01", "}")
    if greedy:
        sam = sam[:-1] + "+}"
    resolver = text.replace("\x00", "<").replace("\x01", ">")
    verb = (method or "ANY").upper()
    verb = verb if verb in METHODS else "ANY"
    return Route(verb, sam, resolver, original, framework, tuple(dict.fromkeys(names))), {
        n: t for n, t in types.items() if t in ("int", "float")}


def _converter(converter: str | None) -> str:
    return {"int": "int", "float": "float", "path": "path"}.get(converter or "", "")
