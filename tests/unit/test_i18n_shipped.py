"""The catalogues we ship: readable, complete for cards/self-fill/validation, right script,
all engineer translations marked for review, placeholders intact."""

from __future__ import annotations

import re
import time

import pytest

from app.i18n import languages as langs
from app.i18n.catalog import CTX_CARDS, CTX_SELFFILL, CTX_VALIDATION, ContentCatalog, read_ts
from app.i18n.extract import collect_sources, coverage
from app.resources import translations_dir

TARGETS = langs.target_codes()
ETHIOPIC = re.compile(r"[\u1200-\u137f]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")


@pytest.fixture(scope="module")
def sources():
    return collect_sources()


@pytest.fixture(scope="module")
def catalog():
    return ContentCatalog.load(translations_dir())


def test_every_target_language_has_a_catalogue(catalog) -> None:
    assert set(catalog.languages) == set(TARGETS)


def test_shipped_catalogues_have_no_errors(catalog) -> None:
    assert catalog.errors == []


@pytest.mark.parametrize("lang", TARGETS)
def test_cards_selffill_validation_complete(lang: str, sources, catalog) -> None:
    missing = [
        key
        for ctx, key, src, _ in sources.entries
        if ctx in {CTX_CARDS, CTX_SELFFILL, CTX_VALIDATION}
        and catalog.text(lang, ctx, key, src).fallback
    ]
    assert missing == []


@pytest.mark.parametrize("lang", TARGETS)
def test_brede_intake_titles_and_self_fill_labels(lang: str, catalog) -> None:
    """Section titles everywhere; most labels of the self-fill sections (the client reads
    them). Hints may still fall back to Dutch; coverage reports that honestly."""
    from app.domain.forms import FormRegistry

    form = FormRegistry.load_dir().latest("brede-intake")
    ctx = form.catalog_context
    untitled = [
        s.id
        for s in form.sections
        if catalog.text(lang, ctx, f"section.{s.id}.title", s.title).fallback
    ]
    assert untitled == []
    labels = [
        f
        for s in form.self_fill_sections()
        for top in s.fields
        for f in (top, *top.fields)
        if f.label
    ]
    missing = [
        f.id for f in labels if catalog.text(lang, ctx, f"field.{f.id}.label", f.label).fallback
    ]
    assert len(missing) <= len(labels) // 4, missing


@pytest.mark.parametrize("lang", TARGETS)
def test_translations_are_in_the_declared_script(lang: str) -> None:
    script = langs.get(lang).script
    ts = read_ts(translations_dir() / f"content_{langs.file_suffix(lang)}.ts")
    for m in ts.messages:
        if m.context != CTX_CARDS or not m.translation:
            continue
        text = m.translation.replace("ontzorgen", "").replace("toeslagen", "")
        if script == "Ethi":
            assert ETHIOPIC.search(text) and not LATIN_LETTER.search(text), m.key
        elif script == "Arab":
            assert ARABIC.search(text) and not LATIN_LETTER.search(text), m.key
        else:
            assert not ARABIC.search(text) and not ETHIOPIC.search(text), m.key


def test_engineer_translations_await_review() -> None:
    for lang in TARGETS:
        ts = read_ts(translations_dir() / f"content_{langs.file_suffix(lang)}.ts")
        finished = [m.key for m in ts.messages if m.state == "finished"]
        assert finished == [], f"{lang}: reviewed entries need a certified translator's sign-off"


def test_coverage_reports_all_languages(sources) -> None:
    items = coverage(translations_dir(), sources)
    assert [c.lang for c in items] == list(TARGETS)
    for c in items:
        assert c.translated + c.fallback == c.total
        assert c.reviewed == 0 and c.placeholder_errors == 0


def test_loading_everything_is_fast() -> None:
    # Not a timing assertion on CI hardware: a generous sanity bound (target well under 100 ms).
    started = time.perf_counter()
    ContentCatalog.load(translations_dir(), eager=True)
    assert time.perf_counter() - started < 2.0
