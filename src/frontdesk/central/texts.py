"""What the central database's refusals say, in bokmål, nynorsk and English: each says why and what to do, and
that nothing was sent. PostgreSQL's and libpq's own words are kept as they come (``{detail}``).
"""

from __future__ import annotations

from frontdesk.i18n import Text

NOT_A_DSN = Text(
    "Ikke en PostgreSQL-tilkoblingsstreng ({detail}). Skriv den som «service=NAVN», «host=… dbname=…» eller "
    "«postgresql://vert/database».",
    "Ikkje ein PostgreSQL-tilkoplingsstreng ({detail}). Skriv han som «service=NAMN», «host=… dbname=…» eller "
    "«postgresql://vert/database».",
    "Not a PostgreSQL connection string ({detail}). Write it as 'service=NAME', 'host=… dbname=…' or "
    "'postgresql://host/dbname'.")
PASSWORD_IN_DSN = Text(
    "Tilkoblingsstrengen inneholder et passord. Fjern det, og legg passordet i PostgreSQL-passordfilen i stedet "
    "(~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf på Windows, eller filen PGPASSFILE peker på); se "
    "docs/central.md.",
    "Tilkoplingsstrengen inneheld eit passord. Fjern det, og legg passordet i PostgreSQL-passordfila i staden "
    "(~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf på Windows, eller fila PGPASSFILE peikar på); sjå "
    "docs/central.md.",
    "The connection string holds a password. Remove it and put the password in the PostgreSQL password file "
    "instead (~/.pgpass, or %APPDATA%\\postgresql\\pgpass.conf on Windows, or the file PGPASSFILE names); see "
    "docs/central.md.")
NO_DRIVER = Text(
    "Den sentrale databasen trenger PostgreSQL-driveren: {install}",
    "Den sentrale databasen treng PostgreSQL-drivaren: {install}",
    "The central database needs the PostgreSQL driver: {install}")
CANT_CONNECT = Text(
    "Får ikke kontakt med den sentrale databasen ({target}): {detail}",
    "Får ikkje kontakt med den sentrale databasen ({target}): {detail}",
    "Can't connect to the central database ({target}): {detail}")
REFUSED = Text(
    "Den sentrale databasen ({target}) sa nei: {detail}",
    "Den sentrale databasen ({target}) sa nei: {detail}",
    "The central database ({target}) refused: {detail}")
NO_DATA_YET = Text(
    "Denne databasen har ingen frontdesk-data ennå: send besøk dit først (frontdesk visits push --to DSN).",
    "Denne databasen har ingen frontdesk-data enno: send besøk dit først (frontdesk visits push --to DSN).",
    "This database has no frontdesk data yet: push visits to it first (frontdesk visits push --to DSN).")
OLDER_DATABASE = Text(
    "Den sentrale databasen er eldre enn denne frontdesk (migrering {migration} mangler): send én gang fra denne "
    "versjonen for å oppgradere den.",
    "Den sentrale databasen er eldre enn denne frontdesk (migrering {migration} manglar): send éin gong frå denne "
    "versjonen for å oppgradere han.",
    "The central database is older than this frontdesk (migration {migration} is missing): push once from this "
    "version to upgrade it.")
NEWER_DATABASE = Text(
    "Den sentrale databasen er oppgradert av en nyere frontdesk (migrering {migration}). Oppdater frontdesk på "
    "denne maskinen; ingenting ble sendt.",
    "Den sentrale databasen er oppgradert av ein nyare frontdesk (migrering {migration}). Oppdater frontdesk på "
    "denne maskina; ingenting vart sendt.",
    "The central database was upgraded by a newer frontdesk (migration {migration}). Update frontdesk on this PC; "
    "nothing was sent.")
ROLE_MAY_NOT = Text(
    "Denne databaserollen har ikke lov til å lage eller endre frontdesk-skjemaet ({detail}). Be IT lage eller "
    "oppgradere det som rollen som eier databasen: frontdesk visits push --schema-only (docs/central.md).",
    "Denne databaserolla har ikkje lov til å lage eller endre frontdesk-skjemaet ({detail}). Be IT lage eller "
    "oppgradere det som rolla som eig databasen: frontdesk visits push --schema-only (docs/central.md).",
    "This database role may not create or change the frontdesk schema ({detail}). Ask IT to create or upgrade it "
    "as the role that owns the database: frontdesk visits push --schema-only (docs/central.md).")
NO_CENTRE_IN_MUNICIPALITY = Text(
    "Ingen senter i kommune {municipalities} har sendt besøk ennå.",
    "Ingen senter i kommune {municipalities} har sendt besøk enno.",
    "No centre in municipality {municipalities} has pushed visits yet.")
NO_SUCH_CENTRE = Text(
    "Ingen senter med navnet «{name}» i den sentrale databasen. Sentre: {listing}.",
    "Ingen senter med namnet «{name}» i den sentrale databasen. Senter: {listing}.",
    "No centre named '{name}' in the central database. Centres: {listing}.")
NONE = Text("ingen", "ingen", "none")
CENTRE_IN_SEVERAL = Text(
    "Sentre med navnet «{name}» finnes i flere kommuner ({municipalities}): legg til --municipality NNNN.",
    "Senter med namnet «{name}» finst i fleire kommunar ({municipalities}): legg til --municipality NNNN.",
    "Centres named '{name}' are in several municipalities ({municipalities}): add --municipality NNNN.")
WHICH_CENTRE = Text(
    "Den sentrale databasen må vite hvilket senter dette er. Sett {keys}, for eksempel: frontdesk settings set "
    "municipality 0301; frontdesk settings set centre_name 'Servicetorget Sentrum'",
    "Den sentrale databasen må vite kva senter dette er. Set {keys}, til dømes: frontdesk settings set "
    "municipality 0301; frontdesk settings set centre_name 'Servicetorget Sentrum'",
    "The central database needs to know which centre this is. Set {keys}, e.g.: frontdesk settings set "
    "municipality 0301; frontdesk settings set centre_name 'Servicetorget Sentrum'")
AND = Text(" og ", " og ", " and ")
VISIT_REFUSED = Text(
    "Et besøk i den lokale loggen har en verdi i «{field}» som personvernreglene avviser (se docs/privacy.md). "
    "Ingenting ble sendt.",
    "Eit besøk i den lokale loggen har ein verdi i «{field}» som personvernreglane avviser (sjå docs/privacy.md). "
    "Ingenting vart sendt.",
    "A visit in the local log has a value in '{field}' that the privacy rules refuse (see docs/privacy.md). "
    "Nothing was sent.")
EVENT_REFUSED = Text(
    "Et arrangement i den lokale loggen har en verdi i «{field}» som personvernreglene avviser (se "
    "docs/privacy.md). Ingenting ble sendt.",
    "Eit arrangement i den lokale loggen har ein verdi i «{field}» som personvernreglane avviser (sjå "
    "docs/privacy.md). Ingenting vart sendt.",
    "An event in the local log has a value in '{field}' that the privacy rules refuse (see docs/privacy.md). "
    "Nothing was sent.")
