<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="90"/>
        <source>frontdesk er allerede åpent på denne maskinen. Bruk vinduet som er åpent (se oppgavelinjen).</source>
        <translation>frontdesk er allereie ope på denne maskinen. Bruk vindauget som er ope (sjå oppgåvelinja).</translation>
    </message>
    <message>
        <location filename="../../app.py" line="99"/>
        <source>Besøksloggen er låst av et annet program. Lukk det andre programmet og start frontdesk på nytt.</source>
        <translation>Besøksloggen er låst av eit anna program. Lukk det andre programmet og start frontdesk på nytt.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="101"/>
        <source>Besøksloggen kunne ikke åpnes: %1</source>
        <translation>Besøksloggen kunne ikkje opnast: %1</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <location filename="../visit_widgets.py" line="198"/>
        <source>Annen kategori: skriv for å finne (Ctrl+J)</source>
        <translation>Annan kategori: skriv for å finne (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../visit_widgets.py" line="199"/>
        <source>Finn kategori</source>
        <translation>Finn kategori</translation>
    </message>
</context>
<context>
    <name>DraftPreview</name>
    <message>
        <location filename="../guide_editor_parts.py" line="197"/>
        <source>Forhåndsvisning</source>
        <translation>Førehandsvising</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="201"/>
        <source>Slik ser ansatte den</source>
        <translation>Slik ser dei tilsette den</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="203"/>
        <source>Utskrift, bokmål</source>
        <translation>Utskrift, bokmål</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="203"/>
        <source>Utskrift, nynorsk</source>
        <translation>Utskrift, nynorsk</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="204"/>
        <source>Utskrift, engelsk</source>
        <translation>Utskrift, engelsk</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="225"/>
        <source>Veiledningen har ingen tekst til innbyggeren på dette språket ennå. Skriv den under «Til innbyggeren».</source>
        <translation>Rettleiinga har ingen tekst til innbyggjaren på dette språket enno. Skriv den under «Til innbyggjaren».</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="33"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../errors.py" line="44"/>
        <source>Forkast endringene</source>
        <translation>Forkast endringane</translation>
    </message>
    <message>
        <location filename="../errors.py" line="45"/>
        <source>Fortsett å redigere</source>
        <translation>Hald fram med å redigere</translation>
    </message>
    <message>
        <location filename="../errors.py" line="56"/>
        <source>Dette ser ut som en personopplysning (for eksempel fødselsnummer, telefonnummer eller e-post), og kan ikke lagres. Fjern det og prøv igjen.</source>
        <translation>Dette ser ut som ei personopplysning (til dømes fødselsnummer, telefonnummer eller e-post), og kan ikkje lagrast. Fjern det og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="61"/>
        <source>Databasen er opptatt (kanskje er frontdesk åpent et annet sted, eller en sikkerhetskopi kjører). Vent litt og prøv igjen.</source>
        <translation>Databasen er oppteken (kanskje er frontdesk ope ein annan stad, eller ein tryggleikskopi køyrer). Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="64"/>
        <source>Kunne ikke lese eller skrive besøksloggen: %1</source>
        <translation>Kunne ikkje lese eller skrive besøksloggen: %1</translation>
    </message>
    <message>
        <location filename="../errors.py" line="83"/>
        <source>Kunne ikke lagre</source>
        <translation>Kunne ikkje lagre</translation>
    </message>
    <message>
        <location filename="../errors.py" line="99"/>
        <source>Noe uventet gikk galt. Det du holdt på med er kanskje ikke fullført, men programmet kjører videre.</source>
        <translation>Noko uventa gjekk gale. Det du heldt på med, er kanskje ikkje fullført, men programmet køyrer vidare.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="102"/>
        <source>Detaljer for IT-støtte ligger i loggfilen: %1</source>
        <translation>Detaljar for IT-støtte ligg i loggfila: %1</translation>
    </message>
    <message>
        <location filename="../errors.py" line="104"/>
        <source>Uventet feil</source>
        <translation>Uventa feil</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../event_dialog.py" line="51"/>
        <source>Logg kurs eller arrangement</source>
        <translation>Logg kurs eller arrangement</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="55"/>
        <source>Type arrangement</source>
        <translation>Type arrangement</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="62"/>
        <location filename="../event_dialog.py" line="118"/>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="64"/>
        <source>Starttid</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="65"/>
        <location filename="../event_dialog.py" line="72"/>
        <source>Ikke oppgitt</source>
        <translation>Ikkje oppgitt</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="70"/>
        <source>Antall deltakere</source>
        <translation>Talet på deltakarar</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="71"/>
        <source>Varighet i timer</source>
        <translation>Varigheit i timar</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="75"/>
        <source>Antall frivillige</source>
        <translation>Talet på frivillige</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="76"/>
        <source>Frivillige timer til sammen</source>
        <translation>Frivillige timar til saman</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="79"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="79"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="80"/>
        <source>&amp;Starttid:</source>
        <translation>&amp;Starttid:</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="80"/>
        <source>De&amp;ltakere:</source>
        <translation>De&amp;ltakarar:</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="81"/>
        <source>&amp;Varighet (timer):</source>
        <translation>&amp;Varigheit (timar):</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="82"/>
        <source>&amp;Frivillige:</source>
        <translation>&amp;Frivillige:</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="83"/>
        <source>Frivillige t&amp;imer til sammen:</source>
        <translation>Frivillige t&amp;imar til saman:</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="87"/>
        <source>Bare antall lagres: ingen navn og ingen fritekst.</source>
        <translation>Berre tal blir lagra: ingen namn og ingen fritekst.</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="92"/>
        <source>Feilmelding</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="96"/>
        <source>Bekreftelse</source>
        <translation>Stadfesting</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="97"/>
        <source>&amp;Logg arrangementet</source>
        <translation>&amp;Logg arrangementet</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="100"/>
        <source>&amp;Angre siste</source>
        <translation>&amp;Angre siste</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="101"/>
        <source>Angre siste arrangement</source>
        <translation>Angre siste arrangement</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="103"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="114"/>
        <source>Arrangementer i dag og denne måneden</source>
        <translation>Arrangement i dag og denne månaden</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="116"/>
        <source>Arrangementer denne måneden</source>
        <translation>Arrangement denne månaden</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="118"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="118"/>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="119"/>
        <source>Timer</source>
        <translation>Timar</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="119"/>
        <source>Frivillige timer</source>
        <translation>Frivillige timar</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="153"/>
        <source>Logget: %1 (deltakere: %2).</source>
        <translation>Logga: %1 (deltakarar: %2).</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="178"/>
        <source>Ingenting å angre (bare det siste arrangementet, i 10 minutter).</source>
        <translation>Ingenting å angre (berre det siste arrangementet, i 10 minutt).</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="180"/>
        <source>Angret: %1 (deltakere: %2).</source>
        <translation>Angra: %1 (deltakarar: %2).</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="195"/>
        <source>Arrangementer i dag: %1 (deltakere: %2). Denne måneden: %3 (deltakere: %4, frivillige timer: %5).</source>
        <translation>Arrangement i dag: %1 (deltakarar: %2). Denne månaden: %3 (deltakarar: %4, frivillige timar: %5).</translation>
    </message>
</context>
<context>
    <name>FactRow</name>
    <message>
        <location filename="../local_fact_rows.py" line="86"/>
        <source>%1 · ingen veiledning bruker denne lenger</source>
        <translation>%1 · inga rettleiing brukar denne lenger</translation>
    </message>
    <message numerus="yes">
        <location filename="../local_fact_rows.py" line="92"/>
        <source>og %n til</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="93"/>
        <source>brukes i: %1</source>
        <translation>blir brukt i: %1</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="94"/>
        <source>ingen veiledning bruker den ennå</source>
        <translation>inga rettleiing brukar den enno</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="101"/>
        <source>Ikke fylt ut – skriv for eksempel %1</source>
        <translation>Ikkje fylt ut – skriv til dømes %1</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="108"/>
        <source>Fjern verdien for %1 ved lagring</source>
        <translation>Fjern verdien for %1 ved lagring</translation>
    </message>
</context>
<context>
    <name>FactsTable</name>
    <message>
        <location filename="../guide_editor_parts.py" line="151"/>
        <source>Navn i teksten</source>
        <translation>Namn i teksten</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="151"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="151"/>
        <source>Hva lederen skal fylle inn</source>
        <translation>Kva leiaren skal fylle inn</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="153"/>
        <source>Veiledningens egne lokale opplysninger</source>
        <translation>Eigne lokale opplysningar i rettleiinga</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="167"/>
        <source>Type, opplysning %1</source>
        <translation>Type, opplysning %1</translation>
    </message>
</context>
<context>
    <name>FavouritesList</name>
    <message>
        <location filename="../favourites_list.py" line="26"/>
        <location filename="../favourites_list.py" line="59"/>
        <source>Favorittkategorier, høyst ni</source>
        <translation>Favorittkategoriar, høgst ni</translation>
    </message>
    <message>
        <location filename="../favourites_list.py" line="69"/>
        <source>Du kan ha høyst ni favoritter. Fjern en først.</source>
        <translation>Du kan ha høgst ni favorittar. Fjern ein først.</translation>
    </message>
</context>
<context>
    <name>FirstDayDialog</name>
    <message>
        <location filename="../first_day.py" line="135"/>
        <source>Sett opp skranken</source>
        <translation>Set opp skranken</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="136"/>
        <source>Før du begynner: gi denne skranken et navn, og skriv hvilket senter den hører til. Alt kan endres senere under Fil → Innstillinger.</source>
        <translation>Før du byrjar: gi denne skranken eit namn, og skriv kva senter den høyrer til. Alt kan endrast seinare under Fil → Innstillingar.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="138"/>
        <source>S&amp;pråk:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="139"/>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="140"/>
        <source>Navn på &amp;denne skranken:</source>
        <translation>Namn på &amp;denne skranken:</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="141"/>
        <source>Navn på denne skranken</source>
        <translation>Namn på denne skranken</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="142"/>
        <source>Navnet skiller besøkene fra denne PC-en fra de andre i rapportene. Har senteret flere skranke-PC-er, må hver ha sitt eget navn, for eksempel skranke-1 og skranke-2.</source>
        <translation>Namnet skil besøka frå denne PC-en frå dei andre i rapportane. Har senteret fleire skranke-PC-ar, må kvar ha sitt eige namn, til dømes skranke-1 og skranke-2.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="145"/>
        <source>Forslaget er laget av PC-ens navn.</source>
        <translation>Forslaget er laga av namnet på PC-en.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="147"/>
        <source>Besøk som alt er logget, beholder navnet «%1».</source>
        <translation>Besøk som alt er logga, beheld namnet «%1».</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="150"/>
        <source>&amp;Senterets navn:</source>
        <translation>&amp;Namn på senteret:</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="151"/>
        <source>Senterets navn</source>
        <translation>Namn på senteret</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="152"/>
        <source>for eksempel Servicetorget i Eksempel kommune</source>
        <translation>til dømes Servicetorget i Eksempel kommune</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="153"/>
        <source>Står på utskrifter til innbyggeren og i rapportene.</source>
        <translation>Står på utskrifter til innbyggjaren og i rapportane.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="154"/>
        <source>&amp;Vanligste (Ctrl+1–9):</source>
        <translation>&amp;Vanlegaste (Ctrl+1–9):</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="156"/>
        <source>Hak av opptil ni kategorier som får hver sin knapp og hurtigtast.</source>
        <translation>Hak av opptil ni kategoriar som får kvar sin knapp og tastatursnarveg.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="158"/>
        <source>De ni vanligste på skranker er valgt.</source>
        <translation>Dei ni vanlegaste på skrankar er valde.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="160"/>
        <source>&amp;Lagre og start</source>
        <translation>&amp;Lagre og start</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="161"/>
        <source>Lagre og start</source>
        <translation>Lagre og start</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="162"/>
        <source>Se&amp;nere</source>
        <translation>&amp;Seinare</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="163"/>
        <source>Senere: spør igjen ved neste start</source>
        <translation>Seinare: spør igjen ved neste start</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="202"/>
        <source>Skriv et navn på skranken, for eksempel skranke-2.</source>
        <translation>Skriv eit namn på skranken, til dømes skranke-2.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="207"/>
        <source>«%1» er navnet alle nye installasjoner får. Bruker en annen PC på senteret det samme navnet, blir besøkene deres slått sammen i rapportene. Trykk «Lagre og start» igjen for å beholde det, eller skriv et annet navn.</source>
        <translation>«%1» er namnet alle nye installasjonar får. Brukar ein annan PC på senteret det same namnet, blir besøka deira slått saman i rapportane. Trykk «Lagre og start» igjen for å behalde det, eller skriv eit anna namn.</translation>
    </message>
</context>
<context>
    <name>GuideEditorDialog</name>
    <message>
        <location filename="../guide_editor.py" line="90"/>
        <source>Ny lokal veiledning</source>
        <translation>Ny lokal rettleiing</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="91"/>
        <source>Lokal kopi av «%1»</source>
        <translation>Lokal kopi av «%1»</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="92"/>
        <source>Rediger lokal veiledning «%1»</source>
        <translation>Rediger lokal rettleiing «%1»</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="98"/>
        <source>Kontroll av veiledningen</source>
        <translation>Kontroll av rettleiinga</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="105"/>
        <source>Kontroll (som «frontdesk guides check»): dobbeltklikk for å gå til feltet</source>
        <translation>Kontroll (som «frontdesk guides check»): dobbeltklikk for å gå til feltet</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="120"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="122"/>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="124"/>
        <location filename="../guide_editor.py" line="125"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="171"/>
        <source>Id: %1 – den samme som den nasjonale veiledningen. Når du lagrer, erstatter den lokale kopien den nasjonale i vinduet.</source>
        <translation>Id: %1 – den same som den nasjonale rettleiinga. Når du lagrar, erstattar den lokale kopien den nasjonale i vindauget.</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="174"/>
        <source>Id: %1 (endres aldri, så besøksloggen og andre veiledninger finner den)</source>
        <translation>Id: %1 (blir aldri endra, så besøksloggen og andre rettleiingar finn den)</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="176"/>
        <source>Id: %1 (lages av tittelen, og ligger fast fra første lagring)</source>
        <translation>Id: %1 (blir laga av tittelen, og ligg fast frå første lagring)</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="181"/>
        <source>Feil</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="181"/>
        <source>Advarsel</source>
        <translation>Åtvaring</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="182"/>
        <source>Merk</source>
        <translation>Merk</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="196"/>
        <source>Ingen feil eller advarsler.</source>
        <translation>Ingen feil eller åtvaringar.</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="221"/>
        <source>Lagrer …</source>
        <translation>Lagrar …</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="226"/>
        <source>«%1» er en nasjonal veiledning med samme id. Lagrer du, erstatter din lokale veiledning den nasjonale på alle skranke-PC-er som bruker denne mappen, og oppdateringer av den nasjonale vises ikke så lenge din finnes.

Vil du erstatte den nasjonale veiledningen?</source>
        <translation>«%1» er ei nasjonal rettleiing med same id. Lagrar du, erstattar den lokale rettleiinga di den nasjonale på alle skranke-PC-ar som brukar denne mappa, og oppdateringar av den nasjonale blir ikkje viste så lenge di finst.

Vil du erstatte den nasjonale rettleiinga?</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="232"/>
        <source>Erstatt den nasjonale veiledningen</source>
        <translation>Erstatt den nasjonale rettleiinga</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="233"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="246"/>
        <source>Ikke lagret: den nasjonale veiledningen står som før.</source>
        <translation>Ikkje lagra: den nasjonale rettleiinga står som før.</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="253"/>
        <source>Lagret i %1. Veiledningen vises i vinduet og kan søkes opp.</source>
        <translation>Lagra i %1. Rettleiinga blir vist i vindauget og kan søkjast opp.</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="262"/>
        <source>Veiledningen ble ikke lagret: %1</source>
        <translation>Rettleiinga vart ikkje lagra: %1</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="277"/>
        <source>Veiledningen har endringer som ikke er lagret. Vil du forkaste dem?</source>
        <translation>Rettleiinga har endringar som ikkje er lagra. Vil du forkaste dei?</translation>
    </message>
</context>
<context>
    <name>GuideForm</name>
    <message>
        <location filename="../guide_form.py" line="63"/>
        <source>Veiledningens innhold</source>
        <translation>Innhaldet i rettleiinga</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="66"/>
        <location filename="../guide_form.py" line="176"/>
        <source>Tittel (bokmål)</source>
        <translation>Tittel (bokmål)</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="67"/>
        <source>Slik ansatte sier det, for eksempel: Parkeringskort for forflytningshemmede</source>
        <translation>Slik dei tilsette seier det, til dømes: Parkeringskort for forflytningshemmede</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="71"/>
        <source>Veiledningens id</source>
        <translation>Id-en til rettleiinga</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="73"/>
        <source>Tittel på nynorsk</source>
        <translation>Tittel på nynorsk</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="75"/>
        <source>Tittel på engelsk</source>
        <translation>Tittel på engelsk</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="77"/>
        <location filename="../guide_form.py" line="179"/>
        <source>Sammendrag</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="78"/>
        <source>Én setning: hva innbyggeren vil få gjort</source>
        <translation>Éi setning: kva innbyggjaren vil få gjort</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="80"/>
        <location filename="../guide_form.py" line="180"/>
        <source>Søkeord</source>
        <translation>Søkjeord</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="81"/>
        <source>Ord folk skriver, med komma mellom: parkering, hc-kort, handikapkort</source>
        <translation>Ord folk skriv, med komma mellom: parkering, hc-kort, handikapkort</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="83"/>
        <location filename="../guide_form.py" line="181"/>
        <source>Etat</source>
        <translation>Etat</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="87"/>
        <location filename="../guide_form.py" line="182"/>
        <source>Besøkskategori</source>
        <translation>Besøkskategori</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="88"/>
        <source>(ingen: staben velger kategori selv)</source>
        <translation>(ingen: staben vel kategori sjølv)</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="91"/>
        <source>Dette trenger innbyggeren, én ting per linje</source>
        <translation>Dette treng innbyggjaren, éin ting per linje</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="92"/>
        <location filename="../guide_form.py" line="184"/>
        <source>På vegne av andre</source>
        <translation>På vegner av andre</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="96"/>
        <source>Sist kontrollert mot kildene</source>
        <translation>Sist kontrollert mot kjeldene</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="99"/>
        <source>&amp;Tittel (bokmål):</source>
        <translation>&amp;Tittel (bokmål):</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="100"/>
        <source>Tittel (&amp;nynorsk):</source>
        <translation>Tittel (&amp;nynorsk):</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="101"/>
        <source>Tittel (&amp;engelsk):</source>
        <translation>Tittel (&amp;engelsk):</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="102"/>
        <source>&amp;Sammendrag:</source>
        <translation>&amp;Samandrag:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="102"/>
        <source>S&amp;økeord:</source>
        <translation>S&amp;økjeord:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="103"/>
        <source>&amp;Etat:</source>
        <translation>&amp;Etat:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="103"/>
        <source>&amp;Besøkskategori:</source>
        <translation>&amp;Besøkskategori:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="104"/>
        <source>&amp;Dette trenger innbyggeren
(én per linje):</source>
        <translation>&amp;Dette treng innbyggjaren
(éin per linje):</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="105"/>
        <source>&amp;På vegne av andre:</source>
        <translation>&amp;På vegner av andre:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="106"/>
        <source>Sist &amp;kontrollert mot kildene:</source>
        <translation>Sist &amp;kontrollert mot kjeldene:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="111"/>
        <source>Om veiledningen</source>
        <translation>Om rettleiinga</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="117"/>
        <source>Kildene er etatens egne sider som veiledningen bygger på. Minst én må være på et offentlig domene, for eksempel kommunens egen nettside.</source>
        <translation>Kjeldene er sidene til etaten sjølv som rettleiinga byggjer på. Minst éi må vere på eit offentleg domene, til dømes nettsida til kommunen.</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="120"/>
        <source>Legg til kilde</source>
        <translation>Legg til kjelde</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="121"/>
        <source>Fjern valgt kilde</source>
        <translation>Fjern vald kjelde</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="122"/>
        <source>Lokale opplysninger er det hvert servicetorg fyller inn selv under «Tilpass veiledningene». Skriv {{navn}} i teksten der verdien skal stå; felles opplysninger som {{senter.telefon}} trenger du ikke legge inn her.</source>
        <translation>Lokale opplysningar er det kvart servicetorg fyller inn sjølv under «Tilpass rettleiingane». Skriv {{namn}} i teksten der verdien skal stå; felles opplysningar som {{senter.telefon}} treng du ikkje leggje inn her.</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="127"/>
        <source>Legg til opplysning</source>
        <translation>Legg til opplysning</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="128"/>
        <source>Fjern valgt opplysning</source>
        <translation>Fjern vald opplysning</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="129"/>
        <source>Kilder og lokale opplysninger</source>
        <translation>Kjelder og lokale opplysningar</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="132"/>
        <location filename="../guide_form.py" line="138"/>
        <location filename="../guide_form.py" line="189"/>
        <source>Tekst for ansatte</source>
        <translation>Tekst for tilsette</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="134"/>
        <source>Det ansatte ser på skjermen, skrevet i Markdown: «## » foran en overskrift, «1. » foran et steg, «- » foran et punkt, **fet** for det viktigste. Behold de fire overskriftene.</source>
        <translation>Det dei tilsette ser på skjermen, skrive i Markdown: «## » framfor ei overskrift, «1. » framfor eit steg, «- » framfor eit punkt, **feit** for det viktigaste. Behald dei fire overskriftene.</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="142"/>
        <source>Det som skrives ut til innbyggeren, på hvert språk. Skriv til «du», med korte setninger. En linje med en lokal opplysning som ikke er fylt ut, blir ikke skrevet ut: sett hver opplysning på sin egen linje.</source>
        <translation>Det som blir skrive ut til innbyggjaren, på kvart språk. Skriv til «du», med korte setningar. Ei linje med ei lokal opplysning som ikkje er fylt ut, blir ikkje skriven ut: set kvar opplysning på eiga linje.</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="153"/>
        <source>Til innbyggeren</source>
        <translation>Til innbyggjaren</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="158"/>
        <source>Lokal opplysning som skal settes inn i teksten</source>
        <translation>Lokal opplysning som skal setjast inn i teksten</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="159"/>
        <source>Sett &amp;inn i teksten</source>
        <translation>Set &amp;inn i teksten</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="160"/>
        <source>Sett inn den lokale opplysningen i teksten</source>
        <translation>Set inn den lokale opplysninga i teksten</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="164"/>
        <source>Lokal opplysning:</source>
        <translation>Lokal opplysning:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="175"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="177"/>
        <source>Tittel (nynorsk)</source>
        <translation>Tittel (nynorsk)</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="178"/>
        <source>Tittel (engelsk)</source>
        <translation>Tittel (engelsk)</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="183"/>
        <source>Dette trenger innbyggeren</source>
        <translation>Dette treng innbyggjaren</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="185"/>
        <source>Sist kontrollert</source>
        <translation>Sist kontrollert</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="186"/>
        <source>Relaterte veiledninger</source>
        <translation>Relaterte rettleiingar</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="187"/>
        <source>Kilder</source>
        <translation>Kjelder</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="188"/>
        <source>Lokale opplysninger</source>
        <translation>Lokale opplysningar</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <location filename="../guide_view.py" line="98"/>
        <source>Tittel på veiledningen</source>
        <translation>Tittel på rettleiinga</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="102"/>
        <source>Etat og status</source>
        <translation>Etat og status</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="103"/>
        <source>Bør kontrolleres</source>
        <translation>Bør kontrollerast</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="104"/>
        <source>Dette trenger innbyggeren</source>
        <translation>Dette treng innbyggjaren</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="106"/>
        <source>På vegne av andre</source>
        <translation>På vegner av andre</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="108"/>
        <source>&amp;Logg denne hjelpen</source>
        <translation>&amp;Logg denne hjelpa</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="109"/>
        <source>Logg denne hjelpen</source>
        <translation>Logg denne hjelpa</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="110"/>
        <source>Logg besøket i kategorien til denne veiledningen (Ctrl+L)</source>
        <translation>Logg besøket i kategorien til denne rettleiinga (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="112"/>
        <source>Skriv &amp;ut for innbygger</source>
        <translation>Skriv &amp;ut for innbyggjar</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="113"/>
        <source>Skriv ut for innbygger</source>
        <translation>Skriv ut for innbyggjar</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="115"/>
        <source>bokmål</source>
        <translation>bokmål</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="115"/>
        <source>nynorsk</source>
        <translation>nynorsk</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="115"/>
        <source>engelsk</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="119"/>
        <source>Skriv ut på %1 …</source>
        <translation>Skriv ut på %1 …</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="124"/>
        <source>Lagre som PDF på %1 …</source>
        <translation>Lagre som PDF på %1 …</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="132"/>
        <source>Veiledningstekst</source>
        <translation>Rettleiingstekst</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="156"/>
        <source>Ingen veiledning valgt</source>
        <translation>Inga rettleiing er vald</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="157"/>
        <source>Søk til venstre, og trykk Enter for å åpne en veiledning.</source>
        <translation>Søk til venstre, og trykk Enter for å opne ei rettleiing.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="165"/>
        <source>Lokal veiledning</source>
        <translation>Lokal rettleiing</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="166"/>
        <source>Lokal veiledning (erstatter den innebygde)</source>
        <translation>Lokal rettleiing (erstattar den innebygde)</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="167"/>
        <source>Gjennomgått %1</source>
        <translation>Gjennomgått %1</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="181"/>
        <source>Gjennomgangen skulle vært gjort %1.</source>
        <translation>Gjennomgangen skulle vore gjord %1.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="184"/>
        <source>Ingen av kildene har en registrert dato på siden.</source>
        <translation>Ingen av kjeldene har ein registrert dato på sida.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="186"/>
        <source>Ingen av kildene er en side datert de siste %1 årene (nyeste: %2).</source>
        <translation>Ingen av kjeldene er ei side datert dei siste %1 åra (nyaste: %2).</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="189"/>
        <source>Sjekk kildene før du stoler på den.</source>
        <translation>Sjekk kjeldene før du stolar på den.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="190"/>
        <source>Bør kontrolleres:</source>
        <translation>Bør kontrollerast:</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="201"/>
        <source>Skriv ut eller lagre som PDF den delen av veiledningen som er skrevet til innbyggeren (Ctrl+P)</source>
        <translation>Skriv ut eller lagre som PDF den delen av rettleiinga som er skriven til innbyggjaren (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="203"/>
        <source>Denne veiledningen har ingen tekst til innbyggeren ennå, så den kan ikke skrives ut.</source>
        <translation>Denne rettleiinga har ingen tekst til innbyggjaren enno, så den kan ikkje skrivast ut.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="211"/>
        <source>Skriv det innbyggeren sier: «bank id», «glemt passord», «nav brev», «skattemelding».</source>
        <translation>Skriv det innbyggjaren seier: «bank id», «gløymt passord», «nav brev», «skattemelding».</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="212"/>
        <source>↑ og ↓ velger, Enter åpner. Ctrl+K tar deg tilbake til søket.</source>
        <translation>↑ og ↓ vel, Enter opnar. Ctrl+K tek deg tilbake til søket.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="213"/>
        <source>Logg besøket til høyre: Ctrl+1–9 for de vanligste, Ctrl+J for andre. Ctrl+Z angrer.</source>
        <translation>Logg besøket til høgre: Ctrl+1–9 for dei vanlegaste, Ctrl+J for andre. Ctrl+Z angrar.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="214"/>
        <source>Ingen navn, fødselsnummer eller fritekst lagres – bare kategorien.</source>
        <translation>Ingen namn, fødselsnummer eller fritekst blir lagra – berre kategorien.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="217"/>
        <source>Slik bruker du frontdesk</source>
        <translation>Slik brukar du frontdesk</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="227"/>
        <source>Relaterte veiledninger</source>
        <translation>Relaterte rettleiingar</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <location filename="../handout_actions.py" line="42"/>
        <location filename="../handout_actions.py" line="54"/>
        <source>Skriv ut for innbygger</source>
        <translation>Skriv ut for innbyggjar</translation>
    </message>
    <message>
        <location filename="../handout_actions.py" line="64"/>
        <location filename="../handout_actions.py" line="72"/>
        <source>Lagre som PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location filename="../handout_actions.py" line="65"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../handout_actions.py" line="73"/>
        <source>PDF-en kunne ikke lagres i %1. Velg en mappe du kan skrive i, for eksempel Dokumenter.</source>
        <translation>PDF-en kunne ikkje lagrast i %1. Vel ei mappe du kan skrive i, til dømes Dokument.</translation>
    </message>
    <message>
        <location filename="../handout_actions.py" line="76"/>
        <source>Lagret %1</source>
        <translation>Lagra %1</translation>
    </message>
</context>
<context>
    <name>LocalEditors</name>
    <message>
        <location filename="../local_editors.py" line="62"/>
        <source>&amp;Tilpass veiledningene …</source>
        <translation>&amp;Tilpass rettleiingane …</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="63"/>
        <source>Ny &amp;lokal veiledning …</source>
        <translation>Ny &amp;lokal rettleiing …</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="64"/>
        <location filename="../local_editors.py" line="78"/>
        <source>&amp;Rediger lokal veiledning …</source>
        <translation>&amp;Rediger lokal rettleiing …</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="75"/>
        <source>Lag lokal &amp;kopi av «%1» …</source>
        <translation>Lag lokal &amp;kopi av «%1» …</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="83"/>
        <source>Å tilpasse veiledningene krever leder-PIN.</source>
        <translation>Å tilpasse rettleiingane krev leiar-PIN.</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="86"/>
        <source>«%1» er ikke fylt ut for dette servicetorget.</source>
        <translation>«%1» er ikkje fylt ut for dette servicetorget.</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="88"/>
        <source>En leder kan fylle den inn; det krever leder-PIN.</source>
        <translation>Ein leiar kan fylle den inn; det krev leiar-PIN.</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="104"/>
        <source>Tilpass veiledningene</source>
        <translation>Tilpass rettleiingane</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="105"/>
        <source>Fila med lokale opplysninger kan ikke leses, så den kan ikke endres her før den er rettet:</source>
        <translation>Fila med lokale opplysningar kan ikkje lesast, så den kan ikkje endrast her før den er retta:</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="125"/>
        <source>De lokale opplysningene er lagret.</source>
        <translation>Dei lokale opplysningane er lagra.</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="143"/>
        <source>Rediger lokal veiledning</source>
        <translation>Rediger lokal rettleiing</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="144"/>
        <source>Åpne veiledningen du vil endre (søk til venstre), og velg dette igjen.</source>
        <translation>Opne rettleiinga du vil endre (søk til venstre), og vel dette igjen.</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="150"/>
        <source>Å skrive og endre lokale veiledninger krever leder-PIN.</source>
        <translation>Å skrive og endre lokale rettleiingar krev leiar-PIN.</translation>
    </message>
</context>
<context>
    <name>LocalFacts</name>
    <message>
        <location filename="../local_fact_rows.py" line="24"/>
        <source>tekst</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="24"/>
        <source>telefonnummer</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="25"/>
        <source>e-postadresse</source>
        <translation>e-postadresse</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="25"/>
        <source>nettadresse</source>
        <translation>nettadresse</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="26"/>
        <source>dato</source>
        <translation>dato</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="26"/>
        <source>åpningstider</source>
        <translation>opningstider</translation>
    </message>
</context>
<context>
    <name>LocalFactsDialog</name>
    <message>
        <location filename="../local_facts_dialog.py" line="48"/>
        <location filename="../local_facts_dialog.py" line="283"/>
        <source>Tilpass veiledningene</source>
        <translation>Tilpass rettleiingane</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="60"/>
        <source>Det dere fyller inn her, står i veiledningene og på utskriftene til innbyggerne. Et tomt felt vises som «ikke fylt ut lokalt», og en linje til innbyggeren med en tom opplysning blir ikke skrevet ut. Nye versjoner av veiledningene endrer aldri dette.</source>
        <translation>Det de fyller inn her, står i rettleiingane og på utskriftene til innbyggjarane. Eit tomt felt blir vist som «ikke fylt ut lokalt», og ei linje til innbyggjaren med ei tom opplysning blir ikkje skriven ut. Nye versjonar av rettleiingane endrar aldri dette.</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="66"/>
        <source>Hvor mange som er fylt ut</source>
        <translation>Kor mange som er fylte ut</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="71"/>
        <source>Filtrer på opplysning, veiledning eller verdi</source>
        <translation>Filtrer på opplysning, rettleiing eller verdi</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="72"/>
        <source>Filtrer opplysningene</source>
        <translation>Filtrer opplysningane</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="74"/>
        <source>Bare &amp;tomme</source>
        <translation>Berre &amp;tomme</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="75"/>
        <source>Vis bare opplysninger som ikke er fylt ut</source>
        <translation>Vis berre opplysningar som ikkje er fylte ut</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="84"/>
        <source>Lokale opplysninger</source>
        <translation>Lokale opplysningar</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="88"/>
        <source>Veiledning som skal få et Hos oss-notat</source>
        <translation>Rettleiing som skal få eit Hos oss-notat</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="92"/>
        <source>Legg til «Hos oss» …</source>
        <translation>Legg til «Hos oss» …</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="93"/>
        <source>Legg til et Hos oss-notat for veiledningen</source>
        <translation>Legg til eit Hos oss-notat for rettleiinga</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="100"/>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="102"/>
        <location filename="../local_facts_dialog.py" line="103"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="112"/>
        <source>Notat for en annen veiledning:</source>
        <translation>Notat for ei anna rettleiing:</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="154"/>
        <source>For hele senteret</source>
        <translation>For heile senteret</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="171"/>
        <source>Foreldreløse verdier og notater (ingen veiledning bruker dem lenger)</source>
        <translation>Foreldrelause verdiar og notat (inga rettleiing brukar dei lenger)</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="198"/>
        <source>%1 av %2 er fylt ut</source>
        <translation>%1 av %2 er fylte ut</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="203"/>
        <source>Rett feltene som er merket med ⚠ før du lagrer.</source>
        <translation>Rett felta som er merkte med ⚠, før du lagrar.</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="257"/>
        <source>Lagrer …</source>
        <translation>Lagrar …</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="272"/>
        <source>Opplysningene ble ikke lagret, og ingenting er endret: %1</source>
        <translation>Opplysningane vart ikkje lagra, og ingenting er endra: %1</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="284"/>
        <source>Du har endringer som ikke er lagret. Vil du forkaste dem?</source>
        <translation>Du har endringar som ikkje er lagra. Vil du forkaste dei?</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../main_menus.py" line="51"/>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="52"/>
        <source>&amp;Innstillinger …</source>
        <translation>&amp;Innstillingar …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="53"/>
        <source>&amp;Sett opp skranken …</source>
        <translation>&amp;Set opp skranken …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="55"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="56"/>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="57"/>
        <source>&amp;Søk</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="59"/>
        <source>Stø&amp;rre tekst</source>
        <translation>Stø&amp;rre tekst</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="60"/>
        <source>&amp;Mindre tekst</source>
        <translation>&amp;Mindre tekst</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="61"/>
        <source>&amp;Vanlig tekststørrelse</source>
        <translation>&amp;Vanleg tekststorleik</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="62"/>
        <source>&amp;Besøk</source>
        <translation>&amp;Besøk</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="63"/>
        <source>&amp;Finn kategori</source>
        <translation>&amp;Finn kategori</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="64"/>
        <source>&amp;Logg denne hjelpen</source>
        <translation>&amp;Logg denne hjelpa</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="65"/>
        <location filename="../main_menus.py" line="97"/>
        <source>&amp;Angre siste besøk</source>
        <translation>&amp;Angre siste besøk</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="68"/>
        <source>Logg &amp;kurs eller arrangement …</source>
        <translation>Logg &amp;kurs eller arrangement …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="69"/>
        <source>V&amp;eiledninger</source>
        <translation>R&amp;ettleiingar</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="70"/>
        <source>Skriv &amp;ut for innbygger …</source>
        <translation>Skriv &amp;ut for innbyggjar …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="75"/>
        <source>Last inn veiledninger på &amp;nytt</source>
        <translation>Last inn rettleiingar på &amp;nytt</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="76"/>
        <source>Veilednings&amp;problemer …</source>
        <translation>Rettleiings&amp;problem …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="78"/>
        <source>&amp;Importer veiledningspakke …</source>
        <translation>&amp;Importer rettleiingspakke …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="80"/>
        <source>&amp;Rapporter</source>
        <translation>&amp;Rapportar</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="81"/>
        <source>&amp;Rapporter …</source>
        <translation>&amp;Rapportar …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="82"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="83"/>
        <source>&amp;Tastatursnarveier</source>
        <translation>&amp;Tastatursnarvegar</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="96"/>
        <source>&amp;Angre «%1»</source>
        <translation>&amp;Angre «%1»</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="101"/>
        <source>Gå til søkefeltet</source>
        <translation>Gå til søkjefeltet</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="102"/>
        <source>Velg og åpne en veiledning</source>
        <translation>Vel og opne ei rettleiing</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="103"/>
        <source>Logg en favorittkategori</source>
        <translation>Logg ein favorittkategori</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="104"/>
        <source>Finn en annen kategori</source>
        <translation>Finn ein annan kategori</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="105"/>
        <source>Logg hjelpen i den åpne veiledningen</source>
        <translation>Logg hjelpa i den opne rettleiinga</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="106"/>
        <source>Angre siste logging</source>
        <translation>Angre siste logging</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="107"/>
        <source>Logg kurs eller arrangement</source>
        <translation>Logg kurs eller arrangement</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="108"/>
        <source>Skriv ut for innbygger</source>
        <translation>Skriv ut for innbyggjar</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="109"/>
        <source>Større, mindre eller vanlig tekst</source>
        <translation>Større, mindre eller vanleg tekst</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="110"/>
        <source>Rapporter</source>
        <translation>Rapportar</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="111"/>
        <source>Last inn veiledninger på nytt</source>
        <translation>Last inn rettleiingar på nytt</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="114"/>
        <source>Tastatursnarveier</source>
        <translation>Tastatursnarvegar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../link_confirmation.py" line="26"/>
        <source>Lenken åpnes i nettleseren og går til:</source>
        <translation>Lenkja blir opna i nettlesaren og går til:</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="28"/>
        <source>Advarsel: dette er ikke et av de offentlige nettstedene på listen. Sjekk at det er riktig side før innbyggeren logger inn eller oppgir noe.</source>
        <translation>Åtvaring: dette er ikkje ein av dei offentlege nettstadene på lista. Sjekk at det er rett side før innbyggjaren loggar inn eller skriv inn noko.</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="31"/>
        <source>Åpne lenke</source>
        <translation>Opne lenkja</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="34"/>
        <source>Åpne i nettleseren</source>
        <translation>Opne i nettlesaren</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="35"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>Delt mappe for besøkstall</source>
        <translation>Delt mappe for besøkstal</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>Besøksloggen er gjenopprettet</source>
        <translation>Besøksloggen er gjenoppretta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178"/>
        <source>Veiledningene kunne ikke lastes. Se loggfilen, og prøv «Last inn veiledninger på nytt».</source>
        <translation>Rettleiingane kunne ikkje lastast. Sjå loggfila, og prøv «Last inn rettleiingar på nytt».</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>Søket feilet. Prøv igjen, eller start programmet på nytt.</source>
        <translation>Søket feila. Prøv igjen, eller start programmet på nytt.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="180"/>
        <source>Veiledninger</source>
        <translation>Rettleiingar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196"/>
        <source>De lokale opplysningene kan ikke leses: %1</source>
        <translation>Dei lokale opplysningane kan ikkje lesast: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>Innstillinger lagret</source>
        <translation>Innstillingane er lagra</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="269"/>
        <source>Endringen av språk eller veiledningsmappe gjelder fra neste gang du starter frontdesk.</source>
        <translation>Endringa av språk eller rettleiingsmappe gjeld frå neste gong du startar frontdesk.</translation>
    </message>
</context>
<context>
    <name>NoteRow</name>
    <message>
        <location filename="../local_fact_rows.py" line="151"/>
        <source>Hos oss (vises under veiledningen)</source>
        <translation>Hos oss (blir vist under rettleiinga)</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="152"/>
        <source>Notat for %1 · veiledningen finnes ikke lenger</source>
        <translation>Notat for %1 · rettleiinga finst ikkje lenger</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="155"/>
        <source>Hos oss-notat for «%1»</source>
        <translation>Hos oss-notat for «%1»</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="156"/>
        <source>Det som er spesielt hos dere, for eksempel: Hos oss tar servicetorget imot papirsøknader.</source>
        <translation>Det som er spesielt hos dykk, til dømes: Hos oss tek servicetorget imot papirsøknader.</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="165"/>
        <source>Fjern notatet for %1 ved lagring</source>
        <translation>Fjern notatet for %1 ved lagring</translation>
    </message>
</context>
<context>
    <name>PackChangeDialog</name>
    <message>
        <location filename="../pack_import.py" line="52"/>
        <source>Veiledningspakke importert</source>
        <translation>Rettleiingspakke importert</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="54"/>
        <source>Veiledningspakken «%1», versjon %2, er installert.</source>
        <translation>Rettleiingspakken «%1», versjon %2, er installert.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="56"/>
        <source>Veiledningspakken «%1», versjon %2, er installert i stedet for versjon %3.</source>
        <translation>Rettleiingspakken «%1», versjon %2, er installert i staden for versjon %3.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="62"/>
        <source>Endringer i veiledningene</source>
        <translation>Endringar i rettleiingane</translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="66"/>
        <source>Nye veiledninger (%n)</source>
        <translation>
            <numerusform>Nye rettleiingar (%n)</numerusform>
            <numerusform>Nye rettleiingar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="67"/>
        <source>Oppdaterte veiledninger (%n)</source>
        <translation>
            <numerusform>Oppdaterte rettleiingar (%n)</numerusform>
            <numerusform>Oppdaterte rettleiingar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="68"/>
        <source>Fjernede veiledninger (%n)</source>
        <translation>
            <numerusform>Fjerna rettleiingar (%n)</numerusform>
            <numerusform>Fjerna rettleiingar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="69"/>
        <source>Erstatter andre veiledninger (%n)</source>
        <translation>
            <numerusform>Erstattar andre rettleiingar (%n)</numerusform>
            <numerusform>Erstattar andre rettleiingar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="71"/>
        <source>Vises ikke (%n)</source>
        <translation>
            <numerusform>Blir ikkje viste (%n)</numerusform>
            <numerusform>Blir ikkje viste (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="78"/>
        <source>Ingen endringer: denne versjonen av pakken var allerede installert.</source>
        <translation>Ingen endringar: denne versjonen av pakken var allereie installert.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="80"/>
        <location filename="../pack_import.py" line="81"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="89"/>
        <source>«%1» erstatter «%2» fra pakken «%3»</source>
        <translation>«%1» erstattar «%2» frå pakken «%3»</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="90"/>
        <source>«%1» erstatter den medfølgende veiledningen «%2»</source>
        <translation>«%1» erstattar den medfølgjande rettleiinga «%2»</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="95"/>
        <source>«%1» vises ikke: pakken «%3» har en veiledning med samme id («%2»)</source>
        <translation>«%1» blir ikkje vist: pakken «%3» har ei rettleiing med same id («%2»)</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="96"/>
        <source>«%1» vises ikke: den lokale veiledningen «%2» har samme id</source>
        <translation>«%1» blir ikkje vist: den lokale rettleiinga «%2» har same id</translation>
    </message>
</context>
<context>
    <name>PackImporter</name>
    <message>
        <location filename="../pack_import.py" line="131"/>
        <source>Import av veiledningspakker krever leder-PIN.</source>
        <translation>Import av rettleiingspakkar krev leiar-PIN.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="137"/>
        <location filename="../pack_import.py" line="188"/>
        <location filename="../pack_import.py" line="196"/>
        <source>Importer veiledningspakke</source>
        <translation>Importer rettleiingspakke</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="138"/>
        <source>Veiledningspakker (*.zip)</source>
        <translation>Rettleiingspakkar (*.zip)</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="179"/>
        <source>Veiledningspakken kunne ikke installeres, og ingenting er endret.</source>
        <translation>Rettleiingspakken kunne ikkje installerast, og ingenting er endra.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="182"/>
        <source>Veiledningspakken ble ikke importert, og ingenting er endret.</source>
        <translation>Rettleiingspakken vart ikkje importert, og ingenting er endra.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="185"/>
        <source>Veiledningspakken kunne ikke leses eller installeres: %1</source>
        <translation>Rettleiingspakken kunne ikkje lesast eller installerast: %1</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="194"/>
        <source>Veiledningspakken «%1», versjon %2, er eldre enn versjonen som er installert (%3). Vil du likevel gå tilbake til den eldre versjonen?</source>
        <translation>Rettleiingspakken «%1», versjon %2, er eldre enn versjonen som er installert (%3). Vil du likevel gå tilbake til den eldre versjonen?</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="200"/>
        <source>Installer den eldre versjonen</source>
        <translation>Installer den eldre versjonen</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="201"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../pin_dialog.py" line="25"/>
        <location filename="../pin_dialog.py" line="31"/>
        <location filename="../pin_dialog.py" line="32"/>
        <source>Leder-PIN</source>
        <translation>Leiar-PIN</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="37"/>
        <source>Feilmelding</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="41"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="43"/>
        <location filename="../pin_dialog.py" line="44"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="69"/>
        <source>Feil PIN-kode.</source>
        <translation>Feil PIN-kode.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pin_dialog.py" line="71"/>
        <source>For mange feil forsøk. Prøv igjen om %n sekunder.</source>
        <translation>
            <numerusform>For mange feil forsøk. Prøv igjen om %n sekund.</numerusform>
            <numerusform>For mange feil forsøk. Prøv igjen om %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="73"/>
        <source>Ingen leder-PIN er satt.</source>
        <translation>Ingen leiar-PIN er sett.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../problems_dialog.py" line="14"/>
        <source>Veiledningsproblemer</source>
        <translation>Rettleiingsproblem</translation>
    </message>
    <message>
        <location filename="../problems_dialog.py" line="17"/>
        <source>Veiledninger med feil er hoppet over; resten virker som vanlig. Rett filen og velg «Last inn veiledninger på nytt». Advarsler betyr at veiledningen vises, men bør sjekkes.</source>
        <translation>Rettleiingar med feil er hoppa over; resten verkar som vanleg. Rett fila og vel «Last inn rettleiingar på nytt». Åtvaringar tyder at rettleiinga blir vist, men bør sjekkast.</translation>
    </message>
    <message>
        <location filename="../problems_dialog.py" line="21"/>
        <source>Liste over veiledningsproblemer</source>
        <translation>Liste over rettleiingsproblem</translation>
    </message>
    <message>
        <location filename="../problems_dialog.py" line="24"/>
        <source>Feil: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <location filename="../problems_dialog.py" line="27"/>
        <source>Ingen problemer funnet.</source>
        <translation>Ingen problem funne.</translation>
    </message>
    <message>
        <location filename="../problems_dialog.py" line="29"/>
        <location filename="../problems_dialog.py" line="30"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../report_files.py" line="54"/>
        <source>Lagre rapport</source>
        <translation>Lagre rapport</translation>
    </message>
    <message>
        <location filename="../report_files.py" line="60"/>
        <location filename="../report_files.py" line="80"/>
        <source>Rapporter</source>
        <translation>Rapportar</translation>
    </message>
    <message>
        <location filename="../report_files.py" line="61"/>
        <source>Velg en fil som slutter på .csv, .xlsx eller .json.</source>
        <translation>Vel eit filnamn som sluttar på .csv, .xlsx eller .json.</translation>
    </message>
    <message>
        <location filename="../report_files.py" line="81"/>
        <source>Kunne ikke lagre filen: %1</source>
        <translation>Kunne ikkje lagre fila: %1</translation>
    </message>
    <message>
        <location filename="../report_files.py" line="100"/>
        <location filename="../report_files.py" line="120"/>
        <source>Importer stasjonsfiler</source>
        <translation>Importer stasjonsfiler</translation>
    </message>
    <message>
        <location filename="../report_files.py" line="101"/>
        <source>Stasjonsfiler (*.json)</source>
        <translation>Stasjonsfiler (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../report_files.py" line="115"/>
        <source>Besøk importert: %n.</source>
        <translation>
            <numerusform>Besøk importert: %n.</numerusform>
            <numerusform>Besøk importert: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report_files.py" line="117"/>
        <source>Kurs og arrangementer importert: %1.</source>
        <translation>Kurs og arrangement importert: %1.</translation>
    </message>
</context>
<context>
    <name>ReportTabs</name>
    <message>
        <location filename="../report_tabs.py" line="51"/>
        <source>Fordel etter</source>
        <translation>Fordel etter</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="55"/>
        <source>Tabell med antall</source>
        <translation>Tabell med tal</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="59"/>
        <source>Stolpediagram per kategori</source>
        <translation>Stolpediagram per kategori</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="62"/>
        <source>Besøk per ukedag og time</source>
        <translation>Besøk per vekedag og time</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="65"/>
        <source>Ta med deltakere på kurs og arrangementer (etter starttime)</source>
        <translation>Ta med deltakarar på kurs og arrangement (etter starttime)</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="73"/>
        <source>Kurs og arrangementer per type</source>
        <translation>Kurs og arrangement per type</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="80"/>
        <source>Fordel &amp;etter:</source>
        <translation>Fordel &amp;etter:</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="87"/>
        <source>Tabell</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="88"/>
        <source>Diagram</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="89"/>
        <source>Når folk kommer</source>
        <translation>Når folk kjem</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="90"/>
        <source>Kurs og arrangementer</source>
        <translation>Kurs og arrangement</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="93"/>
        <source>Malen for digital deltakelse</source>
        <translation>Malen for digital deltaking</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="95"/>
        <source>Digital deltakelse</source>
        <translation>Digital deltaking</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="99"/>
        <source>Skranker</source>
        <translation>Skrankar</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="137"/>
        <source>Antall</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="137"/>
        <source>Forrige periode</source>
        <translation>Førre periode</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../report_charts.py" line="27"/>
        <source>Besøk per kategori (de %1 største)</source>
        <translation>Besøk per kategori (dei %1 største)</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="31"/>
        <source>Besøk</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="88"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="91"/>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="93"/>
        <source>Før</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="95"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="95"/>
        <source>Arrangementer</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="96"/>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="96"/>
        <source>Timer</source>
        <translation>Timar</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="97"/>
        <source>Frivillige timer</source>
        <translation>Frivillige timar</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="70"/>
        <location filename="../reports_view.py" line="184"/>
        <source>Rapporter</source>
        <translation>Rapportar</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="75"/>
        <source>Måned</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="80"/>
        <source>Fra dato</source>
        <translation>Frå dato</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="80"/>
        <source>Til dato</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="88"/>
        <source>Sammendrag</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="90"/>
        <source>Arbeider …</source>
        <translation>Arbeider …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="108"/>
        <source>Eksporter CSV …</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="108"/>
        <source>Eksporter XLSX …</source>
        <translation>Eksporter XLSX …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="109"/>
        <source>Eksporter JSON …</source>
        <translation>Eksporter JSON …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="115"/>
        <source>Digital deltakelse (mal) …</source>
        <translation>Digital deltaking (mal) …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="116"/>
        <source>Eksporter malen for digital deltakelse</source>
        <translation>Eksporter malen for digital deltaking</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="118"/>
        <source>Importer stasjonsfiler …</source>
        <translation>Importer stasjonsfiler …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="119"/>
        <source>Importer stasjonsfiler</source>
        <translation>Importer stasjonsfiler</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="121"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="129"/>
        <source>&amp;Måned:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="129"/>
        <source>&amp;Fra:</source>
        <translation>&amp;Frå:</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="130"/>
        <source>&amp;Til:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports_view.py" line="226"/>
        <source>Totalt %1 besøk i %2, mot %3 i %4.</source>
        <translation>
            <numerusform>Totalt %1 besøk i %2, mot %3 i %4.</numerusform>
            <numerusform>Totalt %1 besøk i %2, mot %3 i %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="230"/>
        <source>(Sammenlignet med like mange dager rett før.)</source>
        <translation>(Samanlikna med like mange dagar rett før.)</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="232"/>
        <source>Endring: %1.</source>
        <translation>Endring: %1.</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="236"/>
        <source>Kurs og arrangementer: %1 (deltakere: %2, frivillige timer: %3).</source>
        <translation>Kurs og arrangement: %1 (deltakarar: %2, frivillige timar: %3).</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="240"/>
        <source>Utelatt (sammenslåtte måneder som bare delvis er med): %1.</source>
        <translation>Utelate (samanslåtte månader som berre delvis er med): %1.</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="258"/>
        <source>Lagret %1</source>
        <translation>Lagra %1</translation>
    </message>
</context>
<context>
    <name>ScheduledPush</name>
    <message>
        <location filename="../central_push.py" line="75"/>
        <source>Sending til sentral database</source>
        <translation>Sending til sentral database</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="92"/>
        <source>Sentral: venter</source>
        <translation>Sentral: ventar</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="93"/>
        <source>Besøk og arrangementer sendes til den sentrale databasen «%1» hver time.</source>
        <translation>Besøk og arrangement blir sende til den sentrale databasen «%1» kvar time.</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="108"/>
        <source>Sentral: sender …</source>
        <translation>Sentral: sender …</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="116"/>
        <source>Sentral: sendt %1</source>
        <translation>Sentral: sendt %1</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="117"/>
        <source>Siste sending til «%1» kl. %2. Nye besøk: %3. Nye arrangementer: %4.</source>
        <translation>Siste sending til «%1» kl. %2. Nye besøk: %3. Nye arrangement: %4.</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="125"/>
        <source>Sentral: ikke sendt</source>
        <translation>Sentral: ikkje sendt</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="127"/>
        <source>Sendingen til den sentrale databasen feilet (%1). Neste forsøk om en time.</source>
        <translation>Sendinga til den sentrale databasen feila (%1). Neste forsøk om ein time.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../search_panel.py" line="112"/>
        <source>Søk i veiledninger (Ctrl+K)</source>
        <translation>Søk i rettleiingar (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="113"/>
        <source>Søk i veiledninger</source>
        <translation>Søk i rettleiingar</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="119"/>
        <source>Søkeresultater</source>
        <translation>Søkjeresultat</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="125"/>
        <source>Søkestatus</source>
        <translation>Søkjestatus</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="212"/>
        <source>Ingen treff.</source>
        <translation>Ingen treff.</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="215"/>
        <source>Mente du</source>
        <translation>Meinte du</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="217"/>
        <source>Viser treff for «%1»:</source>
        <translation>Viser treff for «%1»:</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="219"/>
        <source>Prøv færre eller andre ord, for eksempel etaten eller tjenesten.</source>
        <translation>Prøv færre eller andre ord, til dømes etaten eller tenesta.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="56"/>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="59"/>
        <source>Feilmelding</source>
        <translation>Feilmelding</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <source>Stasjon</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67"/>
        <source>Et kort navn på denne skranken, for eksempel skranke-1</source>
        <translation>Eit kort namn på denne skranken, til dømes skranke-1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>Navn på senteret</source>
        <translation>Namn på senteret</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>Kommunenummer</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="72"/>
        <source>Fire sifre, for eksempel 0301. Sammen med navnet på senteret viser det hvilket senter besøkene i en sentral database kommer fra.</source>
        <translation>Fire siffer, til dømes 0301. Saman med namnet på senteret viser det kva senter besøka i ein sentral database kjem frå.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="75"/>
        <source>Sentral database (tjenestenavn)</source>
        <translation>Sentral database (tenestenamn)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="76"/>
        <source>Navnet IT har gitt databasen i pg_service.conf, aldri et passord. Tomt: besøkene sendes ikke til noen sentral database.</source>
        <translation>Namnet IT har gitt databasen i pg_service.conf, aldri eit passord. Tomt: besøka blir ikkje sende til nokon sentral database.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="79"/>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="85"/>
        <source>Tekststørrelse</source>
        <translation>Tekststorleik</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="90"/>
        <source>Også Ctrl++ og Ctrl+- i hovedvinduet; Ctrl+0 gir 100 %</source>
        <translation>Også Ctrl++ og Ctrl+- i hovudvindauget; Ctrl+0 gir 100 %</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="92"/>
        <source>Oppbevaring i måneder</source>
        <translation>Lagringstid i månader</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="94"/>
        <source> måneder</source>
        <translation> månader</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="96"/>
        <source>Enkeltbesøk eldre enn dette slås sammen til månedstall</source>
        <translation>Enkeltbesøk eldre enn dette blir slått saman til månadstal</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="100"/>
        <source>Kanal (oppmøte, telefon, video)</source>
        <translation>Kanal (oppmøte, telefon, video)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="101"/>
        <source>Hvordan hjelpen ble gitt (veiledet, sammen, på vegne av)</source>
        <translation>Korleis hjelpa vart gitt (rettleidd, saman, på vegner av)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="102"/>
        <source>Utfall (løst, delvis, henvist)</source>
        <translation>Utfall (løyst, delvis, vist vidare)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="103"/>
        <source>Henvist til</source>
        <translation>Vist vidare til</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="104"/>
        <source>Tid brukt</source>
        <translation>Tid brukt</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="105"/>
        <source>Hvilken veiledning som ble brukt</source>
        <translation>Kva rettleiing som vart brukt</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="106"/>
        <source>Alder (under 67, 67 eller eldre)</source>
        <translation>Alder (under 67, 67 eller eldre)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="107"/>
        <source>Om innbyggeren har vært her før for samme behov</source>
        <translation>Om innbyggjaren har vore her før for same behov</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="108"/>
        <source>Språkhjelp (annet språk, tolk – aldri hvilket språk)</source>
        <translation>Språkhjelp (anna språk, tolk – aldri kva språk)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Mappe for lokale veiledninger</source>
        <translation>Mappe for lokale rettleiingar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="127"/>
        <source>Velg …</source>
        <translation>Vel …</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="128"/>
        <location filename="../settings_dialog.py" line="180"/>
        <source>Velg mappe for lokale veiledninger</source>
        <translation>Vel mappe for lokale rettleiingar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="130"/>
        <source>Åpne mappen</source>
        <translation>Opne mappa</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="131"/>
        <source>Åpne mappen med lokale veiledninger</source>
        <translation>Opne mappa med lokale rettleiingar</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="133"/>
        <location filename="../settings_dialog.py" line="134"/>
        <source>Last inn veiledninger på nytt</source>
        <translation>Last inn rettleiingar på nytt</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="146"/>
        <source>&amp;Stasjon:</source>
        <translation>&amp;Stasjon:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="147"/>
        <source>&amp;Navn på senteret:</source>
        <translation>&amp;Namn på senteret:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="148"/>
        <source>&amp;Kommunenummer:</source>
        <translation>&amp;Kommunenummer:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="149"/>
        <source>Sentral &amp;database:</source>
        <translation>Sentral &amp;database:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="150"/>
        <source>S&amp;pråk:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="151"/>
        <source>&amp;Tekststørrelse:</source>
        <translation>&amp;Tekststorleik:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>&amp;Oppbevaring:</source>
        <translation>La&amp;gringstid:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="158"/>
        <source>Spør også om:</source>
        <translation>Spør også om:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="159"/>
        <source>&amp;Favoritter (Ctrl+1–9):</source>
        <translation>&amp;Favorittar (Ctrl+1–9):</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="152"/>
        <source>&amp;Lokale veiledninger:</source>
        <translation>&amp;Lokale rettleiingar:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="162"/>
        <source>Sk&amp;ranken</source>
        <translation>Sk&amp;ranken</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="163"/>
        <source>&amp;Besøk</source>
        <translation>&amp;Besøk</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="166"/>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="167"/>
        <source>Lagre innstillingene</source>
        <translation>Lagre innstillingane</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="169"/>
        <location filename="../settings_dialog.py" line="170"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="216"/>
        <source>Endring av oppbevaringstid krever leder-PIN.</source>
        <translation>Endring av lagringstida krev leiar-PIN.</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <location filename="../guide_editor_parts.py" line="79"/>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="79"/>
        <source>Nettadresse (https://…)</source>
        <translation>Nettadresse (https://…)</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="79"/>
        <source>Lest</source>
        <translation>Lesedato</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="80"/>
        <source>Sidens dato</source>
        <translation>Datoen på sida</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="80"/>
        <source>Ingen dato</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="83"/>
        <source>Siden har ingen dato</source>
        <translation>Sida har ingen dato</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="85"/>
        <source>Kilder</source>
        <translation>Kjelder</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="102"/>
        <source>Lest, kilde %1</source>
        <translation>Lesedato, kjelde %1</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="105"/>
        <source>Sidens dato, kilde %1</source>
        <translation>Datoen på sida, kjelde %1</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="107"/>
        <source>velg dato</source>
        <translation>vel dato</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="111"/>
        <source>Siden har ingen dato, kilde %1</source>
        <translation>Sida har ingen dato, kjelde %1</translation>
    </message>
</context>
<context>
    <name>StationsTable</name>
    <message>
        <location filename="../sync_status.py" line="214"/>
        <source>Skranker i den delte mappen</source>
        <translation>Skrankar i den delte mappa</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="216"/>
        <source>Skranke</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="216"/>
        <source>Sist skrevet (filserverens klokke)</source>
        <translation>Sist skriven (klokka på filtenaren)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="217"/>
        <source>Sist sjekket</source>
        <translation>Sist sjekka</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="217"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="228"/>
        <source>%1 (denne PC-en)</source>
        <translation>%1 (denne PC-en)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="231"/>
        <source>en annen PC bruker samme navn</source>
        <translation>ein annan PC brukar same namn</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../sync_status.py" line="142"/>
        <source>Delt mappe: synkroniseringen feilet; prøver igjen senere.</source>
        <translation>Delt mappe: synkroniseringa feila; prøver igjen seinare.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="155"/>
        <source>Delt mappe: %1</source>
        <translation>Delt mappe: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_status.py" line="159"/>
        <source>Delt mappe: %n skranke(r) med problemer (%1)</source>
        <translation>
            <numerusform>Delt mappe: %n skranke med problem (%1)</numerusform>
            <numerusform>Delt mappe: %n skrankar med problem (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="161"/>
        <source>Delt mappe: oppdatert %1</source>
        <translation>Delt mappe: oppdatert %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../sync_status.py" line="194"/>
        <source>Delt mappe</source>
        <translation>Delt mappe</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="201"/>
        <source>Delt mappe: synkroniserer …</source>
        <translation>Delt mappe: synkroniserer …</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <location filename="../visit_panel.py" line="69"/>
        <source>Besøkslogg</source>
        <translation>Besøkslogg</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="74"/>
        <source>Besøk i dag</source>
        <translation>Besøk i dag</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="76"/>
        <source>Vanligste</source>
        <translation>Vanlegaste</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="83"/>
        <source>Logg «%1» (Ctrl+%2)</source>
        <translation>Logg «%1» (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="85"/>
        <source>Logg %1</source>
        <translation>Logg %1</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="98"/>
        <source>Kanal</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="98"/>
        <source>Hjelp</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="98"/>
        <source>Utfall</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="99"/>
        <source>Tid brukt</source>
        <translation>Tid brukt</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="99"/>
        <source>Alder</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="100"/>
        <source>Samme behov før?</source>
        <translation>Same behov før?</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="100"/>
        <source>Språkhjelp</source>
        <translation>Språkhjelp</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="111"/>
        <source>Henvist til</source>
        <translation>Vist vidare til</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="112"/>
        <source>Henvist til: ingen</source>
        <translation>Vist vidare til: ingen</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="120"/>
        <source>Bekreftelse</source>
        <translation>Stadfesting</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="121"/>
        <source>Angre (Ctrl+Z)</source>
        <translation>Angre (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="122"/>
        <source>Angre siste besøk</source>
        <translation>Angre siste besøk</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="136"/>
        <source>Dagens telling per kategori</source>
        <translation>Teljinga i dag per kategori</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="140"/>
        <source>Kurs og arrangementer i dag</source>
        <translation>Kurs og arrangement i dag</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="141"/>
        <source>Kurs og arrangementer …</source>
        <translation>Kurs og arrangement …</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="142"/>
        <source>Logg et kurs, en drop-in-dag eller et informasjonsmøte (Ctrl+E)</source>
        <translation>Logg eit kurs, ein drop-in-dag eller eit informasjonsmøte (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="149"/>
        <source>Logg besøket</source>
        <translation>Logg besøket</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="170"/>
        <source>Logget utenfor vinduet: %1</source>
        <translation>Logga utanfor vindauget: %1</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="201"/>
        <source>Logget: %1</source>
        <translation>Logga: %1</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="213"/>
        <location filename="../visit_panel.py" line="225"/>
        <source>Ingenting å angre.</source>
        <translation>Ingenting å angre.</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="220"/>
        <source>%1 ble ikke angret: %2 er logget etter det, utenfor vinduet.</source>
        <translation>%1 vart ikkje angra: %2 er logga etter det, utanfor vindauget.</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="227"/>
        <source>Angret: %1</source>
        <translation>Angra: %1</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="260"/>
        <source>Kurs og arrangementer i dag: %1 (deltakere: %2)</source>
        <translation>Kurs og arrangement i dag: %1 (deltakarar: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../visit_panel.py" line="274"/>
        <source>Besøk i dag: %n</source>
        <translation>
            <numerusform>Besøk i dag: %n</numerusform>
            <numerusform>Besøk i dag: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="279"/>
        <source>Ctrl+%1 · %2 i dag</source>
        <translation>Ctrl+%1 · %2 i dag</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <location filename="../window_status.py" line="29"/>
        <source>Laster veiledninger</source>
        <translation>Lastar rettleiingar</translation>
    </message>
    <message>
        <location filename="../window_status.py" line="31"/>
        <source>Laster veiledninger … %p %</source>
        <translation>Lastar rettleiingar … %p %</translation>
    </message>
    <message>
        <location filename="../window_status.py" line="34"/>
        <source>Vis veiledningsproblemer</source>
        <translation>Vis rettleiingsproblem</translation>
    </message>
    <message>
        <location filename="../window_status.py" line="39"/>
        <source>Vis feil i lokale lister</source>
        <translation>Vis feil i lokale lister</translation>
    </message>
    <message>
        <location filename="../window_status.py" line="44"/>
        <source>Antall veiledninger og treff</source>
        <translation>Talet på rettleiingar og treff</translation>
    </message>
    <message numerus="yes">
        <location filename="../window_status.py" line="52"/>
        <source>Veiledninger: %n</source>
        <translation>
            <numerusform>Rettleiingar: %n</numerusform>
            <numerusform>Rettleiingar: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../window_status.py" line="54"/>
        <source>De %1 beste treffene av %n veiledninger</source>
        <translation>
            <numerusform>Dei %1 beste treffa av %n rettleiing</numerusform>
            <numerusform>Dei %1 beste treffa av %n rettleiingar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../window_status.py" line="56"/>
        <source>Treff: %1 av %n veiledninger</source>
        <translation>
            <numerusform>Treff: %1 av %n rettleiing</numerusform>
            <numerusform>Treff: %1 av %n rettleiingar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../window_status.py" line="67"/>
        <source>Veiledningsproblemer: %n</source>
        <translation>
            <numerusform>Rettleiingsproblem: %n</numerusform>
            <numerusform>Rettleiingsproblem: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../window_status.py" line="74"/>
        <source>Importerer veiledningspakke …</source>
        <translation>Importerer rettleiingspakke …</translation>
    </message>
    <message numerus="yes">
        <location filename="../window_status.py" line="83"/>
        <source>Feil i lokale lister: %n</source>
        <translation>
            <numerusform>Feil i lokale lister: %n</numerusform>
            <numerusform>Feil i lokale lister: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../window_status.py" line="87"/>
        <source>Disse oppføringene i kommunens egne lister er hoppet over. Rett filen og start frontdesk på nytt.</source>
        <translation>Desse oppføringane i kommunen sine eigne lister er hoppa over. Rett fila og start frontdesk på nytt.</translation>
    </message>
    <message>
        <location filename="../window_status.py" line="89"/>
        <source>Feil i lokale lister</source>
        <translation>Feil i lokale lister</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../local_fact_rows.py" line="67"/>
        <source>Fjern ved lagring</source>
        <translation>Fjern ved lagring</translation>
    </message>
</context>
</TS>
