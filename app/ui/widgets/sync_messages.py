"""Readable texts for outbox ops in the sync panel: what an op is, its state, and the
translated reason of a problem (message keys of ``app.sync.messages``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.domain.outbox import OpState, OutboxOp
from app.sync.messages import describe_error, render

KINDS = {
    "create_zaak": QT_TRANSLATE_NOOP("SyncTexts", "Case (traject)"),
    "update_zaak": QT_TRANSLATE_NOOP("SyncTexts", "Case details"),
    "create_rol": QT_TRANSLATE_NOOP("SyncTexts", "Person in the case"),
    "set_status": QT_TRANSLATE_NOOP("SyncTexts", "Case status"),
    "create_eio": QT_TRANSLATE_NOOP("SyncTexts", "Document"),
    "new_eio_version": QT_TRANSLATE_NOOP("SyncTexts", "New document version"),
    "link_zio": QT_TRANSLATE_NOOP("SyncTexts", "Document link to the case"),
    "report_purge": QT_TRANSLATE_NOOP("SyncTexts", "Removal report"),
}
STATES = {
    OpState.PENDING.value: QT_TRANSLATE_NOOP("SyncTexts", "waiting"),
    OpState.IN_FLIGHT.value: QT_TRANSLATE_NOOP("SyncTexts", "sending"),
    OpState.DONE.value: QT_TRANSLATE_NOOP("SyncTexts", "sent"),
    OpState.FAILED_RETRYABLE.value: QT_TRANSLATE_NOOP("SyncTexts", "will be retried"),
    OpState.QUARANTINED.value: QT_TRANSLATE_NOOP("SyncTexts", "needs attention"),
    OpState.CONFLICT.value: QT_TRANSLATE_NOOP("SyncTexts", "conflict: choose a version"),
}
DOC_KINDS = {
    "brede_intake": QT_TRANSLATE_NOOP("SyncTexts", "Brede intake"),
    "pip": QT_TRANSLATE_NOOP("SyncTexts", "PIP draft"),
    "gespreksverslag": QT_TRANSLATE_NOOP("SyncTexts", "Visit report"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("SyncTexts", text)


def message_lang() -> str:
    """The sync messages exist in Dutch and English; follow the UI language."""
    return "nl" if QLocale().name().lower().startswith("nl") else "en"


def kind_text(op: OutboxOp) -> str:
    text = _t(KINDS.get(op.kind, QT_TRANSLATE_NOOP("SyncTexts", "Change")))
    body: dict[str, Any] = op.payload.get("body") or {} if isinstance(op.payload, dict) else {}
    iotype = str(body.get("informatieobjecttype") or "")
    doc = iotype.rsplit(":", 1)[-1] if iotype.startswith("@cat:") else ""
    if doc in DOC_KINDS:
        fmt = str(body.get("formaat") or "")
        suffix = " (PDF)" if fmt.endswith("pdf") else " (JSON)" if fmt.endswith("json") else ""
        return f"{text}: {_t(DOC_KINDS[doc])}{suffix}"
    return text


def state_text(state: str) -> str:
    return _t(STATES.get(state, QT_TRANSLATE_NOOP("SyncTexts", "unknown")))


def reason_text(op: OutboxOp) -> str:
    if op.state == OpState.CONFLICT.value and not op.last_error:
        return render("sync.conflict", message_lang())
    return describe_error(op.last_error, message_lang())


def problem_text(message_key: str, params: dict[str, Any] | None = None) -> str:
    return render(message_key, message_lang(), **(params or {}))
