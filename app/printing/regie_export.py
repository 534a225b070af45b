"""Export of the caseload indicators for the regie meeting with the chain partners (issue 13):
an XLSX workbook (openpyxl) and a one-page PDF (reportlab). Qt-free.

Aggregated by default: counts and shares only, no names, no BSN, no dates of a person. A
per-client list is added only when the caller passes ``clients`` (the klantmanager asked for
it explicitly and saw the warning); it then carries the name, the phase, the route, the next
deadline and the requirements still open, never the BSN.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.domain.indicators import Indicators
from app.printing.fonts import LATIN, clean_text, font_name, register_fonts

TITLE = "Overzicht inburgering voor het regieoverleg"
NOTE = (
    "Geaggregeerde cijfers van één klantmanager, zonder persoonsgegevens. Definities: "
    "DOMAIN.md §7 (A–R); tijd tot brede intake volgens CBS (vanaf de start van de plicht)."
)


@dataclass(frozen=True)
class ClientRow:
    """One line of the optional per-client list (only when explicitly asked for)."""

    name: str
    phase: str
    route: str
    next_deadline: str
    open_requirements: int


def _pct(part: int, whole: int | None) -> str:
    return "—" if not whole else f"{round(100 * part / whole)}%"


def _num(value: float | None, digits: int = 0) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def indicator_rows(ind: Indicators) -> list[tuple[str, str, str, str]]:
    """(letter, section, Dutch label, value) for every indicator A–R, in DOMAIN.md order."""
    active = ind.active
    share = "—" if ind.share_on_time is None else f"{round(ind.share_on_time * 100)}%"
    bi_share = "—" if ind.share_bi_started is None else f"{round(ind.share_bi_started * 100)}%"
    routes = ind.route_counts
    comp = ind.components
    base = ind.with_pip_active
    part = ind.participation
    return [
        ("A", "Bestand", "Actieve inburgeraars", str(active)),
        ("B", "Bestand", "Nog zonder PIP", str(ind.without_pip)),
        ("C", "Bestand", "PIP, geen verlenging", str(ind.pip_no_extension)),
        ("D", "Bestand", "PIP met verlenging", str(ind.pip_with_extension)),
        ("E", "PIP", "Eerste PIP's in de laatste 30 dagen", str(ind.pips_last_30_days)),
        ("F", "PIP", "Eerste PIP's binnen 10 weken", str(ind.pips_on_time)),
        ("G", "PIP", "Eerste PIP's na 10 weken", str(ind.pips_late)),
        ("F", "PIP", "Op tijd, van alle gemaakte of verlopen PIP's", share),
        ("H", "PIP", "PIP-termijn binnen 14 dagen", str(ind.at_risk)),
        ("H", "PIP", "PIP-termijn verstreken zonder PIP", str(ind.pips_overdue)),
        (
            "I",
            "Brede intake",
            "Mediaan dagen van start plicht tot brede intake (CBS)",
            _num(ind.median_days_to_bi),
        ),
        ("I", "Brede intake", "Brede intake gestart", f"{ind.bi_started} ({bi_share})"),
        ("J", "Brede intake", "LBT afgenomen", str(ind.lbt_done)),
        ("J", "Brede intake", "LBT gepland", str(ind.lbt_planned)),
        ("J", "Brede intake", "LBT overgeslagen (zintuiglijke beperking)", str(ind.lbt_skipped)),
        ("J", "Brede intake", "LBT nog niet afgenomen", str(ind.lbt_not_done)),
        (
            "K",
            "Leerroute",
            "B1-route",
            f"{routes.get('b1', 0)} ({_pct(routes.get('b1', 0), active)})",
        ),
        (
            "K",
            "Leerroute",
            "Onderwijsroute",
            f"{routes.get('onderwijs', 0)} ({_pct(routes.get('onderwijs', 0), active)})",
        ),
        ("K", "Leerroute", "Z-route", f"{routes.get('z', 0)} ({_pct(routes.get('z', 0), active)})"),
        ("K", "Leerroute", "Nog niet bepaald", str(routes.get("", 0))),
        ("K", "Leerroute", "Afgeschaald van B1 naar A2", str(ind.lowered)),
        ("K", "Leerroute", "Geschakeld", str(ind.switched)),
        ("L", "Leerroute", "Leerroute wijkt af van de LBT", str(ind.lbt_advice_mismatch)),
        ("L", "Leerroute", "Waarvan met onderbouwing", str(ind.mismatch_with_reasons)),
        ("M", "Termijn", "Schakelvenster sluit binnen 60 dagen", str(ind.schakel_closing)),
        ("N", "Termijn", "Termijn eindigt binnen 6 maanden, eisen open", str(ind.termijn_ending)),
        ("O", "Onderdelen", "PVT getekend", f"{comp.get('pvt', 0)} van {base}"),
        ("O", "Onderdelen", "MAP-eindgesprek gehouden", f"{comp.get('map', 0)} van {base}"),
        ("O", "Onderdelen", "KNM behaald", f"{comp.get('knm', 0)} van {base}"),
        ("O", "Onderdelen", "Taaldeel afgerond", f"{comp.get('language', 0)} van {base}"),
        ("P", "Ondersteuning", "Ontzorgen stopt binnen 30 dagen", str(ind.ontzorgen_ending)),
        ("Q", "Ondersteuning", "Voortgangsgesprek te laat", str(ind.progress_overdue)),
        (
            "R",
            "Participatie",
            "Werkt (zelfrapportage)",
            f"{part.get('work', 0)} ({_pct(part.get('work', 0), active)})",
        ),
        (
            "R",
            "Participatie",
            "Interesse in vrijwilligerswerk",
            f"{part.get('volunteer', 0)} ({_pct(part.get('volunteer', 0), active)})",
        ),
        (
            "R",
            "Participatie",
            "Studeert (taalschakeltraject)",
            f"{part.get('study', 0)} ({_pct(part.get('study', 0), active)})",
        ),
    ]


def regie_xlsx(
    ind: Indicators,
    *,
    municipality: str,
    today: date,
    clients: Sequence[ClientRow] | None = None,
) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Indicatoren"
    bold = Font(bold=True)
    ws.append([TITLE])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([f"{municipality} · peildatum {today.strftime('%d-%m-%Y')}"])
    ws.append([NOTE])
    ws.append([])
    ws.append(["Letter", "Onderwerp", "Indicator", "Waarde"])
    for cell in ws[5]:
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="E8ECF2")
    for row in indicator_rows(ind):
        ws.append(list(row))
    for col, width in zip("ABCD", (8, 16, 52, 18), strict=True):
        ws.column_dimensions[col].width = width
    ws["A3"].alignment = Alignment(wrap_text=False)
    ws.freeze_panes = "A6"
    dist = wb.create_sheet("Per fase")
    dist.append(["Fase", "Aantal"])
    for cell in dist[1]:
        cell.font = bold
    for phase, n in sorted(ind.per_phase.items()):
        dist.append([phase.replace("_", " "), n])
    if clients is not None:
        per = wb.create_sheet("Per klant (persoonsgegevens)")
        per.append(["Let op: dit blad bevat persoonsgegevens. Deel het niet buiten de gemeente."])
        per["A1"].font = Font(bold=True, color="A4161A")
        per.append(["Naam", "Fase", "Leerroute", "Eerstvolgende termijn", "Eisen open"])
        for cell in per[2]:
            cell.font = bold
        for c in clients:
            per.append([c.name, c.phase, c.route, c.next_deadline, c.open_requirements])
        for col, width in zip("ABCDE", (32, 18, 18, 22, 12), strict=True):
            per.column_dimensions[col].width = width
    wb.properties.creator = "Huisbezoek"
    wb.properties.title = TITLE
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def regie_pdf(
    ind: Indicators,
    *,
    municipality: str,
    today: date,
    clients: Sequence[ClientRow] | None = None,
) -> bytes:
    """One A4 page of indicators; the per-client list (when asked) follows on its own pages."""
    register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1)
    c.setTitle(TITLE)
    c.setAuthor("Huisbezoek")
    w, h = A4
    regular, bold = font_name(LATIN), font_name(LATIN, True)
    x, y = 18 * mm, h - 20 * mm
    c.setFont(bold, 14)
    c.drawString(x, y, TITLE)
    y -= 6 * mm
    c.setFont(regular, 9)
    c.drawString(x, y, clean_text(f"{municipality} · peildatum {today.strftime('%d-%m-%Y')}").text)
    y -= 5 * mm
    c.setFillColor(colors.HexColor("#555555"))
    c.setFont(regular, 7.5)
    for i, line in enumerate(simpleSplit(NOTE, regular, 7.5, w - 36 * mm)):
        c.drawString(x, y - i * 3.5 * mm, line)
    c.setFillColor(colors.black)
    y -= 10 * mm
    section = ""
    row_h = 5.6 * mm
    for letter, sect, label, value in indicator_rows(ind):
        if sect != section:
            section = sect
            c.setFont(bold, 9.5)
            c.drawString(x, y, sect)
            y -= row_h
        c.setFont(regular, 9)
        c.drawString(x + 2 * mm, y, letter)
        c.drawString(x + 10 * mm, y, clean_text(label).text)
        c.drawRightString(w - 18 * mm, y, value)
        c.setStrokeColor(colors.HexColor("#DDDDDD"))
        c.line(x, y - 1.6 * mm, w - 18 * mm, y - 1.6 * mm)
        y -= row_h
    c.setFont(regular, 7)
    c.drawString(x, 12 * mm, "Huisbezoek · geaggregeerd, geen persoonsgegevens")
    if clients is not None:
        c.showPage()
        y = h - 20 * mm
        c.setFont(bold, 12)
        c.setFillColor(colors.HexColor("#A4161A"))
        c.drawString(x, y, "Per klant — bevat persoonsgegevens, niet delen buiten de gemeente")
        c.setFillColor(colors.black)
        y -= 8 * mm
        for row in clients:
            if y < 20 * mm:
                c.showPage()
                y = h - 20 * mm
            c.setFont(regular, 8.5)
            c.drawString(x, y, clean_text(row.name).text[:48])
            c.drawString(x + 75 * mm, y, row.phase)
            c.drawString(x + 105 * mm, y, row.route)
            c.drawString(x + 130 * mm, y, row.next_deadline)
            c.drawRightString(w - 18 * mm, y, str(row.open_requirements))
            y -= 5 * mm
    c.save()
    return buf.getvalue()
