"""Visit log tab of a client: the timeline of home visits and an editor for one visit."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import StoreError
from app.domain.models import Client, Visit
from app.services.visits import VisitInvalid, VisitService
from app.ui.models.client_visits import VisitTimelineModel
from app.ui.widgets.visit_editor import VisitEditor

log = logging.getLogger(__name__)


class VisitsScreen(QWidget):
    """``languages``: (code, endonym) for the interpreter language; ``sections``: (id, Dutch
    title) of the Brede Intake; ``card_titles``: card id -> short title."""

    def __init__(
        self,
        service: VisitService,
        client: Client,
        *,
        languages: Sequence[tuple[str, str]] = (),
        sections: Sequence[tuple[str, str]] = (),
        card_titles: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._client_uuid = client.uuid
        self.title = QLabel(self)
        self.title.setProperty("role", "heading")
        self.model = VisitTimelineModel(self)
        self.timeline = QListView(self)
        self.timeline.setModel(self.model)
        self.timeline.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.timeline.setWordWrap(True)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setSpacing(2)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.new_button = QPushButton(self)
        self.editor = VisitEditor(languages, sections, self)
        self.editor.set_card_titles(card_titles or {})
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.timeline, 1)
        lv.addWidget(self.empty)
        lv.addWidget(self.new_button)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.retranslate_ui()
        self.reload()
        self._new_visit()

        # signals
        self.new_button.clicked.connect(self._new_visit)
        self._new_shortcut.activated.connect(self._new_visit)
        self.timeline.selectionModel().currentChanged.connect(self._on_current)
        self.editor.save_requested.connect(self._on_save)

    visit_saved = Signal(str)  # visit uuid

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Home visits"))
        self.new_button.setText(self.tr("&New visit"))
        self.new_button.setAccessibleName(self.tr("New visit"))
        self.timeline.setAccessibleName(self.tr("Timeline of visits"))
        self.empty.setText(self.tr("No visits recorded yet."))
        self.editor.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        self.model.set_entries(self._service.timeline(self._client_uuid))
        self.empty.setVisible(self.model.rowCount() == 0)

    # ------------------------------------------------------------------ lock protocol
    def prepare_lock(self) -> dict[str, object]:
        """Drop every decrypted value from the widgets (the vault is about to lock)."""
        self.model.clear()
        self.editor.clear()
        return {"client_uuid": self._client_uuid}

    def restore_after_unlock(self, state: dict[str, object]) -> None:
        self.reload()
        self._new_visit()

    # ------------------------------------------------------------------ slots
    def _new_visit(self) -> None:
        self.timeline.clearSelection()
        self.editor.set_visit(self._service.new_visit(self._client_uuid))
        self.editor.when.setFocus()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry(current.row())
        if entry is not None:
            self.editor.set_visit(entry.visit)

    def _on_save(self, visit: Visit) -> None:
        try:
            saved = self._service.save(visit)
        except VisitInvalid as exc:
            messages = {
                "interpreter_language": self.tr("Choose the interpreter's language."),
                "duration_minutes": self.tr("The duration must be between 0 and 1440 minutes."),
                "notes": self.tr("The notes are too long."),
            }
            self.editor.show_error(messages.get(exc.field, self.tr("Check the visit details.")))
            return
        except StoreError:
            log.warning("visit_save_failed", exc_info=False)
            self.editor.show_error(
                self.tr("The visit could not be saved. Nothing was lost; try again.")
            )
            return
        self.reload()
        for row in range(self.model.rowCount()):
            entry = self.model.entry(row)
            if entry is not None and entry.visit.uuid == saved.uuid:
                self.timeline.setCurrentIndex(self.model.index(row))
        self.status.setText(self.tr("Visit saved"))
        self.visit_saved.emit(saved.uuid)
