"""What the visit log says about a visit or an import file it can't take, in bokmål, nynorsk and English.

A message names the field and lists the valid choices; it never repeats a refused value, which may be anything
(a name, a number). Field names (``hour``, ``referred_to``) and file keys stay as they are written.
"""

from __future__ import annotations

from frontdesk.i18n import Text

UNKNOWN_VALUE = Text("Ukjent verdi for «{dimension}». Gyldige valg: {choices}.",
                     "Ukjend verdi for «{dimension}». Gyldige val: {choices}.",
                     "Unknown {dimension}. Valid choices: {choices}.")
NOT_LOGGABLE = Text(
    "Kategorien «{id}» kan ikke registreres {day} (avviklet eller ikke gyldig ennå).{hint}",
    "Kategorien «{id}» kan ikkje registrerast {day} (avvikla eller ikkje gyldig enno).{hint}",
    "Category '{id}' can't be logged on {day} (retired or not yet valid).{hint}")
USE_INSTEAD = Text(" Bruk «{current}» i stedet.", " Bruk «{current}» i staden.", " Use '{current}' instead.")
UNKNOWN_CATEGORY = Text("Ukjent kategori «{id}».{hint} Gyldige valg: {choices}.",
                        "Ukjend kategori «{id}».{hint} Gyldige val: {choices}.",
                        "Unknown category '{id}'.{hint} Valid choices: {choices}.")
DID_YOU_MEAN = Text(" Mente du: {close}?", " Meinte du: {close}?", " Did you mean: {close}?")
UNKNOWN_AGENCY = Text("Ukjent etat «{id}» for referred_to. Gyldige valg: {choices}.",
                      "Ukjend etat «{id}» for referred_to. Gyldige val: {choices}.",
                      "Unknown agency '{id}' for referred_to. Valid choices: {choices}.")
HOUR = Text("hour må være 0–23 (et helt tall).", "hour må vere 0–23 (eit heilt tal).",
            "hour must be 0–23 (a whole number).")
FILE_DATE_IN_FUTURE = Text(
    "datoen er fram i tid: sjekk klokka på PC-en som eksporterte filen.",
    "datoen er fram i tid: sjekk klokka på PC-en som eksporterte fila.",
    "the date is in the future: check the clock of the PC that exported the file.")
FILE_DATE_TOO_OLD = Text(
    "datoen er mer enn {months} måneder tilbake, lenger enn noen skranke tar vare på besøk: filen ble ikke "
    "eksportert av frontdesk.",
    "datoen er meir enn {months} månader attende, lenger enn nokon skranke tek vare på besøk: fila vart ikkje "
    "eksportert av frontdesk.",
    "the date is more than {months} months ago, longer than any counter keeps visits: the file was not exported "
    "by frontdesk.")
DATE_UNUSABLE = Text(
    "Den datoen kan ikke brukes for et besøk: oppgi en dato innenfor de siste årene.",
    "Den datoen kan ikkje brukast for eit besøk: oppgi ein dato innanfor dei siste åra.",
    "That date can't be used for a visit: give a date within the last few years.")
IN_FUTURE = Text("Et besøk kan ikke registreres fram i tid.", "Eit besøk kan ikkje registrerast fram i tid.",
                 "A visit can't be logged in the future.")
EXACT_FIELDS = Text("et besøk har nøyaktig feltene {fields}.", "eit besøk har nøyaktig felta {fields}.",
                    "a visit has exactly the fields {fields}.")
MUST_BE_TEXT = Text("{name} må være en tekst.", "{name} må vere ein tekst.", "{name} must be a text.")
MUST_BE_TEXT_OR_NULL = Text("{name} må være en tekst eller null.", "{name} må vere ein tekst eller null.",
                            "{name} must be a text or null.")
NOT_A_DAY = Text("date må være en ekte dag skrevet ÅÅÅÅ-MM-DD.", "date må vere ein verkeleg dag skriven ÅÅÅÅ-MM-DD.",
                 "date must be a real day written YYYY-MM-DD.")

# Import files (frontdesk visits import, the shared folder, «Importer besøksfiler»).
MONTH = Text("Måneden må skrives ÅÅÅÅ-MM, for eksempel 2026-10.", "Månaden må skrivast ÅÅÅÅ-MM, til dømes 2026-10.",
             "Month must be YYYY-MM, e.g. 2026-10.")
NOT_JSON = Text("{path}: ikke en lesbar JSON-fil ({reason}).", "{path}: ikkje ei lesbar JSON-fil ({reason}).",
                "{path}: not a readable JSON file ({reason}).")
NOT_AN_EXPORT = Text("{path}: ikke en besøkseksport fra frontdesk (format må være «{format}»).",
                     "{path}: ikkje ein besøkseksport frå frontdesk (format må vere «{format}»).",
                     "{path}: not a frontdesk visit export (format must be '{format}').")
