"""Immutable form model built by :mod:`app.domain.forms.loader` from a JSON definition.

Dutch is the source language of every text. Each translatable text has a stable key
(``field.<id>.label``, ``choices.<list>.<code>``, ...) so translators' catalogues can map it;
the catalogue context is the form id without version (e.g. ``brede-intake``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.forms.expressions import Expression

log = logging.getLogger(__name__)


class FieldType(StrEnum):
    TEXT = "text"
    LONGTEXT = "longtext"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    PARTIAL_DATE = "partial_date"  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    YESNO = "yesno"
    SCALE = "scale"
    BSN = "bsn"
    VNUMMER = "vnummer"
    POSTCODE = "postcode"
    PHONE = "phone"
    EMAIL = "email"
    INFO = "info"  # text shown to the user, no answer
    REPEAT = "repeat"  # a group of fields that can be added several times


class Sensitivity(StrEnum):
    S1 = "S1"  # ordinary personal data
    S2 = "S2"  # identifiers (BSN, V-nummer) and financial data
    S3 = "S3"  # special category (AVG art. 9), e.g. health


CARD_THEMES: tuple[str, ...] = (
    "kennismaken",
    "werk",
    "leren",
    "gezondheid",
    "netwerk",
    "wonen",
    "toekomst",
)

#: Types whose answer is free text (bidi controls kept but balanced).
FREE_TEXT_TYPES = frozenset({FieldType.LONGTEXT})
#: Short identifier-like types (bidi controls, newlines and tabs removed).
IDENTIFIER_TYPES = frozenset(
    {
        FieldType.TEXT,
        FieldType.BSN,
        FieldType.VNUMMER,
        FieldType.POSTCODE,
        FieldType.PHONE,
        FieldType.EMAIL,
    }
)
CHOICE_TYPES = frozenset({FieldType.CHOICE, FieldType.MULTICHOICE})
NO_VALUE_TYPES = frozenset({FieldType.INFO})

DEFAULT_MAX_LENGTH = {FieldType.TEXT: 200, FieldType.LONGTEXT: 20_000}


@dataclass(frozen=True, slots=True)
class Choice:
    code: str
    label: str  # Dutch


@dataclass(frozen=True)
class ChoiceList:
    id: str
    choices: tuple[Choice, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {c.code: c for c in self.choices})

    def label(self, code: str) -> str | None:
        c = self._by_code.get(code)  # type: ignore[attr-defined]
        return c.label if c else None

    def has(self, code: object) -> bool:
        return isinstance(code, str) and code in self._by_code  # type: ignore[attr-defined]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.choices)


@dataclass(frozen=True)
class Field:
    id: str
    type: FieldType
    section_id: str
    label: str = ""
    hint: str = ""
    info: str = ""  # info text (type info, or an explanation under any field)
    required: bool = False
    required_if: Expression | None = None
    constraint: Expression | None = None
    constraint_message: str = ""
    relevant: Expression | None = None
    calculate: Expression | None = None
    sensitivity: Sensitivity = Sensitivity.S1
    readonly_office: bool = False
    self_fill: bool = True  # effective: False when the section is klantmanager-only
    choices: str | None = None  # choice list id (choice/multichoice; labels for scale)
    min: float | None = None
    max: float | None = None
    max_length: int | None = None
    not_future: bool = False  # dates
    max_rows: int = 50  # repeat
    fields: tuple[Field, ...] = ()  # repeat children
    parent: str | None = None  # repeat id when this field sits inside a repeat group
    previous_ids: tuple[str, ...] = ()  # ids this field had in earlier versions
    exclusive: tuple[str, ...] = ()  # multichoice codes that cannot be combined (e.g. geen)

    @property
    def is_calculated(self) -> bool:
        return self.calculate is not None

    @property
    def is_readonly(self) -> bool:
        return self.readonly_office or self.calculate is not None

    @property
    def has_value(self) -> bool:
        return self.type not in NO_VALUE_TYPES

    @property
    def effective_max_length(self) -> int:
        if self.max_length is not None:
            return self.max_length
        return DEFAULT_MAX_LENGTH.get(self.type, 200)

    def expressions(self) -> Iterator[tuple[str, Expression]]:
        for name in ("relevant", "calculate", "constraint", "required_if"):
            expr = getattr(self, name)
            if expr is not None:
                yield name, expr


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str = ""
    self_fill: bool = False
    card_themes: tuple[str, ...] = ()
    sensitivity: Sensitivity = Sensitivity.S1
    relevant: Expression | None = None
    fields: tuple[Field, ...] = ()


@dataclass(frozen=True)
class FormDefinition:
    form_id: str
    version: int
    title: str
    sections: tuple[Section, ...]
    choice_lists: dict[str, ChoiceList]
    source_file: str = ""
    #: field ids in an order where every field comes after the fields its relevance and
    #: calculation depend on (computed by the loader's topological sort).
    eval_order: tuple[str, ...] = ()
    _by_id: dict[str, Field] = field(default_factory=dict, repr=False, compare=False)
    _sections: dict[str, Section] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self._by_id:
            for f in self.iter_fields():
                self._by_id[f.id] = f
        if not self._sections:
            for s in self.sections:
                self._sections[s.id] = s

    # ---- lookup
    def iter_fields(self) -> Iterator[Field]:
        """Every field in document order; repeat children follow their group."""
        for s in self.sections:
            for f in s.fields:
                yield f
                yield from f.fields

    def field(self, field_id: str) -> Field:
        return self._by_id[field_id]

    def has_field(self, field_id: str) -> bool:
        return field_id in self._by_id

    def section(self, section_id: str) -> Section:
        return self._sections[section_id]

    def section_of(self, field_id: str) -> Section:
        return self._sections[self._by_id[field_id].section_id]

    @property
    def field_ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def choice_list(self, list_id: str) -> ChoiceList:
        return self.choice_lists[list_id]

    def self_fill_sections(self) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.self_fill)

    def sections_for_theme(self, theme: str) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if theme in s.card_themes)

    @property
    def key(self) -> str:
        return f"{self.form_id}.v{self.version}"

    # ---- translation
    def translatable_strings(self) -> list[tuple[str, str]]:
        """``(key, Dutch text)`` for every translatable text, in a stable order.

        Order: form title; per section its title and intro followed by its fields (label,
        hint, info, constraint message; repeat children after their group); then every
        choice list in declaration order.
        """
        out: list[tuple[str, str]] = [("form.title", self.title)]
        for s in self.sections:
            out.append((f"section.{s.id}.title", s.title))
            if s.intro:
                out.append((f"section.{s.id}.intro", s.intro))
            for f in s.fields:
                out.extend(_field_strings(f))
                for child in f.fields:
                    out.extend(_field_strings(child))
        for cl in self.choice_lists.values():
            for c in cl.choices:
                out.append((f"choices.{cl.id}.{c.code}", c.label))
        return out

    @property
    def catalog_context(self) -> str:
        """Context for translators' catalogues: the form id without version."""
        return self.form_id


def _field_strings(f: Field) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if f.label:
        out.append((f"field.{f.id}.label", f.label))
    if f.hint:
        out.append((f"field.{f.id}.hint", f.hint))
    if f.info:
        out.append((f"field.{f.id}.info", f.info))
    if f.constraint_message:
        out.append((f"field.{f.id}.constraint", f.constraint_message))
    return out


def field_keys(field_id: str) -> dict[str, str]:
    """The translation keys of one field (for UI code that looks texts up)."""
    return {
        "label": f"field.{field_id}.label",
        "hint": f"field.{field_id}.hint",
        "info": f"field.{field_id}.info",
        "constraint": f"field.{field_id}.constraint",
    }


def choice_key(list_id: str, code: str) -> str:
    return f"choices.{list_id}.{code}"


def section_keys(section_id: str) -> dict[str, str]:
    return {"title": f"section.{section_id}.title", "intro": f"section.{section_id}.intro"}
