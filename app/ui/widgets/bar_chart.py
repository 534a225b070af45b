"""A small horizontal bar chart painted with QPainter: label, bar, value. Follows the layout
direction (bars grow from the right in RTL) and the palette (high contrast)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BarChart")
        self._bars: list[tuple[str, float, str]] = []  # label, value, value text
        self._maximum: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable for screen readers

    def set_bars(self, bars: list[tuple[str, float, str]], maximum: float | None = None) -> None:
        self._bars = list(bars)
        self._maximum = maximum
        self.setAccessibleDescription("; ".join(f"{label}: {text}" for label, _v, text in bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, float, str]]:
        return list(self._bars)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, max(1, len(self._bars)) * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._bars:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.width()
        label_w = min(int(width * 0.4), max(fm.horizontalAdvance(b[0]) for b in self._bars) + 12)
        value_w = max(fm.horizontalAdvance(b[2]) for b in self._bars) + 12
        bar_space = max(10, width - label_w - value_w - 8)
        top_value = self._maximum or max((b[1] for b in self._bars), default=0) or 1.0
        rh = self._row_height()
        pal = self.palette()
        text_color = pal.color(QPalette.ColorRole.WindowText)
        bar_color = pal.color(QPalette.ColorRole.Highlight)
        for i, (label, value, text) in enumerate(self._bars):
            y = i * rh + 2
            bar_len = bar_space * max(0.0, min(1.0, value / top_value))
            if rtl:
                label_rect = QRectF(width - label_w, y, label_w - 4, rh)
                bar_rect = QRectF(width - label_w - bar_len, y + 4, bar_len, rh - 8)
                value_rect = QRectF(width - label_w - bar_len - value_w, y, value_w - 4, rh)
                # AlignAbsolute: we mirror ourselves; Qt would flip Left/Right again in RTL
                label_align = (
                    Qt.AlignmentFlag.AlignRight
                    | Qt.AlignmentFlag.AlignVCenter
                    | Qt.AlignmentFlag.AlignAbsolute
                )
                value_align = (
                    Qt.AlignmentFlag.AlignRight
                    | Qt.AlignmentFlag.AlignVCenter
                    | Qt.AlignmentFlag.AlignAbsolute
                )
            else:
                label_rect = QRectF(0, y, label_w - 4, rh)
                bar_rect = QRectF(label_w, y + 4, bar_len, rh - 8)
                value_rect = QRectF(label_w + bar_len + 4, y, value_w, rh)
                label_align = (
                    Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignVCenter
                    | Qt.AlignmentFlag.AlignAbsolute
                )
                value_align = (
                    Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignVCenter
                    | Qt.AlignmentFlag.AlignAbsolute
                )
            p.setPen(text_color)
            p.drawText(
                label_rect,
                label_align,
                fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_rect.width())),
            )
            p.fillRect(bar_rect, bar_color)
            p.setPen(text_color)
            p.drawText(value_rect, value_align, text)
        p.end()
