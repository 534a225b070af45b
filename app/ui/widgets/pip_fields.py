"""Small input widgets of the PIP draft editor and the binder that maps them onto a ``PipDraft``
by attribute path (``"knm.provider"``), so the section widgets stay declarative."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

log = logging.getLogger(__name__)

_DMY = re.compile(r"^\s*(\d{1,2})[-./](\d{1,2})[-./](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def _t(text: str) -> str:
    return QCoreApplication.translate("PipEditor", text)


def iso_to_dmy(value: str) -> str:
    m = _ISO.match(value or "")
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else (value or "")


def dmy_to_iso(text: str) -> str:
    """``dd-mm-jjjj`` (or ISO) → ``jjjj-mm-dd``; anything else is returned unchanged, so the
    print check can flag it instead of it silently disappearing."""
    text = (text or "").strip()
    m = _DMY.match(text)
    if m:
        return f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return text


def is_valid_date_text(text: str) -> bool:
    from datetime import date

    iso = dmy_to_iso(text)
    if not iso:
        return True
    try:
        date.fromisoformat(iso)
    except ValueError:
        return False
    return True


class PipDateEdit(QLineEdit):
    """A date typed as dd-mm-jjjj (empty allowed). Marks itself ``invalid`` (style property)
    while the text is not a date."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(10)
        self.setProperty("invalid", False)
        self.retranslate_ui()
        # signals
        self.textEdited.connect(self._on_edit)

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("PipEditor", "dd-mm-yyyy"))

    def value(self) -> str:
        return dmy_to_iso(self.text())

    def set_value(self, iso: str) -> None:
        self.setText(iso_to_dmy(iso))
        self._mark()

    def _mark(self) -> None:
        bad = not is_valid_date_text(self.text())
        if bool(self.property("invalid")) != bad:
            self.setProperty("invalid", bad)
            self.style().unpolish(self)
            self.style().polish(self)

    def _on_edit(self, _text: str) -> None:
        self._mark()
        self.value_changed.emit()


COSTS = ("huur", "energie", "water", "zorgverzekering")


class PipCostsEdit(QWidget):
    """Which fixed costs the municipality pays directly (ontzorgen)."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for key in COSTS:
            box = QCheckBox(self)
            self.boxes[key] = box
            layout.addWidget(box)
        layout.addStretch(1)
        self.retranslate_ui()
        # signals
        for box in self.boxes.values():
            box.toggled.connect(lambda _on: self.value_changed.emit())

    def retranslate_ui(self) -> None:
        labels = {
            "huur": QCoreApplication.translate("PipEditor", "rent"),
            "energie": QCoreApplication.translate("PipEditor", "energy"),
            "water": QCoreApplication.translate("PipEditor", "water"),
            "zorgverzekering": QCoreApplication.translate("PipEditor", "health insurance"),
        }
        for key, box in self.boxes.items():
            box.setText(labels[key])
            box.setAccessibleName(
                QCoreApplication.translate("PipEditor", "Paid directly: {cost}").format(
                    cost=labels[key]
                )
            )

    def value(self) -> list[str]:
        return [k for k, b in self.boxes.items() if b.isChecked()]

    def set_value(self, costs: list[str]) -> None:
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in (costs or []))
            box.blockSignals(False)


def get_path(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def set_path(obj: Any, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        obj = getattr(obj, part)
    setattr(obj, last, value)


class PipBinder(QObject):
    """Loads a ``PipDraft`` into widgets and reads it back; ``changed`` fires on user edits
    (never while loading)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bindings: list[tuple[QWidget, str]] = []
        self._loading = False

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def widgets(self) -> list[QWidget]:
        return [w for w, _p in self._bindings]

    def bind(self, widget: QWidget, path: str) -> None:
        self._bindings.append((widget, path))
        emit: Callable[..., None] = self._emit
        if isinstance(widget, PipDateEdit | PipCostsEdit):
            widget.value_changed.connect(emit)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(emit)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(emit)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(emit)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(emit)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(emit)
            if widget.isEditable():
                widget.editTextChanged.connect(emit)

    def _emit(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, pip: Any) -> None:
        self._loading = True
        try:
            for widget, path in self._bindings:
                _write_widget(widget, get_path(pip, path))
        finally:
            self._loading = False

    def store(self, pip: Any) -> None:
        for widget, path in self._bindings:
            set_path(pip, path, _read_widget(widget))

    def set_read_only(self, read_only: bool) -> None:
        for widget, _path in self._bindings:
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)


def _write_widget(widget: QWidget, value: Any) -> None:
    if isinstance(widget, PipDateEdit | PipCostsEdit):
        widget.set_value(value or ([] if isinstance(widget, PipCostsEdit) else ""))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))
    elif isinstance(widget, QPlainTextEdit):
        if widget.toPlainText() != str(value or ""):
            widget.setPlainText(str(value or ""))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        idx = widget.findData(value if value is not None else "")
        if idx < 0 and widget.isEditable():
            widget.setEditText(str(value or ""))
        else:
            widget.setCurrentIndex(max(idx, 0))


def _read_widget(widget: QWidget) -> Any:
    if isinstance(widget, PipDateEdit | PipCostsEdit):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            idx = widget.findText(widget.currentText())
            data = widget.itemData(idx) if idx >= 0 else None
            return str(data) if data is not None else widget.currentText().strip()
        data = widget.currentData()
        return str(data) if data is not None else ""
    return None


def plain_line(parent: QWidget | None = None, max_length: int = 200) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(max_length)
    return edit


def plain_text(parent: QWidget | None = None, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # keyboard users leave the field with Tab
    height = edit.fontMetrics().lineSpacing() * lines + 2 * edit.frameWidth() + 8
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)
    edit.setSizeAdjustPolicy(QPlainTextEdit.SizeAdjustPolicy.AdjustToContents)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    edit.setWordWrapMode(edit.wordWrapMode())
    edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
    return edit


def hours_spin(parent: QWidget | None = None, maximum: int = 2000) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, maximum)
    return spin
