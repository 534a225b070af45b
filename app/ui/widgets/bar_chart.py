"""A small horizontal bar chart painted with QPainter: label, bar, value. Follows the layout
direction (bars grow from the right in RTL) and the palette (high contrast)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
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
        if bars == self._bars and maximum == self._maximum:
            return  # a recompute that did not change the chart: no new layout or paint
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
        # every rectangle and alignment here is absolute (mirrored by hand for RTL); each text
        # takes its own direction, so "36–56 dagen" is not shown as "dagen 56–36" in RTL
        p.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
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


class StackedBarChart(QWidget):
    """Horizontal stacked bars (one row per label, one segment per series) with a legend.
    Segment colours come from the palette's highlight, lighter per series, so high contrast
    keeps working; the values are also in the accessible description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StackedBarChart")
        self._series: list[str] = []
        self._rows: list[tuple[str, list[float]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_data(self, series: list[str], rows: list[tuple[str, list[float]]]) -> None:
        if series == self._series and rows == self._rows:
            return  # a recompute that did not change the chart: no new layout or paint
        self._series = list(series)
        self._rows = [(label, list(values)) for label, values in rows]
        parts = []
        for label, values in rows:
            seg = ", ".join(f"{s} {v:g}" for s, v in zip(series, values, strict=False) if v)
            parts.append(f"{label}: {seg or '0'}")
        self.setAccessibleDescription("; ".join(parts))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, list[float]]]:
        return [(label, list(values)) for label, values in self._rows]

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, (len(self._rows) + 1) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(160, self.sizeHint().height())

    def colour(self, index: int) -> QColor:
        base = self.palette().color(QPalette.ColorRole.Highlight)
        return base.lighter(100 + 45 * index) if index else base

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._rows:
            return
        p = QPainter(self)
        # every rectangle and alignment here is absolute (mirrored by hand for RTL); each text
        # takes its own direction, so "36–56 dagen" is not shown as "dagen 56–36" in RTL
        p.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        fm = self.fontMetrics()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.width()
        rh = self._row_height()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        label_w = min(int(width * 0.35), max(fm.horizontalAdvance(r[0]) for r in self._rows) + 12)
        totals = [sum(v) for _l, v in self._rows]
        value_w = max(fm.horizontalAdvance(f"{t:g}") for t in totals) + 12
        space = max(10, width - label_w - value_w - 8)
        top = max(totals) or 1.0
        absolute = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
        for i, (label, values) in enumerate(self._rows):
            y = i * rh + 2
            x = 0.0
            p.setPen(text_color)
            if rtl:
                p.drawText(
                    QRectF(width - label_w, y, label_w - 4, rh),
                    Qt.AlignmentFlag.AlignRight | absolute,
                    fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 4),
                )
            else:
                p.drawText(
                    QRectF(0, y, label_w - 4, rh),
                    Qt.AlignmentFlag.AlignLeft | absolute,
                    fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 4),
                )
            for j, v in enumerate(values):
                seg = space * (v / top)
                if seg <= 0:
                    continue
                if rtl:
                    rect = QRectF(width - label_w - x - seg, y + 4, seg, rh - 8)
                else:
                    rect = QRectF(label_w + x, y + 4, seg, rh - 8)
                p.fillRect(rect, self.colour(j))
                x += seg
            total_text = f"{totals[i]:g}"
            if rtl:
                vr = QRectF(width - label_w - x - value_w, y, value_w - 4, rh)
                p.drawText(vr, Qt.AlignmentFlag.AlignRight | absolute, total_text)
            else:
                vr = QRectF(label_w + x + 4, y, value_w, rh)
                p.drawText(vr, Qt.AlignmentFlag.AlignLeft | absolute, total_text)
        # legend
        y = len(self._rows) * rh + 4
        x = 0 if not rtl else width
        for j, name in enumerate(self._series):
            w = fm.horizontalAdvance(name) + 26
            box = QRectF((x if not rtl else x - 14), y + 4, 12, rh - 10)
            p.fillRect(box, self.colour(j))
            p.setPen(text_color)
            if rtl:
                p.drawText(
                    QRectF(x - w, y, w - 18, rh), Qt.AlignmentFlag.AlignRight | absolute, name
                )
                x -= w
            else:
                p.drawText(
                    QRectF(x + 16, y, w - 16, rh), Qt.AlignmentFlag.AlignLeft | absolute, name
                )
                x += w
        p.end()
