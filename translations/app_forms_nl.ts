<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>CardFullscreen</name>
    <message>
        <location filename="../app/ui/screens/card_fullscreen.py" line="113" />
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/card_fullscreen.py" line="114" />
        <source>Note with this card</source>
        <translation>Notitie bij deze kaart</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/card_fullscreen.py" line="115" />
        <source>Mark as &amp;discussed</source>
        <translation>Markeer als &amp;besproken</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/card_fullscreen.py" line="116" />
        <source>Mark the card as discussed</source>
        <translation>Markeer de kaart als besproken</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/card_fullscreen.py" line="117" />
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/card_fullscreen.py" line="118" />
        <source>Close the card</source>
        <translation>Sluit de kaart</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <location filename="../app/ui/screens/cards.py" line="87" />
        <source>Conversation cards</source>
        <translation>Gesprekskaarten</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/cards.py" line="88" />
        <source>&amp;Draw a random card</source>
        <translation>&amp;Trek een willekeurige kaart</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/cards.py" line="89" />
        <source>Draw a random card</source>
        <translation>Trek een willekeurige kaart</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/cards.py" line="90" />
        <source>&amp;Show full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/cards.py" line="91" />
        <source>Show the card full screen</source>
        <translation>Toon de kaart op het volledige scherm</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/cards.py" line="92" />
        <source>Themes</source>
        <translation>Thema's</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/cards.py" line="93" />
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/cards.py" line="95" />
        <source>All themes</source>
        <translation>Alle thema's</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/cards.py" line="98" />
        <source>Some cards could not be read; the others are shown.</source>
        <translation>Sommige kaarten konden niet worden gelezen; de andere worden getoond.</translation>
    </message>
</context>
<context>
    <name>FormPager</name>
    <message>
        <location filename="../app/ui/widgets/form_pager.py" line="111" />
        <source>&amp;Previous</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/form_pager.py" line="112" />
        <source>&amp;Next</source>
        <translation>V&amp;olgende</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/form_pager.py" line="115" />
        <source>Previous section</source>
        <translation>Vorige sectie</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/form_pager.py" line="116" />
        <source>Next section</source>
        <translation>Volgende sectie</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/form_pager.py" line="117" />
        <source>Questions answered in this section</source>
        <translation>Beantwoorde vragen in deze sectie</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/form_pager.py" line="265" />
        <source>Not saved yet: will retry</source>
        <translation>Nog niet bewaard: wordt opnieuw geprobeerd</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/form_pager.py" line="270" />
        <source>All changes saved</source>
        <translation>Alle wijzigingen bewaard</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../app/ui/form_view.py" line="151" />
        <source>Not translated yet: shown in Dutch</source>
        <translation>Nog niet vertaald: in het Nederlands getoond</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="102" />
        <source>Hand over to the client</source>
        <translation>Overdragen aan de klant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="103" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="103" />
        <source>&amp;Sections</source>
        <translation>&amp;Secties</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="103" />
        <source>One-time &amp;PIN (6 digits)</source>
        <translation>Eenmalige &amp;pincode (6 cijfers)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="104" />
        <source>&amp;Repeat PIN</source>
        <translation>&amp;Herhaal pincode</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="107" />
        <source>&amp;Large text</source>
        <translation>&amp;Grote letters</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="109" />
        <source>The client sees only the chosen sections. Sections with your own assessment cannot be handed over. Only your PIN returns control to you.</source>
        <translation>De klant ziet alleen de gekozen secties. Secties met uw eigen beoordeling kunnen niet worden overgedragen. Alleen uw pincode geeft u de regie terug.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="111" />
        <source>Language for the client</source>
        <translation>Taal voor de klant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="112" />
        <source>Sections to hand over</source>
        <translation>Over te dragen secties</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="113" />
        <source>One-time PIN</source>
        <translation>Eenmalige pincode</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="114" />
        <source>Repeat PIN</source>
        <translation>Herhaal pincode</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="115" />
        <source>Large text</source>
        <translation>Grote letters</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="120" />
        <source>Klantmanager only</source>
        <translation>Alleen klantmanager</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="139" />
        <source>Choose at least one section.</source>
        <translation>Kies minstens één sectie.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="144" />
        <source>The PIN must be exactly 6 digits.</source>
        <translation>De pincode moet precies 6 cijfers hebben.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="145" />
        <source>Choose a PIN that is harder to guess.</source>
        <translation>Kies een pincode die moeilijker te raden is.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/handover.py" line="146" />
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <location filename="../app/ui/screens/intake.py" line="148" />
        <source>Brede Intake</source>
        <translation>Brede Intake</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/intake.py" line="149" />
        <source>form version {v}</source>
        <translation>formulierversie {v}</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/intake.py" line="150" />
        <source>&amp;Language of the questions</source>
        <translation>&amp;Taal van de vragen</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/intake.py" line="151" />
        <source>Language of the questions</source>
        <translation>Taal van de vragen</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/intake.py" line="152" />
        <source>With &amp;interpreter</source>
        <translation>Met &amp;tolk</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/intake.py" line="153" />
        <source>Answers given with an interpreter</source>
        <translation>Antwoorden gegeven met een tolk</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/intake.py" line="154" />
        <source>&amp;Hand over to client…</source>
        <translation>&amp;Overdragen aan klant…</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/intake.py" line="155" />
        <source>Hand over to the client for self-fill</source>
        <translation>Overdragen aan de klant om zelf in te vullen</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/intake.py" line="156" />
        <source>Sections</source>
        <translation>Secties</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/intake.py" line="157" />
        <location filename="../app/ui/screens/intake.py" line="158" />
        <source>Conversation cards for this section</source>
        <translation>Gesprekskaarten bij deze sectie</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/intake.py" line="159" />
        <source>&amp;Migrate to version {v}</source>
        <translation>&amp;Overzetten naar versie {v}</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/intake.py" line="161" />
        <source>Migrate the draft to the new version</source>
        <translation>Zet het concept over naar de nieuwe versie</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/intake.py" line="163" />
        <source>This intake was started with form version {v}. You can finish it as it is, or move the answers to the new version.</source>
        <translation>Deze intake is begonnen met formulierversie {v}. U kunt hem zo afmaken, of de antwoorden overzetten naar de nieuwe versie.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/intake.py" line="253" />
        <source>{n} answers could not be moved; they are kept in a backup.</source>
        <translation>{n} antwoorden konden niet worden overgezet; ze zijn bewaard in een reservekopie.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../app/ui/screens/pin_screen.py" line="66" />
        <source>Klantmanager &amp;PIN:</source>
        <translation>&amp;Pincode klantmanager:</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pin_screen.py" line="67" />
        <source>Klantmanager PIN</source>
        <translation>Pincode klantmanager</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pin_screen.py" line="68" />
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pin_screen.py" line="69" />
        <source>Check the PIN</source>
        <translation>Controleer de pincode</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pin_screen.py" line="70" />
        <location filename="../app/ui/screens/pin_screen.py" line="72" />
        <source>Back to the questions</source>
        <translation>Terug naar de vragen</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/pin_screen.py" line="91" />
        <source>Wrong PIN. {n} attempts left before the app locks.</source>
        <translation>Verkeerde pincode. Nog {n} pogingen voordat de app vergrendelt.</translation>
    </message>
