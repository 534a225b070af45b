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
    <name>CaseloadScreen</name>
    <message>
        <source>&amp;Plan visit…</source>
        <translation>Bezoek &amp;plannen…</translation>
    </message>
    <message>
        <source>Plan a visit with the selected client</source>
        <translation>Een bezoek plannen met de gekozen klant</translation>
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
    <name>ObligationPartDialog</name>
    <message>
        <source>&amp;Course hours (NT2 + KNM)</source>
        <translation>&amp;Lesuren (NT2 + KNM)</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>&amp;Einddatum</translation>
    </message>
    <message>
        <source>&amp;From route</source>
        <translation>&amp;Van leerroute</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>&amp;Maanden</translation>
    </message>
    <message>
        <source>&amp;Part</source>
        <translation>&amp;Onderdeel</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Uitslag</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Skill</source>
        <translation>&amp;Vaardigheid</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;To route</source>
        <translation>&amp;Naar leerroute</translation>
    </message>
    <message>
        <source>(KNM or not applicable)</source>
        <translation>(KNM of niet van toepassing)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Besloten &amp;op</translation>
    </message>
    <message>
        <source>Done &amp;on</source>
        <translation>Gedaan &amp;op</translation>
    </message>
    <message>
        <source>E&amp;vidence (document, certificate)</source>
        <translation>&amp;Bewijs (document, certificaat)</translation>
    </message>
    <message>
        <source>Exam &amp;date</source>
        <translation>Examen&amp;datum</translation>
    </message>
    <message>
        <source>Final interview &amp;on</source>
        <translation>Eindgesprek &amp;op</translation>
    </message>
    <message>
        <source>Granted &amp;on</source>
        <translation>Verleend &amp;op</translation>
    </message>
    <message>
        <source>Lowered &amp;on</source>
        <translation>Afgeschaald &amp;op</translation>
    </message>
    <message>
        <source>Part of the obligation</source>
        <translation>Onderdeel van de inburgeringsplicht</translation>
    </message>
    <message>
        <source>Partici&amp;pation hours</source>
        <translation>Partici&amp;patie-uren</translation>
    </message>
    <message>
        <source>Re&amp;quested on</source>
        <translation>&amp;Aangevraagd op</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Getekend &amp;op</translation>
    </message>
    <message>
        <source>Started &amp;on</source>
        <translation>Gestart &amp;op</translation>
    </message>
    <message>
        <source>Switched &amp;on</source>
        <translation>Geschakeld &amp;op</translation>
    </message>
    <message>
        <source>Term &amp;starts</source>
        <translation>Termijn &amp;begint</translation>
    </message>
    <message>
        <source>The part could not be saved. Nothing was lost; try again.</source>
        <translation>Het onderdeel kon niet worden opgeslagen. Er is niets verloren; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This fact comes from the office (DUO or the municipality) and is read-only.</source>
        <translation>Dit gegeven komt van de afdeling (DUO of de gemeente) en is alleen-lezen.</translation>
    </message>
