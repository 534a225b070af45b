"""The self-fill hand-over as a flow across screens: hand-over dialog → sealed self-fill
screen → back with the PIN → review tab on the client page. Wired from the intake tab
(``app.ui.factories.intake_tab``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from app.domain.forms.model import FormDefinition
    from app.domain.models import Client
    from app.services.intake import IntakeService
    from app.services.selffill import SelfFillSession
    from app.ui.container import AppServices
    from app.ui.dialogs.handover import HandoverChoice
    from app.ui.screens.intake import IntakeScreen
    from app.ui.screens.selffill import SelfFillScreen


def start_selffill(
    services: AppServices, intake: IntakeScreen, client: Client, service: IntakeService
) -> None:
    from app.domain.errors import NotFound
    from app.domain.models import IntakeDraft
    from app.services.selffill import PIN_PARAMS, SelfFillSession
    from app.ui.screens.selffill import SelfFillScreen

    window = services.window
    intake.save_now()
    definition = service.definition(intake.draft)
    handover = services.overrides.handover or run_handover_dialog
    choice = handover(window, definition, services.languages(), client.taal or "nl")
    if choice is None:
        return
    session = SelfFillSession.start(
        client_uuid=client.uuid,
        draft_uuid=intake.draft.uuid,
        lang=choice.lang,
        sections=choice.sections,
        allowed_sections=[s.id for s in definition.self_fill_sections()],
        pin=choice.pin,
        large_text=choice.large_text,
        params=services.overrides.pin_params or PIN_PARAMS,
    )
    try:
        draft = service.get_draft(intake.draft.uuid)
    except NotFound:  # not saved yet: the self-fill screen's autosave stores it
        draft = IntakeDraft.from_dict(intake.draft.to_dict())
    screen = SelfFillScreen(service, draft, session, services.catalog())
    screen.handed_back.connect(lambda: handed_back(services, screen, service, session))
    screen.locked_out.connect(window.lock)
    window.enter_sealed_mode(screen)  # tears the caseload/client page down
    # SECURITY.md §9: every other client's decrypted header leaves memory (issue 11)
    services.vault.clients.drop_all_except(session.client_uuid)
    screen.activate()


def handed_back(
    services: AppServices, screen: SelfFillScreen, service: IntakeService, session: SelfFillSession
) -> None:
    from app.ui.screens.review import ReviewScreen

    window = services.window
    if not services.vault.is_locked:
        services.vault.clients.restore()  # the klantmanager has the laptop back (PIN checked)
    if window.sealed_widget is screen:
        window.leave_sealed_mode()  # rebuilds the workspace, reopens the client page
    screen.deleteLater()
    page: Any = window.client_page
    if page is None or getattr(page, "client_uuid", "") != session.client_uuid:
        page = window.open_client(session.client_uuid)
    if page is None:
        return
    draft = service.get_draft(session.draft_uuid)
    review = ReviewScreen(service, draft, session.sections, session.lang, services.catalog())
    page.show_extra_tab(review, QCoreApplication.translate("ClientTabs", "Review"))

    def finished() -> None:
        page.remove_extra_tab(review)
        intake = page.open_tab("Intake")
        restore = getattr(intake, "restore_after_unlock", None)
        if callable(restore):
            restore({"lang": "nl"})

    review.finished.connect(finished)
    window.review_screen = review  # tests and diagnostics


def run_handover_dialog(
    parent: Any, definition: FormDefinition, languages: Sequence[tuple[str, str]], default: str
) -> HandoverChoice | None:
    from app.ui.dialogs.handover import HandoverDialog

    dlg = HandoverDialog(definition, languages, default_lang=default, parent=parent)
    try:
        return dlg.choice if dlg.exec() else None
    finally:
        dlg.deleteLater()
