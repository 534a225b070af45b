"""Issue 12 item 8: the PIP summary strings are in the content catalogues (and coverage), and
a printed summary whose translation has not been reviewed says so, in Dutch and in the
client's language."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from types import SimpleNamespace

import pytest

from app.domain.deadlines import compute_deadlines
from app.i18n import extract as ex
from app.printing.demo import demo_client, demo_pip, render_demo
from app.printing.summary import CTX_PIP_SUMMARY, SummaryCatalog, load_catalog, summary_lines

TODAY = date(2026, 3, 2)
NOTE_NL = "nog niet gecontroleerd door een beëdigd vertaler"


def pdftotext(pdf: bytes) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return unicodedata.normalize("NFC", out.stdout.decode("utf-8"))


class _Reviewed:
    """The shipped catalogue, but every entry marked as checked by a certified translator."""

    def __init__(self, inner):
        self.inner = inner

    def text(self, lang, context, key, source_nl):
        t = self.inner.text(lang, context, key, source_nl)
        return SimpleNamespace(text=t.text, fallback=t.fallback, reviewed=not t.fallback)


def lines_for(catalog, lang):
    client = demo_client(TODAY)
    warnings: list[str] = []
    _title, lines = summary_lines(
        demo_pip(client, TODAY),
        deadlines=compute_deadlines(client, today=TODAY),
        lang=lang,
        catalog=catalog,
        warnings=warnings,
    )
    return lines, warnings


def test_summary_strings_are_in_the_catalogues_and_counted():
    keys = {k for c, k, _s, _ in ex.collect_sources().entries if c == CTX_PIP_SUMMARY}
    assert {"pip_summary.title", "pip_summary.notice", "pip_summary.unreviewed_note"} <= keys
    assert "pip_summary.cost.huur" in keys


def test_unreviewed_translation_gets_the_note_first_and_reviewed_does_not():
    shipped = load_catalog()
    lines, warnings = lines_for(shipped, "tr")
    assert warnings == []
    nl, tr = lines[0]
    assert NOTE_NL in nl and "yeminli bir tercüman" in tr
    reviewed = SummaryCatalog(shipped.data, _Reviewed(shipped.content))
    lines, _ = lines_for(reviewed, "tr")
    assert not any(NOTE_NL in nl for nl, _ in lines)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")
@pytest.mark.parametrize("lang", ["ti", "tr"])
def test_printed_summary_carries_the_note_in_both_languages(lang):
    result = render_demo(lang, TODAY)
    assert result.warnings == []
    text = " ".join(pdftotext(result.pdf).split())
    assert "Let op: de vertaling op deze pagina" in text
    expected = {"ti": "ኣስተውዕሉ", "tr": "Dikkat: Bu sayfadaki çeviri"}[lang]
    assert expected in text
