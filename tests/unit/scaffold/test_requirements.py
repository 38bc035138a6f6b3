"""requirements.txt: third-party imports only, pinned as the monolith pins them."""

from migrate_kit.scaffold.requirements import GENERATED, monolith_pins, requirements
from tests.support import write_tree


def test_only_third_party_packages_with_distribution_names(tmp_path):
    found = requirements({"os", "json", "__future__", "flask", "yaml", "sqlalchemy", "stripe"}, tmp_path)
    assert found[:len(GENERATED)] == GENERATED
    assert [r.line for r in found[len(GENERATED):]] == ["Flask", "PyYAML", "SQLAlchemy", "stripe"]


def test_pins_come_from_the_monolith(tmp_path):
    write_tree(tmp_path, {
        "requirements.txt": "Flask==3.0.3  # web\n-r more.txt\nrequests>=2.31,<3\ngit+https://x/y.git\n",
        "requirements-dev.txt": "pytest==8.0\n",
        "pyproject.toml": '[project]\ndependencies = ["SQLAlchemy~=2.0", "stripe; python_version>\'3\'"]\n'
                          '[tool.poetry.dependencies]\npython = "^3.11"\ncelery = "5.4.0"\nredis = "^5"\n',
    })
    pins = monolith_pins(tmp_path)
    assert pins == {"flask": "==3.0.3", "requests": ">=2.31,<3", "pytest": "==8.0", "sqlalchemy": "~=2.0",
                    "stripe": "", "celery": "==5.4.0", "redis": ""}
    lines = [r.line for r in requirements({"flask", "sqlalchemy", "celery", "redis"}, tmp_path)]
    assert lines[len(GENERATED):] == ["celery==5.4.0", "Flask==3.0.3", "redis", "SQLAlchemy~=2.0"]


def test_a_broken_pyproject_is_not_an_error(tmp_path):
    write_tree(tmp_path, {"pyproject.toml": "[project\n"})
    assert monolith_pins(tmp_path) == {}
