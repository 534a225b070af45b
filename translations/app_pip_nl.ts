<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="88" />
        <source>Sync conflict</source>
        <translation>Synchronisatieconflict</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="89" />
        <source>The office changed this since your last sync: {name}</source>
        <translation>De afdeling heeft dit gewijzigd sinds uw laatste synchronisatie: {name}</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="90" />
        <source>case</source>
        <translation>traject</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="93" />
        <source>Nothing was overwritten. Keep your version as a new document next to the office's, or take the office's version and drop your change.</source>
        <translation>Er is niets overschreven. Bewaar uw versie als nieuw document naast dat van de afdeling, of neem de versie van de afdeling over en laat uw wijziging vervallen.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="95" />
        <source>&amp;Keep mine as a new version</source>
        <translation>Mijn versie &amp;bewaren als nieuwe versie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="98" />
        <source>Nothing was overwritten. Choose which value to keep.</source>
        <translation>Er is niets overschreven. Kies welke waarde u wilt houden.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="99" />
        <source>&amp;Keep mine</source>
        <translation>Mijn versie &amp;bewaren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="101" />
        <source>&amp;Take the office's version</source>
        <translation>Versie van de afdeling &amp;overnemen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="102" />
        <source>Take the office's version</source>
        <translation>Versie van de afdeling overnemen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="103" />
        <location filename="../app/ui/dialogs/conflict.py" line="104" />
        <source>Decide later</source>
        <translation>Later beslissen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="105" />
        <source>Both versions side by side</source>
        <translation>Beide versies naast elkaar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="119" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="120" />
        <source>Version at the office</source>
        <translation>Versie bij de afdeling</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="122" />
        <source>Size (bytes)</source>
        <translation>Grootte (bytes)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="124" />
        <source>Content fingerprint</source>
        <translation>Vingerafdruk van de inhoud</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="126" />
        <source>Locked at the office</source>
        <translation>Vergrendeld bij de afdeling</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="128" />
        <source>Notes</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="128" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="129" />
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="130" />
        <source>Planned end date</source>
        <translation>Geplande einddatum</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="140" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="140" />
        <source>Mine (this device)</source>
        <translation>Mijn versie (dit apparaat)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/conflict.py" line="140" />
        <source>The office</source>
        <translation>De afdeling</translation>
    </message>
