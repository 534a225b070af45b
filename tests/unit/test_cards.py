"""Conversation cards (DOMAIN.md §10): content, links to Brede Intake sections, translations,
and safe behaviour with broken card files."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from app.domain.cards import load_cards, parse_cards
from app.domain.forms import FormRegistry
from app.i18n import languages as langs
from app.i18n.catalog import ContentCatalog, TsFile, TsMessage
from app.resources import resource_path, translations_dir

CARDS = resource_path("cards", "cards.json")


@pytest.fixture(scope="module")
def deck():
    return load_cards(CARDS, ContentCatalog.load(translations_dir()))


def test_49_cards_in_7_themes(deck) -> None:
    assert deck.errors == []
    assert len(deck) == 49
    assert [t.id for t in deck.themes] == [
        "kennismaken",
        "werk",
        "leren",
        "gezondheid",
        "netwerk",
        "wonen",
        "toekomst",
    ]
    assert [t.name_nl for t in deck.themes][3] == "Gezondheid en welzijn"
    groups = deck.by_theme()
    assert all(len(cards) == 7 for cards in groups.values())
    assert [c.id for c in groups["gezondheid"]] == list(range(22, 29))
    assert deck.get(15).text_nl == "Noem twee dingen waar je beter in wilt worden."
    assert deck.get(48).text_nl == "Wanneer ga je tevreden naar huis?"
    assert deck.get(1).gloss_en == "What would you like me to know about you?"


def test_cards_22_to_28_are_sensitive(deck) -> None:
    assert {c.id for c in deck if c.sensitive} == set(range(22, 29))


def test_every_card_has_a_use_and_a_section(deck) -> None:
    for c in deck:
        assert c.suitable_for and set(c.suitable_for) <= {"BI", "PIP", "voortgang"}
        assert c.sections


def test_sections_exist_in_the_brede_intake_form(deck) -> None:
    form = FormRegistry.load_dir().latest("brede-intake")
    ids = {s.id for s in form.sections}
    for c in deck:
        assert set(c.sections) <= ids, c.id
    for t in deck.themes:
        assert set(t.sections) <= ids, t.id


def test_health_theme_links_to_health_section(deck) -> None:
    form = FormRegistry.load_dir().latest("brede-intake")
    assert form.section("C").title.startswith("Gezondheid")
    health = {c.id for c in deck.for_section("C")}
    assert set(range(22, 29)) <= health
    assert deck.theme("gezondheid").sections == ("C",)
    assert {c.theme for c in deck.for_section("E")} >= {"werk"}


def test_random_respects_theme_exclude_and_use(deck) -> None:
    rng = random.Random(7)
    seen = set()
    for _ in range(7):
        card = deck.random(rng, theme="werk", exclude=seen)
        assert card is not None and card.theme == "werk"
        seen.add(card.id)
    assert seen == set(range(8, 15))
    assert deck.random(rng, theme="werk", exclude=seen) is None
    assert all(deck.random(rng, use="voortgang").suits("voortgang") for _ in range(20))
    assert deck.random(random.Random(1)) == deck.random(random.Random(1))


def test_card_text_in_every_language(deck) -> None:
    for code in langs.target_codes():
        for card in deck:
            t = card.text(code, deck.catalog)
            assert not t.fallback, (code, card.id)
            assert t.text != card.text_nl
            assert t.reviewed is False  # engineer translations await a certified translator
        assert not deck.theme_name("gezondheid", code).fallback


def test_card_text_dutch_and_without_catalogue(deck) -> None:
    card = deck.get(23)
    assert card.text("nl").text == "Hoe slaap je de laatste tijd?"
    t = card.text("ar")  # no catalogue given
    assert t.fallback and t.text == card.text_nl


def test_missing_translation_falls_back_to_dutch(deck) -> None:
    ts = TsFile(
        language="so",
        messages=[
            TsMessage(
                "cards", "Waar ben je trots op?", key="card.3", translation="Maxaad ku faantaa?"
            )
        ],
    )
    cat = ContentCatalog.from_tsfiles({"so": ts})
    assert deck.get(3).text("so", cat).text == "Maxaad ku faantaa?"
    t = deck.get(4).text("so", cat)
    assert t.fallback and t.text == "Hoe wil je dat ik je noem?"


def test_broken_catalogue_never_hides_a_card(deck) -> None:
    class Exploding:
        def text(self, *args: object) -> object:
            raise RuntimeError("boom")

    t = deck.get(5).text("ar", Exploding())
    assert t.fallback and t.text == deck.get(5).text_nl


def _write(tmp_path: Path, data: object) -> Path:
    p = tmp_path / "cards.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


@pytest.mark.parametrize("raw", [b"{not json", b"\xff\xfe\x00bad", b"[1, 2]", b"null"])
def test_unreadable_card_file_gives_empty_deck(tmp_path: Path, raw: bytes) -> None:
    p = tmp_path / "cards.json"
    p.write_bytes(raw)
    deck = load_cards(p)
    assert len(deck) == 0 and len(deck.errors) >= 1
    assert deck.random(random.Random(1)) is None
    assert deck.for_section("C") == []


def test_missing_card_file(tmp_path: Path) -> None:
    deck = load_cards(tmp_path / "nope.json")
    assert len(deck) == 0 and "not found" in str(deck.errors[0])


def test_broken_entries_are_skipped_and_reported(tmp_path: Path) -> None:
    data = json.loads(CARDS.read_text(encoding="utf-8"))
    cards = data["cards"]
    cards[0]["text_nl"] = ""  # empty text
    cards[1]["theme"] = "onbekend"  # unknown theme
    cards[2] = "not an object"
    cards[3]["id"] = 5  # duplicate of card 5
    cards[5]["sensitive"] = "ja"  # wrong type
    cards[6]["suitable_for"] = ["BI", "koffie"]
    cards.append({"id": 50, "theme": "werk", "text_nl": "Nieuwe kaart?", "sections": "E"})
    deck = load_cards(_write(tmp_path, data))
    assert len(deck) == 49 - 6
    assert len(deck.errors) == 7
    assert all(e.where.startswith("cards[") for e in deck.errors)
    assert deck.get(1) is None and deck.get(2) is None and deck.get(8) is not None


def test_valid_sections_check(tmp_path: Path) -> None:
    deck = parse_cards(
        json.loads(CARDS.read_text(encoding="utf-8")), valid_sections={"A", "B", "C"}
    )
    assert all(set(c.sections) <= {"A", "B", "C"} for c in deck)
    assert deck.errors


def test_themes_missing(tmp_path: Path) -> None:
    deck = load_cards(_write(tmp_path, {"cards": [{"id": 1, "theme": "x", "text_nl": "?"}]}))
    assert len(deck) == 0
    assert {e.where for e in deck.errors} == {"themes", "cards[0]"}
