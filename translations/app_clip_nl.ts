<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>SecureClipboard</name>
    <message>
        <location filename="../app/ui/clipboard.py" line="324"/>
        <source>Copying is disabled for this field</source>
        <translation>Kopiëren is uitgeschakeld voor dit veld</translation>
    </message>
    <message>
        <location filename="../app/ui/clipboard.py" line="362"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../app/ui/clipboard.py" line="366"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
</context>
</TS>
