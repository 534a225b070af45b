"""A multi-line editor that never holds more than its field's maximum (SECURITY.md §10 #49).

Typing stops at the maximum; a paste or drop is cut to the room left *before* it reaches
the document, so a 1 MiB single-line paste never gets laid out (which froze the UI for
seconds) and never lands in the answer. ``capped(max_chars)`` tells the form to show why.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


def room_left(current_len: int, selected_len: int, max_chars: int) -> int:
    """How many characters may still be inserted (the selection is replaced)."""
    return max(0, max_chars - (current_len - selected_len))


class CappedPlainTextEdit(QPlainTextEdit):
    capped = Signal(int)  # the maximum, after input was cut off

    def __init__(self, max_chars: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_chars = max(1, int(max_chars))

    def _room(self) -> int:
        # characterCount() counts the final paragraph separator; no full copy of the text
        current = max(0, self.document().characterCount() - 1)
        return room_left(current, len(self.textCursor().selectedText()), self.max_chars)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        if not source.hasText():
            return
        text = source.text()
        room = self._room()
        if len(text) <= room:
            super().insertFromMimeData(source)
            return
        self.textCursor().insertText(text[:room])  # only what fits reaches the document
        self.ensureCursorVisible()
        self.capped.emit(self.max_chars)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        typing = (
            bool(text)
            and text.isprintable()
            or event.key()
            in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            )
        )
        if typing and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if self._room() < max(1, len(text)):
                event.accept()
                self.capped.emit(self.max_chars)
                return
        super().keyPressEvent(event)
