"""Conversation cards: browse by theme, draw a random card, show one full screen
(bilingual), mark it as discussed with a note (recorded in today's visit)."""

from __future__ import annotations

import logging
import random
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import StoreError
from app.ui.form_view import plain_label
from app.ui.models.deck_cards import CARD_ROLE, CardListModel
from app.ui.screens.card_fullscreen import CardFullscreen

log = logging.getLogger(__name__)

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"  # left-to-right / first-strong isolate, pop


class CardsScreen(QWidget):
    """``record(card_id, note)`` stores a discussed card (``VisitService.record_card``
    bound to the client); ``None`` in read-only use."""

    card_discussed = Signal(int)

    def __init__(
        self,
        deck: Any,
        lang: str,
        *,
        record: Any = None,
        rng: random.Random | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.deck = deck
        self.lang = lang
        self._record = record
        self._rng = rng or random.Random()
        self.discussed: set[int] = set()
        self.stack = QStackedWidget(self)
        browse = QWidget(self.stack)
        self.themes = QListWidget(browse)
        # long theme names wrap (Dutch line, then the client's line) instead of hiding
        # behind a horizontal scrollbar; the full name is also the tooltip
        self.themes.setWordWrap(True)
        self.themes.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.themes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.themes.setResizeMode(QListView.ResizeMode.Adjust)
        self.themes.setSpacing(2)
        self.model = CardListModel(deck, lang, self)
        self.cards = QListView(browse)
        self.cards.setModel(self.model)
        self.cards.setWordWrap(True)
        self.cards.setSpacing(3)
        self.problems = plain_label(browse, "")
        self.problems.setProperty("role", "warning")
        self.draw_button = QPushButton(browse)
        self.show_button = QPushButton(browse)
        self.heading = QLabel(browse)
        self.heading.setProperty("role", "heading")
        left = QVBoxLayout()
        left.addWidget(self.themes, 1)
        left.addWidget(self.draw_button)
        right = QVBoxLayout()
        right.addWidget(self.cards, 1)
        right.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignTrailing)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 3)
        bl = QVBoxLayout(browse)
        bl.addWidget(self.heading)
        bl.addWidget(self.problems)
        bl.addLayout(row, 1)
        self.stack.addWidget(browse)
        self.full: CardFullscreen | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        self._fill_themes()
        self.retranslate_ui()

        # signals
        self.themes.currentRowChanged.connect(self._on_theme)
        self.draw_button.clicked.connect(self.draw)
        self.show_button.clicked.connect(self._show_current)
        self.cards.activated.connect(lambda idx: self.show_card(self.model.data(idx, CARD_ROLE)))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Conversation cards"))
        self.draw_button.setText(self.tr("&Draw a random card"))
        self.draw_button.setAccessibleName(self.tr("Draw a random card"))
        self.show_button.setText(self.tr("&Show full screen"))
        self.show_button.setAccessibleName(self.tr("Show the card full screen"))
        self.themes.setAccessibleName(self.tr("Themes"))
        self.cards.setAccessibleName(self.tr("Cards"))
        if self.themes.count():
            self.themes.item(0).setText(self.tr("All themes"))
        if self.deck.errors:
            self.problems.setText(self.tr("Some cards could not be read; the others are shown."))
        self.problems.setVisible(bool(self.deck.errors))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_themes(self) -> None:
        QListWidgetItem("", self.themes).setData(Qt.ItemDataRole.UserRole, None)
        for t in self.deck.themes:
            dutch = f"{t.number}. {t.name_nl}"
            client = ""
            if self.lang != "nl":
                tt = self.deck.theme_name(t.id, self.lang)
                if not tt.fallback:
                    client = tt.text
            # isolate each line: the Dutch name reads left-to-right ("1. …", not "…. 1")
            # and the client's name in its own direction, whatever the UI direction
            shown = LRI + dutch + PDI + (f"\n{FSI}{client}{PDI}" if client else "")
            item = QListWidgetItem(shown, self.themes)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            full = dutch + (f" · {client}" if client else "")
            item.setToolTip(full)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, full)
        self.themes.setCurrentRow(0)

    def _on_theme(self, row: int) -> None:
        item = self.themes.item(row)
        self.model.set_theme(item.data(Qt.ItemDataRole.UserRole) if item else None)
        if self.model.rowCount():
            self.cards.setCurrentIndex(self.model.index(0))

    def draw(self) -> Any:
        theme = self.model.theme
        card = self.deck.random(self._rng, theme=theme, exclude=self.discussed)
        if card is not None:
            self.show_card(card)
        return card

    def _show_current(self) -> None:
        idx = self.cards.currentIndex()
        if idx.isValid():
            self.show_card(self.model.data(idx, CARD_ROLE))

    def show_card(self, card: Any) -> None:
        if card is None:
            return
        self.close_card()
        self.full = CardFullscreen(card, self.deck, self.lang)
        self.full.show_fullscreen(self)  # its own full-screen window: no app chrome in view
        self.full.discussed.connect(self._on_discussed)
        self.full.closed.connect(self.close_card)
        self.full.discussed_button.setFocus()

    def close_card(self) -> None:
        if self.full is not None:
            self.full.close_window()
            self.full.deleteLater()
            self.full = None
        self.stack.setCurrentIndex(0)
        self.cards.setFocus()

    def _on_discussed(self, card_id: int, note: str) -> None:
        self.discussed.add(card_id)
        if self._record is not None:
            try:
                self._record(str(card_id), note)
            except StoreError:
                log.warning("card_record_failed")
        self.model.set_discussed(self.discussed)
        self.card_discussed.emit(card_id)

    def prepare_lock(self) -> dict[str, object]:
        if self.full is not None:
            self.full.note.clear()
        self.close_card()
        return {"lang": self.lang}

    def restore_after_unlock(self, state: dict[str, object]) -> None:
        return
