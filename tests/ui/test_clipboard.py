# ruff: noqa: F811  (fixtures imported from conftest_forms)
"""SECURITY.md §6 "Clipboard" / §10 #22: copy is blocked in BSN, V-nummer and health fields
and on the caseload board's BSN column; elsewhere the clipboard gets the no-history flags
and is cleared after the timeout unless the user copied something else meanwhile."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QPlainTextEdit, QWidget

from app.domain.forms.loader import FormRegistry
from app.domain.identifiers import sample_bsns
from app.i18n.catalog import ContentCatalog
from app.resources import forms_dir
from app.services.intake import IntakeService
from app.ui.clipboard import LINUX_HINT, NO_HISTORY_FORMATS, SecureClipboard, windows_format
from app.ui.form_view import FieldRow
from app.ui.models.caseload_model import COL_BSN, COL_NAME
from app.ui.screens.caseload import CaseloadScreen
from app.ui.screens.intake import IntakeScreen
from app.ui.widgets.masked_bsn import MaskedBsn
from tests.ui.conftest_forms import client_with_lang, fapp, fvault, type_text  # noqa: F401

SENTINEL = "sentinel-on-the-clipboard"
BLOCKED_NL = "Kopiëren is uitgeschakeld voor dit veld"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def registry():
    return FormRegistry.load_dir(forms_dir())


@pytest.fixture(scope="module")
def catalog():
    return ContentCatalog.load()


@pytest.fixture
def menus() -> list[QMenu]:
    return []


@pytest.fixture
def guard(fapp, menus) -> Iterator[SecureClipboard]:
    """The guard with a short clear timeout; context menus are recorded, never opened."""
    g = SecureClipboard(clear_after_ms=50, menu_exec=lambda menu, pos: menus.append(menu))
    g.install(fapp)
    fapp.set_language("nl")
    QApplication.clipboard().setText(SENTINEL)
    yield g
    g.uninstall()
    QApplication.clipboard().clear()
    fapp.set_language("en")


def clip() -> str:
    return QApplication.clipboard().text(QClipboard.Mode.Clipboard)


def intake(qtbot, fvault, registry, catalog, section: str) -> IntakeScreen:
    client = client_with_lang(fvault, "ar")
    screen = IntakeScreen(
        IntakeService(fvault, registry),
        client,
        catalog,
        languages=[("ar", "العربية")],
        autosave_ms=60_000,
    )
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    screen.pager.show_section(section)
    return screen


def row(screen: IntakeScreen, field_id: str) -> FieldRow:
    assert screen.pager.view is not None
    return screen.pager.view.all_rows()[field_id]


def typed_line(qtbot, r: FieldRow, text: str) -> QLineEdit:
    edit = r.focus_target
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    type_text(qtbot, edit, text)
    edit.selectAll()
    return edit


def test_copy_and_cut_in_the_intake_bsn_field_are_blocked(qtbot, guard, fvault, registry, catalog):
    screen = intake(qtbot, fvault, registry, catalog, "A")
    bsn = sample_bsns(1)[0]
    edit = typed_line(qtbot, row(screen, "bsn"), bsn)
    assert edit.selectedText() == bsn

    with qtbot.waitSignal(guard.copy_blocked) as blocked:
        qtbot.keyClick(edit, Qt.Key.Key_C, CTRL)
    assert blocked.args == [BLOCKED_NL]  # the short tip, in Dutch
    qtbot.keyClick(edit, Qt.Key.Key_X, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Insert, CTRL)  # the other Copy binding
    assert clip() == SENTINEL
    assert edit.text() == bsn  # cut did not remove it either

    # the context menu has no Copy/Cut, and pressing inside the selection (a drag start)
    # drops the selection, so the BSN cannot be dragged out
    names = [a.objectName() for a in guard.context_menu(edit).actions()]
    assert "edit-copy" not in names and "edit-cut" not in names and "edit-paste" in names
    qtbot.mousePress(edit, Qt.MouseButton.LeftButton, pos=edit.rect().center())
    assert not edit.hasSelectedText()

    # V-nummer likewise
    vnr = typed_line(qtbot, row(screen, "v_nummer"), "1234567890")
    qtbot.keyClick(vnr, Qt.Key.Key_C, CTRL)
    assert clip() == SENTINEL


def test_copy_from_a_health_field_is_blocked(qtbot, guard, fvault, registry, catalog, menus):
    screen = intake(qtbot, fvault, registry, catalog, "C")
    hours = typed_line(qtbot, row(screen, "belastbaarheid_uren_per_week"), "16")
    qtbot.keyClick(hours, Qt.Key.Key_C, CTRL)
    assert clip() == SENTINEL

    note = row(screen, "psychische_belasting_toelichting").focus_target
    assert isinstance(note, QPlainTextEdit)
    note.setPlainText("Slaapt slecht sinds de reis")
    note.selectAll()
    qtbot.keyClick(note, Qt.Key.Key_C, CTRL)
    qtbot.keyClick(note, Qt.Key.Key_X, CTRL)
    assert clip() == SENTINEL
    assert note.toPlainText() == "Slaapt slecht sinds de reis"
    # a right-click on the text (its viewport) offers no Copy either
    pos = note.viewport().rect().center()
    QApplication.sendEvent(
        note.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, note.viewport().mapToGlobal(pos)),
    )
    assert menus and "edit-copy" not in [a.objectName() for a in menus[-1].actions()]
    # dragging the selection out: the press inside it drops the selection first
    note.selectAll()
    qtbot.mousePress(note.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not note.textCursor().hasSelection()
    assert clip() == SENTINEL


def test_copy_of_a_normal_field_is_flagged_and_cleared(qtbot, guard, fvault, registry, catalog):
    screen = intake(qtbot, fvault, registry, catalog, "A")
    edit = typed_line(qtbot, row(screen, "geslachtsnaam"), "Testnaam")
    fired: list[bool] = []
    guard.expired.connect(fired.append)

    with qtbot.waitSignal(guard.copied):
        qtbot.keyClick(edit, Qt.Key.Key_C, CTRL)
    mime = QApplication.clipboard().mimeData()
    assert mime.text() == "Testnaam"
    formats = mime.formats()
    assert LINUX_HINT in formats
    assert bytes(mime.data(LINUX_HINT)) == b"secret"
    for name in (
        "ExcludeClipboardContentFromMonitorProcessing",
        "CanIncludeInClipboardHistory",
        "CanUploadToCloudClipboard",
    ):
        assert windows_format(name) in formats
    assert bytes(mime.data(windows_format("CanIncludeInClipboardHistory"))) == b"\0\0\0\0"
    assert bytes(mime.data(windows_format("CanUploadToCloudClipboard"))) == b"\0\0\0\0"
    assert "org.nspasteboard.ConcealedType" in formats
    assert {f for f, _ in NO_HISTORY_FORMATS} <= set(formats)

    qtbot.waitUntil(lambda: fired == [True], timeout=5000)
    assert clip() == ""
    mime = QApplication.clipboard().mimeData()
    assert mime is None or not mime.formats()


def test_cut_and_context_menu_copy_go_through_the_guard(qtbot, guard, fvault, registry, catalog):
    screen = intake(qtbot, fvault, registry, catalog, "A")
    edit = typed_line(qtbot, row(screen, "voornamen"), "Amal")
    qtbot.keyClick(edit, Qt.Key.Key_X, CTRL)
    assert clip() == "Amal" and edit.text() == ""
    assert LINUX_HINT in QApplication.clipboard().mimeData().formats()

    QApplication.clipboard().setText(SENTINEL)
    edit.setText("Yonas")
    edit.selectAll()
    menu = guard.context_menu(edit)
    copy = next(a for a in menu.actions() if a.objectName() == "edit-copy")
    assert copy.isEnabled()
    copy.trigger()
    assert clip() == "Yonas"
    assert bytes(QApplication.clipboard().mimeData().data(LINUX_HINT)) == b"secret"


def test_something_else_copied_meanwhile_is_not_cleared(qtbot, guard):
    fired: list[bool] = []
    guard.expired.connect(fired.append)
    guard.copy_text("Testnaam")
    assert clip() == "Testnaam"
    QApplication.clipboard().setText("the user's own text")
    qtbot.waitUntil(lambda: fired == [False], timeout=5000)
    assert clip() == "the user's own text"


def test_selectable_label_copy_is_flagged_unless_no_copy(qtbot, guard):
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("Hoofdstraat 1", box)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setSelection(0, len(label.text()))
    qtbot.keyClick(label, Qt.Key.Key_C, CTRL)
    assert clip() == "Hoofdstraat 1"
    assert LINUX_HINT in QApplication.clipboard().mimeData().formats()

    QApplication.clipboard().setText(SENTINEL)
    box.setProperty("noCopy", True)  # an ancestor's mark covers its children (self-fill)
    label.setSelection(0, len(label.text()))
    qtbot.keyClick(label, Qt.Key.Key_C, CTRL)
    assert clip() == SENTINEL
    assert guard.context_menu(label) is None


def test_caseload_bsn_cell_is_not_copied_but_the_name_is_flagged(qtbot, guard, vault):
    screen = CaseloadScreen(vault)
    qtbot.addWidget(screen)
    screen.show()
    table = screen.table
    table.setFocus()
    table.setCurrentIndex(screen.model.index(0, COL_BSN))
    with qtbot.waitSignal(guard.copy_blocked):
        qtbot.keyClick(table, Qt.Key.Key_C, CTRL)
    assert clip() == SENTINEL

    name_index = screen.model.index(0, COL_NAME)
    table.setCurrentIndex(name_index)
    qtbot.keyClick(table, Qt.Key.Key_C, CTRL)
    assert clip() == str(name_index.data(Qt.ItemDataRole.DisplayRole))
    assert clip() != SENTINEL
    assert bytes(QApplication.clipboard().mimeData().data(LINUX_HINT)) == b"secret"


def test_masked_bsn_is_marked_no_copy(qtbot, guard):
    from app.ui.clipboard import is_no_copy

    w = MaskedBsn(sample_bsns(1)[0])
    qtbot.addWidget(w)
    w.reveal()
    assert is_no_copy(w)


def test_the_application_installs_the_guard(fapp):
    guard = getattr(fapp, "secure_clipboard", None)
    assert isinstance(guard, SecureClipboard)
    guard.copy_text("Testnaam")
    assert guard.clear_now() is True  # the shell calls this on lock
    assert clip() == ""


def test_a_widget_watched_by_the_form_no_copy_filter_stays_blocked(qtbot, guard):
    """review.py installs form_view.NoCopyFilter on its answers table directly; the
    app-wide guard (which sees Ctrl+C first) must respect that too."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from app.ui.form_view import NoCopyFilter

    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("Slaapt slecht"))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.installEventFilter(NoCopyFilter(table))
    table.show()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_C, CTRL)
    assert clip() == SENTINEL
