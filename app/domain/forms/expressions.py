"""A tiny, safe expression language for form logic (relevance, calculations, constraints).

Never uses ``eval``: source text is tokenised, parsed by recursive descent into a small AST
and evaluated by walking that tree. Length and nesting depth are limited so a hostile form
definition is rejected with :class:`ExpressionError` instead of a ``RecursionError``.

Grammar (lowest to highest precedence)::

    expr    := or
    or      := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | cmp
    cmp     := add (("=" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in") add)?
    add     := mul (("+" | "-") mul)*
    mul     := unary (("*" | "/") unary)*
    unary   := "-" unary | primary
    primary := NUMBER | STRING | "true" | "false" | "null" | "${" field_id "}"
             | NAME "(" [expr ("," expr)*] ")" | "(" expr ")" | "[" [expr ("," expr)*] "]"

Empty answers are ``null``. Null propagates through arithmetic; comparisons with null are
false (except ``=``/``!=`` against ``null`` or ``''``), and a failing evaluation yields null.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

log = logging.getLogger(__name__)

MAX_EXPRESSION_LENGTH = 2000
MAX_EXPRESSION_DEPTH = 40
MAX_TOKENS = 500


class ExpressionError(ValueError):
    """Raised for an expression that cannot be parsed. ``pos`` is a character offset."""

    def __init__(self, reason: str, pos: int = 0) -> None:
        super().__init__(f"{reason} (positie {pos})")
        self.reason = reason
        self.pos = pos


# --------------------------------------------------------------------------- tokens

_TOKEN_RE = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<ref>\$\{\s*(?P<refname>[A-Za-z_][A-Za-z0-9_]*)\s*\})
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>==|!=|<=|>=|[=<>+\-*/(),\[\]])
    """,
    re.VERBOSE,
)

_KEYWORDS = {"and", "or", "not", "in", "true", "false", "null"}


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # ref, number, string, name, op, kw, end
    text: str
    pos: int


def tokenize(source: str) -> list[Token]:
    if len(source) > MAX_EXPRESSION_LENGTH:
        raise ExpressionError(f"expressie is langer dan {MAX_EXPRESSION_LENGTH} tekens", 0)
    tokens: list[Token] = []
    pos = 0
    while pos < len(source):
        m = _TOKEN_RE.match(source, pos)
        if m is None:
            raise ExpressionError(f"onverwacht teken {source[pos]!r}", pos)
        kind = m.lastgroup or ""
        text = m.group(0)
        if kind == "refname":  # pragma: no cover - named subgroup, lastgroup is 'ref'
            kind = "ref"
        if kind == "ref":
            tokens.append(Token("ref", m.group("refname"), pos))
        elif kind == "string":
            tokens.append(Token("string", _unescape(text[1:-1]), pos))
        elif kind == "name":
            tokens.append(Token("kw" if text in _KEYWORDS else "name", text, pos))
        elif kind != "ws":
            tokens.append(Token(kind, text, pos))
        if len(tokens) > MAX_TOKENS:
            raise ExpressionError(f"expressie heeft meer dan {MAX_TOKENS} onderdelen", pos)
        pos = m.end()
    tokens.append(Token("end", "", len(source)))
    return tokens


def _unescape(body: str) -> str:
    return re.sub(r"\\(.)", r"\1", body)


# --------------------------------------------------------------------------- AST


@dataclass(frozen=True, slots=True)
class Literal:
    value: Any


@dataclass(frozen=True, slots=True)
class Ref:
    name: str


@dataclass(frozen=True, slots=True)
class ListExpr:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Unary:
    op: str  # "-" or "not"
    operand: Node


@dataclass(frozen=True, slots=True)
class Binary:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Call:
    name: str
    args: tuple[Node, ...]


Node = Literal | Ref | ListExpr | Unary | Binary | Call


@dataclass(frozen=True)
class Expression:
    """A parsed expression: the source text, the AST and the field ids it references."""

    source: str
    root: Node
    refs: frozenset[str] = field(default_factory=frozenset)


# --------------------------------------------------------------------------- parser

