<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps_AF" sourcelanguage="nl">
<context>
    <name>brede-intake</name>
    <message id="form.title">
        <source>Brede intake inburgering</source>
        <translation type="unfinished">د ټولنې سره د یوځای کېدو هراړخیزه مرکه (Brede intake inburgering)</translation>
    </message>
    <message id="section.A.title">
        <source>Administratie en persoonsgegevens</source>
        <translation type="unfinished">اداري چارې او شخصي معلومات</translation>
    </message>
    <message id="section.A.intro">
        <source>Gegevens over de persoon, het verblijf en dit gesprek. Neem namen en datums over zoals ze in de BRP of op de verblijfsvergunning staan.</source>
        <translation type="unfinished">د کس، اوسېدو او دې مرکې په اړه معلومات. نومونه او نېټې هماغسې ولیکئ لکه څنګه چې د وګړو په ثبت (BRP) یا د اوسېدو په اجازه‌لیک کې لیکل شوي دي.</translation>
    </message>
    <message id="field.info_recht_zonder_partner.info">
        <source>De klant heeft recht op een gesprek zonder partner, familielid of andere persoon erbij. Vertel dit aan het begin van het gesprek. Bied zo nodig een apart gesprek aan.</source>
        <translation type="unfinished">مراجعه کوونکی حق لري چې له مېړه، مېرمنې، خپلوان یا بل کس پرته مرکه وکړي. دا د مرکې په پیل کې ورته ووایاست. که اړتیا وي، جلا مرکه وړاندې کړئ.</translation>
    </message>
    <message id="field.info_recht_gesprek_zonder_partner_gegeven.label">
        <source>Is de klant verteld dat hij of zij recht heeft op een gesprek zonder partner of andere persoon erbij?</source>
        <translation type="unfinished">آیا مراجعه کوونکي ته ویل شوي چې هغه حق لري له مېړه، مېرمنې یا بل کس پرته مرکه وکړي؟</translation>
    </message>
    <message id="field.info_recht_gesprek_zonder_partner_gegeven.constraint">
        <source>Dit is een wettelijke informatieplicht. Vertel de klant over dit recht en kies daarna &apos;Ja&apos;.</source>
        <translation type="unfinished">دا د معلوماتو ورکولو قانوني مکلفیت دی. مراجعه کوونکي ته د دې حق په اړه ووایاست او بیا «هو» وټاکئ.</translation>
    </message>
    <message id="field.bsn.label">
        <source>BSN</source>
        <translation type="unfinished">د اتباعو د خدماتو شمېره (BSN)</translation>
    </message>
    <message id="field.bsn.hint">
        <source>Burgerservicenummer, 9 cijfers.</source>
        <translation type="unfinished">د اتباعو د خدماتو شمېره (Burgerservicenummer)، 9 عددونه.</translation>
    </message>
    <message id="field.v_nummer.label">
        <source>V-nummer</source>
        <translation type="unfinished">V شمېره (V-nummer)</translation>
    </message>
    <message id="field.v_nummer.hint">
        <source>10 cijfers, staat op de achterkant van de verblijfsvergunning na &apos;V-NR.&apos;.</source>
        <translation type="unfinished">10 عددونه، د اوسېدو د اجازه‌لیک شاته د «V-NR.» وروسته لیکل شوي.</translation>
    </message>
    <message id="field.geslachtsnaam.label">
        <source>Achternaam</source>
        <translation type="unfinished">تخلص (د کورنۍ نوم)</translation>
    </message>
    <message id="field.geslachtsnaam.hint">
        <source>Precies zoals in de BRP of op de verblijfsvergunning.</source>
        <translation type="unfinished">دقیقاً لکه څنګه چې د وګړو په ثبت (BRP) یا د اوسېدو په اجازه‌لیک کې دي.</translation>
    </message>
    <message id="field.voorvoegsel.label">
        <source>Tussenvoegsel</source>
        <translation type="unfinished">د تخلص مختاړی (tussenvoegsel، لکه van یا de)</translation>
    </message>
    <message id="field.voornamen.label">
        <source>Voornamen</source>
        <translation type="unfinished">نومونه</translation>
    </message>
    <message id="field.voornamen.hint">
        <source>Alle voornamen, zoals in de BRP.</source>
        <translation type="unfinished">ټول نومونه، لکه څنګه چې د وګړو په ثبت (BRP) کې دي.</translation>
    </message>
    <message id="field.geboortedatum.label">
        <source>Geboortedatum</source>
        <translation type="unfinished">د زېږون نېټه</translation>
    </message>
    <message id="field.geboortedatum.hint">
        <source>Dag of maand onbekend? Vul dan alleen maand en jaar (mm-jjjj) of alleen het jaar in.</source>
        <translation type="unfinished">ورځ یا میاشت نامعلومه ده؟ نو یوازې میاشت او کال (mm-jjjj) یا یوازې کال ولیکئ.</translation>
    </message>
    <message id="field.geboortedatum.constraint">
        <source>Controleer de geboortedatum: de leeftijd is meer dan 120 jaar.</source>
        <translation type="unfinished">د زېږون نېټه وګورئ: عمر له 120 کلونو زیات دی.</translation>
    </message>
    <message id="field.leeftijd.label">
        <source>Leeftijd (berekend)</source>
        <translation type="unfinished">عمر (حساب شوی)</translation>
    </message>
    <message id="field.leeftijd.hint">
        <source>Bij een onbekende dag of maand wordt gerekend met 1 januari.</source>
        <translation type="unfinished">که ورځ یا میاشت نامعلومه وي، 1 جنوري حسابېږي.</translation>
    </message>
    <message id="field.geslacht.label">
        <source>Geslacht</source>
        <translation type="unfinished">جنسیت</translation>
    </message>
    <message id="field.nationaliteit.label">
        <source>Nationaliteit</source>
        <translation type="unfinished">تابعیت</translation>
    </message>
    <message id="field.geboorteland.label">
        <source>Geboorteland</source>
        <translation type="unfinished">د زېږون هېواد</translation>
    </message>
    <message id="field.doelgroep.label">
        <source>Doelgroep</source>
        <translation type="unfinished">موخه ډله</translation>
    </message>
    <message id="field.doelgroep.hint">
        <source>Bepaalt onder meer maatschappelijke begeleiding, ontzorgen en de uren van de Z-route.</source>
        <translation type="unfinished">د نورو شیانو ترڅنګ ټولنیز ملاتړ، د لګښتونو مدیریت (ontzorgen) او د Z لارې ساعتونه ټاکي.</translation>
    </message>
    <message id="field.gedetailleerde_doelgroep.label">
        <source>Gedetailleerde doelgroep</source>
        <translation type="unfinished">موخه ډله (جزئیات)</translation>
    </message>
    <message id="field.datum_verblijfsvergunning.label">
        <source>Datum verblijfsvergunning</source>
        <translation type="unfinished">د اوسېدو د اجازه‌لیک نېټه</translation>
    </message>
    <message id="field.soort_verblijfsvergunning.label">
        <source>Soort verblijfsvergunning</source>
        <translation type="unfinished">د اوسېدو د اجازه‌لیک ډول</translation>
    </message>
    <message id="field.datum_start_inburgeringsplicht.label">
        <source>Start inburgeringsplicht</source>
        <translation type="unfinished">د ټولنې سره د یوځای کېدو د مکلفیت (inburgeringsplicht) پیل</translation>
    </message>
    <message id="field.datum_start_inburgeringsplicht.hint">
        <source>Komt uit het kantoorsysteem (DUO).</source>
        <translation type="unfinished">د دفتر له سیستم (DUO) څخه راځي.</translation>
    </message>
    <message id="field.datum_kennisgeving_duo.label">
        <source>Datum kennisgeving DUO</source>
        <translation type="unfinished">د DUO (د زده کړو اجرايي اداره) د خبرتیا نېټه</translation>
    </message>
    <message id="field.datum_kennisgeving_duo.hint">
        <source>Komt uit het kantoorsysteem. De termijn voor het PIP (10 weken) loopt vanaf deze datum.</source>
        <translation type="unfinished">د دفتر له سیستم څخه راځي. د PIP موده (10 اونۍ) له همدې نېټې پیلېږي.</translation>
    </message>
    <message id="field.datum_koppeling.label">
        <source>Datum koppeling door COA</source>
        <translation type="unfinished">د COA (د پناه غوښتونکو د منلو مرکزي اداره) لخوا د نښلولو نېټه</translation>
    </message>
    <message id="field.coa_locatie.label">
        <source>COA-locatie (azc)</source>
        <translation type="unfinished">د COA ځای (د پناه غوښتونکو کمپ، azc)</translation>
    </message>
    <message id="field.telefoon_azc.label">
        <source>Telefoonnummer azc</source>
        <translation type="unfinished">د کمپ (azc) د ټیلیفون شمېره</translation>
    </message>
    <message id="field.email_azc.label">
        <source>E-mailadres azc</source>
        <translation type="unfinished">د کمپ (azc) برېښنالیک پته</translation>
    </message>
    <message id="field.adres_postcode.label">
        <source>Postcode</source>
        <translation type="unfinished">پوستي کوډ</translation>
    </message>
    <message id="field.adres_postcode.hint">
        <source>Bijvoorbeeld 1234 AB.</source>
        <translation type="unfinished">د بېلګې په توګه 1234 AB.</translation>
    </message>
    <message id="field.huisnummer.label">
        <source>Huisnummer</source>
        <translation type="unfinished">د کور نمبر</translation>
    </message>
    <message id="field.huisnummer.constraint">
        <source>Vul alleen het huisnummer in; een toevoeging komt in het volgende veld.</source>
        <translation type="unfinished">یوازې د کور نمبر ولیکئ؛ ضمیمه په بل ځای کې لیکل کېږي.</translation>
    </message>
    <message id="field.toevoeging.label">
        <source>Toevoeging</source>
        <translation type="unfinished">د کور نمبر ضمیمه</translation>
    </message>
    <message id="field.telefoon.label">
        <source>Telefoonnummer</source>
        <translation type="unfinished">د ټیلیفون شمېره</translation>
    </message>
    <message id="field.telefoon.hint">
        <source>Bijvoorbeeld 06 12345678.</source>
        <translation type="unfinished">د بېلګې په توګه 06 12345678.</translation>
    </message>
    <message id="field.email.label">
        <source>E-mailadres</source>
        <translation type="unfinished">برېښنالیک پته</translation>
    </message>
    <message id="field.digid_aangevraagd.label">
        <source>Is een DigiD aangevraagd?</source>
        <translation type="unfinished">آیا ډیجیټلي پېژندنه (DigiD) غوښتل شوې ده؟</translation>
    </message>
    <message id="field.rijbewijs.label">
        <source>Heeft de klant een rijbewijs?</source>
        <translation type="unfinished">آیا مراجعه کوونکی د موټر چلولو جواز لري؟</translation>
    </message>
    <message id="field.land_rijbewijs.label">
        <source>In welk land is het rijbewijs gehaald?</source>
        <translation type="unfinished">د موټر چلولو جواز په کوم هېواد کې اخیستل شوی؟</translation>
    </message>
    <message id="field.gesprekstaal.label">
        <source>Taal van het gesprek</source>
        <translation type="unfinished">د مرکې ژبه</translation>
    </message>
    <message id="field.tolk_ingezet.label">
        <source>Is er een tolk ingezet?</source>
        <translation type="unfinished">آیا ژباړونکی کارول شوی؟</translation>
    </message>
    <message id="field.tolk_type.label">
        <source>Soort tolk</source>
        <translation type="unfinished">د ژباړونکي ډول</translation>
    </message>
    <message id="field.info_tolk_familielid.info">
        <source>Een familielid of kennis als tolk wordt afgeraden: de klant praat dan minder vrij en de vertaling is niet altijd juist. Gebruik bij voorkeur een professionele tolk.</source>
        <translation type="unfinished">د کورنۍ غړي یا پېژندګلوي د ژباړونکي په توګه کارول نه سپارښتل کېږي: مراجعه کوونکی بیا لږ آزاد خبرې کوي او ژباړه تل سمه نه وي. غوره ده چې مسلکي ژباړونکی وکاروئ.</translation>
    </message>
    <message id="field.gesprekslocatie.label">
        <source>Waar vindt het gesprek plaats?</source>
        <translation type="unfinished">مرکه چېرته کېږي؟</translation>
    </message>
    <message id="field.privacyverklaring_uitgereikt.label">
        <source>Is de privacyverklaring uitgereikt?</source>
        <translation type="unfinished">آیا د محرمیت اعلامیه ورکړل شوې ده؟</translation>
    </message>
    <message id="field.privacyverklaring_uitgereikt.hint">
        <source>De gemeente moet vertellen welke gegevens zij gebruikt en waarom (AVG artikel 13).</source>
        <translation type="unfinished">ښاروالي باید ووایي چې کوم معلومات کاروي او ولې (AVG، 13مه ماده).</translation>
    </message>
    <message id="field.privacyverklaring_taal.label">
        <source>In welke taal is de privacyverklaring uitgereikt?</source>
        <translation type="unfinished">د محرمیت اعلامیه په کومه ژبه ورکړل شوې ده؟</translation>
    </message>
    <message id="section.B.title">
        <source>Gezin en persoonlijke situatie</source>
        <translation type="unfinished">کورنۍ او شخصي وضعیت</translation>
    </message>
    <message id="section.B.intro">
        <source>Vragen over uw gezin, de mensen met wie u woont en uw woning.</source>
        <translation type="unfinished">ستاسو د کورنۍ، هغو کسانو چې تاسو ورسره اوسېږئ، او ستاسو د کور په اړه پوښتنې.</translation>
    </message>
    <message id="field.burgerlijke_staat.label">
        <source>Wat is uw burgerlijke staat?</source>
        <translation type="unfinished">ستاسو مدني حالت (د واده وضعیت) څه دی؟</translation>
    </message>
    <message id="field.huishouden.label">
        <source>Gezinsleden</source>
        <translation type="unfinished">د کورنۍ غړي</translation>
    </message>
    <message id="field.huishouden.hint">
        <source>Voeg een regel toe voor iedere partner, elk kind en ieder ander gezinslid. Ook gezinsleden die nog niet in Nederland zijn.</source>
        <translation type="unfinished">د هر مېړه یا مېرمنې، هر ماشوم او د کورنۍ د هر بل غړي لپاره یوه کرښه زیاته کړئ. هغه غړي هم چې لا تر اوسه هالنډ کې نه دي.</translation>
    </message>
    <message id="field.relatie.label">
        <source>Wie is dit?</source>
        <translation type="unfinished">دا څوک دی؟</translation>
    </message>
    <message id="field.geboortejaar.label">
        <source>Geboortejaar</source>
        <translation type="unfinished">د زېږون کال</translation>
    </message>
    <message id="field.geboortejaar.constraint">
        <source>Het geboortejaar ligt in de toekomst.</source>
        <translation type="unfinished">د زېږون کال په راتلونکي کې دی.</translation>
    </message>
    <message id="field.woont_in_nl.label">
        <source>Woont deze persoon in Nederland?</source>
        <translation type="unfinished">آیا دا کس په هالنډ کې اوسېږي؟</translation>
    </message>
    <message id="field.nareis_verwacht.label">
        <source>Komt deze persoon naar Nederland (nareis)?</source>
        <translation type="unfinished">آیا دا کس هالنډ ته راځي (له کورنۍ سره یوځای کېدل، nareis)؟</translation>
    </message>
    <message id="field.aantal_gezinsleden.label">
        <source>Aantal gezinsleden (berekend)</source>
        <translation type="unfinished">د کورنۍ د غړو شمېر (حساب شوی)</translation>
    </message>
    <message id="field.kinderen_0_4.label">
        <source>Hoeveel kinderen van 0 tot 4 jaar heeft u?</source>
        <translation type="unfinished">تاسو د ۰ څخه تر ۴ کلنۍ پورې څو ماشومان لرئ؟</translation>
    </message>
    <message id="field.kinderen_0_4.hint">
        <source>Vul 0 in als u geen jonge kinderen heeft.</source>
        <translation type="unfinished">که کوچني ماشومان نه لرئ، 0 ولیکئ.</translation>
    </message>
    <message id="field.info_vve.info">
        <source>Jonge kinderen kunnen naar voorschoolse educatie (vve): een peuteropvang waar kinderen spelenderwijs Nederlands leren. Vertel de ouders wat vve is, hoe zij hun kind kunnen aanmelden en wat het kost. De gemeente is verplicht dit te vertellen.</source>
        <translation type="unfinished">کوچني ماشومان کولی شي د ښوونځي څخه مخکې زده کړو (vve) ته لاړ شي: دا یو وړکتون دی چېرې چې ماشومان د لوبو له لارې هالنډي ژبه زده کوي. مور او پلار ته ووایاست چې vve څه شی دی، څنګه کولی شي خپل ماشوم ثبت کړي او څومره لګښت لري. ښاروالۍ (gemeente) مکلفه ده چې دا معلومات ورکړي.</translation>
    </message>
    <message id="field.vve_info_gegeven.label">
        <source>Is informatie over voorschoolse educatie (vve) gegeven?</source>
        <translation type="unfinished">آیا د ښوونځي څخه مخکې زده کړو (vve) په اړه معلومات ورکړل شوي؟</translation>
    </message>
    <message id="field.vve_info_gegeven.constraint">
        <source>Dit is een wettelijke informatieplicht voor ouders van jonge kinderen. Geef de informatie en kies daarna &apos;Ja&apos;.</source>
        <translation type="unfinished">دا د کوچنیو ماشومانو د مور او پلار لپاره د معلوماتو ورکولو قانوني مکلفیت دی. معلومات ورکړئ او بیا «هو» وټاکئ.</translation>
    </message>
    <message id="field.kinderopvang_nodig.label">
        <source>Heeft u kinderopvang nodig om naar de taalles of naar werk te gaan?</source>
        <translation type="unfinished">آیا د ژبې ټولګي یا کار ته د تګ لپاره د ماشوم ساتنې (وړکتون) ته اړتیا لرئ؟</translation>
    </message>
    <message id="field.kinderopvang_toelichting.label">
        <source>Welke opvang heeft u nodig?</source>
        <translation type="unfinished">تاسو څه ډول ماشوم ساتنې ته اړتیا لرئ؟</translation>
    </message>
    <message id="field.zorgtaken.label">
        <source>Zorgt u voor iemand in uw gezin of familie?</source>
        <translation type="unfinished">آیا تاسو په خپله کورنۍ یا خپلوانو کې د چا پالنه کوئ؟</translation>
    </message>
    <message id="field.gezinshereniging_lopend.label">
        <source>Loopt er een aanvraag voor gezinshereniging?</source>
        <translation type="unfinished">آیا د کورنۍ د یوځای کېدو (gezinshereniging) غوښتنلیک روان دی؟</translation>
    </message>
    <message id="field.woonsituatie.label">
        <source>Waar woont u nu?</source>
        <translation type="unfinished">تاسو اوس چېرته اوسېږئ؟</translation>
    </message>
    <message id="section.C.title">
        <source>Gezondheid</source>
        <translation type="unfinished">روغتیا</translation>
    </message>
    <message id="section.C.intro">
        <source>Bijzonder persoonsgegeven. Vraag alleen wat nodig is voor de keuze van de leerroute en het plan. Noteer geen diagnoses en geen medische details.</source>
        <translation type="unfinished">حساس شخصي معلومات. یوازې هغه څه وپوښتئ چې د زده کړې لارې او پلان د ټاکلو لپاره اړین دي. هېڅ تشخیص یا طبي جزئیات مه لیکئ.</translation>
    </message>
    <message id="field.ervaren_gezondheid.label">
        <source>Hoe ervaart de klant de eigen gezondheid?</source>
        <translation type="unfinished">مراجعه کوونکی خپله روغتیا څنګه ارزوي؟</translation>
    </message>
    <message id="field.lichamelijke_beperkingen_leren.label">
        <source>Zijn er lichamelijke klachten die het leren moeilijker maken?</source>
        <translation type="unfinished">آیا داسې جسمي ستونزې شته چې زده کړه ستونزمنه کوي؟</translation>
    </message>
    <message id="field.lichamelijke_beperkingen_leren.hint">
        <source>Van belang voor de leerbaarheidstoets en de leerroute.</source>
        <translation type="unfinished">د زده کړې د وړتیا ازموینې او د زده کړې لارې لپاره مهم دی.</translation>
    </message>
    <message id="field.psychische_belasting_signaal.label">
        <source>Signalen van psychische belasting (stress, slapen, concentratie)</source>
        <translation type="unfinished">د رواني فشار نښې (فشار، خوب، تمرکز)</translation>
    </message>
    <message id="field.psychische_belasting_toelichting.label">
        <source>Wat merkt u?</source>
        <translation type="unfinished">تاسو څه ګورئ؟</translation>
    </message>
    <message id="field.psychische_belasting_toelichting.hint">
        <source>Beschrijf wat u ziet of hoort (bijvoorbeeld slecht slapen of moeite met concentreren). Geen diagnoses.</source>
        <translation type="unfinished">هغه څه تشریح کړئ چې ګورئ یا یې اورئ (د بېلګې په توګه بد خوب یا په تمرکز کې ستونزه). تشخیص مه لیکئ.</translation>
    </message>
    <message id="field.belastbaarheid_uren_per_week.label">
        <source>Hoeveel uur per week kan de klant les volgen of meedoen?</source>
        <translation type="unfinished">مراجعه کوونکی په اونۍ کې څو ساعته درس لوستلی یا ګډون کولی شي؟</translation>
    </message>
    <message id="field.belastbaarheid_uren_per_week.hint">
        <source>Gebruikt voor de intensiteit van het plan (PIP).</source>
        <translation type="unfinished">د پلان (PIP) د شدت لپاره کارول کېږي.</translation>
    </message>
    <message id="field.huisarts_ingeschreven.label">
        <source>Is de klant ingeschreven bij een huisarts?</source>
        <translation type="unfinished">آیا مراجعه کوونکی د کورنۍ له ډاکټر (huisarts) سره ثبت شوی دی؟</translation>
    </message>
    <message id="field.zwanger_of_recent_bevallen.label">
        <source>Is de klant zwanger of onlangs bevallen?</source>
        <translation type="unfinished">آیا مراجعه کوونکې امېندواره ده یا یې پدې وروستیو کې ماشوم زېږولی دی؟</translation>
    </message>
    <message id="field.zwanger_of_recent_bevallen.hint">
        <source>Kan een reden zijn voor extra tijd.</source>
        <translation type="unfinished">کېدای شي د اضافي وخت لپاره دلیل وي.</translation>
    </message>
    <message id="field.doorverwijzing.label">
        <source>Doorverwijzing</source>
        <translation type="unfinished">لېږل (راجع کول)</translation>
    </message>
    <message id="field.toestemming_info_opvragen_arts.label">
        <source>Heeft de klant toestemming gegeven om informatie op te vragen bij een arts?</source>
        <translation type="unfinished">آیا مراجعه کوونکي اجازه ورکړې چې له ډاکټر څخه معلومات وغوښتل شي؟</translation>
    </message>
    <message id="field.toestemming_info_opvragen_arts.hint">
        <source>Alleen met uitdrukkelijke toestemming van de klant.</source>
        <translation type="unfinished">یوازې د مراجعه کوونکي په ښکاره اجازه.</translation>
    </message>
    <message id="field.toestemming_datum.label">
        <source>Datum van de toestemming</source>
        <translation type="unfinished">د اجازې نېټه</translation>
    </message>
    <message id="field.mogelijke_ontheffing_signaleren.label">
        <source>Signaal: mogelijk ontheffing van de inburgeringsplicht?</source>
        <translation type="unfinished">خبرداری: د ټولنې سره د یوځای کېدو له مکلفیت څخه د معافیت امکان؟</translation>
    </message>
    <message id="field.mogelijke_ontheffing_signaleren.hint">
        <source>DUO beslist over ontheffing. U geeft hier alleen een signaal af.</source>
        <translation type="unfinished">DUO د معافیت په اړه پرېکړه کوي. تاسو دلته یوازې خبرداری ورکوئ.</translation>
    </message>
    <message id="field.ontheffing_toelichting.label">
        <source>Toelichting bij het signaal</source>
        <translation type="unfinished">د خبرداري توضیح</translation>
    </message>
    <message id="section.D.title">
        <source>Opleiding</source>
        <translation type="unfinished">زده کړې</translation>
    </message>
    <message id="section.D.intro">
        <source>Vragen over school en opleidingen die u heeft gevolgd, in Nederland of in een ander land.</source>
        <translation type="unfinished">د هغو ښوونځیو او زده کړو په اړه پوښتنې چې تاسو په هالنډ یا بل هېواد کې کړې دي.</translation>
    </message>
    <message id="field.jaren_onderwijs.label">
        <source>Hoeveel jaar heeft u in totaal op school gezeten?</source>
        <translation type="unfinished">تاسو ټول ټال څو کاله ښوونځي ته تللي یاست؟</translation>
    </message>
    <message id="field.hoogst_gevolgde_opleiding.label">
        <source>Wat is de hoogste opleiding die u heeft gevolgd?</source>
        <translation type="unfinished">تر ټولو لوړه زده کړه چې تاسو کړې ده کومه ده؟</translation>
    </message>
    <message id="field.opleidingen.label">
        <source>Opleidingen</source>
        <translation type="unfinished">زده کړې</translation>
    </message>
    <message id="field.opleidingen.hint">
        <source>Voeg een regel toe voor iedere opleiding.</source>
        <translation type="unfinished">د هرې زده کړې لپاره یوه کرښه زیاته کړئ.</translation>
    </message>
    <message id="field.opleiding_naam.label">
        <source>Naam van de opleiding of school</source>
        <translation type="unfinished">د زده کړې یا ښوونځي نوم</translation>
    </message>
    <message id="field.opleiding_richting.label">
        <source>Richting of vak</source>
        <translation type="unfinished">رشته یا مضمون</translation>
    </message>
    <message id="field.opleiding_land.label">
        <source>Land</source>
        <translation type="unfinished">هېواد</translation>
    </message>
    <message id="field.opleiding_van.label">
        <source>Begonnen in</source>
        <translation type="unfinished">پیل شوی په</translation>
    </message>
    <message id="field.opleiding_van.hint">
        <source>Jaar of maand en jaar.</source>
        <translation type="unfinished">کال، یا میاشت او کال.</translation>
    </message>
    <message id="field.opleiding_tot.label">
        <source>Gestopt of klaar in</source>
        <translation type="unfinished">پرېښودل شوی یا پای ته رسېدلی په</translation>
    </message>
    <message id="field.opleiding_tot.hint">
        <source>Jaar of maand en jaar.</source>
        <translation type="unfinished">کال، یا میاشت او کال.</translation>
    </message>
    <message id="field.opleiding_tot.constraint">
        <source>Het eindjaar ligt voor het beginjaar.</source>
        <translation type="unfinished">د پای کال د پیل له کال څخه مخکې دی.</translation>
    </message>
    <message id="field.diploma_behaald.label">
        <source>Heeft u een diploma gehaald?</source>
        <translation type="unfinished">آیا تاسو سند (ډیپلوم) ترلاسه کړی دی؟</translation>
    </message>
    <message id="field.diploma_in_bezit.label">
        <source>Heeft u het diploma (of een kopie) bij u?</source>
        <translation type="unfinished">آیا سند (یا د هغه کاپي) له تاسو سره دی؟</translation>
    </message>
    <message id="field.diplomawaardering.label">
        <source>Diplomawaardering (IDW / Nuffic)</source>
        <translation type="unfinished">د سند ارزونه (IDW / Nuffic)</translation>
    </message>
    <message id="field.diplomawaardering.hint">
        <source>Een buitenlands diploma kan worden vergeleken met een Nederlands diploma.</source>
        <translation type="unfinished">بهرنی سند له هالنډي سند سره پرتله کېدای شي.</translation>
    </message>
    <message id="field.dw_aangevraagd.label">
        <source>Is een diplomawaardering aangevraagd?</source>
        <translation type="unfinished">آیا د سند ارزونه غوښتل شوې ده؟</translation>
    </message>
    <message id="field.dw_nl_niveau.label">
        <source>Vergelijkbaar Nederlands niveau</source>
        <translation type="unfinished">په هالنډ کې معادله کچه</translation>
    </message>
    <message id="field.dw_richting.label">
        <source>Richting</source>
        <translation type="unfinished">رشته</translation>
    </message>
    <message id="field.geletterdheid_eigen_taal.label">
        <source>Hoe goed kunt u lezen en schrijven in uw eigen taal?</source>
        <translation type="unfinished">تاسو په خپله ژبه څومره ښه لوستلی او لیکلی شئ؟</translation>
    </message>
    <message id="field.latijns_schrift.label">
        <source>Kunt u lezen en schrijven in ons schrift (abc)?</source>
        <translation type="unfinished">آیا تاسو زموږ په الفبا (لاتیني الفبا، abc) لوستلی او لیکلی شئ؟</translation>
    </message>
    <message id="field.latijns_schrift.hint">
        <source>Belangrijk om te weten of alfabetisering nodig is.</source>
        <translation type="unfinished">دا مهمه ده چې پوه شو آیا د لوست او لیک زده کړې (سواد زده کړې) ته اړتیا شته.</translation>
    </message>
    <message id="field.studiewens.label">
        <source>Welke opleiding zou u nog willen volgen?</source>
        <translation type="unfinished">تاسو غواړئ لا کومه زده کړه وکړئ؟</translation>
    </message>
    <message id="section.E.title">
        <source>Werk</source>
        <translation type="unfinished">کار</translation>
    </message>
    <message id="section.E.intro">
        <source>Vragen over werk dat u heeft gedaan, betaald of onbetaald, en over uw wensen.</source>
        <translation type="unfinished">د هغه کار په اړه پوښتنې چې تاسو کړی دی، په مزد یا بې مزده، او ستاسو د غوښتنو په اړه.</translation>
    </message>
    <message id="field.werkervaring.label">
        <source>Werkervaring</source>
        <translation type="unfinished">د کار تجربه</translation>
    </message>
    <message id="field.werkervaring.hint">
        <source>Voeg een regel toe voor iedere baan of ieder soort werk, ook werk zonder contract.</source>
        <translation type="unfinished">د هرې دندې یا هر ډول کار لپاره یوه کرښه زیاته کړئ، هغه کار هم چې بې تړونه و.</translation>
    </message>
    <message id="field.we_functie.label">
        <source>Functie of soort werk</source>
        <translation type="unfinished">دنده یا د کار ډول</translation>
    </message>
    <message id="field.we_sector.label">
        <source>Sector</source>
        <translation type="unfinished">د کار برخه</translation>
    </message>
    <message id="field.we_land.label">
        <source>Land</source>
        <translation type="unfinished">هېواد</translation>
    </message>
    <message id="field.we_van.label">
        <source>Begonnen in</source>
        <translation type="unfinished">پیل شوی په</translation>
    </message>
    <message id="field.we_tot.label">
        <source>Gestopt in</source>
        <translation type="unfinished">پای ته رسېدلی په</translation>
    </message>
    <message id="field.we_tot.hint">
        <source>Leeg laten als u dit werk nog doet.</source>
        <translation type="unfinished">که تاسو لا هم دا کار کوئ، خالي یې پرېږدئ.</translation>
    </message>
    <message id="field.we_tot.constraint">
        <source>Het eindjaar ligt voor het beginjaar.</source>
        <translation type="unfinished">د پای کال د پیل له کال څخه مخکې دی.</translation>
    </message>
    <message id="field.we_soort.label">
        <source>Soort werk</source>
        <translation type="unfinished">د کار ډول</translation>
    </message>
    <message id="field.we_taken.label">
        <source>Wat deed u in dit werk?</source>
        <translation type="unfinished">تاسو په دې کار کې څه کول؟</translation>
    </message>
    <message id="field.praktische_competenties.label">
        <source>In welk soort werk bent u handig of heeft u ervaring?</source>
        <translation type="unfinished">تاسو په کوم ډول کار کې مهارت یا تجربه لرئ؟</translation>
    </message>
    <message id="field.praktische_competenties_toelichting.label">
        <source>Vertel meer over wat u kunt</source>
        <translation type="unfinished">نور ووایاست چې تاسو څه کولی شئ</translation>
    </message>
    <message id="field.wv_op_tijd.label">
        <source>Op tijd komen</source>
        <translation type="unfinished">په وخت راتلل</translation>
    </message>
    <message id="field.wv_samenwerken.label">
        <source>Samenwerken met anderen</source>
        <translation type="unfinished">له نورو سره همکاري</translation>
    </message>
    <message id="field.wv_instructies.label">
        <source>Instructies opvolgen</source>
        <translation type="unfinished">د لارښوونو پیروي</translation>
    </message>
    <message id="field.wv_zelfstandig.label">
        <source>Zelfstandig werken</source>
        <translation type="unfinished">په خپلواکه توګه کار کول</translation>
    </message>
    <message id="field.wv_omgangsvormen.label">
        <source>Omgangsvormen op het werk</source>
        <translation type="unfinished">په کار ځای کې چلند او آداب</translation>
    </message>
    <message id="field.huidige_situatie_werk.label">
        <source>Wat is uw situatie nu?</source>
        <translation type="unfinished">ستاسو اوسنی وضعیت څه دی؟</translation>
    </message>
    <message id="field.huidige_werk_uren.label">
        <source>Hoeveel uur per week werkt u?</source>
        <translation type="unfinished">تاسو په اونۍ کې څو ساعته کار کوئ؟</translation>
    </message>
    <message id="field.beroepswens_kort.label">
        <source>Welk werk wilt u het komende jaar doen?</source>
        <translation type="unfinished">تاسو په راتلونکي کال کې کوم کار کول غواړئ؟</translation>
    </message>
    <message id="field.beroepswens_lang.label">
        <source>Welk werk wilt u over een paar jaar doen?</source>
        <translation type="unfinished">تاسو غواړئ څو کاله وروسته کوم کار وکړئ؟</translation>
    </message>
    <message id="field.beschikbaarheid_uren_week.label">
        <source>Hoeveel uur per week kunt u werken of meedoen?</source>
        <translation type="unfinished">تاسو په اونۍ کې څو ساعته کار کولی شئ یا په فعالیتونو کې ګډون کولی شئ؟</translation>
    </message>
    <message id="section.F.title">
        <source>Taal en leerbaarheid</source>
        <translation type="unfinished">ژبه او د زده کړې وړتیا</translation>
    </message>
    <message id="section.F.intro">
        <source>Vragen over de talen die u spreekt en over het leren van Nederlands.</source>
        <translation type="unfinished">د هغو ژبو په اړه پوښتنې چې تاسو یې وایئ، او د هالنډي ژبې د زده کړې په اړه.</translation>
    </message>
    <message id="field.moedertaal.label">
        <source>Wat is uw moedertaal?</source>
        <translation type="unfinished">ستاسو مورنۍ ژبه کومه ده؟</translation>
    </message>
    <message id="field.andere_talen.label">
        <source>Andere talen</source>
        <translation type="unfinished">نورې ژبې</translation>
    </message>
    <message id="field.andere_talen.hint">
        <source>Voeg een regel toe voor iedere andere taal die u kent.</source>
        <translation type="unfinished">د هرې بلې ژبې لپاره چې پرې پوهېږئ یوه کرښه زیاته کړئ.</translation>
    </message>
    <message id="field.at_taal.label">
        <source>Taal</source>
        <translation type="unfinished">ژبه</translation>
    </message>
    <message id="field.at_spreken.label">
        <source>Spreken</source>
        <translation type="unfinished">خبرې کول</translation>
    </message>
    <message id="field.at_lezen.label">
        <source>Lezen</source>
        <translation type="unfinished">لوستل</translation>
    </message>
    <message id="field.at_schrijven.label">
        <source>Schrijven</source>
        <translation type="unfinished">لیکل</translation>
    </message>
    <message id="field.nederlands_inschatting.label">
        <source>Hoe goed spreekt u al Nederlands?</source>
        <translation type="unfinished">تاسو اوس څومره ښه هالنډي خبرې کولی شئ؟</translation>
    </message>
    <message id="field.voorinburgering_gevolgd.label">
        <source>Heeft u in het azc al Nederlandse les gehad (voorinburgering)?</source>
        <translation type="unfinished">آیا تاسو د پناه غوښتونکو په کمپ (azc) کې د هالنډي ژبې درسونه لوستي دي (مخکینی یوځای کېدل، voorinburgering)؟</translation>
    </message>
    <message id="field.voorinburgering_uren.label">
        <source>Hoeveel uur les was dat ongeveer?</source>
        <translation type="unfinished">هغه درسونه نږدې څو ساعته وو؟</translation>
    </message>
    <message id="field.lbt_datum_aanmelding.label">
        <source>Leerbaarheidstoets: datum aanmelding</source>
        <translation type="unfinished">د زده کړې د وړتیا ازموینه: د نوم لیکنې نېټه</translation>
    </message>
    <message id="field.lbt_datum_aanmelding.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">له DUO څخه راځي.</translation>
    </message>
    <message id="field.lbt_datum_afname.label">
        <source>Leerbaarheidstoets: datum afname</source>
        <translation type="unfinished">د زده کړې د وړتیا ازموینه: د اخیستو نېټه</translation>
    </message>
    <message id="field.lbt_datum_afname.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">له DUO څخه راځي.</translation>
    </message>
    <message id="field.lbt_examennummer.label">
        <source>Leerbaarheidstoets: examennummer</source>
        <translation type="unfinished">د زده کړې د وړتیا ازموینه: د ازموینې شمېره</translation>
    </message>
    <message id="field.lbt_examennummer.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">له DUO څخه راځي.</translation>
    </message>
    <message id="field.lbt_uitslag.label">
        <source>Leerbaarheidstoets: uitslag (indicatie leerroute)</source>
        <translation type="unfinished">د زده کړې د وړتیا ازموینه: پایله (وړاندیز شوې د زده کړې لاره)</translation>
    </message>
    <message id="field.lbt_uitslag.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">له DUO څخه راځي.</translation>
    </message>
    <message id="field.lbt_niet_afgenomen_reden.label">
        <source>Waarom is de leerbaarheidstoets niet afgenomen?</source>
        <translation type="unfinished">د زده کړې د وړتیا ازموینه ولې نه ده اخیستل شوې؟</translation>
    </message>
    <message id="field.taalschool_advies.label">
        <source>Advies van de taalschool</source>
        <translation type="unfinished">د ژبې د ښوونځي مشوره</translation>
    </message>
    <message id="field.taalschool_advies.hint">
        <source>Bijvoorbeeld na een proefles of startklas.</source>
        <translation type="unfinished">د بېلګې په توګه د آزمایښتي درس یا پیلیز ټولګي وروسته.</translation>
    </message>
    <message id="field.taalschool_advies_toelichting.label">
        <source>Toelichting op het advies van de taalschool</source>
        <translation type="unfinished">د ژبې د ښوونځي د مشورې توضیح</translation>
    </message>
    <message id="section.G.title">
        <source>Digitale vaardigheden</source>
        <translation type="unfinished">ډیجیټلي مهارتونه</translation>
    </message>
    <message id="section.G.intro">
        <source>Hoe goed kunt u omgaan met telefoon en computer?</source>
        <translation type="unfinished">تاسو له ټیلیفون او کمپیوټر سره څومره ښه کار کولی شئ؟</translation>
    </message>
    <message id="field.digi_smartphone.label">
        <source>Een smartphone gebruiken (bellen, berichten, foto&apos;s)</source>
        <translation type="unfinished">له سمارټ فون څخه کار اخیستل (زنګ وهل، پیغامونه، عکسونه)</translation>
    </message>
    <message id="field.digi_email.label">
        <source>E-mail lezen en versturen</source>
        <translation type="unfinished">برېښنالیک (ایمېل) لوستل او لېږل</translation>
    </message>
    <message id="field.digi_apps_nl.label">
        <source>Nederlandse apps gebruiken, zoals DigiD en de app van de bank</source>
        <translation type="unfinished">د هالنډي اپلیکیشنونو کارول، لکه ډیجیټلي پېژندنه (DigiD) او د بانک اپلیکیشن</translation>
    </message>
    <message id="field.digi_computer.label">
        <source>Een computer met toetsenbord gebruiken</source>
        <translation type="unfinished">د کیبورډ سره د کمپیوټر کارول</translation>
    </message>
    <message id="field.digitale_hulp_nodig.label">
        <source>Wilt u hulp bij het gebruik van DigiD of andere apps van de overheid?</source>
        <translation type="unfinished">آیا تاسو د ډیجیټلي پېژندنې (DigiD) یا د حکومت د نورو اپلیکیشنونو په کارولو کې مرسته غواړئ؟</translation>
    </message>
    <message id="section.H.title">
        <source>Financiën en ontzorgen</source>
        <translation type="unfinished">مالي چارې او د لګښتونو مدیریت (ontzorgen)</translation>
    </message>
    <message id="section.H.intro">
        <source>Inkomen, vaste lasten en ontzorgen. Ontzorgen geldt alleen voor asielstatushouders met bijstand.</source>
        <translation type="unfinished">عاید، ثابت لګښتونه او د لګښتونو مدیریت (ontzorgen). د لګښتونو مدیریت یوازې د هغو پناه‌اخیستونکو لپاره دی چې ټولنیزه مرسته (bijstand) اخلي.</translation>
    </message>
    <message id="field.bijstand_aangevraagd.label">
        <source>Is bijstand aangevraagd?</source>
        <translation type="unfinished">آیا ټولنیزه مرسته (bijstand) غوښتل شوې ده؟</translation>
    </message>
    <message id="field.bijstand_datum.label">
        <source>Datum aanvraag bijstand</source>
        <translation type="unfinished">د ټولنیزې مرستې (bijstand) د غوښتنې نېټه</translation>
    </message>
    <message id="field.ontzorgen_actief.label">
        <source>Is ontzorgen actief?</source>
        <translation type="unfinished">آیا د لګښتونو مدیریت (ontzorgen) فعال دی؟</translation>
    </message>
    <message id="field.ontzorgen_actief.hint">
        <source>De gemeente betaalt de eerste maanden vaste lasten rechtstreeks uit de bijstand.</source>
        <translation type="unfinished">ښاروالي په لومړیو میاشتو کې ثابت لګښتونه په مستقیمه توګه له ټولنیزې مرستې (bijstand) څخه ورکوي.</translation>
    </message>
    <message id="field.ingehouden_lasten.label">
        <source>Welke vaste lasten worden ingehouden?</source>
        <translation type="unfinished">کوم ثابت لګښتونه کمېږي؟</translation>
    </message>
    <message id="field.ontzorgen_start.label">
        <source>Ontzorgen vanaf</source>
        <translation type="unfinished">د لګښتونو مدیریت له</translation>
    </message>
    <message id="field.ontzorgen_eind.label">
        <source>Ontzorgen tot en met</source>
        <translation type="unfinished">د لګښتونو مدیریت تر (په ګډون)</translation>
    </message>
    <message id="field.ontzorgen_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">د پای نېټه د پیل له نېټې څخه مخکې ده.</translation>
    </message>
    <message id="field.bankrekening.label">
        <source>Heeft de klant een bankrekening?</source>
        <translation type="unfinished">آیا مراجعه کوونکی بانکي حساب لري؟</translation>
    </message>
    <message id="field.bankrekening.hint">
        <source>Noteer het rekeningnummer alleen als dat nodig is.</source>
        <translation type="unfinished">د حساب شمېره یوازې هغه وخت ولیکئ چې اړتیا وي.</translation>
    </message>
    <message id="field.toeslagen.label">
        <source>Welke toeslagen zijn aangevraagd?</source>
        <translation type="unfinished">کومې دولتي مالي مرستې (toeslagen) غوښتل شوې دي؟</translation>
    </message>
    <message id="field.schulden_signaal.label">
        <source>Zijn er signalen van schulden of betalingsproblemen?</source>
        <translation type="unfinished">آیا د پورونو یا د تادیې د ستونزو نښې شته؟</translation>
    </message>
    <message id="field.schulden_toelichting.label">
        <source>Toelichting schulden</source>
        <translation type="unfinished">د پورونو توضیح</translation>
    </message>
    <message id="section.I.title">
        <source>Zelfredzaamheid en maatschappelijke begeleiding</source>
        <translation type="unfinished">ځان بسیاینه او ټولنیز ملاتړ</translation>
    </message>
    <message id="section.I.intro">
        <source>Schat per levensgebied in hoe zelfredzaam de klant is (naar de Zelfredzaamheid-Matrix): 1 = acute problemen, 5 = volledig zelfredzaam.</source>
        <translation type="unfinished">د ژوند د هرې برخې لپاره اټکل وکړئ چې مراجعه کوونکی څومره ځان بسیا دی (د ځان بسیاینې د ماتریکس، ZRM، له مخې): 1 = بیړني ستونزې، 5 = بشپړ ځان بسیا.</translation>
    </message>
    <message id="field.zrm_financien.label">
        <source>Financiën</source>
        <translation type="unfinished">مالي چارې</translation>
    </message>
    <message id="field.zrm_huisvesting.label">
        <source>Huisvesting</source>
        <translation type="unfinished">استوګنځی</translation>
    </message>
    <message id="field.zrm_gezondheid.label">
        <source>Gezondheid</source>
        <translation type="unfinished">روغتیا</translation>
    </message>
    <message id="field.zrm_dagbesteding.label">
        <source>Dagbesteding</source>
        <translation type="unfinished">ورځنی بوختیا</translation>
    </message>
    <message id="field.zrm_sociaal_netwerk.label">
        <source>Sociaal netwerk</source>
        <translation type="unfinished">ټولنیزې اړیکې</translation>
    </message>
    <message id="field.zrm_huishouden.label">
        <source>Huishouden</source>
        <translation type="unfinished">د کور چارې</translation>
    </message>
    <message id="field.zrm_mobiliteit.label">
        <source>Mobiliteit</source>
        <translation type="unfinished">تګ راتګ</translation>
    </message>
    <message id="field.zrm_administratie.label">
        <source>Administratie (post en formulieren)</source>
        <translation type="unfinished">اداري چارې (لیکونه او فورمې)</translation>
    </message>
    <message id="field.mb_organisatie.label">
        <source>Wie geeft maatschappelijke begeleiding?</source>
        <translation type="unfinished">ټولنیز ملاتړ څوک ورکوي؟</translation>
    </message>
    <message id="field.mb_start.label">
        <source>Start maatschappelijke begeleiding</source>
        <translation type="unfinished">د ټولنیز ملاتړ پیل</translation>
    </message>
    <message id="section.J.title">
        <source>Netwerk en meedoen</source>
        <translation type="unfinished">ټولنیزې اړیکې او ګډون</translation>
    </message>
    <message id="section.J.intro">
        <source>Vragen over de mensen om u heen en wat u in uw vrije tijd doet.</source>
        <translation type="unfinished">ستاسو د شاوخوا خلکو په اړه پوښتنې او دا چې تاسو په وزګار وخت کې څه کوئ.</translation>
    </message>
    <message id="field.contacten_nl.label">
        <source>Hoeveel contact heeft u met mensen in Nederland buiten uw gezin?</source>
        <translation type="unfinished">تاسو په هالنډ کې د خپلې کورنۍ څخه بهر له خلکو سره څومره اړیکه لرئ؟</translation>
    </message>
    <message id="field.familie_in_nl.label">
        <source>Heeft u familie in Nederland (buiten uw gezin)?</source>
        <translation type="unfinished">آیا تاسو په هالنډ کې خپلوان لرئ (د خپلې کورنۍ څخه بهر)؟</translation>
    </message>
    <message id="field.vrijwilligerswerk_interesse.label">
        <source>Wilt u vrijwilligerswerk doen?</source>
        <translation type="unfinished">آیا تاسو غواړئ رضاکارانه کار وکړئ؟</translation>
    </message>
    <message id="field.vrijwilligerswerk_toelichting.label">
        <source>Wat voor vrijwilligerswerk?</source>
        <translation type="unfinished">څه ډول رضاکارانه کار؟</translation>
    </message>
    <message id="field.vrije_tijd.label">
        <source>Wat doet u graag in uw vrije tijd (sport, hobby&apos;s, club)?</source>
        <translation type="unfinished">تاسو په وزګار وخت کې څه کول خوښوئ (لوبې، شوقونه، کلب)؟</translation>
    </message>
    <message id="field.kinderen_school.label">
        <source>Hoe gaat het met uw kinderen op school of de opvang?</source>
        <translation type="unfinished">ستاسو ماشومان په ښوونځي یا وړکتون کې څنګه دي؟</translation>
    </message>
    <message id="section.K.title">
        <source>Motivatie en ambities</source>
        <translation type="unfinished">انګېزه او هیلې</translation>
    </message>
    <message id="section.K.intro">
        <source>Wat wilt u leren en bereiken?</source>
        <translation type="unfinished">تاسو څه زده کول او څه ته رسېدل غواړئ؟</translation>
    </message>
    <message id="field.ontwikkelwensen.label">
        <source>Wat wilt u leren of beter kunnen?</source>
        <translation type="unfinished">تاسو څه زده کول یا ښه کول غواړئ؟</translation>
    </message>
    <message id="field.ow_omschrijving.label">
        <source>Omschrijving</source>
        <translation type="unfinished">تشریح</translation>
    </message>
    <message id="field.ow_start.label">
        <source>Vanaf</source>
        <translation type="unfinished">له</translation>
    </message>
    <message id="field.ow_eind.label">
        <source>Tot</source>
        <translation type="unfinished">تر</translation>
    </message>
    <message id="field.ow_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">د پای نېټه د پیل له نېټې څخه مخکې ده.</translation>
    </message>
    <message id="field.doel_1_jaar.label">
        <source>Waar wilt u over een jaar staan?</source>
        <translation type="unfinished">تاسو غواړئ یو کال وروسته چېرته یاست؟</translation>
    </message>
    <message id="field.doel_3_jaar.label">
        <source>Waar wilt u over drie jaar staan?</source>
        <translation type="unfinished">تاسو غواړئ درې کاله وروسته چېرته یاست؟</translation>
    </message>
    <message id="field.wat_heb_je_nodig.label">
        <source>Wat heeft u nodig om dat te bereiken?</source>
        <translation type="unfinished">د دې د ترلاسه کولو لپاره تاسو څه ته اړتیا لرئ؟</translation>
    </message>
    <message id="section.L.title">
        <source>Conclusie</source>
        <translation type="unfinished">پایله</translation>
    </message>
    <message id="section.L.intro">
        <source>Advies en afspraken van de klantmanager. Dit is de basis voor het PIP.</source>
        <translation type="unfinished">د قضیې د مسؤل (klantmanager) مشوره او هوکړې. دا د ټولنې سره د یوځای کېدو او ګډون د شخصي پلان (PIP) بنسټ دی.</translation>
    </message>
    <message id="field.advies_leerroute.label">
        <source>Advies leerroute</source>
        <translation type="unfinished">د زده کړې د لارې مشوره</translation>
    </message>
    <message id="field.afwijking_lbt_onderbouwing.label">
        <source>Waarom wijkt het advies af van de uitslag van de leerbaarheidstoets?</source>
        <translation type="unfinished">مشوره ولې د زده کړې د وړتیا ازموینې له پایلې سره توپیر لري؟</translation>
    </message>
    <message id="field.afwijking_lbt_onderbouwing.hint">
        <source>Verplicht als het advies anders is dan de indicatie van de leerbaarheidstoets.</source>
        <translation type="unfinished">اړینه ده که مشوره د زده کړې د وړتیا ازموینې له پایلې سره توپیر ولري.</translation>
    </message>
    <message id="field.hoofddoel.label">
        <source>Hoofddoel</source>
        <translation type="unfinished">اصلي هدف</translation>
    </message>
    <message id="field.aandachtspunten.label">
        <source>Aandachtspunten</source>
        <translation type="unfinished">د پاملرنې ټکي</translation>
    </message>
    <message id="field.ap_omschrijving.label">
        <source>Omschrijving</source>
        <translation type="unfinished">تشریح</translation>
    </message>
    <message id="field.ap_start.label">
        <source>Vanaf</source>
        <translation type="unfinished">له</translation>
    </message>
    <message id="field.ap_eind.label">
        <source>Tot</source>
        <translation type="unfinished">تر</translation>
    </message>
    <message id="field.ap_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">د پای نېټه د پیل له نېټې څخه مخکې ده.</translation>
    </message>
    <message id="field.datum_afronding_bi.label">
        <source>Datum afronding brede intake</source>
        <translation type="unfinished">د هراړخیزې مرکې د پای نېټه</translation>
    </message>
    <message id="field.datum_volgend_gesprek.label">
        <source>Datum volgend gesprek</source>
        <translation type="unfinished">د راتلونکې مرکې نېټه</translation>
    </message>
    <message id="field.datum_volgend_gesprek.hint">
        <source>Het eerste voortgangsgesprek na de brede intake.</source>
        <translation type="unfinished">له هراړخیزې مرکې وروسته لومړۍ د پرمختګ مرکه.</translation>
    </message>
    <message id="field.vervolgafspraken.label">
        <source>Vervolgafspraken</source>
        <translation type="unfinished">راتلونکې ناستې</translation>
    </message>
    <message id="choices.geslacht.man">
        <source>Man</source>
        <translation type="unfinished">نارینه</translation>
    </message>
    <message id="choices.geslacht.vrouw">
        <source>Vrouw</source>
        <translation type="unfinished">ښځینه</translation>
    </message>
    <message id="choices.geslacht.onbekend">
        <source>Onbekend</source>
        <translation type="unfinished">نامعلوم</translation>
    </message>
    <message id="choices.landen.SY">
        <source>Syrië</source>
        <translation type="unfinished">سوریه</translation>
    </message>
    <message id="choices.landen.ER">
        <source>Eritrea</source>
        <translation type="unfinished">اریتریا</translation>
    </message>
    <message id="choices.landen.YE">
        <source>Jemen</source>
        <translation type="unfinished">یمن</translation>
    </message>
    <message id="choices.landen.IQ">
        <source>Irak</source>
        <translation type="unfinished">عراق</translation>
    </message>
    <message id="choices.landen.AF">
        <source>Afghanistan</source>
        <translation type="unfinished">افغانستان</translation>
    </message>
    <message id="choices.landen.IR">
        <source>Iran</source>
        <translation type="unfinished">ایران</translation>
    </message>
    <message id="choices.landen.TR">
        <source>Turkije</source>
        <translation type="unfinished">ترکیه</translation>
    </message>
    <message id="choices.landen.SO">
        <source>Somalië</source>
        <translation type="unfinished">سومالیا</translation>
    </message>
    <message id="choices.landen.ET">
        <source>Ethiopië</source>
        <translation type="unfinished">ایتوپیا</translation>
    </message>
    <message id="choices.landen.SD">
        <source>Soedan</source>
        <translation type="unfinished">سوډان</translation>
    </message>
    <message id="choices.landen.SS">
        <source>Zuid-Soedan</source>
        <translation type="unfinished">سوېلي سوډان</translation>
    </message>
    <message id="choices.landen.LB">
        <source>Libanon</source>
        <translation type="unfinished">لبنان</translation>
    </message>
    <message id="choices.landen.JO">
        <source>Jordanië</source>
        <translation type="unfinished">اردن</translation>
    </message>
    <message id="choices.landen.PS">
        <source>Palestijnse Gebieden</source>
        <translation type="unfinished">فلسطیني سیمې</translation>
    </message>
    <message id="choices.landen.EG">
        <source>Egypte</source>
        <translation type="unfinished">مصر</translation>
    </message>
    <message id="choices.landen.LY">
        <source>Libië</source>
        <translation type="unfinished">لیبیا</translation>
    </message>
    <message id="choices.landen.MA">
        <source>Marokko</source>
        <translation type="unfinished">مراکش</translation>
    </message>
    <message id="choices.landen.DZ">
        <source>Algerije</source>
        <translation type="unfinished">الجزایر</translation>
    </message>
    <message id="choices.landen.TN">
        <source>Tunesië</source>
        <translation type="unfinished">تونس</translation>
    </message>
    <message id="choices.landen.SA">
        <source>Saoedi-Arabië</source>
        <translation type="unfinished">سعودي عربستان</translation>
    </message>
    <message id="choices.landen.KW">
        <source>Koeweit</source>
        <translation type="unfinished">کوېټ</translation>
    </message>
    <message id="choices.landen.AE">
        <source>Verenigde Arabische Emiraten</source>
        <translation type="unfinished">متحده عربي امارات</translation>
    </message>
    <message id="choices.landen.PK">
        <source>Pakistan</source>
        <translation type="unfinished">پاکستان</translation>
    </message>
    <message id="choices.landen.IN">
        <source>India</source>
        <translation type="unfinished">هندوستان</translation>
    </message>
    <message id="choices.landen.BD">
        <source>Bangladesh</source>
        <translation type="unfinished">بنګله‌دېش</translation>
    </message>
    <message id="choices.landen.LK">
        <source>Sri Lanka</source>
        <translation type="unfinished">سریلانکا</translation>
    </message>
    <message id="choices.landen.MM">
        <source>Myanmar</source>
        <translation type="unfinished">میانمار</translation>
    </message>
    <message id="choices.landen.CN">
        <source>China</source>
        <translation type="unfinished">چین</translation>
    </message>
    <message id="choices.landen.NG">
        <source>Nigeria</source>
        <translation type="unfinished">نایجیریا</translation>
    </message>
    <message id="choices.landen.CM">
        <source>Kameroen</source>
        <translation type="unfinished">کامرون</translation>
    </message>
    <message id="choices.landen.GN">
        <source>Guinee</source>
        <translation type="unfinished">ګینه</translation>
    </message>
    <message id="choices.landen.CD">
        <source>Congo (Democratische Republiek)</source>
        <translation type="unfinished">کانګو (دیموکراتیک جمهوریت)</translation>
    </message>
    <message id="choices.landen.UG">
        <source>Oeganda</source>
        <translation type="unfinished">یوګانډا</translation>
    </message>
    <message id="choices.landen.KE">
        <source>Kenia</source>
        <translation type="unfinished">کینیا</translation>
    </message>
    <message id="choices.landen.BI">
        <source>Burundi</source>
        <translation type="unfinished">بروندي</translation>
    </message>
    <message id="choices.landen.GE">
        <source>Georgië</source>
        <translation type="unfinished">ګرجستان</translation>
    </message>
    <message id="choices.landen.AM">
        <source>Armenië</source>
        <translation type="unfinished">ارمنستان</translation>
    </message>
    <message id="choices.landen.AZ">
        <source>Azerbeidzjan</source>
        <translation type="unfinished">اذربایجان</translation>
    </message>
    <message id="choices.landen.RU">
        <source>Rusland</source>
        <translation type="unfinished">روسیه</translation>
    </message>
    <message id="choices.landen.UA">
        <source>Oekraïne</source>
        <translation type="unfinished">اوکراین</translation>
    </message>
    <message id="choices.landen.BY">
        <source>Belarus</source>
        <translation type="unfinished">بېلاروس</translation>
    </message>
    <message id="choices.landen.CO">
        <source>Colombia</source>
        <translation type="unfinished">کولمبیا</translation>
    </message>
    <message id="choices.landen.VE">
        <source>Venezuela</source>
        <translation type="unfinished">وینزویلا</translation>
    </message>
    <message id="choices.landen.BR">
        <source>Brazilië</source>
        <translation type="unfinished">برازیل</translation>
    </message>
    <message id="choices.landen.US">
        <source>Verenigde Staten</source>
        <translation type="unfinished">د امریکا متحده ایالات</translation>
    </message>
    <message id="choices.landen.GB">
        <source>Verenigd Koninkrijk</source>
        <translation type="unfinished">بریتانیا</translation>
    </message>
    <message id="choices.landen.DE">
        <source>Duitsland</source>
        <translation type="unfinished">آلمان</translation>
    </message>
    <message id="choices.landen.BE">
        <source>België</source>
        <translation type="unfinished">بلجیم</translation>
    </message>
    <message id="choices.landen.NL">
        <source>Nederland</source>
        <translation type="unfinished">هالنډ</translation>
    </message>
    <message id="choices.landen.anders">
        <source>Ander land</source>
        <translation type="unfinished">بل هېواد</translation>
    </message>
    <message id="choices.landen.staatloos">
        <source>Staatloos</source>
        <translation type="unfinished">بې تابعیته</translation>
    </message>
    <message id="choices.landen.onbekend">
        <source>Onbekend</source>
        <translation type="unfinished">نامعلوم</translation>
    </message>
    <message id="choices.talen.nl">
        <source>Nederlands</source>
        <translation type="unfinished">هالنډي</translation>
    </message>
    <message id="choices.talen.ar">
        <source>Arabisch</source>
        <translation type="unfinished">عربي</translation>
    </message>
    <message id="choices.talen.ti">
        <source>Tigrinya</source>
        <translation type="unfinished">تیګرینیا</translation>
    </message>
    <message id="choices.talen.tr">
        <source>Turks</source>
        <translation type="unfinished">ترکي</translation>
    </message>
    <message id="choices.talen.fa">
        <source>Perzisch (Farsi)</source>
        <translation type="unfinished">فارسي</translation>
    </message>
    <message id="choices.talen.fa-AF">
        <source>Dari</source>
        <translation type="unfinished">دري</translation>
    </message>
    <message id="choices.talen.ps">
        <source>Pasjtoe</source>
        <translation type="unfinished">پښتو</translation>
    </message>
    <message id="choices.talen.ku">
        <source>Koerdisch (Kurmanji)</source>
        <translation type="unfinished">کوردي (کرمانجي)</translation>
    </message>
    <message id="choices.talen.ckb">
        <source>Koerdisch (Sorani)</source>
        <translation type="unfinished">کوردي (سوراني)</translation>
    </message>
    <message id="choices.talen.so">
        <source>Somalisch</source>
        <translation type="unfinished">سومالي</translation>
    </message>
    <message id="choices.talen.am">
        <source>Amhaars</source>
        <translation type="unfinished">امهري</translation>
    </message>
    <message id="choices.talen.om">
        <source>Oromo</source>
        <translation type="unfinished">اورومو</translation>
    </message>
    <message id="choices.talen.tig">
        <source>Tigre</source>
        <translation type="unfinished">تیګره</translation>
    </message>
    <message id="choices.talen.en">
        <source>Engels</source>
        <translation type="unfinished">انګلیسي</translation>
    </message>
    <message id="choices.talen.fr">
        <source>Frans</source>
        <translation type="unfinished">فرانسوي</translation>
    </message>
    <message id="choices.talen.ru">
        <source>Russisch</source>
        <translation type="unfinished">روسي</translation>
    </message>
    <message id="choices.talen.uk">
        <source>Oekraïens</source>
        <translation type="unfinished">اوکرایني</translation>
    </message>
    <message id="choices.talen.ur">
        <source>Urdu</source>
        <translation type="unfinished">اردو</translation>
    </message>
    <message id="choices.talen.bn">
        <source>Bengaals</source>
        <translation type="unfinished">بنګالي</translation>
    </message>
    <message id="choices.talen.es">
        <source>Spaans</source>
        <translation type="unfinished">هسپانوي</translation>
    </message>
    <message id="choices.talen.de">
        <source>Duits</source>
        <translation type="unfinished">آلماني</translation>
    </message>
    <message id="choices.talen.sw">
        <source>Swahili</source>
        <translation type="unfinished">سواحلي</translation>
    </message>
    <message id="choices.talen.ber">
        <source>Berbers (Tamazight)</source>
        <translation type="unfinished">بربري (تمازیغت)</translation>
    </message>
    <message id="choices.talen.hy">
        <source>Armeens</source>
        <translation type="unfinished">ارمني</translation>
    </message>
    <message id="choices.talen.ka">
        <source>Georgisch</source>
        <translation type="unfinished">ګرجي</translation>
    </message>
    <message id="choices.talen.az">
        <source>Azerbeidzjaans</source>
        <translation type="unfinished">اذربایجاني</translation>
    </message>
    <message id="choices.talen.anders">
        <source>Andere taal</source>
        <translation type="unfinished">بله ژبه</translation>
    </message>
    <message id="choices.doelgroep.asielstatushouder">
        <source>Asielstatushouder</source>
        <translation type="unfinished">پناه‌اخیستونکی (د پناه اقامه لرونکی)</translation>
    </message>
    <message id="choices.doelgroep.gezinsmigrant">
        <source>Gezinsmigrant</source>
        <translation type="unfinished">د کورنۍ له لارې مهاجر</translation>
    </message>
    <message id="choices.doelgroep.overige">
        <source>Overige migrant</source>
        <translation type="unfinished">بل مهاجر</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.asiel_eerste_aanvrager">
        <source>Asiel – eerste aanvrager</source>
        <translation type="unfinished">پناه – لومړنی غوښتونکی</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.nareiziger">
        <source>Nareiziger</source>
        <translation type="unfinished">له کورنۍ سره یوځای کېدونکی (nareiziger)</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.gezinshereniging">
        <source>Gezinshereniging</source>
        <translation type="unfinished">د کورنۍ یوځای کېدل (gezinshereniging)</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.gezinsvorming">
        <source>Gezinsvorming</source>
        <translation type="unfinished">د کورنۍ جوړول (gezinsvorming)</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.overig">
        <source>Overig</source>
        <translation type="unfinished">نور</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.asiel_bepaalde_tijd">
        <source>Asiel, bepaalde tijd</source>
        <translation type="unfinished">پناه، ټاکلې مودې لپاره</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.regulier_familie">
        <source>Regulier, verblijf bij familie of partner</source>
        <translation type="unfinished">عادي، له کورنۍ یا ملګري سره اوسېدل</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.regulier_overig">
        <source>Regulier, ander verblijfsdoel</source>
        <translation type="unfinished">عادي، د اوسېدو بل هدف</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.onbekend">
        <source>Nog niet bekend</source>
        <translation type="unfinished">لا معلوم نه دی</translation>
    </message>
    <message id="choices.tolk_type.telefonisch">
        <source>Telefonisch</source>
        <translation type="unfinished">د ټیلیفون له لارې</translation>
    </message>
    <message id="choices.tolk_type.fysiek">
        <source>Aanwezig bij het gesprek</source>
        <translation type="unfinished">په مرکه کې حاضر</translation>
    </message>
    <message id="choices.tolk_type.familielid">
        <source>Familielid of kennis</source>
        <translation type="unfinished">د کورنۍ غړی یا پېژندګلوی</translation>
    </message>
    <message id="choices.gesprekslocatie.azc">
        <source>Azc (COA-locatie)</source>
        <translation type="unfinished">د پناه غوښتونکو کمپ (azc، د COA ځای)</translation>
    </message>
    <message id="choices.gesprekslocatie.thuis">
        <source>Bij de klant thuis</source>
        <translation type="unfinished">د مراجعه کوونکي په کور کې</translation>
    </message>
    <message id="choices.gesprekslocatie.gemeentekantoor">
        <source>Gemeentekantoor</source>
        <translation type="unfinished">د ښاروالۍ دفتر</translation>
    </message>
    <message id="choices.gesprekslocatie.taalschool">
        <source>Taalschool</source>
        <translation type="unfinished">د ژبې ښوونځی</translation>
    </message>
    <message id="choices.burgerlijke_staat.ongehuwd">
        <source>Ongehuwd</source>
        <translation type="unfinished">ناواده</translation>
    </message>
    <message id="choices.burgerlijke_staat.gehuwd">
        <source>Gehuwd</source>
        <translation type="unfinished">واده شوی / واده شوې</translation>
    </message>
    <message id="choices.burgerlijke_staat.geregistreerd_partner">
        <source>Geregistreerd partnerschap</source>
        <translation type="unfinished">ثبت شوې شراکت (geregistreerd partnerschap)</translation>
    </message>
    <message id="choices.burgerlijke_staat.samenwonend">
        <source>Samenwonend</source>
        <translation type="unfinished">له واده پرته ګډ ژوند</translation>
    </message>
    <message id="choices.burgerlijke_staat.gescheiden">
        <source>Gescheiden</source>
        <translation type="unfinished">طلاق شوی / طلاق شوې</translation>
    </message>
    <message id="choices.burgerlijke_staat.weduwe">
        <source>Weduwe of weduwnaar</source>
        <translation type="unfinished">کونډه یا کونډ</translation>
    </message>
    <message id="choices.burgerlijke_staat.onbekend">
        <source>Wil ik niet zeggen</source>
        <translation type="unfinished">نه غواړم ووایم</translation>
    </message>
    <message id="choices.relatie.partner">
        <source>Partner</source>
        <translation type="unfinished">مېړه، مېرمن یا ملګری</translation>
    </message>
    <message id="choices.relatie.kind">
        <source>Kind</source>
        <translation type="unfinished">ماشوم</translation>
    </message>
    <message id="choices.relatie.ouder">
        <source>Vader of moeder</source>
        <translation type="unfinished">پلار یا مور</translation>
    </message>
    <message id="choices.relatie.broer_zus">
        <source>Broer of zus</source>
        <translation type="unfinished">ورور یا خور</translation>
    </message>
    <message id="choices.relatie.familie">
        <source>Ander familielid</source>
        <translation type="unfinished">بل خپلوان</translation>
    </message>
    <message id="choices.relatie.anders">
        <source>Iemand anders</source>
        <translation type="unfinished">بل څوک</translation>
    </message>
    <message id="choices.zorgtaken.kinderen">
        <source>Zorg voor kinderen</source>
        <translation type="unfinished">د ماشومانو پالنه</translation>
    </message>
    <message id="choices.zorgtaken.zieke_partner">
        <source>Zorg voor een zieke partner</source>
        <translation type="unfinished">د ناروغ مېړه یا مېرمنې پالنه</translation>
    </message>
    <message id="choices.zorgtaken.ouder_familielid">
        <source>Zorg voor een ouder familielid</source>
        <translation type="unfinished">د زاړه خپلوان پالنه</translation>
    </message>
    <message id="choices.zorgtaken.geen">
        <source>Geen zorgtaken</source>
        <translation type="unfinished">د پالنې دندې نه لرم</translation>
    </message>
    <message id="choices.woonsituatie.azc">
        <source>Azc (COA-locatie)</source>
        <translation type="unfinished">د پناه غوښتونکو کمپ (azc، د COA ځای)</translation>
    </message>
    <message id="choices.woonsituatie.tijdelijke_woning">
        <source>Tijdelijke woning</source>
        <translation type="unfinished">لنډمهالی کور</translation>
    </message>
    <message id="choices.woonsituatie.eigen_huurwoning">
        <source>Eigen huurwoning</source>
        <translation type="unfinished">خپل کرایي کور</translation>
    </message>
    <message id="choices.woonsituatie.inwonend">
        <source>Inwonend bij familie of kennissen</source>
        <translation type="unfinished">له خپلوانو یا پېژندګلو سره اوسېږم</translation>
    </message>
    <message id="choices.ervaren_gezondheid.1">
        <source>Slecht</source>
        <translation type="unfinished">بد</translation>
    </message>
    <message id="choices.ervaren_gezondheid.2">
        <source>Matig</source>
        <translation type="unfinished">منځنی</translation>
    </message>
    <message id="choices.ervaren_gezondheid.3">
        <source>Redelijk</source>
        <translation type="unfinished">تر یوه حده ښه</translation>
    </message>
    <message id="choices.ervaren_gezondheid.4">
        <source>Goed</source>
        <translation type="unfinished">ښه</translation>
    </message>
    <message id="choices.ervaren_gezondheid.5">
        <source>Uitstekend</source>
        <translation type="unfinished">ډېر ښه</translation>
    </message>
    <message id="choices.beperkingen_leren.zien">
        <source>Zien</source>
        <translation type="unfinished">لیدل</translation>
    </message>
    <message id="choices.beperkingen_leren.horen">
        <source>Horen</source>
        <translation type="unfinished">اورېدل</translation>
    </message>
    <message id="choices.beperkingen_leren.mobiliteit">
        <source>Lopen of bewegen</source>
        <translation type="unfinished">ګرځېدل یا حرکت</translation>
    </message>
    <message id="choices.beperkingen_leren.pijn">
        <source>Pijn</source>
        <translation type="unfinished">درد</translation>
    </message>
    <message id="choices.beperkingen_leren.vermoeidheid">
        <source>Vermoeidheid</source>
        <translation type="unfinished">ستړیا</translation>
    </message>
    <message id="choices.beperkingen_leren.geen">
        <source>Geen</source>
        <translation type="unfinished">هېڅ</translation>
    </message>
    <message id="choices.belasting_signaal.1">
        <source>Geen signalen</source>
        <translation type="unfinished">هېڅ نښې نشته</translation>
    </message>
    <message id="choices.belasting_signaal.2">
        <source>Weinig</source>
        <translation type="unfinished">لږ</translation>
    </message>
    <message id="choices.belasting_signaal.3">
        <source>Enigszins</source>
        <translation type="unfinished">تر یوه حده</translation>
    </message>
    <message id="choices.belasting_signaal.4">
        <source>Veel</source>
        <translation type="unfinished">ډېر</translation>
    </message>
    <message id="choices.belasting_signaal.5">
        <source>Zeer veel</source>
        <translation type="unfinished">ډېر زیات</translation>
    </message>
    <message id="choices.doorverwijzing.huisarts">
        <source>Huisarts</source>
        <translation type="unfinished">د کورنۍ ډاکټر (huisarts)</translation>
    </message>
    <message id="choices.doorverwijzing.ggd">
        <source>GGD</source>
        <translation type="unfinished">د ښاروالۍ روغتیايي خدمات (GGD)</translation>
    </message>
    <message id="choices.doorverwijzing.poh_ggz">
        <source>POH-GGZ (praktijkondersteuner)</source>
        <translation type="unfinished">د کورنۍ ډاکټر د رواني روغتیا مرستیال (POH-GGZ)</translation>
    </message>
    <message id="choices.doorverwijzing.maatschappelijk_werk">
        <source>Maatschappelijk werk</source>
        <translation type="unfinished">ټولنیز کار</translation>
    </message>
    <message id="choices.doorverwijzing.geen">
        <source>Geen doorverwijzing</source>
        <translation type="unfinished">هېڅ لېږل نشته</translation>
    </message>
    <message id="choices.opleidingsniveau.geen">
        <source>Geen onderwijs gevolgd</source>
        <translation type="unfinished">زده کړه مې نه ده کړې</translation>
    </message>
    <message id="choices.opleidingsniveau.basis">
        <source>Basisonderwijs</source>
        <translation type="unfinished">لومړنۍ زده کړې</translation>
    </message>
    <message id="choices.opleidingsniveau.vo_onderbouw">
        <source>Voortgezet onderwijs, niet afgemaakt</source>
        <translation type="unfinished">منځنۍ زده کړې، نیمګړې</translation>
    </message>
    <message id="choices.opleidingsniveau.vo_afgerond">
        <source>Voortgezet onderwijs, afgemaakt</source>
        <translation type="unfinished">منځنۍ زده کړې، بشپړې</translation>
    </message>
    <message id="choices.opleidingsniveau.beroeps">
        <source>Beroepsopleiding</source>
        <translation type="unfinished">مسلکي زده کړې</translation>
    </message>
    <message id="choices.opleidingsniveau.hbo_bachelor">
        <source>Hbo-bachelor</source>
        <translation type="unfinished">د عملي پوهنتون (hbo) لیسانس</translation>
    </message>
    <message id="choices.opleidingsniveau.wo_bachelor">
        <source>Universiteit, bachelor</source>
        <translation type="unfinished">پوهنتون، لیسانس</translation>
    </message>
    <message id="choices.opleidingsniveau.master">
        <source>Master</source>
        <translation type="unfinished">ماسټري</translation>
    </message>
    <message id="choices.opleidingsniveau.doctoraat">
        <source>Doctoraat (PhD)</source>
        <translation type="unfinished">دوکتورا (PhD)</translation>
    </message>
    <message id="choices.nl_niveau.mbo1">
        <source>Mbo niveau 1</source>
        <translation type="unfinished">منځنۍ مسلکي زده کړه (mbo) کچه 1</translation>
    </message>
    <message id="choices.nl_niveau.mbo2">
        <source>Mbo niveau 2</source>
        <translation type="unfinished">منځنۍ مسلکي زده کړه (mbo) کچه 2</translation>
    </message>
    <message id="choices.nl_niveau.mbo3">
        <source>Mbo niveau 3</source>
        <translation type="unfinished">منځنۍ مسلکي زده کړه (mbo) کچه 3</translation>
    </message>
    <message id="choices.nl_niveau.mbo4">
        <source>Mbo niveau 4</source>
        <translation type="unfinished">منځنۍ مسلکي زده کړه (mbo) کچه 4</translation>
    </message>
    <message id="choices.nl_niveau.hbo_ad">
        <source>Hbo associate degree</source>
        <translation type="unfinished">د عملي پوهنتون فوق بکلوریا (hbo associate degree)</translation>
    </message>
    <message id="choices.nl_niveau.hbo_bachelor">
        <source>Hbo-bachelor</source>
        <translation type="unfinished">د عملي پوهنتون لیسانس (hbo-bachelor)</translation>
    </message>
    <message id="choices.nl_niveau.hbo_master">
        <source>Hbo-master</source>
        <translation type="unfinished">د عملي پوهنتون ماسټري (hbo-master)</translation>
    </message>
    <message id="choices.nl_niveau.wo_bachelor">
        <source>Wo-bachelor</source>
        <translation type="unfinished">د پوهنتون لیسانس (wo-bachelor)</translation>
    </message>
    <message id="choices.nl_niveau.wo_master">
        <source>Wo-master</source>
        <translation type="unfinished">د پوهنتون ماسټري (wo-master)</translation>
    </message>
    <message id="choices.vaardigheid4.1">
        <source>Niet</source>
        <translation type="unfinished">نه شم کولی</translation>
    </message>
    <message id="choices.vaardigheid4.2">
        <source>Een beetje</source>
        <translation type="unfinished">لږ</translation>
    </message>
    <message id="choices.vaardigheid4.3">
        <source>Redelijk</source>
        <translation type="unfinished">تر یوه حده</translation>
    </message>
    <message id="choices.vaardigheid4.4">
        <source>Goed</source>
        <translation type="unfinished">ښه</translation>
    </message>
    <message id="choices.latijns_schrift.nee">
        <source>Nee</source>
        <translation type="unfinished">نه</translation>
    </message>
    <message id="choices.latijns_schrift.beperkt">
        <source>Een beetje</source>
        <translation type="unfinished">لږ</translation>
    </message>
    <message id="choices.latijns_schrift.ja">
        <source>Ja</source>
        <translation type="unfinished">هو</translation>
    </message>
    <message id="choices.formeel_informeel.formeel">
        <source>Formeel (met contract of eigen bedrijf)</source>
        <translation type="unfinished">رسمي (له تړون سره یا خپل کاروبار)</translation>
    </message>
    <message id="choices.formeel_informeel.informeel">
        <source>Informeel (zonder contract, bijvoorbeeld in familiebedrijf)</source>
        <translation type="unfinished">غیر رسمي (بې تړونه، د بېلګې په توګه په کورني کاروبار کې)</translation>
    </message>
    <message id="choices.sectoren.bouw">
        <source>Bouw</source>
        <translation type="unfinished">ودانۍ جوړول</translation>
    </message>
    <message id="choices.sectoren.techniek">
        <source>Techniek en installatie</source>
        <translation type="unfinished">تخنیک او نصب</translation>
    </message>
    <message id="choices.sectoren.zorg">
        <source>Zorg en welzijn</source>
        <translation type="unfinished">روغتیا او ټولنیزه پاملرنه</translation>
    </message>
    <message id="choices.sectoren.onderwijs">
        <source>Onderwijs en kinderopvang</source>
        <translation type="unfinished">ښوونه او د ماشومانو ساتنه</translation>
    </message>
    <message id="choices.sectoren.horeca">
        <source>Horeca en keuken</source>
        <translation type="unfinished">رستورانت، هوټل او پخلنځی</translation>
    </message>
    <message id="choices.sectoren.schoonmaak">
        <source>Schoonmaak</source>
        <translation type="unfinished">پاکول او صفايي</translation>
    </message>
    <message id="choices.sectoren.logistiek">
        <source>Transport en logistiek</source>
        <translation type="unfinished">ترانسپورت او لوژستیک</translation>
    </message>
    <message id="choices.sectoren.landbouw">
        <source>Landbouw, tuinbouw en groen</source>
        <translation type="unfinished">کرنه، باغداري او شنې سیمې</translation>
    </message>
    <message id="choices.sectoren.handel">
        <source>Winkel en handel</source>
        <translation type="unfinished">دوکان او سوداګري</translation>
    </message>
    <message id="choices.sectoren.administratie">
        <source>Administratie en kantoor</source>
        <translation type="unfinished">اداري او دفتري کار</translation>
    </message>
    <message id="choices.sectoren.ict">
        <source>ICT</source>
        <translation type="unfinished">معلوماتي ټکنالوژي (ICT)</translation>
    </message>
    <message id="choices.sectoren.productie">
        <source>Productie en fabriek</source>
        <translation type="unfinished">تولید او فابریکه</translation>
    </message>
    <message id="choices.sectoren.kapper">
        <source>Kapper en schoonheid</source>
        <translation type="unfinished">سلماني او ښکلا</translation>
    </message>
    <message id="choices.sectoren.textiel">
        <source>Kleding en naaien</source>
        <translation type="unfinished">جامې او ګنډل</translation>
    </message>
    <message id="choices.sectoren.voeding">
        <source>Bakkerij, slagerij en voeding</source>
        <translation type="unfinished">نانوايي، قصابي او خواړه</translation>
    </message>
    <message id="choices.sectoren.autotechniek">
        <source>Auto&apos;s en motoren</source>
        <translation type="unfinished">موټرې او انجنونه</translation>
    </message>
    <message id="choices.sectoren.overig">
        <source>Anders</source>
        <translation type="unfinished">نور</translation>
    </message>
    <message id="choices.werkvaardigheid4.1">
        <source>Nog lastig</source>
        <translation type="unfinished">لا هم ستونزمن</translation>
    </message>
    <message id="choices.werkvaardigheid4.2">
        <source>Soms goed</source>
        <translation type="unfinished">کله کله ښه</translation>
    </message>
    <message id="choices.werkvaardigheid4.3">
        <source>Meestal goed</source>
        <translation type="unfinished">اکثره وخت ښه</translation>
    </message>
    <message id="choices.werkvaardigheid4.4">
        <source>Goed</source>
        <translation type="unfinished">ښه</translation>
    </message>
    <message id="choices.situatie_werk.werkt">
        <source>Werkt nu</source>
        <translation type="unfinished">اوس کار کوم</translation>
    </message>
    <message id="choices.situatie_werk.zoekt">
        <source>Zoekt werk</source>
        <translation type="unfinished">د کار په لټه کې یم</translation>
    </message>
    <message id="choices.situatie_werk.niet_beschikbaar">
        <source>Nu niet beschikbaar</source>
        <translation type="unfinished">اوس چمتو نه یم</translation>
    </message>
    <message id="choices.nederlands_niveau.A0">
        <source>Nog geen Nederlands (A0)</source>
        <translation type="unfinished">لا تر اوسه هالنډي نه پوهېږم (A0)</translation>
    </message>
    <message id="choices.nederlands_niveau.A1">
        <source>A1</source>
        <translation type="unfinished">A1: لږه هالنډي – ساده کلمې او لنډې جملې</translation>
    </message>
    <message id="choices.nederlands_niveau.A2">
        <source>A2</source>
        <translation type="unfinished">A2: بنسټیزه هالنډي – د پېژندل شوو موضوعاتو په اړه ورځنۍ خبرې</translation>
    </message>
    <message id="choices.nederlands_niveau.B1plus">
        <source>B1 of hoger</source>
        <translation type="unfinished">B1 یا لوړ: ښه هالنډي – په ډېرو حالتونو کې خپل کار کولای شئ</translation>
    </message>
    <message id="choices.leerroute.b1">
        <source>B1-route</source>
        <translation type="unfinished">د B1 لاره (B1-route)</translation>
    </message>
    <message id="choices.leerroute.onderwijs">
        <source>Onderwijsroute</source>
        <translation type="unfinished">د زده کړې لاره (onderwijsroute)</translation>
    </message>
    <message id="choices.leerroute.z">
        <source>Z-route (zelfredzaamheidsroute)</source>
        <translation type="unfinished">Z لاره (د ځان بسیاینې لاره، zelfredzaamheidsroute)</translation>
    </message>
    <message id="choices.lbt_reden.zintuiglijke_beperking">
        <source>Zintuiglijke beperking (zien of horen)</source>
        <translation type="unfinished">حسي معلولیت (لیدل یا اورېدل)</translation>
    </message>
    <message id="choices.lbt_reden.anders">
        <source>Andere reden</source>
        <translation type="unfinished">بل دلیل</translation>
    </message>
    <message id="choices.ingehouden_lasten.huur">
        <source>Huur</source>
        <translation type="unfinished">کرایه</translation>
    </message>
    <message id="choices.ingehouden_lasten.energie">
        <source>Energie</source>
        <translation type="unfinished">انرژي (برېښنا او ګاز)</translation>
    </message>
    <message id="choices.ingehouden_lasten.water">
        <source>Water</source>
        <translation type="unfinished">اوبه</translation>
    </message>
    <message id="choices.ingehouden_lasten.zorgverzekering">
        <source>Zorgverzekering</source>
        <translation type="unfinished">روغتیايي بیمه</translation>
    </message>
    <message id="choices.ingehouden_lasten.gemeentelijke_belastingen">
        <source>Gemeentelijke belastingen</source>
        <translation type="unfinished">د ښاروالۍ مالیات</translation>
    </message>
    <message id="choices.ingehouden_lasten.overig">
        <source>Overige vaste lasten</source>
        <translation type="unfinished">نور ثابت لګښتونه</translation>
    </message>
    <message id="choices.toeslagen.huurtoeslag">
        <source>Huurtoeslag</source>
        <translation type="unfinished">د کرایې مرسته (huurtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.zorgtoeslag">
        <source>Zorgtoeslag</source>
        <translation type="unfinished">د روغتیايي بیمې مرسته (zorgtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.kinderopvangtoeslag">
        <source>Kinderopvangtoeslag</source>
        <translation type="unfinished">د ماشوم ساتنې مرسته (kinderopvangtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.kindgebonden_budget">
        <source>Kindgebonden budget</source>
        <translation type="unfinished">د ماشومانو لپاره مالي مرسته (kindgebonden budget)</translation>
    </message>
    <message id="choices.toeslagen.geen">
        <source>Geen toeslagen</source>
        <translation type="unfinished">هېڅ مالي مرسته نشته</translation>
    </message>
    <message id="choices.zrm5.1">
        <source>Acute problemen</source>
        <translation type="unfinished">بیړني ستونزې</translation>
    </message>
    <message id="choices.zrm5.2">
        <source>Niet zelfredzaam</source>
        <translation type="unfinished">ځان بسیا نه دی</translation>
    </message>
    <message id="choices.zrm5.3">
        <source>Beperkt zelfredzaam</source>
        <translation type="unfinished">تر یوه حده ځان بسیا</translation>
    </message>
    <message id="choices.zrm5.4">
        <source>Voldoende zelfredzaam</source>
        <translation type="unfinished">کافي ځان بسیا</translation>
    </message>
    <message id="choices.zrm5.5">
        <source>Volledig zelfredzaam</source>
        <translation type="unfinished">بشپړ ځان بسیا</translation>
    </message>
    <message id="choices.mb_organisatie.vluchtelingenwerk">
        <source>VluchtelingenWerk</source>
        <translation type="unfinished">VluchtelingenWerk (د کډوالو ملاتړ موسسه)</translation>
    </message>
    <message id="choices.mb_organisatie.gemeente">
        <source>De gemeente zelf</source>
        <translation type="unfinished">پخپله ښاروالي</translation>
    </message>
    <message id="choices.mb_organisatie.andere_organisatie">
        <source>Andere organisatie</source>
        <translation type="unfinished">بله موسسه</translation>
    </message>
    <message id="choices.contacten4.1">
        <source>Geen</source>
        <translation type="unfinished">هېڅ</translation>
    </message>
    <message id="choices.contacten4.2">
        <source>Weinig</source>
        <translation type="unfinished">لږ</translation>
    </message>
    <message id="choices.contacten4.3">
        <source>Een paar</source>
        <translation type="unfinished">یو څو</translation>
    </message>
    <message id="choices.contacten4.4">
        <source>Veel</source>
        <translation type="unfinished">ډېر</translation>
    </message>
    <message id="choices.hoofddoel.werk">
        <source>Werk</source>
        <translation type="unfinished">کار</translation>
    </message>
    <message id="choices.hoofddoel.onderwijs">
        <source>Onderwijs</source>
        <translation type="unfinished">زده کړه</translation>
    </message>
    <message id="choices.hoofddoel.participatie">
        <source>Meedoen in de samenleving (participatie)</source>
        <translation type="unfinished">په ټولنه کې ګډون (participatie)</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message id="theme.kennismaken">
        <source>Kennismaken</source>
        <extracomment>Getting to know each other</extracomment>
        <translation type="unfinished">پېژندګلوي</translation>
    </message>
    <message id="theme.werk">
        <source>Werk en ambities</source>
        <extracomment>Work and ambitions</extracomment>
        <translation type="unfinished">کار او هیلې</translation>
    </message>
    <message id="theme.leren">
        <source>Leren en taal</source>
        <extracomment>Learning and language</extracomment>
        <translation type="unfinished">زده کړه او ژبه</translation>
    </message>
    <message id="theme.gezondheid">
        <source>Gezondheid en welzijn</source>
        <extracomment>Health and well-being</extracomment>
        <translation type="unfinished">روغتیا او هوساینه</translation>
    </message>
    <message id="theme.netwerk">
        <source>Netwerk en vrije tijd</source>
        <extracomment>Network and free time</extracomment>
        <translation type="unfinished">اړیکې او وزګار وخت</translation>
    </message>
    <message id="theme.wonen">
        <source>Wonen, gezin en geldzaken</source>
        <extracomment>Home, family and money</extracomment>
        <translation type="unfinished">کور، کورنۍ او د پیسو چارې</translation>
    </message>
    <message id="theme.toekomst">
        <source>Toekomst en afspraken</source>
        <extracomment>Future and agreements</extracomment>
        <translation type="unfinished">راتلونکې او هوکړې</translation>
    </message>
    <message id="card.1">
        <source>Wat wil je dat ik over jou weet?</source>
        <extracomment>What would you like me to know about you?</extracomment>
        <translation type="unfinished">غواړئ چې زه ستاسو په اړه په څه پوه شم؟</translation>
    </message>
    <message id="card.2">
        <source>Hoe ziet een gewone dag voor jou eruit?</source>
        <extracomment>What does an ordinary day look like for you?</extracomment>
        <translation type="unfinished">ستاسو یوه عادي ورځ څنګه تېرېږي؟</translation>
    </message>
    <message id="card.3">
        <source>Waar ben je trots op?</source>
        <extracomment>What are you proud of?</extracomment>
        <translation type="unfinished">په څه ویاړئ؟</translation>
    </message>
    <message id="card.4">
        <source>Hoe wil je dat ik je noem?</source>
        <extracomment>What would you like me to call you?</extracomment>
        <translation type="unfinished">غواړئ چې تاسو ته په کوم نوم غږ وکړم؟</translation>
    </message>
    <message id="card.5">
        <source>Welke taal spreek je het liefst als het moeilijk wordt?</source>
        <extracomment>Which language do you prefer when things get difficult?</extracomment>
        <translation type="unfinished">کله چې کارونه سخت شي، په کومه ژبه خبرې کول غوره ګڼئ؟</translation>
    </message>
    <message id="card.6">
        <source>Wat heb je al geleerd sinds je in Nederland bent?</source>
        <extracomment>What have you already learned since you came to the Netherlands?</extracomment>
        <translation type="unfinished">له هغه وخته چې هالنډ ته راغلي یاست، څه مو زده کړي دي؟</translation>
    </message>
    <message id="card.7">
        <source>Wanneer is dit gesprek voor jou goed gegaan?</source>
        <extracomment>When will you feel this conversation went well?</extracomment>
        <translation type="unfinished">دا خبرې اترې به ستاسو لپاره کله ښې تېرې شوې وي؟</translation>
    </message>
    <message id="card.8">
        <source>Welk werk heb je gedaan, betaald of onbetaald?</source>
        <extracomment>What work have you done, paid or unpaid?</extracomment>
        <translation type="unfinished">تاسو کوم کارونه کړي دي، په معاش یا بې معاشه؟</translation>
    </message>
    <message id="card.9">
        <source>Wat kun je goed met je handen, met je hoofd of met mensen?</source>
        <extracomment>What are you good at: with your hands, your head, or with people?</extracomment>
        <translation type="unfinished">په څه کې ښه یاست: په لاسونو، په ذهن یا له خلکو سره؟</translation>
    </message>
    <message id="card.10">
        <source>Welk werk zou je over drie jaar willen doen?</source>
        <extracomment>What work would you like to do three years from now?</extracomment>
        <translation type="unfinished">غواړئ درې کاله وروسته کوم کار وکړئ؟</translation>
    </message>
    <message id="card.11">
        <source>Wat heb je nodig om dat werk te kunnen doen?</source>
        <extracomment>What do you need to be able to do that work?</extracomment>
        <translation type="unfinished">د هغه کار د کولو لپاره څه ته اړتیا لرئ؟</translation>
    </message>
    <message id="card.12">
        <source>Welk werk wil je liever niet doen, en waarom?</source>
        <extracomment>What work would you rather not do, and why?</extracomment>
        <translation type="unfinished">کوم کار نه غواړئ چې وکړئ، او ولې؟</translation>
    </message>
    <message id="card.13">
        <source>Wie kent er iemand die werkt in het vak dat jij leuk vindt?</source>
        <extracomment>Do you know anyone who works in the field you like?</extracomment>
        <translation type="unfinished">آیا څوک پېژنئ چې ستاسو د خوښې په مسلک کې کار کوي؟</translation>
    </message>
    <message id="card.14">
        <source>Hoeveel uur per week kun je nu werken of meedoen?</source>
        <extracomment>How many hours a week can you work or take part right now?</extracomment>
        <translation type="unfinished">اوس مهال په اونۍ کې څو ساعته کار کولی شئ یا په فعالیتونو کې ګډون کولی شئ؟</translation>
    </message>
    <message id="card.15">
        <source>Noem twee dingen waar je beter in wilt worden.</source>
        <extracomment>Name two things you want to get better at.</extracomment>
        <translation type="unfinished">دوه شیان ووایاست چې غواړئ په هغو کې ښه شئ.</translation>
    </message>
    <message id="card.16">
        <source>Hoe leer jij het makkelijkst: kijken, luisteren, doen of lezen?</source>
        <extracomment>How do you learn most easily: watching, listening, doing or reading?</extracomment>
        <translation type="unfinished">تاسو په کومه لاره اسانه زده کړه کوئ: په لیدلو، اورېدلو، عملي کار که لوستلو؟</translation>
    </message>
    <message id="card.17">
        <source>Wat vond je vroeger op school leuk of moeilijk?</source>
        <extracomment>What did you like or find hard at school?</extracomment>
        <translation type="unfinished">په ښوونځي کې مو څه خوښېدل او څه درته ګران وو؟</translation>
    </message>
    <message id="card.18">
        <source>Waar en met wie spreek je nu Nederlands?</source>
        <extracomment>Where, and with whom, do you speak Dutch now?</extracomment>
        <translation type="unfinished">اوس چېرته او له چا سره هالنډي خبرې کوئ؟</translation>
    </message>
    <message id="card.19">
        <source>Wat maakt het leren van Nederlands soms lastig voor jou?</source>
        <extracomment>What sometimes makes learning Dutch hard for you?</extracomment>
        <translation type="unfinished">څه شی ځینې وخت ستاسو لپاره د هالنډي ژبې زده کړه ګرانوي؟</translation>
    </message>
    <message id="card.20">
        <source>Welke opleiding zou je nog willen volgen?</source>
        <extracomment>Which education or training would you still like to do?</extracomment>
        <translation type="unfinished">لا هم کومه زده کړه یا کورس کول غواړئ؟</translation>
    </message>
    <message id="card.21">
        <source>Hoe merk je dat je vooruit gaat?</source>
        <extracomment>How do you notice that you are making progress?</extracomment>
        <translation type="unfinished">څنګه پوهېږئ چې پرمختګ کوئ؟</translation>
    </message>
    <message id="card.22">
        <source>Hoe gaat het met je energie deze weken?</source>
        <extracomment>How is your energy these weeks? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">په دې اونیو کې ستاسو انرژي څنګه ده؟</translation>
    </message>
    <message id="card.23">
        <source>Hoe slaap je de laatste tijd?</source>
        <extracomment>How have you been sleeping lately? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">په دې وروستیو کې مو خوب څنګه دی؟</translation>
    </message>
    <message id="card.24">
        <source>Wat helpt jou als je je zorgen maakt?</source>
        <extracomment>What helps you when you are worried? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">کله چې اندېښنه لرئ، څه شی درسره مرسته کوي؟</translation>
    </message>
    <message id="card.25">
        <source>Is er iets met je gezondheid waar we rekening mee moeten houden bij lessen of werk?</source>
        <extracomment>Is there anything about your health we should take into account for lessons or work? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">ستاسو د روغتیا په اړه داسې څه شته چې باید په درسونو یا کار کې یې په پام کې ونیسو؟</translation>
    </message>
    <message id="card.26">
        <source>Weet je bij wie je terecht kunt als je ziek bent?</source>
        <extracomment>Do you know where to go when you are ill? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">آیا پوهېږئ چې کله ناروغه شئ، چا ته ورشئ؟</translation>
    </message>
    <message id="card.27">
        <source>Wat doe je om je goed te voelen?</source>
        <extracomment>What do you do to feel good? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">د دې لپاره چې ځان ښه احساس کړئ، څه کوئ؟</translation>
    </message>
    <message id="card.28">
        <source>Is er iets waar je liever alleen, zonder familie erbij, over praat?</source>
        <extracomment>Is there anything you would rather discuss alone, without family present? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">آیا داسې څه شته چې غواړئ یوازې، د کورنۍ له شتون پرته، پرې خبرې وکړئ؟</translation>
    </message>
    <message id="card.29">
        <source>Wie zijn de belangrijkste mensen om je heen?</source>
        <extracomment>Who are the most important people around you?</extracomment>
        <translation type="unfinished">ستاسو شاوخوا تر ټولو مهم کسان څوک دي؟</translation>
    </message>
    <message id="card.30">
        <source>Wie kun je bellen als je hulp nodig hebt?</source>
        <extracomment>Who can you call when you need help?</extracomment>
        <translation type="unfinished">کله چې مرستې ته اړتیا لرئ، چا ته زنګ وهلی شئ؟</translation>
    </message>
    <message id="card.31">
        <source>Wat doe je graag in je vrije tijd?</source>
        <extracomment>What do you like to do in your free time?</extracomment>
        <translation type="unfinished">په وزګار وخت کې څه کول خوښوئ؟</translation>
    </message>
    <message id="card.32">
        <source>Welke buren of mensen in de wijk ken je al?</source>
        <extracomment>Which neighbours or people in the neighbourhood do you already know?</extracomment>
        <translation type="unfinished">کوم ګاونډیان یا د سیمې کوم خلک مو تر اوسه پېژندلي دي؟</translation>
    </message>
    <message id="card.33">
        <source>Zou je vrijwilligerswerk willen doen? Waarmee?</source>
        <extracomment>Would you like to do volunteer work? What kind?</extracomment>
        <translation type="unfinished">آیا غواړئ رضاکارانه کار وکړئ؟ په کومه برخه کې؟</translation>
    </message>
    <message id="card.34">
        <source>Welke sport of club zou je willen proberen?</source>
        <extracomment>Which sport or club would you like to try?</extracomment>
        <translation type="unfinished">کومه لوبه یا کلب غواړئ وازمویئ؟</translation>
    </message>
    <message id="card.35">
        <source>Waar ontmoet je mensen die geen familie zijn?</source>
        <extracomment>Where do you meet people who are not family?</extracomment>
        <translation type="unfinished">چېرته له داسې خلکو سره وینئ چې ستاسو کورنۍ نه دي؟</translation>
    </message>
    <message id="card.36">
        <source>Hoe bevalt je woning en je buurt?</source>
        <extracomment>How do you like your home and neighbourhood?</extracomment>
        <translation type="unfinished">له خپل کور او سیمې څخه راضي یاست؟</translation>
    </message>
    <message id="card.37">
        <source>Welke brieven vind je moeilijk om te lezen of te begrijpen?</source>
        <extracomment>Which letters do you find hard to read or understand?</extracomment>
        <translation type="unfinished">کوم لیکونه لوستل یا پوهېدل درته ګران دي؟</translation>
    </message>
    <message id="card.38">
        <source>Wie regelt bij jullie thuis de rekeningen?</source>
        <extracomment>Who takes care of the bills in your household?</extracomment>
        <translation type="unfinished">ستاسو په کور کې بلونه څوک ورکوي؟</translation>
    </message>
    <message id="card.39">
        <source>Wat wil je zelf kunnen regelen als het ontzorgen stopt?</source>
        <extracomment>What do you want to be able to arrange yourself when ontzorgen ends?</extracomment>
        <translation type="unfinished">کله چې ontzorgen (د ښاروالۍ له خوا ستاسو د ثابتو لګښتونو ورکړه) پای ته ورسېږي، کوم کارونه غواړئ پخپله ترسره کړای شئ؟</translation>
    </message>
    <message id="card.40">
        <source>Wat hebben je kinderen nodig om het goed te doen op school of de opvang?</source>
        <extracomment>What do your children need to do well at school or in childcare?</extracomment>
        <translation type="unfinished">ستاسو ماشومان په ښوونځي یا وړکتون کې د بریالیتوب لپاره څه ته اړتیا لري؟</translation>
    </message>
    <message id="card.41">
        <source>Is er iemand in je gezin die extra zorg nodig heeft?</source>
        <extracomment>Is there anyone in your family who needs extra care?</extracomment>
        <translation type="unfinished">آیا ستاسو په کورنۍ کې څوک شته چې اضافي پاملرنې ته اړتیا ولري؟</translation>
    </message>
    <message id="card.42">
        <source>Waar zou je meer over willen weten: geld, toeslagen of verzekeringen?</source>
        <extracomment>What would you like to know more about: money, allowances or insurance?</extracomment>
        <translation type="unfinished">د څه په اړه غواړئ ډېر معلومات ولرئ: پیسې، مرستې (toeslagen) که بیمې؟</translation>
    </message>
    <message id="card.43">
        <source>Waar sta je over een jaar, als alles goed gaat?</source>
        <extracomment>Where will you be in a year if everything goes well?</extracomment>
        <translation type="unfinished">که هر څه ښه پرمخ ولاړ شي، یو کال وروسته به چېرته یاست؟</translation>
    </message>
    <message id="card.44">
        <source>Wat is de eerste kleine stap die je deze maand kunt zetten?</source>
        <extracomment>What first small step can you take this month?</extracomment>
        <translation type="unfinished">لومړی کوچنی ګام چې په دې میاشت کې یې اخیستلی شئ، کوم دی؟</translation>
    </message>
    <message id="card.45">
        <source>Wat kan ik of de gemeente doen om je te helpen?</source>
        <extracomment>What can I or the municipality do to help you?</extracomment>
        <translation type="unfinished">زه یا ښاروالي ستاسو د مرستې لپاره څه کولی شو؟</translation>
    </message>
    <message id="card.46">
        <source>Wat heb je geleerd sinds ons vorige gesprek?</source>
        <extracomment>What have you learned since our last conversation?</extracomment>
        <translation type="unfinished">زموږ له تېرو خبرو راهیسې مو څه زده کړي دي؟</translation>
    </message>
    <message id="card.47">
        <source>Welke afspraak was moeilijk om na te komen, en waarom?</source>
        <extracomment>Which agreement was hard to keep, and why?</extracomment>
        <translation type="unfinished">په کومه هوکړه ولاړ پاتې کېدل ګران وو، او ولې؟</translation>
    </message>
    <message id="card.48">
        <source>Wanneer ga je tevreden naar huis?</source>
        <extracomment>When do you go home satisfied?</extracomment>
        <translation type="unfinished">کله په خوښۍ کور ته ځئ؟</translation>
    </message>
    <message id="card.49">
        <source>Wie wil je vertellen over je plan?</source>
        <extracomment>Who would you like to tell about your plan?</extracomment>
        <translation type="unfinished">غواړئ د خپل پلان په اړه چا ته ووایاست؟</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message id="validation.required">
        <source>Dit veld is verplicht.</source>
        <translation type="unfinished">دا برخه اړینه ده.</translation>
    </message>
    <message id="validation.type">
        <source>Dit antwoord heeft een onjuiste vorm.</source>
        <translation type="unfinished">د دې ځواب بڼه سمه نه ده.</translation>
    </message>
    <message id="validation.too_long">
        <source>De tekst is te lang. Er zijn maximaal {max} tekens bewaard; de rest is weggelaten.</source>
        <translation type="unfinished">متن ډېر اوږد دی. تر {max} تورو پورې خوندي شول؛ پاتې برخه لرې شوه.</translation>
    </message>
    <message id="validation.chars_removed">
        <source>Onzichtbare stuurtekens zijn uit het antwoord verwijderd.</source>
        <translation type="unfinished">نالیدونکې کنټرولي نښې له ځواب څخه لرې شوې.</translation>
    </message>
    <message id="validation.integer">
        <source>Vul een heel getal in, bijvoorbeeld 3.</source>
        <translation type="unfinished">یو بشپړ عدد ولیکئ، د بېلګې په توګه 3.</translation>
    </message>
    <message id="validation.decimal">
        <source>Vul een getal in, bijvoorbeeld 2,5.</source>
        <translation type="unfinished">یو عدد ولیکئ، د بېلګې په توګه 2,5.</translation>
    </message>
    <message id="validation.min">
        <source>De waarde moet minimaal {min} zijn.</source>
        <translation type="unfinished">ارزښت باید لږ تر لږه {min} وي.</translation>
    </message>
    <message id="validation.max">
        <source>De waarde mag hoogstens {max} zijn.</source>
        <translation type="unfinished">ارزښت باید تر {max} زیات نه وي.</translation>
    </message>
    <message id="validation.date_format">
        <source>Vul een datum in als dd-mm-jjjj, bijvoorbeeld 03-02-2025.</source>
        <translation type="unfinished">نېټه د ورځ-میاشت-کال (dd-mm-jjjj) په بڼه ولیکئ، د بېلګې په توګه 03-02-2025.</translation>
    </message>
    <message id="validation.partial_date_format">
        <source>Vul een datum in als dd-mm-jjjj, mm-jjjj of alleen het jaar (jjjj).</source>
        <translation type="unfinished">نېټه د dd-mm-jjjj، mm-jjjj یا یوازې کال (jjjj) په بڼه ولیکئ.</translation>
    </message>
    <message id="validation.date_impossible">
        <source>Deze datum bestaat niet.</source>
        <translation type="unfinished">دا نېټه شتون نه لري.</translation>
    </message>
    <message id="validation.date_future">
        <source>Deze datum mag niet in de toekomst liggen.</source>
        <translation type="unfinished">دا نېټه باید په راتلونکي کې نه وي.</translation>
    </message>
    <message id="validation.date_too_old">
        <source>Deze datum ligt te ver in het verleden (voor {year}).</source>
        <translation type="unfinished">دا نېټه ډېره پخوانۍ ده (له {year} مخکې).</translation>
    </message>
    <message id="validation.choice">
        <source>Kies een van de mogelijke antwoorden.</source>
        <translation type="unfinished">له ممکنو ځوابونو څخه یو وټاکئ.</translation>
    </message>
    <message id="validation.choice_exclusive">
        <source>&apos;{choice}&apos; kan niet samen met andere antwoorden gekozen worden.</source>
        <translation type="unfinished">&apos;{choice}&apos; له نورو ځوابونو سره یوځای نه شي ټاکل کېدای.</translation>
    </message>
    <message id="validation.yesno">
        <source>Kies ja of nee.</source>
        <translation type="unfinished">هو یا نه وټاکئ.</translation>
    </message>
    <message id="validation.scale">
        <source>Kies een waarde van {min} tot en met {max}.</source>
        <translation type="unfinished">له {min} څخه تر {max} پورې یو ارزښت وټاکئ.</translation>
    </message>
    <message id="validation.bsn">
        <source>Dit BSN is niet geldig (de elfproef klopt niet).</source>
        <translation type="unfinished">دا BSN سم نه دی (د یوولسو ازموینه سمه نه ده).</translation>
    </message>
    <message id="validation.bsn_length">
        <source>Een BSN bestaat uit 9 cijfers.</source>
        <translation type="unfinished">BSN له 9 عددونو جوړ دی.</translation>
    </message>
    <message id="validation.vnummer">
        <source>Een V-nummer bestaat uit precies 10 cijfers.</source>
        <translation type="unfinished">V-شمېره (V-nummer) دقیقاً 10 عددونه لري.</translation>
    </message>
    <message id="validation.postcode">
        <source>Vul een geldige postcode in: 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.</source>
        <translation type="unfinished">سم پوستي کوډ ولیکئ: 4 عددونه او 2 توري، د بېلګې په توګه 1234 AB.</translation>
    </message>
    <message id="validation.phone">
        <source>Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 20 1234567.</source>
        <translation type="unfinished">سمه د ټلیفون شمېره ولیکئ، د بېلګې په توګه 06 12345678 یا ‎+31 20 1234567.</translation>
    </message>
    <message id="validation.email">
        <source>Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.</source>
        <translation type="unfinished">سمه برېښنالیک پته ولیکئ، د بېلګې په توګه naam@voorbeeld.nl.</translation>
    </message>
    <message id="validation.constraint">
        <source>Dit antwoord is niet toegestaan.</source>
        <translation type="unfinished">دا ځواب نه منل کېږي.</translation>
    </message>
    <message id="validation.readonly_office">
        <source>Dit gegeven komt van het kantoorsysteem (bijvoorbeeld DUO) en kan hier niet worden gewijzigd.</source>
        <translation type="unfinished">دا معلومات د دفتر له سیسټم (د بېلګې په توګه DUO) څخه راځي او دلته نه شي بدلېدای.</translation>
    </message>
    <message id="validation.calculated">
        <source>Dit veld wordt automatisch berekend.</source>
        <translation type="unfinished">دا برخه په اتومات ډول محاسبه کېږي.</translation>
    </message>
    <message id="validation.repeat_max">
        <source>Er kunnen maximaal {max} regels worden toegevoegd.</source>
        <translation type="unfinished">تر {max} کرښو پورې اضافه کېدای شي.</translation>
    </message>
    <message id="validation.repeat_row">
        <source>Deze regel bestaat niet.</source>
        <translation type="unfinished">دا کرښه شتون نه لري.</translation>
    </message>
    <message id="validation.unknown_field">
        <source>Deze vraag bestaat niet in deze versie van het formulier.</source>
        <translation type="unfinished">دا پوښتنه د فورمې په دې نسخه کې نشته.</translation>
    </message>
</context>
<context>
    <name>selffill</name>
    <message id="selffill.next">
        <source>Volgende</source>
        <translation type="unfinished">بل</translation>
    </message>
    <message id="selffill.previous">
        <source>Vorige</source>
        <translation type="unfinished">مخکینی</translation>
    </message>
    <message id="selffill.done">
        <source>Klaar</source>
        <translation type="unfinished">بشپړ شو</translation>
    </message>
    <message id="selffill.skip">
        <source>Sla over</source>
        <translation type="unfinished">پرېږدئ</translation>
    </message>
    <message id="selffill.section_progress">
        <source>Sectie {n} van {total}</source>
        <translation type="unfinished">برخه {n} له {total}</translation>
    </message>
    <message id="selffill.return_laptop">
        <source>Geef de laptop terug aan de klantmanager</source>
        <translation type="unfinished">مهرباني وکړئ لپ ټاپ بېرته د خپلې دوسیې مسؤل کارکوونکي ته ورکړئ</translation>
    </message>
    <message id="selffill.welcome">
        <source>Welkom. U kunt deze vragen zelf invullen, in uw eigen taal.</source>
        <translation type="unfinished">ښه راغلاست. تاسو کولی شئ دا پوښتنې پخپله، په خپله ژبه ډکې کړئ.</translation>
    </message>
    <message id="selffill.choose_language">
        <source>Kies uw taal</source>
        <translation type="unfinished">خپله ژبه وټاکئ</translation>
    </message>
    <message id="selffill.no_wrong_answers">
        <source>Er zijn geen foute antwoorden.</source>
        <translation type="unfinished">هېڅ غلط ځواب نشته.</translation>
    </message>
    <message id="selffill.skip_allowed">
        <source>U mag een vraag overslaan als u het antwoord niet weet.</source>
        <translation type="unfinished">که د یوې پوښتنې ځواب نه پوهېږئ، هغه پرېښودلی شئ.</translation>
    </message>
    <message id="selffill.answer_own_language">
        <source>U mag antwoorden in uw eigen taal.</source>
        <translation type="unfinished">تاسو کولی شئ په خپله ژبه ځواب ورکړئ.</translation>
    </message>
    <message id="selffill.saved">
        <source>Uw antwoorden zijn bewaard.</source>
        <translation type="unfinished">ستاسو ځوابونه خوندي شول.</translation>
    </message>
    <message id="selffill.thanks">
        <source>Dank u wel!</source>
        <translation type="unfinished">مننه!</translation>
    </message>
    <message id="selffill.yes">
        <source>Ja</source>
        <translation type="unfinished">هو</translation>
    </message>
    <message id="selffill.no">
        <source>Nee</source>
        <translation type="unfinished">نه</translation>
    </message>
    <message id="selffill.unknown">
        <source>Weet ik niet</source>
        <translation type="unfinished">نه پوهېږم</translation>
    </message>
    <message id="selffill.required">
        <source>Deze vraag is verplicht.</source>
        <translation type="unfinished">دا پوښتنه اړینه ده.</translation>
    </message>
    <message id="selffill.add_row">
        <source>Nog een toevoegen</source>
        <translation type="unfinished">یو بل اضافه کړئ</translation>
    </message>
    <message id="selffill.remove_row">
        <source>Verwijderen</source>
        <translation type="unfinished">لرې کول</translation>
    </message>
    <message id="selffill.dutch_fallback">
        <source>Deze tekst is nog niet vertaald en staat in het Nederlands.</source>
        <translation type="unfinished">دا متن لا نه دی ژباړل شوی او په هالنډي ژبه ښودل کېږي.</translation>
    </message>
    <message id="selffill.alone_reminder">
        <source>U mag deze vragen ook alleen beantwoorden, zonder familie erbij.</source>
        <translation type="unfinished">تاسو کولی شئ دې پوښتنو ته یوازې، د کورنۍ له شتون پرته هم ځواب ورکړئ.</translation>
    </message>
    <message id="selffill.larger_text">
        <source>Grotere letters</source>
        <translation type="unfinished">لوی توري</translation>
    </message>
    <message id="selffill.question_progress">
        <source>Vraag {n} van {total}</source>
        <translation type="unfinished">پوښتنه {n} له {total}</translation>
    </message>
    <message id="selffill.all_saved">
        <source>Alle wijzigingen bewaard</source>
        <translation type="unfinished">ټول بدلونونه خوندي شول</translation>
    </message>
    <message id="selffill.not_saved_retry">
        <source>Nog niet bewaard. We proberen het zo opnieuw.</source>
        <translation type="unfinished">لا تر اوسه نه دي خوندي شوي. لږ وروسته به بیا هڅه وکړو.</translation>
    </message>
    <message id="selffill.start">
        <source>Beginnen</source>
        <translation type="unfinished">پیل کړئ</translation>
    </message>
    <message id="selffill.start_intro">
        <source>U krijgt vragen over:</source>
        <translation type="unfinished">له تاسو به د دې موضوعګانو په اړه پوښتنې وشي:</translation>
    </message>
    <message id="selffill.text_capped">
        <source>Dit antwoord mag niet langer zijn dan {n} tekens. De rest is weggelaten.</source>
        <translation type="unfinished">دا ځواب تر {n} تورو اوږد کېدای نه شي. پاتې برخه پرېښودل شوه.</translation>
    </message>
    <message id="selffill.listen">
        <source>Luisteren</source>
        <translation type="unfinished">واورئ</translation>
    </message>
    <message id="selffill.computer_voice">
        <source>computerstem</source>
        <translation type="unfinished">د کمپیوټر غږ</translation>
    </message>
    <message id="selffill.audio_problem">
        <source>Het geluid kan nu niet worden afgespeeld. U kunt gewoon verder gaan.</source>
        <translation type="unfinished">اوس غږ نه شي غږېدای. تاسو کولای شئ په عادي ډول دوام ورکړئ.</translation>
    </message>
    <message id="selffill.record">
        <source>Antwoord inspreken</source>
        <translation type="unfinished">خپل ځواب ثبت کړئ</translation>
    </message>
    <message id="selffill.stop_recording">
        <source>Stoppen</source>
        <translation type="unfinished">ودروئ</translation>
    </message>
    <message id="selffill.play_recording">
        <source>Terugluisteren</source>
        <translation type="unfinished">ثبت واورئ</translation>
    </message>
    <message id="selffill.delete_recording">
        <source>Opname wissen</source>
        <translation type="unfinished">ثبت ړنګ کړئ</translation>
    </message>
    <message id="selffill.recorded">
        <source>Uw gesproken antwoord is bewaard.</source>
        <translation type="unfinished">ستاسو غږیز ځواب خوندي شو.</translation>
    </message>
    <message id="selffill.mic_problem">
        <source>De microfoon werkt niet. U kunt uw antwoord ook typen.</source>
        <translation type="unfinished">مایکروفون کار نه کوي. تاسو کولای شئ خپل ځواب ولیکئ هم.</translation>
    </message>
</context>
<context>
    <name>pip_summary</name>
    <message id="pip_summary.title">
        <source>Samenvatting van uw plan (concept)</source>
        <translation type="unfinished">ستاسو د پلان لنډیز (مسوده)</translation>
    </message>
    <message id="pip_summary.notice">
        <source>Dit is een concept. De gemeente heeft nog geen besluit genomen. De Nederlandse tekst is leidend.</source>
        <translation type="unfinished">دا یوه مسوده ده. ښاروالۍ لا تر اوسه پرېکړه نه ده کړې. هالنډي متن معتبر متن دی.</translation>
    </message>
    <message id="pip_summary.route_b1">
        <source>Uw leerroute is de B1-route. U leert Nederlands tot niveau {level}.</source>
        <translation type="unfinished">ستاسو د زده کړې لار د B1 لار ده. تاسو به هالنډي ژبه تر {level} کچې پورې زده کړئ.</translation>
    </message>
    <message id="pip_summary.route_onderwijs">
        <source>Uw leerroute is de onderwijsroute. U volgt een schakeltraject naar een opleiding in Nederland.</source>
        <translation type="unfinished">ستاسو د زده کړې لار د تعلیم لار ده. تاسو به په هالنډ کې د زده کړې لپاره یو چمتووالي پروګرام تعقیب کړئ.</translation>
    </message>
    <message id="pip_summary.route_z">
        <source>Uw leerroute is de zelfredzaamheidsroute (Z-route). U leert Nederlands en doet mee in de samenleving.</source>
        <translation type="unfinished">ستاسو د زده کړې لار د ځان بسیا کېدو لار (Z لار) ده. تاسو به هالنډي ژبه زده کړئ او په ټولنه کې برخه واخلئ.</translation>
    </message>
    <message id="pip_summary.route_none">
        <source>Uw leerroute is nog niet gekozen. Dat bespreken wij samen.</source>
        <translation type="unfinished">ستاسو د زده کړې لار لا نه ده ټاکل شوې. موږ به یې په اړه یوځای خبرې وکړو.</translation>
    </message>
    <message id="pip_summary.termijn_known">
        <source>U heeft tot {date} om uw inburgering af te ronden.</source>
        <translation type="unfinished">تاسو تر {date} پورې وخت لرئ چې خپل ادغام بشپړ کړئ.</translation>
    </message>
    <message id="pip_summary.termijn_unknown">
        <source>U heeft drie jaar om uw inburgering af te ronden. De termijn begint op de dag na het besluit over dit plan.</source>
        <translation type="unfinished">تاسو درې کاله وخت لرئ چې خپل ادغام بشپړ کړئ. دا موده د دې پلان په اړه د پرېکړې نه وروسته ورځ پیلېږي.</translation>
    </message>
    <message id="pip_summary.lessons">
        <source>U krijgt {hours} uur per week Nederlandse les.</source>
        <translation type="unfinished">تاسو به په اونۍ کې {hours} ساعته د هالنډي ژبې درسونه ولرئ.</translation>
    </message>
    <message id="pip_summary.knm">
        <source>U leert over de Nederlandse samenleving (KNM).</source>
        <translation type="unfinished">تاسو به د هالنډ د ټولنې په اړه زده کړه وکړئ (KNM).</translation>
    </message>
    <message id="pip_summary.pvt">
        <source>U volgt het participatieverklaringstraject (PVT) van minstens 12 uur.</source>
        <translation type="unfinished">تاسو به لږ تر لږه 12 ساعته د ګډون د اعلامیې پروګرام (PVT) تعقیب کړئ.</translation>
    </message>
    <message id="pip_summary.map">
        <source>U volgt de Module Arbeidsmarkt en Participatie (MAP) over werk in Nederland.</source>
        <translation type="unfinished">تاسو به په هالنډ کې د کار په اړه د کار بازار او ګډون ماډیول (MAP) تعقیب کړئ.</translation>
    </message>
    <message id="pip_summary.ontzorgen">
        <source>De gemeente betaalt uw vaste lasten ({costs}) rechtstreeks van {start} tot {end}.</source>
        <translation type="unfinished">ښاروالي ستاسو ثابت لګښتونه ({costs}) له {start} څخه تر {end} پورې مستقیم ورکوي.</translation>
    </message>
    <message id="pip_summary.ontzorgen_nodates">
        <source>De eerste maanden betaalt de gemeente uw vaste lasten ({costs}) rechtstreeks.</source>
        <translation type="unfinished">په لومړیو میاشتو کې ښاروالي ستاسو ثابت لګښتونه ({costs}) مستقیم ورکوي.</translation>
    </message>
    <message id="pip_summary.mb">
        <source>U krijgt hulp van {organisation} (maatschappelijke begeleiding).</source>
        <translation type="unfinished">تاسو به له {organisation} څخه مرسته ترلاسه کړئ (ټولنیز ملاتړ).</translation>
    </message>
    <message id="pip_summary.childcare">
        <source>Kinderopvang is nodig. Wij helpen u om dit te regelen.</source>
        <translation type="unfinished">د ماشومانو ساتنه اړینه ده. موږ به یې په تنظیمولو کې له تاسو سره مرسته وکړو.</translation>
    </message>
    <message id="pip_summary.progress">
        <source>Wij spreken elkaar regelmatig om te bespreken hoe het gaat. Het eerste gesprek is op {date}.</source>
        <translation type="unfinished">موږ به په منظم ډول سره ګورو ترڅو د پرمختګ په اړه خبرې وکړو. لومړۍ کتنه به په {date} وي.</translation>
    </message>
    <message id="pip_summary.progress_nodate">
        <source>Wij spreken elkaar regelmatig om te bespreken hoe het gaat.</source>
        <translation type="unfinished">موږ به په منظم ډول سره ګورو ترڅو د پرمختګ په اړه خبرې وکړو.</translation>
    </message>
    <message id="pip_summary.contact">
        <source>Heeft u vragen? Neem contact op met uw klantmanager: {name}, telefoon {phone}.</source>
        <translation type="unfinished">پوښتنې لرئ؟ له خپل مسؤل کارکوونکي سره اړیکه ونیسئ: {name}، تلیفون {phone}.</translation>
    </message>
    <message id="pip_summary.unreviewed_note">
        <source>Let op: de vertaling op deze pagina is nog niet gecontroleerd door een beëdigd vertaler. Bij twijfel geldt de Nederlandse tekst.</source>
        <translation type="unfinished">پام وکړئ: د دې پاڼې ژباړه لا تر اوسه د رسمي ژباړونکي لخوا نه ده کتل شوې. د شک په صورت کې هالنډي متن معتبر دی.</translation>
    </message>
    <message id="pip_summary.cost.huur">
        <source>huur</source>
        <translation type="unfinished">کرایه</translation>
    </message>
    <message id="pip_summary.cost.energie">
        <source>energie</source>
        <translation type="unfinished">انرژي</translation>
    </message>
    <message id="pip_summary.cost.water">
        <source>water</source>
        <translation type="unfinished">اوبه</translation>
    </message>
    <message id="pip_summary.cost.zorgverzekering">
        <source>zorgverzekering</source>
        <translation type="unfinished">روغتیايي بیمه</translation>
    </message>
</context>
</TS>
