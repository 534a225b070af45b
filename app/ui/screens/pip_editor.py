"""PIP draft editor (DOMAIN.md §4): route with reasons, language goal, offer, support,
activities and agreements, prefilled from the Brede Intake; autosaved and versioned.

Autosave: every change restarts a short timer (``autosave_ms``, ≤ 2 s); the draft is also
saved at once when the window loses focus, the tab is hidden, the vault locks or the editor
closes. The legally decisive dates (PIP dagtekening, termijn) come from the office and are
shown read-only. "Preview and print" shows :class:`PipPreviewScreen` in place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import StoreError
from app.domain.models import Client
from app.domain.pip import PipDraft, apply_route, validate_for_print
from app.services.pip import PipService, PipVersion
from app.services.printing import PrintingService
from app.ui.screens.pip_preview import PipPreviewScreen, PrintDialogs
from app.ui.widgets.pip_dates import PipLegalDates
from app.ui.widgets.pip_fields import PipBinder
from app.ui.widgets.pip_sections import (
    ActivitiesSection,
    AgreementsSection,
    OfferSection,
    RouteSection,
    SupportSection,
    route_name,
)
from app.ui.widgets.pip_warnings import warning_texts

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1500


class PipEditorScreen(QWidget):
    def __init__(
        self,
        service: PipService,
        client: Client,
        *,
        printing: PrintingService | None = None,
        dialogs: PrintDialogs | None = None,
        today: Callable[[], date] = date.today,
        autosave_ms: int = AUTOSAVE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._client = client
        self._printing = printing
        self._dialogs = dialogs
        self._today = today
        self._dirty = False
        self._versions: list[PipVersion] = []
        self._viewing_old = False
        self._shown = -1
        self._saved_at = ""
        self._loaded = False
        self._pip = service.open_for_edit(client)
        self._route_before = self._pip.route
        self.preview: PipPreviewScreen | None = None

        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.version_label = QLabel(self)
        self.version_combo = QComboBox(self)
        self.version_label.setBuddy(self.version_combo)
        self.save_state = QLabel(self)
        self.save_state.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_button = QPushButton(self)
        self.preview_button.setVisible(printing is not None)
        self.old_note = QLabel(self)
        self.old_note.setWordWrap(True)
        self.old_note.setProperty("role", "warning")
        self.old_note.setVisible(False)

        self.dates_box = PipLegalDates(client, today, self)

        self.binder = PipBinder(self)
        self.route = RouteSection(self.binder, self)
        self.offer = OfferSection(self.binder, self)
        self.support = SupportSection(self.binder, self)
        self.activities = ActivitiesSection(self)
        self.agreements = AgreementsSection(self.binder, self)
        self.checks = QLabel(self)
        self.checks.setTextFormat(Qt.TextFormat.PlainText)
        self.checks.setWordWrap(True)
        self.checks.setProperty("role", "warning")

        content = QWidget(self)
        cl = QVBoxLayout(content)
        for w in (
            self.dates_box,
            self.route,
            self.offer,
            self.support,
            self.activities,
            self.agreements,
        ):
            cl.addWidget(w)
        cl.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.save_state)
        top.addWidget(self.version_label)
        top.addWidget(self.version_combo)
        top.addWidget(self.preview_button)
        editor = QWidget(self)
        el = QVBoxLayout(editor)
        el.setContentsMargins(0, 0, 0, 0)
        el.addLayout(top)
        el.addWidget(self.old_note)
        el.addWidget(self.scroll, 1)
        el.addWidget(self.checks)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(min(autosave_ms, 2000))
        self._preview_shortcut = QShortcut(QKeySequence.StandardKey.Print, editor)
        self.retranslate_ui()
        self._load(self._pip)
        self._reload_versions()

        # signals
        self.binder.changed.connect(self._on_changed)
        self.activities.changed.connect(self._on_changed)
        self.route.route.currentIndexChanged.connect(self._on_route_changed)
        self._timer.timeout.connect(self.flush)
        self.version_combo.activated.connect(self._on_version_chosen)
        self.preview_button.clicked.connect(self.show_preview)
        self._preview_shortcut.activated.connect(self.show_preview)

    saved = Signal(int)  # the stored version number

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("PIP draft"))
        self.version_label.setText(self.tr("&Version:"))
        self.version_combo.setAccessibleName(self.tr("Version of the PIP draft"))
        self.preview_button.setText(self.tr("Preview and &print…"))
        self.preview_button.setAccessibleName(self.tr("Preview and print the PIP draft"))
        self.old_note.setText(
            self.tr(
                "You are looking at an older version. It cannot be "
                "changed; choose the newest version to continue editing."
            )
        )
        self.scroll.setAccessibleName(self.tr("PIP draft form"))
        for section in (self.route, self.offer, self.support, self.activities, self.agreements):
            section.retranslate_ui()
        self.dates_box.retranslate_ui()
        self._update_route_hint()
        self._update_checks()
        self._update_save_state()
        self._fill_version_combo()
        if self.preview is not None:
            self.preview.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.flush()  # focus went to another window: save now
        super().changeEvent(event)

    # ------------------------------------------------------------------ editing
    def current_pip(self) -> PipDraft:
        """The draft as the form shows it (for the working version)."""
        if not self._viewing_old and self._loaded:
            self.binder.store(self._pip)
            self._pip.activities = self.activities.model.activities()
        return self._pip

    def _load(self, pip: PipDraft) -> None:
        self._route_before = pip.route
        self.binder.load(pip)
        self._loaded = True
        self.activities.model.set_activities(pip.activities)
        self._update_route_hint()
        self._update_checks()

    def _on_changed(self) -> None:
        if self._viewing_old:
            return
        self._dirty = True
        self._update_route_hint()
        self._update_checks()
        self._update_save_state()
        self._timer.start()

    def _on_route_changed(self, _index: int) -> None:
        if self._viewing_old or self.binder.loading:
            return
        route = str(self.route.route.currentData() or "")
        pip = self.current_pip()
        pip.route = self._route_before  # the checks may already have stored the new one
        apply_route(pip, route)  # the offer follows the route (MAP, taalschakeltraject, goal)
        self._route_before = route
        self.binder.load(pip)
        self._update_checks()

    def flush(self) -> bool:
        """Save now if anything changed. False when the save failed (the change is kept in
        the form and retried on the next change or flush)."""
        self._timer.stop()
        if not self._dirty or self._viewing_old:
            return True
        try:
            saved = self._service.save(self.current_pip())
        except StoreError as exc:
            log.warning("pip autosave failed", extra={"exception_type": type(exc).__name__})
            self.save_state.setText(
                self.tr(
                    "Not saved: the data store is not available. Your changes stay in the form."
                )
            )
            return False
        self._pip = saved
        self._dirty = False
        self._saved_at = saved.updated_at
        self._update_save_state()
        self._update_checks()
        self._reload_versions()
        self.saved.emit(saved.version)
        return True

    def end_session(self) -> None:
        """The editor closes: save, and let the next edit start a new version."""
        if not self.flush():
            return
        try:
            self._service.end_session(self._pip)
        except StoreError as exc:
            log.warning("pip end_session failed", extra={"exception_type": type(exc).__name__})

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.end_session()
        super().closeEvent(event)

    # ------------------------------------------------------------------ lock protocol
    def prepare_lock(self) -> dict[str, object]:
        """Save, end the session and drop every decrypted value from the widgets."""
        self.end_session()
        self._close_preview()
        self._load(PipDraft())
        self.version_combo.clear()
        return {"client_uuid": self._client.uuid}

    def restore_after_unlock(self, state: dict[str, object]) -> None:
        self._viewing_old = False
        self._pip = self._service.open_for_edit(self._client)
        self._load(self._pip)
        self._set_read_only(False)
        self._reload_versions()

    # ------------------------------------------------------------------ versions
    def _reload_versions(self) -> None:
        try:
            self._versions = self._service.versions(self._client.uuid)
        except StoreError:
            self._versions = []
        self._fill_version_combo()

    def _fill_version_combo(self) -> None:
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        reasons = {
            "printed": self.tr("printed"),
            "exported": self.tr("saved as PDF"),
            "conflict": self.tr("kept after a sync conflict"),
        }
        for v in reversed(self._versions):
            if v.version == self._pip.version and not self._viewing_old:
                continue
            text = self.tr("Version {n}").format(n=v.version)
            if v.frozen_reason in reasons:
                text += f" ({reasons[v.frozen_reason]})"
            self.version_combo.addItem(text, v.version)
        current = self.tr("Version {n} (current)").format(n=self._pip.version)
        self.version_combo.insertItem(0, current, -1)
        self.version_combo.setCurrentIndex(
            0 if not self._viewing_old else max(0, self.version_combo.findData(self._shown))
        )
        self.version_combo.blockSignals(False)

    def _on_version_chosen(self, index: int) -> None:
        number = int(self.version_combo.itemData(index) or -1)
        if number == -1:
            self._viewing_old = False
            self._load(self._pip)
            self._set_read_only(False)
            return
        self.flush()
        old = next((v.pip for v in self._versions if v.version == number), None)
        if old is None:
            return
        self._viewing_old = True
        self._shown = number
        self._load(old)
        self._set_read_only(True)

    def _set_read_only(self, read_only: bool) -> None:
        self.binder.set_read_only(read_only)
        self.activities.set_read_only(read_only)
        self.old_note.setVisible(read_only)

    # ------------------------------------------------------------------ hints and checks
    def _update_route_hint(self) -> None:
        pip = self._pip if self._viewing_old else self.current_pip()
        source = {
            "lbt": self.tr("Suggested by the learnability test (LBT): {route}."),
            "advies": self.tr("Suggested by the intake advice: {route}."),
            "dossier": self.tr("Route in the case file: {route}."),
        }
        parts: list[str] = []
        if pip.lbt_uitslag:
            parts.append(self.tr("LBT outcome: {route}.").format(route=route_name(pip.lbt_uitslag)))
        if pip.route_suggested_by in source and pip.route_suggested_by != "lbt":
            parts.append(source[pip.route_suggested_by].format(route=route_name(pip.route)))
        parts.append(self.tr("You decide; write down why."))
        self.route.suggestion.setText(" ".join(parts))
        deviates = bool(pip.lbt_uitslag and pip.route and pip.route != pip.lbt_uitslag)
        missing = deviates and not pip.route_reasons.strip()
        self.route.reasons_hint.setText(
            self.tr("Required: the route differs from the LBT outcome, explain why.")
            if missing
            else ""
        )
        self.route.reasons_hint.setVisible(missing)
        if bool(self.route.reasons.property("invalid")) != missing:
            self.route.reasons.setProperty("invalid", missing)
            self.route.reasons.style().unpolish(self.route.reasons)
            self.route.reasons.style().polish(self.route.reasons)

    def _update_checks(self) -> None:
        pip = self._pip if self._viewing_old else self.current_pip()
        texts = warning_texts(validate_for_print(pip, self._client))
        if texts:
            self.checks.setText(
                self.tr("To check before printing:") + "\n" + "\n".join(f"• {t}" for t in texts)
            )
        else:
            self.checks.setText(self.tr("Ready to print."))

    def _update_save_state(self) -> None:
        if self._dirty:
            self.save_state.setText(self.tr("Saving…"))
        elif self._saved_at:
            self.save_state.setText(self.tr("All changes saved"))
        else:
            self.save_state.setText("")

    # ------------------------------------------------------------------ preview
    def show_preview(self) -> None:
        if self._printing is None:
            return
        self.flush()
        pip = self.current_pip()
        if self.preview is None:
            self.preview = PipPreviewScreen(
                self._printing, self._service, self._client, pip, dialogs=self._dialogs, parent=self
            )
            self.stack.addWidget(self.preview)
            self.preview.back_requested.connect(self.show_editor)
            self.preview.printed.connect(self._on_printed)
            self.preview.refresh()
        else:
            self.preview.set_pip(pip)
        self.stack.setCurrentWidget(self.preview)
        self.preview.back_button.setFocus()

    def show_editor(self) -> None:
        self.stack.setCurrentIndex(0)
        self.preview_button.setFocus()

    def _on_printed(self, pip: PipDraft) -> None:
        if not self._viewing_old:
            self._pip = pip
        self._reload_versions()

    def _close_preview(self) -> None:
        if self.preview is not None:
            self.stack.removeWidget(self.preview)
            self.preview.deleteLater()
            self.preview = None
        self.stack.setCurrentIndex(0)
