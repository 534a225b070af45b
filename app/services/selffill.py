"""Self-fill hand-over: the one-time PIN and the attempt counter (SECURITY.md §9). Qt-free.

The klantmanager sets a 6-digit PIN when handing the laptop to the client. Only an Argon2id
hash (19 MiB, t=2) of it is kept, in memory; it never reaches the vault, logs or settings.
After :data:`MAX_ATTEMPTS` wrong PINs the session is *exhausted*: the UI autosaves and locks
the vault fully, so the passphrase is needed to continue.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.domain.identifiers import fold_digits

log = logging.getLogger(__name__)

PIN_LENGTH = 6
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class PinParams:
    """Argon2id cost for the hand-over PIN (SECURITY.md §9: 19 MiB, t=2)."""

    memory_kib: int = 19 * 1024
    iterations: int = 2
    lanes: int = 1


PIN_PARAMS = PinParams()


class PinProblem(StrEnum):
    """Why a new PIN is refused (the UI maps each to a translated text)."""

    LENGTH = "length"  # not exactly 6 digits
    TRIVIAL = "trivial"  # 000000, 123456, 654321 ...
    MISMATCH = "mismatch"  # the confirmation differs


class PinCheck(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    EXHAUSTED = "exhausted"  # the last allowed attempt was wrong: lock fully


def normalize_pin(text: str) -> str:
    """Digits only: Arabic-Indic and other Unicode digits fold to ASCII; spaces dropped."""
    return fold_digits((text or "").strip().replace(" ", ""))


def pin_problem(pin: str, confirm: str | None = None) -> PinProblem | None:
    p = normalize_pin(pin)
    if len(p) != PIN_LENGTH or not p.isascii() or not p.isdigit():
        return PinProblem.LENGTH
    if len(set(p)) == 1 or p in "0123456789" or p in "9876543210":
        return PinProblem.TRIVIAL
    if confirm is not None and normalize_pin(confirm) != p:
        return PinProblem.MISMATCH
    return None


def _hash(pin: str, salt: bytes, params: PinParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(pin.encode("ascii"))


class HandoverPin:
    """The hashed one-time PIN plus the wrong-attempt counter."""

    def __init__(
        self, pin: str, *, params: PinParams = PIN_PARAMS, max_attempts: int = MAX_ATTEMPTS
    ) -> None:
        problem = pin_problem(pin)
        if problem is not None:
            raise ValueError(f"pin refused: {problem.value}")
        self._params = params
        self._salt = secrets.token_bytes(16)
        self._hash: bytes | None = _hash(normalize_pin(pin), self._salt, params)
        self.max_attempts = max_attempts
        self.failed = 0

    @property
    def attempts_left(self) -> int:
        return max(0, self.max_attempts - self.failed)

    @property
    def exhausted(self) -> bool:
        return self._hash is None or self.failed >= self.max_attempts

    def check(self, pin: str) -> PinCheck:
        if self.exhausted:
            return PinCheck.EXHAUSTED
        p = normalize_pin(pin)
        ok = False
        if len(p) == PIN_LENGTH and p.isascii() and p.isdigit():
            assert self._hash is not None
            ok = hmac.compare_digest(_hash(p, self._salt, self._params), self._hash)
        if ok:
            return PinCheck.OK
        self.failed += 1
        log.info("selffill_pin_wrong count=%d", self.failed)
        if self.failed >= self.max_attempts:
            self.wipe()
            return PinCheck.EXHAUSTED
        return PinCheck.WRONG

    def wipe(self) -> None:
        """Forget the hash (end of session or exhausted)."""
        self._hash = None
        self._salt = b""


@dataclass
class SelfFillSession:
    """What was handed over: one client, one language, the chosen self-fill sections."""

    client_uuid: str
    draft_uuid: str
    lang: str
    sections: list[str]
    pin: HandoverPin
    large_text: bool = False
    answered_paths: list[str] = field(default_factory=list)

    @classmethod
    def start(
        cls,
        *,
        client_uuid: str,
        draft_uuid: str,
        lang: str,
        sections: Iterable[str],
        allowed_sections: Iterable[str],
        pin: str,
        large_text: bool = False,
        params: PinParams = PIN_PARAMS,
    ) -> SelfFillSession:
        """Refuses sections the form does not mark ``self_fill`` (the klantmanager's own
        assessment can never be handed over) and an empty selection."""
        allowed = set(allowed_sections)
        wanted = list(dict.fromkeys(sections))
        chosen = [s for s in wanted if s in allowed]
        if not chosen or len(chosen) != len(wanted):
            raise ValueError("sections not allowed for self-fill")
        return cls(
            client_uuid,
            draft_uuid,
            lang,
            chosen,
            HandoverPin(pin, params=params),
            large_text=large_text,
        )

    def note_answer(self, path: str) -> None:
        if path not in self.answered_paths:
            self.answered_paths.append(path)

    def end(self) -> None:
        self.pin.wipe()
