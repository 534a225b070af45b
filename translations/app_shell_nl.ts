<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="92"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="92"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="92"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="92"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="115"/>
        <source>viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="115"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="116"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="116"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="117"/>
        <source>removed for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="117"/>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="118"/>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="118"/>
        <source>sent to the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="123"/>
        <source>client details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="123"/>
        <source>intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="124"/>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="124"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="125"/>
        <source>PIP draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="43"/>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="44"/>
        <source>intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="45"/>
        <source>PIP draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="46"/>
        <source>PIP adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="47"/>
        <source>in programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="48"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="54"/>
        <source>B1 route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="55"/>
        <source>education route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="56"/>
        <source>Z route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="57"/>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="63"/>
        <source>asylum status holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="64"/>
        <source>family migrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="65"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="71"/>
        <source>PIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="72"/>
        <source>route switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="73"/>
        <source>end of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="74"/>
        <location filename="../app/ui/models/caseload_model.py" line="79"/>
        <location filename="../app/ui/models/caseload_model.py" line="88"/>
        <location filename="../app/ui/models/caseload_model.py" line="250"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="81"/>
        <source>{n} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="83"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="84"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="228"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="228"/>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="228"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="228"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="228"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="229"/>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/models/caseload_model.py" line="229"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadScreen</name>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="128"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="129"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="130"/>
        <source>Name, BSN or V-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="131"/>
        <source>Search by name, BSN or V-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="132"/>
        <source>All phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="133"/>
        <source>All routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="135"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="136"/>
        <source>Filter by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="137"/>
        <source>Filter by route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="138"/>
        <source>Filter by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="139"/>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="140"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="141"/>
        <source>Show only the &amp;current client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="142"/>
        <source>Show only the current client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="144"/>
        <source>Hides the other clients, for example during a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="145"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/caseload.py" line="196"/>
        <source>{shown} of {total} clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDetailScreen</name>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="224"/>
        <source>Start of the obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="225"/>
        <source>DUO notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="226"/>
        <source>BRP registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="227"/>
        <source>Third-party information received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="228"/>
        <source>COA link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="229"/>
        <source>Start of the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="230"/>
        <source>PIP date (first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="231"/>
        <source>PIP date (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="232"/>
        <source>Extension (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="236"/>
        <source>PIP deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="237"/>
        <source>(provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="238"/>
        <source>Start of the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="239"/>
        <source>Route switch deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="240"/>
        <source>End of the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="241"/>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="243"/>
        <location filename="../app/ui/screens/client_detail.py" line="258"/>
        <location filename="../app/ui/screens/client_detail.py" line="280"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="244"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="255"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="256"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="257"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="257"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="257"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="259"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="260"/>
        <source>V-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="261"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="262"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="263"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="265"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="266"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="267"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="289"/>
        <source>← &amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="290"/>
        <source>Back to the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="291"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="292"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="295"/>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="296"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="297"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="299"/>
        <source>These dates come from the office system and cannot be changed here. The PIP date is legally decisive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="301"/>
        <source>Log of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/client_detail.py" line="302"/>
        <source>Client sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="19"/>
        <source>Wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="21"/>
        <source>Key file damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="23"/>
        <source>Data file damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="25"/>
        <source>Data file missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="26"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="32"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="34"/>
        <source>Too many wrong attempts. Please wait before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="36"/>
        <source>The key file is damaged (this is not a wrong passphrase). Your data is still encrypted on this laptop. Contact IT: they can recover access with the municipality&apos;s recovery key (command: huisbezoek recover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="42"/>
        <source>The device key is missing. Contact IT to recover access with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="44"/>
        <source>The data file is damaged. It was put aside (not deleted). You can restore the most recent backup; changes made after that backup are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="49"/>
        <source>The data file is missing, but this laptop was set up before. A new, empty file will not be created automatically, so no data gets hidden. Restore a backup or contact IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="55"/>
        <source>The data file was made by a newer version of Huisbezoek. Install the newest version; your data has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="60"/>
        <source>Huisbezoek is already open (in another window or for another user). Close the other one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="65"/>
        <source>Huisbezoek cannot write to its data folder. Nothing was lost. Contact IT about the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="70"/>
        <source>The disk is full. Your changes are kept in the window; free up space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="74"/>
        <source>Huisbezoek is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="76"/>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="78"/>
        <source>Recovery failed: this recovery key does not belong to this data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="79"/>
        <source>Something went wrong. Nothing was lost. Try again; if it keeps happening, contact IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="85"/>
        <source>The passphrase must be at least 12 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="87"/>
        <source>This passphrase is too easy to guess. Use a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="89"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="91"/>
        <source>Please enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/error_messages.py" line="92"/>
        <source>This passphrase cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="94"/>
        <source>Welcome to Huisbezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="96"/>
        <source>Huisbezoek keeps your caseload encrypted on this laptop. Choose a passphrase that only you know: without it nobody can read the data, and IT can only restore access with the municipality&apos;s recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="99"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="100"/>
        <source>&amp;Employee number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="101"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="102"/>
        <source>&amp;Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="103"/>
        <source>&amp;Create and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="104"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="105"/>
        <source>Employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="106"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="107"/>
        <source>At least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="108"/>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="109"/>
        <source>Create and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="120"/>
        <source>At least {min} characters, for example four unrelated words. Typed: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/first_run.py" line="140"/>
        <source>Creating the encrypted data file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="185"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="186"/>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="187"/>
        <location filename="../app/ui/main_window.py" line="188"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="189"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="204"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="204"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="206"/>
        <source>Connection unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="206"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="207"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="216"/>
        <source>Last sync: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="218"/>
        <source>Last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaskedBsn</name>
    <message>
        <location filename="../app/ui/widgets/masked_bsn.py" line="69"/>
        <source>Hide BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/masked_bsn.py" line="70"/>
        <source>Show BSN for 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/masked_bsn.py" line="71"/>
        <source>BSN (hidden; press to show for 10 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/masked_bsn.py" line="72"/>
        <source>BSN (shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../app/main.py" line="170"/>
        <location filename="../app/main.py" line="304"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.py" line="171"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.py" line="174"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../app/ui/screens/overview.py" line="132"/>
        <source>Caseload overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="133"/>
        <location filename="../app/ui/screens/overview.py" line="139"/>
        <source>Clients per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="134"/>
        <location filename="../app/ui/screens/overview.py" line="140"/>
        <source>Active clients per route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="135"/>
        <location filename="../app/ui/screens/overview.py" line="141"/>
        <source>Clients per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="136"/>
        <location filename="../app/ui/screens/overview.py" line="142"/>
        <source>First PIPs within 10 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="137"/>
        <location filename="../app/ui/screens/overview.py" line="138"/>
        <source>Overdue deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="148"/>
        <source>Active clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="149"/>
        <source>Without a PIP yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="150"/>
        <source>PIP deadline within 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="152"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="153"/>
        <source>PIPs on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="154"/>
        <source>Median days to PIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="165"/>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="166"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="170"/>
        <source>{name} — {kind} {date} — {n} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/overview.py" line="177"/>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../app/ui/screens/settings.py" line="120"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="121"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="122"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="123"/>
        <source>&amp;Lock after (minutes without use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="124"/>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="125"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="126"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="127"/>
        <source>La&amp;rge text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="128"/>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="129"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="130"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="131"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="134"/>
        <source>No recovery key set. Ask IT: without it a forgotten passphrase means the data on this laptop cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="136"/>
        <source>Recovery key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="137"/>
        <source>C&amp;urrent passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="138"/>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="139"/>
        <source>Re&amp;peat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="140"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="141"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="142"/>
        <source>Repeat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="143"/>
        <source>Change &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="144"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="189"/>
        <source>The current passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/settings.py" line="193"/>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../app/ui/screens/unlock.py" line="107"/>
        <source>Huisbezoek is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/unlock.py" line="110"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/unlock.py" line="111"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/unlock.py" line="112"/>
        <source>&amp;Restore latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/unlock.py" line="113"/>
        <source>Try &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/unlock.py" line="114"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/unlock.py" line="115"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/unlock.py" line="116"/>
        <source>Restore latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/unlock.py" line="117"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/unlock.py" line="119"/>
        <source>Demo mode. The passphrase is: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/unlock.py" line="149"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/screens/unlock.py" line="193"/>
        <source>You can try again in {s} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
