<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ckb_IQ" sourcelanguage="nl">
<context>
    <name>brede-intake</name>
    <message id="form.title">
        <source>Brede intake inburgering</source>
        <translation type="unfinished">چاوپێکەوتنی گشتگیری تێکەڵبوون (Brede intake inburgering)</translation>
    </message>
    <message id="section.A.title">
        <source>Administratie en persoonsgegevens</source>
        <translation type="unfinished">کارگێڕی و زانیاریی کەسی</translation>
    </message>
    <message id="section.A.intro">
        <source>Gegevens over de persoon, het verblijf en dit gesprek. Neem namen en datums over zoals ze in de BRP of op de verblijfsvergunning staan.</source>
        <translation type="unfinished">زانیاری دەربارەی کەسەکە، نیشتەجێبوون و ئەم چاوپێکەوتنە. ناو و ڕێکەوتەکان وەک خۆیان بنووسن وەک لە تۆماری بنەڕەتی کەسەکان (BRP) یان لەسەر مۆڵەتی نیشتەجێبوون هاتووە.</translation>
    </message>
    <message id="field.info_recht_zonder_partner.info">
        <source>De klant heeft recht op een gesprek zonder partner, familielid of andere persoon erbij. Vertel dit aan het begin van het gesprek. Bied zo nodig een apart gesprek aan.</source>
        <translation type="unfinished">سوودمەند مافی ئەوەی هەیە چاوپێکەوتن بکات بەبێ ئامادەبوونی هاوسەر، ئەندامێکی خێزان یان کەسێکی تر. ئەمە لە سەرەتای چاوپێکەوتنەکەدا پێی بڵێن. ئەگەر پێویست بوو، چاوپێکەوتنێکی جیا پێشنیار بکەن.</translation>
    </message>
    <message id="field.info_recht_gesprek_zonder_partner_gegeven.label">
        <source>Is de klant verteld dat hij of zij recht heeft op een gesprek zonder partner of andere persoon erbij?</source>
        <translation type="unfinished">ئایا بە سوودمەند وتراوە کە مافی هەیە چاوپێکەوتن بکات بەبێ ئامادەبوونی هاوسەر یان کەسێکی تر؟</translation>
    </message>
    <message id="field.info_recht_gesprek_zonder_partner_gegeven.constraint">
        <source>Dit is een wettelijke informatieplicht. Vertel de klant over dit recht en kies daarna &apos;Ja&apos;.</source>
        <translation type="unfinished">ئەمە ئەرکێکی یاساییی زانیاریدانە. سوودمەند لەم مافە ئاگادار بکەنەوە و پاشان «بەڵێ» هەڵبژێرن.</translation>
    </message>
    <message id="field.bsn.label">
        <source>BSN</source>
        <translation type="unfinished">ژمارەی خزمەتگوزاریی هاووڵاتی (BSN)</translation>
    </message>
    <message id="field.bsn.hint">
        <source>Burgerservicenummer, 9 cijfers.</source>
        <translation type="unfinished">ژمارەی خزمەتگوزاریی هاووڵاتی (Burgerservicenummer)، 9 ژمارە.</translation>
    </message>
    <message id="field.v_nummer.label">
        <source>V-nummer</source>
        <translation type="unfinished">ژمارەی V (V-nummer)</translation>
    </message>
    <message id="field.v_nummer.hint">
        <source>10 cijfers, staat op de achterkant van de verblijfsvergunning na &apos;V-NR.&apos;.</source>
        <translation type="unfinished">10 ژمارە، لە پشتی مۆڵەتی نیشتەجێبوون دوای «V-NR.» نووسراوە.</translation>
    </message>
    <message id="field.geslachtsnaam.label">
        <source>Achternaam</source>
        <translation type="unfinished">ناوی بنەماڵە</translation>
    </message>
    <message id="field.geslachtsnaam.hint">
        <source>Precies zoals in de BRP of op de verblijfsvergunning.</source>
        <translation type="unfinished">ڕێک وەک لە تۆماری بنەڕەتی کەسەکان (BRP) یان لەسەر مۆڵەتی نیشتەجێبوون هاتووە.</translation>
    </message>
    <message id="field.voorvoegsel.label">
        <source>Tussenvoegsel</source>
        <translation type="unfinished">پێشگری ناوی بنەماڵە (tussenvoegsel، وەک van یان de)</translation>
    </message>
    <message id="field.voornamen.label">
        <source>Voornamen</source>
        <translation type="unfinished">ناوەکان</translation>
    </message>
    <message id="field.voornamen.hint">
        <source>Alle voornamen, zoals in de BRP.</source>
        <translation type="unfinished">هەموو ناوەکان، وەک لە تۆماری بنەڕەتی کەسەکان (BRP) هاتووە.</translation>
    </message>
    <message id="field.geboortedatum.label">
        <source>Geboortedatum</source>
        <translation type="unfinished">ڕێکەوتی لەدایکبوون</translation>
    </message>
    <message id="field.geboortedatum.hint">
        <source>Dag of maand onbekend? Vul dan alleen maand en jaar (mm-jjjj) of alleen het jaar in.</source>
        <translation type="unfinished">ڕۆژ یان مانگ نەزانراوە؟ ئەوا تەنها مانگ و ساڵ (mm-jjjj) یان تەنها ساڵ بنووسن.</translation>
    </message>
    <message id="field.geboortedatum.constraint">
        <source>Controleer de geboortedatum: de leeftijd is meer dan 120 jaar.</source>
        <translation type="unfinished">ڕێکەوتی لەدایکبوون بپشکنن: تەمەن زیاترە لە 120 ساڵ.</translation>
    </message>
    <message id="field.leeftijd.label">
        <source>Leeftijd (berekend)</source>
        <translation type="unfinished">تەمەن (هەژمارکراو)</translation>
    </message>
    <message id="field.leeftijd.hint">
        <source>Bij een onbekende dag of maand wordt gerekend met 1 januari.</source>
        <translation type="unfinished">ئەگەر ڕۆژ یان مانگ نەزانراو بێت، 1ی کانوونی دووەم (ژانویە) هەژمار دەکرێت.</translation>
    </message>
    <message id="field.geslacht.label">
        <source>Geslacht</source>
        <translation type="unfinished">ڕەگەز</translation>
    </message>
    <message id="field.nationaliteit.label">
        <source>Nationaliteit</source>
        <translation type="unfinished">ڕەگەزنامە</translation>
    </message>
    <message id="field.geboorteland.label">
        <source>Geboorteland</source>
        <translation type="unfinished">وڵاتی لەدایکبوون</translation>
    </message>
    <message id="field.doelgroep.label">
        <source>Doelgroep</source>
        <translation type="unfinished">گرووپی ئامانج</translation>
    </message>
    <message id="field.doelgroep.hint">
        <source>Bepaalt onder meer maatschappelijke begeleiding, ontzorgen en de uren van de Z-route.</source>
        <translation type="unfinished">لە نێوان شتی تردا هاوڕێیەتیی کۆمەڵایەتی، بەڕێوەبردنی خەرجییەکان (ontzorgen) و کاتژمێرەکانی ڕێڕەوی Z دیاری دەکات.</translation>
    </message>
    <message id="field.gedetailleerde_doelgroep.label">
        <source>Gedetailleerde doelgroep</source>
        <translation type="unfinished">گرووپی ئامانج (وردەکاری)</translation>
    </message>
    <message id="field.datum_verblijfsvergunning.label">
        <source>Datum verblijfsvergunning</source>
        <translation type="unfinished">ڕێکەوتی مۆڵەتی نیشتەجێبوون</translation>
    </message>
    <message id="field.soort_verblijfsvergunning.label">
        <source>Soort verblijfsvergunning</source>
        <translation type="unfinished">جۆری مۆڵەتی نیشتەجێبوون</translation>
    </message>
    <message id="field.datum_start_inburgeringsplicht.label">
        <source>Start inburgeringsplicht</source>
        <translation type="unfinished">دەستپێکی ئەرکی تێکەڵبوون (inburgeringsplicht)</translation>
    </message>
    <message id="field.datum_start_inburgeringsplicht.hint">
        <source>Komt uit het kantoorsysteem (DUO).</source>
        <translation type="unfinished">لە سیستەمی نووسینگەوە (DUO) دێت.</translation>
    </message>
    <message id="field.datum_kennisgeving_duo.label">
        <source>Datum kennisgeving DUO</source>
        <translation type="unfinished">ڕێکەوتی ئاگادارکردنەوەی DUO (دەزگای جێبەجێکاری خوێندن)</translation>
    </message>
    <message id="field.datum_kennisgeving_duo.hint">
        <source>Komt uit het kantoorsysteem. De termijn voor het PIP (10 weken) loopt vanaf deze datum.</source>
        <translation type="unfinished">لە سیستەمی نووسینگەوە دێت. ماوەی PIP (10 هەفتە) لەم ڕێکەوتەوە دەست پێ دەکات.</translation>
    </message>
    <message id="field.datum_koppeling.label">
        <source>Datum koppeling door COA</source>
        <translation type="unfinished">ڕێکەوتی بەستنەوە لەلایەن COA (دەزگای ناوەندیی وەرگرتنی پەنابەران)</translation>
    </message>
    <message id="field.coa_locatie.label">
        <source>COA-locatie (azc)</source>
        <translation type="unfinished">شوێنی COA (کەمپی پەنابەران، azc)</translation>
    </message>
    <message id="field.telefoon_azc.label">
        <source>Telefoonnummer azc</source>
        <translation type="unfinished">ژمارەی تەلەفۆنی کەمپ (azc)</translation>
    </message>
    <message id="field.email_azc.label">
        <source>E-mailadres azc</source>
        <translation type="unfinished">ناونیشانی ئیمەیڵی کەمپ (azc)</translation>
    </message>
    <message id="field.adres_postcode.label">
        <source>Postcode</source>
        <translation type="unfinished">کۆدی پۆستە</translation>
    </message>
    <message id="field.adres_postcode.hint">
        <source>Bijvoorbeeld 1234 AB.</source>
        <translation type="unfinished">بۆ نموونە 1234 AB.</translation>
    </message>
    <message id="field.huisnummer.label">
        <source>Huisnummer</source>
        <translation type="unfinished">ژمارەی خانوو</translation>
    </message>
    <message id="field.huisnummer.constraint">
        <source>Vul alleen het huisnummer in; een toevoeging komt in het volgende veld.</source>
        <translation type="unfinished">تەنها ژمارەی خانوو بنووسن؛ پاشکۆ لە خانەی دواتردا دەنووسرێت.</translation>
    </message>
    <message id="field.toevoeging.label">
        <source>Toevoeging</source>
        <translation type="unfinished">پاشکۆی ژمارەی خانوو</translation>
    </message>
    <message id="field.telefoon.label">
        <source>Telefoonnummer</source>
        <translation type="unfinished">ژمارەی تەلەفۆن</translation>
    </message>
    <message id="field.telefoon.hint">
        <source>Bijvoorbeeld 06 12345678.</source>
        <translation type="unfinished">بۆ نموونە 06 12345678.</translation>
    </message>
    <message id="field.email.label">
        <source>E-mailadres</source>
        <translation type="unfinished">ناونیشانی ئیمەیڵ</translation>
    </message>
    <message id="field.digid_aangevraagd.label">
        <source>Is een DigiD aangevraagd?</source>
        <translation type="unfinished">ئایا داوای ناسنامەی دیجیتاڵی (DigiD) کراوە؟</translation>
    </message>
    <message id="field.rijbewijs.label">
        <source>Heeft de klant een rijbewijs?</source>
        <translation type="unfinished">ئایا سوودمەند مۆڵەتی شۆفێری هەیە؟</translation>
    </message>
    <message id="field.land_rijbewijs.label">
        <source>In welk land is het rijbewijs gehaald?</source>
        <translation type="unfinished">مۆڵەتی شۆفێری لە چ وڵاتێک وەرگیراوە؟</translation>
    </message>
    <message id="field.gesprekstaal.label">
        <source>Taal van het gesprek</source>
        <translation type="unfinished">زمانی چاوپێکەوتن</translation>
    </message>
    <message id="field.tolk_ingezet.label">
        <source>Is er een tolk ingezet?</source>
        <translation type="unfinished">ئایا وەرگێڕی زارەکی بەکارهاتووە؟</translation>
    </message>
    <message id="field.tolk_type.label">
        <source>Soort tolk</source>
        <translation type="unfinished">جۆری وەرگێڕ</translation>
    </message>
    <message id="field.info_tolk_familielid.info">
        <source>Een familielid of kennis als tolk wordt afgeraden: de klant praat dan minder vrij en de vertaling is niet altijd juist. Gebruik bij voorkeur een professionele tolk.</source>
        <translation type="unfinished">بەکارهێنانی ئەندامێکی خێزان یان ناسیاوێک وەک وەرگێڕ پێشنیار ناکرێت: سوودمەند کەمتر بە ئازادی قسە دەکات و وەرگێڕانەکە هەمیشە دروست نییە. باشترە وەرگێڕێکی پیشەیی بەکاربهێنرێت.</translation>
    </message>
    <message id="field.gesprekslocatie.label">
        <source>Waar vindt het gesprek plaats?</source>
        <translation type="unfinished">چاوپێکەوتنەکە لە کوێ ئەنجام دەدرێت؟</translation>
    </message>
    <message id="field.privacyverklaring_uitgereikt.label">
        <source>Is de privacyverklaring uitgereikt?</source>
        <translation type="unfinished">ئایا ڕوونکردنەوەی پاراستنی تایبەتمەندی (privacyverklaring) دراوە؟</translation>
    </message>
    <message id="field.privacyverklaring_uitgereikt.hint">
        <source>De gemeente moet vertellen welke gegevens zij gebruikt en waarom (AVG artikel 13).</source>
        <translation type="unfinished">شارەوانی دەبێت بڵێت کام زانیاری بەکاردەهێنێت و بۆچی (AVG، مادەی 13).</translation>
    </message>
    <message id="field.privacyverklaring_taal.label">
        <source>In welke taal is de privacyverklaring uitgereikt?</source>
        <translation type="unfinished">ڕوونکردنەوەی پاراستنی تایبەتمەندی بە چ زمانێک دراوە؟</translation>
    </message>
    <message id="section.B.title">
        <source>Gezin en persoonlijke situatie</source>
        <translation type="unfinished">خێزان و باری کەسی</translation>
    </message>
    <message id="section.B.intro">
        <source>Vragen over uw gezin, de mensen met wie u woont en uw woning.</source>
        <translation type="unfinished">پرسیار دەربارەی خێزانەکەتان، ئەو کەسانەی لەگەڵیان دەژین، و خانووەکەتان.</translation>
    </message>
    <message id="field.burgerlijke_staat.label">
        <source>Wat is uw burgerlijke staat?</source>
        <translation type="unfinished">باری هاوسەرگیریتان چییە؟</translation>
    </message>
    <message id="field.huishouden.label">
        <source>Gezinsleden</source>
        <translation type="unfinished">ئەندامانی خێزان</translation>
    </message>
    <message id="field.huishouden.hint">
        <source>Voeg een regel toe voor iedere partner, elk kind en ieder ander gezinslid. Ook gezinsleden die nog niet in Nederland zijn.</source>
        <translation type="unfinished">بۆ هەر هاوسەر یان هاوبەشێک، هەر منداڵێک و هەر ئەندامێکی تری خێزان دێڕێک زیاد بکەن. هەروەها بۆ ئەو ئەندامانەی خێزان کە هێشتا لە هۆڵەندا نین.</translation>
    </message>
    <message id="field.relatie.label">
        <source>Wie is dit?</source>
        <translation type="unfinished">ئەم کەسە کێیە؟</translation>
    </message>
    <message id="field.geboortejaar.label">
        <source>Geboortejaar</source>
        <translation type="unfinished">ساڵی لەدایکبوون</translation>
    </message>
    <message id="field.geboortejaar.constraint">
        <source>Het geboortejaar ligt in de toekomst.</source>
        <translation type="unfinished">ساڵی لەدایکبوون لە داهاتوودایە.</translation>
    </message>
    <message id="field.woont_in_nl.label">
        <source>Woont deze persoon in Nederland?</source>
        <translation type="unfinished">ئایا ئەم کەسە لە هۆڵەندا دەژی؟</translation>
    </message>
    <message id="field.nareis_verwacht.label">
        <source>Komt deze persoon naar Nederland (nareis)?</source>
        <translation type="unfinished">ئایا ئەم کەسە دێتە هۆڵەندا (پێکەوەبوونەوەی خێزان، nareis)؟</translation>
    </message>
    <message id="field.aantal_gezinsleden.label">
        <source>Aantal gezinsleden (berekend)</source>
        <translation type="unfinished">ژمارەی ئەندامانی خێزان (هەژمارکراو)</translation>
    </message>
    <message id="field.kinderen_0_4.label">
        <source>Hoeveel kinderen van 0 tot 4 jaar heeft u?</source>
        <translation type="unfinished">چەند منداڵی تەمەن 0 تا 4 ساڵتان هەیە؟</translation>
    </message>
    <message id="field.kinderen_0_4.hint">
        <source>Vul 0 in als u geen jonge kinderen heeft.</source>
        <translation type="unfinished">ئەگەر منداڵی بچووکتان نییە، 0 بنووسن.</translation>
    </message>
    <message id="field.info_vve.info">
        <source>Jonge kinderen kunnen naar voorschoolse educatie (vve): een peuteropvang waar kinderen spelenderwijs Nederlands leren. Vertel de ouders wat vve is, hoe zij hun kind kunnen aanmelden en wat het kost. De gemeente is verplicht dit te vertellen.</source>
        <translation type="unfinished">منداڵانی بچووک دەتوانن بچنە پەروەردەی پێش قوتابخانە (vve): باخچەیەکی منداڵان کە منداڵان تێیدا بە یاری زمانی هۆڵەندی فێردەبن. بە دایک و باوک بڵێن vve چییە، چۆن دەتوانن منداڵەکەیان تۆمار بکەن و تێچووەکەی چەندە. شارەوانی (gemeente) ناچارە ئەم زانیارییە بدات.</translation>
    </message>
    <message id="field.vve_info_gegeven.label">
        <source>Is informatie over voorschoolse educatie (vve) gegeven?</source>
        <translation type="unfinished">ئایا زانیاری دەربارەی پەروەردەی پێش قوتابخانە (vve) دراوە؟</translation>
    </message>
    <message id="field.vve_info_gegeven.constraint">
        <source>Dit is een wettelijke informatieplicht voor ouders van jonge kinderen. Geef de informatie en kies daarna &apos;Ja&apos;.</source>
        <translation type="unfinished">ئەمە ئەرکێکی یاساییی زانیاریدانە بۆ دایک و باوکی منداڵانی بچووک. زانیارییەکە بدەن و پاشان «بەڵێ» هەڵبژێرن.</translation>
    </message>
    <message id="field.kinderopvang_nodig.label">
        <source>Heeft u kinderopvang nodig om naar de taalles of naar werk te gaan?</source>
        <translation type="unfinished">ئایا بۆ چوون بۆ وانەی زمان یان بۆ کار پێویستتان بە چاودێری منداڵ (باخچەی ساوایان) هەیە؟</translation>
    </message>
    <message id="field.kinderopvang_toelichting.label">
        <source>Welke opvang heeft u nodig?</source>
        <translation type="unfinished">پێویستتان بە چ جۆرە چاودێرییەکی منداڵ هەیە؟</translation>
    </message>
    <message id="field.zorgtaken.label">
        <source>Zorgt u voor iemand in uw gezin of familie?</source>
        <translation type="unfinished">ئایا چاودێری کەسێک لە خێزان یان خزمەکانتان دەکەن؟</translation>
    </message>
    <message id="field.gezinshereniging_lopend.label">
        <source>Loopt er een aanvraag voor gezinshereniging?</source>
        <translation type="unfinished">ئایا داواکارییەکی پێکەوەبوونەوەی خێزان (gezinshereniging) لە جێبەجێکردندایە؟</translation>
    </message>
    <message id="field.woonsituatie.label">
        <source>Waar woont u nu?</source>
        <translation type="unfinished">ئێستا لە کوێ دەژین؟</translation>
    </message>
    <message id="section.C.title">
        <source>Gezondheid</source>
        <translation type="unfinished">تەندروستی</translation>
    </message>
    <message id="section.C.intro">
        <source>Bijzonder persoonsgegeven. Vraag alleen wat nodig is voor de keuze van de leerroute en het plan. Noteer geen diagnoses en geen medische details.</source>
        <translation type="unfinished">زانیاریی کەسیی هەستیار. تەنها ئەوە بپرسن کە بۆ هەڵبژاردنی ڕێڕەوی فێربوون و پلانەکە پێویستە. هیچ دەستنیشانکردنی نەخۆشی یان وردەکاریی پزیشکی تۆمار مەکەن.</translation>
    </message>
    <message id="field.ervaren_gezondheid.label">
        <source>Hoe ervaart de klant de eigen gezondheid?</source>
        <translation type="unfinished">سوودمەند تەندروستیی خۆی چۆن هەڵدەسەنگێنێت؟</translation>
    </message>
    <message id="field.lichamelijke_beperkingen_leren.label">
        <source>Zijn er lichamelijke klachten die het leren moeilijker maken?</source>
        <translation type="unfinished">ئایا کێشەی جەستەیی هەیە کە فێربوون قورستر دەکات؟</translation>
    </message>
    <message id="field.lichamelijke_beperkingen_leren.hint">
        <source>Van belang voor de leerbaarheidstoets en de leerroute.</source>
        <translation type="unfinished">گرنگە بۆ تاقیکردنەوەی توانای فێربوون و ڕێڕەوی فێربوون.</translation>
    </message>
    <message id="field.psychische_belasting_signaal.label">
        <source>Signalen van psychische belasting (stress, slapen, concentratie)</source>
        <translation type="unfinished">نیشانەکانی فشاری دەروونی (سترێس، خەو، سەرنج)</translation>
    </message>
    <message id="field.psychische_belasting_toelichting.label">
        <source>Wat merkt u?</source>
        <translation type="unfinished">چی تێبینی دەکەن؟</translation>
    </message>
    <message id="field.psychische_belasting_toelichting.hint">
        <source>Beschrijf wat u ziet of hoort (bijvoorbeeld slecht slapen of moeite met concentreren). Geen diagnoses.</source>
        <translation type="unfinished">ئەوەی دەیبینن یان دەیبیستن وەسف بکەن (بۆ نموونە خەوی خراپ یان گرفت لە سەرنجدان). بەبێ دەستنیشانکردنی نەخۆشی.</translation>
    </message>
    <message id="field.belastbaarheid_uren_per_week.label">
        <source>Hoeveel uur per week kan de klant les volgen of meedoen?</source>
        <translation type="unfinished">سوودمەند هەفتانە چەند کاتژمێر دەتوانێت وانە بخوێنێت یان بەشداری بکات؟</translation>
    </message>
    <message id="field.belastbaarheid_uren_per_week.hint">
        <source>Gebruikt voor de intensiteit van het plan (PIP).</source>
        <translation type="unfinished">بۆ چڕیی پلانەکە (PIP) بەکاردێت.</translation>
    </message>
    <message id="field.huisarts_ingeschreven.label">
        <source>Is de klant ingeschreven bij een huisarts?</source>
        <translation type="unfinished">ئایا سوودمەند لای پزیشکی خێزان (huisarts) تۆمار کراوە؟</translation>
    </message>
    <message id="field.zwanger_of_recent_bevallen.label">
        <source>Is de klant zwanger of onlangs bevallen?</source>
        <translation type="unfinished">ئایا سوودمەند دووگیانە یان بەم دواییە منداڵی بووە؟</translation>
    </message>
    <message id="field.zwanger_of_recent_bevallen.hint">
        <source>Kan een reden zijn voor extra tijd.</source>
        <translation type="unfinished">دەکرێت هۆیەک بێت بۆ کاتی زیادە.</translation>
    </message>
    <message id="field.doorverwijzing.label">
        <source>Doorverwijzing</source>
        <translation type="unfinished">ڕەوانەکردن</translation>
    </message>
    <message id="field.toestemming_info_opvragen_arts.label">
        <source>Heeft de klant toestemming gegeven om informatie op te vragen bij een arts?</source>
        <translation type="unfinished">ئایا سوودمەند ڕەزامەندیی داوە کە زانیاری لە پزیشک داوا بکرێت؟</translation>
    </message>
    <message id="field.toestemming_info_opvragen_arts.hint">
        <source>Alleen met uitdrukkelijke toestemming van de klant.</source>
        <translation type="unfinished">تەنها بە ڕەزامەندیی ڕوونی سوودمەند.</translation>
    </message>
    <message id="field.toestemming_datum.label">
        <source>Datum van de toestemming</source>
        <translation type="unfinished">ڕێکەوتی ڕەزامەندی</translation>
    </message>
    <message id="field.mogelijke_ontheffing_signaleren.label">
        <source>Signaal: mogelijk ontheffing van de inburgeringsplicht?</source>
        <translation type="unfinished">ئاگادارکردنەوە: ئەگەری لێخۆشبوون لە ئەرکی تێکەڵبوون؟</translation>
    </message>
    <message id="field.mogelijke_ontheffing_signaleren.hint">
        <source>DUO beslist over ontheffing. U geeft hier alleen een signaal af.</source>
        <translation type="unfinished">DUO بڕیار لەسەر لێخۆشبوون دەدات. ئێوە لێرەدا تەنها ئاگادارکردنەوەیەک دەدەن.</translation>
    </message>
    <message id="field.ontheffing_toelichting.label">
        <source>Toelichting bij het signaal</source>
        <translation type="unfinished">ڕوونکردنەوەی ئاگادارکردنەوەکە</translation>
    </message>
    <message id="section.D.title">
        <source>Opleiding</source>
        <translation type="unfinished">خوێندن</translation>
    </message>
    <message id="section.D.intro">
        <source>Vragen over school en opleidingen die u heeft gevolgd, in Nederland of in een ander land.</source>
        <translation type="unfinished">پرسیار دەربارەی ئەو قوتابخانە و خوێندنانەی کە تەواوتان کردووە، لە هۆڵەندا یان لە وڵاتێکی تر.</translation>
    </message>
    <message id="field.jaren_onderwijs.label">
        <source>Hoeveel jaar heeft u in totaal op school gezeten?</source>
        <translation type="unfinished">بە گشتی چەند ساڵ چوونەتە قوتابخانە؟</translation>
    </message>
    <message id="field.hoogst_gevolgde_opleiding.label">
        <source>Wat is de hoogste opleiding die u heeft gevolgd?</source>
        <translation type="unfinished">بەرزترین خوێندن کە تەواوتان کردووە چییە؟</translation>
    </message>
    <message id="field.opleidingen.label">
        <source>Opleidingen</source>
        <translation type="unfinished">خوێندنەکان</translation>
    </message>
    <message id="field.opleidingen.hint">
        <source>Voeg een regel toe voor iedere opleiding.</source>
        <translation type="unfinished">بۆ هەر خوێندنێک دێڕێک زیاد بکەن.</translation>
    </message>
    <message id="field.opleiding_naam.label">
        <source>Naam van de opleiding of school</source>
        <translation type="unfinished">ناوی خوێندن یان قوتابخانە</translation>
    </message>
    <message id="field.opleiding_richting.label">
        <source>Richting of vak</source>
        <translation type="unfinished">بەش یان بابەت</translation>
    </message>
    <message id="field.opleiding_land.label">
        <source>Land</source>
        <translation type="unfinished">وڵات</translation>
    </message>
    <message id="field.opleiding_van.label">
        <source>Begonnen in</source>
        <translation type="unfinished">دەستی پێکرد لە</translation>
    </message>
    <message id="field.opleiding_van.hint">
        <source>Jaar of maand en jaar.</source>
        <translation type="unfinished">ساڵ، یان مانگ و ساڵ.</translation>
    </message>
    <message id="field.opleiding_tot.label">
        <source>Gestopt of klaar in</source>
        <translation type="unfinished">وەستا یان تەواو بوو لە</translation>
    </message>
    <message id="field.opleiding_tot.hint">
        <source>Jaar of maand en jaar.</source>
        <translation type="unfinished">ساڵ، یان مانگ و ساڵ.</translation>
    </message>
    <message id="field.opleiding_tot.constraint">
        <source>Het eindjaar ligt voor het beginjaar.</source>
        <translation type="unfinished">ساڵی کۆتایی پێش ساڵی دەستپێکە.</translation>
    </message>
    <message id="field.diploma_behaald.label">
        <source>Heeft u een diploma gehaald?</source>
        <translation type="unfinished">ئایا بڕوانامەتان وەرگرتووە؟</translation>
    </message>
    <message id="field.diploma_in_bezit.label">
        <source>Heeft u het diploma (of een kopie) bij u?</source>
        <translation type="unfinished">ئایا بڕوانامەکە (یان کۆپییەکەی) لەگەڵ خۆتانە؟</translation>
    </message>
    <message id="field.diplomawaardering.label">
        <source>Diplomawaardering (IDW / Nuffic)</source>
        <translation type="unfinished">هەڵسەنگاندنی بڕوانامە (IDW / Nuffic)</translation>
    </message>
    <message id="field.diplomawaardering.hint">
        <source>Een buitenlands diploma kan worden vergeleken met een Nederlands diploma.</source>
        <translation type="unfinished">بڕوانامەیەکی بیانی دەکرێت لەگەڵ بڕوانامەیەکی هۆڵەندی بەراورد بکرێت.</translation>
    </message>
    <message id="field.dw_aangevraagd.label">
        <source>Is een diplomawaardering aangevraagd?</source>
        <translation type="unfinished">ئایا داوای هەڵسەنگاندنی بڕوانامە کراوە؟</translation>
    </message>
    <message id="field.dw_nl_niveau.label">
        <source>Vergelijkbaar Nederlands niveau</source>
        <translation type="unfinished">ئاستی هاوتای هۆڵەندی</translation>
    </message>
    <message id="field.dw_richting.label">
        <source>Richting</source>
        <translation type="unfinished">بەش</translation>
    </message>
    <message id="field.geletterdheid_eigen_taal.label">
        <source>Hoe goed kunt u lezen en schrijven in uw eigen taal?</source>
        <translation type="unfinished">چەندە دەتوانن بە زمانی خۆتان بخوێننەوە و بنووسن؟</translation>
    </message>
    <message id="field.latijns_schrift.label">
        <source>Kunt u lezen en schrijven in ons schrift (abc)?</source>
        <translation type="unfinished">ئایا دەتوانن بە پیتەکانی ئێمە (پیتی لاتینی، abc) بخوێننەوە و بنووسن؟</translation>
    </message>
    <message id="field.latijns_schrift.hint">
        <source>Belangrijk om te weten of alfabetisering nodig is.</source>
        <translation type="unfinished">گرنگە بزانین ئایا فێرکردنی خوێندنەوە و نووسین (خوێندەواری) پێویستە.</translation>
    </message>
    <message id="field.studiewens.label">
        <source>Welke opleiding zou u nog willen volgen?</source>
        <translation type="unfinished">حەز دەکەن چ خوێندنێکی تر بخوێنن؟</translation>
    </message>
    <message id="section.E.title">
        <source>Werk</source>
        <translation type="unfinished">کار</translation>
    </message>
    <message id="section.E.intro">
        <source>Vragen over werk dat u heeft gedaan, betaald of onbetaald, en over uw wensen.</source>
        <translation type="unfinished">پرسیار دەربارەی ئەو کارانەی کردووتانە، بە مووچە یان بێ مووچە، و دەربارەی ئارەزووەکانتان.</translation>
    </message>
    <message id="field.werkervaring.label">
        <source>Werkervaring</source>
        <translation type="unfinished">ئەزموونی کار</translation>
    </message>
    <message id="field.werkervaring.hint">
        <source>Voeg een regel toe voor iedere baan of ieder soort werk, ook werk zonder contract.</source>
        <translation type="unfinished">بۆ هەر کارێک یان هەر جۆرە کارێک دێڕێک زیاد بکەن، هەروەها کاری بەبێ گرێبەست.</translation>
    </message>
    <message id="field.we_functie.label">
        <source>Functie of soort werk</source>
        <translation type="unfinished">پیشە یان جۆری کار</translation>
    </message>
    <message id="field.we_sector.label">
        <source>Sector</source>
        <translation type="unfinished">کەرتی کار</translation>
    </message>
    <message id="field.we_land.label">
        <source>Land</source>
        <translation type="unfinished">وڵات</translation>
    </message>
    <message id="field.we_van.label">
        <source>Begonnen in</source>
        <translation type="unfinished">دەستی پێکرد لە</translation>
    </message>
    <message id="field.we_tot.label">
        <source>Gestopt in</source>
        <translation type="unfinished">وەستا لە</translation>
    </message>
    <message id="field.we_tot.hint">
        <source>Leeg laten als u dit werk nog doet.</source>
        <translation type="unfinished">ئەگەر هێشتا ئەم کارە دەکەن، بە بەتاڵی بیهێڵنەوە.</translation>
    </message>
    <message id="field.we_tot.constraint">
        <source>Het eindjaar ligt voor het beginjaar.</source>
        <translation type="unfinished">ساڵی کۆتایی پێش ساڵی دەستپێکە.</translation>
    </message>
    <message id="field.we_soort.label">
        <source>Soort werk</source>
        <translation type="unfinished">جۆری کار</translation>
    </message>
    <message id="field.we_taken.label">
        <source>Wat deed u in dit werk?</source>
        <translation type="unfinished">لەم کارەدا چیتان دەکرد؟</translation>
    </message>
    <message id="field.praktische_competenties.label">
        <source>In welk soort werk bent u handig of heeft u ervaring?</source>
        <translation type="unfinished">لە چ جۆرە کارێکدا شارەزان یان ئەزموونتان هەیە؟</translation>
    </message>
    <message id="field.praktische_competenties_toelichting.label">
        <source>Vertel meer over wat u kunt</source>
        <translation type="unfinished">زیاتر بڵێن چی دەتوانن بکەن</translation>
    </message>
    <message id="field.wv_op_tijd.label">
        <source>Op tijd komen</source>
        <translation type="unfinished">لە کاتی خۆیدا هاتن</translation>
    </message>
    <message id="field.wv_samenwerken.label">
        <source>Samenwerken met anderen</source>
        <translation type="unfinished">هاوکاری لەگەڵ کەسانی تر</translation>
    </message>
    <message id="field.wv_instructies.label">
        <source>Instructies opvolgen</source>
        <translation type="unfinished">پەیڕەوکردنی ڕێنماییەکان</translation>
    </message>
    <message id="field.wv_zelfstandig.label">
        <source>Zelfstandig werken</source>
        <translation type="unfinished">کارکردن بە سەربەخۆیی</translation>
    </message>
    <message id="field.wv_omgangsvormen.label">
        <source>Omgangsvormen op het werk</source>
        <translation type="unfinished">ڕەفتار و ئادابی شوێنی کار</translation>
    </message>
    <message id="field.huidige_situatie_werk.label">
        <source>Wat is uw situatie nu?</source>
        <translation type="unfinished">ئێستا بارودۆختان چۆنە؟</translation>
    </message>
    <message id="field.huidige_werk_uren.label">
        <source>Hoeveel uur per week werkt u?</source>
        <translation type="unfinished">هەفتانە چەند کاتژمێر کار دەکەن؟</translation>
    </message>
    <message id="field.beroepswens_kort.label">
        <source>Welk werk wilt u het komende jaar doen?</source>
        <translation type="unfinished">ساڵی داهاتوو دەتانەوێت چ کارێک بکەن؟</translation>
    </message>
    <message id="field.beroepswens_lang.label">
        <source>Welk werk wilt u over een paar jaar doen?</source>
        <translation type="unfinished">دوای چەند ساڵێک دەتانەوێت چ کارێک بکەن؟</translation>
    </message>
    <message id="field.beschikbaarheid_uren_week.label">
        <source>Hoeveel uur per week kunt u werken of meedoen?</source>
        <translation type="unfinished">هەفتانە چەند کاتژمێر دەتوانن کار بکەن یان بەشداری چالاکییەکان بکەن؟</translation>
    </message>
    <message id="section.F.title">
        <source>Taal en leerbaarheid</source>
        <translation type="unfinished">زمان و توانای فێربوون</translation>
    </message>
    <message id="section.F.intro">
        <source>Vragen over de talen die u spreekt en over het leren van Nederlands.</source>
        <translation type="unfinished">پرسیار دەربارەی ئەو زمانانەی قسەیان پێ دەکەن و دەربارەی فێربوونی زمانی هۆڵەندی.</translation>
    </message>
    <message id="field.moedertaal.label">
        <source>Wat is uw moedertaal?</source>
        <translation type="unfinished">زمانی دایکتان چییە؟</translation>
    </message>
    <message id="field.andere_talen.label">
        <source>Andere talen</source>
        <translation type="unfinished">زمانەکانی تر</translation>
    </message>
    <message id="field.andere_talen.hint">
        <source>Voeg een regel toe voor iedere andere taal die u kent.</source>
        <translation type="unfinished">بۆ هەر زمانێکی تر کە دەیزانن دێڕێک زیاد بکەن.</translation>
    </message>
    <message id="field.at_taal.label">
        <source>Taal</source>
        <translation type="unfinished">زمان</translation>
    </message>
    <message id="field.at_spreken.label">
        <source>Spreken</source>
        <translation type="unfinished">قسەکردن</translation>
    </message>
    <message id="field.at_lezen.label">
        <source>Lezen</source>
        <translation type="unfinished">خوێندنەوە</translation>
    </message>
    <message id="field.at_schrijven.label">
        <source>Schrijven</source>
        <translation type="unfinished">نووسین</translation>
    </message>
    <message id="field.nederlands_inschatting.label">
        <source>Hoe goed spreekt u al Nederlands?</source>
        <translation type="unfinished">ئێستا چەندە هۆڵەندی قسە دەکەن؟</translation>
    </message>
    <message id="field.voorinburgering_gevolgd.label">
        <source>Heeft u in het azc al Nederlandse les gehad (voorinburgering)?</source>
        <translation type="unfinished">ئایا لە کەمپی پەنابەران (azc) وانەی زمانی هۆڵەندیتان خوێندووە (پێش-تێکەڵبوون، voorinburgering)؟</translation>
    </message>
    <message id="field.voorinburgering_uren.label">
        <source>Hoeveel uur les was dat ongeveer?</source>
        <translation type="unfinished">ئەو وانانە نزیکەی چەند کاتژمێر بوون؟</translation>
    </message>
    <message id="field.lbt_datum_aanmelding.label">
        <source>Leerbaarheidstoets: datum aanmelding</source>
        <translation type="unfinished">تاقیکردنەوەی توانای فێربوون: ڕێکەوتی ناونووسین</translation>
    </message>
    <message id="field.lbt_datum_aanmelding.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">لە DUO ەوە دێت.</translation>
    </message>
    <message id="field.lbt_datum_afname.label">
        <source>Leerbaarheidstoets: datum afname</source>
        <translation type="unfinished">تاقیکردنەوەی توانای فێربوون: ڕێکەوتی ئەنجامدان</translation>
    </message>
    <message id="field.lbt_datum_afname.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">لە DUO ەوە دێت.</translation>
    </message>
    <message id="field.lbt_examennummer.label">
        <source>Leerbaarheidstoets: examennummer</source>
        <translation type="unfinished">تاقیکردنەوەی توانای فێربوون: ژمارەی تاقیکردنەوە</translation>
    </message>
    <message id="field.lbt_examennummer.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">لە DUO ەوە دێت.</translation>
    </message>
    <message id="field.lbt_uitslag.label">
        <source>Leerbaarheidstoets: uitslag (indicatie leerroute)</source>
        <translation type="unfinished">تاقیکردنەوەی توانای فێربوون: ئەنجام (ڕێڕەوی فێربوونی پێشنیارکراو)</translation>
    </message>
    <message id="field.lbt_uitslag.hint">
        <source>Komt van DUO.</source>
        <translation type="unfinished">لە DUO ەوە دێت.</translation>
    </message>
    <message id="field.lbt_niet_afgenomen_reden.label">
        <source>Waarom is de leerbaarheidstoets niet afgenomen?</source>
        <translation type="unfinished">بۆچی تاقیکردنەوەی توانای فێربوون ئەنجام نەدراوە؟</translation>
    </message>
    <message id="field.taalschool_advies.label">
        <source>Advies van de taalschool</source>
        <translation type="unfinished">ئامۆژگاریی قوتابخانەی زمان</translation>
    </message>
    <message id="field.taalschool_advies.hint">
        <source>Bijvoorbeeld na een proefles of startklas.</source>
        <translation type="unfinished">بۆ نموونە دوای وانەیەکی تاقیکاری یان پۆلی دەستپێک.</translation>
    </message>
    <message id="field.taalschool_advies_toelichting.label">
        <source>Toelichting op het advies van de taalschool</source>
        <translation type="unfinished">ڕوونکردنەوەی ئامۆژگاریی قوتابخانەی زمان</translation>
    </message>
    <message id="section.G.title">
        <source>Digitale vaardigheden</source>
        <translation type="unfinished">لێهاتوویی دیجیتاڵی</translation>
    </message>
    <message id="section.G.intro">
        <source>Hoe goed kunt u omgaan met telefoon en computer?</source>
        <translation type="unfinished">چەندە دەتوانن تەلەفۆن و کۆمپیوتەر بەکاربهێنن؟</translation>
    </message>
    <message id="field.digi_smartphone.label">
        <source>Een smartphone gebruiken (bellen, berichten, foto&apos;s)</source>
        <translation type="unfinished">بەکارهێنانی مۆبایلی زیرەک (پەیوەندی کردن، نامە، وێنە)</translation>
    </message>
    <message id="field.digi_email.label">
        <source>E-mail lezen en versturen</source>
        <translation type="unfinished">خوێندنەوە و ناردنی ئیمەیڵ</translation>
    </message>
    <message id="field.digi_apps_nl.label">
        <source>Nederlandse apps gebruiken, zoals DigiD en de app van de bank</source>
        <translation type="unfinished">بەکارهێنانی ئەپە هۆڵەندییەکان، وەک ناسنامەی دیجیتاڵی (DigiD) و ئەپی بانک</translation>
    </message>
    <message id="field.digi_computer.label">
        <source>Een computer met toetsenbord gebruiken</source>
        <translation type="unfinished">بەکارهێنانی کۆمپیوتەر بە تەختەکلیل</translation>
    </message>
    <message id="field.digitale_hulp_nodig.label">
        <source>Wilt u hulp bij het gebruik van DigiD of andere apps van de overheid?</source>
        <translation type="unfinished">ئایا یارمەتیتان دەوێت بۆ بەکارهێنانی ناسنامەی دیجیتاڵی (DigiD) یان ئەپەکانی تری حکومەت؟</translation>
    </message>
    <message id="section.H.title">
        <source>Financiën en ontzorgen</source>
        <translation type="unfinished">دارایی و بەڕێوەبردنی خەرجییەکان (ontzorgen)</translation>
    </message>
    <message id="section.H.intro">
        <source>Inkomen, vaste lasten en ontzorgen. Ontzorgen geldt alleen voor asielstatushouders met bijstand.</source>
        <translation type="unfinished">داهات، خەرجییە جێگیرەکان و بەڕێوەبردنی خەرجییەکان (ontzorgen). بەڕێوەبردنی خەرجییەکان تەنها بۆ خاوەن مۆڵەتی پەنابەرییە کە یارمەتیی کۆمەڵایەتی (bijstand) وەردەگرن.</translation>
    </message>
    <message id="field.bijstand_aangevraagd.label">
        <source>Is bijstand aangevraagd?</source>
        <translation type="unfinished">ئایا داوای یارمەتیی کۆمەڵایەتی (bijstand) کراوە؟</translation>
    </message>
    <message id="field.bijstand_datum.label">
        <source>Datum aanvraag bijstand</source>
        <translation type="unfinished">ڕێکەوتی داواکردنی یارمەتیی کۆمەڵایەتی (bijstand)</translation>
    </message>
    <message id="field.ontzorgen_actief.label">
        <source>Is ontzorgen actief?</source>
        <translation type="unfinished">ئایا بەڕێوەبردنی خەرجییەکان (ontzorgen) چالاکە؟</translation>
    </message>
    <message id="field.ontzorgen_actief.hint">
        <source>De gemeente betaalt de eerste maanden vaste lasten rechtstreeks uit de bijstand.</source>
        <translation type="unfinished">شارەوانی لە مانگەکانی سەرەتادا خەرجییە جێگیرەکان ڕاستەوخۆ لە یارمەتیی کۆمەڵایەتی (bijstand) دەدات.</translation>
    </message>
    <message id="field.ingehouden_lasten.label">
        <source>Welke vaste lasten worden ingehouden?</source>
        <translation type="unfinished">کام خەرجییە جێگیرانە دەبڕدرێن؟</translation>
    </message>
    <message id="field.ontzorgen_start.label">
        <source>Ontzorgen vanaf</source>
        <translation type="unfinished">بەڕێوەبردنی خەرجییەکان لە</translation>
    </message>
    <message id="field.ontzorgen_eind.label">
        <source>Ontzorgen tot en met</source>
        <translation type="unfinished">بەڕێوەبردنی خەرجییەکان تا (لەگەڵ ئەو ڕۆژەدا)</translation>
    </message>
    <message id="field.ontzorgen_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">ڕێکەوتی کۆتایی پێش ڕێکەوتی دەستپێکە.</translation>
    </message>
    <message id="field.bankrekening.label">
        <source>Heeft de klant een bankrekening?</source>
        <translation type="unfinished">ئایا سوودمەند هەژماری بانکی هەیە؟</translation>
    </message>
    <message id="field.bankrekening.hint">
        <source>Noteer het rekeningnummer alleen als dat nodig is.</source>
        <translation type="unfinished">ژمارەی هەژمار تەنها ئەگەر پێویست بوو تۆمار بکەن.</translation>
    </message>
    <message id="field.toeslagen.label">
        <source>Welke toeslagen zijn aangevraagd?</source>
        <translation type="unfinished">داوای کام یارمەتییە داراییەکانی حکومەت (toeslagen) کراوە؟</translation>
    </message>
    <message id="field.schulden_signaal.label">
        <source>Zijn er signalen van schulden of betalingsproblemen?</source>
        <translation type="unfinished">ئایا نیشانەی قەرز یان کێشەی پارەدان هەیە؟</translation>
    </message>
    <message id="field.schulden_toelichting.label">
        <source>Toelichting schulden</source>
        <translation type="unfinished">ڕوونکردنەوەی قەرزەکان</translation>
    </message>
    <message id="section.I.title">
        <source>Zelfredzaamheid en maatschappelijke begeleiding</source>
        <translation type="unfinished">خۆبەڕێوەبردن و هاوڕێیەتیی کۆمەڵایەتی</translation>
    </message>
    <message id="section.I.intro">
        <source>Schat per levensgebied in hoe zelfredzaam de klant is (naar de Zelfredzaamheid-Matrix): 1 = acute problemen, 5 = volledig zelfredzaam.</source>
        <translation type="unfinished">بۆ هەر بوارێکی ژیان هەڵیبسەنگێنن کە سوودمەند چەندە دەتوانێت خۆی بەڕێوە ببات (بەپێی خشتەی خۆبەڕێوەبردن، ZRM): 1 = کێشەی بەپەلە، 5 = بە تەواوی خۆبەڕێوەبەر.</translation>
    </message>
    <message id="field.zrm_financien.label">
        <source>Financiën</source>
        <translation type="unfinished">دارایی</translation>
    </message>
    <message id="field.zrm_huisvesting.label">
        <source>Huisvesting</source>
        <translation type="unfinished">نیشتەجێبوون</translation>
    </message>
    <message id="field.zrm_gezondheid.label">
        <source>Gezondheid</source>
        <translation type="unfinished">تەندروستی</translation>
    </message>
    <message id="field.zrm_dagbesteding.label">
        <source>Dagbesteding</source>
        <translation type="unfinished">چالاکیی ڕۆژانە</translation>
    </message>
    <message id="field.zrm_sociaal_netwerk.label">
        <source>Sociaal netwerk</source>
        <translation type="unfinished">تۆڕی کۆمەڵایەتی</translation>
    </message>
    <message id="field.zrm_huishouden.label">
        <source>Huishouden</source>
        <translation type="unfinished">کاروباری ماڵ</translation>
    </message>
    <message id="field.zrm_mobiliteit.label">
        <source>Mobiliteit</source>
        <translation type="unfinished">هاتوچۆ</translation>
    </message>
    <message id="field.zrm_administratie.label">
        <source>Administratie (post en formulieren)</source>
        <translation type="unfinished">کاروباری کارگێڕی (نامە و فۆرم)</translation>
    </message>
    <message id="field.mb_organisatie.label">
        <source>Wie geeft maatschappelijke begeleiding?</source>
        <translation type="unfinished">کێ هاوڕێیەتیی کۆمەڵایەتی دەکات؟</translation>
    </message>
    <message id="field.mb_start.label">
        <source>Start maatschappelijke begeleiding</source>
        <translation type="unfinished">دەستپێکی هاوڕێیەتیی کۆمەڵایەتی</translation>
    </message>
    <message id="section.J.title">
        <source>Netwerk en meedoen</source>
        <translation type="unfinished">پەیوەندی کۆمەڵایەتی و بەشداری</translation>
    </message>
    <message id="section.J.intro">
        <source>Vragen over de mensen om u heen en wat u in uw vrije tijd doet.</source>
        <translation type="unfinished">پرسیار دەربارەی ئەو کەسانەی لە دەوروبەرتانن و ئەوەی لە کاتی پشووتاندا دەیکەن.</translation>
    </message>
    <message id="field.contacten_nl.label">
        <source>Hoeveel contact heeft u met mensen in Nederland buiten uw gezin?</source>
        <translation type="unfinished">چەندە پەیوەندیتان لەگەڵ خەڵک لە هۆڵەندا هەیە، جگە لە خێزانەکەتان؟</translation>
    </message>
    <message id="field.familie_in_nl.label">
        <source>Heeft u familie in Nederland (buiten uw gezin)?</source>
        <translation type="unfinished">ئایا خزمتان لە هۆڵەندا هەیە (جگە لە خێزانەکەتان)؟</translation>
    </message>
    <message id="field.vrijwilligerswerk_interesse.label">
        <source>Wilt u vrijwilligerswerk doen?</source>
        <translation type="unfinished">ئایا دەتانەوێت کاری خۆبەخشی بکەن؟</translation>
    </message>
    <message id="field.vrijwilligerswerk_toelichting.label">
        <source>Wat voor vrijwilligerswerk?</source>
        <translation type="unfinished">چ جۆرە کارێکی خۆبەخشی؟</translation>
    </message>
    <message id="field.vrije_tijd.label">
        <source>Wat doet u graag in uw vrije tijd (sport, hobby&apos;s, club)?</source>
        <translation type="unfinished">حەز دەکەن لە کاتی پشووتاندا چی بکەن (وەرزش، خولیا، یانە)؟</translation>
    </message>
    <message id="field.kinderen_school.label">
        <source>Hoe gaat het met uw kinderen op school of de opvang?</source>
        <translation type="unfinished">منداڵەکانتان لە قوتابخانە یان باخچەی ساوایان چۆنن؟</translation>
    </message>
    <message id="section.K.title">
        <source>Motivatie en ambities</source>
        <translation type="unfinished">هاندان و ئامانجەکان</translation>
    </message>
    <message id="section.K.intro">
        <source>Wat wilt u leren en bereiken?</source>
        <translation type="unfinished">دەتانەوێت چی فێربن و بگەنە چی؟</translation>
    </message>
    <message id="field.ontwikkelwensen.label">
        <source>Wat wilt u leren of beter kunnen?</source>
        <translation type="unfinished">دەتانەوێت چی فێربن یان چی باشتر بکەن؟</translation>
    </message>
    <message id="field.ow_omschrijving.label">
        <source>Omschrijving</source>
        <translation type="unfinished">وەسف</translation>
    </message>
    <message id="field.ow_start.label">
        <source>Vanaf</source>
        <translation type="unfinished">لە</translation>
    </message>
    <message id="field.ow_eind.label">
        <source>Tot</source>
        <translation type="unfinished">تا</translation>
    </message>
    <message id="field.ow_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">ڕێکەوتی کۆتایی پێش ڕێکەوتی دەستپێکە.</translation>
    </message>
    <message id="field.doel_1_jaar.label">
        <source>Waar wilt u over een jaar staan?</source>
        <translation type="unfinished">دەتانەوێت دوای ساڵێک لە کوێ بن؟</translation>
    </message>
    <message id="field.doel_3_jaar.label">
        <source>Waar wilt u over drie jaar staan?</source>
        <translation type="unfinished">دەتانەوێت دوای سێ ساڵ لە کوێ بن؟</translation>
    </message>
    <message id="field.wat_heb_je_nodig.label">
        <source>Wat heeft u nodig om dat te bereiken?</source>
        <translation type="unfinished">بۆ گەیشتن بەوە پێویستتان بە چییە؟</translation>
    </message>
    <message id="section.L.title">
        <source>Conclusie</source>
        <translation type="unfinished">ئەنجام</translation>
    </message>
    <message id="section.L.intro">
        <source>Advies en afspraken van de klantmanager. Dit is de basis voor het PIP.</source>
        <translation type="unfinished">ئامۆژگاری و ڕێککەوتنەکانی بەرپرسی دۆسیە (klantmanager). ئەمە بنەمای پلانی کەسیی تێکەڵبوون و بەشدارییە (PIP).</translation>
    </message>
    <message id="field.advies_leerroute.label">
        <source>Advies leerroute</source>
        <translation type="unfinished">ئامۆژگاریی ڕێڕەوی فێربوون</translation>
    </message>
    <message id="field.afwijking_lbt_onderbouwing.label">
        <source>Waarom wijkt het advies af van de uitslag van de leerbaarheidstoets?</source>
        <translation type="unfinished">بۆچی ئامۆژگارییەکە جیاوازە لە ئەنجامی تاقیکردنەوەی توانای فێربوون؟</translation>
    </message>
    <message id="field.afwijking_lbt_onderbouwing.hint">
        <source>Verplicht als het advies anders is dan de indicatie van de leerbaarheidstoets.</source>
        <translation type="unfinished">پێویستە ئەگەر ئامۆژگارییەکە جیاواز بێت لە ئەنجامی تاقیکردنەوەی توانای فێربوون.</translation>
    </message>
    <message id="field.hoofddoel.label">
        <source>Hoofddoel</source>
        <translation type="unfinished">ئامانجی سەرەکی</translation>
    </message>
    <message id="field.aandachtspunten.label">
        <source>Aandachtspunten</source>
        <translation type="unfinished">خاڵەکانی سەرنج</translation>
    </message>
    <message id="field.ap_omschrijving.label">
        <source>Omschrijving</source>
        <translation type="unfinished">وەسف</translation>
    </message>
    <message id="field.ap_start.label">
        <source>Vanaf</source>
        <translation type="unfinished">لە</translation>
    </message>
    <message id="field.ap_eind.label">
        <source>Tot</source>
        <translation type="unfinished">تا</translation>
    </message>
    <message id="field.ap_eind.constraint">
        <source>De einddatum ligt voor de startdatum.</source>
        <translation type="unfinished">ڕێکەوتی کۆتایی پێش ڕێکەوتی دەستپێکە.</translation>
    </message>
    <message id="field.datum_afronding_bi.label">
        <source>Datum afronding brede intake</source>
        <translation type="unfinished">ڕێکەوتی تەواوبوونی چاوپێکەوتنی گشتگیر</translation>
    </message>
    <message id="field.datum_volgend_gesprek.label">
        <source>Datum volgend gesprek</source>
        <translation type="unfinished">ڕێکەوتی چاوپێکەوتنی داهاتوو</translation>
    </message>
    <message id="field.datum_volgend_gesprek.hint">
        <source>Het eerste voortgangsgesprek na de brede intake.</source>
        <translation type="unfinished">یەکەم چاوپێکەوتنی بەدواداچوون دوای چاوپێکەوتنی گشتگیر.</translation>
    </message>
    <message id="field.vervolgafspraken.label">
        <source>Vervolgafspraken</source>
        <translation type="unfinished">ڕێککەوتنەکانی داهاتوو</translation>
    </message>
    <message id="choices.geslacht.man">
        <source>Man</source>
        <translation type="unfinished">پیاو</translation>
    </message>
    <message id="choices.geslacht.vrouw">
        <source>Vrouw</source>
        <translation type="unfinished">ئافرەت</translation>
    </message>
    <message id="choices.geslacht.onbekend">
        <source>Onbekend</source>
        <translation type="unfinished">نەزانراو</translation>
    </message>
    <message id="choices.landen.SY">
        <source>Syrië</source>
        <translation type="unfinished">سووریا</translation>
    </message>
    <message id="choices.landen.ER">
        <source>Eritrea</source>
        <translation type="unfinished">ئەریتریا</translation>
    </message>
    <message id="choices.landen.YE">
        <source>Jemen</source>
        <translation type="unfinished">یەمەن</translation>
    </message>
    <message id="choices.landen.IQ">
        <source>Irak</source>
        <translation type="unfinished">عێراق</translation>
    </message>
    <message id="choices.landen.AF">
        <source>Afghanistan</source>
        <translation type="unfinished">ئەفغانستان</translation>
    </message>
    <message id="choices.landen.IR">
        <source>Iran</source>
        <translation type="unfinished">ئێران</translation>
    </message>
    <message id="choices.landen.TR">
        <source>Turkije</source>
        <translation type="unfinished">تورکیا</translation>
    </message>
    <message id="choices.landen.SO">
        <source>Somalië</source>
        <translation type="unfinished">سۆماڵ</translation>
    </message>
    <message id="choices.landen.ET">
        <source>Ethiopië</source>
        <translation type="unfinished">ئەسیوپیا</translation>
    </message>
    <message id="choices.landen.SD">
        <source>Soedan</source>
        <translation type="unfinished">سوودان</translation>
    </message>
    <message id="choices.landen.SS">
        <source>Zuid-Soedan</source>
        <translation type="unfinished">باشووری سوودان</translation>
    </message>
    <message id="choices.landen.LB">
        <source>Libanon</source>
        <translation type="unfinished">لوبنان</translation>
    </message>
    <message id="choices.landen.JO">
        <source>Jordanië</source>
        <translation type="unfinished">ئوردن</translation>
    </message>
    <message id="choices.landen.PS">
        <source>Palestijnse Gebieden</source>
        <translation type="unfinished">ناوچە فەلەستینییەکان</translation>
    </message>
    <message id="choices.landen.EG">
        <source>Egypte</source>
        <translation type="unfinished">میسر</translation>
    </message>
    <message id="choices.landen.LY">
        <source>Libië</source>
        <translation type="unfinished">لیبیا</translation>
    </message>
    <message id="choices.landen.MA">
        <source>Marokko</source>
        <translation type="unfinished">مەغریب</translation>
    </message>
    <message id="choices.landen.DZ">
        <source>Algerije</source>
        <translation type="unfinished">جەزائیر</translation>
    </message>
    <message id="choices.landen.TN">
        <source>Tunesië</source>
        <translation type="unfinished">تونس</translation>
    </message>
    <message id="choices.landen.SA">
        <source>Saoedi-Arabië</source>
        <translation type="unfinished">عەرەبستانی سعوودی</translation>
    </message>
    <message id="choices.landen.KW">
        <source>Koeweit</source>
        <translation type="unfinished">کوەیت</translation>
    </message>
    <message id="choices.landen.AE">
        <source>Verenigde Arabische Emiraten</source>
        <translation type="unfinished">میرنشینە یەکگرتووە عەرەبییەکان</translation>
    </message>
    <message id="choices.landen.PK">
        <source>Pakistan</source>
        <translation type="unfinished">پاکستان</translation>
    </message>
    <message id="choices.landen.IN">
        <source>India</source>
        <translation type="unfinished">هیندستان</translation>
    </message>
    <message id="choices.landen.BD">
        <source>Bangladesh</source>
        <translation type="unfinished">بەنگلادیش</translation>
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
        <translation type="unfinished">نیجیریا</translation>
    </message>
    <message id="choices.landen.CM">
        <source>Kameroen</source>
        <translation type="unfinished">کامیرۆن</translation>
    </message>
    <message id="choices.landen.GN">
        <source>Guinee</source>
        <translation type="unfinished">گینێ</translation>
    </message>
    <message id="choices.landen.CD">
        <source>Congo (Democratische Republiek)</source>
        <translation type="unfinished">کۆنگۆ (کۆماری دیموکراتی)</translation>
    </message>
    <message id="choices.landen.UG">
        <source>Oeganda</source>
        <translation type="unfinished">ئوگاندا</translation>
    </message>
    <message id="choices.landen.KE">
        <source>Kenia</source>
        <translation type="unfinished">کینیا</translation>
    </message>
    <message id="choices.landen.BI">
        <source>Burundi</source>
        <translation type="unfinished">بوروندی</translation>
    </message>
    <message id="choices.landen.GE">
        <source>Georgië</source>
        <translation type="unfinished">جۆرجیا</translation>
    </message>
    <message id="choices.landen.AM">
        <source>Armenië</source>
        <translation type="unfinished">ئەرمینیا</translation>
    </message>
    <message id="choices.landen.AZ">
        <source>Azerbeidzjan</source>
        <translation type="unfinished">ئازەربایجان</translation>
    </message>
    <message id="choices.landen.RU">
        <source>Rusland</source>
        <translation type="unfinished">ڕووسیا</translation>
    </message>
    <message id="choices.landen.UA">
        <source>Oekraïne</source>
        <translation type="unfinished">ئۆکرانیا</translation>
    </message>
    <message id="choices.landen.BY">
        <source>Belarus</source>
        <translation type="unfinished">بیلاڕووسیا</translation>
    </message>
    <message id="choices.landen.CO">
        <source>Colombia</source>
        <translation type="unfinished">کۆلۆمبیا</translation>
    </message>
    <message id="choices.landen.VE">
        <source>Venezuela</source>
        <translation type="unfinished">ڤەنزوێلا</translation>
    </message>
    <message id="choices.landen.BR">
        <source>Brazilië</source>
        <translation type="unfinished">بەڕازیل</translation>
    </message>
    <message id="choices.landen.US">
        <source>Verenigde Staten</source>
        <translation type="unfinished">ویلایەتە یەکگرتووەکانی ئەمریکا</translation>
    </message>
    <message id="choices.landen.GB">
        <source>Verenigd Koninkrijk</source>
        <translation type="unfinished">شانشینی یەکگرتوو (بەریتانیا)</translation>
    </message>
    <message id="choices.landen.DE">
        <source>Duitsland</source>
        <translation type="unfinished">ئەڵمانیا</translation>
    </message>
    <message id="choices.landen.BE">
        <source>België</source>
        <translation type="unfinished">بەلجیکا</translation>
    </message>
    <message id="choices.landen.NL">
        <source>Nederland</source>
        <translation type="unfinished">هۆڵەندا</translation>
    </message>
    <message id="choices.landen.anders">
        <source>Ander land</source>
        <translation type="unfinished">وڵاتێکی تر</translation>
    </message>
    <message id="choices.landen.staatloos">
        <source>Staatloos</source>
        <translation type="unfinished">بێ ڕەگەزنامە</translation>
    </message>
    <message id="choices.landen.onbekend">
        <source>Onbekend</source>
        <translation type="unfinished">نەزانراو</translation>
    </message>
    <message id="choices.talen.nl">
        <source>Nederlands</source>
        <translation type="unfinished">هۆڵەندی</translation>
    </message>
    <message id="choices.talen.ar">
        <source>Arabisch</source>
        <translation type="unfinished">عەرەبی</translation>
    </message>
    <message id="choices.talen.ti">
        <source>Tigrinya</source>
        <translation type="unfinished">تیگرینیا</translation>
    </message>
    <message id="choices.talen.tr">
        <source>Turks</source>
        <translation type="unfinished">تورکی</translation>
    </message>
    <message id="choices.talen.fa">
        <source>Perzisch (Farsi)</source>
        <translation type="unfinished">فارسی</translation>
    </message>
    <message id="choices.talen.fa-AF">
        <source>Dari</source>
        <translation type="unfinished">دەری</translation>
    </message>
    <message id="choices.talen.ps">
        <source>Pasjtoe</source>
        <translation type="unfinished">پەشتۆ</translation>
    </message>
    <message id="choices.talen.ku">
        <source>Koerdisch (Kurmanji)</source>
        <translation type="unfinished">کوردی (کرمانجی)</translation>
    </message>
    <message id="choices.talen.ckb">
        <source>Koerdisch (Sorani)</source>
        <translation type="unfinished">کوردی (سۆرانی)</translation>
    </message>
    <message id="choices.talen.so">
        <source>Somalisch</source>
        <translation type="unfinished">سۆماڵی</translation>
    </message>
    <message id="choices.talen.am">
        <source>Amhaars</source>
        <translation type="unfinished">ئەمهەری</translation>
    </message>
    <message id="choices.talen.om">
        <source>Oromo</source>
        <translation type="unfinished">ئۆرۆمۆ</translation>
    </message>
    <message id="choices.talen.tig">
        <source>Tigre</source>
        <translation type="unfinished">تیگرێ</translation>
    </message>
    <message id="choices.talen.en">
        <source>Engels</source>
        <translation type="unfinished">ئینگلیزی</translation>
    </message>
    <message id="choices.talen.fr">
        <source>Frans</source>
        <translation type="unfinished">فەڕەنسی</translation>
    </message>
    <message id="choices.talen.ru">
        <source>Russisch</source>
        <translation type="unfinished">ڕووسی</translation>
    </message>
    <message id="choices.talen.uk">
        <source>Oekraïens</source>
        <translation type="unfinished">ئۆکرانی</translation>
    </message>
    <message id="choices.talen.ur">
        <source>Urdu</source>
        <translation type="unfinished">ئوردوو</translation>
    </message>
    <message id="choices.talen.bn">
        <source>Bengaals</source>
        <translation type="unfinished">بەنگالی</translation>
    </message>
    <message id="choices.talen.es">
        <source>Spaans</source>
        <translation type="unfinished">ئیسپانی</translation>
    </message>
    <message id="choices.talen.de">
        <source>Duits</source>
        <translation type="unfinished">ئەڵمانی</translation>
    </message>
    <message id="choices.talen.sw">
        <source>Swahili</source>
        <translation type="unfinished">سواحیلی</translation>
    </message>
    <message id="choices.talen.ber">
        <source>Berbers (Tamazight)</source>
        <translation type="unfinished">ئەمازیغی (تەمازیغت)</translation>
    </message>
    <message id="choices.talen.hy">
        <source>Armeens</source>
        <translation type="unfinished">ئەرمەنی</translation>
    </message>
    <message id="choices.talen.ka">
        <source>Georgisch</source>
        <translation type="unfinished">جۆرجی</translation>
    </message>
    <message id="choices.talen.az">
        <source>Azerbeidzjaans</source>
        <translation type="unfinished">ئازەری</translation>
    </message>
    <message id="choices.talen.anders">
        <source>Andere taal</source>
        <translation type="unfinished">زمانێکی تر</translation>
    </message>
    <message id="choices.doelgroep.asielstatushouder">
        <source>Asielstatushouder</source>
        <translation type="unfinished">خاوەن مۆڵەتی پەنابەری</translation>
    </message>
    <message id="choices.doelgroep.gezinsmigrant">
        <source>Gezinsmigrant</source>
        <translation type="unfinished">کۆچبەری خێزانی</translation>
    </message>
    <message id="choices.doelgroep.overige">
        <source>Overige migrant</source>
        <translation type="unfinished">کۆچبەری تر</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.asiel_eerste_aanvrager">
        <source>Asiel – eerste aanvrager</source>
        <translation type="unfinished">پەنابەری – داواکاری یەکەم</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.nareiziger">
        <source>Nareiziger</source>
        <translation type="unfinished">پەیوەستبوو بە خێزان (nareiziger)</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.gezinshereniging">
        <source>Gezinshereniging</source>
        <translation type="unfinished">پێکەوەبوونەوەی خێزان (gezinshereniging)</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.gezinsvorming">
        <source>Gezinsvorming</source>
        <translation type="unfinished">پێکهێنانی خێزان (gezinsvorming)</translation>
    </message>
    <message id="choices.gedetailleerde_doelgroep.overig">
        <source>Overig</source>
        <translation type="unfinished">هی تر</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.asiel_bepaalde_tijd">
        <source>Asiel, bepaalde tijd</source>
        <translation type="unfinished">پەنابەری، ماوەی دیاریکراو</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.regulier_familie">
        <source>Regulier, verblijf bij familie of partner</source>
        <translation type="unfinished">ئاسایی، نیشتەجێبوون لای خێزان یان هاوسەر</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.regulier_overig">
        <source>Regulier, ander verblijfsdoel</source>
        <translation type="unfinished">ئاسایی، مەبەستێکی تری نیشتەجێبوون</translation>
    </message>
    <message id="choices.soort_verblijfsvergunning.onbekend">
        <source>Nog niet bekend</source>
        <translation type="unfinished">هێشتا نەزانراوە</translation>
    </message>
    <message id="choices.tolk_type.telefonisch">
        <source>Telefonisch</source>
        <translation type="unfinished">بە تەلەفۆن</translation>
    </message>
    <message id="choices.tolk_type.fysiek">
        <source>Aanwezig bij het gesprek</source>
        <translation type="unfinished">ئامادە لە چاوپێکەوتنەکەدا</translation>
    </message>
    <message id="choices.tolk_type.familielid">
        <source>Familielid of kennis</source>
        <translation type="unfinished">ئەندامی خێزان یان ناسیاو</translation>
    </message>
    <message id="choices.gesprekslocatie.azc">
        <source>Azc (COA-locatie)</source>
        <translation type="unfinished">کەمپی پەنابەران (azc، شوێنی COA)</translation>
    </message>
    <message id="choices.gesprekslocatie.thuis">
        <source>Bij de klant thuis</source>
        <translation type="unfinished">لە ماڵی سوودمەند</translation>
    </message>
    <message id="choices.gesprekslocatie.gemeentekantoor">
        <source>Gemeentekantoor</source>
        <translation type="unfinished">بینای شارەوانی</translation>
    </message>
    <message id="choices.gesprekslocatie.taalschool">
        <source>Taalschool</source>
        <translation type="unfinished">قوتابخانەی زمان</translation>
    </message>
    <message id="choices.burgerlijke_staat.ongehuwd">
        <source>Ongehuwd</source>
        <translation type="unfinished">سەڵت (هاوسەرگیری نەکردوو)</translation>
    </message>
    <message id="choices.burgerlijke_staat.gehuwd">
        <source>Gehuwd</source>
        <translation type="unfinished">هاوسەرگیری کردوو</translation>
    </message>
    <message id="choices.burgerlijke_staat.geregistreerd_partner">
        <source>Geregistreerd partnerschap</source>
        <translation type="unfinished">هاوبەشیی تۆمارکراو (geregistreerd partnerschap)</translation>
    </message>
    <message id="choices.burgerlijke_staat.samenwonend">
        <source>Samenwonend</source>
        <translation type="unfinished">پێکەوە ژیان بەبێ هاوسەرگیری</translation>
    </message>
    <message id="choices.burgerlijke_staat.gescheiden">
        <source>Gescheiden</source>
        <translation type="unfinished">جیابووەوە (تەڵاقدراو)</translation>
    </message>
    <message id="choices.burgerlijke_staat.weduwe">
        <source>Weduwe of weduwnaar</source>
        <translation type="unfinished">بێوەژن یان بێوەپیاو</translation>
    </message>
    <message id="choices.burgerlijke_staat.onbekend">
        <source>Wil ik niet zeggen</source>
        <translation type="unfinished">نامەوێت بیڵێم</translation>
    </message>
    <message id="choices.relatie.partner">
        <source>Partner</source>
        <translation type="unfinished">هاوسەر یان هاوبەشی ژیان</translation>
    </message>
    <message id="choices.relatie.kind">
        <source>Kind</source>
        <translation type="unfinished">منداڵ</translation>
    </message>
    <message id="choices.relatie.ouder">
        <source>Vader of moeder</source>
        <translation type="unfinished">باوک یان دایک</translation>
    </message>
    <message id="choices.relatie.broer_zus">
        <source>Broer of zus</source>
        <translation type="unfinished">برا یان خوشک</translation>
    </message>
    <message id="choices.relatie.familie">
        <source>Ander familielid</source>
        <translation type="unfinished">خزمێکی تر</translation>
    </message>
    <message id="choices.relatie.anders">
        <source>Iemand anders</source>
        <translation type="unfinished">کەسێکی تر</translation>
    </message>
    <message id="choices.zorgtaken.kinderen">
        <source>Zorg voor kinderen</source>
        <translation type="unfinished">چاودێری منداڵ</translation>
    </message>
    <message id="choices.zorgtaken.zieke_partner">
        <source>Zorg voor een zieke partner</source>
        <translation type="unfinished">چاودێری هاوسەرێکی نەخۆش</translation>
    </message>
    <message id="choices.zorgtaken.ouder_familielid">
        <source>Zorg voor een ouder familielid</source>
        <translation type="unfinished">چاودێری خزمێکی بەتەمەن</translation>
    </message>
    <message id="choices.zorgtaken.geen">
        <source>Geen zorgtaken</source>
        <translation type="unfinished">هیچ ئەرکێکی چاودێریم نییە</translation>
    </message>
    <message id="choices.woonsituatie.azc">
        <source>Azc (COA-locatie)</source>
        <translation type="unfinished">کەمپی پەنابەران (azc، شوێنی COA)</translation>
    </message>
    <message id="choices.woonsituatie.tijdelijke_woning">
        <source>Tijdelijke woning</source>
        <translation type="unfinished">خانووی کاتی</translation>
    </message>
    <message id="choices.woonsituatie.eigen_huurwoning">
        <source>Eigen huurwoning</source>
        <translation type="unfinished">خانووی بەکرێی خۆم</translation>
    </message>
    <message id="choices.woonsituatie.inwonend">
        <source>Inwonend bij familie of kennissen</source>
        <translation type="unfinished">لای خزم یان ناسیاو دەژیم</translation>
    </message>
    <message id="choices.ervaren_gezondheid.1">
        <source>Slecht</source>
        <translation type="unfinished">خراپ</translation>
    </message>
    <message id="choices.ervaren_gezondheid.2">
        <source>Matig</source>
        <translation type="unfinished">مامناوەند</translation>
    </message>
    <message id="choices.ervaren_gezondheid.3">
        <source>Redelijk</source>
        <translation type="unfinished">تا ڕادەیەک باش</translation>
    </message>
    <message id="choices.ervaren_gezondheid.4">
        <source>Goed</source>
        <translation type="unfinished">باش</translation>
    </message>
    <message id="choices.ervaren_gezondheid.5">
        <source>Uitstekend</source>
        <translation type="unfinished">زۆر باش</translation>
    </message>
    <message id="choices.beperkingen_leren.zien">
        <source>Zien</source>
        <translation type="unfinished">بینین</translation>
    </message>
    <message id="choices.beperkingen_leren.horen">
        <source>Horen</source>
        <translation type="unfinished">بیستن</translation>
    </message>
    <message id="choices.beperkingen_leren.mobiliteit">
        <source>Lopen of bewegen</source>
        <translation type="unfinished">ڕۆیشتن یان جووڵە</translation>
    </message>
    <message id="choices.beperkingen_leren.pijn">
        <source>Pijn</source>
        <translation type="unfinished">ئازار</translation>
    </message>
    <message id="choices.beperkingen_leren.vermoeidheid">
        <source>Vermoeidheid</source>
        <translation type="unfinished">ماندوێتی</translation>
    </message>
    <message id="choices.beperkingen_leren.geen">
        <source>Geen</source>
        <translation type="unfinished">هیچ</translation>
    </message>
    <message id="choices.belasting_signaal.1">
        <source>Geen signalen</source>
        <translation type="unfinished">هیچ نیشانەیەک نییە</translation>
    </message>
    <message id="choices.belasting_signaal.2">
        <source>Weinig</source>
        <translation type="unfinished">کەم</translation>
    </message>
    <message id="choices.belasting_signaal.3">
        <source>Enigszins</source>
        <translation type="unfinished">تا ڕادەیەک</translation>
    </message>
    <message id="choices.belasting_signaal.4">
        <source>Veel</source>
        <translation type="unfinished">زۆر</translation>
    </message>
    <message id="choices.belasting_signaal.5">
        <source>Zeer veel</source>
        <translation type="unfinished">زۆر زۆر</translation>
    </message>
    <message id="choices.doorverwijzing.huisarts">
        <source>Huisarts</source>
        <translation type="unfinished">پزیشکی خێزان (huisarts)</translation>
    </message>
    <message id="choices.doorverwijzing.ggd">
        <source>GGD</source>
        <translation type="unfinished">خزمەتگوزاریی تەندروستیی شارەوانی (GGD)</translation>
    </message>
    <message id="choices.doorverwijzing.poh_ggz">
        <source>POH-GGZ (praktijkondersteuner)</source>
        <translation type="unfinished">یاریدەدەری تەندروستیی دەروونیی پزیشکی خێزان (POH-GGZ)</translation>
    </message>
    <message id="choices.doorverwijzing.maatschappelijk_werk">
        <source>Maatschappelijk werk</source>
        <translation type="unfinished">کاری کۆمەڵایەتی</translation>
    </message>
    <message id="choices.doorverwijzing.geen">
        <source>Geen doorverwijzing</source>
        <translation type="unfinished">ڕەوانە نەکراوە</translation>
    </message>
    <message id="choices.opleidingsniveau.geen">
        <source>Geen onderwijs gevolgd</source>
        <translation type="unfinished">نەچوومەتە قوتابخانە</translation>
    </message>
    <message id="choices.opleidingsniveau.basis">
        <source>Basisonderwijs</source>
        <translation type="unfinished">خوێندنی سەرەتایی</translation>
    </message>
    <message id="choices.opleidingsniveau.vo_onderbouw">
        <source>Voortgezet onderwijs, niet afgemaakt</source>
        <translation type="unfinished">خوێندنی ناوەندی، تەواو نەکراو</translation>
    </message>
    <message id="choices.opleidingsniveau.vo_afgerond">
        <source>Voortgezet onderwijs, afgemaakt</source>
        <translation type="unfinished">خوێندنی ناوەندی، تەواوکراو</translation>
    </message>
    <message id="choices.opleidingsniveau.beroeps">
        <source>Beroepsopleiding</source>
        <translation type="unfinished">خوێندنی پیشەیی</translation>
    </message>
    <message id="choices.opleidingsniveau.hbo_bachelor">
        <source>Hbo-bachelor</source>
        <translation type="unfinished">بەکالۆریۆسی زانکۆی پراکتیکی (hbo)</translation>
    </message>
    <message id="choices.opleidingsniveau.wo_bachelor">
        <source>Universiteit, bachelor</source>
        <translation type="unfinished">زانکۆ، بەکالۆریۆس</translation>
    </message>
    <message id="choices.opleidingsniveau.master">
        <source>Master</source>
        <translation type="unfinished">ماستەر</translation>
    </message>
    <message id="choices.opleidingsniveau.doctoraat">
        <source>Doctoraat (PhD)</source>
        <translation type="unfinished">دکتۆرا (PhD)</translation>
    </message>
    <message id="choices.nl_niveau.mbo1">
        <source>Mbo niveau 1</source>
        <translation type="unfinished">خوێندنی پیشەیی ناوەند (mbo) ئاستی 1</translation>
    </message>
    <message id="choices.nl_niveau.mbo2">
        <source>Mbo niveau 2</source>
        <translation type="unfinished">خوێندنی پیشەیی ناوەند (mbo) ئاستی 2</translation>
    </message>
    <message id="choices.nl_niveau.mbo3">
        <source>Mbo niveau 3</source>
        <translation type="unfinished">خوێندنی پیشەیی ناوەند (mbo) ئاستی 3</translation>
    </message>
    <message id="choices.nl_niveau.mbo4">
        <source>Mbo niveau 4</source>
        <translation type="unfinished">خوێندنی پیشەیی ناوەند (mbo) ئاستی 4</translation>
    </message>
    <message id="choices.nl_niveau.hbo_ad">
        <source>Hbo associate degree</source>
        <translation type="unfinished">دیپلۆمی زانکۆی پراکتیکی (hbo associate degree)</translation>
    </message>
    <message id="choices.nl_niveau.hbo_bachelor">
        <source>Hbo-bachelor</source>
        <translation type="unfinished">بەکالۆریۆسی زانکۆی پراکتیکی (hbo-bachelor)</translation>
    </message>
    <message id="choices.nl_niveau.hbo_master">
        <source>Hbo-master</source>
        <translation type="unfinished">ماستەری زانکۆی پراکتیکی (hbo-master)</translation>
    </message>
    <message id="choices.nl_niveau.wo_bachelor">
        <source>Wo-bachelor</source>
        <translation type="unfinished">بەکالۆریۆسی زانکۆ (wo-bachelor)</translation>
    </message>
    <message id="choices.nl_niveau.wo_master">
        <source>Wo-master</source>
        <translation type="unfinished">ماستەری زانکۆ (wo-master)</translation>
    </message>
    <message id="choices.vaardigheid4.1">
        <source>Niet</source>
        <translation type="unfinished">ناتوانم</translation>
    </message>
    <message id="choices.vaardigheid4.2">
        <source>Een beetje</source>
        <translation type="unfinished">کەمێک</translation>
    </message>
    <message id="choices.vaardigheid4.3">
        <source>Redelijk</source>
        <translation type="unfinished">مامناوەند</translation>
    </message>
    <message id="choices.vaardigheid4.4">
        <source>Goed</source>
        <translation type="unfinished">باش</translation>
    </message>
    <message id="choices.latijns_schrift.nee">
        <source>Nee</source>
        <translation type="unfinished">نەخێر</translation>
    </message>
    <message id="choices.latijns_schrift.beperkt">
        <source>Een beetje</source>
        <translation type="unfinished">کەمێک</translation>
    </message>
    <message id="choices.latijns_schrift.ja">
        <source>Ja</source>
        <translation type="unfinished">بەڵێ</translation>
    </message>
    <message id="choices.formeel_informeel.formeel">
        <source>Formeel (met contract of eigen bedrijf)</source>
        <translation type="unfinished">فەرمی (بە گرێبەست یان کاروباری خۆتان)</translation>
    </message>
    <message id="choices.formeel_informeel.informeel">
        <source>Informeel (zonder contract, bijvoorbeeld in familiebedrijf)</source>
        <translation type="unfinished">نافەرمی (بەبێ گرێبەست، بۆ نموونە لە کاروباری خێزانیدا)</translation>
    </message>
    <message id="choices.sectoren.bouw">
        <source>Bouw</source>
        <translation type="unfinished">بیناسازی</translation>
    </message>
    <message id="choices.sectoren.techniek">
        <source>Techniek en installatie</source>
        <translation type="unfinished">تەکنیک و دامەزراندن</translation>
    </message>
    <message id="choices.sectoren.zorg">
        <source>Zorg en welzijn</source>
        <translation type="unfinished">تەندروستی و خزمەتگوزاری کۆمەڵایەتی</translation>
    </message>
    <message id="choices.sectoren.onderwijs">
        <source>Onderwijs en kinderopvang</source>
        <translation type="unfinished">پەروەردە و چاودێری منداڵ</translation>
    </message>
    <message id="choices.sectoren.horeca">
        <source>Horeca en keuken</source>
        <translation type="unfinished">چێشتخانە، هوتێل و چێشتلێنان</translation>
    </message>
    <message id="choices.sectoren.schoonmaak">
        <source>Schoonmaak</source>
        <translation type="unfinished">پاککردنەوە</translation>
    </message>
    <message id="choices.sectoren.logistiek">
        <source>Transport en logistiek</source>
        <translation type="unfinished">گواستنەوە و لۆجستیک</translation>
    </message>
    <message id="choices.sectoren.landbouw">
        <source>Landbouw, tuinbouw en groen</source>
        <translation type="unfinished">کشتوکاڵ، باخداری و سەوزایی</translation>
    </message>
    <message id="choices.sectoren.handel">
        <source>Winkel en handel</source>
        <translation type="unfinished">دوکان و بازرگانی</translation>
    </message>
    <message id="choices.sectoren.administratie">
        <source>Administratie en kantoor</source>
        <translation type="unfinished">کارگێڕی و کاری نووسینگە</translation>
    </message>
    <message id="choices.sectoren.ict">
        <source>ICT</source>
        <translation type="unfinished">تەکنەلۆجیای زانیاری (ICT)</translation>
    </message>
    <message id="choices.sectoren.productie">
        <source>Productie en fabriek</source>
        <translation type="unfinished">بەرهەمهێنان و کارگە</translation>
    </message>
    <message id="choices.sectoren.kapper">
        <source>Kapper en schoonheid</source>
        <translation type="unfinished">سەرتاشی و جوانکاری</translation>
    </message>
    <message id="choices.sectoren.textiel">
        <source>Kleding en naaien</source>
        <translation type="unfinished">جلوبەرگ و دروومان</translation>
    </message>
    <message id="choices.sectoren.voeding">
        <source>Bakkerij, slagerij en voeding</source>
        <translation type="unfinished">نانەوایی، قەسابی و خۆراک</translation>
    </message>
    <message id="choices.sectoren.autotechniek">
        <source>Auto&apos;s en motoren</source>
        <translation type="unfinished">ئۆتۆمبێل و بزوێنەر</translation>
    </message>
    <message id="choices.sectoren.overig">
        <source>Anders</source>
        <translation type="unfinished">هی تر</translation>
    </message>
    <message id="choices.werkvaardigheid4.1">
        <source>Nog lastig</source>
        <translation type="unfinished">هێشتا قورسە</translation>
    </message>
    <message id="choices.werkvaardigheid4.2">
        <source>Soms goed</source>
        <translation type="unfinished">هەندێک جار باش</translation>
    </message>
    <message id="choices.werkvaardigheid4.3">
        <source>Meestal goed</source>
        <translation type="unfinished">زۆربەی کات باش</translation>
    </message>
    <message id="choices.werkvaardigheid4.4">
        <source>Goed</source>
        <translation type="unfinished">باش</translation>
    </message>
    <message id="choices.situatie_werk.werkt">
        <source>Werkt nu</source>
        <translation type="unfinished">ئێستا کار دەکەم</translation>
    </message>
    <message id="choices.situatie_werk.zoekt">
        <source>Zoekt werk</source>
        <translation type="unfinished">بەدوای کاردا دەگەڕێم</translation>
    </message>
    <message id="choices.situatie_werk.niet_beschikbaar">
        <source>Nu niet beschikbaar</source>
        <translation type="unfinished">ئێستا ئامادە نیم</translation>
    </message>
    <message id="choices.nederlands_niveau.A0">
        <source>Nog geen Nederlands (A0)</source>
        <translation type="unfinished">هێشتا هۆڵەندی نازانم (A0)</translation>
    </message>
    <message id="choices.nederlands_niveau.A1">
        <source>A1</source>
        <translation type="unfinished">A1: کەمێک هۆڵەندی – وشەی سادە و ڕستەی کورت</translation>
    </message>
    <message id="choices.nederlands_niveau.A2">
        <source>A2</source>
        <translation type="unfinished">A2: هۆڵەندیی بنەڕەتی – گفتوگۆی ڕۆژانە دەربارەی بابەتی ناسراو</translation>
    </message>
    <message id="choices.nederlands_niveau.B1plus">
        <source>B1 of hoger</source>
        <translation type="unfinished">B1 یان بەرزتر: هۆڵەندیی باش – لە زۆربەی بارودۆخەکاندا کارەکانتان دەکەن</translation>
    </message>
    <message id="choices.leerroute.b1">
        <source>B1-route</source>
        <translation type="unfinished">ڕێڕەوی B1 (B1-route)</translation>
    </message>
    <message id="choices.leerroute.onderwijs">
        <source>Onderwijsroute</source>
        <translation type="unfinished">ڕێڕەوی خوێندن (onderwijsroute)</translation>
    </message>
    <message id="choices.leerroute.z">
        <source>Z-route (zelfredzaamheidsroute)</source>
        <translation type="unfinished">ڕێڕەوی Z (ڕێڕەوی خۆبەڕێوەبردن، zelfredzaamheidsroute)</translation>
    </message>
    <message id="choices.lbt_reden.zintuiglijke_beperking">
        <source>Zintuiglijke beperking (zien of horen)</source>
        <translation type="unfinished">کەمئەندامی هەستی (بینین یان بیستن)</translation>
    </message>
    <message id="choices.lbt_reden.anders">
        <source>Andere reden</source>
        <translation type="unfinished">هۆیەکی تر</translation>
    </message>
    <message id="choices.ingehouden_lasten.huur">
        <source>Huur</source>
        <translation type="unfinished">کرێی خانوو</translation>
    </message>
    <message id="choices.ingehouden_lasten.energie">
        <source>Energie</source>
        <translation type="unfinished">وزە (کارەبا و گاز)</translation>
    </message>
    <message id="choices.ingehouden_lasten.water">
        <source>Water</source>
        <translation type="unfinished">ئاو</translation>
    </message>
    <message id="choices.ingehouden_lasten.zorgverzekering">
        <source>Zorgverzekering</source>
        <translation type="unfinished">بیمەی تەندروستی</translation>
    </message>
    <message id="choices.ingehouden_lasten.gemeentelijke_belastingen">
        <source>Gemeentelijke belastingen</source>
        <translation type="unfinished">باجی شارەوانی</translation>
    </message>
    <message id="choices.ingehouden_lasten.overig">
        <source>Overige vaste lasten</source>
        <translation type="unfinished">خەرجییە جێگیرەکانی تر</translation>
    </message>
    <message id="choices.toeslagen.huurtoeslag">
        <source>Huurtoeslag</source>
        <translation type="unfinished">یارمەتیی کرێی خانوو (huurtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.zorgtoeslag">
        <source>Zorgtoeslag</source>
        <translation type="unfinished">یارمەتیی بیمەی تەندروستی (zorgtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.kinderopvangtoeslag">
        <source>Kinderopvangtoeslag</source>
        <translation type="unfinished">یارمەتیی چاودێریی منداڵ (kinderopvangtoeslag)</translation>
    </message>
    <message id="choices.toeslagen.kindgebonden_budget">
        <source>Kindgebonden budget</source>
        <translation type="unfinished">بودجەی منداڵ (kindgebonden budget)</translation>
    </message>
    <message id="choices.toeslagen.geen">
        <source>Geen toeslagen</source>
        <translation type="unfinished">هیچ یارمەتییەکی دارایی نییە</translation>
    </message>
    <message id="choices.zrm5.1">
        <source>Acute problemen</source>
        <translation type="unfinished">کێشەی بەپەلە</translation>
    </message>
    <message id="choices.zrm5.2">
        <source>Niet zelfredzaam</source>
        <translation type="unfinished">خۆبەڕێوەبەر نییە</translation>
    </message>
    <message id="choices.zrm5.3">
        <source>Beperkt zelfredzaam</source>
        <translation type="unfinished">تا ڕادەیەکی سنووردار خۆبەڕێوەبەر</translation>
    </message>
    <message id="choices.zrm5.4">
        <source>Voldoende zelfredzaam</source>
        <translation type="unfinished">بە ڕادەی پێویست خۆبەڕێوەبەر</translation>
    </message>
    <message id="choices.zrm5.5">
        <source>Volledig zelfredzaam</source>
        <translation type="unfinished">بە تەواوی خۆبەڕێوەبەر</translation>
    </message>
    <message id="choices.mb_organisatie.vluchtelingenwerk">
        <source>VluchtelingenWerk</source>
        <translation type="unfinished">VluchtelingenWerk (ڕێکخراوی پشتگیریی پەنابەران)</translation>
    </message>
    <message id="choices.mb_organisatie.gemeente">
        <source>De gemeente zelf</source>
        <translation type="unfinished">خودی شارەوانی</translation>
    </message>
    <message id="choices.mb_organisatie.andere_organisatie">
        <source>Andere organisatie</source>
        <translation type="unfinished">ڕێکخراوێکی تر</translation>
    </message>
    <message id="choices.contacten4.1">
        <source>Geen</source>
        <translation type="unfinished">هیچ</translation>
    </message>
    <message id="choices.contacten4.2">
        <source>Weinig</source>
        <translation type="unfinished">کەم</translation>
    </message>
    <message id="choices.contacten4.3">
        <source>Een paar</source>
        <translation type="unfinished">چەند کەسێک</translation>
    </message>
    <message id="choices.contacten4.4">
        <source>Veel</source>
        <translation type="unfinished">زۆر</translation>
    </message>
    <message id="choices.hoofddoel.werk">
        <source>Werk</source>
        <translation type="unfinished">کار</translation>
    </message>
    <message id="choices.hoofddoel.onderwijs">
        <source>Onderwijs</source>
        <translation type="unfinished">خوێندن</translation>
    </message>
    <message id="choices.hoofddoel.participatie">
        <source>Meedoen in de samenleving (participatie)</source>
        <translation type="unfinished">بەشداری لە کۆمەڵگادا (participatie)</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message id="theme.kennismaken">
        <source>Kennismaken</source>
        <extracomment>Getting to know each other</extracomment>
        <translation type="unfinished">ناسینی یەکتر</translation>
    </message>
    <message id="theme.werk">
        <source>Werk en ambities</source>
        <extracomment>Work and ambitions</extracomment>
        <translation type="unfinished">کار و ئامانجەکان</translation>
    </message>
    <message id="theme.leren">
        <source>Leren en taal</source>
        <extracomment>Learning and language</extracomment>
        <translation type="unfinished">فێربوون و زمان</translation>
    </message>
    <message id="theme.gezondheid">
        <source>Gezondheid en welzijn</source>
        <extracomment>Health and well-being</extracomment>
        <translation type="unfinished">تەندروستی و باشبوون</translation>
    </message>
    <message id="theme.netwerk">
        <source>Netwerk en vrije tijd</source>
        <extracomment>Network and free time</extracomment>
        <translation type="unfinished">پەیوەندییەکان و کاتی بەتاڵ</translation>
    </message>
    <message id="theme.wonen">
        <source>Wonen, gezin en geldzaken</source>
        <extracomment>Home, family and money</extracomment>
        <translation type="unfinished">نیشتەجێبوون، خێزان و کاروباری دارایی</translation>
    </message>
    <message id="theme.toekomst">
        <source>Toekomst en afspraken</source>
        <extracomment>Future and agreements</extracomment>
        <translation type="unfinished">داهاتوو و ڕێککەوتنەکان</translation>
    </message>
    <message id="card.1">
        <source>Wat wil je dat ik over jou weet?</source>
        <extracomment>What would you like me to know about you?</extracomment>
        <translation type="unfinished">دەتەوێت چی دەربارەی تۆ بزانم؟</translation>
    </message>
    <message id="card.2">
        <source>Hoe ziet een gewone dag voor jou eruit?</source>
        <extracomment>What does an ordinary day look like for you?</extracomment>
        <translation type="unfinished">ڕۆژێکی ئاسایی بۆ تۆ چۆن تێدەپەڕێت؟</translation>
    </message>
    <message id="card.3">
        <source>Waar ben je trots op?</source>
        <extracomment>What are you proud of?</extracomment>
        <translation type="unfinished">شانازی بە چییەوە دەکەیت؟</translation>
    </message>
    <message id="card.4">
        <source>Hoe wil je dat ik je noem?</source>
        <extracomment>What would you like me to call you?</extracomment>
        <translation type="unfinished">دەتەوێت بە چ ناوێک بانگت بکەم؟</translation>
    </message>
    <message id="card.5">
        <source>Welke taal spreek je het liefst als het moeilijk wordt?</source>
        <extracomment>Which language do you prefer when things get difficult?</extracomment>
        <translation type="unfinished">کاتێک شتەکان قورس دەبن، حەز دەکەیت بە چ زمانێک قسە بکەیت؟</translation>
    </message>
    <message id="card.6">
        <source>Wat heb je al geleerd sinds je in Nederland bent?</source>
        <extracomment>What have you already learned since you came to the Netherlands?</extracomment>
        <translation type="unfinished">لەو کاتەوەی هاتوویتە هۆڵەندا چیت فێر بوویت؟</translation>
    </message>
    <message id="card.7">
        <source>Wanneer is dit gesprek voor jou goed gegaan?</source>
        <extracomment>When will you feel this conversation went well?</extracomment>
        <translation type="unfinished">کەی هەست دەکەیت کە ئەم گفتوگۆیە بۆ تۆ باش بووە؟</translation>
    </message>
    <message id="card.8">
        <source>Welk werk heb je gedaan, betaald of onbetaald?</source>
        <extracomment>What work have you done, paid or unpaid?</extracomment>
        <translation type="unfinished">چ کارێکت کردووە، بە مووچە یان بێ مووچە؟</translation>
    </message>
    <message id="card.9">
        <source>Wat kun je goed met je handen, met je hoofd of met mensen?</source>
        <extracomment>What are you good at: with your hands, your head, or with people?</extracomment>
        <translation type="unfinished">لە چیدا باشیت: بە دەستەکانت، بە مێشکت یان لەگەڵ خەڵک؟</translation>
    </message>
    <message id="card.10">
        <source>Welk werk zou je over drie jaar willen doen?</source>
        <extracomment>What work would you like to do three years from now?</extracomment>
        <translation type="unfinished">دەتەوێت سێ ساڵی تر چ کارێک بکەیت؟</translation>
    </message>
    <message id="card.11">
        <source>Wat heb je nodig om dat werk te kunnen doen?</source>
        <extracomment>What do you need to be able to do that work?</extracomment>
        <translation type="unfinished">بۆ ئەوەی بتوانیت ئەو کارە بکەیت، پێویستیت بە چییە؟</translation>
    </message>
    <message id="card.12">
        <source>Welk werk wil je liever niet doen, en waarom?</source>
        <extracomment>What work would you rather not do, and why?</extracomment>
        <translation type="unfinished">حەز دەکەیت چ کارێک نەکەیت، و بۆچی؟</translation>
    </message>
    <message id="card.13">
        <source>Wie kent er iemand die werkt in het vak dat jij leuk vindt?</source>
        <extracomment>Do you know anyone who works in the field you like?</extracomment>
        <translation type="unfinished">کەسێک دەناسیت کە لەو بوارەدا کار بکات کە تۆ حەزی لێ دەکەیت؟</translation>
    </message>
    <message id="card.14">
        <source>Hoeveel uur per week kun je nu werken of meedoen?</source>
        <extracomment>How many hours a week can you work or take part right now?</extracomment>
        <translation type="unfinished">ئێستا هەفتانە چەند کاتژمێر دەتوانیت کار بکەیت یان بەشداری بکەیت؟</translation>
    </message>
    <message id="card.15">
        <source>Noem twee dingen waar je beter in wilt worden.</source>
        <extracomment>Name two things you want to get better at.</extracomment>
        <translation type="unfinished">ناوی دوو شت بهێنە کە دەتەوێت تیایاندا باشتر بیت.</translation>
    </message>
    <message id="card.16">
        <source>Hoe leer jij het makkelijkst: kijken, luisteren, doen of lezen?</source>
        <extracomment>How do you learn most easily: watching, listening, doing or reading?</extracomment>
        <translation type="unfinished">بە چ شێوەیەک ئاسانتر فێر دەبیت: سەیرکردن، گوێگرتن، کردن یان خوێندنەوە؟</translation>
    </message>
    <message id="card.17">
        <source>Wat vond je vroeger op school leuk of moeilijk?</source>
        <extracomment>What did you like or find hard at school?</extracomment>
        <translation type="unfinished">لە قوتابخانە حەزت لە چی بوو و چی بۆت قورس بوو؟</translation>
    </message>
    <message id="card.18">
        <source>Waar en met wie spreek je nu Nederlands?</source>
        <extracomment>Where, and with whom, do you speak Dutch now?</extracomment>
        <translation type="unfinished">ئێستا لە کوێ و لەگەڵ کێ بە هۆڵەندی قسە دەکەیت؟</translation>
    </message>
    <message id="card.19">
        <source>Wat maakt het leren van Nederlands soms lastig voor jou?</source>
        <extracomment>What sometimes makes learning Dutch hard for you?</extracomment>
        <translation type="unfinished">چی هەندێک جار فێربوونی زمانی هۆڵەندی بۆ تۆ قورس دەکات؟</translation>
    </message>
    <message id="card.20">
        <source>Welke opleiding zou je nog willen volgen?</source>
        <extracomment>Which education or training would you still like to do?</extracomment>
        <translation type="unfinished">هێشتا حەز دەکەیت چ خوێندن یان خولێک بخوێنیت؟</translation>
    </message>
    <message id="card.21">
        <source>Hoe merk je dat je vooruit gaat?</source>
        <extracomment>How do you notice that you are making progress?</extracomment>
        <translation type="unfinished">چۆن هەست دەکەیت کە بەرەو پێش دەچیت؟</translation>
    </message>
    <message id="card.22">
        <source>Hoe gaat het met je energie deze weken?</source>
        <extracomment>How is your energy these weeks? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">لەم هەفتانەدا وزەت چۆنە؟</translation>
    </message>
    <message id="card.23">
        <source>Hoe slaap je de laatste tijd?</source>
        <extracomment>How have you been sleeping lately? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">لەم دواییانەدا خەوت چۆنە؟</translation>
    </message>
    <message id="card.24">
        <source>Wat helpt jou als je je zorgen maakt?</source>
        <extracomment>What helps you when you are worried? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">کاتێک نیگەرانیت، چی یارمەتیت دەدات؟</translation>
    </message>
    <message id="card.25">
        <source>Is er iets met je gezondheid waar we rekening mee moeten houden bij lessen of werk?</source>
        <extracomment>Is there anything about your health we should take into account for lessons or work? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">شتێک لە تەندروستیتدا هەیە کە دەبێت لە وانەکان یان لە کاردا ڕەچاوی بکەین؟</translation>
    </message>
    <message id="card.26">
        <source>Weet je bij wie je terecht kunt als je ziek bent?</source>
        <extracomment>Do you know where to go when you are ill? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">دەزانیت کاتێک نەخۆش دەکەویت بۆ لای کێ بچیت؟</translation>
    </message>
    <message id="card.27">
        <source>Wat doe je om je goed te voelen?</source>
        <extracomment>What do you do to feel good? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">چی دەکەیت بۆ ئەوەی هەست بە باشی بکەیت؟</translation>
    </message>
    <message id="card.28">
        <source>Is er iets waar je liever alleen, zonder familie erbij, over praat?</source>
        <extracomment>Is there anything you would rather discuss alone, without family present? [sensitive: health/well-being]</extracomment>
        <translation type="unfinished">شتێک هەیە کە حەز بکەیت بە تەنها، بێ ئامادەبوونی خێزانەکەت، باسی بکەیت؟</translation>
    </message>
    <message id="card.29">
        <source>Wie zijn de belangrijkste mensen om je heen?</source>
        <extracomment>Who are the most important people around you?</extracomment>
        <translation type="unfinished">گرنگترین کەسەکانی دەوروبەرت کێن؟</translation>
    </message>
    <message id="card.30">
        <source>Wie kun je bellen als je hulp nodig hebt?</source>
        <extracomment>Who can you call when you need help?</extracomment>
        <translation type="unfinished">کاتێک پێویستیت بە یارمەتی هەیە، دەتوانیت تەلەفۆن بۆ کێ بکەیت؟</translation>
    </message>
    <message id="card.31">
        <source>Wat doe je graag in je vrije tijd?</source>
        <extracomment>What do you like to do in your free time?</extracomment>
        <translation type="unfinished">لە کاتی بەتاڵیدا حەز دەکەیت چی بکەیت؟</translation>
    </message>
    <message id="card.32">
        <source>Welke buren of mensen in de wijk ken je al?</source>
        <extracomment>Which neighbours or people in the neighbourhood do you already know?</extracomment>
        <translation type="unfinished">کام دراوسێ یان خەڵکی گەڕەکەکە تا ئێستا دەناسیت؟</translation>
    </message>
    <message id="card.33">
        <source>Zou je vrijwilligerswerk willen doen? Waarmee?</source>
        <extracomment>Would you like to do volunteer work? What kind?</extracomment>
        <translation type="unfinished">حەز دەکەیت کاری خۆبەخشانە بکەیت؟ لە چ بوارێکدا؟</translation>
    </message>
    <message id="card.34">
        <source>Welke sport of club zou je willen proberen?</source>
        <extracomment>Which sport or club would you like to try?</extracomment>
        <translation type="unfinished">حەز دەکەیت کام وەرزش یان یانە تاقی بکەیتەوە؟</translation>
    </message>
    <message id="card.35">
        <source>Waar ontmoet je mensen die geen familie zijn?</source>
        <extracomment>Where do you meet people who are not family?</extracomment>
        <translation type="unfinished">لە کوێ ئەو خەڵکانە دەبینیت کە خزمت نین؟</translation>
    </message>
    <message id="card.36">
        <source>Hoe bevalt je woning en je buurt?</source>
        <extracomment>How do you like your home and neighbourhood?</extracomment>
        <translation type="unfinished">ئایا لە ماڵەکەت و گەڕەکەکەت ڕازیت؟</translation>
    </message>
    <message id="card.37">
        <source>Welke brieven vind je moeilijk om te lezen of te begrijpen?</source>
        <extracomment>Which letters do you find hard to read or understand?</extracomment>
        <translation type="unfinished">خوێندنەوە یان تێگەیشتنی کام نامانە بۆت قورسە؟</translation>
    </message>
    <message id="card.38">
        <source>Wie regelt bij jullie thuis de rekeningen?</source>
        <extracomment>Who takes care of the bills in your household?</extracomment>
        <translation type="unfinished">لە ماڵی ئێوە کێ پسوولەکان دەدات؟</translation>
    </message>
    <message id="card.39">
        <source>Wat wil je zelf kunnen regelen als het ontzorgen stopt?</source>
        <extracomment>What do you want to be able to arrange yourself when ontzorgen ends?</extracomment>
        <translation type="unfinished">کاتێک ontzorgen (دانی خەرجییە جێگیرەکانت لەلایەن شارەوانییەوە) کۆتایی دێت، دەتەوێت چ شتێک خۆت ڕێک بخەیت؟</translation>
    </message>
    <message id="card.40">
        <source>Wat hebben je kinderen nodig om het goed te doen op school of de opvang?</source>
        <extracomment>What do your children need to do well at school or in childcare?</extracomment>
        <translation type="unfinished">منداڵەکانت پێویستیان بە چییە بۆ ئەوەی لە قوتابخانە یان باخچەی ساوایان سەرکەوتوو بن؟</translation>
    </message>
    <message id="card.41">
        <source>Is er iemand in je gezin die extra zorg nodig heeft?</source>
        <extracomment>Is there anyone in your family who needs extra care?</extracomment>
        <translation type="unfinished">کەسێک لە خێزانەکەتدا هەیە کە پێویستی بە چاودێری زیاتر بێت؟</translation>
    </message>
    <message id="card.42">
        <source>Waar zou je meer over willen weten: geld, toeslagen of verzekeringen?</source>
        <extracomment>What would you like to know more about: money, allowances or insurance?</extracomment>
        <translation type="unfinished">دەتەوێت زیاتر دەربارەی چی بزانیت: پارە، یارمەتییە داراییەکان (toeslagen) یان بیمەکان؟</translation>
    </message>
    <message id="card.43">
        <source>Waar sta je over een jaar, als alles goed gaat?</source>
        <extracomment>Where will you be in a year if everything goes well?</extracomment>
        <translation type="unfinished">ئەگەر هەموو شتێک باش بڕوات، ساڵێکی تر لە کوێ دەبیت؟</translation>
    </message>
    <message id="card.44">
        <source>Wat is de eerste kleine stap die je deze maand kunt zetten?</source>
        <extracomment>What first small step can you take this month?</extracomment>
        <translation type="unfinished">یەکەم هەنگاوی بچووک کە دەتوانیت ئەم مانگە بنێیت چییە؟</translation>
    </message>
    <message id="card.45">
        <source>Wat kan ik of de gemeente doen om je te helpen?</source>
        <extracomment>What can I or the municipality do to help you?</extracomment>
        <translation type="unfinished">من یان شارەوانی دەتوانین چی بکەین بۆ ئەوەی یارمەتیت بدەین؟</translation>
    </message>
    <message id="card.46">
        <source>Wat heb je geleerd sinds ons vorige gesprek?</source>
        <extracomment>What have you learned since our last conversation?</extracomment>
        <translation type="unfinished">لە گفتوگۆی پێشوومانەوە چیت فێر بوویت؟</translation>
    </message>
    <message id="card.47">
        <source>Welke afspraak was moeilijk om na te komen, en waarom?</source>
        <extracomment>Which agreement was hard to keep, and why?</extracomment>
        <translation type="unfinished">پابەندبوون بە کام ڕێککەوتن قورس بوو، و بۆچی؟</translation>
    </message>
    <message id="card.48">
        <source>Wanneer ga je tevreden naar huis?</source>
        <extracomment>When do you go home satisfied?</extracomment>
        <translation type="unfinished">کەی بە ڕازیبوونەوە دەگەڕێیتەوە ماڵەوە؟</translation>
    </message>
    <message id="card.49">
        <source>Wie wil je vertellen over je plan?</source>
        <extracomment>Who would you like to tell about your plan?</extracomment>
        <translation type="unfinished">دەتەوێت باسی پلانەکەت بۆ کێ بکەیت؟</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message id="validation.required">
        <source>Dit veld is verplicht.</source>
        <translation type="unfinished">ئەم خانەیە پێویستە.</translation>
    </message>
    <message id="validation.type">
        <source>Dit antwoord heeft een onjuiste vorm.</source>
        <translation type="unfinished">شێوەی ئەم وەڵامە هەڵەیە.</translation>
    </message>
    <message id="validation.too_long">
        <source>De tekst is te lang. Er zijn maximaal {max} tekens bewaard; de rest is weggelaten.</source>
        <translation type="unfinished">دەقەکە زۆر درێژە. زۆرترین {max} پیت پاشەکەوت کران؛ ئەوانی تر لابران.</translation>
    </message>
    <message id="validation.chars_removed">
        <source>Onzichtbare stuurtekens zijn uit het antwoord verwijderd.</source>
        <translation type="unfinished">نیشانە کۆنترۆڵییە نادیارەکان لە وەڵامەکە لابران.</translation>
    </message>
    <message id="validation.integer">
        <source>Vul een heel getal in, bijvoorbeeld 3.</source>
        <translation type="unfinished">ژمارەیەکی تەواو بنووسە، بۆ نموونە 3.</translation>
    </message>
    <message id="validation.decimal">
        <source>Vul een getal in, bijvoorbeeld 2,5.</source>
        <translation type="unfinished">ژمارەیەک بنووسە، بۆ نموونە 2,5.</translation>
    </message>
    <message id="validation.min">
        <source>De waarde moet minimaal {min} zijn.</source>
        <translation type="unfinished">بەهاکە دەبێت لانیکەم {min} بێت.</translation>
    </message>
    <message id="validation.max">
        <source>De waarde mag hoogstens {max} zijn.</source>
        <translation type="unfinished">بەهاکە نابێت لە {max} زیاتر بێت.</translation>
    </message>
    <message id="validation.date_format">
        <source>Vul een datum in als dd-mm-jjjj, bijvoorbeeld 03-02-2025.</source>
        <translation type="unfinished">بەروار بە شێوەی ڕۆژ-مانگ-ساڵ (dd-mm-jjjj) بنووسە، بۆ نموونە 03-02-2025.</translation>
    </message>
    <message id="validation.partial_date_format">
        <source>Vul een datum in als dd-mm-jjjj, mm-jjjj of alleen het jaar (jjjj).</source>
        <translation type="unfinished">بەروار بە شێوەی dd-mm-jjjj، mm-jjjj یان تەنها ساڵ (jjjj) بنووسە.</translation>
    </message>
    <message id="validation.date_impossible">
        <source>Deze datum bestaat niet.</source>
        <translation type="unfinished">ئەم بەروارە بوونی نییە.</translation>
    </message>
    <message id="validation.date_future">
        <source>Deze datum mag niet in de toekomst liggen.</source>
        <translation type="unfinished">ئەم بەروارە نابێت لە داهاتوودا بێت.</translation>
    </message>
    <message id="validation.date_too_old">
        <source>Deze datum ligt te ver in het verleden (voor {year}).</source>
        <translation type="unfinished">ئەم بەروارە زۆر کۆنە (پێش {year}).</translation>
    </message>
    <message id="validation.choice">
        <source>Kies een van de mogelijke antwoorden.</source>
        <translation type="unfinished">یەکێک لە وەڵامە گونجاوەکان هەڵبژێرە.</translation>
    </message>
    <message id="validation.choice_exclusive">
        <source>&apos;{choice}&apos; kan niet samen met andere antwoorden gekozen worden.</source>
        <translation type="unfinished">&apos;{choice}&apos; ناتوانرێت لەگەڵ وەڵامەکانی تردا هەڵبژێردرێت.</translation>
    </message>
    <message id="validation.yesno">
        <source>Kies ja of nee.</source>
        <translation type="unfinished">بەڵێ یان نەخێر هەڵبژێرە.</translation>
    </message>
    <message id="validation.scale">
        <source>Kies een waarde van {min} tot en met {max}.</source>
        <translation type="unfinished">بەهایەک لە {min} تا {max} هەڵبژێرە.</translation>
    </message>
    <message id="validation.bsn">
        <source>Dit BSN is niet geldig (de elfproef klopt niet).</source>
        <translation type="unfinished">ئەم BSNـە دروست نییە (تاقیکردنەوەی یازدە سەرکەوتوو نییە).</translation>
    </message>
    <message id="validation.bsn_length">
        <source>Een BSN bestaat uit 9 cijfers.</source>
        <translation type="unfinished">BSN لە 9 ژمارە پێکدێت.</translation>
    </message>
    <message id="validation.vnummer">
        <source>Een V-nummer bestaat uit precies 10 cijfers.</source>
        <translation type="unfinished">ژمارەی V (V-nummer) ڕێک لە 10 ژمارە پێکدێت.</translation>
    </message>
    <message id="validation.postcode">
        <source>Vul een geldige postcode in: 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.</source>
        <translation type="unfinished">پۆستکۆدێکی دروست بنووسە: 4 ژمارە و 2 پیت، بۆ نموونە 1234 AB.</translation>
    </message>
    <message id="validation.phone">
        <source>Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 20 1234567.</source>
        <translation type="unfinished">ژمارە تەلەفۆنێکی دروست بنووسە، بۆ نموونە 06 12345678 یان ‎+31 20 1234567.</translation>
    </message>
    <message id="validation.email">
        <source>Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.</source>
        <translation type="unfinished">ناونیشانێکی ئیمەیڵی دروست بنووسە، بۆ نموونە naam@voorbeeld.nl.</translation>
    </message>
    <message id="validation.constraint">
        <source>Dit antwoord is niet toegestaan.</source>
        <translation type="unfinished">ئەم وەڵامە ڕێگەپێدراو نییە.</translation>
    </message>
    <message id="validation.readonly_office">
        <source>Dit gegeven komt van het kantoorsysteem (bijvoorbeeld DUO) en kan hier niet worden gewijzigd.</source>
        <translation type="unfinished">ئەم زانیارییە لە سیستەمی نووسینگەوە دێت (بۆ نموونە DUO) و لێرە ناگۆڕدرێت.</translation>
    </message>
    <message id="validation.calculated">
        <source>Dit veld wordt automatisch berekend.</source>
        <translation type="unfinished">ئەم خانەیە بە شێوەی خۆکار هەژمار دەکرێت.</translation>
    </message>
    <message id="validation.repeat_max">
        <source>Er kunnen maximaal {max} regels worden toegevoegd.</source>
        <translation type="unfinished">زۆرترین {max} دێڕ دەتوانرێت زیاد بکرێت.</translation>
    </message>
    <message id="validation.repeat_row">
        <source>Deze regel bestaat niet.</source>
        <translation type="unfinished">ئەم دێڕە بوونی نییە.</translation>
    </message>
    <message id="validation.unknown_field">
        <source>Deze vraag bestaat niet in deze versie van het formulier.</source>
        <translation type="unfinished">ئەم پرسیارە لەم وەشانەی فۆڕمەکەدا نییە.</translation>
    </message>
</context>
<context>
    <name>selffill</name>
    <message id="selffill.next">
        <source>Volgende</source>
        <translation type="unfinished">دواتر</translation>
    </message>
    <message id="selffill.previous">
        <source>Vorige</source>
        <translation type="unfinished">پێشوو</translation>
    </message>
    <message id="selffill.done">
        <source>Klaar</source>
        <translation type="unfinished">تەواو</translation>
    </message>
    <message id="selffill.skip">
        <source>Sla over</source>
        <translation type="unfinished">تێپەڕاندن</translation>
    </message>
    <message id="selffill.section_progress">
        <source>Sectie {n} van {total}</source>
        <translation type="unfinished">بەشی {n} لە {total}</translation>
    </message>
    <message id="selffill.return_laptop">
        <source>Geef de laptop terug aan de klantmanager</source>
        <translation type="unfinished">تکایە لاپتۆپەکە بدەرەوە بە بەرپرسی دۆسیەکەت</translation>
    </message>
    <message id="selffill.welcome">
        <source>Welkom. U kunt deze vragen zelf invullen, in uw eigen taal.</source>
        <translation type="unfinished">بەخێربێیت. دەتوانیت ئەم پرسیارانە خۆت، بە زمانی خۆت، پڕ بکەیتەوە.</translation>
    </message>
    <message id="selffill.choose_language">
        <source>Kies uw taal</source>
        <translation type="unfinished">زمانەکەت هەڵبژێرە</translation>
    </message>
    <message id="selffill.no_wrong_answers">
        <source>Er zijn geen foute antwoorden.</source>
        <translation type="unfinished">هیچ وەڵامێکی هەڵە نییە.</translation>
    </message>
    <message id="selffill.skip_allowed">
        <source>U mag een vraag overslaan als u het antwoord niet weet.</source>
        <translation type="unfinished">ئەگەر وەڵامی پرسیارێک نازانیت، دەتوانیت تێی بپەڕێنیت.</translation>
    </message>
    <message id="selffill.answer_own_language">
        <source>U mag antwoorden in uw eigen taal.</source>
        <translation type="unfinished">دەتوانیت بە زمانی خۆت وەڵام بدەیتەوە.</translation>
    </message>
    <message id="selffill.saved">
        <source>Uw antwoorden zijn bewaard.</source>
        <translation type="unfinished">وەڵامەکانت پاشەکەوت کران.</translation>
    </message>
    <message id="selffill.thanks">
        <source>Dank u wel!</source>
        <translation type="unfinished">سوپاس!</translation>
    </message>
    <message id="selffill.yes">
        <source>Ja</source>
        <translation type="unfinished">بەڵێ</translation>
    </message>
    <message id="selffill.no">
        <source>Nee</source>
        <translation type="unfinished">نەخێر</translation>
    </message>
    <message id="selffill.unknown">
        <source>Weet ik niet</source>
        <translation type="unfinished">نازانم</translation>
    </message>
    <message id="selffill.required">
        <source>Deze vraag is verplicht.</source>
        <translation type="unfinished">ئەم پرسیارە پێویستە.</translation>
    </message>
    <message id="selffill.add_row">
        <source>Nog een toevoegen</source>
        <translation type="unfinished">یەکێکی تر زیاد بکە</translation>
    </message>
    <message id="selffill.remove_row">
        <source>Verwijderen</source>
        <translation type="unfinished">سڕینەوە</translation>
    </message>
    <message id="selffill.dutch_fallback">
        <source>Deze tekst is nog niet vertaald en staat in het Nederlands.</source>
        <translation type="unfinished">ئەم دەقە هێشتا وەرنەگێڕدراوە و بە هۆڵەندی پیشان دەدرێت.</translation>
    </message>
    <message id="selffill.alone_reminder">
        <source>U mag deze vragen ook alleen beantwoorden, zonder familie erbij.</source>
        <translation type="unfinished">دەتوانیت وەڵامی ئەم پرسیارانە بە تەنها، بێ ئامادەبوونی خێزانەکەت، بدەیتەوە.</translation>
    </message>
    <message id="selffill.larger_text">
        <source>Grotere letters</source>
        <translation type="unfinished">پیتی گەورەتر</translation>
    </message>
    <message id="selffill.question_progress">
        <source>Vraag {n} van {total}</source>
        <translation type="unfinished">پرسیاری {n} لە {total}</translation>
    </message>
    <message id="selffill.all_saved">
        <source>Alle wijzigingen bewaard</source>
        <translation type="unfinished">هەموو گۆڕانکارییەکان پاشەکەوت کران</translation>
    </message>
    <message id="selffill.not_saved_retry">
        <source>Nog niet bewaard. We proberen het zo opnieuw.</source>
        <translation type="unfinished">هێشتا پاشەکەوت نەکراوە. دوای کەمێک دووبارە هەوڵ دەدەینەوە.</translation>
    </message>
    <message id="selffill.start">
        <source>Beginnen</source>
        <translation type="unfinished">دەست پێبکەن</translation>
    </message>
    <message id="selffill.start_intro">
        <source>U krijgt vragen over:</source>
        <translation type="unfinished">پرسیارتان لێ دەکرێت دەربارەی:</translation>
    </message>
    <message id="selffill.text_capped">
        <source>Dit antwoord mag niet langer zijn dan {n} tekens. De rest is weggelaten.</source>
        <translation type="unfinished">ئەم وەڵامە ناتوانێت لە {n} پیت درێژتر بێت. ئەوەی ماوە لابرا.</translation>
    </message>
    <message id="selffill.listen">
        <source>Luisteren</source>
        <translation type="unfinished">گوێ بگرن</translation>
    </message>
    <message id="selffill.computer_voice">
        <source>computerstem</source>
        <translation type="unfinished">دەنگی کۆمپیوتەر</translation>
    </message>
    <message id="selffill.audio_problem">
        <source>Het geluid kan nu niet worden afgespeeld. U kunt gewoon verder gaan.</source>
        <translation type="unfinished">ئێستا دەنگ لێنادرێت. دەتوانن بە ئاسایی بەردەوام بن.</translation>
    </message>
    <message id="selffill.record">
        <source>Antwoord inspreken</source>
        <translation type="unfinished">وەڵامەکەتان بە دەنگ تۆمار بکەن</translation>
    </message>
    <message id="selffill.stop_recording">
        <source>Stoppen</source>
        <translation type="unfinished">ڕایبگرن</translation>
    </message>
    <message id="selffill.play_recording">
        <source>Terugluisteren</source>
        <translation type="unfinished">گوێ لە تۆمارەکە بگرن</translation>
    </message>
    <message id="selffill.delete_recording">
        <source>Opname wissen</source>
        <translation type="unfinished">تۆمارەکە بسڕنەوە</translation>
    </message>
    <message id="selffill.recorded">
        <source>Uw gesproken antwoord is bewaard.</source>
        <translation type="unfinished">وەڵامە دەنگییەکەتان پاشەکەوت کرا.</translation>
    </message>
    <message id="selffill.mic_problem">
        <source>De microfoon werkt niet. U kunt uw antwoord ook typen.</source>
        <translation type="unfinished">مایکرۆفۆنەکە کار ناکات. دەتوانن وەڵامەکەتان بنووسن.</translation>
    </message>
</context>
<context>
    <name>pip_summary</name>
    <message id="pip_summary.title">
        <source>Samenvatting van uw plan (concept)</source>
        <translation type="unfinished">پوختەی پلانەکەت (ڕەشنووس)</translation>
    </message>
    <message id="pip_summary.notice">
        <source>Dit is een concept. De gemeente heeft nog geen besluit genomen. De Nederlandse tekst is leidend.</source>
        <translation type="unfinished">ئەمە ڕەشنووسێکە. شارەوانی هێشتا بڕیاری نەداوە. دەقی هۆڵەندی دەقی فەرمییە.</translation>
    </message>
    <message id="pip_summary.route_b1">
        <source>Uw leerroute is de B1-route. U leert Nederlands tot niveau {level}.</source>
        <translation type="unfinished">ڕێگای فێربوونی تۆ: ڕێگای B1. زمانی هۆڵەندی تا ئاستی {level} فێر دەبیت.</translation>
    </message>
    <message id="pip_summary.route_onderwijs">
        <source>Uw leerroute is de onderwijsroute. U volgt een schakeltraject naar een opleiding in Nederland.</source>
        <translation type="unfinished">ڕێگای فێربوونی تۆ: ڕێگای خوێندن. بەرنامەیەکی ئامادەکاری بۆ خوێندن لە هۆڵەندا دەخوێنیت.</translation>
    </message>
    <message id="pip_summary.route_z">
        <source>Uw leerroute is de zelfredzaamheidsroute (Z-route). U leert Nederlands en doet mee in de samenleving.</source>
        <translation type="unfinished">ڕێگای فێربوونی تۆ: ڕێگای پشت بە خۆبەستن (ڕێگای Z). زمانی هۆڵەندی فێر دەبیت و بەشداری لە کۆمەڵگادا دەکەیت.</translation>
    </message>
    <message id="pip_summary.route_none">
        <source>Uw leerroute is nog niet gekozen. Dat bespreken wij samen.</source>
        <translation type="unfinished">ڕێگای فێربوونت هێشتا هەڵنەبژێردراوە. پێکەوە باسی دەکەین.</translation>
    </message>
    <message id="pip_summary.termijn_known">
        <source>U heeft tot {date} om uw inburgering af te ronden.</source>
        <translation type="unfinished">تا {date} کاتت هەیە بۆ تەواوکردنی پرۆسەی تێکەڵبوونەکەت.</translation>
    </message>
    <message id="pip_summary.termijn_unknown">
        <source>U heeft drie jaar om uw inburgering af te ronden. De termijn begint op de dag na het besluit over dit plan.</source>
        <translation type="unfinished">سێ ساڵت هەیە بۆ تەواوکردنی پرۆسەی تێکەڵبوونەکەت. ئەم ماوەیە لە ڕۆژی دوای بڕیاردان لەسەر ئەم پلانە دەست پێ دەکات.</translation>
    </message>
    <message id="pip_summary.lessons">
        <source>U krijgt {hours} uur per week Nederlandse les.</source>
        <translation type="unfinished">هەفتانە {hours} کاتژمێر وانەی زمانی هۆڵەندیت دەبێت.</translation>
    </message>
    <message id="pip_summary.knm">
        <source>U leert over de Nederlandse samenleving (KNM).</source>
        <translation type="unfinished">دەربارەی کۆمەڵگای هۆڵەندا فێر دەبیت (KNM).</translation>
    </message>
    <message id="pip_summary.pvt">
        <source>U volgt het participatieverklaringstraject (PVT) van minstens 12 uur.</source>
        <translation type="unfinished">بەرنامەی ڕاگەیاندنی بەشداری (PVT) بۆ لانیکەم 12 کاتژمێر دەخوێنیت.</translation>
    </message>
    <message id="pip_summary.map">
        <source>U volgt de Module Arbeidsmarkt en Participatie (MAP) over werk in Nederland.</source>
        <translation type="unfinished">مۆدیوڵی بازاڕی کار و بەشداری (MAP) دەربارەی کار لە هۆڵەندا دەخوێنیت.</translation>
    </message>
    <message id="pip_summary.ontzorgen">
        <source>De gemeente betaalt uw vaste lasten ({costs}) rechtstreeks van {start} tot {end}.</source>
        <translation type="unfinished">شارەوانی خەرجییە جێگیرەکانت ({costs}) ڕاستەوخۆ لە {start} تا {end} دەدات.</translation>
    </message>
    <message id="pip_summary.ontzorgen_nodates">
        <source>De eerste maanden betaalt de gemeente uw vaste lasten ({costs}) rechtstreeks.</source>
        <translation type="unfinished">لە مانگەکانی سەرەتادا شارەوانی خەرجییە جێگیرەکانت ({costs}) ڕاستەوخۆ دەدات.</translation>
    </message>
    <message id="pip_summary.mb">
        <source>U krijgt hulp van {organisation} (maatschappelijke begeleiding).</source>
        <translation type="unfinished">یارمەتی لە {organisation} وەردەگریت (ڕێنمایی کۆمەڵایەتی).</translation>
    </message>
    <message id="pip_summary.childcare">
        <source>Kinderopvang is nodig. Wij helpen u om dit te regelen.</source>
        <translation type="unfinished">چاودێری منداڵ پێویستە. یارمەتیت دەدەین بۆ ڕێکخستنی.</translation>
    </message>
    <message id="pip_summary.progress">
        <source>Wij spreken elkaar regelmatig om te bespreken hoe het gaat. Het eerste gesprek is op {date}.</source>
        <translation type="unfinished">بە شێوەیەکی ڕێکوپێک یەکتر دەبینین بۆ قسەکردن لەسەر چۆنیەتی ڕەوشەکە. یەکەم دیدار لە {date} دەبێت.</translation>
    </message>
    <message id="pip_summary.progress_nodate">
        <source>Wij spreken elkaar regelmatig om te bespreken hoe het gaat.</source>
        <translation type="unfinished">بە شێوەیەکی ڕێکوپێک یەکتر دەبینین بۆ قسەکردن لەسەر چۆنیەتی ڕەوشەکە.</translation>
    </message>
    <message id="pip_summary.contact">
        <source>Heeft u vragen? Neem contact op met uw klantmanager: {name}, telefoon {phone}.</source>
        <translation type="unfinished">پرسیارت هەیە؟ پەیوەندی بە بەرپرسی دۆسیەکەتەوە بکە: {name}، تەلەفۆن {phone}.</translation>
    </message>
    <message id="pip_summary.unreviewed_note">
        <source>Let op: de vertaling op deze pagina is nog niet gecontroleerd door een beëdigd vertaler. Bij twijfel geldt de Nederlandse tekst.</source>
        <translation type="unfinished">ئاگاداربن: وەرگێڕانی ئەم لاپەڕەیە هێشتا لەلایەن وەرگێڕێکی سوێندخواردووەوە نەپشکنراوە. لە کاتی گوماندا دەقی هۆڵەندی بڕیاردەرە.</translation>
    </message>
    <message id="pip_summary.cost.huur">
        <source>huur</source>
        <translation type="unfinished">کرێ</translation>
    </message>
    <message id="pip_summary.cost.energie">
        <source>energie</source>
        <translation type="unfinished">وزە</translation>
    </message>
    <message id="pip_summary.cost.water">
        <source>water</source>
        <translation type="unfinished">ئاو</translation>
    </message>
    <message id="pip_summary.cost.zorgverzekering">
        <source>zorgverzekering</source>
        <translation type="unfinished">بیمەی تەندروستی</translation>
    </message>
</context>
</TS>
