"""Sealed mode (self-fill): the whole window belongs to one widget — no navigation, menus,
status bar or toolbar; full-screen, frameless, stay-on-top; Ctrl+L still locks. Part of
:class:`MainWindow`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QToolBar, QWidget

from app.ui.window_gate import PAGE_SEALED, PAGE_UNLOCK, PAGE_WORKSPACE

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray

    from app.services.session import Session
    from app.ui.nav import Workspace


class SealedLockKey(QObject):
    """Installed on the application *after* the sealed screen's own filter (so it runs
    first): Ctrl+L still locks fully in sealed mode instead of opening the PIN screen."""

    def __init__(self, window: QMainWindow, lock: Callable[[], None]) -> None:
        super().__init__(window)
        self._lock = lock

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            from PySide6.QtCore import Qt  # not at import: see app/ui/enum_props.py

            if (
                event.key() == Qt.Key.Key_L
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                event.accept()
                self._lock()
                return True
        return False


if TYPE_CHECKING:
    _Base = QMainWindow
else:
    _Base = object


class SealedMode(_Base):
    """Mixin of MainWindow (the members it uses are declared here for type checking)."""

    if TYPE_CHECKING:
        session: Session
        stack: QStackedWidget
        sealed_stack: QStackedWidget
        toolbar: QToolBar
        workspace: Workspace | None
        _sealed: QWidget | None
        _sealed_restore: tuple[Any, Any] | None
        _sealed_state: dict[str, Any] | None
        _sealed_geometry: QByteArray
        _saved_state: dict[str, Any]
        _sealed_keys: SealedLockKey

        def _drop_workspace(self) -> dict[str, Any]: ...
        def _enter_workspace(self) -> None: ...
        def lock(self) -> None: ...

    # ================================================================ sealed mode (self-fill)
    def enter_sealed_mode(self, widget: QWidget) -> None:
        """Hand the whole window to ``widget`` (self-fill): no navigation, menus, status bar
        or toolbar; full-screen, frameless, stay-on-top. Other clients' data must not stay in
        memory-backed widgets: the caseload, client page and other pages are autosaved and
        torn down (rebuilt in :meth:`leave_sealed_mode`). ``widget.activate()`` is called
        here when it has one. Ctrl+L and the idle lock still lock fully."""
        if self._sealed is not None:
            self.leave_sealed_mode()
        if self.workspace is not None:
            self._sealed_state = self._drop_workspace()
        self._sealed = widget
        self._sealed_restore = (self.windowFlags(), self.windowState())
        self._sealed_geometry = self.saveGeometry()
        self.sealed_stack.addWidget(widget)
        self.sealed_stack.setCurrentWidget(widget)
        self.stack.setCurrentIndex(PAGE_SEALED)
        self.toolbar.hide()
        self.statusBar().hide()
        self.menuBar().hide()
        from PySide6.QtCore import Qt  # not at import: see app/ui/enum_props.py

        self.setWindowFlags(
            self.windowFlags()
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.showFullScreen()
        activate = getattr(widget, "activate", None)
        if callable(activate):
            activate()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._sealed_keys)  # after the widget's filter: runs first
        widget.setFocus()

    def leave_sealed_mode(self) -> QWidget | None:
        """Back to the normal window with the workspace rebuilt where the user was; returns
        the sealed widget (the caller owns it)."""
        widget = self._exit_sealed()
        if widget is None:
            return None
        state, self._sealed_state = self._sealed_state, None
        if self.session.is_unlocked and self.workspace is None and state is not None:
            self._saved_state = state
            self._enter_workspace()
        return widget

    def _exit_sealed(self) -> QWidget | None:
        widget, self._sealed = self._sealed, None
        if widget is None:
            return None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._sealed_keys)
        deactivate = getattr(widget, "deactivate", None)
        if callable(deactivate) and shiboken6.isValid(widget):
            deactivate()
        self.sealed_stack.removeWidget(widget)
        widget.hide()
        widget.setParent(None)  # type: ignore[call-overload]
        from PySide6.QtCore import Qt

        flags, state = self._sealed_restore or (self.windowFlags(), Qt.WindowState.WindowNoState)
        self.setWindowFlags(flags)
        self.toolbar.show()
        self.statusBar().show()
        self.stack.setCurrentIndex(PAGE_WORKSPACE if self.session.is_unlocked else PAGE_UNLOCK)
        self.setWindowState(state)
        geometry = getattr(self, "_sealed_geometry", None)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.show()
        return widget

    @property
    def in_sealed_mode(self) -> bool:
        return self._sealed is not None

    @property
    def sealed_widget(self) -> QWidget | None:
        return self._sealed
