"""What extraction learns from one file: plain values, no libcst, no I/O.

A file becomes a `FileFacts`: its scopes (module, classes, functions, lambdas),
its imports, and a small intermediate representation (IR) of everything that can
move a value or make a call. The IR is a flat tuple of expressions, each referring
to earlier ones by index, plus statements that bind them. Whole-program resolution
(`migrate_kit.resolve`) reads only these values, so they are cached and shipped
between processes as they are.

Expressions (first item names the kind; `e` is an index into `FileFacts.exprs`,
`s` an index into `FileFacts.scopes`, `line` a 1-based line number):

    ("var", s, name)                 name bound in scope s
    ("free", name)                   name bound nowhere in the file: a module
                                     global from a star import, or a builtin
    ("module", dotted)               a module object, from `import a.b`
    ("from", dotted, name)           `from dotted import name`
    ("attr", e, name, s, line)       attribute load
    ("call", e, args, kwargs, s, line, flags)
                                     args: tuple of e (-1 when unknown);
                                     kwargs: tuple of (name, e), where "*" and
                                     "**" name unpacked arguments; flags: CALL_*
    ("str", text)                    a string literal (f-string holes as "{}")
    ("new", kind, items, keys, line) list/tuple/set/dict/generator literal;
                                     items keep their positions (-1: unknown)
    ("item", e)                      subscript: an element of e
    ("iter", e, s, line)             what iterating e yields
    ("enter", e, s, line)            what `with e as x` binds
    ("def", s)                       the function, class or lambda of scope s
    ("union", items)                 any of several (`a or b`, `x if c else y`)
    ("not_class", e)                 what e may hold, except classes
    ("super", s, e, s2, line)        `super()` in a method of class scope s,
                                     e the method's first parameter, called from s2
    ("const", value)                 True, False or None

Statements:

    ("assign", target, e)            target: ("var", s, name) | ("attr", e, name)
                                     | ("item", e)
    ("default", ("var", s, name), e) a parameter's default value
    ("return", s, e)                 s returns e
    ("yield", s, e)                  s yields e
    ("raise", e, s, line)            `raise e`: constructs e when it is a class
    ("star", s, dotted)              `from dotted import *` in scope s
    ("annotate", s, name, text)      `name: text` in a class body
    ("sql", e, ((table, verb), ...), text)
                                     call e runs SQL that reads or writes tables
"""

from __future__ import annotations

from dataclasses import dataclass

# Call flags.
CALL_RESULT_IGNORED = 1  # an expression statement: nobody uses what it returns
CALL_DECORATOR = 2  # applying a decorator
CALL_STARRED = 4  # *args or **kwargs present: argument positions are unknown
CALL_TASK = 8  # a task-queue call (`.delay`, `.apply_async`, `.s`): asynchronous
CALL_CALLBACK = 16  # calls a parameter: whoever passed the function chose the target

# Scope kinds.
MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION = "module", "class", "function", "lambda", "comprehension"

# Function flags.
STATIC, CLASSMETHOD, PROPERTY, GENERATOR, ASYNC = 1, 2, 4, 8, 16


@dataclass(frozen=True, slots=True)
class Location:
    """A place in the analyzed code, as `path:line` (path relative to ROOT)."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Scope:
    """A module, class, function, lambda or comprehension.

    `qualname` is the dotted name of design.md section 3 (a comprehension's is its
    owner's plus `<compN>`; it names no node of the graph). `owner` is the scope
    that calls made here are attributed to:
    itself, except for comprehensions. `bound` lists the names this scope binds,
    which tells class attribute lookup where a name is defined.
    """

    qualname: str
    kind: str
    parent: int  # -1 for the module scope
    owner: int
    line: int
    params: tuple[str, ...] = ()  # "*args", "*" and "**kwargs" mark the kinds
    flags: int = 0
    bases: tuple[int, ...] = ()  # class scopes: expression indices of the bases
    bound: frozenset[str] = frozenset()
    doc: str = ""  # first line of the docstring


@dataclass(frozen=True, slots=True)
class ImportFact:
    """One imported module (or name from a module), for the import graph."""

    scope: int
    module: str  # absolute dotted module name
    name: str | None  # `from module import name`; None for `import module`
    line: int
    type_only: bool  # under `if TYPE_CHECKING:`
    star: bool = False


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """A file that could not be analyzed, reported as `path:line: reason`."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass(frozen=True, slots=True)
class FileFacts:
    """Everything extraction learned from one source file."""

    module: str
    path: str
    is_package: bool
    lines_of_code: int
    scopes: tuple[Scope, ...]
    imports: tuple[ImportFact, ...]
    exprs: tuple[tuple, ...]
    stmts: tuple[tuple, ...]
