"""The overview's tiles (DOMAIN.md §7 A–R): what each shows and which clients are behind it.
A tile is keyboard-focusable; Enter, Space or a click opens its list of clients."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.domain.indicators import Indicators

CTX = "OverviewTiles"


def t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def pct(part: int, whole: int | None) -> str:
    return "—" if not whole else f"{round(100 * part / whole)}%"


def _n(ind: Indicators, key: str) -> int:
    return len(ind.members.get(key, ()))


@dataclass(frozen=True)
class TileSpec:
    key: str  # members key
    caption: str  # source text (translated in the UI)
    value: Callable[[Indicators], str]
    alert: Callable[[Indicators], bool] = lambda _i: False


def _count(key: str) -> Callable[[Indicators], str]:
    return lambda ind: str(_n(ind, key))


def _of_pip(key: str) -> Callable[[Indicators], str]:
    return lambda ind: f"{_n(ind, key)} / {ind.with_pip_active}"


def _share_active(key: str) -> Callable[[Indicators], str]:
    return lambda ind: f"{_n(ind, key)} ({pct(_n(ind, key), ind.active)})"


def _bi_started(ind: Indicators) -> str:
    share = ind.share_bi_started
    return f"{ind.bi_started} ({'—' if share is None else f'{round(share * 100)}%'})"


SECTIONS: list[tuple[str, list[TileSpec]]] = [
    (
        QT_TRANSLATE_NOOP("OverviewTiles", "Caseload"),
        [
            TileSpec("A", QT_TRANSLATE_NOOP("OverviewTiles", "Active clients (A)"), _count("A")),
            TileSpec("B", QT_TRANSLATE_NOOP("OverviewTiles", "Without a PIP yet (B)"), _count("B")),
            TileSpec("C", QT_TRANSLATE_NOOP("OverviewTiles", "PIP, no extension (C)"), _count("C")),
            TileSpec(
                "D", QT_TRANSLATE_NOOP("OverviewTiles", "PIP with an extension (D)"), _count("D")
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("OverviewTiles", "PIP deadline"),
        [
            TileSpec(
                "E", QT_TRANSLATE_NOOP("OverviewTiles", "First PIPs, last 30 days (E)"), _count("E")
            ),
            TileSpec(
                "F", QT_TRANSLATE_NOOP("OverviewTiles", "PIPs within 10 weeks (F)"), _count("F")
            ),
            TileSpec(
                "G",
                QT_TRANSLATE_NOOP("OverviewTiles", "PIPs after 10 weeks (G)"),
                _count("G"),
                lambda i: i.pips_late > 0,
            ),
            TileSpec(
                "F",
                QT_TRANSLATE_NOOP("OverviewTiles", "On time, of all PIPs made or due"),
                lambda i: "—" if i.share_on_time is None else f"{round(i.share_on_time * 100)}%",
            ),
            TileSpec(
                "H",
                QT_TRANSLATE_NOOP("OverviewTiles", "PIP deadline within 14 days (H)"),
                _count("H"),
                lambda i: i.at_risk > 0,
            ),
            TileSpec(
                "overdue",
                QT_TRANSLATE_NOOP("OverviewTiles", "Deadline passed (PIP or term)"),
                lambda i: str(len(i.overdue)),
                lambda i: bool(i.overdue),
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("OverviewTiles", "Brede intake and LBT"),
        [
            TileSpec(
                "I",
                QT_TRANSLATE_NOOP("OverviewTiles", "Median days from obligation to intake (I)"),
                lambda i: "—" if i.median_days_to_bi is None else f"{i.median_days_to_bi:.0f}",
            ),
            TileSpec(
                "bi_started",
                QT_TRANSLATE_NOOP("OverviewTiles", "Intake started (I)"),
                _bi_started,
            ),
            TileSpec(
                "J_done", QT_TRANSLATE_NOOP("OverviewTiles", "LBT done (J)"), _count("J_done")
            ),
            TileSpec(
                "J_planned",
                QT_TRANSLATE_NOOP("OverviewTiles", "LBT planned (J)"),
                _count("J_planned"),
            ),
            TileSpec(
                "J_skipped",
                QT_TRANSLATE_NOOP("OverviewTiles", "LBT skipped: sensory impairment (J)"),
                _count("J_skipped"),
            ),
            TileSpec(
                "J_open",
                QT_TRANSLATE_NOOP("OverviewTiles", "LBT not yet done (J)"),
                _count("J_open"),
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("OverviewTiles", "Route"),
        [
            TileSpec(
                "K_b1", QT_TRANSLATE_NOOP("OverviewTiles", "B1 route (K)"), _share_active("K_b1")
            ),
            TileSpec(
                "K_onderwijs",
                QT_TRANSLATE_NOOP("OverviewTiles", "Education route (K)"),
                _share_active("K_onderwijs"),
            ),
            TileSpec(
                "K_z", QT_TRANSLATE_NOOP("OverviewTiles", "Z route (K)"), _share_active("K_z")
            ),
            TileSpec(
                "K_lowered",
                QT_TRANSLATE_NOOP("OverviewTiles", "Lowered B1 to A2 (K)"),
                _count("K_lowered"),
            ),
            TileSpec(
                "K_switched",
                QT_TRANSLATE_NOOP("OverviewTiles", "Switched route (K)"),
                _count("K_switched"),
            ),
            TileSpec(
                "L",
                QT_TRANSLATE_NOOP("OverviewTiles", "Route differs from the LBT (L)"),
                _count("L"),
            ),
            TileSpec(
                "L_reasons",
                QT_TRANSLATE_NOOP("OverviewTiles", "Of which with written reasons (L)"),
                _count("L_reasons"),
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("OverviewTiles", "Term"),
        [
            TileSpec(
                "M",
                QT_TRANSLATE_NOOP("OverviewTiles", "Switch window closes within 60 days (M)"),
                _count("M"),
            ),
            TileSpec(
                "N",
                QT_TRANSLATE_NOOP("OverviewTiles", "Term ends within 6 months, parts open (N)"),
                _count("N"),
                lambda i: i.termijn_ending > 0,
            ),
            TileSpec(
                "O_pvt", QT_TRANSLATE_NOOP("OverviewTiles", "PVT signed (O)"), _of_pip("O_pvt")
            ),
            TileSpec(
                "O_map",
                QT_TRANSLATE_NOOP("OverviewTiles", "MAP final interview held (O)"),
                _of_pip("O_map"),
            ),
            TileSpec("O_knm", QT_TRANSLATE_NOOP("OverviewTiles", "KNM done (O)"), _of_pip("O_knm")),
            TileSpec(
                "O_language",
                QT_TRANSLATE_NOOP("OverviewTiles", "Language part done (O)"),
                _of_pip("O_language"),
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("OverviewTiles", "Support and participation"),
        [
            TileSpec(
                "P",
                QT_TRANSLATE_NOOP("OverviewTiles", "Ontzorgen ends within 30 days (P)"),
                _count("P"),
            ),
            TileSpec(
                "Q",
                QT_TRANSLATE_NOOP("OverviewTiles", "Progress talk overdue (Q)"),
                _count("Q"),
                lambda i: i.progress_overdue > 0,
            ),
            TileSpec(
                "R_work", QT_TRANSLATE_NOOP("OverviewTiles", "Working (R)"), _share_active("R_work")
            ),
            TileSpec(
                "R_volunteer",
                QT_TRANSLATE_NOOP("OverviewTiles", "Interested in volunteering (R)"),
                _share_active("R_volunteer"),
            ),
            TileSpec(
                "R_study",
                QT_TRANSLATE_NOOP("OverviewTiles", "Studying: bridging programme (R)"),
                _share_active("R_study"),
            ),
        ],
    ),
]


class Tile(QFrame):
    """Value + caption; activates on click, Enter or Space."""

    activated = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("tile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value = QLabel(self)
        self.value.setProperty("role", "tile-value")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: str, caption: str, *, alert: bool = False) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        if bool(self.property("alert")) != alert:
            self.setProperty("alert", alert)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setAccessibleName(f"{caption}: {value}")
        self.setAccessibleDescription(t("Press Enter to list the clients behind this number."))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.key)
            return
        super().keyPressEvent(event)