</context>
<context>
    <name>PipEditor</name>
    <message>
        <location filename="../app/ui/widgets/pip_fields.py" line="75" />
        <location filename="../app/ui/models/pip_activities_model.py" line="92" />
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_fields.py" line="121" />
        <source>rent</source>
        <translation>huur</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_fields.py" line="122" />
        <source>energy</source>
        <translation>energie</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_fields.py" line="123" />
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_fields.py" line="124" />
        <source>health insurance</source>
        <translation>zorgverzekering</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_fields.py" line="128" />
        <source>Paid directly: {cost}</source>
        <translation>Rechtstreeks betaald: {cost}</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="48" />
        <source>— not decided —</source>
        <translation>— nog niet gekozen —</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="49" />
        <source>B1 route</source>
        <translation>B1-route</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="50" />
        <source>Education route (onderwijsroute)</source>
        <translation>Onderwijsroute</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="51" />
        <source>Z route (self-reliance)</source>
        <translation>Z-route (zelfredzaamheidsroute)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="55" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="56" />
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="57" />
        <source>education</source>
        <translation>onderwijs</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="58" />
        <source>participation</source>
        <translation>participatie</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="62" />
        <source>every month</source>
        <translation>elke maand</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="63" />
        <source>every 6 weeks</source>
        <translation>elke 6 weken</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="64" />
        <source>every quarter</source>
        <translation>elk kwartaal</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="65" />
        <source>every 6 months</source>
        <translation>elk half jaar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="127" />
        <source>Learning route and language goal</source>
        <translation>Leerroute en taaldoel</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="130" />
        <source>&amp;Route</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="138" />
        <source>Reasons for this route</source>
        <translation>Onderbouwing van de route</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="147" />
        <source>Language goal</source>
        <translation>Taaldoel</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="149" />
        <source>Main goal</source>
        <translation>Hoofddoel</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="151" />
        <source>Situation (short, no health details)</source>
        <translation>Situatie (kort, geen gezondheidsgegevens)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="159" />
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="161" />
        <source>Language school</source>
        <translation>Taalschool</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="164" />
        <source>Lessons, hours per week</source>
        <translation>Lessen, uren per week</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="169" />
        <source>Lessons start</source>
        <translation>Start lessen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="172" />
        <source>KNM (knowledge of Dutch society)</source>
        <translation>KNM (Kennis van de Nederlandse Maatschappij)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="173" />
        <source>PVT (participation statement, ≥ 12 h)</source>
        <translation>PVT (participatieverklaringstraject, ≥ 12 uur)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="174" />
        <source>MAP (labour market and participation)</source>
        <translation>MAP (Module Arbeidsmarkt en Participatie)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="178" />
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="180" />
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="181" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="183" />
        <source>Bridging programme (taalschakeltraject)</source>
        <translation>Taalschakeltraject</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="188" />
        <source>Bridging programme provider</source>
        <translation>Aanbieder taalschakeltraject</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="193" />
        <source>Bridging programme start</source>
        <translation>Start taalschakeltraject</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="198" />
        <source>Participation (work, volunteering, study)</source>
        <translation>Participatie (werk, vrijwilligerswerk, studie)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="217" />
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="219" />
        <source>Ontzorgen (fixed costs paid directly)</source>
        <translation>Ontzorgen (vaste lasten rechtstreeks betaald)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="224" />
        <source>Costs paid directly</source>
        <translation>Rechtstreeks betaalde lasten</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="229" />
        <source>Ontzorgen from</source>
        <translation>Ontzorgen vanaf</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="232" />
        <source>Ontzorgen until</source>
        <translation>Ontzorgen tot en met</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="235" />
        <source>Social guidance (MB) organisation</source>
        <translation>Maatschappelijke begeleiding (organisatie)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="240" />
        <source>Social guidance start</source>
        <translation>Start maatschappelijke begeleiding</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="243" />
        <source>Childcare needed</source>
        <translation>Kinderopvang nodig</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="248" />
        <source>Preconditions (childcare, other)</source>
        <translation>Randvoorwaarden (kinderopvang, overig)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="253" />
        <source>Other support and referrals</source>
        <translation>Overige ondersteuning en doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="294" />
        <source>&amp;Add activity</source>
        <translation>Activiteit &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="295" />
        <source>Add activity</source>
        <translation>Activiteit toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="296" />
        <source>Remove activity</source>
        <translation>Activiteit verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="298" />
        <source>Remove the selected activity</source>
        <translation>De gekozen activiteit verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="300" />
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="302" />
        <source>Activity, from, until, hours per week and who is responsible. Press F2 to edit a cell.</source>
        <translation>Activiteit, vanaf, tot en met, uren per week en wie verantwoordelijk is. Druk op F2 om een cel te bewerken.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="330" />
        <source>Agreements and progress talks</source>
        <translation>Afspraken en voortgangsgesprekken</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="333" />
        <source>Progress talks, how often</source>
        <translation>Voortgangsgesprekken, hoe vaak</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="338" />
        <source>First progress talk</source>
        <translation>Eerste voortgangsgesprek</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="343" />
        <source>Agreements and obligations of both parties</source>
        <translation>Afspraken en verplichtingen van beide partijen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="348" />
        <source>Note for the client (Dutch, printed on the summary page)</source>
        <translation>Notitie voor de klant (Nederlands, op de samenvattingspagina)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="354" />
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="355" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_sections.py" line="356" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/models/pip_activities_model.py" line="25" />
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/pip_activities_model.py" line="26" />
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../app/ui/models/pip_activities_model.py" line="27" />
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../app/ui/models/pip_activities_model.py" line="28" />
        <source>Hours/week</source>
        <translation>Uren/week</translation>
    </message>
    <message>
        <location filename="../app/ui/models/pip_activities_model.py" line="29" />
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
    </message>
