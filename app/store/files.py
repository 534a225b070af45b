"""The vault file on disk: plaintext ``meta`` values, moving a damaged file aside, the
migration run (copy first, then every step in one transaction), backups."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import shutil
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

from app.store import crypto, schema
from app.store.connection import connect, immediate, map_error

log = logging.getLogger(__name__)


def backup(conn: sqlite3.Connection, mutex: threading.RLock, target_dir: Path, keep: int) -> Path:
    """VACUUM INTO a dated copy (ciphertext only), keep the newest ``keep``."""
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = target_dir / f"vault-{stamp}.sqlite3"
    with mutex:
        try:
            conn.execute("VACUUM INTO ?", (str(target),))
        except sqlite3.Error as exc:
            raise map_error(exc) from None
    for old in sorted(target_dir.glob("vault-*.sqlite3"))[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def latest_backup(path: Path) -> Path | None:
    backups = sorted((path.parent / "backups").glob("vault-*.sqlite3"))
    return backups[-1] if backups else None


def restore_backup(path: Path, backup_file: Path) -> None:
    """Put a backup in place of a damaged/missing vault (the damaged file was moved aside)."""
    tmp = path.with_name(path.name + ".restoring")
    shutil.copyfile(backup_file, tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
    os.replace(tmp, path)


def _meta_get(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _meta_set(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?,?) ON CONFLICT(key) DO UPDATE SET"
        " value=excluded.value",
        (key, value),
    )


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    try:
        return (
            conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
            ).fetchone()
            is not None
        )
    except sqlite3.Error:
        return False


def _meta_int(conn: sqlite3.Connection, key: str) -> int:
    try:
        return int(_meta_get(conn, key) or 0)
    except ValueError:
        log.warning("meta value unreadable", extra={"event": "meta_garbage"})
        return 0


def _dk_check(dk: bytes | bytearray, vault_id: str) -> str:
    return hmac.new(
        crypto.hkdf(dk, crypto.INFO_CHECK), vault_id.encode(), hashlib.sha256
    ).hexdigest()


def _move_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        src = path.with_name(path.name + suffix)
        if src.exists():
            with contextlib.suppress(OSError):
                os.replace(src, target.with_name(target.name + suffix))
    return target


def _migrate(path: Path, found: int) -> None:
    """Copy the file, then run each migrate_N_to_N1 in one transaction."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    backup = path.with_name(f"{path.name}.pre-v{schema.SCHEMA_VERSION}-{stamp}")
    n = 1
    while backup.exists():  # a migration cut off (killed) and retried within the same second
        n += 1
        backup = path.with_name(f"{path.name}.pre-v{schema.SCHEMA_VERSION}-{stamp}-{n}")
    src = connect(path)
    try:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        src.execute("VACUUM INTO ?", (str(backup),))
    finally:
        src.close()
    conn = connect(path)
    try:
        with immediate(conn):
            version = found
            while version < schema.SCHEMA_VERSION:
                schema.MIGRATIONS[version](conn)
                version += 1
                _meta_set(conn, "schema_version", str(version))
    finally:
        conn.close()
