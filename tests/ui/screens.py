"""Screenshots that assert what the user sees.

``shoot(widget, "shell/unlock-ar")`` writes ``screenshots/shell/unlock-ar.png`` at the repo
root (gitignored) AND fails the test when the screen is visibly wrong:

- **layout direction** (of the widget or of the content covering most of it):
  ``rtl=True/False`` states it; when not given it follows from the name's last language
  token (``-ar``, ``-fa``, ``-fa_AF``, ``-ps``, ``-ckb`` or ``-rtl`` → right-to-left; ``-nl``,
  ``-en``, ``-ti``, ``-tr`` … or ``-ltr`` → left-to-right); a name without one checks
  nothing here;
- **no clipped text**: no visible single-line QLabel narrower than its text, no word-wrapped
  QLabel shorter than its text needs, no visible QPushButton narrower than its text;
- **font size follows the app font**: no visible label or button smaller than 80 % of the
  application font (large text scales everything; fixed small pixel sizes fail);
- ``texts=[…]``: each of these strings is visible somewhere in the widget.

``save_screenshot`` (the older name) is ``shoot``. ``allow_clipped`` names label texts that may
be cut on purpose (an elided file name), ``check_fonts=False`` skips the font rule (a picture
of a PDF page).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "screenshots"
RTL_TOKENS = {"ar", "fa", "fa_AF", "fa-AF", "ps", "ckb", "rtl"}
LTR_TOKENS = {"nl", "en", "ti", "tr", "am", "so", "ku", "ltr"}
MIN_FONT_RATIO = 0.8


def expected_rtl(name: str) -> bool | None:
    """From the last language token of the file name (None: the name does not say)."""
    tokens = Path(name).name.replace("_AF", "-AF").split("-")
    for token in reversed(tokens):
        if token in RTL_TOKENS or token == "AF":
            return True
        if token in LTR_TOKENS:
            return False
    return None


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _is_rich(label: QLabel) -> bool:
    text = label.text().lstrip()
    return label.textFormat() == Qt.TextFormat.RichText or text.startswith("<")


def clipped(root: QWidget, allow: Iterable[str] = ()) -> list[str]:
    """Visible labels and buttons whose text does not fit (cut off or elided by Qt)."""
    allowed = set(allow)
    out: list[str] = []
    labels = root.findChildren(QLabel)
    if isinstance(root, QLabel):
        labels.insert(0, root)
    for w in labels:
        if not w.isVisible() or not w.text() or _is_rich(w):
            continue
        if w.text() in allowed or w.pixmap() is not None and not w.pixmap().isNull():
            continue
        rect = w.contentsRect()
        if rect.width() <= 0:
            continue
        if w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + 2:
                out.append(f"QLabel {w.text()[:40]!r}: needs {need}px high, has {w.height()}")
            continue
        lines = _plain(w.text()).split("\n")
        need = max(w.fontMetrics().horizontalAdvance(line) for line in lines)
        if need > rect.width() + 1:
            out.append(f"QLabel {w.text()[:40]!r}: {need}px text in {rect.width()}px")
    for b in root.findChildren(QPushButton):
        if not b.isVisible() or not b.text() or "\n" in b.text() or b.text() in allowed:
            continue
        if b.width() + 1 < b.sizeHint().width():
            out.append(f"QPushButton {b.text()!r}: {b.width()}px < {b.sizeHint().width()}px")
    return out


def small_fonts(root: QWidget, ratio: float = MIN_FONT_RATIO) -> list[str]:
    """Visible labels/buttons whose font is smaller than ``ratio`` × the application font."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return []
    base = app.font()
    base_px = base.pixelSize() if base.pointSizeF() <= 0 else None
    out = []
    widgets = [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]
    for w in widgets:
        if not w.isVisible() or not getattr(w, "text", lambda: "")():
            continue
        f = w.font()
        if base_px is None and f.pointSizeF() > 0:
            if f.pointSizeF() < base.pointSizeF() * ratio:
                out.append(f"{type(w).__name__} {w.text()[:30]!r}: {f.pointSizeF():.1f}pt")
        elif f.pixelSize() > 0 and base_px and f.pixelSize() < base_px * ratio:
            out.append(f"{type(w).__name__} {w.text()[:30]!r}: {f.pixelSize()}px")
    return out


def direction_rtl(widget: QWidget, share: float = 0.4) -> bool:
    """Right-to-left as the user sees it: the widget itself, or the content it hosts (a
    visible descendant covering at least ``share`` of it: the client's form or card inside
    the klantmanager's Dutch frame)."""
    if widget.isRightToLeft():
        return True
    area = max(1, widget.width() * widget.height())
    for child in widget.findChildren(QWidget):
        if child.isVisible() and child.isRightToLeft():
            if child.width() * child.height() >= share * area:
                return True
    return False


def visible_texts(root: QWidget) -> list[str]:
    out = []
    for w in [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]:
        if w.isVisible() and w.text():
            out.append(_plain(w.text()))
    out += [e.text() for e in root.findChildren(QLineEdit) if e.isVisible()]
    return out


def shoot(
    widget: QWidget,
    name: str,
    area: str | None = None,
    *,
    rtl: bool | None = None,
    texts: Iterable[str] = (),
    allow_clipped: Iterable[str] = (),
    check_fonts: bool = True,
) -> Path:
    """Save the screenshot, then assert direction, no clipped text, font sizes, ``texts``."""
    if "/" not in name:
        name = f"{area or 'misc'}/{name}"
    path = SHOTS / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(3):
        QCoreApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise AssertionError(f"screenshot not saved: {path}")
    want_rtl = expected_rtl(name) if rtl is None else rtl
    problems: list[str] = []
    if want_rtl is not None and direction_rtl(widget) != want_rtl:
        want = "right-to-left" if want_rtl else "left-to-right"
        problems.append(f"layout direction is not {want}")
    problems += clipped(widget, allow_clipped)
    if check_fonts:
        problems += small_fonts(widget)
    shown = " ".join(visible_texts(widget))
    problems += [f"text not shown: {t!r}" for t in texts if t not in shown]
    assert not problems, f"{path.relative_to(REPO)}:\n  " + "\n  ".join(problems)
    return path


save_screenshot = shoot