</context>
<context>
    <name>PipEditorScreen</name>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="157" />
        <source>PIP draft</source>
        <translation>PIP-concept</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="158" />
        <source>&amp;Version:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="159" />
        <source>Version of the PIP draft</source>
        <translation>Versie van het PIP-concept</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="160" />
        <source>Preview and &amp;print…</source>
        <translation>Voorbeeld en &amp;afdrukken…</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="161" />
        <source>Preview and print the PIP draft</source>
        <translation>Voorbeeld bekijken en het PIP-concept afdrukken</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="162" />
        <source>You are looking at an older version. It cannot be changed; choose the newest version to continue editing.</source>
        <translation>U bekijkt een oudere versie. Die kan niet meer worden gewijzigd; kies de nieuwste versie om verder te werken.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="164" />
        <source>PIP draft form</source>
        <translation>Formulier PIP-concept</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="223" />
        <source>Not saved: the data store is not available. Your changes stay in the form.</source>
        <translation>Niet opgeslagen: de gegevensopslag is niet beschikbaar. Uw wijzigingen blijven in het formulier staan.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="279" />
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="279" />
        <source>saved as PDF</source>
        <translation>opgeslagen als pdf</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="280" />
        <source>kept after a sync conflict</source>
        <translation>bewaard na een synchronisatieconflict</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="284" />
        <source>Version {n}</source>
        <translation>Versie {n}</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="288" />
        <source>Version {n} (current)</source>
        <translation>Versie {n} (huidig)</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="318" />
        <source>Suggested by the learnability test (LBT): {route}.</source>
        <translation>Voorgesteld door de leerbaarheidstoets (LBT): {route}.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="319" />
        <source>Suggested by the intake advice: {route}.</source>
        <translation>Voorgesteld in het advies van de brede intake: {route}.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="320" />
        <source>Route in the case file: {route}.</source>
        <translation>Route in het dossier: {route}.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="323" />
        <source>LBT outcome: {route}.</source>
        <translation>Uitslag leerbaarheidstoets (LBT): {route}.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="326" />
        <source>You decide; write down why.</source>
        <translation>U beslist; schrijf op waarom.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="331" />
        <source>Required: the route differs from the LBT outcome, explain why.</source>
        <translation>Verplicht: de route wijkt af van de uitslag van de leerbaarheidstoets (LBT); leg uit waarom.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="342" />
        <source>To check before printing:</source>
        <translation>Controleer voor het afdrukken:</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="345" />
        <source>Ready to print.</source>
        <translation>Klaar om af te drukken.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="349" />
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_editor.py" line="351" />
        <source>All changes saved</source>
        <translation>Alle wijzigingen opgeslagen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_dates.py" line="47" />
        <source>Legal dates</source>
        <translation>Wettelijke datums</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_dates.py" line="48" />
        <source>These dates are set by the office and cannot be changed here.</source>
        <translation>Deze datums worden door de afdeling vastgelegd en zijn hier niet te wijzigen.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_dates.py" line="55" />
        <source>not set yet</source>
        <translation>nog niet vastgesteld</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_dates.py" line="57" />
        <source>PIP dagtekening (first PIP)</source>
        <translation>Dagtekening PIP (eerste PIP)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_dates.py" line="59" />
        <source>PIP dagtekening (current PIP)</source>
        <translation>Dagtekening PIP (huidig PIP)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_dates.py" line="61" />
        <source>PIP deadline</source>
        <translation>Uiterste datum PIP</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_dates.py" line="63" />
        <source>End of the integration term</source>
        <translation>Einde inburgeringstermijn</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_dates.py" line="65" />
        <source>Route switch deadline</source>
        <translation>Uiterste datum schakelen</translation>
    </message>
