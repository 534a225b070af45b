"""Clipboard protection (SECURITY.md §6 "Clipboard", §10 #22).

* :class:`SecureClipboard` puts text on the clipboard with the platform "do not keep in
  history / do not sync" flags and clears it after 30 s if it still holds our value.
* :meth:`SecureClipboard.install` adds an application-wide event filter that intercepts
  copy/cut (keyboard ``QKeySequence.Copy``/``Cut`` and the context-menu actions) in
  ``QLineEdit``, ``QTextEdit``, ``QPlainTextEdit``, selectable ``QLabel`` and item views:

  - in a widget marked ``noCopy=true`` (dynamic property, on the widget or any ancestor:
    BSN, V-nummer, health/S2-S3 fields, everything in self-fill) copy and cut are blocked:
    nothing reaches the clipboard and a short status tip says so; dragging the selected
    text out is blocked too;
  - an item view may block single columns with ``noCopyColumns=[col, …]`` (the caseload
    board's BSN column);
  - everywhere else the copy goes through :meth:`SecureClipboard.copy_text` (flags + clear).

The widgets themselves only set the property; no widget needs a reference to this class.
"""

from __future__ import annotations

import hashlib
import logging
import struct
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QClipboard,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QStatusTipEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStatusBar,
    QTextEdit,
    QToolTip,
    QWidget,
)

log = logging.getLogger(__name__)

CLEAR_AFTER_MS = 30_000
TIP_MS = 4_000

NO_COPY = "noCopy"  # dynamic property: copy/cut/drag blocked in this widget and its children
NO_COPY_COLUMNS = "noCopyColumns"  # dynamic property on an item view: list of blocked columns

LINUX_HINT = "x-kde-passwordManagerHint"  # KDE Klipper and most Linux clipboard managers
MAC_CONCEALED = "org.nspasteboard.ConcealedType"  # nspasteboard.org convention (macOS)
MAC_CONCEALED_MIME = "application/x-nspasteboard-concealed-type"


def windows_format(name: str) -> str:
    """Qt's mime type for a named (registered) Windows clipboard format."""
    return f'application/x-qt-windows-mime;value="{name}"'


_DWORD_0 = struct.pack("<I", 0)

# every flag the clipboard entry carries, on every platform (the others ignore them)
NO_HISTORY_FORMATS: tuple[tuple[str, bytes], ...] = (
    (LINUX_HINT, b"secret"),
    (windows_format("ExcludeClipboardContentFromMonitorProcessing"), _DWORD_0),
    (windows_format("CanIncludeInClipboardHistory"), _DWORD_0),
    (windows_format("CanUploadToCloudClipboard"), _DWORD_0),
    (MAC_CONCEALED, b""),
    (MAC_CONCEALED_MIME, b"secret"),
)

_TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QLabel)
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
_FILTERED = frozenset(
    (
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.ContextMenu,
        QEvent.Type.MouseButtonPress,
    )
)


def _digest(text: str) -> bytes:
    # only a hash of the copied value is kept in memory, never the value itself
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def is_no_copy(widget: QWidget | None) -> bool:
    """True when ``widget`` or one of its ancestors has ``noCopy=true``."""
    while widget is not None:
        if _truthy(widget.property(NO_COPY)):
            return True
        widget = widget.parentWidget()
    return False


def _blocked_columns(view: QAbstractItemView) -> set[int]:
    value = view.property(NO_COPY_COLUMNS)
    if not value:
        return set()
    try:
        return {int(c) for c in value}
    except (TypeError, ValueError):
        return set()


def _text_target(obj: QObject) -> QWidget | None:
    """The text widget an event is for (a text edit's viewport maps to the text edit)."""
    if isinstance(obj, _TEXT_WIDGETS):
        return obj
    if isinstance(obj, QWidget):
        parent = obj.parentWidget()
        if isinstance(parent, QTextEdit | QPlainTextEdit) and obj is parent.viewport():
            return parent
    return None


