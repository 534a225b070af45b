<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>Caseload</name>
    <message>
      <source>intake finished</source>
      <translation>intake afgerond</translation>
    </message>
    <message>
      <source>PIP draft for discussion</source>
      <translation>PIP-concept ter bespreking</translation>
    </message>
  </context>
  <context>
    <name>CaseloadScreen</name>
    <message>
      <source>&amp;New client…</source>
      <translation>&amp;Nieuwe cliënt…</translation>
    </message>
    <message>
      <source>Register a new client</source>
      <translation>Een nieuwe cliënt inschrijven</translation>
    </message>
    <message>
      <source>Register a new client (Ctrl+N)</source>
      <translation>Een nieuwe cliënt inschrijven (Ctrl+N)</translation>
    </message>
  </context>
  <context>
    <name>ClientDetailScreen</name>
    <message>
      <source>Interpreter</source>
      <translation>Tolk</translation>
    </message>
    <message>
      <source>not needed</source>
      <translation>niet nodig</translation>
    </message>
    <message>
      <source>needed ({language})</source>
      <translation>nodig ({language})</translation>
    </message>
    <message>
      <source>needed</source>
      <translation>nodig</translation>
    </message>
    <message>
      <source>C&amp;orrect contact data…</source>
      <translation>C&amp;ontactgegevens corrigeren…</translation>
    </message>
    <message>
      <source>Correct address, phone, e-mail, language or interpreter</source>
      <translation>Adres, telefoon, e-mail, taal of tolk corrigeren</translation>
    </message>
  </context>
  <context>
    <name>ClientFields</name>
    <message>
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Engels</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>Arabisch</translation>
    </message>
    <message>
      <source>Tigrinya</source>
      <translation>Tigrinya</translation>
    </message>
    <message>
      <source>Turkish</source>
      <translation>Turks</translation>
    </message>
    <message>
      <source>Persian (Farsi)</source>
      <translation>Perzisch (Farsi)</translation>
    </message>
    <message>
      <source>Dari</source>
      <translation>Dari</translation>
    </message>
    <message>
      <source>Pashto</source>
      <translation>Pasjtoe</translation>
    </message>
    <message>
      <source>Kurdish (Kurmanji)</source>
      <translation>Koerdisch (Kurmanci)</translation>
    </message>
    <message>
      <source>Kurdish (Sorani)</source>
      <translation>Koerdisch (Sorani)</translation>
    </message>
    <message>
      <source>Somali</source>
      <translation>Somalisch</translation>
    </message>
    <message>
      <source>Amharic</source>
      <translation>Amhaars</translation>
    </message>
    <message>
      <source>Choose a language</source>
      <translation>Kies een taal</translation>
    </message>
    <message>
      <source>same as the preferred language</source>
      <translation>dezelfde als de voorkeurstaal</translation>
    </message>
    <message>
      <source>Please fill this in.</source>
      <translation>Vul dit in.</translation>
    </message>
    <message>
      <source>This is not a valid BSN: it needs 9 digits and must pass the eleven test. Check the number on the residence permit or the DUO letter.</source>
      <translation>Dit is geen geldig BSN: het heeft 9 cijfers en moet voldoen aan de elfproef. Controleer het nummer op de verblijfsvergunning of de brief van DUO.</translation>
    </message>
    <message>
      <source>A client with this BSN is already on this laptop. Nothing was saved. You can open that client instead.</source>
      <translation>Er staat al een cliënt met dit BSN op deze laptop. Er is niets opgeslagen. U kunt die cliënt openen.</translation>
    </message>
    <message>
      <source>A V-number has 10 digits (on the back of the residence permit).</source>
      <translation>Een V-nummer heeft 10 cijfers (achter op de verblijfsvergunning).</translation>
    </message>
    <message>
      <source>Enter the date as dd-mm-yyyy, or mm-yyyy or only the year if unknown.</source>
      <translation>Vul de datum in als dd-mm-jjjj, of mm-jjjj of alleen het jaar als de rest onbekend is.</translation>
    </message>
    <message>
      <source>This date lies in the future.</source>
      <translation>Deze datum ligt in de toekomst.</translation>
    </message>
    <message>
      <source>Check the date: that is more than 120 years ago.</source>
      <translation>Controleer de datum: dat is meer dan 120 jaar geleden.</translation>
    </message>
    <message>
      <source>Choose a target group.</source>
      <translation>Kies een doelgroep.</translation>
    </message>
    <message>
      <source>A Dutch postcode has 4 digits and 2 letters, e.g. 1234 AB.</source>
      <translation>Een Nederlandse postcode heeft 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.</translation>
    </message>
    <message>
      <source>Only the house number (digits); an addition goes in the next field.</source>
      <translation>Alleen het huisnummer (cijfers); een toevoeging komt in het volgende veld.</translation>
    </message>
    <message>
      <source>Enter a phone number of digits only, e.g. 06 12345678.</source>
      <translation>Vul een telefoonnummer van alleen cijfers in, bijvoorbeeld 06 12345678.</translation>
    </message>
    <message>
      <source>This is not an e-mail address (name@example.nl).</source>
      <translation>Dit is geen e-mailadres (naam@voorbeeld.nl).</translation>
    </message>
    <message>
      <source>Choose a language from the list.</source>
      <translation>Kies een taal uit de lijst.</translation>
    </message>
    <message>
      <source>&amp;Street</source>
      <translation>&amp;Straat</translation>
    </message>
    <message>
      <source>House nu&amp;mber</source>
      <translation>&amp;Huisnummer</translation>
    </message>
    <message>
      <source>&amp;Postcode</source>
      <translation>&amp;Postcode</translation>
    </message>
    <message>
      <source>P&amp;lace</source>
      <translation>&amp;Woonplaats</translation>
    </message>
    <message>
      <source>P&amp;hone</source>
      <translation>&amp;Telefoon</translation>
    </message>
    <message>
      <source>&amp;E-mail</source>
      <translation>&amp;E-mail</translation>
    </message>
    <message>
      <source>Preferred lan&amp;guage</source>
      <translation>Voor&amp;keurstaal</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Tolk</translation>
    </message>
    <message>
      <source>&amp;Interpreter language</source>
      <translation>Taal va&amp;n de tolk</translation>
    </message>
    <message>
      <source>&amp;Addition</source>
      <translation>T&amp;oevoeging</translation>
    </message>
    <message>
      <source>An interpreter is &amp;needed</source>
      <translation>Er is een to&amp;lk nodig</translation>
    </message>
  </context>
  <context>
    <name>CorrectClientDialog</name>
    <message>
      <source>Correct contact data</source>
      <translation>Contactgegevens corrigeren</translation>
    </message>
    <message>
      <source>From the office (not editable here)</source>
      <translation>Van het kantoor (hier niet te wijzigen)</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>BSN</source>
      <translation>BSN</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Geboortedatum</translation>
    </message>
    <message>
      <source>read-only</source>
      <translation>alleen lezen</translation>
    </message>
    <message>
      <source>Names, BSN and date of birth come from the BRP through the office. Ask the office to correct them.</source>
      <translation>Namen, BSN en geboortedatum komen via het kantoor uit de BRP. Vraag het kantoor om ze te corrigeren.</translation>
    </message>
    <message>
      <source>Sa&amp;ve</source>
      <translation>Opsl&amp;aan</translation>
    </message>
    <message>
      <source>Save the corrections</source>
      <translation>De correcties opslaan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Nothing was saved: please correct the fields marked below.</source>
      <translation>Er is niets opgeslagen: verbeter de velden die hieronder gemarkeerd zijn.</translation>
    </message>
  </context>
  <context>
    <name>IntakeScreen</name>
    <message>
      <source>&amp;Finish intake</source>
      <translation>Intake &amp;afronden</translation>
    </message>
    <message>
      <source>Finish the intake (checks that every required question is answered)</source>
      <translation>De intake afronden (controleert of elke verplichte vraag beantwoord is)</translation>
    </message>
    <message>
      <source>&amp;Reopen intake</source>
      <translation>Intake &amp;heropenen</translation>
    </message>
    <message>
      <source>Reopen the intake to change answers</source>
      <translation>De intake heropenen om antwoorden te wijzigen</translation>
    </message>
    <message>
      <source>This intake is finished. Reopen it to change answers.</source>
      <translation>Deze intake is afgerond. Heropen de intake om antwoorden te wijzigen.</translation>
    </message>
    <message>
      <source>required questions are still open in section(s) {sections}</source>
      <translation>er staan nog verplichte vragen open in onderdeel {sections}</translation>
    </message>
    <message numerus="yes">
      <source>%n answer(s) need correcting</source>
      <translation>
        <numerusform>%n antwoord moet worden verbeterd</numerusform>
        <numerusform>%n antwoorden moeten worden verbeterd</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n self-filled answer(s) still need review</source>
      <translation>
        <numerusform>%n zelf ingevuld antwoord moet nog worden nagekeken</numerusform>
        <numerusform>%n zelf ingevulde antwoorden moeten nog worden nagekeken</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n answer(s) come from the client record: check them with the client.</source>
      <translation>
        <numerusform>%n antwoord komt uit het cliëntdossier: controleer het met de klant.</numerusform>
        <numerusform>%n antwoorden komen uit het cliëntdossier: controleer ze met de klant.</numerusform>
      </translation>
    </message>
    <message>
      <source>The intake is not finished yet: {reasons}.</source>
      <translation>De intake is nog niet afgerond: {reasons}.</translation>
    </message>
  </context>
  <context>
    <name>NewClientScreen</name>
    <message>
      <source>New client</source>
      <translation>Nieuwe cliënt</translation>
    </message>
    <message>
      <source>Register an inburgeraar who is not yet on your caseload. At the next sync the office gets a case for this client (or the existing one is used).</source>
      <translation>Schrijf een inburgeraar in die nog niet in uw caseload staat. Bij de volgende synchronisatie krijgt het kantoor een zaak voor deze cliënt (of wordt de bestaande zaak gebruikt).</translation>
    </message>
    <message>
      <source>Identification</source>
      <translation>Identificatie</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Persoon</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>&amp;BSN</source>
      <translation>&amp;BSN</translation>
    </message>
    <message>
      <source>&amp;V-number (optional)</source>
      <translation>&amp;V-nummer (niet verplicht)</translation>
    </message>
    <message>
      <source>&amp;First names</source>
      <translation>Voo&amp;rnamen</translation>
    </message>
    <message>
      <source>Surname p&amp;refix</source>
      <translation>T&amp;ussenvoegsel</translation>
    </message>
    <message>
      <source>S&amp;urname</source>
      <translation>&amp;Achternaam</translation>
    </message>
    <message>
      <source>&amp;Date of birth</source>
      <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
      <source>&amp;Target group</source>
      <translation>&amp;Doelgroep</translation>
    </message>
    <message>
      <source>9 digits</source>
      <translation>9 cijfers</translation>
    </message>
    <message>
      <source>dd-mm-yyyy, mm-yyyy or yyyy</source>
      <translation>dd-mm-jjjj, mm-jjjj of jjjj</translation>
    </message>
    <message>
      <source>e.g. van, el</source>
      <translation>bijv. van, el</translation>
    </message>
    <message>
      <source>Save &amp;client</source>
      <translation>&amp;Cliënt opslaan</translation>
    </message>
    <message>
      <source>Save the new client</source>
      <translation>De nieuwe cliënt opslaan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>&amp;Open that client</source>
      <translation>D&amp;ie cliënt openen</translation>
    </message>
    <message>
      <source>Open the client who already has this BSN</source>
      <translation>De cliënt openen die dit BSN al heeft</translation>
    </message>
    <message>
      <source>The client was not saved: please correct the fields marked below.</source>
      <translation>De cliënt is niet opgeslagen: verbeter de velden die hieronder gemarkeerd zijn.</translation>
    </message>
  </context>
  <context>
    <name>OfficeFacts</name>
    <message>
      <source>Start of the obligation</source>
      <translation>Start inburgeringsplicht</translation>
    </message>
    <message>
      <source>DUO notice</source>
      <translation>Kennisgeving DUO</translation>
    </message>
    <message>
      <source>BRP registration</source>
      <translation>Inschrijving BRP</translation>
    </message>
    <message>
      <source>COA link to the municipality</source>
      <translation>Koppeling door COA</translation>
    </message>
    <message>
      <source>Learnability test (LBT)</source>
      <translation>Leerbaarheidstoets (LBT)</translation>
    </message>
    <message>
      <source>LBT advice</source>
      <translation>Advies LBT</translation>
    </message>
    <message>
      <source>Exemption</source>
      <translation>Ontheffing</translation>
    </message>
    <message>
      <source>PIP date (first)</source>
      <translation>Dagtekening PIP (eerste)</translation>
    </message>
    <message>
      <source>PIP date (current)</source>
      <translation>Dagtekening PIP (actueel)</translation>
    </message>
    <message>
      <source>PIP in force from</source>
      <translation>Ingangsdatum PIP</translation>
    </message>
    <message>
      <source>Extensions</source>
      <translation>Verlengingen</translation>
    </message>
    <message>
      <source>points to the B1 route</source>
      <translation>wijst naar de B1-route</translation>
    </message>
    <message>
      <source>points to the education route</source>
      <translation>wijst naar de onderwijsroute</translation>
    </message>
    <message>
      <source>points to the Z route</source>
      <translation>wijst naar de Z-route</translation>
    </message>
    <message>
      <source>requested</source>
      <translation>aangevraagd</translation>
    </message>
    <message>
      <source>granted</source>
      <translation>verleend</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>afgewezen</translation>
    </message>
    <message>
      <source>not yet received</source>
      <translation>nog niet ontvangen</translation>
    </message>
    <message>
      <source>taken on {date}</source>
      <translation>gemaakt op {date}</translation>
    </message>
    <message>
      <source>none known</source>
      <translation>geen bekend</translation>
    </message>
    <message>
      <source>{state} on {date}</source>
      <translation>{state} op {date}</translation>
    </message>
    <message numerus="yes">
      <source>%n month(s) in total</source>
      <translation>
        <numerusform>in totaal %n maand</numerusform>
        <numerusform>in totaal %n maanden</numerusform>
      </translation>
    </message>
    <message>
      <source>none</source>
      <translation>geen</translation>
    </message>
    <message>
      <source>From the office</source>
      <translation>Van het kantoor</translation>
    </message>
    <message>
      <source>Facts from the office, read-only</source>
      <translation>Gegevens van het kantoor, alleen lezen</translation>
    </message>
    <message>
      <source>These facts come from the office system and cannot be changed here. The PIP date is legally decisive.</source>
      <translation>Deze gegevens komen uit het kantoorsysteem en zijn hier niet te wijzigen. De dagtekening van het PIP is juridisch bepalend.</translation>
    </message>
    <message>
      <source>Last received from the office on {when}.</source>
      <translation>Laatst ontvangen van het kantoor op {when}.</translation>
    </message>
    <message>
      <source>Nothing received from the office yet.</source>
      <translation>Nog niets ontvangen van het kantoor.</translation>
    </message>
  </context>
</TS>
