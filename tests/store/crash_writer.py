"""A writer process for the crash harness. It saves through the real store and prints one
``ACK <n>`` line after each save has committed; the test kills it with SIGKILL at random
moments. Modes: ``saves`` (new visits + outbox op, and an intake draft overwrite),
``passphrase`` (alternating passphrase changes), ``migrate`` (open a v1 file: migration)."""

from __future__ import annotations

import sys
from pathlib import Path

from app.domain.models import IntakeDraft, Visit
from app.domain.outbox import OutboxOp
from app.store.crypto import KdfParams
from app.store.vault import Vault

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def main() -> None:
    mode, path, passphrase = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    start = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    vault = Vault.open(path)
    if mode == "migrate":
        print("ACK 0", flush=True)
        return
    vault.unlock(passphrase)
    if mode == "passphrase":
        a, b = passphrase, passphrase + "-next"
        n = 0
        while True:
            vault.change_passphrase(a, b, kdf=FAST)
            print(f"ACK {n} {b}", flush=True)
            a, b = b, a
            n += 1
    client = vault.clients.list_all()[0]
    draft = (vault.drafts.for_client(client.uuid) or [IntakeDraft(client_uuid=client.uuid)])[0]
    n = start
    while True:
        visit = Visit(client_uuid=client.uuid, notes=f"save {n}", duration_minutes=n)
        vault.visits.save(
            visit,
            outbox=[
                OutboxOp(
                    kind="create_eio",
                    client_uuid=client.uuid,
                    record_uuid=visit.uuid,
                    payload={"n": n},
                )
            ],
        )
        draft.answers = {"teller": {"value": n}, "tekst": {"value": "x" * (n % 700)}}
        vault.drafts.save(draft)
        print(f"ACK {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