UNKNOWN_SCHEMA = Text(
    "{path}: {version} er ukjent for denne frontdesk (den leser schema {readable}). Oppdater frontdesk på denne "
    "PC-en, eller eksporter på nytt.",
    "{path}: {version} er ukjend for denne frontdesk (han les schema {readable}). Oppdater frontdesk på denne "
    "PC-en, eller eksporter på nytt.",
    "{path}: {version} is unknown to this frontdesk (it reads schema {readable}). Update frontdesk on this PC, or "
    "export again.")
VERSION = Text("schema {number}", "schema {number}", "schema {number}")
THIS_VERSION = Text("schema-verdien", "schema-verdien", "the schema value")
AND = Text(" og ", " og ", " and ")
MUST_BE_LIST = Text("{path}: «{key}» må være en liste.", "{path}: «{key}» må vere ei liste.",
                    "{path}: '{key}' must be a list.")
NO_EVENTS_IN_SCHEMA_1 = Text(
    "{path}: en fil med schema 1 har ikke «events»; eksporter den på nytt med denne frontdesk.",
    "{path}: ei fil med schema 1 har ikkje «events»; eksporter ho på nytt med denne frontdesk.",
    "{path}: a schema 1 file has no 'events'; export it again with this frontdesk.")
INSTALL_ID = Text(
    "{path}: «install» må være en installasjons-id slik frontdesk lager dem (en uuid4).",
    "{path}: «install» må vere ein installasjons-id slik frontdesk lagar dei (ein uuid4).",
    "{path}: 'install' must be an install id as frontdesk makes them (a uuid4).")
VISIT_IN_FILE = Text(
    "{path}: besøk {number}: {reason} Ingenting fra denne filen ble importert.",
    "{path}: besøk {number}: {reason} Ingenting frå denne fila vart importert.",
    "{path}: visit {number}: {reason} Nothing from this file was imported.")
IN_FILE = Text("{path}: {reason} Ingenting fra denne filen ble importert.",
               "{path}: {reason} Ingenting frå denne fila vart importert.",
               "{path}: {reason} Nothing from this file was imported.")
NOT_THIS_STATION = Text("{path}: denne filen hører til en annen stasjon eller måned.",
                        "{path}: denne fila høyrer til ein annan stasjon eller månad.",
                        "{path}: this file belongs to another station or month.")
CANT_READ_NOW = Text(
    "{path}: kan ikke leses nå ({reason}); prøves igjen ved neste synkronisering.",
    "{path}: kan ikkje lesast no ({reason}); vert prøvd igjen ved neste synkronisering.",
    "{path}: can't be read now ({reason}); tried again at the next sync.")
RETRIED = Text("{reason} Prøves igjen ved neste synkronisering.", "{reason} Vert prøvd igjen ved neste synkronisering.",
               "{reason} Tried again at the next sync.")

# Settings (frontdesk settings set, the settings dialog).
WHOLE_NUMBER_FROM = Text("{key} må være et helt tall fra {low} til {high}.",
                         "{key} må vere eit heilt tal frå {low} til {high}.",
                         "{key} must be a whole number from {low} to {high}.")
NUMBER_FROM = Text("{key} må være et tall fra {low} til {high}.", "{key} må vere eit tal frå {low} til {high}.",
                   "{key} must be a number from {low} to {high}.")
ONE_OF = Text("{key} må være en av: {choices}.", "{key} må vere ein av: {choices}.",
              "{key} must be one of: {choices}.")
TRUE_OR_FALSE = Text("{key} må være true eller false.", "{key} må vere true eller false.",
                     "{key} must be true or false.")
NOT_A_LIST = Text("ikke en liste: {reason}", "ikkje ei liste: {reason}", "not a list: {reason}")
UNKNOWN_DIMENSION = Text("Ukjent dimensjon «{name}». Gyldige valg: {choices}.",
                         "Ukjend dimensjon «{name}». Gyldige val: {choices}.",
                         "Unknown dimension '{name}'. Valid choices: {choices}.")
TOO_MANY_FAVOURITES = Text("Høyst {most} favorittkategorier.", "Høgst {most} favorittkategoriar.",
                           "At most {most} favourite categories.")
NOT_A_CURRENT_CATEGORY = Text(
    "«{id}» er ikke en gjeldende kategori-id. Se: frontdesk categories",
    "«{id}» er ikkje ein gjeldande kategori-id. Sjå: frontdesk categories",
    "'{id}' is not a current category id. See: frontdesk categories")
UNKNOWN_SETTING = Text("Ukjent innstilling «{key}». Kjente innstillinger: {known}.",
                       "Ukjend innstilling «{key}». Kjende innstillingar: {known}.",
                       "Unknown setting '{key}'. Known settings: {known}.")
