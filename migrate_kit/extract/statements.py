"""Statements to IR: bindings, control flow, and the calls Python makes
implicitly (`with`, `for`, `raise`)."""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from migrate_kit.extract.imports import ImportMixin
from migrate_kit.extract.syntax import annotation_text, capture_names, dotted
from migrate_kit.model.facts import CALL_RESULT_IGNORED, CLASS


class StatementMixin(ImportMixin):
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
            for capture in capture_names(case.pattern):
                self.store(capture, -1)
            self.expr(case.guard)
            self.block(case.body)

    # -- definitions ----------------------------------------------------------------


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
