"""Screen assembly: which sidebar pages and client-page tabs exist, and the main window.

**Adding a sidebar page or a client-page tab is one line** in :data:`SIDEBAR_PAGES` or
:data:`CLIENT_TABS` below, pointing at a factory ``"module:function"``:

- a page factory is ``function(services: AppServices) -> QWidget``;
- a tab factory is ``function(services: AppServices, client: Client) -> QWidget``.

The factory may live next to its screen (``"app.ui.screens.agenda:page"``); it gets every
service from :class:`~app.ui.container.AppServices` (vault, settings, window, intake/visit/PIP
services, planner, sync controller, catalogue …) and imports its screen inside, so start-up
stays fast. Titles are English source text, translated in the ``Navigation`` (pages) and
``ClientTabs`` (tabs) contexts of the UI catalogues. ``tests/ui/test_workspace.py`` checks
that every entry resolves.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui import tasks
from app.ui.bridge import CoreBridge
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.config import Settings
    from app.domain.models import Client
    from app.services.session import Session
    from app.store.vault import Vault
    from app.ui.application import Application
    from app.ui.container import AppServices, HandoverFn
    from app.ui.nav import LazyPage, NavPage, Workspace

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable id: window.show_page(key), saved lock state
    title: str  # English, context "Navigation"
    icon: str  # resources/icons/<icon>
    factory: str  # "module:function", function(services) -> QWidget
    lazy: bool = True  # built when first shown; False: built at unlock (signals to the window)
    rebuild_on_client_change: bool = False  # rebuilt when the client context changes


@dataclass(frozen=True)
class TabSpec:
    title: str  # English, context "ClientTabs"
    factory: str  # "module:function", function(services, client) -> QWidget


# fmt: off
SIDEBAR_PAGES: tuple[PageSpec, ...] = (
    PageSpec("caseload", str(QT_TRANSLATE_NOOP("Navigation", "Caseload")), "caseload.svg", "app.ui.factories:caseload", lazy=False),  # noqa: E501
    PageSpec("agenda", str(QT_TRANSLATE_NOOP("Navigation", "Agenda")), "agenda.svg", "app.ui.factories:agenda"),  # noqa: E501
    PageSpec("overview", str(QT_TRANSLATE_NOOP("Navigation", "Overview")), "overview.svg", "app.ui.factories:overview", lazy=False),  # noqa: E501
    PageSpec("cards", str(QT_TRANSLATE_NOOP("Navigation", "Conversation cards")), "cards.svg", "app.ui.factories:cards", rebuild_on_client_change=True),  # noqa: E501
    PageSpec("sync", str(QT_TRANSLATE_NOOP("Navigation", "Synchronisation")), "sync.svg", "app.ui.factories:sync"),  # noqa: E501
    PageSpec("settings", str(QT_TRANSLATE_NOOP("Navigation", "Settings")), "settings.svg", "app.ui.factories:settings", lazy=False),  # noqa: E501
)

CLIENT_TABS: tuple[TabSpec, ...] = (
    TabSpec("Progress", "app.ui.factories:progress_tab"),
    TabSpec("Intake", "app.ui.factories:intake_tab"),
    TabSpec("Visits", "app.ui.factories:visits_tab"),
    TabSpec("Obligation", "app.ui.factories:termijn_tab"),
    TabSpec("PIP", "app.ui.factories:pip_tab"),
    TabSpec("Documents", "app.ui.factories:documents_tab"),
)
# fmt: on

PageFactory = Callable[["AppServices"], QWidget]
TabFactory = Callable[["AppServices", "Client"], QWidget]


def resolve(ref: str) -> Callable[..., QWidget]:
    """``"module:function"`` → the function (ImportError/AttributeError when it is not there)."""
    module, _, name = ref.partition(":")
    return cast(Callable[..., QWidget], getattr(importlib.import_module(module), name))


def _translator(context: str, text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(context, text)


def build_pages(services: AppServices, specs: Sequence[PageSpec] = SIDEBAR_PAGES) -> list[NavPage]:
    from app.ui.nav import LazyPage, NavPage  # at unlock, not before the first window

    pages = []
    for spec in specs:
        factory = cast(PageFactory, resolve(spec.factory))
        widget: QWidget
        if spec.lazy:
            lazy = LazyPage(partial(factory, services))
            if spec.rebuild_on_client_change:
                _rebuild_on_client_change(services, lazy)
            widget = lazy
        else:
            widget = factory(services)
        pages.append(NavPage(spec.key, _translator("Navigation", spec.title), widget, spec.icon))
    return pages


def _rebuild_on_client_change(services: AppServices, page: LazyPage) -> None:
    signal = services.window.context_client_changed
    signal.connect(page.reset)

    def disconnect() -> None:
        try:
            signal.disconnect(page.reset)
        except (RuntimeError, TypeError):
            pass

    services.teardown.append(disconnect)


def build_tabs(
    services: AppServices, specs: Sequence[TabSpec] = CLIENT_TABS
) -> list[tuple[str, Callable[[Client], QWidget]]]:
    """(English title, factory(Client)) for the client page. A tab whose module cannot be
    imported is left out (logged): an unfinished area must not break the client page."""
    tabs: list[tuple[str, Callable[[Client], QWidget]]] = []
    for spec in specs:
        try:
            factory = cast(TabFactory, resolve(spec.factory))
        except (ImportError, AttributeError):
            log.warning("client tab unavailable", extra={"event": "tab_unavailable"})
            continue
        tabs.append((spec.title, partial(factory, services)))
    return tabs


@dataclass
class WorkspaceOptions:
    """Replacements for tests and the bench: pages/tabs (given the vault), the hand-over
    dialog, the PIN's KDF cost, the sync probe, the network watcher."""

    client_tabs: Callable[[Vault], list[Any]] | None = None
    extra_pages: Callable[[Vault], list[NavPage]] | None = None
    handover: HandoverFn | None = None
    pin_params: Any = None
    sync_probe: Callable[[], bool] | None = None
    watch_network: bool = True


