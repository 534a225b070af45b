"""#42–#45: rows rolled back, deleted, re-typed; outbox state edited; blind indexes swapped."""

from __future__ import annotations

from pathlib import Path

from app.domain.models import Client
from app.domain.outbox import OpState, OutboxOp
from app.store.vault import Vault

from .conftest import BSN_A, BSN_B, FAST_KDF, PASS, raw, reopen


def _names(v: Vault) -> set[str]:
    return {c.voornamen for c in v.clients.list_all()}


def test_clean_vault_reports_no_problem(vault_path: Path, populated: dict[str, str]) -> None:
    v = reopen(vault_path)
    assert v.integrity_report.ok and not v.integrity_failures
    assert _names(v) == {"Amal", "Bereket", "Ciwan"}
    v.close()


def test_row_rolled_back_with_its_version_is_detected(
    vault_path: Path, populated: dict[str, str]
) -> None:
    """#42: the attacker keeps a copy of A's row (version, updated_at, MAC and all) and puts
    it back after A was changed: every column is self-consistent, the authenticator is not."""
    db = raw(vault_path)
    old = db.execute("SELECT * FROM records WHERE record_uuid=?", (populated["a"],)).fetchone()
    db.close()
    v = reopen(vault_path)
    a = v.clients.get(populated["a"])
    a.geslachtsnaam = "Haddad-Nieuw"
    v.clients.save(a)
    v.close()
    db = raw(vault_path)
    marks = ",".join("?" * len(old))
    db.execute(f"INSERT OR REPLACE INTO records VALUES ({marks})", old)  # noqa: S608
    db.close()

    v = reopen(vault_path)
    report = v.integrity_report
    assert not report.ok and not report.authenticator_ok
    assert report.summary() == {"rows_missing_or_rolled_back": 1}
    # the rest stays usable: every client and visit still opens
    assert _names(v) == {"Amal", "Bereket", "Ciwan"}
    assert v.visits.for_client(populated["b"])[0].notes == "tweede bezoek"
    v.close()
    # it stays reported at every unlock until someone accepts it (audited)
    v = reopen(vault_path)
    assert not v.integrity_report.authenticator_ok
    v.accept_integrity_state()
    assert v.integrity_report.ok
    assert "integrity_accepted" in [e.action for e in v.audit.all()]
    v.close()
    assert reopen(vault_path).integrity_report.ok


def test_deleted_client_row_is_detected(vault_path: Path, populated: dict[str, str]) -> None:
    """#43a: one client row deleted with sqlite3."""
    db = raw(vault_path)
    db.execute("DELETE FROM records WHERE record_uuid=?", (populated["c"],))
    db.close()
    v = reopen(vault_path)
    assert not v.integrity_report.authenticator_ok
    assert _names(v) == {"Amal", "Bereket"}  # nothing else lost
    assert v.visits.for_client(populated["a"])[0].notes == "eerste bezoek"
    v.close()


def test_visit_retyped_as_client_shows_no_phantom(
    vault_path: Path, populated: dict[str, str]
) -> None:
    """#43b: ``type`` is under the row MAC: a visit re-typed as a client never shows up as a
    client, and is flagged."""
    db = raw(vault_path)
    db.execute("UPDATE records SET type='client' WHERE record_uuid=?", (populated["visit_a"],))
    db.close()
    v = reopen(vault_path)
    assert populated["visit_a"] in v.integrity_report.bad_rows["records"]
    assert populated["visit_a"] in v.integrity_failures
    assert _names(v) == {"Amal", "Bereket", "Ciwan"}
    assert [c.uuid for c in v.clients.list_all() if c.uuid == populated["visit_a"]] == []
    assert v.visits.for_client(populated["b"])[0].notes == "tweede bezoek"
    v.close()


def _vault_with_op(vault_path: Path) -> tuple[str, str]:
    v = Vault.create(vault_path, PASS, kdf=FAST_KDF)
    c = v.clients.save(
        Client(voornamen="Dawit", bsn=BSN_A),
        outbox=[OutboxOp(kind="create_zaak", payload={"omschrijving": "inburgering"})],
        action="create",
    )
    v.outbox.enqueue([OutboxOp(kind="create_rol", client_uuid=c.uuid, payload={"rol": 1})])
    op_ids = [op.op_id for op in v.outbox.all()]
    v.close()
    return op_ids[0], op_ids[1]


