"""Who reads and writes which entity, from the calls the code makes.

Django managers and querysets, model instances' `save`/`delete`, SQLAlchemy
sessions, queries and `select/insert/update/delete(...)`, Table objects, and raw
SQL. Each call chain is judged once, at its outermost call. Where the code does
not show whether data is read or written, a read is recorded and marked uncertain.
"""

from __future__ import annotations

from migrate_kit.data.code import CodeView, Ref
from migrate_kit.data.entities import Entities
from migrate_kit.model.data import DJANGO, READ, SQLALCHEMY, WRITE, DataAccess

DJANGO_READS = frozenset(
    {"all", "filter", "exclude", "get", "first", "last", "count", "exists", "values", "values_list",
     "aggregate", "annotate", "order_by", "select_related", "prefetch_related", "only", "defer",
     "distinct", "in_bulk", "iterator", "raw", "latest", "earliest", "none", "using", "dates",
     "datetimes", "union", "intersection", "difference", "reverse", "alias", "contains", "explain",
     "aget", "afirst", "alast", "acount", "aexists", "ain_bulk", "aiterator", "select_for_update"}
)
DJANGO_WRITES = frozenset(
    {"create", "update", "delete", "bulk_create", "bulk_update", "get_or_create", "update_or_create",
     "acreate", "aupdate", "adelete", "abulk_create", "abulk_update", "aget_or_create", "aupdate_or_create"}
)
DJANGO_MANAGERS = frozenset({"objects", "_default_manager", "_base_manager"})
INSTANCE_WRITES = frozenset({"save", "delete", "asave", "adelete"})
INSTANCE_READS = frozenset({"refresh_from_db", "arefresh_from_db"})
INSTANCE_RESULTS = frozenset({"get", "first", "last", "latest", "earliest", "create", "get_or_create",
                              "update_or_create", "aget", "afirst", "alast", "acreate"})
QUERY_WRITES = frozenset({"update", "delete", "insert"})
QUERY_INSTANCE_RESULTS = frozenset({"get", "first", "one", "one_or_none", "scalar", "scalar_one",
                                    "scalar_one_or_none", "get_one"})
SESSION_WRITES = frozenset({"add", "add_all", "delete", "merge", "bulk_save_objects"})
STATEMENT_VERBS = {"select": READ, "insert": WRITE, "update": WRITE, "delete": WRITE}