# name -> (min args, max args); max -1 = unlimited
FUNCTIONS: dict[str, tuple[int, int]] = {
    "today": (0, 0),
    "age": (1, 1),
    "count": (1, 1),
    "selected": (2, 2),
    "if": (3, 3),
    "empty": (1, 1),
    "coalesce": (1, -1),
    "year": (1, 1),
    "days_between": (2, 2),
    "length": (1, 1),
}


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = tokenize(source)
        self.i = 0
        self.depth = 0
        self.refs: set[str] = set()

    # helpers
    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def accept(self, kind: str, text: str | None = None) -> Token | None:
        tok = self.peek()
        if tok.kind == kind and (text is None or tok.text == text):
            self.i += 1
            return tok
        return None

    def expect(self, kind: str, text: str) -> Token:
        tok = self.accept(kind, text)
        if tok is None:
            got = self.peek()
            shown = got.text or "einde van de expressie"
            raise ExpressionError(f"verwacht {text!r} maar vond {shown!r}", got.pos)
        return tok

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_EXPRESSION_DEPTH:
            raise ExpressionError(
                f"expressie is te diep genest (meer dan {MAX_EXPRESSION_DEPTH} niveaus)",
                self.peek().pos,
            )

    def leave(self) -> None:
        self.depth -= 1

    # grammar
    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise ExpressionError("lege expressie", 0)
        node = self.expr()
        tok = self.peek()
        if tok.kind != "end":
            raise ExpressionError(f"onverwacht {tok.text!r}", tok.pos)
        return node

    def expr(self) -> Node:
        self.enter()
        try:
            return self.or_()
        finally:
            self.leave()

    def or_(self) -> Node:
        node = self.and_()
        while self.accept("kw", "or"):
            node = Binary("or", node, self.and_())
        return node

    def and_(self) -> Node:
        node = self.not_()
        while self.accept("kw", "and"):
            node = Binary("and", node, self.not_())
        return node

    def not_(self) -> Node:
        if self.accept("kw", "not"):
            self.enter()
            try:
                return Unary("not", self.not_())
            finally:
                self.leave()
        return self.cmp()

    def cmp(self) -> Node:
        node = self.add()
        tok = self.peek()
        if tok.kind == "op" and tok.text in {"=", "==", "!=", "<", "<=", ">", ">="}:
            self.take()
            op = "=" if tok.text == "==" else tok.text
            return Binary(op, node, self.add())
        if tok.kind == "kw" and tok.text == "in":
            self.take()
            return Binary("in", node, self.add())
        if tok.kind == "kw" and tok.text == "not":
            nxt = self.tokens[self.i + 1]
            if nxt.kind == "kw" and nxt.text == "in":
                self.i += 2
                return Unary("not", Binary("in", node, self.add()))
        return node

    def add(self) -> Node:
        node = self.mul()
        while True:
            tok = self.peek()
            if tok.kind == "op" and tok.text in {"+", "-"}:
                self.take()
                node = Binary(tok.text, node, self.mul())
            else:
                return node

    def mul(self) -> Node:
        node = self.unary()
        while True:
            tok = self.peek()
            if tok.kind == "op" and tok.text in {"*", "/"}:
                self.take()
                node = Binary(tok.text, node, self.unary())
            else:
                return node

    def unary(self) -> Node:
        if self.accept("op", "-"):
            self.enter()
            try:
                return Unary("-", self.unary())
            finally:
                self.leave()
        return self.primary()

    def primary(self) -> Node:
        tok = self.take()
        if tok.kind == "number":
            return Literal(float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "string":
            return Literal(tok.text)
        if tok.kind == "kw" and tok.text in {"true", "false", "null"}:
            return Literal({"true": True, "false": False, "null": None}[tok.text])
        if tok.kind == "ref":
            self.refs.add(tok.text)
            return Ref(tok.text)
        if tok.kind == "op" and tok.text == "(":
            node = self.expr()
            self.expect("op", ")")
            return node
        if tok.kind == "op" and tok.text == "[":
            items = self.arguments("]")
            return ListExpr(tuple(items))
        if tok.kind == "name":
            if tok.text not in FUNCTIONS:
                raise ExpressionError(f"onbekende functie {tok.text!r}", tok.pos)
            self.expect("op", "(")
            args = self.arguments(")")
            lo, hi = FUNCTIONS[tok.text]
            if len(args) < lo or (hi >= 0 and len(args) > hi):
                raise ExpressionError(
                    f"functie {tok.text}() kreeg {len(args)} argument(en)", tok.pos
                )
            return Call(tok.text, tuple(args))
        shown = tok.text or "einde van de expressie"
        raise ExpressionError(f"onverwacht {shown!r}", tok.pos)

    def arguments(self, closer: str) -> list[Node]:
        args: list[Node] = []
        if self.accept("op", closer):
            return args
        while True:
            args.append(self.expr())
            if self.accept("op", closer):
                return args
            self.expect("op", ",")


_CACHE: dict[str, Expression] = {}
_CACHE_MAX = 4096


def parse_expression(source: str) -> Expression:
    """Parse ``source``; raises :class:`ExpressionError`. Results are cached by text."""
    cached = _CACHE.get(source)
    if cached is not None:
        return cached
    if not isinstance(source, str):
        raise ExpressionError("expressie moet tekst zijn", 0)
    parser = _Parser(source)
    root = parser.parse()
    expr = Expression(source=source, root=root, refs=frozenset(parser.refs))
    if len(_CACHE) < _CACHE_MAX:
        _CACHE[source] = expr
    return expr


# --------------------------------------------------------------------------- evaluation


class _EvalError(Exception):
    pass


Resolver = Callable[[str], Any]


def truthy(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | tuple | dict):
        return len(value) > 0
    return bool(value)


def is_empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, list | tuple) and not value)


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def parse_iso_partial(value: Any) -> tuple[int, int | None, int | None] | None:
    """'1990' / '1990-04' / '1990-04-12' -> (year, month|None, day|None)."""
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    return y, mo, d


