"""Conversation-prompt cards (DOMAIN.md §10): 49 cards in 7 themes, linked to Brede Intake
sections.

Qt-free. The Dutch text is the source; translations come from the content catalogues
(context ``cards``, keys ``card.<id>`` and ``theme.<id>``) through any object with a
``text(lang, context, key, source_nl)`` method (``app.i18n.catalog.ContentCatalog``). A
missing translation shows the Dutch text, flagged ``fallback`` so the UI can mark it.

Loading is tolerant: a broken entry is skipped and reported in ``deck.errors``; an unreadable
file gives an empty deck with one error. Nothing here raises on bad data.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

CARDS_CONTEXT = "cards"
USES = ("BI", "PIP", "voortgang")
SOURCE_LANGUAGE = "nl"
MAX_CARD_FILE_BYTES = 2_000_000


class TranslatedText(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def fallback(self) -> bool: ...
    @property
    def reviewed(self) -> bool: ...
    @property
    def lang(self) -> str: ...


class TextCatalog(Protocol):
    def text(self, lang: str, context: str, key: str, source_nl: str) -> Any: ...


@dataclass(frozen=True, slots=True)
class CardText:
    """Returned when no catalogue is given (Dutch only)."""

    text: str
    fallback: bool
    reviewed: bool
    lang: str = SOURCE_LANGUAGE


def _translate(catalog: TextCatalog | None, lang: str, key: str, source_nl: str) -> TranslatedText:
    if lang == SOURCE_LANGUAGE:
        return CardText(source_nl, fallback=False, reviewed=True)
    if catalog is None:
        return CardText(source_nl, fallback=True, reviewed=False)
    try:
        result: TranslatedText = catalog.text(lang, CARDS_CONTEXT, key, source_nl)
    except Exception:  # a broken catalogue must never hide a card
        log.exception("card translation lookup failed for %s", key)
        return CardText(source_nl, fallback=True, reviewed=False)
    return result


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    number: int
    name_nl: str
    gloss_en: str = ""
    sections: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"theme.{self.id}"

    def name(self, lang: str, catalog: TextCatalog | None = None) -> TranslatedText:
        return _translate(catalog, lang, self.key, self.name_nl)


@dataclass(frozen=True, slots=True)
class Card:
    id: int
    theme: str
    text_nl: str
    gloss_en: str = ""
    suitable_for: tuple[str, ...] = USES
    sensitive: bool = False
    sections: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"card.{self.id}"

    def text(self, lang: str, catalog: TextCatalog | None = None) -> TranslatedText:
        """The card text in ``lang``; Dutch (``fallback=True``) when not translated."""
        return _translate(catalog, lang, self.key, self.text_nl)

    def suits(self, use: str) -> bool:
        return use in self.suitable_for


@dataclass(frozen=True, slots=True)
class CardProblem:
    where: str  # e.g. "cards[12]" or "" for the whole file
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}" if self.where else self.reason


@dataclass
class CardDeck:
    themes: tuple[Theme, ...] = ()
    cards: tuple[Card, ...] = ()
    errors: list[CardProblem] = field(default_factory=list)
    catalog: TextCatalog | None = None

    def __len__(self) -> int:
        return len(self.cards)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.cards)

    def get(self, card_id: int) -> Card | None:
        for c in self.cards:
            if c.id == card_id:
                return c
        return None

    def theme(self, theme_id: str) -> Theme | None:
        for t in self.themes:
            if t.id == theme_id:
                return t
        return None

    def by_theme(self) -> dict[str, list[Card]]:
        """Theme id -> its cards, themes in their declared order (empty themes included)."""
        out: dict[str, list[Card]] = {t.id: [] for t in self.themes}
        for c in self.cards:
            out.setdefault(c.theme, []).append(c)
        return out

    def for_section(self, section_id: str) -> list[Card]:
        """Cards linked to a Brede Intake section (e.g. ``"C"`` -> the health cards)."""
        return [c for c in self.cards if section_id in c.sections]

    def for_use(self, use: str) -> list[Card]:
        return [c for c in self.cards if c.suits(use)]

    def random(
        self,
        rng: random.Random,
        theme: str | None = None,
        exclude: Iterable[int | Card] = (),
        use: str | None = None,
    ) -> Card | None:
        """A random card (optionally from one theme / suitable for one use), never one in
        ``exclude``. ``None`` when nothing is left."""
        excluded = {e.id if isinstance(e, Card) else e for e in exclude}
        pool = [
            c
            for c in self.cards
            if c.id not in excluded
            and (theme is None or c.theme == theme)
            and (use is None or c.suits(use))
        ]
        if not pool:
            return None
        return rng.choice(pool)

    def text(self, card: Card, lang: str) -> TranslatedText:
        return card.text(lang, self.catalog)

    def theme_name(self, theme_id: str, lang: str) -> TranslatedText:
        t = self.theme(theme_id)
        if t is None:
            return CardText(theme_id, fallback=True, reviewed=False)
        return t.name(lang, self.catalog)


def default_cards_path() -> Path:
    from app.resources import resource_path

    return resource_path("cards", "cards.json")


def load_cards(
    path: Path | None = None,
    catalog: TextCatalog | None = None,
    *,
    valid_sections: Collection[str] | None = None,
) -> CardDeck:
    """Read the card file. Never raises on bad content: see ``deck.errors``."""
    path = path or default_cards_path()
    try:
        size = path.stat().st_size
        if size > MAX_CARD_FILE_BYTES:
            raise ValueError("file too large")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return _empty(catalog, "card file not found")
    except (OSError, UnicodeDecodeError) as exc:
        return _empty(catalog, f"card file unreadable ({type(exc).__name__})")
    except ValueError as exc:
        return _empty(catalog, f"card file is not valid JSON ({str(exc)[:80]})")
    return parse_cards(data, catalog, valid_sections=valid_sections)


def _empty(catalog: TextCatalog | None, reason: str) -> CardDeck:
    log.warning("cards: %s", reason)
    return CardDeck(errors=[CardProblem("", reason)], catalog=catalog)


def _str_list(value: object) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return tuple(value)


def parse_cards(
    data: object,
    catalog: TextCatalog | None = None,
    *,
    valid_sections: Collection[str] | None = None,
) -> CardDeck:
    if not isinstance(data, Mapping):
        return _empty(catalog, "card file must contain a JSON object")
    errors: list[CardProblem] = []
    themes: list[Theme] = []
    raw_themes = data.get("themes")
    if not isinstance(raw_themes, list):
        errors.append(CardProblem("themes", "missing or not a list"))
        raw_themes = []
    for i, rt in enumerate(raw_themes):
        where = f"themes[{i}]"
        if not isinstance(rt, Mapping):
            errors.append(CardProblem(where, "not an object"))
            continue
        tid, name = rt.get("id"), rt.get("name_nl")
        if not isinstance(tid, str) or not tid or not isinstance(name, str) or not name.strip():
            errors.append(CardProblem(where, "needs a text 'id' and 'name_nl'"))
            continue
        if any(t.id == tid for t in themes):
            errors.append(CardProblem(where, f"duplicate theme id {tid!r}"))
            continue
        secs = _str_list(rt.get("sections", []))
        if secs is None:
            errors.append(CardProblem(where, "'sections' must be a list of section ids"))
            secs = ()
        number = rt.get("number", len(themes) + 1)
        themes.append(
            Theme(
                id=tid,
                number=number if isinstance(number, int) else len(themes) + 1,
                name_nl=name.strip(),
                gloss_en=str(rt.get("gloss_en", "")),
                sections=secs,
            )
        )
    theme_ids = {t.id: t for t in themes}

    cards: list[Card] = []
    raw_cards = data.get("cards")
    if not isinstance(raw_cards, list):
        errors.append(CardProblem("cards", "missing or not a list"))
        raw_cards = []
    seen: set[int] = set()
    for i, rc in enumerate(raw_cards):
        where = f"cards[{i}]"
        card, reason = _parse_card(rc, theme_ids, seen, valid_sections)
        if card is None:
            errors.append(CardProblem(where, reason))
            continue
        seen.add(card.id)
        cards.append(card)
    for e in errors:
        log.warning("cards: skipped %s", e)
    return CardDeck(tuple(themes), tuple(cards), errors, catalog)


def _parse_card(
    rc: object,
    themes: Mapping[str, Theme],
    seen: set[int],
    valid_sections: Collection[str] | None,
) -> tuple[Card | None, str]:
    if not isinstance(rc, Mapping):
        return None, "not an object"
    cid = rc.get("id")
    if not isinstance(cid, int) or isinstance(cid, bool) or cid <= 0:
        return None, "'id' must be a positive whole number"
    if cid in seen:
        return None, f"duplicate card id {cid}"
    theme = rc.get("theme")
    if not isinstance(theme, str) or theme not in themes:
        return None, f"card {cid}: unknown theme {theme!r}"
    text = rc.get("text_nl")
    if not isinstance(text, str) or not text.strip():
        return None, f"card {cid}: 'text_nl' is missing or empty"
    uses = _str_list(rc.get("suitable_for", list(USES)))
    if uses is None or not uses or any(u not in USES for u in uses):
        return None, f"card {cid}: 'suitable_for' must be a non-empty subset of {list(USES)}"
    sensitive = rc.get("sensitive", False)
    if not isinstance(sensitive, bool):
        return None, f"card {cid}: 'sensitive' must be true or false"
    secs = _str_list(rc.get("sections", list(themes[theme].sections)))
    if secs is None:
        return None, f"card {cid}: 'sections' must be a list of section ids"
    if valid_sections is not None:
        unknown = [s for s in secs if s not in valid_sections]
        if unknown:
            return None, f"card {cid}: unknown section(s) {unknown}"
    return (
        Card(
            id=cid,
            theme=theme,
            text_nl=text.strip(),
            gloss_en=str(rc.get("gloss_en", "")),
            suitable_for=uses,
            sensitive=sensitive,
            sections=secs,
        ),
        "",
    )
