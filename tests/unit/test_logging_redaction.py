"""No personal data in logs: only allowlisted fields, redaction as safety net, no locals."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from app.logging_setup import redact, setup_logging


def test_redaction_masks_bsn_jwt_email_phone() -> None:
    text = (
        "bsn 999993653 token eyJhbGciOiJIUzI1NiJ9.eyJjbGllbnRfaWQiOiJ4In0.sig "
        "mail amira@example.org tel 06-12345678 of +31 6 12345678"
    )
    out = redact(text)
    for leak in ("999993653", "eyJhbGci", "amira@example.org", "12345678"):
        assert leak not in out


def test_only_allowlisted_fields_written(tmp_path: Path) -> None:
    setup_logging(tmp_path)
    log = logging.getLogger("app.test")
    log.info(
        "record_saved",
        extra={"record_uuid": "abc", "client_name": "Amira Haddad", "bsn": "999993653"},
    )
    try:
        raise ValueError("Ongeldig BSN 999993653 voor Amira")
    except ValueError:
        log.exception("validation_failed")
    sys.excepthook(RuntimeError, RuntimeError("secret CANARY-7f3a"), None)
    for h in logging.getLogger().handlers:
        h.flush()
    content = (tmp_path / "huisbezoek.log").read_text()
    assert "record_saved" in content and "record_uuid=abc" in content
    assert "exception_type=ValueError" in content and "exception_type=RuntimeError" in content
    for leak in ("Amira", "999993653", "CANARY-7f3a", "Ongeldig"):
        assert leak not in content


def test_redaction_masks_bsn_written_with_separators() -> None:
    """Issue 11 / SECURITY.md §6: the same BSN typed the way people write it."""
    for written in ("999.99.3653", "9999-93653", "9999 93653", "999 99 3653", "٩٩٩٩٩٣٦٥٣"):
        out = redact(f"zoek {written} klaar")
        assert out == "zoek [number] klaar", (written, out)
    # what must survive: timestamps, uuids, versions, short numbers
    for keep in ("2026-12-03T12:44:05.123456Z", "0b7f7c57-5b0e-4c1d-9a55-1d1f5c0a0002", "v1.2.3"):
        assert redact(keep) == keep


def test_start_up_log_lines_reach_the_file_after_the_first_show(
    tmp_path: Path, monkeypatch
) -> None:
    """The GUI start buffers log lines until the first window is shown (the file handler is set
    up then): what was logged before is written, redacted, not lost."""
    import app.main as main

    monkeypatch.setenv("HUISBEZOEK_DATA_DIR", str(tmp_path))
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, sys.excepthook)
    try:
        early = main._early_logging()
        logging.getLogger("app.start").warning(
            "settings_unreadable", extra={"count": 2, "bsn": "999993653"}
        )
        assert not (tmp_path / "logs").exists()  # nothing written before the first show
        main._setup_logging(early)
        assert early not in root.handlers
        for h in root.handlers:
            h.flush()
        content = (tmp_path / "logs" / "huisbezoek.log").read_text()
        assert "settings_unreadable" in content and "count=2" in content
        assert "999993653" not in content
    finally:
        for h in root.handlers[:]:
            if h not in saved[0]:
                root.removeHandler(h)
                h.close()
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
        sys.excepthook = saved[2]
