"""requirements.txt: the third-party packages a service's code imports, pinned where the
monolith pins them (its requirements*.txt, pyproject.toml, setup.cfg: parsed, never installed)."""

from __future__ import annotations

import re
import sys
import tomllib
from configparser import ConfigParser, Error as ConfigError
from pathlib import Path

from migrate_kit.scaffold.model import Requirement

# import name -> distribution name, where they differ (the usual suspects).
DISTRIBUTIONS = {
    "yaml": "PyYAML", "jwt": "PyJWT", "PIL": "Pillow", "dateutil": "python-dateutil", "bs4": "beautifulsoup4",
    "sklearn": "scikit-learn", "cv2": "opencv-python", "dotenv": "python-dotenv", "magic": "python-magic",
    "psycopg2": "psycopg2-binary", "MySQLdb": "mysqlclient", "Crypto": "pycryptodome", "OpenSSL": "pyOpenSSL",
    "google.protobuf": "protobuf", "attr": "attrs", "pkg_resources": "setuptools", "serial": "pyserial",
    "usb": "pyusb", "zmq": "pyzmq", "slugify": "python-slugify", "multipart": "python-multipart",
    "jose": "python-jose", "socketio": "python-socketio", "engineio": "python-engineio", "ldap": "python-ldap",
    "Levenshtein": "python-Levenshtein", "memcache": "python-memcached", "rest_framework": "djangorestframework",
    "corsheaders": "django-cors-headers", "debug_toolbar": "django-debug-toolbar", "markdown": "Markdown",
    "flask_sqlalchemy": "Flask-SQLAlchemy", "flask_login": "Flask-Login", "flask_cors": "Flask-Cors",
    "sqlalchemy": "SQLAlchemy", "jinja2": "Jinja2", "markupsafe": "MarkupSafe", "werkzeug": "Werkzeug",
    "flask": "Flask", "django": "Django", "lxml": "lxml", "docx": "python-docx", "pptx": "python-pptx",
    "telegram": "python-telegram-bot", "github": "PyGithub", "gi": "PyGObject", "win32api": "pywin32",
    "aws_lambda_powertools": "aws-lambda-powertools", "aws_xray_sdk": "aws-xray-sdk",
}
# What the generated code itself imports, pinned to the versions its tests run with.
GENERATED = (
    Requirement("aws-lambda-powertools[tracer]", "==3.37.0", ("aws_lambda_powertools", "aws_xray_sdk"), True),
    Requirement("boto3", "==1.44.8", ("boto3", "botocore"), True),
    Requirement("pydantic", "==2.13.5", ("pydantic",), True),
)
_NOT_THIRD_PARTY = frozenset(sys.stdlib_module_names) | {"__future__", "__main__", "builtins"}
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*?)\s*(?:;.*)?$")


def third_party(packages: set[str]) -> set[str]:
    return {p for p in packages if p and p.split(".")[0] not in _NOT_THIRD_PARTY}


def requirements(imports: set[str], root: Path) -> tuple[Requirement, ...]:
    """Generated packages first, then the monolith's, each once, pinned as the monolith pins it."""
    pins = monolith_pins(root)
    by_name: dict[str, Requirement] = {}
    for name in sorted(third_party(imports)):
        distribution = DISTRIBUTIONS.get(name, name)
        key = normalize(distribution)
        if any(key == normalize(g.name.split("[")[0]) for g in GENERATED):
            continue
        previous = by_name.get(key)
        names = tuple(sorted({*(previous.imports if previous else ()), name}))
        by_name[key] = Requirement(distribution, pins.get(key, ""), names, False)
    return GENERATED + tuple(sorted(by_name.values(), key=lambda r: normalize(r.name)))


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def monolith_pins(root: Path) -> dict[str, str]:
    """Version specifiers the monolith declares, by normalized distribution name."""
    pins: dict[str, str] = {}
    for path in sorted(root.glob("requirements*.txt")) + sorted(root.glob("requirements/*.txt")):
        for line in _read(path).splitlines():
            _add(pins, line.split(" #")[0].strip())
    pyproject = _read(root / "pyproject.toml")
    if pyproject:
        try:
            data = tomllib.loads(pyproject)
        except tomllib.TOMLDecodeError:
            data = {}
        for line in _pyproject_lines(data):
            _add(pins, line)
    setup_cfg = _read(root / "setup.cfg")
    if setup_cfg:
        parser = ConfigParser()
        try:
            parser.read_string(setup_cfg)
            for line in parser.get("options", "install_requires", fallback="").splitlines():
                _add(pins, line)
        except ConfigError:
            return pins  # an unreadable setup.cfg pins nothing
    return pins


def _pyproject_lines(data: dict) -> list[str]:
    project = data.get("project") if isinstance(data.get("project"), dict) else {}
    lines = [d for d in project.get("dependencies", []) if isinstance(d, str)]
    for group in (project.get("optional-dependencies") or {}).values():
        lines += [d for d in group if isinstance(d, str)] if isinstance(group, list) else []
    poetry = ((data.get("tool") or {}).get("poetry") or {}).get("dependencies") or {}
    for name, spec in poetry.items() if isinstance(poetry, dict) else ():
        version = spec.get("version") if isinstance(spec, dict) else spec
        if isinstance(version, str) and name.lower() != "python":
            lines.append(name + _poetry_spec(version))
    return lines


def _poetry_spec(version: str) -> str:
    version = version.strip()
    if version in ("", "*"):
        return ""
    if version[0].isdigit():
        return f"=={version}"
    return "" if version[0] in "^~" else version  # caret and tilde ranges have no pip spelling


def _add(pins: dict[str, str], line: str) -> None:
    if not line or line.startswith(("#", "-", "git+", "http:", "https:", "file:", ".")):
        return
    match = _REQUIREMENT.match(line)
    if not match:
        return
    spec = match.group(3).replace(" ", "")
    if spec and not re.fullmatch(r"(?:(?:==|>=|<=|~=|!=|>|<)[A-Za-z0-9.*+!-]+,?)+", spec):
        spec = ""
    pins.setdefault(normalize(match.group(1)), spec.rstrip(","))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8") if path.is_file() else ""
    except (OSError, UnicodeDecodeError):
        return ""
