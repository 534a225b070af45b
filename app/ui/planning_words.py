"""Translated words for planning codes (visit types, statuses, planning errors)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain import planning as P

CTX = "Planning"
TYPE_TEXTS = {
    P.T_INTAKE: QT_TRANSLATE_NOOP("Planning", "Brede intake"),
    P.T_SELFFILL: QT_TRANSLATE_NOOP("Planning", "Self-fill session"),
    P.T_PIP: QT_TRANSLATE_NOOP("Planning", "PIP talk"),
    P.T_PROGRESS: QT_TRANSLATE_NOOP("Planning", "Progress talk"),
    P.T_OTHER: QT_TRANSLATE_NOOP("Planning", "Other talk"),
    "": QT_TRANSLATE_NOOP("Planning", "Talk (type not recorded)"),
}
STATUS_TEXTS = {
    P.S_PLANNED: QT_TRANSLATE_NOOP("Planning", "planned"),
    P.S_HELD: QT_TRANSLATE_NOOP("Planning", "held"),
    P.S_CANCELLED: QT_TRANSLATE_NOOP("Planning", "cancelled"),
}
ERROR_TEXTS = {
    P.E_PAST: QT_TRANSLATE_NOOP(
        "Planning", "This time has already passed. Choose a time from now on."
    ),
    P.E_OVERLAP: QT_TRANSLATE_NOOP(
        "Planning",
        "This overlaps another planned visit ({when}). Choose another time or move that visit.",
    ),
    P.E_TYPE: QT_TRANSLATE_NOOP("Planning", "Choose the kind of visit."),
    P.E_DURATION: QT_TRANSLATE_NOOP(
        "Planning", "A planned visit lasts between 1 minute and 8 hours."
    ),
    "interpreter_language": QT_TRANSLATE_NOOP(
        "Planning", "Choose the interpreter's language, or choose no interpreter."
    ),
    "place": QT_TRANSLATE_NOOP("Planning", "Choose where the visit takes place."),
    "store": QT_TRANSLATE_NOOP(
        "Planning", "The visit could not be saved. Nothing was lost; try again."
    ),
}


def t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def type_label(code: str) -> str:
    return t(TYPE_TEXTS.get(code, TYPE_TEXTS[P.T_OTHER]))


def status_label(code: str) -> str:
    return t(STATUS_TEXTS.get(code, code))


def error_text(code: str, when: str = "") -> str:
    return t(ERROR_TEXTS.get(code, ERROR_TEXTS["store"])).replace("{when}", when)
