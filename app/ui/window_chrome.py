"""The main window's toolbar (lock, language) and status bar (busy, lock state, online, last
sync): built once per window; texts are set by ``MainWindow.retranslate_ui``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QSizePolicy, QToolBar, QWidget

from app.resources import icon_path
from app.ui.enum_props import set_enum_property
from app.ui.ui_languages import UI_LANGUAGES

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut


class Chrome:
    """The chrome's widgets (a plain class: a dataclass costs an ``exec`` of generated code
    before the first window is shown, for a record the window unpacks once)."""

    __slots__ = (
        "busy",
        "lang",
        "lock",
        "lock_shortcut",
        "lock_state",
        "net_state",
        "sync_state",
        "toolbar",
    )

    def __init__(  # noqa: PLR0913 - one field per widget
        self,
        toolbar: QToolBar,
        lock: QAction,
        lang: QComboBox,
        lock_shortcut: QShortcut | None,
        lock_state: QLabel,
        net_state: QLabel,
        sync_state: QLabel,
        busy: QLabel,
    ) -> None:
        self.toolbar = toolbar
        self.lock = lock
        self.lang = lang
        self.lock_shortcut = lock_shortcut
        self.lock_state = lock_state
        self.net_state = net_state
        self.sync_state = sync_state
        self.busy = busy


def lock_shortcut(window: QMainWindow) -> QShortcut:
    """Ctrl+L, application-wide (also in sealed mode): locks the window."""
    from PySide6.QtGui import QKeySequence, QShortcut  # their enums: not before the window

    shortcut = QShortcut(QKeySequence("Ctrl+L"), window)
    set_enum_property(shortcut, "context", "ApplicationShortcut")
    return shortcut


def build_chrome(window: QMainWindow, ui_language: str, *, shortcut: bool = True) -> Chrome:
    """``shortcut=False``: the Ctrl+L shortcut is left to the caller (:func:`lock_shortcut`;
    the main window adds it at the first unlock: before, there is nothing to lock, and
    QKeySequence's enums cost the first window a millisecond and a half)."""
    toolbar = QToolBar(window)
    toolbar.setObjectName("toolbar")
    toolbar.setMovable(False)
    set_enum_property(toolbar, "toolButtonStyle", "ToolButtonTextBesideIcon")  # no Qt yet
    toolbar.setIconSize(QSize(20, 20))
    lock = QAction(QIcon(str(icon_path("lock.svg"))), "", window)
    toolbar.addAction(lock)
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    lang = QComboBox(toolbar)
    for code, name in UI_LANGUAGES:
        lang.addItem(name, code)
    lang.setCurrentIndex(max(0, lang.findData(ui_language)))
    toolbar.addWidget(lang)
    window.addToolBar(toolbar)
    ctrl_l = lock_shortcut(window) if shortcut else None

    sb = window.statusBar()
    lock_state, net_state, sync_state, busy = (QLabel(sb) for _ in range(4))
    sb.addWidget(busy, 1)
    for label in (lock_state, net_state, sync_state):
        sb.addPermanentWidget(label)
    return Chrome(toolbar, lock, lang, ctrl_l, lock_state, net_state, sync_state, busy)
