"""Schema versions and migrations (STYLE §5). Copy the file before migrating; one fixture DB
per released schema lives in tests/fixtures/ and every upgrade path is tested.

Plaintext columns are only the SECURITY.md §2 allowlist (plus INTEGER row ids); everything
else is inside ``payload`` envelopes."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

SCHEMA_VERSION = 3

# v1: first release (meta, key slots, client keys, records, outbox).
DDL_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS key_slot (
    slot_id TEXT PRIMARY KEY,          -- key-slot metadata
    kind TEXT NOT NULL,                -- 'passphrase' | 'escrow'
    kdf_params TEXT NOT NULL,          -- key-slot metadata (salt, m, t, p)
    created_at TEXT NOT NULL,
    payload BLOB NOT NULL              -- wrapped data key
);
CREATE TABLE IF NOT EXISTS client_key (
    key_id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    payload BLOB NOT NULL              -- per-client key wrapped by the vault record key
);
CREATE TABLE IF NOT EXISTS records (
    record_uuid TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    version INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    key_id INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sync_state TEXT NOT NULL DEFAULT 'local',
    bsn_bidx TEXT UNIQUE,
    payload BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS records_type_key ON records(type, key_id);
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    record_uuid TEXT NOT NULL UNIQUE,  -- the op_id
    type TEXT NOT NULL,                -- op kind
    version INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    key_id INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sync_state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL DEFAULT '',
    server_url TEXT NOT NULL DEFAULT '',
    payload BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox(sync_state, next_attempt_at);
"""

# v2: audit trail in its own append-only table (issue 7), visible to the klantmanager.
DDL_V2_ADD = """
CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    record_uuid TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,                -- action kind (view/create/update/...)
    version INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    key_id INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    sync_state TEXT NOT NULL DEFAULT 'pending',
    payload BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_key ON audit(key_id);
"""

ALLOWED_PLAINTEXT_COLUMNS = {
    "record_uuid",
    "type",
    "version",
    "schema_version",
    "key_id",
    "created_at",
    "updated_at",
    "sync_state",
    "server_url",
    "zgw_identificatie",
    "attempts",
    "next_attempt_at",
    "bsn_bidx",
    # key-slot metadata and integer row ids
    "slot_id",
    "kind",
    "kdf_params",
    "seq",
    # v3: keyed values (MACs, keyed indexes) that reveal nothing without the DK
    "mac",
    "ckey",
    "verifier",
}
PLAINTEXT_TABLES = {"meta"}  # vault metadata only: schema version, throttle counter, vault id


def statements(script: str) -> list[str]:
    lines = [ln.split("--", 1)[0] for ln in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def migrate_1_to_2(conn: sqlite3.Connection) -> None:
    """Add the audit table (runs inside the caller's transaction)."""
    for stmt in statements(DDL_V2_ADD):
        conn.execute(stmt)


def migrate_2_to_3(conn: sqlite3.Connection) -> None:
    """v3, the integrity release: a ``mac`` per row (records, outbox, audit, client keys, key
    slots), the outbox's keyed coalesce index ``ckey``, a passphrase ``verifier`` per key slot.
    The values need the DK, so the MACs, the authenticator and the coalesce index are filled
    in at the first unlock after the upgrade (meta ``integrity_pending``; see records.py).

    sqlite-utils does the DDL (``add_column``, ``create_index``, and ``transform`` to give the
    new outbox column its NOT NULL default on the rebuilt table); it nests in the caller's
    transaction through savepoints (``Database.atomic``)."""
    db = sqlite_utils.Database(conn)
    for table in ("records", "outbox", "audit", "client_key", "key_slot"):
        db[table].add_column("mac", bytes)  # type: ignore[union-attr]
    outbox = db.table("outbox")
    outbox.add_column("ckey", str)
    conn.execute("UPDATE outbox SET ckey=''")  # filled with real values at first unlock
    outbox.transform(not_null={"ckey"}, defaults={"ckey": ""})
    outbox.create_index(["key_id", "ckey", "sync_state"], index_name="outbox_coalesce")
    outbox.create_index(
        ["sync_state", "next_attempt_at"], index_name="outbox_state", if_not_exists=True
    )
    db.table("key_slot").add_column("verifier", str)
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('integrity_pending', '1') "
        "ON CONFLICT(key) DO UPDATE SET value='1'"
    )


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: migrate_1_to_2,
    2: migrate_2_to_3,
}


def create_current(conn: sqlite3.Connection) -> None:
    """A new vault gets exactly the schema an upgraded one has: v1 + every migration (so the
    two can never drift apart)."""
    for stmt in statements(DDL_V1 + DDL_V2_ADD):
        conn.execute(stmt)
    migrate_2_to_3(conn)
    conn.execute("DELETE FROM meta WHERE key='integrity_pending'")
