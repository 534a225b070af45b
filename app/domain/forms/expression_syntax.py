"""Syntax of the form expression language: tokeniser, AST and recursive-descent parser.

The grammar and the evaluation rules are documented in :mod:`app.domain.forms.expressions`,
which evaluates the trees built here and re-exports the public names of this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

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
