"""Expressions to IR: what a value may be, and every call made on the way.

Each `_x` method takes a libcst expression and returns the index of its IR
expression, or -1 when the value is nothing resolution could use (a number,
a comparison). Sub-expressions are always walked, so no call is missed.
"""

from __future__ import annotations

import libcst as cst

from migrate_kit.extract.builder import IRBuilder
from migrate_kit.model.facts import CALL_STARRED, CLASS, COMPREHENSION, FUNCTION, GENERATOR, LAMBDA

_CONSTANT_NAMES = {"True": True, "False": False, "None": None}


class ExpressionMixin(IRBuilder):
    lines: dict[int, int]
    line: int  # line of the statement being walked

    def line_of(self, node: cst.CSTNode) -> int:
        return self.lines.get(id(node), self.line)

    def expr(self, node: cst.BaseExpression | None) -> int:
        if node is None:
            return -1
        handler = _HANDLERS.get(type(node))
        if handler is None:
            return -1
        return handler(self, node)

    def call(self, node: cst.Call, flags: int = 0) -> int:
        if isinstance(node.func, cst.Name) and node.func.value == "super":
            proxy = self._super(node)
            if proxy >= 0:
                return proxy
        func = self.expr(node.func)
        args: list[int] = []
        kwargs: list[tuple[str, int]] = []
        for arg in node.args:
            value = self.expr(arg.value)
            if arg.star:
                flags |= CALL_STARRED
                kwargs.append((arg.star, value))
            elif arg.keyword is not None:
                kwargs.append((arg.keyword.value, value))
            else:
                args.append(value)
        return self.emit(("call", func, tuple(args), tuple(kwargs), self.owner, self.line_of(node), flags))

    def _super(self, node: cst.Call) -> int:
        """`super()` (or `super(Cls, self)`) inside a method: a proxy that looks
        attributes up after the method's class in the instance's MRO."""
        method = self.scopes[self.owner]
        if method.kind != FUNCTION or method.parent < 0 or not method.params:
            return -1
        if self.scopes[method.parent].kind != CLASS or len(node.args) not in (0, 2):
            return -1
        for arg in node.args:
            self.expr(arg.value)
        first = self.emit(("name", self.owner, method.params[0].lstrip("*")))
        return self.emit(("super", method.parent, first, self.owner, self.line_of(node)))

    # -- names and attributes --------------------------------------------------

    def _name(self, node: cst.Name) -> int:
        if node.value in _CONSTANT_NAMES:
            return self.emit(("const", _CONSTANT_NAMES[node.value]))
        return self.load(node.value)

    def _attribute(self, node: cst.Attribute) -> int:
        base = self.expr(node.value)
        if base < 0:
            return -1
        return self.emit(("attr", base, node.attr.value, self.owner, self.line_of(node)))

    def _call(self, node: cst.Call) -> int:
        return self.call(node)

    def _subscript(self, node: cst.Subscript) -> int:
        base = self.expr(node.value)
        sliced = False
        for element in node.slice:
            inner = element.slice
            if isinstance(inner, cst.Index):
                self.expr(inner.value)
            else:
                sliced = True
                self.expr(inner.lower)
                self.expr(inner.upper)
                self.expr(inner.step)
        if base < 0:
            return -1
        # A slice is a container of the same elements; an index is one element.
        return base if sliced else self.emit(("item", base))

    # -- literals ----------------------------------------------------------------

    def _string(self, node: cst.SimpleString) -> int:
        value = node.evaluated_value
        return self.emit(("str", value if isinstance(value, str) else value.decode("latin-1")))

    def _concatenated(self, node: cst.ConcatenatedString) -> int:
        parts = [self.expr(node.left), self.expr(node.right)]
        texts = [self.exprs[p][1] for p in parts if p >= 0 and self.exprs[p][0] == "str"]
        return self.emit(("str", "".join(texts))) if len(texts) == 2 else -1

    def _formatted(self, node: cst.FormattedString) -> int:
        text = []
        for part in node.parts:
            if isinstance(part, cst.FormattedStringText):
                text.append(part.value)
            else:
                self.expr(part.expression)
                text.append("{}")
        return self.emit(("str", "".join(text)))

    def _number(self, node: cst.BaseExpression) -> int:
        return -1

    def _sequence(self, node: cst.List | cst.Tuple | cst.Set) -> int:
        items = []
        for element in node.elements:
            value = self.expr(element.value)
            if isinstance(element, cst.StarredElement) and value >= 0:
                value = self.emit(("iter", value, self.owner, self.line_of(node)))
            items.append(value)
        kind = {cst.List: "list", cst.Tuple: "tuple", cst.Set: "set"}[type(node)]
        # Items keep their positions (-1 for unknown) so tuples unpack element-wise.
        return self.emit(("new", kind, tuple(items), (), self.line))

    def _dict(self, node: cst.Dict) -> int:
        keys, values = [], []
        for element in node.elements:
            if isinstance(element, cst.DictElement):
                keys.append(self.expr(element.key))
                values.append(self.expr(element.value))
            else:
                spread = self.expr(element.value)
                values.append(self.emit(("item", spread)) if spread >= 0 else -1)
        return self.emit(
            ("new", "dict", tuple(v for v in values if v >= 0), tuple(k for k in keys if k >= 0), self.line)
        )

    # -- comprehensions and lambdas ----------------------------------------------

    def _comprehension(self, node: cst.BaseComp) -> int:
        previous = self.scope
        line = self.line_of(node.for_in)
        first_iter = self.expr(node.for_in.iter)  # evaluated in the enclosing scope
        self.open_scope(self.next_comprehension_name(), COMPREHENSION, line)
        for_in: cst.CompFor | None = node.for_in
        iterable = first_iter
        while for_in is not None:
            if for_in is not node.for_in:
                iterable = self.expr(for_in.iter)
            element = self.emit(("iter", iterable, self.owner, self.line_of(for_in))) if iterable >= 0 else -1
            self.bind_target(for_in.target, element)
            for condition in for_in.ifs:
                self.expr(condition.test)
            for_in = for_in.inner_for_in
        if isinstance(node, cst.DictComp):
            keys, values = (self.expr(node.key),), (self.expr(node.value),)
            kind = "dict"
        else:
            keys, values = (), (self.expr(node.elt),)
            kind = {cst.ListComp: "list", cst.SetComp: "set", cst.GeneratorExp: "generator"}[type(node)]
        self.close_scope(previous)
        return self.emit(("new", kind, tuple(v for v in values if v >= 0), tuple(k for k in keys if k >= 0), line))

    def _lambda(self, node: cst.Lambda) -> int:
        previous = self.scope
        line = self.line_of(node)
        defaults = self.parameter_defaults(node.params)
        scope = self.open_scope(self.next_lambda_name(), LAMBDA, line)
        self.scopes[scope].params = self.parameter_names(node.params)
        self.scopes[scope].bound.update(p.lstrip("*") for p in self.scopes[scope].params if p != "*")
        self.bind_defaults(scope, defaults)
        body = self.expr(node.body)
        if body >= 0:
            self.stmts.append(("return", scope, body))
        self.close_scope(previous)
        return self.emit(("def", scope))

    # -- operators -----------------------------------------------------------------

    def _binary(self, node: cst.BinaryOperation) -> int:
        left, right = self.expr(node.left), self.expr(node.right)
        # `a + b` on lists keeps the elements of both; other operators make new values.
        return self.union([left, right]) if isinstance(node.operator, cst.Add) else -1

    def _boolean(self, node: cst.BooleanOperation) -> int:
        return self.union([self.expr(node.left), self.expr(node.right)])

    def _if_expression(self, node: cst.IfExp) -> int:
        self.expr(node.test)
        return self.union([self.expr(node.body), self.expr(node.orelse)])

    def _unary(self, node: cst.UnaryOperation) -> int:
        self.expr(node.expression)
        return -1

    def _comparison(self, node: cst.Comparison) -> int:
        self.expr(node.left)
        for target in node.comparisons:
            self.expr(target.comparator)
        return -1

    def _await(self, node: cst.Await) -> int:
        return self.expr(node.expression)

    def _yield(self, node: cst.Yield) -> int:
        owner = self.owner
        self.scopes[owner].flags |= GENERATOR
        if isinstance(node.value, cst.From):
            source = self.expr(node.value.item)
            if source >= 0:
                self.stmts.append(("yield", owner, self.emit(("iter", source, owner, self.line))))
        else:
            value = self.expr(node.value)
            if value >= 0:
                self.stmts.append(("yield", owner, value))
        return -1

    def _walrus(self, node: cst.NamedExpr) -> int:
        value = self.expr(node.value)
        if isinstance(node.target, cst.Name):
            self.store(node.target.value, value, self.binding_target())
        return value

    def _starred(self, node: cst.StarredElement) -> int:
        return self.expr(node.value)


