"""The only place that opens SQLite connections (STYLE §5): pragmas, integrity check,
single-instance lock file, and mapping of sqlite errors to typed errors."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from app.domain.errors import DiskFull, NotWritable, StoreError, VaultInUse

log = logging.getLogger(__name__)

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA trusted_schema=OFF",
)


def connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=5.0
        )
        for pragma in PRAGMAS:
            conn.execute(pragma)
        if sys.platform == "darwin":
            conn.execute("PRAGMA fullfsync=ON")
    except sqlite3.Error as exc:
        raise map_error(exc) from None
    return conn


def quick_check(conn: sqlite3.Connection) -> bool:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return len(rows) == 1 and rows[0][0] == "ok"


def map_error(exc: BaseException) -> StoreError:
    """Turn sqlite/OS errors into typed errors (no message content from the DB)."""
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DiskFull("disk full")
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull("disk full")
    if (
        "readonly" in text
        or "read-only" in text
        or "unable to open" in text
        or (
            isinstance(
                exc, PermissionError | FileExistsError | NotADirectoryError | IsADirectoryError
            )
        )
    ):
        return NotWritable("not writable")
    if "locked" in text or "busy" in text:
        return VaultInUse("database locked")
    from app.domain.errors import CorruptDatabase

    if isinstance(exc, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text):
        return CorruptDatabase()
    return StoreError(type(exc).__name__)


class InstanceLock:
    """Advisory lock file next to the vault: a second instance is refused (SECURITY §7)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        try:
            fh = open(self.path, "a+b")  # noqa: SIM115 - held for the process lifetime
        except OSError as exc:
            raise NotWritable("lock file") from exc
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            raise VaultInUse("another instance holds the vault") from exc
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            if os.name == "nt":
                import msvcrt

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        self._fh.close()
        self._fh = None


@contextlib.contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One save = one BEGIN IMMEDIATE ... COMMIT; rolled back on any error."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise map_error(exc) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error | OSError):
            raise map_error(exc) from None
        raise
