"""Issue 12 item 8: glossary per language checked by the coverage tool; the register slips
the issue names are fixed in the shipped catalogues; audio coverage per language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.i18n import extract as ex
from app.i18n.__main__ import main
from app.i18n.audio import ClipLibrary, audio_coverage
from app.i18n.catalog import ContentCatalog
from app.i18n.glossary import Glossary, Term, check_glossary, check_texts
from app.i18n.languages import target_codes
from app.resources import translations_dir

GLOSSARY = translations_dir() / "glossary"


@pytest.fixture(scope="module")
def sources():
    return ex.collect_sources()


@pytest.fixture(scope="module")
def catalog():
    return ContentCatalog.load()


def test_check_flags_each_kind_of_slip():
    g = Glossary(
        "tr",
        [Term("klantmanager", "klantmanagers?", ("belediye görevlisi",), ("danışman",))],
        {"A1": "A1: biraz Hollandaca"},
        ("sen", "sana"),
    )
    problems = check_texts(
        g,
        [
            ("s", "k1", "Geef de laptop aan de klantmanager", "Bilgisayarı danışmana verin"),
            ("s", "k2", "Geef de laptop aan de klantmanager", "belediye görevlisine verin"),
            ("c", "k3", "Waar ben je trots op?", "Sen neyle gurur duyuyorsun?"),
            ("c", "k4", "A1", "A1"),
            ("c", "k5", "A1", "A1: biraz Hollandaca"),
            ("c", "k6", "De klanten", "Danışanlar"),  # no klantmanager here: not checked
        ],
    )
    kinds = sorted((p.key, p.kind) for p in problems)
    assert kinds == [
        ("k1", "avoid_term"),
        ("k1", "missing_term"),
        ("k3", "informal"),
        ("k4", "unexplained_level"),
    ]


@pytest.mark.parametrize("lang", target_codes())
def test_every_language_has_a_glossary_and_explains_the_levels(lang, sources, catalog):
    g = Glossary.load(lang, GLOSSARY)
    assert g is not None
    nl = {t.nl.split()[0] for t in g.terms}
    assert {"klant", "klantmanager", "inburgering", "PIP", "B1-route"} <= nl
    assert set(g.explain) == {"A1", "A2", "B1 of hoger"}
    problems = check_glossary(lang, sources.entries, catalog, GLOSSARY)
    assert problems == []  # the shipped catalogues follow their glossary
    for level in ("A1", "A2"):
        t = catalog.text(lang, "brede-intake", f"choices.nederlands_niveau.{level}", level)
        assert t.text.startswith(level) and len(t.text) > 10  # explained in plain words


def _translations(catalog, lang, sources):
    for ctx, key, src, _ in sources.entries:
        t = catalog.text(lang, ctx, key, src)
        if not t.fallback:
            yield ctx, key, str(t.text)


def test_the_slips_named_in_the_issue_are_fixed(sources, catalog):
    tr = list(_translations(catalog, "tr", sources))
    # Turkish: the klantmanager is never one letter away from the client (danışan)
    assert not [k for _c, k, t in tr if "danışman" in t.casefold()]
    # Turkish cards: formal siz, no informal sen
    cards = [t for c, k, t in tr if c == "cards" and k.startswith("card.")]
    assert len(cards) == 49
    informal = ("sen ", "senin", "sana ", "seni ", "istersin?", "musun?", "yaptın?")
    assert not [t for t in cards if any(w in t.casefold() for w in informal)]
    assert catalog.text("tr", "cards", "card.3", "Waar ben je trots op?").text.endswith(
        "duyuyorsunuz?"
    )
    # Somali: one name for Dutch
    so = " ".join(t for _c, _k, t in _translations(catalog, "so", sources))
    assert "Nederlandi " not in so and "luqadda Nederlandiga" not in so
    assert "Af-Holandiis" in so
    # Amharic and Tigrinya buttons: polite/plural imperative
    am = {k: catalog.selffill("am", k).text for k in ("selffill.done", "selffill.skip")}
    assert am == {"selffill.done": "ይጨርሱ", "selffill.skip": "ይዝለሉ"}
    ti = {k: catalog.selffill("ti", k).text for k in ("selffill.skip", "selffill.add_row")}
    assert ti == {"selffill.skip": "ሕለፉ", "selffill.add_row": "ካልእ ወስኹ"}


def test_coverage_reports_audio_and_glossary(tmp_path: Path, capsys, sources):
    audio = tmp_path / "audio"
    lib = ClipLibrary(audio)
    ctx, key, src, _ = next(e for e in sources.entries if e[0] == "selffill")
    clip = lib.target_path("ti", ctx, key)
    clip.parent.mkdir(parents=True)
    clip.write_bytes(b"RIFF0000WAVE")
    ix = lib.index("ti")
    ix.mark(ctx, key, src, done=True)
    ix.save()
    rows = audio_coverage([(c, k, s) for c, k, s, _ in sources.entries], ["ti", "ar"], lib)
    ti, ar = rows
    assert (ti.clips, ti.done, ar.clips) == (1, 1, 0)
    assert ti.total == ar.total > 100
    rc = main(["coverage", "--json", "--lang", "ti", "--audio", str(audio)])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert out["audio"]["ti"]["clips"] == 1 and out["audio"]["ti"]["done"] == 1
    assert "ti" in out["glossary"]
    rc = main(["coverage", "--lang", "ar", "--audio", str(audio)])
    text = capsys.readouterr().out
    assert "clips" in text and "glossary consistency" in text
