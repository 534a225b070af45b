"""English for the form engine's Dutch problem reasons, so every workbook error can be shown in
Dutch and English. The form engine (app/domain/forms) stays the single check; this table only
translates what it says. A reason without an entry is shown in Dutch with a generic English
sentence (tests keep every reason the bad workbooks produce covered)."""

from __future__ import annotations

import re

_Q = r"'([^']*)'"
_TABLE: list[tuple[str, str]] = [
    (rf"^verwijst naar onbekende vraag {_Q}$", r"refers to unknown question '\1'"),
    (
        rf"^verwijst naar infotekst {_Q}, die geen antwoord heeft$",
        r"refers to info text '\1', which has no answer",
    ),
    (
        rf"^{_Q} staat in herhalende groep {_Q} en kan alleen binnen die groep gebruikt worden.*$",
        r"'\1' is inside repeat group '\2' and can only be used within that group "
        r"(use count(${\2}) outside)",
    ),
    (
        r"^kringverwijzing in relevantie/berekening: (.*)$",
        r"circular reference in relevance/calculation: \1",
    ),
    (r"^kringverwijzing in relevantie/berekening$", "circular reference in relevance/calculation"),
    (rf"^keuzelijst {_Q} bestaat niet$", r"choice list '\1' does not exist"),
    (
        rf"^vraag-id {_Q} komt twee keer voor \(ook bij (.*)\)$",
        r"question id '\1' is used twice (also at \2)",
    ),
    (rf"^sectie-id {_Q} komt twee keer voor$", r"section id '\1' is used twice"),
    (rf"^code {_Q} komt twee keer voor in deze lijst$", r"code '\1' is used twice in this list"),
    (rf"^code {_Q} staat niet in de keuzelijst$", r"code '\1' is not in the choice list"),
    (r"^ongeldige expressie: (.*)$", r"invalid expression: \1"),
    (rf"^onbekende eigenschap {_Q}$", r"unknown property '\1'"),
    (r"^onbekend type (.*); kies uit (.*)$", r"unknown type \1; choose from \2"),
    (r"^onbekend thema (.*); kies uit (.*)$", r"unknown theme \1; choose from \2"),
    (rf"^{_Q} ontbreekt bij type (\w+)$", r"'\1' is missing for type \2"),
    (rf"^{_Q} ontbreekt bij {_Q}$", r"'\1' is missing with '\2'"),
    (rf"^{_Q} ontbreekt \(true of false\)$", r"'\1' is missing (true or false)"),
    (rf"^{_Q} ontbreekt$", r"'\1' is missing"),
    (r"^'min'/'max' horen niet bij type (\w+)$", r"'min'/'max' do not belong to type \1"),
    (r"^'min' is groter dan 'max'$", "'min' is greater than 'max'"),
    (
        r"^een schaal heeft hele getallen 'min' en 'max' nodig$",
        "a scale needs whole numbers 'min' and 'max'",
    ),
    (r"^een schaal heeft maximaal 11 punten$", "a scale has at most 11 points"),
    (
        r"^de codes van de schaallabels moeten (\d+) tot en met (\d+) zijn$",
        r"the codes of the scale labels must be \1 to \2",
    ),
    (
        r"^deze sectie is alleen voor de klantmanager.*$",
        "this section is for the klantmanager only; a question from it can never be handed to "
        "the client",
    ),
    (
        r"^een infotekst heeft geen antwoord.*$",
        "an info text has no answer (no required/constraint/calculate)",
    ),
    (r"^type (\w+) kan niet berekend worden$", r"type \1 cannot be calculated"),
    (r"^type (\w+) heeft geen keuzelijst$", r"type \1 has no choice list"),
    (
        r"^een herhalende groep kan niet in een herhalende groep staan$",
        "a repeat group cannot be inside a repeat group",
    ),
    (
        r"^een herhalende groep heeft een lijst van vragen nodig$",
        "a repeat group needs a list of questions",
    ),
    (
        r"^alleen een herhalende groep \(type repeat\) heeft vragen$",
        "only a repeat group (type repeat) has questions",
    ),
    (r"^alleen voor datumvragen$", "only for date questions"),
    (r"^alleen voor meerkeuzevragen$", "only for multiple-choice questions"),
    (r"^alleen voor tekstvragen$", "only for text questions"),
    (rf"^{_Q} is nog een bestaande vraag$", r"'\1' is still an existing question"),
    (rf"^{_Q} is ook een oude id van {_Q}$", r"'\1' is also an old id of '\2'"),
    (r"^moet S1, S2 of S3 zijn$", "must be S1, S2 or S3"),
    (
        r"^moet een heel getal van (\d+) tot en met (\d+) zijn$",
        r"must be a whole number from \1 to \2",
    ),
    (r"^moet true, false of een expressie zijn$", "must be true, false or an expression"),
    (r"^moet true of false zijn$", "must be true or false"),
    (r"^moet tekst zijn$", "must be text"),
    (r"^moet een getal zijn$", "must be a number"),
    (r"^moet een lijst van codes zijn$", "must be a list of codes"),
    (r"^moet een lijst van vraag-id's zijn$", "must be a list of question ids"),
    (r"^moet de id van een keuzelijst zijn$", "must be the id of a choice list"),
    (r"^moet een niet-lege lijst van (\w+) zijn$", r"must be a non-empty list (\1)"),
    (r"^mag niet leeg zijn$", "must not be empty"),
    (r"^tekst is langer dan (\d+) tekens$", r"text is longer than \1 characters"),
    (r"^meer dan (\d+) (\w+)$", r"more than \1 \2"),
    (
        r"^vraag-id: .*$",
        "question id: a lowercase letter followed by lowercase letters, digits or '_'",
    ),
    (r"^sectie-id: .*$", "section id: a letter followed by letters, digits or '_'"),
    (r"^lijst-id: .*$", "list id: lowercase letters, digits and '_'"),
    (r"^code: .*$", "code: letters, digits, '_' or '-' (at most 40)"),
    (
        r"^alleen kleine letters, cijfers en '-'.*$",
        "only lowercase letters, digits and '-' (e.g. brede-intake)",
    ),
    (r"^onbekende waarde (.*); kies uit (.*)$", r"unknown value \1; choose from \2"),
    (r"^ongeldige schrijfwijze (.*)$", r"invalid form \1"),
    (r"^moet (.*) zijn$", r"has the wrong type (\1)"),
]
_TABLE += [
    (
        r"^ongeldige JSON op regel (\d+), kolom (\d+): (.*)$",
        r"invalid JSON at line \1, column \2: \3",
    ),
    (
        r"^JSON is te diep genest \(maximaal (\d+) niveaus\)$",
        r"JSON is nested too deeply (at most \1 levels)",
    ),
    (r"^definitie is te diep genest$", "the definition is nested too deeply"),
    (
        r"^bestand is te groot \((\d+) bytes, maximaal (\d+)\)$",
        r"file is too large (\1 bytes, at most \2)",
    ),
    (r"^bestand is geen geldige UTF-8.*$", "file is not valid UTF-8"),
    (r"^bestand kan niet worden gelezen.*$", "file cannot be read"),
    (r"^bestandsnaam past niet bij form_id/version.*$", "file name does not match form_id/version"),
    (r"^de definitie moet een JSON-object zijn$", "the definition must be a JSON object"),
    (
        r"^voldoet niet aan forms/schema.json \((\w+)\)$",
        r"does not conform to forms/schema.json (\1)",
    ),
    (r"^ongeldige naam.*$", "invalid name (lowercase letters, digits and '_')"),
]
_COMPILED = [(re.compile(p), en) for p, en in _TABLE]
GENERIC_EN = "the form definition is not valid here (see the Dutch text)"


def english(reason_nl: str) -> str:
    """English text of one Dutch reason of the form engine."""
    for rx, en in _COMPILED:
        m = rx.match(reason_nl)
        if m:
            return m.expand(en)
    return GENERIC_EN
