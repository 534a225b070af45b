<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="48"/>
        <location filename="../app/ui/models/documents_model.py" line="71"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="49"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="51"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="52"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="55"/>
        <source>At the office ({n})</source>
        <translation>Bij de gemeente ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="56"/>
        <source>Sent from this laptop ({n})</source>
        <translation>Verzonden vanaf deze laptop ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="57"/>
        <source>PIP draft versions ({n})</source>
        <translation>Versies van het PIP-concept ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="58"/>
        <source>Brede Intake drafts ({n})</source>
        <translation>Concepten Brede Intake ({n})</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="61"/>
        <source>Nothing fetched from the office yet. Synchronise to see it.</source>
        <translation>Nog niets opgehaald bij de gemeente. Synchroniseer om het te zien.</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="63"/>
        <source>Nothing to send for this client.</source>
        <translation>Niets te verzenden voor deze klant.</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="64"/>
        <source>No PIP draft yet.</source>
        <translation>Nog geen PIP-concept.</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="65"/>
        <source>No Brede Intake started yet.</source>
        <translation>Nog geen Brede Intake gestart.</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="68"/>
        <location filename="../app/ui/models/documents_model.py" line="114"/>
        <source>Brede Intake</source>
        <translation>Brede Intake</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="69"/>
        <source>PIP</source>
        <translation>PIP</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="70"/>
        <source>Visit report</source>
        <translation>Gespreksverslag</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="72"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="73"/>
        <source>Intake draft</source>
        <translation>Intakeconcept</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="113"/>
        <source>PIP draft</source>
        <translation>PIP-concept</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="76"/>
        <source>new document</source>
        <translation>nieuw document</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="77"/>
        <source>new version</source>
        <translation>nieuwe versie</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="78"/>
        <source>link to the case</source>
        <translation>koppeling aan de zaak</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="82"/>
        <source>being worked on</source>
        <translation>in bewerking</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="83"/>
        <source>awaiting approval</source>
        <translation>ter vaststelling</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="84"/>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="85"/>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="87"/>
        <source>waiting for synchronisation</source>
        <translation>wacht op synchronisatie</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="88"/>
        <source>being sent</source>
        <translation>wordt verzonden</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="89"/>
        <source>waiting for synchronisation (will retry)</source>
        <translation>wacht op synchronisatie (nieuwe poging volgt)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="90"/>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="91"/>
        <source>problem: {reason}</source>
        <translation>probleem: {reason}</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="93"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="94"/>
        <source>printed (fixed)</source>
        <translation>afgedrukt (vastgelegd)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="95"/>
        <source>saved as PDF (fixed)</source>
        <translation>opgeslagen als pdf (vastgelegd)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="96"/>
        <source>closed after the visit (fixed)</source>
        <translation>gesloten na het bezoek (vastgelegd)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="97"/>
        <source>kept after a conflict (fixed)</source>
        <translation>bewaard na een conflict (vastgelegd)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="98"/>
        <source>fixed</source>
        <translation>vastgelegd</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="100"/>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="101"/>
        <source>finished</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="104"/>
        <source>File: {value}</source>
        <translation>Bestand: {value}</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="105"/>
        <source>Format: {value}</source>
        <translation>Formaat: {value}</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="106"/>
        <source>Language: {value}</source>
        <translation>Taal: {value}</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="107"/>
        <source>Number at the office: {value}</source>
        <translation>Nummer bij de gemeente: {value}</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="108"/>
        <source>Answers: {value}</source>
        <translation>Antwoorden: {value}</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="109"/>
        <source>Attempts: {value}</source>
        <translation>Pogingen: {value}</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="110"/>
        <source>Note: {value}</source>
        <translation>Opmerking: {value}</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="112"/>
        <source>form version {v}</source>
        <translation>formulierversie {v}</translation>
    </message>
    <message>
        <location filename="../app/ui/models/documents_model.py" line="115"/>
        <source>(no title)</source>
        <translation>(zonder titel)</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <location filename="../app/ui/screens/documents.py" line="55"/>
        <source>registered</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="56"/>
        <source>Brede Intake completed</source>
        <translation>Brede Intake afgerond</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="57"/>
        <source>PIP in preparation</source>
        <translation>PIP in voorbereiding</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="58"/>
        <source>PIP adopted</source>
        <translation>PIP vastgesteld</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="59"/>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="142"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="143"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="144"/>
        <source>Refresh the document list</source>
        <translation>Documentenlijst vernieuwen</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="145"/>
        <source>Read the documents again (F5)</source>
        <translation>De documenten opnieuw inlezen (F5)</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="146"/>
        <source>Documents of this client</source>
        <translation>Documenten van deze klant</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="148"/>
        <source>Grouped by: at the office, sent from this laptop, PIP draft versions and Brede Intake drafts. Use the arrow keys to move; details appear below.</source>
        <translation>Gegroepeerd: bij de gemeente, verzonden vanaf deze laptop, versies van het PIP-concept en concepten Brede Intake. Gebruik de pijltjestoetsen; de details staan eronder.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="150"/>
        <source>Details of the selected document</source>
        <translation>Details van het gekozen document</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="151"/>
        <source>Select a document to see its details.</source>
        <translation>Kies een document om de details te zien.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="164"/>
        <source>This client&apos;s case has not been fetched from the office yet.</source>
        <translation>De zaak van deze klant is nog niet opgehaald bij de gemeente.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="167"/>
        <source>Case {number}</source>
        <translation>Zaak {number}</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="175"/>
        <source>status: {status} since {date}</source>
        <translation>status: {status} sinds {date}</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="179"/>
        <source>fetched from the office on {date}</source>
        <translation>opgehaald bij de gemeente op {date}</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/documents.py" line="202"/>
        <source>The documents could not be read. Try again.</source>
        <translation>De documenten konden niet worden gelezen. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>IntakeProgressWidget</name>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="209"/>
        <location filename="../app/ui/widgets/intake_progress.py" line="212"/>
        <source>Brede Intake progress</source>
        <translation>Voortgang Brede Intake</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="210"/>
        <source>Open &amp;intake</source>
        <translation>&amp;Intake openen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="211"/>
        <source>Open the Brede Intake of this client</source>
        <translation>De Brede Intake van deze klant openen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="215"/>
        <source>Not started yet</source>
        <translation>Nog niet gestart</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="217"/>
        <source>Last edited {when}</source>
        <translation>Laatst bewerkt {when}</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="219"/>
        <source>finished</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="220"/>
        <source>form version {v}</source>
        <translation>formulierversie {v}</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="222"/>
        <source>this form version is not available on this laptop</source>
        <translation>deze formulierversie is niet beschikbaar op deze laptop</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="238"/>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="239"/>
        <source>{section}: not applicable</source>
        <translation>{section}: niet van toepassing</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="242"/>
        <source>{n} answered</source>
        <translation>{n} beantwoord</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="243"/>
        <source>{section}: {n} questions answered, none required</source>
        <translation>{section}: {n} vragen beantwoord, geen verplicht</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="246"/>
        <source>no required questions</source>
        <translation>geen verplichte vragen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="247"/>
        <source>{section}: no required questions</source>
        <translation>{section}: geen verplichte vragen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="249"/>
        <source>{answered} of {total}</source>
        <translation>{answered} van {total}</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/intake_progress.py" line="250"/>
        <source>{section}: {answered} of {total} required questions answered</source>
        <translation>{section}: {answered} van {total} verplichte vragen beantwoord</translation>
    </message>
</context>
</TS>
