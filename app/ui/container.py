"""The services one unlocked workspace shares, typed (was ``Wiring`` in app/main.py).

Built at unlock (never at start-up) by :func:`app.ui.workspace.build_main_window`'s workspace
builder and thrown away on lock (``teardown``). Every member is created on first use and then
kept: the content catalogue, the form registry, the card deck, the sync planner and
controller, and the use-case services the screens call. Screens and page/tab factories get
this object; they never build services themselves.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar, cast
from urllib.parse import urlsplit

from PySide6.QtCore import QTimer

from app.ui.bridge import CoreBridge

if TYPE_CHECKING:
    from app.config import Settings
    from app.domain.cards import CardDeck
    from app.domain.forms.loader import FormRegistry
    from app.domain.forms.model import FormDefinition
    from app.i18n.catalog import ContentCatalog
    from app.services.clients import ClientService
    from app.services.intake import IntakeService
    from app.services.obligations import ObligationService
    from app.services.overview import OverviewService
    from app.services.phase import PhaseService
    from app.services.pip import PipService
    from app.services.planning import PlanningService
    from app.services.printing import PrintingService
    from app.services.visits import VisitService
    from app.store.vault import Vault
    from app.sync.config import SyncConfig
    from app.sync.mapping import Planner
    from app.ui.dialogs.handover import HandoverChoice
    from app.ui.main_window import MainWindow
    from app.ui.sync_controller import EngineFactory, SyncController

T = TypeVar("T")

# (parent, form definition, [(code, endonym)], default language) -> choice, or None (cancelled)
HandoverFn = Callable[
    [Any, "FormDefinition", Sequence[tuple[str, str]], str], "HandoverChoice | None"
]


@dataclass
class Overrides:
    """What tests and the bench replace (never the product)."""

    handover: HandoverFn | None = None  # tests never open a real modal
    pin_params: Any = None  # the self-fill PIN's KDF cost
    sync_probe: Callable[[], bool] | None = None  # reachability of the ZGW server
    watch_network: bool = True


@dataclass
class AppServices:
    window: MainWindow
    settings: Settings
    vault: Vault
    bridge: CoreBridge
    overrides: Overrides = field(default_factory=Overrides)
    teardown: list[Callable[[], None]] = field(default_factory=list)
    controller: SyncController | None = None
    _cache: dict[str, object] = field(default_factory=dict)

    def _once(self, key: str, make: Callable[[], T]) -> T:
        if key not in self._cache:
            self._cache[key] = make()
        return cast(T, self._cache[key])

    # ---------------------------------------------------------------- content
    def catalog(self) -> ContentCatalog | None:
        return self._once("catalog", _content_catalog)

    def registry(self) -> FormRegistry:
        def make() -> FormRegistry:
            # shipped forms + signed versions delivered through the backend (re-verified now)
            from app.config import data_dir
            from app.services.form_delivery import load_forms

            zaaktype = self.settings.zaaktype_url
            return load_forms(data_dir(), zaaktype_url=zaaktype, catalog=self.catalog()).registry

        return self._once("registry", make)

    def deck(self) -> CardDeck:
        def make() -> CardDeck:
            from app.domain.cards import load_cards

            return load_cards(None, self.catalog())

        return self._once("deck", make)

    def languages(self) -> list[tuple[str, str]]:
        """Content languages besides Dutch: (code, endonym)."""

        def make() -> list[tuple[str, str]]:
            from app.i18n import languages as langs

            return [(code, langs.picker_name(code)) for code in langs.target_codes()]

        return self._once("languages", make)

    def sections(self) -> list[tuple[str, str]]:
        latest = self.registry().latest("brede-intake")
        return [(s.id, f"{s.id}. {s.title}") for s in latest.sections]

    def card_titles(self) -> dict[str, str]:
        return {str(c.id): f"{c.id}. {c.text_nl}" for c in self.deck()}

    # ---------------------------------------------------------------- use cases
    def intake_service(self) -> IntakeService:
        def make() -> IntakeService:
            from app.services.intake import IntakeService, make_sync_planner

            planner = make_sync_planner(
                self.planner(), self.vault, self.registry(), self.settings.municipality_name
            )
            return IntakeService(
                self.vault,
                self.registry(),
                outbox_planner=planner,
                phases=self.phase_service(),
                prefill=True,
            )

        return self._once("intake", make)

    def visit_service(self) -> VisitService:
        def make() -> VisitService:
            from app.services.visits import VisitService, make_visit_planner

            planner = make_visit_planner(self.planner(), self.vault)
            return VisitService(self.vault, outbox_planner=planner)

        return self._once("visits", make)

    def pip_service(self) -> PipService:
        def make() -> PipService:
            from app.services.pip import PipService, make_sync_planners

            json_planner, pdf_planner = make_sync_planners(self.planner(), self.vault)
            return PipService(
                self.vault,
                json_planner=json_planner,
                pdf_planner=pdf_planner,
                phases=self.phase_service(),
            )

        return self._once("pip", make)

    def client_service(self) -> ClientService:
        """Register a new inburgeraar, correct contact data (issue 10)."""

        def make() -> ClientService:
            from app.services.clients import ClientService

            return ClientService(self.vault, self.planner())

        return self._once("clients", make)

    def planning_service(self) -> PlanningService:
        """Planned visits, the week agenda, today's and overdue visits (issue 13)."""

        def make() -> PlanningService:
            from app.services.planning import PlanningService

            return PlanningService(self.vault)

        return self._once("planning", make)

    def obligation_service(self) -> ObligationService:
        """The parts of the obligation and the termijn view (issue 13); every change goes to
        the zaak as a new version of one JSON document (informatieobjecttype
        "Inburgeringsonderdelen", optional: without it the upload waits with a clear message)."""

        def make() -> ObligationService:
            from app.services.obligations import ObligationService, make_obligation_planner

            planner = make_obligation_planner(self.planner(), self.vault)
            return ObligationService(self.vault, outbox_planner=planner)

        return self._once("obligations", make)

    def overview_service(self) -> OverviewService:
        def make() -> OverviewService:
            from app.services.overview import OverviewService

            return OverviewService(self.vault)

        return self._once("overview", make)

    def phase_service(self) -> PhaseService:
        """The client's phase follows the work and goes out as a Status."""

        def make() -> PhaseService:
            from app.services.phase import PhaseService

            return PhaseService(self.vault, self.planner())

        return self._once("phases", make)

    def printing(self) -> PrintingService:
        from app.services.printing import PrintingService, PrintSettings

        s = self.settings
        return PrintingService(
            PrintSettings(municipality_name=s.municipality_name, logo_path=s.municipality_logo)
        )

    # ---------------------------------------------------------------- sync
    def user(self) -> tuple[str, str]:
        profile = self.vault.kv.get("profile") or {}
        return str(profile.get("employee_id") or ""), str(profile.get("user_name") or "")

    def sync_config(self) -> SyncConfig | None:
        """The validated configuration, or None when IT has not configured the server."""
        from app.sync.config import SyncConfig, SyncConfigError

        user_id, name = self.user()
        try:
            return SyncConfig.from_settings(
                self.settings, user_id=user_id, user_representation=name
            )
        except SyncConfigError:
            return None

    def planner(self) -> Planner:
        """The outbox planner, also when no server is configured yet.

        Choice: *always plan*. ``app.sync.mapping.Planner`` is pure (no network) and freezes
        only the identificatie (prefix + deterministic key), the author and the RSIN into the
        ops; every server URL is a placeholder resolved at send time. So a draft saved before
        IT configured the server is queued and sent once it is configured. The one frozen
        value that may be missing then, the RSIN, is filled into the still-open ops by
        :func:`complete_provisional_ops` as soon as a valid configuration exists (at unlock).
        """
        return self._once("planner", self._make_planner)

    def _make_planner(self) -> Planner:
        from app.sync.config import SyncConfig
        from app.sync.mapping import Planner

        cfg = self.sync_config()
        if cfg is None:
            user_id, name = self.user()
            s = self.settings
            cfg = SyncConfig(  # provisional: not validated, never used to send
                zaken_root=s.server_zaken_url,
                documenten_root=s.server_documenten_url,
                catalogi_root=s.server_catalogi_url,
                besluiten_root=s.server_besluiten_url,
                client_id=s.client_id,
                bronorganisatie=s.bronorganisatie,
                zaaktype_url=s.zaaktype_url,
                user_id=user_id or "onbekend",
                user_representation=name,
                id_prefix=str((s.extra or {}).get("zgw_id_prefix", "HB")),
            )
        else:
            complete_provisional_ops(self.vault, cfg)
        # status times are planned on the server's clock as last measured by the sync
        offset = self.vault.kv.get("zgw_clock_offset_s", 0.0)
        return Planner(cfg, server_offset_s=float(offset or 0.0))

    def engine_factory(self) -> EngineFactory | None:
        """``(on_progress, on_record) -> engine`` or None (server not configured). The secret
        is read from the vault at every run (IT may enter it after unlock)."""
        cfg = self.sync_config()
        if cfg is None:
            return None
        vault, planner = self.vault, self.planner
        days = self.settings.retention_days_after_confirmed
        settings, registry, catalog = self.settings, self.registry, self.catalog

        def fetch_forms(client: Any) -> None:
            from app.config import data_dir
            from app.services.form_delivery import fetch_form_versions

            report = fetch_form_versions(
                client,
                registry(),
                data_dir(),
                informatieobjecttype=settings.informatieobjecttype_formulier_url,
                zaaktype_url=cfg.zaaktype_url,
                bronorganisatie=cfg.bronorganisatie,
                catalog=catalog(),
            )
            # the last result, for the sync panel (form version names only, no client data)
            vault.kv.set(
                "forms_delivery_last",
                {"installed": report.installed, "refused": [list(r) for r in report.refused]},
            )

        def factory(on_progress: Any, on_record: Any) -> Any:
            from app.services.housekeeping import HousekeepingSync
            from app.sync.config import SECRET_NAME
            from app.sync.engine import SyncEngine
            from app.sync.zgw_client import ZgwClient

            secret = vault.secrets.get(SECRET_NAME) or ""
            engine = SyncEngine(
                vault, ZgwClient(cfg, secret), on_progress=on_progress, on_record=on_record
            )
            # audit trails go along before the push; retention runs after a good sync; IT's
            # signed form versions are fetched first (issue 15)
            return HousekeepingSync(
                engine, vault, planner(), days, before_sync=lambda: fetch_forms(engine.client)
            )

        return cast("EngineFactory", factory)

    def probe(self) -> Callable[[], bool] | None:
        if self.overrides.sync_probe is not None:
            return self.overrides.sync_probe
        cfg = self.sync_config()
        if cfg is None:
            return None
        root = cfg.zaken_root
        return lambda: tcp_reachable(root)

    def secret_store(self) -> tuple[Callable[[], bool], Callable[[str], None]]:
        """(has a secret, store a secret) for the settings screen; only in the vault."""
        from app.sync.config import SECRET_NAME

        def has() -> bool:
            try:
                return bool(self.vault.secrets.get(SECRET_NAME))
            except Exception:  # noqa: BLE001 - locked vault: shown as "not set"
                return False

        def store(value: str) -> None:
            self.vault.secrets.set(SECRET_NAME, value)
            if self.controller is not None and self.controller.configured:
                self.controller.check_and_sync()

        return has, store

    def sync_controller(self) -> SyncController:
        """One per workspace. Its events reach the window through the bridge (the one relay
        from core events to Qt signals); stopped and silenced on lock."""
        if self.controller is not None:
            return self.controller
        from app.ui.sync_controller import SyncController

        c = SyncController(
            self.vault,
            self.engine_factory(),
            probe=self.probe(),
            watch_network=self.overrides.watch_network,
            bridge=self.bridge,
            parent=self.window,
        )
        window = self.window
        self.controller = c

        def stop() -> None:
            c.stop()
            # a run still in flight ends on its own (the engine stops between operations);
            # its late signals must not reach the torn-down panel or a locked vault's views
            c.blockSignals(True)
            if not c.running:
                c.deleteLater()
            window.set_busy(None)
            self.controller = None

        self.teardown.append(stop)
        QTimer.singleShot(0, c.start)  # after unlock; stopped on lock (teardown)
        return c


def tcp_reachable(url: str, timeout: float = 3.0) -> bool:
    """Cheap reachability probe: can we open a TCP connection to the API host?"""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname or "", port), timeout=timeout):
            return True
    except OSError:
        return False


def complete_provisional_ops(vault: Vault, cfg: SyncConfig) -> int:
    """Ops planned before the server was configured carry an empty RSIN; fill it in now
    (only in ops that were never sent). Returns how many ops were completed."""
    open_states = {"pending", "failed_retryable", "quarantined"}
    done = 0
    for op in vault.outbox.all(open_states):
        changed = False
        for body in (op.payload.get("body"), op.payload.get("create_body")):
            if not isinstance(body, dict):
                continue
            for key in ("bronorganisatie", "verantwoordelijkeOrganisatie"):
                if key in body and not body[key]:
                    body[key] = cfg.bronorganisatie
                    changed = True
        if changed and op.attempts == 0:
            vault.outbox.update(op)
            done += 1
    return done


def _content_catalog() -> ContentCatalog | None:
    try:
        from app.i18n.catalog import ContentCatalog

        return ContentCatalog.load()
    except Exception:  # noqa: BLE001 - forms show Dutch when the catalogue is broken
        return None