def make_workspace_builder(
    window_ref: Callable[[], MainWindow],
    settings: Settings,
    bridge: CoreBridge,
    options: WorkspaceOptions,
) -> Callable[[Vault], Workspace]:
    def build(vault: Vault) -> Workspace:
        from app.ui.container import AppServices, Overrides
        from app.ui.nav import Workspace
        from app.ui.screens.client_detail import ClientDetailScreen

        o = options
        overrides = Overrides(o.handover, o.pin_params, o.sync_probe, o.watch_network)
        services = AppServices(window_ref(), settings, vault, bridge, overrides)
        if options.extra_pages is None:
            pages = build_pages(services)
            services.sync_controller()  # sync runs in the background from unlock on
        else:  # tests: the fixed pages around the ones given
            fixed = {"caseload", "overview"}
            pages = build_pages(services, [s for s in SIDEBAR_PAGES if s.key in fixed])
            pages += options.extra_pages(vault)
            pages += build_pages(services, [s for s in SIDEBAR_PAGES if s.key == "settings"])
        if options.client_tabs is not None:
            tabs = options.client_tabs(vault)
        else:
            tabs = build_tabs(services)

        def open_client(uuid: str) -> QWidget:
            return ClientDetailScreen(
                vault, uuid, tabs, lazy_tabs=True, clients=services.client_service()
            )

        return Workspace(pages=pages, open_client=open_client, on_teardown=services.teardown)

    return build


def build_main_window(
    app: Application,
    settings: Settings,
    session: Session,
    *,
    bridge: CoreBridge | None = None,
    demo_passphrase: str = "",
    save_settings: Callable[[Settings], None] | None = None,
    error_box: Callable[[str, str], None] | None = None,
    client_tabs: Callable[[Vault], list[Any]] | None = None,
    extra_pages: Callable[[Vault], list[Any]] | None = None,
    handover: HandoverFn | None = None,
    pin_params: Any = None,
    sync_probe: Callable[[], bool] | None = None,
    watch_network: bool = True,
) -> MainWindow:
    """The main window with its workspace builder. The app, tests and the bench call this.

    ``client_tabs``/``extra_pages`` replace the default tabs/pages (tests); ``handover``
    replaces the hand-over dialog (tests never open a real modal); ``pin_params`` the PIN's
    KDF cost; ``sync_probe`` the reachability probe of the ZGW server."""
    bridge = bridge or CoreBridge()
    window: MainWindow | None = None
    options = WorkspaceOptions(
        client_tabs, extra_pages, handover, pin_params, sync_probe, watch_network
    )

    def window_ref() -> MainWindow:
        assert window is not None  # built below, before any unlock
        return window

    window = MainWindow(
        session,
        settings,
        make_workspace_builder(window_ref, settings, bridge, options),
        bridge=bridge,
        set_language=app.set_language,
        apply_appearance=lambda large, hc: app.apply_appearance(large_text=large, high_contrast=hc),
        save_settings=save_settings or (lambda s: s.save()),
        error_box=error_box,
        demo_passphrase=demo_passphrase,
    )
    connect_sync_status(bridge, window)
    tasks.set_default_failure_handler(window.show_error)
    return window


def connect_sync_status(bridge: CoreBridge, window: MainWindow) -> None:
    """The window's status bar follows the sync through the bridge (once per window)."""

    def busy(text: str | None) -> None:
        window.set_busy(text)

    bridge.sync_started.connect(
        lambda: busy(QCoreApplication.translate("Navigation", "Synchronising…"))
    )
    bridge.sync_progress.connect(
        lambda done, total: busy(
            QCoreApplication.translate("Navigation", "Synchronising… {done} of {total}").format(
                done=done, total=total
            )
        )
    )
    bridge.sync_finished.connect(lambda _d: busy(None))
