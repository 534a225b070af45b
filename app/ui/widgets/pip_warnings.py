"""Readable, translated texts for the PIP print checks (``validate_for_print`` keys and the
renderer's warnings). Unknown keys fall back to a generic sentence, never to the raw key."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain import pip as P

TEXTS: dict[str, str] = {
    P.W_NO_ROUTE: QT_TRANSLATE_NOOP("PipWarnings", "No learning route has been chosen yet."),
    P.W_UNKNOWN_ROUTE: QT_TRANSLATE_NOOP(
        "PipWarnings", "The learning route is not one of the known routes."
    ),
    P.W_NO_ROUTE_REASONS: QT_TRANSLATE_NOOP("PipWarnings", "Write down why this route was chosen."),
    P.W_DEVIATION_WITHOUT_REASON: QT_TRANSLATE_NOOP(
        "PipWarnings",
        "The route differs from the learnability test (LBT) outcome: the reasons are required.",
    ),
    P.W_NO_LANGUAGE_GOAL: QT_TRANSLATE_NOOP("PipWarnings", "No language goal has been set."),
    P.W_PVT_HOURS: QT_TRANSLATE_NOOP(
        "PipWarnings", "The participation statement (PVT) needs at least 12 hours."
    ),
    P.W_MAP_IN_ONDERWIJS: QT_TRANSLATE_NOOP(
        "PipWarnings", "The education route has no MAP (Wet art. 8 lid 3)."
    ),
    P.W_NO_TAALSCHAKEL: QT_TRANSLATE_NOOP(
        "PipWarnings", "The education route needs a bridging programme (taalschakeltraject)."
    ),
    P.W_NO_MAP: QT_TRANSLATE_NOOP(
        "PipWarnings", "The B1 and Z routes include the MAP: switch it on in the offer."
    ),
    P.W_TAALSCHAKEL_OUTSIDE_ONDERWIJS: QT_TRANSLATE_NOOP(
        "PipWarnings", "A bridging programme (taalschakeltraject) belongs to the education route."
    ),
    P.W_ONTZORGEN_DOELGROEP: QT_TRANSLATE_NOOP(
        "PipWarnings", "Ontzorgen only applies to asielstatushouders on social assistance."
    ),
    P.W_MB_DOELGROEP: QT_TRANSLATE_NOOP(
        "PipWarnings", "Social guidance (MB) only applies to asielstatushouders."
    ),
    P.W_ONTZORGEN_DATES: QT_TRANSLATE_NOOP("PipWarnings", "Ontzorgen ends before it starts."),
    P.W_ACTIVITY_DATES: QT_TRANSLATE_NOOP("PipWarnings", "An activity ends before it starts."),
    P.W_ACTIVITY_NO_RESPONSIBLE: QT_TRANSLATE_NOOP(
        "PipWarnings", "An activity has no responsible party."
    ),
    P.W_NO_PROGRESS_TALKS: QT_TRANSLATE_NOOP(
        "PipWarnings", "Progress talks have not been arranged."
    ),
    P.W_INVALID_DATE: QT_TRANSLATE_NOOP("PipWarnings", "A date is not valid (use dd-mm-yyyy)."),
    "logo_unreadable": QT_TRANSLATE_NOOP(
        "PipWarnings", "The municipality logo could not be read; printed without it."
    ),
    "summary_translation_missing": QT_TRANSLATE_NOOP(
        "PipWarnings", "Part of the summary has no translation yet and is printed in Dutch."
    ),
    "summary_language_unsupported": QT_TRANSLATE_NOOP(
        "PipWarnings", "There is no summary in this language; it is printed in Dutch."
    ),
}
GENERIC = QT_TRANSLATE_NOOP("PipWarnings", "Check the PIP draft before printing.")


def warning_key(warning: str) -> str:
    return warning.split(":", 1)[0]


def warning_text(warning: str) -> str:
    text = TEXTS.get(warning_key(warning), GENERIC)
    return QCoreApplication.translate("PipWarnings", text)


def warning_texts(warnings: list[str]) -> list[str]:
    """De-duplicated (several missing summary translations give one line)."""
    out: list[str] = []
    for w in warnings:
        text = warning_text(w)
        if text not in out:
            out.append(text)
    return out
