<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>AuditModel</name>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="124" />
      <source>When</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="124" />
      <source>Who</source>
      <translation>Wie</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="124" />
      <source>What</source>
      <translation>Wat</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="124" />
      <source>Record</source>
      <translation>Onderdeel</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="147" />
      <source>viewed</source>
      <translation>bekeken</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="147" />
      <source>created</source>
      <translation>aangemaakt</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="148" />
      <source>changed</source>
      <translation>gewijzigd</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="148" />
      <source>deleted</source>
      <translation>verwijderd</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="149" />
      <source>removed for good</source>
      <translation>definitief verwijderd</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="149" />
      <source>exported</source>
      <translation>geëxporteerd</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="150" />
      <source>printed</source>
      <translation>afgedrukt</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="150" />
      <source>sent to the office</source>
      <translation>naar kantoor verstuurd</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="155" />
      <source>client details</source>
      <translation>klantgegevens</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="155" />
      <source>intake</source>
      <translation>intake</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="156" />
      <source>visit</source>
      <translation>bezoek</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="156" />
      <source>document</source>
      <translation>document</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="157" />
      <source>PIP draft</source>
      <translation>PIP concept</translation>
    </message>
  </context>
  <context>
    <name>Caseload</name>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="43" />
      <source>registered</source>
      <translation>aangemeld</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="44" />
      <source>intake</source>
      <translation>intake</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="45" />
      <source>PIP draft</source>
      <translation>PIP concept</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="46" />
      <source>PIP adopted</source>
      <translation>PIP vastgesteld</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="47" />
      <source>in programme</source>
      <translation>in traject</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="48" />
      <source>completed</source>
      <translation>afgerond</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="54" />
      <source>B1 route</source>
      <translation>B1-route</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="55" />
      <source>education route</source>
      <translation>onderwijsroute</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="56" />
      <source>Z route</source>
      <translation>Z-route</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="57" />
      <source>not decided</source>
      <translation>nog niet bepaald</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="63" />
      <source>asylum status holder</source>
      <translation>asielstatushouder</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="64" />
      <source>family migrant</source>
      <translation>gezinsmigrant</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="65" />
      <source>other</source>
      <translation>overige</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="71" />
      <source>PIP</source>
      <translation>PIP</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="72" />
      <source>route switch</source>
      <translation>schakelen</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="73" />
      <source>end of term</source>
      <translation>einde termijn</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="74" />
      <location filename="../app/ui/models/caseload_model.py" line="79" />
      <location filename="../app/ui/models/caseload_model.py" line="88" />
      <location filename="../app/ui/models/caseload_model.py" line="263" />
      <source>unknown</source>
      <translation>onbekend</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="81" />
      <source>{n} days overdue</source>
      <translation>{n} dagen te laat</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="83" />
      <source>today</source>
      <translation>vandaag</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="84" />
      <source>{n} days</source>
      <translation>{n} dagen</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="254" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="254" />
      <source>BSN</source>
      <translation>BSN</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="255" />
      <source>Phase</source>
      <translation>Fase</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="255" />
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="256" />
      <source>Group</source>
      <translation>Doelgroep</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="256" />
      <source>Next deadline</source>
      <translation>Volgende termijn</translation>
    </message>
    <message>
      <location filename="../app/ui/models/caseload_model.py" line="257" />
      <source>Days left</source>
      <translation>Dagen over</translation>
    </message>
  </context>
  <context>
    <name>CaseloadScreen</name>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="128" />
      <source>Caseload</source>
      <translation>Klantenbestand</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="129" />
      <source>&amp;Search</source>
      <translation>&amp;Zoeken</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="130" />
      <source>Name, BSN or V-number</source>
      <translation>Naam, BSN of V-nummer</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="131" />
      <source>Search by name, BSN or V-number</source>
      <translation>Zoeken op naam, BSN of V-nummer</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="132" />
      <source>All phases</source>
      <translation>Alle fasen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="133" />
      <source>All routes</source>
      <translation>Alle routes</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="135" />
      <source>All groups</source>
      <translation>Alle doelgroepen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="136" />
      <source>Filter by phase</source>
      <translation>Filter op fase</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="137" />
      <source>Filter by route</source>
      <translation>Filter op route</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="138" />
      <source>Filter by group</source>
      <translation>Filter op doelgroep</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="139" />
      <source>&amp;Overdue only</source>
      <translation>Alleen &amp;te laat</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="140" />
      <source>Overdue only</source>
      <translation>Alleen te laat</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="141" />
      <source>Show only the &amp;current client</source>
      <translation>Toon alleen &amp;huidige klant</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="142" />
      <source>Show only the current client</source>
      <translation>Toon alleen huidige klant</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="144" />
      <source>Hides the other clients, for example during a home visit</source>
      <translation>Verbergt de andere klanten, bijvoorbeeld tijdens een huisbezoek</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="145" />
      <source>Clients</source>
      <translation>Klanten</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/caseload.py" line="196" />
      <source>{shown} of {total} clients</source>
      <translation>{shown} van {total} klanten</translation>
    </message>
  </context>
  <context>
    <name>ClientDetailScreen</name>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="64" />
      <source>Start of the obligation</source>
      <translation>Start inburgeringsplicht</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="65" />
      <source>DUO notification</source>
      <translation>Kennisgeving DUO</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="66" />
      <source>BRP registration</source>
      <translation>Inschrijving BRP</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="67" />
      <source>Third-party information received</source>
      <translation>Informatie derden ontvangen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="68" />
      <source>COA link</source>
      <translation>Koppeling COA</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="69" />
      <source>Start of the intake</source>
      <translation>Start brede intake</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="70" />
      <source>PIP date (first)</source>
      <translation>Dagtekening PIP (eerste)</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="71" />
      <source>PIP date (current)</source>
      <translation>Dagtekening PIP (actueel)</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="72" />
      <source>Extension (months)</source>
      <translation>Verlenging (maanden)</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="73" />
      <source>PIP deadline</source>
      <translation>Uiterste datum PIP</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="74" />
      <source>Start of the term</source>
      <translation>Start inburgeringstermijn</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="75" />
      <source>Route switch deadline</source>
      <translation>Uiterste datum schakelen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="76" />
      <source>End of the term</source>
      <translation>Einde inburgeringstermijn</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="77" />
      <source>Next deadline</source>
      <translation>Volgende termijn</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="78" />
      <source>Days left</source>
      <translation>Dagen over</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="79" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="80" />
      <source>Date of birth</source>
      <translation>Geboortedatum</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="81" />
      <source>Sex</source>
      <translation>Geslacht</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="82" />
      <source>Nationality</source>
      <translation>Nationaliteit</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="83" />
      <source>V-number</source>
      <translation>V-nummer</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="84" />
      <source>Group</source>
      <translation>Doelgroep</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="85" />
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="86" />
      <source>Address</source>
      <translation>Adres</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="87" />
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="88" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="89" />
      <source>Preferred language</source>
      <translation>Voorkeurstaal</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="290" />
      <location filename="../app/ui/screens/client_detail.py" line="294" />
      <location filename="../app/ui/screens/client_detail.py" line="322" />
      <source>unknown</source>
      <translation>onbekend</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="294" />
      <source>male</source>
      <translation>man</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="294" />
      <source>female</source>
      <translation>vrouw</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="331" />
      <source>← &amp;Caseload</source>
      <translation>← &amp;Klantenbestand</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="332" />
      <source>Back to the caseload</source>
      <translation>Terug naar het klantenbestand</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="333" />
      <source>Details</source>
      <translation>Gegevens</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="334" />
      <source>Log</source>
      <translation>Logboek</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="337" />
      <source>Personal data</source>
      <translation>Persoonsgegevens</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="338" />
      <source>Dates</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="339" />
      <source>Deadlines</source>
      <translation>Termijnen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="341" />
      <source>These dates come from the office system and cannot be changed here. The PIP date is legally decisive.</source>
      <translation>Deze data komen uit het systeem op kantoor en zijn hier niet te wijzigen. De dagtekening van het PIP is juridisch bepalend.</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="343" />
      <source>Log of this client</source>
      <translation>Logboek van deze klant</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/client_detail.py" line="344" />
      <source>Client sections</source>
      <translation>Onderdelen van het klantdossier</translation>
    </message>
  </context>
  <context>
    <name>ErrorMessages</name>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="15" />
      <source>Wrong passphrase</source>
      <translation>Onjuist wachtwoord</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="17" />
      <source>Key file damaged</source>
      <translation>Sleutelbestand beschadigd</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="19" />
      <source>Data file damaged</source>
      <translation>Gegevensbestand beschadigd</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="21" />
      <source>Data file missing</source>
      <translation>Gegevensbestand ontbreekt</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="22" />
      <source>Something went wrong</source>
      <translation>Er ging iets mis</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="28" />
      <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
      <translation>Onjuist wachtwoord. Controleer de toetsenbordindeling en Caps Lock en probeer het opnieuw.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="32" />
      <source>Too many wrong attempts. Please wait before you try again.</source>
      <translation>Te vaak een onjuist wachtwoord. Wacht even voordat u het opnieuw probeert.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="36" />
      <source>The key file is damaged (this is not a wrong passphrase). Your data is still encrypted on this laptop. Contact IT: they can recover access with the municipality's recovery key (command: huisbezoek recover).</source>
      <translation>Het sleutelbestand is beschadigd (dit is geen onjuist wachtwoord). Uw gegevens staan nog versleuteld op deze laptop. Neem contact op met IT: zij kunnen de toegang herstellen met de herstelsleutel van de gemeente (opdracht: huisbezoek recover).</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="42" />
      <source>The device key is missing. Contact IT to recover access with the recovery key.</source>
      <translation>De apparaatsleutel ontbreekt. Neem contact op met IT om de toegang te herstellen met de herstelsleutel.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="46" />
      <source>The data file is damaged. It was put aside (not deleted). You can restore the most recent backup; changes made after that backup are not in it.</source>
      <translation>Het gegevensbestand is beschadigd. Het is apart gezet (niet verwijderd). U kunt de laatste back-up terugzetten; wijzigingen van na die back-up staan daar niet in.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="51" />
      <source>The data file is missing, but this laptop was set up before. A new, empty file will not be created automatically, so no data gets hidden. Restore a backup or contact IT.</source>
      <translation>Het gegevensbestand ontbreekt, maar deze laptop was al ingericht. Er wordt niet vanzelf een nieuw, leeg bestand gemaakt, zodat er geen gegevens uit het zicht raken. Zet een back-up terug of neem contact op met IT.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="57" />
      <source>The data file was made by a newer version of Huisbezoek. Install the newest version; your data has not been changed.</source>
      <translation>Het gegevensbestand is gemaakt door een nieuwere versie van Huisbezoek. Installeer de nieuwste versie; uw gegevens zijn niet gewijzigd.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="62" />
      <source>Huisbezoek is already open (in another window or for another user). Close the other one first.</source>
      <translation>Huisbezoek is al geopend (in een ander venster of voor een andere gebruiker). Sluit dat eerst.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="67" />
      <source>Huisbezoek cannot write to its data folder. Nothing was lost. Contact IT about the folder's permissions.</source>
      <translation>Huisbezoek kan niet schrijven in de gegevensmap. Er is niets verloren gegaan. Neem contact op met IT over de rechten van de map.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="72" />
      <source>The disk is full. Your changes are kept in the window; free up space and try again.</source>
      <translation>De schijf is vol. Uw wijzigingen blijven in het venster staan; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="76" />
      <source>Huisbezoek is locked. Unlock it first.</source>
      <translation>Huisbezoek is vergrendeld. Ontgrendel eerst.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="78" />
      <source>This item no longer exists.</source>
      <translation>Dit onderdeel bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="80" />
      <source>Recovery failed: this recovery key does not belong to this data file.</source>
      <translation>Herstel mislukt: deze herstelsleutel hoort niet bij dit gegevensbestand.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="83" />
      <source>Something went wrong. Nothing was lost. Try again; if it keeps happening, contact IT.</source>
      <translation>Er ging iets mis. Er is niets verloren gegaan. Probeer het opnieuw; blijft het gebeuren, neem dan contact op met IT.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="89" />
      <source>The passphrase must be at least 12 characters long.</source>
      <translation>Het wachtwoord moet minstens 12 tekens lang zijn.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="91" />
      <source>This passphrase is too easy to guess. Use a few unrelated words.</source>
      <translation>Dit wachtwoord is te makkelijk te raden. Gebruik een paar woorden die niets met elkaar te maken hebben.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="95" />
      <source>The two passphrases are not the same.</source>
      <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="97" />
      <source>Please enter your name.</source>
      <translation>Vul uw naam in.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/error_messages.py" line="98" />
      <source>This passphrase cannot be used.</source>
      <translation>Dit wachtwoord kan niet gebruikt worden.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunScreen</name>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="101" />
      <source>Welcome to Huisbezoek</source>
      <translation>Welkom bij Huisbezoek</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="103" />
      <source>Huisbezoek keeps your caseload encrypted on this laptop. Choose a passphrase that only you know: without it nobody can read the data, and IT can only restore access with the municipality's recovery key.</source>
      <translation>Huisbezoek bewaart uw klantenbestand versleuteld op deze laptop. Kies een wachtwoord dat alleen u kent: zonder dat wachtwoord kan niemand de gegevens lezen, en IT kan de toegang alleen herstellen met de herstelsleutel van de gemeente.</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="106" />
      <source>Your &amp;name</source>
      <translation>Uw &amp;naam</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="107" />
      <source>&amp;Employee number (optional)</source>
      <translation>&amp;Personeelsnummer (optioneel)</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="108" />
      <source>&amp;Passphrase</source>
      <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="109" />
      <source>&amp;Repeat passphrase</source>
      <translation>&amp;Herhaal wachtwoord</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="110" />
      <source>&amp;Create and start</source>
      <translation>&amp;Aanmaken en starten</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="111" />
      <source>Your name</source>
      <translation>Uw naam</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="112" />
      <source>Employee number</source>
      <translation>Personeelsnummer</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="113" />
      <source>Passphrase</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="114" />
      <source>At least 12 characters</source>
      <translation>Minstens 12 tekens</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="115" />
      <source>Repeat passphrase</source>
      <translation>Herhaal wachtwoord</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="116" />
      <source>Create and start</source>
      <translation>Aanmaken en starten</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="127" />
      <source>At least {min} characters, for example four unrelated words. Typed: {n}.</source>
      <translation>Minstens {min} tekens, bijvoorbeeld vier losse woorden. Getypt: {n}.</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/first_run.py" line="147" />
      <source>Creating the encrypted data file…</source>
      <translation>Het versleutelde gegevensbestand wordt gemaakt…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../app/ui/main_window.py" line="185" />
      <source>&amp;Lock</source>
      <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="186" />
      <source>Lock now (Ctrl+L)</source>
      <translation>Nu vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="187" />
      <location filename="../app/ui/main_window.py" line="188" />
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="189" />
      <source>Navigation</source>
      <translation>Navigatie</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="204" />
      <source>Unlocked</source>
      <translation>Ontgrendeld</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="204" />
      <source>Locked</source>
      <translation>Vergrendeld</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="206" />
      <source>Connection unknown</source>
      <translation>Verbinding onbekend</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="206" />
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="207" />
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="216" />
      <source>Last sync: {when}</source>
      <translation>Laatst gesynchroniseerd: {when}</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="218" />
      <source>Last sync: never</source>
      <translation>Nog niet gesynchroniseerd</translation>
    </message>
  </context>
  <context>
    <name>MaskedBsn</name>
    <message>
      <location filename="../app/ui/widgets/masked_bsn.py" line="69" />
      <source>Hide BSN</source>
      <translation>BSN verbergen</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/masked_bsn.py" line="70" />
      <source>Show BSN for 10 seconds</source>
      <translation>BSN 10 seconden tonen</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/masked_bsn.py" line="71" />
      <source>BSN (hidden; press to show for 10 seconds)</source>
      <translation>BSN (verborgen; druk om 10 seconden te tonen)</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/masked_bsn.py" line="72" />
      <source>BSN (shown)</source>
      <translation>BSN (zichtbaar)</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <location filename="../app/main.py" line="169" />
      <location filename="../app/main.py" line="308" />
      <source>Caseload</source>
      <translation>Klantenbestand</translation>
    </message>
    <message>
      <location filename="../app/main.py" line="170" />
      <source>Overview</source>
      <translation>Overzicht</translation>
    </message>
    <message>
      <location filename="../app/main.py" line="171" />
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>Conversation cards</source>
      <translation>Gesprekskaarten</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Synchronisation</source>
      <translation>Synchronisatie</translation>
    </message>
    <message>
      <source>Synchronising…</source>
      <translation>Synchroniseren…</translation>
    </message>
    <message>
      <source>Synchronising… {done} of {total}</source>
      <translation>Synchroniseren… {done} van {total}</translation>
    </message>
  </context>
  <context>
    <name>OverviewScreen</name>
    <message>
      <location filename="../app/ui/screens/overview.py" line="133" />
      <source>Caseload overview</source>
      <translation>Overzicht klantenbestand</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="134" />
      <location filename="../app/ui/screens/overview.py" line="140" />
      <source>Clients per phase</source>
      <translation>Klanten per fase</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="135" />
      <location filename="../app/ui/screens/overview.py" line="141" />
      <source>Active clients per route</source>
      <translation>Actieve klanten per route</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="136" />
      <location filename="../app/ui/screens/overview.py" line="142" />
      <source>Clients per group</source>
      <translation>Klanten per doelgroep</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="137" />
      <location filename="../app/ui/screens/overview.py" line="143" />
      <source>First PIPs within 10 weeks</source>
      <translation>Eerste PIP binnen 10 weken</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="138" />
      <location filename="../app/ui/screens/overview.py" line="139" />
      <source>Overdue deadlines</source>
      <translation>Verlopen termijnen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="149" />
      <source>Active clients</source>
      <translation>Actieve klanten</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="150" />
      <source>Without a PIP yet</source>
      <translation>Nog zonder PIP</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="151" />
      <source>PIP deadline within 14 days</source>
      <translation>PIP-termijn binnen 14 dagen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="153" />
      <source>Overdue</source>
      <translation>Te laat</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="154" />
      <source>PIPs on time</source>
      <translation>PIP op tijd</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="155" />
      <source>Median days to PIP</source>
      <translation>Mediaan dagen tot PIP</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="166" />
      <source>on time</source>
      <translation>op tijd</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="167" />
      <source>late</source>
      <translation>te laat</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="171" />
      <source>{name} — {kind} {date} — {n} days overdue</source>
      <translation>{name} — {kind} {date} — {n} dagen te laat</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/overview.py" line="179" />
      <source>Nothing overdue.</source>
      <translation>Niets te laat.</translation>
    </message>
  </context>
  <context>
    <name>SettingsScreen</name>
    <message>
      <location filename="../app/ui/screens/settings.py" line="122" />
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="123" />
      <source>General</source>
      <translation>Algemeen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="124" />
      <source>Security</source>
      <translation>Beveiliging</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="125" />
      <source>&amp;Lock after (minutes without use)</source>
      <translation>Vergrendelen na (minuten zonder &amp;gebruik)</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="126" />
      <source>Lock after this many minutes without use</source>
      <translation>Vergrendelen na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="127" />
      <source>&amp;Language</source>
      <translation>&amp;Taal</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="128" />
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="129" />
      <source>La&amp;rge text</source>
      <translation>Grote &amp;letters</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="130" />
      <source>Large text</source>
      <translation>Grote letters</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="131" />
      <source>&amp;High contrast</source>
      <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="132" />
      <source>High contrast</source>
      <translation>Hoog contrast</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="133" />
      <source>Recovery key</source>
      <translation>Herstelsleutel</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="136" />
      <source>No recovery key set. Ask IT: without it a forgotten passphrase means the data on this laptop cannot be recovered.</source>
      <translation>Er is geen herstelsleutel ingesteld. Vraag IT: zonder herstelsleutel zijn de gegevens op deze laptop niet terug te halen als u het wachtwoord vergeet.</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="138" />
      <source>Recovery key fingerprint</source>
      <translation>Vingerafdruk van de herstelsleutel</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="139" />
      <source>C&amp;urrent passphrase</source>
      <translation>H&amp;uidig wachtwoord</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="140" />
      <source>&amp;New passphrase</source>
      <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="141" />
      <source>Re&amp;peat new passphrase</source>
      <translation>Herhaal n&amp;ieuw wachtwoord</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="142" />
      <source>Current passphrase</source>
      <translation>Huidig wachtwoord</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="143" />
      <source>New passphrase</source>
      <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="144" />
      <source>Repeat new passphrase</source>
      <translation>Herhaal nieuw wachtwoord</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="145" />
      <source>Change &amp;passphrase</source>
      <translation>Wachtwoord &amp;wijzigen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="146" />
      <source>Change passphrase</source>
      <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="198" />
      <source>The current passphrase is not correct.</source>
      <translation>Het huidige wachtwoord klopt niet.</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" line="202" />
      <source>Your passphrase was changed.</source>
      <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
    <message>
      <source>Connection to the office (ZGW)</source>
      <translation>Verbinding met kantoor (ZGW)</translation>
    </message>
    <message>
      <source>Client &amp;secret</source>
      <translation>Client-&amp;geheim</translation>
    </message>
    <message>
      <source>ZGW client secret</source>
      <translation>ZGW-clientgeheim</translation>
    </message>
    <message>
      <source>Given by IT. Stored only inside the encrypted vault.</source>
      <translation>Gekregen van IT. Wordt alleen in de versleutelde kluis bewaard.</translation>
    </message>
    <message>
      <source>Save s&amp;ecret</source>
      <translation>Geheim op&amp;slaan</translation>
    </message>
    <message>
      <source>Save the ZGW client secret</source>
      <translation>Het ZGW-clientgeheim opslaan</translation>
    </message>
    <message>
      <source>A secret is stored in the vault.</source>
      <translation>Er is een geheim opgeslagen in de kluis.</translation>
    </message>
    <message>
      <source>No secret stored: synchronisation with the office cannot start. Enter the secret you received from IT.</source>
      <translation>Geen geheim opgeslagen: synchroniseren met kantoor kan niet starten. Vul het geheim in dat u van IT kreeg.</translation>
    </message>
  </context>
  <context>
    <name>UnlockScreen</name>
    <message>
      <location filename="../app/ui/screens/unlock.py" line="113" />
      <source>Huisbezoek is locked</source>
      <translation>Huisbezoek is vergrendeld</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/unlock.py" line="116" />
      <source>&amp;Passphrase</source>
      <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/unlock.py" line="117" />
      <source>&amp;Unlock</source>
      <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/unlock.py" line="118" />
      <source>&amp;Restore latest backup</source>
      <translation>&amp;Laatste back-up terugzetten</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/unlock.py" line="119" />
      <source>Try &amp;again</source>
      <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/unlock.py" line="120" />
      <source>Passphrase</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/unlock.py" line="121" />
      <source>Unlock</source>
      <translation>Ontgrendelen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/unlock.py" line="122" />
      <source>Restore latest backup</source>
      <translation>Laatste back-up terugzetten</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/unlock.py" line="123" />
      <source>Try again</source>
      <translation>Opnieuw proberen</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/unlock.py" line="125" />
      <source>Demo mode. The passphrase is: {p}</source>
      <translation>Demomodus. Het wachtwoord is: {p}</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/unlock.py" line="155" />
      <source>Unlocking…</source>
      <translation>Ontgrendelen…</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/unlock.py" line="199" />
      <source>You can try again in {s} seconds.</source>
      <translation>U kunt het over {s} seconden opnieuw proberen.</translation>
    </message>
  </context>
  <context>
    <name>ClientTabs</name>
    <message>
      <source>Intake</source>
      <translation>Brede intake</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation>Bezoeken</translation>
    </message>
    <message>
      <source>PIP</source>
      <translation>PIP</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Controle</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Voortgang</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documenten</translation>
    </message>
    <message>
      <source>Obligation</source>
      <translation>Termijn en onderdelen</translation>
    </message>
  </context>
</TS>
