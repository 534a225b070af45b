"""Glossary per language (``translations/glossary/<lang>.json``) and the consistency check the
coverage tool runs with it (issue 12). Qt-free.

A glossary fixes how the key words are said in one language — klant, klantmanager,
inburgering, PIP, the route names, Dutch itself — and explains A1/A2/B1 in plain words::

    {"lang": "tr",
     "terms": [{"nl": "klantmanager", "pattern": "klantmanagers?",
                "use": ["belediye görevlisi"], "avoid": ["danışman"], "note": "…"}],
     "explain": {"A1": "A1: biraz Hollandaca – …"},
     "informal": ["sen", "sana"]}

The check reports, per translated text: a term whose agreed translation is missing, a form
to avoid that is used, an informal form where the language has a formal address, and a level
(A1/A2/B1) shown without its explanation.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app.i18n.languages import file_suffix

log = logging.getLogger(__name__)


class _Catalog(Protocol):
    def text(self, lang: str, context: str, key: str, source_nl: str) -> Any: ...


@dataclass(frozen=True)
class Term:
    nl: str
    pattern: str  # regex on the Dutch source (word boundaries added)
    use: tuple[str, ...]
    avoid: tuple[str, ...] = ()
    note: str = ""

    def in_source(self, source: str) -> bool:
        return re.search(rf"(?<!\w)(?:{self.pattern})(?!\w)", source, re.IGNORECASE) is not None


@dataclass
class Glossary:
    lang: str
    terms: list[Term] = field(default_factory=list)
    explain: dict[str, str] = field(default_factory=dict)
    informal: tuple[str, ...] = ()

    @classmethod
    def load(cls, lang: str, root: Path) -> Glossary | None:
        path = root / f"{file_suffix(lang)}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            log.warning("glossary_unreadable")
            return None
        terms = [
            Term(
                nl=str(t["nl"]),
                pattern=str(t.get("pattern") or re.escape(str(t["nl"]))),
                use=tuple(str(u) for u in t.get("use", ())),
                avoid=tuple(str(a) for a in t.get("avoid", ())),
                note=str(t.get("note", "")),
            )
            for t in data.get("terms", ())
            if isinstance(t, dict) and t.get("nl")
        ]
        return cls(
            lang,
            terms,
            {str(k): str(v) for k, v in dict(data.get("explain", {})).items()},
            tuple(str(w) for w in data.get("informal", ())),
        )


@dataclass(frozen=True)
class GlossaryProblem:
    context: str
    key: str
    kind: str  # missing_term / avoid_term / informal / unexplained_level / no_glossary
    detail: str


def _contains(text: str, word: str) -> bool:
    """Plain containment: Arabic-script and Ethiopic words take prefixes (ال، لل، ب …)."""
    return word.casefold() in text.casefold()


def _word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word.casefold())}(?!\w)", text.casefold()) is not None


def check_texts(
    glossary: Glossary, texts: Iterable[tuple[str, str, str, str]]
) -> list[GlossaryProblem]:
    """``texts``: (context, key, Dutch source, translation) of translated entries."""
    out: list[GlossaryProblem] = []
    levels = {k.casefold(): v for k, v in glossary.explain.items()}
    for ctx, key, src, tr in texts:
        if not tr:
            continue
        for term in glossary.terms:
            if not term.in_source(src):
                continue
            if term.use and not any(_contains(tr, u) for u in term.use):
                out.append(GlossaryProblem(ctx, key, "missing_term", f"{term.nl} → {term.use[0]}"))
            for bad in term.avoid:
                if _contains(tr, bad):
                    out.append(GlossaryProblem(ctx, key, "avoid_term", f"{term.nl}: not {bad}"))
        for w in glossary.informal:
            if _word(tr, w):
                out.append(GlossaryProblem(ctx, key, "informal", w))
        level = levels.get(src.strip().casefold())
        if level is not None and tr.strip() != level.strip():
            out.append(GlossaryProblem(ctx, key, "unexplained_level", src.strip()))
    return out


def check_glossary(
    lang: str,
    entries: Iterable[tuple[str, str, str, Any]],
    catalog: _Catalog,
    root: Path,
) -> list[GlossaryProblem]:
    """Run the glossary of ``lang`` over every translated catalogue entry."""
    glossary = Glossary.load(lang, root)
    if glossary is None:
        return [GlossaryProblem("", "", "no_glossary", f"{file_suffix(lang)}.json")]
    texts = []
    for ctx, key, src, *_ in entries:
        t = catalog.text(lang, ctx, key, src)
        if not t.fallback:
            texts.append((ctx, key, src, str(t.text)))
    return check_texts(glossary, texts)


def format_glossary_report(problems: dict[str, list[GlossaryProblem]]) -> str:
    lines = ["glossary consistency (translations/glossary/<lang>.json):"]
    for lang, ps in problems.items():
        lines.append(f"  {lang:<6} {len(ps):>4} problem(s)")
        for p in ps[:8]:
            where = f"{p.context}/{p.key}" if p.key else ""
            lines.append(f"         {p.kind}: {p.detail} {where}".rstrip())
        if len(ps) > 8:
            lines.append(f"         … {len(ps) - 8} more (use --json for all)")
    return "\n".join(lines)
