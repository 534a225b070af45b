"""Export for the regie meeting (issue 13): XLSX and/or a one-page PDF of the caseload
indicators into a folder the klantmanager chooses. Qt-free.

Aggregated by default. ``per_client=True`` adds the per-client list; the screen asks for it
explicitly and shows the same warning as "Opslaan als pdf" first. Files are written atomically
with owner-only permissions (0600, as every file ``atomic_save`` writes) and their names hold
no name or BSN. A folder that does not exist or cannot be written raises
:class:`ExportFolderError` before anything is written.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain import obligations as O
from app.domain.indicators import CaseData, caseload_indicators
from app.domain.models import Phase
from app.printing.regie_export import ClientRow, regie_pdf, regie_xlsx
from app.services.overview import OverviewService
from app.services.printing import atomic_save

log = logging.getLogger(__name__)

PHASE_WORDS = {
    Phase.AANGEMELD.value: "aangemeld",
    Phase.INTAKE.value: "brede intake",
    Phase.PIP_CONCEPT.value: "PIP in voorbereiding",
    Phase.PIP_VASTGESTELD.value: "PIP vastgesteld",
    Phase.IN_TRAJECT.value: "in traject",
    Phase.AFGEROND.value: "afgerond",
}
ROUTE_WORDS = {
    "b1": "B1-route",
    "onderwijs": "Onderwijsroute",
    "z": "Z-route",
    "": "nog niet bepaald",
}
KIND_WORDS = {"pip": "PIP", "schakel": "schakelen", "termijn": "einde termijn"}


class ExportFolderError(OSError):
    """The chosen folder does not exist or cannot be written."""


@dataclass(frozen=True)
class ExportResult:
    paths: tuple[Path, ...]
    per_client: bool


def client_rows(cases: list[CaseData], today: date) -> list[ClientRow]:
    rows = []
    for case in sorted(cases, key=lambda c: c.client.display_name.casefold()):
        c = case.client
        if c.phase == Phase.AFGEROND.value:
            continue
        view = O.termijn_view(c, case.parts, today)
        d = view.deadlines
        nxt = (
            f"{KIND_WORDS.get(d.next_kind or '', '')} {d.next_deadline.strftime('%d-%m-%Y')}"
            if d.next_deadline
            else "onbekend"
        )
        rows.append(
            ClientRow(
                name=c.display_name,
                phase=PHASE_WORDS.get(c.phase, c.phase),
                route=ROUTE_WORDS.get(view.route, view.route),
                next_deadline=nxt,
                open_requirements=len(view.open),
            )
        )
    return rows


class RegieExportService:
    def __init__(self, overview: OverviewService, *, municipality: str) -> None:
        self._overview = overview
        self._municipality = municipality

    def check_folder(self, folder: Path) -> None:
        if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
            raise ExportFolderError(str(folder))

    def export(
        self, folder: Path, *, xlsx: bool = True, pdf: bool = True, per_client: bool = False
    ) -> ExportResult:
        folder = Path(folder)
        self.check_folder(folder)
        today = self._overview.today()
        cases = self._overview.cases()
        ind = caseload_indicators(cases, today)
        rows = client_rows(cases, today) if per_client else None
        stem = f"regie-overzicht-{today.isoformat()}" + ("-per-klant" if per_client else "")
        paths: list[Path] = []
        try:
            if xlsx:
                data = regie_xlsx(ind, municipality=self._municipality, today=today, clients=rows)
                paths.append(atomic_save(folder / f"{stem}.xlsx", data))
            if pdf:
                data = regie_pdf(ind, municipality=self._municipality, today=today, clients=rows)
                paths.append(atomic_save(folder / f"{stem}.pdf", data))
        except PermissionError as exc:
            raise ExportFolderError(str(folder)) from exc
        log.info("regie_export files=%d per_client=%s", len(paths), per_client)
        return ExportResult(tuple(paths), per_client)
