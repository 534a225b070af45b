<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>SyncPanel</name>
    <message numerus="yes">
        <location filename="../app/ui/screens/sync_panel.py" line="276" />
        <source>%n client(s) have office data that could not be used; see the client page.</source>
        <translation>
            <numerusform>%n cliënt heeft gegevens van de gemeente die niet gebruikt konden worden; zie de cliëntpagina.</numerusform>
            <numerusform>%n cliënten hebben gegevens van de gemeente die niet gebruikt konden worden; zie de cliëntpagina.</numerusform>
        </translation>
    </message>
  <message>
      <source>New questionnaire version installed: {names}.</source>
      <translation>Nieuwe versie van de vragenlijst geïnstalleerd: {names}.</translation>
    </message>
    <message>
      <source>A questionnaire version from IT was refused: {reason}</source>
      <translation>Een versie van de vragenlijst van IT is geweigerd: {reason}</translation>
    </message>
  </context>
</TS>
