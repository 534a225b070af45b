"""The printed PIP draft (DOMAIN.md §4.3) as PDF bytes, built entirely in memory.

SECURITY.md §6: reportlab writes into ``io.BytesIO``; no temp file is ever created. The BSN
and V-nummer are masked, the PDF title/metadata hold no name or BSN, and every page carries
"CONCEPT — geen besluit" (header + watermark). Tables repeat their header row and rows may
split, so long content flows over page breaks; free text goes into paragraphs that split
too. Characters no bundled font covers become a visible U+FFFD and are reported.
"""

from __future__ import annotations

import io
import logging
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.deadlines import BASIS_OVERRIDE, Deadlines, compute_deadlines
from app.domain.identifiers import mask_bsn
from app.domain.models import Client
from app.domain.pip import HOOFDDOEL_LABELS, PipDraft, validate_for_print
from app.printing.fonts import (
    LATIN,
    fallback_markup,
    font_name,
    register_fonts,
    script_for_language,
)
from app.printing.pip_blocks import (  # noqa: F401 - re-exported for callers
    BOTTOM,
    CONCEPT_MARK,
    HEAD_BG,
    LINE,
    MARGIN,
    PAGE_W,
    PDF_TITLE,
    TITLE,
    TOP,
    W_LOGO,
    W_MISSING_GLYPHS,
    RenderResult,
    _grid,
    _kv_table,
    _mask_vnummer,
    _numbered_canvas,
    _on_page,
    _render_lock,
    _signature_block,
    _Text,
    fmt_date,
)
from app.printing.pip_words import (
    COST_LABELS,
    DOELGROEP_LABELS,
    MB_LABELS,
    ROUTE_LABELS,
    address_lines,
    contact_rows,
    for_summary,
    word,
)
from app.printing.shaping import BidiParagraph
from app.printing.summary import SummaryCatalog, load_catalog, summary_lines

log = logging.getLogger(__name__)


def _heading(t: _Text, pip: PipDraft, client: Client, today: date) -> list[Flowable]:
    """Title, version, print date and the zaak (or masked BSN)."""
    s: list[Flowable] = []
    s.append(Paragraph(TITLE, t.h1))
    ref = client.zaak_identificatie or (f"BSN {mask_bsn(client.bsn)}" if client.bsn else "—")
    s.append(
        Paragraph(
            f"Versie {pip.version} · afgedrukt op {fmt_date(today)} · zaak {t.clean(ref)}", t.small
        )
    )
    s.append(Spacer(1, 3 * mm))
    return s


def _personal_data(t: _Text, pip: PipDraft, client: Client) -> list[Flowable]:
    """Section 1: personal data (BSN and V-nummer masked)."""
    s: list[Flowable] = []
    # 2. personal data
    s.append(Paragraph("1. Persoonsgegevens", t.h2))
    address = address_lines(client)
    s.append(
        _kv_table(
            t,
            [
                ("Naam", client.display_name or "—"),
                ("Geboortedatum", fmt_date(client.geboortedatum)),
                ("Doelgroep", DOELGROEP_LABELS.get(client.doelgroep, client.doelgroep or "—")),
                ("BSN", mask_bsn(client.bsn) or "—"),
                ("V-nummer", _mask_vnummer(client.v_nummer) or "—"),
                ("Adres", address or "—"),
                *contact_rows(pip),
            ],
        )
    )
    return s


