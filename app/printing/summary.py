"""Client-language summary of a PIP draft (DOMAIN.md §4.3 item 12).

The Dutch sentences live in ``resources/pip_summary.json``; their translations are in the
same content catalogues as the forms and cards (``translations/content_<lang>.ts``, context
``pip_summary``), so the coverage tool counts them and translators maintain them in one place.
Each line is returned as a (Dutch, translation) pair; the Dutch text is leading. When any
printed translation has not been reviewed by a certified translator, the summary opens with a
note saying so, in Dutch and in the client's language.
"""

from __future__ import annotations

import json
import logging
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from app.domain.deadlines import Deadlines
from app.domain.models import Route
from app.domain.pip import PipDraft
from app.resources import resource_path

log = logging.getLogger(__name__)

SUMMARY_LANGUAGES = ("nl", "en", "ar", "ti", "tr", "fa", "fa-AF", "ps", "ku", "ckb", "so", "am")
W_TRANSLATION_MISSING = "summary_translation_missing"  # "summary_translation_missing:<key>"
W_LANGUAGE_UNSUPPORTED = "summary_language_unsupported"


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


CTX_PIP_SUMMARY = "pip_summary"
NOTE_KEY = "unreviewed_note"


class _Content(Protocol):
    def text(self, lang: str, context: str, key: str, source_nl: str) -> Any: ...


@dataclass(frozen=True)
class SummaryCatalog:
    data: dict[str, Any]
    content: _Content | None = None  # app.i18n.catalog.ContentCatalog

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.data.get("languages", {}))

    def language_name(self, lang: str) -> str:
        return str(self.data.get("languages", {}).get(lang, {}).get("name", lang))

    def is_rtl(self, lang: str) -> bool:
        return bool(self.data.get("languages", {}).get(lang, {}).get("dir") == "rtl")

    def source(self, key: str) -> str | None:
        value = self.data.get("strings", {}).get(key, {}).get("nl")
        return value if isinstance(value, str) and value.strip() else None

    def _translated(self, key: str, lang: str, source: str) -> Any:
        if self.content is None:
            return None
        try:
            t = self.content.text(lang, CTX_PIP_SUMMARY, key, source)
        except Exception:  # noqa: BLE001 - a broken catalogue never stops printing
            log.warning("summary_catalogue_lookup_failed")
            return None
        return None if t.fallback or not str(t.text).strip() else t

    def raw(self, key: str, lang: str) -> str | None:
        nl = self.source(key)
        if lang == "nl" or nl is None:
            return nl
        t = self._translated(f"pip_summary.{key}", lang, nl)
        return None if t is None else str(t.text)

    def reviewed(self, key: str, lang: str) -> bool:
        """Checked by a certified translator (a finished entry in the catalogue)."""
        nl = self.source(key)
        if lang == "nl" or nl is None:
            return True
        t = self._translated(f"pip_summary.{key}", lang, nl)
        return bool(t is not None and t.reviewed)

    def cost(self, key: str, lang: str) -> str:
        nl = str(self.data.get("costs", {}).get(key, {}).get("nl") or key)
        if lang == "nl":
            return nl
        t = self._translated(f"pip_summary.cost.{key}", lang, nl)
        return nl if t is None else str(t.text)

    def separator(self, lang: str) -> str:
        return str(self.data.get("_meta", {}).get("separator", {}).get(lang, ", "))


def load_catalog(path: Path | None = None, translations: Path | None = None) -> SummaryCatalog:
    return _load(
        str(path or resource_path("pip_summary.json")), str(translations) if translations else ""
    )


@lru_cache(maxsize=4)
def _load(path: str, translations: str) -> SummaryCatalog:
    from app.i18n.catalog import ContentCatalog

    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    content = ContentCatalog.load(Path(translations)) if translations else ContentCatalog.load()
    return SummaryCatalog(data, content)


def summary_sources(path: Path | None = None) -> list[tuple[str, str]]:
    """(key, Dutch source) of every summary text, for the catalogues (extract/coverage)."""
    with open(path or resource_path("pip_summary.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    out = [(f"pip_summary.{k}", str(v["nl"])) for k, v in data.get("strings", {}).items()]
    out += [(f"pip_summary.cost.{k}", str(v["nl"])) for k, v in data.get("costs", {}).items()]
    return out


def _fmt_date(iso: str) -> str:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2}).*", iso or "")
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else (iso or "")


