"""What building and importing a guide pack says when it refuses, in bokmål, nynorsk and English.

The reader is a supervisor with a pack file from a USB stick, or the publisher's IT: each message says what is
wrong and, where they can do something, what. A message follows "Ikke importert: " or "Feil: ", so it starts in
lower case. A value from the pack goes in through :func:`frontdesk.knowledge.packs.shown`.
"""

from __future__ import annotations

from frontdesk.i18n import Text

# -- the signature and the archive ----------------------------------------------------------------------------
NO_TRUSTED_KEY = Text(
    "ingen godkjent nøkkel er lagt inn: legg utgiverens offentlige nøkkel i trusted_keys.txt i frontdesk-mappen",
    "ingen godkjend nøkkel er lagd inn: legg den offentlege nøkkelen til utgjevaren i trusted_keys.txt i "
    "frontdesk-mappa",
    "no trusted public key is configured: add the publisher's public key to trusted_keys.txt in the frontdesk "
    "folder")
CANT_READ = Text("{path} kan ikke leses ({reason})", "{path} kan ikkje lesast ({reason})",
                 "{path} can't be read ({reason})")
DAMAGED = Text("{name} er skadet eller ikke en veiledningspakke: kopier filen på nytt fra utgiveren ({reason})",
               "{name} er skadd eller ikkje ein rettleiingspakke: kopier fila på nytt frå utgjevaren ({reason})",
               "{name} is damaged or not a guide pack: copy it again from the publisher ({reason})")
NOT_SIGNED = Text("pakken er ikke signert (manifest.json eller manifest.sig mangler): be utgiveren om en "
                  "signert pakke",
                  "pakken er ikkje signert (manifest.json eller manifest.sig manglar): be utgjevaren om ein "
                  "signert pakke",
                  "the pack is not signed (manifest.json or manifest.sig is missing): ask the publisher for a "
                  "signed pack")
NOT_A_SIGNATURE = Text("manifest.sig er ikke en signatur: kopier pakken på nytt fra utgiveren",
                       "manifest.sig er ikkje ein signatur: kopier pakken på nytt frå utgjevaren",
                       "manifest.sig is not a signature: copy the pack again from the publisher")
SIGNATURE_MISMATCH = Text(
    "signaturen passer ikke med noen godkjent nøkkel: pakken kan være endret etter at den ble signert. Kopier "
    "den på nytt fra utgiveren, og sjekk at utgiverens nøkkel står i trusted_keys.txt",
    "signaturen passar ikkje med nokon godkjend nøkkel: pakken kan vere endra etter at han vart signert. Kopier "
    "han på nytt frå utgjevaren, og sjå etter at nøkkelen til utgjevaren står i trusted_keys.txt",
    "the signature does not match any trusted key: the pack may have been altered after it was signed. Copy it "
    "again from the publisher, and check that the publisher's key is in trusted_keys.txt")
FILES_DIFFER = Text("filene i pakken er ikke de samme som i det signerte manifestet: pakken kan være endret. "
                    "Kopier den på nytt fra utgiveren",
                    "filene i pakken er ikkje dei same som i det signerte manifestet: pakken kan vere endra. "
                    "Kopier han på nytt frå utgjevaren",
                    "the files in the pack differ from its signed manifest: the pack may have been altered. Copy "
                    "it again from the publisher")
CHECKSUM = Text("{name} stemmer ikke med den signerte sjekksummen: pakken kan være endret. Kopier den på nytt "
                "fra utgiveren",
                "{name} stemmer ikkje med den signerte sjekksummen: pakken kan vere endra. Kopier han på nytt "
                "frå utgjevaren",
                "{name} does not match its signed checksum: the pack may have been altered. Copy it again from "
                "the publisher")
SIZE_DIFFERS = Text("{name}: størrelsen i arkivet er ikke den signerte størrelsen; kopier pakken på nytt fra "
                    "utgiveren",
                    "{name}: storleiken i arkivet er ikkje den signerte storleiken; kopier pakken på nytt frå "
                    "utgjevaren",
                    "{name}: its size in the archive differs from its signed size; copy the pack again from the "
                    "publisher")
CONTENT_SIZE = Text("{name}: innholdet har ikke den størrelsen arkivet oppgir; kopier pakken på nytt fra "
                    "utgiveren",
                    "{name}: innhaldet har ikkje den storleiken arkivet oppgjev; kopier pakken på nytt frå "
                    "utgjevaren",
                    "{name}: its content is not the size the archive says; copy the pack again from the publisher")
