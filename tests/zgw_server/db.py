"""SQLite persistence for the ZGW test server.

One table for every object (catalogue types, zaken, rollen, statussen, ZIOs, EIOs, besluiten)
plus one for EIO versions. Every mutating request runs in one transaction, so "the server
committed" has a precise meaning for the fault-injection tests.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS objects (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    uuid TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL UNIQUE,
    ident TEXT NOT NULL DEFAULT '',
    org TEXT NOT NULL DEFAULT '',
    zaak TEXT NOT NULL DEFAULT '',
    ref TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_objects_kind_ident ON objects(kind, org, ident);
CREATE INDEX IF NOT EXISTS ix_objects_kind_zaak ON objects(kind, zaak);
CREATE TABLE IF NOT EXISTS eio_versions (
    uuid TEXT NOT NULL,
    versie INTEGER NOT NULL,
    data TEXT NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (uuid, versie)
);
"""


class ServerDB:
    def __init__(self, path: str = ":memory:") -> None:
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.execute(
            "PRAGMA journal_mode=WAL" if path != ":memory:" else "PRAGMA journal_mode=MEMORY"
        )
        self._conn.executescript(SCHEMA)
        self.lock = threading.RLock()
        self._in_tx = False

    def close(self) -> None:
        with self.lock:
            self._conn.close()

    @contextmanager
    def tx(self) -> Iterator[None]:
        """One atomic transaction (re-entrant: nested calls join the outer one)."""
        with self.lock:
            if self._in_tx:
                yield
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._in_tx = True
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")
            finally:
                self._in_tx = False

    # -- objects ----------------------------------------------------------------------------
    def insert(
        self,
        kind: str,
        uuid: str,
        url: str,
        data: dict[str, Any],
        *,
        ident: str = "",
        org: str = "",
        zaak: str = "",
        ref: str = "",
    ) -> None:
        with self.lock:
            self._conn.execute(
                "INSERT INTO objects(kind, uuid, url, ident, org, zaak, ref, data) "
                "VALUES (?,?,?,?,?,?,?,?)",
                (kind, uuid, url, ident, org, zaak, ref, json.dumps(data)),
            )

    def update(self, url: str, data: dict[str, Any]) -> None:
        with self.lock:
            self._conn.execute("UPDATE objects SET data=? WHERE url=?", (json.dumps(data), url))

    def get(self, kind: str, uuid: str) -> dict[str, Any] | None:
        with self.lock:
            row = self._conn.execute(
                "SELECT data FROM objects WHERE kind=? AND uuid=?", (kind, uuid)
            ).fetchone()
        return json.loads(row[0]) if row else None

    def by_url(self, url: str) -> tuple[str, dict[str, Any]] | None:
        with self.lock:
            row = self._conn.execute(
                "SELECT kind, data FROM objects WHERE url=?", (url,)
            ).fetchone()
        return (row[0], json.loads(row[1])) if row else None

    def find(
        self,
        kind: str,
        *,
        ident: str | None = None,
        org: str | None = None,
        zaak: str | None = None,
        ref: str | None = None,
    ) -> list[dict[str, Any]]:
        sql = "SELECT data FROM objects WHERE kind=?"
        args: list[Any] = [kind]
        for col, val in (("ident", ident), ("org", org), ("zaak", zaak), ("ref", ref)):
            if val is not None:
                sql += f" AND {col}=?"
                args.append(val)
        sql += " ORDER BY seq"
        with self.lock:
            rows = self._conn.execute(sql, args).fetchall()
        return [json.loads(r[0]) for r in rows]

    def zaken_with_rol(self, path: str, value: str, betrokkene_type: str) -> set[str]:
        """URLs of zaken with a rol whose ``betrokkeneIdentificatie.<path>`` is ``value``
        (one query instead of reading every rol)."""
        with self.lock:
            rows = self._conn.execute(
                "SELECT zaak FROM objects WHERE kind='rol'"
                " AND json_extract(data, '$.betrokkeneType')=?"
                " AND json_extract(data, ?)=?",
                (betrokkene_type, f"$.betrokkeneIdentificatie.{path}", value),
            ).fetchall()
        return {str(r[0]) for r in rows}

    def urls_by_zaak(self, kind: str, zaken: list[str]) -> dict[str, list[str]]:
        """zaak url → the URLs of its objects of ``kind`` (in creation order)."""
        out: dict[str, list[str]] = {z: [] for z in zaken}
        with self.lock:
            for i in range(0, len(zaken), 500):
                chunk = zaken[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for zaak, url in self._conn.execute(
                    f"SELECT zaak, url FROM objects WHERE kind=? AND zaak IN ({marks})"  # noqa: S608
                    " ORDER BY seq",
                    (kind, *chunk),
                ):
                    out.setdefault(str(zaak), []).append(str(url))
        return out

    def find_in_zaken(self, kind: str, zaken: list[str]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        with self.lock:
            for i in range(0, len(zaken), 500):
                chunk = zaken[i : i + 500]
                marks = ",".join("?" * len(chunk))
                out.extend(
                    json.loads(r[0])
                    for r in self._conn.execute(
                        f"SELECT data FROM objects WHERE kind=? AND zaak IN ({marks})"  # noqa: S608
                        " ORDER BY seq",
                        (kind, *chunk),
                    )
                )
        return out

    def count(self, kind: str) -> int:
        with self.lock:
            return int(
                self._conn.execute("SELECT COUNT(*) FROM objects WHERE kind=?", (kind,)).fetchone()[
                    0
                ]
            )

    # -- document versions ------------------------------------------------------------------
    def add_version(self, uuid: str, versie: int, data: dict[str, Any], content: bytes) -> None:
        with self.lock:
            self._conn.execute(
                "INSERT INTO eio_versions(uuid, versie, data, content) VALUES (?,?,?,?)",
                (uuid, versie, json.dumps(data), content),
            )

    def get_version(self, uuid: str, versie: int | None) -> tuple[dict[str, Any], bytes] | None:
        with self.lock:
            if versie is None:
                row = self._conn.execute(
                    "SELECT data, content FROM eio_versions WHERE uuid=? "
                    "ORDER BY versie DESC LIMIT 1",
                    (uuid,),
                ).fetchone()
            else:
                row = self._conn.execute(
                    "SELECT data, content FROM eio_versions WHERE uuid=? AND versie=?",
                    (uuid, versie),
                ).fetchone()
        return (json.loads(row[0]), bytes(row[1])) if row else None