</context>
<context>
    <name>PipPreviewScreen</name>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="157" />
        <source>&amp;Back to editing</source>
        <translation>&amp;Terug naar bewerken</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="158" />
        <source>Back to editing the PIP draft</source>
        <translation>Terug naar het bewerken van het PIP-concept</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="159" />
        <source>&amp;Summary in the client's language:</source>
        <translation>&amp;Samenvatting in de taal van de klant:</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="160" />
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="161" />
        <source>Summary in the client's language</source>
        <translation>Samenvatting in de taal van de klant</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="162" />
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="163" />
        <source>Print the PIP draft</source>
        <translation>Het PIP-concept afdrukken</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="164" />
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als p&amp;df…</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="165" />
        <source>Save the PIP draft as a PDF file</source>
        <translation>Het PIP-concept opslaan als pdf-bestand</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="166" />
        <source>Pages of the printed PIP draft</source>
        <translation>Pagina's van het afgedrukte PIP-concept</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="187" />
        <source>Preparing the preview…</source>
        <translation>Het voorbeeld wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="213" />
        <source>The preview could not be made. Nothing was lost; go back and try again.</source>
        <translation>Het voorbeeld kon niet worden gemaakt. Er is niets verloren gegaan; ga terug en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="234" />
        <source>Page {n} of {total}</source>
        <translation>Pagina {n} van {total}</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="242" />
        <source>Draft version {version}, {pages} pages. This is exactly what will be printed.</source>
        <translation>Conceptversie {version}, {pages} pagina's. Dit wordt precies zo afgedrukt.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="248" />
        <source>Some characters cannot be printed with the available fonts and appear as a replacement sign: {chars}</source>
        <translation>Sommige tekens kunnen met de beschikbare lettertypen niet worden afgedrukt en verschijnen als vervangingsteken: {chars}</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="271" />
        <source>Printing was cancelled. Nothing was lost.</source>
        <translation>Afdrukken is geannuleerd. Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="274" />
        <source>The printer is not available or reported an error. Nothing was lost: check the printer, or choose another one, and try again.</source>
        <translation>De printer is niet beschikbaar of meldde een fout. Er is niets verloren gegaan: controleer de printer of kies een andere, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="278" />
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="320" />
        <source>The PDF could not be saved there. Nothing was lost: choose another location and try again.</source>
        <translation>De pdf kon daar niet worden opgeslagen. Er is niets verloren gegaan: kies een andere plek en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="324" />
        <source>The PDF was saved.</source>
        <translation>De pdf is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pip_preview.py" line="336" />
        <source>PIP draft</source>
        <translation>PIP-concept</translation>
    </message>
