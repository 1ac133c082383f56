"""What ``frontdesk guides``, ``search`` and ``local`` say, in bokmål, nynorsk and English. Problems found in a
guide file (``guides check``) carry their own words: knowledge/problem_texts.py and check_texts.py."""

from __future__ import annotations

from frontdesk.i18n import Text

# guides list / show / check / handout
MARK_LOCAL = Text("lokal", "lokal", "local")
MARK_REPLACES = Text("lokal, erstatter innebygd", "lokal, erstattar innebygd", "local, replaces a bundled one")
MARK_CHECK = Text("bør kontrolleres", "bør kontrollerast", "needs a check")
GUIDE_COUNT = Text("{count} veiledninger", "{count} rettleiingar", "{count} guides")
NO_GUIDE = Text("Ingen veiledning med id «{id}». Prøv: frontdesk search {words}",
                "Inga rettleiing med id «{id}». Prøv: frontdesk search {words}",
                "No guide with id '{id}'. Try: frontdesk search {words}")
FACTS_UNREADABLE = Text("de lokale opplysningene kan ikke leses, så ingen vises: {error}",
                        "dei lokale opplysningane kan ikkje lesast, så ingen blir viste: {error}",
                        "the local facts can't be read, so none are shown: {error}")
CHECKED = Text("{checked} veiledninger OK, {errors} feil, {warnings} advarsler, {notices} merknader",
               "{checked} rettleiingar OK, {errors} feil, {warnings} åtvaringar, {notices} merknader",
               "{checked} guides OK, {errors} errors, {warnings} warnings, {notices} notices")
PDF_NEEDS_FILE = Text("en PDF trenger en fil: legg til --out FIL.pdf", "ein PDF treng ei fil: legg til --out FIL.pdf",
                      "a PDF needs a file to go to: add --out FILE.pdf")
FACTS_BROKEN = Text("de lokale opplysningene kan ikke leses; rett fila først: {error}",
                    "dei lokale opplysningane kan ikkje lesast; rett fila først: {error}",
                    "the local facts can't be read; fix the file first: {error}")
SETTINGS_UNREADABLE = Text("innstillingene kunne ikke leses ({error}); bruker standardverdiene",
                           "innstillingane kunne ikkje lesast ({error}); brukar standardverdiane",
                           "the settings could not be read ({error}); using the defaults")

# search
NO_HITS = Text("Ingen treff.", "Ingen treff.", "No guides found.")
DID_YOU_MEAN = Text("Mente du: {words}", "Meinte du: {words}", "Did you mean: {words}")

# guide packs
KEY_EXISTS = Text("{path} finnes allerede; velg et annet filnavn", "{path} finst alt; vel eit anna filnamn",
                  "{path} exists already; choose another file name")
NAME_FROM_FOLDER = Text(" (navnet er mappens: gi et annet med --name)",
                        " (namnet er mappa sitt: gi eit anna med --name)",
                        " (the name is the folder's: give another with --name)")
PACK_NOT_WRITTEN = Text("{path} kunne ikke skrives ({reason})", "{path} kunne ikkje skrivast ({reason})",
                        "{path} could not be written ({reason})")
PACK_WRITTEN = Text("Skrev {path}: pakken «{name}» versjon {version} med {count} veiledninger.",
                    "Skreiv {path}: pakken «{name}» versjon {version} med {count} rettleiingar.",
                    "Wrote {path}: pack '{name}' version {version} with {count} guides.")
NOT_IMPORTED = Text("Ikke importert: {message}", "Ikkje importert: {message}", "Not imported: {message}")
ALLOW_OLDER = Text(". For å installere den likevel, kjør importen igjen med --allow-older.",
                   ". For å installere han likevel, køyr importen igjen med --allow-older.",
                   ". To install it anyway, run the import again with --allow-older.")
INSTALLED = Text("Installerte pakken «{name}» versjon {version}{was}.",
                 "Installerte pakken «{name}» versjon {version}{was}.",
                 "Installed pack '{name}' version {version}{was}.")
WAS = Text(" (var versjon {version})", " (var versjon {version})", " (was version {version})")
ADDED = Text("Lagt til ({count}):", "Lagt til ({count}):", "Added ({count}):")
UPDATED = Text("Oppdatert ({count}):", "Oppdatert ({count}):", "Updated ({count}):")
REMOVED = Text("Fjernet ({count}):", "Fjerna ({count}):", "Removed ({count}):")
REPLACES = Text("Erstatter ({count}):", "Erstattar ({count}):", "Replaces ({count}):")
REPLACES_PACK = Text("  - «{title}» erstatter «{other}» fra pakken «{pack}»",
                     "  - «{title}» erstattar «{other}» frå pakken «{pack}»",
                     "  - \"{title}\" replaces \"{other}\" from pack '{pack}'")