def _label_selectable(label: QLabel) -> bool:
    flags = label.textInteractionFlags()
    return bool(
        flags
        & (
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    )


def _operation(event: QKeyEvent) -> str | None:
    if event.matches(QKeySequence.StandardKey.Copy):
        return "copy"
    if event.matches(QKeySequence.StandardKey.Cut):
        return "cut"
    return None


class SecureClipboard(QObject):
    """Clipboard writes with no-history flags and a timed clear; the copy/cut guard."""

    copied = Signal()  # our value went onto the clipboard
    expired = Signal(bool)  # the clear timer fired; True when our value was still there
    copy_blocked = Signal(str)  # a copy was refused; the (translated) message shown

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clear_after_ms: int = CLEAR_AFTER_MS,
        menu_exec: Callable[[QMenu, QPoint], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._digest: bytes | None = None
        self._app: QApplication | None = None
        self._menu_exec = menu_exec or (lambda menu, pos: menu.exec(pos))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        # signals
        self.timer.timeout.connect(self._expire)

    # ---------------------------------------------------------------- clipboard
    @staticmethod
    def clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy_text(self, text: str, *, sensitive: bool = True) -> None:
        """Put ``text`` on the clipboard. ``sensitive`` (the default for anything a client
        record shows) adds the no-history flags and clears it after the timeout."""
        mime = QMimeData()
        mime.setText(text)
        if sensitive:
            for fmt, data in NO_HISTORY_FORMATS:
                mime.setData(fmt, data)
            self._digest = _digest(text)
            self.timer.start()
        else:
            self._digest = None
            self.timer.stop()
        self.clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        log.debug("clipboard_copy", extra={"event": "clipboard_copy", "count": len(text)})
        self.copied.emit()

    def holds_our_value(self) -> bool:
        if self._digest is None:
            return False
        mime = self.clipboard().mimeData(QClipboard.Mode.Clipboard)
        if mime is None or not mime.hasText():
            return False
        return _digest(mime.text()) == self._digest

    def clear_now(self) -> bool:
        """Clear the clipboard if it still holds our value (lock, quit, timer)."""
        ours = self.holds_our_value()
        if ours:
            self.clipboard().clear(QClipboard.Mode.Clipboard)
            log.info("clipboard_cleared", extra={"event": "clipboard_cleared"})
        self._digest = None
        self.timer.stop()
        return ours

    def _expire(self) -> None:
        self.expired.emit(self.clear_now())

    # ---------------------------------------------------------------- guard
    def install(self, app: QApplication) -> None:
        """Intercept copy/cut/drag application-wide (once per app)."""
        if self._app is app:
            return
        self.uninstall()
        self._app = app
        app.installEventFilter(self)
        # signals
        app.aboutToQuit.connect(self.clear_now)
        self.clipboard().changed.connect(self._clipboard_changed)

    def uninstall(self) -> None:
        if self._app is None:
            return
        self._app.removeEventFilter(self)
        try:
            self._app.aboutToQuit.disconnect(self.clear_now)
            self.clipboard().changed.disconnect(self._clipboard_changed)
        except (RuntimeError, TypeError):  # pragma: no cover - already gone
            pass
        self._app = None

    def _clipboard_changed(self, mode: QClipboard.Mode) -> None:
        # X11 PRIMARY selection: selecting text in a noCopy field must not leave it there
        if mode == QClipboard.Mode.Selection and is_no_copy(QApplication.focusWidget()):
            self.clipboard().clear(QClipboard.Mode.Selection)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        et = event.type()
        if et not in _FILTERED:
            return False
        if et in _KEY_EVENTS:
            if not isinstance(obj, _TEXT_WIDGETS + (QAbstractItemView,)):
                return False
            op = _operation(event)  # type: ignore[arg-type]
            if op is None:
                return False
            event.accept()
            if et == QEvent.Type.KeyPress:  # ShortcutOverride: only make sure it arrives here
                self.handle(obj, op)  # type: ignore[arg-type]
            return True
        if et == QEvent.Type.ContextMenu:
            target = _text_target(obj)
            if target is None:
                return False
            menu = self.context_menu(target)
            if menu is not None:
                self._menu_exec(menu, event.globalPos())  # type: ignore[attr-defined]
                menu.deleteLater()
            event.accept()
            return True
        # MouseButtonPress: no drag-out of a selection from a noCopy widget. A press inside
        # the selection would start a drag; dropping the selection first prevents it (a
        # plain press clears the selection anyway; Shift+press still extends it).
        target = _text_target(obj)
        if (
            target is not None
            and event.button() == Qt.MouseButton.LeftButton  # type: ignore[attr-defined]
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
            and is_no_copy(target)
        ):
            self._drop_selection(target)
        return False

    # ---------------------------------------------------------------- actions
    def handle(self, widget: QWidget, op: str) -> None:
        """Copy (``op="copy"``) or cut (``"cut"``) the selection of ``widget``."""
        if isinstance(widget, QAbstractItemView):
            index = widget.currentIndex()
            if op != "copy" or not index.isValid():
                return
            if is_no_copy(widget) or index.column() in _blocked_columns(widget):
                self._blocked(widget)
                return
            value = index.data(Qt.ItemDataRole.DisplayRole)
            if value is not None and str(value):
                self.copy_text(str(value))
            return
        if is_no_copy(widget):
            self._blocked(widget)
            return
        text = self._selected_text(widget)
        if not text:
            return
        self.copy_text(text)
        if op == "cut":
            self._remove_selection(widget)

    @staticmethod
    def _selected_text(widget: QWidget) -> str:
        if isinstance(widget, QLineEdit):
            if widget.echoMode() != QLineEdit.EchoMode.Normal:
                return ""  # like Qt: never copy from a password field
            return widget.selectedText()
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            return widget.textCursor().selection().toPlainText()
        if isinstance(widget, QLabel):
            return widget.selectedText() if _label_selectable(widget) else ""
        return ""

    @staticmethod
    def _remove_selection(widget: QWidget) -> None:
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            widget.del_()
        elif isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly():
            cursor = widget.textCursor()
            cursor.removeSelectedText()
            widget.setTextCursor(cursor)

    @staticmethod
    def _drop_selection(widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            if widget.hasSelectedText():
                widget.deselect()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            cursor = widget.textCursor()
            if cursor.hasSelection():
                cursor.clearSelection()
                widget.setTextCursor(cursor)
        elif isinstance(widget, QLabel) and widget.hasSelectedText():
            widget.setSelection(0, 0)

    def _blocked(self, widget: QWidget) -> None:
        msg = self.tr("Copying is disabled for this field")
        log.info("copy_blocked", extra={"event": "copy_blocked"})
        self.copy_blocked.emit(msg)
        window = widget.window()
        bar = (
            window.findChild(QStatusBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if isinstance(window, QMainWindow)
            else None
        )
        if bar is not None:
            bar.showMessage(msg, TIP_MS)
        else:  # propagates up to whichever ancestor shows status tips
            QApplication.sendEvent(widget, QStatusTipEvent(msg))
        QToolTip.showText(
            widget.mapToGlobal(widget.rect().bottomLeft()), msg, widget, QRect(), TIP_MS
        )

    def context_menu(self, widget: QWidget) -> QMenu | None:
        """The widget's context menu with Copy/Cut routed through us (or removed when the
        widget is ``noCopy``); ``None`` when there is nothing to show."""
        no_copy = is_no_copy(widget)
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            menu = widget.createStandardContextMenu()
            for act in list(menu.actions()):
                name = act.objectName()
                if name == "link-copy" and no_copy:
                    menu.removeAction(act)
                if name not in ("edit-copy", "edit-cut"):
                    continue
                if not no_copy:
                    ours = QAction(act.text(), menu)
                    ours.setObjectName(name)
                    ours.setEnabled(act.isEnabled())
                    op = "copy" if name == "edit-copy" else "cut"
                    ours.triggered.connect(lambda _c=False, o=op: self.handle(widget, o))
                    menu.insertAction(act, ours)
                menu.removeAction(act)
            return menu
        if isinstance(widget, QLabel):
            if no_copy or not _label_selectable(widget):
                return None
            menu = QMenu(widget)
            copy = menu.addAction(self.tr("&Copy"))
            copy.setObjectName("edit-copy")
            copy.setEnabled(widget.hasSelectedText())
            copy.triggered.connect(lambda: self.handle(widget, "copy"))
            select_all = menu.addAction(self.tr("Select &All"))
            select_all.setObjectName("select-all")
            select_all.triggered.connect(lambda: widget.setSelection(0, len(widget.text())))
            return menu
        return None


def install(app: QApplication, *, clear_after_ms: int = CLEAR_AFTER_MS) -> SecureClipboard:
    """Create the application's :class:`SecureClipboard` (a child of ``app``) and install
    its guard. Keep the returned object: the shell calls ``clear_now()`` on lock."""
    guard = SecureClipboard(app, clear_after_ms=clear_after_ms)
    guard.install(app)
    return guard


__all__ = [
    "CLEAR_AFTER_MS",
    "LINUX_HINT",
    "NO_COPY",
    "NO_COPY_COLUMNS",
    "NO_HISTORY_FORMATS",
    "SecureClipboard",
    "install",
    "is_no_copy",
    "windows_format",
]
