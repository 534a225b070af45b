"""Vault-level integrity (SECURITY.md "Integrity"): row MACs and the vault authenticator.

Every row of ``records``, ``outbox``, ``audit`` and ``client_key`` carries ``mac``: a keyed
MAC (subkey ``bi/auth/v1`` of the DK) over the table name and *every* plaintext column that
means something (``type``, ``version``, ``sync_state``, ``attempts``, ``server_url``,
``bsn_bidx``, the coalesce index, …) plus the payload's envelope header, nonce and GCM tag.
The GCM tag authenticates the rest of the payload under an AAD that holds the version, so
the MAC binds the whole row without hashing kilobytes on every read.

The vault authenticator in ``meta`` is ``{counter, xor, tag}``: ``xor`` is the XOR of every
row's MAC (an incremental multiset hash: a write XORs the old MAC out and the new one in),
``counter`` goes up by one per write transaction, and ``tag`` is a MAC over vault id, counter
and xor. It is written in the same transaction as the rows it covers. At unlock every row's
MAC is recomputed: a row whose columns were edited fails its own MAC; a row that was deleted,
re-inserted from an older copy, or rolled back *together with its MAC* leaves the XOR wrong.

What it cannot see: the whole file replaced by an older copy of itself (rows, MACs and
authenticator all consistent). That needs a counter outside the file: see ``device.py``.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.store import crypto

MAC_LEN = 16
ZERO = bytes(MAC_LEN)

# The plaintext columns each table's MAC covers, in order. ``payload`` is always last and is
# reduced to its header+nonce (first 15 bytes) and tag (last 16 bytes); for client keys
# (a 60-byte wrapped key) it is taken whole.
COLUMNS: dict[str, tuple[str, ...]] = {
    "records": (
        "record_uuid",
        "type",
        "version",
        "schema_version",
        "key_id",
        "created_at",
        "updated_at",
        "sync_state",
        "bsn_bidx",
    ),
    "outbox": (
        "record_uuid",
        "type",
        "version",
        "schema_version",
        "key_id",
        "created_at",
        "updated_at",
        "sync_state",
        "attempts",
        "next_attempt_at",
        "server_url",
        "ckey",
    ),
    "audit": (
        "record_uuid",
        "type",
        "version",
        "schema_version",
        "key_id",
        "created_at",
        "sync_state",
    ),
    "client_key": ("key_id", "created_at"),
}
# the column that names a row in messages and in ``integrity_failures``
ROW_ID = {"records": "record_uuid", "outbox": "record_uuid", "audit": "record_uuid"}
ROW_ID["client_key"] = "key_id"


def _payload_part(table: str, payload: bytes) -> bytes:
    if table == "client_key" or len(payload) < 31:
        return payload
    return payload[:15] + payload[-16:]


def row_mac(key: crypto.MacKey, table: str, values: Sequence[Any], payload: bytes) -> bytes:
    """``values`` in the order of ``COLUMNS[table]`` (text, integers, NULL). Encoded with
    ``repr`` of the tuple: unambiguous (strings are quoted and escaped, so no value can
    contain the separator) and done in C, which matters: this runs for every row written
    and read. The payload part comes last, after a NUL that ``repr`` never produces."""
    msg = b"bi/row/v1|%s\x00%s\x00%s" % (
        table.encode(),
        repr(tuple(values)).encode(),
        _payload_part(table, payload),
    )
    if isinstance(key, hmac.HMAC):
        h = key.copy()
        h.update(msg)
        return h.digest()[:MAC_LEN]
    return hmac.digest(bytes(key), msg, "sha256")[:MAC_LEN]


def xor(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).to_bytes(MAC_LEN, "big")


def select_sql(table: str) -> str:
    cols = ", ".join(COLUMNS[table])
    return f"SELECT {cols}, payload, mac FROM {table}"  # noqa: S608 - names from COLUMNS


@dataclass
class Authenticator:
    """The vault-level state kept in ``meta['vault_auth']``."""

    counter: int = 0
    acc: bytes = ZERO

    def tag(self, key: crypto.MacKey, vault_id: str) -> str:
        msg = b"bi/vault/v1|%s\x00%d\x00%s" % (vault_id.encode(), self.counter, self.acc)
        if isinstance(key, hmac.HMAC):
            h = key.copy()
            h.update(msg)
            return h.hexdigest()[:32]
        return hmac.new(bytes(key), msg, "sha256").hexdigest()[:32]

    def dump(self, key: crypto.MacKey, vault_id: str) -> str:
        """``v1:<counter>:<xor hex>:<tag hex>`` (written on every commit: no JSON)."""
        return f"v1:{self.counter}:{self.acc.hex()}:{self.tag(key, vault_id)}"

    @classmethod
    def load(cls, text: str | None) -> tuple[Authenticator, str] | None:
        """(state, stored tag) or None when absent/malformed."""
        parts = (text or "").split(":")
        if len(parts) != 4 or parts[0] != "v1" or not parts[1].isdigit() or len(parts[1]) > 18:
            return None
        try:
            acc = bytes.fromhex(parts[2])
        except ValueError:
            return None
        if len(acc) != MAC_LEN:
            return None
        return cls(int(parts[1]), acc), parts[3]


@dataclass
class Report:
    """What an integrity scan found. Empty lists and ``authenticator_ok`` mean: all well."""

    bad_rows: dict[str, list[str]] = field(default_factory=dict)  # table -> row ids
    authenticator_ok: bool = True
    rolled_back: bool = False  # counter behind the device's (whole-file rollback)
    repaired_indexes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            not any(self.bad_rows.values())
            and self.authenticator_ok
            and not self.rolled_back
            and not self.repaired_indexes
        )

    def bad_ids(self) -> set[str]:
        return {rid for ids in self.bad_rows.values() for rid in ids}

    def summary(self) -> dict[str, int]:
        """Counts only (safe to log and to show)."""
        out = {f"bad_{t}": len(ids) for t, ids in self.bad_rows.items() if ids}
        if not self.authenticator_ok:
            out["rows_missing_or_rolled_back"] = 1
        if self.rolled_back:
            out["file_rolled_back"] = 1
        if self.repaired_indexes:
            out["indexes_repaired"] = len(self.repaired_indexes)
        return out


def scan(
    rows_by_table: Iterable[tuple[str, Iterable[tuple[Any, ...]]]], key: crypto.MacKey
) -> tuple[dict[str, list[str]], bytes]:
    """Recompute every row's MAC. Returns (bad row ids per table, XOR of the valid MACs as
    stored). Rows are ``(*COLUMNS[table], payload, mac)``."""
    bad: dict[str, list[str]] = {}
    acc = ZERO
    for table, rows in rows_by_table:
        id_pos = COLUMNS[table].index(ROW_ID[table])
        n = len(COLUMNS[table])
        for row in rows:
            stored = bytes(row[n + 1]) if row[n + 1] is not None else b""
            expect = row_mac(key, table, row[:n], bytes(row[n]))
            if len(stored) == MAC_LEN:
                acc = xor(acc, stored)
            if stored != expect:
                bad.setdefault(table, []).append(str(row[id_pos]))
    return bad, acc
