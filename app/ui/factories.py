"""Factories of the pages and client tabs listed in :mod:`app.ui.workspace`.

A page factory takes the workspace's :class:`~app.ui.container.AppServices` and returns the
page's widget; a tab factory also gets the client. Screens are imported inside the factory, so
nothing here costs start-up time (the unlock screen needs none of them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.domain.models import Client
    from app.ui.container import AppServices


# ---------------------------------------------------------------------- sidebar pages
def caseload(services: AppServices) -> QWidget:
    from app.ui.screens.caseload import CaseloadScreen
    from app.ui.widgets.due_visits import DueVisitsPanel
    from app.ui.widgets.next_visit import plan_visit_for

    planning, vault = services.planning_service(), services.vault
    languages = [("nl", "Nederlands"), *services.languages()]
    screen = CaseloadScreen(
        vault,
        plan_visit=lambda parent, uuid: plan_visit_for(
            parent, planning, vault.clients.get(uuid), languages=languages
        ),
    )
    screen.set_high_contrast(services.settings.high_contrast)
    window = services.window
    # on unlock the first screen shows today's visits and those still to record (issue 13)
    due = DueVisitsPanel(planning, screen)
    due.setVisible(due.has_items)
    due.client_requested.connect(window.open_client)
    layout = screen.layout()
    if layout is not None:
        layout.insertWidget(1, due)
    screen.due_visits = due  # type: ignore[attr-defined]

    def new_client() -> None:
        from app.ui.screens.new_client import NewClientScreen

        form = NewClientScreen(services.client_service())

        def registered(uuid: str) -> None:
            screen.reload()
            window.open_client(uuid)

        form.registered.connect(registered)
        form.open_existing.connect(window.open_client)
        window.show_in_client_slot(form)

    screen.new_client_requested.connect(new_client)
    return screen


def overview(services: AppServices) -> QWidget:
    from app.services.regie_export import RegieExportService
    from app.ui.dialogs.regie_export import open_regie_export
    from app.ui.screens.overview import OverviewScreen

    def export(parent: QWidget) -> None:
        name = services.settings.municipality_name
        open_regie_export(
            parent, RegieExportService(services.overview_service(), municipality=name)
        )

    return OverviewScreen(services.vault, export=export)


def agenda(services: AppServices) -> QWidget:
    """The week agenda; a visit opens its client, can be re-planned or saved as .ics."""
    from app.ui.dialogs.ics_export import save_visit_ics
    from app.ui.screens.agenda import WeekAgendaScreen
    from app.ui.widgets.next_visit import plan_visit_for

    planning, vault, window = services.planning_service(), services.vault, services.window
    languages = [("nl", "Nederlands"), *services.languages()]
    screen = WeekAgendaScreen(
        planning,
        languages=languages,
        save_ics=lambda parent, visit: save_visit_ics(parent, planning, visit),
        plan_dialog=lambda parent, visit: plan_visit_for(
            parent, planning, vault.clients.get(visit.client_uuid), languages=languages, visit=visit
        ),
    )
    screen.client_requested.connect(window.open_client)
    return screen


def cards(services: AppServices) -> QWidget:
    """Conversation cards in the language of the client whose page was open (else Dutch); a
    card shown while a client is the context is recorded into today's visit."""
    from app.ui.screens.cards import CardsScreen

    window, vault = services.window, services.vault

    def record(card_id: str, note: str) -> None:
        uuid = window.context_client_uuid
        if uuid:  # a client was open: the card goes into today's visit; else just browsing
            services.visit_service().record_card(uuid, card_id, note)

    lang = "nl"
    if uuid := window.context_client_uuid:
        try:
            lang = vault.clients.get(uuid).taal or "nl"
        except Exception:  # noqa: BLE001 - purged meanwhile: browse in Dutch
            lang = "nl"
    return CardsScreen(services.deck(), lang, record=record)


def sync(services: AppServices) -> QWidget:
    from app.ui.screens.sync_panel import SyncPanel

    return SyncPanel(services.sync_controller())


def settings(services: AppServices) -> QWidget:
    from app.ui.screens.settings import SettingsScreen

    window, vault = services.window, services.vault
    screen = SettingsScreen(
        services.settings,
        window.save_settings,
        window.session.change_passphrase,
        vault.recovery_fingerprint,
        zgw_secret=services.secret_store(),
        device_status=window.session.device_key_status,
    )
    screen.language_changed.connect(window.set_language)
    screen.idle_minutes_changed.connect(window.set_idle_minutes)
    screen.appearance_changed.connect(window.set_appearance)
    return screen


# ---------------------------------------------------------------------- client-page tabs
def progress_tab(services: AppServices, client: Client) -> QWidget:
    from app.ui.widgets.intake_progress import IntakeProgressWidget

    return IntakeProgressWidget(
        services.vault, services.registry(), client, catalog=services.catalog(), content_lang="nl"
    )


def intake_tab(services: AppServices, client: Client) -> QWidget:
    from app.ui.screens.intake import IntakeScreen
    from app.ui.selffill_flow import start_selffill

    service = services.intake_service()
    screen = IntakeScreen(
        service,
        client,
        services.catalog(),
        deck=services.deck(),
        languages=services.languages(),
    )
    screen.handover_requested.connect(lambda: start_selffill(services, screen, client, service))
    screen.card_requested.connect(lambda card_id: show_card(services, card_id))
    return screen


def termijn_tab(services: AppServices, client: Client) -> QWidget:
    """The parts of the obligation against the termijn end and the switch window."""
    from app.ui.screens.obligations import ObligationsScreen

    return ObligationsScreen(services.obligation_service(), client.uuid)


def visits_tab(services: AppServices, client: Client) -> QWidget:
    from app.ui.screens.visits import VisitsScreen
    from app.ui.widgets.next_visit import NextVisitPanel

    languages = [("nl", "Nederlands"), *services.languages()]
    screen = VisitsScreen(
        services.visit_service(),
        client,
        languages=languages,
        sections=services.sections(),
        card_titles=services.card_titles(),
    )
    # the next visit (date, time, place, type, interpreter) above the visit log (issue 13)
    panel = NextVisitPanel(services.planning_service(), client, languages=languages)
    panel.planned.connect(lambda _visit: screen.reload())
    layout = screen.layout()
    if layout is not None:
        layout.insertWidget(0, panel)
    screen.next_visit = panel  # type: ignore[attr-defined]
    return screen


def pip_tab(services: AppServices, client: Client) -> QWidget:
    from app.ui.screens.pip_editor import PipEditorScreen

    return PipEditorScreen(services.pip_service(), client, printing=services.printing())


def documents_tab(services: AppServices, client: Client) -> QWidget:
    from app.ui.screens.documents import DocumentsScreen

    return DocumentsScreen(services.vault, client)


def show_card(services: AppServices, card_id: int) -> None:
    """A card suggested in the intake: the cards page, for this client, showing that card."""
    window = services.window
    window.show_page("cards")
    page = window.page("cards")
    ensure = getattr(page, "ensure", None)
    if callable(ensure):
        screen = ensure()
        card = services.deck().get(int(card_id))
        if card is not None:
            screen.show_card(card)
