"""Texts of ``zgw-check`` (Dutch, English): what IT reads, with what to do."""

from __future__ import annotations

T: dict[str, tuple[str, str]] = {
    "title": ("Controle koppeling met het zaaksysteem (ZGW)", "ZGW backend check"),
    "settings_ok": (
        "Instellingen compleet ({n} API-adressen, RSIN, zaaktype).",
        "Settings complete ({n} API roots, RSIN, case type).",
    ),
    "secret_missing": (
        "Geen sleutel opgegeven. Geef het secret van de Applicatie via --secret-stdin of de "
        "omgevingsvariabele HUISBEZOEK_ZGW_SECRET.",
        "No secret given. Pass the Applicatie's secret with --secret-stdin or the environment "
        "variable HUISBEZOEK_ZGW_SECRET.",
    ),
    "secret_short": (
        "Het secret is korter dan 32 tekens. Maak in Open Zaak een nieuw secret van minstens 32 "
        "willekeurige tekens.",
        "The secret is shorter than 32 characters. Create a new secret of at least 32 random "
        "characters in Open Zaak.",
    ),
    "secret_ok": ("Secret opgegeven (lengte voldoende).", "Secret given (long enough)."),
    "read_ok": ("{api}: lezen toegestaan ({version}).", "{api}: reading allowed ({version})."),
    "read_denied": (
        "{api}: lezen geweigerd (HTTP 403). Geef de Applicatie de scope '{scope}' voor het "
        "zaaktype, met maximale vertrouwelijkheid 'zaakvertrouwelijk' of hoger.",
        "{api}: reading refused (HTTP 403). Give the Applicatie the scope '{scope}' for the case "
        "type, with maximum confidentiality 'zaakvertrouwelijk' or higher.",
    ),
    "bad_secret": (
        "De server weigert het secret (ongeldige handtekening). Controleer dat het secret in de "
        "app gelijk is aan dat van de Applicatie in Open Zaak.",
        "The server refuses the secret (invalid signature). Check that the app's secret equals "
        "the Applicatie's secret in Open Zaak.",
    ),
    "bad_client": (
        "De server kent client_id '{client_id}' niet. Maak de Applicatie aan of corrigeer "
        "client_id in settings.json.",
        "The server does not know client_id '{client_id}'. Create the Applicatie or correct "
        "client_id in settings.json.",
    ),
    "unreachable": (
        "{api}: de server is niet bereikbaar ({kind}). Controleer het adres, de firewall en het "
        "certificaat.",
        "{api}: the server cannot be reached ({kind}). Check the address, firewall and "
        "certificate.",
    ),
    "http_error": (
        "{api}: onverwacht antwoord HTTP {status} {code}.",
        "{api}: unexpected reply HTTP {status} {code}.",
    ),
    "clock_ok": ("Klok: verschil met de server {s} s.", "Clock: difference with the server {s} s."),
    "clock_warn": (
        "Klok: deze computer loopt {s} s voor of achter op de server. De app rekent de "
        "statustijd om naar de tijd van de server, maar zet de klok gelijk (NTP).",
        "Clock: this computer is {s} s ahead of or behind the server. The app converts status "
        "times to the server's clock, but please synchronise the clock (NTP).",
    ),
    "clock_fail": (
        "Klok: verschil met de server is {s} s (meer dan 5 minuten). De app synchroniseert dan "
        "niet. Zet de klok gelijk (NTP).",
        "Clock: the difference with the server is {s} s (more than 5 minutes). The app will not "
        "sync. Synchronise the clock (NTP).",
    ),
    "zaaktype_missing": (
        "Zaaktype niet gevonden op {url}. Controleer zaaktype_url in settings.json.",
        "Case type not found at {url}. Check zaaktype_url in settings.json.",
    ),
    "zaaktype_concept": (
        "Het zaaktype is nog een concept. Publiceer het (daarvoor is een resultaattype nodig).",
        "The case type is still a draft. Publish it (this needs a resultaattype).",
    ),
    "zaaktype_period": (
        "Het zaaktype is vandaag niet geldig (beginGeldigheid {begin}, eindeGeldigheid {end}).",
        "The case type is not valid today (beginGeldigheid {begin}, eindeGeldigheid {end}).",
    ),
    "zaaktype_ok": (
        "Zaaktype '{name}' gepubliceerd en geldig.",
        "Case type '{name}' published and valid.",
    ),
    "missing_status": (
        "Statustype '{name}' ontbreekt op het zaaktype. Maak het aan met precies deze "
        "omschrijving.",
        "Status type '{name}' is missing on the case type. Create it with exactly this "
        "description.",
    ),
    "optional_status": (
        "Statustype '{name}' (optioneel) ontbreekt: het begin van de brede intake wordt dan niet "
        "als status doorgegeven.",
        "Status type '{name}' (optional) is missing: the start of the intake is then not sent "
        "as a status.",
    ),
    "eindstatus": (
        "Het statustype met het hoogste volgnummer moet '{name}' zijn (de eindstatus).",
        "The status type with the highest volgnummer must be '{name}' (the final status).",
    ),
    "missing_rol": (
        "Roltype '{name}' ontbreekt op het zaaktype (omschrijvingGeneriek {generiek}).",
        "Role type '{name}' is missing on the case type (omschrijvingGeneriek {generiek}).",
    ),
    "missing_iot": (
        "Informatieobjecttype '{name}' ontbreekt of is niet gekoppeld aan het zaaktype "
        "(zaaktype-informatieobjecttypen). Maak het aan, publiceer het en koppel het.",
        "Document type '{name}' is missing or not linked to the case type. Create it, publish "
        "it and link it.",
    ),
    "missing_verwerkingslog": (
        "Informatieobjecttype '{name}' ontbreekt: de verwerkingslog wordt pas verstuurd als het "
        "bestaat en aan het zaaktype gekoppeld is.",
        "Document type '{name}' is missing: the processing log is sent only once it exists and "
        "is linked to the case type.",
    ),
    "missing_eig": (
        "Eigenschap '{name}' ({formaat}, lengte {lengte}) ontbreekt op het zaaktype. Maak haar "
        "aan terwijl het zaaktype een concept is (zie docs/IT-ZGW.md §2a).",
        "Property '{name}' ({formaat}, length {lengte}) is missing on the case type. Create it "
        "while the case type is a draft (see docs/IT-ZGW.md §2a).",
    ),
    "eig_formaat": (
        "Eigenschap '{name}' heeft formaat '{found}', verwacht '{formaat}'.",
        "Property '{name}' has format '{found}', expected '{formaat}'.",
    ),
    "eig_ok": ("{n} eigenschappen aanwezig.", "{n} properties present."),
    "missing_besluittype": (
        "Besluittype '{name}' ontbreekt in zaaktype.besluittypen. Koppel het vanuit het zaaktype "
        "terwijl dat een concept is (in Open Zaak 1.30 is besluittype.zaaktypen alleen-lezen).",
        "Decision type '{name}' is not in zaaktype.besluittypen. Link it from the case type "
        "while that is a draft (in Open Zaak 1.30 besluittype.zaaktypen is read-only).",
    ),
    "besluittype_iot": (
        "Besluittype '{name}' noemt het informatieobjecttype '{iot}' niet "
        "(besluittype.informatieobjecttypen).",
        "Decision type '{name}' does not list document type '{iot}'.",
    ),
    "missing_resultaattype": (
        "Het zaaktype heeft geen resultaattype. Zonder resultaattype kan Open Zaak het zaaktype "
        "niet publiceren en de backoffice geen zaak afsluiten. Maak het aan in de Open Zaak-admin "
        "of importeer de catalogus: via de API vraagt Open Zaak de Selectielijst op internet op.",
        "The case type has no resultaattype. Without one Open Zaak cannot publish the case type "
        "and the back office cannot close a case. Create it in the Open Zaak admin or import the "
        "catalogue: through the API Open Zaak fetches the Selectielijst from the internet.",
    ),
    "catalog_ok": ("{what}: compleet.", "{what}: complete."),
    "writes_note": (
        "Schrijfrechten (aanmaken, bijwerken, statussen toevoegen) zijn niet getest: dat kan niet "
        "zonder iets aan te maken. Gebruik in de autorisaties exact dezelfde hostnaam als in "
        "settings.json; een andere hostnaam geeft 403 bij aanmaken terwijl lezen werkt.",
        "Write permissions (create, update, add statuses) were not tested: that is impossible "
        "without creating something. Use exactly the host name of settings.json in the "
        "authorisations; another host name gives 403 on create while reads still work.",
    ),
    "summary_ok": (
        "Klaar: de app kan met deze omgeving synchroniseren.",
        "Ready: the app can sync with this backend.",
    ),
    "summary_fail": (
        "{n} punt(en) moeten eerst worden opgelost.",
        "{n} item(s) must be fixed first.",
    ),
}
