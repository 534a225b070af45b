"""Screen assembly (app/ui/workspace.py): every listed page and tab resolves, the real window
shows the listed pages in order with translated titles, one added line adds a page, and the
sync controller's events reach the window through the bridge."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from app.ui import workspace
from app.ui.bridge import CoreBridge
from app.ui.workspace import CLIENT_TABS, SIDEBAR_PAGES, PageSpec, TabSpec, resolve
from tests.ui.conftest import PASS


@pytest.mark.parametrize("spec", SIDEBAR_PAGES, ids=lambda s: s.key)
def test_every_sidebar_page_factory_resolves(spec: PageSpec) -> None:
    fn = resolve(spec.factory)
    assert list(inspect.signature(fn).parameters) == ["services"]


@pytest.mark.parametrize("spec", CLIENT_TABS, ids=lambda s: s.title)
def test_every_client_tab_factory_resolves(spec: TabSpec) -> None:
    fn = resolve(spec.factory)
    assert list(inspect.signature(fn).parameters) == ["services", "client"]


def test_page_keys_are_unique() -> None:
    keys = [s.key for s in SIDEBAR_PAGES]
    assert len(keys) == len(set(keys))


def _unlock(window) -> None:
    window.unlock_screen.passphrase.setText(PASS)
    window.unlock_screen.unlock_button.click()
    assert window.session.is_unlocked and window.workspace is not None


def test_window_shows_the_listed_pages_in_dutch(make_window, vault, ui_lang) -> None:
    ui_lang("nl")
    vault.close()
    w = make_window()
    _unlock(w)
    assert [p.key for p in w.workspace.pages] == [s.key for s in SIDEBAR_PAGES]
    shown = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert "Instellingen" in shown and "settings" not in shown  # words, translated
    w.lock()


def test_one_added_line_adds_a_page(make_window, vault, monkeypatch) -> None:
    extra = PageSpec("hello", "Hello page", "settings.svg", "tests.ui.test_workspace:hello_page")
    monkeypatch.setattr(workspace, "SIDEBAR_PAGES", (*SIDEBAR_PAGES, extra))
    monkeypatch.setattr(workspace.build_pages, "__defaults__", (workspace.SIDEBAR_PAGES,))
    vault.close()
    w = make_window()
    _unlock(w)
    assert w.workspace.pages[-1].key == "hello"
    w.show_page("hello")
    page = w.page("hello")
    assert page is not None and page.ensure().findChild(QLabel).text() == "Hello"
    w.lock()


def hello_page(services) -> QWidget:
    box = QWidget()
    QLabel("Hello", box)
    assert not services.vault.is_locked
    return box


def test_sync_events_reach_the_window_through_the_bridge(qapp, qtbot, settings) -> None:
    from app.main import make_session
    from app.ui.workspace import build_main_window

    bridge = CoreBridge()
    w = build_main_window(qapp, settings, make_session(settings), bridge=bridge)
    qtbot.addWidget(w)
    bridge.report("sync_progress", done=2, total=5)
    assert "2" in w.busy.text() and "5" in w.busy.text()
    bridge.report("sync_finished", ok=True, at="2026-03-02T10:00:00Z")
    assert w.busy.text() == ""
    bridge.report("online", online=True)
    assert w._online is True