REPLACES_BUNDLED = Text("  - «{title}» erstatter den innebygde veiledningen «{other}»",
                        "  - «{title}» erstattar den innebygde rettleiinga «{other}»",
                        "  - \"{title}\" replaces the bundled guide \"{other}\"")
HIDDEN = Text("Vises ikke ({count}):", "Blir ikkje vist ({count}):", "Not shown ({count}):")
HIDDEN_BY_PACK = Text("  - «{title}» vises ikke: pakken «{pack}» har en veiledning med samme id («{other}»)",
                      "  - «{title}» blir ikkje vist: pakken «{pack}» har ei rettleiing med same id («{other}»)",
                      "  - \"{title}\" is not shown: pack '{pack}' has a guide with the same id (\"{other}\")")
HIDDEN_BY_LOCAL = Text("  - «{title}» vises ikke: den lokale veiledningen «{other}» har samme id",
                       "  - «{title}» blir ikkje vist: den lokale rettleiinga «{other}» har same id",
                       "  - \"{title}\" is not shown: the local guide \"{other}\" has the same id")

# local facts and notes
NOT_FILLED = Text("(ikke fylt ut)", "(ikkje fylt ut)", "(not filled in)")
ORPHANED_FACT = Text("[foreldreløs: ingen veiledning bruker den]", "[foreldrelaus: inga rettleiing brukar han]",
                     "[orphaned: no guide uses it]")
NO_GUIDE_YET = Text("ingen veiledning ennå", "inga rettleiing enno", "no guide yet")
USED_IN = Text("brukes i: {guides}", "blir brukt i: {guides}", "used in: {guides}")
ORPHANED_NOTE = Text("notat for {guide}  [foreldreløst: veiledningen finnes ikke]",
                     "notat for {guide}  [foreldrelaust: rettleiinga finst ikkje]",
                     "note for {guide}  [orphaned: the guide does not exist]")
FILLED = Text("{filled} av {known} lokale opplysninger er fylt ut ({path})",
              "{filled} av {known} lokale opplysningar er fylte ut ({path})",
              "{filled} of {known} local facts are filled in ({path})")
FACT_REMOVED = Text("{key} er fjernet", "{key} er fjerna", "{key} is removed")
TEXT_OR_CLEAR = Text("gi enten --text TEKST eller --clear", "gi anten --text TEKST eller --clear",
                     "give either --text TEXT or --clear")
NO_SUCH_GUIDE = Text("ingen veiledning med id «{id}» (se «frontdesk guides list»)",
                     "inga rettleiing med id «{id}» (sjå «frontdesk guides list»)",
                     "no guide with id '{id}' (see 'frontdesk guides list')")
NOTE_SAVED = Text("Notatet for {guide} er lagret", "Notatet for {guide} er lagra", "The note for {guide} is saved")
NOTE_REMOVED = Text("Notatet for {guide} er fjernet", "Notatet for {guide} er fjerna",
                    "The note for {guide} is removed")
EXPORTED = Text("Skrev {path}: {values} verdier, {notes} notater", "Skreiv {path}: {values} verdiar, {notes} notat",
                "Wrote {path}: {values} values, {notes} notes")
NOTHING_IMPORTED = Text("ingenting ble importert: {error}", "ingenting vart importert: {error}",
                        "nothing was imported: {error}")
NO_CHANGES = Text("Ingen endringer: opplysningene er de samme som i fila.",
                  "Ingen endringar: opplysningane er dei same som i fila.",
                  "No changes: the facts are the same as in the file.")
NOTE_FOR = Text("notat for {guide}", "notat for {guide}", "note for {guide}")
EMPTY = Text("(tom)", "(tom)", "(empty)")
KEPT_UNUSED = Text("  (ingen veiledning her bruker den; den er tatt vare på)",
                   "  (inga rettleiing her brukar han; han er teken vare på)",
                   "  (no guide here uses it; it is kept)")
IMPORTED = Text("{count} endringer importert til {path}", "{count} endringar importerte til {path}",
                "{count} changes imported to {path}")