def _situation_and_route(t: _Text, pip: PipDraft) -> list[Flowable]:
    """Sections 2 and 3: situation from the intake, the leerroute and its reasons."""
    s: list[Flowable] = []
    # 3. situation
    s.append(Paragraph("2. Situatie (uit de brede intake)", t.h2))
    s.extend(t.block(pip.situation_summary))

    # 4. route
    s.append(Paragraph("3. Leerroute", t.h2))
    route_label = ROUTE_LABELS.get(pip.route, "Nog niet gekozen" if not pip.route else pip.route)
    lbt = ROUTE_LABELS.get(pip.lbt_uitslag, pip.lbt_uitslag or "onbekend")
    rows = [
        ("Leerroute", route_label),
        ("Taaldoel", pip.taaldoel or "—"),
        ("Uitslag leerbaarheidstoets", lbt),
    ]
    if pip.hoofddoel:
        rows.append(("Hoofddoel", word(HOOFDDOEL_LABELS, pip.hoofddoel)))
    if pip.route and pip.lbt_uitslag and pip.route != pip.lbt_uitslag:
        rows.append(("Afwijking van de LBT", "Ja, zie onderbouwing"))
    s.append(_kv_table(t, rows))
    s.append(Paragraph("Onderbouwing", t.sub))
    s.extend(t.block(pip.route_reasons, empty="Nog geen onderbouwing ingevuld."))
    return s


def _termijn(t: _Text, dl: Deadlines) -> list[Flowable]:
    """Section 4: the PIP deadline and the termijn."""
    s: list[Flowable] = []
    # 5. termijn
    s.append(Paragraph("4. Termijn", t.h2))
    pip_dl = fmt_date(dl.pip_deadline) if dl.pip_deadline else "onbekend"
    if dl.pip_deadline and dl.pip_deadline_basis == BASIS_OVERRIDE:
        pip_dl += " (informatie van derden)"
    elif dl.pip_deadline and dl.pip_deadline_provisional:
        pip_dl += " (voorlopig)"
    s.append(
        _kv_table(
            t,
            [
                ("Uiterste datum PIP", pip_dl),
                (
                    "Start termijn",
                    fmt_date(dl.termijn_start) if dl.termijn_start else "dag na dagtekening PIP",
                ),
                (
                    "Einde termijn",
                    fmt_date(dl.termijn_einde) if dl.termijn_einde else "3 jaar na de start",
                ),
                (
                    "Uiterste datum schakelen",
                    fmt_date(dl.schakel_deadline)
                    if dl.schakel_deadline
                    else "18 maanden na de start",
                ),
            ],
        )
    )
    return s


def _offer(t: _Text, pip: PipDraft) -> list[Flowable]:
    """Section 5: the offer (components, activities, participation, preconditions)."""
    s: list[Flowable] = []
    # 6. offer
    s.append(Paragraph("5. Aanbod", t.h2))
    w = PAGE_W - 2 * MARGIN
    offer = [
        [
            "Taalonderwijs",
            pip.language.school or "—",
            str(pip.language.hours_per_week or "—"),
            fmt_date(pip.language.start),
        ],
    ]
    for label, comp in (("KNM", pip.knm), ("PVT (min. 12 uur)", pip.pvt), ("MAP", pip.map)):
        if comp.included:
            offer.append(
                [label, comp.provider or "—", str(comp.hours or "—"), fmt_date(comp.start)]
            )
    if pip.taalschakel.active:
        offer.append(
            [
                "Taalschakeltraject",
                pip.taalschakel.provider or "—",
                "—",
                fmt_date(pip.taalschakel.start),
            ]
        )
    s.append(
        _grid(
            t,
            ["Onderdeel", "Aanbieder", "Uren", "Start"],
            offer,
            [w * 0.3, w * 0.4, w * 0.12, w * 0.18],
        )
    )
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph("Activiteiten", t.sub))
    if pip.activities:
        acts = [
            [
                a.description,
                fmt_date(a.start),
                fmt_date(a.end),
                str(a.hours_per_week or "—"),
                a.responsible or "—",
            ]
            for a in pip.activities
        ]
        s.append(
            _grid(
                t,
                ["Activiteit", "Van", "Tot", "Uur/week", "Wie"],
                acts,
                [w * 0.4, w * 0.14, w * 0.14, w * 0.12, w * 0.2],
            )
        )
    else:
        s.append(Paragraph("Nog geen activiteiten afgesproken.", t.small))
    s.append(Paragraph("Participatie, werk of studie", t.sub))
    s.extend(t.block(pip.participation))
    s.append(Paragraph("Randvoorwaarden (zoals kinderopvang)", t.sub))
    pre = pip.preconditions or ("Kinderopvang nodig." if pip.kinderopvang_nodig else "")
    s.extend(t.block(pre))
    return s


