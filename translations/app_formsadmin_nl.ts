<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>FormPreview</name>
    <message>
        <location filename="../app/ui/form_preview.py" line="114"/>
        <source>Preview: %1 (version %2)</source>
        <translation>Voorbeeld: %1 (versie %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/form_preview.py" line="117"/>
        <source>Preview on a temporary vault with a made-up client. Nothing is saved. Texts marked (NL) have no translation yet.</source>
        <translation>Voorbeeld in een tijdelijke kluis met een verzonnen klant. Er wordt niets bewaard. Teksten met (NL) zijn nog niet vertaald.</translation>
    </message>
    <message>
        <location filename="../app/ui/form_preview.py" line="122"/>
        <source>&amp;Language of the client:</source>
        <translation>&amp;Taal van de klant:</translation>
    </message>
    <message>
        <location filename="../app/ui/form_preview.py" line="123"/>
        <source>&amp;Self-fill view (what the client sees)</source>
        <translation>&amp;Zelf invullen (wat de klant ziet)</translation>
    </message>
    <message>
        <location filename="../app/ui/form_preview.py" line="124"/>
        <source>Language of the client</source>
        <translation>Taal van de klant</translation>
    </message>
    <message>
        <location filename="../app/ui/form_preview.py" line="125"/>
        <source>Self-fill view</source>
        <translation>Weergave zelf invullen</translation>
    </message>
</context>
</TS>
