<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>HandoverDialog</name>
    <message>
        <source>The client &amp;will see</source>
        <translation>De klant &amp;ziet</translation>
    </message>
    <message>
        <source>What the client will see</source>
        <translation>Wat de klant te zien krijgt</translation>
    </message>
    <message>
        <source>Not shown to the client (klantmanager only):</source>
        <translation>Niet zichtbaar voor de klant (alleen klantmanager):</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation><numerusform>%n vraag</numerusform><numerusform>%n vragen</numerusform></translation>
    </message>
</context>
<context>
    <name>FormPager</name>
    <message>
        <source>&amp;Review the client's answers…</source>
        <translation>Antwoorden van de klant &amp;beoordelen…</translation>
    </message>
    <message>
        <source>Review the client's answers</source>
        <translation>Antwoorden van de klant beoordelen</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) from the client still to review: not sent to the office until you accept or correct them.</source>
        <translation><numerusform>%n antwoord van de klant nog te beoordelen: gaat pas naar kantoor als u het accepteert of verbetert.</numerusform><numerusform>%n antwoorden van de klant nog te beoordelen: gaan pas naar kantoor als u ze accepteert of verbetert.</numerusform></translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Add another</source>
        <translation>Nog een toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>This answer can be at most {n} characters long; the rest was left out.</source>
        <translation>Dit antwoord mag hoogstens {n} tekens lang zijn; de rest is weggelaten.</translation>
    </message>
    <message>
        <source>Answer from the client: still to review (accept or correct)</source>
        <translation>Antwoord van de klant: nog beoordelen (accepteren of verbeteren)</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message numerus="yes">
        <source>Spoken answers (%n): play them with the interpreter, write the answer down, then the recording is deleted.</source>
        <translation><numerusform>Ingesproken antwoord (%n): beluister het met de tolk en schrijf het antwoord op; daarna wordt de opname gewist.</numerusform><numerusform>Ingesproken antwoorden (%n): beluister ze met de tolk en schrijf de antwoorden op; daarna worden de opnames gewist.</numerusform></translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <source>Write down…</source>
        <translation>Opschrijven…</translation>
    </message>
    <message>
        <source>Delete recording</source>
        <translation>Opname wissen</translation>
    </message>
    <message>
        <source>Play the spoken answer</source>
        <translation>Het ingesproken antwoord afspelen</translation>
    </message>
    <message>
        <source>Write the spoken answer down</source>
        <translation>Het ingesproken antwoord opschrijven</translation>
    </message>
    <message>
        <source>Delete the recording</source>
        <translation>De opname wissen</translation>
    </message>
    <message>
        <source>{question} — {seconds} s in {language}</source>
        <translation>{question} — {seconds} s in het {language}</translation>
    </message>
    <message>
        <source>(cut off by a lock)</source>
        <translation>(afgebroken door vergrendelen)</translation>
    </message>
    <message>
        <source>No sound device found: the recording cannot be played on this laptop.</source>
        <translation>Geen geluidsapparaat gevonden: de opname kan op deze laptop niet worden afgespeeld.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the client's answers</source>
        <translation>Antwoorden van de klant beoordelen</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <source>Conversation card</source>
        <translation>Gesprekskaart</translation>
    </message>
</context>
<context>
    <name>ClipRecorderWindow</name>
    <message>
        <source>Only texts &amp;without a clip</source>
        <translation>Alleen teksten &amp;zonder opname</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <source>Play &amp;clip</source>
        <translation>Opname &amp;afspelen</translation>
    </message>
    <message>
        <source>Play &amp;new take</source>
        <translation>&amp;Nieuwe opname afspelen</translation>
    </message>
    <message>
        <source>&amp;Save take</source>
        <translation>Opname op&amp;slaan</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Markeer als &amp;klaar</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>Vol&amp;gende ▶</translation>
    </message>
    <message>
        <source>S&amp;top recording</source>
        <translation>S&amp;toppen met opnemen</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Opnemen</translation>
    </message>
    <message>
        <source>Every text has a clip.</source>
        <translation>Elke tekst heeft een opname.</translation>
    </message>
    <message>
        <source>Clip recorded and marked done.</source>
        <translation>Opname gemaakt en gemarkeerd als klaar.</translation>
    </message>
    <message>
        <source>Record audio clips — {lang}</source>
        <translation>Geluidsopnames maken — {lang}</translation>
    </message>
    <message>
        <source>Clip recorded, not yet marked done.</source>
        <translation>Opname gemaakt, nog niet gemarkeerd als klaar.</translation>
    </message>
    <message>
        <source>This clip cannot be read: record it again.</source>
        <translation>Deze opname is onleesbaar: neem hem opnieuw op.</translation>
    </message>
    <message>
        <source>The clip is for an older text: record it again.</source>
        <translation>De opname hoort bij een oudere tekst: neem hem opnieuw op.</translation>
    </message>
    <message>
        <source>No clip yet.</source>
        <translation>Nog geen opname.</translation>
    </message>
    <message>
        <source>The microphone was refused. Allow it in the system settings.</source>
        <translation>De microfoon is geweigerd. Sta hem toe in de systeeminstellingen.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>Geen microfoon gevonden.</translation>
    </message>
</context>
</TS>