</context>
<context>
    <name>Obligations</name>
    <message>
        <source>A date is not valid (use dd-mm-yyyy).</source>
        <translation>Een datum is niet geldig (gebruik dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>An exam result needs the date of the exam.</source>
        <translation>Een examenuitslag heeft de datum van het examen nodig.</translation>
    </message>
    <message>
        <source>An extension lasts 1 to 60 months.</source>
        <translation>Een verlenging duurt 1 tot 60 maanden.</translation>
    </message>
    <message>
        <source>B1 route</source>
        <translation>B1-route</translation>
    </message>
    <message>
        <source>Bridging programme (taalschakeltraject)</source>
        <translation>Taalschakeltraject</translation>
    </message>
    <message>
        <source>Bridging programme completed</source>
        <translation>Taalschakeltraject afgerond</translation>
    </message>
    <message>
        <source>Choose a level: A1, A2, B1 or B2.</source>
        <translation>Kies een niveau: A1, A2, B1 of B2.</translation>
    </message>
    <message>
        <source>Choose the new route (different from the old).</source>
        <translation>Kies de nieuwe leerroute (anders dan de oude).</translation>
    </message>
    <message>
        <source>Choose the skill or the level of the exam.</source>
        <translation>Kies de vaardigheid of het niveau van het examen.</translation>
    </message>
    <message>
        <source>Choose what kind of part this is.</source>
        <translation>Kies wat voor onderdeel dit is.</translation>
    </message>
    <message>
        <source>Course hours (NT2 + KNM)</source>
        <translation>Lesuren (NT2 + KNM)</translation>
    </message>
    <message>
        <source>Education route</source>
        <translation>Onderwijsroute</translation>
    </message>
    <message>
        <source>Exemption (ontheffing)</source>
        <translation>Ontheffing</translation>
    </message>
    <message>
        <source>Extension of the term</source>
        <translation>Verlenging van de termijn</translation>
    </message>
    <message>
        <source>Final interview held</source>
        <translation>Eindgesprek gehouden</translation>
    </message>
    <message>
        <source>Hours must be between 0 and 5000.</source>
        <translation>Het aantal uren ligt tussen 0 en 5000.</translation>
    </message>
    <message>
        <source>KNM done</source>
        <translation>KNM behaald</translation>
    </message>
    <message>
        <source>Knowledge of Dutch society (KNM)</source>
        <translation>Kennis van de Nederlandse Maatschappij (KNM)</translation>
    </message>
    <message>
        <source>Labour market module (MAP): final interview</source>
        <translation>Module Arbeidsmarkt en Participatie (MAP): eindgesprek</translation>
    </message>
    <message>
        <source>Language exam</source>
        <translation>Taalexamen</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Luisteren</translation>
    </message>
    <message>
        <source>Lowering B1 to A2</source>
        <translation>Afschalen van B1 naar A2</translation>
    </message>
    <message>
        <source>Lowering to A2 is only possible in the B1 route.</source>
        <translation>Afschalen naar A2 kan alleen in de B1-route.</translation>
    </message>
    <message>
        <source>Lowering to A2 needs at least 600 hours of NT2 lessons (Besluit art. 5.5).</source>
        <translation>Afschalen naar A2 vraagt minstens 600 uur NT2-les (Besluit art. 5.5).</translation>
    </message>
    <message>
        <source>MAP final interview held</source>
        <translation>MAP-eindgesprek gehouden</translation>
    </message>
    <message>
        <source>PVT signed</source>
        <translation>PVT getekend</translation>
    </message>
    <message>
        <source>Participation hours</source>
        <translation>Participatie-uren</translation>
    </message>
    <message>
        <source>Participation statement (PVT)</source>
        <translation>Participatieverklaringstraject (PVT)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <source>Route switch</source>
        <translation>Schakelen van leerroute</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Spreken</translation>
    </message>
    <message>
        <source>Term dates from the office</source>
        <translation>Termijndata van de afdeling</translation>
    </message>
    <message>
        <source>The decision date is before the request date.</source>
        <translation>De besluitdatum ligt voor de aanvraagdatum.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt voor de begindatum.</translation>
    </message>
    <message>
        <source>This date is in the future: record it once it has happened.</source>
        <translation>Deze datum ligt in de toekomst: leg het vast als het gebeurd is.</translation>
    </message>
    <message>
        <source>This fact comes from the office and cannot be changed here.</source>
        <translation>Dit gegeven komt van de afdeling en kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>This switch is after the 18-month switch window.</source>
        <translation>Deze schakeling valt na het schakelvenster van 18 maanden.</translation>
    </message>
    <message>
        <source>Write down the reason.</source>
        <translation>Schrijf de reden op.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>Z route</source>
        <translation>Z-route</translation>
    </message>
    <message>
        <source>Z-route final interview</source>
        <translation>Eindgesprek Z-route</translation>
    </message>
    <message>
        <source>Z-route hours</source>
        <translation>Uren Z-route</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>verleend</translation>
    </message>
    <message>
        <source>no result yet</source>
        <translation>nog geen uitslag</translation>
    </message>
    <message>
        <source>no route yet</source>
        <translation>nog geen leerroute</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>niet behaald</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>behaald</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>aangevraagd</translation>
    </message>
    <message>
        <source>Exam {skill} ({level})</source>
        <translation>Examen {skill} ({level})</translation>
    </message>
    <message>
        <source>from {old} to {new}</source>
        <translation>van {old} naar {new}</translation>
    </message>
    <message>
        <source>{course} course hours, {part} participation hours</source>
        <translation>{course} lesuren, {part} participatie-uren</translation>
    </message>
    <message>
        <source>{n} hours of NT2 lessons</source>
        <translation>{n} uur NT2-les</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} maanden</translation>
    </message>
    <message>
        <source>An extension longer than 12 months (or 36 in total) was recorded; the term counts with the maximum. Check the extension with the office.</source>
        <translation>Er is een verlenging van meer dan 12 maanden (of meer dan 36 in totaal) vastgelegd; de termijn rekent met het maximum. Controleer de verlenging bij de afdeling.</translation>
    </message>
    <message>
        <source>More than one extension in the same period: only one counts (the longest). Check with the office.</source>
        <translation>Meer dan één verlenging in dezelfde periode: er telt er maar één (de langste). Controleer dit bij de afdeling.</translation>
    </message>
    <message>
        <source>A negative extension was recorded and is ignored.</source>
        <translation>Er is een negatieve verlenging vastgelegd; die wordt genegeerd.</translation>
    </message>
    <message>
        <source>The first PIP was dated after its deadline.</source>
        <translation>Het eerste PIP is gedateerd na de uiterste datum.</translation>
    </message>
    <message>
        <source>Third-party information is dated before DUO's notice; the regular deadline applies.</source>
        <translation>De informatie van derden is gedateerd vóór de kennisgeving van DUO; de gewone termijn geldt.</translation>
    </message>
    <message>
        <source>The current PIP is dated before the first PIP.</source>
        <translation>Het huidige PIP is gedateerd vóór het eerste PIP.</translation>
    </message>