_HANDLERS = {
    cst.Name: ExpressionMixin._name,
    cst.Attribute: ExpressionMixin._attribute,
    cst.Call: ExpressionMixin._call,
    cst.Subscript: ExpressionMixin._subscript,
    cst.SimpleString: ExpressionMixin._string,
    cst.ConcatenatedString: ExpressionMixin._concatenated,
    cst.FormattedString: ExpressionMixin._formatted,
    cst.Integer: ExpressionMixin._number,
    cst.Float: ExpressionMixin._number,
    cst.Imaginary: ExpressionMixin._number,
    cst.Ellipsis: ExpressionMixin._number,
    cst.List: ExpressionMixin._sequence,
    cst.Tuple: ExpressionMixin._sequence,
    cst.Set: ExpressionMixin._sequence,
    cst.Dict: ExpressionMixin._dict,
    cst.ListComp: ExpressionMixin._comprehension,
    cst.SetComp: ExpressionMixin._comprehension,
    cst.GeneratorExp: ExpressionMixin._comprehension,
    cst.DictComp: ExpressionMixin._comprehension,
    cst.Lambda: ExpressionMixin._lambda,
    cst.BinaryOperation: ExpressionMixin._binary,
    cst.BooleanOperation: ExpressionMixin._boolean,
    cst.IfExp: ExpressionMixin._if_expression,
    cst.UnaryOperation: ExpressionMixin._unary,
    cst.Comparison: ExpressionMixin._comparison,
    cst.Await: ExpressionMixin._await,
    cst.Yield: ExpressionMixin._yield,
    cst.NamedExpr: ExpressionMixin._walrus,
    cst.StarredElement: ExpressionMixin._starred,
}
