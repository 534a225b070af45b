"""Identifier validation (DOMAIN.md §5): BSN elfproef, V-nummer, postcode, digit folding."""

from __future__ import annotations

import re

# Arabic-Indic (U+0660..0669) and Extended/Persian (U+06F0..06F9) digits -> ASCII.
_DIGIT_MAP = {0x0660 + i: ord("0") + i for i in range(10)}
_DIGIT_MAP.update({0x06F0 + i: ord("0") + i for i in range(10)})
_DIGIT_MAP.update({0xFF10 + i: ord("0") + i for i in range(10)})  # full-width


def fold_digits(text: str) -> str:
    """Map Arabic-Indic, Persian and full-width digits to ASCII (stored as ASCII)."""
    return text.translate(_DIGIT_MAP)


_BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def normalize_bsn(raw: str) -> str:
    """Fold digits, drop spaces/dots/dashes, pad an 8-digit number to 9. Does not validate."""
    digits = re.sub(r"[\s.\-]", "", fold_digits(raw or ""))
    if len(digits) == 8 and digits.isdigit():
        digits = "0" + digits
    return digits


def is_valid_bsn(raw: str) -> bool:
    bsn = normalize_bsn(raw)
    if len(bsn) != 9 or not bsn.isascii() or not bsn.isdigit() or bsn == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(bsn, _BSN_WEIGHTS, strict=True))
    return total % 11 == 0


def mask_bsn(raw: str) -> str:
    """Show only the last 3 digits: ``******653`` (SECURITY.md §4)."""
    bsn = normalize_bsn(raw)
    if not bsn:
        return ""
    return "*" * max(0, len(bsn) - 3) + bsn[-3:]


def normalize_vnummer(raw: str) -> str:
    return re.sub(r"[\s.\-]", "", fold_digits(raw or ""))


def is_valid_vnummer(raw: str) -> bool:
    v = normalize_vnummer(raw)
    return len(v) == 10 and v.isascii() and v.isdigit()


_POSTCODE = re.compile(r"^([1-9][0-9]{3}) ?([A-Z]{2})$")


def normalize_postcode(raw: str) -> str:
    text = fold_digits(raw or "").strip().upper()
    m = _POSTCODE.match(text)
    if not m:
        return text
    return f"{m.group(1)} {m.group(2)}"


def is_valid_postcode(raw: str) -> bool:
    m = _POSTCODE.match(normalize_postcode(raw))
    return m is not None and m.group(2) not in {"SA", "SD", "SS"}


def sample_bsns(count: int, start: int = 999990000) -> list[str]:
    """Elfproef-valid synthetic BSNs in the 9999xxxxx test range (never real people)."""
    out: list[str] = []
    n = start
    while len(out) < count and n <= 999999999:
        s = f"{n:09d}"
        if is_valid_bsn(s):
            out.append(s)
        n += 1
    return out
