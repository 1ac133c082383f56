"""What ``frontdesk categories``, ``visit``, ``visits``, ``event`` and ``events`` say, in bokmål, nynorsk and
English. Months, days and counts are filled in already formatted (:mod:`frontdesk.formatting`)."""

from __future__ import annotations

from frontdesk.i18n import Text

LOCAL = Text(" (lokal)", " (lokal)", " (local)")
RETIRED = Text(" (avviklet)", " (avvikla)", " (retired)")
RETIRED_COUNTED_AS = Text(" (avviklet; telles som {id})", " (avvikla; blir talt som {id})",
                          " (retired; counted as {id})")

NOTHING_TO_UNDO = Text("Ingenting å angre: ingen besøk fra denne skranken de siste 10 minuttene.",
                       "Ingenting å angre: ingen besøk frå denne skranken dei siste 10 minutta.",
                       "Nothing to undo: no visit from this counter in the last 10 minutes.")
UNDONE = Text("Angret: {category} ({day} {hour}) {id}", "Angra: {category} ({day} {hour}) {id}",
              "Undone: {category} ({day} {hour}) {id}")

FOLDED = Text(
    "{month} er eldre enn oppbevaringstiden: besøkene fra {station} er slått sammen til månedstall og kan ikke "
    "lenger eksporteres ett og ett.",
    "{month} er eldre enn oppbevaringstida: besøka frå {station} er slått saman til månadstal og kan ikkje lenger "
    "eksporterast eitt og eitt.",
    "{month} is older than the retention period: its visits from {station} are folded into monthly totals and can "
    "no longer be exported one by one.")
FOLDED_EVENTS_ONLY = Text(
    "{month} er eldre enn oppbevaringstiden: bare arrangementene eksporteres; besøkene er slått sammen til "
    "månedstall.",
    "{month} er eldre enn oppbevaringstida: berre arrangementa blir eksporterte; besøka er slått saman til "
    "månadstal.",
    "{month} is older than the retention period: only its events are exported; its visits are folded into "
    "monthly totals.")
DISK_FULL = Text("disken er full", "disken er full", "the disk is full")
EXPORT_NOT_WRITTEN = Text("Kan ikke skrive {path}: {reason}. Ingenting ble skrevet; velg en annen mappe.",
                          "Kan ikkje skrive {path}: {reason}. Ingenting vart skrive; vel ei anna mappe.",
                          "Can't write {path}: {reason}. Nothing was written; choose another folder.")
EXPORTED = Text("Skrev {count} besøk fra {station} i {month} til {path}",
                "Skreiv {count} besøk frå {station} i {month} til {path}",
                "{count} visits from {station} in {month} written to {path}")
EXPORTED_EVENTS = Text("{count} arrangementer (kurs, drop-in, møter) fra {station} i samme fil",
                       "{count} arrangement (kurs, drop-in, møte) frå {station} i same fila",
                       "{count} events (courses, drop-ins, meetings) from {station} in the same file")
OTHER_STATIONS = Text("Andre stasjoner med besøk i {month}: {listing}. Bruk --station for å eksportere dem.",
                      "Andre stasjonar med besøk i {month}: {listing}. Bruk --station for å eksportere dei.",
                      "Other stations with visits in {month}: {listing}. Use --station to export them.")

IMPORT_EMPTY = Text("{path}: ingen besøk i filen", "{path}: ingen besøk i fila", "{path}: no visits in the file")
IMPORTED = Text("  {station}: {added} lagt til, {already} fantes fra før",
                "  {station}: {added} lagt til, {already} fanst frå før",
                "  {station}: {added} added, {already} already there")
IMPORT_FOLDED = Text(", {count} hoppet over (måneden er allerede slått sammen til månedstall)",
                     ", {count} hoppa over (månaden er alt slått saman til månadstal)",
                     ", {count} skipped (month already folded into monthly totals)")
IMPORTED_EVENTS = Text("; arrangementer: {added} lagt til, {already} fantes fra før",
                       "; arrangement: {added} lagt til, {already} fanst frå før",
                       "; events: {added} added, {already} already there")

NOTHING_TO_PURGE = Text("Ingenting å slette: ingen besøk før {month}.", "Ingenting å slette: ingen besøk før {month}.",
                        "Nothing to purge: no visits before {month}.")
PURGE_MONTH = Text("  {month}: {count} besøk", "  {month}: {count} besøk", "  {month}: {count} visits")
PURGE_DRY_RUN = Text(
    "Prøvekjøring: {count} besøk før {month} ville blitt slått sammen til månedstall og slettet. Kjør igjen med "
    "--yes for å gjøre det.",
    "Prøvekøyring: {count} besøk før {month} ville blitt slått saman til månadstal og sletta. Køyr igjen med "
    "--yes for å gjere det.",
    "Dry run: {count} visits before {month} would be folded into monthly totals and deleted. Run again with "
    "--yes to do it.")
