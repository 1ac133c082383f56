"""What ``frontdesk report`` says, in bokmål, nynorsk and English (the report itself: ``reports/``)."""

from __future__ import annotations

from frontdesk.i18n import Text

NOT_A_DATE = Text("{option} «{text}» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-10-01.",
                  "{option} «{text}» er ikkje ein dato; skriv han som ÅÅÅÅ-MM-DD, til dømes 2026-10-01.",
                  "{option} '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-10-01.")
MONTH_OR_RANGE = Text("Gi enten --month eller --from/--to, ikke begge.",
                      "Gi anten --month eller --from/--to, ikkje begge.",
                      "Give either --month or --from/--to, not both.")
WHICH_PERIOD = Text("Si hvilken periode: --month ÅÅÅÅ-MM, eller både --from DATO og --to DATO.",
                    "Sei kva periode: --month ÅÅÅÅ-MM, eller både --from DATO og --to DATO.",
                    "Say which period: --month YYYY-MM, or both --from DATE and --to DATE.")
UNKNOWN_SUFFIX = Text("Kan ikke se formatet av «{name}»; legg til --format csv, xlsx eller json.",
                      "Kan ikkje sjå formatet av «{name}»; legg til --format csv, xlsx eller json.",
                      "Can't tell the format from '{name}'; add --format csv, xlsx or json.")
XLSX_NEEDS_FILE = Text("En XLSX-rapport trenger en fil: legg til --output rapport.xlsx.",
                       "Ein XLSX-rapport treng ei fil: legg til --output rapport.xlsx.",
                       "An XLSX report needs a file: add --output report.xlsx.")
LOST_WITH_BACKUPS = Text(
    "Besøksloggen {path} mangler eller er tom, men det finnes sikkerhetskopier av den: kjør en «frontdesk visit»- "
    "eller «frontdesk settings»-kommando (eller start frontdesk) for å legge den nyeste sikkerhetskopien "
    "tilbake, og lag så rapporten.",
    "Besøksloggen {path} manglar eller er tom, men det finst tryggleikskopiar av han: køyr ein «frontdesk visit»- "
    "eller «frontdesk settings»-kommando (eller start frontdesk) for å leggje den nyaste tryggleikskopien "
    "tilbake, og lag så rapporten.",
    "The visit log {path} is missing or empty, but there are backups of it: run any 'frontdesk visit' or "
    "'frontdesk settings' command (or start frontdesk) to put the newest backup back, then make the report.")
NO_LOG_YET = Text(
    "Ingen besøkslogg i {path} ennå: ingenting er logget på denne PC-en (eller --home/FRONTDESK_HOME peker et "
    "annet sted).",
    "Ingen besøkslogg i {path} enno: ingenting er logga på denne PC-en (eller --home/FRONTDESK_HOME peikar ein "
    "annan stad).",
    "No visit log at {path} yet: nothing has been logged on this PC (or --home/FRONTDESK_HOME points somewhere "
    "else).")
# With --source: counting in a central PostgreSQL database (docs/central.md).
TEMPLATE_NEEDS_LOG = Text("--template leser bare loggen på denne PC-en; ta bort --source eller --template.",
                          "--template les berre loggen på denne PC-en; ta bort --source eller --template.",
                          "--template reads this PC's log only; leave out --source, or --template.")
CENTRES_NEED_SOURCE = Text("--centre og --municipality velger sentre i en sentral database: legg til --source DSN.",
                           "--centre og --municipality vel senter i ein sentral database: legg til --source DSN.",
                           "--centre and --municipality choose centres in a central database: add --source DSN.")
MUNICIPALITY_DIGITS = Text("--municipality tar et kommunenummer på 4 sifre, for eksempel 0301.",
                           "--municipality tek eit kommunenummer på 4 siffer, til dømes 0301.",
                           "--municipality takes a kommunenummer of 4 digits, e.g. 0301.")
