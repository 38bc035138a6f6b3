'''A small monolith whose names, strings, SQL, route paths, docstrings and file names
carry HTML and JavaScript. If any of it ran in the report, it would set
`window.__pwned` or change the page title.'''

from __future__ import annotations

from pathlib import Path

from migrate_kit.api import AnalyzeRequest, analyze
from migrate_kit.formats import graph_json
from migrate_kit.model.boundaries import Proposal
from migrate_kit.model.facts import ParseFailure
from tests.support import write_tree

PAYLOAD = "<script>window.__pwned='{where}'</script><img src=x onerror=\"window.__pwned='{where}'\">"
TITLE = "</title><script>document.title='pwned'</script><b onmouseover=alert(1)>hostile</b>"


def payload(where: str) -> str:
    return PAYLOAD.format(where=where)


HOSTILE_TREE = {
    # JavaScript's own property names as Python packages: the report's code must not
    # treat service or module names as object keys.
    "toString/__init__.py": f'"""{payload("package doc")}"""\n',
    "toString/models.py": f'''
        """{payload("models doc")}"""
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


        class Base(DeclarativeBase):
            pass


        class Constructor(Base):
            """{payload("class doc")}"""
            __tablename__ = "<svg onload=window.__pwned='table'>"
            id: Mapped[int] = mapped_column(primary_key=True)
        ''',
    "toString/api.py": f'''
        """{payload("api doc")}"""
        from flask import Flask

        from toString.models import Constructor
        from __proto__.service import hasOwnProperty, valueOf

        app = Flask(__name__)


        @app.route("/<script>window.__pwned='route'</script>/<int:id>", methods=["POST"])
        def create(id):
            """{payload("route doc")}"""
            session.add(Constructor(id=id))
            hasOwnProperty(id)
            return valueOf(id)


        @app.route("/\\"><img src=x onerror=window.__pwned='route2'>")
        def show():
            return hasOwnProperty(1)
        ''',
    "__proto__/__init__.py": f'"""{payload("proto doc")}"""\n',
    "__proto__/service.py": f'''
        """</script><script>window.__pwned='script end'</script>"""
        import sqlite3

        from toString.models import Constructor


        def hasOwnProperty(x):
            """{payload("function doc")}"""
            db = sqlite3.connect(":memory:")
            db.execute("INSERT INTO \\"<img src=x onerror=window.__pwned='sql'>\\" (a) VALUES (1)")
            db.execute("UPDATE \\"<svg onload=window.__pwned=1>\\" SET a = '<script>window.__pwned=2</script>'")
            return x


        def valueOf(x):
            from toString.api import show
            show()
            return x


        def helper():
            return valueOf(2)
        ''',
    "__proto__/jobs.py": '''
        from __proto__.service import hasOwnProperty, valueOf


        def run():
            hasOwnProperty(1)
            valueOf(2)
        ''',
    # Not module names: skipped, and listed with their paths and reasons.
    "<img src=x onerror=window.__pwned='file'>.py": "x = 1\n",
    "scripts/<script>window.__pwned='path'<\\script>.py": "y = 2\n",
    "broken.py": "def f(:\n    '<script>window.__pwned=\"syntax\"</script>'\n",
}


def analyze_hostile(root: Path, out: Path) -> tuple:
    """(graph, proposal, skipped) for the hostile tree, analyzed for real."""
    write_tree(root, HOSTILE_TREE)
    result = analyze(AnalyzeRequest(root=root, out=out, use_cache=False, jobs=1))
    graph = graph_json.load(out / "graph.json")
    proposal: Proposal = result.proposal
    skipped: list[ParseFailure] = list(result.skipped)
    return graph, proposal, skipped
