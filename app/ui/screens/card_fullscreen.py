"""One conversation card, large and bilingual (Dutch + the client's language, RTL where
needed) so both can read it; mark it as discussed and attach a note. Sensitive cards (22–28)
remind that the person may answer without family present."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n.catalog import SELFFILL_STRINGS
from app.ui.audio import Listen, ListenButton, make_listen_button
from app.ui.form_view import FALLBACK_MARK, plain_label

log = logging.getLogger(__name__)

CARD_SCALE = 2.0
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"  # left-to-right / first-strong isolate, pop


def _big(base: QFont, scale: float, bold: bool = False) -> QFont:
    f = QFont(base)
    if f.pointSizeF() > 0:
        f.setPointSizeF(f.pointSizeF() * scale)
    elif f.pixelSize() > 0:
        f.setPixelSize(round(f.pixelSize() * scale))
    f.setBold(bold)
    return f


class CardFullscreen(QWidget):
    discussed = Signal(int, str)  # card id, note
    closed = Signal()

    def __init__(
        self,
        card: Any,
        deck: Any,
        lang: str,
        parent: QWidget | None = None,
        *,
        listen: Listen | None = None,
    ) -> None:
        super().__init__(parent)
        from app.i18n.languages import is_rtl

        self.card = card
        self.lang = lang
        self.window_: CardWindow | None = None
        base = QApplication.font()
        self.theme = plain_label(self, "")
        self.number = plain_label(self, str(card.id), wrap=False)
        self.client_text = plain_label(self, "")
        self.client_text.setFont(_big(base, CARD_SCALE, bold=True))
        self.client_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.client_text.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
        )
        self.dutch_text = plain_label(self, card.text_nl)
        self.dutch_text.setFont(_big(base, CARD_SCALE * 0.8))
        self.dutch_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dutch_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.reminder = plain_label(self, "")
        self.reminder.setProperty("role", "warning")
        self.reminder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reminder.setVisible(bool(card.sensitive))
        self.note_label = QLabel(self)
        self.note = QLineEdit(self)
        self.note_label.setBuddy(self.note)
        self.discussed_button = QPushButton(self)
        self.close_button = QPushButton(self)
        t = deck.text(card, lang) if lang != "nl" else None
        if t is not None:
            self.client_text.setText(t.text + (FALLBACK_MARK if t.fallback else ""))
            self.client_text.setProperty("fallback", bool(t.fallback))
        else:
            self.client_text.hide()
        # isolates: the Dutch part reads left-to-right and the client's part in its own
        # direction, also when the application runs right-to-left
        theme = LRI + deck.theme_name(card.theme, "nl").text + PDI
        if lang != "nl":
            tt = deck.theme_name(card.theme, lang)
            if not tt.fallback:
                theme = f"{theme} · {FSI}{tt.text}{PDI}"
        self.theme.setText(theme)
        # the isolated line has no direction of its own: align it to the layout's start
        self.theme.setAlignment(
            (Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignVCenter
        )
        if card.sensitive:
            alone = (
                deck.catalog.selffill(lang, "selffill.alone_reminder").text
                if (deck.catalog is not None and lang != "nl")
                else ""
            )
            self.reminder.setText(
                "\n".join(
                    x
                    for x in (
                        f"{LRI}U mag deze vragen ook alleen beantwoorden, zonder familie erbij.{PDI}",  # noqa: E501
                        f"{FSI}{alone}{PDI}" if alone else "",
                    )
                    if x
                )
            )
        # listen: the card in the client's language (a clip, else the computer voice)
        self.listen = listen if listen is not None else Listen(lang, parent=self)
        self.listen_button = self._make_listen(deck, t)
        top = QHBoxLayout()
        top.addWidget(self.theme, 1)
        if self.listen_button is not None:
            top.addWidget(self.listen_button)
        top.addWidget(self.number)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note_label)
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.discussed_button)
        bottom.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addStretch(1)
        lay.addWidget(self.client_text)
        lay.addSpacing(self.fontMetrics().height() * 2)
        lay.addWidget(self.dutch_text)
        lay.addStretch(1)
        lay.addWidget(self.reminder)
        lay.addLayout(bottom)
        self._esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.retranslate_ui()

        # signals
        self.discussed_button.clicked.connect(self._on_discussed)
        self.close_button.clicked.connect(self._close)
        self._esc.activated.connect(self._close)

    def _make_listen(self, deck: Any, t: Any) -> ListenButton | None:
        from app.domain.cards import CARDS_CONTEXT

        lang = self.lang
        cat = getattr(deck, "catalog", None)

        def ui(key: str) -> str:
            if cat is None or lang == "nl":
                return SELFFILL_STRINGS[key]
            return str(cat.selffill(lang, key).text)

        spoken = self.card.text_nl if lang == "nl" else ("" if t is None or t.fallback else t.text)
        return make_listen_button(
            self.listen,
            self,
            CARDS_CONTEXT,
            card_key(self.card),
            self.card.text_nl,
            spoken,
            name=ui("selffill.listen"),
            computer_voice=ui("selffill.computer_voice"),
        )

    def show_fullscreen(self, opener: QWidget | None = None) -> CardWindow:
        """Show the card to the client in its own full-screen window: nothing else of the
        app (no navigation, no caseload) is in view. Closing returns to ``opener``."""
        self.window_ = CardWindow(self, opener)
        self.window_.showFullScreen()
        self.window_.raise_()
        self.window_.activateWindow()
        return self.window_

    def close_window(self) -> None:
        w = self.window_
        self.window_ = None
        if w is not None:
            w.release()

    def retranslate_ui(self) -> None:
        self.note_label.setText(self.tr("&Note:"))
        self.note.setAccessibleName(self.tr("Note with this card"))
        self.discussed_button.setText(self.tr("Mark as &discussed"))
        self.discussed_button.setAccessibleName(self.tr("Mark the card as discussed"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the card"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_discussed(self) -> None:
        self.discussed.emit(int(self.card.id), self.note.text())
        self.discussed_button.setEnabled(False)

    def _close(self) -> None:
        self.closed.emit()


def card_key(card: Any) -> str:
    """The catalogue key of a card's text (as in ``app.domain.cards``)."""
    key = getattr(card, "key", None)
    return str(key) if key else f"card.{card.id}.text"


class CardWindow(QWidget):
    """A top-level, frameless, full-screen window holding only the card. Its title never
    names the client. Alt+F4 / close acts as the card's own Close."""

    def __init__(self, card: CardFullscreen, opener: QWidget | None) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setWindowTitle(self.tr("Conversation card"))
        self.card = card
        self.opener = opener
        self._releasing = False
        card.setParent(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 24, 24, 24)
        lay.addWidget(card)
        self.setLayoutDirection(QApplication.layoutDirection())

    def release(self) -> None:
        """Close the window; focus goes back to the window that opened it."""
        self._releasing = True
        self.hide()
        self.card.setParent(None)
        self.deleteLater()
        if self.opener is not None:
            top = self.opener.window()
            top.activateWindow()
            top.raise_()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if not self._releasing:
            event.ignore()
            self.card.closed.emit()
            return
        super().closeEvent(event)