</context>
<context>
    <name>ReviewIntakeModel</name>
    <message>
        <location filename="../app/ui/models/review_intake.py" line="43" />
        <source>client (self-fill)</source>
        <translation>klant (zelf ingevuld)</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_intake.py" line="44" />
        <source>klantmanager</source>
        <translation>klantmanager</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_intake.py" line="45" />
        <source>with interpreter</source>
        <translation>met tolk</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_intake.py" line="71" />
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_intake.py" line="72" />
        <source>Client's answer</source>
        <translation>Antwoord van de klant</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_intake.py" line="73" />
        <source>In Dutch</source>
        <translation>In het Nederlands</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_intake.py" line="74" />
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_intake.py" line="75" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_intake.py" line="98" />
        <source>in {language} — discuss with the interpreter</source>
        <translation>in het {language} — bespreek met de tolk</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_intake.py" line="136" />
        <source>corrected</source>
        <translation>gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_intake.py" line="138" />
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <location filename="../app/ui/models/review_intake.py" line="139" />
        <source>to review</source>
        <translation>na te kijken</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../app/ui/screens/review.py" line="105" />
        <source>Review the client's answers</source>
        <translation>Antwoorden van de klant nakijken</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/review.py" line="106" />
        <source>&amp;Accept</source>
        <translation>&amp;Accepteren</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/review.py" line="107" />
        <source>Accept a&amp;ll</source>
        <translation>A&amp;lles accepteren</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/review.py" line="108" />
        <source>&amp;Correct…</source>
        <translation>&amp;Corrigeren…</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/review.py" line="109" />
        <source>&amp;Finish review</source>
        <translation>Nakijken &amp;afronden</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/review.py" line="110" />
        <source>&amp;Save correction</source>
        <translation>Correctie &amp;bewaren</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/review.py" line="111" />
        <source>Accept the selected answer</source>
        <translation>Accepteer het gekozen antwoord</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/review.py" line="112" />
        <source>Accept all answers</source>
        <translation>Accepteer alle antwoorden</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/review.py" line="113" />
        <source>Correct the selected answer</source>
        <translation>Corrigeer het gekozen antwoord</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/review.py" line="114" />
        <source>Finish the review</source>
        <translation>Rond het nakijken af</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/review.py" line="115" />
        <source>Save the correction</source>
        <translation>Bewaar de correctie</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/review.py" line="116" />
        <source>Answers to review</source>
        <translation>Na te kijken antwoorden</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/review.py" line="134" />
        <source>{n} answers, {todo} still to review</source>
        <translation>{n} antwoorden, nog {todo} na te kijken</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="113" />
        <source>&amp;Date and time</source>
        <translation>&amp;Datum en tijd</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="113" />
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="113" />
        <source>&amp;Interpreter</source>
        <translation>&amp;Tolk</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="114" />
        <source>Interpreter &amp;language</source>
        <translation>Taal van de to&amp;lk</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="114" />
        <source>D&amp;uration (minutes)</source>
        <translation>D&amp;uur (minuten)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="115" />
        <source>Sections &amp;worked on</source>
        <translation>&amp;Besproken secties</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="115" />
        <source>Cards used</source>
        <translation>Gebruikte kaarten</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="115" />
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="123" />
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="124" />
        <source>&amp;Save visit</source>
        <translation>Bezoek &amp;bewaren</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="126" />
        <source>Date and time of the visit</source>
        <translation>Datum en tijd van het bezoek</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="127" />
        <source>Place of the visit</source>
        <translation>Plaats van het bezoek</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="128" />
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="129" />
        <source>Interpreter language</source>
        <translation>Taal van de tolk</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="130" />
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="131" />
        <source>Brede Intake sections worked on</source>
        <translation>Besproken secties van de Brede Intake</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="132" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="133" />
        <source>Save visit</source>
        <translation>Bezoek bewaren</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/visit_editor.py" line="201" />
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>VisitTimelineModel</name>
    <message>
        <location filename="../app/ui/models/client_visits.py" line="23" />
        <source>Home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <location filename="../app/ui/models/client_visits.py" line="24" />
        <source>Reception centre (azc)</source>
        <translation>Azc</translation>
    </message>
    <message>
        <location filename="../app/ui/models/client_visits.py" line="25" />
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location filename="../app/ui/models/client_visits.py" line="32" />
        <source>No interpreter</source>
        <translation>Geen tolk</translation>
    </message>
    <message>
        <location filename="../app/ui/models/client_visits.py" line="33" />
        <source>Interpreter by phone</source>
        <translation>Telefonische tolk</translation>
    </message>
    <message>
        <location filename="../app/ui/models/client_visits.py" line="34" />
        <source>Interpreter on site</source>
        <translation>Tolk ter plaatse</translation>
    </message>
    <message>
        <location filename="../app/ui/models/client_visits.py" line="67" />
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../app/ui/models/client_visits.py" line="73" />
        <source>{n} cards</source>
        <translation>{n} kaarten</translation>
    </message>
