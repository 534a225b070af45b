"""Helpers shared by the sync tests and the bench: a vault, a config, an engine, sample data."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.domain.identifiers import sample_bsns
from app.domain.models import Client
from app.domain.outbox import OpState
from app.store.crypto import KdfParams
from app.store.vault import Vault
from app.sync.config import SECRET_NAME, SyncConfig
from app.sync.engine import SyncEngine
from app.sync.mapping import DocumentSpec, Planner
from app.sync.zgw_client import ZgwClient
from tests.zgw_server.server import DEFAULT_CLIENT_ID, DEFAULT_SECRET, RSIN, ZgwTestServer

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASS = "correct horse battery staple"
EMPLOYEE = "km-0042"
USER_NAME = "K. Manager"


def make_vault(directory: Path, secret: str = DEFAULT_SECRET) -> Vault:
    v = Vault.create(
        directory / "vault.sqlite3", PASS, user_name=USER_NAME, employee_id=EMPLOYEE, kdf=FAST_KDF
    )
    v.secrets.set(SECRET_NAME, secret)
    return v


def make_config(
    server: ZgwTestServer | None = None,
    *,
    base: str = "",
    user_id: str = EMPLOYEE,
    zaaktype_url: str = "",
    **kw: Any,
) -> SyncConfig:
    root = base or (server.base_url if server else "http://127.0.0.1:9")
    return SyncConfig(
        zaken_root=f"{root}/zaken/api/v1/",
        documenten_root=f"{root}/documenten/api/v1/",
        catalogi_root=f"{root}/catalogi/api/v1/",
        besluiten_root=f"{root}/besluiten/api/v1/",
        client_id=kw.pop("client_id", DEFAULT_CLIENT_ID),
        bronorganisatie=kw.pop("bronorganisatie", RSIN),
        zaaktype_url=zaaktype_url
        or (server.zaaktype_url if server else f"{root}/catalogi/api/v1/zaaktypen/x"),
        user_id=user_id,
        user_representation=USER_NAME,
        **kw,
    ).validate()


def make_client(
    vault: Vault, config: SyncConfig, secret: str | None = None, **kw: Any
) -> ZgwClient:
    return ZgwClient(
        config, secret if secret is not None else (vault.secrets.get(SECRET_NAME) or ""), **kw
    )


class FakeClock:
    """Engine clock that tests can move forward (backoff without sleeping)."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float = 7200) -> None:
        self.now += timedelta(seconds=seconds)


def make_engine(
    vault: Vault,
    server: ZgwTestServer,
    *,
    config: SyncConfig | None = None,
    clock: FakeClock | None = None,
    **kw: Any,
) -> SyncEngine:
    cfg = config or make_config(server, connect_timeout=2, read_timeout=2, total_timeout=5)
    return SyncEngine(vault, make_client(vault, cfg), clock=clock or FakeClock(), **kw)


def sample_clients(n: int) -> list[Client]:
    out = []
    for i, bsn in enumerate(sample_bsns(n)):
        out.append(
            Client(
                bsn=bsn,
                voornamen="Test",
                geslachtsnaam=f"Persoon{i:04d}",
                geboortedatum="1990-04-12",
            )
        )
    return out


def plan_full_client(
    vault: Vault, planner: Planner, client: Client, *, with_docs: bool = True
) -> int:
    """Save a new client with its zaak/rollen/status ops and (optionally) three documents
    (Brede Intake JSON + PDF, a visit note). Returns the number of ops enqueued."""
    ops = planner.new_traject(client)
    vault.clients.save(client, outbox=ops, action="create")
    n = len(ops)
    if with_docs:
        zaak_dep = [ops[0].op_id]
        docs = [
            DocumentSpec(
                record_uuid=f"intake-{client.uuid}",
                variant="json",
                doc_kind="brede_intake",
                content=json.dumps({"answers": {"taal": "nl"}}).encode(),
                formaat="application/json",
                bestandsnaam="brede-intake.json",
                titel="Brede intake (gegevens)",
            ),
            DocumentSpec(
                record_uuid=f"intake-{client.uuid}",
                variant="pdf",
                doc_kind="brede_intake",
                content=b"%PDF-1.4\n% test\n",
                formaat="application/pdf",
                bestandsnaam="brede-intake.pdf",
                titel="Brede intake",
            ),
            DocumentSpec(
                record_uuid=f"visit-{client.uuid}",
                variant="txt",
                doc_kind="gespreksverslag",
                content=b"Huisbezoek: kennismaking.",
                formaat="text/plain",
                bestandsnaam="gespreksverslag.txt",
                titel="Gespreksverslag huisbezoek",
            ),
        ]
        for doc in docs:
            dops = planner.document(client, doc, depends_on=zaak_dep)
            vault.outbox.enqueue(dops)
            n += len(dops)
    return n


def open_counts(vault: Vault) -> dict[str, int]:
    counts = vault.outbox.counts()
    return {k: v for k, v in counts.items() if k != OpState.DONE.value and v}


def drain(engine: SyncEngine, clock: FakeClock, rounds: int = 50) -> None:
    """Push until nothing is due any more (moving the clock past every backoff)."""
    for _ in range(rounds):
        result = engine.push()
        due = engine.vault.outbox.all({OpState.PENDING.value, OpState.FAILED_RETRYABLE.value})
        if not due and result.stopped is None:
            return
        clock.advance(7200)
