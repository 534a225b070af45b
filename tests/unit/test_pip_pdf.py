"""The printed PIP draft: what a reader of the PDF sees (pypdf + pdftotext), plus PNGs of the
pages in screenshots/pdf/ for visual review."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import tempfile
import unicodedata
import zlib
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.models import Client
from app.domain.pip import PipDraft
from app.printing.demo import demo_client, demo_pip, render_demo
from app.printing.fonts import clean_text
from app.printing.pip_pdf import render_pip
from app.printing.shaping import bidi_levels, shape_line
from app.printing.summary import SUMMARY_LANGUAGES, load_catalog, placeholders
from app.resources import resource_path

TODAY = date(2026, 1, 15)
REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "screenshots" / "pdf"
HAVE_POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None
needs_poppler = pytest.mark.skipif(not HAVE_POPPLER, reason="poppler-utils not installed")


def pdftotext(pdf: bytes) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def norm(text: str) -> str:
    """NFKC folds Arabic presentation forms back to letters; drop bidi marks and harakat."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) not in {"Cf", "Mn"})


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", norm(text)))


@pytest.fixture(scope="module")
def demo_ar() -> bytes:
    return render_demo("ar", TODAY).pdf


@pytest.fixture(scope="module")
def demo_ti() -> bytes:
    return render_demo("ti", TODAY).pdf


def test_every_page_is_marked_concept_and_numbered(demo_ar: bytes) -> None:
    reader = PdfReader(_io(demo_ar))
    n = len(reader.pages)
    assert n >= 2
    for i, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert "CONCEPT — geen besluit" in text
        assert f"Pagina {i} van {n}" in text


def test_all_fonts_are_embedded(demo_ar: bytes) -> None:
    reader = PdfReader(_io(demo_ar))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]))
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
    assert any("NotoSansArabic" in f for f in seen)
    assert not any("Helvetica" in f or "Times" in f for f in seen)


@needs_poppler
def test_arabic_summary_text_is_present(demo_ar: bytes) -> None:
    text = pdftotext(demo_ar)
    found = words(text)
    catalog = load_catalog()
    for key in ("title", "childcare", "knm", "map"):
        expected = words(catalog.raw(key, "ar") or "")
        assert expected <= found, (key, expected - found)
    # Glyphs without a code point of their own (here the tanween in "قرارًا") extract as
    # private-use codes; the rest of the sentence must be there.
    assert words("هذه مسودة. لم تتخذ البلدية بعد. النص الهولندي هو النص المعتمد.") <= found
    assert "Nederlands (leidend)" in text


@needs_poppler
def test_tigrinya_summary_text_is_present(demo_ti: bytes) -> None:
    text = norm(pdftotext(demo_ti))
    catalog = load_catalog()
    assert norm(catalog.raw("title", "ti") or "") in text
    assert norm("ክንክን ህጻናት የድሊ እዩ።") in text
    assert "ብቐጥታ" in text  # U+1250 ቐ, a Tigrinya-only letter


def test_bsn_is_masked_and_metadata_has_no_personal_data(demo_ar: bytes) -> None:
    client = demo_client(TODAY)
    reader = PdfReader(_io(demo_ar))
    text = "".join(p.extract_text() for p in reader.pages)
    assert client.bsn not in text and client.v_nummer not in text
    assert "******" + client.bsn[-3:] in text
    meta = reader.metadata or {}
    assert meta.get("/Title") == "PIP-concept"
    joined = " ".join(str(v) for v in meta.values())
    assert client.geslachtsnaam not in joined and client.voornamen not in joined
    assert client.bsn not in joined


def test_no_temp_file_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    monkeypatch.setenv("TMPDIR", str(tmp))
    before = sorted(p.name for p in tmp.iterdir())
    result = render_demo("fa", TODAY)
    assert result.pdf.startswith(b"%PDF")
    assert sorted(p.name for p in tmp.iterdir()) == before


