<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Caseload</name>
    <message>
        <source>{n} day overdue</source>
        <translation>{n} dag te laat</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} dag</translation>
    </message>
</context>
<context>
    <name>DueVisitsPanel</name>
    <message>
        <source>No visits planned for today.</source>
        <translation>Vandaag geen bezoeken gepland.</translation>
    </message>
    <message>
        <source>Today {visit}</source>
        <translation>Vandaag {visit}</translation>
    </message>
    <message>
        <source>Visits today and overdue visits</source>
        <translation>Bezoeken vandaag en achterstallige bezoeken</translation>
    </message>
    <message>
        <source>Visits today and visits still to record</source>
        <translation>Bezoeken vandaag en bezoeken die nog vastgelegd moeten worden</translation>
    </message>
    <message>
        <source>{date}: not yet marked held or cancelled — {visit}</source>
        <translation>{date}: nog niet als gehouden of geannuleerd gemarkeerd — {visit}</translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <source>&amp;Save .ics…</source>
        <translation>.ics &amp;opslaan…</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>In mijn agenda zetten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save visit for your calendar</source>
        <translation>Bezoek opslaan voor uw agenda</translation>
    </message>
    <message>
        <source>The &amp;interpreter and language</source>
        <translation>De &amp;tolk en de taal</translation>
    </message>
    <message>
        <source>The .ics file is not encrypted. It holds the kind of visit, the kind of place and the time. Tick what else your own calendar may show:</source>
        <translation>Het .ics-bestand is niet versleuteld. Het bevat het soort bezoek, het soort plaats en de tijd. Vink aan wat uw eigen agenda nog meer mag tonen:</translation>
    </message>
    <message>
        <source>The client's &amp;name</source>
        <translation>De &amp;naam van de klant</translation>
    </message>
    <message>
        <source>The file could not be saved in that folder (no permission, or the folder does not exist). Choose another folder.</source>
        <translation>Het bestand kon niet worden opgeslagen in die map (geen toestemming, of de map bestaat niet). Kies een andere map.</translation>
    </message>
    <message>
        <source>The place &amp;details (address, room)</source>
        <translation>De plaats&amp;details (adres, kamer)</translation>
    </message>
</context>
<context>
    <name>NextVisitPanel</name>
    <message>
        <source>&amp;Plan visit…</source>
        <translation>Bezoek &amp;plannen…</translation>
    </message>
    <message>
        <source>Next visit: none planned</source>
        <translation>Volgend bezoek: geen gepland</translation>
    </message>
    <message>
        <source>Next visit: {when}, {kind}, {place}</source>
        <translation>Volgend bezoek: {when}, {kind}, {place}</translation>
    </message>
    <message>
        <source>Plan a visit with this client</source>
        <translation>Een bezoek plannen met deze klant</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Tolk</translation>
    </message>
    <message>
        <source>&amp;Kind of visit</source>
        <translation>&amp;Soort bezoek</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Plan visit</source>
        <translation>Bezoek &amp;plannen</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tijd</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation>D&amp;uur (minuten)</translation>
    </message>
    <message>
        <source>Interpreter &amp;language</source>
        <translation>Taal van de to&amp;lk</translation>
    </message>
    <message>
        <source>Place &amp;details</source>
        <translation>Plaats&amp;details</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Bezoek plannen</translation>
    </message>
    <message>
        <source>Plan a visit with {name}</source>
        <translation>Bezoek plannen met {name}</translation>
    </message>
    <message>
        <source>e.g. room 2.14 (not needed for a home visit)</source>
        <translation>bijv. kamer 2.14 (niet nodig bij een huisbezoek)</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>A planned visit lasts between 1 minute and 8 hours.</source>
        <translation>Een gepland bezoek duurt tussen 1 minuut en 8 uur.</translation>
    </message>
    <message>
        <source>Brede intake</source>
        <translation>Brede intake</translation>
    </message>
    <message>
        <source>Choose the interpreter's language, or choose no interpreter.</source>
        <translation>Kies de taal van de tolk, of kies geen tolk.</translation>
    </message>
    <message>
        <source>Choose the kind of visit.</source>
        <translation>Kies het soort bezoek.</translation>
    </message>
    <message>
        <source>Choose where the visit takes place.</source>
        <translation>Kies waar het bezoek plaatsvindt.</translation>
    </message>
    <message>
        <source>Other talk</source>
        <translation>Ander gesprek</translation>
    </message>
    <message>
        <source>PIP talk</source>
        <translation>PIP-gesprek</translation>
    </message>
    <message>
        <source>Progress talk</source>
        <translation>Voortgangsgesprek</translation>
    </message>
    <message>
        <source>Self-fill session</source>
        <translation>Zelf invullen</translation>
    </message>
    <message>
        <source>Talk (type not recorded)</source>
        <translation>Gesprek (soort niet vastgelegd)</translation>
    </message>
    <message>
        <source>The visit could not be saved. Nothing was lost; try again.</source>
        <translation>Het bezoek kon niet worden opgeslagen. Er is niets verloren; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This overlaps another planned visit ({when}). Choose another time or move that visit.</source>
        <translation>Dit overlapt een ander gepland bezoek ({when}). Kies een andere tijd of verplaats dat bezoek.</translation>
    </message>
    <message>
        <source>This time has already passed. Choose a time from now on.</source>
        <translation>Dit tijdstip is al voorbij. Kies een tijd vanaf nu.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
</context>
<context>
    <name>VisitTimelineModel</name>
    <message>
        <source>{n} card</source>
        <translation>{n} kaart</translation>
    </message>
</context>
<context>
    <name>WeekAgendaScreen</name>
    <message>
        <source>&amp;Cancel visit</source>
        <translation>Bezoek &amp;annuleren</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>Klant &amp;openen</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Deze week</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar (.ics)…</source>
        <translation>In mijn a&amp;genda zetten (.ics)…</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Markeren als &amp;gehouden</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>No visits</source>
        <translation>Geen bezoeken</translation>
    </message>
    <message>
        <source>No visits this week.</source>
        <translation>Geen bezoeken deze week.</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <source>The agenda could not be loaded. Try again.</source>
        <translation>De agenda kon niet worden geladen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The visit was cancelled.</source>
        <translation>Het bezoek is geannuleerd.</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <source>Visits on {day}</source>
        <translation>Bezoeken op {day}</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <source>Week {week}: {start} to {end}</source>
        <translation>Week {week}: {start} tot en met {end}</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (vandaag)</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>V&amp;olgende week</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>&amp;Vorige week</translation>
    </message>
</context>
</TS>
