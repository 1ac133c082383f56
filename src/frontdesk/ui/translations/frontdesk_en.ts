<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="90"/>
        <source>frontdesk er allerede åpent på denne maskinen. Bruk vinduet som er åpent (se oppgavelinjen).</source>
        <translation>frontdesk is already open on this computer. Use the window that is open (see the taskbar).</translation>
    </message>
    <message>
        <location filename="../../app.py" line="99"/>
        <source>Besøksloggen er låst av et annet program. Lukk det andre programmet og start frontdesk på nytt.</source>
        <translation>The visit log is locked by another program. Close the other program and start frontdesk again.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="101"/>
        <source>Besøksloggen kunne ikke åpnes: %1</source>
        <translation>The visit log could not be opened: %1</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <location filename="../visit_widgets.py" line="198"/>
        <source>Annen kategori: skriv for å finne (Ctrl+J)</source>
        <translation>Other category: type to find (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../visit_widgets.py" line="199"/>
        <source>Finn kategori</source>
        <translation>Find category</translation>
    </message>
</context>
<context>
    <name>DraftPreview</name>
    <message>
        <location filename="../guide_editor_parts.py" line="197"/>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="201"/>
        <source>Slik ser ansatte den</source>
        <translation>As staff see it</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="203"/>
        <source>Utskrift, bokmål</source>
        <translation>Handout, bokmål</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="203"/>
        <source>Utskrift, nynorsk</source>
        <translation>Handout, nynorsk</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="204"/>
        <source>Utskrift, engelsk</source>
        <translation>Handout, English</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="225"/>
        <source>Veiledningen har ingen tekst til innbyggeren på dette språket ennå. Skriv den under «Til innbyggeren».</source>
        <translation>The guide has no text for the citizen in this language yet. Write it under “To the citizen”.</translation>
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
        <translation>Discard the changes</translation>
    </message>
    <message>
        <location filename="../errors.py" line="45"/>
        <source>Fortsett å redigere</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../errors.py" line="56"/>
        <source>Dette ser ut som en personopplysning (for eksempel fødselsnummer, telefonnummer eller e-post), og kan ikke lagres. Fjern det og prøv igjen.</source>
        <translation>This looks like personal data (for example a national ID number, phone number or e-mail address) and cannot be saved. Remove it and try again.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="61"/>
        <source>Databasen er opptatt (kanskje er frontdesk åpent et annet sted, eller en sikkerhetskopi kjører). Vent litt og prøv igjen.</source>
        <translation>The database is busy (perhaps frontdesk is open elsewhere, or a backup is running). Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="64"/>
        <source>Kunne ikke lese eller skrive besøksloggen: %1</source>
        <translation>Could not read or write the visit log: %1</translation>
    </message>
    <message>
        <location filename="../errors.py" line="83"/>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../errors.py" line="99"/>
        <source>Noe uventet gikk galt. Det du holdt på med er kanskje ikke fullført, men programmet kjører videre.</source>
        <translation>Something unexpected went wrong. What you were doing may not have been completed, but the program keeps running.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="102"/>
        <source>Detaljer for IT-støtte ligger i loggfilen: %1</source>
        <translation>Details for IT support are in the log file: %1</translation>
    </message>
    <message>
        <location filename="../errors.py" line="104"/>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../event_dialog.py" line="51"/>
        <source>Logg kurs eller arrangement</source>
        <translation>Log a course or event</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="55"/>
        <source>Type arrangement</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="62"/>
        <location filename="../event_dialog.py" line="118"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="64"/>
        <source>Starttid</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="65"/>
        <location filename="../event_dialog.py" line="72"/>
        <source>Ikke oppgitt</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="70"/>
        <source>Antall deltakere</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="71"/>
        <source>Varighet i timer</source>
        <translation>Duration in hours</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="75"/>
        <source>Antall frivillige</source>
        <translation>Number of volunteers</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="76"/>
        <source>Frivillige timer til sammen</source>
        <translation>Volunteer hours in all</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="79"/>
        <source>&amp;Type:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="79"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="80"/>
        <source>&amp;Starttid:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="80"/>
        <source>De&amp;ltakere:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="81"/>
        <source>&amp;Varighet (timer):</source>
        <translation>D&amp;uration (hours):</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="82"/>
        <source>&amp;Frivillige:</source>
        <translation>&amp;Volunteers:</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="83"/>
        <source>Frivillige t&amp;imer til sammen:</source>
        <translation>Volunteer &amp;hours in all:</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="87"/>
        <source>Bare antall lagres: ingen navn og ingen fritekst.</source>
        <translation>Only numbers are stored: no names and no free text.</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="92"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="96"/>
        <source>Bekreftelse</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="97"/>
        <source>&amp;Logg arrangementet</source>
        <translation>&amp;Log the event</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="100"/>
        <source>&amp;Angre siste</source>
        <translation>U&amp;ndo the last</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="101"/>
        <source>Angre siste arrangement</source>
        <translation>Undo the last event</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="103"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="114"/>
        <source>Arrangementer i dag og denne måneden</source>
        <translation>Events today and this month</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="116"/>
        <source>Arrangementer denne måneden</source>
        <translation>Events this month</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="118"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="118"/>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="119"/>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="119"/>
        <source>Frivillige timer</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="153"/>
        <source>Logget: %1 (deltakere: %2).</source>
        <translation>Logged: %1 (participants: %2).</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="178"/>
        <source>Ingenting å angre (bare det siste arrangementet, i 10 minutter).</source>
        <translation>Nothing to undo (only the last event, for 10 minutes).</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="180"/>
        <source>Angret: %1 (deltakere: %2).</source>
        <translation>Undone: %1 (participants: %2).</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="195"/>
        <source>Arrangementer i dag: %1 (deltakere: %2). Denne måneden: %3 (deltakere: %4, frivillige timer: %5).</source>
        <translation>Events today: %1 (participants: %2). This month: %3 (participants: %4, volunteer hours: %5).</translation>
    </message>
</context>
<context>
    <name>FactRow</name>
    <message>
        <location filename="../local_fact_rows.py" line="86"/>
        <source>%1 · ingen veiledning bruker denne lenger</source>
        <translation>%1 · no guide uses this any more</translation>
    </message>
    <message numerus="yes">
        <location filename="../local_fact_rows.py" line="92"/>
        <source>og %n til</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="93"/>
        <source>brukes i: %1</source>
        <translation>used in: %1</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="94"/>
        <source>ingen veiledning bruker den ennå</source>
        <translation>no guide uses it yet</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="101"/>
        <source>Ikke fylt ut – skriv for eksempel %1</source>
        <translation>Not filled in – write, for example, %1</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="108"/>
        <source>Fjern verdien for %1 ved lagring</source>
        <translation>Remove the value for %1 when saving</translation>
    </message>
</context>
<context>
    <name>FactsTable</name>
    <message>
        <location filename="../guide_editor_parts.py" line="151"/>
        <source>Navn i teksten</source>
        <translation>Name in the text</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="151"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="151"/>
        <source>Hva lederen skal fylle inn</source>
        <translation>What the supervisor fills in</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="153"/>
        <source>Veiledningens egne lokale opplysninger</source>
        <translation>The guide&apos;s own local facts</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="167"/>
        <source>Type, opplysning %1</source>
        <translation>Kind, fact %1</translation>
    </message>
</context>
<context>
    <name>FavouritesList</name>
    <message>
        <location filename="../favourites_list.py" line="26"/>
        <location filename="../favourites_list.py" line="59"/>
        <source>Favorittkategorier, høyst ni</source>
        <translation>Favourite categories, at most nine</translation>
    </message>
    <message>
        <location filename="../favourites_list.py" line="69"/>
        <source>Du kan ha høyst ni favoritter. Fjern en først.</source>
        <translation>You can have at most nine favourites. Remove one first.</translation>
    </message>
</context>
<context>
    <name>FirstDayDialog</name>
    <message>
        <location filename="../first_day.py" line="135"/>
        <source>Sett opp skranken</source>
        <translation>Set up this counter</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="136"/>
        <source>Før du begynner: gi denne skranken et navn, og skriv hvilket senter den hører til. Alt kan endres senere under Fil → Innstillinger.</source>
        <translation>Before you start: give this counter a name, and write which centre it belongs to. Everything can be changed later under File → Settings.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="138"/>
        <source>S&amp;pråk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="139"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="140"/>
        <source>Navn på &amp;denne skranken:</source>
        <translation>Name of &amp;this counter:</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="141"/>
        <source>Navn på denne skranken</source>
        <translation>Name of this counter</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="142"/>
        <source>Navnet skiller besøkene fra denne PC-en fra de andre i rapportene. Har senteret flere skranke-PC-er, må hver ha sitt eget navn, for eksempel skranke-1 og skranke-2.</source>
        <translation>The name tells this PC&apos;s visits apart from the others in the reports. If the centre has several counter PCs, each must have a name of its own, for example skranke-1 and skranke-2.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="145"/>
        <source>Forslaget er laget av PC-ens navn.</source>
        <translation>The suggestion is made from the PC&apos;s name.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="147"/>
        <source>Besøk som alt er logget, beholder navnet «%1».</source>
        <translation>Visits already logged keep the name “%1”.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="150"/>
        <source>&amp;Senterets navn:</source>
        <translation>&amp;Centre name:</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="151"/>
        <source>Senterets navn</source>
        <translation>Centre name</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="152"/>
        <source>for eksempel Servicetorget i Eksempel kommune</source>
        <translation>for example Servicetorget i Eksempel kommune</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="153"/>
        <source>Står på utskrifter til innbyggeren og i rapportene.</source>
        <translation>Shown on the citizen&apos;s handouts and in the reports.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="154"/>
        <source>&amp;Vanligste (Ctrl+1–9):</source>
        <translation>&amp;Most used (Ctrl+1–9):</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="156"/>
        <source>Hak av opptil ni kategorier som får hver sin knapp og hurtigtast.</source>
        <translation>Tick up to nine categories to get a button and a shortcut each.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="158"/>
        <source>De ni vanligste på skranker er valgt.</source>
        <translation>The nine most common at counters are ticked.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="160"/>
        <source>&amp;Lagre og start</source>
        <translation>&amp;Save and start</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="161"/>
        <source>Lagre og start</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="162"/>
        <source>Se&amp;nere</source>
        <translation>Lat&amp;er</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="163"/>
        <source>Senere: spør igjen ved neste start</source>
        <translation>Later: ask again at the next start</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="202"/>
        <source>Skriv et navn på skranken, for eksempel skranke-2.</source>
        <translation>Write a name for the counter, for example skranke-2.</translation>
    </message>
    <message>
        <location filename="../first_day.py" line="207"/>
        <source>«%1» er navnet alle nye installasjoner får. Bruker en annen PC på senteret det samme navnet, blir besøkene deres slått sammen i rapportene. Trykk «Lagre og start» igjen for å beholde det, eller skriv et annet navn.</source>
        <translation>“%1” is the name every new installation gets. If another PC at the centre uses the same name, their visits are merged in the reports. Press “Save and start” again to keep it, or write another name.</translation>
    </message>
</context>
<context>
    <name>GuideEditorDialog</name>
    <message>
        <location filename="../guide_editor.py" line="90"/>
        <source>Ny lokal veiledning</source>
        <translation>New local guide</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="91"/>
        <source>Lokal kopi av «%1»</source>
        <translation>Local copy of “%1”</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="92"/>
        <source>Rediger lokal veiledning «%1»</source>
        <translation>Edit local guide “%1”</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="98"/>
        <source>Kontroll av veiledningen</source>
        <translation>Check of the guide</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="105"/>
        <source>Kontroll (som «frontdesk guides check»): dobbeltklikk for å gå til feltet</source>
        <translation>Check (as “frontdesk guides check”): double-click to go to the field</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="120"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="122"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="124"/>
        <location filename="../guide_editor.py" line="125"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="171"/>
        <source>Id: %1 – den samme som den nasjonale veiledningen. Når du lagrer, erstatter den lokale kopien den nasjonale i vinduet.</source>
        <translation>Id: %1 – the same as the national guide. When you save, the local copy replaces the national one in the window.</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="174"/>
        <source>Id: %1 (endres aldri, så besøksloggen og andre veiledninger finner den)</source>
        <translation>Id: %1 (never changes, so the visit log and other guides find it)</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="176"/>
        <source>Id: %1 (lages av tittelen, og ligger fast fra første lagring)</source>
        <translation>Id: %1 (made from the title, and fixed from the first save)</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="181"/>
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="181"/>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="182"/>
        <source>Merk</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="196"/>
        <source>Ingen feil eller advarsler.</source>
        <translation>No errors or warnings.</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="221"/>
        <source>Lagrer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="226"/>
        <source>«%1» er en nasjonal veiledning med samme id. Lagrer du, erstatter din lokale veiledning den nasjonale på alle skranke-PC-er som bruker denne mappen, og oppdateringer av den nasjonale vises ikke så lenge din finnes.

Vil du erstatte den nasjonale veiledningen?</source>
        <translation>“%1” is a national guide with the same id. If you save, your local guide replaces the national one on every counter PC that uses this folder, and updates of the national guide are not shown while yours exists.

Do you want to replace the national guide?</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="232"/>
        <source>Erstatt den nasjonale veiledningen</source>
        <translation>Replace the national guide</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="233"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="246"/>
        <source>Ikke lagret: den nasjonale veiledningen står som før.</source>
        <translation>Not saved: the national guide is as before.</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="253"/>
        <source>Lagret i %1. Veiledningen vises i vinduet og kan søkes opp.</source>
        <translation>Saved in %1. The guide is shown in the window and can be searched for.</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="262"/>
        <source>Veiledningen ble ikke lagret: %1</source>
        <translation>The guide was not saved: %1</translation>
    </message>
    <message>
        <location filename="../guide_editor.py" line="277"/>
        <source>Veiledningen har endringer som ikke er lagret. Vil du forkaste dem?</source>
        <translation>The guide has changes that are not saved. Do you want to discard them?</translation>
    </message>
</context>
<context>
    <name>GuideForm</name>
    <message>
        <location filename="../guide_form.py" line="63"/>
        <source>Veiledningens innhold</source>
        <translation>Content of the guide</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="66"/>
        <location filename="../guide_form.py" line="176"/>
        <source>Tittel (bokmål)</source>
        <translation>Title (bokmål)</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="67"/>
        <source>Slik ansatte sier det, for eksempel: Parkeringskort for forflytningshemmede</source>
        <translation>As staff say it, for example: Parkeringskort for forflytningshemmede</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="71"/>
        <source>Veiledningens id</source>
        <translation>The guide&apos;s id</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="73"/>
        <source>Tittel på nynorsk</source>
        <translation>Title in nynorsk</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="75"/>
        <source>Tittel på engelsk</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="77"/>
        <location filename="../guide_form.py" line="179"/>
        <source>Sammendrag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="78"/>
        <source>Én setning: hva innbyggeren vil få gjort</source>
        <translation>One sentence: what the citizen wants done</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="80"/>
        <location filename="../guide_form.py" line="180"/>
        <source>Søkeord</source>
        <translation>Search words</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="81"/>
        <source>Ord folk skriver, med komma mellom: parkering, hc-kort, handikapkort</source>
        <translation>Words people type, separated by commas: parkering, hc-kort, handikapkort</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="83"/>
        <location filename="../guide_form.py" line="181"/>
        <source>Etat</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="87"/>
        <location filename="../guide_form.py" line="182"/>
        <source>Besøkskategori</source>
        <translation>Visit category</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="88"/>
        <source>(ingen: staben velger kategori selv)</source>
        <translation>(none: staff choose the category)</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="91"/>
        <source>Dette trenger innbyggeren, én ting per linje</source>
        <translation>What the citizen needs, one thing per line</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="92"/>
        <location filename="../guide_form.py" line="184"/>
        <source>På vegne av andre</source>
        <translation>On behalf of others</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="96"/>
        <source>Sist kontrollert mot kildene</source>
        <translation>Last checked against the sources</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="99"/>
        <source>&amp;Tittel (bokmål):</source>
        <translation>&amp;Title (bokmål):</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="100"/>
        <source>Tittel (&amp;nynorsk):</source>
        <translation>Title (&amp;nynorsk):</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="101"/>
        <source>Tittel (&amp;engelsk):</source>
        <translation>Title (&amp;English):</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="102"/>
        <source>&amp;Sammendrag:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="102"/>
        <source>S&amp;økeord:</source>
        <translation>Search &amp;words:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="103"/>
        <source>&amp;Etat:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="103"/>
        <source>&amp;Besøkskategori:</source>
        <translation>&amp;Visit category:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="104"/>
        <source>&amp;Dette trenger innbyggeren
(én per linje):</source>
        <translation>What the citizen &amp;needs
(one per line):</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="105"/>
        <source>&amp;På vegne av andre:</source>
        <translation>&amp;On behalf of others:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="106"/>
        <source>Sist &amp;kontrollert mot kildene:</source>
        <translation>Last &amp;checked against the sources:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="111"/>
        <source>Om veiledningen</source>
        <translation>About the guide</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="117"/>
        <source>Kildene er etatens egne sider som veiledningen bygger på. Minst én må være på et offentlig domene, for eksempel kommunens egen nettside.</source>
        <translation>The sources are the agency&apos;s own pages the guide is based on. At least one must be on an official domain, for example the municipality&apos;s own website.</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="120"/>
        <source>Legg til kilde</source>
        <translation>Add source</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="121"/>
        <source>Fjern valgt kilde</source>
        <translation>Remove selected source</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="122"/>
        <source>Lokale opplysninger er det hvert servicetorg fyller inn selv under «Tilpass veiledningene». Skriv {{navn}} i teksten der verdien skal stå; felles opplysninger som {{senter.telefon}} trenger du ikke legge inn her.</source>
        <translation>Local facts are what each service centre fills in itself under “Customise the guides”. Write {{name}} in the text where the value goes; centre-wide facts such as {{senter.telefon}} need not be added here.</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="127"/>
        <source>Legg til opplysning</source>
        <translation>Add fact</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="128"/>
        <source>Fjern valgt opplysning</source>
        <translation>Remove selected fact</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="129"/>
        <source>Kilder og lokale opplysninger</source>
        <translation>Sources and local facts</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="132"/>
        <location filename="../guide_form.py" line="138"/>
        <location filename="../guide_form.py" line="189"/>
        <source>Tekst for ansatte</source>
        <translation>Text for staff</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="134"/>
        <source>Det ansatte ser på skjermen, skrevet i Markdown: «## » foran en overskrift, «1. » foran et steg, «- » foran et punkt, **fet** for det viktigste. Behold de fire overskriftene.</source>
        <translation>What staff see on screen, written in Markdown: “## ” before a heading, “1. ” before a step, “- ” before a bullet, **bold** for what matters most. Keep the four headings.</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="142"/>
        <source>Det som skrives ut til innbyggeren, på hvert språk. Skriv til «du», med korte setninger. En linje med en lokal opplysning som ikke er fylt ut, blir ikke skrevet ut: sett hver opplysning på sin egen linje.</source>
        <translation>What is printed for the citizen, in each language. Write to “you”, in short sentences. A line with a local fact that is not filled in is not printed: put each fact on its own line.</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="153"/>
        <source>Til innbyggeren</source>
        <translation>To the citizen</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="158"/>
        <source>Lokal opplysning som skal settes inn i teksten</source>
        <translation>Local fact to put into the text</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="159"/>
        <source>Sett &amp;inn i teksten</source>
        <translation>&amp;Insert into the text</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="160"/>
        <source>Sett inn den lokale opplysningen i teksten</source>
        <translation>Insert the local fact into the text</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="164"/>
        <source>Lokal opplysning:</source>
        <translation>Local fact:</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="175"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="177"/>
        <source>Tittel (nynorsk)</source>
        <translation>Title (nynorsk)</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="178"/>
        <source>Tittel (engelsk)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="183"/>
        <source>Dette trenger innbyggeren</source>
        <translation>What the citizen needs</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="185"/>
        <source>Sist kontrollert</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="186"/>
        <source>Relaterte veiledninger</source>
        <translation>Related guides</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="187"/>
        <source>Kilder</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../guide_form.py" line="188"/>
        <source>Lokale opplysninger</source>
        <translation>Local facts</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <location filename="../guide_view.py" line="98"/>
        <source>Tittel på veiledningen</source>
        <translation>Guide title</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="102"/>
        <source>Etat og status</source>
        <translation>Agency and status</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="103"/>
        <source>Bør kontrolleres</source>
        <translation>Needs a check</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="104"/>
        <source>Dette trenger innbyggeren</source>
        <translation>What the citizen needs</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="106"/>
        <source>På vegne av andre</source>
        <translation>On behalf of others</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="108"/>
        <source>&amp;Logg denne hjelpen</source>
        <translation>&amp;Log this help</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="109"/>
        <source>Logg denne hjelpen</source>
        <translation>Log this help</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="110"/>
        <source>Logg besøket i kategorien til denne veiledningen (Ctrl+L)</source>
        <translation>Log the visit in this guide&apos;s category (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="112"/>
        <source>Skriv &amp;ut for innbygger</source>
        <translation>&amp;Print for the citizen</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="113"/>
        <source>Skriv ut for innbygger</source>
        <translation>Print for the citizen</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="115"/>
        <source>bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="115"/>
        <source>nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="115"/>
        <source>engelsk</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="119"/>
        <source>Skriv ut på %1 …</source>
        <translation>Print in %1 …</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="124"/>
        <source>Lagre som PDF på %1 …</source>
        <translation>Save as PDF in %1 …</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="181"/>
        <source>Gjennomgangen skulle vært gjort %1.</source>
        <translation>The review was due %1.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="184"/>
        <source>Ingen av kildene har en registrert dato på siden.</source>
        <translation>None of the sources has a recorded page date.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="186"/>
        <source>Ingen av kildene er en side datert de siste %1 årene (nyeste: %2).</source>
        <translation>None of the sources is a page dated within the last %1 years (newest: %2).</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="189"/>
        <source>Sjekk kildene før du stoler på den.</source>
        <translation>Check the sources before you rely on it.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="190"/>
        <source>Bør kontrolleres:</source>
        <translation>Needs a check:</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="201"/>
        <source>Skriv ut eller lagre som PDF den delen av veiledningen som er skrevet til innbyggeren (Ctrl+P)</source>
        <translation>Print or save as PDF the part of the guide written to the citizen (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="203"/>
        <source>Denne veiledningen har ingen tekst til innbyggeren ennå, så den kan ikke skrives ut.</source>
        <translation>This guide has no text for the citizen yet, so it cannot be printed.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="132"/>
        <source>Veiledningstekst</source>
        <translation>Guide text</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="156"/>
        <source>Ingen veiledning valgt</source>
        <translation>No guide selected</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="157"/>
        <source>Søk til venstre, og trykk Enter for å åpne en veiledning.</source>
        <translation>Search on the left and press Enter to open a guide.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="165"/>
        <source>Lokal veiledning</source>
        <translation>Local guide</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="166"/>
        <source>Lokal veiledning (erstatter den innebygde)</source>
        <translation>Local guide (replaces the bundled one)</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="167"/>
        <source>Gjennomgått %1</source>
        <translation>Reviewed %1</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="211"/>
        <source>Skriv det innbyggeren sier: «bank id», «glemt passord», «nav brev», «skattemelding».</source>
        <translation>Type what the citizen says: “bank id”, “glemt passord”, “nav brev”, “tax return”.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="212"/>
        <source>↑ og ↓ velger, Enter åpner. Ctrl+K tar deg tilbake til søket.</source>
        <translation>↑ and ↓ choose, Enter opens. Ctrl+K takes you back to the search.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="213"/>
        <source>Logg besøket til høyre: Ctrl+1–9 for de vanligste, Ctrl+J for andre. Ctrl+Z angrer.</source>
        <translation>Log the visit on the right: Ctrl+1–9 for the most used, Ctrl+J for others. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="214"/>
        <source>Ingen navn, fødselsnummer eller fritekst lagres – bare kategorien.</source>
        <translation>No names, ID numbers or free text are stored – only the category.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="217"/>
        <source>Slik bruker du frontdesk</source>
        <translation>How to use frontdesk</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="227"/>
        <source>Relaterte veiledninger</source>
        <translation>Related guides</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <location filename="../handout_actions.py" line="42"/>
        <location filename="../handout_actions.py" line="54"/>
        <source>Skriv ut for innbygger</source>
        <translation>Print for the citizen</translation>
    </message>
    <message>
        <location filename="../handout_actions.py" line="64"/>
        <location filename="../handout_actions.py" line="72"/>
        <source>Lagre som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../handout_actions.py" line="65"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../handout_actions.py" line="73"/>
        <source>PDF-en kunne ikke lagres i %1. Velg en mappe du kan skrive i, for eksempel Dokumenter.</source>
        <translation>The PDF could not be saved in %1. Choose a folder you can write to, for example Documents.</translation>
    </message>
    <message>
        <location filename="../handout_actions.py" line="76"/>
        <source>Lagret %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>LocalEditors</name>
    <message>
        <location filename="../local_editors.py" line="62"/>
        <source>&amp;Tilpass veiledningene …</source>
        <translation>&amp;Customise the guides …</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="63"/>
        <source>Ny &amp;lokal veiledning …</source>
        <translation>New &amp;local guide …</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="64"/>
        <location filename="../local_editors.py" line="78"/>
        <source>&amp;Rediger lokal veiledning …</source>
        <translation>&amp;Edit local guide …</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="75"/>
        <source>Lag lokal &amp;kopi av «%1» …</source>
        <translation>Make a local &amp;copy of “%1” …</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="83"/>
        <source>Å tilpasse veiledningene krever leder-PIN.</source>
        <translation>Customising the guides needs the supervisor PIN.</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="86"/>
        <source>«%1» er ikke fylt ut for dette servicetorget.</source>
        <translation>“%1” is not filled in for this service centre.</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="88"/>
        <source>En leder kan fylle den inn; det krever leder-PIN.</source>
        <translation>A supervisor can fill it in; that needs the supervisor PIN.</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="104"/>
        <source>Tilpass veiledningene</source>
        <translation>Customise the guides</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="105"/>
        <source>Fila med lokale opplysninger kan ikke leses, så den kan ikke endres her før den er rettet:</source>
        <translation>The file of local facts cannot be read, so it cannot be changed here until it is fixed:</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="125"/>
        <source>De lokale opplysningene er lagret.</source>
        <translation>The local facts are saved.</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="143"/>
        <source>Rediger lokal veiledning</source>
        <translation>Edit local guide</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="144"/>
        <source>Åpne veiledningen du vil endre (søk til venstre), og velg dette igjen.</source>
        <translation>Open the guide you want to change (search on the left), and choose this again.</translation>
    </message>
    <message>
        <location filename="../local_editors.py" line="150"/>
        <source>Å skrive og endre lokale veiledninger krever leder-PIN.</source>
        <translation>Writing and changing local guides needs the supervisor PIN.</translation>
    </message>
</context>
<context>
    <name>LocalFacts</name>
    <message>
        <location filename="../local_fact_rows.py" line="24"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="24"/>
        <source>telefonnummer</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="25"/>
        <source>e-postadresse</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="25"/>
        <source>nettadresse</source>
        <translation>web address</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="26"/>
        <source>dato</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="26"/>
        <source>åpningstider</source>
        <translation>opening hours</translation>
    </message>
</context>
<context>
    <name>LocalFactsDialog</name>
    <message>
        <location filename="../local_facts_dialog.py" line="48"/>
        <location filename="../local_facts_dialog.py" line="283"/>
        <source>Tilpass veiledningene</source>
        <translation>Customise the guides</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="60"/>
        <source>Det dere fyller inn her, står i veiledningene og på utskriftene til innbyggerne. Et tomt felt vises som «ikke fylt ut lokalt», og en linje til innbyggeren med en tom opplysning blir ikke skrevet ut. Nye versjoner av veiledningene endrer aldri dette.</source>
        <translation>What you fill in here stands in the guides and on the handouts for citizens. An empty field shows as “ikke fylt ut lokalt” (not filled in locally), and a line for the citizen with an empty fact is not printed. New versions of the guides never change this.</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="66"/>
        <source>Hvor mange som er fylt ut</source>
        <translation>How many are filled in</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="71"/>
        <source>Filtrer på opplysning, veiledning eller verdi</source>
        <translation>Filter by fact, guide or value</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="72"/>
        <source>Filtrer opplysningene</source>
        <translation>Filter the facts</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="74"/>
        <source>Bare &amp;tomme</source>
        <translation>Only &amp;empty</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="75"/>
        <source>Vis bare opplysninger som ikke er fylt ut</source>
        <translation>Show only facts that are not filled in</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="84"/>
        <source>Lokale opplysninger</source>
        <translation>Local facts</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="88"/>
        <source>Veiledning som skal få et Hos oss-notat</source>
        <translation>Guide to get a “Hos oss” note</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="92"/>
        <source>Legg til «Hos oss» …</source>
        <translation>Add “Hos oss” …</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="93"/>
        <source>Legg til et Hos oss-notat for veiledningen</source>
        <translation>Add a “Hos oss” note for the guide</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="100"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="102"/>
        <location filename="../local_facts_dialog.py" line="103"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="112"/>
        <source>Notat for en annen veiledning:</source>
        <translation>Note for another guide:</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="154"/>
        <source>For hele senteret</source>
        <translation>For the whole centre</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="171"/>
        <source>Foreldreløse verdier og notater (ingen veiledning bruker dem lenger)</source>
        <translation>Orphaned values and notes (no guide uses them any more)</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="198"/>
        <source>%1 av %2 er fylt ut</source>
        <translation>%1 of %2 are filled in</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="203"/>
        <source>Rett feltene som er merket med ⚠ før du lagrer.</source>
        <translation>Correct the fields marked with ⚠ before you save.</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="257"/>
        <source>Lagrer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="272"/>
        <source>Opplysningene ble ikke lagret, og ingenting er endret: %1</source>
        <translation>The facts were not saved, and nothing has changed: %1</translation>
    </message>
    <message>
        <location filename="../local_facts_dialog.py" line="284"/>
        <source>Du har endringer som ikke er lagret. Vil du forkaste dem?</source>
        <translation>You have changes that are not saved. Do you want to discard them?</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../main_menus.py" line="51"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="52"/>
        <source>&amp;Innstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="53"/>
        <source>&amp;Sett opp skranken …</source>
        <translation>&amp;Set up this counter …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="55"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="56"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="57"/>
        <source>&amp;Søk</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="59"/>
        <source>Stø&amp;rre tekst</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="60"/>
        <source>&amp;Mindre tekst</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="61"/>
        <source>&amp;Vanlig tekststørrelse</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="62"/>
        <source>&amp;Besøk</source>
        <translation>Vi&amp;sits</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="63"/>
        <source>&amp;Finn kategori</source>
        <translation>&amp;Find category</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="64"/>
        <source>&amp;Logg denne hjelpen</source>
        <translation>&amp;Log this help</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="65"/>
        <location filename="../main_menus.py" line="97"/>
        <source>&amp;Angre siste besøk</source>
        <translation>&amp;Undo last visit</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="68"/>
        <source>Logg &amp;kurs eller arrangement …</source>
        <translation>Log a &amp;course or event …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="69"/>
        <source>V&amp;eiledninger</source>
        <translation>&amp;Guides</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="70"/>
        <source>Skriv &amp;ut for innbygger …</source>
        <translation>&amp;Print for the citizen …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="75"/>
        <source>Last inn veiledninger på &amp;nytt</source>
        <translation>&amp;Reload guides</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="76"/>
        <source>Veilednings&amp;problemer …</source>
        <translation>Guide &amp;problems …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="78"/>
        <source>&amp;Importer veiledningspakke …</source>
        <translation>&amp;Import guide pack …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="80"/>
        <source>&amp;Rapporter</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="81"/>
        <source>&amp;Rapporter …</source>
        <translation>&amp;Reports …</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="82"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="83"/>
        <source>&amp;Tastatursnarveier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="96"/>
        <source>&amp;Angre «%1»</source>
        <translation>&amp;Undo “%1”</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="101"/>
        <source>Gå til søkefeltet</source>
        <translation>Go to the search box</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="102"/>
        <source>Velg og åpne en veiledning</source>
        <translation>Choose and open a guide</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="103"/>
        <source>Logg en favorittkategori</source>
        <translation>Log a favourite category</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="104"/>
        <source>Finn en annen kategori</source>
        <translation>Find another category</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="105"/>
        <source>Logg hjelpen i den åpne veiledningen</source>
        <translation>Log the help in the open guide</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="106"/>
        <source>Angre siste logging</source>
        <translation>Undo the last logged visit</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="107"/>
        <source>Logg kurs eller arrangement</source>
        <translation>Log a course or event</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="108"/>
        <source>Skriv ut for innbygger</source>
        <translation>Print for the citizen</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="109"/>
        <source>Større, mindre eller vanlig tekst</source>
        <translation>Larger, smaller or normal text</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="110"/>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="111"/>
        <source>Last inn veiledninger på nytt</source>
        <translation>Reload guides</translation>
    </message>
    <message>
        <location filename="../main_menus.py" line="114"/>
        <source>Tastatursnarveier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>Delt mappe for besøkstall</source>
        <translation>Shared visits folder</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>Besøksloggen er gjenopprettet</source>
        <translation>Visit log restored</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178"/>
        <source>Veiledningene kunne ikke lastes. Se loggfilen, og prøv «Last inn veiledninger på nytt».</source>
        <translation>The guides could not be loaded. See the log file and try “Reload guides”.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>Søket feilet. Prøv igjen, eller start programmet på nytt.</source>
        <translation>The search failed. Try again, or restart the program.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="180"/>
        <source>Veiledninger</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196"/>
        <source>De lokale opplysningene kan ikke leses: %1</source>
        <translation>The local facts cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="26"/>
        <source>Lenken åpnes i nettleseren og går til:</source>
        <translation>The link opens in the web browser and goes to:</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="28"/>
        <source>Advarsel: dette er ikke et av de offentlige nettstedene på listen. Sjekk at det er riktig side før innbyggeren logger inn eller oppgir noe.</source>
        <translation>Warning: this is not one of the official websites on the list. Check that it is the right site before the citizen logs in or enters anything.</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="31"/>
        <source>Åpne lenke</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="34"/>
        <source>Åpne i nettleseren</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="35"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>Innstillinger lagret</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="269"/>
        <source>Endringen av språk eller veiledningsmappe gjelder fra neste gang du starter frontdesk.</source>
        <translation>The change of language or guides folder takes effect the next time you start frontdesk.</translation>
    </message>
</context>
<context>
    <name>NoteRow</name>
    <message>
        <location filename="../local_fact_rows.py" line="151"/>
        <source>Hos oss (vises under veiledningen)</source>
        <translation>Hos oss (“with us”, shown below the guide)</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="152"/>
        <source>Notat for %1 · veiledningen finnes ikke lenger</source>
        <translation>Note for %1 · the guide no longer exists</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="155"/>
        <source>Hos oss-notat for «%1»</source>
        <translation>“Hos oss” note for “%1”</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="156"/>
        <source>Det som er spesielt hos dere, for eksempel: Hos oss tar servicetorget imot papirsøknader.</source>
        <translation>What is special at your centre, for example: Hos oss tar servicetorget imot papirsøknader.</translation>
    </message>
    <message>
        <location filename="../local_fact_rows.py" line="165"/>
        <source>Fjern notatet for %1 ved lagring</source>
        <translation>Remove the note for %1 when saving</translation>
    </message>
</context>
<context>
    <name>PackChangeDialog</name>
    <message>
        <location filename="../pack_import.py" line="52"/>
        <source>Veiledningspakke importert</source>
        <translation>Guide pack imported</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="54"/>
        <source>Veiledningspakken «%1», versjon %2, er installert.</source>
        <translation>The guide pack “%1”, version %2, is installed.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="56"/>
        <source>Veiledningspakken «%1», versjon %2, er installert i stedet for versjon %3.</source>
        <translation>The guide pack “%1”, version %2, is installed in place of version %3.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="62"/>
        <source>Endringer i veiledningene</source>
        <translation>Changes to the guides</translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="66"/>
        <source>Nye veiledninger (%n)</source>
        <translation>
            <numerusform>New guides (%n)</numerusform>
            <numerusform>New guides (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="67"/>
        <source>Oppdaterte veiledninger (%n)</source>
        <translation>
            <numerusform>Updated guides (%n)</numerusform>
            <numerusform>Updated guides (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="68"/>
        <source>Fjernede veiledninger (%n)</source>
        <translation>
            <numerusform>Removed guides (%n)</numerusform>
            <numerusform>Removed guides (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="69"/>
        <source>Erstatter andre veiledninger (%n)</source>
        <translation>
            <numerusform>Replaces other guides (%n)</numerusform>
            <numerusform>Replaces other guides (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="71"/>
        <source>Vises ikke (%n)</source>
        <translation>
            <numerusform>Not shown (%n)</numerusform>
            <numerusform>Not shown (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="78"/>
        <source>Ingen endringer: denne versjonen av pakken var allerede installert.</source>
        <translation>No changes: this version of the pack was already installed.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="80"/>
        <location filename="../pack_import.py" line="81"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="89"/>
        <source>«%1» erstatter «%2» fra pakken «%3»</source>
        <translation>“%1” replaces “%2” from the pack “%3”</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="90"/>
        <source>«%1» erstatter den medfølgende veiledningen «%2»</source>
        <translation>“%1” replaces the bundled guide “%2”</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="95"/>
        <source>«%1» vises ikke: pakken «%3» har en veiledning med samme id («%2»)</source>
        <translation>“%1” is not shown: the pack “%3” has a guide with the same id (“%2”)</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="96"/>
        <source>«%1» vises ikke: den lokale veiledningen «%2» har samme id</source>
        <translation>“%1” is not shown: the local guide “%2” has the same id</translation>
    </message>
</context>
<context>
    <name>PackImporter</name>
    <message>
        <location filename="../pack_import.py" line="131"/>
        <source>Import av veiledningspakker krever leder-PIN.</source>
        <translation>Importing guide packs needs the supervisor PIN.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="137"/>
        <location filename="../pack_import.py" line="188"/>
        <location filename="../pack_import.py" line="196"/>
        <source>Importer veiledningspakke</source>
        <translation>Import guide pack</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="138"/>
        <source>Veiledningspakker (*.zip)</source>
        <translation>Guide packs (*.zip)</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="179"/>
        <source>Veiledningspakken kunne ikke installeres, og ingenting er endret.</source>
        <translation>The guide pack could not be installed, and nothing has changed.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="182"/>
        <source>Veiledningspakken ble ikke importert, og ingenting er endret.</source>
        <translation>The guide pack was not imported, and nothing has changed.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="185"/>
        <source>Veiledningspakken kunne ikke leses eller installeres: %1</source>
        <translation>The guide pack could not be read or installed: %1</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="194"/>
        <source>Veiledningspakken «%1», versjon %2, er eldre enn versjonen som er installert (%3). Vil du likevel gå tilbake til den eldre versjonen?</source>
        <translation>The guide pack “%1”, version %2, is older than the installed version (%3). Do you want to go back to the older version anyway?</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="200"/>
        <source>Installer den eldre versjonen</source>
        <translation>Install the older version</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="201"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../pin_dialog.py" line="25"/>
        <location filename="../pin_dialog.py" line="31"/>
        <location filename="../pin_dialog.py" line="32"/>
        <source>Leder-PIN</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="37"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
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
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="69"/>
        <source>Feil PIN-kode.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pin_dialog.py" line="71"/>
        <source>For mange feil forsøk. Prøv igjen om %n sekunder.</source>
        <translation>
            <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pin_dialog.py" line="73"/>
        <source>Ingen leder-PIN er satt.</source>
        <translation>No supervisor PIN is set.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../problems_dialog.py" line="14"/>
        <source>Veiledningsproblemer</source>
        <translation>Guide problems</translation>
    </message>
    <message>
        <location filename="../problems_dialog.py" line="17"/>
        <source>Veiledninger med feil er hoppet over; resten virker som vanlig. Rett filen og velg «Last inn veiledninger på nytt». Advarsler betyr at veiledningen vises, men bør sjekkes.</source>
        <translation>Guides with errors were skipped; the rest work as usual. Fix the file and choose “Reload guides”. Warnings mean the guide is shown but should be checked.</translation>
    </message>
    <message>
        <location filename="../problems_dialog.py" line="21"/>
        <source>Liste over veiledningsproblemer</source>
        <translation>List of guide problems</translation>
    </message>
    <message>
        <location filename="../problems_dialog.py" line="24"/>
        <source>Feil: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../problems_dialog.py" line="27"/>
        <source>Ingen problemer funnet.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../problems_dialog.py" line="29"/>
        <location filename="../problems_dialog.py" line="30"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../report_files.py" line="54"/>
        <source>Lagre rapport</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../report_files.py" line="60"/>
        <location filename="../report_files.py" line="80"/>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../report_files.py" line="61"/>
        <source>Velg en fil som slutter på .csv, .xlsx eller .json.</source>
        <translation>Choose a file name ending in .csv, .xlsx or .json.</translation>
    </message>
    <message>
        <location filename="../report_files.py" line="81"/>
        <source>Kunne ikke lagre filen: %1</source>
        <translation>Could not save the file: %1</translation>
    </message>
    <message>
        <location filename="../report_files.py" line="100"/>
        <location filename="../report_files.py" line="120"/>
        <source>Importer stasjonsfiler</source>
        <translation>Import station files</translation>
    </message>
    <message>
        <location filename="../report_files.py" line="101"/>
        <source>Stasjonsfiler (*.json)</source>
        <translation>Station files (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../report_files.py" line="115"/>
        <source>Besøk importert: %n.</source>
        <translation>
            <numerusform>%n visit imported.</numerusform>
            <numerusform>%n visits imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report_files.py" line="117"/>
        <source>Kurs og arrangementer importert: %1.</source>
        <translation>Courses and events imported: %1.</translation>
    </message>
</context>
<context>
    <name>ReportTabs</name>
    <message>
        <location filename="../report_tabs.py" line="51"/>
        <source>Fordel etter</source>
        <translation>Break down by</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="55"/>
        <source>Tabell med antall</source>
        <translation>Table of counts</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="59"/>
        <source>Stolpediagram per kategori</source>
        <translation>Bar chart by category</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="62"/>
        <source>Besøk per ukedag og time</source>
        <translation>Visits by weekday and hour</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="65"/>
        <source>Ta med deltakere på kurs og arrangementer (etter starttime)</source>
        <translation>Include participants in courses and events (by start hour)</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="73"/>
        <source>Kurs og arrangementer per type</source>
        <translation>Courses and events by kind</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="80"/>
        <source>Fordel &amp;etter:</source>
        <translation>&amp;Break down by:</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="87"/>
        <source>Tabell</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="88"/>
        <source>Diagram</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="89"/>
        <source>Når folk kommer</source>
        <translation>When people come</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="90"/>
        <source>Kurs og arrangementer</source>
        <translation>Courses and events</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="93"/>
        <source>Malen for digital deltakelse</source>
        <translation>The digital participation template</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="95"/>
        <source>Digital deltakelse</source>
        <translation>Digital participation</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="99"/>
        <source>Skranker</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="137"/>
        <source>Antall</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../report_tabs.py" line="137"/>
        <source>Forrige periode</source>
        <translation>Previous period</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../reports_view.py" line="70"/>
        <location filename="../reports_view.py" line="184"/>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="75"/>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="80"/>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="80"/>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="88"/>
        <source>Sammendrag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="90"/>
        <source>Arbeider …</source>
        <translation>Working …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="108"/>
        <source>Eksporter CSV …</source>
        <translation>Export CSV …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="108"/>
        <source>Eksporter XLSX …</source>
        <translation>Export XLSX …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="109"/>
        <source>Eksporter JSON …</source>
        <translation>Export JSON …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="115"/>
        <source>Digital deltakelse (mal) …</source>
        <translation>Digital participation (template) …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="116"/>
        <source>Eksporter malen for digital deltakelse</source>
        <translation>Export the digital participation template</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="118"/>
        <source>Importer stasjonsfiler …</source>
        <translation>Import station files …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="119"/>
        <source>Importer stasjonsfiler</source>
        <translation>Import station files</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="121"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="129"/>
        <source>&amp;Måned:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="129"/>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="130"/>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports_view.py" line="226"/>
        <source>Totalt %1 besøk i %2, mot %3 i %4.</source>
        <translation>
            <numerusform>%1 visit in total in %2, against %3 in %4.</numerusform>
            <numerusform>%1 visits in total in %2, against %3 in %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="230"/>
        <source>(Sammenlignet med like mange dager rett før.)</source>
        <translation>(Compared with as many days right before.)</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="232"/>
        <source>Endring: %1.</source>
        <translation>Change: %1.</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="236"/>
        <source>Kurs og arrangementer: %1 (deltakere: %2, frivillige timer: %3).</source>
        <translation>Courses and events: %1 (participants: %2, volunteer hours: %3).</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="240"/>
        <source>Utelatt (sammenslåtte måneder som bare delvis er med): %1.</source>
        <translation>Left out (folded months only partly in the period): %1.</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="27"/>
        <source>Besøk per kategori (de %1 største)</source>
        <translation>Visits by category (the %1 largest)</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="31"/>
        <source>Besøk</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="88"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="91"/>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="93"/>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="95"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="95"/>
        <source>Arrangementer</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="96"/>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="96"/>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="97"/>
        <source>Frivillige timer</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="258"/>
        <source>Lagret %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>ScheduledPush</name>
    <message>
        <location filename="../central_push.py" line="75"/>
        <source>Sending til sentral database</source>
        <translation>Sending to the central database</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="92"/>
        <source>Sentral: venter</source>
        <translation>Central: waiting</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="93"/>
        <source>Besøk og arrangementer sendes til den sentrale databasen «%1» hver time.</source>
        <translation>Visits and events are sent to the central database “%1” every hour.</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="108"/>
        <source>Sentral: sender …</source>
        <translation>Central: sending …</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="116"/>
        <source>Sentral: sendt %1</source>
        <translation>Central: sent %1</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="117"/>
        <source>Siste sending til «%1» kl. %2. Nye besøk: %3. Nye arrangementer: %4.</source>
        <translation>Last sent to “%1” at %2. New visits: %3. New events: %4.</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="125"/>
        <source>Sentral: ikke sendt</source>
        <translation>Central: not sent</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="127"/>
        <source>Sendingen til den sentrale databasen feilet (%1). Neste forsøk om en time.</source>
        <translation>Sending to the central database failed (%1). The next try is in an hour.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../search_panel.py" line="112"/>
        <source>Søk i veiledninger (Ctrl+K)</source>
        <translation>Search the guides (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="113"/>
        <source>Søk i veiledninger</source>
        <translation>Search the guides</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="119"/>
        <source>Søkeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="125"/>
        <source>Søkestatus</source>
        <translation>Search status</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="212"/>
        <source>Ingen treff.</source>
        <translation>No results.</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="215"/>
        <source>Mente du</source>
        <translation>Did you mean</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="217"/>
        <source>Viser treff for «%1»:</source>
        <translation>Showing results for “%1”:</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="219"/>
        <source>Prøv færre eller andre ord, for eksempel etaten eller tjenesten.</source>
        <translation>Try fewer or other words, for example the agency or the service.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="56"/>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="59"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <source>Stasjon</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67"/>
        <source>Et kort navn på denne skranken, for eksempel skranke-1</source>
        <translation>A short name for this counter, for example skranke-1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>Navn på senteret</source>
        <translation>Centre name</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>Kommunenummer</source>
        <translation>Municipality number</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="72"/>
        <source>Fire sifre, for eksempel 0301. Sammen med navnet på senteret viser det hvilket senter besøkene i en sentral database kommer fra.</source>
        <translation>Four digits, for example 0301. With the centre&apos;s name it tells which centre the visits in a central database come from.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="75"/>
        <source>Sentral database (tjenestenavn)</source>
        <translation>Central database (service name)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="76"/>
        <source>Navnet IT har gitt databasen i pg_service.conf, aldri et passord. Tomt: besøkene sendes ikke til noen sentral database.</source>
        <translation>The name IT gave the database in pg_service.conf, never a password. Empty: visits are not sent to any central database.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="79"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="85"/>
        <source>Tekststørrelse</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="90"/>
        <source>Også Ctrl++ og Ctrl+- i hovedvinduet; Ctrl+0 gir 100 %</source>
        <translation>Also Ctrl++ and Ctrl+- in the main window; Ctrl+0 gives 100%</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="92"/>
        <source>Oppbevaring i måneder</source>
        <translation>Retention in months</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="94"/>
        <source> måneder</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="96"/>
        <source>Enkeltbesøk eldre enn dette slås sammen til månedstall</source>
        <translation>Single visits older than this are folded into monthly totals</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="100"/>
        <source>Kanal (oppmøte, telefon, video)</source>
        <translation>Channel (in person, phone, video)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="101"/>
        <source>Hvordan hjelpen ble gitt (veiledet, sammen, på vegne av)</source>
        <translation>How the help was given (guided, together, on behalf)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="102"/>
        <source>Utfall (løst, delvis, henvist)</source>
        <translation>Outcome (solved, partly, referred)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="103"/>
        <source>Henvist til</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="104"/>
        <source>Tid brukt</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="105"/>
        <source>Hvilken veiledning som ble brukt</source>
        <translation>Which guide was used</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="106"/>
        <source>Alder (under 67, 67 eller eldre)</source>
        <translation>Age (under 67, 67 or older)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="107"/>
        <source>Om innbyggeren har vært her før for samme behov</source>
        <translation>Whether the citizen came before for the same need</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="108"/>
        <source>Språkhjelp (annet språk, tolk – aldri hvilket språk)</source>
        <translation>Language help (another language, interpreter – never which language)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Mappe for lokale veiledninger</source>
        <translation>Folder for local guides</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="127"/>
        <source>Velg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="128"/>
        <location filename="../settings_dialog.py" line="180"/>
        <source>Velg mappe for lokale veiledninger</source>
        <translation>Choose the folder for local guides</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="130"/>
        <source>Åpne mappen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="131"/>
        <source>Åpne mappen med lokale veiledninger</source>
        <translation>Open the folder with local guides</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="133"/>
        <location filename="../settings_dialog.py" line="134"/>
        <source>Last inn veiledninger på nytt</source>
        <translation>Reload guides</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="146"/>
        <source>&amp;Stasjon:</source>
        <translation>&amp;Station:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="147"/>
        <source>&amp;Navn på senteret:</source>
        <translation>&amp;Centre name:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="148"/>
        <source>&amp;Kommunenummer:</source>
        <translation>&amp;Municipality number:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="149"/>
        <source>Sentral &amp;database:</source>
        <translation>Central &amp;database:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="150"/>
        <source>S&amp;pråk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="151"/>
        <source>&amp;Tekststørrelse:</source>
        <translation>&amp;Text size:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="160"/>
        <source>&amp;Oppbevaring:</source>
        <translation>&amp;Retention:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="158"/>
        <source>Spør også om:</source>
        <translation>Also ask about:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="159"/>
        <source>&amp;Favoritter (Ctrl+1–9):</source>
        <translation>&amp;Favourites (Ctrl+1–9):</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="152"/>
        <source>&amp;Lokale veiledninger:</source>
        <translation>Local &amp;guides:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="162"/>
        <source>Sk&amp;ranken</source>
        <translation>C&amp;ounter</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="163"/>
        <source>&amp;Besøk</source>
        <translation>&amp;Visits</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="166"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="167"/>
        <source>Lagre innstillingene</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="169"/>
        <location filename="../settings_dialog.py" line="170"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="216"/>
        <source>Endring av oppbevaringstid krever leder-PIN.</source>
        <translation>Changing the retention period needs the supervisor PIN.</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <location filename="../guide_editor_parts.py" line="79"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="79"/>
        <source>Nettadresse (https://…)</source>
        <translation>Web address (https://…)</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="79"/>
        <source>Lest</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="80"/>
        <source>Sidens dato</source>
        <translation>Page&apos;s date</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="80"/>
        <source>Ingen dato</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="83"/>
        <source>Siden har ingen dato</source>
        <translation>The page has no date</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="85"/>
        <source>Kilder</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="102"/>
        <source>Lest, kilde %1</source>
        <translation>Read, source %1</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="105"/>
        <source>Sidens dato, kilde %1</source>
        <translation>Page&apos;s date, source %1</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="107"/>
        <source>velg dato</source>
        <translation>choose a date</translation>
    </message>
    <message>
        <location filename="../guide_editor_parts.py" line="111"/>
        <source>Siden har ingen dato, kilde %1</source>
        <translation>The page has no date, source %1</translation>
    </message>
</context>
<context>
    <name>StationsTable</name>
    <message>
        <location filename="../sync_status.py" line="214"/>
        <source>Skranker i den delte mappen</source>
        <translation>Counters in the shared folder</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="216"/>
        <source>Skranke</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="216"/>
        <source>Sist skrevet (filserverens klokke)</source>
        <translation>Last written (file server&apos;s clock)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="217"/>
        <source>Sist sjekket</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="217"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="228"/>
        <source>%1 (denne PC-en)</source>
        <translation>%1 (this PC)</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="231"/>
        <source>en annen PC bruker samme navn</source>
        <translation>another PC uses the same name</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../sync_status.py" line="142"/>
        <source>Delt mappe: synkroniseringen feilet; prøver igjen senere.</source>
        <translation>Shared folder: sync failed; trying again later.</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="155"/>
        <source>Delt mappe: %1</source>
        <translation>Shared folder: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_status.py" line="159"/>
        <source>Delt mappe: %n skranke(r) med problemer (%1)</source>
        <translation>
            <numerusform>Shared folder: %n counter with problems (%1)</numerusform>
            <numerusform>Shared folder: %n counters with problems (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="161"/>
        <source>Delt mappe: oppdatert %1</source>
        <translation>Shared folder: updated %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../sync_status.py" line="194"/>
        <source>Delt mappe</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="201"/>
        <source>Delt mappe: synkroniserer …</source>
        <translation>Shared folder: syncing …</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <location filename="../visit_panel.py" line="69"/>
        <source>Besøkslogg</source>
        <translation>Visit log</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="74"/>
        <source>Besøk i dag</source>
        <translation>Visits today</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="76"/>
        <source>Vanligste</source>
        <translation>Most used</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="83"/>
        <source>Logg «%1» (Ctrl+%2)</source>
        <translation>Log “%1” (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="85"/>
        <source>Logg %1</source>
        <translation>Log %1</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="98"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="98"/>
        <source>Hjelp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="98"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="99"/>
        <source>Tid brukt</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="99"/>
        <source>Alder</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="100"/>
        <source>Samme behov før?</source>
        <translation>Same need before?</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="100"/>
        <source>Språkhjelp</source>
        <translation>Language help</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="111"/>
        <source>Henvist til</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="112"/>
        <source>Henvist til: ingen</source>
        <translation>Referred to: nobody</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="120"/>
        <source>Bekreftelse</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="121"/>
        <source>Angre (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="122"/>
        <source>Angre siste besøk</source>
        <translation>Undo the last visit</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="136"/>
        <source>Dagens telling per kategori</source>
        <translation>Today&apos;s count by category</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="140"/>
        <source>Kurs og arrangementer i dag</source>
        <translation>Courses and events today</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="141"/>
        <source>Kurs og arrangementer …</source>
        <translation>Courses and events …</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="142"/>
        <source>Logg et kurs, en drop-in-dag eller et informasjonsmøte (Ctrl+E)</source>
        <translation>Log a course, a drop-in day or an information meeting (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="149"/>
        <source>Logg besøket</source>
        <translation>Log the visit</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="170"/>
        <source>Logget utenfor vinduet: %1</source>
        <translation>Logged outside the window: %1</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="201"/>
        <source>Logget: %1</source>
        <translation>Logged: %1</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="213"/>
        <location filename="../visit_panel.py" line="225"/>
        <source>Ingenting å angre.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="220"/>
        <source>%1 ble ikke angret: %2 er logget etter det, utenfor vinduet.</source>
        <translation>%1 was not undone: %2 was logged after it, outside the window.</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="227"/>
        <source>Angret: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="260"/>
        <source>Kurs og arrangementer i dag: %1 (deltakere: %2)</source>
        <translation>Courses and events today: %1 (participants: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../visit_panel.py" line="274"/>
        <source>Besøk i dag: %n</source>
        <translation>
            <numerusform>Today: %n visit</numerusform>
            <numerusform>Today: %n visits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="279"/>
        <source>Ctrl+%1 · %2 i dag</source>
        <translation>Ctrl+%1 · %2 today</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <location filename="../window_status.py" line="29"/>
        <source>Laster veiledninger</source>
        <translation>Loading guides</translation>
    </message>
    <message>
        <location filename="../window_status.py" line="31"/>
        <source>Laster veiledninger … %p %</source>
        <translation>Loading guides … %p %</translation>
    </message>
    <message>
        <location filename="../window_status.py" line="34"/>
        <source>Vis veiledningsproblemer</source>
        <translation>Show guide problems</translation>
    </message>
    <message>
        <location filename="../window_status.py" line="39"/>
        <source>Vis feil i lokale lister</source>
        <translation>Show errors in local lists</translation>
    </message>
    <message>
        <location filename="../window_status.py" line="44"/>
        <source>Antall veiledninger og treff</source>
        <translation>Number of guides and hits</translation>
    </message>
    <message numerus="yes">
        <location filename="../window_status.py" line="52"/>
        <source>Veiledninger: %n</source>
        <translation>
            <numerusform>%n guide</numerusform>
            <numerusform>%n guides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../window_status.py" line="54"/>
        <source>De %1 beste treffene av %n veiledninger</source>
        <translation>
            <numerusform>The %1 best hits of %n guide</numerusform>
            <numerusform>The %1 best hits of %n guides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../window_status.py" line="56"/>
        <source>Treff: %1 av %n veiledninger</source>
        <translation>
            <numerusform>Hits: %1 of %n guide</numerusform>
            <numerusform>Hits: %1 of %n guides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../window_status.py" line="67"/>
        <source>Veiledningsproblemer: %n</source>
        <translation>
            <numerusform>%n guide problem</numerusform>
            <numerusform>%n guide problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../window_status.py" line="74"/>
        <source>Importerer veiledningspakke …</source>
        <translation>Importing guide pack …</translation>
    </message>
    <message numerus="yes">
        <location filename="../window_status.py" line="83"/>
        <source>Feil i lokale lister: %n</source>
        <translation>
            <numerusform>Error in local lists: %n</numerusform>
            <numerusform>Errors in local lists: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../window_status.py" line="87"/>
        <source>Disse oppføringene i kommunens egne lister er hoppet over. Rett filen og start frontdesk på nytt.</source>
        <translation>These entries of the municipality&apos;s own lists were skipped. Correct the file and start frontdesk again.</translation>
    </message>
    <message>
        <location filename="../window_status.py" line="89"/>
        <source>Feil i lokale lister</source>
        <translation>Errors in local lists</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../local_fact_rows.py" line="67"/>
        <source>Fjern ved lagring</source>
        <translation>Remove when saving</translation>
    </message>
</context>
</TS>
