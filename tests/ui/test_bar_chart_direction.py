"""Charts in an RTL layout: a Dutch label such as "36–56 dagen" keeps its own reading order.
Without its own text direction the bidi algorithm showed it as "dagen 56–36"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.ui.widgets.bar_chart import BarChart


def _label_ink(chart: BarChart, rtl: bool) -> QImage:
    """The label's ink (dark pixels), cropped to its bounding box."""
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    QApplication.setLayoutDirection(direction)  # as the app does for an RTL language
    chart.setLayoutDirection(direction)
    try:
        img = chart.grab().toImage()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    w, h = img.width(), img.height()
    # the label sits in the outer 40 % on its side; the value "0" and the bar are elsewhere
    xs = range(int(w * 0.6), w) if rtl else range(int(w * 0.4))
    ink = [(x, y) for x in xs for y in range(h) if QColor(img.pixel(x, y)).lightness() < 110]
    assert ink, "no label drawn"
    left, right = min(x for x, _ in ink), max(x for x, _ in ink)
    top, bottom = min(y for _, y in ink), max(y for _, y in ink)
    return img.copy(left, top, right - left + 1, bottom - top + 1)


def _mismatch(a: QImage, b: QImage) -> float:
    if a.size() != b.size():
        return 1.0
    dark = lambda img, x, y: QColor(img.pixel(x, y)).lightness() < 110  # noqa: E731
    cells = [(x, y) for x in range(a.width()) for y in range(a.height())]
    return sum(dark(a, x, y) != dark(b, x, y) for x, y in cells) / len(cells)


def test_dutch_range_label_reads_the_same_in_rtl(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(420, 40)
    chart.set_bars([("36–56 dagen", 0.0, "")])  # no bar, no value: only the label
    ltr = _label_ink(chart, rtl=False)
    rtl = _label_ink(chart, rtl=True)
    assert ltr.width() > 40
    # the same words in the same order: (almost) the same ink; reordered text differs widely
    assert _mismatch(ltr, rtl) < 0.05