</context>
<context>
    <name>PipWarnings</name>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="11" />
        <source>No learning route has been chosen yet.</source>
        <translation>Er is nog geen leerroute gekozen.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="12" />
        <source>The learning route is not one of the known routes.</source>
        <translation>De leerroute is geen bekende route.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="15" />
        <source>Write down why this route was chosen.</source>
        <translation>Schrijf op waarom voor deze route is gekozen.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="16" />
        <source>The route differs from the learnability test (LBT) outcome: the reasons are required.</source>
        <translation>De route wijkt af van de uitslag van de leerbaarheidstoets: de onderbouwing is verplicht.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="20" />
        <source>No language goal has been set.</source>
        <translation>Er is geen taaldoel ingevuld.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="21" />
        <source>The participation statement (PVT) needs at least 12 hours.</source>
        <translation>Het participatieverklaringstraject (PVT) duurt minstens 12 uur.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="24" />
        <source>The education route has no MAP (Wet art. 8 lid 3).</source>
        <translation>De onderwijsroute kent geen MAP (Wet art. 8 lid 3).</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="27" />
        <source>The education route needs a bridging programme (taalschakeltraject).</source>
        <translation>De onderwijsroute vraagt een taalschakeltraject.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="30" />
        <source>Ontzorgen only applies to asielstatushouders on social assistance.</source>
        <translation>Ontzorgen geldt alleen voor asielstatushouders met bijstand.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="33" />
        <source>Social guidance (MB) only applies to asielstatushouders.</source>
        <translation>Maatschappelijke begeleiding geldt alleen voor asielstatushouders.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="36" />
        <source>Ontzorgen ends before it starts.</source>
        <translation>Ontzorgen eindigt voordat het begint.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="37" />
        <source>An activity ends before it starts.</source>
        <translation>Een activiteit eindigt voordat die begint.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="38" />
        <source>An activity has no responsible party.</source>
        <translation>Bij een activiteit staat niet wie verantwoordelijk is.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="41" />
        <source>Progress talks have not been arranged.</source>
        <translation>Er zijn geen voortgangsgesprekken afgesproken.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="44" />
        <source>A date is not valid (use dd-mm-yyyy).</source>
        <translation>Een datum is ongeldig (gebruik dd-mm-jjjj).</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="45" />
        <source>The municipality logo could not be read; printed without it.</source>
        <translation>Het logo van de gemeente kon niet worden gelezen; er is zonder logo afgedrukt.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="48" />
        <source>Part of the summary has no translation yet and is printed in Dutch.</source>
        <translation>Een deel van de samenvatting is nog niet vertaald en wordt in het Nederlands afgedrukt.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="51" />
        <source>There is no summary in this language; it is printed in Dutch.</source>
        <translation>Er is geen samenvatting in deze taal; die wordt in het Nederlands afgedrukt.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/pip_warnings.py" line="55" />
        <source>Check the PIP draft before printing.</source>
        <translation>Controleer het PIP-concept voor het afdrukken.</translation>
    </message>
