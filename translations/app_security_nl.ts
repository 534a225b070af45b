<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>SecurityMessages</name>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>memory</source>
      <translation>geheugen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>number of passes</source>
      <translation>aantal rondes</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>parallelism</source>
      <translation>parallellisme</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>salt</source>
      <translation>zout</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>format</source>
      <translation>opmaak</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>Key file changed</source>
      <translation>Sleutelbestand gewijzigd</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>Recovery key not trusted</source>
      <translation>Herstelsleutel niet vertrouwd</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>The key settings of the data file are invalid ({part}); the file was probably changed by someone else. This was not counted as a wrong passphrase. Your data is still encrypted on this laptop. Contact IT: they can recover access with the municipality's recovery key.</source>
      <translation>De sleutelinstellingen van het gegevensbestand zijn ongeldig ({part}); waarschijnlijk heeft iemand anders het bestand gewijzigd. Dit telt niet als een onjuist wachtwoord. Uw gegevens staan nog steeds versleuteld op deze laptop. Neem contact op met IT: zij kunnen de toegang herstellen met de herstelsleutel van de gemeente.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>Your passphrase is correct, but the key file was changed after it was written (this is not a wrong passphrase and was not counted as one). Your data is still encrypted on this laptop. Contact IT: they can recover access with the municipality's recovery key.</source>
      <translation>Uw wachtwoord is juist, maar het sleutelbestand is gewijzigd nadat het was opgeslagen (dit is geen onjuist wachtwoord en telt ook niet zo). Uw gegevens staan nog steeds versleuteld op deze laptop. Neem contact op met IT: zij kunnen de toegang herstellen met de herstelsleutel van de gemeente.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>The recovery key on this laptop is not signed by your municipality's IT, so it was not used. Nothing was changed. Ask IT for the signed recovery key.</source>
      <translation>De herstelsleutel op deze laptop is niet ondertekend door de IT-afdeling van uw gemeente en is daarom niet gebruikt. Er is niets veranderd. Vraag IT om de ondertekende herstelsleutel.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>This data file is older than the last one this laptop saw: it may have been replaced by an older copy. Changes made after that copy are not in it. Do not continue working before you have contacted IT.</source>
      <translation>Dit gegevensbestand is ouder dan het laatste dat deze laptop heeft gezien: het is mogelijk vervangen door een oudere kopie. Wijzigingen van na die kopie staan er niet in. Werk niet verder voordat u contact hebt opgenomen met IT.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>Items are missing from the data file or were put back from an older copy. Everything that is still there opened normally. Contact IT before you continue; IT can accept the current state once they have looked at it.</source>
      <translation>Er ontbreken onderdelen in het gegevensbestand of ze zijn teruggezet uit een oudere kopie. Alles wat er nog staat, is gewoon geopend. Neem contact op met IT voordat u verdergaat; IT kan de huidige toestand accepteren nadat zij ernaar hebben gekeken.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>The BSN search index was changed outside Huisbezoek; it was rebuilt from the encrypted data. Nothing was lost.</source>
      <translation>De zoekindex voor BSN's is buiten Huisbezoek gewijzigd; hij is opnieuw opgebouwd uit de versleutelde gegevens. Er is niets verloren gegaan.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>Data file check</source>
      <translation>Controle van het gegevensbestand</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/ui/dialogs/security_messages.py" />
      <source>%n item(s) in the data file were changed outside Huisbezoek and cannot be trusted; they are not shown and not sent. Everything else opened normally.</source>
      <translation>
        <numerusform>%n onderdeel in het gegevensbestand is buiten Huisbezoek gewijzigd en kan niet worden vertrouwd; het wordt niet getoond en niet verzonden. Al het andere is gewoon geopend.</numerusform>
        <numerusform>%n onderdelen in het gegevensbestand zijn buiten Huisbezoek gewijzigd en kunnen niet worden vertrouwd; ze worden niet getoond en niet verzonden. Al het andere is gewoon geopend.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsScreen</name>
    <message>
      <location filename="../app/ui/screens/settings.py" />
      <source>The recovery key on this laptop cannot be verified. Ask IT to apply the signed recovery key again.</source>
      <translation>De herstelsleutel op deze laptop kan niet worden gecontroleerd. Vraag IT de ondertekende herstelsleutel opnieuw in te stellen.</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" />
      <source>Device key</source>
      <translation>Apparaatsleutel</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" />
      <source>On: the data file can only be opened on this laptop with your passphrase.</source>
      <translation>Aan: het gegevensbestand kan alleen op deze laptop met uw wachtwoord worden geopend.</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" />
      <source>Not used by this data file (it was set up without one). The passphrase alone protects it.</source>
      <translation>Niet in gebruik voor dit gegevensbestand (het is zonder apparaatsleutel ingericht). Alleen het wachtwoord beschermt het.</translation>
    </message>
    <message>
      <location filename="../app/ui/screens/settings.py" />
      <source>Not available: this computer has no key store. The passphrase alone protects the data file; a copy of the file could be attacked offline.</source>
      <translation>Niet beschikbaar: deze computer heeft geen sleutelopslag. Alleen het wachtwoord beschermt het gegevensbestand; een kopie van het bestand kan offline worden aangevallen.</translation>
    </message>
  </context>
</TS>
