"""Statements to IR: bindings, definitions, imports and the calls Python makes
implicitly (decorators, `with`, `for`, `raise`)."""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from migrate_kit.extract.expressions import ExpressionMixin
from migrate_kit.model.facts import (
    ASYNC,
    CALL_DECORATOR,
    CALL_RESULT_IGNORED,
    CLASS,
    CLASSMETHOD,
    FUNCTION,
    PROPERTY,
    STATIC,
    ImportFact,
)

# Decorators that only mark a method's kind; applying them calls nothing of ours.
_METHOD_MARKERS = {"staticmethod": STATIC, "classmethod": CLASSMETHOD, "property": PROPERTY,
                   "cached_property": PROPERTY, "abstractmethod": 0}
_PROPERTY_ACCESSORS = {"setter", "getter", "deleter"}


def dotted(node: cst.BaseExpression | None) -> str:
    """`a.b.c` for a Name/Attribute chain, "" for anything else."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr.value}" if base else ""
    return ""


class StatementMixin(ExpressionMixin):
    is_package: bool
    type_checking: int  # depth of `if TYPE_CHECKING:` blocks around us

    def body(self, statements: Sequence[cst.CSTNode]) -> None:
        for statement in statements:
            self.line = self.lines.get(id(statement), self.line)
            if isinstance(statement, cst.SimpleStatementLine):
                for small in statement.body:
                    self.line = self.lines.get(id(small), self.line)
                    self.statement(small)
            else:
                self.statement(statement)

    def block(self, node: cst.BaseSuite | None) -> None:
        if node is None:
            return
        if isinstance(node, cst.IndentedBlock):
            self.body(node.body)
        else:  # a suite on the same line: `if x: y()`
            self.body([node])

    def statement(self, node: cst.CSTNode) -> None:
        handler = _STATEMENTS.get(type(node))
        if handler is not None:
            handler(self, node)

    # -- simple statements ---------------------------------------------------------

    def _expression_statement(self, node: cst.Expr) -> None:
        value = node.value
        if isinstance(value, cst.Await):
            value = value.expression
        if isinstance(value, cst.Call):
            self.call(value, CALL_RESULT_IGNORED)
        else:
            self.expr(value)

    def _assign(self, node: cst.Assign) -> None:
        value = self.expr(node.value)
        for target in node.targets:
            self.assign(target.target, value, node.value)

    def _annotated_assign(self, node: cst.AnnAssign) -> None:
        value = self.expr(node.value)
        target = node.target
        if isinstance(target, cst.Name):
            if self.scopes[self.scope].kind == CLASS:
                self.stmts.append(("annotate", self.scope, target.value, annotation_text(node.annotation.annotation)))
            self.store(target.value, value)
        elif value >= 0:
            self.assign(target, value)

    def _augmented_assign(self, node: cst.AugAssign) -> None:
        value = self.expr(node.value)
        target = node.target
        if isinstance(target, cst.Name):
            self.expr(target)  # reads it first
            self.store(target.value, value)
        else:
            self.assign(target, value)

    def _return(self, node: cst.Return) -> None:
        value = self.expr(node.value)
        if value >= 0:
            self.stmts.append(("return", self.owner, value))

    def _raise(self, node: cst.Raise) -> None:
        exception = self.expr(node.exc)
        if exception >= 0:
            self.stmts.append(("raise", exception, self.owner, self.line))
        if node.cause is not None:
            self.expr(node.cause.item)

    def _assert(self, node: cst.Assert) -> None:
        self.expr(node.test)
        self.expr(node.msg)

    def _delete(self, node: cst.Del) -> None:
        self.expr(node.target)

    def _global(self, node: cst.Global) -> None:
        self.scopes[self.scope].globals.update(n.name.value for n in node.names)

    def _nonlocal(self, node: cst.Nonlocal) -> None:
        self.scopes[self.scope].nonlocals.update(n.name.value for n in node.names)

    # -- imports -------------------------------------------------------------------

    def _import(self, node: cst.Import) -> None:
        for alias in node.names:
            name = dotted(alias.name)
            self._record_import(name, None)
            if alias.asname is not None:
                self.bind_target(alias.asname.name, self.emit(("module", name)))
            else:
                top = name.split(".", 1)[0]
                self.store(top, self.emit(("module", top)))

    def _import_from(self, node: cst.ImportFrom) -> None:
        module = self.absolute_module(len(node.relative), dotted(node.module))
        if module is None:
            return
        if isinstance(node.names, cst.ImportStar):
            self._record_import(module, None, star=True)
            self.stmts.append(("star", self.scope, module))
            return
        for alias in node.names:
            name = dotted(alias.name)
            self._record_import(module, name)
            value = self.emit(("from", module, name))
            local = alias.asname.name if alias.asname is not None else alias.name
            self.bind_target(local, value)

    def absolute_module(self, level: int, name: str) -> str | None:
        """The absolute name a (possibly relative) import refers to; None if it escapes ROOT."""
        if level == 0:
            return name
        parts = [] if self.module == "__init__" else self.module.split(".")
        package = parts if self.is_package else parts[:-1]
        if level - 1 > len(package):
            return None
        base = package[: len(package) - (level - 1)]
        return ".".join(base + ([name] if name else [])) or None

    def _record_import(self, module: str, name: str | None, star: bool = False) -> None:
        self.imports.append(ImportFact(self.scope, module, name, self.line, self.type_checking > 0, star))

    # -- compound statements -------------------------------------------------------

    def _if(self, node: cst.If) -> None:
        self.expr(node.test)
        guarded = dotted(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")
        self.type_checking += guarded
        self.block(node.body)
        self.type_checking -= guarded
        orelse = node.orelse
        if isinstance(orelse, cst.If):
            self.line = self.lines.get(id(orelse), self.line)
            self._if(orelse)
        elif orelse is not None:
            self.block(orelse.body)

    def _for(self, node: cst.For) -> None:
        iterable = self.expr(node.iter)
        element = self.emit(("iter", iterable, self.owner, self.line)) if iterable >= 0 else -1
        self.bind_target(node.target, element)
        self.block(node.body)
        if node.orelse is not None:
            self.block(node.orelse.body)

    def _while(self, node: cst.While) -> None:
        self.expr(node.test)
        self.block(node.body)
        if node.orelse is not None:
            self.block(node.orelse.body)

    def _try(self, node: cst.Try | cst.TryStar) -> None:
        self.block(node.body)
        for handler in node.handlers:
            self.line = self.lines.get(id(handler), self.line)
            self.expr(handler.type)
            if handler.name is not None:
                self.bind_target(handler.name.name, -1)
            self.block(handler.body)
        if node.orelse is not None:
            self.block(node.orelse.body)
        if node.finalbody is not None:
            self.block(node.finalbody.body)

    def _with(self, node: cst.With) -> None:
        for item in node.items:
            manager = self.expr(item.item)
            entered = self.emit(("enter", manager, self.owner, self.line)) if manager >= 0 else -1
            if item.asname is not None:
                self.bind_target(item.asname.name, entered)
        self.block(node.body)

    def _match(self, node: cst.Match) -> None:
        self.expr(node.subject)
        for case in node.cases:
            self.line = self.lines.get(id(case), self.line)
            for capture in _capture_names(case.pattern):
                self.store(capture, -1)
            self.expr(case.guard)
            self.block(case.body)

    # -- definitions ----------------------------------------------------------------

    def _function(self, node: cst.FunctionDef) -> None:
        flags, decorators = self.decorators(node.decorators)
        defaults = self.parameter_defaults(node.params)
        previous = self.scope
        line = self.lines.get(id(node), self.line)
        scope = self.open_scope(node.name.value, FUNCTION, line)
        draft = self.scopes[scope]
        draft.flags = flags | (ASYNC if node.asynchronous is not None else 0)
        draft.params = self.parameter_names(node.params)
        draft.bound.update(p.lstrip("*") for p in draft.params if p != "*")
        draft.doc = docstring(node.body)
        self.bind_defaults(scope, defaults)
        self.block(node.body)
        self.close_scope(previous)
        self.line = line
        self.bind_definition(node.name.value, scope, decorators)

    def _class(self, node: cst.ClassDef) -> None:
        flags, decorators = self.decorators(node.decorators)
        bases = tuple(self.expr(arg.value) for arg in node.bases if not arg.star)
        for keyword in node.keywords:
            self.expr(keyword.value)
        previous = self.scope
        line = self.lines.get(id(node), self.line)
        scope = self.open_scope(node.name.value, CLASS, line)
        self.scopes[scope].bases = tuple(b for b in bases if b >= 0)
        self.scopes[scope].doc = docstring(node.body)
        self.block(node.body)
        self.close_scope(previous)
        self.line = line
        self.bind_definition(node.name.value, scope, decorators, keep_definition=True)

    def decorators(self, nodes: Sequence[cst.Decorator]) -> tuple[int, list[tuple[int, int]]]:
        """Evaluate decorators in the enclosing scope; return method flags and
        (expression, line) of each decorator that is really called."""
        flags, applied = 0, []
        for decorator in nodes:
            expression = decorator.decorator
            name = dotted(expression)
            marker = name.rsplit(".", 1)[-1]
            if marker in _METHOD_MARKERS:
                flags |= _METHOD_MARKERS[marker]
                continue
            if isinstance(expression, cst.Attribute) and expression.attr.value in _PROPERTY_ACCESSORS:
                flags |= PROPERTY
                continue
            self.line = self.lines.get(id(decorator), self.line)
            applied.append((self.expr(expression), self.line))
        return flags, applied

    def bind_definition(
        self, name: str, scope: int, decorators: list[tuple[int, int]], keep_definition: bool = False
    ) -> None:
        """Bind a def name to its decorated value and to every layer below it, down
        to the definition: a call to a decorated function reaches the function
        itself and each wrapper around it. A decorated class keeps its name
        (`keep_definition`) and gains only what is not a class: class decorators
        mostly register or amend the class they get, and a context-insensitive
        analysis would otherwise hand every decorated class to each of them."""
        definition = self.emit(("def", scope))
        layers = [definition]
        for decorator, line in reversed(decorators):
            if decorator >= 0:
                layers.append(self.emit(("call", decorator, (layers[-1],), (), self.owner, line, CALL_DECORATOR)))
        if keep_definition and len(layers) > 1:
            # A class decorator that returns something else (a singleton factory) replaces
            # the class; classes it hands back are taken to be the class itself.
            layers = [definition, self.emit(("not_class", layers[-1]))]
        self.store(name, self.union(layers))

    def parameter_names(self, params: cst.Parameters) -> tuple[str, ...]:
        names = [p.name.value for p in (*params.posonly_params, *params.params)]
        if isinstance(params.star_arg, cst.Param):
            names.append("*" + params.star_arg.name.value)
        elif params.kwonly_params:
            names.append("*")
        names.extend(p.name.value for p in params.kwonly_params)
        if params.star_kwarg is not None:
            names.append("**" + params.star_kwarg.name.value)
        return tuple(names)

    def parameter_defaults(self, params: cst.Parameters) -> list[tuple[str, int]]:
        """Evaluate default values where Python does: in the enclosing scope."""
        defaults = []
        for param in (*params.posonly_params, *params.params, *params.kwonly_params):
            if param.default is not None:
                defaults.append((param.name.value, self.expr(param.default)))
        return defaults

    def bind_defaults(self, scope: int, defaults: list[tuple[str, int]]) -> None:
        for name, value in defaults:
            if value >= 0:
                self.stmts.append(("default", ("store", scope, name), value))

    # -- targets -----------------------------------------------------------------------

    def assign(self, target: cst.BaseExpression, value: int, source: cst.BaseExpression | None = None) -> None:
        """Assign `value` to an assignment target; tuples unpack element by element
        when the source is a tuple literal of the same shape."""
        if isinstance(target, (cst.Tuple, cst.List)) and isinstance(source, (cst.Tuple, cst.List)):
            items = [e for e in self.exprs[value][2]] if value >= 0 and self.exprs[value][0] == "new" else []
            plain = not any(isinstance(e, cst.StarredElement) for e in (*target.elements, *source.elements))
            if plain and len(items) == len(target.elements) == len(source.elements):
                for element, item, part in zip(target.elements, items, source.elements):
                    self.assign(element.value, item, part.value)
                return
        self.bind_target(target, value)

    def bind_target(self, target: cst.BaseExpression, value: int) -> None:
        if isinstance(target, cst.Name):
            self.store(target.value, value)
        elif isinstance(target, cst.Attribute):
            base = self.expr(target.value)
            if base >= 0 and value >= 0:
                self.stmts.append(("assign", ("attr", base, target.attr.value), value))
        elif isinstance(target, cst.Subscript):
            base = self.expr(target.value)
            for element in target.slice:
                if isinstance(element.slice, cst.Index):
                    self.expr(element.slice.value)
            if base >= 0 and value >= 0:
                self.stmts.append(("assign", ("item", base), value))
        elif isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                if isinstance(element, cst.StarredElement):
                    rest = self.emit(("new", "list", (self.emit(("item", value)),), (), self.line)) if value >= 0 else -1
                    self.bind_target(element.value, rest)
                else:
                    self.bind_target(element.value, self.emit(("item", value)) if value >= 0 else -1)
        elif isinstance(target, cst.StarredElement):
            self.bind_target(target.value, value)


def docstring(body: cst.BaseSuite | cst.Module) -> str:
    """First line of a docstring, if the body starts with one."""
    statements = body.body if isinstance(body, (cst.IndentedBlock, cst.Module)) else []
    if not statements or not isinstance(statements[0], cst.SimpleStatementLine):
        return ""
    first = statements[0].body[0] if statements[0].body else None
    if isinstance(first, cst.Expr) and isinstance(first.value, (cst.SimpleString, cst.ConcatenatedString)):
        value = first.value.evaluated_value
        if isinstance(value, str):
            stripped = value.strip()
            return stripped.splitlines()[0].strip() if stripped else ""
    return ""


def annotation_text(node: cst.BaseExpression) -> str:
    """A readable form of a type annotation, e.g. `Mapped[Optional[int]]`."""
    if isinstance(node, (cst.Name, cst.Attribute)):
        return dotted(node) or "?"
    if isinstance(node, cst.Subscript):
        inner = ", ".join(
            annotation_text(e.slice.value) if isinstance(e.slice, cst.Index) else "?" for e in node.slice
        )
        return f"{annotation_text(node.value)}[{inner}]"
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
        return f"{annotation_text(node.left)} | {annotation_text(node.right)}"
    if isinstance(node, cst.SimpleString):
        value = node.evaluated_value
        return value if isinstance(value, str) else "?"
    return "None" if isinstance(node, cst.Name) and node.value == "None" else "?"


def _capture_names(pattern: cst.CSTNode) -> list[str]:
    """Names a `case` pattern binds."""
    names = []
    if isinstance(pattern, cst.MatchAs) and pattern.name is not None:
        names.append(pattern.name.value)
    if isinstance(pattern, cst.MatchStar) and pattern.name is not None:
        names.append(pattern.name.value)
    if isinstance(pattern, cst.MatchMapping) and pattern.rest is not None:
        names.append(pattern.rest.value)
    for child in _pattern_children(pattern):
        names.extend(_capture_names(child))
    return names


def _pattern_children(pattern: cst.CSTNode) -> list[cst.CSTNode]:
    if isinstance(pattern, cst.MatchAs):
        return [pattern.pattern] if pattern.pattern is not None else []
    if isinstance(pattern, (cst.MatchList, cst.MatchTuple)):
        return [p.value if isinstance(p, cst.MatchSequenceElement) else p for p in pattern.patterns]
    if isinstance(pattern, cst.MatchMapping):
        return [e.pattern for e in pattern.elements]
    if isinstance(pattern, cst.MatchClass):
        return [p.value for p in pattern.patterns] + [k.pattern for k in pattern.kwds]
    if isinstance(pattern, cst.MatchOr):
        return [e.pattern for e in pattern.patterns]
    return []


_STATEMENTS = {
    cst.Expr: StatementMixin._expression_statement,
    cst.Assign: StatementMixin._assign,
    cst.AnnAssign: StatementMixin._annotated_assign,
    cst.AugAssign: StatementMixin._augmented_assign,
    cst.Return: StatementMixin._return,
    cst.Raise: StatementMixin._raise,
    cst.Assert: StatementMixin._assert,
    cst.Del: StatementMixin._delete,
    cst.Global: StatementMixin._global,
    cst.Nonlocal: StatementMixin._nonlocal,
    cst.Import: StatementMixin._import,
    cst.ImportFrom: StatementMixin._import_from,
    cst.If: StatementMixin._if,
    cst.For: StatementMixin._for,
    cst.While: StatementMixin._while,
    cst.Try: StatementMixin._try,
    cst.TryStar: StatementMixin._try,
    cst.With: StatementMixin._with,
    cst.Match: StatementMixin._match,
    cst.FunctionDef: StatementMixin._function,
    cst.ClassDef: StatementMixin._class,
}
