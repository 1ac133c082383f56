<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="79"/>
        <source>frontdesk er allerede åpent på denne maskinen. Bruk vinduet som er åpent (se oppgavelinjen).</source>
        <translation>frontdesk is already open on this computer. Use the window that is open (see the taskbar).</translation>
    </message>
    <message>
        <location filename="../../app.py" line="88"/>
        <source>Besøksloggen er låst av et annet program. Lukk det andre programmet og start frontdesk på nytt.</source>
        <translation>The visit log is locked by another program. Close the other program and start frontdesk again.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="90"/>
        <source>Besøksloggen kunne ikke åpnes: %1</source>
        <translation>The visit log could not be opened: %1</translation>
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
        <location filename="../errors.py" line="42"/>
        <source>Dette ser ut som en personopplysning (for eksempel fødselsnummer, telefonnummer eller e-post), og kan ikke lagres. Fjern det og prøv igjen.</source>
        <translation>This looks like personal data (for example a national ID number, phone number or e-mail address) and cannot be saved. Remove it and try again.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="47"/>
        <source>Databasen er opptatt (kanskje er frontdesk åpent et annet sted, eller en sikkerhetskopi kjører). Vent litt og prøv igjen.</source>
        <translation>The database is busy (perhaps frontdesk is open elsewhere, or a backup is running). Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="50"/>
        <source>Kunne ikke lese eller skrive besøksloggen: %1</source>
        <translation>Could not read or write the visit log: %1</translation>
    </message>
    <message>
        <location filename="../errors.py" line="71"/>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../errors.py" line="87"/>
        <source>Noe uventet gikk galt. Det du holdt på med er kanskje ikke fullført, men programmet kjører videre.</source>
        <translation>Something unexpected went wrong. What you were doing may not have been completed, but the program keeps running.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="90"/>
        <source>Detaljer for IT-støtte ligger i loggfilen: %1</source>
        <translation>Details for IT support are in the log file: %1</translation>
    </message>
    <message>
        <location filename="../errors.py" line="92"/>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <location filename="../guide_view.py" line="86"/>
        <source>Tittel på veiledningen</source>
        <translation>Guide title</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="89"/>
        <source>Etat og status</source>
        <translation>Agency and status</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="90"/>
        <source>Varsel om gjennomgang</source>
        <translation>Review notice</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="91"/>
        <source>Dette trenger innbyggeren</source>
        <translation>What the citizen needs</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="92"/>
        <source>På vegne av andre</source>
        <translation>On behalf of others</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="94"/>
        <source>&amp;Logg denne hjelpen</source>
        <translation>&amp;Log this help</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="95"/>
        <source>Logg denne hjelpen</source>
        <translation>Log this help</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="96"/>
        <source>Logg besøket i kategorien til denne veiledningen (Ctrl+L)</source>
        <translation>Log the visit in this guide&apos;s category (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="98"/>
        <source>Skriv &amp;ut for innbygger</source>
        <translation>&amp;Print for the citizen</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="99"/>
        <source>Skriv ut for innbygger</source>
        <translation>Print for the citizen</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="100"/>
        <source>Skriv ut eller lagre som PDF (Ctrl+P)</source>
        <translation>Print or save as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="102"/>
        <source>Skriv ut …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="104"/>
        <source>Lagre som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="111"/>
        <source>Veiledningstekst</source>
        <translation>Guide text</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="134"/>
        <source>Ingen veiledning valgt</source>
        <translation>No guide selected</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="135"/>
        <source>Søk til venstre, og trykk Enter for å åpne en veiledning.</source>
        <translation>Search on the left and press Enter to open a guide.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="143"/>
        <source>Lokal veiledning</source>
        <translation>Local guide</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="144"/>
        <source>Lokal veiledning (erstatter den innebygde)</source>
        <translation>Local guide (replaces the bundled one)</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="145"/>
        <source>Gjennomgått %1</source>
        <translation>Reviewed %1</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="149"/>
        <source>Veiledningen skulle vært gjennomgått %1. Sjekk kildene før du stoler på den.</source>
        <translation>This guide was due for review on %1. Check the sources before relying on it.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="153"/>
        <source>På vegne av andre:</source>
        <translation>On behalf of others:</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="159"/>
        <source>Skriv det innbyggeren sier: «bank id», «glemt passord», «nav brev», «skattemelding».</source>
        <translation>Type what the citizen says: “bank id”, “glemt passord”, “nav brev”, “tax return”.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="160"/>
        <source>↑ og ↓ velger, Enter åpner. Ctrl+K tar deg tilbake til søket.</source>
        <translation>↑ and ↓ choose, Enter opens. Ctrl+K takes you back to the search.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="161"/>
        <source>Logg besøket til høyre: Ctrl+1–9 for de vanligste, Ctrl+J for andre. Ctrl+Z angrer.</source>
        <translation>Log the visit on the right: Ctrl+1–9 for the most used, Ctrl+J for others. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="162"/>
        <source>Ingen navn, fødselsnummer eller fritekst lagres – bare kategorien.</source>
        <translation>No names, ID numbers or free text are stored – only the category.</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="165"/>
        <source>Slik bruker du frontdesk</source>
        <translation>How to use frontdesk</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="172"/>
        <source>Innbyggeren trenger:</source>
        <translation>The citizen needs:</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="181"/>
        <source>Relaterte veiledninger</source>
        <translation>Related guides</translation>
    </message>
    <message>
        <location filename="../guide_view.py" line="187"/>
        <source>Kilder</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../handout.py" line="25"/>
        <source>Etat</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../handout.py" line="26"/>
        <source>Dette trenger du</source>
        <translation>What you need</translation>
    </message>
    <message>
        <location filename="../handout.py" line="27"/>
        <source>På vegne av andre:</source>
        <translation>On behalf of others:</translation>
    </message>
    <message>
        <location filename="../handout.py" line="28"/>
        <source>Mer informasjon</source>
        <translation>More information</translation>
    </message>
    <message>
        <location filename="../handout.py" line="45"/>
        <source>Skrevet ut %1</source>
        <translation>Printed %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="77"/>
        <source>Laster veiledninger</source>
        <translation>Loading guides</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="79"/>
        <source>Laster veiledninger … %p %</source>
        <translation>Loading guides … %p %</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82"/>
        <source>Vis veiledningsproblemer</source>
        <translation>Show guide problems</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;Innstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;Søk</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>Stø&amp;rre tekst</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>&amp;Mindre tekst</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>&amp;Vanlig tekststørrelse</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137"/>
        <source>&amp;Besøk</source>
        <translation>Vi&amp;sits</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>&amp;Finn kategori</source>
        <translation>&amp;Find category</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139"/>
        <source>&amp;Logg denne hjelpen</source>
        <translation>&amp;Log this help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="140"/>
        <source>&amp;Angre siste besøk</source>
        <translation>&amp;Undo last visit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>V&amp;eiledninger</source>
        <translation>&amp;Guides</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Skriv &amp;ut for innbygger …</source>
        <translation>&amp;Print for the citizen …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144"/>
        <source>Lagre som &amp;PDF …</source>
        <translation>Save as P&amp;DF …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146"/>
        <source>Last inn veiledninger på &amp;nytt</source>
        <translation>&amp;Reload guides</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <source>Veilednings&amp;problemer …</source>
        <translation>Guide &amp;problems …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>&amp;Importer veiledningspakke …</source>
        <translation>&amp;Import guide pack …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151"/>
        <source>&amp;Rapporter</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152"/>
        <source>&amp;Rapporter …</source>
        <translation>&amp;Reports …</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154"/>
        <source>&amp;Tastatursnarveier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167"/>
        <source>Besøksloggen er gjenopprettet</source>
        <translation>Visit log restored</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="183"/>
        <source>Veiledninger: %n</source>
        <translation>
            <numerusform>%n guide</numerusform>
            <numerusform>%n guides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="185"/>
        <source>Veiledningsproblemer: %n</source>
        <translation>
            <numerusform>%n guide problem</numerusform>
            <numerusform>%n guide problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>Veiledningene kunne ikke lastes. Se loggfilen, og prøv «Last inn veiledninger på nytt».</source>
        <translation>The guides could not be loaded. See the log file and try “Reload guides”.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>Søket feilet. Prøv igjen, eller start programmet på nytt.</source>
        <translation>The search failed. Try again, or restart the program.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194"/>
        <source>Veiledninger</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="212"/>
        <source>Importerer veiledningspakke …</source>
        <translation>Importing guide pack …</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="20"/>
        <source>Lenken åpnes i nettleseren og går til:</source>
        <translation>The link opens in the web browser and goes to:</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="22"/>
        <source>Advarsel: dette er ikke et av de offentlige nettstedene på listen. Sjekk at det er riktig side før innbyggeren logger inn eller oppgir noe.</source>
        <translation>Warning: this is not one of the official websites on the list. Check that it is the right site before the citizen logs in or enters anything.</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="25"/>
        <source>Åpne lenke</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="27"/>
        <source>Åpne i nettleseren</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <location filename="../link_confirmation.py" line="28"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <location filename="../main_window.py" line="316"/>
        <source>Skriv ut for innbygger</source>
        <translation>Print for the citizen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260"/>
        <source>Lagre som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>Lagret %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="296"/>
        <source>Innstillinger lagret</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>Endringen av språk eller veiledningsmappe gjelder fra neste gang du starter frontdesk.</source>
        <translation>The change of language or guides folder takes effect the next time you start frontdesk.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>Gå til søkefeltet</source>
        <translation>Go to the search box</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>Velg og åpne en veiledning</source>
        <translation>Choose and open a guide</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>Logg en favorittkategori</source>
        <translation>Log a favourite category</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313"/>
        <source>Finn en annen kategori</source>
        <translation>Find another category</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>Logg hjelpen i den åpne veiledningen</source>
        <translation>Log the help in the open guide</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="315"/>
        <source>Angre siste logging</source>
        <translation>Undo the last logged visit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="317"/>
        <source>Større, mindre eller vanlig tekst</source>
        <translation>Larger, smaller or normal text</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="318"/>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319"/>
        <source>Last inn veiledninger på nytt</source>
        <translation>Reload guides</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="322"/>
        <source>Tastatursnarveier</source>
        <translation>Keyboard shortcuts</translation>
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
        <location filename="../pack_import.py" line="63"/>
        <source>Nye veiledninger (%n)</source>
        <translation>
            <numerusform>New guides (%n)</numerusform>
            <numerusform>New guides (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="64"/>
        <source>Oppdaterte veiledninger (%n)</source>
        <translation>
            <numerusform>Updated guides (%n)</numerusform>
            <numerusform>Updated guides (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="65"/>
        <source>Fjernede veiledninger (%n)</source>
        <translation>
            <numerusform>Removed guides (%n)</numerusform>
            <numerusform>Removed guides (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="66"/>
        <source>Erstatter andre veiledninger (%n)</source>
        <translation>
            <numerusform>Replaces other guides (%n)</numerusform>
            <numerusform>Replaces other guides (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pack_import.py" line="68"/>
        <source>Vises ikke (%n)</source>
        <translation>
            <numerusform>Not shown (%n)</numerusform>
            <numerusform>Not shown (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="75"/>
        <source>Ingen endringer: denne versjonen av pakken var allerede installert.</source>
        <translation>No changes: this version of the pack was already installed.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="77"/>
        <location filename="../pack_import.py" line="78"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="86"/>
        <source>«%1» erstatter «%2» fra pakken «%3»</source>
        <translation>“%1” replaces “%2” from the pack “%3”</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="87"/>
        <source>«%1» erstatter den medfølgende veiledningen «%2»</source>
        <translation>“%1” replaces the bundled guide “%2”</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="92"/>
        <source>«%1» vises ikke: pakken «%3» har en veiledning med samme id («%2»)</source>
        <translation>“%1” is not shown: the pack “%3” has a guide with the same id (“%2”)</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="93"/>
        <source>«%1» vises ikke: den lokale veiledningen «%2» har samme id</source>
        <translation>“%1” is not shown: the local guide “%2” has the same id</translation>
    </message>
</context>
<context>
    <name>PackImporter</name>
    <message>
        <location filename="../pack_import.py" line="127"/>
        <source>Import av veiledningspakker krever leder-PIN.</source>
        <translation>Importing guide packs needs the supervisor PIN.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="133"/>
        <location filename="../pack_import.py" line="182"/>
        <location filename="../pack_import.py" line="190"/>
        <source>Importer veiledningspakke</source>
        <translation>Import guide pack</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="134"/>
        <source>Veiledningspakker (*.zip)</source>
        <translation>Guide packs (*.zip)</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="175"/>
        <source>Veiledningspakken kunne ikke installeres, og ingenting er endret.</source>
        <translation>The guide pack could not be installed, and nothing has changed.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="177"/>
        <source>Veiledningspakken ble ikke importert, og ingenting er endret.</source>
        <translation>The guide pack was not imported, and nothing has changed.</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="179"/>
        <source>Veiledningspakken kunne ikke leses eller installeres: %1</source>
        <translation>The guide pack could not be read or installed: %1</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="188"/>
        <source>Veiledningspakken «%1», versjon %2, er eldre enn versjonen som er installert (%3). Vil du likevel gå tilbake til den eldre versjonen?</source>
        <translation>The guide pack “%1”, version %2, is older than the installed version (%3). Do you want to go back to the older version anyway?</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="194"/>
        <source>Installer den eldre versjonen</source>
        <translation>Install the older version</translation>
    </message>
    <message>
        <location filename="../pack_import.py" line="195"/>
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
        <location filename="../problems_dialog.py" line="23"/>
        <source>Feil: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../problems_dialog.py" line="25"/>
        <source>Advarsel: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../problems_dialog.py" line="28"/>
        <source>Ingen problemer funnet.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../problems_dialog.py" line="30"/>
        <location filename="../problems_dialog.py" line="31"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../reports_view.py" line="77"/>
        <location filename="../reports_view.py" line="210"/>
        <location filename="../reports_view.py" line="277"/>
        <location filename="../reports_view.py" line="297"/>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="82"/>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="87"/>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="87"/>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="94"/>
        <source>Fordel etter</source>
        <translation>Break down by</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="98"/>
        <source>Sammendrag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="103"/>
        <source>Arbeider …</source>
        <translation>Working …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="110"/>
        <source>Tabell med antall</source>
        <translation>Table of counts</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="114"/>
        <source>Stolpediagram per kategori</source>
        <translation>Bar chart by category</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="117"/>
        <source>Besøk per ukedag og time</source>
        <translation>Visits by weekday and hour</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="121"/>
        <source>Tabell</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="122"/>
        <source>Diagram</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="123"/>
        <source>Når folk kommer</source>
        <translation>When people come</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="127"/>
        <source>Eksporter CSV …</source>
        <translation>Export CSV …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="127"/>
        <source>Eksporter XLSX …</source>
        <translation>Export XLSX …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="128"/>
        <source>Eksporter JSON …</source>
        <translation>Export JSON …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="134"/>
        <source>Digital deltakelse (mal) …</source>
        <translation>Digital participation (template) …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="135"/>
        <source>Eksporter malen for digital deltakelse</source>
        <translation>Export the digital participation template</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="137"/>
        <source>Importer stasjonsfiler …</source>
        <translation>Import station files …</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="138"/>
        <location filename="../reports_view.py" line="321"/>
        <location filename="../reports_view.py" line="334"/>
        <source>Importer stasjonsfiler</source>
        <translation>Import station files</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="140"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="148"/>
        <source>&amp;Måned:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="148"/>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="149"/>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="149"/>
        <source>Fordel &amp;etter:</source>
        <translation>&amp;Break down by:</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="237"/>
        <source>Totalt %1 besøk i perioden %2. Forrige periode av samme lengde: %3.</source>
        <translation>%1 visits in total in the period %2. Previous period of the same length: %3.</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="240"/>
        <source>Endring: %1 %.</source>
        <translation>Change: %1 %.</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="242"/>
        <source>Utelatt (sammenslåtte måneder som bare delvis er med): %1.</source>
        <translation>Left out (folded months only partly in the period): %1.</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="250"/>
        <source>Antall</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="251"/>
        <source>Forrige periode</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="25"/>
        <source>Besøk per kategori (de %1 største)</source>
        <translation>Visits by category (the %1 largest)</translation>
    </message>
    <message>
        <location filename="../report_charts.py" line="29"/>
        <source>Besøk</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="271"/>
        <source>Lagre rapport</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="277"/>
        <source>Velg en fil som slutter på .csv, .xlsx eller .json.</source>
        <translation>Choose a file name ending in .csv, .xlsx or .json.</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="290"/>
        <source>Lagret %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="297"/>
        <source>Kunne ikke lagre filen: %1</source>
        <translation>Could not save the file: %1</translation>
    </message>
    <message>
        <location filename="../reports_view.py" line="322"/>
        <source>Stasjonsfiler (*.json)</source>
        <translation>Station files (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports_view.py" line="331"/>
        <source>Besøk importert: %n.</source>
        <translation>
            <numerusform>%n visit imported.</numerusform>
            <numerusform>%n visits imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduledPush</name>
    <message>
        <location filename="../central_push.py" line="69"/>
        <source>Sending til sentral database</source>
        <translation>Sending to the central database</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="86"/>
        <source>Sentral: venter</source>
        <translation>Central: waiting</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="87"/>
        <source>Besøkene sendes til den sentrale databasen «%1» hver time.</source>
        <translation>Visits are sent to the central database “%1” every hour.</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="101"/>
        <source>Sentral: sender …</source>
        <translation>Central: sending …</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="108"/>
        <source>Sentral: sendt %1</source>
        <translation>Central: sent %1</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="109"/>
        <source>Siste sending til «%1» kl. %2: %3 nye besøk.</source>
        <translation>Last sent to “%1” at %2: %3 new visits.</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="116"/>
        <source>Sentral: ikke sendt</source>
        <translation>Central: not sent</translation>
    </message>
    <message>
        <location filename="../central_push.py" line="118"/>
        <source>Sendingen til den sentrale databasen feilet (%1). Neste forsøk om en time.</source>
        <translation>Sending to the central database failed (%1). The next try is in an hour.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../search_panel.py" line="97"/>
        <source>Søk i veiledninger (Ctrl+K)</source>
        <translation>Search the guides (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="98"/>
        <source>Søk i veiledninger</source>
        <translation>Search the guides</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="104"/>
        <source>Søkeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="110"/>
        <source>Søkestatus</source>
        <translation>Search status</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="194"/>
        <source>Ingen treff.</source>
        <translation>No results.</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="197"/>
        <source>Mente du</source>
        <translation>Did you mean</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="199"/>
        <source>Viser treff for «%1»:</source>
        <translation>Showing results for “%1”:</translation>
    </message>
    <message>
        <location filename="../search_panel.py" line="201"/>
        <source>Prøv færre eller andre ord, for eksempel etaten eller tjenesten.</source>
        <translation>Try fewer or other words, for example the agency or the service.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="54"/>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="57"/>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64"/>
        <source>Stasjon</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="65"/>
        <source>Et kort navn på denne skranken, for eksempel skranke-1</source>
        <translation>A short name for this counter, for example skranke-1</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="67"/>
        <source>Navn på senteret</source>
        <translation>Centre name</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="74"/>
        <source>Tekststørrelse</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="80"/>
        <source>Oppbevaring i måneder</source>
        <translation>Retention in months</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="82"/>
        <source> måneder</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="84"/>
        <source>Enkeltbesøk eldre enn dette slås sammen til månedstall</source>
        <translation>Single visits older than this are folded into monthly totals</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="88"/>
        <source>Kanal (oppmøte, telefon, video)</source>
        <translation>Channel (in person, phone, video)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="89"/>
        <source>Hvordan hjelpen ble gitt (veiledet, sammen, på vegne av)</source>
        <translation>How the help was given (guided, together, on behalf)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="90"/>
        <source>Utfall (løst, delvis, henvist)</source>
        <translation>Outcome (solved, partly, referred)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="91"/>
        <source>Henvist til</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="92"/>
        <source>Tid brukt</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="93"/>
        <source>Hvilken veiledning som ble brukt</source>
        <translation>Which guide was used</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="105"/>
        <source>Favorittkategorier, høyst ni</source>
        <translation>Favourite categories, at most nine</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="117"/>
        <source>Mappe for lokale veiledninger</source>
        <translation>Folder for local guides</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="118"/>
        <source>Velg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="119"/>
        <location filename="../settings_dialog.py" line="175"/>
        <source>Velg mappe for lokale veiledninger</source>
        <translation>Choose the folder for local guides</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121"/>
        <source>Åpne mappen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="122"/>
        <source>Åpne mappen med lokale veiledninger</source>
        <translation>Open the folder with local guides</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="124"/>
        <location filename="../settings_dialog.py" line="125"/>
        <source>Last inn veiledninger på nytt</source>
        <translation>Reload guides</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="136"/>
        <source>&amp;Stasjon:</source>
        <translation>&amp;Station:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="137"/>
        <source>&amp;Navn på senteret:</source>
        <translation>&amp;Centre name:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="138"/>
        <source>S&amp;pråk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="139"/>
        <source>&amp;Tekststørrelse:</source>
        <translation>&amp;Text size:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140"/>
        <source>&amp;Oppbevaring:</source>
        <translation>&amp;Retention:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="141"/>
        <source>Spør også om:</source>
        <translation>Also ask about:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="142"/>
        <source>&amp;Favoritter (Ctrl+1–9):</source>
        <translation>&amp;Favourites (Ctrl+1–9):</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="143"/>
        <source>&amp;Lokale veiledninger:</source>
        <translation>Local &amp;guides:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="149"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="150"/>
        <source>Lagre innstillingene</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="152"/>
        <location filename="../settings_dialog.py" line="153"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="168"/>
        <source>Du kan ha høyst ni favoritter. Fjern en først.</source>
        <translation>You can have at most nine favourites. Remove one first.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="207"/>
        <source>Endring av oppbevaringstid krever leder-PIN.</source>
        <translation>Changing the retention period needs the supervisor PIN.</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <location filename="../visit_panel.py" line="67"/>
        <source>Besøkslogg</source>
        <translation>Visit log</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="72"/>
        <source>Besøk i dag</source>
        <translation>Visits today</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="74"/>
        <source>Vanligste</source>
        <translation>Most used</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="79"/>
        <source>Logg «%1» (Ctrl+%2)</source>
        <translation>Log “%1” (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="81"/>
        <source>Logg %1</source>
        <translation>Log %1</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="90"/>
        <source>Annen kategori: skriv for å finne (Ctrl+J)</source>
        <translation>Other category: type to find (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="91"/>
        <source>Finn kategori</source>
        <translation>Find category</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="110"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="110"/>
        <source>Hjelp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="110"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="111"/>
        <source>Tid brukt</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="122"/>
        <source>Henvist til</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="123"/>
        <source>Henvist til: ingen</source>
        <translation>Referred to: nobody</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="131"/>
        <source>Bekreftelse</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="132"/>
        <source>Angre (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="133"/>
        <source>Angre siste besøk</source>
        <translation>Undo the last visit</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="147"/>
        <source>Dagens telling per kategori</source>
        <translation>Today&apos;s count by category</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="150"/>
        <source>Logg besøket</source>
        <translation>Log the visit</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="216"/>
        <source>Logget: %1</source>
        <translation>Logged: %1</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="224"/>
        <source>Ingenting å angre.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="226"/>
        <source>Angret: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../visit_panel.py" line="241"/>
        <source>Besøk i dag: %n</source>
        <translation>
            <numerusform>Today: %n visit</numerusform>
            <numerusform>Today: %n visits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../visit_panel.py" line="246"/>
        <source>Ctrl+%1 · %2 i dag</source>
        <translation>Ctrl+%1 · %2 today</translation>
    </message>
</context>
</TS>
