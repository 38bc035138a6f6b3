"""Definitions: functions and classes, their decorators, parameters and defaults,
and the targets assignments bind."""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from migrate_kit.extract.expressions import ExpressionMixin
from migrate_kit.extract.syntax import docstring, dotted
from migrate_kit.model.facts import ASYNC, CALL_DECORATOR, CLASS, CLASSMETHOD, FUNCTION, PROPERTY, STATIC

# Decorators that only mark a method's kind; applying them calls nothing of ours.
_METHOD_MARKERS = {"staticmethod": STATIC, "classmethod": CLASSMETHOD, "property": PROPERTY,
                   "cached_property": PROPERTY, "abstractmethod": 0}
_PROPERTY_ACCESSORS = {"setter", "getter", "deleter"}




class DefinitionMixin(ExpressionMixin):
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
