"""Content catalogues (.ts): round trip, fallback, stale sources, placeholders, broken files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.i18n.catalog import (
    CTX_SELFFILL,
    SELFFILL_STRINGS,
    ContentCatalog,
    TsFile,
    TsMessage,
    content_path,
    merge_messages,
    parse_ts,
    placeholder_problem,
    read_ts,
    serialize_ts,
    write_ts,
)

SRC = "Wat doe je graag in je vrije tijd?"


def _ts(*messages: TsMessage, language: str = "ar") -> TsFile:
    return TsFile(language=language, messages=list(messages))


def _write(tmp_path: Path, lang: str, *messages: TsMessage) -> Path:
    path = content_path(tmp_path, lang)
    write_ts(path, _ts(*messages, language=lang))
    return path


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    ts = _ts(
        TsMessage(
            "cards",
            SRC,
            key="card.31",
            translation="ماذا تحب أن تفعل؟",
            state="unfinished",
            extracomment="What do you like to do?",
        ),
        TsMessage(
            "brede-intake",
            "Naam & <voornaam> \"x\" 'y'",
            key="field.a.label",
            translation="Name & <first> \"x\" 'y'",
            state="finished",
            oldsource="Naam",
        ),
        TsMessage("validation", "Oud", key="validation.gone", translation="Old", state="vanished"),
        TsMessage(
            "Ui",
            "%n case(s)",
            numerus=True,
            numerus_forms=["%n dossier", "%n dossiers"],
            comment="count",
            locations=[("../app/ui/x.py", "12")],
        ),
    )
    path = tmp_path / "content_ar.ts"
    write_ts(path, ts)
    back = read_ts(path)
    assert back == ts
    text = path.read_text(encoding="utf-8")
    assert text.startswith(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1"'
    )
    assert '<message id="card.31">' in text
    assert '<translation type="unfinished">' in text


def test_lookup_translated_unfinished_is_shown_but_not_reviewed(tmp_path: Path) -> None:
    _write(tmp_path, "ar", TsMessage("cards", SRC, key="card.31", translation="ترجمة"))
    cat = ContentCatalog.load(tmp_path)
    t = cat.text("ar", "cards", "card.31", SRC)
    assert (t.text, t.fallback, t.reviewed, t.lang) == ("ترجمة", False, False, "ar")


def test_reviewed_translation(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "tr",
        TsMessage("cards", SRC, key="card.31", translation="Boş zaman", state="finished"),
    )
    t = ContentCatalog.load(tmp_path).text("tr", "cards", "card.31", SRC)
    assert (t.text, t.fallback, t.reviewed) == ("Boş zaman", False, True)


def test_dutch_is_the_source(tmp_path: Path) -> None:
    t = ContentCatalog.load(tmp_path).text("nl", "cards", "card.31", SRC)
    assert (t.text, t.fallback, t.reviewed) == (SRC, False, True)


@pytest.mark.parametrize(
    "message",
    [
        None,  # no entry at all
        TsMessage("cards", SRC, key="card.31", translation=""),  # empty
        TsMessage("cards", SRC, key="card.31", translation="x", state="vanished"),
        TsMessage("cards", SRC, key="card.31", translation="x", state="obsolete"),
        TsMessage("cards", "Oude tekst?", key="card.31", translation="x"),  # stale source
        TsMessage("cards", SRC, key="card.31", translation="x", oldsource="Oude tekst?"),
    ],
)
def test_falls_back_to_dutch_visibly(tmp_path: Path, message: TsMessage | None) -> None:
    _write(tmp_path, "fa", *([message] if message else []))
    t = ContentCatalog.load(tmp_path).text("fa", "cards", "card.31", SRC)
    assert (t.text, t.fallback, t.reviewed, t.lang) == (SRC, True, False, "nl")


def test_language_without_catalogue_falls_back(tmp_path: Path) -> None:
    t = ContentCatalog.load(tmp_path / "missing").text("so", "cards", "card.31", SRC)
    assert t.fallback and t.text == SRC


def test_reviewed_translation_with_oldsource_is_used(tmp_path: Path) -> None:
    """A translator who marks an updated entry finished has reviewed it."""
    _write(
        tmp_path,
        "tr",
        TsMessage("cards", SRC, key="card.31", translation="ok", state="finished", oldsource="Oud"),
    )
    assert not ContentCatalog.load(tmp_path).text("tr", "cards", "card.31", SRC).fallback


def test_placeholders() -> None:
    assert placeholder_problem("Sectie {n} van {total}", "القسم {n} من {total}") is None
    assert placeholder_problem("%n dossiers", "%n dosya") is None
    assert "missing {total}" in placeholder_problem("Sectie {n} van {total}", "Bölüm {n}")
    assert "unknown {totaal}" in placeholder_problem("{n} van {total}", "{n} {total} {totaal}")
    assert placeholder_problem("%n dossiers", "dossiers") is not None
    assert placeholder_problem("%1 en %2", "%2 und %1") is None


def test_placeholder_mismatch_rejected_at_load_with_file_and_key(tmp_path: Path) -> None:
    src = SELFFILL_STRINGS["selffill.section_progress"]
    _write(
        tmp_path,
        "tr",
        TsMessage(CTX_SELFFILL, src, key="selffill.section_progress", translation="Bölüm {sayi}"),
        TsMessage(CTX_SELFFILL, "Volgende", key="selffill.next", translation="İleri"),
    )
    cat = ContentCatalog.load(tmp_path)
    t = cat.selffill("tr", "selffill.section_progress", n=2, total=5)
    assert (t.text, t.fallback) == ("Sectie 2 van 5", True)
    assert cat.selffill("tr", "selffill.next").text == "İleri"
    problems = cat.errors
    assert len(problems) == 1
    assert problems[0].file == "content_tr.ts"
    assert problems[0].key == "selffill/selffill.section_progress"
    assert "placeholder" in problems[0].reason
    assert ("selffill", "selffill.section_progress") in cat.rejected("tr")


def test_format_fills_translated_template(tmp_path: Path) -> None:
    src = SELFFILL_STRINGS["selffill.section_progress"]
    _write(
        tmp_path,
        "ar",
        TsMessage(
            CTX_SELFFILL, src, key="selffill.section_progress", translation="القسم {n} من {total}"
        ),
    )
    t = ContentCatalog.load(tmp_path).selffill("ar", "selffill.section_progress", n=3, total=12)
    assert t.text == "القسم 3 من 12" and not t.fallback


@pytest.mark.parametrize(
    "content",
    [b"<TS><context><name>cards</name><message", b"not xml at all", b"<html></html>", b""],
)
def test_broken_file_collected_not_raised(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "content_ar.ts").write_bytes(content)
    _write(tmp_path, "tr", TsMessage("cards", SRC, key="card.31", translation="Boş zaman"))
    cat = ContentCatalog.load(tmp_path)
    t = cat.text("ar", "cards", "card.31", SRC)
    assert t.fallback and t.text == SRC
    assert cat.text("tr", "cards", "card.31", SRC).text == "Boş zaman"
    assert [p.file for p in cat.errors] == ["content_ar.ts"]


def test_catalogues_load_lazily(tmp_path: Path) -> None:
    (tmp_path / "content_ar.ts").write_bytes(b"broken")
    _write(tmp_path, "tr", TsMessage("cards", SRC, key="card.31", translation="x"))
    cat = ContentCatalog.load(tmp_path)
    assert cat.languages == ["ar", "tr"]
    cat.text("tr", "cards", "card.31", SRC)
    assert "ar" not in cat._tables  # not parsed until asked for
    assert len(cat.errors) == 1


def test_fa_af_file_name(tmp_path: Path) -> None:
    _write(tmp_path, "fa-AF", TsMessage("cards", SRC, key="card.31", translation="دری"))
    assert (tmp_path / "content_fa_AF.ts").exists()
    assert ContentCatalog.load(tmp_path).text("fa-AF", "cards", "card.31", SRC).text == "دری"


def test_merge_keeps_marks_changed_and_vanishes() -> None:
    ts = _ts(
        TsMessage("cards", "Oud A", key="card.1", translation="A-old", state="finished"),
        TsMessage("cards", "Zelfde", key="card.2", translation="same", state="finished"),
        TsMessage("cards", "Weg", key="card.3", translation="gone"),
        TsMessage("selffill", "Volgende", key="selffill.next", translation="Next"),
    )
    stats = merge_messages(
        ts,
        [
            ("cards", "card.1", "Nieuw A", None),
            ("cards", "card.2", "Zelfde", None),
            ("cards", "card.4", "Nieuw", "gloss"),
        ],
        contexts=["cards"],
    )
    assert stats == {"new": 1, "changed": 1, "vanished": 1, "revived": 0, "kept": 1}
    by = ts.by_key()
    m1 = by[("cards", "card.1")]
    assert (m1.source, m1.oldsource, m1.translation, m1.state) == (
        "Nieuw A",
        "Oud A",
        "A-old",
        "unfinished",
    )
    assert by[("cards", "card.2")].state == "finished"
    assert by[("cards", "card.3")].state == "vanished"
    assert by[("cards", "card.4")].extracomment == "gloss"
    untouched = by[("selffill", "selffill.next")]  # context not extracted: left alone
    assert (untouched.state, untouched.translation) == ("unfinished", "Next")
    cat = ContentCatalog.from_tsfiles({"ar": parse_ts(serialize_ts(ts))})
    assert cat.text("ar", "cards", "card.1", "Nieuw A").fallback  # changed source: not shown
    assert cat.text("ar", "cards", "card.2", "Zelfde").text == "same"


def test_merge_revives_vanished_as_unfinished() -> None:
    ts = _ts(TsMessage("cards", "Terug", key="card.9", translation="back", state="vanished"))
    stats = merge_messages(ts, [("cards", "card.9", "Terug", None)])
    assert stats["revived"] == 1
    assert ts.messages[0].state == "unfinished"


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="lrelease not installed")
def test_translators_tools_read_our_files(tmp_path: Path) -> None:
    """Qt's own tool compiles our catalogue: the format is what Linguist reads."""
    path = _write(tmp_path, "ar", TsMessage("cards", SRC, key="card.31", translation="ترجمة"))
    out = tmp_path / "content_ar.qm"
    proc = subprocess.run(
        ["pyside6-lrelease", str(path), "-qm", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 0


def test_language_code_variants(tmp_path: Path) -> None:
    _write(tmp_path, "fa-AF", TsMessage("cards", SRC, key="card.31", translation="دری"))
    cat = ContentCatalog.load(tmp_path)
    assert cat.text("fa_AF", "cards", "card.31", SRC).text == "دری"
