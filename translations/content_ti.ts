<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti_ER" sourcelanguage="nl">
<context>
    <name>brede-intake</name>
    <message id="form.title">
        <source>Brede intake inburgering</source>
        <translation type="unfinished">ሰፊሕ መእተዊ ቃለ-መሕትት ንምውህሃድ (brede intake inburgering)</translation>
    </message>
    <message id="section.A.title">
        <source>Administratie en persoonsgegevens</source>
        <translation type="unfinished">ምምሕዳርን ውልቃዊ ሓበሬታን</translation>
    </message>
    <message id="section.A.intro">
        <source>Gegevens over de persoon, het verblijf en dit gesprek. Neem namen en datums over zoals ze in de BRP of op de verblijfsvergunning staan.</source>
        <translation type="unfinished">ብዛዕባ እቲ ሰብ፡ ኩነታት መንበሪኡን እዚ ዘተን ዝምልከት ሓበሬታ። ኣስማትን ዕለታትን ከም ዘለዎ ካብ BRP (መዝገብ ህዝቢ) ወይ ካብ ፍቓድ መንበሪ ቅድሑ።</translation>
    </message>
    <message id="field.info_recht_zonder_partner.info">
        <source>De klant heeft recht op een gesprek zonder partner, familielid of andere persoon erbij. Vertel dit aan het begin van het gesprek. Bied zo nodig een apart gesprek aan.</source>
        <translation type="unfinished">እቲ ዓሚል ብዘይ መጻምድቲ፡ ኣባል ስድራ ወይ ካልእ ሰብ ዘተ ክገብር መሰል ኣለዎ። ነዚ ኣብ መጀመርታ ዘተ ንገርዎ። ኣድላዪ እንተኾይኑ ፍሉይ ዘተ ኣቕርቡ።</translation>
    </message>
    <message id="field.info_recht_gesprek_zonder_partner_gegeven.label">
        <source>Is de klant verteld dat hij of zij recht heeft op een gesprek zonder partner of andere persoon erbij?</source>
        <translation type="unfinished">እቲ ዓሚል ብዘይ መጻምድቲ ወይ ካልእ ሰብ ዘተ ክገብር መሰል ከም ዘለዎ ተነጊርዎ ድዩ?</translation>
    </message>
    <message id="field.info_recht_gesprek_zonder_partner_gegeven.constraint">
        <source>Dit is een wettelijke informatieplicht. Vertel de klant over dit recht en kies daarna &apos;Ja&apos;.</source>
        <translation type="unfinished">እዚ ሕጋዊ ግዴታ ምሃብ ሓበሬታ እዩ። ነቲ ዓሚል ብዛዕባ እዚ መሰል ንገርዎ፡ ድሕሪኡ &apos;እወ&apos; ምረጹ።</translation>
    </message>
    <message id="field.bsn.label">
        <source>BSN</source>
        <translation type="unfinished">BSN (ቁጽሪ ኣገልግሎት ዜጋ)</translation>
    </message>
    <message id="field.bsn.hint">
        <source>Burgerservicenummer, 9 cijfers.</source>
        <translation type="unfinished">ቁጽሪ ኣገልግሎት ዜጋ (burgerservicenummer)፡ 9 ኣሃዛት።</translation>
    </message>
    <message id="field.v_nummer.label">
        <source>V-nummer</source>
        <translation type="unfinished">ቁጽሪ V (V-nummer)</translation>
    </message>
    <message id="field.v_nummer.hint">
        <source>10 cijfers, staat op de achterkant van de verblijfsvergunning na &apos;V-NR.&apos;.</source>
        <translation type="unfinished">10 ኣሃዛት፡ ኣብ ድሕሪት ፍቓድ መንበሪ ድሕሪ &apos;V-NR.&apos; ተጻሒፉ ይርከብ።</translation>
    </message>
    <message id="field.geslachtsnaam.label">
        <source>Achternaam</source>
        <translation type="unfinished">ስም ስድራ</translation>
    </message>
    <message id="field.geslachtsnaam.hint">
        <source>Precies zoals in de BRP of op de verblijfsvergunning.</source>
        <translation type="unfinished">ልክዕ ከም ኣብ BRP ወይ ኣብ ፍቓድ መንበሪ ዘሎ።</translation>
    </message>
    <message id="field.voorvoegsel.label">
        <source>Tussenvoegsel</source>
        <translation type="unfinished">መቕድም ስም ስድራ (ንኣብነት &apos;van&apos;, &apos;de&apos;)</translation>
    </message>
    <message id="field.voornamen.label">
        <source>Voornamen</source>
        <translation type="unfinished">ቀዳሞት ኣስማት</translation>
    </message>
    <message id="field.voornamen.hint">
        <source>Alle voornamen, zoals in de BRP.</source>
        <translation type="unfinished">ኩሎም ቀዳሞት ኣስማት፡ ከም ኣብ BRP ዘለዉ።</translation>
    </message>
    <message id="field.geboortedatum.label">
        <source>Geboortedatum</source>
        <translation type="unfinished">ዕለተ ልደት</translation>
    </message>
    <message id="field.geboortedatum.hint">
        <source>Dag of maand onbekend? Vul dan alleen maand en jaar (mm-jjjj) of alleen het jaar in.</source>
        <translation type="unfinished">መዓልቲ ወይ ወርሒ ዘይፍለጥ እንተኾይኑ፡ ወርሕን ዓመትን (mm-jjjj) ወይ ዓመት ጥራይ ኣእትዉ።</translation>
    </message>
    <message id="field.geboortedatum.constraint">
        <source>Controleer de geboortedatum: de leeftijd is meer dan 120 jaar.</source>
        <translation type="unfinished">ዕለተ ልደት ኣረጋግጹ፦ እቲ ዕድመ ልዕሊ 120 ዓመት እዩ።</translation>
    </message>
    <message id="field.leeftijd.label">
        <source>Leeftijd (berekend)</source>
        <translation type="unfinished">ዕድመ (ዝተቐመረ)</translation>
    </message>
    <message id="field.leeftijd.hint">
        <source>Bij een onbekende dag of maand wordt gerekend met 1 januari.</source>
        <translation type="unfinished">መዓልቲ ወይ ወርሒ እንተዘይተፈልጠ፡ 1 ጥሪ ተወሲዱ ይቕመር።</translation>
    </message>
    <message id="field.geslacht.label">
        <source>Geslacht</source>
        <translation type="unfinished">ጾታ</translation>
    </message>
    <message id="field.nationaliteit.label">
        <source>Nationaliteit</source>
        <translation type="unfinished">ዜግነት</translation>
    </message>
    <message id="field.geboorteland.label">
        <source>Geboorteland</source>
        <translation type="unfinished">ሃገረ ልደት</translation>
    </message>
    <message id="field.doelgroep.label">
        <source>Doelgroep</source>
        <translation type="unfinished">ዕላማ ጉጅለ</translation>
    </message>
    <message id="field.doelgroep.hint">
        <source>Bepaalt onder meer maatschappelijke begeleiding, ontzorgen en de uren van de Z-route.</source>
        <translation type="unfinished">ካብ ካልኦት ነገራት ሓደ፡ ማሕበራዊ ምምራሕ፡ ontzorgen ከምኡ&apos;ውን ሰዓታት መስመር Z ይውስን።</translation>
    </message>
    <message id="field.gedetailleerde_doelgroep.label">
        <source>Gedetailleerde doelgroep</source>
        <translation type="unfinished">ዝርዝር ዕላማ ጉጅለ</translation>
    </message>
    <message id="field.datum_verblijfsvergunning.label">
        <source>Datum verblijfsvergunning</source>
        <translation type="unfinished">ዕለት ፍቓድ መንበሪ</translation>
    </message>
    <message id="field.soort_verblijfsvergunning.label">
        <source>Soort verblijfsvergunning</source>
        <translation type="unfinished">ዓይነት ፍቓድ መንበሪ</translation>
    </message>
    <message id="field.datum_start_inburgeringsplicht.label">
        <source>Start inburgeringsplicht</source>
        <translation type="unfinished">መጀመርታ ግዴታ ምውህሃድ (inburgeringsplicht)</translation>
    </message>
    <message id="field.datum_start_inburgeringsplicht.hint">
        <source>Komt uit het kantoorsysteem (DUO).</source>
        <translation type="unfinished">ካብ ስርዓት ቤት ጽሕፈት (DUO) ይመጽእ።</translation>
    </message>
    <message id="field.datum_kennisgeving_duo.label">
        <source>Datum kennisgeving DUO</source>
        <translation type="unfinished">ዕለት መፍለጥታ DUO (ትካል መንግስቲ ንትምህርቲ)</translation>
    </message>
    <message id="field.datum_kennisgeving_duo.hint">
        <source>Komt uit het kantoorsysteem. De termijn voor het PIP (10 weken) loopt vanaf deze datum.</source>
        <translation type="unfinished">ካብ ስርዓት ቤት ጽሕፈት ይመጽእ። ግዜ ገደብ ናይ PIP (10 ሰሙን) ካብዚ ዕለት ይጀምር።</translation>
    </message>
    <message id="field.datum_koppeling.label">
        <source>Datum koppeling door COA</source>
        <translation type="unfinished">ዕለት ምትእስሳር (koppeling) ብ COA</translation>
    </message>
    <message id="field.coa_locatie.label">
        <source>COA-locatie (azc)</source>
        <translation type="unfinished">ቦታ COA (azc)</translation>
    </message>
    <message id="field.telefoon_azc.label">
        <source>Telefoonnummer azc</source>
        <translation type="unfinished">ቁጽሪ ተሌፎን azc</translation>
    </message>
    <message id="field.email_azc.label">
        <source>E-mailadres azc</source>
        <translation type="unfinished">ኣድራሻ ኢመይል azc</translation>
    </message>
    <message id="field.adres_postcode.label">
        <source>Postcode</source>
        <translation type="unfinished">ፖስታ ኮድ</translation>
    </message>
    <message id="field.adres_postcode.hint">
        <source>Bijvoorbeeld 1234 AB.</source>
        <translation type="unfinished">ንኣብነት 1234 AB።</translation>
    </message>
    <message id="field.huisnummer.label">
        <source>Huisnummer</source>
        <translation type="unfinished">ቁጽሪ ገዛ</translation>
    </message>
    <message id="field.huisnummer.constraint">
        <source>Vul alleen het huisnummer in; een toevoeging komt in het volgende veld.</source>
        <translation type="unfinished">ቁጽሪ ገዛ ጥራይ ኣእትዉ፤ ተወሳኺ ኣብቲ ዝቕጽል ቦታ ይኣቱ።</translation>
    </message>
    <message id="field.toevoeging.label">
        <source>Toevoeging</source>
        <translation type="unfinished">ተወሳኺ (ንኣብነት A, bis)</translation>
    </message>
    <message id="field.telefoon.label">
        <source>Telefoonnummer</source>
        <translation type="unfinished">ቁጽሪ ተሌፎን</translation>
    </message>
    <message id="field.telefoon.hint">
        <source>Bijvoorbeeld 06 12345678.</source>
        <translation type="unfinished">ንኣብነት 06 12345678።</translation>
    </message>
    <message id="field.email.label">
        <source>E-mailadres</source>
        <translation type="unfinished">ኣድራሻ ኢመይል</translation>
    </message>
    <message id="field.digid_aangevraagd.label">
        <source>Is een DigiD aangevraagd?</source>
        <translation type="unfinished">DigiD ተሓቲቱ ድዩ?</translation>
    </message>
    <message id="field.rijbewijs.label">
        <source>Heeft de klant een rijbewijs?</source>
        <translation type="unfinished">እቲ ዓሚል መንጃ ፍቓድ ኣለዎ ድዩ?</translation>
    </message>
    <message id="field.land_rijbewijs.label">
        <source>In welk land is het rijbewijs gehaald?</source>
        <translation type="unfinished">እቲ መንጃ ፍቓድ ኣብ ኣየናይ ሃገር እዩ ተረኺቡ?</translation>
    </message>
    <message id="field.gesprekstaal.label">
        <source>Taal van het gesprek</source>
        <translation type="unfinished">ቋንቋ ዘተ</translation>
    </message>
    <message id="field.tolk_ingezet.label">
        <source>Is er een tolk ingezet?</source>
        <translation type="unfinished">ተርጓሚ ተጠቒሙ ድዩ?</translation>
    </message>
    <message id="field.tolk_type.label">
        <source>Soort tolk</source>
        <translation type="unfinished">ዓይነት ተርጓሚ</translation>
    </message>
    <message id="field.info_tolk_familielid.info">
        <source>Een familielid of kennis als tolk wordt afgeraden: de klant praat dan minder vrij en de vertaling is niet altijd juist. Gebruik bij voorkeur een professionele tolk.</source>
        <translation type="unfinished">ኣባል ስድራ ወይ ፈላጢ ከም ተርጓሚ ምጥቃም ኣይምከርን፦ እቲ ዓሚል ብናጽነት ኣይዛረብን፡ እቲ ትርጉም&apos;ውን ኩሉ ግዜ ቅኑዕ ኣይኮነን። ክእለት ዘለዎ ሞያዊ ተርጓሚ ምጥቃም ይምረጽ።</translation>
    </message>
    <message id="field.gesprekslocatie.label">
        <source>Waar vindt het gesprek plaats?</source>
        <translation type="unfinished">እቲ ዘተ ኣበይ ይካየድ?</translation>
    </message>
    <message id="field.privacyverklaring_uitgereikt.label">
        <source>Is de privacyverklaring uitgereikt?</source>
        <translation type="unfinished">መግለጺ ምስጢራውነት (privacyverklaring) ተዋሂቡ ድዩ?</translation>
    </message>
    <message id="field.privacyverklaring_uitgereikt.hint">
        <source>De gemeente moet vertellen welke gegevens zij gebruikt en waarom (AVG artikel 13).</source>
        <translation type="unfinished">ምምሕዳር ከተማ ኣየናይ ሓበሬታ ከም ዝጥቀምን ስለምንታይን ክነግር ኣለዎ (AVG ዓንቀጽ 13)።</translation>
    </message>
    <message id="field.privacyverklaring_taal.label">
        <source>In welke taal is de privacyverklaring uitgereikt?</source>
        <translation type="unfinished">መግለጺ ምስጢራውነት ብኣየናይ ቋንቋ ተዋሂቡ?</translation>
    </message>
    <message id="section.B.title">
        <source>Gezin en persoonlijke situatie</source>
        <translation type="unfinished">ስድራቤትን ውልቃዊ ኩነታትን</translation>
    </message>
    <message id="section.B.intro">
        <source>Vragen over uw gezin, de mensen met wie u woont en uw woning.</source>
        <translation type="unfinished">ብዛዕባ ስድራቤትኩም፡ ምስኦም እትነብሩ ሰባትን ገዛኹምን ዝምልከቱ ሕቶታት።</translation>
    </message>
    <message id="field.burgerlijke_staat.label">
        <source>Wat is uw burgerlijke staat?</source>
        <translation type="unfinished">ሓዳራዊ ኩነታትኩም እንታይ እዩ?</translation>
    </message>
    <message id="field.huishouden.label">
        <source>Gezinsleden</source>
        <translation type="unfinished">ኣባላት ስድራቤት</translation>
    </message>
    <message id="field.huishouden.hint">
        <source>Voeg een regel toe voor iedere partner, elk kind en ieder ander gezinslid. Ook gezinsleden die nog niet in Nederland zijn.</source>
        <translation type="unfinished">ንነፍሲ ወከፍ መጻምድቲ፡ ቆልዓን ካልእ ኣባል ስድራቤትን ሓደ መስመር ወስኹ። ገና ኣብ ኔዘርላንድ ዘይበጽሑ ኣባላት ስድራቤት&apos;ውን።</translation>
    </message>
    <message id="field.relatie.label">
        <source>Wie is dit?</source>
        <translation type="unfinished">እዚ ሰብ መን እዩ?</translation>
    </message>
    <message id="field.geboortejaar.label">
        <source>Geboortejaar</source>
        <translation type="unfinished">ዓመተ ልደት</translation>
    </message>
    <message id="field.geboortejaar.constraint">
        <source>Het geboortejaar ligt in de toekomst.</source>
        <translation type="unfinished">ዓመተ ልደት ኣብ መጻኢ እዩ ዘሎ።</translation>
    </message>
    <message id="field.woont_in_nl.label">
        <source>Woont deze persoon in Nederland?</source>
        <translation type="unfinished">እዚ ሰብ ኣብ ኔዘርላንድ ድዩ ዝነብር?</translation>
    </message>
    <message id="field.nareis_verwacht.label">
        <source>Komt deze persoon naar Nederland (nareis)?</source>
        <translation type="unfinished">እዚ ሰብ ናብ ኔዘርላንድ ክመጽእ ድዩ (ምጥርናፍ ስድራ፡ &apos;nareis&apos;)?</translation>
    </message>
    <message id="field.aantal_gezinsleden.label">
        <source>Aantal gezinsleden (berekend)</source>
        <translation type="unfinished">ብዝሒ ኣባላት ስድራቤት (ዝተቐመረ)</translation>
    </message>
    <message id="field.kinderen_0_4.label">
        <source>Hoeveel kinderen van 0 tot 4 jaar heeft u?</source>
        <translation type="unfinished">ካብ 0 ክሳብ 4 ዓመት ዝዕድሚኦም ክንደይ ቆልዑ ኣለዉኹም?</translation>
    </message>
    <message id="field.kinderen_0_4.hint">
        <source>Vul 0 in als u geen jonge kinderen heeft.</source>
        <translation type="unfinished">ንኣሽቱ ቆልዑ እንተዘይብልኩም 0 ጸሓፉ።</translation>
    </message>
    <message id="field.info_vve.info">
        <source>Jonge kinderen kunnen naar voorschoolse educatie (vve): een peuteropvang waar kinderen spelenderwijs Nederlands leren. Vertel de ouders wat vve is, hoe zij hun kind kunnen aanmelden en wat het kost. De gemeente is verplicht dit te vertellen.</source>
        <translation type="unfinished">ንኣሽቱ ቆልዑ ናብ ቅድመ-ትምህርቲ (vve) ክኸዱ ይኽእሉ፦ ቆልዑ እናተጻወቱ ሆላንድኛ ዝመሃሩሉ መውዓሊ ህጻናት። ንወለዲ vve እንታይ ምዃኑ፡ ከመይ ጌሮም ንውላዶም ከመዝግቡ ከም ዝኽእሉን ክንደይ ከም ዘኽፍልን ንገሩዎም። ምምሕዳር ከተማ (gemeente) እዚ ክነግር ግዴታ ኣለዎ።</translation>
    </message>
    <message id="field.vve_info_gegeven.label">
        <source>Is informatie over voorschoolse educatie (vve) gegeven?</source>
        <translation type="unfinished">ብዛዕባ ቅድመ-ትምህርቲ (vve) ሓበሬታ ተዋሂቡ ድዩ?</translation>
    </message>
    <message id="field.vve_info_gegeven.constraint">
        <source>Dit is een wettelijke informatieplicht voor ouders van jonge kinderen. Geef de informatie en kies daarna &apos;Ja&apos;.</source>
        <translation type="unfinished">እዚ ንወለዲ ንኣሽቱ ቆልዑ ዝምልከት ሕጋዊ ግዴታ ምሃብ ሓበሬታ እዩ። ሓበሬታ ሃቡ፡ ድሕሪኡ &apos;እወ&apos; ምረጹ።</translation>
    </message>
    <message id="field.kinderopvang_nodig.label">
        <source>Heeft u kinderopvang nodig om naar de taalles of naar werk te gaan?</source>
        <translation type="unfinished">ናብ ትምህርቲ ቋንቋ ወይ ናብ ስራሕ ክትከዱ መውዓሊ ህጻናት የድልየኩም ድዩ?</translation>
    </message>
    <message id="field.kinderopvang_toelichting.label">
        <source>Welke opvang heeft u nodig?</source>
        <translation type="unfinished">ከመይ ዓይነት ሓብሓብ ህጻናት የድልየኩም?</translation>
    </message>
    <message id="field.zorgtaken.label">
        <source>Zorgt u voor iemand in uw gezin of familie?</source>
        <translation type="unfinished">ንሓደ ካብ ስድራቤትኩም ወይ ቤተሰብኩም ትሓልዩ ዶ?</translation>
    </message>
    <message id="field.gezinshereniging_lopend.label">
        <source>Loopt er een aanvraag voor gezinshereniging?</source>
        <translation type="unfinished">ኣብ መስርሕ ዘሎ ሕቶ ምጥርናፍ ስድራ ኣሎ ድዩ?</translation>
    </message>
    <message id="field.woonsituatie.label">
        <source>Waar woont u nu?</source>
        <translation type="unfinished">ሕጂ ኣበይ ትነብሩ?</translation>
    </message>
    <message id="section.C.title">
        <source>Gezondheid</source>
        <translation type="unfinished">ጥዕና</translation>
    </message>
    <message id="section.C.intro">
        <source>Bijzonder persoonsgegeven. Vraag alleen wat nodig is voor de keuze van de leerroute en het plan. Noteer geen diagnoses en geen medische details.</source>
        <translation type="unfinished">ፍሉይ ውልቃዊ ሓበሬታ። ንምምራጽ መስመር ትምህርትን መደብን ዘድሊ ጥራይ ሕተቱ። ምርመራ ሕማም (diagnosis) ወይ ሕክምናዊ ዝርዝራት ኣይትጸሓፉ።</translation>
    </message>
    <message id="field.ervaren_gezondheid.label">
        <source>Hoe ervaart de klant de eigen gezondheid?</source>
        <translation type="unfinished">እቲ ዓሚል ጥዕንኡ ከመይ ይርእዮ?</translation>
    </message>
    <message id="field.lichamelijke_beperkingen_leren.label">
        <source>Zijn er lichamelijke klachten die het leren moeilijker maken?</source>
        <translation type="unfinished">ምምሃር ዘጸግም ኣካላዊ ጸገማት ኣለዉ ድዮም?</translation>
    </message>
    <message id="field.lichamelijke_beperkingen_leren.hint">
        <source>Van belang voor de leerbaarheidstoets en de leerroute.</source>
        <translation type="unfinished">ንፈተና ክእለት ምምሃርን ንመስመር ትምህርትን ኣገዳሲ እዩ።</translation>
    </message>
    <message id="field.psychische_belasting_signaal.label">
        <source>Signalen van psychische belasting (stress, slapen, concentratie)</source>
        <translation type="unfinished">ምልክታት ስነ-ኣእምሮኣዊ ጸቕጢ (ጭንቀት፡ ድቃስ፡ ኣተኩሮ)</translation>
    </message>
    <message id="field.psychische_belasting_toelichting.label">
        <source>Wat merkt u?</source>
        <translation type="unfinished">እንታይ ትዕዘቡ?</translation>
    </message>
    <message id="field.psychische_belasting_toelichting.hint">
        <source>Beschrijf wat u ziet of hoort (bijvoorbeeld slecht slapen of moeite met concentreren). Geen diagnoses.</source>
        <translation type="unfinished">እትርእዩዎ ወይ እትሰምዕዎ ግለጹ (ንኣብነት ሕማቕ ድቃስ ወይ ጸገም ኣተኩሮ)። ምርመራ ሕማም ኣይትጸሓፉ።</translation>
    </message>
    <message id="field.belastbaarheid_uren_per_week.label">
        <source>Hoeveel uur per week kan de klant les volgen of meedoen?</source>
        <translation type="unfinished">እቲ ዓሚል ኣብ ሰሙን ክንደይ ሰዓት ትምህርቲ ክወስድ ወይ ክሳተፍ ይኽእል?</translation>
    </message>
    <message id="field.belastbaarheid_uren_per_week.hint">
        <source>Gebruikt voor de intensiteit van het plan (PIP).</source>
        <translation type="unfinished">ንብርታዐ መደብ (PIP) ይጥቀመሉ።</translation>
    </message>
    <message id="field.huisarts_ingeschreven.label">
        <source>Is de klant ingeschreven bij een huisarts?</source>
        <translation type="unfinished">እቲ ዓሚል ኣብ ሓኪም ስድራቤት (huisarts) ተመዝጊቡ ድዩ?</translation>
    </message>
    <message id="field.zwanger_of_recent_bevallen.label">
        <source>Is de klant zwanger of onlangs bevallen?</source>
        <translation type="unfinished">እታ ዓሚል ነፍሰ ጾር ድያ ወይ ቀረባ ግዜ ወሊዳ?</translation>
    </message>
    <message id="field.zwanger_of_recent_bevallen.hint">
        <source>Kan een reden zijn voor extra tijd.</source>
        <translation type="unfinished">ምኽንያት ተወሳኺ ግዜ ክኸውን ይኽእል።</translation>
    </message>
    <message id="field.doorverwijzing.label">
        <source>Doorverwijzing</source>
        <translation type="unfinished">ምሕላፍ ናብ ካልእ ኣገልግሎት (doorverwijzing)</translation>
    </message>
    <message id="field.toestemming_info_opvragen_arts.label">
        <source>Heeft de klant toestemming gegeven om informatie op te vragen bij een arts?</source>
        <translation type="unfinished">እቲ ዓሚል ካብ ሓኪም ሓበሬታ ንምሕታት ስምምዕ ሂቡ ድዩ?</translation>
    </message>
    <message id="field.toestemming_info_opvragen_arts.hint">
        <source>Alleen met uitdrukkelijke toestemming van de klant.</source>
        <translation type="unfinished">ብንጹር ስምምዕ ናይቲ ዓሚል ጥራይ።</translation>
    </message>
    <message id="field.toestemming_datum.label">
        <source>Datum van de toestemming</source>
        <translation type="unfinished">ዕለት ስምምዕ</translation>
    </message>
    <message id="field.mogelijke_ontheffing_signaleren.label">
        <source>Signaal: mogelijk ontheffing van de inburgeringsplicht?</source>
        <translation type="unfinished">ምልክት፦ ካብ ግዴታ ምውህሃድ ነጻ ክኸውን ይኽእል ድዩ?</translation>
    </message>
    <message id="field.mogelijke_ontheffing_signaleren.hint">
        <source>DUO beslist over ontheffing. U geeft hier alleen een signaal af.</source>
        <translation type="unfinished">ብዛዕባ ነጻ ምዃን DUO እዩ ዝውስን። ኣብዚ ምልክት ጥራይ ኢኹም እትህቡ።</translation>
    </message>
    <message id="field.ontheffing_toelichting.label">
        <source>Toelichting bij het signaal</source>
        <translation type="unfinished">መብርሂ ብዛዕባ እቲ ምልክት</translation>
    </message>
    <message id="section.D.title">
        <source>Opleiding</source>
        <translation type="unfinished">ትምህርቲ</translation>
    </message>
    <message id="section.D.intro">
        <source>Vragen over school en opleidingen die u heeft gevolgd, in Nederland of in een ander land.</source>
        <translation type="unfinished">ኣብ ኔዘርላንድ ወይ ኣብ ካልእ ሃገር ብዛዕባ ዝተማሃርኩምዎ ቤት ትምህርትን ስልጠናታትን ዝምልከቱ ሕቶታት።</translation>
    </message>
    <message id="field.jaren_onderwijs.label">
        <source>Hoeveel jaar heeft u in totaal op school gezeten?</source>
        <translation type="unfinished">ብድምር ክንደይ ዓመት ቤት ትምህርቲ ተማሂርኩም?</translation>
    </message>
    <message id="field.hoogst_gevolgde_opleiding.label">
        <source>Wat is de hoogste opleiding die u heeft gevolgd?</source>
        <translation type="unfinished">እቲ ዝለዓለ ዝተማሃርኩምዎ ትምህርቲ እንታይ እዩ?</translation>
    </message>
    <message id="field.opleidingen.label">
        <source>Opleidingen</source>
        <translation type="unfinished">ትምህርትታት</translation>
    </message>
    <message id="field.opleidingen.hint">
        <source>Voeg een regel toe voor iedere opleiding.</source>
        <translation type="unfinished">ንነፍሲ ወከፍ ትምህርቲ ሓደ መስመር ወስኹ።</translation>
    </message>
    <message id="field.opleiding_naam.label">
        <source>Naam van de opleiding of school</source>
        <translation type="unfinished">ስም ትምህርቲ ወይ ቤት ትምህርቲ</translation>
    </message>
    <message id="field.opleiding_richting.label">
        <source>Richting of vak</source>
        <translation type="unfinished">ዓውዲ ወይ ዓይነት ትምህርቲ</translation>
    </message>
    <message id="field.opleiding_land.label">
        <source>Land</source>
        <translation type="unfinished">ሃገር</translation>
    </message>
    <message id="field.opleiding_van.label">
        <source>Begonnen in</source>
        <translation type="unfinished">ዝጀመረሉ</translation>
    </message>
    <message id="field.opleiding_van.hint">
        <source>Jaar of maand en jaar.</source>
        <translation type="unfinished">ዓመት፡ ወይ ወርሕን ዓመትን።</translation>
    </message>
    <message id="field.opleiding_tot.label">
        <source>Gestopt of klaar in</source>
        <translation type="unfinished">ዘቋረጽኩምሉ ወይ ዝወዳእኩምሉ</translation>
    </message>
    <message id="field.opleiding_tot.hint">
        <source>Jaar of maand en jaar.</source>
        <translation type="unfinished">ዓመት፡ ወይ ወርሕን ዓመትን።</translation>
    </message>
    <message id="field.opleiding_tot.constraint">
        <source>Het eindjaar ligt voor het beginjaar.</source>
        <translation type="unfinished">ዓመት መወዳእታ ቅድሚ ዓመት መጀመርታ እዩ።</translation>
    </message>
    <message id="field.diploma_behaald.label">
        <source>Heeft u een diploma gehaald?</source>
        <translation type="unfinished">ዲፕሎማ (ምስክር ወረቀት) ረኺብኩም ዶ?</translation>
    </message>
    <message id="field.diploma_in_bezit.label">
        <source>Heeft u het diploma (of een kopie) bij u?</source>
        <translation type="unfinished">እቲ ዲፕሎማ (ወይ ቅዳሑ) ምሳኹም ኣሎ ድዩ?</translation>
    </message>
    <message id="field.diplomawaardering.label">
        <source>Diplomawaardering (IDW / Nuffic)</source>
        <translation type="unfinished">ምዕቃን ዲፕሎማ (IDW / Nuffic)</translation>
    </message>
    <message id="field.diplomawaardering.hint">
        <source>Een buitenlands diploma kan worden vergeleken met een Nederlands diploma.</source>
        <translation type="unfinished">ወጻኢ ዲፕሎማ ምስ ሆላንዳዊ ዲፕሎማ ክነጻጸር ይኽእል።</translation>
    </message>
    <message id="field.dw_aangevraagd.label">
        <source>Is een diplomawaardering aangevraagd?</source>
        <translation type="unfinished">ምዕቃን ዲፕሎማ ተሓቲቱ ድዩ?</translation>
    </message>
    <message id="field.dw_nl_niveau.label">
        <source>Vergelijkbaar Nederlands niveau</source>
        <translation type="unfinished">ተመሳሳሊ ሆላንዳዊ ደረጃ</translation>
    </message>
    <message id="field.dw_richting.label">
        <source>Richting</source>
        <translation type="unfinished">ዓውዲ ትምህርቲ</translation>
    </message>
    <message id="field.geletterdheid_eigen_taal.label">
        <source>Hoe goed kunt u lezen en schrijven in uw eigen taal?</source>
        <translation type="unfinished">ብናይ ገዛእ ርእስኹም ቋንቋ ክንደይ ጽቡቕ ጌርኩም ከተንብቡን ክትጽሕፉን ትኽእሉ?</translation>
    </message>
    <message id="field.latijns_schrift.label">
        <source>Kunt u lezen en schrijven in ons schrift (abc)?</source>
        <translation type="unfinished">ብናትና ፊደላት (abc) ከተንብቡን ክትጽሕፉን ትኽእሉ ዶ?</translation>
    </message>
    <message id="field.latijns_schrift.hint">
        <source>Belangrijk om te weten of alfabetisering nodig is.</source>
        <translation type="unfinished">ትምህርቲ ምንባብን ምጽሓፍን የድሊ እንተኾይኑ ንምፍላጥ ኣገዳሲ እዩ።</translation>
    </message>
    <message id="field.studiewens.label">
        <source>Welke opleiding zou u nog willen volgen?</source>
        <translation type="unfinished">ኣብ መጻኢ ክትመሃርዎ እትደልዩ ትምህርቲ እንታይ እዩ?</translation>
    </message>
    <message id="section.E.title">
        <source>Werk</source>
        <translation type="unfinished">ስራሕ</translation>
    </message>
    <message id="section.E.intro">
        <source>Vragen over werk dat u heeft gedaan, betaald of onbetaald, en over uw wensen.</source>
        <translation type="unfinished">ብዛዕባ ዝሰራሕኩምዎ ስራሕ፡ ብደሞዝ ይኹን ብዘይ ደሞዝ፡ ከምኡ&apos;ውን ብዛዕባ ድሌታትኩም ዝምልከቱ ሕቶታት።</translation>
    </message>
    <message id="field.werkervaring.label">
        <source>Werkervaring</source>
        <translation type="unfinished">ተመክሮ ስራሕ</translation>
    </message>
    <message id="field.werkervaring.hint">
        <source>Voeg een regel toe voor iedere baan of ieder soort werk, ook werk zonder contract.</source>
        <translation type="unfinished">ንነፍሲ ወከፍ ስራሕ ወይ ዓይነት ስራሕ ሓደ መስመር ወስኹ፡ ብዘይ ውዕል ዝተሰርሐ ስራሕ&apos;ውን።</translation>
    </message>
    <message id="field.we_functie.label">
        <source>Functie of soort werk</source>
        <translation type="unfinished">ሓላፍነት ወይ ዓይነት ስራሕ</translation>
    </message>
    <message id="field.we_sector.label">
        <source>Sector</source>
        <translation type="unfinished">ዓውዲ ስራሕ</translation>
    </message>
    <message id="field.we_land.label">
        <source>Land</source>
        <translation type="unfinished">ሃገር</translation>
    </message>
    <message id="field.we_van.label">
        <source>Begonnen in</source>
        <translation type="unfinished">ዝጀመርኩምሉ</translation>
    </message>
    <message id="field.we_tot.label">
        <source>Gestopt in</source>
        <translation type="unfinished">ዘቋረጽኩምሉ</translation>
    </message>
    <message id="field.we_tot.hint">
        <source>Leeg laten als u dit werk nog doet.</source>
        <translation type="unfinished">ነዚ ስራሕ ገና እንተ ትሰርሕዎ ባዶ ግደፍዎ።</translation>
    </message>
    <message id="field.we_tot.constraint">
        <source>Het eindjaar ligt voor het beginjaar.</source>
        <translation type="unfinished">ዓመት መወዳእታ ቅድሚ ዓመት መጀመርታ እዩ።</translation>
    </message>
    <message id="field.we_soort.label">
        <source>Soort werk</source>
        <translation type="unfinished">ዓይነት ስራሕ</translation>
    </message>
    <message id="field.we_taken.label">
        <source>Wat deed u in dit werk?</source>
        <translation type="unfinished">ኣብዚ ስራሕ እንታይ ትገብሩ ኔርኩም?</translation>
    </message>
    <message id="field.praktische_competenties.label">
        <source>In welk soort werk bent u handig of heeft u ervaring?</source>
        <translation type="unfinished">ኣብ ከመይ ዓይነት ስራሕ ክእለት ወይ ተመክሮ ኣለኩም?</translation>
    </message>
    <message id="field.praktische_competenties_toelichting.label">
        <source>Vertel meer over wat u kunt</source>
        <translation type="unfinished">ብዛዕባ እትኽእልዎ ዝያዳ ንገሩና</translation>
    </message>
    <message id="field.wv_op_tijd.label">
        <source>Op tijd komen</source>
        <translation type="unfinished">ብግዜ ምምጻእ</translation>
    </message>
    <message id="field.wv_samenwerken.label">
        <source>Samenwerken met anderen</source>
        <translation type="unfinished">ምስ ካልኦት ተሓባቢርካ ምስራሕ</translation>
    </message>
    <message id="field.wv_instructies.label">
        <source>Instructies opvolgen</source>
        <translation type="unfinished">መምርሒታት ምኽታል</translation>
    </message>
    <message id="field.wv_zelfstandig.label">
        <source>Zelfstandig werken</source>
        <translation type="unfinished">ብናይ ገዛእ ርእስኻ ምስራሕ</translation>
    </message>
    <message id="field.wv_omgangsvormen.label">
        <source>Omgangsvormen op het werk</source>
        <translation type="unfinished">ጠባይን ስነ-ምግባርን ኣብ ስራሕ</translation>
    </message>
    <message id="field.huidige_situatie_werk.label">
        <source>Wat is uw situatie nu?</source>
        <translation type="unfinished">ሕጂ ኩነታትኩም እንታይ እዩ?</translation>
    </message>
    <message id="field.huidige_werk_uren.label">
        <source>Hoeveel uur per week werkt u?</source>
        <translation type="unfinished">ኣብ ሰሙን ክንደይ ሰዓት ትሰርሑ?</translation>
    </message>
    <message id="field.beroepswens_kort.label">
        <source>Welk werk wilt u het komende jaar doen?</source>
        <translation type="unfinished">ኣብ ዝመጽእ ዓመት እንታይ ስራሕ ክትሰርሑ ትደልዩ?</translation>
    </message>
    <message id="field.beroepswens_lang.label">
        <source>Welk werk wilt u over een paar jaar doen?</source>
        <translation type="unfinished">ድሕሪ ውሑዳት ዓመታት እንታይ ስራሕ ክትሰርሑ ትደልዩ?</translation>
    </message>
    <message id="field.beschikbaarheid_uren_week.label">
        <source>Hoeveel uur per week kunt u werken of meedoen?</source>
        <translation type="unfinished">ኣብ ሰሙን ክንደይ ሰዓት ክትሰርሑ ወይ ክትሳተፉ ትኽእሉ?</translation>
    </message>
    <message id="section.F.title">
        <source>Taal en leerbaarheid</source>
        <translation type="unfinished">ቋንቋን ክእለት ምምሃርን</translation>
    </message>
    <message id="section.F.intro">
        <source>Vragen over de talen die u spreekt en over het leren van Nederlands.</source>
        <translation type="unfinished">ብዛዕባ እትዛረብዎም ቋንቋታትን ብዛዕባ ምምሃር ሆላንድኛን ዝምልከቱ ሕቶታት።</translation>
    </message>
    <message id="field.moedertaal.label">
        <source>Wat is uw moedertaal?</source>
        <translation type="unfinished">ቋንቋ ኣደኹም እንታይ እዩ?</translation>
    </message>
    <message id="field.andere_talen.label">
        <source>Andere talen</source>
        <translation type="unfinished">ካልኦት ቋንቋታት</translation>
    </message>
    <message id="field.andere_talen.hint">
        <source>Voeg een regel toe voor iedere andere taal die u kent.</source>
        <translation type="unfinished">ንነፍሲ ወከፍ እትፈልጥዎ ካልእ ቋንቋ ሓደ መስመር ወስኹ።</translation>
    </message>
    <message id="field.at_taal.label">
        <source>Taal</source>
        <translation type="unfinished">ቋንቋ</translation>
    </message>
    <message id="field.at_spreken.label">
        <source>Spreken</source>
        <translation type="unfinished">ምዝራብ</translation>
    </message>
    <message id="field.at_lezen.label">
        <source>Lezen</source>
        <translation type="unfinished">ምንባብ</translation>
    </message>
    <message id="field.at_schrijven.label">
        <source>Schrijven</source>
        <translation type="unfinished">ምጽሓፍ</translation>
    </message>
    <message id="field.nederlands_inschatting.label">
        <source>Hoe goed spreekt u al Nederlands?</source>
        <translation type="unfinished">ሕጂ ሆላንድኛ ክንደይ ጽቡቕ ጌርኩም ትዛረቡ?</translation>
    </message>
    <message id="field.voorinburgering_gevolgd.label">
        <source>Heeft u in het azc al Nederlandse les gehad (voorinburgering)?</source>
        <translation type="unfinished">ኣብ መዕቆቢ ሓተትቲ ዑቕባ (azc) ትምህርቲ ሆላንድኛ ወሲድኩም ዶ (ቅድመ-ምውህሃድ፡ &apos;voorinburgering&apos;)?</translation>
    </message>
    <message id="field.voorinburgering_uren.label">
        <source>Hoeveel uur les was dat ongeveer?</source>
        <translation type="unfinished">ብግምት ክንደይ ሰዓት ትምህርቲ ነይሩ?</translation>
    </message>
    <message id="field.lbt_datum_aanmelding.label">
        <source>Leerbaarheidstoets: datum aanmelding</source>
        <translation type="unfinished">ፈተና ክእለት ምምሃር (leerbaarheidstoets)፦ ዕለት ምዝገባ</translation>
    </message>
    <message id="field.lbt_datum_aanmelding.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">ካብ DUO ይመጽእ።</translation>
    </message>
    <message id="field.lbt_datum_afname.label">
        <source>Leerbaarheidstoets: datum afname</source>
        <translation type="unfinished">ፈተና ክእለት ምምሃር፦ ዝተፈተነሉ ዕለት</translation>
    </message>
    <message id="field.lbt_datum_afname.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">ካብ DUO ይመጽእ።</translation>
    </message>
    <message id="field.lbt_examennummer.label">
        <source>Leerbaarheidstoets: examennummer</source>
        <translation type="unfinished">ፈተና ክእለት ምምሃር፦ ቁጽሪ ፈተና</translation>
    </message>
    <message id="field.lbt_examennummer.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">ካብ DUO ይመጽእ።</translation>
    </message>
    <message id="field.lbt_uitslag.label">
        <source>Leerbaarheidstoets: uitslag (indicatie leerroute)</source>
        <translation type="unfinished">ፈተና ክእለት ምምሃር፦ ውጽኢት (ዝተመልከተ መስመር ትምህርቲ)</translation>
    </message>
    <message id="field.lbt_uitslag.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">ካብ DUO ይመጽእ።</translation>
    </message>
    <message id="field.lbt_niet_afgenomen_reden.label">
        <source>Waarom is de leerbaarheidstoets niet afgenomen?</source>
        <translation type="unfinished">ፈተና ክእለት ምምሃር ስለምንታይ ኣይተወሰደን?</translation>
    </message>
    <message id="field.taalschool_advies.label">
        <source>Advies van de taalschool</source>
        <translation type="unfinished">ምኽሪ ቤት ትምህርቲ ቋንቋ</translation>
    </message>
    <message id="field.taalschool_advies.hint">
        <source>Bijvoorbeeld na een proefles of startklas.</source>
        <translation type="unfinished">ንኣብነት ድሕሪ ናይ ፈተነ ትምህርቲ ወይ ናይ መጀመርታ ክፍሊ።</translation>
    </message>
    <message id="field.taalschool_advies_toelichting.label">
        <source>Toelichting op het advies van de taalschool</source>
        <translation type="unfinished">መብርሂ ብዛዕባ ምኽሪ ቤት ትምህርቲ ቋንቋ</translation>
    </message>
    <message id="section.G.title">
        <source>Digitale vaardigheden</source>
        <translation type="unfinished">ዲጂታላዊ ክእለታት</translation>
    </message>
    <message id="section.G.intro">
        <source>Hoe goed kunt u omgaan met telefoon en computer?</source>
        <translation type="unfinished">ተሌፎንን ኮምፒዩተርን ክንደይ ጽቡቕ ጌርኩም ክትጥቀሙ ትኽእሉ?</translation>
    </message>
    <message id="field.digi_smartphone.label">
        <source>Een smartphone gebruiken (bellen, berichten, foto&apos;s)</source>
        <translation type="unfinished">ስማርት ፎን ምጥቃም (ምድዋል፡ መልእኽትታት፡ ስእልታት)</translation>
    </message>
    <message id="field.digi_email.label">
        <source>E-mail lezen en versturen</source>
        <translation type="unfinished">ኢመይል ምንባብን ምልኣኽን</translation>
    </message>
    <message id="field.digi_apps_nl.label">
        <source>Nederlandse apps gebruiken, zoals DigiD en de app van de bank</source>
        <translation type="unfinished">ሆላንዳውያን ኣፕታት ምጥቃም፡ ከም DigiD (መእተዊ ናብ መርበብ ሓበሬታ መንግስቲ) ከምኡ&apos;ውን ኣፕ ባንክ</translation>
    </message>
    <message id="field.digi_computer.label">
        <source>Een computer met toetsenbord gebruiken</source>
        <translation type="unfinished">ኮምፒዩተር ምስ ኪቦርድ ምጥቃም</translation>
    </message>
    <message id="field.digitale_hulp_nodig.label">
        <source>Wilt u hulp bij het gebruik van DigiD of andere apps van de overheid?</source>
        <translation type="unfinished">DigiD ወይ ካልኦት ኣፕታት መንግስቲ ንምጥቃም ሓገዝ ትደልዩ ዶ?</translation>
    </message>
    <message id="section.H.title">
        <source>Financiën en ontzorgen</source>
        <translation type="unfinished">ፋይናንስን ምቕላል ሓላፍነት ክፍሊትን (ontzorgen)</translation>
    </message>
    <message id="section.H.intro">
        <source>Inkomen, vaste lasten en ontzorgen. Ontzorgen geldt alleen voor asielstatushouders met bijstand.</source>
        <translation type="unfinished">ኣታዊ፡ ቀወምቲ ወጻኢታትን ምቕላል ሓላፍነት ክፍሊትን (ontzorgen)። ontzorgen ንሓገዝ ማሕበራዊ ድሕንነት (bijstand) ዝቕበሉ ዑቕባ ዝረኸቡ ሰባት ጥራይ እዩ ዝምልከት።</translation>
    </message>
    <message id="field.bijstand_aangevraagd.label">
        <source>Is bijstand aangevraagd?</source>
        <translation type="unfinished">ሓገዝ ማሕበራዊ ድሕንነት (bijstand) ተሓቲቱ ድዩ?</translation>
    </message>
    <message id="field.bijstand_datum.label">
        <source>Datum aanvraag bijstand</source>
        <translation type="unfinished">ዕለት ሕቶ ሓገዝ ማሕበራዊ ድሕንነት</translation>
    </message>
    <message id="field.ontzorgen_actief.label">
        <source>Is ontzorgen actief?</source>
        <translation type="unfinished">ontzorgen (ምቕላል ሓላፍነት ክፍሊት) ንጡፍ ድዩ?</translation>
    </message>
    <message id="field.ontzorgen_actief.hint">
        <source>De gemeente betaalt de eerste maanden vaste lasten rechtstreeks uit de bijstand.</source>
        <translation type="unfinished">ምምሕዳር ከተማ ኣብ ቀዳሞት ኣዋርሕ ቀወምቲ ወጻኢታት ብቐጥታ ካብቲ ሓገዝ ማሕበራዊ ድሕንነት (bijstand) ይኸፍል።</translation>
    </message>
    <message id="field.ingehouden_lasten.label">
        <source>Welke vaste lasten worden ingehouden?</source>
        <translation type="unfinished">ኣየኖት ቀወምቲ ወጻኢታት እዮም ዝቑረጹ?</translation>
    </message>
    <message id="field.ontzorgen_start.label">
        <source>Ontzorgen vanaf</source>
        <translation type="unfinished">ontzorgen ካብ</translation>
    </message>
    <message id="field.ontzorgen_eind.label">
        <source>Ontzorgen tot en met</source>
        <translation type="unfinished">ontzorgen ክሳብ (ምስኡ)</translation>
    </message>
    <message id="field.ontzorgen_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">ዕለት መወዳእታ ቅድሚ ዕለት መጀመርታ እዩ።</translation>
    </message>
    <message id="field.bankrekening.label">
        <source>Heeft de klant een bankrekening?</source>
        <translation type="unfinished">እቲ ዓሚል ሕሳብ ባንክ ኣለዎ ድዩ?</translation>
    </message>
    <message id="field.bankrekening.hint">
        <source>Noteer het rekeningnummer alleen als dat nodig is.</source>
        <translation type="unfinished">ቁጽሪ ሕሳብ ኣድላዪ እንተኾይኑ ጥራይ ጸሓፉ።</translation>
    </message>
    <message id="field.toeslagen.label">
        <source>Welke toeslagen zijn aangevraagd?</source>
        <translation type="unfinished">ኣየኖት ድጎማታት (toeslagen) ተሓቲቶም?</translation>
    </message>
    <message id="field.schulden_signaal.label">
        <source>Zijn er signalen van schulden of betalingsproblemen?</source>
        <translation type="unfinished">ምልክታት ዕዳ ወይ ጸገማት ክፍሊት ኣለዉ ድዮም?</translation>
    </message>
    <message id="field.schulden_toelichting.label">
        <source>Toelichting schulden</source>
        <translation type="unfinished">መብርሂ ብዛዕባ ዕዳ</translation>
    </message>
    <message id="section.I.title">
        <source>Zelfredzaamheid en maatschappelijke begeleiding</source>
        <translation type="unfinished">ርእሰ-ምኽኣልን ማሕበራዊ ምምራሕን</translation>
    </message>
    <message id="section.I.intro">
        <source>Schat per levensgebied in hoe zelfredzaam de klant is (naar de Zelfredzaamheid-Matrix): 1 = acute problemen, 5 = volledig zelfredzaam.</source>
        <translation type="unfinished">ኣብ ነፍሲ ወከፍ ዓውዲ ህይወት እቲ ዓሚል ክንደይ ርእሱ ክኢሉ ከም ዝነብር ገምግሙ (ብመሰረት Zelfredzaamheid-Matrix, ZRM)፦ 1 = ህጹጽ ጸገማት፡ 5 = ምሉእ ብምሉእ ርእሱ ዝኽእል።</translation>
    </message>
    <message id="field.zrm_financien.label">
        <source>Financiën</source>
        <translation type="unfinished">ፋይናንስ</translation>
    </message>
    <message id="field.zrm_huisvesting.label">
        <source>Huisvesting</source>
        <translation type="unfinished">መንበሪ ገዛ</translation>
    </message>
    <message id="field.zrm_gezondheid.label">
        <source>Gezondheid</source>
        <translation type="unfinished">ጥዕና</translation>
    </message>
    <message id="field.zrm_dagbesteding.label">
        <source>Dagbesteding</source>
        <translation type="unfinished">መዓልታዊ ንጥፈታት</translation>
    </message>
    <message id="field.zrm_sociaal_netwerk.label">
        <source>Sociaal netwerk</source>
        <translation type="unfinished">ማሕበራዊ ርክባት</translation>
    </message>
    <message id="field.zrm_huishouden.label">
        <source>Huishouden</source>
        <translation type="unfinished">ስራሕ ገዛ</translation>
    </message>
    <message id="field.zrm_mobiliteit.label">
        <source>Mobiliteit</source>
        <translation type="unfinished">ምንቅስቓስን መጓዓዝያን</translation>
    </message>
    <message id="field.zrm_administratie.label">
        <source>Administratie (post en formulieren)</source>
        <translation type="unfinished">ወረቓቕቲ (ፖስታን ቅጥዕታትን)</translation>
    </message>
    <message id="field.mb_organisatie.label">
        <source>Wie geeft maatschappelijke begeleiding?</source>
        <translation type="unfinished">ማሕበራዊ ምምራሕ (maatschappelijke begeleiding) መን ይህብ?</translation>
    </message>
    <message id="field.mb_start.label">
        <source>Start maatschappelijke begeleiding</source>
        <translation type="unfinished">መጀመርታ ማሕበራዊ ምምራሕ</translation>
    </message>
    <message id="section.J.title">
        <source>Netwerk en meedoen</source>
        <translation type="unfinished">ርክባትን ተሳትፎን</translation>
    </message>
    <message id="section.J.intro">
        <source>Vragen over de mensen om u heen en wat u in uw vrije tijd doet.</source>
        <translation type="unfinished">ብዛዕባ ኣብ ከባቢኹም ዘለዉ ሰባትን ኣብ ግዜ ዕረፍትኹም እትገብርዎን ዝምልከቱ ሕቶታት።</translation>
    </message>
    <message id="field.contacten_nl.label">
        <source>Hoeveel contact heeft u met mensen in Nederland buiten uw gezin?</source>
        <translation type="unfinished">ኣብ ኔዘርላንድ ካብ ስድራቤትኩም ወጻኢ ምስ ዘለዉ ሰባት ክንደይ ርክብ ኣለኩም?</translation>
    </message>
    <message id="field.familie_in_nl.label">
        <source>Heeft u familie in Nederland (buiten uw gezin)?</source>
        <translation type="unfinished">ኣብ ኔዘርላንድ ቤተሰብ (ካብ ስድራቤትኩም ወጻኢ) ኣለዉኹም ዶ?</translation>
    </message>
    <message id="field.vrijwilligerswerk_interesse.label">
        <source>Wilt u vrijwilligerswerk doen?</source>
        <translation type="unfinished">ወለንታዊ ስራሕ ክትሰርሑ ትደልዩ ዶ?</translation>
    </message>
    <message id="field.vrijwilligerswerk_toelichting.label">
        <source>Wat voor vrijwilligerswerk?</source>
        <translation type="unfinished">ከመይ ዓይነት ወለንታዊ ስራሕ?</translation>
    </message>
    <message id="field.vrije_tijd.label">
        <source>Wat doet u graag in uw vrije tijd (sport, hobby&apos;s, club)?</source>
        <translation type="unfinished">ኣብ ግዜ ዕረፍትኹም እንታይ ክትገብሩ ትፈትዉ (ስፖርት፡ ሆቢ፡ ክለብ)?</translation>
    </message>
    <message id="field.kinderen_school.label">
        <source>Hoe gaat het met uw kinderen op school of de opvang?</source>
        <translation type="unfinished">ቆልዑኹም ኣብ ቤት ትምህርቲ ወይ ኣብ መውዓሊ ህጻናት ከመይ ኣለዉ?</translation>
    </message>
    <message id="section.K.title">
        <source>Motivatie en ambities</source>
        <translation type="unfinished">ድርኺትን ሸቶታትን</translation>
    </message>
    <message id="section.K.intro">
        <source>Wat wilt u leren en bereiken?</source>
        <translation type="unfinished">እንታይ ክትመሃሩን ክትበጽሑን ትደልዩ?</translation>
    </message>
    <message id="field.ontwikkelwensen.label">
        <source>Wat wilt u leren of beter kunnen?</source>
        <translation type="unfinished">እንታይ ክትመሃሩ ወይ ብዝበለጸ ክትኽእሉ ትደልዩ?</translation>
    </message>
    <message id="field.ow_omschrijving.label">
        <source>Omschrijving</source>
        <translation type="unfinished">መግለጺ</translation>
    </message>
    <message id="field.ow_start.label">
        <source>Vanaf</source>
        <translation type="unfinished">ካብ</translation>
    </message>
    <message id="field.ow_eind.label">
        <source>Tot</source>
        <translation type="unfinished">ክሳብ</translation>
    </message>
    <message id="field.ow_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">ዕለት መወዳእታ ቅድሚ ዕለት መጀመርታ እዩ።</translation>
    </message>
    <message id="field.doel_1_jaar.label">
        <source>Waar wilt u over een jaar staan?</source>
        <translation type="unfinished">ድሕሪ ሓደ ዓመት ኣበይ ክትበጽሑ ትደልዩ?</translation>
    </message>
    <message id="field.doel_3_jaar.label">
        <source>Waar wilt u over drie jaar staan?</source>
        <translation type="unfinished">ድሕሪ ሰለስተ ዓመት ኣበይ ክትበጽሑ ትደልዩ?</translation>
    </message>
    <message id="field.wat_heb_je_nodig.label">
        <source>Wat heeft u nodig om dat te bereiken?</source>
        <translation type="unfinished">ኣብኡ ንምብጻሕ እንታይ የድልየኩም?</translation>
    </message>
    <message id="section.L.title">
        <source>Conclusie</source>
        <translation type="unfinished">መደምደምታ</translation>
    </message>
    <message id="section.L.intro">
        <source>Advies en afspraken van de klantmanager. Dit is de basis voor het PIP.</source>
        <translation type="unfinished">ምኽርን ስምምዓትን ናይ ሓላፊ ዓማዊል (klantmanager)። እዚ መሰረት ናይ PIP (ውልቃዊ መደብ ምውህሃድን ተሳትፎን) እዩ።</translation>
    </message>
    <message id="field.advies_leerroute.label">
        <source>Advies leerroute</source>
        <translation type="unfinished">ዝተመኽረ መስመር ትምህርቲ</translation>
    </message>
    <message id="field.afwijking_lbt_onderbouwing.label">
        <source>Waarom wijkt het advies af van de uitslag van de leerbaarheidstoets?</source>
        <translation type="unfinished">እቲ ምኽሪ ካብ ውጽኢት ፈተና ክእለት ምምሃር ስለምንታይ ይፈላለ?</translation>
    </message>
    <message id="field.afwijking_lbt_onderbouwing.hint">
        <source>Verplicht als het advies anders is dan de indicatie van de leerbaarheidstoets.</source>
        <translation type="unfinished">እቲ ምኽሪ ካብ ኣመልካቲ ፈተና ክእለት ምምሃር ዝተፈልየ እንተኾይኑ ግዴታ እዩ።</translation>
    </message>
    <message id="field.hoofddoel.label">
        <source>Hoofddoel</source>
        <translation type="unfinished">ቀንዲ ሸቶ</translation>
    </message>
    <message id="field.aandachtspunten.label">
        <source>Aandachtspunten</source>
        <translation type="unfinished">ኣቓልቦ ዘድልዮም ነጥብታት</translation>
    </message>
    <message id="field.ap_omschrijving.label">
        <source>Omschrijving</source>
        <translation type="unfinished">መግለጺ</translation>
    </message>
    <message id="field.ap_start.label">
        <source>Vanaf</source>
        <translation type="unfinished">ካብ</translation>
    </message>
    <message id="field.ap_eind.label">
        <source>Tot</source>
        <translation type="unfinished">ክሳብ</translation>
    </message>
    <message id="field.ap_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">ዕለት መወዳእታ ቅድሚ ዕለት መጀመርታ እዩ።</translation>
    </message>
    <message id="field.datum_afronding_bi.label">
        <source>Datum afronding brede intake</source>
        <translation type="unfinished">ዕለት ምዝዛም ሰፊሕ መእተዊ ቃለ-መሕትት</translation>
    </message>
    <message id="field.datum_volgend_gesprek.label">
        <source>Datum volgend gesprek</source>
        <translation type="unfinished">ዕለት ቀጻሊ ዘተ</translation>
    </message>
    <message id="field.datum_volgend_gesprek.hint">
        <source>Het eerste voortgangsgesprek na de brede intake.</source>
        <translation type="unfinished">ድሕሪ ሰፊሕ መእተዊ ቃለ-መሕትት እቲ ቀዳማይ ዘተ ምዕባለ።</translation>
    </message>
    <message id="field.vervolgafspraken.label">
        <source>Vervolgafspraken</source>
        <translation type="unfinished">ቀጻሊ ቆጸራታትን ስምምዓትን</translation>
    </message>
    <message id="choices.geslacht.man">
        <source>Man</source>
        <translation type="unfinished">ተባዕታይ</translation>
    </message>
    <message id="choices.geslacht.vrouw">
        <source>Vrouw</source>
        <translation type="unfinished">ኣንስተይቲ</translation>
    </message>
    <message id="choices.geslacht.onbekend">
        <source>Onbekend</source>
        <translation type="unfinished">ዘይፍለጥ</translation>
    </message>
    <message id="choices.landen.SY">
        <source>Syrië</source>
        <translation type="unfinished">ሶርያ</translation>
    </message>
    <message id="choices.landen.ER">
        <source>Eritrea</source>
        <translation type="unfinished">ኤርትራ</translation>
    </message>
    <message id="choices.landen.YE">
        <source>Jemen</source>
        <translation type="unfinished">የመን</translation>
    </message>
    <message id="choices.landen.IQ">
        <source>Irak</source>
        <translation type="unfinished">ዒራቕ</translation>
    </message>
    <message id="choices.landen.AF">
        <source>Afghanistan</source>
        <translation type="unfinished">ኣፍጋኒስታን</translation>
    </message>
    <message id="choices.landen.IR">
        <source>Iran</source>
        <translation type="unfinished">ኢራን</translation>
    </message>
    <message id="choices.landen.TR">
        <source>Turkije</source>
        <translation type="unfinished">ቱርኪ</translation>
    </message>
    <message id="choices.landen.SO">
        <source>Somalië</source>
        <translation type="unfinished">ሶማልያ</translation>
    </message>
    <message id="choices.landen.ET">
        <source>Ethiopië</source>
        <translation type="unfinished">ኢትዮጵያ</translation>
    </message>
    <message id="choices.landen.SD">
        <source>Soedan</source>
        <translation type="unfinished">ሱዳን</translation>
    </message>
    <message id="choices.landen.SS">
        <source>Zuid-Soedan</source>
        <translation type="unfinished">ደቡብ ሱዳን</translation>
    </message>
    <message id="choices.landen.LB">
        <source>Libanon</source>
        <translation type="unfinished">ሊባኖስ</translation>
    </message>
    <message id="choices.landen.JO">
        <source>Jordanië</source>
        <translation type="unfinished">ዮርዳኖስ</translation>
    </message>
    <message id="choices.landen.PS">
        <source>Palestijnse Gebieden</source>
        <translation type="unfinished">ግዝኣታት ፍልስጤም</translation>
    </message>
    <message id="choices.landen.EG">
        <source>Egypte</source>
        <translation type="unfinished">ግብጺ</translation>
    </message>
    <message id="choices.landen.LY">
        <source>Libië</source>
        <translation type="unfinished">ሊብያ</translation>
    </message>
    <message id="choices.landen.MA">
        <source>Marokko</source>
        <translation type="unfinished">ሞሮኮ</translation>
    </message>
    <message id="choices.landen.DZ">
        <source>Algerije</source>
        <translation type="unfinished">ኣልጀርያ</translation>
    </message>
    <message id="choices.landen.TN">
        <source>Tunesië</source>
        <translation type="unfinished">ቱኒዝያ</translation>
    </message>
    <message id="choices.landen.SA">
        <source>Saoedi-Arabië</source>
        <translation type="unfinished">ስዑዲ ዓረብ</translation>
    </message>
    <message id="choices.landen.KW">
        <source>Koeweit</source>
        <translation type="unfinished">ኩዌት</translation>
    </message>
    <message id="choices.landen.AE">
        <source>Verenigde Arabische Emiraten</source>
        <translation type="unfinished">ሕቡራት ኢማራት ዓረብ</translation>
    </message>
    <message id="choices.landen.PK">
        <source>Pakistan</source>
        <translation type="unfinished">ፓኪስታን</translation>
    </message>
    <message id="choices.landen.IN">
        <source>India</source>
        <translation type="unfinished">ህንዲ</translation>
    </message>
    <message id="choices.landen.BD">
        <source>Bangladesh</source>
        <translation type="unfinished">ባንግላደሽ</translation>
    </message>
    <message id="choices.landen.LK">
        <source>Sri Lanka</source>
        <translation type="unfinished">ስሪ ላንካ</translation>
    </message>
    <message id="choices.landen.MM">
        <source>Myanmar</source>
        <translation type="unfinished">ምያንማር</translation>
    </message>
    <message id="choices.landen.CN">
        <source>China</source>
        <translation type="unfinished">ቻይና</translation>
    </message>
    <message id="choices.landen.NG">
        <source>Nigeria</source>
        <translation type="unfinished">ናይጀርያ</translation>
    </message>
    <message id="choices.landen.CM">
        <source>Kameroen</source>
        <translation type="unfinished">ካሜሩን</translation>
    </message>
    <message id="choices.landen.GN">
        <source>Guinee</source>
        <translation type="unfinished">ጊኒ</translation>
    </message>
    <message id="choices.landen.CD">
        <source>Congo (Democratische Republiek)</source>
        <translation type="unfinished">ኮንጎ (ደሞክራስያዊት ሪፓብሊክ)</translation>
    </message>
    <message id="choices.landen.UG">
        <source>Oeganda</source>
        <translation type="unfinished">ኡጋንዳ</translation>
    </message>
    <message id="choices.landen.KE">
        <source>Kenia</source>
        <translation type="unfinished">ኬንያ</translation>
    </message>
    <message id="choices.landen.BI">
        <source>Burundi</source>
        <translation type="unfinished">ብሩንዲ</translation>
    </message>
    <message id="choices.landen.GE">
        <source>Georgië</source>
        <translation type="unfinished">ጆርጅያ</translation>
    </message>
    <message id="choices.landen.AM">
        <source>Armenië</source>
        <translation type="unfinished">ኣርሜንያ</translation>
    </message>
    <message id="choices.landen.AZ">
        <source>Azerbeidzjan</source>
        <translation type="unfinished">ኣዘርባጃን</translation>
    </message>
    <message id="choices.landen.RU">
        <source>Rusland</source>
        <translation type="unfinished">ሩስያ</translation>
    </message>
    <message id="choices.landen.UA">
        <source>Oekraïne</source>
        <translation type="unfinished">ዩክሬን</translation>
    </message>
    <message id="choices.landen.BY">
        <source>Belarus</source>
        <translation type="unfinished">ቤላሩስ</translation>
    </message>
    <message id="choices.landen.CO">
        <source>Colombia</source>
        <translation type="unfinished">ኮሎምብያ</translation>
    </message>
    <message id="choices.landen.VE">
        <source>Venezuela</source>
        <translation type="unfinished">ቬኔዝዌላ</translation>
    </message>
    <message id="choices.landen.BR">
        <source>Brazilië</source>
        <translation type="unfinished">ብራዚል</translation>
    </message>
    <message id="choices.landen.US">
        <source>Verenigde Staten</source>
        <translation type="unfinished">ሕቡራት መንግስታት ኣመሪካ</translation>
    </message>
    <message id="choices.landen.GB">
        <source>Verenigd Koninkrijk</source>
        <translation type="unfinished">ሕቡር መንግስቲ (እንግሊዝ)</translation>
    </message>
    <message id="choices.landen.DE">
        <source>Duitsland</source>
        <translation type="unfinished">ጀርመን</translation>
    </message>
    <message id="choices.landen.BE">
        <source>België</source>
        <translation type="unfinished">ቤልጅዩም</translation>
    </message>
    <message id="choices.landen.NL">
        <source>Nederland</source>
        <translation type="unfinished">ኔዘርላንድ (ሆላንድ)</translation>
    </message>
    <message id="choices.landen.anders">
        <source>Ander land</source>
        <translation type="unfinished">ካልእ ሃገር</translation>
    </message>
    <message id="choices.landen.staatloos">
        <source>Staatloos</source>
        <translation type="unfinished">ሃገር ኣልቦ (ዜግነት ዘይብሉ)</translation>
    </message>
    <message id="choices.landen.onbekend">
        <source>Onbekend</source>
        <translation type="unfinished">ዘይፍለጥ</translation>
    </message>
    <message id="choices.talen.nl">
        <source>Nederlands</source>
        <translation type="unfinished">ሆላንድኛ (ዳች)</translation>
    </message>
    <message id="choices.talen.ar">
        <source>Arabisch</source>
        <translation type="unfinished">ዓረብኛ</translation>
    </message>
    <message id="choices.talen.ti">
        <source>Tigrinya</source>
        <translation type="unfinished">ትግርኛ</translation>
    </message>
    <message id="choices.talen.tr">
        <source>Turks</source>
        <translation type="unfinished">ቱርክኛ</translation>
    </message>
    <message id="choices.talen.fa">
        <source>Perzisch (Farsi)</source>
        <translation type="unfinished">ፋርስኛ</translation>
    </message>
    <message id="choices.talen.fa-AF">
        <source>Dari</source>
        <translation type="unfinished">ዳሪ</translation>
    </message>
    <message id="choices.talen.ps">
        <source>Pasjtoe</source>
        <translation type="unfinished">ፓሽቶ</translation>
    </message>
    <message id="choices.talen.ku">
        <source>Koerdisch (Kurmanji)</source>
        <translation type="unfinished">ኩርዲሽ (ኩርማንጂ)</translation>
    </message>
    <message id="choices.talen.ckb">
        <source>Koerdisch (Sorani)</source>
        <translation type="unfinished">ኩርዲሽ (ሶራኒ)</translation>
    </message>
    <message id="choices.talen.so">
        <source>Somalisch</source>
        <translation type="unfinished">ሶማሊ</translation>
    </message>
    <message id="choices.talen.am">
        <source>Amhaars</source>
        <translation type="unfinished">ኣምሓርኛ</translation>
    </message>
    <message id="choices.talen.om">
        <source>Oromo</source>
        <translation type="unfinished">ኦሮሞ</translation>
    </message>
    <message id="choices.talen.tig">
        <source>Tigre</source>
        <translation type="unfinished">ትግረ</translation>
    </message>
    <message id="choices.talen.en">
        <source>Engels</source>
        <translation type="unfinished">እንግሊዝኛ</translation>
    </message>
    <message id="choices.talen.fr">
        <source>Frans</source>
        <translation type="unfinished">ፈረንሳይኛ</translation>
    </message>
    <message id="choices.talen.ru">
        <source>Russisch</source>
        <translation type="unfinished">ሩስኛ</translation>
    </message>
    <message id="choices.talen.uk">
        <source>Oekraïens</source>
        <translation type="unfinished">ዩክረይንኛ</translation>
    </message>
    <message id="choices.talen.ur">
        <source>Urdu</source>
        <translation type="unfinished">ኡርዱ</translation>
    </message>
    <message id="choices.talen.bn">
        <source>Bengaals</source>
        <translation type="unfinished">በንጋሊ</translation>
    </message>
    <message id="choices.talen.es">
        <source>Spaans</source>
        <translation type="unfinished">ስጳንኛ</translation>
    </message>
    <message id="choices.talen.de">
        <source>Duits</source>
        <translation type="unfinished">ጀርመንኛ</translation>
    </message>
    <message id="choices.talen.sw">
        <source>Swahili</source>
        <translation type="unfinished">ስዋሂሊ</translation>
    </message>
    <message id="choices.talen.ber">
        <source>Berbers (Tamazight)</source>
        <translation type="unfinished">በርበር (ታማዚግት)</translation>
    </message>
    <message id="choices.talen.hy">
        <source>Armeens</source>
        <translation type="unfinished">ኣርሜንኛ</translation>
    </message>
    <message id="choices.talen.ka">
        <source>Georgisch</source>
        <translation type="unfinished">ጆርጅያንኛ</translation>
    </message>
    <message id="choices.talen.az">
        <source>Azerbeidzjaans</source>
        <translation type="unfinished">ኣዘርባጃንኛ</translation>
    </message>
    <message id="choices.talen.anders">
        <source>Andere taal</source>
        <translation type="unfinished">ካልእ ቋንቋ</translation>
    </message>
    <message id="choices.doelgroep.asielstatushouder">
        <source>Asielstatushouder</source>
        <translation type="unfinished">ዑቕባ ዝረኸበ ሰብ (asielstatushouder)</translation>
    </message>
    <message id="choices.doelgroep.gezinsmigrant">
        <source>Gezinsmigrant</source>
        <translation type="unfinished">ብስድራ ዝመጸ ስደተኛ</translation>
    </message>
    <message id="choices.doelgroep.overige">
        <source>Overige migrant</source>
        <translation type="unfinished">ካልእ ስደተኛ</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.asiel_eerste_aanvrager">
        <source>Asiel – eerste aanvrager</source>
        <translation type="unfinished">ዑቕባ – ቀዳማይ ሓታቲ</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.nareiziger">
        <source>Nareiziger</source>
        <translation type="unfinished">ደሓር ዝመጸ ኣባል ስድራ (nareiziger)</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.gezinshereniging">
        <source>Gezinshereniging</source>
        <translation type="unfinished">ምጥርናፍ ስድራ</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.gezinsvorming">
        <source>Gezinsvorming</source>
        <translation type="unfinished">ምምስራት ስድራ</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.overig">
        <source>Overig</source>
        <translation type="unfinished">ካልእ</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.asiel_bepaalde_tijd">
        <source>Asiel, bepaalde tijd</source>
        <translation type="unfinished">ዑቕባ፡ ንውሱን ግዜ</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.regulier_familie">
        <source>Regulier, verblijf bij familie of partner</source>
        <translation type="unfinished">ልሙድ፡ ምስ ስድራ ወይ መጻምድቲ ምንባር</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.regulier_overig">
        <source>Regulier, ander verblijfsdoel</source>
        <translation type="unfinished">ልሙድ፡ ካልእ ዕላማ መንበሪ</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.onbekend">
        <source>Nog niet bekend</source>
        <translation type="unfinished">ገና ኣይተፈልጠን</translation>
    </message>
    <message id="choices.tolk_type.telefonisch">
        <source>Telefonisch</source>
        <translation type="unfinished">ብተሌፎን</translation>
    </message>
    <message id="choices.tolk_type.fysiek">
        <source>Aanwezig bij het gesprek</source>
        <translation type="unfinished">ኣብ ዘተ ብኣካል ዝነበረ</translation>
    </message>
    <message id="choices.tolk_type.familielid">
        <source>Familielid of kennis</source>
        <translation type="unfinished">ኣባል ስድራ ወይ ፈላጢ</translation>
    </message>
    <message id="choices.gesprekslocatie.azc">
        <source>Azc (COA-locatie)</source>
        <translation type="unfinished">መዕቆቢ ሓተትቲ ዑቕባ (azc፡ ቦታ COA)</translation>
    </message>
    <message id="choices.gesprekslocatie.thuis">
        <source>Bij de klant thuis</source>
        <translation type="unfinished">ኣብ ገዛ ዓሚል</translation>
    </message>
    <message id="choices.gesprekslocatie.gemeentekantoor">
        <source>Gemeentekantoor</source>
        <translation type="unfinished">ቤት ጽሕፈት ምምሕዳር ከተማ</translation>
    </message>
    <message id="choices.gesprekslocatie.taalschool">
        <source>Taalschool</source>
        <translation type="unfinished">ቤት ትምህርቲ ቋንቋ</translation>
    </message>
    <message id="choices.burgerlijke_staat.ongehuwd">
        <source>Ongehuwd</source>
        <translation type="unfinished">ዘይተመርዓወ/ት</translation>
    </message>
    <message id="choices.burgerlijke_staat.gehuwd">
        <source>Gehuwd</source>
        <translation type="unfinished">ምርዑው/ት</translation>
    </message>
    <message id="choices.burgerlijke_staat.geregistreerd_partner">
        <source>Geregistreerd partnerschap</source>
        <translation type="unfinished">ዝተመዝገበ ሽርክና (geregistreerd partnerschap)</translation>
    </message>
    <message id="choices.burgerlijke_staat.samenwonend">
        <source>Samenwonend</source>
        <translation type="unfinished">ብዘይ መርዓ ብሓባር ዝነብሩ</translation>
    </message>
    <message id="choices.burgerlijke_staat.gescheiden">
        <source>Gescheiden</source>
        <translation type="unfinished">ዝተፋትሐ/ት</translation>
    </message>
    <message id="choices.burgerlijke_staat.weduwe">
        <source>Weduwe of weduwnaar</source>
        <translation type="unfinished">በዓልቲ ቤቱ ዝሞተቶ ወይ በዓል ቤታ ዝሞታ</translation>
    </message>
    <message id="choices.burgerlijke_staat.onbekend">
        <source>Wil ik niet zeggen</source>
        <translation type="unfinished">ክገልጽ ኣይደልን</translation>
    </message>
    <message id="choices.relatie.partner">
        <source>Partner</source>
        <translation type="unfinished">መጻምድቲ (በዓል ቤት ወይ በዓልቲ ቤት)</translation>
    </message>
    <message id="choices.relatie.kind">
        <source>Kind</source>
        <translation type="unfinished">ቆልዓ (ውላድ)</translation>
    </message>
    <message id="choices.relatie.ouder">
        <source>Vader of moeder</source>
        <translation type="unfinished">ኣቦ ወይ ኣደ</translation>
    </message>
    <message id="choices.relatie.broer_zus">
        <source>Broer of zus</source>
        <translation type="unfinished">ሓው ወይ ሓብቲ</translation>
    </message>
    <message id="choices.relatie.familie">
        <source>Ander familielid</source>
        <translation type="unfinished">ካልእ ኣባል ቤተሰብ</translation>
    </message>
    <message id="choices.relatie.anders">
        <source>Iemand anders</source>
        <translation type="unfinished">ካልእ ሰብ</translation>
    </message>
    <message id="choices.zorgtaken.kinderen">
        <source>Zorg voor kinderen</source>
        <translation type="unfinished">ምክንኻን ቆልዑ</translation>
    </message>
    <message id="choices.zorgtaken.zieke_partner">
        <source>Zorg voor een zieke partner</source>
        <translation type="unfinished">ምክንኻን ሕሙም መጻምድቲ</translation>
    </message>
    <message id="choices.zorgtaken.ouder_familielid">
        <source>Zorg voor een ouder familielid</source>
        <translation type="unfinished">ምክንኻን ዓቢ ዕድመ ዘለዎ ኣባል ቤተሰብ</translation>
    </message>
    <message id="choices.zorgtaken.geen">
        <source>Geen zorgtaken</source>
        <translation type="unfinished">ናይ ምክንኻን ሓላፍነት የብለይን</translation>
    </message>
    <message id="choices.woonsituatie.azc">
        <source>Azc (COA-locatie)</source>
        <translation type="unfinished">መዕቆቢ ሓተትቲ ዑቕባ (azc፡ ቦታ COA)</translation>
    </message>
    <message id="choices.woonsituatie.tijdelijke_woning">
        <source>Tijdelijke woning</source>
        <translation type="unfinished">ግዝያዊ ገዛ</translation>
    </message>
    <message id="choices.woonsituatie.eigen_huurwoning">
        <source>Eigen huurwoning</source>
        <translation type="unfinished">ናተይ ናይ ክራይ ገዛ</translation>
    </message>
    <message id="choices.woonsituatie.inwonend">
        <source>Inwonend bij familie of kennissen</source>
        <translation type="unfinished">ምስ ቤተሰብ ወይ ፈለጥቲ እነብር</translation>
    </message>
    <message id="choices.ervaren_gezondheid.1">
        <source>Slecht</source>
        <translation type="unfinished">ሕማቕ</translation>
    </message>
    <message id="choices.ervaren_gezondheid.2">
        <source>Matig</source>
        <translation type="unfinished">ትሕቲ ማእከላይ</translation>
    </message>
    <message id="choices.ervaren_gezondheid.3">
        <source>Redelijk</source>
        <translation type="unfinished">ማእከላይ</translation>
    </message>
    <message id="choices.ervaren_gezondheid.4">
        <source>Goed</source>
        <translation type="unfinished">ጽቡቕ</translation>
    </message>
    <message id="choices.ervaren_gezondheid.5">
        <source>Uitstekend</source>
        <translation type="unfinished">ኣዝዩ ጽቡቕ</translation>
    </message>
    <message id="choices.beperkingen_leren.zien">
        <source>Zien</source>
        <translation type="unfinished">ምርኣይ</translation>
    </message>
    <message id="choices.beperkingen_leren.horen">
        <source>Horen</source>
        <translation type="unfinished">ምስማዕ</translation>
    </message>
    <message id="choices.beperkingen_leren.mobiliteit">
        <source>Lopen of bewegen</source>
        <translation type="unfinished">ምኻድ ወይ ምንቅስቓስ</translation>
    </message>
    <message id="choices.beperkingen_leren.pijn">
        <source>Pijn</source>
        <translation type="unfinished">ቃንዛ</translation>
    </message>
    <message id="choices.beperkingen_leren.vermoeidheid">
        <source>Vermoeidheid</source>
        <translation type="unfinished">ድኻም</translation>
    </message>
    <message id="choices.beperkingen_leren.geen">
        <source>Geen</source>
        <translation type="unfinished">የለን</translation>
    </message>
    <message id="choices.belasting_signaal.1">
        <source>Geen signalen</source>
        <translation type="unfinished">ምልክት የለን</translation>
    </message>
    <message id="choices.belasting_signaal.2">
        <source>Weinig</source>
        <translation type="unfinished">ውሑድ</translation>
    </message>
    <message id="choices.belasting_signaal.3">
        <source>Enigszins</source>
        <translation type="unfinished">ብመጠኑ</translation>
    </message>
    <message id="choices.belasting_signaal.4">
        <source>Veel</source>
        <translation type="unfinished">ብዙሕ</translation>
    </message>
    <message id="choices.belasting_signaal.5">
        <source>Zeer veel</source>
        <translation type="unfinished">ኣዝዩ ብዙሕ</translation>
    </message>
    <message id="choices.doorverwijzing.huisarts">
        <source>Huisarts</source>
        <translation type="unfinished">ሓኪም ስድራቤት (huisarts)</translation>
    </message>
    <message id="choices.doorverwijzing.ggd">
        <source>GGD</source>
        <translation type="unfinished">GGD (ኣገልግሎት ህዝባዊ ጥዕና)</translation>
    </message>
    <message id="choices.doorverwijzing.poh_ggz">
        <source>POH-GGZ (praktijkondersteuner)</source>
        <translation type="unfinished">POH-GGZ (ሓጋዚ ሓኪም ንጥዕና ኣእምሮ)</translation>
    </message>
    <message id="choices.doorverwijzing.maatschappelijk_werk">
        <source>Maatschappelijk werk</source>
        <translation type="unfinished">ማሕበራዊ ስራሕ (maatschappelijk werk)</translation>
    </message>
    <message id="choices.doorverwijzing.geen">
        <source>Geen doorverwijzing</source>
        <translation type="unfinished">ምሕላፍ የለን</translation>
    </message>
    <message id="choices.opleidingsniveau.geen">
        <source>Geen onderwijs gevolgd</source>
        <translation type="unfinished">ትምህርቲ ኣይተማሃርኩን</translation>
    </message>
    <message id="choices.opleidingsniveau.basis">
        <source>Basisonderwijs</source>
        <translation type="unfinished">ቀዳማይ ደረጃ ትምህርቲ</translation>
    </message>
    <message id="choices.opleidingsniveau.vo_onderbouw">
        <source>Voortgezet onderwijs, niet afgemaakt</source>
        <translation type="unfinished">ካልኣይ ደረጃ ትምህርቲ፡ ዘይተወድአ</translation>
    </message>
    <message id="choices.opleidingsniveau.vo_afgerond">
        <source>Voortgezet onderwijs, afgemaakt</source>
        <translation type="unfinished">ካልኣይ ደረጃ ትምህርቲ፡ ዝተወድአ</translation>
    </message>
    <message id="choices.opleidingsniveau.beroeps">
        <source>Beroepsopleiding</source>
        <translation type="unfinished">ሞያዊ ትምህርቲ</translation>
    </message>
    <message id="choices.opleidingsniveau.hbo_bachelor">
        <source>Hbo-bachelor</source>
        <translation type="unfinished">ቀዳማይ ዲግሪ ካብ ሞያዊ ኮለጅ (hbo)</translation>
    </message>
    <message id="choices.opleidingsniveau.wo_bachelor">
        <source>Universiteit, bachelor</source>
        <translation type="unfinished">ዩኒቨርሲቲ፡ ቀዳማይ ዲግሪ</translation>
    </message>
    <message id="choices.opleidingsniveau.master">
        <source>Master</source>
        <translation type="unfinished">ካልኣይ ዲግሪ (ማስተርስ)</translation>
    </message>
    <message id="choices.opleidingsniveau.doctoraat">
        <source>Doctoraat (PhD)</source>
        <translation type="unfinished">ዶክትሬት (PhD)</translation>
    </message>
    <message id="choices.nl_niveau.mbo1">
        <source>Mbo niveau 1</source>
        <translation type="unfinished">Mbo ደረጃ 1</translation>
    </message>
    <message id="choices.nl_niveau.mbo2">
        <source>Mbo niveau 2</source>
        <translation type="unfinished">Mbo ደረጃ 2</translation>
    </message>
    <message id="choices.nl_niveau.mbo3">
        <source>Mbo niveau 3</source>
        <translation type="unfinished">Mbo ደረጃ 3</translation>
    </message>
    <message id="choices.nl_niveau.mbo4">
        <source>Mbo niveau 4</source>
        <translation type="unfinished">Mbo ደረጃ 4</translation>
    </message>
    <message id="choices.nl_niveau.hbo_ad">
        <source>Hbo associate degree</source>
        <translation type="unfinished">Hbo associate degree (ናይ ክልተ ዓመት ትምህርቲ)</translation>
    </message>
    <message id="choices.nl_niveau.hbo_bachelor">
        <source>Hbo-bachelor</source>
        <translation type="unfinished">Hbo ቀዳማይ ዲግሪ</translation>
    </message>
    <message id="choices.nl_niveau.hbo_master">
        <source>Hbo-master</source>
        <translation type="unfinished">Hbo ካልኣይ ዲግሪ</translation>
    </message>
    <message id="choices.nl_niveau.wo_bachelor">
        <source>Wo-bachelor</source>
        <translation type="unfinished">Wo (ዩኒቨርሲቲ) ቀዳማይ ዲግሪ</translation>
    </message>
    <message id="choices.nl_niveau.wo_master">
        <source>Wo-master</source>
        <translation type="unfinished">Wo (ዩኒቨርሲቲ) ካልኣይ ዲግሪ</translation>
    </message>
    <message id="choices.vaardigheid4.1">
        <source>Niet</source>
        <translation type="unfinished">ኣይክእልን</translation>
    </message>
    <message id="choices.vaardigheid4.2">
        <source>Een beetje</source>
        <translation type="unfinished">ቁሩብ</translation>
    </message>
    <message id="choices.vaardigheid4.3">
        <source>Redelijk</source>
        <translation type="unfinished">ማእከላይ</translation>
    </message>
    <message id="choices.vaardigheid4.4">
        <source>Goed</source>
        <translation type="unfinished">ጽቡቕ</translation>
    </message>
    <message id="choices.latijns_schrift.nee">
        <source>Nee</source>
        <translation type="unfinished">ኣይፋል</translation>
    </message>
    <message id="choices.latijns_schrift.beperkt">
        <source>Een beetje</source>
        <translation type="unfinished">ቁሩብ</translation>
    </message>
    <message id="choices.latijns_schrift.ja">
        <source>Ja</source>
        <translation type="unfinished">እወ</translation>
    </message>
    <message id="choices.formeel_informeel.formeel">
        <source>Formeel (met contract of eigen bedrijf)</source>
        <translation type="unfinished">ወግዓዊ (ብውዕል ወይ ናይ ገዛእ ርእሲ ንግዲ)</translation>
    </message>
    <message id="choices.formeel_informeel.informeel">
        <source>Informeel (zonder contract, bijvoorbeeld in familiebedrijf)</source>
        <translation type="unfinished">ዘይወግዓዊ (ብዘይ ውዕል፡ ንኣብነት ኣብ ንግዲ ስድራ)</translation>
    </message>
    <message id="choices.sectoren.bouw">
        <source>Bouw</source>
        <translation type="unfinished">ህንጻ</translation>
    </message>
    <message id="choices.sectoren.techniek">
        <source>Techniek en installatie</source>
        <translation type="unfinished">ቴክኒክን ምትካልን</translation>
    </message>
    <message id="choices.sectoren.zorg">
        <source>Zorg en welzijn</source>
        <translation type="unfinished">ክንክንን ጥዕናን</translation>
    </message>
    <message id="choices.sectoren.onderwijs">
        <source>Onderwijs en kinderopvang</source>
        <translation type="unfinished">ትምህርትን ሓብሓብ ህጻናትን</translation>
    </message>
    <message id="choices.sectoren.horeca">
        <source>Horeca en keuken</source>
        <translation type="unfinished">ቤት መግብን ሆቴልን ክሽነን</translation>
    </message>
    <message id="choices.sectoren.schoonmaak">
        <source>Schoonmaak</source>
        <translation type="unfinished">ጽሬት</translation>
    </message>
    <message id="choices.sectoren.logistiek">
        <source>Transport en logistiek</source>
        <translation type="unfinished">መጓዓዝያን ሎጂስቲክስን</translation>
    </message>
    <message id="choices.sectoren.landbouw">
        <source>Landbouw, tuinbouw en groen</source>
        <translation type="unfinished">ሕርሻ፡ ኣታኽልትን ጀራዲንን</translation>
    </message>
    <message id="choices.sectoren.handel">
        <source>Winkel en handel</source>
        <translation type="unfinished">ድኳንን ንግድን</translation>
    </message>
    <message id="choices.sectoren.administratie">
        <source>Administratie en kantoor</source>
        <translation type="unfinished">ምምሕዳርን ቤት ጽሕፈትን</translation>
    </message>
    <message id="choices.sectoren.ict">
        <source>ICT</source>
        <translation type="unfinished">ICT (ሓበሬታ ቴክኖሎጂ)</translation>
    </message>
    <message id="choices.sectoren.productie">
        <source>Productie en fabriek</source>
        <translation type="unfinished">ፍርያትን ፋብሪካን</translation>
    </message>
    <message id="choices.sectoren.kapper">
        <source>Kapper en schoonheid</source>
        <translation type="unfinished">መቐስ ጸጉሪን ጽባቐን</translation>
    </message>
    <message id="choices.sectoren.textiel">
        <source>Kleding en naaien</source>
        <translation type="unfinished">ክዳውንትን ስፌትን</translation>
    </message>
    <message id="choices.sectoren.voeding">
        <source>Bakkerij, slagerij en voeding</source>
        <translation type="unfinished">ፎርኖ፡ ስጋ ቤትን መግብን</translation>
    </message>
    <message id="choices.sectoren.autotechniek">
        <source>Auto&apos;s en motoren</source>
        <translation type="unfinished">መካይንን ሞተራትን</translation>
    </message>
    <message id="choices.sectoren.overig">
        <source>Anders</source>
        <translation type="unfinished">ካልእ</translation>
    </message>
    <message id="choices.werkvaardigheid4.1">
        <source>Nog lastig</source>
        <translation type="unfinished">ገና ይኸብደኒ</translation>
    </message>
    <message id="choices.werkvaardigheid4.2">
        <source>Soms goed</source>
        <translation type="unfinished">ሓደ ሓደ ግዜ ጽቡቕ</translation>
    </message>
    <message id="choices.werkvaardigheid4.3">
        <source>Meestal goed</source>
        <translation type="unfinished">መብዛሕትኡ ግዜ ጽቡቕ</translation>
    </message>
    <message id="choices.werkvaardigheid4.4">
        <source>Goed</source>
        <translation type="unfinished">ጽቡቕ</translation>
    </message>
    <message id="choices.situatie_werk.werkt">
        <source>Werkt nu</source>
        <translation type="unfinished">ሕጂ እሰርሕ ኣለኹ</translation>
    </message>
    <message id="choices.situatie_werk.zoekt">
        <source>Zoekt werk</source>
        <translation type="unfinished">ስራሕ እደሊ ኣለኹ</translation>
    </message>
    <message id="choices.situatie_werk.niet_beschikbaar">
        <source>Nu niet beschikbaar</source>
        <translation type="unfinished">ሕጂ ድሉው ኣይኮንኩን</translation>
    </message>
    <message id="choices.nederlands_niveau.A0">
        <source>Nog geen Nederlands (A0)</source>
        <translation type="unfinished">ገና ሆላንድኛ ኣይክእልን (A0)</translation>
    </message>
    <message id="choices.nederlands_niveau.A1">
        <source>A1</source>
        <translation type="unfinished">A1: ቁሩብ ሆላንድኛ – ቀለልቲ ቃላትን ሓጸርቲ ምሉእ ሓሳባትን</translation>
    </message>
    <message id="choices.nederlands_niveau.A2">
        <source>A2</source>
        <translation type="unfinished">A2: መሰረታዊ ሆላንድኛ – ብዛዕባ እትፈልጥዎ ጉዳያት መዓልታዊ ዘረባ</translation>
    </message>
    <message id="choices.nederlands_niveau.B1plus">
        <source>B1 of hoger</source>
        <translation type="unfinished">B1 ወይ ልዕሊኡ: ጽቡቕ ሆላንድኛ – ኣብ መብዛሕትኡ ኩነታት ትኽእልዎ ኢኹም</translation>
    </message>
    <message id="choices.leerroute.b1">
        <source>B1-route</source>
        <translation type="unfinished">መስመር B1 (B1-route)</translation>
    </message>
    <message id="choices.leerroute.onderwijs">
        <source>Onderwijsroute</source>
        <translation type="unfinished">መስመር ትምህርቲ (onderwijsroute)</translation>
    </message>
    <message id="choices.leerroute.z">
        <source>Z-route (zelfredzaamheidsroute)</source>
        <translation type="unfinished">መስመር Z (መስመር ርእስኻ ምኽኣል፡ zelfredzaamheidsroute)</translation>
    </message>
    <message id="choices.lbt_reden.zintuiglijke_beperking">
        <source>Zintuiglijke beperking (zien of horen)</source>
        <translation type="unfinished">ጸገም ሕዋሳት (ምርኣይ ወይ ምስማዕ)</translation>
    </message>
    <message id="choices.lbt_reden.anders">
        <source>Andere reden</source>
        <translation type="unfinished">ካልእ ምኽንያት</translation>
    </message>
    <message id="choices.ingehouden_lasten.huur">
        <source>Huur</source>
        <translation type="unfinished">ክራይ</translation>
    </message>
    <message id="choices.ingehouden_lasten.energie">
        <source>Energie</source>
        <translation type="unfinished">ጸዓት (መብራህትን ጋዝን)</translation>
    </message>
    <message id="choices.ingehouden_lasten.water">
        <source>Water</source>
        <translation type="unfinished">ማይ</translation>
    </message>
    <message id="choices.ingehouden_lasten.zorgverzekering">
        <source>Zorgverzekering</source>
        <translation type="unfinished">መድሕን ጥዕና</translation>
    </message>
    <message id="choices.ingehouden_lasten.gemeentelijke_belastingen">
        <source>Gemeentelijke belastingen</source>
        <translation type="unfinished">ግብሪ ምምሕዳር ከተማ</translation>
    </message>
    <message id="choices.ingehouden_lasten.overig">
        <source>Overige vaste lasten</source>
        <translation type="unfinished">ካልኦት ቀወምቲ ወጻኢታት</translation>
    </message>
    <message id="choices.toeslagen.huurtoeslag">
        <source>Huurtoeslag</source>
        <translation type="unfinished">ድጎማ ክራይ (huurtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.zorgtoeslag">
        <source>Zorgtoeslag</source>
        <translation type="unfinished">ድጎማ መድሕን ጥዕና (zorgtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.kinderopvangtoeslag">
        <source>Kinderopvangtoeslag</source>
        <translation type="unfinished">ድጎማ መውዓሊ ህጻናት (kinderopvangtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.kindgebonden_budget">
        <source>Kindgebonden budget</source>
        <translation type="unfinished">በጀት ቆልዑ (kindgebonden budget)</translation>
    </message>
    <message id="choices.toeslagen.geen">
        <source>Geen toeslagen</source>
        <translation type="unfinished">ድጎማ የለን</translation>
    </message>
    <message id="choices.zrm5.1">
        <source>Acute problemen</source>
        <translation type="unfinished">ህጹጽ ጸገማት</translation>
    </message>
    <message id="choices.zrm5.2">
        <source>Niet zelfredzaam</source>
        <translation type="unfinished">ርእሱ ኣይክእልን</translation>
    </message>
    <message id="choices.zrm5.3">
        <source>Beperkt zelfredzaam</source>
        <translation type="unfinished">ብውሱን ርእሱ ይኽእል</translation>
    </message>
    <message id="choices.zrm5.4">
        <source>Voldoende zelfredzaam</source>
        <translation type="unfinished">ብእኹል ርእሱ ይኽእል</translation>
    </message>
    <message id="choices.zrm5.5">
        <source>Volledig zelfredzaam</source>
        <translation type="unfinished">ምሉእ ብምሉእ ርእሱ ይኽእል</translation>
    </message>
    <message id="choices.mb_organisatie.vluchtelingenwerk">
        <source>VluchtelingenWerk</source>
        <translation type="unfinished">VluchtelingenWerk (ሆላንዳዊ ትካል ስደተኛታት)</translation>
    </message>
    <message id="choices.mb_organisatie.gemeente">
        <source>De gemeente zelf</source>
        <translation type="unfinished">ምምሕዳር ከተማ ባዕሉ</translation>
    </message>
    <message id="choices.mb_organisatie.andere_organisatie">
        <source>Andere organisatie</source>
        <translation type="unfinished">ካልእ ትካል</translation>
    </message>
    <message id="choices.contacten4.1">
        <source>Geen</source>
        <translation type="unfinished">የብለይን</translation>
    </message>
    <message id="choices.contacten4.2">
        <source>Weinig</source>
        <translation type="unfinished">ውሑድ</translation>
    </message>
    <message id="choices.contacten4.3">
        <source>Een paar</source>
        <translation type="unfinished">ቁሩብ</translation>
    </message>
    <message id="choices.contacten4.4">
        <source>Veel</source>
        <translation type="unfinished">ብዙሕ</translation>
    </message>
    <message id="choices.hoofddoel.werk">
        <source>Werk</source>
        <translation type="unfinished">ስራሕ</translation>
    </message>
    <message id="choices.hoofddoel.onderwijs">
        <source>Onderwijs</source>
        <translation type="unfinished">ትምህርቲ</translation>
    </message>
    <message id="choices.hoofddoel.participatie">
        <source>Meedoen in de samenleving (participatie)</source>
        <translation type="unfinished">ኣብ ሕብረተሰብ ምስታፍ (participatie)</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message id="theme.kennismaken">
        <source>Kennismaken</source>
        <extracomment>Getting to know each other</extracomment>
        <translation type="unfinished">ምልላይ</translation>
    </message>
    <message id="theme.werk">
        <source>Werk en ambities</source>
        <extracomment>Work and ambitions</extracomment>
        <translation type="unfinished">ስራሕን ሸቶታትን</translation>
    </message>
    <message id="theme.leren">
        <source>Leren en taal</source>
        <extracomment>Learning and language</extracomment>
        <translation type="unfinished">ትምህርትን ቋንቋን</translation>
    </message>
    <message id="theme.gezondheid">
        <source>Gezondheid en welzijn</source>
        <extracomment>Health and well-being</extracomment>
        <translation type="unfinished">ጥዕናን ደሓንነትን</translation>
    </message>
    <message id="theme.netwerk">
        <source>Netwerk en vrije tijd</source>
        <extracomment>Network and free time</extracomment>
        <translation type="unfinished">ማሕበራዊ ርክባትን ናይ ዕረፍቲ ግዜን</translation>
    </message>
    <message id="theme.wonen">
        <source>Wonen, gezin en geldzaken</source>
        <extracomment>Home, family and money</extracomment>
        <translation type="unfinished">መንበሪ ገዛ፡ ስድራቤትን ገንዘባዊ ጉዳያትን</translation>
    </message>
    <message id="theme.toekomst">
        <source>Toekomst en afspraken</source>
        <extracomment>Future and agreements</extracomment>
        <translation type="unfinished">መጻኢን ስምምዓትን</translation>
    </message>
    <message id="card.1">
        <source>Wat wil je dat ik over jou weet?</source>
        <extracomment>What would you like me to know about you?</extracomment>
        <translation type="unfinished">ብዛዕባኹም እንታይ ክፈልጥ ትደልዩ?</translation>
    </message>
    <message id="card.2">
        <source>Hoe ziet een gewone dag voor jou eruit?</source>
        <extracomment>What does an ordinary day look like for you?</extracomment>
        <translation type="unfinished">ሓንቲ ንቡር መዓልትኹም ከመይ ትሓልፍ?</translation>
    </message>
    <message id="card.3">
        <source>Waar ben je trots op?</source>
        <extracomment>What are you proud of?</extracomment>
        <translation type="unfinished">ብምንታይ ትሕበኑ?</translation>
    </message>
    <message id="card.4">
        <source>Hoe wil je dat ik je noem?</source>
        <extracomment>What would you like me to call you?</extracomment>
        <translation type="unfinished">ብኸመይ ስም ክጽውዓኩም ትደልዩ?</translation>
    </message>
    <message id="card.5">
        <source>Welke taal spreek je het liefst als het moeilijk wordt?</source>
        <extracomment>Which language do you prefer when things get difficult?</extracomment>
        <translation type="unfinished">ነገራት ምስ ዝኸብዱ ብኣየናይ ቋንቋ ክትዛረቡ ትመርጹ?</translation>
    </message>
    <message id="card.6">
        <source>Wat heb je al geleerd sinds je in Nederland bent?</source>
        <extracomment>What have you already learned since you came to the Netherlands?</extracomment>
        <translation type="unfinished">ናብ ኔዘርላንድ ካብ እትመጹ ጀሚርኩም እንታይ ተማሂርኩም?</translation>
    </message>
    <message id="card.7">
        <source>Wanneer is dit gesprek voor jou goed gegaan?</source>
        <extracomment>When will you feel this conversation went well?</extracomment>
        <translation type="unfinished">እዚ ዝርርብ ጽቡቕ ከም ዝኸደ መዓስ ክስመዓኩም እዩ?</translation>
    </message>
    <message id="card.8">
        <source>Welk werk heb je gedaan, betaald of onbetaald?</source>
        <extracomment>What work have you done, paid or unpaid?</extracomment>
        <translation type="unfinished">ብኽፍሊት ይኹን ብዘይ ክፍሊት፡ እንታይ ዓይነት ስራሕ ሰሪሕኩም?</translation>
    </message>
    <message id="card.9">
        <source>Wat kun je goed met je handen, met je hoofd of met mensen?</source>
        <extracomment>What are you good at: with your hands, your head, or with people?</extracomment>
        <translation type="unfinished">ኣብ እንታይ ኢኹም ክኢላታት፦ ብኢድኩም፡ ብሓንጎልኩም ወይስ ምስ ሰባት?</translation>
    </message>
    <message id="card.10">
        <source>Welk werk zou je over drie jaar willen doen?</source>
        <extracomment>What work would you like to do three years from now?</extracomment>
        <translation type="unfinished">ድሕሪ ሰለስተ ዓመት እንታይ ዓይነት ስራሕ ክትሰርሑ ትደልዩ?</translation>
    </message>
    <message id="card.11">
        <source>Wat heb je nodig om dat werk te kunnen doen?</source>
        <extracomment>What do you need to be able to do that work?</extracomment>
        <translation type="unfinished">ነቲ ስራሕ ክትሰርሕዎ ምእንቲ እንታይ የድልየኩም?</translation>
    </message>
    <message id="card.12">
        <source>Welk werk wil je liever niet doen, en waarom?</source>
        <extracomment>What work would you rather not do, and why?</extracomment>
        <translation type="unfinished">እንታይ ዓይነት ስራሕ ክትሰርሑ ዘይትደልዩ፡ ስለምንታይ?</translation>
    </message>
    <message id="card.13">
        <source>Wie kent er iemand die werkt in het vak dat jij leuk vindt?</source>
        <extracomment>Do you know anyone who works in the field you like?</extracomment>
        <translation type="unfinished">ኣብቲ እትፈትውዎ ሞያ ዝሰርሕ ሰብ ትፈልጡ ዶ?</translation>
    </message>
    <message id="card.14">
        <source>Hoeveel uur per week kun je nu werken of meedoen?</source>
        <extracomment>How many hours a week can you work or take part right now?</extracomment>
        <translation type="unfinished">ሕጂ ኣብ ሰሙን ክንደይ ሰዓት ክትሰርሑ ወይ ክትሳተፉ ትኽእሉ?</translation>
    </message>
    <message id="card.15">
        <source>Noem twee dingen waar je beter in wilt worden.</source>
        <extracomment>Name two things you want to get better at.</extracomment>
        <translation type="unfinished">ዝያዳ ክትመሓየሹሉ እትደልዩ ክልተ ነገራት ጥቐሱ።</translation>
    </message>
    <message id="card.16">
        <source>Hoe leer jij het makkelijkst: kijken, luisteren, doen of lezen?</source>
        <extracomment>How do you learn most easily: watching, listening, doing or reading?</extracomment>
        <translation type="unfinished">ብቐሊሉ ብኸመይ ትመሃሩ፦ ብምርኣይ፡ ብምስማዕ፡ ብምግባር ወይስ ብምንባብ?</translation>
    </message>
    <message id="card.17">
        <source>Wat vond je vroeger op school leuk of moeilijk?</source>
        <extracomment>What did you like or find hard at school?</extracomment>
        <translation type="unfinished">ቀደም ኣብ ቤት ትምህርቲ እንታይ ትፈትዉ ነርኹም፡ እንታይከ ይኸብደኩም ነይሩ?</translation>
    </message>
    <message id="card.18">
        <source>Waar en met wie spreek je nu Nederlands?</source>
        <extracomment>Where, and with whom, do you speak Dutch now?</extracomment>
        <translation type="unfinished">ሕጂ ኣበይን ምስ መንን ሆላንድኛ ትዛረቡ?</translation>
    </message>
    <message id="card.19">
        <source>Wat maakt het leren van Nederlands soms lastig voor jou?</source>
        <extracomment>What sometimes makes learning Dutch hard for you?</extracomment>
        <translation type="unfinished">ሆላንድኛ ምምሃር ሓሓሊፉ ንዓኹም ከቢድ ዝገብሮ እንታይ እዩ?</translation>
    </message>
    <message id="card.20">
        <source>Welke opleiding zou je nog willen volgen?</source>
        <extracomment>Which education or training would you still like to do?</extracomment>
        <translation type="unfinished">ገና እንታይ ዓይነት ትምህርቲ ወይ ስልጠና ክትወስዱ ትደልዩ?</translation>
    </message>
    <message id="card.21">
        <source>Hoe merk je dat je vooruit gaat?</source>
        <extracomment>How do you notice that you are making progress?</extracomment>
        <translation type="unfinished">ከም እትመሓየሹ ብኸመይ ትፈልጡ?</translation>
    </message>
    <message id="card.22">
        <source>Hoe gaat het met je energie deze weken?</source>
        <extracomment>How is your energy these weeks? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">ኣብዘን ሰሙናት ጉልበትኩም ከመይ ኣሎ?</translation>
    </message>
    <message id="card.23">
        <source>Hoe slaap je de laatste tijd?</source>
        <extracomment>How have you been sleeping lately? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">ኣብዚ ቐረባ እዋን ድቃስኩም ከመይ ኣሎ?</translation>
    </message>
    <message id="card.24">
        <source>Wat helpt jou als je je zorgen maakt?</source>
        <extracomment>What helps you when you are worried? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">ክትጭነቑ ከለኹም እንታይ ይሕግዘኩም?</translation>
    </message>
    <message id="card.25">
        <source>Is er iets met je gezondheid waar we rekening mee moeten houden bij lessen of werk?</source>
        <extracomment>Is there anything about your health we should take into account for lessons or work? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">ኣብ ትምህርቲ ወይ ስራሕ ክንግንዘቦ ዘለና ብዛዕባ ጥዕናኹም ዝኾነ ነገር ኣሎ ዶ?</translation>
    </message>
    <message id="card.26">
        <source>Weet je bij wie je terecht kunt als je ziek bent?</source>
        <extracomment>Do you know where to go when you are ill? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">ክትሓሙ ከለኹም ናብ መን ክትከዱ ከም ዘለኩም ትፈልጡ ዶ?</translation>
    </message>
    <message id="card.27">
        <source>Wat doe je om je goed te voelen?</source>
        <extracomment>What do you do to feel good? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">ጽቡቕ ንኽስምዓኩም እንታይ ትገብሩ?</translation>
    </message>
    <message id="card.28">
        <source>Is er iets waar je liever alleen, zonder familie erbij, over praat?</source>
        <extracomment>Is there anything you would rather discuss alone, without family present? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">ስድራቤት ኣብ ዘይብሉ፡ በይንኹም ክትዛረብሉ እትመርጹ ነገር ኣሎ ዶ?</translation>
    </message>
    <message id="card.29">
        <source>Wie zijn de belangrijkste mensen om je heen?</source>
        <extracomment>Who are the most important people around you?</extracomment>
        <translation type="unfinished">ኣብ ከባቢኹም ዘለዉ ኣዝዮም ኣገደስቲ ሰባት መን እዮም?</translation>
    </message>
    <message id="card.30">
        <source>Wie kun je bellen als je hulp nodig hebt?</source>
        <extracomment>Who can you call when you need help?</extracomment>
        <translation type="unfinished">ሓገዝ ምስ ዘድልየኩም ናብ መን ክትድውሉ ትኽእሉ?</translation>
    </message>
    <message id="card.31">
        <source>Wat doe je graag in je vrije tijd?</source>
        <extracomment>What do you like to do in your free time?</extracomment>
        <translation type="unfinished">ኣብ ናይ ዕረፍቲ ግዜኹም እንታይ ክትገብሩ ትፈትዉ?</translation>
    </message>
    <message id="card.32">
        <source>Welke buren of mensen in de wijk ken je al?</source>
        <extracomment>Which neighbours or people in the neighbourhood do you already know?</extracomment>
        <translation type="unfinished">ካብ ጎረባብቲ ወይ ካብ ሰባት እቲ ከባቢ ክሳብ ሕጂ መን ትፈልጡ?</translation>
    </message>
    <message id="card.33">
        <source>Zou je vrijwilligerswerk willen doen? Waarmee?</source>
        <extracomment>Would you like to do volunteer work? What kind?</extracomment>
        <translation type="unfinished">ናይ ወለንታ ስራሕ ክትሰርሑ ትደልዩ ዶ? ኣብ እንታይ?</translation>
    </message>
    <message id="card.34">
        <source>Welke sport of club zou je willen proberen?</source>
        <extracomment>Which sport or club would you like to try?</extracomment>
        <translation type="unfinished">ኣየናይ ስፖርት ወይ ክለብ ክትፍትኑ ትደልዩ?</translation>
    </message>
    <message id="card.35">
        <source>Waar ontmoet je mensen die geen familie zijn?</source>
        <extracomment>Where do you meet people who are not family?</extracomment>
        <translation type="unfinished">ስድራቤትኩም ዘይኮኑ ሰባት ኣበይ ትራኸቡ?</translation>
    </message>
    <message id="card.36">
        <source>Hoe bevalt je woning en je buurt?</source>
        <extracomment>How do you like your home and neighbourhood?</extracomment>
        <translation type="unfinished">መንበሪ ገዛኹምን ከባቢኹምን ከመይ ረኺብኩሞ?</translation>
    </message>
    <message id="card.37">
        <source>Welke brieven vind je moeilijk om te lezen of te begrijpen?</source>
        <extracomment>Which letters do you find hard to read or understand?</extracomment>
        <translation type="unfinished">ንምንባብ ወይ ንምርዳእ ዝኸብደኩም ኣየኖት ደብዳበታት እዮም?</translation>
    </message>
    <message id="card.38">
        <source>Wie regelt bij jullie thuis de rekeningen?</source>
        <extracomment>Who takes care of the bills in your household?</extracomment>
        <translation type="unfinished">ኣብ ገዛኹም ሕሳባት ዝኸፍል መን እዩ?</translation>
    </message>
    <message id="card.39">
        <source>Wat wil je zelf kunnen regelen als het ontzorgen stopt?</source>
        <extracomment>What do you want to be able to arrange yourself when ontzorgen ends?</extracomment>
        <translation type="unfinished">ontzorgen (ምምሕዳር ከተማ ቀዋሚ ወጻኢታትኩም ዝኸፍለሉ ኣሰራርሓ) ምስ ዝውዳእ፡ ባዕልኹም እንታይ ከተመሓድሩ ክትክእሉ ትደልዩ?</translation>
    </message>
    <message id="card.40">
        <source>Wat hebben je kinderen nodig om het goed te doen op school of de opvang?</source>
        <extracomment>What do your children need to do well at school or in childcare?</extracomment>
        <translation type="unfinished">ደቅኹም ኣብ ቤት ትምህርቲ ወይ ኣብ መዋእለ ህጻናት ጽቡቕ ንኽገብሩ እንታይ የድልዮም?</translation>
    </message>
    <message id="card.41">
        <source>Is er iemand in je gezin die extra zorg nodig heeft?</source>
        <extracomment>Is there anyone in your family who needs extra care?</extracomment>
        <translation type="unfinished">ኣብ ስድራቤትኩም ተወሳኺ ክንክን ዘድልዮ ሰብ ኣሎ ዶ?</translation>
    </message>
    <message id="card.42">
        <source>Waar zou je meer over willen weten: geld, toeslagen of verzekeringen?</source>
        <extracomment>What would you like to know more about: money, allowances or insurance?</extracomment>
        <translation type="unfinished">ብዛዕባ እንታይ ዝያዳ ክትፈልጡ ትደልዩ፦ ገንዘብ፡ ድጎማታት (toeslagen) ወይስ ኢንሹራንስ?</translation>
    </message>
    <message id="card.43">
        <source>Waar sta je over een jaar, als alles goed gaat?</source>
        <extracomment>Where will you be in a year if everything goes well?</extracomment>
        <translation type="unfinished">ኩሉ ጽቡቕ እንተ ኸይዱ፡ ድሕሪ ሓደ ዓመት ኣበይ ክትኮኑ ኢኹም?</translation>
    </message>
    <message id="card.44">
        <source>Wat is de eerste kleine stap die je deze maand kunt zetten?</source>
        <extracomment>What first small step can you take this month?</extracomment>
        <translation type="unfinished">ኣብዚ ወርሒ ክትወስድዎ እትኽእሉ ቀዳማይ ንእሽቶ ስጉምቲ እንታይ እዩ?</translation>
    </message>
    <message id="card.45">
        <source>Wat kan ik of de gemeente doen om je te helpen?</source>
        <extracomment>What can I or the municipality do to help you?</extracomment>
        <translation type="unfinished">ንስኹም ንምሕጋዝ ኣነ ወይ ምምሕዳር ከተማ እንታይ ክንገብር ንኽእል?</translation>
    </message>
    <message id="card.46">
        <source>Wat heb je geleerd sinds ons vorige gesprek?</source>
        <extracomment>What have you learned since our last conversation?</extracomment>
        <translation type="unfinished">ካብቲ ዝሓለፈ ዝርርብና ጀሚርኩም እንታይ ተማሂርኩም?</translation>
    </message>
    <message id="card.47">
        <source>Welke afspraak was moeilijk om na te komen, en waarom?</source>
        <extracomment>Which agreement was hard to keep, and why?</extracomment>
        <translation type="unfinished">ኣየናይ ስምምዕ ንምሕላው ከቢድ ነይሩ፡ ስለምንታይ?</translation>
    </message>
    <message id="card.48">
        <source>Wanneer ga je tevreden naar huis?</source>
        <extracomment>When do you go home satisfied?</extracomment>
        <translation type="unfinished">መዓስ ኢኹም ዓጊብኩም ናብ ገዛ እትኸዱ?</translation>
    </message>
    <message id="card.49">
        <source>Wie wil je vertellen over je plan?</source>
        <extracomment>Who would you like to tell about your plan?</extracomment>
        <translation type="unfinished">ብዛዕባ ውጥንኩም ንመን ክትነግሩ ትደልዩ?</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message id="validation.required">
        <source>Dit veld is verplicht.</source>
        <translation type="unfinished">እዚ ቦታ ግዴታ እዩ።</translation>
    </message>
    <message id="validation.type">
        <source>Dit antwoord heeft een onjuiste vorm.</source>
        <translation type="unfinished">ቅርጺ እዚ መልሲ ጌጋ እዩ።</translation>
    </message>
    <message id="validation.too_long">
        <source>De tekst is te lang. Er zijn maximaal {max} tekens bewaard; de rest is weggelaten.</source>
        <translation type="unfinished">እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ። ብዝለዓለ {max} ፊደላት ተዓቂቦም፡ እቲ ዝተረፈ ተሰሪዙ።</translation>
    </message>
    <message id="validation.chars_removed">
        <source>Onzichtbare stuurtekens zijn uit het antwoord verwijderd.</source>
        <translation type="unfinished">ዘይረኣዩ ናይ ቁጽጽር ምልክታት ካብቲ መልሲ ተኣልዮም።</translation>
    </message>
    <message id="validation.integer">
        <source>Vul een heel getal in, bijvoorbeeld 3.</source>
        <translation type="unfinished">ምሉእ ቁጽሪ ኣእትዉ፡ ንኣብነት 3።</translation>
    </message>
    <message id="validation.decimal">
        <source>Vul een getal in, bijvoorbeeld 2,5.</source>
        <translation type="unfinished">ቁጽሪ ኣእትዉ፡ ንኣብነት 2,5።</translation>
    </message>
    <message id="validation.min">
        <source>De waarde moet minimaal {min} zijn.</source>
        <translation type="unfinished">እቲ ዋጋ እንተ ወሓደ {min} ክኸውን ኣለዎ።</translation>
    </message>
    <message id="validation.max">
        <source>De waarde mag hoogstens {max} zijn.</source>
        <translation type="unfinished">እቲ ዋጋ ብዝለዓለ {max} ክኸውን ይኽእል።</translation>
    </message>
    <message id="validation.date_format">
        <source>Vul een datum in als dd-mm-jjjj, bijvoorbeeld 03-02-2025.</source>
        <translation type="unfinished">ዕለት ብመልክዕ መዓልቲ-ወርሒ-ዓመት (dd-mm-jjjj) ኣእትዉ፡ ንኣብነት 03-02-2025።</translation>
    </message>
    <message id="validation.partial_date_format">
        <source>Vul een datum in als dd-mm-jjjj, mm-jjjj of alleen het jaar (jjjj).</source>
        <translation type="unfinished">ዕለት ብመልክዕ dd-mm-jjjj፡ mm-jjjj ወይ ዓመት ጥራይ (jjjj) ኣእትዉ።</translation>
    </message>
    <message id="validation.date_impossible">
        <source>Deze datum bestaat niet.</source>
        <translation type="unfinished">እዚ ዕለት የለን።</translation>
    </message>
    <message id="validation.date_future">
        <source>Deze datum mag niet in de toekomst liggen.</source>
        <translation type="unfinished">እዚ ዕለት ኣብ መጻኢ ክኸውን የብሉን።</translation>
    </message>
    <message id="validation.date_too_old">
        <source>Deze datum ligt te ver in het verleden (voor {year}).</source>
        <translation type="unfinished">እዚ ዕለት ኣዝዩ ነዊሕ ግዜ ዝገበረ እዩ (ቅድሚ {year})።</translation>
    </message>
    <message id="validation.choice">
        <source>Kies een van de mogelijke antwoorden.</source>
        <translation type="unfinished">ካብቶም ክኾኑ ዝኽእሉ መልስታት ሓደ ምረጹ።</translation>
    </message>
    <message id="validation.choice_exclusive">
        <source>&apos;{choice}&apos; kan niet samen met andere antwoorden gekozen worden.</source>
        <translation type="unfinished">&apos;{choice}&apos; ምስ ካልኦት መልስታት ብሓባር ክሕረ ኣይክእልን።</translation>
    </message>
    <message id="validation.yesno">
        <source>Kies ja of nee.</source>
        <translation type="unfinished">እወ ወይ ኣይፋል ምረጹ።</translation>
    </message>
    <message id="validation.scale">
        <source>Kies een waarde van {min} tot en met {max}.</source>
        <translation type="unfinished">ካብ {min} ክሳብ {max} ዋጋ ምረጹ።</translation>
    </message>
    <message id="validation.bsn">
        <source>Dit BSN is niet geldig (de elfproef klopt niet).</source>
        <translation type="unfinished">እዚ BSN ቅኑዕ ኣይኮነን (ፈተና ዓሰርተ ሓደ ኣይሰለጠን)።</translation>
    </message>
    <message id="validation.bsn_length">
        <source>Een BSN bestaat uit 9 cijfers.</source>
        <translation type="unfinished">BSN 9 ኣሃዛት ኣለዎ።</translation>
    </message>
    <message id="validation.vnummer">
        <source>Een V-nummer bestaat uit precies 10 cijfers.</source>
        <translation type="unfinished">ቁጽሪ V (V-nummer) ልክዕ 10 ኣሃዛት ኣለዎ።</translation>
    </message>
    <message id="validation.postcode">
        <source>Vul een geldige postcode in: 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.</source>
        <translation type="unfinished">ቅኑዕ ፖስታዊ ኮድ ኣእትዉ፦ 4 ኣሃዛትን 2 ፊደላትን፡ ንኣብነት 1234 AB።</translation>
    </message>
    <message id="validation.phone">
        <source>Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 20 1234567.</source>
        <translation type="unfinished">ቅኑዕ ቁጽሪ ተሌፎን ኣእትዉ፡ ንኣብነት 06 12345678 ወይ +31 20 1234567።</translation>
    </message>
    <message id="validation.email">
        <source>Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.</source>
        <translation type="unfinished">ቅኑዕ ኣድራሻ ኢመይል ኣእትዉ፡ ንኣብነት naam@voorbeeld.nl።</translation>
    </message>
    <message id="validation.constraint">
        <source>Dit antwoord is niet toegestaan.</source>
        <translation type="unfinished">እዚ መልሲ ኣይፍቀድን።</translation>
    </message>
    <message id="validation.readonly_office">
        <source>Dit gegeven komt van het kantoorsysteem (bijvoorbeeld DUO) en kan hier niet worden gewijzigd.</source>
        <translation type="unfinished">እዚ ሓበሬታ ካብ ስርዓት ቤት ጽሕፈት (ንኣብነት DUO) ዝመጸ እዩ፡ ኣብዚ ክቕየር ኣይክእልን።</translation>
    </message>
    <message id="validation.calculated">
        <source>Dit veld wordt automatisch berekend.</source>
        <translation type="unfinished">እዚ ቦታ ብኣውቶማቲክ ይሕሰብ።</translation>
    </message>
    <message id="validation.repeat_max">
        <source>Er kunnen maximaal {max} regels worden toegevoegd.</source>
        <translation type="unfinished">ብዝለዓለ {max} መስመራት ክውሰኹ ይኽእሉ።</translation>
    </message>
    <message id="validation.repeat_row">
        <source>Deze regel bestaat niet.</source>
        <translation type="unfinished">እዚ መስመር የለን።</translation>
    </message>
    <message id="validation.unknown_field">
        <source>Deze vraag bestaat niet in deze versie van het formulier.</source>
        <translation type="unfinished">እዚ ሕቶ ኣብዚ ሕታም ቅጥዒ የለን።</translation>
    </message>
</context>
<context>
    <name>selffill</name>
    <message id="selffill.next">
        <source>Volgende</source>
        <translation type="unfinished">ቀጻሊ</translation>
    </message>
    <message id="selffill.previous">
        <source>Vorige</source>
        <translation type="unfinished">ንድሕሪት</translation>
    </message>
    <message id="selffill.done">
        <source>Klaar</source>
        <translation type="unfinished">ተወዲኡ</translation>
    </message>
    <message id="selffill.skip">
        <source>Sla over</source>
        <translation type="unfinished">ሕለፉ</translation>
    </message>
    <message id="selffill.section_progress">
        <source>Sectie {n} van {total}</source>
        <translation type="unfinished">ክፍሊ {n} ካብ {total}</translation>
    </message>
    <message id="selffill.return_laptop">
        <source>Geef de laptop terug aan de klantmanager</source>
        <translation type="unfinished">በጃኹም ነቲ ላፕቶፕ ናብ ሓላፊ ጉዳይኩም ምለስዎ</translation>
    </message>
    <message id="selffill.welcome">
        <source>Welkom. U kunt deze vragen zelf invullen, in uw eigen taal.</source>
        <translation type="unfinished">እንቋዕ ብደሓን መጻእኩም። ነዞም ሕቶታት ባዕልኹም ብቋንቋኹም ክትመልእዎም ትኽእሉ ኢኹም።</translation>
    </message>
    <message id="selffill.choose_language">
        <source>Kies uw taal</source>
        <translation type="unfinished">ቋንቋኹም ምረጹ</translation>
    </message>
    <message id="selffill.no_wrong_answers">
        <source>Er zijn geen foute antwoorden.</source>
        <translation type="unfinished">ጌጋ መልሲ የለን።</translation>
    </message>
    <message id="selffill.skip_allowed">
        <source>U mag een vraag overslaan als u het antwoord niet weet.</source>
        <translation type="unfinished">መልሲ ሕቶ እንተ ዘይፈሊጥኩም፡ ክትሓልፍዎ ትኽእሉ ኢኹም።</translation>
    </message>
    <message id="selffill.answer_own_language">
        <source>U mag antwoorden in uw eigen taal.</source>
        <translation type="unfinished">ብቋንቋኹም ክትምልሱ ትኽእሉ ኢኹም።</translation>
    </message>
    <message id="selffill.saved">
        <source>Uw antwoorden zijn bewaard.</source>
        <translation type="unfinished">መልስታትኩም ተዓቂቡ ኣሎ።</translation>
    </message>
    <message id="selffill.thanks">
        <source>Dank u wel!</source>
        <translation type="unfinished">የቐንየልና!</translation>
    </message>
    <message id="selffill.yes">
        <source>Ja</source>
        <translation type="unfinished">እወ</translation>
    </message>
    <message id="selffill.no">
        <source>Nee</source>
        <translation type="unfinished">ኣይፋል</translation>
    </message>
    <message id="selffill.unknown">
        <source>Weet ik niet</source>
        <translation type="unfinished">ኣይፈልጥን</translation>
    </message>
    <message id="selffill.required">
        <source>Deze vraag is verplicht.</source>
        <translation type="unfinished">እዚ ሕቶ ግዴታ እዩ።</translation>
    </message>
    <message id="selffill.add_row">
        <source>Nog een toevoegen</source>
        <translation type="unfinished">ካልእ ወስኹ</translation>
    </message>
    <message id="selffill.remove_row">
        <source>Verwijderen</source>
        <translation type="unfinished">ሰርዙ</translation>
    </message>
    <message id="selffill.dutch_fallback">
        <source>Deze tekst is nog niet vertaald en staat in het Nederlands.</source>
        <translation type="unfinished">እዚ ጽሑፍ ገና ኣይተተርጎመን፡ ብሆላንድኛ እዩ ዝርአ ዘሎ።</translation>
    </message>
    <message id="selffill.alone_reminder">
        <source>U mag deze vragen ook alleen beantwoorden, zonder familie erbij.</source>
        <translation type="unfinished">ነዞም ሕቶታት ስድራቤት ኣብ ዘይብሉ በይንኹም እውን ክትምልስዎም ትኽእሉ ኢኹም።</translation>
    </message>
    <message id="selffill.larger_text">
        <source>Grotere letters</source>
        <translation type="unfinished">ዓቢ ፊደል</translation>
    </message>
    <message id="selffill.question_progress">
        <source>Vraag {n} van {total}</source>
        <translation type="unfinished">ሕቶ {n} ካብ {total}</translation>
    </message>
    <message id="selffill.all_saved">
        <source>Alle wijzigingen bewaard</source>
        <translation type="unfinished">ኩሉ ለውጥታት ተዓቒቡ</translation>
    </message>
    <message id="selffill.not_saved_retry">
        <source>Nog niet bewaard. We proberen het zo opnieuw.</source>
        <translation type="unfinished">ገና ኣይተዓቀበን። ድሕሪ ቁሩብ እንደገና ክንፍትን ኢና።</translation>
    </message>
    <message id="selffill.start">
        <source>Beginnen</source>
        <translation type="unfinished">ጀምሩ</translation>
    </message>
    <message id="selffill.start_intro">
        <source>U krijgt vragen over:</source>
        <translation type="unfinished">ብዛዕባ እዞም ዝስዕቡ ክትሕተቱ ኢኹም፦</translation>
    </message>
    <message id="selffill.text_capped">
        <source>Dit antwoord mag niet langer zijn dan {n} tekens. De rest is weggelaten.</source>
        <translation type="unfinished">እዚ መልሲ ካብ {n} ፊደላት ክነውሕ ኣይክእልን እዩ። እቲ ዝተረፈ ተገዲፉ ኣሎ።</translation>
    </message>
    <message id="selffill.listen">
        <source>Luisteren</source>
        <translation type="unfinished">ስምዑ</translation>
    </message>
    <message id="selffill.computer_voice">
        <source>computerstem</source>
        <translation type="unfinished">ድምጺ ኮምፒዩተር</translation>
    </message>
    <message id="selffill.audio_problem">
        <source>Het geluid kan nu niet worden afgespeeld. U kunt gewoon verder gaan.</source>
        <translation type="unfinished">ሕጂ ድምጺ ክጻወት ኣይከኣለን። ብንቡር ክትቕጽሉ ትኽእሉ ኢኹም።</translation>
    </message>
    <message id="selffill.record">
        <source>Antwoord inspreken</source>
        <translation type="unfinished">መልስኹም ብድምጺ ቅድሑ</translation>
    </message>
    <message id="selffill.stop_recording">
        <source>Stoppen</source>
        <translation type="unfinished">ደው ኣብሉ</translation>
    </message>
    <message id="selffill.play_recording">
        <source>Terugluisteren</source>
        <translation type="unfinished">ነቲ ቅዳሕ ስምዑ</translation>
    </message>
    <message id="selffill.delete_recording">
        <source>Opname wissen</source>
        <translation type="unfinished">ቅዳሕ ደምስሱ</translation>
    </message>
    <message id="selffill.recorded">
        <source>Uw gesproken antwoord is bewaard.</source>
        <translation type="unfinished">ብድምጺ ዝሃብኩምዎ መልሲ ተዓቂቡ ኣሎ።</translation>
    </message>
    <message id="selffill.mic_problem">
        <source>De microfoon werkt niet. U kunt uw antwoord ook typen.</source>
        <translation type="unfinished">ማይክሮፎን ኣይሰርሕን እዩ። መልስኹም ክትጽሕፉ'ውን ትኽእሉ ኢኹም።</translation>
    </message>
</context>
<context>
    <name>pip_summary</name>
    <message id="pip_summary.title">
        <source>Samenvatting van uw plan (concept)</source>
        <translation type="unfinished">ጽማቕ ናይ ውጥንኩም (ንድፊ)</translation>
    </message>
    <message id="pip_summary.notice">
        <source>Dit is een concept. De gemeente heeft nog geen besluit genomen. De Nederlandse tekst is leidend.</source>
        <translation type="unfinished">እዚ ንድፊ እዩ። ምምሕዳር ከተማ ገና ውሳነ ኣይወሰደን። እቲ ብሆላንድኛ ዘሎ ጽሑፍ እዩ ወግዓዊ።</translation>
    </message>
    <message id="pip_summary.route_b1">
        <source>Uw leerroute is de B1-route. U leert Nederlands tot niveau {level}.</source>
        <translation type="unfinished">መንገዲ ትምህርትኹም መንገዲ B1 እዩ። ሆላንድኛ ክሳብ ደረጃ {level} ክትመሃሩ ኢኹም።</translation>
    </message>
    <message id="pip_summary.route_onderwijs">
        <source>Uw leerroute is de onderwijsroute. U volgt een schakeltraject naar een opleiding in Nederland.</source>
        <translation type="unfinished">መስመር ትምህርትኹም መስመር ትምህርቲ (onderwijsroute) እዩ። ናብ ትምህርቲ ኣብ ኔዘርላንድ ዘሰጋግር መደብ ክትከታተሉ ኢኹም።</translation>
    </message>
    <message id="pip_summary.route_z">
        <source>Uw leerroute is de zelfredzaamheidsroute (Z-route). U leert Nederlands en doet mee in de samenleving.</source>
        <translation type="unfinished">መንገዲ ትምህርትኹም መንገዲ ርእሰ-ምኽኣል (መንገዲ Z) እዩ። ሆላንድኛ ክትመሃሩን ኣብ ሕብረተሰብ ክትሳተፉን ኢኹም።</translation>
    </message>
    <message id="pip_summary.route_none">
        <source>Uw leerroute is nog niet gekozen. Dat bespreken wij samen.</source>
        <translation type="unfinished">መንገዲ ትምህርትኹም ገና ኣይተመርጸን። ብሓባር ክንዛተየሉ ኢና።</translation>
    </message>
    <message id="pip_summary.termijn_known">
        <source>U heeft tot {date} om uw inburgering af te ronden.</source>
        <translation type="unfinished">ምውህሃድኩም ንምዝዛም ክሳብ {date} ግዜ ኣለኩም።</translation>
    </message>
    <message id="pip_summary.termijn_unknown">
        <source>U heeft drie jaar om uw inburgering af te ronden. De termijn begint op de dag na het besluit over dit plan.</source>
        <translation type="unfinished">ምውህሃድኩም ንምዝዛም ሰለስተ ዓመት ኣለኩም። እዚ ግዜ ድሕሪ ውሳነ ናይዚ ውጥን ኣብ ዘሎ መዓልቲ ይጅምር።</translation>
    </message>
    <message id="pip_summary.lessons">
        <source>U krijgt {hours} uur per week Nederlandse les.</source>
        <translation type="unfinished">ኣብ ሰሙን {hours} ሰዓት ትምህርቲ ሆላንድኛ ክትረኽቡ ኢኹም።</translation>
    </message>
    <message id="pip_summary.knm">
        <source>U leert over de Nederlandse samenleving (KNM).</source>
        <translation type="unfinished">ብዛዕባ ሕብረተሰብ ኔዘርላንድ ክትመሃሩ ኢኹም (KNM)።</translation>
    </message>
    <message id="pip_summary.pvt">
        <source>U volgt het participatieverklaringstraject (PVT) van minstens 12 uur.</source>
        <translation type="unfinished">እንተወሓደ 12 ሰዓት ዝወስድ መደብ መግለጺ ተሳትፎ (PVT) ክትከታተሉ ኢኹም።</translation>
    </message>
    <message id="pip_summary.map">
        <source>U volgt de Module Arbeidsmarkt en Participatie (MAP) over werk in Nederland.</source>
        <translation type="unfinished">ብዛዕባ ስራሕ ኣብ ኔዘርላንድ ሞጁል ዕዳጋ ስራሕን ተሳትፎን (MAP) ክትከታተሉ ኢኹም።</translation>
    </message>
    <message id="pip_summary.ontzorgen">
        <source>De gemeente betaalt uw vaste lasten ({costs}) rechtstreeks van {start} tot {end}.</source>
        <translation type="unfinished">ምምሕዳር ከተማ ቀወምቲ ወጻኢታትኩም ({costs}) ካብ {start} ክሳብ {end} ብቐጥታ ይኸፍል።</translation>
    </message>
    <message id="pip_summary.ontzorgen_nodates">
        <source>De eerste maanden betaalt de gemeente uw vaste lasten ({costs}) rechtstreeks.</source>
        <translation type="unfinished">ኣብ ቀዳሞት ኣዋርሕ ምምሕዳር ከተማ ቀወምቲ ወጻኢታትኩም ({costs}) ብቐጥታ ይኸፍል።</translation>
    </message>
    <message id="pip_summary.mb">
        <source>U krijgt hulp van {organisation} (maatschappelijke begeleiding).</source>
        <translation type="unfinished">ካብ {organisation} ሓገዝ ክትረኽቡ ኢኹም (ማሕበራዊ ምሕጋዝ)።</translation>
    </message>
    <message id="pip_summary.childcare">
        <source>Kinderopvang is nodig. Wij helpen u om dit te regelen.</source>
        <translation type="unfinished">ክንክን ህጻናት የድሊ እዩ። ንምውዳቡ ክንሕግዘኩም ኢና።</translation>
    </message>
    <message id="pip_summary.progress">
        <source>Wij spreken elkaar regelmatig om te bespreken hoe het gaat. Het eerste gesprek is op {date}.</source>
        <translation type="unfinished">ብዛዕባ ከመይ ይኸይድ ከም ዘሎ ንምዝታይ ብስሩዕ ክንራኸብ ኢና። እቲ ቀዳማይ ርክብ ብ {date} እዩ።</translation>
    </message>
    <message id="pip_summary.progress_nodate">
        <source>Wij spreken elkaar regelmatig om te bespreken hoe het gaat.</source>
        <translation type="unfinished">ብዛዕባ ከመይ ይኸይድ ከም ዘሎ ንምዝታይ ብስሩዕ ክንራኸብ ኢና።</translation>
    </message>
    <message id="pip_summary.contact">
        <source>Heeft u vragen? Neem contact op met uw klantmanager: {name}, telefoon {phone}.</source>
        <translation type="unfinished">ሕቶ ኣለኩም ድዩ? ንሓላፊ ጉዳይኩም (klantmanager) ተወከሱ: {name}፣ ተሌፎን {phone}።</translation>
    </message>
    <message id="pip_summary.unreviewed_note">
        <source>Let op: de vertaling op deze pagina is nog niet gecontroleerd door een beëdigd vertaler. Bij twijfel geldt de Nederlandse tekst.</source>
        <translation type="unfinished">ኣስተውዕሉ፦ ኣብዚ ገጽ ዘሎ ትርጉም ገና ብሕጋዊ ተርጓሚ ኣይተመርመረን። ጥርጣረ እንተሃልዩ እቲ ብሆላንድኛ ዘሎ ጽሑፍ ይሰርሕ።</translation>
    </message>
    <message id="pip_summary.cost.huur">
        <source>huur</source>
        <translation type="unfinished">ክራይ</translation>
    </message>
    <message id="pip_summary.cost.energie">
        <source>energie</source>
        <translation type="unfinished">ጸዓት</translation>
    </message>
    <message id="pip_summary.cost.water">
        <source>water</source>
        <translation type="unfinished">ማይ</translation>
    </message>
    <message id="pip_summary.cost.zorgverzekering">
        <source>zorgverzekering</source>
        <translation type="unfinished">መድሕን ጥዕና</translation>
    </message>
</context>
</TS>
