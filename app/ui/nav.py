"""What the main window hosts after unlock: navigation pages and the workspace they form.

``NavPage`` is one sidebar entry, ``Workspace`` what :mod:`app.ui.workspace` builds after every
unlock (thrown away on lock), ``LazyPage`` a page whose screen is built when first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

__all__ = ["LazyPage", "NavPage", "Workspace"]


@dataclass
class NavPage:
    key: str
    title: Callable[[], str]  # returns the current (translated) title
    widget: QWidget
    icon: str = ""


@dataclass
class Workspace:
    """What the composition root builds after every unlock (and throws away on lock)."""

    pages: list[NavPage]
    open_client: Callable[[str], QWidget] | None = None  # page with ``back_requested``
    on_teardown: list[Callable[[], None]] = field(default_factory=list)


class LazyPage(QWidget):
    """A navigation page whose real screen is built when it is first shown (startup and
    unlock stay fast). Forwards the lock contract and the language/appearance hooks to the
    built screen. ``reset()`` drops the screen so the next show builds a fresh one (e.g. the
    cards page when the client context changed)."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.inner: QWidget | None = None
        self._pending_state: dict[str, Any] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.inner is None:
            self.inner = self._factory()
            self._layout.addWidget(self.inner)
            state, self._pending_state = self._pending_state, None
            restore = getattr(self.inner, "restore_after_unlock", None)
            if state is not None and callable(restore):
                restore(state)
        return self.inner

    def reset(self) -> None:
        inner, self.inner = self.inner, None
        if inner is not None:
            self._layout.removeWidget(inner)
            inner.hide()
            inner.deleteLater()
            if self.isVisible():
                self.ensure()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.ensure()
        super().showEvent(event)

    def prepare_lock(self) -> dict[str, Any]:
        prep = getattr(self.inner, "prepare_lock", None)
        return dict(prep() or {}) if callable(prep) else {}

    def restore_after_unlock(self, state: dict[str, Any]) -> None:
        """Applied when the screen is built (or now, when it already is)."""
        if self.inner is None:
            self._pending_state = dict(state)
            return
        restore = getattr(self.inner, "restore_after_unlock", None)
        if callable(restore):
            restore(state)

    def set_language(self, code: str) -> None:
        fn = getattr(self.inner, "set_language", None)
        if callable(fn):
            fn(code)

    def set_high_contrast(self, on: bool) -> None:
        fn = getattr(self.inner, "set_high_contrast", None)
        if callable(fn):
            fn(on)