TOO_MANY_FILES = Text("pakken har {count} filer; høyst {most} veiledninger er lov",
                      "pakken har {count} filer; høgst {most} rettleiingar er lov",
                      "the pack has {count} files; at most {most} guides are allowed")
LISTED_TWICE = Text("pakken har samme fil to ganger: kopier den på nytt fra utgiveren",
                    "pakken har same fila to gonger: kopier han på nytt frå utgjevaren",
                    "the pack lists a file twice: copy it again from the publisher")
SYMLINK = Text("pakken inneholder en symbolsk lenke, noe en veiledningspakke aldri har: {name}",
               "pakken inneheld ei symbolsk lenkje, noko ein rettleiingspakke aldri har: {name}",
               "the pack contains a symbolic link, which a guide pack never does: {name}")
ODD_COMPRESSION = Text("{name} er komprimert eller kryptert på en måte veiledningspakker aldri er",
                       "{name} er komprimert eller kryptert på ein måte rettleiingspakkar aldri er",
                       "{name} is compressed or encrypted in a way guide packs never are")
FILE_TOO_BIG = Text("{name} er {size} byte; en fil i en pakke kan være høyst {most}",
                    "{name} er {size} byte; ei fil i ein pakke kan vere høgst {most}",
                    "{name} is {size} bytes; a file in a pack may be at most {most}")
ZIP_BOMB = Text("{name} blir mistenkelig stor når den pakkes ut (kanskje en zip-bombe)",
                "{name} blir mistenkeleg stor når ho blir pakka ut (kanskje ei zip-bombe)",
                "{name} expands suspiciously much (possible zip bomb)")
TOO_BIG = Text("pakken blir {total} byte når den pakkes ut; høyst {most} er lov",
               "pakken blir {total} byte når han blir pakka ut; høgst {most} er lov",
               "the pack unpacks to {total} bytes; at most {most} are allowed")
INVALID_GUIDES = Text("pakken har veiledninger med feil, så ingenting ble installert; be utgiveren rette dem:\n"
                      "{details}",
                      "pakken har rettleiingar med feil, så ingenting vart installert; be utgjevaren rette dei:\n"
                      "{details}",
                      "the pack has invalid guides, so nothing was installed; ask the publisher to fix them:\n"
                      "{details}")

# -- the manifest -----------------------------------------------------------------------------------------------
NOT_JSON = Text("manifest.json er ikke gyldig JSON: kopier pakken på nytt fra utgiveren",
                "manifest.json er ikkje gyldig JSON: kopier pakken på nytt frå utgjevaren",
                "manifest.json is not valid JSON: copy the pack again from the publisher")
NOT_A_PACK = Text("dette er ikke en veiledningspakke for frontdesk",
                  "dette er ikkje ein rettleiingspakke for frontdesk", "this is not a frontdesk guide pack")
UNKNOWN_SCHEMA = Text("ukjent pakkeformat {schema}; denne versjonen av frontdesk leser format {known}: oppdater "
                      "frontdesk eller be utgiveren om en pakke i format {known}",
                      "ukjend pakkeformat {schema}; denne versjonen av frontdesk les format {known}: oppdater "
                      "frontdesk eller be utgjevaren om ein pakke i format {known}",
                      "unknown pack schema {schema}; this version of frontdesk reads schema {known}: update "
                      "frontdesk or ask the publisher for a pack in schema {known}")
MANIFEST_FIELDS = Text("manifestet har felt som ikke skal være der, eller mangler felt: {fields}",
                       "manifestet har felt som ikkje skal vere der, eller manglar felt: {fields}",
                       "the manifest has unexpected or missing fields: {fields}")
BAD_DATE = Text("datoen {date} i manifestet er ikke en dato (ÅÅÅÅ-MM-DD)",
                "datoen {date} i manifestet er ikkje ein dato (ÅÅÅÅ-MM-DD)",
                "the manifest's date {date} is not a date (YYYY-MM-DD)")
FILE_LIST = Text("fillisten i manifestet kan nevne høyst {most} veiledninger",
                 "fillista i manifestet kan nemne høgst {most} rettleiingar",
                 "the manifest's file list must name at most {most} guides")
FILE_ENTRY = Text("oppføringen for {name} i manifestet må ha en sha256 og en størrelse",
                  "oppføringa for {name} i manifestet må ha ein sha256 og ein storleik",
                  "the manifest's entry for {name} needs a sha256 and a size")
