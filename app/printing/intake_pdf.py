"""The Brede Intake as a PDF (uploaded beside the JSON, docs/IT-ZGW.md §1): per section the
questions that have an answer, in Dutch, with who answered (client, klantmanager, interpreter)
and the client's own words for free text in another language. Reportlab, no Qt; the fonts of
the PIP printout (Latin, Arabic, Ethiopic) so that answers in any script print.

No BSN or name in the document metadata; the PDF itself carries the zaak identificatie only.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.domain.forms.model import FormDefinition
from app.domain.forms.state import PathError, display_value, parse_path
from app.domain.models import IntakeDraft
from app.printing.fonts import clean_text, fallback_markup, font_name, register_fonts

BY = {"client": "cliënt", "klantmanager": "klantmanager", "tolk": "met tolk"}


def _p(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    return Paragraph(fallback_markup(clean_text(text).text, bold=bold), style)


def _answer_text(definition: FormDefinition, field_id: str, answer: dict[str, Any]) -> str:
    value = answer.get("value")
    try:
        text = display_value(definition, field_id, value)
    except (KeyError, ValueError, TypeError):
        text = "" if value is None else str(value)
    original = answer.get("original")
    if isinstance(original, dict) and original.get("value") not in (None, "", value):
        text += f"\n(oorspronkelijk: {original.get('value')})"
    return text


def render_intake_pdf(
    definition: FormDefinition,
    draft: IntakeDraft,
    *,
    municipality: str = "",
    zaak_identificatie: str = "",
    printed_on: date | None = None,
) -> bytes:
    register_fonts()
    body = ParagraphStyle("body", fontName=font_name(), fontSize=10, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    h1 = ParagraphStyle("h1", parent=body, fontName=font_name(bold=True), fontSize=16, leading=20)
    h2 = ParagraphStyle("h2", parent=body, fontName=font_name(bold=True), fontSize=12, leading=16)
    status = "afgerond" if draft.status == "afgerond" else "concept"
    story: list[Any] = [
        _p(f"Brede intake — {definition.title}", h1),
        Spacer(1, 2 * mm),
        _p(
            f"{municipality or 'Gemeente'} · zaak {zaak_identificatie or '—'} · "
            f"formulierversie {draft.form_version} · status {status} · "
            f"afgedrukt {(printed_on or date.today()).strftime('%d-%m-%Y')}",
            small,
        ),
        Spacer(1, 4 * mm),
    ]
    by_field: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for path, answer in draft.answers.items():
        if not isinstance(answer, dict):
            continue
        try:
            fp = parse_path(path)
        except PathError:
            continue
        by_field.setdefault(fp.field_id, []).append((path, answer))
    for section in definition.sections:
        rows: list[list[Any]] = []
        for f in section.fields:
            for path, answer in sorted(by_field.get(f.id, []), key=lambda x: x[0]):
                text = _answer_text(definition, f.id, answer)
                if not text:
                    continue
                who = BY.get(str(answer.get("by", "")), "")
                label = f.label or f.id
                if "[" in path:
                    label += f" ({path.split('[')[1].split(']')[0]})"
                rows.append([_p(label, small), _p(text, body), _p(who, small)])
        if not rows:
            continue
        story.append(_p(f"{section.id}. {section.title}", h2))
        table = Table(rows, colWidths=[55 * mm, 95 * mm, 25 * mm], repeatRows=0)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#999999"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story += [table, Spacer(1, 4 * mm)]
    if len(story) == 4:
        story.append(_p("Nog geen antwoorden.", body))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Brede intake",
        author=municipality or "Huisbezoek",
        subject=zaak_identificatie,
    )
    doc.build(story)
    return buf.getvalue()
