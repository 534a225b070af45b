"""Brede Intake drafts: open, answer with provenance, save durably, migrate, review. Qt-free.

``IntakeDraft.answers`` maps a field path (``"werkervaring"``, ``"huishouden[0].relatie"``)
to an ``app.domain.models.Answer`` dict: value, by (client / klantmanager / tolk), lang, at,
reviewed. A corrected answer keeps the client's original under ``"original"``.

Sync hook: every save passes the ops from ``outbox_planner(draft)`` to
``vault.drafts.save(draft, outbox=…)`` in the same transaction. The composition root builds
the planner with :func:`make_sync_planner` (``app.sync.mapping.Planner``): the Brede Intake
JSON document, coalesced per draft (``intake-json:<draft uuid>``). Without a planner (no
server configured) nothing is queued.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.domain.forms.loader import FormRegistry
from app.domain.forms.migration import migrate_answers
from app.domain.forms.model import Field, FieldType, FormDefinition
from app.domain.forms.state import FormState, SetResult, display_value, parse_path
from app.domain.forms.validation import ValidationMessage
from app.domain.models import Actor, Answer, IntakeDraft, new_uuid, utcnow_iso
from app.domain.outbox import OutboxOp
from app.services.intake_document import (
    coalesce_key,
    intake_json,
    make_sync_planner,
    to_review,
    unreviewed_paths,
)

if TYPE_CHECKING:
    from app.services.phase import PhaseService
    from app.services.spoken import SpokenAnswers
    from app.store.vault import Vault

log = logging.getLogger(__name__)

FORM_ID = "brede-intake"
BACKUP_KIND = "intake_migration_backup"
FREE_TEXT = frozenset({FieldType.TEXT, FieldType.LONGTEXT})
NOT_SELF_FILL_NL = "Deze vraag beantwoordt de klantmanager."


@dataclass(frozen=True)
class ReviewItem:
    """One answer for the klantmanager's review after self-fill."""

    path: str
    field: Field
    section_id: str
    answer: dict[str, Any]
    dutch: str  # Dutch rendering (choice labels, dates); the raw text for free text
    free_text_other_language: bool  # typed in the client's language: discuss with interpreter

    @property
    def value(self) -> Any:
        return self.answer.get("value")

    @property
    def by(self) -> str:
        return str(self.answer.get("by", ""))

    @property
    def lang(self) -> str:
        return str(self.answer.get("lang", "nl"))

    @property
    def reviewed(self) -> bool:
        return bool(self.answer.get("reviewed"))


STATUS_FINISHED = "afgerond"


@dataclass(frozen=True)
class FinishCheck:
    """Why an intake cannot be finished yet (all empty: it can)."""

    missing_sections: list[str]
    error_paths: list[str]
    unreviewed: list[str]

    @property
    def ok(self) -> bool:
        return not (self.missing_sections or self.error_paths or self.unreviewed)


@dataclass(frozen=True)
class MigrationResult:
    draft: IntakeDraft
    dropped_paths: list[str]
    backup_uuid: str


