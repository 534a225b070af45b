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
from datetime import date
from typing import Any

# Syntax names are re-exported: this module stays the language's one import point.
from app.domain.forms.expression_syntax import (
    FUNCTIONS,
    MAX_EXPRESSION_DEPTH,
    MAX_EXPRESSION_LENGTH,
    MAX_TOKENS,
    Binary,
    Call,
    Expression,
    ExpressionError,
    ListExpr,
    Literal,
    Node,
    Ref,
    Token,
    Unary,
    node_functions,
    parse_expression,
    tokenize,
)

log = logging.getLogger(__name__)


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


__all__: Sequence[str] = (
    "FUNCTIONS",
    "MAX_EXPRESSION_DEPTH",
    "MAX_EXPRESSION_LENGTH",
    "MAX_TOKENS",
    "Evaluator",
    "Expression",
    "ExpressionError",
    "Token",
    "age_on",
    "evaluate",
    "is_empty",
    "node_functions",
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
