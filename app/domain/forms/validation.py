"""Normalise and check one raw answer for one field.

Every message is a :class:`ValidationMessage` with a stable key, Dutch default text and
parameters, so the UI can translate it (catalogue context ``validation``). Nothing here
raises on bad input: hostile text (NUL bytes, bidi overrides, 1 MB pastes, lone surrogates,
emoji) is cleaned, limited or refused with a message.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.forms.model import (
    FREE_TEXT_TYPES,
    IDENTIFIER_TYPES,
    Field,
    FieldType,
    FormDefinition,
)
from app.domain.identifiers import (
    fold_digits,
    is_valid_bsn,
    is_valid_postcode,
    is_valid_vnummer,
    normalize_bsn,
    normalize_postcode,
    normalize_vnummer,
)

log = logging.getLogger(__name__)

ERROR = "error"
WARNING = "warning"

#: key -> Dutch default text. Placeholders use ``{name}``.
MESSAGES: dict[str, str] = {
    "validation.required": "Dit veld is verplicht.",
    "validation.type": "Dit antwoord heeft een onjuiste vorm.",
    "validation.too_long": (
        "De tekst is te lang. Er zijn maximaal {max} tekens bewaard; de rest is weggelaten."
    ),
    "validation.chars_removed": "Onzichtbare stuurtekens zijn uit het antwoord verwijderd.",
    "validation.integer": "Vul een heel getal in, bijvoorbeeld 3.",
    "validation.decimal": "Vul een getal in, bijvoorbeeld 2,5.",
    "validation.min": "De waarde moet minimaal {min} zijn.",
    "validation.max": "De waarde mag hoogstens {max} zijn.",
    "validation.date_format": "Vul een datum in als dd-mm-jjjj, bijvoorbeeld 03-02-2025.",
    "validation.partial_date_format": (
        "Vul een datum in als dd-mm-jjjj, mm-jjjj of alleen het jaar (jjjj)."
    ),
    "validation.date_impossible": "Deze datum bestaat niet.",
    "validation.date_future": "Deze datum mag niet in de toekomst liggen.",
    "validation.date_too_old": "Deze datum ligt te ver in het verleden (voor {year}).",
    "validation.choice": "Kies een van de mogelijke antwoorden.",
    "validation.choice_exclusive": (
        "'{choice}' kan niet samen met andere antwoorden gekozen worden."
    ),
    "validation.yesno": "Kies ja of nee.",
    "validation.scale": "Kies een waarde van {min} tot en met {max}.",
    "validation.bsn": "Dit BSN is niet geldig (de elfproef klopt niet).",
    "validation.bsn_length": "Een BSN bestaat uit 9 cijfers.",
    "validation.vnummer": "Een V-nummer bestaat uit precies 10 cijfers.",
    "validation.postcode": (
        "Vul een geldige postcode in: 4 cijfers en 2 letters, bijvoorbeeld 1234 AB."
    ),
    "validation.phone": (
        "Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 20 1234567."
    ),
    "validation.email": "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
    "validation.constraint": "Dit antwoord is niet toegestaan.",
    "validation.readonly_office": (
        "Dit gegeven komt van het kantoorsysteem (bijvoorbeeld DUO) en kan hier niet "
        "worden gewijzigd."
    ),
    "validation.calculated": "Dit veld wordt automatisch berekend.",
    "validation.repeat_max": "Er kunnen maximaal {max} regels worden toegevoegd.",
    "validation.repeat_row": "Deze regel bestaat niet.",
    "validation.unknown_field": "Deze vraag bestaat niet in deze versie van het formulier.",
}


@dataclass(frozen=True)
class ValidationMessage:
    key: str
    text_nl: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: str = ERROR

    @property
    def text(self) -> str:
        """Dutch text with parameters filled in."""
        try:
            return self.text_nl.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.text_nl

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def message(key: str, severity: str = ERROR, **params: Any) -> ValidationMessage:
    return ValidationMessage(key=key, text_nl=MESSAGES[key], params=params, severity=severity)


def validation_messages() -> list[tuple[str, str]]:
    """Every validator message key with its Dutch text (for translators' catalogues)."""
    return list(MESSAGES.items())


# --------------------------------------------------------------------------- text cleaning

_BIDI_EMBED_OPEN = {"\u202a", "\u202b", "\u202d", "\u202e"}  # LRE RLE LRO RLO
_BIDI_EMBED_CLOSE = "\u202c"  # PDF
_BIDI_ISOLATE_OPEN = {"\u2066", "\u2067", "\u2068"}  # LRI RLI FSI
_BIDI_ISOLATE_CLOSE = "\u2069"  # PDI
BIDI_CONTROLS = frozenset(
    {*_BIDI_EMBED_OPEN, _BIDI_EMBED_CLOSE, *_BIDI_ISOLATE_OPEN, _BIDI_ISOLATE_CLOSE}
)

# C0 controls except \t and \n, DEL, C1 controls; and lone surrogates (unencodable).
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_BIDI_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str, *, keep_newlines: bool = True) -> str:
    """Remove NUL, C0/C1 controls (except tab and newline) and lone surrogates.
    ``\\r\\n`` and ``\\r`` become ``\\n`` first."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_RE.sub("", text)
    if not keep_newlines:
        text = re.sub(r"[\t\n]+", " ", text)
    return text


def strip_bidi(text: str) -> str:
    return _BIDI_RE.sub("", text)


MAX_BIDI_DEPTH = 16


def balance_bidi(text: str) -> str:
    """Keep bidi controls in free text but make them harmless: close every embedding or
    isolate left open (per line) and drop closers without an opener, so the text cannot
    reorder anything shown after it."""
    out_lines: list[str] = []
    for line in text.split("\n"):
        stack: list[str] = []
        buf: list[str] = []
        for ch in line:
            if ch in _BIDI_EMBED_OPEN or ch in _BIDI_ISOLATE_OPEN:
                if len(stack) < MAX_BIDI_DEPTH:  # deeper nesting is dropped
                    stack.append(ch)
                    buf.append(ch)
            elif ch == _BIDI_EMBED_CLOSE:
                if stack and stack[-1] in _BIDI_EMBED_OPEN:
                    stack.pop()
                    buf.append(ch)
            elif ch == _BIDI_ISOLATE_CLOSE:
                if _BIDI_ISOLATE_OPEN.intersection(stack):
                    # a PDI also closes embeddings opened inside the isolate
                    while stack and stack[-1] not in _BIDI_ISOLATE_OPEN:
                        stack.pop()
                        buf.append(_BIDI_EMBED_CLOSE)
                    stack.pop()
                    buf.append(ch)
            else:
                buf.append(ch)
        while stack:
            opener = stack.pop()
            buf.append(_BIDI_ISOLATE_CLOSE if opener in _BIDI_ISOLATE_OPEN else _BIDI_EMBED_CLOSE)
        out_lines.append("".join(buf))
    return "\n".join(out_lines)


def clean_text(raw: str, ftype: FieldType, limit: int | None = None) -> tuple[str, bool, bool]:
    """Return ``(cleaned, something_removed, cut_to_limit)`` for a text input.

    Work is bounded: the text is cut to ``limit`` before the per-character bidi pass, so a
    1 MB paste costs a couple of regex scans, not a Python loop over a million characters.
    """
    identifier = ftype in IDENTIFIER_TYPES or ftype not in FREE_TEXT_TYPES
    cut = False
    if limit is not None and len(raw) > 2 * limit + 1000:
        raw = raw[: 2 * limit + 1000]  # cleaning can only shorten; the rest is cut anyway
        cut = True
    unix = raw.replace("\r\n", "\n").replace("\r", "\n")
    removed = bool(_CONTROL_RE.search(unix)) or (identifier and bool(_BIDI_RE.search(unix)))
    cleaned = strip_controls(unix, keep_newlines=not identifier)
    if identifier:
        cleaned = strip_bidi(cleaned).strip()
    if limit is not None and len(cleaned) > limit:
        cleaned = cleaned[:limit]
        cut = True
    if not identifier:
        if _BIDI_RE.search(cleaned):
            if limit is not None and len(cleaned) > limit - MAX_BIDI_DEPTH:
                cleaned = cleaned[: limit - MAX_BIDI_DEPTH]  # room for the closing marks
            cleaned = balance_bidi(cleaned)
        if not cleaned.strip():
            cleaned = ""
    return cleaned, removed, cut


# --------------------------------------------------------------------------- dates

_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DUTCH_MONTH = re.compile(r"^(\d{1,2})[-/.](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")  # BRP style 19900000
MIN_YEAR = 1900


def parse_date_input(
    raw: str, *, partial: bool, not_future: bool, today: date
) -> tuple[str | None, ValidationMessage | None]:
    """Accept dd-mm-jjjj, jjjj-mm-dd, jjjjmmdd (BRP, 00 = unknown) and, for partial dates,
    mm-jjjj, jjjj-mm and jjjj. Returns an ISO (partial) string or a message."""
    text = fold_digits(raw).strip()
    fmt_key = "validation.partial_date_format" if partial else "validation.date_format"
    y: int
    mo: int | None = None
    d: int | None = None
    if m := _DUTCH_DATE.match(text):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _ISO_DATE.match(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _COMPACT.match(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _DUTCH_MONTH.match(text):
        mo, y = int(m.group(1)), int(m.group(2))
    elif m := _ISO_MONTH.match(text):
        y, mo = int(m.group(1)), int(m.group(2))
    elif m := _YEAR.match(text):
        y = int(m.group(1))
    else:
        return None, message(fmt_key)
    # BRP convention: 00 means unknown
    if d == 0:
        d = None
    if mo == 0:
        if d is not None:
            return None, message("validation.date_impossible")
        mo = None
    if (mo is None or d is None) and not partial:
        return None, message("validation.date_format")
    if mo is not None and not 1 <= mo <= 12:
        return None, message("validation.date_impossible")
    if y < MIN_YEAR:
        return None, message("validation.date_too_old", year=MIN_YEAR)
    if d is not None and mo is not None:
        try:
            value = date(y, mo, d)
        except ValueError:
            return None, message("validation.date_impossible")
        if not_future and value > today:
            return None, message("validation.date_future")
        return value.isoformat(), None
    if not_future and (y, mo or 0) > (today.year, today.month if mo else 0):
        return None, message("validation.date_future")
    return (f"{y:04d}-{mo:02d}" if mo else f"{y:04d}"), None


# --------------------------------------------------------------------------- numbers

_INT_RE = re.compile(r"^[+-]?\d{1,15}$")
_DEC_RE = re.compile(r"^[+-]?\d{1,15}(?:[.,]\d{1,6})?$")


def _parse_number(raw: Any, decimal: bool) -> tuple[int | float | None, bool]:
    """Returns (number, ok)."""
    if isinstance(raw, bool):
        return None, False
    if isinstance(raw, int):
        return raw, True
    if isinstance(raw, float):
        if not math.isfinite(raw):
            return None, False
        if decimal:
            return raw, True
        return (int(raw), True) if raw.is_integer() else (None, False)
    if not isinstance(raw, str):
        return None, False
    text = fold_digits(raw).strip().replace(" ", "").replace("\u066b", ",")  # Arabic decimal sep
    if decimal:
        if not _DEC_RE.match(text):
            return None, False
        v = float(text.replace(",", "."))
        return (int(v) if v.is_integer() and "," not in text and "." not in text else v), True
    if not _INT_RE.match(text):
        return None, False
    return int(text), True


# --------------------------------------------------------------------------- phone / email

_PHONE_INTL = re.compile(r"^\+[1-9]\d{7,14}$")
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63})+$")


def normalize_phone(raw: str) -> str:
    text = re.sub(r"[\s\-().]", "", fold_digits(raw))
    if text.startswith("00"):
        text = "+" + text[2:]
    elif text.startswith("0") and len(text) == 10:
        text = "+31" + text[1:]
    return text


def is_valid_phone(text: str) -> bool:
    return bool(_PHONE_INTL.match(text))


# --------------------------------------------------------------------------- main entry

_YES = {"ja", "yes", "true", "1", "j", "y"}
_NO = {"nee", "no", "false", "0", "n"}


def normalize_answer(  # noqa: PLR0911, PLR0912, PLR0915
    defn: FormDefinition, f: Field, raw: Any, today: date
) -> tuple[Any, list[ValidationMessage]]:
    """Normalise ``raw`` for field ``f``. Returns ``(value, messages)``.

    ``value`` is ``None`` for an empty answer or when an error message is returned.
    Warnings (e.g. text cut to the maximum length) come with a usable value.
    """
    msgs: list[ValidationMessage] = []
    if raw is None or (
        isinstance(raw, str) and raw.strip() == "" and f.type is not FieldType.LONGTEXT
    ):
        return None, msgs
    t = f.type

    if t in {FieldType.TEXT, FieldType.LONGTEXT}:
        if not isinstance(raw, str):
            if isinstance(raw, int | float) and not isinstance(raw, bool):
                raw = str(raw)
            else:
                return None, [message("validation.type")]
        limit = f.effective_max_length
        text, removed, cut = clean_text(raw, t, limit)
        if removed:
            msgs.append(message("validation.chars_removed", WARNING))
        if cut:
            msgs.append(message("validation.too_long", WARNING, max=limit))
        return (text or None), msgs

    if t in {
        FieldType.BSN,
        FieldType.VNUMMER,
        FieldType.POSTCODE,
        FieldType.PHONE,
        FieldType.EMAIL,
    }:
        if isinstance(raw, int) and not isinstance(raw, bool) and t is not FieldType.EMAIL:
            raw = str(raw)
        if not isinstance(raw, str):
            return None, [message("validation.type")]
        text, _removed, _cut = clean_text(raw[:1000], t)
        if t is FieldType.BSN:
            bsn = normalize_bsn(text)
            if len(bsn) != 9 or not (bsn.isascii() and bsn.isdigit()):
                return None, [message("validation.bsn_length")]
            if not is_valid_bsn(bsn):
                return None, [message("validation.bsn")]
            return bsn, msgs
        if t is FieldType.VNUMMER:
            v = normalize_vnummer(text)
            return (v, msgs) if is_valid_vnummer(v) else (None, [message("validation.vnummer")])
        if t is FieldType.POSTCODE:
            pc = normalize_postcode(text)
            return (pc, msgs) if is_valid_postcode(pc) else (None, [message("validation.postcode")])
        if t is FieldType.PHONE:
            ph = normalize_phone(text)
            return (ph, msgs) if is_valid_phone(ph) else (None, [message("validation.phone")])
        email = text.strip()
        if len(email) > 254 or not _EMAIL.match(email):
            return None, [message("validation.email")]
        local, _, domain = email.rpartition("@")
        return f"{local}@{domain.lower()}", msgs

    if t in {FieldType.INTEGER, FieldType.DECIMAL}:
        if isinstance(raw, str) and len(raw) > 100:
            return None, [
                message("validation.decimal" if t is FieldType.DECIMAL else "validation.integer")
            ]
        num, ok = _parse_number(raw, t is FieldType.DECIMAL)
        if not ok or num is None:
            return None, [
                message("validation.decimal" if t is FieldType.DECIMAL else "validation.integer")
            ]
        if f.min is not None and num < f.min:
            return None, [message("validation.min", min=_fmt_num(f.min))]
        if f.max is not None and num > f.max:
            return None, [message("validation.max", max=_fmt_num(f.max))]
        return num, msgs

    if t is FieldType.SCALE:
        num, ok = _parse_number(raw, False)
        lo, hi = int(f.min or 0), int(f.max or 0)
        if not ok or num is None or not lo <= num <= hi:
            return None, [message("validation.scale", min=lo, max=hi)]
        return int(num), msgs

    if t in {FieldType.DATE, FieldType.PARTIAL_DATE}:
        if not isinstance(raw, str) and not isinstance(raw, date):
            return None, [message("validation.type")]
        text = raw.isoformat() if isinstance(raw, date) else raw[:100]
        value, err = parse_date_input(
            text, partial=t is FieldType.PARTIAL_DATE, not_future=f.not_future, today=today
        )
        return (None, [err]) if err else (value, msgs)

    if t is FieldType.YESNO:
        if isinstance(raw, bool):
            return raw, msgs
        if isinstance(raw, str) and raw.strip().lower() in _YES:
            return True, msgs
        if isinstance(raw, str) and raw.strip().lower() in _NO:
            return False, msgs
        return None, [message("validation.yesno")]

    if t is FieldType.CHOICE:
        cl = defn.choice_lists.get(f.choices or "")
        if cl is None or not cl.has(raw):
            return None, [message("validation.choice")]
        return raw, msgs

    if t is FieldType.MULTICHOICE:
        cl = defn.choice_lists.get(f.choices or "")
        if isinstance(raw, str):
            raw = [raw]
        if cl is None or not isinstance(raw, list | tuple | set | frozenset):
            return None, [message("validation.choice")]
        codes: list[str] = []
        for code in raw:
            if not cl.has(code):
                return None, [message("validation.choice")]
            if code not in codes:
                codes.append(code)
        # keep the list order of the choice list, so answers compare and display stably
        codes.sort(key=cl.codes.index)
        for ex in f.exclusive:
            if ex in codes and len(codes) > 1:
                return None, [message("validation.choice_exclusive", choice=cl.label(ex) or ex)]
        return (codes or None), msgs

    if t is FieldType.REPEAT:
        if not isinstance(raw, list):
            return None, [message("validation.type")]
        if len(raw) > f.max_rows:
            return None, [message("validation.repeat_max", max=f.max_rows)]
        return raw, msgs

    return None, [message("validation.type")]


def _fmt_num(v: float) -> str:
    if float(v).is_integer():
        return str(int(v))
    return str(v).replace(".", ",")
