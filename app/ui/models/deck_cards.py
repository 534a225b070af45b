"""List model over the conversation cards of one theme (or all): Dutch text with the
client's-language text, a marker for sensitive and discussed cards."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.ui.form_view import FALLBACK_MARK

CARD_ROLE = Qt.ItemDataRole.UserRole + 1


class CardListModel(QAbstractListModel):
    def __init__(self, deck: Any, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.deck = deck
        self.lang = lang
        self.theme: str | None = None
        self.cards: list[Any] = list(deck.cards)
        self.discussed: set[int] = set()

    def set_theme(self, theme: str | None) -> None:
        self.beginResetModel()
        self.theme = theme
        self.cards = [c for c in self.deck.cards if theme is None or c.theme == theme]
        self.endResetModel()

    def set_discussed(self, ids: set[int]) -> None:
        self.discussed = set(ids)
        if self.cards:
            self.dataChanged.emit(self.index(0), self.index(len(self.cards) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.cards)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        c = self.cards[index.row()]
        if role == CARD_ROLE:
            return c
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # isolate each line so Dutch reads LTR and the client's text in its own
            # direction, whatever the UI direction
            lines = ["\u2066" + f"{c.id}. {c.text_nl}" + "\u2069"]
            if self.lang != "nl":
                t = self.deck.text(c, self.lang)
                lines.append("\u2068" + t.text + (FALLBACK_MARK if t.fallback else "") + "\u2069")
            marks = ("⚠ " if c.sensitive else "") + ("✓ " if c.id in self.discussed else "")
            return marks + "\n".join(lines)
        return None