def _support(t: _Text, pip: PipDraft) -> list[Flowable]:
    """Section 6: maatschappelijke begeleiding, ontzorgen and other support."""
    s: list[Flowable] = []
    # 7. support
    s.append(Paragraph("6. Ondersteuning", t.h2))
    if pip.ontzorgen.active:
        costs = ", ".join(word(COST_LABELS, c) for c in pip.ontzorgen.costs) or "—"
        ontz = f"Ja: {costs}"
        if pip.ontzorgen.start:
            ontz += f", van {fmt_date(pip.ontzorgen.start)}"
        if pip.ontzorgen.end:
            ontz += f" tot {fmt_date(pip.ontzorgen.end)}"
    else:
        ontz = "Nee"
    mb = pip.mb.organisation
    mb_text = word(MB_LABELS, mb) if mb else "—"
    if mb and pip.mb.start:
        mb_text += f", vanaf {fmt_date(pip.mb.start)}"
    s.append(_kv_table(t, [("Maatschappelijke begeleiding", mb_text), ("Ontzorgen", ontz)]))
    if pip.referrals:
        s.append(Paragraph("Andere ondersteuning", t.sub))
        s.extend(t.block(pip.referrals))
    return s


def _agreements_and_consequences(t: _Text, pip: PipDraft) -> list[Flowable]:
    """Sections 7 and 8: agreements, progress talks and what the plan means."""
    s: list[Flowable] = []
    # 8. agreements
    s.append(Paragraph("7. Afspraken en voortgang", t.h2))
    s.extend(t.block(pip.agreements, empty="Nog geen afspraken ingevuld."))
    s.append(
        _kv_table(
            t,
            [
                ("Voortgangsgesprekken", pip.progress_talks.frequency or "—"),
                ("Eerste gesprek", fmt_date(pip.progress_talks.first_date)),
            ],
        )
    )

    # 9. consequences; 10. legal remedies only on the final decision
    s.append(Paragraph("8. Gevolgen en wijzigen van het plan", t.h2))
    s.append(
        Paragraph(
            "Het PIP wordt een besluit van de gemeente. Houdt u zich niet aan de afspraken, dan "
            "kan de gemeente maatregelen nemen. Het plan wordt aangepast als u van leerroute "
            "wisselt, als het taaldoel wordt verlaagd of als u verhuist. Wilt u iets veranderen? "
            "Bespreek het met uw klantmanager.",
            t.body,
        )
    )
    s.append(
        Paragraph(
            "Dit is een concept. De bezwaarclausule staat alleen in het definitieve besluit.",
            t.small,
        )
    )
    return s


def _story(
    t: _Text,
    *,
    pip: PipDraft,
    client: Client,
    municipality: str,
    summary_lang: str,
    catalog: SummaryCatalog,
    today: date,
    warnings: list[str],
) -> list[Flowable]:
    dl = compute_deadlines(client, today)
    s: list[Flowable] = []
    s.extend(_heading(t, pip, client, today))
    s.extend(_personal_data(t, pip, client))
    s.extend(_situation_and_route(t, pip))
    s.extend(_termijn(t, dl))
    s.extend(_offer(t, pip))
    s.extend(_support(t, pip))
    s.extend(_agreements_and_consequences(t, pip))

    # 11. signatures
    s.append(CondPageBreak(60 * mm))
    s.append(_signature_block(t, municipality, client, pip))

    # 12. summary in the client's language
    if summary_lang and summary_lang != "nl":
        s.extend(
            _summary_pages(
                t,
                pip,
                municipality=municipality,
                dl=dl,
                lang=summary_lang,
                catalog=catalog,
                warnings=warnings,
            )
        )
    return s


