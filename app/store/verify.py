"""The integrity scan at unlock, and the one-time baseline after an upgrade (see
integrity.py for what is authenticated and why)."""

from __future__ import annotations

import hmac
import logging
from typing import Any

from app.domain.errors import IntegrityError
from app.domain.outbox import OutboxOp
from app.store import integrity
from app.store.journal import Store
from app.store.records import AUTH_META_KEY

log = logging.getLogger(__name__)

TABLES = ("records", "outbox", "audit", "client_key")
PENDING_KEY = "integrity_pending"


def _meta(store: Store, key: str) -> str | None:
    row = store._conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return None if row is None else str(row[0])


def baseline_pending(store: Store) -> bool:
    """First unlock after the upgrade to schema v3: compute every row's MAC, the outbox's
    coalesce index and the authenticator from the rows as they are (trust on first use: the
    upgrade cannot tell what happened to the file before it). Returns True when it ran."""
    if _meta(store, PENDING_KEY) != "1":
        return False
    auth = store.keys.auth_mac
    with store.transaction() as conn:
        for table in TABLES:
            cols = integrity.COLUMNS[table]
            id_col = integrity.ROW_ID[table]
            rows = conn.execute(integrity.select_sql(table)).fetchall()
            for row in rows:
                values: list[Any] = list(row[: len(cols)])
                payload = bytes(row[len(cols)])
                if table == "outbox":
                    values[cols.index("ckey")] = _ckey_of(store, values, payload)
                mac = integrity.row_mac(auth, table, values, payload)
                extra = ", ckey=?" if table == "outbox" else ""
                params: list[Any] = [mac]
                if table == "outbox":
                    params.append(values[cols.index("ckey")])
                conn.execute(
                    f"UPDATE {table} SET mac=?{extra} WHERE {id_col}=?",  # noqa: S608
                    (*params, values[cols.index(id_col)]),
                )
                store.track(b"", mac)
        conn.execute("DELETE FROM meta WHERE key=?", (PENDING_KEY,))
    log.info("integrity baseline written", extra={"event": "integrity_baseline"})
    return True


def _ckey_of(store: Store, values: list[Any], payload: bytes) -> str:
    cols = integrity.COLUMNS["outbox"]
    try:
        data = store.open_sealed(
            "outbox",
            str(values[cols.index("record_uuid")]),
            int(values[cols.index("version")]),
            int(values[cols.index("schema_version")]),
            int(values[cols.index("key_id")]),
            payload,
        )
    except IntegrityError:
        return ""
    return store.coalesce_index(OutboxOp.from_dict(data).coalesce_key)


def scan(store: Store) -> integrity.Report:
    """Recompute every row's MAC and the vault authenticator. Loads the authenticator into
    the store (so that later writes continue from it) whether or not it checks out."""
    report = integrity.Report()
    conn = store._conn
    rows = [(t, conn.execute(integrity.select_sql(t)).fetchall()) for t in TABLES]
    bad, acc = integrity.scan(rows, store.keys.auth_mac)
    report.bad_rows = bad
    for table, ids in bad.items():
        store.integrity_failures.update(ids if table != "client_key" else [f"key:{i}" for i in ids])
    loaded = integrity.Authenticator.load(_meta(store, AUTH_META_KEY))
    if loaded is None:
        report.authenticator_ok = False
        store.set_authenticator(integrity.Authenticator())
        return report
    state, tag = loaded
    tag_ok = hmac.compare_digest(state.tag(store.keys.auth_mac, store.vault_id), tag)
    report.authenticator_ok = tag_ok and state.acc == acc
    # Later writes continue from the stored state, so a mismatch stays visible at every
    # unlock until someone accepts the current state (Vault.accept_integrity_state, audited).
    store.set_authenticator(state)
    return report


def repair_indexes(store: Store, report: integrity.Report) -> None:
    """A client row whose only defect is its BSN index (swapped, forged or cleared: #45) is
    repaired from its own authenticated payload: the index is derived data, the BSN inside
    the envelope is the truth. Rows with any other defect stay flagged."""
    from app.domain.identifiers import is_valid_bsn, normalize_bsn

    bad = report.bad_rows.get("records", [])
    if not bad:
        return
    cols = integrity.COLUMNS["records"]
    fixes: dict[str, str | None] = {}
    for uuid in bad:
        row = store._conn.execute(
            integrity.select_sql("records") + " WHERE record_uuid=? AND type='client'", (uuid,)
        ).fetchone()
        if row is None:
            continue
        payload = bytes(row[len(cols)])
        try:
            data = store.open_sealed(
                "records", row[0], int(row[2]), int(row[3]), int(row[4]), payload
            )
        except IntegrityError:
            continue
        bsn = normalize_bsn(str(data.get("bsn") or "")) if isinstance(data, dict) else ""
        right = store.bsn_index(bsn) if bsn and is_valid_bsn(bsn) else None
        values = list(row[: len(cols)])
        values[cols.index("bsn_bidx")] = right
        stored = row[len(cols) + 1]
        if stored is not None and integrity.row_mac(
            store.keys.auth_mac, "records", values, payload
        ) == bytes(stored):
            fixes[uuid] = right
    if not fixes:
        return
    with store.transaction() as conn:
        for uuid in fixes:
            conn.execute("UPDATE records SET bsn_bidx=NULL WHERE record_uuid=?", (uuid,))
        for uuid, right in fixes.items():
            if right is not None:
                conn.execute(
                    "UPDATE records SET bsn_bidx=NULL WHERE bsn_bidx=? AND record_uuid<>?",
                    (right, uuid),
                )
                conn.execute("UPDATE records SET bsn_bidx=? WHERE record_uuid=?", (right, uuid))
    report.bad_rows["records"] = [u for u in bad if u not in fixes]
    report.repaired_indexes = sorted(fixes)
    store.integrity_failures.difference_update(fixes)
    log.error("blind indexes repaired", extra={"event": "bidx_repaired", "count": len(fixes)})


def rebaseline(store: Store) -> None:
    """Accept the rows as they are now (after the user/IT saw the report)."""
    conn = store._conn
    rows = [(t, conn.execute(integrity.select_sql(t)).fetchall()) for t in TABLES]
    _bad, acc = integrity.scan(rows, store.keys.auth_mac)
    store.set_authenticator(integrity.Authenticator(store.counter, acc))
