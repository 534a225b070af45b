"""Documents tab of a client: what the office holds (the pulled case), what this laptop sends
or sent (the client's document uploads in the outbox), PIP draft versions and intake drafts.

Read-only. Reads the vault on construction and on ``reload()`` (F5 / the refresh button);
the client page calls ``reload()`` after a sync. Lock protocol: ``prepare_lock()`` drops every
decrypted value, ``restore_after_unlock()`` reads again.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import StoreError
from app.domain.models import Client
from app.sync.catalog import KV_KEY as CATALOG_KV_KEY
from app.sync.engine import CASE_KIND
from app.ui.models.documents_model import (
    DETAILS_ROLE,
    INTAKE,
    OFFICE,
    OUTBOX,
    PIP,
    PROBLEM_ROLE,
    DocumentsModel,
    format_when,
    intake_rows,
    iotype_names,
    message_lang,
    office_rows,
    outbox_rows,
    pip_rows,
    status_names,
)

log = logging.getLogger(__name__)

PIP_KIND = "pip"
CASE_STATUSES = {
    "aangemeld": QT_TRANSLATE_NOOP("DocumentsScreen", "registered"),
    "intake_afgerond": QT_TRANSLATE_NOOP("DocumentsScreen", "Brede Intake completed"),
    "pip_voorbereiding": QT_TRANSLATE_NOOP("DocumentsScreen", "PIP in preparation"),
    "pip_vastgesteld": QT_TRANSLATE_NOOP("DocumentsScreen", "PIP adopted"),
    "afgerond": QT_TRANSLATE_NOOP("DocumentsScreen", "completed"),
}


class DocumentsScreen(QWidget):
    """``DocumentsScreen(vault, client)``: ``vault`` is the unlocked ``app.store.vault.Vault``
    (only ``documents``, ``outbox``, ``drafts`` and ``kv`` are read)."""

    def __init__(self, vault: Any, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentsScreen")
        self._vault = vault
        self._client_uuid = client.uuid
        self._case: dict[str, Any] | None = None
        self._statuses: dict[str, str] = {}

        self.title = QLabel(self)
        self.title.setProperty("role", "heading")
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "hint")
        self.model = DocumentsModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, self.fontMetrics().averageCharWidth() * 40)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.tree)
        self.split.addWidget(self.details)
        line = self.details.fontMetrics().lineSpacing()
        self.split.setSizes([line * 18, line * 7])
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setAutoDefault(False)
        self._refresh_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        self._refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.split, 1)
        self.setTabOrder(self.tree, self.details)
        self.setTabOrder(self.details, self.refresh_button)
        self.setFocusProxy(self.tree)

        self.retranslate_ui()
        self.reload()

        # signals
        self.refresh_button.clicked.connect(self.reload)
        self._refresh_shortcut.activated.connect(self.reload)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.tree.activated.connect(self._on_activated)

    # the user pressed Enter on a document with a sync problem: show the sync panel
    sync_panel_requested = Signal()

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Documents"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the document list"))
        self.refresh_button.setToolTip(self.tr("Read the documents again (F5)"))
        self.tree.setAccessibleName(self.tr("Documents of this client"))
        self.tree.setAccessibleDescription(
            self.tr(
                "Grouped by: at the office, sent from this laptop, PIP draft versions and Brede "
                "Intake drafts. Use the arrow keys to move; details appear below."
            )
        )
        self.details.setAccessibleName(self.tr("Details of the selected document"))
        self.details.setPlaceholderText(self.tr("Select a document to see its details."))
        self.summary.setText(self._summary_text())
        self.model.retranslate()
        self._on_current(self.tree.currentIndex(), QModelIndex())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _summary_text(self) -> str:
        case = self._case
        if not case:
            return self.tr("This client's case has not been fetched from the office yet.")
        zaak = case.get("zaak") if isinstance(case.get("zaak"), dict) else {}
        ident = str((zaak or {}).get("identificatie") or "")[:60] or "—"
        parts = [self.tr("Case {number}").format(number=ident)]
        statussen = case.get("statussen") or []
        if statussen and isinstance(statussen[-1], dict):
            last = statussen[-1]
            name = self._statuses.get(str(last.get("statustype") or ""), "")
            text = (
                self.tr(CASE_STATUSES[name])
                if name in CASE_STATUSES
                else str(last.get("statustoelichting") or "")[:100]
            )
            if text:
                parts.append(
                    self.tr("status: {status} since {date}").format(
                        status=text, date=format_when(str(last.get("datumStatusGezet") or ""))
                    )
                )
        pulled = format_when(str(case.get("pulled_at") or ""))
        if pulled:
            parts.append(self.tr("fetched from the office on {date}").format(date=pulled))
        return " · ".join(parts)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Read the client's documents from the vault again."""
        v = self._vault
        uuid = self._client_uuid
        try:
            cases = v.documents.for_client(uuid, CASE_KIND)
            self._case = max(cases, key=lambda c: str(c.get("pulled_at") or "")) if cases else None
            cache = v.kv.get(CATALOG_KV_KEY, {}) or {}
            self._statuses = status_names(cache)
            rows = {
                OFFICE: office_rows(self._case, iotype_names(cache)),
                OUTBOX: outbox_rows(v.outbox.all(), uuid, message_lang()),
                PIP: pip_rows(v.documents.for_client(uuid, PIP_KIND)),
                INTAKE: intake_rows(v.drafts.for_client(uuid)),
            }
        except StoreError:
            log.warning("documents_load_failed", extra={"event": "documents_load_failed"})
            self.model.clear()
            self.summary.setText(self.tr("The documents could not be read. Try again."))
            return
        self.model.set_rows(rows)
        self._span_group_rows()
        self.tree.expandAll()
        self.summary.setText(self._summary_text())
        self.details.clear()
        first = self.model.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(first)

    def _span_group_rows(self) -> None:
        """Group titles and "nothing here" lines use the full width."""
        for g in range(self.model.rowCount()):
            group = self.model.index(g, 0)
            self.tree.setFirstColumnSpanned(g, QModelIndex(), True)
            for r in range(self.model.rowCount(group)):
                if self.model.row_at(self.model.index(r, 0, group)) is None:
                    self.tree.setFirstColumnSpanned(r, group, True)

    def problem_count(self) -> int:
        return sum(r.problem for r in self.model.rows(OUTBOX))

    # ------------------------------------------------------------------ lock protocol
    def prepare_lock(self) -> dict[str, object]:
        """Drop every decrypted value (the vault is about to lock)."""
        self.model.clear()
        self.details.clear()
        self._case = None
        self.summary.clear()
        return {"client_uuid": self._client_uuid}

    def restore_after_unlock(self, state: dict[str, object]) -> None:
        self.reload()

    # ------------------------------------------------------------------ slots
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        text = self.model.data(current.siblingAtColumn(0), DETAILS_ROLE)
        self.details.setPlainText(str(text or ""))

    def _on_activated(self, index: QModelIndex) -> None:
        if self.model.data(index.siblingAtColumn(0), PROBLEM_ROLE):
            self.sync_panel_requested.emit()