class AccessFinder:
    def __init__(self, view: CodeView, entities: Entities) -> None:
        self.view = view
        self.entities = entities
        self.found: list[DataAccess] = []

    def run(self) -> list[DataAccess]:
        self.manager_models = self._manager_models()
        chained = self.view.chained
        for ref, expr in self.view.calls():
            if ref not in chained:  # only the outermost call of a chain
                self._judge_call(ref, expr)
        self._judge_sql()
        return sorted(set(self.found))

    def _record(self, ref: Ref, entity: str, kind: str, how: str, certain: bool = True) -> None:
        expr = self.view.expr(ref)
        path, line = self.view.location(ref)
        scope = self.view.scope_name(ref.file, expr[4])
        self.found.append(DataAccess(scope, entity, kind if certain else READ, path, line, how, certain))

    # -- one call chain -------------------------------------------------------------

    def _judge_call(self, ref: Ref, expr: tuple) -> None:
        root, steps = self.view.chain(ref)
        names = [name for name, _ in steps]
        if not names:
            self._statement_function(ref)
            return
        # `models.Order.objects...`: the chain starts at the first step that names a model.
        for position in range(len(steps)):
            if self._has_models(root):
                break
            root, steps = steps[0][1], steps[1:]
        else:
            root, steps = self.view.chain(ref)
        names = [name for name, _ in steps]
        if names and self._model_chain(ref, root, names):
            return
        if self._instance_method(ref, root, names):
            return
        receiver = self._receiver(ref)
        if self._ours(receiver, names[-1] if names else ""):
            return  # `x.query(...)`, `x.add(...)` on a class or collection of ours: not a session
        if self._session_write(ref, names):
            return
        self._query_chain(ref, root, steps)

    def _has_models(self, ref: Ref) -> bool:
        return any(c in self.entities.model_of_class for c in self.view.classes(ref)) or any(
            v[0] == "table" for v in self.view.values(ref)
        ) or any(m in self.manager_models for m in self.view.instances(ref))

    def _receiver(self, ref: Ref) -> Ref | None:
        func = self.view.expr(Ref(ref.file, self.view.expr(ref)[1]))
        return Ref(ref.file, func[1]) if func[0] == "attr" else None

    def _ours(self, receiver: Ref | None, method: str) -> bool:
        """The receiver is an instance of a class of ours that defines the method itself,
        or a plain collection (`set()`, `[]`, `{}`)."""
        if receiver is None or receiver.expr < 0:
            return False
        solver = self.view.resolution.solver
        if any(solver.find_method(cls, method) for cls in self.view.instances(receiver)):
            return True
        if any(v[0] == "new" for v in self.view.values(receiver)):
            return True
        expr = self.view.expr(receiver)
        sources = [Ref(receiver.file, v) for v in self.view.assigned(receiver)] if expr[0] == "var" else [receiver]
        return any(
            self.view.expr(s)[0] == "new"
            or (self.view.expr(s)[0] == "call" and self.view.call_name(s) in ("set", "list", "dict", "frozenset", "deque"))
            for s in sources
        )

    def _model_chain(self, ref: Ref, root: Ref, names: list[str]) -> bool:
        """`Order.objects.filter(...).update(...)`, `Order.query.all()` (Flask-SQLAlchemy),
        and `self.filter(...)` inside a custom manager."""
        managers = sorted(m for m in self.view.instances(root) if m in self.manager_models)
        if managers and names[0] == "model":  # `self.model(...)` makes an instance: no query
            return True
        for manager in managers:
            for entity in sorted(self.manager_models[manager]):
                self._judge_django(ref, entity, manager, f"{manager.rsplit('.', 1)[-1]}.{'.'.join(names)}", names)
        if managers:
            return True
        for model in sorted(self.view.classes(root)):
            entity = self.entities.model_of_class.get(model)
            if entity is None:
                continue
            framework = self.entities.by_name[entity].framework
            rest = names[1:]
            if framework == DJANGO and (names[0] in DJANGO_MANAGERS or self._manager_class(model, names[0])):
                manager = self._manager_class(model, names[0])
                self._judge_django(ref, entity, manager, f"{model.rsplit('.', 1)[-1]}.{'.'.join(names)}", rest)
                return True
            if framework == SQLALCHEMY and names[0] == "query":
                self._judge_methods(ref, entity, f"{model.rsplit('.', 1)[-1]}.{'.'.join(names)}", rest, set(), QUERY_WRITES)
                return True
            verbs = [n for n in names[1:] if n in STATEMENT_VERBS]
            if names[0] == "__table__" and verbs:
                self._record(ref, entity, STATEMENT_VERBS[verbs[0]], f"{model.rsplit('.', 1)[-1]}.__table__.{verbs[0]}")
                return True
        verbs = [n for n in names if n in STATEMENT_VERBS]
        for value in self.view.values(root):
            if value[0] == "table" and verbs:  # `tags.insert().values(...)`
                entity = self.entities.for_table(value[1])
                if entity:
                    self._record(ref, entity, STATEMENT_VERBS[verbs[0]], f"{value[1]}.{verbs[0]}")
                    return True
        return False

    def _judge_methods(self, ref: Ref, entity: str, how: str, methods: list[str], reads, writes) -> None:
        if any(m in writes for m in methods):
            self._record(ref, entity, WRITE, how)
        elif any(m in reads for m in methods) or not methods or not reads:
            self._record(ref, entity, READ, how)
        else:  # a method we do not know: the code does not show which
            self._record(ref, entity, READ, how, certain=False)

    def _judge_django(self, ref: Ref, entity: str, manager: str | None, how: str, methods: list[str]) -> None:
        """A custom manager's own methods (ours) make no access here: the call reaches
        them, and what they do is judged where they do it."""
        if manager and any(self.view.resolution.solver.find_method(manager, m) for m in methods):
            return
        self._judge_methods(ref, entity, how, methods, DJANGO_READS, DJANGO_WRITES)

    def _manager_class(self, model: str, attribute: str) -> str | None:
        """A custom manager: a class attribute holding an instance of a Manager subclass of ours."""
        for owner in self.view.mro_names(model):
            for value in self.view.class_body.get(owner, {}).get(attribute, []):
                for cls in sorted(self.view.instances(value)):
                    if any(name.endswith(("Manager", "QuerySet")) for name in self.view.mro_names(cls)[1:]):
                        return cls
        return None

    def _manager_models(self) -> dict[str, set[str]]:
        """Custom manager classes and the models that hold an instance of them."""
        found: dict[str, set[str]] = {}
        for model, entity in self.entities.model_of_class.items():
            if self.entities.by_name[entity].framework != DJANGO:
                continue
            for owner in self.view.mro_names(model):
                for attribute in self.view.class_body.get(owner, {}):
                    manager = self._manager_class(model, attribute)
                    if manager:
                        found.setdefault(manager, set()).add(entity)
        return found

    def _instance_method(self, ref: Ref, root: Ref, names: list[str]) -> bool:
        """`order.save()`, `customer.delete()` on instances of models."""
        if len(names) != 1 or names[0] not in INSTANCE_WRITES | INSTANCE_READS:
            return False
        models = self.models_of(root, 0)
        for entity in sorted(models):
            if self.entities.by_name[entity].framework == DJANGO:
                self._record(ref, entity, WRITE if names[0] in INSTANCE_WRITES else READ, f"instance.{names[0]}")
        return any(self.entities.by_name[e].framework == DJANGO for e in models)

    def _session_write(self, ref: Ref, names: list[str]) -> bool:
        """`session.add(order)`, `session.delete(order)`, `session.add_all([...])`: the
        argument, an instance of a model, tells which entity (any receiver will do)."""
        if names[-1] not in SESSION_WRITES:
            return False
        argument = self.view.arg(ref, 0)
        models = self.models_of(argument, 0)
        if names[-1] in ("add_all", "bulk_save_objects"):  # a list of instances
            models |= {self.entities.model_of_class[c] for c in self.view.element_instances(argument)
                       if c in self.entities.model_of_class}
        models = {m for m in models if self.entities.by_name[m].framework == SQLALCHEMY}
        for entity in sorted(models):
            self._record(ref, entity, WRITE, f"session.{names[-1]}")
        return bool(models)

    def _query_chain(self, ref: Ref, root: Ref, steps: list[tuple[str, Ref]]) -> None:
        """`session.query(Order).filter(...).update(...)`, `session.get(Order, 1)`, and
        `select/insert/update/delete(Model)` anywhere in the chain."""
        names = [name for name, _ in steps]
        for position, (name, step) in enumerate(steps):
            if self.view.expr(step)[0] != "call":
                continue
            if name in ("query", "get"):  # common names: only a model argument makes them queries
                for entity in sorted(self._entities_in_args(step)):
                    later = names[position + 1 :]
                    kind = WRITE if any(m in QUERY_WRITES for m in later) else READ
                    self._record(ref, entity, kind, f"session.{name}({entity.rsplit('.', 1)[-1]})")
        if self.view.expr(root)[0] == "call":
            self._statement_function(root, outer=ref)

    def _statement_function(self, ref: Ref, outer: Ref | None = None) -> None:
        """`select(Order)`, `insert(Order)`, `update(Stock)`, `delete(Cart)` from SQLAlchemy."""
        expr = self.view.expr(ref)
        names = self.view.library_names(Ref(ref.file, expr[1]))
        verbs = {STATEMENT_VERBS[n.rsplit(".", 1)[-1]] for n in names
                 if n.split(".", 1)[0] in ("sqlalchemy", "sqlmodel") and n.rsplit(".", 1)[-1] in STATEMENT_VERBS}
        if len(verbs) != 1:
            return
        verb = verbs.pop()
        for entity in sorted(self._entities_in_args(ref)):
            self._record(outer or ref, entity, verb, f"{self.view.call_name(ref)}({entity.rsplit('.', 1)[-1]})")

    def _entities_in_args(self, call: Ref) -> set[str]:
        """Entities named by a call's arguments: a model, a model's column, a Table."""
        found = set()
        for arg in self.view.expr(call)[2]:
            if arg < 0:
                continue
            root, _ = self.view.chain(Ref(call.file, arg))
            for cls in self.view.classes(root):
                entity = self.entities.model_of_class.get(cls)
                if entity:
                    found.add(entity)
            for value in self.view.values(root):
                if value[0] == "table":
                    entity = self.entities.for_table(value[1])
                    if entity:
                        found.add(entity)
        return found

    # -- model instances ------------------------------------------------------------------

    def models_of(self, ref: Ref, depth: int) -> set[str]:
        """Entities whose instances `ref` may hold: from constructors, from queryset
        methods that return an instance (`Order.objects.get(...)`), from iterating a
        queryset, and through variables of the same file."""
        if ref.expr < 0 or depth > 3:
            return set()
        found = {self.entities.model_of_class[c] for c in self.view.instances(ref) if c in self.entities.model_of_class}
        expr = self.view.expr(ref)
        if expr[0] == "call":
            root, steps = self.view.chain(ref)
            if steps and steps[-1][0] in INSTANCE_RESULTS:
                found |= {self.entities.model_of_class[c] for c in self.view.classes(root) if c in self.entities.model_of_class}
            if steps and steps[-1][0] in QUERY_INSTANCE_RESULTS:  # session.get(M, pk), query(M).first()
                for name, step in steps:
                    if self.view.expr(step)[0] == "call" and name in ("get", "query", "scalars", "execute"):
                        found |= self._entities_in_args(step)
            if [name for name, _ in steps] == ["model"]:  # `self.model(...)` in a custom manager
                for manager in self.view.instances(root):
                    found |= self.manager_models.get(manager, set())
        elif expr[0] == "iter":
            root, steps = self.view.chain(Ref(ref.file, expr[1]))
            found |= {self.entities.model_of_class[c] for c in self.view.classes(root) if c in self.entities.model_of_class}
        elif expr[0] == "var":
            for value in self.view.assigned(ref):
                found |= self.models_of(Ref(ref.file, value), depth + 1)
        return found

    # -- raw SQL -------------------------------------------------------------------------

    def _judge_sql(self) -> None:
        for fi, facts in enumerate(self.view.files):
            for stmt in facts.stmts:
                if stmt[0] != "sql":
                    continue
                ref = Ref(fi, stmt[1])
                for table, verb in stmt[2]:
                    entity = self.entities.for_table(table)
                    if entity:
                        self._record(ref, entity, verb, f"SQL {verb_word(stmt[3])}")


def verb_word(sql: str) -> str:
    return sql.split(None, 1)[0].upper() if sql.strip() else "?"
