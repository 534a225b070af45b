"""Sync problems → message key + Dutch/English default text + what the engine does.

The UI translates by key (``QCoreApplication.translate("sync", MESSAGES[key].en)`` or its own
catalogue); the Dutch text is the default shown. Placeholders use ``{name}`` and are filled by
``render()``; values never contain personal data (field names and numbers only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.sync.config import SyncConfigError
from app.sync.zgw_client import (
    BadResponse,
    ClockSkewError,
    ForeignUrl,
    IncompatibleApi,
    SyncError,
    TransportError,
    ZgwError,
    clamp_retry_after,
    safe_code,
    safe_field_name,
)


class Disposition(StrEnum):
    RETRY = "retry"  # keep the op, back off, look up before re-sending
    QUARANTINE = "quarantine"  # this op needs a person; the rest of the queue goes on
    STOP = "stop"  # configuration / authorisation problem: stop the whole queue
    PAUSE = "pause"  # clock skew: pause sync until the user fixed the clock
    ADOPT = "adopt"  # duplicate key: look the object up and adopt it


@dataclass(frozen=True)
class Text:
    nl: str
    en: str


MESSAGES: dict[str, Text] = {
    "sync.server_unreachable": Text(
        "De server van de gemeente is niet bereikbaar. Het wordt later automatisch opnieuw "
        "geprobeerd.",
        "The municipality's server cannot be reached. It will be tried again later automatically.",
    ),
    "sync.timeout": Text(
        "De server antwoordde niet op tijd. Het wordt later opnieuw geprobeerd; er wordt niets "
        "dubbel verstuurd.",
        "The server did not answer in time. It will be tried again later; nothing is sent twice.",
    ),
    "sync.server_error": Text(
        "De server gaf een fout (HTTP {status}). Het wordt later opnieuw geprobeerd.",
        "The server returned an error (HTTP {status}). It will be tried again later.",
    ),
    "sync.rate_limited": Text(
        "De server is druk. Over {seconds} seconden wordt het opnieuw geprobeerd.",
        "The server is busy. It will be tried again in {seconds} seconds.",
    ),
    "sync.tls_invalid": Text(
        "De beveiligde verbinding is geweigerd: het certificaat van de server is niet geldig. "
        "Er is niets verstuurd. Neem contact op met functioneel beheer.",
        "The secure connection was refused: the server's certificate is not valid. Nothing was "
        "sent. Contact your application administrator.",
    ),
    "sync.auth_invalid_secret": Text(
        "De gemeente weigert de koppeling (ongeldige sleutel). Synchroniseren is gestopt. "
        "Neem contact op met functioneel beheer.",
        "The municipality refuses the connection (invalid secret). Sync has stopped. Contact your "
        "application administrator.",
    ),
    "sync.auth_invalid_client": Text(
        "De gemeente kent deze applicatie niet (client-id). Synchroniseren is gestopt. "
        "Neem contact op met functioneel beheer.",
        "The municipality does not recognise this application (client id). Sync has stopped. "
        "Contact your application administrator.",
    ),
    "sync.token_expired": Text(
        "De server weigerde het toegangsbewijs als verlopen. Controleer de datum en tijd van deze "
        "computer; synchroniseren is gepauzeerd.",
        "The server rejected the access token as expired. Check this computer's date and time; "
        "sync is paused.",
    ),
    "sync.permission_denied": Text(
        "Deze applicatie heeft geen toestemming voor deze actie bij de gemeente. Synchroniseren is "
        "gestopt. Neem contact op met functioneel beheer.",
        "This application is not authorised for this action. Sync has stopped. Contact your "
        "application administrator.",
    ),
    "sync.clock_skew": Text(
        "De klok van deze computer wijkt meer dan 5 minuten af van de server. Controleer de "
        "systeemtijd; synchroniseren is gepauzeerd.",
        "This computer's clock differs more than 5 minutes from the server. Check the system "
        "time; sync is paused.",
    ),
    "sync.not_json": Text(
        "De server gaf een onverwacht antwoord (bijvoorbeeld een inlogpagina van een "
        "wifi-netwerk). "
        "Er is niets als verstuurd gemarkeerd; het wordt later opnieuw geprobeerd.",
        "The server gave an unexpected reply (for example a wifi login page). Nothing was marked "
        "as sent; it will be tried again later.",
    ),
    "sync.too_large": Text(
        "Het antwoord van de server was te groot en is afgebroken. Het wordt later opnieuw "
        "geprobeerd.",
        "The server's reply was too large and was aborted. It will be tried again later.",
    ),
    "sync.malformed_reply": Text(
        "Het antwoord van de server was onleesbaar. Er is niets als verstuurd gemarkeerd; het "
        "wordt "
        "later opnieuw geprobeerd.",
        "The server's reply could not be read. Nothing was marked as sent; it will be tried "
        "again later.",
    ),
    "sync.invalid_data": Text(
        "De gemeente heeft deze gegevens geweigerd ({fields}). Pas de gegevens aan en probeer "
        "opnieuw, of neem contact op met functioneel beheer.",
        "The municipality rejected this data ({fields}). Correct the data and retry, or contact "
        "your application administrator.",
    ),
    "sync.zaaktype_unknown": Text(
        "Het zaaktype dat in de instellingen staat bestaat niet (meer) bij de gemeente. "
        "Neem contact op met functioneel beheer.",
        "The case type in the settings does not exist (any more) at the municipality. Contact your "
        "application administrator.",
    ),
    "sync.zaak_closed": Text(
        "Het traject is door de gemeente afgesloten. Deze wijziging is niet verstuurd en blijft "
        "bewaard op dit apparaat.",
        "The municipality has closed this traject. This change was not sent and is kept on "
        "this device.",
    ),
    "sync.reassigned": Text(
        "Het traject is bij de gemeente aan een andere klantmanager toegewezen. Deze wijziging is "
        "niet verstuurd en blijft bewaard op dit apparaat.",
        "The traject was assigned to another klantmanager. This change was not sent and is kept "
        "on this device.",
    ),
    "sync.remote_deleted": Text(
        "Het gegeven bestaat niet meer bij de gemeente. De gegevens op dit apparaat blijven "
        "bewaard.",
        "The item no longer exists at the municipality. The data on this device is kept.",
    ),
    "sync.document_locked": Text(
        "Het document is bij de gemeente vergrendeld. Vraag functioneel beheer om het te "
        "ontgrendelen.",
        "The document is locked at the municipality. Ask your application administrator to "
        "unlock it.",
    ),
    "sync.conflict": Text(
        "De gemeente heeft dit gegeven gewijzigd sinds uw laatste synchronisatie. Er is niets "
        "overschreven: kies welke versie u wilt houden.",
        "The municipality changed this item since your last sync. Nothing was overwritten: choose "
        "which version to keep.",
    ),
    "sync.adopted_mismatch": Text(
        "Bij de gemeente bestaat al een ander gegeven met hetzelfde kenmerk. Er is niets "
        "overschreven. Neem contact op met functioneel beheer.",
        "The municipality already has a different item with the same key. Nothing was "
        "overwritten. Contact your application administrator.",
    ),
    "sync.client_bug": Text(
        "De app stuurde een verzoek dat de server niet accepteert (HTTP {status}). Synchroniseren "
        "is gestopt. Meld dit bij functioneel beheer.",
        "The app sent a request the server does not accept (HTTP {status}). Sync has stopped. "
        "Report this to your application administrator.",
    ),
    "sync.incompatible_api": Text(
        "De server gebruikt een API-versie ({version}) die deze app niet ondersteunt. "
        "Synchroniseren is gestopt.",
        "The server uses an API version ({version}) this app does not support. Sync has stopped.",
    ),
    "sync.redirect_refused": Text(
        "De server stuurde door naar een ander adres; dat is geweigerd. Neem contact op met "
        "functioneel beheer.",
        "The server redirected to another address; this was refused. Contact your application "
        "administrator.",
    ),
    "sync.foreign_url": Text(
        "De server verwees naar een adres buiten de ingestelde servers van de gemeente. Dat is "
        "geweigerd: er is niets naartoe gestuurd en het onderdeel is niet als verstuurd "
        "gemarkeerd. Neem contact op met functioneel beheer.",
        "The server pointed to an address outside the municipality's configured servers. This "
        "was refused: nothing was sent there and the item was not marked as sent. Contact your "
        "application administrator.",
    ),
    "sync.dependency_failed": Text(
        "Wacht op een eerder onderdeel dat nog niet verstuurd kon worden.",
        "Waiting for an earlier item that could not be sent yet.",
    ),
    "sync.unknown": Text(
        "Onbekende fout bij synchroniseren. Het wordt later opnieuw geprobeerd.",
        "Unknown error while syncing. It will be tried again later.",
    ),
    "sync.status_date_in_future": Text(
        "De gemeente weigerde een status omdat het tijdstip volgens haar klok in de toekomst "
        "ligt. Controleer de datum en tijd van deze computer; de status wordt bij de volgende "
        "synchronisatie opnieuw verstuurd met de tijd van de server.",
        "The municipality refused a status because its time lies in the future by the "
        "server's clock. Check this computer's date and time; the status is sent again at the "
        "next sync with the server's time.",
    ),
    "sync.office.bad_date": Text(
        "De gemeente heeft bij '{eigenschap}' iets vastgelegd dat geen geldige datum is. De "
        "vorige waarde blijft staan. Vraag de administratie dit te corrigeren.",
        "The municipality recorded something for '{eigenschap}' that is not a valid date. The "
        "previous value is kept. Ask the office to correct it.",
    ),
    "sync.office.bad_number": Text(
        "De gemeente heeft bij '{eigenschap}' iets vastgelegd dat geen geldig aantal is. De "
        "vorige waarde blijft staan. Vraag de administratie dit te corrigeren.",
        "The municipality recorded something for '{eigenschap}' that is not a valid number. "
        "The previous value is kept. Ask the office to correct it.",
    ),
    "sync.office.bad_choice": Text(
        "De gemeente heeft bij '{eigenschap}' een waarde vastgelegd die niet in de lijst staat "
        "(toegestaan: {allowed}). De vorige waarde blijft staan. Vraag de administratie dit te "
        "corrigeren.",
        "The municipality recorded a value for '{eigenschap}' that is not in the list "
        "(allowed: {allowed}). The previous value is kept. Ask the office to correct it.",
    ),
    "sync.office.besluit_no_date": Text(
        "Er staat een besluit 'Vaststelling PIP' bij de gemeente zonder datum. Dat besluit is "
        "niet gebruikt voor de dagtekening van het PIP. Vraag de administratie dit te "
        "corrigeren.",
        "There is a 'Vaststelling PIP' decision at the municipality without a date. It was not "
        "used for the PIP date. Ask the office to correct it.",
    ),
    "sync.office.two_zaken": Text(
        "De gemeente heeft {count} trajecten (zaken) voor dezelfde persoon. Alleen zaak "
        "{identificatie} is gebruikt; er is niets samengevoegd of verstuurd. Vraag de "
        "administratie de dubbele zaak op te ruimen.",
        "The municipality has {count} trajects (cases) for the same person. Only case "
        "{identificatie} was used; nothing was merged or sent. Ask the office to remove the "
        "duplicate case.",
    ),
    "sync.office.eigenschap_missing": Text(
        "De catalogus van de gemeente mist de eigenschap '{eigenschap}'. Deze wijziging is niet "
        "verstuurd en blijft bewaard. Neem contact op met functioneel beheer.",
        "The municipality's catalogue lacks the property '{eigenschap}'. This change was not "
        "sent and is kept. Contact your application administrator.",
    ),
    "sync.status_type_missing": Text(
        "De catalogus van de gemeente kent de status '{status}' niet; deze stap is niet als "
        "status verstuurd.",
        "The municipality's catalogue has no status '{status}'; this step was not sent as a "
        "status.",
    ),
    "sync.config.missing": Text(
        "De instellingen voor de koppeling met de gemeente zijn niet compleet ({setting}).",
        "The settings for the municipality connection are incomplete ({setting}).",
    ),
    "sync.config.url_invalid": Text(
        "Het serveradres in de instellingen is ongeldig ({setting}).",
        "The server address in the settings is invalid ({setting}).",
    ),
    "sync.config.http_not_loopback": Text(
        "Het serveradres gebruikt http:// zonder beveiliging ({setting}). Alleen https:// is "
        "toegestaan.",
        "The server address uses unencrypted http:// ({setting}). Only https:// is allowed.",
    ),
    "sync.config.rsin_invalid": Text(
        "Het RSIN van de gemeente in de instellingen is ongeldig.",
        "The municipality's RSIN in the settings is invalid.",
    ),
    "sync.config.prefix_invalid": Text(
        "Het voorvoegsel voor kenmerken in de instellingen is ongeldig.",
        "The identifier prefix in the settings is invalid.",
    ),
    "sync.config.no_secret": Text(
        "Er is geen sleutel voor de koppeling met de gemeente ingesteld.",
        "No secret for the municipality connection has been set.",
    ),
    "sync.catalog_incomplete": Text(
        "De catalogus van de gemeente mist een onderdeel ({setting}). Neem contact op met "
        "functioneel beheer.",
        "The municipality's catalogue lacks an item ({setting}). Contact your application "
        "administrator.",
    ),
}


@dataclass
class Problem:
    message_key: str
    disposition: Disposition
    params: dict[str, Any] = field(default_factory=dict)
    status: int = 0
    code: str = ""
    invalid_params: list[dict[str, str]] = field(default_factory=list)
    retry_after: float | None = None

    def to_error(self) -> dict[str, Any]:
        """For ``OutboxOp.last_error`` (no personal data: codes and field names only)."""
        return {
            "message_key": self.message_key,
            "params": {k: v for k, v in self.params.items()},
            "status": self.status,
            "code": safe_code(self.code),
            "invalid_params": [
                {"name": safe_field_name(p.get("name", "")), "code": safe_code(p.get("code", ""))}
                for p in self.invalid_params
                if isinstance(p, dict)
            ],
            "disposition": self.disposition.value,
        }

    def text(self, lang: str = "nl") -> str:
        return render(self.message_key, lang, **self.params)


def render(key: str, lang: str = "nl", **params: Any) -> str:
    text = MESSAGES.get(key) or MESSAGES["sync.unknown"]
    template = text.nl if lang.startswith("nl") else text.en
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def describe_error(error: dict[str, Any] | None, lang: str = "nl") -> str:
    """Readable text for a stored ``last_error`` dict."""
    if not error:
        return ""
    return render(
        str(error.get("message_key", "sync.unknown")), lang, **(error.get("params") or {})
    )


def classify(exc: BaseException) -> Problem:
    """Map an exception from the client to what the user sees and what the engine does."""
    if isinstance(exc, ClockSkewError):
        return Problem("sync.clock_skew", Disposition.PAUSE, {"seconds": int(abs(exc.skew_s))})
    if isinstance(exc, IncompatibleApi):
        version = exc.version[:20]
        return Problem(
            "sync.incompatible_api",
            Disposition.STOP,
            {"version": version if safe_code(version) else "?"},
        )
    if isinstance(exc, ForeignUrl):
        return Problem("sync.foreign_url", Disposition.QUARANTINE)
    if isinstance(exc, SyncConfigError):
        return Problem(exc.message_key, Disposition.STOP, {"setting": exc.setting})
    if isinstance(exc, TransportError):
        if exc.kind == "tls":
            return Problem("sync.tls_invalid", Disposition.STOP)
        if exc.kind == "redirect":
            return Problem("sync.redirect_refused", Disposition.STOP)
        if exc.kind == "connect":
            return Problem("sync.server_unreachable", Disposition.RETRY)
        return Problem("sync.timeout", Disposition.RETRY)
    if isinstance(exc, BadResponse):
        key = {"not_json": "sync.not_json", "too_large": "sync.too_large"}.get(
            exc.kind, "sync.malformed_reply"
        )
        return Problem(key, Disposition.RETRY, status=exc.status)
    if isinstance(exc, ZgwError):
        return _classify_http(exc)
    if isinstance(exc, SyncError):
        return Problem("sync.unknown", Disposition.RETRY)
    return Problem("sync.unknown", Disposition.RETRY)


def _classify_http(exc: ZgwError) -> Problem:
    s, code = exc.status, safe_code(exc.code)
    retry_after = clamp_retry_after(exc.retry_after) if exc.retry_after is not None else None
    params_in = [
        {"name": str(p.get("name", "")), "code": str(p.get("code", ""))} for p in exc.invalid_params
    ]

    def problem(
        key: str, disposition: Disposition, params: dict[str, Any] | None = None
    ) -> Problem:
        return Problem(
            key,
            disposition,
            dict(params or {}),
            status=s,
            code=code,
            invalid_params=params_in,
            retry_after=retry_after,
        )

    if s == 429:
        return problem("sync.rate_limited", Disposition.RETRY, {"seconds": int(retry_after or 30)})
    if s >= 500:
        return problem("sync.server_error", Disposition.RETRY, {"status": s})
    if s == 400:
        if exc.has_param_code("date-in-future"):
            return problem("sync.status_date_in_future", Disposition.RETRY)
        if exc.has_param_code("identificatie-niet-uniek", "unique"):
            return problem("sync.adopted_mismatch", Disposition.ADOPT)
        names = {safe_field_name(p.get("name", "")) for p in exc.invalid_params}
        if "zaaktype" in names:
            return problem("sync.zaaktype_unknown", Disposition.STOP)
        fields = ", ".join(sorted(n for n in names if n)) or code or "?"
        return problem("sync.invalid_data", Disposition.QUARANTINE, {"fields": fields[:200]})
    if s in (401, 403):
        if code == "jwt-expired":
            return problem("sync.token_expired", Disposition.PAUSE)
        if code in {"invalid-jwt-signature", "invalid-jwt", "not_authenticated"}:
            return problem("sync.auth_invalid_secret", Disposition.STOP)
        if code in {"invalid-client-identifier", "missing-client-identifier"}:
            return problem("sync.auth_invalid_client", Disposition.STOP)
        return problem("sync.permission_denied", Disposition.STOP)
    if s == 404:
        return problem("sync.remote_deleted", Disposition.QUARANTINE)
    if s in (406, 412):
        return problem("sync.client_bug", Disposition.STOP, {"status": s})
    return problem("sync.invalid_data", Disposition.QUARANTINE, {"fields": code or str(s)})