</context>
<context>
    <name>ObligationsScreen</name>
    <message>
        <source>&amp;Add part…</source>
        <translation>Onderdeel &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Open part…</source>
        <translation>Onderdeel &amp;openen…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Exemption granted: nothing more is required.</source>
        <translation>Ontheffing verleend: er wordt niets meer gevraagd.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Recorded parts</source>
        <translation>Vastgelegde onderdelen</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Eis</translation>
    </message>
    <message>
        <source>Requirements: done and open</source>
        <translation>Eisen: gedaan en open</translation>
    </message>
    <message>
        <source>Route: {route}</source>
        <translation>Leerroute: {route}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Switch window closed on {date} (switching was optional)</source>
        <translation>Schakelvenster gesloten op {date} (schakelen was optioneel)</translation>
    </message>
    <message>
        <source>Switch window open until {date}</source>
        <translation>Schakelvenster open tot en met {date}</translation>
    </message>
    <message>
        <source>Switch window: 18 months from the start of the term</source>
        <translation>Schakelvenster: 18 maanden vanaf de start van de termijn</translation>
    </message>
    <message>
        <source>Term and parts of the obligation</source>
        <translation>Termijn en onderdelen van de inburgeringsplicht</translation>
    </message>
    <message>
        <source>Term as a timeline</source>
        <translation>Termijn als tijdlijn</translation>
    </message>
    <message>
        <source>Term: starts the day after the first PIP is dated</source>
        <translation>Termijn: begint de dag na de dagtekening van het eerste PIP</translation>
    </message>
    <message>
        <source>Term: {start} to {end} ({left})</source>
        <translation>Termijn: {start} tot en met {end} ({left})</translation>
    </message>
    <message>
        <source>The parts could not be loaded. Try again.</source>
        <translation>De onderdelen konden niet worden geladen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>done on {date}</source>
        <translation>gedaan op {date}</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>afgelopen</translation>
    </message>
    <message>
        <source>language level</source>
        <translation>taalniveau</translation>
    </message>
    <message>
        <source>office (read-only)</source>
        <translation>afdeling (alleen lezen)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>deze laptop</translation>
    </message>
    <message>
        <source>{done} of {n} requirement done</source>
        <translation>{done} van {n} eis gedaan</translation>
    </message>
    <message>
        <source>{done} of {n} requirements done</source>
        <translation>{done} van {n} eisen gedaan</translation>
    </message>
    <message>
        <source>{n} day left</source>
        <translation>nog {n} dag</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>nog {n} dagen</translation>
    </message>
    <message>
        <source>{n} of {target} hours</source>
        <translation>{n} van {target} uur</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>&amp;Export for the regie meeting…</source>
        <translation>&amp;Exporteren voor het regieoverleg…</translation>
    </message>
    <message>
        <source>1–2 open</source>
        <translation>1–2 open</translation>
    </message>
    <message>
        <source>3 or more open</source>
        <translation>3 of meer open</translation>
    </message>
    <message>
        <source>Caseload overview</source>
        <translation>Overzicht klantenbestand</translation>
    </message>
    <message>
        <source>Clients per phase</source>
        <translation>Klanten per fase</translation>
    </message>
    <message>
        <source>Days from notice to first PIP</source>
        <translation>Dagen van kennisgeving tot eerste PIP</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>Termijn verstreken</translation>
    </message>
    <message>
        <source>No clients.</source>
        <translation>Geen klanten.</translation>
    </message>
    <message>
        <source>Route of the first PIPs per quarter</source>
        <translation>Leerroute van de eerste PIP's per kwartaal</translation>
    </message>
    <message>
        <source>Term end and requirements open</source>
        <translation>Einde termijn en openstaande eisen</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>alles gedaan</translation>
    </message>
    <message>
        <source>ends in {lo}–{hi} months</source>
        <translation>eindigt over {lo}–{hi} maanden</translation>
    </message>
    <message>
        <source>ends in {n}+ months</source>
        <translation>eindigt over {n}+ maanden</translation>
    </message>
    <message>
        <source>more than {n} days</source>
        <translation>meer dan {n} dagen</translation>
    </message>
    <message>
        <source>term ended</source>
        <translation>termijn verstreken</translation>
    </message>
    <message>
        <source>{caption}: {n} client</source>
        <translation>{caption}: {n} klant</translation>
    </message>
    <message>
        <source>{caption}: {n} clients</source>
        <translation>{caption}: {n} klanten</translation>
    </message>
    <message>
        <source>{lo}–{hi} days</source>
        <translation>{lo}–{hi} dagen</translation>
    </message>
    <message>
        <source>{name} — {kind} {date} — {late}</source>
        <translation>{name} — {kind} {date} — {late}</translation>
    </message>
    <message>
        <source>{year} Q{q}</source>
        <translation>{year} K{q}</translation>
    </message>
