"""The form expression language: parsing, evaluation, limits (never eval, never a crash)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.forms.expressions import (
    MAX_EXPRESSION_DEPTH,
    ExpressionError,
    evaluate,
    parse_expression,
)

TODAY = date(2026, 11, 23)


def ev(src: str, **values: object) -> object:
    return evaluate(src, values, TODAY)


@pytest.mark.parametrize(
    ("src", "values", "expected"),
    [
        ("1 + 2 * 3", {}, 7),
        ("(1 + 2) * 3", {}, 9),
        ("10 / 4", {}, 2.5),
        ("10 / 0", {}, None),
        ("-${a} + 1", {"a": 3}, -2),
        ("${k} > 0", {"k": 2}, True),
        ("${k} > 0", {"k": None}, False),
        ("${k} > 0", {"k": "abc"}, False),
        ("${a} = 'b1' and not ${b}", {"a": "b1", "b": False}, True),
        ("${a} = 'x' or ${b} = 'y'", {"a": None, "b": "y"}, True),
        ("${a} != ${b}", {"a": "b1", "b": "z"}, True),
        ("${a} != ${b}", {"a": "b1", "b": "b1"}, False),
        ("${a} = ''", {"a": None}, True),
        ("${a} in ['x', 'y']", {"a": "y"}, True),
        ("${a} not in ['x', 'y']", {"a": "z"}, True),
        ("selected(${m}, 'horen')", {"m": ["zien", "horen"]}, True),
        ("selected(${m}, 'horen')", {"m": None}, False),
        ("count(${r})", {"r": [{}, {}, {}]}, 3),
        ("count(${r})", {"r": None}, 0),
        ("if(${n} > 2, 'veel', 'weinig')", {"n": 5}, "veel"),
        ("empty(${x})", {"x": ""}, True),
        ("empty(${x})", {"x": []}, True),
        ("not empty(${x})", {"x": "a"}, True),
        ("coalesce(${x}, ${y}, 'z')", {"x": None, "y": ""}, "z"),
        ("today()", {}, "2026-11-23"),
        ("age(${g})", {"g": "1990-11-24"}, 35),
        ("age(${g})", {"g": "1990-11-23"}, 36),
        ("age(${g})", {"g": "1990"}, 36),
        ("age(${g})", {"g": None}, None),
        ("year(${d}) >= 2020", {"d": "2021-05"}, True),
        ("days_between('2026-01-01', '2026-03-01')", {}, 59),
        ("${d2} >= ${d1}", {"d1": "2026-01-05", "d2": "2026-01-04"}, False),
        ("length(${t})", {"t": "abc"}, 3),
        ("'a' + 'b'", {}, "ab"),
        ("${n} + 1", {"n": None}, None),
        ("true and null", {}, False),
    ],
)
def test_evaluates(src: str, values: dict[str, object], expected: object) -> None:
    assert ev(src, **values) == expected


def test_refs_are_collected() -> None:
    expr = parse_expression("${a} > 1 and selected(${b}, 'x') or count(${c}) = 0")
    assert expr.refs == {"a", "b", "c"}


@pytest.mark.parametrize(
    "src",
    [
        "",
        "${a} = = 1",
        "(1 + 2",
        "1 +",
        "foo(1)",
        "__import__('os')",
        "${a}.__class__",
        "age()",
        "if(1, 2)",
        "${a-b}",
        "'unterminated",
        "1 ; 2",
        "lambda: 1",
    ],
)
def test_rejects_bad_syntax(src: str) -> None:
    with pytest.raises(ExpressionError):
        parse_expression(src)


def test_nesting_depth_1000_is_rejected_not_recursion_error() -> None:
    with pytest.raises(ExpressionError, match="te diep"):
        parse_expression("(" * 100 + "1" + ")" * 100)
    with pytest.raises(ExpressionError):
        parse_expression("(" * 1000 + "1" + ")" * 1000)  # also too long
    with pytest.raises(ExpressionError):
        parse_expression("not " * 1000 + "true")
    with pytest.raises(ExpressionError):
        parse_expression("-" * 500 + "1")


def test_depth_just_under_limit_works() -> None:
    depth = MAX_EXPRESSION_DEPTH - 2
    assert ev("(" * depth + "1" + ")" * depth) == 1


def test_long_flat_expression_is_rejected() -> None:
    with pytest.raises(ExpressionError):
        parse_expression(" + ".join(["1"] * 2000))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_parser_never_crashes(src: str) -> None:
    try:
        expr = parse_expression(src)
    except ExpressionError:
        return
    evaluate(expr, {}, TODAY)  # any value, but no exception


@settings(max_examples=100, deadline=None)
@given(
    st.one_of(st.none(), st.integers(), st.text(max_size=5), st.lists(st.text(max_size=3))),
    st.one_of(st.none(), st.integers(), st.text(max_size=5), st.booleans()),
)
def test_evaluation_with_any_values_never_raises(a: object, b: object) -> None:
    for src in ("${a} + ${b}", "${a} < ${b}", "${a} / ${b}", "age(${a})", "${a} in ${b}"):
        evaluate(src, {"a": a, "b": b}, TODAY)
