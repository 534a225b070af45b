"""The rows of the documents tree (:mod:`app.ui.models.documents_model`, which re-exports
the public names): the translatable texts, the pure ``*_rows`` builders that turn vault data
into :class:`DocRow` s (no Qt widgets, no store access), and how a row is shown in the current
UI language. Every server or user string stays plain text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTimeZone,
)

from app.domain.models import IntakeDraft
from app.domain.outbox import OpState, OutboxOp
from app.sync.messages import describe_error, render

CTX = "DocumentsModel"

OFFICE, OUTBOX, PIP, INTAKE = "office", "outbox", "pip", "intake"
GROUPS = (OFFICE, OUTBOX, PIP, INTAKE)
DOC_KINDS_SENT = ("create_eio", "new_eio_version", "link_zio")

HEADERS = (
    QT_TRANSLATE_NOOP("DocumentsModel", "Document"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Type"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Status"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Version"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Date"),
)
GROUP_TITLES = {
    OFFICE: QT_TRANSLATE_NOOP("DocumentsModel", "At the office ({n})"),
    OUTBOX: QT_TRANSLATE_NOOP("DocumentsModel", "Sent from this laptop ({n})"),
    PIP: QT_TRANSLATE_NOOP("DocumentsModel", "PIP draft versions ({n})"),
    INTAKE: QT_TRANSLATE_NOOP("DocumentsModel", "Brede Intake drafts ({n})"),
}
GROUP_EMPTY = {
    OFFICE: QT_TRANSLATE_NOOP(
        "DocumentsModel", "Nothing fetched from the office yet. Synchronise to see it."
    ),
    OUTBOX: QT_TRANSLATE_NOOP("DocumentsModel", "Nothing to send for this client."),
    PIP: QT_TRANSLATE_NOOP("DocumentsModel", "No PIP draft yet."),
    INTAKE: QT_TRANSLATE_NOOP("DocumentsModel", "No Brede Intake started yet."),
}
TYPES = {
    "brede_intake": QT_TRANSLATE_NOOP("DocumentsModel", "Brede Intake"),
    "pip": QT_TRANSLATE_NOOP("DocumentsModel", "PIP"),
    "gespreksverslag": QT_TRANSLATE_NOOP("DocumentsModel", "Visit report"),
    "document": QT_TRANSLATE_NOOP("DocumentsModel", "Document"),
    "besluit": QT_TRANSLATE_NOOP("DocumentsModel", "Decision"),
    "intake_draft": QT_TRANSLATE_NOOP("DocumentsModel", "Intake draft"),
}
ACTIONS = {
    "create_eio": QT_TRANSLATE_NOOP("DocumentsModel", "new document"),
    "new_eio_version": QT_TRANSLATE_NOOP("DocumentsModel", "new version"),
    "link_zio": QT_TRANSLATE_NOOP("DocumentsModel", "link to the case"),
}
STATUSES = {
    # documents at the office (ZGW informatieobject status)
    "in_bewerking": QT_TRANSLATE_NOOP("DocumentsModel", "being worked on"),
    "ter_vaststelling": QT_TRANSLATE_NOOP("DocumentsModel", "awaiting approval"),
    "definitief": QT_TRANSLATE_NOOP("DocumentsModel", "final"),
    "gearchiveerd": QT_TRANSLATE_NOOP("DocumentsModel", "archived"),
    # outbox
    "waiting": QT_TRANSLATE_NOOP("DocumentsModel", "waiting for synchronisation"),
    "sending": QT_TRANSLATE_NOOP("DocumentsModel", "being sent"),
    "retry": QT_TRANSLATE_NOOP("DocumentsModel", "waiting for synchronisation (will retry)"),
    "sent": QT_TRANSLATE_NOOP("DocumentsModel", "sent"),
    "problem": QT_TRANSLATE_NOOP("DocumentsModel", "problem: {reason}"),
    # PIP versions
    "concept": QT_TRANSLATE_NOOP("DocumentsModel", "draft"),
    "printed": QT_TRANSLATE_NOOP("DocumentsModel", "printed (fixed)"),
    "exported": QT_TRANSLATE_NOOP("DocumentsModel", "saved as PDF (fixed)"),
    "session_closed": QT_TRANSLATE_NOOP("DocumentsModel", "closed after the visit (fixed)"),
    "conflict": QT_TRANSLATE_NOOP("DocumentsModel", "kept after a conflict (fixed)"),
    "frozen": QT_TRANSLATE_NOOP("DocumentsModel", "fixed"),
    # intake drafts
    "intake_concept": QT_TRANSLATE_NOOP("DocumentsModel", "in progress"),
    "afgerond": QT_TRANSLATE_NOOP("DocumentsModel", "finished"),
}
DETAIL_LABELS = {
    "file": QT_TRANSLATE_NOOP("DocumentsModel", "File: {value}"),
    "format": QT_TRANSLATE_NOOP("DocumentsModel", "Format: {value}"),
    "language": QT_TRANSLATE_NOOP("DocumentsModel", "Language: {value}"),
    "identificatie": QT_TRANSLATE_NOOP("DocumentsModel", "Number at the office: {value}"),
    "answers": QT_TRANSLATE_NOOP("DocumentsModel", "Answers: {value}"),
    "attempts": QT_TRANSLATE_NOOP("DocumentsModel", "Attempts: {value}"),
    "note": QT_TRANSLATE_NOOP("DocumentsModel", "Note: {value}"),
}
FORM_VERSION = QT_TRANSLATE_NOOP("DocumentsModel", "form version {v}")
PIP_TITLE = QT_TRANSLATE_NOOP("DocumentsModel", "PIP draft")
INTAKE_TITLE = QT_TRANSLATE_NOOP("DocumentsModel", "Brede Intake")
UNTITLED = QT_TRANSLATE_NOOP("DocumentsModel", "(no title)")


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def message_lang() -> str:
    """Sync messages exist in Dutch and English; follow the UI language."""
    return "nl" if QLocale().name().lower().startswith("nl") else "en"


def _plain(value: Any, limit: int = 300) -> str:
    """A server/user string made safe for a one-line cell: no control characters."""
    text = "" if value is None else str(value)
    text = "".join(" " if ch in "\r\n\t" else ch for ch in text if ch >= " " or ch in "\r\n\t")
    return text.strip()[:limit]


@dataclass
class DocRow:
    """One document line. ``title`` and ``raw_*`` are plain data; ``*_key`` are translated
    when shown; ``details``: (label key or "", value)."""

    group: str
    title: str = ""
    title_key: str = ""  # translatable title when there is no server/user title
    type_key: str = "document"
    type_suffix: str = ""  # e.g. "PDF"
    action: str = ""  # outbox: create_eio / new_eio_version / link_zio
    status_key: str = ""
    raw_status: str = ""  # a server status we have no translation for (plain)
    reason: str = ""  # problem text (already in the UI language)
    version: str = ""
    version_key: str = ""  # "form version {v}"
    when: str = ""  # ISO date or timestamp
    problem: bool = False
    state: str = ""
    details: list[tuple[str, str]] = field(default_factory=list)


# --------------------------------------------------------------------------------- builders
def iotype_names(catalog_cache: Mapping[str, Any] | None) -> dict[str, str]:
    """informatieobjecttype URL → local name (brede_intake/pip/gespreksverslag), from the
    cached catalogue(s) in ``vault.kv["zgw_catalog"]``."""
    out: dict[str, str] = {}
    for entry in (catalog_cache or {}).values():
        if isinstance(entry, Mapping):
            for name, url in (entry.get("iotypen") or {}).items():
                out[str(url)] = str(name)
    return out


def status_names(catalog_cache: Mapping[str, Any] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in (catalog_cache or {}).values():
        if isinstance(entry, Mapping):
            out.update({str(k): str(v) for k, v in (entry.get("status_names") or {}).items()})
    return out


def _format_suffix(fmt: Any) -> str:
    fmt = str(fmt or "")
    if fmt.endswith("pdf"):
        return "PDF"
    if fmt.endswith("json"):
        return "JSON"
    if fmt.startswith("text/"):
        return "TXT"
    return ""


def office_rows(case: Mapping[str, Any] | None, iotypes: Mapping[str, str]) -> list[DocRow]:
    """Documents and decisions of the pulled case (``vault.documents`` kind ``zgw_case``)."""
    if not case:
        return []
    rows: list[DocRow] = []
    for doc in case.get("documents") or []:
        if not isinstance(doc, Mapping):
            continue
        status = str(doc.get("status") or "")
        kind = iotypes.get(str(doc.get("informatieobjecttype") or ""), "document")
        details = [
            ("file", _plain(doc.get("bestandsnaam"))),
            ("format", _plain(doc.get("formaat"), 100)),
            ("language", _plain(doc.get("taal"), 10)),
            ("identificatie", _plain(doc.get("identificatie"), 100)),
        ]
        rows.append(
            DocRow(
                group=OFFICE,
                title=_plain(doc.get("titel")),
                title_key="" if doc.get("titel") else UNTITLED,
                type_key=kind if kind in TYPES else "document",
                type_suffix=_format_suffix(doc.get("formaat")),
                status_key=status if status in STATUSES else "",
                raw_status=_plain(status, 60),
                version=_plain(doc.get("versie"), 10),
                when=str(doc.get("creatiedatum") or doc.get("beginRegistratie") or ""),
                details=[d for d in details if d[1]],
            )
        )
    for besluit in case.get("besluiten") or []:
        if not isinstance(besluit, Mapping):
            continue
        rows.append(
            DocRow(
                group=OFFICE,
                title=_plain(besluit.get("toelichting") or besluit.get("identificatie")),
                title_key=""
                if (besluit.get("toelichting") or besluit.get("identificatie"))
                else UNTITLED,
                type_key="besluit",
                when=str(besluit.get("datum") or besluit.get("ingangsdatum") or ""),
                details=[("identificatie", _plain(besluit.get("identificatie"), 100))],
            )
        )
    rows.sort(key=lambda r: r.when, reverse=True)
    return rows


def _op_body(op: OutboxOp) -> dict[str, Any]:
    payload = op.payload if isinstance(op.payload, dict) else {}
    body = payload.get("body") if isinstance(payload.get("body"), dict) else {}
    create = payload.get("create_body") if isinstance(payload.get("create_body"), dict) else {}
    merged = dict(create)
    merged.update({k: v for k, v in body.items() if k != "inhoud"})
    merged.pop("inhoud", None)
    return merged


def outbox_rows(ops: Iterable[OutboxOp], client_uuid: str, lang: str = "nl") -> list[DocRow]:
    """This client's document uploads (create_eio / new_eio_version / link_zio), newest first,
    with a plain state and, for problems, the readable reason."""
    mine = [op for op in ops if op.client_uuid == client_uuid and op.kind in DOC_KINDS_SENT]
    # a link (ZIO) names its document only by placeholder: take type and format from the
    # upload it links ("@ref:document:<key>:eio")
    uploads: dict[str, dict[str, Any]] = {}
    for op in mine:
        ref = op.payload.get("ref") if isinstance(op.payload, dict) else None
        if op.kind != "link_zio" and isinstance(ref, list) and len(ref) == 3:
            uploads[f"@ref:document:{ref[1]}:eio"] = _op_body(op)
    rows: list[DocRow] = []
    for op in mine:
        body = _op_body(op)
        if op.kind == "link_zio":
            linked = uploads.get(str(body.get("informatieobject") or ""), {})
            body = {
                **{k: linked.get(k) for k in ("informatieobjecttype", "formaat", "bestandsnaam")},
                **body,
            }
        iot = str(body.get("informatieobjecttype") or "")
        kind = iot.rsplit(":", 1)[-1] if iot.startswith("@cat:") else "document"
        state = op.state
        problem = state in (OpState.QUARANTINED.value, OpState.CONFLICT.value)
        reason = ""
        if problem:
            reason = (
                describe_error(op.last_error, lang)
                if op.last_error
                else (render("sync.conflict", lang) if state == OpState.CONFLICT.value else "")
            )
        status_key = {
            OpState.PENDING.value: "waiting",
            OpState.IN_FLIGHT.value: "sending",
            OpState.FAILED_RETRYABLE.value: "retry",
            OpState.DONE.value: "sent",
        }.get(state, "problem" if problem else "waiting")
        details = [
            ("file", _plain(body.get("bestandsnaam"))),
            ("format", _plain(body.get("formaat"), 100)),
            ("attempts", str(op.attempts) if op.attempts else ""),
        ]
        if state == OpState.FAILED_RETRYABLE.value and op.last_error:
            details.append(("note", describe_error(op.last_error, lang)))
        suffix = _format_suffix(body.get("formaat"))
        rows.append(
            DocRow(
                group=OUTBOX,
                title=_plain(body.get("titel")),
                title_key="" if body.get("titel") else UNTITLED,
                type_key=kind if kind in TYPES else "document",
                type_suffix=suffix,
                status_key=status_key,
                reason=reason,
                when=op.created_at,
                problem=problem,
                state=state,
                action=op.kind,
                details=[d for d in details if d[1]],
            )
        )
    rows.sort(key=lambda r: r.when, reverse=True)
    return rows


def pip_rows(records: Iterable[Mapping[str, Any]]) -> list[DocRow]:
    """Stored PIP draft versions (``vault.documents`` kind ``pip``), newest first."""
    rows: list[DocRow] = []
    for rec in records:
        pip = rec.get("pip") if isinstance(rec.get("pip"), Mapping) else {}
        frozen = bool(rec.get("frozen"))
        reason = str(rec.get("frozen_reason") or "")
        key = (reason if reason in STATUSES else "frozen") if frozen else "concept"
        version = rec.get("version") or (pip or {}).get("version") or ""
        rows.append(
            DocRow(
                group=PIP,
                title_key=PIP_TITLE,
                type_key="pip",
                status_key=key,
                version=str(version),
                when=str(rec.get("saved_at") or (pip or {}).get("updated_at") or ""),
            )
        )
    rows.sort(key=lambda r: (_int(r.version), r.when), reverse=True)
    return rows


def _int(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        return 0


def intake_rows(drafts: Iterable[IntakeDraft]) -> list[DocRow]:
    rows = [
        DocRow(
            group=INTAKE,
            title_key=INTAKE_TITLE,
            type_key="intake_draft",
            status_key="afgerond" if d.status == "afgerond" else "intake_concept",
            version=str(d.form_version),
            version_key=FORM_VERSION,
            when=d.updated_at,
            details=[("answers", str(len(d.answers)))],
        )
        for d in drafts
    ]
    rows.sort(key=lambda r: r.when, reverse=True)
    return rows


# --------------------------------------------------------------------------------- display
def format_when(value: str) -> str:
    """ISO date → short local date; ISO timestamp (UTC) → short local date and time."""
    value = (value or "").strip()
    if not value:
        return ""
    locale = QLocale()
    if len(value) == 10:
        try:
            d = date.fromisoformat(value)
        except ValueError:
            return _plain(value, 30)
        return locale.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return _plain(value, 30)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)  # the vault stores UTC
    qdt = QDateTime.fromSecsSinceEpoch(int(dt.timestamp()), QTimeZone.systemTimeZone())
    return locale.toString(qdt, QLocale.FormatType.ShortFormat)


def row_texts(row: DocRow) -> tuple[str, str, str, str, str]:
    """(document, type, status, version, date) as shown, in the current UI language."""
    title = row.title or _t(row.title_key or UNTITLED)
    type_text = _t(TYPES.get(row.type_key, TYPES["document"]))
    if row.action in ACTIONS:
        type_text = f"{type_text}: {_t(ACTIONS[row.action])}"
    if row.type_suffix:
        type_text = f"{type_text} ({row.type_suffix})"
    if row.status_key == "problem":
        status = _t(STATUSES["problem"]).format(reason=row.reason or "?")
    elif row.status_key:
        status = _t(STATUSES[row.status_key])
    else:
        status = row.raw_status
    version = row.version
    if row.version_key and version:
        version = _t(row.version_key).format(v=version)
    return title, type_text, status, version, format_when(row.when)


def row_details(row: DocRow) -> str:
    """Multi-line plain text for the details pane."""
    title, type_text, status, version, when = row_texts(row)
    lines = [title, f"{type_text} · {status}" if status else type_text]
    if version or when:
        lines.append(" · ".join(p for p in (version, when) if p))
    for key, value in row.details:
        lines.append(_t(DETAIL_LABELS[key]).format(value=value) if key in DETAIL_LABELS else value)
    return "\n".join(lines)
