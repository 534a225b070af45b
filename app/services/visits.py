"""Visit log (home visits as records, ``vault.visits``). Qt-free.

A visit records date/time, place, interpreter, the conversation cards used (with notes),
the Brede Intake sections worked on, free notes and the duration. A client's timeline is
their visits, newest first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.domain.models import Visit
from app.domain.planning import S_HELD, TYPE_WORDS_NL

if TYPE_CHECKING:
    from app.domain.outbox import OutboxOp
    from app.store.vault import Vault

log = logging.getLogger(__name__)

PLACES: tuple[str, ...] = ("thuis", "azc", "kantoor")
INTERPRETER_MODES: tuple[str, ...] = ("geen", "telefonisch", "fysiek")
MAX_DURATION_MINUTES = 24 * 60
MAX_NOTES = 20_000


class VisitInvalid(ValueError):
    """A visit field is out of range. ``field`` names it for the UI."""

    def __init__(self, field: str) -> None:
        super().__init__(f"invalid visit field: {field}")
        self.field = field


def parse_start(text: str) -> datetime | None:
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def validate(visit: Visit) -> None:
    if visit.place not in PLACES:
        raise VisitInvalid("place")
    if visit.interpreter not in INTERPRETER_MODES:
        raise VisitInvalid("interpreter")
    if visit.interpreter != "geen" and not visit.interpreter_language:
        raise VisitInvalid("interpreter_language")
    if not 0 <= int(visit.duration_minutes) <= MAX_DURATION_MINUTES:
        raise VisitInvalid("duration_minutes")
    if parse_start(visit.start) is None:
        raise VisitInvalid("start")
    if len(visit.notes) > MAX_NOTES:
        raise VisitInvalid("notes")


@dataclass(frozen=True)
class TimelineEntry:
    visit: Visit
    start: datetime

    @property
    def local_start(self) -> datetime:
        return self.start.astimezone()


class VisitService:
    """Reads and writes visits for one vault. ``outbox_planner`` (optional) turns a saved
    visit into outbox ops for sync; none are planned when it is absent."""

    def __init__(
        self,
        vault: Vault,
        *,
        outbox_planner: Callable[[Visit], Iterable[OutboxOp]] | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self._vault = vault
        self._planner = outbox_planner
        self._now = now or (lambda: datetime.now(UTC))

    def for_client(self, client_uuid: str) -> list[Visit]:
        return [e.visit for e in self.timeline(client_uuid)]

    def timeline(self, client_uuid: str) -> list[TimelineEntry]:
        out = []
        for v in self._vault.visits.for_client(client_uuid):
            start = parse_start(v.start)
            if start is not None:
                out.append(TimelineEntry(v, start))
        out.sort(key=lambda e: e.start, reverse=True)
        return out

    def new_visit(self, client_uuid: str) -> Visit:
        now = self._now().astimezone(UTC).replace(second=0, microsecond=0)
        return Visit(client_uuid=client_uuid, start=now.isoformat().replace("+00:00", "Z"))

    def save(self, visit: Visit) -> Visit:
        validate(visit)
        visit.notes = visit.notes.strip()
        visit.cards_used = list(dict.fromkeys(visit.cards_used))
        visit.sections_worked_on = list(dict.fromkeys(visit.sections_worked_on))
        ops = list(self._planner(visit)) if self._planner else []
        saved = self._vault.visits.save(visit, outbox=ops)
        log.info("visit_saved record_uuid=%s", visit.uuid)
        return saved

    def current_visit(self, client_uuid: str) -> Visit:
        """Today's visit for this client (local date), or a new unsaved one."""
        today = self._now().astimezone().date()
        for e in self.timeline(client_uuid):
            if e.local_start.date() == today:
                return e.visit
        return self.new_visit(client_uuid)

    def record_card(self, client_uuid: str, card_id: str, note: str = "") -> Visit:
        """Mark a card as discussed in today's visit (and keep its note)."""
        visit = self.current_visit(client_uuid)
        if card_id not in visit.cards_used:
            visit.cards_used.append(card_id)
        note = note.strip()
        if note:
            visit.card_notes[card_id] = note
        return self.save(visit)

    def record_sections(self, client_uuid: str, section_ids: Iterable[str]) -> Visit:
        visit = self.current_visit(client_uuid)
        for s in section_ids:
            if s not in visit.sections_worked_on:
                visit.sections_worked_on.append(s)
        return self.save(visit)


def visit_text(visit: Visit) -> bytes:
    """The gespreksverslag sent to the office: the visit's facts and notes (Dutch labels)."""
    lines = [
        "Gespreksverslag huisbezoek",
        f"Soort gesprek: {TYPE_WORDS_NL.get(visit.visit_type, TYPE_WORDS_NL[''])}",
        f"Datum en tijd: {visit.start}",
        f"Duur (minuten): {visit.duration_minutes}",
        f"Plaats: {visit.place}",
        f"Tolk: {visit.interpreter}"
        + (f" ({visit.interpreter_language})" if visit.interpreter_language else ""),
        f"Besproken gesprekskaarten: {', '.join(visit.cards_used) or '-'}",
        f"Secties Brede intake: {', '.join(visit.sections_worked_on) or '-'}",
        "",
        "Notities:",
        visit.notes or "-",
    ]
    for card_id, note in sorted(visit.card_notes.items()):
        lines.append(f"Notitie bij kaart {card_id}: {note}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def make_visit_planner(planner: Any, vault: Vault) -> Callable[[Visit], list[OutboxOp]]:
    """Sync hook for :class:`VisitService`: one Gespreksverslag document (text/plain) per visit,
    a new version of it when the visit changes (coalesced while pending)."""
    from app.services.traject import zaak_dependency
    from app.sync.mapping import DocumentSpec

    def plan(visit: Visit) -> list[OutboxOp]:
        if visit.status != S_HELD:
            return []  # a planned or cancelled visit has no gespreksverslag yet
        client = vault.clients.get(visit.client_uuid)
        doc = DocumentSpec(
            record_uuid=visit.uuid,
            variant="txt",
            doc_kind="gespreksverslag",
            content=visit_text(visit),
            formaat="text/plain",
            bestandsnaam=f"gespreksverslag-{visit.start[:10]}.txt",
            titel=f"Gespreksverslag huisbezoek {visit.start[:10]}",
        )
        existing = vault.remote_refs.get("document", doc.local_key, "eio")
        first, depends_on = zaak_dependency(vault, planner, client)
        ops = planner.document(client, doc, existing_ref=existing, depends_on=depends_on)
        for op in ops:
            if op.kind in {"create_eio", "new_eio_version"}:
                op.coalesce_key = f"visit-txt:{visit.uuid}"
        out: list[OutboxOp] = first + list(ops)
        return out

    return plan