PURGED = Text("{count} besøk før {month} er slått sammen til månedstall og slettet.",
              "{count} besøk før {month} er slått saman til månadstal og sletta.",
              "{count} visits before {month} folded into monthly totals and deleted.")

EVENT_BAD_DATE = Text(
    "Ugyldig --date: skriv dagen som ÅÅÅÅ-MM-DD, for eksempel 2026-10-14. Ingenting ble lagret.",
    "Ugyldig --date: skriv dagen som ÅÅÅÅ-MM-DD, til dømes 2026-10-14. Ingenting vart lagra.",
    "Invalid --date: write the day as YYYY-MM-DD, e.g. 2026-10-14. Nothing was stored.")
NO_EVENT_TO_UNDO = Text("Ingenting å angre: ingen arrangementer fra denne skranken de siste 10 minuttene.",
                        "Ingenting å angre: ingen arrangement frå denne skranken dei siste 10 minutta.",
                        "Nothing to undo: no event from this counter in the last 10 minutes.")
EVENT_UNDONE = Text("Angret: {kind} ({day}, {participants} deltakere) {id}",
                    "Angra: {kind} ({day}, {participants} deltakarar) {id}",
                    "Undone: {kind} ({day}, {participants} participants) {id}")

# visits sync
NEVER = Text("aldri", "aldri", "never")
NOT_SET = Text("ikke satt", "ikkje sett", "not set")
THIS_PC = Text("Denne PC-en: {station} (installasjon {install}); delt mappe: {folder}",
               "Denne PC-en: {station} (installasjon {install}); delt mappe: {folder}",
               "This PC: {station} (install {install}); shared folder: {folder}")
NO_STATIONS_YET = Text("Ingen skranker sett ennå: kjør frontdesk visits sync.",
                       "Ingen skrankar sett enno: køyr frontdesk visits sync.",
                       "No stations seen yet: run frontdesk visits sync.")
STATUS_COLUMNS = (Text("stasjon", "stasjon", "station"), Text("installasjon", "installasjon", "install"),
                  Text("sist skrevet (server)", "sist skriven (tenar)", "last written (server)"),
                  Text("sist sjekket", "sist sjekka", "last checked"), Text("tilstand", "tilstand", "state"))
NAME_SHARED = Text("; en annen PC bruker samme navn", "; ein annan PC brukar same namn",
                   "; another PC uses the same name")
MARK_THIS_PC = Text("  (denne PC-en)", "  (denne PC-en)", "  (this PC)")
RENEWED = Text("Installasjons-id {old} er byttet ut med {new}. Gi også denne PC-en et eget skrankenavn: frontdesk "
               "settings set station <navn>",
               "Installasjons-id {old} er bytt ut med {new}. Gi òg denne PC-en eit eige skrankenamn: frontdesk "
               "settings set station <namn>",
               "Install id {old} replaced by {new}. Give this PC its own station name too: frontdesk settings set "
               "station <name>")
NO_SYNC_FOLDER = Text("Ingen delt mappe er satt. Sett en med: frontdesk settings set sync_folder <mappe>",
                      "Inga delt mappe er sett. Set ei med: frontdesk settings set sync_folder <mappe>",
                      "No shared folder is set. Set one with: frontdesk settings set sync_folder <folder>")
MADE_FOLDER = Text("Laget mappen {path} for skranke-PC-enes filer.", "Laga mappa {path} for filene til skranke-PC-ane.",
                   "Made the folder {path} for the counter PCs' files.")
FOLDER_UNUSABLE = Text("{folder}: {problem}. Sjekk at mappen finnes og at denne PC-en har lov til å skrive i den.",
                       "{folder}: {problem}. Sjekk at mappa finst og at denne PC-en har løyve til å skrive i ho.",
                       "{folder}: {problem}. Check that the folder exists and that this PC may write to it.")
FOLDER_PROBLEM = Text("{folder}: {problem}.", "{folder}: {problem}.", "{folder}: {problem}.")
WROTE_MONTH_FILE = Text("Skrev {count} månedsfil", "Skreiv {count} månadsfil", "Written: {count} month file")
WROTE_MONTH_FILES = Text("Skrev {count} månedsfiler", "Skreiv {count} månadsfiler", "Written: {count} month files")
VISITS_HELD = Text("; {count} besøk venter til det ikke lenger kan angres",
                   "; {count} besøk ventar til det ikkje lenger kan angrast",
                   "; {count} visit waits until it can no longer be undone")
EVENTS_HELD = Text("; {count} arrangement venter til det ikke lenger kan angres",
                   "; {count} arrangement ventar til det ikkje lenger kan angrast",
                   "; {count} event waits until it can no longer be undone")
SYNCED = Text("  {station}: {added} lagt til", "  {station}: {added} lagt til", "  {station}: {added} added")
SYNCED_EVENTS = Text("; arrangementer: {added} lagt til", "; arrangement: {added} lagt til", "; events: {added} added")
