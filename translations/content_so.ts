<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so_SO" sourcelanguage="nl">
<context>
    <name>brede-intake</name>
    <message id="form.title">
        <source>Brede intake inburgering</source>
        <translation type="unfinished">Wareysiga ballaaran ee isdhexgalka (brede intake inburgering)</translation>
    </message>
    <message id="section.A.title">
        <source>Administratie en persoonsgegevens</source>
        <translation type="unfinished">Maamulka iyo xogta shakhsiga</translation>
    </message>
    <message id="section.A.intro">
        <source>Gegevens over de persoon, het verblijf en dit gesprek. Neem namen en datums over zoals ze in de BRP of op de verblijfsvergunning staan.</source>
        <translation type="unfinished">Xog ku saabsan qofka, sharciga deganaanshaha iyo wareysigan. Magacyada iyo taariikhaha u qor sida ay ugu qoran yihiin BRP-ga (diiwaanka dadweynaha) ama ruqsadda deganaanshaha.</translation>
    </message>
    <message id="field.info_recht_zonder_partner.info">
        <source>De klant heeft recht op een gesprek zonder partner, familielid of andere persoon erbij. Vertel dit aan het begin van het gesprek. Bied zo nodig een apart gesprek aan.</source>
        <translation type="unfinished">Macmiilku wuxuu xaq u leeyahay wareysi aan lammaane, qof qoys ah ama qof kale joogin. Tan u sheeg bilowga wareysiga. Haddii loo baahdo, u soo bandhig wareysi gaar ah.</translation>
    </message>
    <message id="field.info_recht_gesprek_zonder_partner_gegeven.label">
        <source>Is de klant verteld dat hij of zij recht heeft op een gesprek zonder partner of andere persoon erbij?</source>
        <translation type="unfinished">Macmiilka ma loo sheegay inuu xaq u leeyahay wareysi aan lammaane ama qof kale joogin?</translation>
    </message>
    <message id="field.info_recht_gesprek_zonder_partner_gegeven.constraint">
        <source>Dit is een wettelijke informatieplicht. Vertel de klant over dit recht en kies daarna &apos;Ja&apos;.</source>
        <translation type="unfinished">Tani waa waajib sharci ah oo xog-siin ah. U sheeg macmiilka xaqan, kadibna dooro &apos;Haa&apos;.</translation>
    </message>
    <message id="field.bsn.label">
        <source>BSN</source>
        <translation type="unfinished">BSN (lambarka adeegga muwaadinka)</translation>
    </message>
    <message id="field.bsn.hint">
        <source>Burgerservicenummer, 9 cijfers.</source>
        <translation type="unfinished">Lambarka adeegga muwaadinka (burgerservicenummer), 9 god.</translation>
    </message>
    <message id="field.v_nummer.label">
        <source>V-nummer</source>
        <translation type="unfinished">Lambarka V (V-nummer)</translation>
    </message>
    <message id="field.v_nummer.hint">
        <source>10 cijfers, staat op de achterkant van de verblijfsvergunning na &apos;V-NR.&apos;.</source>
        <translation type="unfinished">10 god, wuxuu ku qoran yahay dhabarka ruqsadda deganaanshaha kadib &apos;V-NR.&apos;.</translation>
    </message>
    <message id="field.geslachtsnaam.label">
        <source>Achternaam</source>
        <translation type="unfinished">Magaca qoyska</translation>
    </message>
    <message id="field.geslachtsnaam.hint">
        <source>Precies zoals in de BRP of op de verblijfsvergunning.</source>
        <translation type="unfinished">Sida saxda ah ee ay ugu qoran tahay BRP-ga ama ruqsadda deganaanshaha.</translation>
    </message>
    <message id="field.voorvoegsel.label">
        <source>Tussenvoegsel</source>
        <translation type="unfinished">Horgale magaca qoyska (tusaale &apos;van&apos;, &apos;de&apos;)</translation>
    </message>
    <message id="field.voornamen.label">
        <source>Voornamen</source>
        <translation type="unfinished">Magacyada hore</translation>
    </message>
    <message id="field.voornamen.hint">
        <source>Alle voornamen, zoals in de BRP.</source>
        <translation type="unfinished">Dhammaan magacyada hore, sida ay ugu qoran yihiin BRP-ga.</translation>
    </message>
    <message id="field.geboortedatum.label">
        <source>Geboortedatum</source>
        <translation type="unfinished">Taariikhda dhalashada</translation>
    </message>
    <message id="field.geboortedatum.hint">
        <source>Dag of maand onbekend? Vul dan alleen maand en jaar (mm-jjjj) of alleen het jaar in.</source>
        <translation type="unfinished">Maalinta ama bisha lama yaqaan? Markaas qor oo keliya bisha iyo sanadka (mm-yyyy) ama sanadka oo keliya.</translation>
    </message>
    <message id="field.geboortedatum.constraint">
        <source>Controleer de geboortedatum: de leeftijd is meer dan 120 jaar.</source>
        <translation type="unfinished">Hubi taariikhda dhalashada: da&apos;du waa ka badan tahay 120 sano.</translation>
    </message>
    <message id="field.leeftijd.label">
        <source>Leeftijd (berekend)</source>
        <translation type="unfinished">Da&apos;da (la xisaabiyay)</translation>
    </message>
    <message id="field.leeftijd.hint">
        <source>Bij een onbekende dag of maand wordt gerekend met 1 januari.</source>
        <translation type="unfinished">Haddii maalinta ama bisha aan la aqoon, waxaa lagu xisaabiyaa 1 Janaayo.</translation>
    </message>
    <message id="field.geslacht.label">
        <source>Geslacht</source>
        <translation type="unfinished">Jinsiga</translation>
    </message>
    <message id="field.nationaliteit.label">
        <source>Nationaliteit</source>
        <translation type="unfinished">Jinsiyadda</translation>
    </message>
    <message id="field.geboorteland.label">
        <source>Geboorteland</source>
        <translation type="unfinished">Waddanka dhalashada</translation>
    </message>
    <message id="field.doelgroep.label">
        <source>Doelgroep</source>
        <translation type="unfinished">Kooxda la beegsanayo</translation>
    </message>
    <message id="field.doelgroep.hint">
        <source>Bepaalt onder meer maatschappelijke begeleiding, ontzorgen en de uren van de Z-route.</source>
        <translation type="unfinished">Waxay go&apos;aamisaa, iyo waxyaabo kale, hagidda bulshada, ka-fududeynta (ontzorgen) iyo saacadaha jidka Z.</translation>
    </message>
    <message id="field.gedetailleerde_doelgroep.label">
        <source>Gedetailleerde doelgroep</source>
        <translation type="unfinished">Kooxda la beegsanayo (faahfaahsan)</translation>
    </message>
    <message id="field.datum_verblijfsvergunning.label">
        <source>Datum verblijfsvergunning</source>
        <translation type="unfinished">Taariikhda ruqsadda deganaanshaha</translation>
    </message>
    <message id="field.soort_verblijfsvergunning.label">
        <source>Soort verblijfsvergunning</source>
        <translation type="unfinished">Nooca ruqsadda deganaanshaha</translation>
    </message>
    <message id="field.datum_start_inburgeringsplicht.label">
        <source>Start inburgeringsplicht</source>
        <translation type="unfinished">Bilowga waajibka isdhexgalka (inburgeringsplicht)</translation>
    </message>
    <message id="field.datum_start_inburgeringsplicht.hint">
        <source>Komt uit het kantoorsysteem (DUO).</source>
        <translation type="unfinished">Waxay ka timaaddaa nidaamka xafiiska (DUO).</translation>
    </message>
    <message id="field.datum_kennisgeving_duo.label">
        <source>Datum kennisgeving DUO</source>
        <translation type="unfinished">Taariikhda ogeysiiska DUO (hay&apos;adda dowladda ee waxbarashada)</translation>
    </message>
    <message id="field.datum_kennisgeving_duo.hint">
        <source>Komt uit het kantoorsysteem. De termijn voor het PIP (10 weken) loopt vanaf deze datum.</source>
        <translation type="unfinished">Waxay ka timaaddaa nidaamka xafiiska. Muddada PIP-ka (10 toddobaad) waxay ka bilaabataa taariikhdan.</translation>
    </message>
    <message id="field.datum_koppeling.label">
        <source>Datum koppeling door COA</source>
        <translation type="unfinished">Taariikhda isku-xirka (koppeling) ee COA</translation>
    </message>
    <message id="field.coa_locatie.label">
        <source>COA-locatie (azc)</source>
        <translation type="unfinished">Goobta COA (azc)</translation>
    </message>
    <message id="field.telefoon_azc.label">
        <source>Telefoonnummer azc</source>
        <translation type="unfinished">Lambarka taleefanka azc</translation>
    </message>
    <message id="field.email_azc.label">
        <source>E-mailadres azc</source>
        <translation type="unfinished">Cinwaanka iimaylka azc</translation>
    </message>
    <message id="field.adres_postcode.label">
        <source>Postcode</source>
        <translation type="unfinished">Koodhka boostada (postcode)</translation>
    </message>
    <message id="field.adres_postcode.hint">
        <source>Bijvoorbeeld 1234 AB.</source>
        <translation type="unfinished">Tusaale ahaan 1234 AB.</translation>
    </message>
    <message id="field.huisnummer.label">
        <source>Huisnummer</source>
        <translation type="unfinished">Lambarka guriga</translation>
    </message>
    <message id="field.huisnummer.constraint">
        <source>Vul alleen het huisnummer in; een toevoeging komt in het volgende veld.</source>
        <translation type="unfinished">Qor oo keliya lambarka guriga; lifaaqa waxaa la geliyaa goobta xigta.</translation>
    </message>
    <message id="field.toevoeging.label">
        <source>Toevoeging</source>
        <translation type="unfinished">Lifaaq (tusaale A, bis)</translation>
    </message>
    <message id="field.telefoon.label">
        <source>Telefoonnummer</source>
        <translation type="unfinished">Lambarka taleefanka</translation>
    </message>
    <message id="field.telefoon.hint">
        <source>Bijvoorbeeld 06 12345678.</source>
        <translation type="unfinished">Tusaale ahaan 06 12345678.</translation>
    </message>
    <message id="field.email.label">
        <source>E-mailadres</source>
        <translation type="unfinished">Cinwaanka iimaylka</translation>
    </message>
    <message id="field.digid_aangevraagd.label">
        <source>Is een DigiD aangevraagd?</source>
        <translation type="unfinished">Ma la codsaday DigiD?</translation>
    </message>
    <message id="field.rijbewijs.label">
        <source>Heeft de klant een rijbewijs?</source>
        <translation type="unfinished">Macmiilku ma leeyahay shatiga darawalnimada?</translation>
    </message>
    <message id="field.land_rijbewijs.label">
        <source>In welk land is het rijbewijs gehaald?</source>
        <translation type="unfinished">Shatiga darawalnimada waddankee laga qaatay?</translation>
    </message>
    <message id="field.gesprekstaal.label">
        <source>Taal van het gesprek</source>
        <translation type="unfinished">Luqadda wareysiga</translation>
    </message>
    <message id="field.tolk_ingezet.label">
        <source>Is er een tolk ingezet?</source>
        <translation type="unfinished">Ma la isticmaalay turjubaan?</translation>
    </message>
    <message id="field.tolk_type.label">
        <source>Soort tolk</source>
        <translation type="unfinished">Nooca turjubaanka</translation>
    </message>
    <message id="field.info_tolk_familielid.info">
        <source>Een familielid of kennis als tolk wordt afgeraden: de klant praat dan minder vrij en de vertaling is niet altijd juist. Gebruik bij voorkeur een professionele tolk.</source>
        <translation type="unfinished">Lagu talinmaayo in qof qoys ah ama qof la yaqaan loo isticmaalo turjubaan: macmiilku markaas si xor ah uma hadlo, turjumaaduna had iyo jeer sax ma aha. Haddii ay suurtagal tahay, isticmaal turjubaan xirfad leh.</translation>
    </message>
    <message id="field.gesprekslocatie.label">
        <source>Waar vindt het gesprek plaats?</source>
        <translation type="unfinished">Xaggee ayuu wareysigu ka dhacayaa?</translation>
    </message>
    <message id="field.privacyverklaring_uitgereikt.label">
        <source>Is de privacyverklaring uitgereikt?</source>
        <translation type="unfinished">Ma la siiyay bayaanka qarsoodiga (privacyverklaring)?</translation>
    </message>
    <message id="field.privacyverklaring_uitgereikt.hint">
        <source>De gemeente moet vertellen welke gegevens zij gebruikt en waarom (AVG artikel 13).</source>
        <translation type="unfinished">Dowladda hoose waa inay sheegto xogta ay isticmaasho iyo sababta (AVG qodobka 13).</translation>
    </message>
    <message id="field.privacyverklaring_taal.label">
        <source>In welke taal is de privacyverklaring uitgereikt?</source>
        <translation type="unfinished">Bayaanka qarsoodiga luqaddee lagu siiyay?</translation>
    </message>
    <message id="section.B.title">
        <source>Gezin en persoonlijke situatie</source>
        <translation type="unfinished">Qoyska iyo xaaladda shakhsiga ah</translation>
    </message>
    <message id="section.B.intro">
        <source>Vragen over uw gezin, de mensen met wie u woont en uw woning.</source>
        <translation type="unfinished">Su&apos;aalo ku saabsan qoyskaaga, dadka aad la nooshahay iyo gurigaaga.</translation>
    </message>
    <message id="field.burgerlijke_staat.label">
        <source>Wat is uw burgerlijke staat?</source>
        <translation type="unfinished">Waa maxay xaaladdaada guurka?</translation>
    </message>
    <message id="field.huishouden.label">
        <source>Gezinsleden</source>
        <translation type="unfinished">Xubnaha qoyska</translation>
    </message>
    <message id="field.huishouden.hint">
        <source>Voeg een regel toe voor iedere partner, elk kind en ieder ander gezinslid. Ook gezinsleden die nog niet in Nederland zijn.</source>
        <translation type="unfinished">Ku dar sadar cusub lammaane kasta, ilmo kasta iyo xubin kasta oo kale oo qoyska ah. Sidoo kale xubnaha qoyska ee aan weli Nederland joogin.</translation>
    </message>
    <message id="field.relatie.label">
        <source>Wie is dit?</source>
        <translation type="unfinished">Waa kuma qofkan?</translation>
    </message>
    <message id="field.geboortejaar.label">
        <source>Geboortejaar</source>
        <translation type="unfinished">Sanadka dhalashada</translation>
    </message>
    <message id="field.geboortejaar.constraint">
        <source>Het geboortejaar ligt in de toekomst.</source>
        <translation type="unfinished">Sanadka dhalashadu waa mustaqbalka.</translation>
    </message>
    <message id="field.woont_in_nl.label">
        <source>Woont deze persoon in Nederland?</source>
        <translation type="unfinished">Qofkani ma ku nool yahay Nederland?</translation>
    </message>
    <message id="field.nareis_verwacht.label">
        <source>Komt deze persoon naar Nederland (nareis)?</source>
        <translation type="unfinished">Qofkani ma imanayaa Nederland (isku-keenka qoyska, &apos;nareis&apos;)?</translation>
    </message>
    <message id="field.aantal_gezinsleden.label">
        <source>Aantal gezinsleden (berekend)</source>
        <translation type="unfinished">Tirada xubnaha qoyska (la xisaabiyay)</translation>
    </message>
    <message id="field.kinderen_0_4.label">
        <source>Hoeveel kinderen van 0 tot 4 jaar heeft u?</source>
        <translation type="unfinished">Immisa carruur ah oo da&apos;doodu u dhexeyso 0 ilaa 4 sano ayaad leedahay?</translation>
    </message>
    <message id="field.kinderen_0_4.hint">
        <source>Vul 0 in als u geen jonge kinderen heeft.</source>
        <translation type="unfinished">Qor 0 haddii aadan lahayn carruur yaryar.</translation>
    </message>
    <message id="field.info_vve.info">
        <source>Jonge kinderen kunnen naar voorschoolse educatie (vve): een peuteropvang waar kinderen spelenderwijs Nederlands leren. Vertel de ouders wat vve is, hoe zij hun kind kunnen aanmelden en wat het kost. De gemeente is verplicht dit te vertellen.</source>
        <translation type="unfinished">Carruurta yaryar waxay aadi karaan waxbarashada ka horreysa dugsiga (vve): xanaano carruurta ay ku bartaan Af-Holandiiska iyagoo ciyaaraya. U sheeg waalidiinta waxa vve uu yahay, sida ay ilmahooda u diiwaangelin karaan iyo inta uu ku kacayo. Dowladda hoose (gemeente) waa waajib inay tan sheegto.</translation>
    </message>
    <message id="field.vve_info_gegeven.label">
        <source>Is informatie over voorschoolse educatie (vve) gegeven?</source>
        <translation type="unfinished">Ma la bixiyay macluumaad ku saabsan waxbarashada ka horreysa dugsiga (vve)?</translation>
    </message>
    <message id="field.vve_info_gegeven.constraint">
        <source>Dit is een wettelijke informatieplicht voor ouders van jonge kinderen. Geef de informatie en kies daarna &apos;Ja&apos;.</source>
        <translation type="unfinished">Tani waa waajib sharci ah oo xog-siin ah oo loogu talagalay waalidiinta carruurta yaryar. Bixi macluumaadka, kadibna dooro &apos;Haa&apos;.</translation>
    </message>
    <message id="field.kinderopvang_nodig.label">
        <source>Heeft u kinderopvang nodig om naar de taalles of naar werk te gaan?</source>
        <translation type="unfinished">Ma u baahan tahay xanaanada carruurta si aad u aaddo fasalka luqadda ama shaqada?</translation>
    </message>
    <message id="field.kinderopvang_toelichting.label">
        <source>Welke opvang heeft u nodig?</source>
        <translation type="unfinished">Xanaano noocee ah ayaad u baahan tahay?</translation>
    </message>
    <message id="field.zorgtaken.label">
        <source>Zorgt u voor iemand in uw gezin of familie?</source>
        <translation type="unfinished">Ma daryeeshaa qof ka mid ah qoyskaaga ama qaraabadaada?</translation>
    </message>
    <message id="field.gezinshereniging_lopend.label">
        <source>Loopt er een aanvraag voor gezinshereniging?</source>
        <translation type="unfinished">Ma jiraa codsi isku-keenka qoyska oo socda?</translation>
    </message>
    <message id="field.woonsituatie.label">
        <source>Waar woont u nu?</source>
        <translation type="unfinished">Xaggee ayaad hadda ku nooshahay?</translation>
    </message>
    <message id="section.C.title">
        <source>Gezondheid</source>
        <translation type="unfinished">Caafimaad</translation>
    </message>
    <message id="section.C.intro">
        <source>Bijzonder persoonsgegeven. Vraag alleen wat nodig is voor de keuze van de leerroute en het plan. Noteer geen diagnoses en geen medische details.</source>
        <translation type="unfinished">Xog shakhsi ah oo gaar ah. Weydii oo keliya waxa loo baahan yahay doorashada jidka waxbarashada iyo qorshaha. Ha qorin baaritaan-ogaal (diagnosis) iyo faahfaahin caafimaad.</translation>
    </message>
    <message id="field.ervaren_gezondheid.label">
        <source>Hoe ervaart de klant de eigen gezondheid?</source>
        <translation type="unfinished">Sidee buu macmiilku u arkaa caafimaadkiisa?</translation>
    </message>
    <message id="field.lichamelijke_beperkingen_leren.label">
        <source>Zijn er lichamelijke klachten die het leren moeilijker maken?</source>
        <translation type="unfinished">Ma jiraan cabashooyin jireed oo waxbarashada adkeeya?</translation>
    </message>
    <message id="field.lichamelijke_beperkingen_leren.hint">
        <source>Van belang voor de leerbaarheidstoets en de leerroute.</source>
        <translation type="unfinished">Muhiim u ah imtixaanka awoodda waxbarashada iyo jidka waxbarashada.</translation>
    </message>
    <message id="field.psychische_belasting_signaal.label">
        <source>Signalen van psychische belasting (stress, slapen, concentratie)</source>
        <translation type="unfinished">Calaamadaha culeyska maskaxda (walwal, hurdo, feejignaan)</translation>
    </message>
    <message id="field.psychische_belasting_toelichting.label">
        <source>Wat merkt u?</source>
        <translation type="unfinished">Maxaad dareentay?</translation>
    </message>
    <message id="field.psychische_belasting_toelichting.hint">
        <source>Beschrijf wat u ziet of hoort (bijvoorbeeld slecht slapen of moeite met concentreren). Geen diagnoses.</source>
        <translation type="unfinished">Sharax waxa aad aragto ama maqasho (tusaale ahaan hurdo xun ama dhib ku qabta feejignaanta). Baaritaan-ogaal ha qorin.</translation>
    </message>
    <message id="field.belastbaarheid_uren_per_week.label">
        <source>Hoeveel uur per week kan de klant les volgen of meedoen?</source>
        <translation type="unfinished">Immisa saacadood toddobaadkii ayuu macmiilku qaadan karaa casharro ama ka qaybqaadan karaa?</translation>
    </message>
    <message id="field.belastbaarheid_uren_per_week.hint">
        <source>Gebruikt voor de intensiteit van het plan (PIP).</source>
        <translation type="unfinished">Waxaa loo isticmaalaa xoogga qorshaha (PIP).</translation>
    </message>
    <message id="field.huisarts_ingeschreven.label">
        <source>Is de klant ingeschreven bij een huisarts?</source>
        <translation type="unfinished">Macmiilku ma ku diiwaangashan yahay dhakhtarka qoyska (huisarts)?</translation>
    </message>
    <message id="field.zwanger_of_recent_bevallen.label">
        <source>Is de klant zwanger of onlangs bevallen?</source>
        <translation type="unfinished">Macmiilku ma uur leeyahay mise dhowaan ayay dhashay?</translation>
    </message>
    <message id="field.zwanger_of_recent_bevallen.hint">
        <source>Kan een reden zijn voor extra tijd.</source>
        <translation type="unfinished">Waxay noqon kartaa sabab waqti dheeraad ah.</translation>
    </message>
    <message id="field.doorverwijzing.label">
        <source>Doorverwijzing</source>
        <translation type="unfinished">U gudbin (doorverwijzing)</translation>
    </message>
    <message id="field.toestemming_info_opvragen_arts.label">
        <source>Heeft de klant toestemming gegeven om informatie op te vragen bij een arts?</source>
        <translation type="unfinished">Macmiilku ma bixiyay ogolaansho in macluumaad laga codsado dhakhtar?</translation>
    </message>
    <message id="field.toestemming_info_opvragen_arts.hint">
        <source>Alleen met uitdrukkelijke toestemming van de klant.</source>
        <translation type="unfinished">Oo keliya ogolaansho cad oo macmiilka.</translation>
    </message>
    <message id="field.toestemming_datum.label">
        <source>Datum van de toestemming</source>
        <translation type="unfinished">Taariikhda ogolaanshaha</translation>
    </message>
    <message id="field.mogelijke_ontheffing_signaleren.label">
        <source>Signaal: mogelijk ontheffing van de inburgeringsplicht?</source>
        <translation type="unfinished">Calaamad: suurtagal ka dhaafitaan waajibka isdhexgalka?</translation>
    </message>
    <message id="field.mogelijke_ontheffing_signaleren.hint">
        <source>DUO beslist over ontheffing. U geeft hier alleen een signaal af.</source>
        <translation type="unfinished">DUO ayaa go&apos;aan ka gaara ka dhaafitaanka. Halkan waxaad bixisaa oo keliya calaamad.</translation>
    </message>
    <message id="field.ontheffing_toelichting.label">
        <source>Toelichting bij het signaal</source>
        <translation type="unfinished">Sharaxaadda calaamadda</translation>
    </message>
    <message id="section.D.title">
        <source>Opleiding</source>
        <translation type="unfinished">Waxbarasho</translation>
    </message>
    <message id="section.D.intro">
        <source>Vragen over school en opleidingen die u heeft gevolgd, in Nederland of in een ander land.</source>
        <translation type="unfinished">Su&apos;aalo ku saabsan dugsiga iyo waxbarashada aad qaadatay, Nederland ama waddan kale.</translation>
    </message>
    <message id="field.jaren_onderwijs.label">
        <source>Hoeveel jaar heeft u in totaal op school gezeten?</source>
        <translation type="unfinished">Wadar ahaan immisa sano ayaad dugsi dhigatay?</translation>
    </message>
    <message id="field.hoogst_gevolgde_opleiding.label">
        <source>Wat is de hoogste opleiding die u heeft gevolgd?</source>
        <translation type="unfinished">Waa maxay waxbarashada ugu sarreysa ee aad qaadatay?</translation>
    </message>
    <message id="field.opleidingen.label">
        <source>Opleidingen</source>
        <translation type="unfinished">Waxbarashooyinka</translation>
    </message>
    <message id="field.opleidingen.hint">
        <source>Voeg een regel toe voor iedere opleiding.</source>
        <translation type="unfinished">Ku dar sadar cusub waxbarasho kasta.</translation>
    </message>
    <message id="field.opleiding_naam.label">
        <source>Naam van de opleiding of school</source>
        <translation type="unfinished">Magaca waxbarashada ama dugsiga</translation>
    </message>
    <message id="field.opleiding_richting.label">
        <source>Richting of vak</source>
        <translation type="unfinished">Qaybta ama maaddada</translation>
    </message>
    <message id="field.opleiding_land.label">
        <source>Land</source>
        <translation type="unfinished">Waddanka</translation>
    </message>
    <message id="field.opleiding_van.label">
        <source>Begonnen in</source>
        <translation type="unfinished">Wuxuu bilaabmay</translation>
    </message>
    <message id="field.opleiding_van.hint">
        <source>Jaar of maand en jaar.</source>
        <translation type="unfinished">Sanadka, ama bisha iyo sanadka.</translation>
    </message>
    <message id="field.opleiding_tot.label">
        <source>Gestopt of klaar in</source>
        <translation type="unfinished">Waxaad joojisay ama dhammaysay</translation>
    </message>
    <message id="field.opleiding_tot.hint">
        <source>Jaar of maand en jaar.</source>
        <translation type="unfinished">Sanadka, ama bisha iyo sanadka.</translation>
    </message>
    <message id="field.opleiding_tot.constraint">
        <source>Het eindjaar ligt voor het beginjaar.</source>
        <translation type="unfinished">Sanadka dhammaadku wuu ka horreeyaa sanadka bilowga.</translation>
    </message>
    <message id="field.diploma_behaald.label">
        <source>Heeft u een diploma gehaald?</source>
        <translation type="unfinished">Ma heshay shahaado (diploma)?</translation>
    </message>
    <message id="field.diploma_in_bezit.label">
        <source>Heeft u het diploma (of een kopie) bij u?</source>
        <translation type="unfinished">Shahaadada (ama koobi) ma haysataa?</translation>
    </message>
    <message id="field.diplomawaardering.label">
        <source>Diplomawaardering (IDW / Nuffic)</source>
        <translation type="unfinished">Qiimeynta shahaadada (IDW / Nuffic)</translation>
    </message>
    <message id="field.diplomawaardering.hint">
        <source>Een buitenlands diploma kan worden vergeleken met een Nederlands diploma.</source>
        <translation type="unfinished">Shahaado ajnabi ah waxaa la barbar dhigi karaa shahaado Nederland.</translation>
    </message>
    <message id="field.dw_aangevraagd.label">
        <source>Is een diplomawaardering aangevraagd?</source>
        <translation type="unfinished">Ma la codsaday qiimeynta shahaadada?</translation>
    </message>
    <message id="field.dw_nl_niveau.label">
        <source>Vergelijkbaar Nederlands niveau</source>
        <translation type="unfinished">Heerka u dhigma ee Nederland</translation>
    </message>
    <message id="field.dw_richting.label">
        <source>Richting</source>
        <translation type="unfinished">Qaybta waxbarashada</translation>
    </message>
    <message id="field.geletterdheid_eigen_taal.label">
        <source>Hoe goed kunt u lezen en schrijven in uw eigen taal?</source>
        <translation type="unfinished">Sidee ayaad wax ugu akhrin kartaa oo ugu qori kartaa luqaddaada hooyo?</translation>
    </message>
    <message id="field.latijns_schrift.label">
        <source>Kunt u lezen en schrijven in ons schrift (abc)?</source>
        <translation type="unfinished">Ma wax ku akhrin kartaa oo ku qori kartaa farteena (abc)?</translation>
    </message>
    <message id="field.latijns_schrift.hint">
        <source>Belangrijk om te weten of alfabetisering nodig is.</source>
        <translation type="unfinished">Muhiim u ah in la ogaado in loo baahan yahay barashada akhriska iyo qorista.</translation>
    </message>
    <message id="field.studiewens.label">
        <source>Welke opleiding zou u nog willen volgen?</source>
        <translation type="unfinished">Waxbarasho noocee ah ayaad weli jeclaan lahayd inaad qaadato?</translation>
    </message>
    <message id="section.E.title">
        <source>Werk</source>
        <translation type="unfinished">Shaqo</translation>
    </message>
    <message id="section.E.intro">
        <source>Vragen over werk dat u heeft gedaan, betaald of onbetaald, en over uw wensen.</source>
        <translation type="unfinished">Su&apos;aalo ku saabsan shaqo aad qabatay, mushahar leh ama mushahar la&apos;aan, iyo waxa aad jeclaan lahayd.</translation>
    </message>
    <message id="field.werkervaring.label">
        <source>Werkervaring</source>
        <translation type="unfinished">Khibradda shaqo</translation>
    </message>
    <message id="field.werkervaring.hint">
        <source>Voeg een regel toe voor iedere baan of ieder soort werk, ook werk zonder contract.</source>
        <translation type="unfinished">Ku dar sadar cusub shaqo kasta ama nooc shaqo kasta, oo ay ku jirto shaqo aan qandaraas lahayn.</translation>
    </message>
    <message id="field.we_functie.label">
        <source>Functie of soort werk</source>
        <translation type="unfinished">Jagada ama nooca shaqada</translation>
    </message>
    <message id="field.we_sector.label">
        <source>Sector</source>
        <translation type="unfinished">Qaybta shaqada (sector)</translation>
    </message>
    <message id="field.we_land.label">
        <source>Land</source>
        <translation type="unfinished">Waddanka</translation>
    </message>
    <message id="field.we_van.label">
        <source>Begonnen in</source>
        <translation type="unfinished">Waxaad bilowday</translation>
    </message>
    <message id="field.we_tot.label">
        <source>Gestopt in</source>
        <translation type="unfinished">Waxaad joojisay</translation>
    </message>
    <message id="field.we_tot.hint">
        <source>Leeg laten als u dit werk nog doet.</source>
        <translation type="unfinished">Banaan u dhaaf haddii aad weli shaqadan qabato.</translation>
    </message>
    <message id="field.we_tot.constraint">
        <source>Het eindjaar ligt voor het beginjaar.</source>
        <translation type="unfinished">Sanadka dhammaadku wuu ka horreeyaa sanadka bilowga.</translation>
    </message>
    <message id="field.we_soort.label">
        <source>Soort werk</source>
        <translation type="unfinished">Nooca shaqada</translation>
    </message>
    <message id="field.we_taken.label">
        <source>Wat deed u in dit werk?</source>
        <translation type="unfinished">Maxaad ka qaban jirtay shaqadan?</translation>
    </message>
    <message id="field.praktische_competenties.label">
        <source>In welk soort werk bent u handig of heeft u ervaring?</source>
        <translation type="unfinished">Shaqo noocee ah ayaad ku fiican tahay ama khibrad u leedahay?</translation>
    </message>
    <message id="field.praktische_competenties_toelichting.label">
        <source>Vertel meer over wat u kunt</source>
        <translation type="unfinished">Wax badan noogu sheeg waxa aad qaban karto</translation>
    </message>
    <message id="field.wv_op_tijd.label">
        <source>Op tijd komen</source>
        <translation type="unfinished">Waqtiga ku imaanshaha</translation>
    </message>
    <message id="field.wv_samenwerken.label">
        <source>Samenwerken met anderen</source>
        <translation type="unfinished">La shaqeynta dadka kale</translation>
    </message>
    <message id="field.wv_instructies.label">
        <source>Instructies opvolgen</source>
        <translation type="unfinished">Raacidda tilmaamaha</translation>
    </message>
    <message id="field.wv_zelfstandig.label">
        <source>Zelfstandig werken</source>
        <translation type="unfinished">Keligaa shaqeyn</translation>
    </message>
    <message id="field.wv_omgangsvormen.label">
        <source>Omgangsvormen op het werk</source>
        <translation type="unfinished">Dhaqanka iyo edebta shaqada</translation>
    </message>
    <message id="field.huidige_situatie_werk.label">
        <source>Wat is uw situatie nu?</source>
        <translation type="unfinished">Waa maxay xaaladdaada hadda?</translation>
    </message>
    <message id="field.huidige_werk_uren.label">
        <source>Hoeveel uur per week werkt u?</source>
        <translation type="unfinished">Immisa saacadood ayaad toddobaadkii shaqeysaa?</translation>
    </message>
    <message id="field.beroepswens_kort.label">
        <source>Welk werk wilt u het komende jaar doen?</source>
        <translation type="unfinished">Shaqo noocee ah ayaad rabtaa inaad qabato sannadka soo socda?</translation>
    </message>
    <message id="field.beroepswens_lang.label">
        <source>Welk werk wilt u over een paar jaar doen?</source>
        <translation type="unfinished">Shaqo noocee ah ayaad rabtaa inaad qabato dhowr sano kadib?</translation>
    </message>
    <message id="field.beschikbaarheid_uren_week.label">
        <source>Hoeveel uur per week kunt u werken of meedoen?</source>
        <translation type="unfinished">Immisa saacadood toddobaadkii ayaad shaqeyn kartaa ama ka qaybqaadan kartaa?</translation>
    </message>
    <message id="section.F.title">
        <source>Taal en leerbaarheid</source>
        <translation type="unfinished">Luqadda iyo awoodda waxbarashada</translation>
    </message>
    <message id="section.F.intro">
        <source>Vragen over de talen die u spreekt en over het leren van Nederlands.</source>
        <translation type="unfinished">Su&apos;aalo ku saabsan luqadaha aad ku hadasho iyo barashada Af-Holandiiska.</translation>
    </message>
    <message id="field.moedertaal.label">
        <source>Wat is uw moedertaal?</source>
        <translation type="unfinished">Waa maxay luqaddaada hooyo?</translation>
    </message>
    <message id="field.andere_talen.label">
        <source>Andere talen</source>
        <translation type="unfinished">Luqadaha kale</translation>
    </message>
    <message id="field.andere_talen.hint">
        <source>Voeg een regel toe voor iedere andere taal die u kent.</source>
        <translation type="unfinished">Ku dar sadar cusub luqad kasta oo kale oo aad taqaanno.</translation>
    </message>
    <message id="field.at_taal.label">
        <source>Taal</source>
        <translation type="unfinished">Luqadda</translation>
    </message>
    <message id="field.at_spreken.label">
        <source>Spreken</source>
        <translation type="unfinished">Hadalka</translation>
    </message>
    <message id="field.at_lezen.label">
        <source>Lezen</source>
        <translation type="unfinished">Akhriska</translation>
    </message>
    <message id="field.at_schrijven.label">
        <source>Schrijven</source>
        <translation type="unfinished">Qorista</translation>
    </message>
    <message id="field.nederlands_inschatting.label">
        <source>Hoe goed spreekt u al Nederlands?</source>
        <translation type="unfinished">Intee in le&apos;eg ayaad hadda ku hadashaa Af-Holandiiska?</translation>
    </message>
    <message id="field.voorinburgering_gevolgd.label">
        <source>Heeft u in het azc al Nederlandse les gehad (voorinburgering)?</source>
        <translation type="unfinished">Xarunta magangalyo-doonka (azc) ma ku qaadatay casharro Af-Holandiis ah (isdhexgal hore, &apos;voorinburgering&apos;)?</translation>
    </message>
    <message id="field.voorinburgering_uren.label">
        <source>Hoeveel uur les was dat ongeveer?</source>
        <translation type="unfinished">Qiyaastii immisa saacadood oo casharro ah ayay ahayd?</translation>
    </message>
    <message id="field.lbt_datum_aanmelding.label">
        <source>Leerbaarheidstoets: datum aanmelding</source>
        <translation type="unfinished">Imtixaanka awoodda waxbarashada (leerbaarheidstoets): taariikhda diiwaangelinta</translation>
    </message>
    <message id="field.lbt_datum_aanmelding.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">Waxay ka timaaddaa DUO.</translation>
    </message>
    <message id="field.lbt_datum_afname.label">
        <source>Leerbaarheidstoets: datum afname</source>
        <translation type="unfinished">Imtixaanka awoodda waxbarashada: taariikhda la qaaday</translation>
    </message>
    <message id="field.lbt_datum_afname.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">Waxay ka timaaddaa DUO.</translation>
    </message>
    <message id="field.lbt_examennummer.label">
        <source>Leerbaarheidstoets: examennummer</source>
        <translation type="unfinished">Imtixaanka awoodda waxbarashada: lambarka imtixaanka</translation>
    </message>
    <message id="field.lbt_examennummer.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">Waxay ka timaaddaa DUO.</translation>
    </message>
    <message id="field.lbt_uitslag.label">
        <source>Leerbaarheidstoets: uitslag (indicatie leerroute)</source>
        <translation type="unfinished">Imtixaanka awoodda waxbarashada: natiijada (jidka waxbarashada ee la tilmaamay)</translation>
    </message>
    <message id="field.lbt_uitslag.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">Waxay ka timaaddaa DUO.</translation>
    </message>
    <message id="field.lbt_niet_afgenomen_reden.label">
        <source>Waarom is de leerbaarheidstoets niet afgenomen?</source>
        <translation type="unfinished">Maxaa imtixaanka awoodda waxbarashada loo qaadi waayay?</translation>
    </message>
    <message id="field.taalschool_advies.label">
        <source>Advies van de taalschool</source>
        <translation type="unfinished">Talada dugsiga luqadda</translation>
    </message>
    <message id="field.taalschool_advies.hint">
        <source>Bijvoorbeeld na een proefles of startklas.</source>
        <translation type="unfinished">Tusaale ahaan kadib cashar tijaabo ah ama fasal bilow ah.</translation>
    </message>
    <message id="field.taalschool_advies_toelichting.label">
        <source>Toelichting op het advies van de taalschool</source>
        <translation type="unfinished">Sharaxaadda talada dugsiga luqadda</translation>
    </message>
    <message id="section.G.title">
        <source>Digitale vaardigheden</source>
        <translation type="unfinished">Xirfadaha dijitaalka ah</translation>
    </message>
    <message id="section.G.intro">
        <source>Hoe goed kunt u omgaan met telefoon en computer?</source>
        <translation type="unfinished">Sidee ayaad u isticmaali kartaa taleefanka iyo kombiyuutarka?</translation>
    </message>
    <message id="field.digi_smartphone.label">
        <source>Een smartphone gebruiken (bellen, berichten, foto&apos;s)</source>
        <translation type="unfinished">Isticmaalka taleefan casri ah (wicitaan, fariimo, sawirro)</translation>
    </message>
    <message id="field.digi_email.label">
        <source>E-mail lezen en versturen</source>
        <translation type="unfinished">Akhrinta iyo dirista iimaylka</translation>
    </message>
    <message id="field.digi_apps_nl.label">
        <source>Nederlandse apps gebruiken, zoals DigiD en de app van de bank</source>
        <translation type="unfinished">Isticmaalka barnaamijyada (apps) Nederland, sida DigiD (furaha lagu galo bogagga dowladda) iyo app-ka bangiga</translation>
    </message>
    <message id="field.digi_computer.label">
        <source>Een computer met toetsenbord gebruiken</source>
        <translation type="unfinished">Isticmaalka kombiyuutar leh kiiboord</translation>
    </message>
    <message id="field.digitale_hulp_nodig.label">
        <source>Wilt u hulp bij het gebruik van DigiD of andere apps van de overheid?</source>
        <translation type="unfinished">Ma rabtaa caawimaad ku saabsan isticmaalka DigiD ama barnaamijyada kale ee dowladda?</translation>
    </message>
    <message id="section.H.title">
        <source>Financiën en ontzorgen</source>
        <translation type="unfinished">Dhaqaalaha iyo ka-fududeynta (ontzorgen)</translation>
    </message>
    <message id="section.H.intro">
        <source>Inkomen, vaste lasten en ontzorgen. Ontzorgen geldt alleen voor asielstatushouders met bijstand.</source>
        <translation type="unfinished">Dakhliga, kharashyada joogtada ah iyo ka-fududeynta (ontzorgen). Ka-fududeyntu waxay khusaysaa oo keliya qaxootiga sharciga haysta ee qaata gargaarka bulshada (bijstand).</translation>
    </message>
    <message id="field.bijstand_aangevraagd.label">
        <source>Is bijstand aangevraagd?</source>
        <translation type="unfinished">Ma la codsaday gargaarka bulshada (bijstand)?</translation>
    </message>
    <message id="field.bijstand_datum.label">
        <source>Datum aanvraag bijstand</source>
        <translation type="unfinished">Taariikhda codsiga gargaarka bulshada</translation>
    </message>
    <message id="field.ontzorgen_actief.label">
        <source>Is ontzorgen actief?</source>
        <translation type="unfinished">Ka-fududeynta (ontzorgen) ma shaqeynaysaa?</translation>
    </message>
    <message id="field.ontzorgen_actief.hint">
        <source>De gemeente betaalt de eerste maanden vaste lasten rechtstreeks uit de bijstand.</source>
        <translation type="unfinished">Dowladda hoose waxay bilaha ugu horreeya si toos ah uga bixisaa kharashyada joogtada ah gargaarka bulshada (bijstand).</translation>
    </message>
    <message id="field.ingehouden_lasten.label">
        <source>Welke vaste lasten worden ingehouden?</source>
        <translation type="unfinished">Kharashyadee joogta ah ayaa laga jarayaa?</translation>
    </message>
    <message id="field.ontzorgen_start.label">
        <source>Ontzorgen vanaf</source>
        <translation type="unfinished">Ka-fududeynta laga bilaabo</translation>
    </message>
    <message id="field.ontzorgen_eind.label">
        <source>Ontzorgen tot en met</source>
        <translation type="unfinished">Ka-fududeynta ilaa (oo ay ku jirto)</translation>
    </message>
    <message id="field.ontzorgen_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">Taariikhda dhammaadku way ka horreysaa taariikhda bilowga.</translation>
    </message>
    <message id="field.bankrekening.label">
        <source>Heeft de klant een bankrekening?</source>
        <translation type="unfinished">Macmiilku ma leeyahay koonto bangi?</translation>
    </message>
    <message id="field.bankrekening.hint">
        <source>Noteer het rekeningnummer alleen als dat nodig is.</source>
        <translation type="unfinished">Qor lambarka koontada oo keliya haddii loo baahan yahay.</translation>
    </message>
    <message id="field.toeslagen.label">
        <source>Welke toeslagen zijn aangevraagd?</source>
        <translation type="unfinished">Kabitaannadee (toeslagen) ayaa la codsaday?</translation>
    </message>
    <message id="field.schulden_signaal.label">
        <source>Zijn er signalen van schulden of betalingsproblemen?</source>
        <translation type="unfinished">Ma jiraan calaamado deyn ama dhibaatooyin lacag-bixin?</translation>
    </message>
    <message id="field.schulden_toelichting.label">
        <source>Toelichting schulden</source>
        <translation type="unfinished">Sharaxaadda deymaha</translation>
    </message>
    <message id="section.I.title">
        <source>Zelfredzaamheid en maatschappelijke begeleiding</source>
        <translation type="unfinished">Isku-filnaansho iyo hagidda bulshada</translation>
    </message>
    <message id="section.I.intro">
        <source>Schat per levensgebied in hoe zelfredzaam de klant is (naar de Zelfredzaamheid-Matrix): 1 = acute problemen, 5 = volledig zelfredzaam.</source>
        <translation type="unfinished">Qaybta nolosha kasta, qiimee inta uu macmiilku isku filan yahay (sida ku cad Zelfredzaamheid-Matrix, ZRM): 1 = dhibaatooyin degdeg ah, 5 = gebi ahaanba isku filan.</translation>
    </message>
    <message id="field.zrm_financien.label">
        <source>Financiën</source>
        <translation type="unfinished">Dhaqaalaha</translation>
    </message>
    <message id="field.zrm_huisvesting.label">
        <source>Huisvesting</source>
        <translation type="unfinished">Hoyga</translation>
    </message>
    <message id="field.zrm_gezondheid.label">
        <source>Gezondheid</source>
        <translation type="unfinished">Caafimaadka</translation>
    </message>
    <message id="field.zrm_dagbesteding.label">
        <source>Dagbesteding</source>
        <translation type="unfinished">Hawlaha maalinlaha ah</translation>
    </message>
    <message id="field.zrm_sociaal_netwerk.label">
        <source>Sociaal netwerk</source>
        <translation type="unfinished">Xiriirka bulshada</translation>
    </message>
    <message id="field.zrm_huishouden.label">
        <source>Huishouden</source>
        <translation type="unfinished">Hawlaha guriga</translation>
    </message>
    <message id="field.zrm_mobiliteit.label">
        <source>Mobiliteit</source>
        <translation type="unfinished">Socodka iyo gaadiidka</translation>
    </message>
    <message id="field.zrm_administratie.label">
        <source>Administratie (post en formulieren)</source>
        <translation type="unfinished">Waraaqaha (boostada iyo foomamka)</translation>
    </message>
    <message id="field.mb_organisatie.label">
        <source>Wie geeft maatschappelijke begeleiding?</source>
        <translation type="unfinished">Yaa bixiya hagidda bulshada (maatschappelijke begeleiding)?</translation>
    </message>
    <message id="field.mb_start.label">
        <source>Start maatschappelijke begeleiding</source>
        <translation type="unfinished">Bilowga hagidda bulshada</translation>
    </message>
    <message id="section.J.title">
        <source>Netwerk en meedoen</source>
        <translation type="unfinished">Xiriirka bulshada iyo ka qaybgalka</translation>
    </message>
    <message id="section.J.intro">
        <source>Vragen over de mensen om u heen en wat u in uw vrije tijd doet.</source>
        <translation type="unfinished">Su&apos;aalo ku saabsan dadka kuu dhow iyo waxa aad sameyso waqtigaaga firaaqada.</translation>
    </message>
    <message id="field.contacten_nl.label">
        <source>Hoeveel contact heeft u met mensen in Nederland buiten uw gezin?</source>
        <translation type="unfinished">Intee in le&apos;eg ayaad xiriir la leedahay dadka Nederland ku nool oo aan qoyskaaga ahayn?</translation>
    </message>
    <message id="field.familie_in_nl.label">
        <source>Heeft u familie in Nederland (buiten uw gezin)?</source>
        <translation type="unfinished">Ma leedahay qaraabo Nederland jooga (marka laga reebo qoyskaaga)?</translation>
    </message>
    <message id="field.vrijwilligerswerk_interesse.label">
        <source>Wilt u vrijwilligerswerk doen?</source>
        <translation type="unfinished">Ma rabtaa inaad qabato shaqo tabaruc ah?</translation>
    </message>
    <message id="field.vrijwilligerswerk_toelichting.label">
        <source>Wat voor vrijwilligerswerk?</source>
        <translation type="unfinished">Shaqo tabaruc noocee ah?</translation>
    </message>
    <message id="field.vrije_tijd.label">
        <source>Wat doet u graag in uw vrije tijd (sport, hobby&apos;s, club)?</source>
        <translation type="unfinished">Maxaad jeceshahay inaad sameyso waqtigaaga firaaqada (isboorti, hiwaayad, naadi)?</translation>
    </message>
    <message id="field.kinderen_school.label">
        <source>Hoe gaat het met uw kinderen op school of de opvang?</source>
        <translation type="unfinished">Sidee bay carruurtaadu ugu socdaan dugsiga ama xanaanada?</translation>
    </message>
    <message id="section.K.title">
        <source>Motivatie en ambities</source>
        <translation type="unfinished">Dhiirigelin iyo hadafyo</translation>
    </message>
    <message id="section.K.intro">
        <source>Wat wilt u leren en bereiken?</source>
        <translation type="unfinished">Maxaad rabtaa inaad barato oo aad gaarto?</translation>
    </message>
    <message id="field.ontwikkelwensen.label">
        <source>Wat wilt u leren of beter kunnen?</source>
        <translation type="unfinished">Maxaad rabtaa inaad barato ama aad si fiican u qabato?</translation>
    </message>
    <message id="field.ow_omschrijving.label">
        <source>Omschrijving</source>
        <translation type="unfinished">Sharaxaad</translation>
    </message>
    <message id="field.ow_start.label">
        <source>Vanaf</source>
        <translation type="unfinished">Laga bilaabo</translation>
    </message>
    <message id="field.ow_eind.label">
        <source>Tot</source>
        <translation type="unfinished">Ilaa</translation>
    </message>
    <message id="field.ow_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">Taariikhda dhammaadku way ka horreysaa taariikhda bilowga.</translation>
    </message>
    <message id="field.doel_1_jaar.label">
        <source>Waar wilt u over een jaar staan?</source>
        <translation type="unfinished">Xaggee ayaad rabtaa inaad joogto hal sano kadib?</translation>
    </message>
    <message id="field.doel_3_jaar.label">
        <source>Waar wilt u over drie jaar staan?</source>
        <translation type="unfinished">Xaggee ayaad rabtaa inaad joogto saddex sano kadib?</translation>
    </message>
    <message id="field.wat_heb_je_nodig.label">
        <source>Wat heeft u nodig om dat te bereiken?</source>
        <translation type="unfinished">Maxaad u baahan tahay si aad taas u gaarto?</translation>
    </message>
    <message id="section.L.title">
        <source>Conclusie</source>
        <translation type="unfinished">Gabagabo</translation>
    </message>
    <message id="section.L.intro">
        <source>Advies en afspraken van de klantmanager. Dit is de basis voor het PIP.</source>
        <translation type="unfinished">Talada iyo heshiisyada maareeyaha macmiilka (klantmanager). Tani waa saldhigga PIP-ka (qorshaha shakhsiga ah ee isdhexgalka iyo ka qaybgalka).</translation>
    </message>
    <message id="field.advies_leerroute.label">
        <source>Advies leerroute</source>
        <translation type="unfinished">Jidka waxbarashada ee lagu taliyay</translation>
    </message>
    <message id="field.afwijking_lbt_onderbouwing.label">
        <source>Waarom wijkt het advies af van de uitslag van de leerbaarheidstoets?</source>
        <translation type="unfinished">Maxay taladu uga duwan tahay natiijada imtixaanka awoodda waxbarashada?</translation>
    </message>
    <message id="field.afwijking_lbt_onderbouwing.hint">
        <source>Verplicht als het advies anders is dan de indicatie van de leerbaarheidstoets.</source>
        <translation type="unfinished">Waa qasab haddii taladu ka duwan tahay tilmaanta imtixaanka awoodda waxbarashada.</translation>
    </message>
    <message id="field.hoofddoel.label">
        <source>Hoofddoel</source>
        <translation type="unfinished">Hadafka ugu weyn</translation>
    </message>
    <message id="field.aandachtspunten.label">
        <source>Aandachtspunten</source>
        <translation type="unfinished">Qodobbada u baahan fiiro gaar ah</translation>
    </message>
    <message id="field.ap_omschrijving.label">
        <source>Omschrijving</source>
        <translation type="unfinished">Sharaxaad</translation>
    </message>
    <message id="field.ap_start.label">
        <source>Vanaf</source>
        <translation type="unfinished">Laga bilaabo</translation>
    </message>
    <message id="field.ap_eind.label">
        <source>Tot</source>
        <translation type="unfinished">Ilaa</translation>
    </message>
    <message id="field.ap_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">Taariikhda dhammaadku way ka horreysaa taariikhda bilowga.</translation>
    </message>
    <message id="field.datum_afronding_bi.label">
        <source>Datum afronding brede intake</source>
        <translation type="unfinished">Taariikhda dhammaystirka wareysiga ballaaran</translation>
    </message>
    <message id="field.datum_volgend_gesprek.label">
        <source>Datum volgend gesprek</source>
        <translation type="unfinished">Taariikhda wareysiga xiga</translation>
    </message>
    <message id="field.datum_volgend_gesprek.hint">
        <source>Het eerste voortgangsgesprek na de brede intake.</source>
        <translation type="unfinished">Wareysiga horumarka ee ugu horreeya kadib wareysiga ballaaran.</translation>
    </message>
    <message id="field.vervolgafspraken.label">
        <source>Vervolgafspraken</source>
        <translation type="unfinished">Ballamaha xiga</translation>
    </message>
    <message id="choices.geslacht.man">
        <source>Man</source>
        <translation type="unfinished">Nin</translation>
    </message>
    <message id="choices.geslacht.vrouw">
        <source>Vrouw</source>
        <translation type="unfinished">Haweeney</translation>
    </message>
    <message id="choices.geslacht.onbekend">
        <source>Onbekend</source>
        <translation type="unfinished">Lama yaqaan</translation>
    </message>
    <message id="choices.landen.SY">
        <source>Syrië</source>
        <translation type="unfinished">Suuriya</translation>
    </message>
    <message id="choices.landen.ER">
        <source>Eritrea</source>
        <translation type="unfinished">Eritreeya</translation>
    </message>
    <message id="choices.landen.YE">
        <source>Jemen</source>
        <translation type="unfinished">Yaman</translation>
    </message>
    <message id="choices.landen.IQ">
        <source>Irak</source>
        <translation type="unfinished">Ciraaq</translation>
    </message>
    <message id="choices.landen.AF">
        <source>Afghanistan</source>
        <translation type="unfinished">Afgaanistaan</translation>
    </message>
    <message id="choices.landen.IR">
        <source>Iran</source>
        <translation type="unfinished">Iiraan</translation>
    </message>
    <message id="choices.landen.TR">
        <source>Turkije</source>
        <translation type="unfinished">Turki</translation>
    </message>
    <message id="choices.landen.SO">
        <source>Somalië</source>
        <translation type="unfinished">Soomaaliya</translation>
    </message>
    <message id="choices.landen.ET">
        <source>Ethiopië</source>
        <translation type="unfinished">Itoobiya</translation>
    </message>
    <message id="choices.landen.SD">
        <source>Soedan</source>
        <translation type="unfinished">Suudaan</translation>
    </message>
    <message id="choices.landen.SS">
        <source>Zuid-Soedan</source>
        <translation type="unfinished">Koonfur Suudaan</translation>
    </message>
    <message id="choices.landen.LB">
        <source>Libanon</source>
        <translation type="unfinished">Lubnaan</translation>
    </message>
    <message id="choices.landen.JO">
        <source>Jordanië</source>
        <translation type="unfinished">Urdun</translation>
    </message>
    <message id="choices.landen.PS">
        <source>Palestijnse Gebieden</source>
        <translation type="unfinished">Dhulalka Falastiin</translation>
    </message>
    <message id="choices.landen.EG">
        <source>Egypte</source>
        <translation type="unfinished">Masar</translation>
    </message>
    <message id="choices.landen.LY">
        <source>Libië</source>
        <translation type="unfinished">Liibya</translation>
    </message>
    <message id="choices.landen.MA">
        <source>Marokko</source>
        <translation type="unfinished">Morooko</translation>
    </message>
    <message id="choices.landen.DZ">
        <source>Algerije</source>
        <translation type="unfinished">Aljeeriya</translation>
    </message>
    <message id="choices.landen.TN">
        <source>Tunesië</source>
        <translation type="unfinished">Tuniisiya</translation>
    </message>
    <message id="choices.landen.SA">
        <source>Saoedi-Arabië</source>
        <translation type="unfinished">Sacuudi Carabiya</translation>
    </message>
    <message id="choices.landen.KW">
        <source>Koeweit</source>
        <translation type="unfinished">Kuwayt</translation>
    </message>
    <message id="choices.landen.AE">
        <source>Verenigde Arabische Emiraten</source>
        <translation type="unfinished">Midawga Imaaraatka Carabta</translation>
    </message>
    <message id="choices.landen.PK">
        <source>Pakistan</source>
        <translation type="unfinished">Bakistaan</translation>
    </message>
    <message id="choices.landen.IN">
        <source>India</source>
        <translation type="unfinished">Hindiya</translation>
    </message>
    <message id="choices.landen.BD">
        <source>Bangladesh</source>
        <translation type="unfinished">Bangaladhesh</translation>
    </message>
    <message id="choices.landen.LK">
        <source>Sri Lanka</source>
        <translation type="unfinished">Sirilaanka</translation>
    </message>
    <message id="choices.landen.MM">
        <source>Myanmar</source>
        <translation type="unfinished">Myanmar</translation>
    </message>
    <message id="choices.landen.CN">
        <source>China</source>
        <translation type="unfinished">Shiinaha</translation>
    </message>
    <message id="choices.landen.NG">
        <source>Nigeria</source>
        <translation type="unfinished">Nayjeeriya</translation>
    </message>
    <message id="choices.landen.CM">
        <source>Kameroen</source>
        <translation type="unfinished">Kaameruun</translation>
    </message>
    <message id="choices.landen.GN">
        <source>Guinee</source>
        <translation type="unfinished">Gini</translation>
    </message>
    <message id="choices.landen.CD">
        <source>Congo (Democratische Republiek)</source>
        <translation type="unfinished">Jamhuuriyadda Dimuquraadiga Kongo</translation>
    </message>
    <message id="choices.landen.UG">
        <source>Oeganda</source>
        <translation type="unfinished">Ugaanda</translation>
    </message>
    <message id="choices.landen.KE">
        <source>Kenia</source>
        <translation type="unfinished">Kenya</translation>
    </message>
    <message id="choices.landen.BI">
        <source>Burundi</source>
        <translation type="unfinished">Burundi</translation>
    </message>
    <message id="choices.landen.GE">
        <source>Georgië</source>
        <translation type="unfinished">Joorjiya</translation>
    </message>
    <message id="choices.landen.AM">
        <source>Armenië</source>
        <translation type="unfinished">Armeeniya</translation>
    </message>
    <message id="choices.landen.AZ">
        <source>Azerbeidzjan</source>
        <translation type="unfinished">Asarbajan</translation>
    </message>
    <message id="choices.landen.RU">
        <source>Rusland</source>
        <translation type="unfinished">Ruush</translation>
    </message>
    <message id="choices.landen.UA">
        <source>Oekraïne</source>
        <translation type="unfinished">Yukrayn</translation>
    </message>
    <message id="choices.landen.BY">
        <source>Belarus</source>
        <translation type="unfinished">Belarus</translation>
    </message>
    <message id="choices.landen.CO">
        <source>Colombia</source>
        <translation type="unfinished">Koloombiya</translation>
    </message>
    <message id="choices.landen.VE">
        <source>Venezuela</source>
        <translation type="unfinished">Venezuela</translation>
    </message>
    <message id="choices.landen.BR">
        <source>Brazilië</source>
        <translation type="unfinished">Baraasiil</translation>
    </message>
    <message id="choices.landen.US">
        <source>Verenigde Staten</source>
        <translation type="unfinished">Maraykanka</translation>
    </message>
    <message id="choices.landen.GB">
        <source>Verenigd Koninkrijk</source>
        <translation type="unfinished">Boqortooyada Midowday</translation>
    </message>
    <message id="choices.landen.DE">
        <source>Duitsland</source>
        <translation type="unfinished">Jarmal</translation>
    </message>
    <message id="choices.landen.BE">
        <source>België</source>
        <translation type="unfinished">Biljam</translation>
    </message>
    <message id="choices.landen.NL">
        <source>Nederland</source>
        <translation type="unfinished">Nederland (Holland)</translation>
    </message>
    <message id="choices.landen.anders">
        <source>Ander land</source>
        <translation type="unfinished">Dal kale</translation>
    </message>
    <message id="choices.landen.staatloos">
        <source>Staatloos</source>
        <translation type="unfinished">Dal la&apos;aan (muwaadinnimo la&apos;aan)</translation>
    </message>
    <message id="choices.landen.onbekend">
        <source>Onbekend</source>
        <translation type="unfinished">Lama yaqaan</translation>
    </message>
    <message id="choices.talen.nl">
        <source>Nederlands</source>
        <translation type="unfinished">Holandays (Af-Holandiis)</translation>
    </message>
    <message id="choices.talen.ar">
        <source>Arabisch</source>
        <translation type="unfinished">Carabi</translation>
    </message>
    <message id="choices.talen.ti">
        <source>Tigrinya</source>
        <translation type="unfinished">Tigrinya</translation>
    </message>
    <message id="choices.talen.tr">
        <source>Turks</source>
        <translation type="unfinished">Turki</translation>
    </message>
    <message id="choices.talen.fa">
        <source>Perzisch (Farsi)</source>
        <translation type="unfinished">Faarsi (Farsi)</translation>
    </message>
    <message id="choices.talen.fa-AF">
        <source>Dari</source>
        <translation type="unfinished">Dari</translation>
    </message>
    <message id="choices.talen.ps">
        <source>Pasjtoe</source>
        <translation type="unfinished">Bashtuu (Pashto)</translation>
    </message>
    <message id="choices.talen.ku">
        <source>Koerdisch (Kurmanji)</source>
        <translation type="unfinished">Kurdi (Kurmanji)</translation>
    </message>
    <message id="choices.talen.ckb">
        <source>Koerdisch (Sorani)</source>
        <translation type="unfinished">Kurdi (Sorani)</translation>
    </message>
    <message id="choices.talen.so">
        <source>Somalisch</source>
        <translation type="unfinished">Soomaali</translation>
    </message>
    <message id="choices.talen.am">
        <source>Amhaars</source>
        <translation type="unfinished">Amxaari</translation>
    </message>
    <message id="choices.talen.om">
        <source>Oromo</source>
        <translation type="unfinished">Oromo</translation>
    </message>
    <message id="choices.talen.tig">
        <source>Tigre</source>
        <translation type="unfinished">Tigre</translation>
    </message>
    <message id="choices.talen.en">
        <source>Engels</source>
        <translation type="unfinished">Ingiriisi</translation>
    </message>
    <message id="choices.talen.fr">
        <source>Frans</source>
        <translation type="unfinished">Faransiis</translation>
    </message>
    <message id="choices.talen.ru">
        <source>Russisch</source>
        <translation type="unfinished">Ruush</translation>
    </message>
    <message id="choices.talen.uk">
        <source>Oekraïens</source>
        <translation type="unfinished">Yukreeniyaan</translation>
    </message>
    <message id="choices.talen.ur">
        <source>Urdu</source>
        <translation type="unfinished">Urduu</translation>
    </message>
    <message id="choices.talen.bn">
        <source>Bengaals</source>
        <translation type="unfinished">Bengaali</translation>
    </message>
    <message id="choices.talen.es">
        <source>Spaans</source>
        <translation type="unfinished">Isbaanish</translation>
    </message>
    <message id="choices.talen.de">
        <source>Duits</source>
        <translation type="unfinished">Jarmal</translation>
    </message>
    <message id="choices.talen.sw">
        <source>Swahili</source>
        <translation type="unfinished">Sawaaxili</translation>
    </message>
    <message id="choices.talen.ber">
        <source>Berbers (Tamazight)</source>
        <translation type="unfinished">Berber (Tamazight)</translation>
    </message>
    <message id="choices.talen.hy">
        <source>Armeens</source>
        <translation type="unfinished">Armeeniyaan</translation>
    </message>
    <message id="choices.talen.ka">
        <source>Georgisch</source>
        <translation type="unfinished">Joorijiyaan</translation>
    </message>
    <message id="choices.talen.az">
        <source>Azerbeidzjaans</source>
        <translation type="unfinished">Asarbayjaani</translation>
    </message>
    <message id="choices.talen.anders">
        <source>Andere taal</source>
        <translation type="unfinished">Luqad kale</translation>
    </message>
    <message id="choices.doelgroep.asielstatushouder">
        <source>Asielstatushouder</source>
        <translation type="unfinished">Qaxooti sharci haysta (asielstatushouder)</translation>
    </message>
    <message id="choices.doelgroep.gezinsmigrant">
        <source>Gezinsmigrant</source>
        <translation type="unfinished">Muhaajir qoys</translation>
    </message>
    <message id="choices.doelgroep.overige">
        <source>Overige migrant</source>
        <translation type="unfinished">Muhaajir kale</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.asiel_eerste_aanvrager">
        <source>Asiel – eerste aanvrager</source>
        <translation type="unfinished">Magangalyo – codsadaha koowaad</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.nareiziger">
        <source>Nareiziger</source>
        <translation type="unfinished">Xubin qoys oo goor dambe yimid (nareiziger)</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.gezinshereniging">
        <source>Gezinshereniging</source>
        <translation type="unfinished">Isku-keenka qoyska</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.gezinsvorming">
        <source>Gezinsvorming</source>
        <translation type="unfinished">Samaynta qoys cusub</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.overig">
        <source>Overig</source>
        <translation type="unfinished">Kale</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.asiel_bepaalde_tijd">
        <source>Asiel, bepaalde tijd</source>
        <translation type="unfinished">Magangalyo, muddo go&apos;an</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.regulier_familie">
        <source>Regulier, verblijf bij familie of partner</source>
        <translation type="unfinished">Caadi, la joogitaanka qoyska ama lammaanaha</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.regulier_overig">
        <source>Regulier, ander verblijfsdoel</source>
        <translation type="unfinished">Caadi, ujeeddo deganaansho kale</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.onbekend">
        <source>Nog niet bekend</source>
        <translation type="unfinished">Weli lama yaqaan</translation>
    </message>
    <message id="choices.tolk_type.telefonisch">
        <source>Telefonisch</source>
        <translation type="unfinished">Taleefan</translation>
    </message>
    <message id="choices.tolk_type.fysiek">
        <source>Aanwezig bij het gesprek</source>
        <translation type="unfinished">Joogay wareysiga</translation>
    </message>
    <message id="choices.tolk_type.familielid">
        <source>Familielid of kennis</source>
        <translation type="unfinished">Qof qoys ah ama qof la yaqaan</translation>
    </message>
    <message id="choices.gesprekslocatie.azc">
        <source>Azc (COA-locatie)</source>
        <translation type="unfinished">Xarunta magangalyo-doonka (azc, goobta COA)</translation>
    </message>
    <message id="choices.gesprekslocatie.thuis">
        <source>Bij de klant thuis</source>
        <translation type="unfinished">Guriga macmiilka</translation>
    </message>
    <message id="choices.gesprekslocatie.gemeentekantoor">
        <source>Gemeentekantoor</source>
        <translation type="unfinished">Xafiiska dowladda hoose (gemeente)</translation>
    </message>
    <message id="choices.gesprekslocatie.taalschool">
        <source>Taalschool</source>
        <translation type="unfinished">Dugsiga luqadda</translation>
    </message>
    <message id="choices.burgerlijke_staat.ongehuwd">
        <source>Ongehuwd</source>
        <translation type="unfinished">Aan guursan</translation>
    </message>
    <message id="choices.burgerlijke_staat.gehuwd">
        <source>Gehuwd</source>
        <translation type="unfinished">Guursaday</translation>
    </message>
    <message id="choices.burgerlijke_staat.geregistreerd_partner">
        <source>Geregistreerd partnerschap</source>
        <translation type="unfinished">Lammaane diiwaangashan (geregistreerd partnerschap)</translation>
    </message>
    <message id="choices.burgerlijke_staat.samenwonend">
        <source>Samenwonend</source>
        <translation type="unfinished">Wada nool (aan guursan)</translation>
    </message>
    <message id="choices.burgerlijke_staat.gescheiden">
        <source>Gescheiden</source>
        <translation type="unfinished">Kala tagay (furriin)</translation>
    </message>
    <message id="choices.burgerlijke_staat.weduwe">
        <source>Weduwe of weduwnaar</source>
        <translation type="unfinished">Carmal (naag ama nin)</translation>
    </message>
    <message id="choices.burgerlijke_staat.onbekend">
        <source>Wil ik niet zeggen</source>
        <translation type="unfinished">Ma doonayo inaan sheego</translation>
    </message>
    <message id="choices.relatie.partner">
        <source>Partner</source>
        <translation type="unfinished">Lammaane (xaas)</translation>
    </message>
    <message id="choices.relatie.kind">
        <source>Kind</source>
        <translation type="unfinished">Ilmo</translation>
    </message>
    <message id="choices.relatie.ouder">
        <source>Vader of moeder</source>
        <translation type="unfinished">Aabbe ama hooyo</translation>
    </message>
    <message id="choices.relatie.broer_zus">
        <source>Broer of zus</source>
        <translation type="unfinished">Walaal (wiil ama gabar)</translation>
    </message>
    <message id="choices.relatie.familie">
        <source>Ander familielid</source>
        <translation type="unfinished">Qaraabo kale</translation>
    </message>
    <message id="choices.relatie.anders">
        <source>Iemand anders</source>
        <translation type="unfinished">Qof kale</translation>
    </message>
    <message id="choices.zorgtaken.kinderen">
        <source>Zorg voor kinderen</source>
        <translation type="unfinished">Daryeelka carruurta</translation>
    </message>
    <message id="choices.zorgtaken.zieke_partner">
        <source>Zorg voor een zieke partner</source>
        <translation type="unfinished">Daryeelka lammaane buka</translation>
    </message>
    <message id="choices.zorgtaken.ouder_familielid">
        <source>Zorg voor een ouder familielid</source>
        <translation type="unfinished">Daryeelka qaraabo da&apos; ah</translation>
    </message>
    <message id="choices.zorgtaken.geen">
        <source>Geen zorgtaken</source>
        <translation type="unfinished">Daryeel ma hayo</translation>
    </message>
    <message id="choices.woonsituatie.azc">
        <source>Azc (COA-locatie)</source>
        <translation type="unfinished">Xarunta magangalyo-doonka (azc, goobta COA)</translation>
    </message>
    <message id="choices.woonsituatie.tijdelijke_woning">
        <source>Tijdelijke woning</source>
        <translation type="unfinished">Guri ku-meel-gaar ah</translation>
    </message>
    <message id="choices.woonsituatie.eigen_huurwoning">
        <source>Eigen huurwoning</source>
        <translation type="unfinished">Guri kiro ah oo aan leeyahay</translation>
    </message>
    <message id="choices.woonsituatie.inwonend">
        <source>Inwonend bij familie of kennissen</source>
        <translation type="unfinished">Waxaan la deggenahay qaraabo ama saaxiibo</translation>
    </message>
    <message id="choices.ervaren_gezondheid.1">
        <source>Slecht</source>
        <translation type="unfinished">Xun</translation>
    </message>
    <message id="choices.ervaren_gezondheid.2">
        <source>Matig</source>
        <translation type="unfinished">Aan fiicnayn</translation>
    </message>
    <message id="choices.ervaren_gezondheid.3">
        <source>Redelijk</source>
        <translation type="unfinished">Dhexdhexaad</translation>
    </message>
    <message id="choices.ervaren_gezondheid.4">
        <source>Goed</source>
        <translation type="unfinished">Fiican</translation>
    </message>
    <message id="choices.ervaren_gezondheid.5">
        <source>Uitstekend</source>
        <translation type="unfinished">Aad u fiican</translation>
    </message>
    <message id="choices.beperkingen_leren.zien">
        <source>Zien</source>
        <translation type="unfinished">Aragga</translation>
    </message>
    <message id="choices.beperkingen_leren.horen">
        <source>Horen</source>
        <translation type="unfinished">Maqalka</translation>
    </message>
    <message id="choices.beperkingen_leren.mobiliteit">
        <source>Lopen of bewegen</source>
        <translation type="unfinished">Socodka ama dhaqdhaqaaqa</translation>
    </message>
    <message id="choices.beperkingen_leren.pijn">
        <source>Pijn</source>
        <translation type="unfinished">Xanuun</translation>
    </message>
    <message id="choices.beperkingen_leren.vermoeidheid">
        <source>Vermoeidheid</source>
        <translation type="unfinished">Daal</translation>
    </message>
    <message id="choices.beperkingen_leren.geen">
        <source>Geen</source>
        <translation type="unfinished">Midna</translation>
    </message>
    <message id="choices.belasting_signaal.1">
        <source>Geen signalen</source>
        <translation type="unfinished">Calaamad ma jirto</translation>
    </message>
    <message id="choices.belasting_signaal.2">
        <source>Weinig</source>
        <translation type="unfinished">Wax yar</translation>
    </message>
    <message id="choices.belasting_signaal.3">
        <source>Enigszins</source>
        <translation type="unfinished">Xoogaa</translation>
    </message>
    <message id="choices.belasting_signaal.4">
        <source>Veel</source>
        <translation type="unfinished">Badan</translation>
    </message>
    <message id="choices.belasting_signaal.5">
        <source>Zeer veel</source>
        <translation type="unfinished">Aad u badan</translation>
    </message>
    <message id="choices.doorverwijzing.huisarts">
        <source>Huisarts</source>
        <translation type="unfinished">Dhakhtarka qoyska (huisarts)</translation>
    </message>
    <message id="choices.doorverwijzing.ggd">
        <source>GGD</source>
        <translation type="unfinished">GGD (adeegga caafimaadka dadweynaha)</translation>
    </message>
    <message id="choices.doorverwijzing.poh_ggz">
        <source>POH-GGZ (praktijkondersteuner)</source>
        <translation type="unfinished">POH-GGZ (caawiyaha caafimaadka maskaxda ee dhakhtarka)</translation>
    </message>
    <message id="choices.doorverwijzing.maatschappelijk_werk">
        <source>Maatschappelijk werk</source>
        <translation type="unfinished">Shaqaalaha bulshada (maatschappelijk werk)</translation>
    </message>
    <message id="choices.doorverwijzing.geen">
        <source>Geen doorverwijzing</source>
        <translation type="unfinished">U gudbin ma jirto</translation>
    </message>
    <message id="choices.opleidingsniveau.geen">
        <source>Geen onderwijs gevolgd</source>
        <translation type="unfinished">Waxbarasho ma qaadan</translation>
    </message>
    <message id="choices.opleidingsniveau.basis">
        <source>Basisonderwijs</source>
        <translation type="unfinished">Dugsi hoose</translation>
    </message>
    <message id="choices.opleidingsniveau.vo_onderbouw">
        <source>Voortgezet onderwijs, niet afgemaakt</source>
        <translation type="unfinished">Dugsi sare, lama dhammaystirin</translation>
    </message>
    <message id="choices.opleidingsniveau.vo_afgerond">
        <source>Voortgezet onderwijs, afgemaakt</source>
        <translation type="unfinished">Dugsi sare, waa la dhammaystiray</translation>
    </message>
    <message id="choices.opleidingsniveau.beroeps">
        <source>Beroepsopleiding</source>
        <translation type="unfinished">Waxbarasho xirfadeed</translation>
    </message>
    <message id="choices.opleidingsniveau.hbo_bachelor">
        <source>Hbo-bachelor</source>
        <translation type="unfinished">Jaamacad xirfadeed, heerka koowaad (hbo-bachelor)</translation>
    </message>
    <message id="choices.opleidingsniveau.wo_bachelor">
        <source>Universiteit, bachelor</source>
        <translation type="unfinished">Jaamacad, heerka koowaad (bachelor)</translation>
    </message>
    <message id="choices.opleidingsniveau.master">
        <source>Master</source>
        <translation type="unfinished">Heerka labaad (master)</translation>
    </message>
    <message id="choices.opleidingsniveau.doctoraat">
        <source>Doctoraat (PhD)</source>
        <translation type="unfinished">Dhakhtarnimo cilmiyeed (PhD)</translation>
    </message>
    <message id="choices.nl_niveau.mbo1">
        <source>Mbo niveau 1</source>
        <translation type="unfinished">Mbo heerka 1</translation>
    </message>
    <message id="choices.nl_niveau.mbo2">
        <source>Mbo niveau 2</source>
        <translation type="unfinished">Mbo heerka 2</translation>
    </message>
    <message id="choices.nl_niveau.mbo3">
        <source>Mbo niveau 3</source>
        <translation type="unfinished">Mbo heerka 3</translation>
    </message>
    <message id="choices.nl_niveau.mbo4">
        <source>Mbo niveau 4</source>
        <translation type="unfinished">Mbo heerka 4</translation>
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
        <translation type="unfinished">Wo (jaamacad) bachelor</translation>
    </message>
    <message id="choices.nl_niveau.wo_master">
        <source>Wo-master</source>
        <translation type="unfinished">Wo (jaamacad) master</translation>
    </message>
    <message id="choices.vaardigheid4.1">
        <source>Niet</source>
        <translation type="unfinished">Maya</translation>
    </message>
    <message id="choices.vaardigheid4.2">
        <source>Een beetje</source>
        <translation type="unfinished">Wax yar</translation>
    </message>
    <message id="choices.vaardigheid4.3">
        <source>Redelijk</source>
        <translation type="unfinished">Dhexdhexaad</translation>
    </message>
    <message id="choices.vaardigheid4.4">
        <source>Goed</source>
        <translation type="unfinished">Si fiican</translation>
    </message>
    <message id="choices.latijns_schrift.nee">
        <source>Nee</source>
        <translation type="unfinished">Maya</translation>
    </message>
    <message id="choices.latijns_schrift.beperkt">
        <source>Een beetje</source>
        <translation type="unfinished">Wax yar</translation>
    </message>
    <message id="choices.latijns_schrift.ja">
        <source>Ja</source>
        <translation type="unfinished">Haa</translation>
    </message>
    <message id="choices.formeel_informeel.formeel">
        <source>Formeel (met contract of eigen bedrijf)</source>
        <translation type="unfinished">Rasmi ah (qandaraas leh ama ganacsi aad leedahay)</translation>
    </message>
    <message id="choices.formeel_informeel.informeel">
        <source>Informeel (zonder contract, bijvoorbeeld in familiebedrijf)</source>
        <translation type="unfinished">Aan rasmi ahayn (qandaraas la&apos;aan, tusaale ahaan ganacsi qoys)</translation>
    </message>
    <message id="choices.sectoren.bouw">
        <source>Bouw</source>
        <translation type="unfinished">Dhismaha</translation>
    </message>
    <message id="choices.sectoren.techniek">
        <source>Techniek en installatie</source>
        <translation type="unfinished">Farsamada iyo rakibidda</translation>
    </message>
    <message id="choices.sectoren.zorg">
        <source>Zorg en welzijn</source>
        <translation type="unfinished">Daryeelka iyo caafimaadka</translation>
    </message>
    <message id="choices.sectoren.onderwijs">
        <source>Onderwijs en kinderopvang</source>
        <translation type="unfinished">Waxbarashada iyo xanaanada carruurta</translation>
    </message>
    <message id="choices.sectoren.horeca">
        <source>Horeca en keuken</source>
        <translation type="unfinished">Maqaayadaha, hoteellada iyo jikada</translation>
    </message>
    <message id="choices.sectoren.schoonmaak">
        <source>Schoonmaak</source>
        <translation type="unfinished">Nadiifinta</translation>
    </message>
    <message id="choices.sectoren.logistiek">
        <source>Transport en logistiek</source>
        <translation type="unfinished">Gaadiidka iyo saadka</translation>
    </message>
    <message id="choices.sectoren.landbouw">
        <source>Landbouw, tuinbouw en groen</source>
        <translation type="unfinished">Beeraha, beerta iyo dhirta</translation>
    </message>
    <message id="choices.sectoren.handel">
        <source>Winkel en handel</source>
        <translation type="unfinished">Dukaanka iyo ganacsiga</translation>
    </message>
    <message id="choices.sectoren.administratie">
        <source>Administratie en kantoor</source>
        <translation type="unfinished">Maamulka iyo xafiiska</translation>
    </message>
    <message id="choices.sectoren.ict">
        <source>ICT</source>
        <translation type="unfinished">Teknolojiyadda macluumaadka (ICT)</translation>
    </message>
    <message id="choices.sectoren.productie">
        <source>Productie en fabriek</source>
        <translation type="unfinished">Wax-soo-saarka iyo warshadaha</translation>
    </message>
    <message id="choices.sectoren.kapper">
        <source>Kapper en schoonheid</source>
        <translation type="unfinished">Timo-jarista iyo qurxinta</translation>
    </message>
    <message id="choices.sectoren.textiel">
        <source>Kleding en naaien</source>
        <translation type="unfinished">Dharka iyo tolidda</translation>
    </message>
    <message id="choices.sectoren.voeding">
        <source>Bakkerij, slagerij en voeding</source>
        <translation type="unfinished">Rootiga, hilibka iyo cuntada</translation>
    </message>
    <message id="choices.sectoren.autotechniek">
        <source>Auto&apos;s en motoren</source>
        <translation type="unfinished">Baabuurta iyo mootooyinka</translation>
    </message>
    <message id="choices.sectoren.overig">
        <source>Anders</source>
        <translation type="unfinished">Kale</translation>
    </message>
    <message id="choices.werkvaardigheid4.1">
        <source>Nog lastig</source>
        <translation type="unfinished">Weli way adag tahay</translation>
    </message>
    <message id="choices.werkvaardigheid4.2">
        <source>Soms goed</source>
        <translation type="unfinished">Mararka qaar si fiican</translation>
    </message>
    <message id="choices.werkvaardigheid4.3">
        <source>Meestal goed</source>
        <translation type="unfinished">Badanaa si fiican</translation>
    </message>
    <message id="choices.werkvaardigheid4.4">
        <source>Goed</source>
        <translation type="unfinished">Si fiican</translation>
    </message>
    <message id="choices.situatie_werk.werkt">
        <source>Werkt nu</source>
        <translation type="unfinished">Hadda waan shaqeeyaa</translation>
    </message>
    <message id="choices.situatie_werk.zoekt">
        <source>Zoekt werk</source>
        <translation type="unfinished">Shaqo ayaan raadinayaa</translation>
    </message>
    <message id="choices.situatie_werk.niet_beschikbaar">
        <source>Nu niet beschikbaar</source>
        <translation type="unfinished">Hadda diyaar ma ihi</translation>
    </message>
    <message id="choices.nederlands_niveau.A0">
        <source>Nog geen Nederlands (A0)</source>
        <translation type="unfinished">Weli Af-Holandiis kuma hadlo (A0)</translation>
    </message>
    <message id="choices.nederlands_niveau.A1">
        <source>A1</source>
        <translation type="unfinished">A1: Af-Holandiis yar – erayo fudud iyo weedho gaagaaban</translation>
    </message>
    <message id="choices.nederlands_niveau.A2">
        <source>A2</source>
        <translation type="unfinished">A2: Af-Holandiis aasaasi ah – wada-hadal maalinle ah oo ku saabsan arrimo aad taqaannaan</translation>
    </message>
    <message id="choices.nederlands_niveau.B1plus">
        <source>B1 of hoger</source>
        <translation type="unfinished">B1 ama ka sarreeya: Af-Holandiis fiican – xaaladaha badankood waad la qabsan kartaan</translation>
    </message>
    <message id="choices.leerroute.b1">
        <source>B1-route</source>
        <translation type="unfinished">Jidka B1 (B1-route)</translation>
    </message>
    <message id="choices.leerroute.onderwijs">
        <source>Onderwijsroute</source>
        <translation type="unfinished">Jidka waxbarashada (onderwijsroute)</translation>
    </message>
    <message id="choices.leerroute.z">
        <source>Z-route (zelfredzaamheidsroute)</source>
        <translation type="unfinished">Jidka Z (jidka isku-filnaanshaha, zelfredzaamheidsroute)</translation>
    </message>
    <message id="choices.lbt_reden.zintuiglijke_beperking">
        <source>Zintuiglijke beperking (zien of horen)</source>
        <translation type="unfinished">Naafo dareen (aragga ama maqalka)</translation>
    </message>
    <message id="choices.lbt_reden.anders">
        <source>Andere reden</source>
        <translation type="unfinished">Sabab kale</translation>
    </message>
    <message id="choices.ingehouden_lasten.huur">
        <source>Huur</source>
        <translation type="unfinished">Kirada</translation>
    </message>
    <message id="choices.ingehouden_lasten.energie">
        <source>Energie</source>
        <translation type="unfinished">Tamarta (koronto iyo gaas)</translation>
    </message>
    <message id="choices.ingehouden_lasten.water">
        <source>Water</source>
        <translation type="unfinished">Biyaha</translation>
    </message>
    <message id="choices.ingehouden_lasten.zorgverzekering">
        <source>Zorgverzekering</source>
        <translation type="unfinished">Caymiska caafimaadka</translation>
    </message>
    <message id="choices.ingehouden_lasten.gemeentelijke_belastingen">
        <source>Gemeentelijke belastingen</source>
        <translation type="unfinished">Canshuuraha dowladda hoose</translation>
    </message>
    <message id="choices.ingehouden_lasten.overig">
        <source>Overige vaste lasten</source>
        <translation type="unfinished">Kharashyo joogto ah oo kale</translation>
    </message>
    <message id="choices.toeslagen.huurtoeslag">
        <source>Huurtoeslag</source>
        <translation type="unfinished">Kabitaanka kirada (huurtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.zorgtoeslag">
        <source>Zorgtoeslag</source>
        <translation type="unfinished">Kabitaanka caymiska caafimaadka (zorgtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.kinderopvangtoeslag">
        <source>Kinderopvangtoeslag</source>
        <translation type="unfinished">Kabitaanka xanaanada carruurta (kinderopvangtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.kindgebonden_budget">
        <source>Kindgebonden budget</source>
        <translation type="unfinished">Miisaaniyadda carruurta (kindgebonden budget)</translation>
    </message>
    <message id="choices.toeslagen.geen">
        <source>Geen toeslagen</source>
        <translation type="unfinished">Kabitaan ma jiro</translation>
    </message>
    <message id="choices.zrm5.1">
        <source>Acute problemen</source>
        <translation type="unfinished">Dhibaatooyin degdeg ah</translation>
    </message>
    <message id="choices.zrm5.2">
        <source>Niet zelfredzaam</source>
        <translation type="unfinished">Isku filan ma aha</translation>
    </message>
    <message id="choices.zrm5.3">
        <source>Beperkt zelfredzaam</source>
        <translation type="unfinished">Qayb ahaan isku filan</translation>
    </message>
    <message id="choices.zrm5.4">
        <source>Voldoende zelfredzaam</source>
        <translation type="unfinished">Ku filan isku-filnaansho</translation>
    </message>
    <message id="choices.zrm5.5">
        <source>Volledig zelfredzaam</source>
        <translation type="unfinished">Gebi ahaanba isku filan</translation>
    </message>
    <message id="choices.mb_organisatie.vluchtelingenwerk">
        <source>VluchtelingenWerk</source>
        <translation type="unfinished">VluchtelingenWerk (hay&apos;adda qaxootiga Nederland)</translation>
    </message>
    <message id="choices.mb_organisatie.gemeente">
        <source>De gemeente zelf</source>
        <translation type="unfinished">Dowladda hoose (gemeente) lafteeda</translation>
    </message>
    <message id="choices.mb_organisatie.andere_organisatie">
        <source>Andere organisatie</source>
        <translation type="unfinished">Hay&apos;ad kale</translation>
    </message>
    <message id="choices.contacten4.1">
        <source>Geen</source>
        <translation type="unfinished">Midna</translation>
    </message>
    <message id="choices.contacten4.2">
        <source>Weinig</source>
        <translation type="unfinished">Wax yar</translation>
    </message>
    <message id="choices.contacten4.3">
        <source>Een paar</source>
        <translation type="unfinished">Dhowr</translation>
    </message>
    <message id="choices.contacten4.4">
        <source>Veel</source>
        <translation type="unfinished">Badan</translation>
    </message>
    <message id="choices.hoofddoel.werk">
        <source>Werk</source>
        <translation type="unfinished">Shaqo</translation>
    </message>
    <message id="choices.hoofddoel.onderwijs">
        <source>Onderwijs</source>
        <translation type="unfinished">Waxbarasho</translation>
    </message>
    <message id="choices.hoofddoel.participatie">
        <source>Meedoen in de samenleving (participatie)</source>
        <translation type="unfinished">Ka qaybgalka bulshada (participatie)</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message id="theme.kennismaken">
        <source>Kennismaken</source>
        <extracomment>Getting to know each other</extracomment>
        <translation type="unfinished">Is-barasho</translation>
    </message>
    <message id="theme.werk">
        <source>Werk en ambities</source>
        <extracomment>Work and ambitions</extracomment>
        <translation type="unfinished">Shaqada iyo hiigsiga</translation>
    </message>
    <message id="theme.leren">
        <source>Leren en taal</source>
        <extracomment>Learning and language</extracomment>
        <translation type="unfinished">Waxbarashada iyo luqadda</translation>
    </message>
    <message id="theme.gezondheid">
        <source>Gezondheid en welzijn</source>
        <extracomment>Health and well-being</extracomment>
        <translation type="unfinished">Caafimaadka iyo ladnaanta</translation>
    </message>
    <message id="theme.netwerk">
        <source>Netwerk en vrije tijd</source>
        <extracomment>Network and free time</extracomment>
        <translation type="unfinished">Xiriirka bulshada iyo waqtiga firaaqada</translation>
    </message>
    <message id="theme.wonen">
        <source>Wonen, gezin en geldzaken</source>
        <extracomment>Home, family and money</extracomment>
        <translation type="unfinished">Guriga, qoyska iyo arrimaha lacagta</translation>
    </message>
    <message id="theme.toekomst">
        <source>Toekomst en afspraken</source>
        <extracomment>Future and agreements</extracomment>
        <translation type="unfinished">Mustaqbalka iyo heshiisyada</translation>
    </message>
    <message id="card.1">
        <source>Wat wil je dat ik over jou weet?</source>
        <extracomment>What would you like me to know about you?</extracomment>
        <translation type="unfinished">Maxaad jeclaan lahayd inaan kaa ogaado?</translation>
    </message>
    <message id="card.2">
        <source>Hoe ziet een gewone dag voor jou eruit?</source>
        <extracomment>What does an ordinary day look like for you?</extracomment>
        <translation type="unfinished">Sidee bay u egtahay maalin caadi ah oo adiga kuu ah?</translation>
    </message>
    <message id="card.3">
        <source>Waar ben je trots op?</source>
        <extracomment>What are you proud of?</extracomment>
        <translation type="unfinished">Maxaad ku faantaa?</translation>
    </message>
    <message id="card.4">
        <source>Hoe wil je dat ik je noem?</source>
        <extracomment>What would you like me to call you?</extracomment>
        <translation type="unfinished">Magacee ayaad jeclaan lahayd inaan kuugu yeero?</translation>
    </message>
    <message id="card.5">
        <source>Welke taal spreek je het liefst als het moeilijk wordt?</source>
        <extracomment>Which language do you prefer when things get difficult?</extracomment>
        <translation type="unfinished">Marka ay arrimuhu adkaadaan, luqaddee ayaad door bidaysaa inaad ku hadasho?</translation>
    </message>
    <message id="card.6">
        <source>Wat heb je al geleerd sinds je in Nederland bent?</source>
        <extracomment>What have you already learned since you came to the Netherlands?</extracomment>
        <translation type="unfinished">Maxaad baratay tan iyo markii aad timid Nederland?</translation>
    </message>
    <message id="card.7">
        <source>Wanneer is dit gesprek voor jou goed gegaan?</source>
        <extracomment>When will you feel this conversation went well?</extracomment>
        <translation type="unfinished">Goorma ayaad dareemi doontaa in wada-hadalkani si fiican kuugu dhacay?</translation>
    </message>
    <message id="card.8">
        <source>Welk werk heb je gedaan, betaald of onbetaald?</source>
        <extracomment>What work have you done, paid or unpaid?</extracomment>
        <translation type="unfinished">Shaqo noocee ah ayaad qabatay, mid lacag leh ama mid aan lacag lahayn?</translation>
    </message>
    <message id="card.9">
        <source>Wat kun je goed met je handen, met je hoofd of met mensen?</source>
        <extracomment>What are you good at: with your hands, your head, or with people?</extracomment>
        <translation type="unfinished">Maxaad ku fiican tahay: gacmahaaga, maskaxdaada mise dadka?</translation>
    </message>
    <message id="card.10">
        <source>Welk werk zou je over drie jaar willen doen?</source>
        <extracomment>What work would you like to do three years from now?</extracomment>
        <translation type="unfinished">Saddex sano kadib shaqo noocee ah ayaad jeclaan lahayd inaad qabato?</translation>
    </message>
    <message id="card.11">
        <source>Wat heb je nodig om dat werk te kunnen doen?</source>
        <extracomment>What do you need to be able to do that work?</extracomment>
        <translation type="unfinished">Maxaad u baahan tahay si aad shaqadaas u qabato?</translation>
    </message>
    <message id="card.12">
        <source>Welk werk wil je liever niet doen, en waarom?</source>
        <extracomment>What work would you rather not do, and why?</extracomment>
        <translation type="unfinished">Shaqo noocee ah ayaadan jeclayn inaad qabato, waayo?</translation>
    </message>
    <message id="card.13">
        <source>Wie kent er iemand die werkt in het vak dat jij leuk vindt?</source>
        <extracomment>Do you know anyone who works in the field you like?</extracomment>
        <translation type="unfinished">Ma taqaannaa qof ka shaqeeya xirfadda aad jeceshahay?</translation>
    </message>
    <message id="card.14">
        <source>Hoeveel uur per week kun je nu werken of meedoen?</source>
        <extracomment>How many hours a week can you work or take part right now?</extracomment>
        <translation type="unfinished">Hadda toddobaadkii immisa saacadood ayaad shaqayn kartaa ama ka qayb qaadan kartaa?</translation>
    </message>
    <message id="card.15">
        <source>Noem twee dingen waar je beter in wilt worden.</source>
        <extracomment>Name two things you want to get better at.</extracomment>
        <translation type="unfinished">Sheeg laba shay oo aad doonayso inaad ku horumarto.</translation>
    </message>
    <message id="card.16">
        <source>Hoe leer jij het makkelijkst: kijken, luisteren, doen of lezen?</source>
        <extracomment>How do you learn most easily: watching, listening, doing or reading?</extracomment>
        <translation type="unfinished">Sidee ayaad si fudud wax u barataa: daawasho, dhageysi, samayn mise akhris?</translation>
    </message>
    <message id="card.17">
        <source>Wat vond je vroeger op school leuk of moeilijk?</source>
        <extracomment>What did you like or find hard at school?</extracomment>
        <translation type="unfinished">Markii aad dugsiga dhiganaysay, maxaad jeclayd, maxaase kugu adkaa?</translation>
    </message>
    <message id="card.18">
        <source>Waar en met wie spreek je nu Nederlands?</source>
        <extracomment>Where, and with whom, do you speak Dutch now?</extracomment>
        <translation type="unfinished">Hadda xaggee iyo yaad kula hadashaa Af-Holandiiska?</translation>
    </message>
    <message id="card.19">
        <source>Wat maakt het leren van Nederlands soms lastig voor jou?</source>
        <extracomment>What sometimes makes learning Dutch hard for you?</extracomment>
        <translation type="unfinished">Maxaa mararka qaarkood kaa dhiga barashada Af-Holandiiska mid adag?</translation>
    </message>
    <message id="card.20">
        <source>Welke opleiding zou je nog willen volgen?</source>
        <extracomment>Which education or training would you still like to do?</extracomment>
        <translation type="unfinished">Waxbarasho ama tababar noocee ah ayaad weli jeclaan lahayd inaad qaadato?</translation>
    </message>
    <message id="card.21">
        <source>Hoe merk je dat je vooruit gaat?</source>
        <extracomment>How do you notice that you are making progress?</extracomment>
        <translation type="unfinished">Sidee ku ogaataa inaad horumar samaynayso?</translation>
    </message>
    <message id="card.22">
        <source>Hoe gaat het met je energie deze weken?</source>
        <extracomment>How is your energy these weeks? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Tamartaadu sidee tahay toddobaadyadan?</translation>
    </message>
    <message id="card.23">
        <source>Hoe slaap je de laatste tijd?</source>
        <extracomment>How have you been sleeping lately? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Sidee ayaad u seexanaysay muddadan dambe?</translation>
    </message>
    <message id="card.24">
        <source>Wat helpt jou als je je zorgen maakt?</source>
        <extracomment>What helps you when you are worried? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Maxaa ku caawiya marka aad welwelsan tahay?</translation>
    </message>
    <message id="card.25">
        <source>Is er iets met je gezondheid waar we rekening mee moeten houden bij lessen of werk?</source>
        <extracomment>Is there anything about your health we should take into account for lessons or work? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Ma jiraa wax caafimaadkaaga ku saabsan oo ay tahay inaan ku tixgelinno casharrada ama shaqada?</translation>
    </message>
    <message id="card.26">
        <source>Weet je bij wie je terecht kunt als je ziek bent?</source>
        <extracomment>Do you know where to go when you are ill? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Ma taqaannaa cidda aad u tagi karto marka aad jirato?</translation>
    </message>
    <message id="card.27">
        <source>Wat doe je om je goed te voelen?</source>
        <extracomment>What do you do to feel good? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Maxaad samaysaa si aad isu dareento fiicnaan?</translation>
    </message>
    <message id="card.28">
        <source>Is er iets waar je liever alleen, zonder familie erbij, over praat?</source>
        <extracomment>Is there anything you would rather discuss alone, without family present? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">Ma jiraa wax aad door bidayso inaad kaligaa ka hadasho, adigoo aan qoyskaagu joogin?</translation>
    </message>
    <message id="card.29">
        <source>Wie zijn de belangrijkste mensen om je heen?</source>
        <extracomment>Who are the most important people around you?</extracomment>
        <translation type="unfinished">Yaa ah dadka ugu muhiimsan ee kugu xeeran?</translation>
    </message>
    <message id="card.30">
        <source>Wie kun je bellen als je hulp nodig hebt?</source>
        <extracomment>Who can you call when you need help?</extracomment>
        <translation type="unfinished">Yaad wici kartaa marka aad caawimo u baahato?</translation>
    </message>
    <message id="card.31">
        <source>Wat doe je graag in je vrije tijd?</source>
        <extracomment>What do you like to do in your free time?</extracomment>
        <translation type="unfinished">Maxaad jeceshahay inaad samayso waqtigaaga firaaqada?</translation>
    </message>
    <message id="card.32">
        <source>Welke buren of mensen in de wijk ken je al?</source>
        <extracomment>Which neighbours or people in the neighbourhood do you already know?</extracomment>
        <translation type="unfinished">Deriska ama dadka xaafadda kuwee ayaad hore u taqaannaa?</translation>
    </message>
    <message id="card.33">
        <source>Zou je vrijwilligerswerk willen doen? Waarmee?</source>
        <extracomment>Would you like to do volunteer work? What kind?</extracomment>
        <translation type="unfinished">Ma jeclaan lahayd inaad qabato shaqo tabarruc ah? Nooceed?</translation>
    </message>
    <message id="card.34">
        <source>Welke sport of club zou je willen proberen?</source>
        <extracomment>Which sport or club would you like to try?</extracomment>
        <translation type="unfinished">Ciyaar ama naadi noocee ah ayaad jeclaan lahayd inaad isku daydo?</translation>
    </message>
    <message id="card.35">
        <source>Waar ontmoet je mensen die geen familie zijn?</source>
        <extracomment>Where do you meet people who are not family?</extracomment>
        <translation type="unfinished">Xaggee kula kulantaa dad aan qoyskaaga ahayn?</translation>
    </message>
    <message id="card.36">
        <source>Hoe bevalt je woning en je buurt?</source>
        <extracomment>How do you like your home and neighbourhood?</extracomment>
        <translation type="unfinished">Sidee kuula tahay gurigaaga iyo xaafaddaada?</translation>
    </message>
    <message id="card.37">
        <source>Welke brieven vind je moeilijk om te lezen of te begrijpen?</source>
        <extracomment>Which letters do you find hard to read or understand?</extracomment>
        <translation type="unfinished">Waraaqo noocee ah ayay kugu adag tahay inaad akhrido ama fahanto?</translation>
    </message>
    <message id="card.38">
        <source>Wie regelt bij jullie thuis de rekeningen?</source>
        <extracomment>Who takes care of the bills in your household?</extracomment>
        <translation type="unfinished">Gurigiinna yaa bixiya biilasha?</translation>
    </message>
    <message id="card.39">
        <source>Wat wil je zelf kunnen regelen als het ontzorgen stopt?</source>
        <extracomment>What do you want to be able to arrange yourself when ontzorgen ends?</extracomment>
        <translation type="unfinished">Marka ontzorgen (dowladda hoose oo bixisa kharashyadaada joogtada ah) dhammaado, maxaad rabtaa inaad adigu qabsan karto?</translation>
    </message>
    <message id="card.40">
        <source>Wat hebben je kinderen nodig om het goed te doen op school of de opvang?</source>
        <extracomment>What do your children need to do well at school or in childcare?</extracomment>
        <translation type="unfinished">Maxay carruurtaadu u baahan yihiin si ay ugu guulaystaan dugsiga ama xannaanada?</translation>
    </message>
    <message id="card.41">
        <source>Is er iemand in je gezin die extra zorg nodig heeft?</source>
        <extracomment>Is there anyone in your family who needs extra care?</extracomment>
        <translation type="unfinished">Ma jiraa qof qoyskaaga ka mid ah oo u baahan daryeel dheeri ah?</translation>
    </message>
    <message id="card.42">
        <source>Waar zou je meer over willen weten: geld, toeslagen of verzekeringen?</source>
        <extracomment>What would you like to know more about: money, allowances or insurance?</extracomment>
        <translation type="unfinished">Maxaad jeclaan lahayd inaad wax badan ka ogaato: lacagta, gargaarka (toeslagen) mise caymiska?</translation>
    </message>
    <message id="card.43">
        <source>Waar sta je over een jaar, als alles goed gaat?</source>
        <extracomment>Where will you be in a year if everything goes well?</extracomment>
        <translation type="unfinished">Hal sano kadib xaggee ayaad joogi doontaa, haddii wax walba si fiican u socdaan?</translation>
    </message>
    <message id="card.44">
        <source>Wat is de eerste kleine stap die je deze maand kunt zetten?</source>
        <extracomment>What first small step can you take this month?</extracomment>
        <translation type="unfinished">Waa maxay tallaabada ugu horreysa ee yar ee aad qaadi karto bishan?</translation>
    </message>
    <message id="card.45">
        <source>Wat kan ik of de gemeente doen om je te helpen?</source>
        <extracomment>What can I or the municipality do to help you?</extracomment>
        <translation type="unfinished">Maxaan aniga ama dowladda hoose samayn karnaa si aan kuu caawinno?</translation>
    </message>
    <message id="card.46">
        <source>Wat heb je geleerd sinds ons vorige gesprek?</source>
        <extracomment>What have you learned since our last conversation?</extracomment>
        <translation type="unfinished">Maxaad baratay tan iyo wada-hadalkeennii hore?</translation>
    </message>
    <message id="card.47">
        <source>Welke afspraak was moeilijk om na te komen, en waarom?</source>
        <extracomment>Which agreement was hard to keep, and why?</extracomment>
        <translation type="unfinished">Heshiiskee ayay kugu adkayd inaad oofiso, waayo?</translation>
    </message>
    <message id="card.48">
        <source>Wanneer ga je tevreden naar huis?</source>
        <extracomment>When do you go home satisfied?</extracomment>
        <translation type="unfinished">Goorma ayaad guriga ku laabataa adigoo ku qanacsan?</translation>
    </message>
    <message id="card.49">
        <source>Wie wil je vertellen over je plan?</source>
        <extracomment>Who would you like to tell about your plan?</extracomment>
        <translation type="unfinished">Yaad jeclaan lahayd inaad qorshahaaga u sheegto?</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message id="validation.required">
        <source>Dit veld is verplicht.</source>
        <translation type="unfinished">Goobtan waa qasab.</translation>
    </message>
    <message id="validation.type">
        <source>Dit antwoord heeft een onjuiste vorm.</source>
        <translation type="unfinished">Jawaabtan qaabkeedu waa khalad.</translation>
    </message>
    <message id="validation.too_long">
        <source>De tekst is te lang. Er zijn maximaal {max} tekens bewaard; de rest is weggelaten.</source>
        <translation type="unfinished">Qoraalku aad buu u dheer yahay. Ugu badnaan {max} xaraf ayaa la kaydiyay; inta kale waa laga saaray.</translation>
    </message>
    <message id="validation.chars_removed">
        <source>Onzichtbare stuurtekens zijn uit het antwoord verwijderd.</source>
        <translation type="unfinished">Calaamado kontorool oo aan muuqan ayaa jawaabta laga saaray.</translation>
    </message>
    <message id="validation.integer">
        <source>Vul een heel getal in, bijvoorbeeld 3.</source>
        <translation type="unfinished">Geli tiro dhan, tusaale ahaan 3.</translation>
    </message>
    <message id="validation.decimal">
        <source>Vul een getal in, bijvoorbeeld 2,5.</source>
        <translation type="unfinished">Geli tiro, tusaale ahaan 2,5.</translation>
    </message>
    <message id="validation.min">
        <source>De waarde moet minimaal {min} zijn.</source>
        <translation type="unfinished">Qiimuhu waa inuu ahaadaa ugu yaraan {min}.</translation>
    </message>
    <message id="validation.max">
        <source>De waarde mag hoogstens {max} zijn.</source>
        <translation type="unfinished">Qiimuhu waa inuusan ka badnaan {max}.</translation>
    </message>
    <message id="validation.date_format">
        <source>Vul een datum in als dd-mm-jjjj, bijvoorbeeld 03-02-2025.</source>
        <translation type="unfinished">Taariikhda u geli sida maalin-bil-sanad (dd-mm-jjjj), tusaale ahaan 03-02-2025.</translation>
    </message>
    <message id="validation.partial_date_format">
        <source>Vul een datum in als dd-mm-jjjj, mm-jjjj of alleen het jaar (jjjj).</source>
        <translation type="unfinished">Taariikhda u geli sida dd-mm-jjjj, mm-jjjj ama sanadka oo keliya (jjjj).</translation>
    </message>
    <message id="validation.date_impossible">
        <source>Deze datum bestaat niet.</source>
        <translation type="unfinished">Taariikhdani ma jirto.</translation>
    </message>
    <message id="validation.date_future">
        <source>Deze datum mag niet in de toekomst liggen.</source>
        <translation type="unfinished">Taariikhdani ma noqon karto mustaqbalka.</translation>
    </message>
    <message id="validation.date_too_old">
        <source>Deze datum ligt te ver in het verleden (voor {year}).</source>
        <translation type="unfinished">Taariikhdani aad bay u fog tahay (ka hor {year}).</translation>
    </message>
    <message id="validation.choice">
        <source>Kies een van de mogelijke antwoorden.</source>
        <translation type="unfinished">Dooro mid ka mid ah jawaabaha suurtogalka ah.</translation>
    </message>
    <message id="validation.choice_exclusive">
        <source>&apos;{choice}&apos; kan niet samen met andere antwoorden gekozen worden.</source>
        <translation type="unfinished">&apos;{choice}&apos; laguma dooran karo jawaabo kale.</translation>
    </message>
    <message id="validation.yesno">
        <source>Kies ja of nee.</source>
        <translation type="unfinished">Dooro haa ama maya.</translation>
    </message>
    <message id="validation.scale">
        <source>Kies een waarde van {min} tot en met {max}.</source>
        <translation type="unfinished">Dooro qiime u dhexeeya {min} ilaa {max}.</translation>
    </message>
    <message id="validation.bsn">
        <source>Dit BSN is niet geldig (de elfproef klopt niet).</source>
        <translation type="unfinished">BSN-kan ma saxna (tijaabada kow iyo tobanka ma saxna).</translation>
    </message>
    <message id="validation.bsn_length">
        <source>Een BSN bestaat uit 9 cijfers.</source>
        <translation type="unfinished">BSN wuxuu ka kooban yahay 9 lambar.</translation>
    </message>
    <message id="validation.vnummer">
        <source>Een V-nummer bestaat uit precies 10 cijfers.</source>
        <translation type="unfinished">Lambarka V (V-nummer) wuxuu ka kooban yahay 10 lambar oo keliya.</translation>
    </message>
    <message id="validation.postcode">
        <source>Vul een geldige postcode in: 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.</source>
        <translation type="unfinished">Geli koodh boosto oo sax ah: 4 lambar iyo 2 xaraf, tusaale ahaan 1234 AB.</translation>
    </message>
    <message id="validation.phone">
        <source>Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 20 1234567.</source>
        <translation type="unfinished">Geli lambar telefoon oo sax ah, tusaale ahaan 06 12345678 ama +31 20 1234567.</translation>
    </message>
    <message id="validation.email">
        <source>Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.</source>
        <translation type="unfinished">Geli ciwaan iimayl oo sax ah, tusaale ahaan naam@voorbeeld.nl.</translation>
    </message>
    <message id="validation.constraint">
        <source>Dit antwoord is niet toegestaan.</source>
        <translation type="unfinished">Jawaabtan lama oggola.</translation>
    </message>
    <message id="validation.readonly_office">
        <source>Dit gegeven komt van het kantoorsysteem (bijvoorbeeld DUO) en kan hier niet worden gewijzigd.</source>
        <translation type="unfinished">Xogtan waxay ka timaaddaa nidaamka xafiiska (tusaale ahaan DUO), halkanna lagama beddeli karo.</translation>
    </message>
    <message id="validation.calculated">
        <source>Dit veld wordt automatisch berekend.</source>
        <translation type="unfinished">Goobtan si toos ah ayaa loo xisaabiyaa.</translation>
    </message>
    <message id="validation.repeat_max">
        <source>Er kunnen maximaal {max} regels worden toegevoegd.</source>
        <translation type="unfinished">Ugu badnaan {max} saf ayaa lagu dari karaa.</translation>
    </message>
    <message id="validation.repeat_row">
        <source>Deze regel bestaat niet.</source>
        <translation type="unfinished">Safkani ma jiro.</translation>
    </message>
    <message id="validation.unknown_field">
        <source>Deze vraag bestaat niet in deze versie van het formulier.</source>
        <translation type="unfinished">Su&apos;aashani kuma jirto noocan foomka.</translation>
    </message>
</context>
<context>
    <name>selffill</name>
    <message id="selffill.next">
        <source>Volgende</source>
        <translation type="unfinished">Xiga</translation>
    </message>
    <message id="selffill.previous">
        <source>Vorige</source>
        <translation type="unfinished">Hore</translation>
    </message>
    <message id="selffill.done">
        <source>Klaar</source>
        <translation type="unfinished">Dhammaad</translation>
    </message>
    <message id="selffill.skip">
        <source>Sla over</source>
        <translation type="unfinished">Ka bood</translation>
    </message>
    <message id="selffill.section_progress">
        <source>Sectie {n} van {total}</source>
        <translation type="unfinished">Qaybta {n} ee {total}</translation>
    </message>
    <message id="selffill.return_laptop">
        <source>Geef de laptop terug aan de klantmanager</source>
        <translation type="unfinished">Fadlan kombiyuutarka ku celi la-taliyaha kiiskaaga</translation>
    </message>
    <message id="selffill.welcome">
        <source>Welkom. U kunt deze vragen zelf invullen, in uw eigen taal.</source>
        <translation type="unfinished">Soo dhawoow. Su&apos;aalahan adigu waad buuxin kartaa, adigoo isticmaalaya luqaddaada.</translation>
    </message>
    <message id="selffill.choose_language">
        <source>Kies uw taal</source>
        <translation type="unfinished">Dooro luqaddaada</translation>
    </message>
    <message id="selffill.no_wrong_answers">
        <source>Er zijn geen foute antwoorden.</source>
        <translation type="unfinished">Ma jiraan jawaabo khaldan.</translation>
    </message>
    <message id="selffill.skip_allowed">
        <source>U mag een vraag overslaan als u het antwoord niet weet.</source>
        <translation type="unfinished">Waad ka boodi kartaa su&apos;aal haddii aadan garanayn jawaabta.</translation>
    </message>
    <message id="selffill.answer_own_language">
        <source>U mag antwoorden in uw eigen taal.</source>
        <translation type="unfinished">Waxaad ku jawaabi kartaa luqaddaada.</translation>
    </message>
    <message id="selffill.saved">
        <source>Uw antwoorden zijn bewaard.</source>
        <translation type="unfinished">Jawaabahaaga waa la kaydiyay.</translation>
    </message>
    <message id="selffill.thanks">
        <source>Dank u wel!</source>
        <translation type="unfinished">Mahadsanid!</translation>
    </message>
    <message id="selffill.yes">
        <source>Ja</source>
        <translation type="unfinished">Haa</translation>
    </message>
    <message id="selffill.no">
        <source>Nee</source>
        <translation type="unfinished">Maya</translation>
    </message>
    <message id="selffill.unknown">
        <source>Weet ik niet</source>
        <translation type="unfinished">Ma garanayo</translation>
    </message>
    <message id="selffill.required">
        <source>Deze vraag is verplicht.</source>
        <translation type="unfinished">Su&apos;aashan waa qasab.</translation>
    </message>
    <message id="selffill.add_row">
        <source>Nog een toevoegen</source>
        <translation type="unfinished">Ku dar mid kale</translation>
    </message>
    <message id="selffill.remove_row">
        <source>Verwijderen</source>
        <translation type="unfinished">Tirtir</translation>
    </message>
    <message id="selffill.dutch_fallback">
        <source>Deze tekst is nog niet vertaald en staat in het Nederlands.</source>
        <translation type="unfinished">Qoraalkan weli lama turjumin, wuxuuna ku qoran yahay Af-Holandiis.</translation>
    </message>
    <message id="selffill.alone_reminder">
        <source>U mag deze vragen ook alleen beantwoorden, zonder familie erbij.</source>
        <translation type="unfinished">Su&apos;aalahan waxaad sidoo kale uga jawaabi kartaa adigoo kaligaa ah, iyadoo aan qoyskaagu joogin.</translation>
    </message>
    <message id="selffill.larger_text">
        <source>Grotere letters</source>
        <translation type="unfinished">Far waaweyn</translation>
    </message>
    <message id="selffill.question_progress">
        <source>Vraag {n} van {total}</source>
        <translation type="unfinished">Su&apos;aasha {n} ee {total}</translation>
    </message>
    <message id="selffill.all_saved">
        <source>Alle wijzigingen bewaard</source>
        <translation type="unfinished">Dhammaan isbeddellada waa la kaydiyay</translation>
    </message>
    <message id="selffill.not_saved_retry">
        <source>Nog niet bewaard. We proberen het zo opnieuw.</source>
        <translation type="unfinished">Weli lama kaydin. Dhawaan ayaan mar kale isku dayi doonnaa.</translation>
    </message>
    <message id="selffill.start">
        <source>Beginnen</source>
        <translation type="unfinished">Bilow</translation>
    </message>
    <message id="selffill.start_intro">
        <source>U krijgt vragen over:</source>
        <translation type="unfinished">Waxaa lagu weydiin doonaa su'aalo ku saabsan:</translation>
    </message>
    <message id="selffill.text_capped">
        <source>Dit antwoord mag niet langer zijn dan {n} tekens. De rest is weggelaten.</source>
        <translation type="unfinished">Jawaabtani kama badnaan karto {n} xaraf. Inta kale waa laga saaray.</translation>
    </message>
    <message id="selffill.listen">
        <source>Luisteren</source>
        <translation type="unfinished">Dhegeyso</translation>
    </message>
    <message id="selffill.computer_voice">
        <source>computerstem</source>
        <translation type="unfinished">cod kombiyuutar</translation>
    </message>
    <message id="selffill.audio_problem">
        <source>Het geluid kan nu niet worden afgespeeld. U kunt gewoon verder gaan.</source>
        <translation type="unfinished">Codka hadda lama shidi karo. Si caadi ah ayaad u sii wadi kartaan.</translation>
    </message>
    <message id="selffill.record">
        <source>Antwoord inspreken</source>
        <translation type="unfinished">Jawaabtiina cod ku duuba</translation>
    </message>
    <message id="selffill.stop_recording">
        <source>Stoppen</source>
        <translation type="unfinished">Jooji</translation>
    </message>
    <message id="selffill.play_recording">
        <source>Terugluisteren</source>
        <translation type="unfinished">Dib u dhegeyso</translation>
    </message>
    <message id="selffill.delete_recording">
        <source>Opname wissen</source>
        <translation type="unfinished">Tirtir duubista</translation>
    </message>
    <message id="selffill.recorded">
        <source>Uw gesproken antwoord is bewaard.</source>
        <translation type="unfinished">Jawaabtiinna codka ah waa la kaydiyay.</translation>
    </message>
    <message id="selffill.mic_problem">
        <source>De microfoon werkt niet. U kunt uw antwoord ook typen.</source>
        <translation type="unfinished">Makarafoonku ma shaqeynayo. Jawaabtiina waad qori kartaan sidoo kale.</translation>
    </message>
</context>
<context>
    <name>pip_summary</name>
    <message id="pip_summary.title">
        <source>Samenvatting van uw plan (concept)</source>
        <translation type="unfinished">Soo koobidda qorshahaaga (qabyo)</translation>
    </message>
    <message id="pip_summary.notice">
        <source>Dit is een concept. De gemeente heeft nog geen besluit genomen. De Nederlandse tekst is leidend.</source>
        <translation type="unfinished">Tani waa qabyo. Dowladda hoose weli go'aan ma gaarin. Qoraalka Af-Holandiiska ayaa ah kan rasmiga ah.</translation>
    </message>
    <message id="pip_summary.route_b1">
        <source>Uw leerroute is de B1-route. U leert Nederlands tot niveau {level}.</source>
        <translation type="unfinished">Waddadaada waxbarashadu waa waddada B1. Waxaad baran doontaa luqadda Af-Holandiiska ilaa heerka {level}.</translation>
    </message>
    <message id="pip_summary.route_onderwijs">
        <source>Uw leerroute is de onderwijsroute. U volgt een schakeltraject naar een opleiding in Nederland.</source>
        <translation type="unfinished">Jidkaaga waxbarashadu waa jidka waxbarashada (onderwijsroute). Waxaad qaadan doontaa barnaamij isku-xir ah oo loogu talagalay waxbarasho Nederland.</translation>
    </message>
    <message id="pip_summary.route_z">
        <source>Uw leerroute is de zelfredzaamheidsroute (Z-route). U leert Nederlands en doet mee in de samenleving.</source>
        <translation type="unfinished">Waddadaada waxbarashadu waa waddada isku-filnaanshaha (waddada Z). Waxaad baran doontaa Af-Holandiiska waxaadna ka qayb qaadan doontaa bulshada.</translation>
    </message>
    <message id="pip_summary.route_none">
        <source>Uw leerroute is nog niet gekozen. Dat bespreken wij samen.</source>
        <translation type="unfinished">Waddadaada waxbarashada weli lama dooran. Arrintan waan wada hadli doonnaa.</translation>
    </message>
    <message id="pip_summary.termijn_known">
        <source>U heeft tot {date} om uw inburgering af te ronden.</source>
        <translation type="unfinished">Waxaad haysataa ilaa {date} si aad u dhammaystirto isdhexgalkaaga.</translation>
    </message>
    <message id="pip_summary.termijn_unknown">
        <source>U heeft drie jaar om uw inburgering af te ronden. De termijn begint op de dag na het besluit over dit plan.</source>
        <translation type="unfinished">Waxaad haysataa saddex sano si aad u dhammaystirto isdhexgalkaaga. Muddadani waxay bilaabataa maalinta ka dambeysa go'aanka qorshahan.</translation>
    </message>
    <message id="pip_summary.lessons">
        <source>U krijgt {hours} uur per week Nederlandse les.</source>
        <translation type="unfinished">Toddobaadkii waxaad heli doontaa {hours} saacadood oo casharro Af-Holandiis ah.</translation>
    </message>
    <message id="pip_summary.knm">
        <source>U leert over de Nederlandse samenleving (KNM).</source>
        <translation type="unfinished">Waxaad wax ka baran doontaa bulshada Nederland (KNM).</translation>
    </message>
    <message id="pip_summary.pvt">
        <source>U volgt het participatieverklaringstraject (PVT) van minstens 12 uur.</source>
        <translation type="unfinished">Waxaad qaadan doontaa barnaamijka bayaanka ka-qaybgalka (PVT) ugu yaraan 12 saacadood.</translation>
    </message>
    <message id="pip_summary.map">
        <source>U volgt de Module Arbeidsmarkt en Participatie (MAP) over werk in Nederland.</source>
        <translation type="unfinished">Waxaad qaadan doontaa qaybta Suuqa Shaqada iyo Ka-qaybgalka (MAP) oo ku saabsan shaqada Nederland.</translation>
    </message>
    <message id="pip_summary.ontzorgen">
        <source>De gemeente betaalt uw vaste lasten ({costs}) rechtstreeks van {start} tot {end}.</source>
        <translation type="unfinished">Dowladda hoose waxay si toos ah u bixisaa kharashyadaada joogtada ah ({costs}) laga bilaabo {start} ilaa {end}.</translation>
    </message>
    <message id="pip_summary.ontzorgen_nodates">
        <source>De eerste maanden betaalt de gemeente uw vaste lasten ({costs}) rechtstreeks.</source>
        <translation type="unfinished">Bilaha ugu horreeya, dowladda hoose waxay si toos ah u bixisaa kharashyadaada joogtada ah ({costs}).</translation>
    </message>
    <message id="pip_summary.mb">
        <source>U krijgt hulp van {organisation} (maatschappelijke begeleiding).</source>
        <translation type="unfinished">Waxaad caawimaad ka heli doontaa {organisation} (hagidda bulshada).</translation>
    </message>
    <message id="pip_summary.childcare">
        <source>Kinderopvang is nodig. Wij helpen u om dit te regelen.</source>
        <translation type="unfinished">Daryeelka carruurta ayaa loo baahan yahay. Waan kaa caawin doonnaa inaad diyaariso.</translation>
    </message>
    <message id="pip_summary.progress">
        <source>Wij spreken elkaar regelmatig om te bespreken hoe het gaat. Het eerste gesprek is op {date}.</source>
        <translation type="unfinished">Si joogto ah ayaan u kulmi doonnaa si aan uga hadalno sida ay wax u socdaan. Kulanka ugu horreeya wuxuu dhacayaa {date}.</translation>
    </message>
    <message id="pip_summary.progress_nodate">
        <source>Wij spreken elkaar regelmatig om te bespreken hoe het gaat.</source>
        <translation type="unfinished">Si joogto ah ayaan u kulmi doonnaa si aan uga hadalno sida ay wax u socdaan.</translation>
    </message>
    <message id="pip_summary.contact">
        <source>Heeft u vragen? Neem contact op met uw klantmanager: {name}, telefoon {phone}.</source>
        <translation type="unfinished">Ma qabtaa su'aalo? La xiriir la-taliyaha kiiskaaga (klantmanager): {name}, telefoon {phone}.</translation>
    </message>
    <message id="pip_summary.unreviewed_note">
        <source>Let op: de vertaling op deze pagina is nog niet gecontroleerd door een beëdigd vertaler. Bij twijfel geldt de Nederlandse tekst.</source>
        <translation type="unfinished">Fiiro gaar ah: turjumaadda boggan weli ma hubin turjumaan la dhaariyay. Haddii aad shaki ka qabtaan, qoraalka Af-Holandiiska ayaa la raacayaa.</translation>
    </message>
    <message id="pip_summary.cost.huur">
        <source>huur</source>
        <translation type="unfinished">kirada</translation>
    </message>
    <message id="pip_summary.cost.energie">
        <source>energie</source>
        <translation type="unfinished">tamarta</translation>
    </message>
    <message id="pip_summary.cost.water">
        <source>water</source>
        <translation type="unfinished">biyaha</translation>
    </message>
    <message id="pip_summary.cost.zorgverzekering">
        <source>zorgverzekering</source>
        <translation type="unfinished">caymiska caafimaadka</translation>
    </message>
</context>
</TS>