def _summary_pages(
    t: _Text,
    pip: PipDraft,
    *,
    municipality: str,
    dl: Any,
    lang: str,
    catalog: SummaryCatalog,
    warnings: list[str],
) -> list[Flowable]:
    (title_nl, title_tr), lines = summary_lines(
        for_summary(pip, municipality), deadlines=dl, lang=lang, catalog=catalog, warnings=warnings
    )
    script = script_for_language(lang)
    rtl = catalog.is_rtl(lang)
    size = 11 if script != LATIN else 10

    def tr_para(text: str, bold: bool = False, sz: float = size) -> Flowable:
        return BidiParagraph(
            t.clean(text),
            size=sz,
            leading=sz * 1.6,
            bold=bold,
            prefer=script,
            rtl=rtl,
            space_after=0,
        )

    w = PAGE_W - 2 * MARGIN
    head = [
        Paragraph("Nederlands (leidend)", t.label),
        tr_para(catalog.language_name(lang), bold=True, sz=10),
    ]
    rows: list[list[Any]] = [head]
    for nl, tr in lines:
        rows.append([Paragraph(fallback_markup(t.clean(nl)), t.body), tr_para(tr)])
    tbl = Table(rows, colWidths=[w / 2, w / 2], repeatRows=1, splitInRow=1, hAlign="LEFT")
    tbl.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), font_name(LATIN)),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
                ("LINEAFTER", (0, 0), (0, -1), 0.3, LINE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [
        PageBreak(),
        Paragraph(t.clean(title_nl), t.h1),
        tr_para(title_tr, bold=True, sz=14),
        Spacer(1, 4 * mm),
        tbl,
    ]


def render_pip(
    pip: PipDraft,
    client: Client,
    *,
    municipality_name: str,
    logo_path: str | Path | None = None,
    summary_lang: str = "",
    catalog: SummaryCatalog | None = None,
    today: date | None = None,
) -> RenderResult:
    """PDF bytes of the PIP draft, plus warning keys for the UI (never personal data)."""
    register_fonts()
    today = today or date.today()
    catalog = catalog or load_catalog()
    warnings = list(validate_for_print(pip, client))
    logo: ImageReader | None = None
    if logo_path:
        try:
            logo = ImageReader(str(logo_path))
            logo.getSize()
        except Exception as exc:  # noqa: BLE001 (any unreadable image: print without logo)
            log.warning("logo unreadable", extra={"exception_type": type(exc).__name__})
            warnings.append(W_LOGO)
            logo = None
    t = _Text()
    municipality = t.clean(municipality_name or "Gemeente")
    buf = io.BytesIO()
    footer = f"{PDF_TITLE} versie {pip.version} · {CONCEPT_MARK}"
    with _render_lock:
        doc = SimpleDocTemplate(
            buf,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=PDF_TITLE,
            author=municipality,
            subject=CONCEPT_MARK,
            creator="Huisbezoek",
            initialFontName=font_name(LATIN),
            initialFontSize=9.5,
            lang="nl-NL",
        )
        story = _story(
            t,
            pip=pip,
            client=client,
            municipality=municipality,
            summary_lang=summary_lang,
            catalog=catalog,
            today=today,
            warnings=warnings,
        )
        on_page = _on_page(municipality, logo)
        canvas_cls = _numbered_canvas(footer)
        holder: dict[str, int] = {}

        class _Counting(canvas_cls):  # type: ignore[misc, valid-type]
            def save(self) -> None:
                super().save()
                holder["pages"] = self.page_total

        doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=_Counting)
    if t.missing:
        warnings.append(f"{W_MISSING_GLYPHS}:{','.join(t.missing)}")
    pdf = buf.getvalue()
    log.info("pip rendered", extra={"count": holder.get("pages", 0)})
    return RenderResult(pdf=pdf, warnings=warnings, pages=holder.get("pages", 0))