</context>
<context>
    <name>SavePdfWarningDialog</name>
    <message>
        <location filename="../app/ui/dialogs/save_pdf.py" line="50" />
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/save_pdf.py" line="51" />
        <source>The PDF file will not be encrypted</source>
        <translation>Het pdf-bestand wordt niet versleuteld</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/save_pdf.py" line="53" />
        <source>The PIP draft contains personal data. A PDF file is stored without the protection of this app. Save it only on an encrypted drive or the municipality's network folder, and delete it when you no longer need it.</source>
        <translation>Het PIP-concept bevat persoonsgegevens. Een pdf-bestand wordt opgeslagen zonder de beveiliging van deze app. Sla het alleen op een versleutelde schijf of de netwerkmap van de gemeente op, en verwijder het zodra u het niet meer nodig hebt.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/save_pdf.py" line="56" />
        <source>&amp;Choose a location…</source>
        <translation>&amp;Kies een locatie…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/save_pdf.py" line="57" />
        <source>Choose a location to save the PDF</source>
        <translation>Kies een locatie om de pdf op te slaan</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/save_pdf.py" line="58" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/save_pdf.py" line="59" />
        <source>Cancel, do not save</source>
        <translation>Annuleren, niet opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/save_pdf.py" line="74" />
        <source>Save PIP draft as PDF</source>
        <translation>PIP-concept opslaan als pdf</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="159" />
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="160" />
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniseren</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="161" />
        <source>Sync now with the municipality</source>
        <translation>Nu synchroniseren met de gemeente</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="162" />
        <source>Sync progress</source>
        <translation>Voortgang synchronisatie</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="163" />
        <source>Waiting to be sent, per client</source>
        <translation>Wacht op verzenden, per klant</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="164" />
        <source>Outbox per client</source>
        <translation>Uitgaande wijzigingen per klant</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="165" />
        <source>Needs attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="166" />
        <source>Records that need attention</source>
        <translation>Gegevens die aandacht nodig hebben</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="167" />
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="168" />
        <source>Retry the selected record</source>
        <translation>Het gekozen gegeven opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="169" />
        <source>Retry &amp;all</source>
        <translation>&amp;Alles opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="170" />
        <source>Retry all records that need attention</source>
        <translation>Alle gegevens die aandacht nodig hebben opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="171" />
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="172" />
        <source>Conflicts with the office</source>
        <translation>Conflicten met de afdeling</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="173" />
        <source>&amp;Compare and choose…</source>
        <translation>&amp;Vergelijken en kiezen…</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="174" />
        <source>Compare both versions and choose</source>
        <translation>Beide versies vergelijken en kiezen</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="216" />
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="221" />
        <source>No server configured</source>
        <translation>Geen server ingesteld</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="223" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="225" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="228" />
        <source>Last synced: {when}</source>
        <translation>Laatst gesynchroniseerd: {when}</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="229" />
        <source>Never synced</source>
        <translation>Nog nooit gesynchroniseerd</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="237" />
        <source>Waiting: {waiting} · Sent: {done} · Needs attention: {problems} · Conflicts: {conflicts}</source>
        <translation>Wachtend: {waiting} · Verstuurd: {done} · Aandacht nodig: {problems} · Conflicten: {conflicts}</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="248" />
        <source>Sync finished.</source>
        <translation>Synchronisatie klaar.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="259" />
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/sync_panel.py" line="265" />
        <source>{done} of {total} sent</source>
        <translation>{done} van {total} verstuurd</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../app/ui/models/sync_outbox_model.py" line="26" />
        <source>Client / item</source>
        <translation>Klant / onderdeel</translation>
    </message>
    <message>
        <location filename="../app/ui/models/sync_outbox_model.py" line="27" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/models/sync_outbox_model.py" line="28" />
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../app/ui/models/sync_outbox_model.py" line="108" />
        <location filename="../app/ui/models/sync_outbox_model.py" line="155" />
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../app/ui/models/sync_outbox_model.py" line="111" />
        <source>{n} open</source>
        <translation>{n} open</translation>
    </message>
    <message>
        <location filename="../app/ui/models/sync_outbox_model.py" line="150" />
        <source>the document</source>
        <translation>het document</translation>
    </message>
    <message>
        <location filename="../app/ui/models/sync_outbox_model.py" line="152" />
        <source>the case details</source>
        <translation>de trajectgegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/models/sync_outbox_model.py" line="153" />
        <source>{name}: the office changed {what}</source>
        <translation>{name}: de afdeling heeft {what} gewijzigd</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="14" />
        <source>Case (traject)</source>
        <translation>Traject (zaak)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="15" />
        <source>Case details</source>
        <translation>Trajectgegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="16" />
        <source>Person in the case</source>
        <translation>Betrokkene bij het traject</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="17" />
        <source>Case status</source>
        <translation>Status van het traject</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="18" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="19" />
        <source>New document version</source>
        <translation>Nieuwe documentversie</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="20" />
        <source>Document link to the case</source>
        <translation>Koppeling document aan traject</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="21" />
        <source>Removal report</source>
        <translation>Melding van verwijdering</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="24" />
        <source>waiting</source>
        <translation>wachtend</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="25" />
        <source>sending</source>
        <translation>bezig met verzenden</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="26" />
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="27" />
        <source>will be retried</source>
        <translation>wordt opnieuw geprobeerd</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="28" />
        <source>needs attention</source>
        <translation>aandacht nodig</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="29" />
        <source>conflict: choose a version</source>
        <translation>conflict: kies een versie</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="32" />
        <source>Brede intake</source>
        <translation>Brede intake</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="33" />
        <source>PIP draft</source>
        <translation>PIP-concept</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="34" />
        <source>Visit report</source>
        <translation>Gespreksverslag</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="48" />
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/sync_messages.py" line="60" />
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
</TS>