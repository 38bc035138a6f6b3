"""Synthetic Python monoliths with planted services, for benchmarking boundary proposals.

    python benchmarks/synthetic.py OUT_DIR [--domains N] [--modules-per-domain N] [--crossing F]
                                           [--layout packages|flat|scrambled] [--seed S] [--readable-names]

writes a Flask + SQLAlchemy + Celery style monolith under OUT_DIR/app/ and the ground truth
(`{module name: "d0".."dN-1" | "shared"}`) to OUT_DIR/ground_truth.json. From Python:

    truth = generate(Spec(domains=8, seed=3), Path("/tmp/mono"))

The code is meant to be parsed, never run. What is planted (see the report printed by the CLI):

* every domain ("d<i>") has one models module (1-3 declarative models, foreign keys inside the
  domain), one repository (session.add / query().filter() / update / delete, sometimes a class),
  one or more service modules, one Flask blueprint module and sometimes a Celery tasks module;
  service, api and tasks modules import 2-4 modules of their domain (at the top, or inside
  functions for "upward" imports and for tasks) and call them densely;
* of the calls from a domain's modules to other domain modules, a `crossing` share goes to other
  domains (mostly to a few "facade" service functions, sometimes `.delay(...)` of a task); some
  ignore the result, some use it; some import inside the function, some through the target
  package's `__init__` re-exports (packages layout);
* about crossing/3 of ordered domain pairs read the other domain's model with session.query, and
  one (two from ten domains on) repository writes another domain's model;
* the shared utilities (db, config, logging, money, validation, cache and retry decorators, text,
  dates, ids, then misc helpers) are used by every domain and call no domain; the wiring modules
  (app factory registering every blueprint, the Celery app) and every package `__init__` that is
  not a domain package are labelled "shared" too.

Standard library only; the same Spec gives byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

TOP_PACKAGE = "app"
LAYOUTS = ("packages", "flat", "scrambled")
MIN_DOMAIN_SIZE = 4  # models, repository, one service module, api

# Meaningless names are drawn from hex digits without "d": "d" followed by a digit would spell
# a ground-truth label ("d3") inside a name.
_ALPHABET = "0123456789abcef"

# Readable names (--readable-names, for debugging): (package word, entity, Entity).
DOMAIN_WORDS = (
    ("orders", "order", "Order"),
    ("billing", "invoice", "Invoice"),
    ("catalog", "product", "Product"),
    ("inventory", "stock", "Stock"),
    ("shipping", "shipment", "Shipment"),
    ("customers", "customer", "Customer"),
    ("payments", "payment", "Payment"),
    ("reviews", "review", "Review"),
    ("promotions", "coupon", "Coupon"),
    ("notifications", "notice", "Notice"),
    ("accounts", "account", "Account"),
    ("loyalty", "reward", "Reward"),
    ("returns", "refund", "Refund"),
    ("suppliers", "supplier", "Supplier"),
    ("analytics", "metric", "Metric"),
    ("helpdesk", "ticket", "Ticket"),
)
_SERVICE_WORDS = ("service", "workflows", "rules", "policies", "handlers", "queries", "commands", "reports",
                  "sync", "checks", "planner", "engine", "lifecycle", "adapters", "hooks", "jobs")
_SCRAMBLED_WORDS = ("core", "common", "lib", "internal", "legacy", "platform", "base", "extras",
                    "toolkit", "modules", "components", "features")
_SERVICE_VERBS = ("process", "prepare", "validate", "compute", "refresh", "sync", "apply", "reconcile",
                  "summarize", "approve", "cancel", "schedule", "rebuild", "register", "archive", "merge")
_HELPER_VERBS = ("build", "check", "pick", "normalize", "collect")
_ROUTE_VERBS = {"GET": ("show", "list", "export"), "POST": ("post", "submit"), "PUT": ("edit",), "DELETE": ("remove",)}
_TASK_VERBS = ("send", "sync", "expire", "rebuild", "notify", "cleanup")
_VARS = ("result", "record", "rows", "info", "summary", "outcome", "state", "items", "value", "details",
         "entry", "batch")
_PARAM_DEFAULT = {"data": "None", "limit": "20", "amount": "0", "flag": "False"}
_PARAM_TYPE = {"data": "dict | None", "limit": "int", "amount": "float", "flag": "bool"}
_PARAMS = ("data", "limit", "amount", "flag")

# Model columns: (name, Column arguments after the type, value written by create/update or None).
_COLUMNS = (
    ("code", "String(64), nullable=False", "str(ident)"),
    ("label", "String(120)", '"n/a"'),
    ("status", 'String(32), default="new"', '"new"'),
    ("ref", "String(36), index=True", "str(ident)"),
    ("amount", "Numeric(12, 2), default=0", "0"),
    ("quantity", "Integer, default=0", "1"),
    ("position", "Integer, default=0", "0"),
    ("active", "Boolean, default=True", "True"),
    ("note", "Text", '""'),
    ("score", "Float, default=0.0", "0.0"),
    ("payload", "JSON", "{}"),
    ("created_at", "DateTime, default=datetime.utcnow", None),
    ("updated_at", "DateTime, default=datetime.utcnow, onupdate=datetime.utcnow", None),
)
_STRING_COLUMNS = ("code", "label", "status", "ref")

# Routes: (path, method, takes ident from the URL, reads a JSON payload).
_ROUTES = (
    ("/<int:ident>", "GET", True, False),
    ("/", "POST", False, True),
    ("/<int:ident>", "PUT", True, True),
    ("/<int:ident>", "DELETE", True, False),
    ("/<int:ident>/{seg}", "GET", True, False),
    ("/<int:ident>/{seg}", "POST", True, True),
    ("/", "GET", False, False),
)

# --- shared utility kinds ----------------------------------------------------------------------
# Each kind: imports, items (key, usage, call arguments) and a body in which <<key>> stands for the
# (possibly meaningless) name of an item, of this kind or of another one (then it is imported).
# Usages: "base"/"session"/"var"/"class" (special), "logger" (module level), "use" (result used),
# "fire" (result ignored), "cond" (in an if), "with" (context manager), "decorator".
_FIXED_NAMES = frozenset({"Base", "get_session", "settings"})

_KINDS: dict[str, tuple[tuple, tuple, str]] = {
    "db": (
        (("from", "contextlib", "contextmanager"), ("from", "sqlalchemy", "create_engine"),
         ("from", "sqlalchemy.orm", "declarative_base"), ("from", "sqlalchemy.orm", "sessionmaker")),
        (("Base", "base", ""), ("get_session", "session", ""), ("transaction", "with", "")),
        '''
Base = declarative_base()
engine = create_engine(<<get_setting>>("DATABASE_URL", "sqlite:///app.db"), pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)


def get_session():
    return SessionLocal()


@contextmanager
def <<transaction>>():
    session = get_session()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()
''',
    ),
    "config": (
        (("import", "os"),),
        (("Settings", "class", ""), ("settings", "var", ""), ("get_setting", "use", '"PAGE_SIZE", 20'),
         ("is_enabled", "cond", '"STRICT_MODE"')),
        '''
class <<Settings>>:
    DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///app.db")
    BROKER_URL = os.environ.get("BROKER_URL", "redis://localhost:6379/0")
    PAGE_SIZE = int(os.environ.get("PAGE_SIZE", "20"))
    DEBUG = os.environ.get("DEBUG", "0") == "1"


settings = <<Settings>>()


def <<get_setting>>(name, default=None):
    return os.environ.get(name, getattr(settings, name, default))


def <<is_enabled>>(flag):
    return str(<<get_setting>>(flag, "0")).lower() in ("1", "true", "yes")
''',
    ),
    "logging": (
        (("import", "logging"),),
        (("get_logger", "logger", "__name__"), ("log_event", "fire", '"{event}", ident=ident')),
        '''
_LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def <<get_logger>>(name):
    logger = logging.getLogger(name)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(_LOG_FORMAT))
        logger.addHandler(handler)
    return logger


def <<log_event>>(event, **fields):
    <<get_logger>>("events").info("%s %s", event, sorted(fields.items()))
''',
    ),
    "money": (
        (("from", "decimal", "ROUND_HALF_UP"), ("from", "decimal", "Decimal")),
        (("to_cents", "use", "ident"), ("format_amount", "use", "ident"), ("round_money", "use", "ident / 3")),
        '''
def <<to_cents>>(amount):
    return int((Decimal(str(amount)) * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def <<format_amount>>(cents, currency="EUR"):
    return f"{cents / 100:.2f} {currency}"


def <<round_money>>(value):
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
''',
    ),
    "validation": (
        (),
        (("ValidationError", "class", ""), ("require", "fire", 'ident is not None, "missing identifier"'),
         ("validate_positive", "fire", "ident"), ("clean_text", "use", "str(ident)")),
        '''
class <<ValidationError>>(ValueError):
    pass


def <<require>>(condition, message):
    if not condition:
        raise <<ValidationError>>(message)


def <<validate_positive>>(value, field="value"):
    <<require>>(value is not None and value > 0, f"{field} must be positive")
    return value


def <<clean_text>>(value, max_length=255):
    text = (value or "").strip()
    <<require>>(len(text) <= max_length, "too long")
    return text
''',
    ),
    "cache": (
        (("import", "functools"), ("import", "time")),
        (("cached", "decorator", "ttl={n}"), ("invalidate_cache", "fire", "")),
        '''
_CACHE_STORE = {}


def <<cached>>(ttl=60):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = (func.__module__, func.__qualname__, args, tuple(sorted(kwargs.items())))
            hit = _CACHE_STORE.get(key)
            now = time.monotonic()
            if hit is not None and now - hit[0] < ttl:
                return hit[1]
            value = func(*args, **kwargs)
            _CACHE_STORE[key] = (now, value)
            return value

        return wrapper

    return decorator


def <<invalidate_cache>>():
    _CACHE_STORE.clear()
''',
    ),
    "retry": (
        (("import", "functools"), ("import", "time")),
        (("retry", "decorator", "times={n}"), ("backoff", "use", "2")),
        '''
def <<backoff>>(attempt, base=0.1):
    return base * (2 ** attempt)


def <<retry>>(times=3, exceptions=(Exception,)):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times - 1:
                        raise
                    time.sleep(<<backoff>>(attempt))

        return wrapper

    return decorator
''',
    ),
    "text": (
        (("import", "re"),),
        (("slugify", "use", "str(ident)"), ("truncate", "use", "str(ident), 40")),
        '''
_SLUG_RE = re.compile(r"[^a-z0-9]+")


def <<slugify>>(value):
    return _SLUG_RE.sub("-", str(value).lower()).strip("-")


def <<truncate>>(value, length=80):
    value = str(value)
    return value if len(value) <= length else value[: length - 1] + "..."
''',
    ),
    "dates": (
        (("from", "datetime", "datetime"), ("from", "datetime", "timedelta"), ("from", "datetime", "timezone")),
        (("utcnow", "use", ""), ("days_ago", "use", "7")),
        '''
def <<utcnow>>():
    return datetime.now(timezone.utc)


def <<days_ago>>(days):
    return <<utcnow>>() - timedelta(days=days)
''',
    ),
    "ids": (
        (("import", "uuid"),),
        (("new_id", "use", ""), ("short_id", "use", "")),
        '''
def <<new_id>>():
    return uuid.uuid4().hex


def <<short_id>>():
    return <<new_id>>()[:8]
''',
    ),
}
_KIND_ORDER = ("db", "config", "logging", "money", "validation", "cache", "retry", "text", "dates", "ids")
_KIND_FILE = {"db": "db", "config": "config", "logging": "log", "money": "money", "validation": "validation",
              "cache": "caching", "retry": "retrying", "text": "text", "dates": "dates", "ids": "ids"}


def _misc_kind(k: int) -> tuple[tuple, tuple, str]:
    """Extra helper kinds, when more shared modules are asked for than there are kinds."""
    return (
        (("import", "itertools"),),
        ((f"chunked_{k}", "use", "[ident], 10"), (f"first_{k}", "use", "[ident]"),
         (f"coalesce_{k}", "use", "None, ident")),
        f'''
def <<chunked_{k}>>(items, size):
    iterator = iter(items)
    return list(iter(lambda: list(itertools.islice(iterator, size)), []))


def <<first_{k}>>(items, default=None):
    return next(iter(items), default)


def <<coalesce_{k}>>(*values):
    return next((v for v in values if v is not None), None)
''',
    )


@dataclass(frozen=True)
class Spec:
    domains: int = 8  # planted services
    modules_per_domain: int = 8  # average; actual sizes vary +-50% around it (seeded), never below 4
    shared_modules: int = 6  # utility modules used from every domain
    crossing: float = 0.15  # share of a domain module's outgoing calls that go to another domain
    meaningless_names: bool = True  # module, package, function, class and entity names carry no hint
    layout: str = "packages"  # "packages" | "flat" | "scrambled"
    seed: int = 0


# --- plan --------------------------------------------------------------------------------------


@dataclass(eq=False)
class _Model:
    cls: str
    table: str
    snake: str
    mod: _Mod
    columns: list[tuple[str, str, str | None]]
    fk: _Model | None = None
    fk_col: str = ""
    relation: bool = False
    method: _Func | None = None  # shared helper used by a method
    method_name: str = ""

    @property
    def writable(self) -> list[tuple[str, str, str | None]]:
        return [c for c in self.columns if c[2] is not None]


@dataclass(eq=False)
class _Call:
    target: _Func
    cross: bool = False
    use: bool = True  # the result is used (else fire-and-forget)
    local: bool = False  # import inside the calling function
    delay: bool = False  # a Celery task called with .delay(...)
    via_init: bool = False  # imported through the target package's __init__ re-export


@dataclass(eq=False)
class _Func:
    name: str
    mod: _Mod
    role: str  # repo | service | helper | route | task | shared
    extras: list[str] = field(default_factory=list)
    owner: str | None = None  # class of a repository method
    bound: bool = False  # celery bind=True
    takes_ident: bool = True
    op: str = ""  # repository operation
    model: _Model | None = None
    local_model: bool = False  # foreign model imported inside the function
    route: tuple | None = None
    calls: list[_Call] = field(default_factory=list)
    shared: list[_Func] = field(default_factory=list)
    decorators: list[_Func] = field(default_factory=list)
    model_uses: list[tuple[_Model, str]] = field(default_factory=list)
    usage: str = ""  # shared items
    args: str = ""
    key: str = ""


@dataclass(eq=False)
class _Mod:
    base: str
    role: str  # models | repo | service | api | tasks | shared | web | worker | init | pkg
    domain: int | None
    package: str = ""
    is_init: bool = False
    funcs: list[_Func] = field(default_factory=list)
    models: list[_Model] = field(default_factory=list)
    dimports: list[tuple[_Mod, str]] = field(default_factory=list)  # (domain module, "top" | "local")
    shared_mods: list[_Mod] = field(default_factory=list)
    kinds: list[tuple[str, tuple]] = field(default_factory=list)
    repo_class: str | None = None
    typed: bool = False
    blueprint: str = ""
    url_prefix: str = ""
    reexports: list[str] = field(default_factory=list)

    @property
    def path(self) -> str:
        return self.package if self.is_init else f"{self.package}.{self.base}"

    @property
    def own_package(self) -> str:
        return self.path if self.is_init else self.package

    @property
    def relpath(self) -> str:
        folder = self.package.replace(".", "/")
        return f"{folder}/__init__.py" if self.is_init else f"{folder}/{self.base}.py"


@dataclass(eq=False)
class _Domain:
    index: int
    word: str
    entity: str
    Entity: str
    mods: list[_Mod] = field(default_factory=list)
    models_mod: _Mod | None = None
    repo: _Mod | None = None
    services: list[_Mod] = field(default_factory=list)
    api: _Mod | None = None
    tasks: _Mod | None = None
    init: _Mod | None = None
    models: list[_Model] = field(default_factory=list)
    facades: list[_Func] = field(default_factory=list)
    others: list[_Domain] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    near: list[_Domain] = field(default_factory=list)
    reexport: bool = False

    @property
    def label(self) -> str:
        return f"d{self.index}"

    def public_services(self) -> list[_Func]:
        return [f for m in self.services for f in m.funcs if f.role == "service"]


class _Names:
    """Unique names: seeded meaningless tokens, or readable words with a numeric suffix on clashes."""

    def __init__(self, rng: random.Random, meaningless: bool) -> None:
        self.rng = rng
        self.meaningless = meaningless
        self.used: dict[str, set[str]] = {}  # namespace -> names

    def token(self, prefix: str) -> str:
        used = self.used.setdefault(prefix.strip("_"), set())
        attempts = 0
        while True:
            width = 4 + attempts // 40
            name = prefix + "".join(self.rng.choice(_ALPHABET) for _ in range(width))
            attempts += 1
            if name not in used:
                used.add(name)
                return name

    def readable(self, base: str, sep: str = "_", namespace: str = "f") -> str:
        used = self.used.setdefault(namespace, set())
        name, k = base, 2
        while name in used:
            name, k = f"{base}{sep}{k}", k + 1
        used.add(name)
        return name

    def get(self, prefix: str, readable: str, sep: str = "_") -> str:
        if self.meaningless:
            return self.token(prefix)
        return self.readable(readable, sep, prefix.strip("_"))


def _wsample(rng: random.Random, items: list, weights: list[float], k: int) -> list:
    """k items drawn without replacement, with weights."""
    items, weights, out = list(items), list(weights), []
    while items and len(out) < k:
        i = rng.choices(range(len(items)), weights=weights)[0]
        out.append(items.pop(i))
        weights.pop(i)
    return out


def _round(x: float) -> int:
    return int(math.floor(x + 0.5))


class _Generator:
    def __init__(self, spec: Spec) -> None:
        if spec.domains < 1:
            raise ValueError("domains must be >= 1")
        if spec.modules_per_domain < 1:
            raise ValueError("modules_per_domain must be >= 1")
        if spec.shared_modules < 1:
            raise ValueError("shared_modules must be >= 1 (the db module)")
        if not 0.0 <= spec.crossing < 1.0:
            raise ValueError("crossing must be in [0, 1)")
        if spec.layout not in LAYOUTS:
            raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}")
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.names = _Names(self.rng, spec.meaningless_names)
        self.domains: list[_Domain] = []
        self.shared: list[_Mod] = []
        self.sf: dict[str, _Func] = {}  # shared items by key
        self.web: _Mod | None = None
        self.worker: _Mod | None = None
        self.inits: list[_Mod] = []
        self.stats: dict[str, int] = {}

    def count(self, key: str, n: int = 1) -> None:
        self.stats[key] = self.stats.get(key, 0) + n

    # names ------------------------------------------------------------------------------------

    def _module_base(self, dom: _Domain | None, readable: str) -> str:
        if self.spec.meaningless_names:
            return self.names.token("m")
        if dom is not None and self.spec.layout == "packages":
            return self.names.readable(readable, namespace=f"m{dom.index}")  # unique within the package
        if dom is not None:
            readable = f"{dom.word}_{readable}"
        return self.names.readable(readable, namespace="m")

    def _func_name(self, readable: str, private: bool = False) -> str:
        if self.spec.meaningless_names:
            return self.names.token("_f_" if private else "f_")
        return self.names.readable(("_" if private else "") + readable, namespace="f")

    # shared and wiring ------------------------------------------------------------------------

    def _make_shared(self) -> None:
        n = self.spec.shared_modules
        kinds: list[list[tuple[str, tuple]]] = [[] for _ in range(n)]
        for i, kind in enumerate(_KIND_ORDER):
            slot = i if i < n else (1 + (i - n) % (n - 1) if n > 1 else 0)
            kinds[slot].append((kind, _KINDS[kind]))
        for j in range(len(_KIND_ORDER), n):
            kinds[j].append((f"misc_{j - len(_KIND_ORDER) + 1}", _misc_kind(j - len(_KIND_ORDER) + 1)))
        for group in kinds:
            first = group[0][0]
            mod = _Mod(self._module_base(None, _KIND_FILE.get(first, first)), "shared", None, kinds=group)
            for _, (_, items, _) in group:
                for key, usage, args in items:
                    if key in _FIXED_NAMES:
                        name = self.names.readable(key, namespace="f")
                    elif usage == "class":
                        name = self.names.get("C_", key, "")
                    else:
                        name = self._func_name(key)
                    func = _Func(name, mod, "shared", usage=usage, args=args, key=key)
                    mod.funcs.append(func)
                    self.sf[key] = func
            self.shared.append(mod)
        self.web = _Mod(self._module_base(None, "web"), "web", None)
        self.worker = _Mod(self._module_base(None, "worker"), "worker", None)

    # domains ----------------------------------------------------------------------------------

    def _sizes(self) -> list[int]:
        m, d = self.spec.modules_per_domain, self.spec.domains
        lo, hi = math.ceil(m * 0.5), math.floor(m * 1.5)
        spread = min(m - lo, hi - m)
        sizes: list[int] = []
        for _ in range(d // 2):  # symmetric pairs keep the average at m
            delta = self.rng.randint(-spread, spread)
            sizes += [m + delta, m - delta]
        if d % 2:
            sizes.append(m)
        self.rng.shuffle(sizes)
        return [max(MIN_DOMAIN_SIZE, s) for s in sizes]

    def _mod(self, dom: _Domain, role: str, readable: str) -> _Mod:
        mod = _Mod(self._module_base(dom, readable), role, dom.index, typed=self.rng.random() < 0.4)
        dom.mods.append(mod)
        return mod

    def _make_domain(self, i: int, size: int) -> _Domain:
        rng = self.rng
        word, entity, Entity = DOMAIN_WORDS[i % len(DOMAIN_WORDS)]
        if i >= len(DOMAIN_WORDS):
            suffix = str(i // len(DOMAIN_WORDS) + 1)
            word, entity, Entity = word + suffix, entity + suffix, Entity + suffix
        dom = _Domain(i, word, entity, Entity)
        has_tasks = size >= 5 and rng.random() < 0.65
        n_services = size - 3 - int(has_tasks)
        dom.models_mod = self._mod(dom, "models", "models")
        dom.repo = self._mod(dom, "repo", "repository")
        dom.services = [self._mod(dom, "service", _SERVICE_WORDS[k % len(_SERVICE_WORDS)]) for k in range(n_services)]
        dom.api = self._mod(dom, "api", "api")
        dom.tasks = self._mod(dom, "tasks", "tasks") if has_tasks else None
        self._make_models(dom)
        self._make_repo(dom)
        for svc in dom.services:
            for _ in range(rng.randint(2, 4)):
                extras = sorted(rng.sample(_PARAMS, rng.randint(0, 2)), key=_PARAMS.index)
                readable = f"{rng.choice(_SERVICE_VERBS)}_{rng.choice(dom.models).snake}"
                svc.funcs.append(_Func(self._func_name(readable), svc, "service", extras=extras))
            if rng.random() < 0.5:
                readable = f"{rng.choice(_HELPER_VERBS)}_{dom.entity}"
                svc.funcs.append(_Func(self._func_name(readable, private=True), svc, "helper"))
        self._make_api(dom)
        if dom.tasks:
            for _ in range(rng.randint(1, 3)):
                readable = f"{rng.choice(_TASK_VERBS)}_{dom.entity}_task"
                dom.tasks.funcs.append(_Func(self._func_name(readable), dom.tasks, "task", bound=rng.random() < 0.35))
        publics = dom.public_services()
        dom.facades = rng.sample(publics, min(len(publics), rng.randint(2, 3)))
        dom.reexport = rng.random() < 0.5
        return dom

    def _make_models(self, dom: _Domain) -> None:
        rng = self.rng
        suffixes = (("", "s"), ("Line", "_lines"), ("Event", "_events"))
        for k in range(rng.randint(1, 3)):
            cls = self.names.get("C_", dom.Entity + suffixes[k][0], "")
            snake = dom.entity + (("_" + suffixes[k][0].lower()) if suffixes[k][0] else "")
            table = self.names.get("t_", dom.entity + suffixes[k][1])
            first = rng.choice(_STRING_COLUMNS)
            rest = [c[0] for c in _COLUMNS if c[0] != first]
            chosen = {first, *rng.sample(rest, rng.randint(1, 4))}
            columns = [c for c in _COLUMNS if c[0] in chosen]
            model = _Model(cls, table, snake, dom.models_mod, columns)
            if k > 0 and rng.random() < 0.8:
                model.fk = rng.choice(dom.models)
                model.fk_col = f"{model.fk.table}_id" if self.spec.meaningless_names else f"{model.fk.snake}_id"
                model.relation = rng.random() < 0.5
            dom.models.append(model)
        dom.models_mod.models = dom.models

    def _make_repo(self, dom: _Domain) -> None:
        rng = self.rng
        repo = dom.repo
        if rng.random() < 0.3:
            repo.repo_class = self.names.get("C_", f"{dom.Entity}Repository", "")
        order = ("get", "list", "create", "update", "delete")
        extras = {"get": [], "list": ["limit"], "create": ["data"], "update": ["data"], "delete": []}
        for k, model in enumerate(dom.models):
            ops = list(order) if k == 0 else ["get", *sorted(rng.sample(order[1:], rng.randint(1, 3)), key=order.index)]
            for op in ops:
                readable = f"list_{model.snake}s" if op == "list" else f"{op}_{model.snake}"
                repo.funcs.append(_Func(self._func_name(readable), repo, "repo", extras=list(extras[op]),
                                        owner=repo.repo_class, op=op, model=model))

    def _make_api(self, dom: _Domain) -> None:
        rng = self.rng
        api = dom.api
        api.blueprint = self.names.get("b_", dom.word)
        api.url_prefix = "/" + self.names.get("u", dom.word)
        for path, method, ident, payload in rng.sample(_ROUTES, rng.randint(2, 4)):
            if "{seg}" in path:
                path = path.replace("{seg}", self.names.get("s", rng.choice(_TASK_VERBS)))
            readable = f"{rng.choice(_ROUTE_VERBS[method])}_{dom.entity}_view"
            api.funcs.append(_Func(self._func_name(readable), api, "route", takes_ident=ident,
                                   route=(path, method, ident, payload)))

    def _neighbors(self) -> None:
        rng = self.rng
        for dom in self.domains:
            dom.others = [o for o in self.domains if o is not dom]
            if not dom.others:
                continue
            dom.near = rng.sample(dom.others, min(len(dom.others), rng.randint(2, 4)))
            dom.weights = [rng.uniform(1.0, 3.0) if o in dom.near else 0.15 for o in dom.others]

    # imports and calls within a domain --------------------------------------------------------

    def _plan_imports(self, dom: _Domain) -> None:
        rng = self.rng
        for i, svc in enumerate(dom.services):
            must = dom.repo if i == 0 else rng.choice([dom.repo, *dom.services[:i]])
            cands: list[tuple[_Mod, str, float]] = [(dom.repo, "top", 3.0), (dom.models_mod, "top", 2.0)]
            for j, other in enumerate(dom.services):
                if j < i:
                    cands.append((other, "top", 2.0))
                elif j > i:
                    cands.append((other, "local", 0.5))  # upward: imported inside functions
            if dom.tasks:
                cands.append((dom.tasks, "local", 1.0))
            cands = [c for c in cands if c[0] is not must]
            mode = "top"
            picked = _wsample(rng, cands, [c[2] for c in cands], rng.randint(2, 4) - 1)
            svc.dimports = [(must, mode)] + [(m, md) for m, md, _ in picked]
        api_cands = [(s, "top", 3.0) for s in dom.services] + [(dom.repo, "top", 1.0)]
        if dom.tasks:
            api_cands.append((dom.tasks, "top", 1.0))
        must = rng.choice(dom.services)
        api_cands = [c for c in api_cands if c[0] is not must]
        picked = _wsample(rng, api_cands, [c[2] for c in api_cands], rng.randint(2, 4) - 1)
        dom.api.dimports = [(must, "top")] + [(m, md) for m, md, _ in picked]
        if dom.tasks:
            must = rng.choice(dom.services)
            cands = [(s, "top", 3.0) for s in dom.services if s is not must] + [(dom.repo, "top", 1.0)]
            picked = _wsample(rng, cands, [c[2] for c in cands], rng.randint(2, 3) - 1)
            dom.tasks.dimports = [(must, "top")] + [(m, md) for m, md, _ in picked]
        dom.repo.dimports = [(dom.models_mod, "top")]
        if dom.tasks and rng.random() < 0.5:
            dom.repo.dimports.append((dom.tasks, "local"))

    def _intra_call(self, target: _Mod, mode: str, caller: _Func) -> _Call:
        rng = self.rng
        local = mode == "local"
        if target.role == "tasks":
            return _Call(rng.choice(target.funcs), use=False, local=local, delay=True)
        if target.role == "repo":
            pool = target.funcs
        else:
            pool = [f for f in target.funcs if f.role == "service"]
        return _Call(rng.choice(pool), use=rng.random() < 0.75, local=local)

    def _plan_intra(self, dom: _Domain) -> None:
        rng = self.rng
        callers = [*dom.services, dom.api] + ([dom.tasks] if dom.tasks else [])
        weight = {"repo": 2.0, "service": 2.0, "tasks": 1.0}
        for mod in callers:
            targets = [(t, md) for t, md in mod.dimports if t.role != "models"]
            slots: list[_Func] = []
            for fn in mod.funcs:
                n = {"service": rng.randint(2, 4), "helper": 1, "route": rng.randint(1, 3),
                     "task": rng.randint(1, 2)}[fn.role]
                slots += [fn] * n
            rng.shuffle(slots)
            while len(slots) < len(targets):
                slots.append(rng.choice(mod.funcs))
            chosen = list(targets)
            chosen += rng.choices(targets, weights=[weight[t.role] for t, _ in targets], k=len(slots) - len(targets))
            for fn, (target, md) in zip(slots, chosen):
                fn.calls.append(self._intra_call(target, md, fn))
            if mod.role == "service":  # calls inside the module
                helpers = [f for f in mod.funcs if f.role == "helper"]
                for fn in mod.funcs:
                    if fn.role != "service" or rng.random() >= 0.5:
                        continue
                    pool = helpers or [f for f in mod.funcs if f is not fn and f.role == "service"]
                    if pool:
                        fn.calls.append(_Call(rng.choice(pool), use=rng.random() < 0.75))
            if any(t.role == "models" for t, _ in mod.dimports):
                for _ in range(rng.randint(1, 2)):
                    rng.choice(mod.funcs).model_uses.append((rng.choice(dom.models), rng.choice(("new", "query"))))
        if any(t.role == "tasks" for t, _ in dom.repo.dimports):
            create = next(f for f in dom.repo.funcs if f.op == "create")
            create.calls.append(_Call(rng.choice(dom.tasks.funcs), use=False, local=True, delay=True))
        for fn in dom.repo.funcs:  # delete goes through the getter of its model
            if fn.op == "delete":
                getter = next(f for f in dom.repo.funcs if f.op == "get" and f.model is fn.model)
                fn.calls.append(_Call(getter))

    def _plan_foreign(self) -> None:
        """Reads (about crossing/3 of ordered domain pairs) and one or two writes of another domain's model."""
        rng, c = self.rng, self.spec.crossing
        if len(self.domains) < 2 or c == 0:
            return
        pairs = [(a, b) for a in self.domains for b in a.others]
        near = [p for p in pairs if p[1] in p[0].near]
        far = [p for p in pairs if p[1] not in p[0].near]
        rng.shuffle(near)
        rng.shuffle(far)
        ordered = near + far
        n_reads = _round(c / 3 * len(pairs))
        n_writes = min(2, 1 + len(self.domains) // 10)
        plan = [(p, "foreign_read") for p in ordered[:n_reads]]
        plan += [(p, "foreign_write") for p in ordered[n_reads : n_reads + n_writes]]
        for (reader, owner), op in plan:
            model = rng.choice(owner.models)
            verb = "fetch" if op == "foreign_read" else "touch"
            fn = _Func(self._func_name(f"{verb}_{model.snake}"), reader.repo, "repo", owner=reader.repo.repo_class,
                       op=op, model=model, local_model=rng.random() < 0.3)
            fn.args = rng.choice(("update", "add")) if op == "foreign_write" else rng.choice(("first", "all"))
            reader.repo.funcs.append(fn)
            callers = [m for m in reader.services if any(t is reader.repo for t, _ in m.dimports)]
            caller = rng.choice([f for f in rng.choice(callers).funcs if f.role == "service"])
            caller.calls.append(_Call(fn, use=op == "foreign_read"))
            self.count("foreign_reads" if op == "foreign_read" else "foreign_writes")

    def _ensure_tasks_called(self, dom: _Domain) -> None:
        if not dom.tasks:
            return
        rng = self.rng
        called = {id(c.target) for m in dom.mods for f in m.funcs for c in f.calls}
        for task in dom.tasks.funcs:
            if id(task) in called:
                continue
            mods = [m for m in (*dom.services, dom.api) if any(t is dom.tasks for t, _ in m.dimports)]
            if not mods:
                svc = min(dom.services, key=lambda m: len(m.dimports))
                svc.dimports.append((dom.tasks, "local"))
                mods = [svc]
            mod = rng.choice(mods)
            mode = next(md for t, md in mod.dimports if t is dom.tasks)
            rng.choice(mod.funcs).calls.append(_Call(task, use=False, local=mode == "local", delay=True))
            called.add(id(task))

    # calls across domains ---------------------------------------------------------------------

    @staticmethod
    def _inter_module_calls(mod: _Mod) -> int:
        return sum(1 for f in mod.funcs for c in f.calls if c.target.mod is not mod)

    def _plan_cross(self, dom: _Domain) -> None:
        rng, c = self.rng, self.spec.crossing
        if not dom.others or c == 0:
            return
        intra = sum(self._inter_module_calls(m) for m in dom.mods)
        total = _round(c * intra / (1 - c))
        eligible = [*dom.services, dom.api] + ([dom.tasks] if dom.tasks else [])
        weights = [self._inter_module_calls(m) or 1 for m in eligible]
        quotas = [total * w / sum(weights) for w in weights]
        counts = [math.floor(q) for q in quotas]
        by_remainder = sorted(range(len(eligible)), key=lambda i: (-(quotas[i] - counts[i]), i))
        for i in by_remainder[: total - sum(counts)]:
            counts[i] += 1
        for mod, n in zip(eligible, counts):
            for _ in range(n):
                fn = rng.choices(mod.funcs, weights=[len(f.calls) + 1 for f in mod.funcs])[0]
                fn.calls.append(self._cross_call(dom))

    def _cross_call(self, dom: _Domain) -> _Call:
        rng = self.rng
        other = rng.choices(dom.others, weights=dom.weights)[0]
        fire = rng.random() < 0.4
        if fire and other.tasks and rng.random() < 0.4:
            return _Call(rng.choice(other.tasks.funcs), cross=True, use=False, local=rng.random() < 0.3, delay=True)
        pool = other.facades if rng.random() < 0.75 else other.public_services()
        target = rng.choice(pool)
        via = other.reexport and target in other.facades and rng.random() < 0.5
        return _Call(target, cross=True, use=not fire, local=rng.random() < 0.3, via_init=via)

    # shared utilities -------------------------------------------------------------------------

    def _usable(self, mod: _Mod, for_repo: bool) -> list[_Func]:
        """Shared items a domain function may use; the cache decorator only goes on reads (see _plan_shared)."""
        bad = {"base", "session", "var", "class", "logger"} | ({"with"} if for_repo else set())
        return [f for f in mod.funcs if f.usage not in bad and f.key != "cached"]

    def _add_shared_use(self, fn: _Func, shared: _Func) -> None:
        if shared.usage == "decorator":
            if shared not in fn.decorators:
                fn.decorators.append(shared)
        else:
            fn.shared.append(shared)

    def _use_shared_module(self, mod: _Mod, smod: _Mod) -> bool:
        funcs = [f for f in mod.funcs]
        usable = self._usable(smod, mod.role == "repo")
        if not usable or not funcs:
            return False
        self._add_shared_use(self.rng.choice(funcs), self.rng.choice(usable))
        if smod not in mod.shared_mods:
            mod.shared_mods.append(smod)
        return True

    def _plan_shared(self, dom: _Domain) -> None:
        rng = self.rng
        db = self.sf["get_session"].mod
        log = self.sf["get_logger"].mod
        used: list[_Mod] = [db]
        dom.models_mod.shared_mods.append(db)
        for model in dom.models:
            if rng.random() < 0.5:
                smod = rng.choice(self.shared)
                pool = [f for f in smod.funcs if f.usage == "use"]
                if pool:
                    model.method = rng.choice(pool)
                    model.method_name = self._func_name(f"display_{model.snake}")
                    dom.models_mod.shared_mods.append(smod)
                    used.append(smod)
        for mod in dom.mods:
            if mod.role == "models":
                continue
            mod.shared_mods.append(log)
            if mod.role == "repo" or any(u[1] == "query" for f in mod.funcs for u in f.model_uses):
                mod.shared_mods.append(db)
            others = [s for s in self.shared if s not in mod.shared_mods]
            for smod in rng.sample(others, min(len(others), rng.randint(1, 3))):
                self._use_shared_module(mod, smod)
            for fn in mod.funcs:
                pool = [f for s in mod.shared_mods for f in self._usable(s, mod.role == "repo")]
                if pool and (not fn.shared or rng.random() < 0.3) and rng.random() < 0.7:
                    self._add_shared_use(fn, rng.choice(pool))
                if mod.role == "repo" and fn.op == "get" and "cached" in self.sf and rng.random() < 0.4:
                    self._add_shared_use(fn, self.sf["cached"])
                if fn.role in ("service", "task") and "retry" in self.sf and rng.random() < 0.25:
                    self._add_shared_use(fn, self.sf["retry"])
                if fn.role == "route" and fn.route[1] == "GET" and "cached" in self.sf and rng.random() < 0.3:
                    self._add_shared_use(fn, self.sf["cached"])
            for f in mod.funcs:
                for s in (*f.shared, *f.decorators):
                    if s.mod not in mod.shared_mods:
                        mod.shared_mods.append(s.mod)
            used += mod.shared_mods
        callers = [*dom.services, dom.api] + ([dom.tasks] if dom.tasks else [])
        for smod in self.shared:  # every shared module is used by every domain
            if smod not in used:
                self._use_shared_module(rng.choice(callers), smod)

    # layout -----------------------------------------------------------------------------------

    def _pkg(self, readable: str) -> str:
        return f"{TOP_PACKAGE}.{self.names.get('p', readable)}"

    def _layout(self) -> None:
        rng, layout = self.rng, self.spec.layout
        self.inits.append(_Mod("__init__", "pkg", None, package=TOP_PACKAGE, is_init=True))
        self.web.package = self.worker.package = TOP_PACKAGE
        if layout == "flat":
            for mod in self._plain_mods():
                mod.package = TOP_PACKAGE
            return
        if layout == "packages":
            for dom in self.domains:
                pkg = self._pkg(dom.word)
                for mod in dom.mods:
                    mod.package = pkg
                dom.init = _Mod("__init__", "init", dom.index, package=pkg, is_init=True)
                if dom.reexport:
                    dom.init.reexports = sorted(f.name for f in dom.facades)
                self.inits.append(dom.init)
            pkg = self._pkg("core")
            for mod in self.shared:
                mod.package = pkg
            self.inits.append(_Mod("__init__", "pkg", None, package=pkg, is_init=True))
            return
        count = max(2, len(self.domains))
        words = [_SCRAMBLED_WORDS[k % len(_SCRAMBLED_WORDS)] + (str(k // len(_SCRAMBLED_WORDS) + 1)
                                                                if k >= len(_SCRAMBLED_WORDS) else "")
                 for k in range(count)]
        pkgs = [self._pkg(w) for w in words]
        # Deal the modules of all domains (shuffled) round-robin over the packages: consecutive modules of a
        # domain land in different packages, and each package takes every count-th module of the whole
        # sequence, so (with two domains or more) every package mixes domains.
        order = list(self.domains)
        rng.shuffle(order)
        cursor = rng.randrange(count)
        for dom in order:
            mods = list(dom.mods)
            rng.shuffle(mods)
            for mod in mods:
                mod.package = pkgs[cursor % count]
                cursor += 1
        for mod in self.shared:
            mod.package = rng.choice(pkgs)
        for pkg in pkgs:
            self.inits.append(_Mod("__init__", "pkg", None, package=pkg, is_init=True))

    def _plain_mods(self) -> list[_Mod]:
        return [m for d in self.domains for m in d.mods] + self.shared + [self.web, self.worker]

    def all_mods(self) -> list[_Mod]:
        return sorted(self._plain_mods() + self.inits, key=lambda m: m.path)

    # run --------------------------------------------------------------------------------------

    def plan(self) -> None:
        self._make_shared()
        for i, size in enumerate(self._sizes()):
            self.domains.append(self._make_domain(i, size))
        self._neighbors()
        for dom in self.domains:
            self._plan_imports(dom)
        for dom in self.domains:
            self._plan_intra(dom)
        self._plan_foreign()
        for dom in self.domains:
            self._ensure_tasks_called(dom)
        for dom in self.domains:
            self._plan_cross(dom)
        for dom in self.domains:
            self._plan_shared(dom)
        self._layout()

    def render(self) -> dict[str, str]:
        files = {}
        for mod in self.all_mods():
            text = _ModWriter(self, mod).render()
            files[mod.relpath] = text
            self.count("lines", text.count("\n"))
        self.count("modules", len(files))
        return files

    def truth(self) -> dict[str, str]:
        return {m.path: (f"d{m.domain}" if m.domain is not None else "shared") for m in self.all_mods()}


# --- rendering ---------------------------------------------------------------------------------

_THIRD_PARTY = ("flask", "sqlalchemy", "celery")


class _ModWriter:
    """Renders one module; collects its imports while the body is written."""

    def __init__(self, gen: _Generator, mod: _Mod) -> None:
        self.gen, self.mod, self.rng = gen, mod, gen.rng
        self.froms: dict[int, dict[str, set[str]]] = {0: {}, 1: {}, 2: {}}
        self.plain: dict[int, set[str]] = {0: set(), 1: set(), 2: set()}
        self.bound: set[str] = {f.name for f in mod.funcs} | {m.cls for m in mod.models}
        self.styles: dict[str, str] = {}
        self.bindings: dict[str, str] = {}
        self.written_cache: dict[str, str] = {}

    # imports ----------------------------------------------------------------------------------

    def std(self, spec: tuple) -> None:
        group = 1 if spec[1].split(".")[0] in _THIRD_PARTY else 0
        if spec[0] == "import":
            self.plain[group].add(f"import {spec[1]}")
        else:
            self.froms[group].setdefault(spec[1], set()).add(spec[2])

    def written(self, source: str) -> str:
        """How this module spells an import of `source`: relative sometimes, else absolute."""
        if source not in self.written_cache:
            own = self.mod.own_package
            parent, _, base = source.rpartition(".")
            packages = self.gen.spec.layout == "packages"
            r = self.rng.random()
            text = source
            if parent == own and r < (0.5 if packages else 0.3):
                text = "." + base
            elif (packages and parent != own and parent.count(".") == 1 and own.count(".") == 1
                  and r < 0.15):
                text = ".." + source.split(".", 1)[1]
            self.written_cache[source] = text
        return self.written_cache[source]

    def ref(self, source: str, name: str, shared: bool = False) -> str:
        """An expression naming `name` of module `source`, importing it at the top of this module."""
        style = self.styles.get(source)
        if style is None:
            r = self.rng.random()
            if r < (0.8 if shared else 0.6):
                style = "from"
            else:
                style = "module" if r < 0.92 else "alias"
            self.styles[source] = style
        if style == "from":
            self.froms[2].setdefault(self.written(source), set()).add(name)
            self.bound.add(name)
            return name
        if source not in self.bindings:
            base = source.rpartition(".")[2]
            if style == "module" and base not in self.bound:
                text = self.written(source)
                dots = len(text) - len(text.lstrip("."))
                rest = text[dots:]
                if dots:
                    head = "." * dots + (rest.rpartition(".")[0] if "." in rest else "")
                else:
                    head = rest.rpartition(".")[0]
                self.froms[2].setdefault(head, set()).add(base)
                binding = base
            else:
                binding, k = f"_{base}", 2
                while binding in self.bound:
                    binding, k = f"_{base}_{k}", k + 1
                self.plain[2].add(f"import {source} as {binding}")
            self.bound.add(binding)
            self.bindings[source] = binding
        return f"{self.bindings[source]}.{name}"

    def ref_shared(self, func: _Func) -> str:
        if self.mod.domain is not None:
            self.gen.count("shared_calls" if func.usage not in ("base", "var", "class") else "shared_refs")
        if func.mod is self.mod:
            return func.name
        return self.ref(func.mod.path, func.name, shared=True)

    def header(self) -> list[str]:
        out: list[str] = []
        for group in (0, 1, 2):
            entries: list[tuple[tuple, list[str]]] = []
            for line in self.plain[group]:
                entries.append(((False, line.split()[1], 0), [line]))
            for source, names in self.froms[group].items():
                ordered = sorted(names, key=lambda n: (not n.isupper(), not n[:1].isupper(), n))
                line = f"from {source} import {', '.join(ordered)}"
                if len(line) > 99:
                    lines = [f"from {source} import ("] + [f"    {n}," for n in ordered] + [")"]
                else:
                    lines = [line]
                entries.append(((source.startswith("."), source.lstrip("."), 1), lines))
            if entries:
                if out:
                    out.append("")
                for _, lines in sorted(entries):
                    out += lines
        return out

    # module kinds -----------------------------------------------------------------------------

    def docstring(self) -> list[str]:
        if self.gen.spec.meaningless_names:
            return []
        mod = self.mod
        if mod.domain is not None:
            word = self.gen.domains[mod.domain].word
            what = {"models": "models", "repo": "persistence", "service": "business rules", "api": "HTTP API",
                    "tasks": "background jobs", "init": "package"}[mod.role]
            return [f'"""{word}: {what}."""']
        what = {"shared": "shared utilities", "web": "application factory", "worker": "Celery application",
                "pkg": "package"}[mod.role]
        return [f'"""{what.capitalize()}."""']

    def render(self) -> str:
        role = self.mod.role
        body = {
            "models": self.render_models, "repo": self.render_repo, "service": self.render_service,
            "api": self.render_api, "tasks": self.render_tasks, "shared": self.render_shared,
            "web": self.render_web, "worker": self.render_worker, "init": self.render_init,
            "pkg": self.render_pkg,
        }[role]()
        parts = [self.docstring(), self.header(), body]
        out: list[str] = []
        for part in parts:
            if not part:
                continue
            if out:
                out += [""] * (2 if part is body and part[0].startswith(("def ", "class ", "@")) else 1)
            out += part
        return "\n".join(out) + "\n" if out else ""

    def logger_line(self) -> list[str]:
        return [f"logger = {self.ref_shared(self.gen.sf['get_logger'])}(__name__)"]

    def functions(self, funcs: list[_Func], render) -> list[str]:
        out: list[str] = []
        for fn in funcs:
            if out:
                out += ["", ""]
            out += render(fn)
        return out

    def render_pkg(self) -> list[str]:
        return []

    def render_init(self) -> list[str]:
        mod = self.mod
        if not mod.reexports:
            return []
        dom = self.gen.domains[mod.domain]
        by_mod: dict[str, list[str]] = {}
        for f in dom.facades:
            by_mod.setdefault(f.mod.path, []).append(f.name)
        names = []
        for path in sorted(by_mod):
            for name in by_mod[path]:
                self.froms[2].setdefault(self.written(path), set()).add(name)
                names.append(name)
        if self.rng.random() < 0.5:
            self.froms[2].setdefault(self.written(dom.api.path), set()).add("bp")
            names.append("bp")
        return ["__all__ = [" + ", ".join(f'"{n}"' for n in sorted(names)) + "]"]

    def render_shared(self) -> list[str]:
        mod = self.mod
        local = {f.key: f.name for f in mod.funcs}
        chunks: list[str] = []
        for _, (imports, _, template) in mod.kinds:
            for spec in imports:
                self.std(spec)
            text = template.strip("\n")
            while "<<" in text:
                start = text.index("<<")
                end = text.index(">>", start)
                key = text[start + 2 : end]
                name = local.get(key)
                if name is None:
                    other = self.gen.sf[key]
                    name = self.ref(other.mod.path, other.name, shared=True)
                text = text[:start] + name + text[end + 2 :]
            chunks.append(text)
        return "\n\n\n".join(chunks).split("\n")

    def render_web(self) -> list[str]:
        gen = self.gen
        self.std(("from", "flask", "Flask"))
        settings = self.ref(gen.sf["settings"].mod.path, "settings", shared=True)
        lines = ["def create_app(config=None):", "    app = Flask(__name__)",
                 f"    app.config.from_object(config or {settings})"]
        for k, dom in enumerate(sorted(gen.domains, key=lambda d: d.api.path), start=1):
            if self.rng.random() < 0.6:
                alias = f"bp_{k}"
                self.froms[2].setdefault(self.written(dom.api.path), set()).add(f"bp as {alias}")
                lines.append(f"    app.register_blueprint({alias})")
            else:  # module import: several `bp` names must not clash
                self.styles[dom.api.path] = "module"
                lines.append(f"    app.register_blueprint({self.ref(dom.api.path, 'bp')})")
        lines += ["    return app", "", "", "app = create_app()"]
        return lines

    def render_worker(self) -> list[str]:
        gen = self.gen
        self.std(("from", "celery", "Celery"))
        get_setting = self.ref(gen.sf["get_setting"].mod.path, gen.sf["get_setting"].name, shared=True)
        tasks = sorted(d.tasks.path for d in gen.domains if d.tasks)
        lines = ["celery = Celery(", f'    "{TOP_PACKAGE}",',
                 f'    broker={get_setting}("BROKER_URL", "redis://localhost:6379/0"),', "    include=["]
        lines += [f'        "{t}",' for t in tasks]
        lines += ["    ],", ")", 'celery.conf.update(task_serializer="json", accept_content=["json"], task_acks_late=True)']
        return lines

    def render_models(self) -> list[str]:
        mod = self.mod
        base = self.ref_shared(self.gen.sf["Base"])
        types = {"Column", "Integer"}
        out: list[str] = []
        for model in mod.models:
            if out:
                out += ["", ""]
            out += [f"class {model.cls}({base}):", f'    __tablename__ = "{model.table}"', "",
                    "    id = Column(Integer, primary_key=True)"]
            for name, args, _ in model.columns:
                types.add(args.split("(")[0].split(",")[0])
                if "datetime" in args:
                    self.std(("from", "datetime", "datetime"))
                out.append(f"    {name} = Column({args})")
            if model.fk:
                types.add("ForeignKey")
                out.append(f'    {model.fk_col} = Column(Integer, ForeignKey("{model.fk.table}.id"), '
                           "nullable=False, index=True)")
                if model.relation:
                    self.std(("from", "sqlalchemy.orm", "relationship"))
                    out += ["", f'    parent = relationship("{model.fk.cls}")']
            out += ["", "    def __repr__(self):", f'        return f"<{model.cls} {{self.id}}>"']
            if model.method:
                call = self.ref_shared(model.method)
                args = model.method.args.replace("ident", "self.id")
                out += ["", f"    def {model.method_name}(self):", f"        return {call}({args})"]
        for t in types:
            self.std(("from", "sqlalchemy", t))
        return out

    def render_repo(self) -> list[str]:
        mod = self.mod
        out = self.logger_line()
        if mod.repo_class:
            session = self.ref_shared(self.gen.sf["get_session"])
            out += ["", "", f"class {mod.repo_class}:", "    def __init__(self, session=None):",
                    f"        self.session = session or {session}()"]
            for fn in mod.funcs:
                out += [""] + ["    " + line if line else "" for line in self.repo_function(fn)]
            return out
        for fn in mod.funcs:
            out += ["", ""] + self.repo_function(fn)
        return out

    def repo_function(self, fn: _Func) -> list[str]:
        w = _FnWriter(self, fn)
        model = fn.model
        foreign = fn.op.startswith("foreign")
        if foreign and fn.local_model:
            w.import_locally(model.mod.path, model.cls)
            M = model.cls
        else:
            M = self.ref(model.mod.path, model.cls)
        if fn.owner:
            sess, pre = "self.session", []
        else:
            sess, pre = "session", [f"session = {self.ref_shared(self.gen.sf['get_session'])}()"]
        lines: list[str] = []
        for s in fn.shared:
            lines += w.shared_unit(s)[0]
        lines += pre
        col, _, value = model.writable[0]
        op = fn.op
        if op == "get" or (op == "foreign_read" and fn.args == "first"):
            lines.append(f"return {sess}.query({M}).filter({M}.id == ident).first()")
        elif op == "list" or op == "foreign_read":
            column = f"{M}.{model.fk_col}" if model.fk else f"{M}.id"
            lines += [f"query = {sess}.query({M}).filter({column} >= ident)" if not model.fk
                      else f"query = {sess}.query({M}).filter({column} == ident)"]
            if "limit" in fn.extras:
                lines += ["if limit:", "    query = query.limit(limit)"]
            lines.append("return query.all()")
        elif op == "create" or (op == "foreign_write" and fn.args == "add"):
            kwargs = [f'{c}=data.get("{c}", {v})' for c, _, v in model.writable]
            if model.fk:
                kwargs.append(f"{model.fk_col}=ident")
            if op == "foreign_write":
                kwargs = [f"{c}={v}" for c, _, v in model.writable[:2]]
            else:
                lines.append("data = data or {}")
            lines += [f"obj = {M}({', '.join(kwargs)})", f"{sess}.add(obj)", f"{sess}.commit()"]
            for call in fn.calls:
                lines.append(f"{w.target_expr(call)}.delay(obj.id)")
            lines.append("return obj")
        elif op in ("update", "foreign_write"):
            lines.append(f'changes = {{"{col}": {value}}}')
            if "data" in fn.extras:
                lines += ["if data:", "    changes.update(data)"]
            lines += [f"count = {sess}.query({M}).filter({M}.id == ident).update(changes, synchronize_session=False)",
                      f"{sess}.commit()", "return count"]
        elif op == "delete":
            getter = fn.calls[0]
            lines += [f"obj = {w.target_expr(getter)}(ident)", "if obj is None:", "    return False",
                      f"{sess}.delete(obj)", f"{sess}.commit()", "return True"]
        if foreign:
            self.gen.count("foreign_model_refs")
        return w.wrap(lines)

    def render_service(self) -> list[str]:
        out = self.logger_line()
        if self.rng.random() < 0.3:
            out.append(f"_BATCH = {self.rng.choice((25, 50, 100, 200))}")
        return out + ["", ""] + self.functions(self.mod.funcs, lambda fn: _FnWriter(self, fn).function())

    def render_api(self) -> list[str]:
        mod = self.mod
        self.std(("from", "flask", "Blueprint"))
        self.std(("from", "flask", "jsonify"))
        out = [f'bp = Blueprint("{mod.blueprint}", __name__, url_prefix="{mod.url_prefix}")']
        out += self.logger_line()
        return out + ["", ""] + self.functions(mod.funcs, lambda fn: _FnWriter(self, fn).function())

    def render_tasks(self) -> list[str]:
        worker = self.gen.worker
        self.froms[2].setdefault(self.written(worker.path), set()).add("celery")
        self.bound.add("celery")
        out = self.logger_line()
        return out + ["", ""] + self.functions(self.mod.funcs, lambda fn: _FnWriter(self, fn).function())


class _FnWriter:
    """Renders one function: calls become statements, some wrapped in if / for / try / with."""

    def __init__(self, mw: _ModWriter, fn: _Func) -> None:
        self.mw, self.fn, self.rng, self.gen = mw, fn, mw.rng, mw.gen
        self.local: dict[str, list[str]] = {}  # imports inside the function: source -> names
        self.vars: list[str] = []
        self.pool = list(_VARS)
        self.rng.shuffle(self.pool)

    def new_var(self) -> str:
        k = len(self.vars)
        name = self.pool[k % len(self.pool)] + (str(k // len(self.pool) + 1) if k >= len(self.pool) else "")
        self.vars.append(name)
        return name

    def bail(self) -> str:
        if self.fn.role == "route":
            return 'return jsonify({"error": "not found"}), 404'
        return "return None"

    # expressions ------------------------------------------------------------------------------

    def target_expr(self, call: _Call) -> str:
        target, mw = call.target, self.mw
        if target.mod is mw.mod:
            self.gen.count("same_module_calls")
            if target.owner:
                return f"self.{target.name}" if self.fn.owner == target.owner else f"{target.owner}().{target.name}"
            return target.name
        self.count(call)
        name = target.owner or target.name
        source = target.mod.path
        if call.via_init and self.gen.spec.layout == "packages":
            source = target.mod.package
        if call.local:
            self.import_locally(source, name)
            prefix = name
        else:
            prefix = mw.ref(source, name)
        return f"{prefix}().{target.name}" if target.owner else prefix

    def import_locally(self, source: str, name: str) -> None:
        names = self.local.setdefault(self.mw.written(source), [])
        if name not in names:
            names.append(name)

    def local_lines(self) -> list[str]:
        return [f"from {source} import {', '.join(sorted(names))}" for source, names in self.local.items()]

    def count(self, call: _Call) -> None:
        gen = self.gen
        if not call.cross:
            gen.count("intra_calls")
            return
        gen.count("cross_calls")
        gen.count("cross_delay" if call.delay else ("cross_use" if call.use else "cross_fire"))
        if call.local:
            gen.count("cross_local_import")
        if call.via_init and gen.spec.layout == "packages":
            gen.count("cross_via_init")

    def args(self, target: _Func) -> str:
        parts = ["ident"]
        if target.extras and self.rng.random() < 0.35:
            extra = self.rng.choice(target.extras)
            own = self.fn.extras
            value = {
                "data": "payload" if self.fn.route and self.fn.route[3] else ("data" if "data" in own else '{"ident": ident}'),
                "limit": "limit" if "limit" in own else "10",
                "amount": "amount" if "amount" in own else "ident * 2",
                "flag": "flag" if "flag" in own else "True",
            }[extra]
            parts.append(f"{extra}={value}")
        return ", ".join(parts)

    # statements -------------------------------------------------------------------------------

    def call_unit(self, call: _Call) -> tuple[list[str], list[str]]:
        expr = self.target_expr(call)
        if call.delay:
            return [f"{expr}.delay({self.args(call.target)})"], []
        text = f"{expr}({self.args(call.target)})"
        if not call.use:
            return [text], []
        r = self.rng.random()
        if r < 0.5:
            v = self.new_var()
            return [f"{v} = {text}"], [v]
        if r < 0.7:
            v = self.new_var()
            return [f"{v} = {text}", f"if {v} is None:", f"    {self.bail()}"], [v]
        if r < 0.85:
            return [f"if {text}:", '    logger.debug("%s: checked", ident)'], []
        return [f"for row in {text} or []:", '    logger.debug("%s: %s", ident, row)'], []

    def shared_unit(self, func: _Func) -> tuple[list[str], list[str]]:
        expr = self.mw.ref_shared(func)
        args = func.args
        if "{event}" in args:
            args = args.replace("{event}", self.gen.names.get("e_", f"{self.fn.name}.done"))
        text = f"{expr}({args})"
        if func.usage == "fire":
            return [text], []
        if func.usage == "cond":
            return [f"if {text}:", '    logger.info("%s: strict mode", ident)'], []
        v = self.new_var()
        if func.args.startswith("[ident], 10"):
            text = f"list({text})"
        return [f"{v} = {text}"], [v]

    def model_unit(self, model: _Model, mode: str) -> tuple[list[str], list[str]]:
        M = self.mw.ref(model.mod.path, model.cls)
        v = self.new_var()
        if mode == "new":
            col, _, value = model.writable[0]
            return [f"{v} = {M}({col}={value})"], [v]
        session = self.mw.ref_shared(self.gen.sf["get_session"])
        return [f"{v} = {session}().query({M}).filter({M}.id == ident).count()"], [v]

    def units(self) -> list[tuple[str, object]]:
        fn = self.fn
        shared = [("shared", s) for s in fn.shared]
        rest = [("call", c) for c in fn.calls] + [("model", m) for m in fn.model_uses]
        self.rng.shuffle(rest)
        self.rng.shuffle(shared)
        out: list[tuple[str, object]] = []
        for unit in shared:  # validation-like helpers first, the others among the calls
            if self.rng.random() < 0.5:
                out.append(unit)
            else:
                rest.insert(self.rng.randrange(len(rest) + 1), unit)
        return out + rest

    def render_unit(self, unit: tuple[str, object]) -> tuple[list[str], list[str]]:
        kind, obj = unit
        if kind == "call":
            return self.call_unit(obj)
        if kind == "model":
            return self.model_unit(*obj)
        return self.shared_unit(obj)

    def wrapper(self, top_vars: list[str]) -> tuple[str, list[str]]:
        """A block header and, for try, its handler."""
        fn, rng = self.fn, self.rng
        choices = ["if", "try"] + (["for"] if top_vars else [])
        kind = rng.choice(choices)
        if kind == "try":
            if fn.bound:
                handler = ["except Exception as exc:", "    raise self.retry(exc=exc, countdown=30)"]
            else:
                handler = ["except Exception as exc:", '    logger.warning("%s failed: %s", ident, exc)']
            return "try:", handler
        if kind == "for":
            return f"for item in {rng.choice(top_vars)} or []:", []
        conds = ["ident > 0", "ident % 2 == 0"] + [f"{v} is not None" for v in top_vars]
        conds += {"flag": ["flag"], "data": ["data"], "limit": ["limit and ident < limit"],
                  "amount": ["amount > 0"]}.get(rng.choice(fn.extras), []) if fn.extras else []
        return f"if {rng.choice(conds)}:", []

    def body(self) -> list[str]:
        rng = self.rng
        units = self.units()
        out: list[str] = []
        top_vars: list[str] = []
        i = 0
        while i < len(units):
            if units[i][0] == "shared" and units[i][1].usage == "with":
                inner, j = [], i + 1
                take = rng.randint(0, 2)
                while j < len(units) and len(inner) < take and not (units[j][0] == "shared"
                                                                     and units[j][1].usage == "with"):
                    inner.append(units[j])
                    j += 1
                lines, defined = self.render_many(inner)
                tx = self.mw.ref_shared(units[i][1])
                out += [f"{v} = None" for v in defined]
                out += [f"with {tx}() as session:"] + _indent(lines + ["session.flush()"])
                top_vars += defined
                i = j
                continue
            if rng.random() < 0.3:
                take = min(len(units) - i, rng.randint(1, 2))
                inner = [u for u in units[i : i + take] if not (u[0] == "shared" and u[1].usage == "with")]
                if len(inner) == take:
                    header, handler = self.wrapper(top_vars)
                    lines, defined = self.render_many(inner)
                    out += [f"{v} = None" for v in defined]
                    out += [header] + _indent(lines) + handler
                    top_vars += defined
                    i += take
                    continue
            lines, defined = self.render_unit(units[i])
            out += lines
            top_vars += defined
            i += 1
        out += self.returns(top_vars)
        return out

    def render_many(self, units: list) -> tuple[list[str], list[str]]:
        lines, defined = [], []
        for unit in units:
            more, d = self.render_unit(unit)
            lines += more
            defined += d
        return lines, defined

    def returns(self, top_vars: list[str]) -> list[str]:
        fn = self.fn
        if fn.role == "route":
            fields = ", ".join(['"ident": ident'] + [f'"{v}": str({v})' for v in top_vars[:3]])
            status = ", 201" if fn.route[1] == "POST" else ""
            return [f"return jsonify({{{fields}}}){status}"]
        if not top_vars:
            return ["return ident"] if fn.role != "task" else ["return None"]
        if len(top_vars) == 1 or self.rng.random() < 0.4:
            return [f"return {top_vars[-1]}"]
        fields = ", ".join([f'"{v}": {v}' for v in top_vars[:4]])
        return [f'return {{"ident": ident, {fields}}}']

    def signature(self) -> str:
        fn, typed = self.fn, self.mw.mod.typed
        params = []
        if fn.owner or fn.bound:
            params.append("self")
        if fn.takes_ident:
            params.append("ident: int" if typed else "ident")
        for e in fn.extras:
            params.append(f"{e}: {_PARAM_TYPE[e]} = {_PARAM_DEFAULT[e]}" if typed else f"{e}={_PARAM_DEFAULT[e]}")
        return f"def {fn.name}({', '.join(params)}):"

    def decorators(self) -> list[str]:
        fn, rng = self.fn, self.rng
        out = []
        if fn.role == "route":
            path, method = fn.route[0], fn.route[1]
            out.append(f'@bp.route("{path}", methods=["{method}"])')
        if fn.role == "task":
            out.append("@celery.task(bind=True, max_retries=3)" if fn.bound else "@celery.task")
        for dec in fn.decorators:
            expr = self.mw.ref_shared(dec)
            n = rng.choice((2, 3, 5)) if "times" in dec.args else rng.choice((30, 60, 300))
            out.append(f"@{expr}({dec.args.replace('{n}', str(n))})")
        return out

    def wrap(self, lines: list[str]) -> list[str]:
        """Decorators, signature, local imports and an already written body."""
        head = self.decorators() + [self.signature()]
        return head + _indent(self.local_lines() + lines)

    def function(self) -> list[str]:
        fn = self.fn
        decorators = self.decorators()
        prelude: list[str] = []
        if fn.route:
            _, method, ident, payload = fn.route
            if payload:
                self.mw.std(("from", "flask", "request"))
                prelude.append("payload = request.get_json(silent=True) or {}")
                if not ident:
                    prelude.append('ident = int(payload.get("ident", 0))')
            elif not ident:
                self.mw.std(("from", "flask", "request"))
                prelude.append('ident = request.args.get("ident", 0, type=int)')
        body = self.body()
        if fn.bound:
            body = ["try:"] + _indent(body) + ["except Exception as exc:",
                                               "    raise self.retry(exc=exc, countdown=30)"]
        return decorators + [self.signature()] + _indent(self.local_lines() + prelude + body)


def _indent(lines: list[str]) -> list[str]:
    return ["    " + line if line else "" for line in lines]


# --- API ---------------------------------------------------------------------------------------


def _run(spec: Spec, root: Path) -> tuple[dict[str, str], dict[str, int]]:
    root = Path(root)
    top = root / TOP_PACKAGE
    if top.exists() and any(top.iterdir()):
        raise FileExistsError(f"{top} already exists and is not empty")
    gen = _Generator(spec)
    gen.plan()
    files = gen.render()
    for relative in sorted(files):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(files[relative], encoding="utf-8", newline="\n")
    truth = dict(sorted(gen.truth().items()))
    stats = dict(sorted(gen.stats.items()))
    return truth, stats


def generate(spec: Spec, root: Path) -> dict[str, str]:
    """Write the monolith under root; return the ground truth {module name: domain label},
    where domain labels are "d0".."dN-1" and "shared" for the shared utilities."""
    return _run(spec, root)[0]


def generate_with_stats(spec: Spec, root: Path) -> tuple[dict[str, str], dict[str, int]]:
    """`generate`, plus counts of what was planted (modules, lines, calls by kind)."""
    return _run(spec, root)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--domains", type=int, default=Spec.domains)
    parser.add_argument("--modules-per-domain", type=int, default=Spec.modules_per_domain)
    parser.add_argument("--shared-modules", type=int, default=Spec.shared_modules)
    parser.add_argument("--crossing", type=float, default=Spec.crossing)
    parser.add_argument("--layout", choices=LAYOUTS, default=Spec.layout)
    parser.add_argument("--seed", type=int, default=Spec.seed)
    parser.add_argument("--readable-names", action="store_true")
    args = parser.parse_args(argv)
    spec = Spec(domains=args.domains, modules_per_domain=args.modules_per_domain,
                shared_modules=args.shared_modules, crossing=args.crossing,
                meaningless_names=not args.readable_names, layout=args.layout, seed=args.seed)
    try:
        truth, stats = generate_with_stats(spec, args.out_dir)
    except (ValueError, FileExistsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    (args.out_dir / "ground_truth.json").write_text(json.dumps(truth, indent=2, sort_keys=True) + "\n",
                                                    encoding="utf-8")
    labels: dict[str, int] = {}
    for label in truth.values():
        labels[label] = labels.get(label, 0) + 1
    within, across = stats.get("intra_calls", 0), stats.get("cross_calls", 0)
    share = across / (within + across) if within + across else 0.0
    print(f"{args.out_dir / TOP_PACKAGE}: {stats['modules']} modules, {stats['lines']} lines")
    print("modules per label: " + ", ".join(f"{k}={labels[k]}" for k in sorted(labels, key=_label_key)))
    print(f"calls between modules of one domain: {within}; across domains: {across} ({share:.1%})")
    print("planted: " + ", ".join(f"{k}={v}" for k, v in stats.items() if k not in ("modules", "lines")))
    print(f"ground truth: {args.out_dir / 'ground_truth.json'}")
    return 0


def _label_key(label: str) -> tuple[int, int]:
    return (1, 0) if label == "shared" else (0, int(label[1:]))


if __name__ == "__main__":
    sys.exit(main())
