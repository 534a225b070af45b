"""Logging that cannot leak personal data (SECURITY.md §6, BIO2 8.15.01).

- Only allowlisted structured fields are written; the message itself is an event name.
- A redaction filter is the safety net: 11-proef-like 8–9 digit runs (also written with
  dots, dashes or spaces), JWTs, e-mail addresses and phone numbers are masked in whatever
  text does get through.
- ``sys.excepthook`` logs the exception type and frames (file:line:function) without locals
  or the exception's message (validators put user input into messages).
- Logs rotate daily and are kept 7 days; core dumps are disabled on Linux.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

from app import __version__

ALLOWED_FIELDS = (
    "event",
    "record_uuid",
    "outbox_id",
    "http_method",
    "path_template",
    "http_status",
    "duration_ms",
    "count",
    "exception_type",
    "app_version",
    "actor",
    "ts",
)


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Compiled at the first log line, not at import (harden_process() runs at start-up)."""
    return [
        # a BSN written with separators: 999.99.3653, 9999-93653, 999 99 3653 (nine digits; an
        # ISO date has eight, so timestamps survive)
        (re.compile(r"(?<![\w.\-])\d(?:[ .\-]?\d){8}(?!\w|[.\-]\d)"), "[number]"),
        (re.compile(r"eyJ[\w-]+\.[\w-]+(?:\.[\w-]+)?"), "[jwt]"),
        (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "[email]"),
        (re.compile(r"(?<![\w-])(?:\+31|0031|0)\s?6[\s-]?(?:\d[\s-]?){8}(?!\d)"), "[phone]"),
        (re.compile(r"(?<![\w-])\+?\d[\d\s-]{9,14}\d(?!\d)"), "[phone]"),
        (re.compile(r"(?<![\w-])\d{8,9}(?![\w-])"), "[number]"),
    ]


def redact(text: str) -> str:
    for pattern, replacement in _patterns():
        text = pattern.sub(replacement, text)
    return text


class RedactingFormatter(logging.Formatter):
    """Writes ``ts level logger event key=value…`` with only allowlisted keys, redacted."""

    def format(self, record: logging.LogRecord) -> str:
        parts = [
            self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            record.levelname,
            record.name,
            redact(str(record.msg)),
        ]
        for key in ALLOWED_FIELDS:
            value = record.__dict__.get(key)
            if value not in (None, ""):
                parts.append(f"{key}={redact(str(value))}")
        if record.exc_info and record.exc_info[0] is not None:
            parts.append(f"exception_type={record.exc_info[0].__name__}")
            parts.append("frames=" + _frames(record.exc_info[2]))
        return " ".join(parts)


def _frames(tb: TracebackType | None) -> str:
    return "|".join(
        f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in traceback.extract_tb(tb)[-8:]
    )


def setup_logging(log_dir: Path, level: int = logging.INFO) -> None:
    import logging.handlers  # here, not at import: harden_process() runs before the first window

    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.TimedRotatingFileHandler(
        log_dir / "huisbezoek.log", when="midnight", backupCount=7, encoding="utf-8"
    )
    handler.setFormatter(RedactingFormatter())
    root = logging.getLogger()
    root.handlers[:] = [
        h for h in root.handlers if not isinstance(h, logging.handlers.TimedRotatingFileHandler)
    ]
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("app").info("app_start", extra={"app_version": __version__})
    sys.excepthook = _excepthook


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    logging.getLogger("app.crash").error(
        "unhandled_exception", extra={"exception_type": exc_type.__name__, "event": _frames(tb)}
    )


def harden_process() -> None:
    """No core dumps, not ptrace-able by other user processes (Linux)."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None)
            pr_set_dumpable = 4
            libc.prctl(pr_set_dumpable, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    os.environ.setdefault("QT_LOGGING_RULES", "*.debug=false")