def _summary_items(
    pip: PipDraft, *, deadlines: Deadlines, lang: str, catalog: SummaryCatalog
) -> list[tuple[str, dict[str, str]]]:
    """(key, placeholder values) of every summary sentence that applies to this PIP, in
    print order (the title and the unreviewed-translation note are added by the caller)."""
    items: list[tuple[str, dict[str, str]]] = [("notice", {})]
    route_key = {
        Route.B1.value: "route_b1",
        Route.ONDERWIJS.value: "route_onderwijs",
        Route.Z.value: "route_z",
    }.get(pip.route, "route_none")
    items.append((route_key, {"level": pip.taaldoel or "B1"}))
    if deadlines.termijn_einde is not None:
        items.append(("termijn_known", {"date": deadlines.termijn_einde.strftime("%d-%m-%Y")}))
    else:
        items.append(("termijn_unknown", {}))
    if pip.language.hours_per_week:
        items.append(("lessons", {"hours": str(pip.language.hours_per_week)}))
    if pip.knm.included:
        items.append(("knm", {}))
    if pip.pvt.included:
        items.append(("pvt", {}))
    if pip.map.included and pip.route != Route.ONDERWIJS.value:
        items.append(("map", {}))
    if pip.ontzorgen.active:
        costs = pip.ontzorgen.costs or []
        c_lang = catalog.separator(lang).join(catalog.cost(c, lang) for c in costs)
        c_nl = catalog.separator("nl").join(catalog.cost(c, "nl") for c in costs)
        if pip.ontzorgen.start and pip.ontzorgen.end:
            dates = {"start": _fmt_date(pip.ontzorgen.start), "end": _fmt_date(pip.ontzorgen.end)}
            items.append(("ontzorgen", {"costs": c_lang, "costs_nl": c_nl, **dates}))
        else:
            items.append(("ontzorgen_nodates", {"costs": c_lang, "costs_nl": c_nl}))
    if pip.mb.organisation:
        items.append(("mb", {"organisation": pip.mb.organisation}))
    if pip.kinderopvang_nodig:
        items.append(("childcare", {}))
    if pip.progress_talks.first_date:
        items.append(("progress", {"date": _fmt_date(pip.progress_talks.first_date)}))
    else:
        items.append(("progress_nodate", {}))
    if pip.contact_name and pip.contact_phone.strip():  # no "telefoon -." line
        # NBSP keeps "14 020" together (and one number run in RTL text)
        phone = pip.contact_phone.strip().replace(" ", "\u00a0")
        items.append(("contact", {"name": pip.contact_name, "phone": phone}))
    return items


def summary_lines(
    pip: PipDraft,
    *,
    deadlines: Deadlines,
    lang: str,
    catalog: SummaryCatalog,
    warnings: list[str],
) -> tuple[tuple[str, str], list[tuple[str, str]]]:
    """((title nl, title lang), [(nl, lang), ...]). Missing translations fall back to the
    Dutch sentence and add a warning; placeholder values are filled in both columns."""
    if lang not in catalog.languages:
        warnings.append(f"{W_LANGUAGE_UNSUPPORTED}:{lang}")
        lang = "nl"

    unreviewed: list[str] = []

    def line(key: str, **values: str) -> tuple[str, str]:
        nl = catalog.raw(key, "nl") or key
        tr = catalog.raw(key, lang)
        if tr is None or placeholders(tr) != placeholders(nl):
            warnings.append(f"{W_TRANSLATION_MISSING}:{key}")
            tr = nl
        elif lang != "nl" and not catalog.reviewed(key, lang):
            unreviewed.append(key)
        nl_values = dict(values)
        if "costs" in values:
            nl_values["costs"] = values["costs_nl"]
        return nl.format(**nl_values), tr.format(**values)

    items = _summary_items(pip, deadlines=deadlines, lang=lang, catalog=catalog)
    out: list[tuple[str, str]] = [line(key, **values) for key, values in items]
    title = line("title")
    if unreviewed:
        # an unreviewed translation is printed: say so, in Dutch and in the client's language
        out.insert(0, line(NOTE_KEY))
    return title, out
