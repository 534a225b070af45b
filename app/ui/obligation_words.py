"""Translated words for the parts of the obligation and their messages."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain import obligations as O

CTX = "Obligations"
KIND_TEXTS = {
    O.K_PVT: QT_TRANSLATE_NOOP("Obligations", "Participation statement (PVT)"),
    O.K_MAP: QT_TRANSLATE_NOOP("Obligations", "Labour market module (MAP): final interview"),
    O.K_KNM: QT_TRANSLATE_NOOP("Obligations", "Knowledge of Dutch society (KNM)"),
    O.K_EXAM: QT_TRANSLATE_NOOP("Obligations", "Language exam"),
    O.K_Z_HOURS: QT_TRANSLATE_NOOP("Obligations", "Z-route hours"),
    O.K_EINDGESPREK: QT_TRANSLATE_NOOP("Obligations", "Z-route final interview"),
    O.K_TAALSCHAKEL: QT_TRANSLATE_NOOP("Obligations", "Bridging programme (taalschakeltraject)"),
    O.K_SWITCH: QT_TRANSLATE_NOOP("Obligations", "Route switch"),
    O.K_LOWERING: QT_TRANSLATE_NOOP("Obligations", "Lowering B1 to A2"),
    O.K_ONTHEFFING: QT_TRANSLATE_NOOP("Obligations", "Exemption (ontheffing)"),
    O.K_EXTENSION: QT_TRANSLATE_NOOP("Obligations", "Extension of the term"),
    O.K_TERMIJN: QT_TRANSLATE_NOOP("Obligations", "Term dates from the office"),
}
SKILL_TEXTS = {
    "lezen": QT_TRANSLATE_NOOP("Obligations", "Reading"),
    "luisteren": QT_TRANSLATE_NOOP("Obligations", "Listening"),
    "schrijven": QT_TRANSLATE_NOOP("Obligations", "Writing"),
    "spreken": QT_TRANSLATE_NOOP("Obligations", "Speaking"),
}
RESULT_TEXTS = {
    "": QT_TRANSLATE_NOOP("Obligations", "no result yet"),
    "behaald": QT_TRANSLATE_NOOP("Obligations", "passed"),
    "niet_behaald": QT_TRANSLATE_NOOP("Obligations", "not passed"),
}
STATE_TEXTS = {
    "aangevraagd": QT_TRANSLATE_NOOP("Obligations", "requested"),
    "verleend": QT_TRANSLATE_NOOP("Obligations", "granted"),
    "afgewezen": QT_TRANSLATE_NOOP("Obligations", "refused"),
}
ROUTE_TEXTS = {
    "b1": QT_TRANSLATE_NOOP("Obligations", "B1 route"),
    "onderwijs": QT_TRANSLATE_NOOP("Obligations", "Education route"),
    "z": QT_TRANSLATE_NOOP("Obligations", "Z route"),
    "": QT_TRANSLATE_NOOP("Obligations", "no route yet"),
}
REQ_TEXTS = {
    O.R_PVT: QT_TRANSLATE_NOOP("Obligations", "PVT signed"),
    O.R_MAP: QT_TRANSLATE_NOOP("Obligations", "MAP final interview held"),
    O.R_KNM: QT_TRANSLATE_NOOP("Obligations", "KNM done"),
    O.R_TAALSCHAKEL: QT_TRANSLATE_NOOP("Obligations", "Bridging programme completed"),
    O.R_Z_COURSE: QT_TRANSLATE_NOOP("Obligations", "Course hours (NT2 + KNM)"),
    O.R_Z_PARTICIPATION: QT_TRANSLATE_NOOP("Obligations", "Participation hours"),
    O.R_EINDGESPREK: QT_TRANSLATE_NOOP("Obligations", "Final interview held"),
}
ERROR_TEXTS = {
    O.E_KIND: QT_TRANSLATE_NOOP("Obligations", "Choose what kind of part this is."),
    O.E_RESULT_WITHOUT_DATE: QT_TRANSLATE_NOOP(
        "Obligations", "An exam result needs the date of the exam."
    ),
    O.E_TERMIJN_ORDER: QT_TRANSLATE_NOOP("Obligations", "The end date is before the start date."),
    O.E_BAD_DATE: QT_TRANSLATE_NOOP("Obligations", "A date is not valid (use dd-mm-yyyy)."),
    O.E_FUTURE: QT_TRANSLATE_NOOP(
        "Obligations", "This date is in the future: record it once it has happened."
    ),
    O.E_SKILL: QT_TRANSLATE_NOOP("Obligations", "Choose the skill or the level of the exam."),
    O.E_LEVEL: QT_TRANSLATE_NOOP("Obligations", "Choose a level: A1, A2, B1 or B2."),
    O.E_HOURS: QT_TRANSLATE_NOOP("Obligations", "Hours must be between 0 and 5000."),
    O.E_MONTHS: QT_TRANSLATE_NOOP("Obligations", "An extension lasts 1 to 60 months."),
    O.E_REASON: QT_TRANSLATE_NOOP("Obligations", "Write down the reason."),
    O.E_ROUTE: QT_TRANSLATE_NOOP("Obligations", "Choose the new route (different from the old)."),
    O.E_GRANTED_BEFORE_REQUEST: QT_TRANSLATE_NOOP(
        "Obligations", "The decision date is before the request date."
    ),
    O.E_OFFICE_READ_ONLY: QT_TRANSLATE_NOOP(
        "Obligations", "This fact comes from the office and cannot be changed here."
    ),
    O.W_LOWERING_HOURS: QT_TRANSLATE_NOOP(
        "Obligations", "Lowering to A2 needs at least 600 hours of NT2 lessons (Besluit art. 5.5)."
    ),
    O.W_LOWERING_ROUTE: QT_TRANSLATE_NOOP(
        "Obligations", "Lowering to A2 is only possible in the B1 route."
    ),
    O.W_SWITCH_AFTER_WINDOW: QT_TRANSLATE_NOOP(
        "Obligations", "This switch is after the 18-month switch window."
    ),
}


DEADLINE_WARNINGS = {
    "verlenging_too_long": QT_TRANSLATE_NOOP(
        "Obligations",
        "An extension longer than 12 months (or 36 in total) was recorded; the term counts "
        "with the maximum. Check the extension with the office.",
    ),
    "verlenging_same_period": QT_TRANSLATE_NOOP(
        "Obligations",
        "More than one extension in the same period: only one counts (the longest). Check "
        "with the office.",
    ),
    "negative_verlenging": QT_TRANSLATE_NOOP(
        "Obligations", "A negative extension was recorded and is ignored."
    ),
    "pip_after_deadline": QT_TRANSLATE_NOOP(
        "Obligations", "The first PIP was dated after its deadline."
    ),
    "derde_info_before_kennisgeving": QT_TRANSLATE_NOOP(
        "Obligations",
        "Third-party information is dated before DUO's notice; the regular deadline applies.",
    ),
    "pip_actueel_before_initieel": QT_TRANSLATE_NOOP(
        "Obligations", "The current PIP is dated before the first PIP."
    ),
}


def deadline_warning(key: str) -> str:
    """Readable text for the deadline warnings worth showing on the termijn view ("" else)."""
    text = DEADLINE_WARNINGS.get(key.split(":", 1)[0])
    return t(text) if text else ""


def t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def kind_label(code: str) -> str:
    return t(KIND_TEXTS[code]) if code in KIND_TEXTS else code.replace("_", " ")


def route_label(code: str) -> str:
    return t(ROUTE_TEXTS.get(code, ROUTE_TEXTS[""]))


def message(key: str) -> str:
    return t(ERROR_TEXTS.get(key.split(":", 1)[0], ERROR_TEXTS[O.E_BAD_DATE]))


def requirement_label(key: str, level: str = "") -> str:
    if key.startswith("exam:"):
        skill = t(SKILL_TEXTS.get(key[5:], key[5:]))
        return t("Exam {skill} ({level})").format(skill=skill, level=level)
    return t(REQ_TEXTS.get(key, key))


def part_summary(p: O.ObligationPart) -> str:
    """One readable line with the details of a part (no codes)."""
    bits: list[str] = []
    if p.kind == O.K_EXAM:
        if p.skill:
            bits.append(t(SKILL_TEXTS.get(p.skill, p.skill)))
        if p.level:
            bits.append(p.level)
        bits.append(t(RESULT_TEXTS.get(p.result, p.result)))
    elif p.kind == O.K_Z_HOURS:
        bits.append(
            t("{course} course hours, {part} participation hours").format(
                course=p.hours_course, part=p.hours_participation
            )
        )
    elif p.kind == O.K_SWITCH:
        bits.append(
            t("from {old} to {new}").format(
                old=route_label(p.from_route), new=route_label(p.to_route)
            )
        )
    elif p.kind == O.K_LOWERING:
        bits.append(t("{n} hours of NT2 lessons").format(n=p.hours_course))
    elif p.kind == O.K_ONTHEFFING:
        bits.append(t(STATE_TEXTS.get(p.state, p.state)))
    elif p.kind == O.K_EXTENSION:
        bits.append(t("{n} months").format(n=p.months))
    if p.reason:
        bits.append(p.reason)
    return " · ".join(b for b in bits if b)
