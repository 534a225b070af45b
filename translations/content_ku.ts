<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku_TR" sourcelanguage="nl">
<context>
    <name>brede-intake</name>
    <message id="form.title">
        <source>Brede intake inburgering</source>
        <translation type="unfinished">Hevpeyvîna berfireh a entegrasyonê (brede intake inburgering)</translation>
    </message>
    <message id="section.A.title">
        <source>Administratie en persoonsgegevens</source>
        <translation type="unfinished">Îdare û agahiyên kesane</translation>
    </message>
    <message id="section.A.intro">
        <source>Gegevens over de persoon, het verblijf en dit gesprek. Neem namen en datums over zoals ze in de BRP of op de verblijfsvergunning staan.</source>
        <translation type="unfinished">Agahî li ser kesê, rewşa mayînê û vê hevpeyvînê. Nav û dîrokan wek ku di BRP (tomara nifûsê) an li ser destûra mayînê de hatine nivîsandin binivîsin.</translation>
    </message>
    <message id="field.info_recht_zonder_partner.info">
        <source>De klant heeft recht op een gesprek zonder partner, familielid of andere persoon erbij. Vertel dit aan het begin van het gesprek. Bied zo nodig een apart gesprek aan.</source>
        <translation type="unfinished">Mafê xerîdar heye ku hevpeyvînek bêyî hevjîn, endamekî malbatê an kesekî din hebe. Vê di destpêka hevpeyvînê de bibêjin. Heke hewce be, hevpeyvîneke cuda pêşniyar bikin.</translation>
    </message>
    <message id="field.info_recht_gesprek_zonder_partner_gegeven.label">
        <source>Is de klant verteld dat hij of zij recht heeft op een gesprek zonder partner of andere persoon erbij?</source>
        <translation type="unfinished">Ji xerîdar re hatiye gotin ku mafê wî an wê heye ku hevpeyvînek bêyî hevjîn an kesekî din hebe?</translation>
    </message>
    <message id="field.info_recht_gesprek_zonder_partner_gegeven.constraint">
        <source>Dit is een wettelijke informatieplicht. Vertel de klant over dit recht en kies daarna &apos;Ja&apos;.</source>
        <translation type="unfinished">Ev erkeke qanûnî ya agahdarkirinê ye. Ji xerîdar re li ser vî mafî bibêjin û paşê &apos;Erê&apos; hilbijêrin.</translation>
    </message>
    <message id="field.bsn.label">
        <source>BSN</source>
        <translation type="unfinished">BSN (hejmara xizmeta hemwelatî)</translation>
    </message>
    <message id="field.bsn.hint">
        <source>Burgerservicenummer, 9 cijfers.</source>
        <translation type="unfinished">Hejmara xizmeta hemwelatî (burgerservicenummer), 9 hejmar.</translation>
    </message>
    <message id="field.v_nummer.label">
        <source>V-nummer</source>
        <translation type="unfinished">Hejmara V (V-nummer)</translation>
    </message>
    <message id="field.v_nummer.hint">
        <source>10 cijfers, staat op de achterkant van de verblijfsvergunning na &apos;V-NR.&apos;.</source>
        <translation type="unfinished">10 hejmar, li pişta destûra mayînê piştî &apos;V-NR.&apos; nivîsandî ye.</translation>
    </message>
    <message id="field.geslachtsnaam.label">
        <source>Achternaam</source>
        <translation type="unfinished">Paşnav</translation>
    </message>
    <message id="field.geslachtsnaam.hint">
        <source>Precies zoals in de BRP of op de verblijfsvergunning.</source>
        <translation type="unfinished">Tam wek ku di BRP de an li ser destûra mayînê de ye.</translation>
    </message>
    <message id="field.voorvoegsel.label">
        <source>Tussenvoegsel</source>
        <translation type="unfinished">Pêşgira paşnavê (wek &apos;van&apos;, &apos;de&apos;)</translation>
    </message>
    <message id="field.voornamen.label">
        <source>Voornamen</source>
        <translation type="unfinished">Nav</translation>
    </message>
    <message id="field.voornamen.hint">
        <source>Alle voornamen, zoals in de BRP.</source>
        <translation type="unfinished">Hemû nav, wek ku di BRP de ne.</translation>
    </message>
    <message id="field.geboortedatum.label">
        <source>Geboortedatum</source>
        <translation type="unfinished">Dîroka jidayikbûnê</translation>
    </message>
    <message id="field.geboortedatum.hint">
        <source>Dag of maand onbekend? Vul dan alleen maand en jaar (mm-jjjj) of alleen het jaar in.</source>
        <translation type="unfinished">Roj an meh nayê zanîn? Wê demê tenê meh û sal (mm-ssss) an tenê salê binivîsin.</translation>
    </message>
    <message id="field.geboortedatum.constraint">
        <source>Controleer de geboortedatum: de leeftijd is meer dan 120 jaar.</source>
        <translation type="unfinished">Dîroka jidayikbûnê kontrol bikin: temen ji 120 salî zêdetir e.</translation>
    </message>
    <message id="field.leeftijd.label">
        <source>Leeftijd (berekend)</source>
        <translation type="unfinished">Temen (hatiye hesibandin)</translation>
    </message>
    <message id="field.leeftijd.hint">
        <source>Bij een onbekende dag of maand wordt gerekend met 1 januari.</source>
        <translation type="unfinished">Heke roj an meh neyê zanîn, 1ê Çileya Paşîn tê hesibandin.</translation>
    </message>
    <message id="field.geslacht.label">
        <source>Geslacht</source>
        <translation type="unfinished">Zayend</translation>
    </message>
    <message id="field.nationaliteit.label">
        <source>Nationaliteit</source>
        <translation type="unfinished">Hemwelatî</translation>
    </message>
    <message id="field.geboorteland.label">
        <source>Geboorteland</source>
        <translation type="unfinished">Welatê jidayikbûnê</translation>
    </message>
    <message id="field.doelgroep.label">
        <source>Doelgroep</source>
        <translation type="unfinished">Koma armanc</translation>
    </message>
    <message id="field.doelgroep.hint">
        <source>Bepaalt onder meer maatschappelijke begeleiding, ontzorgen en de uren van de Z-route.</source>
        <translation type="unfinished">Di nav tiştên din de rêberiya civakî, sivikkirina baran (ontzorgen) û saetên rêya Z diyar dike.</translation>
    </message>
    <message id="field.gedetailleerde_doelgroep.label">
        <source>Gedetailleerde doelgroep</source>
        <translation type="unfinished">Koma armanc (bi hûrgilî)</translation>
    </message>
    <message id="field.datum_verblijfsvergunning.label">
        <source>Datum verblijfsvergunning</source>
        <translation type="unfinished">Dîroka destûra mayînê</translation>
    </message>
    <message id="field.soort_verblijfsvergunning.label">
        <source>Soort verblijfsvergunning</source>
        <translation type="unfinished">Cureyê destûra mayînê</translation>
    </message>
    <message id="field.datum_start_inburgeringsplicht.label">
        <source>Start inburgeringsplicht</source>
        <translation type="unfinished">Destpêka mecbûriyeta entegrasyonê (inburgeringsplicht)</translation>
    </message>
    <message id="field.datum_start_inburgeringsplicht.hint">
        <source>Komt uit het kantoorsysteem (DUO).</source>
        <translation type="unfinished">Ji pergala nivîsgehê (DUO) tê.</translation>
    </message>
    <message id="field.datum_kennisgeving_duo.label">
        <source>Datum kennisgeving DUO</source>
        <translation type="unfinished">Dîroka agahdariya DUO (dezgeha dewletê ya perwerdeyê)</translation>
    </message>
    <message id="field.datum_kennisgeving_duo.hint">
        <source>Komt uit het kantoorsysteem. De termijn voor het PIP (10 weken) loopt vanaf deze datum.</source>
        <translation type="unfinished">Ji pergala nivîsgehê tê. Dema PIP (10 hefte) ji vê dîrokê dest pê dike.</translation>
    </message>
    <message id="field.datum_koppeling.label">
        <source>Datum koppeling door COA</source>
        <translation type="unfinished">Dîroka girêdana (koppeling) ji aliyê COA ve</translation>
    </message>
    <message id="field.coa_locatie.label">
        <source>COA-locatie (azc)</source>
        <translation type="unfinished">Cihê COA (azc)</translation>
    </message>
    <message id="field.telefoon_azc.label">
        <source>Telefoonnummer azc</source>
        <translation type="unfinished">Hejmara telefonê ya azc</translation>
    </message>
    <message id="field.email_azc.label">
        <source>E-mailadres azc</source>
        <translation type="unfinished">Navnîşana e-nameyê ya azc</translation>
    </message>
    <message id="field.adres_postcode.label">
        <source>Postcode</source>
        <translation type="unfinished">Koda postê</translation>
    </message>
    <message id="field.adres_postcode.hint">
        <source>Bijvoorbeeld 1234 AB.</source>
        <translation type="unfinished">Wek nimûne 1234 AB.</translation>
    </message>
    <message id="field.huisnummer.label">
        <source>Huisnummer</source>
        <translation type="unfinished">Hejmara xanî</translation>
    </message>
    <message id="field.huisnummer.constraint">
        <source>Vul alleen het huisnummer in; een toevoeging komt in het volgende veld.</source>
        <translation type="unfinished">Tenê hejmara xanî binivîsin; pêvek dikeve qada din.</translation>
    </message>
    <message id="field.toevoeging.label">
        <source>Toevoeging</source>
        <translation type="unfinished">Pêvek (wek A, bis)</translation>
    </message>
    <message id="field.telefoon.label">
        <source>Telefoonnummer</source>
        <translation type="unfinished">Hejmara telefonê</translation>
    </message>
    <message id="field.telefoon.hint">
        <source>Bijvoorbeeld 06 12345678.</source>
        <translation type="unfinished">Wek nimûne 06 12345678.</translation>
    </message>
    <message id="field.email.label">
        <source>E-mailadres</source>
        <translation type="unfinished">Navnîşana e-nameyê</translation>
    </message>
    <message id="field.digid_aangevraagd.label">
        <source>Is een DigiD aangevraagd?</source>
        <translation type="unfinished">Ji bo DigiD serlêdan hatiye kirin?</translation>
    </message>
    <message id="field.rijbewijs.label">
        <source>Heeft de klant een rijbewijs?</source>
        <translation type="unfinished">Ehliyeta ajotinê ya xerîdar heye?</translation>
    </message>
    <message id="field.land_rijbewijs.label">
        <source>In welk land is het rijbewijs gehaald?</source>
        <translation type="unfinished">Ehliyeta ajotinê li kîjan welatî hatiye wergirtin?</translation>
    </message>
    <message id="field.gesprekstaal.label">
        <source>Taal van het gesprek</source>
        <translation type="unfinished">Zimanê hevpeyvînê</translation>
    </message>
    <message id="field.tolk_ingezet.label">
        <source>Is er een tolk ingezet?</source>
        <translation type="unfinished">Wergêrek hatiye bikaranîn?</translation>
    </message>
    <message id="field.tolk_type.label">
        <source>Soort tolk</source>
        <translation type="unfinished">Cureyê wergêr</translation>
    </message>
    <message id="field.info_tolk_familielid.info">
        <source>Een familielid of kennis als tolk wordt afgeraden: de klant praat dan minder vrij en de vertaling is niet altijd juist. Gebruik bij voorkeur een professionele tolk.</source>
        <translation type="unfinished">Bikaranîna endamekî malbatê an nasekî wek wergêr nayê pêşniyarkirin: wê demê xerîdar kêmtir azad diaxive û werger her tim ne rast e. Bi tercîh wergêrekî profesyonel bi kar bînin.</translation>
    </message>
    <message id="field.gesprekslocatie.label">
        <source>Waar vindt het gesprek plaats?</source>
        <translation type="unfinished">Hevpeyvîn li ku tê kirin?</translation>
    </message>
    <message id="field.privacyverklaring_uitgereikt.label">
        <source>Is de privacyverklaring uitgereikt?</source>
        <translation type="unfinished">Daxuyaniya nepeniyê hatiye dayîn?</translation>
    </message>
    <message id="field.privacyverklaring_uitgereikt.hint">
        <source>De gemeente moet vertellen welke gegevens zij gebruikt en waarom (AVG artikel 13).</source>
        <translation type="unfinished">Divê şaredarî bibêje ku kîjan daneyan bi kar tîne û çima (AVG xala 13).</translation>
    </message>
    <message id="field.privacyverklaring_taal.label">
        <source>In welke taal is de privacyverklaring uitgereikt?</source>
        <translation type="unfinished">Daxuyaniya nepeniyê bi kîjan zimanî hatiye dayîn?</translation>
    </message>
    <message id="section.B.title">
        <source>Gezin en persoonlijke situatie</source>
        <translation type="unfinished">Malbat û rewşa kesane</translation>
    </message>
    <message id="section.B.intro">
        <source>Vragen over uw gezin, de mensen met wie u woont en uw woning.</source>
        <translation type="unfinished">Pirs li ser malbata we, kesên ku hûn bi wan re dijîn û mala we.</translation>
    </message>
    <message id="field.burgerlijke_staat.label">
        <source>Wat is uw burgerlijke staat?</source>
        <translation type="unfinished">Rewşa we ya medenî çi ye?</translation>
    </message>
    <message id="field.huishouden.label">
        <source>Gezinsleden</source>
        <translation type="unfinished">Endamên malbatê</translation>
    </message>
    <message id="field.huishouden.hint">
        <source>Voeg een regel toe voor iedere partner, elk kind en ieder ander gezinslid. Ook gezinsleden die nog niet in Nederland zijn.</source>
        <translation type="unfinished">Ji bo her hevjînekî, her zarokî û her endamekî din ê malbatê rêzekê zêde bikin. Endamên malbatê yên ku hîn ne li Holandayê ne jî.</translation>
    </message>
    <message id="field.relatie.label">
        <source>Wie is dit?</source>
        <translation type="unfinished">Ev kes kî ye?</translation>
    </message>
    <message id="field.geboortejaar.label">
        <source>Geboortejaar</source>
        <translation type="unfinished">Sala jidayikbûnê</translation>
    </message>
    <message id="field.geboortejaar.constraint">
        <source>Het geboortejaar ligt in de toekomst.</source>
        <translation type="unfinished">Sala jidayikbûnê di pêşerojê de ye.</translation>
    </message>
    <message id="field.woont_in_nl.label">
        <source>Woont deze persoon in Nederland?</source>
        <translation type="unfinished">Ev kes li Holandayê dijî?</translation>
    </message>
    <message id="field.nareis_verwacht.label">
        <source>Komt deze persoon naar Nederland (nareis)?</source>
        <translation type="unfinished">Ev kes dê were Holandayê (gihandina malbatê, &apos;nareis&apos;)?</translation>
    </message>
    <message id="field.aantal_gezinsleden.label">
        <source>Aantal gezinsleden (berekend)</source>
        <translation type="unfinished">Hejmara endamên malbatê (hatiye hesibandin)</translation>
    </message>
    <message id="field.kinderen_0_4.label">
        <source>Hoeveel kinderen van 0 tot 4 jaar heeft u?</source>
        <translation type="unfinished">Çend zarokên we yên di navbera 0 û 4 salî de hene?</translation>
    </message>
    <message id="field.kinderen_0_4.hint">
        <source>Vul 0 in als u geen jonge kinderen heeft.</source>
        <translation type="unfinished">Heke zarokên we yên biçûk tune bin, 0 binivîsin.</translation>
    </message>
    <message id="field.info_vve.info">
        <source>Jonge kinderen kunnen naar voorschoolse educatie (vve): een peuteropvang waar kinderen spelenderwijs Nederlands leren. Vertel de ouders wat vve is, hoe zij hun kind kunnen aanmelden en wat het kost. De gemeente is verplicht dit te vertellen.</source>
        <translation type="unfinished">Zarokên biçûk dikarin biçin perwerdeya beriya dibistanê (vve): komeke lîstikê ku zarok tê de bi lîstinê holendî fêr dibin. Ji dêûbavan re bêjin vve çi ye, ew çawa dikarin zaroka xwe tomar bikin û bihayê wê çiqas e. Şaredarî (gemeente) mecbûr e ku vê bibêje.</translation>
    </message>
    <message id="field.vve_info_gegeven.label">
        <source>Is informatie over voorschoolse educatie (vve) gegeven?</source>
        <translation type="unfinished">Agahî li ser perwerdeya beriya dibistanê (vve) hatiye dayîn?</translation>
    </message>
    <message id="field.vve_info_gegeven.constraint">
        <source>Dit is een wettelijke informatieplicht voor ouders van jonge kinderen. Geef de informatie en kies daarna &apos;Ja&apos;.</source>
        <translation type="unfinished">Ev erkeke qanûnî ya agahdarkirinê ye ji bo dêûbavên zarokên biçûk. Agahiyê bidin û paşê &apos;Erê&apos; hilbijêrin.</translation>
    </message>
    <message id="field.kinderopvang_nodig.label">
        <source>Heeft u kinderopvang nodig om naar de taalles of naar werk te gaan?</source>
        <translation type="unfinished">Ji bo ku hûn biçin dersa zimên an kar, hewcedariya we bi lênêrîna zarokan heye?</translation>
    </message>
    <message id="field.kinderopvang_toelichting.label">
        <source>Welke opvang heeft u nodig?</source>
        <translation type="unfinished">Hûn hewcedarê çi cure lênêrînê ne?</translation>
    </message>
    <message id="field.zorgtaken.label">
        <source>Zorgt u voor iemand in uw gezin of familie?</source>
        <translation type="unfinished">Hûn li kesekî ji malbat an xizmên xwe dinêrin?</translation>
    </message>
    <message id="field.gezinshereniging_lopend.label">
        <source>Loopt er een aanvraag voor gezinshereniging?</source>
        <translation type="unfinished">Serlêdaneke ji bo gihandina malbatê (gezinshereniging) berdewam dike?</translation>
    </message>
    <message id="field.woonsituatie.label">
        <source>Waar woont u nu?</source>
        <translation type="unfinished">Hûn niha li ku dijîn?</translation>
    </message>
    <message id="section.C.title">
        <source>Gezondheid</source>
        <translation type="unfinished">Tendirustî</translation>
    </message>
    <message id="section.C.intro">
        <source>Bijzonder persoonsgegeven. Vraag alleen wat nodig is voor de keuze van de leerroute en het plan. Noteer geen diagnoses en geen medische details.</source>
        <translation type="unfinished">Daneya kesane ya taybet. Tenê tiştê ku ji bo hilbijartina rêya fêrbûnê û planê hewce ye bipirsin. Ti teşxîs û hûrgiliyên bijîşkî nenivîsin.</translation>
    </message>
    <message id="field.ervaren_gezondheid.label">
        <source>Hoe ervaart de klant de eigen gezondheid?</source>
        <translation type="unfinished">Xerîdar tendirustiya xwe çawa dibîne?</translation>
    </message>
    <message id="field.lichamelijke_beperkingen_leren.label">
        <source>Zijn er lichamelijke klachten die het leren moeilijker maken?</source>
        <translation type="unfinished">Gilîyên laşî hene ku fêrbûnê dijwartir dikin?</translation>
    </message>
    <message id="field.lichamelijke_beperkingen_leren.hint">
        <source>Van belang voor de leerbaarheidstoets en de leerroute.</source>
        <translation type="unfinished">Ji bo testa şiyana fêrbûnê û rêya fêrbûnê girîng e.</translation>
    </message>
    <message id="field.psychische_belasting_signaal.label">
        <source>Signalen van psychische belasting (stress, slapen, concentratie)</source>
        <translation type="unfinished">Nîşanên barê derûnî (stres, xew, baldarî)</translation>
    </message>
    <message id="field.psychische_belasting_toelichting.label">
        <source>Wat merkt u?</source>
        <translation type="unfinished">Hûn çi ferq dikin?</translation>
    </message>
    <message id="field.psychische_belasting_toelichting.hint">
        <source>Beschrijf wat u ziet of hoort (bijvoorbeeld slecht slapen of moeite met concentreren). Geen diagnoses.</source>
        <translation type="unfinished">Tiştê ku hûn dibînin an dibihîzin şirove bikin (wek nimûne xewa xirab an zehmetiya baldariyê). Ti teşxîs nenivîsin.</translation>
    </message>
    <message id="field.belastbaarheid_uren_per_week.label">
        <source>Hoeveel uur per week kan de klant les volgen of meedoen?</source>
        <translation type="unfinished">Xerîdar hefteyê çend saetan dikare beşdarî dersan an çalakiyan bibe?</translation>
    </message>
    <message id="field.belastbaarheid_uren_per_week.hint">
        <source>Gebruikt voor de intensiteit van het plan (PIP).</source>
        <translation type="unfinished">Ji bo giraniya planê (PIP) tê bikaranîn.</translation>
    </message>
    <message id="field.huisarts_ingeschreven.label">
        <source>Is de klant ingeschreven bij een huisarts?</source>
        <translation type="unfinished">Xerîdar li cem bijîşkekî malbatê (huisarts) tomarkirî ye?</translation>
    </message>
    <message id="field.zwanger_of_recent_bevallen.label">
        <source>Is de klant zwanger of onlangs bevallen?</source>
        <translation type="unfinished">Xerîdar ducanî ye an di van demên dawî de zarok aniye?</translation>
    </message>
    <message id="field.zwanger_of_recent_bevallen.hint">
        <source>Kan een reden zijn voor extra tijd.</source>
        <translation type="unfinished">Dikare sedemek be ji bo dema zêde.</translation>
    </message>
    <message id="field.doorverwijzing.label">
        <source>Doorverwijzing</source>
        <translation type="unfinished">Şandin (doorverwijzing)</translation>
    </message>
    <message id="field.toestemming_info_opvragen_arts.label">
        <source>Heeft de klant toestemming gegeven om informatie op te vragen bij een arts?</source>
        <translation type="unfinished">Xerîdar destûr daye ku agahî ji bijîşkekî were xwestin?</translation>
    </message>
    <message id="field.toestemming_info_opvragen_arts.hint">
        <source>Alleen met uitdrukkelijke toestemming van de klant.</source>
        <translation type="unfinished">Tenê bi destûra eşkere ya xerîdar.</translation>
    </message>
    <message id="field.toestemming_datum.label">
        <source>Datum van de toestemming</source>
        <translation type="unfinished">Dîroka destûrê</translation>
    </message>
    <message id="field.mogelijke_ontheffing_signaleren.label">
        <source>Signaal: mogelijk ontheffing van de inburgeringsplicht?</source>
        <translation type="unfinished">Nîşan: dibe ku ji mecbûriyeta entegrasyonê muaf be?</translation>
    </message>
    <message id="field.mogelijke_ontheffing_signaleren.hint">
        <source>DUO beslist over ontheffing. U geeft hier alleen een signaal af.</source>
        <translation type="unfinished">DUO li ser muafiyetê biryar dide. Hûn li vir tenê nîşanekê didin.</translation>
    </message>
    <message id="field.ontheffing_toelichting.label">
        <source>Toelichting bij het signaal</source>
        <translation type="unfinished">Şiroveya nîşanê</translation>
    </message>
    <message id="section.D.title">
        <source>Opleiding</source>
        <translation type="unfinished">Perwerde</translation>
    </message>
    <message id="section.D.intro">
        <source>Vragen over school en opleidingen die u heeft gevolgd, in Nederland of in een ander land.</source>
        <translation type="unfinished">Pirs li ser dibistan û perwerdeyên ku we li Holandayê an li welatekî din xwendine.</translation>
    </message>
    <message id="field.jaren_onderwijs.label">
        <source>Hoeveel jaar heeft u in totaal op school gezeten?</source>
        <translation type="unfinished">Hûn bi giştî çend salan çûne dibistanê?</translation>
    </message>
    <message id="field.hoogst_gevolgde_opleiding.label">
        <source>Wat is de hoogste opleiding die u heeft gevolgd?</source>
        <translation type="unfinished">Perwerdeya herî bilind a ku we xwendiye çi ye?</translation>
    </message>
    <message id="field.opleidingen.label">
        <source>Opleidingen</source>
        <translation type="unfinished">Perwerde</translation>
    </message>
    <message id="field.opleidingen.hint">
        <source>Voeg een regel toe voor iedere opleiding.</source>
        <translation type="unfinished">Ji bo her perwerdeyekê rêzekê zêde bikin.</translation>
    </message>
    <message id="field.opleiding_naam.label">
        <source>Naam van de opleiding of school</source>
        <translation type="unfinished">Navê perwerdeyê an dibistanê</translation>
    </message>
    <message id="field.opleiding_richting.label">
        <source>Richting of vak</source>
        <translation type="unfinished">Beş an mijar</translation>
    </message>
    <message id="field.opleiding_land.label">
        <source>Land</source>
        <translation type="unfinished">Welat</translation>
    </message>
    <message id="field.opleiding_van.label">
        <source>Begonnen in</source>
        <translation type="unfinished">Dest pê kir di</translation>
    </message>
    <message id="field.opleiding_van.hint">
        <source>Jaar of maand en jaar.</source>
        <translation type="unfinished">Sal, an meh û sal.</translation>
    </message>
    <message id="field.opleiding_tot.label">
        <source>Gestopt of klaar in</source>
        <translation type="unfinished">Rawestiya an qediya di</translation>
    </message>
    <message id="field.opleiding_tot.hint">
        <source>Jaar of maand en jaar.</source>
        <translation type="unfinished">Sal, an meh û sal.</translation>
    </message>
    <message id="field.opleiding_tot.constraint">
        <source>Het eindjaar ligt voor het beginjaar.</source>
        <translation type="unfinished">Sala dawiyê berî sala destpêkê ye.</translation>
    </message>
    <message id="field.diploma_behaald.label">
        <source>Heeft u een diploma gehaald?</source>
        <translation type="unfinished">We dîploma wergirt?</translation>
    </message>
    <message id="field.diploma_in_bezit.label">
        <source>Heeft u het diploma (of een kopie) bij u?</source>
        <translation type="unfinished">Dîploma (an kopiyeke wê) li cem we ye?</translation>
    </message>
    <message id="field.diplomawaardering.label">
        <source>Diplomawaardering (IDW / Nuffic)</source>
        <translation type="unfinished">Nirxandina dîplomayê (IDW / Nuffic)</translation>
    </message>
    <message id="field.diplomawaardering.hint">
        <source>Een buitenlands diploma kan worden vergeleken met een Nederlands diploma.</source>
        <translation type="unfinished">Dîplomayeke biyanî dikare bi dîplomayeke holendî re were berhevkirin.</translation>
    </message>
    <message id="field.dw_aangevraagd.label">
        <source>Is een diplomawaardering aangevraagd?</source>
        <translation type="unfinished">Ji bo nirxandina dîplomayê serlêdan hatiye kirin?</translation>
    </message>
    <message id="field.dw_nl_niveau.label">
        <source>Vergelijkbaar Nederlands niveau</source>
        <translation type="unfinished">Asta holendî ya hevber</translation>
    </message>
    <message id="field.dw_richting.label">
        <source>Richting</source>
        <translation type="unfinished">Beş</translation>
    </message>
    <message id="field.geletterdheid_eigen_taal.label">
        <source>Hoe goed kunt u lezen en schrijven in uw eigen taal?</source>
        <translation type="unfinished">Hûn çiqas baş dikarin bi zimanê xwe bixwînin û binivîsin?</translation>
    </message>
    <message id="field.latijns_schrift.label">
        <source>Kunt u lezen en schrijven in ons schrift (abc)?</source>
        <translation type="unfinished">Hûn dikarin bi alfabeya me (abc) bixwînin û binivîsin?</translation>
    </message>
    <message id="field.latijns_schrift.hint">
        <source>Belangrijk om te weten of alfabetisering nodig is.</source>
        <translation type="unfinished">Girîng e ku were zanîn ka dersên xwendin û nivîsandinê (alfabetîzasyon) hewce ne.</translation>
    </message>
    <message id="field.studiewens.label">
        <source>Welke opleiding zou u nog willen volgen?</source>
        <translation type="unfinished">Hûn hîn dixwazin kîjan perwerdeyê bixwînin?</translation>
    </message>
    <message id="section.E.title">
        <source>Werk</source>
        <translation type="unfinished">Kar</translation>
    </message>
    <message id="section.E.intro">
        <source>Vragen over werk dat u heeft gedaan, betaald of onbetaald, en over uw wensen.</source>
        <translation type="unfinished">Pirs li ser karên ku we kirine, bi heqdestî an bê heqdest, û li ser daxwazên we.</translation>
    </message>
    <message id="field.werkervaring.label">
        <source>Werkervaring</source>
        <translation type="unfinished">Ezmûna kar</translation>
    </message>
    <message id="field.werkervaring.hint">
        <source>Voeg een regel toe voor iedere baan of ieder soort werk, ook werk zonder contract.</source>
        <translation type="unfinished">Ji bo her kar an her cureyê kar rêzekê zêde bikin, karên bê peyman jî.</translation>
    </message>
    <message id="field.we_functie.label">
        <source>Functie of soort werk</source>
        <translation type="unfinished">Wezîfe an cureyê kar</translation>
    </message>
    <message id="field.we_sector.label">
        <source>Sector</source>
        <translation type="unfinished">Sektor</translation>
    </message>
    <message id="field.we_land.label">
        <source>Land</source>
        <translation type="unfinished">Welat</translation>
    </message>
    <message id="field.we_van.label">
        <source>Begonnen in</source>
        <translation type="unfinished">Dest pê kir di</translation>
    </message>
    <message id="field.we_tot.label">
        <source>Gestopt in</source>
        <translation type="unfinished">Rawestiya di</translation>
    </message>
    <message id="field.we_tot.hint">
        <source>Leeg laten als u dit werk nog doet.</source>
        <translation type="unfinished">Heke hûn hîn vî karî dikin, vala bihêlin.</translation>
    </message>
    <message id="field.we_tot.constraint">
        <source>Het eindjaar ligt voor het beginjaar.</source>
        <translation type="unfinished">Sala dawiyê berî sala destpêkê ye.</translation>
    </message>
    <message id="field.we_soort.label">
        <source>Soort werk</source>
        <translation type="unfinished">Cureyê kar</translation>
    </message>
    <message id="field.we_taken.label">
        <source>Wat deed u in dit werk?</source>
        <translation type="unfinished">We di vî karî de çi dikir?</translation>
    </message>
    <message id="field.praktische_competenties.label">
        <source>In welk soort werk bent u handig of heeft u ervaring?</source>
        <translation type="unfinished">Hûn di çi cure karî de jêhatî ne an ezmûna we heye?</translation>
    </message>
    <message id="field.praktische_competenties_toelichting.label">
        <source>Vertel meer over wat u kunt</source>
        <translation type="unfinished">Zêdetir li ser tiştên ku hûn dikarin bikin bibêjin</translation>
    </message>
    <message id="field.wv_op_tijd.label">
        <source>Op tijd komen</source>
        <translation type="unfinished">Di wextê xwe de hatin</translation>
    </message>
    <message id="field.wv_samenwerken.label">
        <source>Samenwerken met anderen</source>
        <translation type="unfinished">Bi kesên din re hevkarî</translation>
    </message>
    <message id="field.wv_instructies.label">
        <source>Instructies opvolgen</source>
        <translation type="unfinished">Şopandina talîmatan</translation>
    </message>
    <message id="field.wv_zelfstandig.label">
        <source>Zelfstandig werken</source>
        <translation type="unfinished">Serbixwe xebitîn</translation>
    </message>
    <message id="field.wv_omgangsvormen.label">
        <source>Omgangsvormen op het werk</source>
        <translation type="unfinished">Adab û tevgera li kar</translation>
    </message>
    <message id="field.huidige_situatie_werk.label">
        <source>Wat is uw situatie nu?</source>
        <translation type="unfinished">Rewşa we niha çi ye?</translation>
    </message>
    <message id="field.huidige_werk_uren.label">
        <source>Hoeveel uur per week werkt u?</source>
        <translation type="unfinished">Hûn hefteyê çend saetan dixebitin?</translation>
    </message>
    <message id="field.beroepswens_kort.label">
        <source>Welk werk wilt u het komende jaar doen?</source>
        <translation type="unfinished">Hûn dixwazin sala bê çi karî bikin?</translation>
    </message>
    <message id="field.beroepswens_lang.label">
        <source>Welk werk wilt u over een paar jaar doen?</source>
        <translation type="unfinished">Hûn dixwazin piştî çend salan çi karî bikin?</translation>
    </message>
    <message id="field.beschikbaarheid_uren_week.label">
        <source>Hoeveel uur per week kunt u werken of meedoen?</source>
        <translation type="unfinished">Hûn hefteyê çend saetan dikarin bixebitin an beşdar bibin?</translation>
    </message>
    <message id="section.F.title">
        <source>Taal en leerbaarheid</source>
        <translation type="unfinished">Ziman û şiyana fêrbûnê</translation>
    </message>
    <message id="section.F.intro">
        <source>Vragen over de talen die u spreekt en over het leren van Nederlands.</source>
        <translation type="unfinished">Pirs li ser zimanên ku hûn diaxivin û li ser fêrbûna holendî.</translation>
    </message>
    <message id="field.moedertaal.label">
        <source>Wat is uw moedertaal?</source>
        <translation type="unfinished">Zimanê we yê dayikê çi ye?</translation>
    </message>
    <message id="field.andere_talen.label">
        <source>Andere talen</source>
        <translation type="unfinished">Zimanên din</translation>
    </message>
    <message id="field.andere_talen.hint">
        <source>Voeg een regel toe voor iedere andere taal die u kent.</source>
        <translation type="unfinished">Ji bo her zimanekî din ê ku hûn dizanin rêzekê zêde bikin.</translation>
    </message>
    <message id="field.at_taal.label">
        <source>Taal</source>
        <translation type="unfinished">Ziman</translation>
    </message>
    <message id="field.at_spreken.label">
        <source>Spreken</source>
        <translation type="unfinished">Axaftin</translation>
    </message>
    <message id="field.at_lezen.label">
        <source>Lezen</source>
        <translation type="unfinished">Xwendin</translation>
    </message>
    <message id="field.at_schrijven.label">
        <source>Schrijven</source>
        <translation type="unfinished">Nivîsandin</translation>
    </message>
    <message id="field.nederlands_inschatting.label">
        <source>Hoe goed spreekt u al Nederlands?</source>
        <translation type="unfinished">Hûn niha çiqas baş bi holendî diaxivin?</translation>
    </message>
    <message id="field.voorinburgering_gevolgd.label">
        <source>Heeft u in het azc al Nederlandse les gehad (voorinburgering)?</source>
        <translation type="unfinished">We li navenda penaxwazan (azc) dersên holendî wergirtine (entegrasyona pêşîn, &apos;voorinburgering&apos;)?</translation>
    </message>
    <message id="field.voorinburgering_uren.label">
        <source>Hoeveel uur les was dat ongeveer?</source>
        <translation type="unfinished">Bi qasî çend saetan ders bû?</translation>
    </message>
    <message id="field.lbt_datum_aanmelding.label">
        <source>Leerbaarheidstoets: datum aanmelding</source>
        <translation type="unfinished">Testa şiyana fêrbûnê (leerbaarheidstoets): dîroka tomarkirinê</translation>
    </message>
    <message id="field.lbt_datum_aanmelding.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">Ji DUO tê.</translation>
    </message>
    <message id="field.lbt_datum_afname.label">
        <source>Leerbaarheidstoets: datum afname</source>
        <translation type="unfinished">Testa şiyana fêrbûnê: dîroka ceribandinê</translation>
    </message>
    <message id="field.lbt_datum_afname.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">Ji DUO tê.</translation>
    </message>
    <message id="field.lbt_examennummer.label">
        <source>Leerbaarheidstoets: examennummer</source>
        <translation type="unfinished">Testa şiyana fêrbûnê: hejmara îmtîhanê</translation>
    </message>
    <message id="field.lbt_examennummer.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">Ji DUO tê.</translation>
    </message>
    <message id="field.lbt_uitslag.label">
        <source>Leerbaarheidstoets: uitslag (indicatie leerroute)</source>
        <translation type="unfinished">Testa şiyana fêrbûnê: encam (rêya fêrbûnê ya pêşniyarkirî)</translation>
    </message>
    <message id="field.lbt_uitslag.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">Ji DUO tê.</translation>
    </message>
    <message id="field.lbt_niet_afgenomen_reden.label">
        <source>Waarom is de leerbaarheidstoets niet afgenomen?</source>
        <translation type="unfinished">Çima testa şiyana fêrbûnê nehatiye kirin?</translation>
    </message>
    <message id="field.taalschool_advies.label">
        <source>Advies van de taalschool</source>
        <translation type="unfinished">Şîreta dibistana zimên</translation>
    </message>
    <message id="field.taalschool_advies.hint">
        <source>Bijvoorbeeld na een proefles of startklas.</source>
        <translation type="unfinished">Wek nimûne piştî dersa ceribandinê an pola destpêkê.</translation>
    </message>
    <message id="field.taalschool_advies_toelichting.label">
        <source>Toelichting op het advies van de taalschool</source>
        <translation type="unfinished">Şiroveya şîreta dibistana zimên</translation>
    </message>
    <message id="section.G.title">
        <source>Digitale vaardigheden</source>
        <translation type="unfinished">Jêhatîbûnên dîjîtal</translation>
    </message>
    <message id="section.G.intro">
        <source>Hoe goed kunt u omgaan met telefoon en computer?</source>
        <translation type="unfinished">Hûn çiqas baş dikarin telefon û komputerê bi kar bînin?</translation>
    </message>
    <message id="field.digi_smartphone.label">
        <source>Een smartphone gebruiken (bellen, berichten, foto&apos;s)</source>
        <translation type="unfinished">Bikaranîna smartfonê (telefon kirin, peyam, wêne)</translation>
    </message>
    <message id="field.digi_email.label">
        <source>E-mail lezen en versturen</source>
        <translation type="unfinished">Xwendin û şandina e-nameyan</translation>
    </message>
    <message id="field.digi_apps_nl.label">
        <source>Nederlandse apps gebruiken, zoals DigiD en de app van de bank</source>
        <translation type="unfinished">Bikaranîna sepanên holendî, wek DigiD (koda têketinê ji bo malperên dewletê) û sepana bankê</translation>
    </message>
    <message id="field.digi_computer.label">
        <source>Een computer met toetsenbord gebruiken</source>
        <translation type="unfinished">Bikaranîna komputereke bi klavye</translation>
    </message>
    <message id="field.digitale_hulp_nodig.label">
        <source>Wilt u hulp bij het gebruik van DigiD of andere apps van de overheid?</source>
        <translation type="unfinished">Hûn alîkariyê dixwazin ji bo bikaranîna DigiD an sepanên din ên dewletê?</translation>
    </message>
    <message id="section.H.title">
        <source>Financiën en ontzorgen</source>
        <translation type="unfinished">Darayî û sivikkirina baran (ontzorgen)</translation>
    </message>
    <message id="section.H.intro">
        <source>Inkomen, vaste lasten en ontzorgen. Ontzorgen geldt alleen voor asielstatushouders met bijstand.</source>
        <translation type="unfinished">Dahat, lêçûnên sabît û sivikkirina baran (ontzorgen). Sivikkirina baran tenê ji bo xwediyên statuya penaberiyê yên ku alîkariya civakî (bijstand) distînin derbas dibe.</translation>
    </message>
    <message id="field.bijstand_aangevraagd.label">
        <source>Is bijstand aangevraagd?</source>
        <translation type="unfinished">Ji bo alîkariya civakî (bijstand) serlêdan hatiye kirin?</translation>
    </message>
    <message id="field.bijstand_datum.label">
        <source>Datum aanvraag bijstand</source>
        <translation type="unfinished">Dîroka serlêdana alîkariya civakî</translation>
    </message>
    <message id="field.ontzorgen_actief.label">
        <source>Is ontzorgen actief?</source>
        <translation type="unfinished">Sivikkirina baran (ontzorgen) çalak e?</translation>
    </message>
    <message id="field.ontzorgen_actief.hint">
        <source>De gemeente betaalt de eerste maanden vaste lasten rechtstreeks uit de bijstand.</source>
        <translation type="unfinished">Şaredarî di mehên pêşîn de lêçûnên sabît rasterast ji alîkariya civakî (bijstand) dide.</translation>
    </message>
    <message id="field.ingehouden_lasten.label">
        <source>Welke vaste lasten worden ingehouden?</source>
        <translation type="unfinished">Kîjan lêçûnên sabît têne birîn?</translation>
    </message>
    <message id="field.ontzorgen_start.label">
        <source>Ontzorgen vanaf</source>
        <translation type="unfinished">Sivikkirina baran ji</translation>
    </message>
    <message id="field.ontzorgen_eind.label">
        <source>Ontzorgen tot en met</source>
        <translation type="unfinished">Sivikkirina baran heta (tê de)</translation>
    </message>
    <message id="field.ontzorgen_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">Dîroka dawiyê berî dîroka destpêkê ye.</translation>
    </message>
    <message id="field.bankrekening.label">
        <source>Heeft de klant een bankrekening?</source>
        <translation type="unfinished">Hesabê bankê yê xerîdar heye?</translation>
    </message>
    <message id="field.bankrekening.hint">
        <source>Noteer het rekeningnummer alleen als dat nodig is.</source>
        <translation type="unfinished">Hejmara hesabê tenê heke hewce be binivîsin.</translation>
    </message>
    <message id="field.toeslagen.label">
        <source>Welke toeslagen zijn aangevraagd?</source>
        <translation type="unfinished">Ji bo kîjan alîkariyên dewletê (toeslagen) serlêdan hatiye kirin?</translation>
    </message>
    <message id="field.schulden_signaal.label">
        <source>Zijn er signalen van schulden of betalingsproblemen?</source>
        <translation type="unfinished">Nîşanên deyn an pirsgirêkên dayînê hene?</translation>
    </message>
    <message id="field.schulden_toelichting.label">
        <source>Toelichting schulden</source>
        <translation type="unfinished">Şiroveya deynan</translation>
    </message>
    <message id="section.I.title">
        <source>Zelfredzaamheid en maatschappelijke begeleiding</source>
        <translation type="unfinished">Xwebirêvebirin û rêberiya civakî</translation>
    </message>
    <message id="section.I.intro">
        <source>Schat per levensgebied in hoe zelfredzaam de klant is (naar de Zelfredzaamheid-Matrix): 1 = acute problemen, 5 = volledig zelfredzaam.</source>
        <translation type="unfinished">Ji bo her qada jiyanê texmîn bikin ka xerîdar çiqas dikare xwe birêve bibe (li gorî Zelfredzaamheid-Matrix, ZRM): 1 = pirsgirêkên bilez, 5 = bi tevahî xwe birêve dibe.</translation>
    </message>
    <message id="field.zrm_financien.label">
        <source>Financiën</source>
        <translation type="unfinished">Darayî</translation>
    </message>
    <message id="field.zrm_huisvesting.label">
        <source>Huisvesting</source>
        <translation type="unfinished">Xanî û bicihbûn</translation>
    </message>
    <message id="field.zrm_gezondheid.label">
        <source>Gezondheid</source>
        <translation type="unfinished">Tendirustî</translation>
    </message>
    <message id="field.zrm_dagbesteding.label">
        <source>Dagbesteding</source>
        <translation type="unfinished">Çalakiyên rojane</translation>
    </message>
    <message id="field.zrm_sociaal_netwerk.label">
        <source>Sociaal netwerk</source>
        <translation type="unfinished">Tora civakî</translation>
    </message>
    <message id="field.zrm_huishouden.label">
        <source>Huishouden</source>
        <translation type="unfinished">Karên malê</translation>
    </message>
    <message id="field.zrm_mobiliteit.label">
        <source>Mobiliteit</source>
        <translation type="unfinished">Tevger û veguhastin</translation>
    </message>
    <message id="field.zrm_administratie.label">
        <source>Administratie (post en formulieren)</source>
        <translation type="unfinished">Kaxez û belge (poste û form)</translation>
    </message>
    <message id="field.mb_organisatie.label">
        <source>Wie geeft maatschappelijke begeleiding?</source>
        <translation type="unfinished">Kî rêberiya civakî (maatschappelijke begeleiding) dide?</translation>
    </message>
    <message id="field.mb_start.label">
        <source>Start maatschappelijke begeleiding</source>
        <translation type="unfinished">Destpêka rêberiya civakî</translation>
    </message>
    <message id="section.J.title">
        <source>Netwerk en meedoen</source>
        <translation type="unfinished">Tora civakî û beşdarbûn</translation>
    </message>
    <message id="section.J.intro">
        <source>Vragen over de mensen om u heen en wat u in uw vrije tijd doet.</source>
        <translation type="unfinished">Pirs li ser mirovên li dora we û tiştên ku hûn di dema xwe ya vala de dikin.</translation>
    </message>
    <message id="field.contacten_nl.label">
        <source>Hoeveel contact heeft u met mensen in Nederland buiten uw gezin?</source>
        <translation type="unfinished">Têkiliya we bi mirovên li Holandayê yên ji derveyî malbata we re çiqas e?</translation>
    </message>
    <message id="field.familie_in_nl.label">
        <source>Heeft u familie in Nederland (buiten uw gezin)?</source>
        <translation type="unfinished">Xizmên we li Holandayê hene (ji derveyî malbata we)?</translation>
    </message>
    <message id="field.vrijwilligerswerk_interesse.label">
        <source>Wilt u vrijwilligerswerk doen?</source>
        <translation type="unfinished">Hûn dixwazin karê dilxwazî bikin?</translation>
    </message>
    <message id="field.vrijwilligerswerk_toelichting.label">
        <source>Wat voor vrijwilligerswerk?</source>
        <translation type="unfinished">Çi cure karê dilxwazî?</translation>
    </message>
    <message id="field.vrije_tijd.label">
        <source>Wat doet u graag in uw vrije tijd (sport, hobby&apos;s, club)?</source>
        <translation type="unfinished">Hûn di dema xwe ya vala de hez dikin çi bikin (werziş, hobî, klûb)?</translation>
    </message>
    <message id="field.kinderen_school.label">
        <source>Hoe gaat het met uw kinderen op school of de opvang?</source>
        <translation type="unfinished">Rewşa zarokên we li dibistanê an li cihê lênêrînê çawa ye?</translation>
    </message>
    <message id="section.K.title">
        <source>Motivatie en ambities</source>
        <translation type="unfinished">Motîvasyon û armanc</translation>
    </message>
    <message id="section.K.intro">
        <source>Wat wilt u leren en bereiken?</source>
        <translation type="unfinished">Hûn dixwazin çi fêr bibin û bigihîjin çi?</translation>
    </message>
    <message id="field.ontwikkelwensen.label">
        <source>Wat wilt u leren of beter kunnen?</source>
        <translation type="unfinished">Hûn dixwazin çi fêr bibin an çi baştir bikin?</translation>
    </message>
    <message id="field.ow_omschrijving.label">
        <source>Omschrijving</source>
        <translation type="unfinished">Şirove</translation>
    </message>
    <message id="field.ow_start.label">
        <source>Vanaf</source>
        <translation type="unfinished">Ji kengê</translation>
    </message>
    <message id="field.ow_eind.label">
        <source>Tot</source>
        <translation type="unfinished">Heta kengê</translation>
    </message>
    <message id="field.ow_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">Dîroka dawiyê berî dîroka destpêkê ye.</translation>
    </message>
    <message id="field.doel_1_jaar.label">
        <source>Waar wilt u over een jaar staan?</source>
        <translation type="unfinished">Hûn dixwazin piştî salekê li ku bin?</translation>
    </message>
    <message id="field.doel_3_jaar.label">
        <source>Waar wilt u over drie jaar staan?</source>
        <translation type="unfinished">Hûn dixwazin piştî sê salan li ku bin?</translation>
    </message>
    <message id="field.wat_heb_je_nodig.label">
        <source>Wat heeft u nodig om dat te bereiken?</source>
        <translation type="unfinished">Ji bo gihîştina wê, hûn hewcedarê çi ne?</translation>
    </message>
    <message id="section.L.title">
        <source>Conclusie</source>
        <translation type="unfinished">Encam</translation>
    </message>
    <message id="section.L.intro">
        <source>Advies en afspraken van de klantmanager. Dit is de basis voor het PIP.</source>
        <translation type="unfinished">Şîret û peymanên karmendê dosyayê (klantmanager). Ev bingeha PIP (plana kesane ya entegrasyon û beşdarbûnê) ye.</translation>
    </message>
    <message id="field.advies_leerroute.label">
        <source>Advies leerroute</source>
        <translation type="unfinished">Rêya fêrbûnê ya pêşniyarkirî</translation>
    </message>
    <message id="field.afwijking_lbt_onderbouwing.label">
        <source>Waarom wijkt het advies af van de uitslag van de leerbaarheidstoets?</source>
        <translation type="unfinished">Çima şîret ji encama testa şiyana fêrbûnê cuda ye?</translation>
    </message>
    <message id="field.afwijking_lbt_onderbouwing.hint">
        <source>Verplicht als het advies anders is dan de indicatie van de leerbaarheidstoets.</source>
        <translation type="unfinished">Mecbûrî ye heke şîret ji nîşana testa şiyana fêrbûnê cuda be.</translation>
    </message>
    <message id="field.hoofddoel.label">
        <source>Hoofddoel</source>
        <translation type="unfinished">Armanca sereke</translation>
    </message>
    <message id="field.aandachtspunten.label">
        <source>Aandachtspunten</source>
        <translation type="unfinished">Xalên girîng</translation>
    </message>
    <message id="field.ap_omschrijving.label">
        <source>Omschrijving</source>
        <translation type="unfinished">Şirove</translation>
    </message>
    <message id="field.ap_start.label">
        <source>Vanaf</source>
        <translation type="unfinished">Ji kengê</translation>
    </message>
    <message id="field.ap_eind.label">
        <source>Tot</source>
        <translation type="unfinished">Heta kengê</translation>
    </message>
    <message id="field.ap_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">Dîroka dawiyê berî dîroka destpêkê ye.</translation>
    </message>
    <message id="field.datum_afronding_bi.label">
        <source>Datum afronding brede intake</source>
        <translation type="unfinished">Dîroka qedandina hevpeyvîna berfireh</translation>
    </message>
    <message id="field.datum_volgend_gesprek.label">
        <source>Datum volgend gesprek</source>
        <translation type="unfinished">Dîroka hevpeyvîna din</translation>
    </message>
    <message id="field.datum_volgend_gesprek.hint">
        <source>Het eerste voortgangsgesprek na de brede intake.</source>
        <translation type="unfinished">Hevpeyvîna pêşketinê ya yekem piştî hevpeyvîna berfireh.</translation>
    </message>
    <message id="field.vervolgafspraken.label">
        <source>Vervolgafspraken</source>
        <translation type="unfinished">Peymanên pêş de</translation>
    </message>
    <message id="choices.geslacht.man">
        <source>Man</source>
        <translation type="unfinished">Mêr</translation>
    </message>
    <message id="choices.geslacht.vrouw">
        <source>Vrouw</source>
        <translation type="unfinished">Jin</translation>
    </message>
    <message id="choices.geslacht.onbekend">
        <source>Onbekend</source>
        <translation type="unfinished">Nayê zanîn</translation>
    </message>
    <message id="choices.landen.SY">
        <source>Syrië</source>
        <translation type="unfinished">Sûrîye</translation>
    </message>
    <message id="choices.landen.ER">
        <source>Eritrea</source>
        <translation type="unfinished">Erître</translation>
    </message>
    <message id="choices.landen.YE">
        <source>Jemen</source>
        <translation type="unfinished">Yemen</translation>
    </message>
    <message id="choices.landen.IQ">
        <source>Irak</source>
        <translation type="unfinished">Îraq</translation>
    </message>
    <message id="choices.landen.AF">
        <source>Afghanistan</source>
        <translation type="unfinished">Efxanistan</translation>
    </message>
    <message id="choices.landen.IR">
        <source>Iran</source>
        <translation type="unfinished">Îran</translation>
    </message>
    <message id="choices.landen.TR">
        <source>Turkije</source>
        <translation type="unfinished">Tirkîye</translation>
    </message>
    <message id="choices.landen.SO">
        <source>Somalië</source>
        <translation type="unfinished">Somalya</translation>
    </message>
    <message id="choices.landen.ET">
        <source>Ethiopië</source>
        <translation type="unfinished">Etîyopya</translation>
    </message>
    <message id="choices.landen.SD">
        <source>Soedan</source>
        <translation type="unfinished">Sûdan</translation>
    </message>
    <message id="choices.landen.SS">
        <source>Zuid-Soedan</source>
        <translation type="unfinished">Sûdana Başûr</translation>
    </message>
    <message id="choices.landen.LB">
        <source>Libanon</source>
        <translation type="unfinished">Libnan</translation>
    </message>
    <message id="choices.landen.JO">
        <source>Jordanië</source>
        <translation type="unfinished">Urdun</translation>
    </message>
    <message id="choices.landen.PS">
        <source>Palestijnse Gebieden</source>
        <translation type="unfinished">Herêmên Filîstînî</translation>
    </message>
    <message id="choices.landen.EG">
        <source>Egypte</source>
        <translation type="unfinished">Misir</translation>
    </message>
    <message id="choices.landen.LY">
        <source>Libië</source>
        <translation type="unfinished">Lîbya</translation>
    </message>
    <message id="choices.landen.MA">
        <source>Marokko</source>
        <translation type="unfinished">Fas</translation>
    </message>
    <message id="choices.landen.DZ">
        <source>Algerije</source>
        <translation type="unfinished">Cezayîr</translation>
    </message>
    <message id="choices.landen.TN">
        <source>Tunesië</source>
        <translation type="unfinished">Tûnis</translation>
    </message>
    <message id="choices.landen.SA">
        <source>Saoedi-Arabië</source>
        <translation type="unfinished">Erebistana Siûdî</translation>
    </message>
    <message id="choices.landen.KW">
        <source>Koeweit</source>
        <translation type="unfinished">Kuweyt</translation>
    </message>
    <message id="choices.landen.AE">
        <source>Verenigde Arabische Emiraten</source>
        <translation type="unfinished">Mîrgehên Erebî yên Yekbûyî</translation>
    </message>
    <message id="choices.landen.PK">
        <source>Pakistan</source>
        <translation type="unfinished">Pakistan</translation>
    </message>
    <message id="choices.landen.IN">
        <source>India</source>
        <translation type="unfinished">Hindistan</translation>
    </message>
    <message id="choices.landen.BD">
        <source>Bangladesh</source>
        <translation type="unfinished">Bengladeş</translation>
    </message>
    <message id="choices.landen.LK">
        <source>Sri Lanka</source>
        <translation type="unfinished">Srî Lanka</translation>
    </message>
    <message id="choices.landen.MM">
        <source>Myanmar</source>
        <translation type="unfinished">Myanmar</translation>
    </message>
    <message id="choices.landen.CN">
        <source>China</source>
        <translation type="unfinished">Çîn</translation>
    </message>
    <message id="choices.landen.NG">
        <source>Nigeria</source>
        <translation type="unfinished">Nîjerya</translation>
    </message>
    <message id="choices.landen.CM">
        <source>Kameroen</source>
        <translation type="unfinished">Kamerûn</translation>
    </message>
    <message id="choices.landen.GN">
        <source>Guinee</source>
        <translation type="unfinished">Gîne</translation>
    </message>
    <message id="choices.landen.CD">
        <source>Congo (Democratische Republiek)</source>
        <translation type="unfinished">Kongo (Komara Demokratîk)</translation>
    </message>
    <message id="choices.landen.UG">
        <source>Oeganda</source>
        <translation type="unfinished">Ûganda</translation>
    </message>
    <message id="choices.landen.KE">
        <source>Kenia</source>
        <translation type="unfinished">Kenya</translation>
    </message>
    <message id="choices.landen.BI">
        <source>Burundi</source>
        <translation type="unfinished">Bûrûndî</translation>
    </message>
    <message id="choices.landen.GE">
        <source>Georgië</source>
        <translation type="unfinished">Gurcistan</translation>
    </message>
    <message id="choices.landen.AM">
        <source>Armenië</source>
        <translation type="unfinished">Ermenistan</translation>
    </message>
    <message id="choices.landen.AZ">
        <source>Azerbeidzjan</source>
        <translation type="unfinished">Azerbeycan</translation>
    </message>
    <message id="choices.landen.RU">
        <source>Rusland</source>
        <translation type="unfinished">Rûsya</translation>
    </message>
    <message id="choices.landen.UA">
        <source>Oekraïne</source>
        <translation type="unfinished">Ûkrayna</translation>
    </message>
    <message id="choices.landen.BY">
        <source>Belarus</source>
        <translation type="unfinished">Belarûs</translation>
    </message>
    <message id="choices.landen.CO">
        <source>Colombia</source>
        <translation type="unfinished">Kolombîya</translation>
    </message>
    <message id="choices.landen.VE">
        <source>Venezuela</source>
        <translation type="unfinished">Venezuela</translation>
    </message>
    <message id="choices.landen.BR">
        <source>Brazilië</source>
        <translation type="unfinished">Brezîlya</translation>
    </message>
    <message id="choices.landen.US">
        <source>Verenigde Staten</source>
        <translation type="unfinished">Dewletên Yekbûyî yên Amerîkayê</translation>
    </message>
    <message id="choices.landen.GB">
        <source>Verenigd Koninkrijk</source>
        <translation type="unfinished">Qiralîyeta Yekbûyî</translation>
    </message>
    <message id="choices.landen.DE">
        <source>Duitsland</source>
        <translation type="unfinished">Almanya</translation>
    </message>
    <message id="choices.landen.BE">
        <source>België</source>
        <translation type="unfinished">Belçîka</translation>
    </message>
    <message id="choices.landen.NL">
        <source>Nederland</source>
        <translation type="unfinished">Holanda</translation>
    </message>
    <message id="choices.landen.anders">
        <source>Ander land</source>
        <translation type="unfinished">welatekî din</translation>
    </message>
    <message id="choices.landen.staatloos">
        <source>Staatloos</source>
        <translation type="unfinished">bê welatî (bê hemwelatî)</translation>
    </message>
    <message id="choices.landen.onbekend">
        <source>Onbekend</source>
        <translation type="unfinished">nayê zanîn</translation>
    </message>
    <message id="choices.talen.nl">
        <source>Nederlands</source>
        <translation type="unfinished">Holendî</translation>
    </message>
    <message id="choices.talen.ar">
        <source>Arabisch</source>
        <translation type="unfinished">Erebî</translation>
    </message>
    <message id="choices.talen.ti">
        <source>Tigrinya</source>
        <translation type="unfinished">Tigrînî</translation>
    </message>
    <message id="choices.talen.tr">
        <source>Turks</source>
        <translation type="unfinished">Tirkî</translation>
    </message>
    <message id="choices.talen.fa">
        <source>Perzisch (Farsi)</source>
        <translation type="unfinished">Farisî</translation>
    </message>
    <message id="choices.talen.fa-AF">
        <source>Dari</source>
        <translation type="unfinished">Derî</translation>
    </message>
    <message id="choices.talen.ps">
        <source>Pasjtoe</source>
        <translation type="unfinished">Peştûyî</translation>
    </message>
    <message id="choices.talen.ku">
        <source>Koerdisch (Kurmanji)</source>
        <translation type="unfinished">Kurdî (kurmancî)</translation>
    </message>
    <message id="choices.talen.ckb">
        <source>Koerdisch (Sorani)</source>
        <translation type="unfinished">Kurdî (soranî)</translation>
    </message>
    <message id="choices.talen.so">
        <source>Somalisch</source>
        <translation type="unfinished">Somalî</translation>
    </message>
    <message id="choices.talen.am">
        <source>Amhaars</source>
        <translation type="unfinished">Amharî</translation>
    </message>
    <message id="choices.talen.om">
        <source>Oromo</source>
        <translation type="unfinished">Oromoyî</translation>
    </message>
    <message id="choices.talen.tig">
        <source>Tigre</source>
        <translation type="unfinished">Tigre</translation>
    </message>
    <message id="choices.talen.en">
        <source>Engels</source>
        <translation type="unfinished">Îngilîzî</translation>
    </message>
    <message id="choices.talen.fr">
        <source>Frans</source>
        <translation type="unfinished">Fransizî</translation>
    </message>
    <message id="choices.talen.ru">
        <source>Russisch</source>
        <translation type="unfinished">Rûsî</translation>
    </message>
    <message id="choices.talen.uk">
        <source>Oekraïens</source>
        <translation type="unfinished">Ukraynî</translation>
    </message>
    <message id="choices.talen.ur">
        <source>Urdu</source>
        <translation type="unfinished">Urdûyî</translation>
    </message>
    <message id="choices.talen.bn">
        <source>Bengaals</source>
        <translation type="unfinished">Bengalî</translation>
    </message>
    <message id="choices.talen.es">
        <source>Spaans</source>
        <translation type="unfinished">Spanî</translation>
    </message>
    <message id="choices.talen.de">
        <source>Duits</source>
        <translation type="unfinished">Almanî</translation>
    </message>
    <message id="choices.talen.sw">
        <source>Swahili</source>
        <translation type="unfinished">Swahîlî</translation>
    </message>
    <message id="choices.talen.ber">
        <source>Berbers (Tamazight)</source>
        <translation type="unfinished">Berberî (tamazîxt)</translation>
    </message>
    <message id="choices.talen.hy">
        <source>Armeens</source>
        <translation type="unfinished">Ermenî</translation>
    </message>
    <message id="choices.talen.ka">
        <source>Georgisch</source>
        <translation type="unfinished">Gurcî</translation>
    </message>
    <message id="choices.talen.az">
        <source>Azerbeidzjaans</source>
        <translation type="unfinished">Azerî</translation>
    </message>
    <message id="choices.talen.anders">
        <source>Andere taal</source>
        <translation type="unfinished">Zimanekî din</translation>
    </message>
    <message id="choices.doelgroep.asielstatushouder">
        <source>Asielstatushouder</source>
        <translation type="unfinished">Xwediyê statuya penaberiyê (asielstatushouder)</translation>
    </message>
    <message id="choices.doelgroep.gezinsmigrant">
        <source>Gezinsmigrant</source>
        <translation type="unfinished">Koçberê malbatê</translation>
    </message>
    <message id="choices.doelgroep.overige">
        <source>Overige migrant</source>
        <translation type="unfinished">Koçberekî din</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.asiel_eerste_aanvrager">
        <source>Asiel – eerste aanvrager</source>
        <translation type="unfinished">Penaberî – serlêderê yekem</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.nareiziger">
        <source>Nareiziger</source>
        <translation type="unfinished">Endamê malbatê yê paşê hatî (nareiziger)</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.gezinshereniging">
        <source>Gezinshereniging</source>
        <translation type="unfinished">Gihandina malbatê</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.gezinsvorming">
        <source>Gezinsvorming</source>
        <translation type="unfinished">Avakirina malbatê</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.overig">
        <source>Overig</source>
        <translation type="unfinished">Yên din</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.asiel_bepaalde_tijd">
        <source>Asiel, bepaalde tijd</source>
        <translation type="unfinished">Penaberî, dema diyarkirî</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.regulier_familie">
        <source>Regulier, verblijf bij familie of partner</source>
        <translation type="unfinished">Asayî, mayîn li cem malbat an hevjîn</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.regulier_overig">
        <source>Regulier, ander verblijfsdoel</source>
        <translation type="unfinished">Asayî, armanceke din a mayînê</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.onbekend">
        <source>Nog niet bekend</source>
        <translation type="unfinished">Hîn nayê zanîn</translation>
    </message>
    <message id="choices.tolk_type.telefonisch">
        <source>Telefonisch</source>
        <translation type="unfinished">Bi telefonê</translation>
    </message>
    <message id="choices.tolk_type.fysiek">
        <source>Aanwezig bij het gesprek</source>
        <translation type="unfinished">Di hevpeyvînê de amade</translation>
    </message>
    <message id="choices.tolk_type.familielid">
        <source>Familielid of kennis</source>
        <translation type="unfinished">Endamê malbatê an nasek</translation>
    </message>
    <message id="choices.gesprekslocatie.azc">
        <source>Azc (COA-locatie)</source>
        <translation type="unfinished">Navenda penaxwazan (azc, cihê COA)</translation>
    </message>
    <message id="choices.gesprekslocatie.thuis">
        <source>Bij de klant thuis</source>
        <translation type="unfinished">Li mala xerîdar</translation>
    </message>
    <message id="choices.gesprekslocatie.gemeentekantoor">
        <source>Gemeentekantoor</source>
        <translation type="unfinished">Nivîsgeha şaredariyê</translation>
    </message>
    <message id="choices.gesprekslocatie.taalschool">
        <source>Taalschool</source>
        <translation type="unfinished">Dibistana zimên</translation>
    </message>
    <message id="choices.burgerlijke_staat.ongehuwd">
        <source>Ongehuwd</source>
        <translation type="unfinished">Nezewicî</translation>
    </message>
    <message id="choices.burgerlijke_staat.gehuwd">
        <source>Gehuwd</source>
        <translation type="unfinished">Zewicî</translation>
    </message>
    <message id="choices.burgerlijke_staat.geregistreerd_partner">
        <source>Geregistreerd partnerschap</source>
        <translation type="unfinished">Hevaltiya tomarkirî (geregistreerd partnerschap)</translation>
    </message>
    <message id="choices.burgerlijke_staat.samenwonend">
        <source>Samenwonend</source>
        <translation type="unfinished">Bi hev re dijîn (bê zewac)</translation>
    </message>
    <message id="choices.burgerlijke_staat.gescheiden">
        <source>Gescheiden</source>
        <translation type="unfinished">Berdayî (telaq)</translation>
    </message>
    <message id="choices.burgerlijke_staat.weduwe">
        <source>Weduwe of weduwnaar</source>
        <translation type="unfinished">Jinebî an mêrebî</translation>
    </message>
    <message id="choices.burgerlijke_staat.onbekend">
        <source>Wil ik niet zeggen</source>
        <translation type="unfinished">Ez naxwazim bibêjim</translation>
    </message>
    <message id="choices.relatie.partner">
        <source>Partner</source>
        <translation type="unfinished">Hevjîn</translation>
    </message>
    <message id="choices.relatie.kind">
        <source>Kind</source>
        <translation type="unfinished">Zarok</translation>
    </message>
    <message id="choices.relatie.ouder">
        <source>Vader of moeder</source>
        <translation type="unfinished">Bav an dayik</translation>
    </message>
    <message id="choices.relatie.broer_zus">
        <source>Broer of zus</source>
        <translation type="unfinished">Bira an xwişk</translation>
    </message>
    <message id="choices.relatie.familie">
        <source>Ander familielid</source>
        <translation type="unfinished">Xizmekî din</translation>
    </message>
    <message id="choices.relatie.anders">
        <source>Iemand anders</source>
        <translation type="unfinished">Kesekî din</translation>
    </message>
    <message id="choices.zorgtaken.kinderen">
        <source>Zorg voor kinderen</source>
        <translation type="unfinished">Lênêrîna zarokan</translation>
    </message>
    <message id="choices.zorgtaken.zieke_partner">
        <source>Zorg voor een zieke partner</source>
        <translation type="unfinished">Lênêrîna hevjînekî nexweş</translation>
    </message>
    <message id="choices.zorgtaken.ouder_familielid">
        <source>Zorg voor een ouder familielid</source>
        <translation type="unfinished">Lênêrîna xizmekî kal an pîr</translation>
    </message>
    <message id="choices.zorgtaken.geen">
        <source>Geen zorgtaken</source>
        <translation type="unfinished">Ti erkên lênêrînê tune</translation>
    </message>
    <message id="choices.woonsituatie.azc">
        <source>Azc (COA-locatie)</source>
        <translation type="unfinished">Navenda penaxwazan (azc, cihê COA)</translation>
    </message>
    <message id="choices.woonsituatie.tijdelijke_woning">
        <source>Tijdelijke woning</source>
        <translation type="unfinished">Xaniyê demkî</translation>
    </message>
    <message id="choices.woonsituatie.eigen_huurwoning">
        <source>Eigen huurwoning</source>
        <translation type="unfinished">Xaniyê min ê kirê</translation>
    </message>
    <message id="choices.woonsituatie.inwonend">
        <source>Inwonend bij familie of kennissen</source>
        <translation type="unfinished">Li cem malbat an nasan dimînim</translation>
    </message>
    <message id="choices.ervaren_gezondheid.1">
        <source>Slecht</source>
        <translation type="unfinished">Xirab</translation>
    </message>
    <message id="choices.ervaren_gezondheid.2">
        <source>Matig</source>
        <translation type="unfinished">Ne pir baş</translation>
    </message>
    <message id="choices.ervaren_gezondheid.3">
        <source>Redelijk</source>
        <translation type="unfinished">Navîn</translation>
    </message>
    <message id="choices.ervaren_gezondheid.4">
        <source>Goed</source>
        <translation type="unfinished">Baş</translation>
    </message>
    <message id="choices.ervaren_gezondheid.5">
        <source>Uitstekend</source>
        <translation type="unfinished">Gelek baş</translation>
    </message>
    <message id="choices.beperkingen_leren.zien">
        <source>Zien</source>
        <translation type="unfinished">Dîtin</translation>
    </message>
    <message id="choices.beperkingen_leren.horen">
        <source>Horen</source>
        <translation type="unfinished">Bihîstin</translation>
    </message>
    <message id="choices.beperkingen_leren.mobiliteit">
        <source>Lopen of bewegen</source>
        <translation type="unfinished">Meşîn an tevgerîn</translation>
    </message>
    <message id="choices.beperkingen_leren.pijn">
        <source>Pijn</source>
        <translation type="unfinished">Êş</translation>
    </message>
    <message id="choices.beperkingen_leren.vermoeidheid">
        <source>Vermoeidheid</source>
        <translation type="unfinished">Westiyan</translation>
    </message>
    <message id="choices.beperkingen_leren.geen">
        <source>Geen</source>
        <translation type="unfinished">Tune</translation>
    </message>
    <message id="choices.belasting_signaal.1">
        <source>Geen signalen</source>
        <translation type="unfinished">Ti nîşan tune</translation>
    </message>
    <message id="choices.belasting_signaal.2">
        <source>Weinig</source>
        <translation type="unfinished">Kêm</translation>
    </message>
    <message id="choices.belasting_signaal.3">
        <source>Enigszins</source>
        <translation type="unfinished">Hinekî</translation>
    </message>
    <message id="choices.belasting_signaal.4">
        <source>Veel</source>
        <translation type="unfinished">Pir</translation>
    </message>
    <message id="choices.belasting_signaal.5">
        <source>Zeer veel</source>
        <translation type="unfinished">Gelek pir</translation>
    </message>
    <message id="choices.doorverwijzing.huisarts">
        <source>Huisarts</source>
        <translation type="unfinished">Bijîşkê malbatê (huisarts)</translation>
    </message>
    <message id="choices.doorverwijzing.ggd">
        <source>GGD</source>
        <translation type="unfinished">GGD (xizmeta tendirustiya giştî ya herêmî)</translation>
    </message>
    <message id="choices.doorverwijzing.poh_ggz">
        <source>POH-GGZ (praktijkondersteuner)</source>
        <translation type="unfinished">POH-GGZ (alîkarê tendirustiya derûnî li cem bijîşk)</translation>
    </message>
    <message id="choices.doorverwijzing.maatschappelijk_werk">
        <source>Maatschappelijk werk</source>
        <translation type="unfinished">Xebata civakî (maatschappelijk werk)</translation>
    </message>
    <message id="choices.doorverwijzing.geen">
        <source>Geen doorverwijzing</source>
        <translation type="unfinished">Ti şandin tune</translation>
    </message>
    <message id="choices.opleidingsniveau.geen">
        <source>Geen onderwijs gevolgd</source>
        <translation type="unfinished">Min perwerde nexwendiye</translation>
    </message>
    <message id="choices.opleidingsniveau.basis">
        <source>Basisonderwijs</source>
        <translation type="unfinished">Dibistana seretayî</translation>
    </message>
    <message id="choices.opleidingsniveau.vo_onderbouw">
        <source>Voortgezet onderwijs, niet afgemaakt</source>
        <translation type="unfinished">Dibistana navîn/amadeyî, neqediya</translation>
    </message>
    <message id="choices.opleidingsniveau.vo_afgerond">
        <source>Voortgezet onderwijs, afgemaakt</source>
        <translation type="unfinished">Dibistana navîn/amadeyî, qediya</translation>
    </message>
    <message id="choices.opleidingsniveau.beroeps">
        <source>Beroepsopleiding</source>
        <translation type="unfinished">Perwerdeya pîşeyî</translation>
    </message>
    <message id="choices.opleidingsniveau.hbo_bachelor">
        <source>Hbo-bachelor</source>
        <translation type="unfinished">Bachelor li zanîngeha zanistên sepandî (hbo)</translation>
    </message>
    <message id="choices.opleidingsniveau.wo_bachelor">
        <source>Universiteit, bachelor</source>
        <translation type="unfinished">Zanîngeh, bachelor (lîsans)</translation>
    </message>
    <message id="choices.opleidingsniveau.master">
        <source>Master</source>
        <translation type="unfinished">Master</translation>
    </message>
    <message id="choices.opleidingsniveau.doctoraat">
        <source>Doctoraat (PhD)</source>
        <translation type="unfinished">Doktora (PhD)</translation>
    </message>
    <message id="choices.nl_niveau.mbo1">
        <source>Mbo niveau 1</source>
        <translation type="unfinished">Mbo asta 1</translation>
    </message>
    <message id="choices.nl_niveau.mbo2">
        <source>Mbo niveau 2</source>
        <translation type="unfinished">Mbo asta 2</translation>
    </message>
    <message id="choices.nl_niveau.mbo3">
        <source>Mbo niveau 3</source>
        <translation type="unfinished">Mbo asta 3</translation>
    </message>
    <message id="choices.nl_niveau.mbo4">
        <source>Mbo niveau 4</source>
        <translation type="unfinished">Mbo asta 4</translation>
    </message>
    <message id="choices.nl_niveau.hbo_ad">
        <source>Hbo associate degree</source>
        <translation type="unfinished">Hbo associate degree</translation>
    </message>
    <message id="choices.nl_niveau.hbo_bachelor">
        <source>Hbo-bachelor</source>
        <translation type="unfinished">Hbo bachelor</translation>
    </message>
    <message id="choices.nl_niveau.hbo_master">
        <source>Hbo-master</source>
        <translation type="unfinished">Hbo master</translation>
    </message>
    <message id="choices.nl_niveau.wo_bachelor">
        <source>Wo-bachelor</source>
        <translation type="unfinished">Wo (zanîngeh) bachelor</translation>
    </message>
    <message id="choices.nl_niveau.wo_master">
        <source>Wo-master</source>
        <translation type="unfinished">Wo (zanîngeh) master</translation>
    </message>
    <message id="choices.vaardigheid4.1">
        <source>Niet</source>
        <translation type="unfinished">Qet</translation>
    </message>
    <message id="choices.vaardigheid4.2">
        <source>Een beetje</source>
        <translation type="unfinished">Hinekî</translation>
    </message>
    <message id="choices.vaardigheid4.3">
        <source>Redelijk</source>
        <translation type="unfinished">Navîn</translation>
    </message>
    <message id="choices.vaardigheid4.4">
        <source>Goed</source>
        <translation type="unfinished">Baş</translation>
    </message>
    <message id="choices.latijns_schrift.nee">
        <source>Nee</source>
        <translation type="unfinished">Na</translation>
    </message>
    <message id="choices.latijns_schrift.beperkt">
        <source>Een beetje</source>
        <translation type="unfinished">Hinekî</translation>
    </message>
    <message id="choices.latijns_schrift.ja">
        <source>Ja</source>
        <translation type="unfinished">Erê</translation>
    </message>
    <message id="choices.formeel_informeel.formeel">
        <source>Formeel (met contract of eigen bedrijf)</source>
        <translation type="unfinished">Fermî (bi peyman an karsaziya xwe)</translation>
    </message>
    <message id="choices.formeel_informeel.informeel">
        <source>Informeel (zonder contract, bijvoorbeeld in familiebedrijf)</source>
        <translation type="unfinished">Nefermî (bê peyman, wek nimûne di karsaziya malbatê de)</translation>
    </message>
    <message id="choices.sectoren.bouw">
        <source>Bouw</source>
        <translation type="unfinished">Avahîsazî</translation>
    </message>
    <message id="choices.sectoren.techniek">
        <source>Techniek en installatie</source>
        <translation type="unfinished">Teknîk û sazkirin</translation>
    </message>
    <message id="choices.sectoren.zorg">
        <source>Zorg en welzijn</source>
        <translation type="unfinished">Lênêrîn û tendirustî</translation>
    </message>
    <message id="choices.sectoren.onderwijs">
        <source>Onderwijs en kinderopvang</source>
        <translation type="unfinished">Perwerde û lênêrîna zarokan</translation>
    </message>
    <message id="choices.sectoren.horeca">
        <source>Horeca en keuken</source>
        <translation type="unfinished">Xwaringeh, otêl û metbex</translation>
    </message>
    <message id="choices.sectoren.schoonmaak">
        <source>Schoonmaak</source>
        <translation type="unfinished">Paqijkirin</translation>
    </message>
    <message id="choices.sectoren.logistiek">
        <source>Transport en logistiek</source>
        <translation type="unfinished">Veguhastin û lojîstîk</translation>
    </message>
    <message id="choices.sectoren.landbouw">
        <source>Landbouw, tuinbouw en groen</source>
        <translation type="unfinished">Çandinî, baxçevanî û kesk</translation>
    </message>
    <message id="choices.sectoren.handel">
        <source>Winkel en handel</source>
        <translation type="unfinished">Dikan û bazirganî</translation>
    </message>
    <message id="choices.sectoren.administratie">
        <source>Administratie en kantoor</source>
        <translation type="unfinished">Îdare û nivîsgeh</translation>
    </message>
    <message id="choices.sectoren.ict">
        <source>ICT</source>
        <translation type="unfinished">ICT (teknolojiya agahiyê)</translation>
    </message>
    <message id="choices.sectoren.productie">
        <source>Productie en fabriek</source>
        <translation type="unfinished">Hilberîn û fabrîqe</translation>
    </message>
    <message id="choices.sectoren.kapper">
        <source>Kapper en schoonheid</source>
        <translation type="unfinished">Porbirî û bedewî</translation>
    </message>
    <message id="choices.sectoren.textiel">
        <source>Kleding en naaien</source>
        <translation type="unfinished">Cil û dirûtin</translation>
    </message>
    <message id="choices.sectoren.voeding">
        <source>Bakkerij, slagerij en voeding</source>
        <translation type="unfinished">Nanpêjî, qesabî û xwarin</translation>
    </message>
    <message id="choices.sectoren.autotechniek">
        <source>Auto&apos;s en motoren</source>
        <translation type="unfinished">Erebe û motor</translation>
    </message>
    <message id="choices.sectoren.overig">
        <source>Anders</source>
        <translation type="unfinished">Yên din</translation>
    </message>
    <message id="choices.werkvaardigheid4.1">
        <source>Nog lastig</source>
        <translation type="unfinished">Hîn zehmet e</translation>
    </message>
    <message id="choices.werkvaardigheid4.2">
        <source>Soms goed</source>
        <translation type="unfinished">Carinan baş</translation>
    </message>
    <message id="choices.werkvaardigheid4.3">
        <source>Meestal goed</source>
        <translation type="unfinished">Bi piranî baş</translation>
    </message>
    <message id="choices.werkvaardigheid4.4">
        <source>Goed</source>
        <translation type="unfinished">Baş</translation>
    </message>
    <message id="choices.situatie_werk.werkt">
        <source>Werkt nu</source>
        <translation type="unfinished">Niha dixebitim</translation>
    </message>
    <message id="choices.situatie_werk.zoekt">
        <source>Zoekt werk</source>
        <translation type="unfinished">Li kar digerim</translation>
    </message>
    <message id="choices.situatie_werk.niet_beschikbaar">
        <source>Nu niet beschikbaar</source>
        <translation type="unfinished">Niha ne amade me</translation>
    </message>
    <message id="choices.nederlands_niveau.A0">
        <source>Nog geen Nederlands (A0)</source>
        <translation type="unfinished">Hîn holendî nizanim (A0)</translation>
    </message>
    <message id="choices.nederlands_niveau.A1">
        <source>A1</source>
        <translation type="unfinished">A1: hinekî Holendî – peyvên sade û hevokên kurt</translation>
    </message>
    <message id="choices.nederlands_niveau.A2">
        <source>A2</source>
        <translation type="unfinished">A2: Holendiya bingehîn – axaftinên rojane li ser mijarên naskirî</translation>
    </message>
    <message id="choices.nederlands_niveau.B1plus">
        <source>B1 of hoger</source>
        <translation type="unfinished">B1 an bilindtir: Holendiya baş – hûn di piraniya rewşan de karê xwe dikin</translation>
    </message>
    <message id="choices.leerroute.b1">
        <source>B1-route</source>
        <translation type="unfinished">Rêya B1 (B1-route)</translation>
    </message>
    <message id="choices.leerroute.onderwijs">
        <source>Onderwijsroute</source>
        <translation type="unfinished">Rêya perwerdeyê (onderwijsroute)</translation>
    </message>
    <message id="choices.leerroute.z">
        <source>Z-route (zelfredzaamheidsroute)</source>
        <translation type="unfinished">Rêya Z (rêya xwebirêvebirinê, zelfredzaamheidsroute)</translation>
    </message>
    <message id="choices.lbt_reden.zintuiglijke_beperking">
        <source>Zintuiglijke beperking (zien of horen)</source>
        <translation type="unfinished">Astengiya hestan (dîtin an bihîstin)</translation>
    </message>
    <message id="choices.lbt_reden.anders">
        <source>Andere reden</source>
        <translation type="unfinished">Sedemeke din</translation>
    </message>
    <message id="choices.ingehouden_lasten.huur">
        <source>Huur</source>
        <translation type="unfinished">Kirê</translation>
    </message>
    <message id="choices.ingehouden_lasten.energie">
        <source>Energie</source>
        <translation type="unfinished">Enerjî (elektrîk û gaz)</translation>
    </message>
    <message id="choices.ingehouden_lasten.water">
        <source>Water</source>
        <translation type="unfinished">Av</translation>
    </message>
    <message id="choices.ingehouden_lasten.zorgverzekering">
        <source>Zorgverzekering</source>
        <translation type="unfinished">Sîgorteya tendirustiyê</translation>
    </message>
    <message id="choices.ingehouden_lasten.gemeentelijke_belastingen">
        <source>Gemeentelijke belastingen</source>
        <translation type="unfinished">Bacên şaredariyê</translation>
    </message>
    <message id="choices.ingehouden_lasten.overig">
        <source>Overige vaste lasten</source>
        <translation type="unfinished">Lêçûnên sabît ên din</translation>
    </message>
    <message id="choices.toeslagen.huurtoeslag">
        <source>Huurtoeslag</source>
        <translation type="unfinished">Alîkariya kirê (huurtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.zorgtoeslag">
        <source>Zorgtoeslag</source>
        <translation type="unfinished">Alîkariya sîgorteya tendirustiyê (zorgtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.kinderopvangtoeslag">
        <source>Kinderopvangtoeslag</source>
        <translation type="unfinished">Alîkariya lênêrîna zarokan (kinderopvangtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.kindgebonden_budget">
        <source>Kindgebonden budget</source>
        <translation type="unfinished">Budceya zarokan (kindgebonden budget)</translation>
    </message>
    <message id="choices.toeslagen.geen">
        <source>Geen toeslagen</source>
        <translation type="unfinished">Ti alîkarî tune</translation>
    </message>
    <message id="choices.zrm5.1">
        <source>Acute problemen</source>
        <translation type="unfinished">Pirsgirêkên bilez</translation>
    </message>
    <message id="choices.zrm5.2">
        <source>Niet zelfredzaam</source>
        <translation type="unfinished">Nikare xwe birêve bibe</translation>
    </message>
    <message id="choices.zrm5.3">
        <source>Beperkt zelfredzaam</source>
        <translation type="unfinished">Bi sînorkirî xwe birêve dibe</translation>
    </message>
    <message id="choices.zrm5.4">
        <source>Voldoende zelfredzaam</source>
        <translation type="unfinished">Têra xwe xwe birêve dibe</translation>
    </message>
    <message id="choices.zrm5.5">
        <source>Volledig zelfredzaam</source>
        <translation type="unfinished">Bi tevahî xwe birêve dibe</translation>
    </message>
    <message id="choices.mb_organisatie.vluchtelingenwerk">
        <source>VluchtelingenWerk</source>
        <translation type="unfinished">VluchtelingenWerk (rêxistina penaberan a Holandayê)</translation>
    </message>
    <message id="choices.mb_organisatie.gemeente">
        <source>De gemeente zelf</source>
        <translation type="unfinished">Şaredarî bi xwe</translation>
    </message>
    <message id="choices.mb_organisatie.andere_organisatie">
        <source>Andere organisatie</source>
        <translation type="unfinished">Rêxistineke din</translation>
    </message>
    <message id="choices.contacten4.1">
        <source>Geen</source>
        <translation type="unfinished">Tune</translation>
    </message>
    <message id="choices.contacten4.2">
        <source>Weinig</source>
        <translation type="unfinished">Kêm</translation>
    </message>
    <message id="choices.contacten4.3">
        <source>Een paar</source>
        <translation type="unfinished">Hinek</translation>
    </message>
    <message id="choices.contacten4.4">
        <source>Veel</source>
        <translation type="unfinished">Pir</translation>
    </message>
    <message id="choices.hoofddoel.werk">
        <source>Werk</source>
        <translation type="unfinished">Kar</translation>
    </message>
    <message id="choices.hoofddoel.onderwijs">
        <source>Onderwijs</source>
        <translation type="unfinished">Perwerde</translation>
    </message>
    <message id="choices.hoofddoel.participatie">
        <source>Meedoen in de samenleving (participatie)</source>
        <translation type="unfinished">Beşdarbûna di civakê de (participatie)</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message id="theme.kennismaken">
        <source>Kennismaken</source>
        <extracomment>Getting to know each other</extracomment>
        <translation type="unfinished">Hevnasîn</translation>
    </message>
    <message id="theme.werk">
        <source>Werk en ambities</source>
        <extracomment>Work and ambitions</extracomment>
        <translation type="unfinished">Kar û armanc</translation>
    </message>
    <message id="theme.leren">
        <source>Leren en taal</source>
        <extracomment>Learning and language</extracomment>
        <translation type="unfinished">Hînbûn û ziman</translation>
    </message>
    <message id="theme.gezondheid">
        <source>Gezondheid en welzijn</source>
        <extracomment>Health and well-being</extracomment>
        <translation type="unfinished">Tenduristî û başbûn</translation>
    </message>
    <message id="theme.netwerk">
        <source>Netwerk en vrije tijd</source>
        <extracomment>Network and free time</extracomment>
        <translation type="unfinished">Têkiliyên civakî û dema vala</translation>
    </message>
    <message id="theme.wonen">
        <source>Wonen, gezin en geldzaken</source>
        <extracomment>Home, family and money</extracomment>
        <translation type="unfinished">Xanî, malbat û karên darayî</translation>
    </message>
    <message id="theme.toekomst">
        <source>Toekomst en afspraken</source>
        <extracomment>Future and agreements</extracomment>
        <translation type="unfinished">Pêşeroj û peyman</translation>
    </message>
    <message id="card.1">
        <source>Wat wil je dat ik over jou weet?</source>
        <extracomment>What would you like me to know about you?</extracomment>
        <translation type="unfinished">Tu dixwazî ez çi li ser te bizanim?</translation>
    </message>
    <message id="card.2">
        <source>Hoe ziet een gewone dag voor jou eruit?</source>
        <extracomment>What does an ordinary day look like for you?</extracomment>
        <translation type="unfinished">Rojeke asayî ji bo te çawa derbas dibe?</translation>
    </message>
    <message id="card.3">
        <source>Waar ben je trots op?</source>
        <extracomment>What are you proud of?</extracomment>
        <translation type="unfinished">Tu bi çi serbilind î?</translation>
    </message>
    <message id="card.4">
        <source>Hoe wil je dat ik je noem?</source>
        <extracomment>What would you like me to call you?</extracomment>
        <translation type="unfinished">Tu dixwazî ez bi çi navî gazî te bikim?</translation>
    </message>
    <message id="card.5">
        <source>Welke taal spreek je het liefst als het moeilijk wordt?</source>
        <extracomment>Which language do you prefer when things get difficult?</extracomment>
        <translation type="unfinished">Dema ku tişt dijwar dibin, tu dixwazî bi kîjan zimanî biaxivî?</translation>
    </message>
    <message id="card.6">
        <source>Wat heb je al geleerd sinds je in Nederland bent?</source>
        <extracomment>What have you already learned since you came to the Netherlands?</extracomment>
        <translation type="unfinished">Ji dema ku tu hatiyî Holendayê ve, tu çi fêr bûyî?</translation>
    </message>
    <message id="card.7">
        <source>Wanneer is dit gesprek voor jou goed gegaan?</source>
        <extracomment>When will you feel this conversation went well?</extracomment>
        <translation type="unfinished">Tu kengê dê hîs bikî ku ev axaftin ji bo te baş derbas bû?</translation>
    </message>
    <message id="card.8">
        <source>Welk werk heb je gedaan, betaald of onbetaald?</source>
        <extracomment>What work have you done, paid or unpaid?</extracomment>
        <translation type="unfinished">Te çi kar kiriye, bi heq an bê heq?</translation>
    </message>
    <message id="card.9">
        <source>Wat kun je goed met je handen, met je hoofd of met mensen?</source>
        <extracomment>What are you good at: with your hands, your head, or with people?</extracomment>
        <translation type="unfinished">Tu di çi de baş î: bi destên xwe, bi serê xwe an bi mirovan re?</translation>
    </message>
    <message id="card.10">
        <source>Welk werk zou je over drie jaar willen doen?</source>
        <extracomment>What work would you like to do three years from now?</extracomment>
        <translation type="unfinished">Tu dixwazî piştî sê salan çi karî bikî?</translation>
    </message>
    <message id="card.11">
        <source>Wat heb je nodig om dat werk te kunnen doen?</source>
        <extracomment>What do you need to be able to do that work?</extracomment>
        <translation type="unfinished">Ji bo ku tu bikaribî wî karî bikî, çi ji te re lazim e?</translation>
    </message>
    <message id="card.12">
        <source>Welk werk wil je liever niet doen, en waarom?</source>
        <extracomment>What work would you rather not do, and why?</extracomment>
        <translation type="unfinished">Tu naxwazî kîjan karî bikî, û çima?</translation>
    </message>
    <message id="card.13">
        <source>Wie kent er iemand die werkt in het vak dat jij leuk vindt?</source>
        <extracomment>Do you know anyone who works in the field you like?</extracomment>
        <translation type="unfinished">Tu kesekî nas dikî ku di wê pîşeyê de dixebite ku tu jê hez dikî?</translation>
    </message>
    <message id="card.14">
        <source>Hoeveel uur per week kun je nu werken of meedoen?</source>
        <extracomment>How many hours a week can you work or take part right now?</extracomment>
        <translation type="unfinished">Niha tu dikarî hefteyê çend saetan bixebitî an beşdar bibî?</translation>
    </message>
    <message id="card.15">
        <source>Noem twee dingen waar je beter in wilt worden.</source>
        <extracomment>Name two things you want to get better at.</extracomment>
        <translation type="unfinished">Du tiştan bibêje ku tu dixwazî di wan de baştir bibî.</translation>
    </message>
    <message id="card.16">
        <source>Hoe leer jij het makkelijkst: kijken, luisteren, doen of lezen?</source>
        <extracomment>How do you learn most easily: watching, listening, doing or reading?</extracomment>
        <translation type="unfinished">Tu herî hêsan çawa fêr dibî: bi temaşekirinê, bi guhdarîkirinê, bi kirinê an bi xwendinê?</translation>
    </message>
    <message id="card.17">
        <source>Wat vond je vroeger op school leuk of moeilijk?</source>
        <extracomment>What did you like or find hard at school?</extracomment>
        <translation type="unfinished">Berê li dibistanê tu ji çi hez dikir û çi ji te re dijwar bû?</translation>
    </message>
    <message id="card.18">
        <source>Waar en met wie spreek je nu Nederlands?</source>
        <extracomment>Where, and with whom, do you speak Dutch now?</extracomment>
        <translation type="unfinished">Niha tu li ku û bi kê re bi Holendî diaxivî?</translation>
    </message>
    <message id="card.19">
        <source>Wat maakt het leren van Nederlands soms lastig voor jou?</source>
        <extracomment>What sometimes makes learning Dutch hard for you?</extracomment>
        <translation type="unfinished">Çi carinan fêrbûna Holendî ji te re dijwar dike?</translation>
    </message>
    <message id="card.20">
        <source>Welke opleiding zou je nog willen volgen?</source>
        <extracomment>Which education or training would you still like to do?</extracomment>
        <translation type="unfinished">Tu hê dixwazî kîjan perwerde an kursê bixwînî?</translation>
    </message>
    <message id="card.21">
        <source>Hoe merk je dat je vooruit gaat?</source>
        <extracomment>How do you notice that you are making progress?</extracomment>
        <translation type="unfinished">Tu çawa pê dihesî ku tu pêş dikevî?</translation>
    </message>
    <message id="card.22">
        <source>Hoe gaat het met je energie deze weken?</source>
        <extracomment>How is your energy these weeks? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Van hefteyan enerjiya te çawa ye?</translation>
    </message>
    <message id="card.23">
        <source>Hoe slaap je de laatste tijd?</source>
        <extracomment>How have you been sleeping lately? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Van demên dawî xewa te çawa ye?</translation>
    </message>
    <message id="card.24">
        <source>Wat helpt jou als je je zorgen maakt?</source>
        <extracomment>What helps you when you are worried? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Dema ku tu bi fikar î, çi alîkariya te dike?</translation>
    </message>
    <message id="card.25">
        <source>Is er iets met je gezondheid waar we rekening mee moeten houden bij lessen of werk?</source>
        <extracomment>Is there anything about your health we should take into account for lessons or work? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Tiştek di tenduristiya te de heye ku divê em di dersan an di kar de li ber çavan bigirin?</translation>
    </message>
    <message id="card.26">
        <source>Weet je bij wie je terecht kunt als je ziek bent?</source>
        <extracomment>Do you know where to go when you are ill? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Tu dizanî dema ku tu nexweş bibî, divê tu biçî cem kê?</translation>
    </message>
    <message id="card.27">
        <source>Wat doe je om je goed te voelen?</source>
        <extracomment>What do you do to feel good? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Tu çi dikî da ku tu xwe baş hîs bikî?</translation>
    </message>
    <message id="card.28">
        <source>Is er iets waar je liever alleen, zonder familie erbij, over praat?</source>
        <extracomment>Is there anything you would rather discuss alone, without family present? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Tiştek heye ku tu dixwazî bi tenê, bêyî ku malbat li wir be, li ser biaxivî?</translation>
    </message>
    <message id="card.29">
        <source>Wie zijn de belangrijkste mensen om je heen?</source>
        <extracomment>Who are the most important people around you?</extracomment>
        <translation type="unfinished">Mirovên herî girîng ên li dora te kî ne?</translation>
    </message>
    <message id="card.30">
        <source>Wie kun je bellen als je hulp nodig hebt?</source>
        <extracomment>Who can you call when you need help?</extracomment>
        <translation type="unfinished">Dema ku alîkarî ji te re lazim be, tu dikarî telefonî kê bikî?</translation>
    </message>
    <message id="card.31">
        <source>Wat doe je graag in je vrije tijd?</source>
        <extracomment>What do you like to do in your free time?</extracomment>
        <translation type="unfinished">Di dema xwe ya vala de tu hez dikî çi bikî?</translation>
    </message>
    <message id="card.32">
        <source>Welke buren of mensen in de wijk ken je al?</source>
        <extracomment>Which neighbours or people in the neighbourhood do you already know?</extracomment>
        <translation type="unfinished">Tu ji niha ve kîjan cîran an mirovên taxê nas dikî?</translation>
    </message>
    <message id="card.33">
        <source>Zou je vrijwilligerswerk willen doen? Waarmee?</source>
        <extracomment>Would you like to do volunteer work? What kind?</extracomment>
        <translation type="unfinished">Tu dixwazî karê xwebexş bikî? Di çi warî de?</translation>
    </message>
    <message id="card.34">
        <source>Welke sport of club zou je willen proberen?</source>
        <extracomment>Which sport or club would you like to try?</extracomment>
        <translation type="unfinished">Tu dixwazî kîjan werzîş an klûbê biceribînî?</translation>
    </message>
    <message id="card.35">
        <source>Waar ontmoet je mensen die geen familie zijn?</source>
        <extracomment>Where do you meet people who are not family?</extracomment>
        <translation type="unfinished">Tu li ku mirovên ku ne ji malbata te ne dibînî?</translation>
    </message>
    <message id="card.36">
        <source>Hoe bevalt je woning en je buurt?</source>
        <extracomment>How do you like your home and neighbourhood?</extracomment>
        <translation type="unfinished">Tu ji xanî û taxa xwe razî yî?</translation>
    </message>
    <message id="card.37">
        <source>Welke brieven vind je moeilijk om te lezen of te begrijpen?</source>
        <extracomment>Which letters do you find hard to read or understand?</extracomment>
        <translation type="unfinished">Xwendin an fêmkirina kîjan nameyan ji te re dijwar e?</translation>
    </message>
    <message id="card.38">
        <source>Wie regelt bij jullie thuis de rekeningen?</source>
        <extracomment>Who takes care of the bills in your household?</extracomment>
        <translation type="unfinished">Li mala we kî fatûreyan dide?</translation>
    </message>
    <message id="card.39">
        <source>Wat wil je zelf kunnen regelen als het ontzorgen stopt?</source>
        <extracomment>What do you want to be able to arrange yourself when ontzorgen ends?</extracomment>
        <translation type="unfinished">Dema ku ontzorgen (dayîna lêçûnên te yên sabît ji aliyê şaredariyê ve) biqede, tu dixwazî çi tiştan bi xwe birêve bibî?</translation>
    </message>
    <message id="card.40">
        <source>Wat hebben je kinderen nodig om het goed te doen op school of de opvang?</source>
        <extracomment>What do your children need to do well at school or in childcare?</extracomment>
        <translation type="unfinished">Ji bo ku zarokên te li dibistanê an li kreşê baş bin, çi ji wan re lazim e?</translation>
    </message>
    <message id="card.41">
        <source>Is er iemand in je gezin die extra zorg nodig heeft?</source>
        <extracomment>Is there anyone in your family who needs extra care?</extracomment>
        <translation type="unfinished">Di malbata te de kesek heye ku lênêrîneke zêde jê re lazim be?</translation>
    </message>
    <message id="card.42">
        <source>Waar zou je meer over willen weten: geld, toeslagen of verzekeringen?</source>
        <extracomment>What would you like to know more about: money, allowances or insurance?</extracomment>
        <translation type="unfinished">Tu dixwazî li ser çi bêtir bizanî: pere, alîkariyên darayî (toeslagen) an sîgorte?</translation>
    </message>
    <message id="card.43">
        <source>Waar sta je over een jaar, als alles goed gaat?</source>
        <extracomment>Where will you be in a year if everything goes well?</extracomment>
        <translation type="unfinished">Heke her tişt baş biçe, tu salek şûnde dê li ku bî?</translation>
    </message>
    <message id="card.44">
        <source>Wat is de eerste kleine stap die je deze maand kunt zetten?</source>
        <extracomment>What first small step can you take this month?</extracomment>
        <translation type="unfinished">Gava yekem a piçûk ku tu dikarî vê mehê biavêjî çi ye?</translation>
    </message>
    <message id="card.45">
        <source>Wat kan ik of de gemeente doen om je te helpen?</source>
        <extracomment>What can I or the municipality do to help you?</extracomment>
        <translation type="unfinished">Ez an şaredarî dikarin çi bikin da ku alîkariya te bikin?</translation>
    </message>
    <message id="card.46">
        <source>Wat heb je geleerd sinds ons vorige gesprek?</source>
        <extracomment>What have you learned since our last conversation?</extracomment>
        <translation type="unfinished">Ji axaftina me ya berê ve tu çi fêr bûyî?</translation>
    </message>
    <message id="card.47">
        <source>Welke afspraak was moeilijk om na te komen, en waarom?</source>
        <extracomment>Which agreement was hard to keep, and why?</extracomment>
        <translation type="unfinished">Pabendbûna bi kîjan peymanê dijwar bû, û çima?</translation>
    </message>
    <message id="card.48">
        <source>Wanneer ga je tevreden naar huis?</source>
        <extracomment>When do you go home satisfied?</extracomment>
        <translation type="unfinished">Tu kengê bi dilxweşî diçî malê?</translation>
    </message>
    <message id="card.49">
        <source>Wie wil je vertellen over je plan?</source>
        <extracomment>Who would you like to tell about your plan?</extracomment>
        <translation type="unfinished">Tu dixwazî behsa plana xwe ji kê re bikî?</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message id="validation.required">
        <source>Dit veld is verplicht.</source>
        <translation type="unfinished">Ev qad mecbûrî ye.</translation>
    </message>
    <message id="validation.type">
        <source>Dit antwoord heeft een onjuiste vorm.</source>
        <translation type="unfinished">Forma vê bersivê ne rast e.</translation>
    </message>
    <message id="validation.too_long">
        <source>De tekst is te lang. Er zijn maximaal {max} tekens bewaard; de rest is weggelaten.</source>
        <translation type="unfinished">Nivîs pir dirêj e. Herî zêde {max} tîp hatin tomarkirin; yên mayî hatin derxistin.</translation>
    </message>
    <message id="validation.chars_removed">
        <source>Onzichtbare stuurtekens zijn uit het antwoord verwijderd.</source>
        <translation type="unfinished">Nîşanên kontrolê yên nexuya ji bersivê hatin rakirin.</translation>
    </message>
    <message id="validation.integer">
        <source>Vul een heel getal in, bijvoorbeeld 3.</source>
        <translation type="unfinished">Hejmareke tam binivîse, wek mînak 3.</translation>
    </message>
    <message id="validation.decimal">
        <source>Vul een getal in, bijvoorbeeld 2,5.</source>
        <translation type="unfinished">Hejmarekê binivîse, wek mînak 2,5.</translation>
    </message>
    <message id="validation.min">
        <source>De waarde moet minimaal {min} zijn.</source>
        <translation type="unfinished">Divê nirx herî kêm {min} be.</translation>
    </message>
    <message id="validation.max">
        <source>De waarde mag hoogstens {max} zijn.</source>
        <translation type="unfinished">Nirx herî zêde dikare {max} be.</translation>
    </message>
    <message id="validation.date_format">
        <source>Vul een datum in als dd-mm-jjjj, bijvoorbeeld 03-02-2025.</source>
        <translation type="unfinished">Dîrokê wek roj-meh-sal (dd-mm-jjjj) binivîse, wek mînak 03-02-2025.</translation>
    </message>
    <message id="validation.partial_date_format">
        <source>Vul een datum in als dd-mm-jjjj, mm-jjjj of alleen het jaar (jjjj).</source>
        <translation type="unfinished">Dîrokê wek dd-mm-jjjj, mm-jjjj an tenê sal (jjjj) binivîse.</translation>
    </message>
    <message id="validation.date_impossible">
        <source>Deze datum bestaat niet.</source>
        <translation type="unfinished">Ev dîrok tune ye.</translation>
    </message>
    <message id="validation.date_future">
        <source>Deze datum mag niet in de toekomst liggen.</source>
        <translation type="unfinished">Ev dîrok nikare di pêşerojê de be.</translation>
    </message>
    <message id="validation.date_too_old">
        <source>Deze datum ligt te ver in het verleden (voor {year}).</source>
        <translation type="unfinished">Ev dîrok pir kevn e (berî {year}).</translation>
    </message>
    <message id="validation.choice">
        <source>Kies een van de mogelijke antwoorden.</source>
        <translation type="unfinished">Yek ji bersivên gengaz hilbijêre.</translation>
    </message>
    <message id="validation.choice_exclusive">
        <source>&apos;{choice}&apos; kan niet samen met andere antwoorden gekozen worden.</source>
        <translation type="unfinished">&apos;{choice}&apos; nikare bi bersivên din re were hilbijartin.</translation>
    </message>
    <message id="validation.yesno">
        <source>Kies ja of nee.</source>
        <translation type="unfinished">Erê an na hilbijêre.</translation>
    </message>
    <message id="validation.scale">
        <source>Kies een waarde van {min} tot en met {max}.</source>
        <translation type="unfinished">Nirxekê ji {min} heta {max} hilbijêre.</translation>
    </message>
    <message id="validation.bsn">
        <source>Dit BSN is niet geldig (de elfproef klopt niet).</source>
        <translation type="unfinished">Ev BSN ne derbasdar e (ceribandina yanzdehê rast dernakeve).</translation>
    </message>
    <message id="validation.bsn_length">
        <source>Een BSN bestaat uit 9 cijfers.</source>
        <translation type="unfinished">BSN ji 9 reqeman pêk tê.</translation>
    </message>
    <message id="validation.vnummer">
        <source>Een V-nummer bestaat uit precies 10 cijfers.</source>
        <translation type="unfinished">Hejmara V (V-nummer) tam ji 10 reqeman pêk tê.</translation>
    </message>
    <message id="validation.postcode">
        <source>Vul een geldige postcode in: 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.</source>
        <translation type="unfinished">Koda postê ya derbasdar binivîse: 4 reqem û 2 tîp, wek mînak 1234 AB.</translation>
    </message>
    <message id="validation.phone">
        <source>Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 20 1234567.</source>
        <translation type="unfinished">Hejmareke telefonê ya derbasdar binivîse, wek mînak 06 12345678 an +31 20 1234567.</translation>
    </message>
    <message id="validation.email">
        <source>Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.</source>
        <translation type="unfinished">Navnîşaneke e-nameyê ya derbasdar binivîse, wek mînak naam@voorbeeld.nl.</translation>
    </message>
    <message id="validation.constraint">
        <source>Dit antwoord is niet toegestaan.</source>
        <translation type="unfinished">Ev bersiv nayê qebûlkirin.</translation>
    </message>
    <message id="validation.readonly_office">
        <source>Dit gegeven komt van het kantoorsysteem (bijvoorbeeld DUO) en kan hier niet worden gewijzigd.</source>
        <translation type="unfinished">Ev agahî ji pergala ofîsê (wek mînak DUO) tê û li vir nayê guhertin.</translation>
    </message>
    <message id="validation.calculated">
        <source>Dit veld wordt automatisch berekend.</source>
        <translation type="unfinished">Ev qad bixweber tê hesibandin.</translation>
    </message>
    <message id="validation.repeat_max">
        <source>Er kunnen maximaal {max} regels worden toegevoegd.</source>
        <translation type="unfinished">Herî zêde {max} rêz dikarin werin zêdekirin.</translation>
    </message>
    <message id="validation.repeat_row">
        <source>Deze regel bestaat niet.</source>
        <translation type="unfinished">Ev rêz tune ye.</translation>
    </message>
    <message id="validation.unknown_field">
        <source>Deze vraag bestaat niet in deze versie van het formulier.</source>
        <translation type="unfinished">Ev pirs di vê guhertoya formê de tune ye.</translation>
    </message>
</context>
<context>
    <name>selffill</name>
    <message id="selffill.next">
        <source>Volgende</source>
        <translation type="unfinished">Pêşve</translation>
    </message>
    <message id="selffill.previous">
        <source>Vorige</source>
        <translation type="unfinished">Paşve</translation>
    </message>
    <message id="selffill.done">
        <source>Klaar</source>
        <translation type="unfinished">Qediya</translation>
    </message>
    <message id="selffill.skip">
        <source>Sla over</source>
        <translation type="unfinished">Derbas bike</translation>
    </message>
    <message id="selffill.section_progress">
        <source>Sectie {n} van {total}</source>
        <translation type="unfinished">Beş {n} ji {total}</translation>
    </message>
    <message id="selffill.return_laptop">
        <source>Geef de laptop terug aan de klantmanager</source>
        <translation type="unfinished">Ji kerema xwe laptopê bidin karmendê dosyaya xwe</translation>
    </message>
    <message id="selffill.welcome">
        <source>Welkom. U kunt deze vragen zelf invullen, in uw eigen taal.</source>
        <translation type="unfinished">Hûn bi xêr hatin. Hûn dikarin van pirsan bi xwe, bi zimanê xwe dagirin.</translation>
    </message>
    <message id="selffill.choose_language">
        <source>Kies uw taal</source>
        <translation type="unfinished">Zimanê xwe hilbijêrin</translation>
    </message>
    <message id="selffill.no_wrong_answers">
        <source>Er zijn geen foute antwoorden.</source>
        <translation type="unfinished">Bersiveke şaş tune ye.</translation>
    </message>
    <message id="selffill.skip_allowed">
        <source>U mag een vraag overslaan als u het antwoord niet weet.</source>
        <translation type="unfinished">Heke hûn bersivê nizanin, hûn dikarin pirsê derbas bikin.</translation>
    </message>
    <message id="selffill.answer_own_language">
        <source>U mag antwoorden in uw eigen taal.</source>
        <translation type="unfinished">Hûn dikarin bi zimanê xwe bersiv bidin.</translation>
    </message>
    <message id="selffill.saved">
        <source>Uw antwoorden zijn bewaard.</source>
        <translation type="unfinished">Bersivên we hatin tomarkirin.</translation>
    </message>
    <message id="selffill.thanks">
        <source>Dank u wel!</source>
        <translation type="unfinished">Spas!</translation>
    </message>
    <message id="selffill.yes">
        <source>Ja</source>
        <translation type="unfinished">Erê</translation>
    </message>
    <message id="selffill.no">
        <source>Nee</source>
        <translation type="unfinished">Na</translation>
    </message>
    <message id="selffill.unknown">
        <source>Weet ik niet</source>
        <translation type="unfinished">Nizanim</translation>
    </message>
    <message id="selffill.required">
        <source>Deze vraag is verplicht.</source>
        <translation type="unfinished">Ev pirs mecbûrî ye.</translation>
    </message>
    <message id="selffill.add_row">
        <source>Nog een toevoegen</source>
        <translation type="unfinished">Yekî din zêde bike</translation>
    </message>
    <message id="selffill.remove_row">
        <source>Verwijderen</source>
        <translation type="unfinished">Jê bibe</translation>
    </message>
    <message id="selffill.dutch_fallback">
        <source>Deze tekst is nog niet vertaald en staat in het Nederlands.</source>
        <translation type="unfinished">Ev nivîs hê nehatiye wergerandin û bi Holendî tê nîşandan.</translation>
    </message>
    <message id="selffill.alone_reminder">
        <source>U mag deze vragen ook alleen beantwoorden, zonder familie erbij.</source>
        <translation type="unfinished">Hûn dikarin bersiva van pirsan bi tenê jî, bêyî ku malbat li wir be, bidin.</translation>
    </message>
    <message id="selffill.larger_text">
        <source>Grotere letters</source>
        <translation type="unfinished">Nivîsa mezintir</translation>
    </message>
    <message id="selffill.question_progress">
        <source>Vraag {n} van {total}</source>
        <translation type="unfinished">Pirs {n} ji {total}</translation>
    </message>
    <message id="selffill.all_saved">
        <source>Alle wijzigingen bewaard</source>
        <translation type="unfinished">Hemû guhertin hatin tomarkirin</translation>
    </message>
    <message id="selffill.not_saved_retry">
        <source>Nog niet bewaard. We proberen het zo opnieuw.</source>
        <translation type="unfinished">Hîn nehatiye tomarkirin. Em ê piştî demeke kurt dîsa biceribînin.</translation>
    </message>
    <message id="selffill.start">
        <source>Beginnen</source>
        <translation type="unfinished">Dest pê bikin</translation>
    </message>
    <message id="selffill.start_intro">
        <source>U krijgt vragen over:</source>
        <translation type="unfinished">Dê ji we li ser van mijaran pirs bên kirin:</translation>
    </message>
    <message id="selffill.text_capped">
        <source>Dit antwoord mag niet langer zijn dan {n} tekens. De rest is weggelaten.</source>
        <translation type="unfinished">Ev bersiv herî zêde dikare {n} tîp be. Yên mayî hatin derxistin.</translation>
    </message>
    <message id="selffill.listen">
        <source>Luisteren</source>
        <translation type="unfinished">Guhdarî bikin</translation>
    </message>
    <message id="selffill.computer_voice">
        <source>computerstem</source>
        <translation type="unfinished">dengê komputerê</translation>
    </message>
    <message id="selffill.audio_problem">
        <source>Het geluid kan nu niet worden afgespeeld. U kunt gewoon verder gaan.</source>
        <translation type="unfinished">Deng niha nayê lêdan. Hûn dikarin bi awayekî normal berdewam bikin.</translation>
    </message>
    <message id="selffill.record">
        <source>Antwoord inspreken</source>
        <translation type="unfinished">Bersiva xwe bi deng tomar bikin</translation>
    </message>
    <message id="selffill.stop_recording">
        <source>Stoppen</source>
        <translation type="unfinished">Rawestînin</translation>
    </message>
    <message id="selffill.play_recording">
        <source>Terugluisteren</source>
        <translation type="unfinished">Tomarê guhdarî bikin</translation>
    </message>
    <message id="selffill.delete_recording">
        <source>Opname wissen</source>
        <translation type="unfinished">Tomarê jê bibin</translation>
    </message>
    <message id="selffill.recorded">
        <source>Uw gesproken antwoord is bewaard.</source>
        <translation type="unfinished">Bersiva we ya bi deng hat parastin.</translation>
    </message>
    <message id="selffill.mic_problem">
        <source>De microfoon werkt niet. U kunt uw antwoord ook typen.</source>
        <translation type="unfinished">Mîkrofon naxebite. Hûn dikarin bersiva xwe binivîsin jî.</translation>
    </message>
</context>
<context>
    <name>pip_summary</name>
    <message id="pip_summary.title">
        <source>Samenvatting van uw plan (concept)</source>
        <translation type="unfinished">Kurteya plana we (pêşnûme)</translation>
    </message>
    <message id="pip_summary.notice">
        <source>Dit is een concept. De gemeente heeft nog geen besluit genomen. De Nederlandse tekst is leidend.</source>
        <translation type="unfinished">Ev pêşnûmeyek e. Şaredariyê hêj biryar nedaye. Nivîsa Holendî ya fermî ye.</translation>
    </message>
    <message id="pip_summary.route_b1">
        <source>Uw leerroute is de B1-route. U leert Nederlands tot niveau {level}.</source>
        <translation type="unfinished">Riya we ya fêrbûnê riya B1 e. Hûn ê Holendî heta asta {level} hîn bibin.</translation>
    </message>
    <message id="pip_summary.route_onderwijs">
        <source>Uw leerroute is de onderwijsroute. U volgt een schakeltraject naar een opleiding in Nederland.</source>
        <translation type="unfinished">Rêya we ya fêrbûnê rêya perwerdeyê (onderwijsroute) ye. Hûn ê bernameyeke amadekariyê ji bo xwendinê li Holendayê bişopînin.</translation>
    </message>
    <message id="pip_summary.route_z">
        <source>Uw leerroute is de zelfredzaamheidsroute (Z-route). U leert Nederlands en doet mee in de samenleving.</source>
        <translation type="unfinished">Riya we ya fêrbûnê riya xwebaweriyê ye (riya Z). Hûn ê Holendî hîn bibin û beşdarî civakê bibin.</translation>
    </message>
    <message id="pip_summary.route_none">
        <source>Uw leerroute is nog niet gekozen. Dat bespreken wij samen.</source>
        <translation type="unfinished">Riya we ya fêrbûnê hêj nehatiye hilbijartin. Em ê bi hev re li ser vê biaxivin.</translation>
    </message>
    <message id="pip_summary.termijn_known">
        <source>U heeft tot {date} om uw inburgering af te ronden.</source>
        <translation type="unfinished">Heta {date} dema we heye ku hûn entegrasyona xwe temam bikin.</translation>
    </message>
    <message id="pip_summary.termijn_unknown">
        <source>U heeft drie jaar om uw inburgering af te ronden. De termijn begint op de dag na het besluit over dit plan.</source>
        <translation type="unfinished">Sê salên we hene ku hûn entegrasyona xwe temam bikin. Ev dem roja piştî biryara li ser vê planê dest pê dike.</translation>
    </message>
    <message id="pip_summary.lessons">
        <source>U krijgt {hours} uur per week Nederlandse les.</source>
        <translation type="unfinished">Hûn ê her hefte {hours} saet dersên Holendî bistînin.</translation>
    </message>
    <message id="pip_summary.knm">
        <source>U leert over de Nederlandse samenleving (KNM).</source>
        <translation type="unfinished">Hûn ê li ser civaka Holendayê hîn bibin (KNM).</translation>
    </message>
    <message id="pip_summary.pvt">
        <source>U volgt het participatieverklaringstraject (PVT) van minstens 12 uur.</source>
        <translation type="unfinished">Hûn ê bernameya daxuyaniya beşdariyê (PVT) ya herî kêm 12 saetan bişopînin.</translation>
    </message>
    <message id="pip_summary.map">
        <source>U volgt de Module Arbeidsmarkt en Participatie (MAP) over werk in Nederland.</source>
        <translation type="unfinished">Hûn ê Modula Bazara Kar û Beşdariyê (MAP) li ser karê li Holendayê bişopînin.</translation>
    </message>
    <message id="pip_summary.ontzorgen">
        <source>De gemeente betaalt uw vaste lasten ({costs}) rechtstreeks van {start} tot {end}.</source>
        <translation type="unfinished">Şaredarî lêçûnên we yên sabît ({costs}) ji {start} heta {end} rasterast dide.</translation>
    </message>
    <message id="pip_summary.ontzorgen_nodates">
        <source>De eerste maanden betaalt de gemeente uw vaste lasten ({costs}) rechtstreeks.</source>
        <translation type="unfinished">Di mehên pêşîn de şaredarî lêçûnên we yên sabît ({costs}) rasterast dide.</translation>
    </message>
    <message id="pip_summary.mb">
        <source>U krijgt hulp van {organisation} (maatschappelijke begeleiding).</source>
        <translation type="unfinished">Hûn ê ji {organisation} alîkariyê bistînin (rêberiya civakî).</translation>
    </message>
    <message id="pip_summary.childcare">
        <source>Kinderopvang is nodig. Wij helpen u om dit te regelen.</source>
        <translation type="unfinished">Lênihêrîna zarokan pêwîst e. Em ê alîkariya we bikin ku hûn wê amade bikin.</translation>
    </message>
    <message id="pip_summary.progress">
        <source>Wij spreken elkaar regelmatig om te bespreken hoe het gaat. Het eerste gesprek is op {date}.</source>
        <translation type="unfinished">Em ê bi rêkûpêk hev bibînin da ku li ser rewşê biaxivin. Hevdîtina yekem di {date} de ye.</translation>
    </message>
    <message id="pip_summary.progress_nodate">
        <source>Wij spreken elkaar regelmatig om te bespreken hoe het gaat.</source>
        <translation type="unfinished">Em ê bi rêkûpêk hev bibînin da ku li ser rewşê biaxivin.</translation>
    </message>
    <message id="pip_summary.contact">
        <source>Heeft u vragen? Neem contact op met uw klantmanager: {name}, telefoon {phone}.</source>
        <translation type="unfinished">Pirsên we hene? Bi karmendê dosyaya xwe (klantmanager) re têkilî daynin: {name}, telefon {phone}.</translation>
    </message>
    <message id="pip_summary.unreviewed_note">
        <source>Let op: de vertaling op deze pagina is nog niet gecontroleerd door een beëdigd vertaler. Bij twijfel geldt de Nederlandse tekst.</source>
        <translation type="unfinished">Bala xwe bidin: Wergera li ser vê rûpelê hêj ji aliyê wergêrekî sondxwarî ve nehatiye kontrolkirin. Di rewşa gumanê de nivîsa Holendî derbasdar e.</translation>
    </message>
    <message id="pip_summary.cost.huur">
        <source>huur</source>
        <translation type="unfinished">kirê</translation>
    </message>
    <message id="pip_summary.cost.energie">
        <source>energie</source>
        <translation type="unfinished">enerjî</translation>
    </message>
    <message id="pip_summary.cost.water">
        <source>water</source>
        <translation type="unfinished">av</translation>
    </message>
    <message id="pip_summary.cost.zorgverzekering">
        <source>zorgverzekering</source>
        <translation type="unfinished">sîgorteya tenduristiyê</translation>
    </message>
</context>
</TS>