class IntakeService:
    def __init__(
        self,
        vault: Vault,
        registry: FormRegistry,
        *,
        outbox_planner: Callable[[IntakeDraft], Iterable[OutboxOp]] | None = None,
        today: Callable[[], date] | None = None,
        now: Callable[[], str] = utcnow_iso,
        phases: PhaseService | None = None,
        prefill: bool = False,
    ) -> None:
        """Issue 10: ``phases`` makes the client's phase follow the intake (started,
        finished, reopened); ``prefill`` starts a new intake with section A filled from the
        client record. The app turns both on; tests of other areas keep an empty form."""
        self._vault = vault
        self._phases = phases
        self._prefill_new = prefill
        self.registry = registry
        self._planner = outbox_planner
        self._today = today or date.today
        self._now = now

    def spoken(self) -> SpokenAnswers:
        """Spoken answers of self-fill (encrypted recordings, never synced)."""
        from app.services.spoken import SpokenAnswers

        return SpokenAnswers(self._vault)

    # ------------------------------------------------------------------ drafts
    def drafts(self, client_uuid: str) -> list[IntakeDraft]:
        out = self._vault.drafts.for_client(client_uuid)
        return sorted(out, key=lambda d: d.updated_at, reverse=True)

    def open_draft(self, client_uuid: str) -> IntakeDraft:
        """The client's newest unfinished draft; else, when a phase service is wired, the
        newest finished one (shown as finished, with "reopen"); else a new one on the latest
        version, with section A filled from the client record when ``prefill`` is on (not
        stored until the first save)."""
        drafts = self.drafts(client_uuid)
        for d in drafts:
            if d.status == "concept" and self.registry.has(d.form_id, d.form_version):
                return d
        if self._phases is not None:
            for d in drafts:
                if d.status == STATUS_FINISHED and self.registry.has(d.form_id, d.form_version):
                    return d
        latest = self.registry.latest(FORM_ID)
        draft = IntakeDraft(client_uuid=client_uuid, form_id=FORM_ID, form_version=latest.version)
        if self._prefill_new:
            self._prefill(draft)
        return draft

    def _prefill(self, draft: IntakeDraft) -> None:
        from app.domain.errors import NotFound
        from app.services.intake_prefill import prefill_section_a

        try:
            client = self._vault.clients.get(draft.client_uuid)
        except NotFound:
            return
        defn = self.definition(draft)
        state = FormState.from_flat(defn, draft.answers, today=self._today())
        prefill_section_a(draft, defn, state, client, self._now())

    def get_draft(self, uuid: str) -> IntakeDraft:
        return self._vault.drafts.get(uuid)

    def definition(self, draft: IntakeDraft) -> FormDefinition:
        return self.registry.get(draft.form_id, draft.form_version)

    def state(self, draft: IntakeDraft) -> FormState:
        return FormState.from_flat(self.definition(draft), draft.answers, today=self._today())

    def save(self, draft: IntakeDraft) -> IntakeDraft:
        draft.updated_at = self._now()
        ops = list(self._planner(draft)) if self._planner else []
        saved = self._vault.drafts.save(draft, outbox=ops)
        log.info("intake_draft_saved record_uuid=%s count=%d", draft.uuid, len(draft.answers))
        if self._phases is not None and draft.status == "concept":
            from app.domain.models import Phase
            from app.services.intake_prefill import has_own_answers

            if has_own_answers(draft):
                self._phases.advance(draft.client_uuid, Phase.INTAKE)
        return saved

    # ------------------------------------------------------------------ finish / reopen
    def finish_blockers(self, draft: IntakeDraft) -> FinishCheck:
        """What stands between this draft and "finished": required questions without an
        answer, answers with an error, self-filled answers not reviewed yet."""
        state = self.state(draft)
        defn = state.definition
        missing: list[str] = []
        for section in defn.sections:
            if not state.is_section_relevant(section.id):
                continue
            p = state.progress(section.id)
            if p.total and p.answered < p.total:
                missing.append(section.id)
        errors = sorted(state.errors())
        unreviewed = [it.path for it in self.review_items(draft) if not it.reviewed]
        return FinishCheck(missing_sections=missing, error_paths=errors, unreviewed=unreviewed)

    def finish(self, draft: IntakeDraft) -> FinishCheck:
        """Mark the intake finished when nothing blocks it (then the client's phase becomes
        "intake finished" and its Status is queued). Returns the check either way."""
        check = self.finish_blockers(draft)
        if not check.ok:
            return check
        draft.status = STATUS_FINISHED
        self.save(draft)
        if self._phases is not None:
            from app.domain.models import Phase

            self._phases.advance(draft.client_uuid, Phase.INTAKE_AFGEROND)
        log.info("intake_finished record_uuid=%s", draft.uuid)
        return check

    def reopen(self, draft: IntakeDraft) -> None:
        """A finished intake becomes editable again (the phase goes back to "intake" if
        nothing later happened)."""
        if draft.status != STATUS_FINISHED:
            return
        draft.status = "concept"
        self.save(draft)
        if self._phases is not None:
            self._phases.reopen_intake(draft.client_uuid)
        log.info("intake_reopened record_uuid=%s", draft.uuid)

    # ------------------------------------------------------------------ answers
    def set_answer(
        self,
        draft: IntakeDraft,
        state: FormState,
        path: str,
        raw: Any,
        *,
        by: str = Actor.KLANTMANAGER.value,
        lang: str = "nl",
    ) -> SetResult:
        if by == Actor.CLIENT_SELF_FILL.value and not _client_may_answer(state, path):
            # sealed per field: a klantmanager-only question is never answerable in self-fill
            return SetResult(
                path,
                None,
                [ValidationMessage("validation.not_self_fill", NOT_SELF_FILL_NL)],
                stored=False,
            )
        result = state.set_answer(path, raw)
        self.sync_answers(draft, state, changed={path}, by=by, lang=lang)
        return result

    def clear_answer(
        self,
        draft: IntakeDraft,
        state: FormState,
        path: str,
        *,
        by: str = Actor.KLANTMANAGER.value,
        lang: str = "nl",
    ) -> None:
        state.clear_answer(path)
        self.sync_answers(draft, state, changed={path}, by=by, lang=lang)

    def add_row(self, draft: IntakeDraft, state: FormState, group: str) -> int:
        return state.add_row(group)

    def remove_row(self, draft: IntakeDraft, state: FormState, group: str, index: int) -> None:
        """Remove a row and shift the provenance of later rows with their values."""
        state.remove_row(group, index)
        shifted: dict[str, Any] = {}
        for key, ans in draft.answers.items():
            try:
                p = parse_path(key)
            except KeyError:
                continue
            new_key = key
            if p.group == group and p.row is not None:
                if p.row == index:
                    continue
                if p.row > index:
                    new_key = f"{group}[{p.row - 1}].{p.field_id}"
            shifted[new_key] = ans
        draft.answers = shifted
        self.sync_answers(draft, state, changed=set(), by=Actor.KLANTMANAGER.value, lang="nl")

    def sync_answers(
        self, draft: IntakeDraft, state: FormState, *, changed: set[str], by: str, lang: str
    ) -> None:
        """Bring ``draft.answers`` in line with the state: unchanged values keep their
        provenance, changed ones get ``by``/``lang``/now."""
        flat = state.flat_answers()
        out: dict[str, Any] = {}
        for path, value in flat.items():
            old = draft.answers.get(path)
            if path not in changed and isinstance(old, dict) and old.get("value") == value:
                out[path] = old
                continue
            if isinstance(old, dict) and old.get("value") == value and path in changed:
                out[path] = old  # same value typed again: keep who gave it first
                continue
            new = Answer(value=copy.deepcopy(value), by=by, lang=lang, at=self._now()).to_dict()
            if by != Actor.CLIENT_SELF_FILL.value and to_review(old):
                # the klantmanager changed a client's answer still to review: a correction
                assert isinstance(old, dict)
                new["original"] = {k: old.get(k) for k in ("value", "by", "lang", "at")}
                new["reviewed"] = True
            out[path] = new
        draft.answers = out

    # ------------------------------------------------------------------ versions
    def migration_target(self, draft: IntakeDraft) -> int | None:
        """The newer version this draft can be migrated to, or None."""
        latest = self.registry.latest(draft.form_id)
        if latest.version > draft.form_version and self.registry.has(
            draft.form_id, draft.form_version
        ):
            return latest.version
        return None

    def migrate(self, draft: IntakeDraft) -> MigrationResult:
        """Migrate to the latest version (forms/README.md rules). The old draft is kept as
        an encrypted backup document so nothing is lost; dropped paths are reported."""
        target = self.migration_target(draft)
        if target is None:
            raise ValueError("no migration available")
        from_def = self.definition(draft)
        to_def = self.registry.get(draft.form_id, target)
        backup_uuid = self._vault.documents.save(
            BACKUP_KIND, draft.client_uuid, {"draft": draft.to_dict()}, uuid=new_uuid()
        )
        migrated, dropped = migrate_answers(draft.answers, from_def, to_def, today=self._today())
        draft.answers = migrated
        draft.form_version = target
        state = FormState.from_flat(to_def, draft.answers, today=self._today())
        if draft.current_section and not _has_section(to_def, draft.current_section):
            draft.current_section = to_def.sections[0].id
            draft.current_field = ""
        self.sync_answers(draft, state, changed=set(), by=Actor.KLANTMANAGER.value, lang="nl")
        self.save(draft)
        log.info("intake_draft_migrated record_uuid=%s count=%d", draft.uuid, len(dropped))
        return MigrationResult(draft, dropped, backup_uuid)

    # ------------------------------------------------------------------ review
    def review_items(
        self,
        draft: IntakeDraft,
        sections: Iterable[str] | None = None,
        *,
        only_by: str | None = Actor.CLIENT_SELF_FILL.value,
    ) -> list[ReviewItem]:
        defn = self.definition(draft)
        wanted = set(sections) if sections is not None else None
        order = {f.id: i for i, f in enumerate(defn.iter_fields())}
        items: list[ReviewItem] = []
        for path, ans in draft.answers.items():
            if not isinstance(ans, dict):
                continue
            try:
                p = parse_path(path)
            except KeyError:
                continue
            if not defn.has_field(p.field_id):
                continue
            f = defn.field(p.field_id)
            if wanted is not None and f.section_id not in wanted:
                continue
            original = ans.get("original") if isinstance(ans.get("original"), dict) else None
            giver = (original or ans).get("by")
            if only_by is not None and giver != only_by:
                continue
            lang = str(ans.get("lang", "nl"))
            items.append(
                ReviewItem(
                    path=path,
                    field=f,
                    section_id=f.section_id,
                    answer=ans,
                    dutch=display_value(defn, f.id, ans.get("value")),
                    free_text_other_language=f.type in FREE_TEXT and lang != "nl",
                )
            )
        items.sort(key=lambda it: (order.get(it.field.parent or it.field.id, 0), it.path))
        return items

    def accept(self, draft: IntakeDraft, path: str) -> None:
        ans = draft.answers.get(path)
        if isinstance(ans, dict):
            ans["reviewed"] = True

    def correct(self, draft: IntakeDraft, state: FormState, path: str, raw: Any) -> SetResult:
        """The klantmanager corrects a self-filled answer; the original stays with it."""
        old = draft.answers.get(path)
        result = self.set_answer(draft, state, path, raw)
        if not result.stored:
            return result
        new = draft.answers.get(path)
        if isinstance(new, dict):
            if isinstance(old, dict):
                new["original"] = old.get("original") or {
                    k: old.get(k) for k in ("value", "by", "lang", "at")
                }
            new["reviewed"] = True
        return result


def _client_may_answer(state: FormState, path: str) -> bool:
    try:
        p = parse_path(path)
        f = state.definition.field(p.field_id)
        section = state.definition.section(f.section_id)
    except KeyError:
        return False
    if not (section.self_fill and f.self_fill):
        return False
    if f.parent is not None:
        return state.definition.field(f.parent).self_fill
    return True


def _has_section(defn: FormDefinition, section_id: str) -> bool:
    return any(s.id == section_id for s in defn.sections)


__all__ = [
    "BACKUP_KIND",
    "FORM_ID",
    "FREE_TEXT",
    "NOT_SELF_FILL_NL",
    "STATUS_FINISHED",
    "FinishCheck",
    "IntakeService",
    "MigrationResult",
    "ReviewItem",
    "coalesce_key",
    "intake_json",
    "make_sync_planner",
    "to_review",
    "unreviewed_paths",
]