CASE_CLASH = Text("pakken har to filer med navn som bare skiller seg i store og små bokstaver",
                  "pakken har to filer med namn som berre skil seg i store og små bokstavar",
                  "the pack has two files whose names differ only in upper and lower case")
BAD_NAME = Text("pakkenavnet {name} er ikke tillatt: bruk små bokstaver a–z, sifre og bindestrek, høyst 64 tegn, "
                "for eksempel 'kommunen'",
                "pakkenamnet {name} er ikkje tillate: bruk små bokstavar a–z, siffer og bindestrek, høgst 64 teikn, "
                "til dømes 'kommunen'",
                "the pack name {name} is not allowed: use a lowercase slug such as 'kommunen' (letters a-z, digits "
                "and hyphens, at most 64)")
BAD_VERSION = Text("pakkeversjonen {version} er ikke tillatt: bruk ett til fire tall med punktum mellom, for "
                   "eksempel 2026.11 eller 3",
                   "pakkeversjonen {version} er ikkje tillaten: bruk eitt til fire tal med punktum mellom, til "
                   "dømes 2026.11 eller 3",
                   "the pack version {version} is not allowed: use one to four numbers joined by dots, such as "
                   "2026.11 or 3")
BAD_FILE_NAME = Text("pakken inneholder et filnavn som ikke er tillatt: {name}",
                     "pakken inneheld eit filnamn som ikkje er tillate: {name}",
                     "the pack contains a file name that is not allowed: {name}")
OLDER = Text("pakken '{name}' versjon {version} er eldre enn den installerte versjonen {installed}",
             "pakken '{name}' versjon {version} er eldre enn den installerte versjonen {installed}",
             "pack '{name}' version {version} is older than the installed version {installed}")
BUILT = Text("{version} (bygget {date})", "{version} (bygd {date})", "{version} (built {date})")

# -- keys and building -------------------------------------------------------------------------------------------
NOT_A_PRIVATE_KEY = Text("{path}: ikke en lesbar ed25519-privatnøkkel ({reason})",
                         "{path}: ikkje ein lesbar ed25519-privatnøkkel ({reason})",
                         "{path}: not a readable ed25519 private key ({reason})")
NOT_ED25519 = Text("{path}: nøkkelen er ikke en ed25519-nøkkel; lag en med «frontdesk guides keygen»",
                   "{path}: nøkkelen er ikkje ein ed25519-nøkkel; lag ein med «frontdesk guides keygen»",
                   "{path}: the key is not an ed25519 key; make one with 'frontdesk guides keygen'")
KEYS_UNREADABLE = Text("{path} kan ikke leses som en liste med nøkler ({reason})",
                       "{path} kan ikkje lesast som ei liste med nøklar ({reason})",
                       "{path} can't be read as a list of keys ({reason})")
NOT_A_PUBLIC_KEY = Text("{path}:{line}: ikke en offentlig ed25519-nøkkel; kopier linjen på nytt fra utgiveren",
                        "{path}:{line}: ikkje ein offentleg ed25519-nøkkel; kopier linja på nytt frå utgjevaren",
                        "{path}:{line}: not an ed25519 public key; copy the line again from the publisher")
GUIDES_HAVE_ERRORS = Text("veiledningene har feil; rett dem først:\n{details}",
                          "rettleiingane har feil; rett dei først:\n{details}",
                          "the guides have errors; fix them first:\n{details}")

# -- the disk ------------------------------------------------------------------------------------------------------
NO_WRITE_ACCESS = Text("frontdesk har ikke lov til å skrive i mappen {folder}: be IT om skrivetilgang",
                       "frontdesk har ikkje lov til å skrive i mappa {folder}: be IT om skrivetilgang",
                       "frontdesk may not write to the folder {folder}: ask IT for write access")
DISK_FULL = Text("disken er full ({folder}): frigjør litt plass og prøv igjen",
                 "disken er full ({folder}): frigjer litt plass og prøv igjen",
                 "the disk is full ({folder}): free some space and try again")
NOT_WRITTEN = Text("mappen {folder} kunne ikke skrives ({reason})", "mappa {folder} kunne ikkje skrivast ({reason})",
                   "the folder {folder} could not be written ({reason})")
NOTHING_CHANGED = Text("{reason}. Ingenting er endret.", "{reason}. Ingenting er endra.",
                       "{reason}. Nothing was changed.")
