"""The termijn as a bar (QPainter): start to end, the switch window shaded, a marker for
today, and the parts done as dots on the day they were done. Follows the layout direction
(time runs right to left in RTL) and the palette."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class TermijnBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start: date | None = None
        self._end: date | None = None
        self._switch: date | None = None
        self._today: date | None = None
        self._done: list[date] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_termijn(
        self,
        start: date | None,
        end: date | None,
        switch_end: date | None,
        today: date,
        done: list[date],
        description: str,
    ) -> None:
        self._start, self._end, self._switch, self._today = start, end, switch_end, today
        self._done = list(done)
        self.setAccessibleDescription(description)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(400, self.fontMetrics().height() * 2 + 16)

    def _x(self, d: date, left: float, width: float) -> float:
        assert self._start is not None and self._end is not None
        total = max(1, (self._end - self._start).days)
        frac = max(0.0, min(1.0, (d - self._start).days / total))
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            frac = 1.0 - frac
        return left + frac * width

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self._start is None or self._end is None or self._today is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        left, width = 8.0, float(self.width() - 16)
        h = float(self.height())
        bar = QRectF(left, h * 0.3, width, h * 0.4)
        p.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 1))
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        p.drawRect(bar)
        if self._switch is not None:
            a = self._x(self._start, left, width)
            b = self._x(self._switch, left, width)
            shade = QColor(pal.color(QPalette.ColorRole.Highlight))
            shade.setAlpha(60)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(shade)
            p.drawRect(QRectF(min(a, b), bar.top(), abs(b - a), bar.height()))
        # time passed
        a = self._x(self._start, left, width)
        b = self._x(min(max(self._today, self._start), self._end), left, width)
        passed = QColor(pal.color(QPalette.ColorRole.Highlight))
        p.setBrush(passed)
        p.drawRect(QRectF(min(a, b), bar.center().y() - 2, abs(b - a), 4))
        p.setBrush(pal.color(QPalette.ColorRole.WindowText))
        for d in self._done:
            p.drawEllipse(QPointF(self._x(d, left, width), bar.center().y()), 4, 4)
        x = self._x(min(max(self._today, self._start), self._end), left, width)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight).darker(150), 3))
        p.drawLine(QPointF(x, 2), QPointF(x, h - 2))
        p.end()
