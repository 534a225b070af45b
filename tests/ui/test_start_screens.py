"""The widgets built before the first window is shown set their Qt enum properties by key
(app/ui/enum_props.py, issue 14 item 6): what the user gets is unchanged: messages stay
plain text (no markup from a settings file or an error), the demo passphrase can be
selected, the create button sits at the end of its line, Ctrl+L locks application-wide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.ui.enum_props import set_enum_property
from app.ui.screens.first_run import FirstRunScreen
from app.ui.screens.unlock import UnlockScreen


def test_enum_property_set_by_key_and_a_typo_refused(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    set_enum_property(label, "textFormat", "PlainText")
    assert label.textFormat() == Qt.TextFormat.PlainText
    set_enum_property(
        label, "textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard"
    )
    assert label.textInteractionFlags() == (
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    with pytest.raises(ValueError):
        set_enum_property(label, "textFormat", "PlainTxt")
    with pytest.raises(ValueError):
        set_enum_property(label, "noSuchProperty", "PlainText")


def test_unlock_screen_shows_markup_literally_and_the_demo_passphrase_selectable(qtbot) -> None:
    screen = UnlockScreen("<b>Gemeente</b> Testdorp")
    qtbot.addWidget(screen)
    screen.set_demo_passphrase("molen-tulp-fiets-gracht-42")
    for label in (screen.subtitle, screen.message, screen.demo):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert screen.demo.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


@pytest.mark.parametrize("rtl", [False, True])
def test_first_run_create_button_at_the_end_of_its_line(qtbot, rtl: bool) -> None:
    screen = FirstRunScreen("Testdorp")
    qtbot.addWidget(screen)
    screen.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    screen.resize(900, 700)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.message.textFormat() == Qt.TextFormat.PlainText
    card, button = screen.card, screen.create_button
    right_gap = card.width() - button.geometry().right()
    left_gap = button.geometry().left()
    if rtl:  # mirrored: at the left edge
        assert left_gap < right_gap
    else:
        assert right_gap < left_gap
    assert button.width() < card.width() / 2  # not stretched over the line


def test_window_chrome_lock_shortcut_is_application_wide(qtbot, settings) -> None:
    from PySide6.QtWidgets import QMainWindow

    from app.ui.window_chrome import build_chrome

    window = QMainWindow()
    qtbot.addWidget(window)
    chrome = build_chrome(window, "nl")
    assert chrome.lock_shortcut.context() == Qt.ShortcutContext.ApplicationShortcut
    assert chrome.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert [chrome.lang.itemText(i) for i in range(chrome.lang.count())] == [
        "Nederlands",
        "English",
    ]


def test_clipboard_guard_in_place_before_the_workspace_is_built(
    make_window, vault_path, qapp, qtbot
) -> None:
    """The start installs the guard after the first window is shown; unlocking must not rely
    on that timer: the guard exists before the first screen with client data is built."""
    from app.domain.demo_data import demo_clients
    from app.store.vault import Vault
    from app.ui.clipboard import SecureClipboard
    from tests.ui.conftest import FAST_KDF, PASS

    v = Vault.create(vault_path, PASS, user_name="K. Manager", kdf=FAST_KDF)
    v.clients.save_many(demo_clients(3))
    v.close()
    old = qapp._secure_clipboard
    if old is not None:  # as after a fresh start: nothing installed yet
        old.uninstall()
        qapp._secure_clipboard = None
    w = make_window()
    assert qapp._secure_clipboard is None
    assert not w.has_workspace_area  # no navigation or client list before unlock
    seen: list[object] = []
    w.unlocked.connect(lambda: seen.append(qapp._secure_clipboard))
    w.unlock_screen.passphrase.setText(PASS)
    w.unlock_screen.unlock_button.click()
    assert w.session.is_unlocked
    assert isinstance(seen[0], SecureClipboard)
    assert w.stack.currentWidget() is w.splitter
    assert w.page("caseload").model.rowCount() == 3
