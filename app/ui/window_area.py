"""Mixin of MainWindow: the workspace area (navigation list + content stack in a splitter),
built on first use, i.e. at unlock, not before the first window is shown: the first-run
and unlock screens do not need it (issue 14 item 6, start-up)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.ui.window_gate import PAGE_WORKSPACE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QSplitter, QStackedWidget
    from PySide6.QtWidgets import QMainWindow as _Base
else:
    _Base = object


class WorkspaceArea(_Base):
    """``splitter``, ``nav`` and ``content`` of the main window, created when first used."""

    if TYPE_CHECKING:
        stack: QStackedWidget

        def _nav_changed(self, row: int) -> None: ...

    _area: tuple[QSplitter, QListWidget, QStackedWidget] | None = None
    _area_placeholder: QWidget | None = None

    def _init_workspace_area(self) -> QWidget:
        """The empty page that holds the area's place in the window's stack until then."""
        self._area = None
        self._area_placeholder = QWidget(self.stack)
        return self._area_placeholder

    @property
    def has_workspace_area(self) -> bool:
        return self._area is not None

    @property
    def splitter(self) -> QSplitter:
        return self._workspace_area()[0]

    @property
    def nav(self) -> QListWidget:
        return self._workspace_area()[1]

    @property
    def content(self) -> QStackedWidget:
        return self._workspace_area()[2]

    def _workspace_area(self) -> tuple[QSplitter, QListWidget, QStackedWidget]:
        if self._area is None:
            # imported here: realising QListWidget's Python type costs start-up time
            from PySide6.QtWidgets import QListWidget, QSplitter, QStackedWidget

            splitter = QSplitter(parent=self.stack)  # QSplitter(w) would create all Qt enums
            nav = QListWidget(splitter)
            nav.setObjectName("nav")
            content = QStackedWidget(splitter)
            splitter.addWidget(nav)
            splitter.addWidget(content)
            splitter.setStretchFactor(1, 1)
            splitter.setChildrenCollapsible(False)
            splitter.setSizes([self.fontMetrics().averageCharWidth() * 22, 1000])
            self.stack.insertWidget(PAGE_WORKSPACE, splitter)
            if self._area_placeholder is not None:
                self.stack.removeWidget(self._area_placeholder)
                self._area_placeholder.deleteLater()
                self._area_placeholder = None
            self._area = (splitter, nav, content)
            nav.setAccessibleName(self.tr("Navigation"))
            nav.currentRowChanged.connect(self._nav_changed)
        return self._area
