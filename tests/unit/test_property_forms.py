"""Property tests for hostile form definitions and expressions (SECURITY.md §10 #29, #30).

A form definition comes from IT, but a broken or hostile file must never take the app down:
``parse_form_text``/``build_form`` either return a usable :class:`FormDefinition` or raise
:class:`FormDefinitionError` whose problems name the file, a JSON path and a Dutch reason.
Never another exception, never a ``RecursionError``.

Start point: the shipped ``forms/brede-intake.v1.json``; hypothesis mutates it (drop keys, wrong
types, random expressions, deep nesting, cycles, unknown references, duplicate ids, huge
strings). CI runs a modest number of examples; ``pytest -m soak`` runs many more.
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.forms import (
    FormDefinition,
    FormDefinitionError,
    FormState,
    build_form,
    display_value,
    parse_form_text,
)
from app.domain.forms.expressions import (
    FUNCTIONS,
    MAX_EXPRESSION_LENGTH,
    ExpressionError,
    evaluate,
    parse_expression,
)

ROOT = Path(__file__).resolve().parents[2]
BASE_FILE = ROOT / "forms" / "brede-intake.v1.json"
BASE: dict[str, Any] = json.loads(BASE_FILE.read_text(encoding="utf-8"))
FILE = "brede-intake.v1.json"
TODAY = date(2026, 11, 23)

CI = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
SOAK = settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))

OUTCOMES: Counter[str] = Counter()


# ------------------------------------------------------------------------------ the base tree
def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _paths(v, (*prefix, i))
    return out


ALL_PATHS = _paths(BASE)[1:]
FIELD_PATHS = [p for p in ALL_PATHS if len(p) >= 2 and p[-2] == "fields" and isinstance(p[-1], int)]


def _all_fields(obj: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = [obj]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            if "id" in cur and "type" in cur:
                out.append(cur)
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)
    return out


FIELD_IDS = sorted({str(f["id"]) for f in _all_fields(BASE["sections"])})
assert len(FIELD_PATHS) > 100 and len(FIELD_IDS) > 100


def _get(tree: Any, path: tuple[Any, ...]) -> tuple[Any, Any] | None:
    """(parent, key) of ``path`` in ``tree``, or None when an earlier mutation removed it."""
    cur = tree
    for key in path[:-1]:
        if isinstance(cur, dict) and isinstance(key, str) and key in cur:
            cur = cur[key]
        elif isinstance(cur, list) and isinstance(key, int) and 0 <= key < len(cur):
            cur = cur[key]
        else:
            return None
    last = path[-1]
    if isinstance(cur, dict) and isinstance(last, str) and last in cur:
        return cur, last
    if isinstance(cur, list) and isinstance(last, int) and 0 <= last < len(cur):
        return cur, last
    return None


# ------------------------------------------------------------------------------ expressions
_NAMES = st.sampled_from(FIELD_IDS[:40] + ["bestaat_niet", "x", "__class__", "leeftijd"])
_ATOMS = st.one_of(
    _NAMES.map(lambda n: "${" + n + "}"),
    st.integers(min_value=0, max_value=10**30).map(str),
    st.floats(min_value=0, max_value=1e9, allow_nan=False).map(lambda f: f"{f:.3f}"),
    st.text(alphabet=st.characters(blacklist_characters="'\\"), max_size=8).map(lambda s: f"'{s}'"),
    st.sampled_from(["true", "false", "null", "today()", "''", "[]"]),
)


def _extend(child: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    ops = st.sampled_from(
        ["=", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "and", "or", "in", "not in"]
    )
    fn = st.sampled_from(sorted(FUNCTIONS) + ["eval", "__import__", "open"])
    return st.one_of(
        st.tuples(child, ops, child).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        child.map(lambda c: f"not {c}"),
        child.map(lambda c: f"-{c}"),
        child.map(lambda c: f"({c})"),
        st.tuples(fn, st.lists(child, max_size=4)).map(lambda t: f"{t[0]}({', '.join(t[1])})"),
        st.lists(child, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]"),
    )


GRAMMAR_EXPRESSIONS = st.recursive(_ATOMS, _extend, max_leaves=30)
HOSTILE_EXPRESSIONS = st.one_of(
    GRAMMAR_EXPRESSIONS,
    st.text(max_size=60),
    st.integers(min_value=1, max_value=5000).map(lambda n: "(" * n + "1" + ")" * n),
    st.integers(min_value=1, max_value=3000).map(lambda n: "not " * n + "true"),
    st.integers(min_value=1, max_value=3000).map(lambda n: "-" * n + "1"),
    st.integers(min_value=1, max_value=1500).map(lambda n: " + ".join(["1"] * n)),
    st.integers(min_value=1, max_value=60).map(lambda n: " * ".join(["9" * 30] * n)),
    st.just("'" + "a" * (MAX_EXPRESSION_LENGTH + 5) + "'"),
)


# ------------------------------------------------------------------------------ mutations
DEEP = "\ue000DEEP:"  # sentinel replaced by real nesting (a dict for build_form, text for parse)
_DEEP_RE = re.compile('"' + DEEP + r'(\d+)"')

HOSTILE_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.just("x" * 6000),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=3),
    HOSTILE_EXPRESSIONS,
    st.sampled_from(["<b>vet</b>", "<img src=x onerror=alert(1)>", "\u202eevil", "\x00\x01"]),
)

MUTATION = st.one_of(
    st.tuples(st.just("drop"), st.sampled_from(ALL_PATHS)),
    st.tuples(st.just("replace"), st.sampled_from(ALL_PATHS), HOSTILE_VALUES),
    st.tuples(
        st.just("expr"),
        st.sampled_from(FIELD_PATHS),
        st.sampled_from(["relevant", "calculate", "constraint"]),
        HOSTILE_EXPRESSIONS,
    ),
    st.tuples(
        st.just("deep"), st.sampled_from(ALL_PATHS), st.integers(min_value=10, max_value=4000)
    ),
    st.tuples(
        st.just("cycle"),
        st.sampled_from(FIELD_PATHS),
        st.sampled_from(FIELD_PATHS),
        st.sampled_from(["relevant", "calculate"]),
    ),
    st.tuples(
        st.just("unknown_ref"),
        st.sampled_from(FIELD_PATHS),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12),
    ),
    st.tuples(st.just("duplicate"), st.sampled_from(FIELD_PATHS), st.sampled_from(FIELD_PATHS)),
    st.tuples(
        st.just("huge"), st.sampled_from(ALL_PATHS), st.sampled_from([5_001, 200_000, 2_500_000])
    ),
    st.tuples(st.just("unknown_key"), st.sampled_from(FIELD_PATHS), st.text(max_size=10)),
)


def _mutate(tree: dict[str, Any], mutation: tuple[Any, ...]) -> None:  # noqa: PLR0912
    kind, path = mutation[0], mutation[1]
    where = _get(tree, path)
    if where is None:
        return
    parent, key = where
    if kind == "drop":
        del parent[key]
    elif kind == "replace":
        parent[key] = mutation[2]
    elif kind == "expr":
        if isinstance(parent[key], dict):
            parent[key][mutation[2]] = mutation[3]
    elif kind == "deep":
        parent[key] = f"{DEEP}{mutation[2]}"
    elif kind == "cycle":
        other = _get(tree, mutation[2])
        a, b = parent[key], (other[0][other[1]] if other else None)
        if isinstance(a, dict) and isinstance(b, dict) and "id" in a and "id" in b:
            a[mutation[3]] = "${" + str(b["id"]) + "} = 1"
            b[mutation[3]] = "${" + str(a["id"]) + "} = 1"
    elif kind == "unknown_ref":
        if isinstance(parent[key], dict):
            parent[key]["relevant"] = "${zz_" + mutation[2] + "} = true"
    elif kind == "duplicate":
        other = _get(tree, mutation[2])
        if other is not None and isinstance(other[0], list):
            other[0].append(copy.deepcopy(parent[key]))
    elif kind == "huge":
        parent[key] = "h" * mutation[2]
    elif kind == "unknown_key":
        if isinstance(parent[key], dict):
            parent[key]["?" + mutation[2]] = 1


def _materialize(obj: Any) -> Any:
    """Replace DEEP sentinels by real nesting (built without recursion)."""
    if isinstance(obj, str) and _DEEP_RE.fullmatch(json.dumps(obj, ensure_ascii=False)):
        depth = int(obj[len(DEEP) :])
        deep: Any = {"id": "diep"}
        for i in range(depth):
            deep = [deep] if i % 2 else {"fields": deep}
        return deep
    if isinstance(obj, dict):
        return {k: _materialize(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_materialize(v) for v in obj]
    return obj


def _as_text(tree: dict[str, Any]) -> str:
    text = json.dumps(tree, ensure_ascii=False, allow_nan=True)
    return _DEEP_RE.sub(lambda m: "[" * int(m.group(1)) + "1" + "]" * int(m.group(1)), text)


# ------------------------------------------------------------------------------ the contract
def _check(call: Any, *args: Any) -> str:
    """Run a loader call and enforce the contract. Returns 'accepted' or 'rejected'."""
    try:
        defn = call(*args)
    except FormDefinitionError as exc:
        assert exc.problems, "a rejection must say why"
        for p in exc.problems:
            assert p.file == FILE, p
            assert isinstance(p.path, str) and p.path.startswith("$"), p
            assert isinstance(p.reason, str) and p.reason.strip(), p
            assert "Traceback" not in p.reason
        assert str(exc).startswith(FILE)
        OUTCOMES["rejected"] += 1
        return "rejected"
    assert isinstance(defn, FormDefinition)
    # an accepted definition is usable: state with no answers, and every field displays
    state = FormState(defn, {}, today=TODAY)
    for sec in defn.sections:
        state.progress(sec.id)
        for f in state.visible_fields(sec.id):
            display_value(defn, f.id, state.value(f.id) if f.parent is None else None)
    OUTCOMES["accepted"] += 1
    return "accepted"


def _run(mutations: list[tuple[Any, ...]]) -> None:
    tree = copy.deepcopy(BASE)
    for mutation in mutations:
        _mutate(tree, mutation)
    _check(build_form, _materialize(tree), FILE)
    _check(parse_form_text, _as_text(tree), FILE)
    _check(parse_form_text, _as_text(tree).encode("utf-8", "surrogatepass"), FILE)


def test_unmutated_base_is_accepted() -> None:
    assert _check(parse_form_text, BASE_FILE.read_bytes(), FILE) == "accepted"


@CI
@given(st.lists(MUTATION, min_size=1, max_size=6))
def test_mutated_definitions_are_accepted_or_rejected_with_a_reason(mutations) -> None:
    _run(mutations)


@pytest.mark.soak
@SOAK
@given(st.lists(MUTATION, min_size=1, max_size=12))
def test_mutated_definitions_soak(mutations) -> None:
    _run(mutations)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "null",
        "[]",
        "42",
        '"form"',
        "{",
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        "\ufeff{}",
        '{"form_id": NaN, "version": Infinity}',
        '{"form_id": "brede-intake", "form_id": "dubbel"}',
        '{"sections": [' + ",".join(['{"id": "A"}'] * 5000) + "]}",
    ],
)
def test_degenerate_texts_are_rejected_with_a_reason(text: str) -> None:
    assert _check(parse_form_text, text, FILE) == "rejected"


@pytest.mark.parametrize(
    "raw",
    [b"\xff\xfe\x00{", b'{"title": "\xc3\x28"}', b"\x00" * 64, b"\xef\xbb\xbf" + b"{}"],
)
def test_bytes_that_are_not_utf8_json_are_rejected(raw: bytes) -> None:
    assert _check(parse_form_text, raw, FILE) == "rejected"


def test_python_reference_cycle_in_parsed_data_is_rejected() -> None:
    tree = copy.deepcopy(BASE)
    tree["sections"][0]["fields"].append(tree)  # a loop, not just depth
    assert _check(build_form, tree, FILE) == "rejected"


def test_long_skip_logic_cycle_names_every_question() -> None:
    tree = copy.deepcopy(BASE)
    fields = [f for f in tree["sections"][1]["fields"] if f.get("type") not in ("repeat", "info")]
    ring = fields[:7]
    for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
        a["relevant"] = "${" + b["id"] + "} = true"
    with pytest.raises(FormDefinitionError) as info:
        build_form(tree, FILE)
    text = " ".join(p.reason for p in info.value.problems)
    assert "kring" in text
    assert all(f["id"] in text for f in ring)


# ------------------------------------------------------------------------------ expressions
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.lists(st.one_of(st.text(max_size=4), st.integers()), max_size=4),
    st.lists(st.dictionaries(st.sampled_from(["a", "b"]), st.integers(), max_size=2), max_size=3),
    st.sampled_from(["1990", "1990-02", "2024-02-29", "2023-02-29", "0000-00-00", "9999-12-31"]),
)


def _eval_contract(src: str, values: dict[str, Any]) -> None:
    try:
        expr = parse_expression(src)
    except ExpressionError as exc:
        assert exc.reason and isinstance(exc.pos, int) and 0 <= exc.pos <= len(src)
        OUTCOMES["expr_rejected"] += 1
        return
    result = evaluate(expr, values, TODAY)
    # whatever comes out can be shown and stored as JSON
    assert result is None or isinstance(result, bool | int | float | str | list | dict), result
    if isinstance(result, float) and not math.isfinite(result):
        return
    json.dumps(result, default=str)
    OUTCOMES["expr_evaluated"] += 1


@CI
@given(HOSTILE_EXPRESSIONS, st.dictionaries(_NAMES, VALUES, max_size=6))
def test_random_expressions_never_crash(src: str, values: dict[str, Any]) -> None:
    _eval_contract(src, values)


@pytest.mark.soak
@SOAK
@given(HOSTILE_EXPRESSIONS, st.dictionaries(_NAMES, VALUES, max_size=6))
def test_random_expressions_soak(src: str, values: dict[str, Any]) -> None:
    _eval_contract(src, values)


@pytest.mark.timeout(60)
def test_worst_case_expressions_stay_bounded() -> None:
    """The most expensive shapes the limits allow still evaluate (pytest-timeout bounds it)."""
    big = "9" * 30
    worst = [
        " * ".join([big] * 60),  # ~1800-digit integer, still printable
        " + ".join(["${a}"] * 240),  # string concatenation of the longest allowed answer
        "count(" + ", ".join(["[1]"] * 1) + ")" + " + 1" * 200,
        "(" * 38 + "1" + ")" * 38,
        "if(" * 12 + "true" + ", 1, 2)" * 12,
    ]
    for src in worst:
        _eval_contract(src, {"a": "x" * 20_000})


def test_chained_calculations_stay_printable() -> None:
    fields: list[dict[str, Any]] = [
        {"id": "a0", "type": "integer", "label": "A", "calculate": " * ".join(["9" * 60] * 30)}
    ]
    for i in range(1, 4):
        fields.append(
            {
                "id": f"a{i}",
                "type": "integer",
                "label": "A",
                "calculate": f"${{a{i - 1}}} * ${{a{i - 1}}}",
            }
        )
    defn = build_form(
        {
            "form_id": "t",
            "version": 1,
            "title": "T",
            "sections": [{"id": "A", "title": "A", "self_fill": True, "fields": fields}],
        },
        FILE,
    )
    state = FormState(defn, {}, today=TODAY)
    for f in fields:
        value = state.value(f["id"])
        display_value(defn, f["id"], value)
        json.dumps(value)


def test_figures() -> None:
    """Figures for the hardening report (run after the property tests in this module)."""
    print(f"\nform property figures: {dict(OUTCOMES)}")
    assert OUTCOMES["rejected"] > 0
