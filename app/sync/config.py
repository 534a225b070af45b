"""Sync configuration (ZGW.md §4): API roots, client id, RSIN, zaaktype, logged-in user.

The secret is *not* part of this object: it lives in the vault (``vault.secrets``,
name ``zgw_secret``) and is handed to the client separately.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from app.domain.errors import HuisbezoekError

SECRET_NAME = "zgw_secret"  # noqa: S105 - a vault entry name, not a secret
LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}


class SyncConfigError(HuisbezoekError):
    """Invalid sync configuration. ``message_key`` is looked up in ``app.sync.messages``."""

    def __init__(self, message_key: str, setting: str = "") -> None:
        super().__init__(f"{message_key}: {setting}")
        self.message_key = message_key
        self.setting = setting


def is_loopback_host(host: str) -> bool:
    host = (host or "").strip("[]").lower()
    if host in LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, setting: str) -> str:
    """https:// always; http:// only for loopback (SECURITY.md §8). Returns the URL."""
    parts = urlsplit(url or "")
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise SyncConfigError("sync.config.url_invalid", setting)
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise SyncConfigError("sync.config.http_not_loopback", setting)
    if parts.username or parts.password or parts.query or parts.fragment:
        raise SyncConfigError("sync.config.url_invalid", setting)
    return url


_DEFAULT_PORTS = {"http": 80, "https": 443}


def url_origin_path(url: str) -> tuple[str, str, int, str] | None:
    """(scheme, host, port, path) of an absolute http(s) URL, default port filled in; None for
    anything else (relative, userinfo, bad port, ``..`` segments)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname or parts.username is not None:
        return None
    path = parts.path or "/"
    if any(bad in path for bad in ("/..", "/./", "\\", "%2e", "%2E")) or path.endswith("/."):
        return None
    return scheme, parts.hostname.lower(), port or _DEFAULT_PORTS[scheme], path


def rsin_valid(value: str) -> bool:
    if len(value) != 9 or not value.isdigit() or value == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(value, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
    return total % 11 == 0


@dataclass
class SyncConfig:
    zaken_root: str
    documenten_root: str
    catalogi_root: str
    besluiten_root: str
    client_id: str
    bronorganisatie: str  # RSIN, also verantwoordelijkeOrganisatie
    zaaktype_url: str
    user_id: str  # employee id of the logged-in klantmanager
    user_representation: str = ""  # display name for the audit trail
    id_prefix: str = "HB"  # identificatie prefix agreed with the municipality
    # limits (SECURITY.md §8)
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 60.0
    max_response_bytes: int = 10 * 1024 * 1024
    max_clock_skew_s: float = 300.0
    #: omschrijving of the informatieobjecttype for the Verwerkingslog (its own type, so the
    #: office can set its own retention and access; settings ``extra.zgw_iotype_verwerkingslog``)
    verwerkingslog_iotype: str = "Verwerkingslog"
    #: concurrent clients during push and pull (one shared connection pool)
    workers: int = 6
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("zaken_root", "documenten_root", "catalogi_root", "besluiten_root"):
            value = getattr(self, name)
            if value and not value.endswith("/"):
                setattr(self, name, value + "/")

    def validate(self) -> SyncConfig:
        for name in ("zaken_root", "documenten_root", "catalogi_root", "besluiten_root"):
            if not getattr(self, name):
                raise SyncConfigError("sync.config.missing", name)
            check_url(getattr(self, name), name)
        check_url(self.zaaktype_url, "zaaktype_url")
        if not self.client_id:
            raise SyncConfigError("sync.config.missing", "client_id")
        if not rsin_valid(self.bronorganisatie):
            raise SyncConfigError("sync.config.rsin_invalid", "bronorganisatie")
        if not self.user_id:
            raise SyncConfigError("sync.config.missing", "user_id")
        if not self.id_prefix or len(self.id_prefix) > 6 or not self.id_prefix.isalnum():
            raise SyncConfigError("sync.config.prefix_invalid", "id_prefix")
        return self

    @property
    def api_roots(self) -> tuple[str, ...]:
        return (self.zaken_root, self.documenten_root, self.catalogi_root, self.besluiten_root)

    def root_of(self, url: str) -> str | None:
        """The configured API root ``url`` lies under (same scheme, host and port, path below
        the root's path), or None: such a URL is foreign and gets no request and no JWT."""
        target = url_origin_path(url)
        if target is None:
            return None
        for root in self.api_roots:
            base = url_origin_path(root)
            if base is not None and target[:3] == base[:3] and target[3].startswith(base[3]):
                return root
        return None

    @property
    def hosts(self) -> set[tuple[str, str]]:
        """(scheme, netloc) pairs we are allowed to talk to (redirect check)."""
        out = set()
        for url in (self.zaken_root, self.documenten_root, self.catalogi_root, self.besluiten_root):
            p = urlsplit(url)
            out.add((p.scheme, p.netloc))
        return out

    @classmethod
    def from_settings(
        cls, settings: Any, *, user_id: str, user_representation: str = ""
    ) -> SyncConfig:
        """Build from ``app.config.Settings`` (IT-seeded settings.json) and validate."""
        return cls(
            zaken_root=settings.server_zaken_url,
            documenten_root=settings.server_documenten_url,
            catalogi_root=settings.server_catalogi_url,
            besluiten_root=settings.server_besluiten_url,
            client_id=settings.client_id,
            bronorganisatie=settings.bronorganisatie,
            zaaktype_url=settings.zaaktype_url,
            user_id=user_id,
            user_representation=user_representation,
            id_prefix=str((settings.extra or {}).get("zgw_id_prefix", "HB")),
            verwerkingslog_iotype=str(
                (settings.extra or {}).get("zgw_iotype_verwerkingslog", "Verwerkingslog")
            )[:80],
            extra=dict(settings.extra or {}),
        ).validate()
