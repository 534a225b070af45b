"""The screenshot helper fails on what a user would see wrong (so screenshot tests can fail)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tests.ui.screens import expected_rtl, shoot


def _box(qtbot, text: str = "Opslaan", width: int = 300) -> tuple[QWidget, QLabel]:
    box = QWidget()
    label = QLabel(text, box)
    QVBoxLayout(box).addWidget(label)
    qtbot.addWidget(box)
    box.setFixedWidth(width)
    box.show()
    return box, label


def test_names_say_the_direction() -> None:
    assert expected_rtl("shell/unlock-ar") is True
    assert expected_rtl("intake/form-rtl-ar-A") is True
    assert expected_rtl("shell/unlock-fa_AF") is True
    assert expected_rtl("intake/intake-ti-A") is False
    assert expected_rtl("shell/first-run-nl") is False
    assert expected_rtl("misc/overview") is None


def test_a_fitting_dutch_screen_passes(qtbot) -> None:
    box, _ = _box(qtbot)
    assert shoot(box, "helper/ok-nl", texts=["Opslaan"]).is_file()


def test_wrong_direction_fails(qtbot) -> None:
    box, _ = _box(qtbot)
    with pytest.raises(AssertionError, match="right-to-left"):
        shoot(box, "helper/wrong-direction-ar")
    box.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    shoot(box, "helper/right-direction-ar")


def test_clipped_label_fails(qtbot) -> None:
    box, label = _box(qtbot, "Een heel lange zin die nooit in dertig pixels past", width=30)
    with pytest.raises(AssertionError, match="QLabel"):
        shoot(box, "helper/clipped-nl")
    shoot(box, "helper/clipped-allowed-nl", allow_clipped=[label.text()])


def test_fixed_small_font_fails(qtbot) -> None:
    box, label = _box(qtbot, "Klein")
    font = QFont(label.font())
    font.setPointSizeF(max(1.0, label.font().pointSizeF() * 0.5))
    label.setFont(font)
    with pytest.raises(AssertionError, match="pt"):
        shoot(box, "helper/small-font-nl")


def test_missing_text_fails(qtbot) -> None:
    box, _ = _box(qtbot)
    with pytest.raises(AssertionError, match="Annuleren"):
        shoot(box, "helper/missing-text-nl", texts=["Annuleren"])