def test_fifty_pages_of_text_paginate_and_nothing_is_lost() -> None:
    client = demo_client(TODAY)
    pip = demo_pip(client, TODAY)
    sentence = "Dit is een lange toelichting van de klantmanager over de situatie. "
    # one field, one paragraph without line breaks, ~60 pages
    pip.situation_summary = "EERSTE-WOORD " + sentence * 4800 + "LAATSTE-WOORD"
    result = render_pip(
        pip, client, municipality_name="Gemeente Voorbeeld", summary_lang="ar", today=TODAY
    )
    reader = PdfReader(_io(result.pdf))
    assert result.pages == len(reader.pages) >= 50
    text = "".join(p.extract_text() for p in reader.pages)
    assert "EERSTE-WOORD" in text and "LAATSTE-WOORD" in text
    assert text.split().count("toelichting") == 4800  # every sentence is there
    last = reader.pages[-1].extract_text()
    assert f"Pagina {len(reader.pages)} van {len(reader.pages)}" in last


def test_one_huge_paragraph_in_a_table_cell_also_flows() -> None:
    client = demo_client(TODAY)
    pip = demo_pip(client, TODAY)
    pip.activities[0].description = "woord " * 6000 + "EINDE"
    result = render_pip(pip, client, municipality_name="Gemeente Voorbeeld", today=TODAY)
    reader = PdfReader(_io(result.pdf))
    assert result.pages >= 4
    assert "EINDE" in "".join(p.extract_text() for p in reader.pages)


@needs_poppler
def test_characters_no_font_has_are_replaced_visibly_and_listed() -> None:
    client = demo_client(TODAY)
    pip = demo_pip(client, TODAY)
    pip.situation_summary = "Blij 🙂 en \U0001f680 klaar; ook ❄ sneeuw."
    result = render_pip(pip, client, municipality_name="Gemeente Voorbeeld", today=TODAY)
    warning = next(w for w in result.warnings if w.startswith("missing_glyphs:"))
    assert "U+1F642" in warning and "U+1F680" in warning
    text = pdftotext(result.pdf)
    assert "Blij \ufffd en \ufffd klaar" in text


def test_pip_without_route_still_prints_with_a_warning() -> None:
    client = Client(voornamen="Test", geslachtsnaam="Persoon")
    result = render_pip(
        PipDraft(), client, municipality_name="Gemeente Voorbeeld", summary_lang="ti", today=TODAY
    )
    assert "no_route" in result.warnings
    text = "".join(p.extract_text() for p in PdfReader(_io(result.pdf)).pages)
    assert "Nog niet gekozen" in text
    assert "Uiterste datum PIP" in text and "onbekend" in text  # no dates: unknown


def test_dates_in_wrong_order_do_not_break_printing() -> None:
    client = demo_client(TODAY)
    client.pip_dagtekening_initieel = "2020-01-01"  # before the DUO notice
    client.datum_brp_inschrijving = "kapot"
    result = render_pip(demo_pip(client, TODAY), client, municipality_name="X", today=TODAY)
    text = "".join(p.extract_text() for p in PdfReader(_io(result.pdf)).pages)
    assert "02-01-2020" in text  # termijn start = day after the dagtekening
    assert "02-01-2023" in text  # termijn end


def test_logo_is_drawn_and_a_broken_logo_only_warns(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png(40, 20))
    client = demo_client(TODAY)
    ok = render_pip(
        demo_pip(client, TODAY),
        client,
        municipality_name="Gemeente Voorbeeld",
        logo_path=logo,
        today=TODAY,
    )
    assert "logo_unreadable" not in ok.warnings
    page = PdfReader(_io(ok.pdf)).pages[0]
    assert any(
        str(k).startswith("/FormX") or "Im" in str(k)
        for k in page["/Resources"].get("/XObject", {})
    )
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    broken = render_pip(
        demo_pip(client, TODAY),
        client,
        municipality_name="Gemeente Voorbeeld",
        logo_path=bad,
        today=TODAY,
    )
    assert "logo_unreadable" in broken.warnings and broken.pages >= 2


def test_summary_catalog_is_complete_and_keeps_placeholders() -> None:
    """The Dutch source is in resources/pip_summary.json; every translation is in the
    content catalogues (context pip_summary), complete, with the same placeholders, in glyphs
    the bundled fonts have."""
    data = json.loads(resource_path("pip_summary.json").read_text(encoding="utf-8"))
    assert tuple(data["languages"]) == SUMMARY_LANGUAGES
    catalog = load_catalog()
    for key, texts in data["strings"].items():
        assert set(texts) == {"nl"}  # translations live in the catalogues only
        source = placeholders(texts["nl"])
        for lang in SUMMARY_LANGUAGES:
            text = catalog.raw(key, lang)
            assert text, (key, lang)
            assert placeholders(text) == source, (key, lang)
            assert clean_text(text).missing == (), (key, lang)
    for cost in data["costs"]:
        assert catalog.cost(cost, "ar") != data["costs"][cost]["nl"]


