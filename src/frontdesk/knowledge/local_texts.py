"""What the local facts say when a value, a note or ``lokalt.yaml`` is refused, in bokmål, nynorsk and English.

The reader is the supervisor who typed the value («Tilpass veiledningene», ``frontdesk local set``) or copied the
file. A message follows "Feil: ", a key, or the ⚠ under the field, so it starts in lower case. A refused value
is never repeated: the field shows it already, and it may hold a citizen's details.
"""

from __future__ import annotations

from frontdesk.i18n import Text

# What to write, by kind (the placeholder of an empty field, and the end of a refusal).
EXAMPLES: dict[str, Text] = {
    "text": Text("én linje tekst", "éi linje tekst", "one line of text"),
    "phone": Text("22 33 44 55, +47 22 33 44 55 eller 116 117", "22 33 44 55, +47 22 33 44 55 eller 116 117",
                  "22 33 44 55, +47 22 33 44 55 or 116 117"),
    "email": Text.same("servicetorget@testby.kommune.no"),
    "url": Text.same("https://www.testby.kommune.no/sfo"),
    "date": Text("01.03.2027, eller en dag som kommer igjen hvert år: 1. mars",
                 "01.03.2027, eller ein dag som kjem att kvart år: 1. mars",
                 "01.03.2027, or a day that comes back every year: 1. mars"),
    "hours": Text("man–fre 08.00–15.30", "mån–fre 08.00–15.30", "man–fre 08.00–15.30 (Monday to Friday)"),
}
# What a value of each kind must be, as "this is not …" says it.
VALID: dict[str, Text] = {
    "phone": Text("et gyldig telefonnummer", "eit gyldig telefonnummer", "a valid phone number"),
    "email": Text("en gyldig e-postadresse", "ei gyldig e-postadresse", "a valid e-mail address"),
    "url": Text("en gyldig nettadresse (som begynner med https://)", "ei gyldig nettadresse (som byrjar med https://)",
                "a valid web address (starting with https://)"),
    "date": Text("en gyldig dato", "ein gyldig dato", "a valid date"),
    "hours": Text("en åpningstid med klokkeslett fra–til", "ei opningstid med klokkeslett frå–til",
                  "opening hours with a from–to time"),
}
NOT_VALID = Text("dette er ikke {valid}; skriv for eksempel {example}",
                 "dette er ikkje {valid}; skriv til dømes {example}",
                 "this is not {valid}; write for example {example}")

# -- values and notes -------------------------------------------------------------------------------------------
UNKNOWN_KIND = Text("ukjent type '{kind}'; kjente typer: {kinds}", "ukjend type '{kind}'; kjende typar: {kinds}",
                    "unknown kind '{kind}'; known kinds: {kinds}")
EMPTY = Text("verdien er tom; fjern en verdi med «frontdesk local unset NØKKEL»",
             "verdien er tom; fjern ein verdi med «frontdesk local unset NØKKEL»",
             "the value is empty; remove a value with 'frontdesk local unset KEY'")
ONE_LINE = Text("verdien må være én linje, uten linjeskift eller kontrolltegn",
                "verdien må vere éi linje, utan linjeskift eller kontrollteikn",
                "the value must be one line, without line breaks or control characters")
TOO_LONG = Text("verdien er {length} tegn; høyst {most} er lov (lengre tekst hører hjemme i et lokalt notat)",
                "verdien er {length} teikn; høgst {most} er lov (lengre tekst høyrer heime i eit lokalt notat)",
                "the value is {length} characters; at most {most} are allowed (longer text belongs in a local note)")
NATIONAL_ID = Text("teksten ser ut til å inneholde et fødselsnummer eller D-nummer; det skal aldri stå i lokale "
                   "opplysninger",
                   "teksten ser ut til å innehalde eit fødselsnummer eller D-nummer; det skal aldri stå i lokale "
                   "opplysningar",
                   "the text seems to hold a national identity number (fødselsnummer or D-nummer); one never "
                   "belongs in the local facts")
NOTE_CONTROL = Text("notatet inneholder kontrolltegn; skriv vanlig tekst",
                    "notatet inneheld kontrollteikn; skriv vanleg tekst",
                    "the note holds control characters; write plain text")
NOTE_TOO_LONG = Text("notatet er {length} tegn; høyst {most} er lov: hold det kort",
                     "notatet er {length} teikn; høgst {most} er lov: hald det kort",
                     "the note is {length} characters; at most {most} are allowed: keep it short")
UNKNOWN_KEY = Text("ukjent nøkkel «{name}».{suggestion} Se alle nøklene med «frontdesk local list».",
                   "ukjend nøkkel «{name}».{suggestion} Sjå alle nøklane med «frontdesk local list».",
                   "unknown key '{name}'.{suggestion} See every key with 'frontdesk local list'.")
UNKNOWN_GUIDE = Text("ukjent veiledning «{name}».{suggestion} Se alle med «frontdesk guides list».",
                     "ukjend rettleiing «{name}».{suggestion} Sjå alle med «frontdesk guides list».",
                     "unknown guide '{name}'.{suggestion} See them all with 'frontdesk guides list'.")
DID_YOU_MEAN = Text(" Mente du «{name}»?", " Meinte du «{name}»?", " Did you mean '{name}'?")
IN_KEY = Text.same("{key}: {message}")  # a value in a file being imported
IN_NOTE = Text("notat for {guide}: {message}", "notat for {guide}: {message}", "note for {guide}: {message}")

# -- lokalt.yaml ---------------------------------------------------------------------------------------------------
FILE_UNREADABLE = Text("kan ikke leses: {reason}", "kan ikkje lesast: {reason}", "can't be read: {reason}")
YAML_ERROR = Text("YAML-feil: {reason}", "YAML-feil: {reason}", "YAML error: {reason}")
NOT_A_VALUES_FILE = Text("ikke en fil med lokale opplysninger (schema {schema})",
                         "ikkje ei fil med lokale opplysningar (schema {schema})",
                         "not a file of local facts (schema {schema})")
NOT_A_SECTION = Text("'{section}' må være en liste av «nøkkel: verdi»-linjer",
                     "'{section}' må vere ei liste av «nøkkel: verdi»-linjer",
                     "'{section}' must be a list of 'key: value' lines")
NEEDS_QUOTED_TEXT = Text("{section}: '{key}' må ha en tekst i anførselstegn som verdi",
                         "{section}: '{key}' må ha ein tekst i hermeteikn som verdi",
                         "{section}: '{key}' needs a text in quotes as its value")
VALUE_ONE_LINE = Text("values: '{key}' må være én linje", "values: '{key}' må vere éi linje",
                      "values: '{key}' must be one line")