</context>
<context>
    <name>VisitsScreen</name>
    <message>
        <location filename="../app/ui/screens/visits.py" line="94" />
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/visits.py" line="95" />
        <source>&amp;New visit</source>
        <translation>&amp;Nieuw bezoek</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/visits.py" line="96" />
        <source>New visit</source>
        <translation>Nieuw bezoek</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/visits.py" line="97" />
        <source>Timeline of visits</source>
        <translation>Tijdlijn van bezoeken</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/visits.py" line="98" />
        <source>No visits recorded yet.</source>
        <translation>Nog geen bezoeken vastgelegd.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/visits.py" line="137" />
        <source>Choose the interpreter's language.</source>
        <translation>Kies de taal van de tolk.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/visits.py" line="138" />
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>De duur moet tussen 0 en 1440 minuten liggen.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/visits.py" line="139" />
        <source>The notes are too long.</source>
        <translation>De notities zijn te lang.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/visits.py" line="141" />
        <source>Check the visit details.</source>
        <translation>Controleer de gegevens van het bezoek.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/visits.py" line="145" />
        <source>The visit could not be saved. Nothing was lost; try again.</source>
        <translation>Het bezoek kon niet worden bewaard. Er is niets verloren; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/screens/visits.py" line="153" />
        <source>Visit saved</source>
        <translation>Bezoek bewaard</translation>
    </message>
</context>
</TS>