"""callgraph.json: the de facto PyCG interchange format, `{caller: [callee, ...]}`."""

from __future__ import annotations

import json


def dumps(callgraph: dict[str, list[str]]) -> str:
    return json.dumps(callgraph, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