@pytest.mark.parametrize("lang", SUMMARY_LANGUAGES)
def test_every_summary_language_renders_without_warnings(lang: str) -> None:
    result = render_demo(lang, TODAY)
    assert result.warnings == [] and result.pages >= 2


def test_bidi_keeps_numbers_left_to_right_inside_arabic() -> None:
    text = "حتى 12-05-2027 فقط"
    levels = bidi_levels(text, rtl=True)
    date_start = text.index("1")
    assert set(levels[date_start : date_start + 10]) == {2}
    runs = shape_line(text, 10, rtl=True)
    # visual order: "فقط" (leftmost), the date LTR, then "حتى" on the right
    assert [str(r.text) for r in runs if str(r.text).strip()[:1].isdigit()] == ["12-05-2027"]
    assert str(runs[-1].text).strip() != "" and not str(runs[0].text)[0].isdigit()


@needs_poppler
def test_pages_rendered_to_png_for_review(demo_ar: bytes, demo_ti: bytes) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name, pdf in (("pip_ar", demo_ar), ("pip_ti", demo_ti)):
        for old in SHOTS.glob(f"{name}-*.png"):
            old.unlink()
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-", str(SHOTS / name)],
            input=pdf,
            check=True,
            capture_output=True,
        )
        pngs = sorted(SHOTS.glob(f"{name}-*.png"))
        assert len(pngs) == len(PdfReader(_io(pdf)).pages)
        assert all(p.stat().st_size > 2000 for p in pngs)


def _io(data: bytes):  # type: ignore[no-untyped-def]
    import io

    return io.BytesIO(data)


def _png(w: int, h: int) -> bytes:
    raw = b"".join(b"\x00" + bytes([30, 90, 160]) * w for _ in range(h))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _flat(text: str) -> str:
    return " ".join(norm(text).split())


@needs_poppler
def test_printout_shows_words_the_full_address_and_no_empty_contact_lines() -> None:
    client = Client(
        voornamen="Amal",
        geslachtsnaam="Testpersoon",
        bsn="999990019",
        straat="Dorpsstraat",
        huisnummer="12",
        huisnummertoevoeging="A",
        postcode="1234 AB",
        woonplaats="Testdorp",
        doelgroep="asielstatushouder",
        nationaliteit="SY",
    )
    pip = PipDraft(
        route="b1",
        taaldoel="B1",
        hoofddoel="werk",
        contact_name="K. Manager",
        contact_phone="",
        contact_email="",
    )
    pip.mb.organisation, pip.mb.start = "vluchtelingenwerk", "2025-02-01"
    pip.ontzorgen.active, pip.ontzorgen.costs = True, ["huur", "gemeentelijke_belastingen"]
    result = render_pip(
        pip, client, municipality_name="Gemeente Voorbeeld", summary_lang="ar", today=TODAY
    )
    text = _flat(pdftotext(result.pdf))
    assert "Hoofddoel Werk" in text
    assert "Dorpsstraat 12-A, 1234 AB Testdorp" in text
    assert "VluchtelingenWerk, vanaf 01-02-2025" in text
    assert "huur, gemeentelijke belastingen" in text
    assert "Contactpersoon gemeente K. Manager" in text
    for code in ("werk,", "vluchtelingenwerk", "gemeentelijke_belastingen", " SY"):
        assert code not in text
    assert "Telefoon" not in text and "E-mail" not in text  # empty lines left out
    assert "telefoon -" not in text and "telefoon" not in text.lower().split("samenvatting")[-1]


@needs_poppler
def test_municipality_as_mb_is_its_name_in_the_summary_language() -> None:
    pip = PipDraft(route="b1", contact_name="K. Manager", contact_phone="14 020")
    pip.mb.organisation = "gemeente"
    client = Client(voornamen="Amal", geslachtsnaam="Testpersoon", doelgroep="asielstatushouder")
    result = render_pip(
        pip, client, municipality_name="Gemeente Voorbeeld", summary_lang="ti", today=TODAY
    )
    text = _flat(pdftotext(result.pdf))
    assert "De gemeente zelf" in text  # the Dutch page
    summary = text.split("Nederlands (leidend)", 1)[1]
    assert "Gemeente Voorbeeld" in summary and "gemeente zelf" not in summary
    assert "Telefoon 14 020" in text