def test_outbox_row_set_to_done_is_flagged_not_lost(vault_path: Path) -> None:
    """#44: the server would never receive the data and nobody would know. Now the edited op
    fails its MAC: it is neither sent with forged state nor silently dropped; it is counted
    as "needs attention" and listed as damaged."""
    first, second = _vault_with_op(vault_path)
    db = raw(vault_path)
    db.execute("UPDATE outbox SET sync_state='done' WHERE record_uuid=?", (first,))
    db.close()
    v = reopen(vault_path)
    assert first in v.integrity_report.bad_rows["outbox"]
    assert [op.op_id for op in v.outbox.due("9999")] == [second]
    counts = v.outbox.counts()
    assert counts.get(OpState.DONE.value, 0) == 0
    assert counts[OpState.QUARANTINED.value] == 1 and counts[OpState.PENDING.value] == 1
    assert v.outbox.damaged() == [first]
    v.close()


def test_outbox_attempts_and_server_url_edits_are_flagged(vault_path: Path) -> None:
    first, second = _vault_with_op(vault_path)
    db = raw(vault_path)
    db.execute("UPDATE outbox SET attempts=99 WHERE record_uuid=?", (first,))
    db.execute(
        "UPDATE outbox SET server_url='https://evil.example/zaken/1' WHERE record_uuid=?",
        (second,),
    )
    db.close()
    v = reopen(vault_path)
    assert set(v.integrity_report.bad_rows["outbox"]) == {first, second}
    assert v.outbox.due("9999") == []
    assert sorted(v.outbox.damaged()) == sorted([first, second])
    assert len(v.clients.list_all()) == 1  # the client itself is fine
    v.close()


def test_swapped_blind_indexes_never_return_the_wrong_client(
    vault_path: Path, populated: dict[str, str]
) -> None:
    """#45: swap A's and B's BSN index values. Search by BSN returns the right client (or
    none), never the other one; a pull that saves A again does not die on DuplicateClient."""
    db = raw(vault_path)
    ia = db.execute(
        "SELECT bsn_bidx FROM records WHERE record_uuid=?", (populated["a"],)
    ).fetchone()[0]
    ib = db.execute(
        "SELECT bsn_bidx FROM records WHERE record_uuid=?", (populated["b"],)
    ).fetchone()[0]
    db.execute("UPDATE records SET bsn_bidx=NULL WHERE record_uuid=?", (populated["a"],))
    db.execute("UPDATE records SET bsn_bidx=? WHERE record_uuid=?", (ia, populated["b"]))
    db.execute("UPDATE records SET bsn_bidx=? WHERE record_uuid=?", (ib, populated["a"]))
    db.close()
    v = reopen(vault_path)
    # detected, and repaired from each row's own authenticated BSN (the index is derived)
    assert v.integrity_report.repaired_indexes == sorted([populated["a"], populated["b"]])
    assert not v.integrity_report.bad_rows.get("records")
    for bsn, uuid in ((BSN_A, populated["a"]), (BSN_B, populated["b"])):
        found = v.clients.find_by_bsn(bsn)
        assert found is None or found.uuid == uuid
    # the next pull writes A (from the server) again: no DuplicateClient, A is whole again
    fresh = Client(uuid=populated["a"], voornamen="Amal", geslachtsnaam="Haddad", bsn=BSN_A)
    v.clients.save_many([fresh])
    assert v.clients.find_by_bsn(BSN_A).uuid == populated["a"]
    assert v.clients.get(populated["c"]).voornamen == "Ciwan"
    assert v.clients.find_by_bsn(BSN_B).uuid == populated["b"]
    v.close()
    assert reopen(vault_path).integrity_report.ok


def test_forged_index_on_a_damaged_row_never_blocks_the_real_owner(
    vault_path: Path, populated: dict[str, str]
) -> None:
    """#45 (worse): B's row is damaged *and* holds A's index. B stays flagged; A is found,
    and saving A (a pull) does not crash on DuplicateClient."""
    db = raw(vault_path)
    ia = db.execute(
        "SELECT bsn_bidx FROM records WHERE record_uuid=?", (populated["a"],)
    ).fetchone()[0]
    db.execute("UPDATE records SET bsn_bidx=NULL WHERE record_uuid=?", (populated["a"],))
    db.execute(
        "UPDATE records SET bsn_bidx=?, sync_state='synced' WHERE record_uuid=?",
        (ia, populated["b"]),
    )
    db.close()
    v = reopen(vault_path)
    assert populated["b"] in v.integrity_report.bad_rows["records"]
    assert populated["b"] not in {c.uuid for c in v.clients.list_all()}
    assert v.clients.find_by_bsn(BSN_A).uuid == populated["a"]
    a = v.clients.get(populated["a"])
    v.clients.save_many([a])
    assert v.clients.find_by_bsn(BSN_A).uuid == populated["a"]
    v.close()