</context>
<context>
    <name>OverviewTiles</name>
    <message>
        <source>Active clients (A)</source>
        <translation>Actieve klanten (A)</translation>
    </message>
    <message>
        <source>B1 route (K)</source>
        <translation>B1-route (K)</translation>
    </message>
    <message>
        <source>Brede intake and LBT</source>
        <translation>Brede intake en LBT</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Klantenbestand</translation>
    </message>
    <message>
        <source>Deadline passed (PIP or term)</source>
        <translation>Termijn verstreken (PIP of inburgering)</translation>
    </message>
    <message>
        <source>Education route (K)</source>
        <translation>Onderwijsroute (K)</translation>
    </message>
    <message>
        <source>First PIPs, last 30 days (E)</source>
        <translation>Eerste PIP's, laatste 30 dagen (E)</translation>
    </message>
    <message>
        <source>Intake started (I)</source>
        <translation>Brede intake gestart (I)</translation>
    </message>
    <message>
        <source>Interested in volunteering (R)</source>
        <translation>Interesse in vrijwilligerswerk (R)</translation>
    </message>
    <message>
        <source>KNM done (O)</source>
        <translation>KNM behaald (O)</translation>
    </message>
    <message>
        <source>LBT done (J)</source>
        <translation>LBT afgenomen (J)</translation>
    </message>
    <message>
        <source>LBT not yet done (J)</source>
        <translation>LBT nog niet afgenomen (J)</translation>
    </message>
    <message>
        <source>LBT planned (J)</source>
        <translation>LBT gepland (J)</translation>
    </message>
    <message>
        <source>LBT skipped: sensory impairment (J)</source>
        <translation>LBT overgeslagen: zintuiglijke beperking (J)</translation>
    </message>
    <message>
        <source>Language part done (O)</source>
        <translation>Taaldeel afgerond (O)</translation>
    </message>
    <message>
        <source>Lowered B1 to A2 (K)</source>
        <translation>Afgeschaald van B1 naar A2 (K)</translation>
    </message>
    <message>
        <source>MAP final interview held (O)</source>
        <translation>MAP-eindgesprek gehouden (O)</translation>
    </message>
    <message>
        <source>Median days from obligation to intake (I)</source>
        <translation>Mediaan dagen van start plicht tot brede intake (I)</translation>
    </message>
    <message>
        <source>On time, of all PIPs made or due</source>
        <translation>Op tijd, van alle gemaakte of verlopen PIP's</translation>
    </message>
    <message>
        <source>Ontzorgen ends within 30 days (P)</source>
        <translation>Ontzorgen stopt binnen 30 dagen (P)</translation>
    </message>
    <message>
        <source>PIP deadline</source>
        <translation>PIP-termijn</translation>
    </message>
    <message>
        <source>PIP deadline within 14 days (H)</source>
        <translation>PIP-termijn binnen 14 dagen (H)</translation>
    </message>
    <message>
        <source>PIP with an extension (D)</source>
        <translation>PIP met verlenging (D)</translation>
    </message>
    <message>
        <source>PIP, no extension (C)</source>
        <translation>PIP, geen verlenging (C)</translation>
    </message>
    <message>
        <source>PIPs after 10 weeks (G)</source>
        <translation>PIP's na 10 weken (G)</translation>
    </message>
    <message>
        <source>PIPs within 10 weeks (F)</source>
        <translation>PIP's binnen 10 weken (F)</translation>
    </message>
    <message>
        <source>PVT signed (O)</source>
        <translation>PVT getekend (O)</translation>
    </message>
    <message>
        <source>Press Enter to list the clients behind this number.</source>
        <translation>Druk op Enter om de klanten achter dit getal te tonen.</translation>
    </message>
    <message>
        <source>Progress talk overdue (Q)</source>
        <translation>Voortgangsgesprek te laat (Q)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Route differs from the LBT (L)</source>
        <translation>Leerroute wijkt af van de LBT (L)</translation>
    </message>
    <message>
        <source>Studying: bridging programme (R)</source>
        <translation>Studeert: taalschakeltraject (R)</translation>
    </message>
    <message>
        <source>Support and participation</source>
        <translation>Ondersteuning en participatie</translation>
    </message>
    <message>
        <source>Switch window closes within 60 days (M)</source>
        <translation>Schakelvenster sluit binnen 60 dagen (M)</translation>
    </message>
    <message>
        <source>Switched route (K)</source>
        <translation>Geschakeld van leerroute (K)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Inburgeringstermijn</translation>
    </message>
    <message>
        <source>Term ends within 6 months, parts open (N)</source>
        <translation>Termijn eindigt binnen 6 maanden, onderdelen open (N)</translation>
    </message>
    <message>
        <source>Without a PIP yet (B)</source>
        <translation>Zonder PIP (B)</translation>
    </message>
    <message>
        <source>Working (R)</source>
        <translation>Werkt (R)</translation>
    </message>
    <message>
        <source>Z route (K)</source>
        <translation>Z-route (K)</translation>
    </message>
    <message>
        <source>Of which with written reasons (L)</source>
        <translation>Waarvan met onderbouwing (L)</translation>
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
    <name>RegieExportDialog</name>
    <message>
        <source>&amp;Choose a folder and export…</source>
        <translation>&amp;Map kiezen en exporteren…</translation>
    </message>
    <message>
        <source>&amp;Export with personal data</source>
        <translation>&amp;Exporteren met persoonsgegevens</translation>
    </message>
    <message>
        <source>Also a per-client &amp;list (contains personal data)</source>
        <translation>Ook een &amp;lijst per klant (bevat persoonsgegevens)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose a folder for the export</source>
        <translation>Kies een map voor de export</translation>
    </message>
    <message>
        <source>Export for the regie meeting</source>
        <translation>Exporteren voor het regieoverleg</translation>
    </message>
    <message>
        <source>Export the caseload indicators</source>
        <translation>De indicatoren van het klantenbestand exporteren</translation>
    </message>
    <message>
        <source>One-page &amp;PDF</source>
        <translation>&amp;Pdf van één pagina</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>The export could not be saved. Try another folder.</source>
        <translation>De export kon niet worden opgeslagen. Probeer een andere map.</translation>
    </message>
    <message>
        <source>The export holds the indicators A to R as numbers and shares: no names, no BSN, no dates of a person. You can share it with the chain partners.</source>
        <translation>De export bevat de indicatoren A tot en met R als aantallen en percentages: geen namen, geen BSN, geen data van een persoon. U kunt hem delen met de ketenpartners.</translation>
    </message>
    <message>
        <source>The files will not be encrypted</source>
        <translation>De bestanden worden niet versleuteld</translation>
    </message>
    <message>
        <source>The per-client list contains personal data. A file is stored without the protection of this app. Save it only on an encrypted drive or the municipality's network folder, share it only inside the municipality, and delete it when you no longer need it.</source>
        <translation>De lijst per klant bevat persoonsgegevens. Een bestand wordt opgeslagen zonder de beveiliging van deze app. Sla het alleen op een versleutelde schijf of de netwerkmap van de gemeente op, deel het alleen binnen de gemeente en verwijder het als u het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>The per-client list holds names, phases and deadlines. Do not share it outside the municipality.</source>
        <translation>De lijst per klant bevat namen, fasen en termijnen. Deel hem niet buiten de gemeente.</translation>
    </message>
    <message>
        <source>This folder cannot be written to (no permission, or it does not exist). Choose another folder; nothing was saved.</source>
        <translation>In deze map kan niet worden geschreven (geen toestemming, of de map bestaat niet). Kies een andere map; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Workbook (.&amp;xlsx)</source>
        <translation>Werkmap (.&amp;xlsx)</translation>
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
