"""Semantic checks of a built form: old ids, references in expressions, and the evaluation
order (cycles in relevance/calculations). Part of the loader (no behaviour change)."""

from __future__ import annotations

from collections import deque

from app.domain.forms.model import Field, FieldType, FormDefinition
from app.domain.forms.problems import Checker


def check_previous_ids(defn: FormDefinition, paths: dict[str, str], chk: Checker) -> None:
    claimed: dict[str, str] = {}
    for f in defn.iter_fields():
        for old in f.previous_ids:
            if defn.has_field(old):
                chk.problem(f"{paths[f.id]}.previous_ids", f"'{old}' is nog een bestaande vraag")
            elif old in claimed:
                chk.problem(
                    f"{paths[f.id]}.previous_ids",
                    f"'{old}' is ook een oude id van '{claimed[old]}'",
                )
            claimed[old] = f.id


def check_references(defn: FormDefinition, paths: dict[str, str], chk: Checker) -> None:
    for si, s in enumerate(defn.sections):
        if s.relevant is not None:
            for ref in sorted(s.relevant.refs):
                reason = _ref_problem(defn, ref, None)
                if reason:
                    chk.problem(f"$.sections[{si}].relevant", reason)
    for f in defn.iter_fields():
        for name, expr in f.expressions():
            for ref in sorted(expr.refs):
                reason = _ref_problem(defn, ref, f)
                if reason:
                    chk.problem(f"{paths[f.id]}.{name}", reason)


def _ref_problem(defn: FormDefinition, ref: str, owner: Field | None) -> str | None:
    if not defn.has_field(ref):
        return f"verwijst naar onbekende vraag '{ref}'"
    target = defn.field(ref)
    if target.type is FieldType.INFO:
        return f"verwijst naar infotekst '{ref}', die geen antwoord heeft"
    if target.parent is not None:
        owner_group = None
        if owner is not None:
            owner_group = owner.parent or (owner.id if owner.type is FieldType.REPEAT else None)
        if owner_group != target.parent:
            return (
                f"'{ref}' staat in herhalende groep '{target.parent}' en kan alleen binnen die "
                f"groep gebruikt worden (gebruik count(${{{target.parent}}}) daarbuiten)"
            )
    return None


def _dependencies(defn: FormDefinition) -> dict[str, set[str]]:
    """field id -> ids whose value it needs to know its own relevance/value."""
    deps: dict[str, set[str]] = {}
    for f in defn.iter_fields():
        d: set[str] = set()
        if f.relevant is not None:
            d |= f.relevant.refs
        if f.calculate is not None:
            d |= f.calculate.refs
        section = defn.section(f.section_id)
        if section.relevant is not None:
            d |= section.relevant.refs
        if f.parent is not None:
            d.add(f.parent)
        deps[f.id] = d
    return deps


def topological_order(
    defn: FormDefinition, paths: dict[str, str], chk: Checker
) -> tuple[str, ...] | None:
    deps = _dependencies(defn)
    ids = list(deps)
    indeg = {i: 0 for i in ids}
    users: dict[str, list[str]] = {i: [] for i in ids}
    for fid, ds in deps.items():
        for d in ds:
            indeg[fid] += 1
            users[d].append(fid)
    queue = deque(i for i in ids if indeg[i] == 0)
    order: list[str] = []
    while queue:
        n = queue.popleft()
        order.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                queue.append(u)
    if len(order) == len(ids):
        return tuple(order)
    remaining = {i for i in ids if indeg[i] > 0}
    reported: set[str] = set()
    for start in ids:
        if start not in remaining or start in reported:
            continue
        cycle = _find_cycle(start, deps, remaining)
        if cycle and not reported.intersection(cycle):
            reported.update(cycle)
            chain = " → ".join([*cycle, cycle[0]])
            chk.problem(
                paths[cycle[0]],
                f"kringverwijzing in relevantie/berekening: {chain}",
            )
    if not reported:  # pragma: no cover - a remaining node always lies on/behind a cycle
        chk.problem("$", "kringverwijzing in relevantie/berekening")
    return None


def _find_cycle(start: str, deps: dict[str, set[str]], remaining: set[str]) -> list[str] | None:
    """Walk dependencies among the unsorted nodes until a node repeats (iterative)."""
    path: list[str] = []
    index: dict[str, int] = {}
    node = start
    while node not in index:
        index[node] = len(path)
        path.append(node)
        nxt = sorted(d for d in deps[node] if d in remaining)
        if not nxt:
            return None
        node = nxt[0]
    return path[index[node] :]
