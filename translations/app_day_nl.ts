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
    <name>VisitTimelineModel</name>
    <message>
        <source>{n} card</source>
        <translation>{n} kaart</translation>
    </message>
</context>
</TS>
