"""A sync conflict: the office changed something we also changed. Both versions side by side
(this device vs the office); the user chooses. Nothing is overwritten before that."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

MINE = "mine"
THEIRS = "theirs"


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "—"
    return str(value)


class ConflictDialog(QDialog):
    """``choice`` is "mine", "theirs" or "" (cancelled) after ``exec()``."""

    def __init__(
        self, conflict: dict[str, Any], client_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._conflict = conflict
        self._name = client_name
        self.choice = ""
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mine_button = QPushButton(self)
        self.theirs_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setDefault(True)  # a stray Enter decides nothing
        buttons = QHBoxLayout()
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(720, 360)
        self.retranslate_ui()

        # signals
        self.mine_button.clicked.connect(lambda: self._choose(MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(THEIRS))
        self.cancel_button.clicked.connect(self.reject)

    @property
    def is_document(self) -> bool:
        return self._conflict.get("what") == "document"

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sync conflict"))
        self.heading.setText(
            self.tr("The office changed this since your last sync: {name}").format(
                name=self._name or self.tr("case")
            )
        )
        if self.is_document:
            self.explain.setText(
                self.tr(
                    "Nothing was overwritten. Keep your version as a new document next to the "
                    "office's, or take the office's version and drop your change."
                )
            )
            self.mine_button.setText(self.tr("&Keep mine as a new version"))
        else:
            self.explain.setText(self.tr("Nothing was overwritten. Choose which value to keep."))
            self.mine_button.setText(self.tr("&Keep mine"))
        self.mine_button.setAccessibleName(self.mine_button.text().replace("&", ""))
        self.theirs_button.setText(self.tr("&Take the office's version"))
        self.theirs_button.setAccessibleName(self.tr("Take the office's version"))
        self.cancel_button.setText(self.tr("Decide later"))
        self.cancel_button.setAccessibleName(self.tr("Decide later"))
        self.table.setAccessibleName(self.tr("Both versions side by side"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def rows(self) -> list[tuple[str, str, str]]:
        """(what, this device, the office) as shown."""
        c = self._conflict
        if self.is_document:
            mine, theirs = c.get("mine") or {}, c.get("theirs") or {}
            return [
                (self.tr("Title"), _text(mine.get("titel")), _text(theirs.get("titel"))),
                (
                    self.tr("Version at the office"),
                    _text((c.get("base") or {}).get("versie")),
                    _text(theirs.get("versie")),
                ),
                (
                    self.tr("Size (bytes)"),
                    _text(mine.get("bestandsomvang")),
                    _text(theirs.get("bestandsomvang")),
                ),
                (
                    self.tr("Content fingerprint"),
                    _text(str(mine.get("sha256") or "")[:12]),
                    _text(str(theirs.get("sha256") or "")[:12]),
                ),
                (self.tr("Locked at the office"), "—", _text(theirs.get("locked"))),
            ]
        labels = {
            "toelichting": self.tr("Notes"),
            "omschrijving": self.tr("Description"),
            "startdatum": self.tr("Start date"),
            "einddatumGepland": self.tr("Planned end date"),
        }
        out = []
        for name, values in sorted((c.get("fields") or {}).items()):
            out.append(
                (labels.get(name, name), _text(values.get("mine")), _text(values.get("theirs")))
            )
        return out

    def _fill(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Mine (this device)"), self.tr("The office")]
        )
        for row in self.rows():
            items = [QStandardItem(text) for text in row]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.table.resizeRowsToContents()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def choose_conflict(parent: QWidget, conflict: dict[str, Any], client_name: str) -> str:
    """Default factory for the sync panel: modal dialog; "mine", "theirs" or ""."""
    dialog = ConflictDialog(conflict, client_name, parent)
    dialog.exec()
    return dialog.choice
