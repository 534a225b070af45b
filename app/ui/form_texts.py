"""Texts of a form in one content language, the bilingual label, and the no-copy filter
(split out of ``app/ui/form_view.py``, which re-exports every name)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.forms.model import Field, FormDefinition, Section, choice_key
from app.domain.forms.validation import ValidationMessage

log = logging.getLogger(__name__)

FALLBACK_MARK = " (NL)"


class _Catalog(Protocol):
    def text(self, lang: str, context: str, key: str, source_nl: str) -> Any: ...


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    fallback: bool = False  # Dutch shown because the translation is missing


class FormTexts:
    """Texts of one form in one content language (Dutch when ``lang == "nl"``)."""

    def __init__(self, definition: FormDefinition, catalog: _Catalog | None, lang: str) -> None:
        self.definition = definition
        self.catalog = catalog
        self.lang = lang or "nl"
        self.context = definition.catalog_context

    @property
    def dual(self) -> bool:
        return self.lang != "nl"

    def lookup(self, context: str, key: str, source_nl: str) -> Text:
        if not self.dual or not source_nl:
            return Text(source_nl)
        if self.catalog is None:
            return Text(source_nl, True)
        try:
            t = self.catalog.text(self.lang, context, key, source_nl)
        except Exception:  # a broken catalogue never hides a question
            log.warning("form_text_lookup_failed", exc_info=False)
            return Text(source_nl, True)
        return Text(str(t.text), bool(t.fallback))

    def get(self, key: str, source_nl: str) -> Text:
        return self.lookup(self.context, key, source_nl)

    def field(self, f: Field, part: str = "label") -> Text:
        return self.get(f"field.{f.id}.{part}", getattr(f, part))

    def section(self, s: Section, part: str = "title") -> Text:
        return self.get(f"section.{s.id}.{part}", getattr(s, part))

    def choice(self, list_id: str, code: str) -> Text:
        label = self.definition.choice_list(list_id).label(code) or code
        return self.get(choice_key(list_id, code), label)

    def message(self, m: ValidationMessage) -> Text:
        if m.key.startswith("field."):
            t = self.get(m.key, m.text_nl)
        else:
            t = self.lookup("validation", m.key, m.text_nl)
        try:
            return Text(t.text.format(**m.params), t.fallback)
        except (KeyError, IndexError, ValueError):
            return Text(m.text, True)

    def ui(self, key: str, source_nl: str) -> Text:
        """Self-fill UI strings (context ``selffill``)."""
        return self.lookup("selffill", key, source_nl)


def set_dimmed(label: QLabel) -> None:
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, pal.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(pal)


def set_ltr(label: QLabel) -> None:
    """A Dutch paragraph inside a right-to-left form: laid out left-to-right (final "?" or
    "." at the end, not the start), aligned to its own start."""
    label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    label.setAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
    )


def plain_label(parent: QWidget, text: str = "", *, wrap: bool = True) -> QLabel:
    lab = QLabel(parent)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(wrap)
    lab.setText(text)
    return lab


class BilingualLabel(QWidget):
    """The client's-language text with the Dutch source under it (dimmed)."""

    def __init__(
        self,
        parent: QWidget,
        primary: Text,
        dutch: str,
        *,
        dual: bool,
        required: bool = False,
        bold: bool = False,
    ) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        text = primary.text + (" *" if required else "")
        if primary.fallback:
            text += FALLBACK_MARK
        self.primary = plain_label(self, text)
        self.primary.setProperty("fallback", primary.fallback)
        if bold:
            f = QFont()  # only the weight is set: size and family keep inheriting
            f.setBold(True)
            self.primary.setFont(f)
        if primary.fallback:
            set_ltr(self.primary)  # Dutch shown for a missing translation
            set_dimmed(self.primary)
            self.primary.setToolTip(
                QApplication.translate("FormView", "Not translated yet: shown in Dutch")
            )
        lay.addWidget(self.primary)
        self.dutch: QLabel | None = None
        if dual and not primary.fallback and dutch:
            self.dutch = plain_label(self, dutch + (" *" if required else ""))
            self.dutch.setProperty("role", "dutch")
            set_ltr(self.dutch)
            set_dimmed(self.dutch)
            lay.addWidget(self.dutch)

    def texts(self) -> list[str]:
        return [self.primary.text()] + ([self.dutch.text()] if self.dutch else [])


class NoCopyFilter(QObject):
    """Blocks copy/cut, the context menu and dragging text out of a widget."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj.isWidgetType() and obj.property("noCopy") is None:
            # the app-wide guard (app/ui/clipboard.py) sees copy keys before this filter:
            # mark every widget this filter watches (e.g. the review table) for it
            obj.setProperty("noCopy", True)
        et = event.type()
        if et in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            if event.matches(QKeySequence.StandardKey.Copy) or event.matches(  # type: ignore[attr-defined]
                QKeySequence.StandardKey.Cut
            ):
                event.accept()
                return True
        if et in (QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.Drop):
            event.ignore()
            return True
        return False


def block_copy(widget: QWidget, flt: NoCopyFilter) -> None:
    widget.setProperty("noCopy", True)  # SECURITY §6: for the guard in app/ui/clipboard.py
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    widget.setAcceptDrops(False)
    if isinstance(widget, QLineEdit):
        widget.setDragEnabled(False)
    widget.installEventFilter(flt)
    if isinstance(widget, QPlainTextEdit):
        widget.viewport().installEventFilter(flt)
        widget.viewport().setAcceptDrops(False)


def ui_language() -> str:
    """The klantmanager's UI language for names shown in pickers: "en" or "nl"."""
    from PySide6.QtCore import QLocale

    return "en" if QLocale().name().startswith("en") else "nl"