def age_on(birth: Any, today: date) -> int | None:
    """Age in whole years. Unknown month/day count as January / the 1st (documented in
    forms/README.md): with a partial birth date this gives the highest possible age."""
    parts = parse_iso_partial(birth)
    if parts is None:
        return None
    y, mo, d = parts
    mo = mo or 1
    d = d or 1
    years = today.year - y - (1 if (today.month, today.day) < (mo, d) else 0)
    return years if years >= 0 else None


def _full_date(value: Any) -> date | None:
    parts = parse_iso_partial(value)
    if parts is None or parts[1] is None or parts[2] is None:
        return None
    try:
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _equal(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return is_empty(a) and is_empty(b)
    if _is_number(a) and _is_number(b):
        return bool(a == b)
    return bool(type(a) is type(b) and a == b)


def _compare(op: str, a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    if not ((_is_number(a) and _is_number(b)) or (isinstance(a, str) and isinstance(b, str))):
        return False
    if op == "<":
        return bool(a < b)
    if op == "<=":
        return bool(a <= b)
    if op == ">":
        return bool(a > b)
    return bool(a >= b)


class Evaluator:
    """Evaluates ASTs against a resolver that maps a field id to its current value."""

    def __init__(self, resolve: Resolver, today: date) -> None:
        self.resolve = resolve
        self.today = today

    def evaluate(self, expr: Expression) -> Any:
        try:
            return self._eval(expr.root)
        except (_EvalError, TypeError, ValueError, OverflowError, ArithmeticError):
            # Logs only the expression text (form content), never answers.
            log.debug("expression evaluated to null: %s", expr.source)
            return None

    def _eval(self, node: Node) -> Any:  # noqa: PLR0911, PLR0912
        if isinstance(node, Literal):
            return node.value
        if isinstance(node, Ref):
            return self.resolve(node.name)
        if isinstance(node, ListExpr):
            return [self._eval(n) for n in node.items]
        if isinstance(node, Unary):
            v = self._eval(node.operand)
            if node.op == "not":
                return not truthy(v)
            if v is None:
                return None
            if not _is_number(v):
                raise _EvalError("negate non-number")
            return -v
        if isinstance(node, Binary):
            return self._binary(node)
        return self._call(node)

    def _binary(self, node: Binary) -> Any:  # noqa: PLR0911
        op = node.op
        if op == "and":
            return truthy(self._eval(node.left)) and truthy(self._eval(node.right))
        if op == "or":
            return truthy(self._eval(node.left)) or truthy(self._eval(node.right))
        a = self._eval(node.left)
        b = self._eval(node.right)
        if op == "=":
            return _equal(a, b)
        if op == "!=":
            return not _equal(a, b)
        if op in {"<", "<=", ">", ">="}:
            return _compare(op, a, b)
        if op == "in":
            if not isinstance(b, list):
                return False
            if isinstance(a, list):
                return any(any(_equal(x, y) for y in b) for x in a)
            return any(_equal(a, y) for y in b)
        if a is None or b is None:
            return None
        if op == "+" and isinstance(a, str) and isinstance(b, str):
            return a + b
        if not (_is_number(a) and _is_number(b)):
            raise _EvalError("arithmetic on non-numbers")
        if _bounded(a) is None or _bounded(b) is None:
            return None
        if op == "+":
            return _bounded(a + b)
        if op == "-":
            return _bounded(a - b)
        if op == "*":
            return _bounded(a * b)
        if b == 0:
            return None
        result = _bounded(a / b)
        if result is None:
            return None
        return int(result) if float(result).is_integer() else result

    def _call(self, node: Call) -> Any:  # noqa: PLR0911
        name = node.name
        if name == "if":
            cond = truthy(self._eval(node.args[0]))
            return self._eval(node.args[1] if cond else node.args[2])
        args = [self._eval(a) for a in node.args]
        if name == "today":
            return self.today.isoformat()
        if name == "age":
            return age_on(args[0], self.today)
        if name == "count":
            v = args[0]
            if v is None:
                return 0
            return len(v) if isinstance(v, list | tuple) else 1
        if name == "selected":
            v, code = args
            return isinstance(v, list | tuple) and code in v or (v == code and code is not None)
        if name == "empty":
            return is_empty(args[0])
        if name == "coalesce":
            for v in args:
                if not is_empty(v):
                    return v
            return None
        if name == "year":
            parts = parse_iso_partial(args[0])
            return parts[0] if parts else None
        if name == "days_between":
            a, b = _full_date(args[0]), _full_date(args[1])
            if a is None or b is None:
                return None
            return (b - a).days
        if name == "length":
            v = args[0]
            return len(v) if isinstance(v, str | list | tuple) else 0
        raise _EvalError(f"unknown function {name}")  # pragma: no cover - checked at parse


def evaluate(
    expr: Expression | str,
    values: Mapping[str, Any] | Resolver,
    today: date | None = None,
) -> Any:
    """Convenience: evaluate against a dict (missing ids are null) or a resolver."""
    if isinstance(expr, str):
        expr = parse_expression(expr)
    resolve: Resolver = values.get if isinstance(values, Mapping) else values
    return Evaluator(resolve, today or date.today()).evaluate(expr)


def node_functions(expr: Expression) -> set[str]:
    """Names of the functions an expression calls (iterative walk, for static checks)."""
    out: set[str] = set()
    stack: list[Node] = [expr.root]
    while stack:
        n = stack.pop()
        if isinstance(n, Call):
            out.add(n.name)
            stack.extend(n.args)
        elif isinstance(n, Binary):
            stack.extend((n.left, n.right))
        elif isinstance(n, Unary):
            stack.append(n.operand)
        elif isinstance(n, ListExpr):
            stack.extend(n.items)
    return out


__all__: Sequence[str] = (
    "FUNCTIONS",
    "MAX_EXPRESSION_DEPTH",
    "MAX_EXPRESSION_LENGTH",
    "Evaluator",
    "Expression",
    "ExpressionError",
    "age_on",
    "evaluate",
    "is_empty",
    "parse_expression",
    "parse_iso_partial",
    "tokenize",
    "truthy",
)


# Calculated values are quantities a person reads (ages, counts, hours): anything beyond
# ±1e15 or not finite is a broken definition, not a value. Returning null keeps chained
# calculations from growing into a memory/CPU bomb and keeps every value printable.
NUMBER_LIMIT = 10**15


def _bounded(x: Any) -> Any:
    try:
        if isinstance(x, float) and not math.isfinite(x):
            return None
        if abs(x) > NUMBER_LIMIT:
            return None
    except (TypeError, OverflowError):
        return None
    return x
