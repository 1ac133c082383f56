"""User-facing messages of the visit log, in bokmål, nynorsk and English, kept together so the UI can show them.

Messages never repeat the text that was refused: it may hold a citizen's details, and messages end up on
screen, in terminals and sometimes in support e-mails.
"""

from __future__ import annotations

from enum import StrEnum

from frontdesk.i18n import Text


class PersonalDataKind(StrEnum):
    NATIONAL_ID = "national_id"  # 11 digits that pass the fødselsnummer / D-nummer check digits
    LONG_NUMBER = "long_number"  # 8 or more digits, however they are grouped or split
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"  # a common first name or surname as a word of an id
    ID_DIGITS = "id_digits"  # an id with more digits than any id needs


_NOT_STORED_WHY = Text("Personopplysninger skal ikke lagres i besøksloggen.",
                       "Personopplysningar skal ikkje lagrast i besøksloggen.",
                       "Personal data must not be stored in the visit log.")

PRIVACY_MESSAGES: dict[PersonalDataKind, Text] = {
    PersonalDataKind.NATIONAL_ID: Text(
        "Teksten ser ut til å inneholde et fødselsnummer eller D-nummer.",
        "Teksten ser ut til å innehalde eit fødselsnummer eller D-nummer.",
        "The text seems to contain a Norwegian national identity number or D number.",
    ),
    PersonalDataKind.LONG_NUMBER: Text(
        "Teksten inneholder 8 sifre eller mer, også om de er delt opp med mellomrom, tegn eller bokstaver. De kan "
        "være et telefonnummer, fødselsnummer, D-nummer eller kontonummer.",
        "Teksten inneheld 8 siffer eller meir, også om dei er delte opp med mellomrom, teikn eller bokstavar. Dei "
        "kan vere eit telefonnummer, fødselsnummer, D-nummer eller kontonummer.",
        "The text holds 8 or more digits, even if they are split up by spaces, marks or letters. They could be a "
        "phone number, national identity number, D number or account number.",
    ),
    PersonalDataKind.PHONE: Text(
        "Teksten ser ut til å inneholde et telefonnummer.",
        "Teksten ser ut til å innehalde eit telefonnummer.",
        "The text seems to contain a phone number.",
    ),
    PersonalDataKind.EMAIL: Text(
        "Teksten ser ut til å inneholde en e-postadresse.",
        "Teksten ser ut til å innehalde ei e-postadresse.",
        "The text seems to contain an e-mail address.",
    ),
    PersonalDataKind.NAME: Text(
        "Teksten ser ut til å inneholde et personnavn. Gi skranken eller tjenesten et navn, ikke en person.",
        "Teksten ser ut til å innehalde eit personnamn. Gi skranken eller tenesta eit namn, ikkje ein person.",
        "The text seems to contain a person's name. Name the counter or the service, not a person.",
    ),
    PersonalDataKind.ID_DIGITS: Text(
        "En id kan ha høyst 4 sifre, slik at den aldri kan romme et telefonnummer eller fødselsnummer.",
        "Ein id kan ha høgst 4 siffer, slik at han aldri kan romme eit telefonnummer eller fødselsnummer.",
        "An id may hold at most 4 digits, so that it can never carry a phone number or national identity number.",
    ),
}

NOTHING_STORED = Text("Ingenting ble lagret.", "Ingenting vart lagra.", "Nothing was stored.")

# The shape each kind of stored text must have, by the rule's name in privacy.FIELD_RULES. "{max}" is its
# greatest length.
SHAPE_MESSAGES: dict[str, Text] = {
    "station": Text(
        "Bruk 1–{max} bokstaver og sifre, med ett mellomrom, «-» eller «_» mellom ordene (for eksempel «skranke-1»).",
        "Bruk 1–{max} bokstavar og siffer, med eitt mellomrom, «-» eller «_» mellom orda (til dømes «skranke-1»).",
        "Use 1–{max} letters and digits, with one space, '-' or '_' between words (for example 'skranke-1').",
    ),
    "category": Text(
        "En kategori-id er «gruppe.navn» med små bokstaver a–z, sifre og «_», høyst {max} tegn "
        "(for eksempel «lokal.bibliotekkort»).",
        "Ein kategori-id er «gruppe.namn» med små bokstavar a–z, siffer og «_», høgst {max} teikn "
        "(til dømes «lokal.bibliotekkort»).",
        "A category id is 'group.name' in lowercase letters a–z, digits and '_', at most {max} characters "
        "(for example 'lokal.bibliotekkort').",
    ),
    "group": Text(
        "En id begynner med en liten bokstav a–z og har bare små bokstaver, sifre og «_», høyst {max} tegn "
        "(for eksempel «lokal»).",
        "Ein id byrjar med ein liten bokstav a–z og har berre små bokstavar, siffer og «_», høgst {max} teikn "
        "(til dømes «lokal»).",
        "An id starts with a lowercase letter a–z and holds only lowercase letters, digits and '_', at most {max} "
        "characters (for example 'lokal').",
    ),
    "guide_id": Text(
        "En veilednings-id har små bokstaver a–z og sifre med «-» mellom ordene, høyst {max} tegn "
        "(for eksempel «nav-meldekort»).",
        "Ein rettleiings-id har små bokstavar a–z og siffer med «-» mellom orda, høgst {max} teikn "
        "(til dømes «nav-meldekort»).",
        "A guide id has lowercase letters a–z and digits with '-' between words, at most {max} characters "
        "(for example 'nav-meldekort').",
    ),
    "event_kind": Text(
        "En arrangementstype-id begynner med en liten bokstav a–z og har bare små bokstaver, sifre og «_», høyst "
        "{max} tegn (for eksempel «bankid_kurs»).",
        "Ein arrangementstype-id byrjar med ein liten bokstav a–z og har berre små bokstavar, siffer og «_», høgst "
        "{max} teikn (til dømes «bankid_kurs»).",
        "An event kind id starts with a lowercase letter a–z and holds only lowercase letters, digits and '_', at "
        "most {max} characters (for example 'bankid_kurs').",
    ),
    "text": Text(
        "Skriv én linje på høyst {max} tegn.",
        "Skriv éi linje på høgst {max} teikn.",
        "Write one line of at most {max} characters.",
    ),
    "municipality": Text(
        "Et kommunenummer har {max} sifre (for eksempel «0301» for Oslo).",
        "Eit kommunenummer har {max} siffer (til dømes «0301» for Oslo).",
        "A municipality number has {max} digits (for example '0301' for Oslo).",
    ),
    "service": Text(
        "Navnet på en tjeneste i pg_service.conf: en bokstav a–z først, så bokstaver, sifre, «_», «.» eller «-», "
        "høyst {max} tegn (for eksempel «frontdesk»).",
        "Namnet på ei teneste i pg_service.conf: ein bokstav a–z først, så bokstavar, siffer, «_», «.» eller «-», "
        "høgst {max} teikn (til dømes «frontdesk»).",
        "The name of a service in pg_service.conf: a letter a–z first, then letters, digits, '_', '.' or '-', "
        "at most {max} characters (for example 'frontdesk').",
    ),
    "visit_id": Text(
        "En besøks-id er en tilfeldig uuid4 skrevet med små bokstaver "
        "(som «0f8fad5b-d9cb-469f-a165-70867728950e»).",
        "Ein besøks-id er ein tilfeldig uuid4 skriven med små bokstavar "
        "(som «0f8fad5b-d9cb-469f-a165-70867728950e»).",
        "A visit id is a random uuid4 written in lowercase (like '0f8fad5b-d9cb-469f-a165-70867728950e').",
    ),
    "event_id": Text(
        "En arrangement-id er en tilfeldig uuid4 skrevet med små bokstaver "
        "(som «0f8fad5b-d9cb-469f-a165-70867728950e»).",
        "Ein arrangement-id er ein tilfeldig uuid4 skriven med små bokstavar "
        "(som «0f8fad5b-d9cb-469f-a165-70867728950e»).",
        "An event id is a random uuid4 written in lowercase (like '0f8fad5b-d9cb-469f-a165-70867728950e').",
    ),
}

# Names of the places text can enter, for "<field>: <message>".
FIELD_LABELS: dict[str, Text] = {
    "station": Text("Skranke", "Skranke", "Station"),
    "centre_name": Text("Sentrets navn", "Namnet på senteret", "Centre name"),
    "label_nb": Text("Kategorinavn (bokmål)", "Kategorinamn (bokmål)", "Category label (bokmål)"),
    "label_nn": Text("Navn (nynorsk)", "Namn (nynorsk)", "Label (nynorsk)"),
    "label_en": Text("Kategorinavn (engelsk)", "Kategorinamn (engelsk)", "Category label (English)"),
    "guides_folder": Text("Mappe for lokale veiledninger", "Mappe for lokale rettleiingar", "Local guides folder"),
    "sync_folder": Text("Delt mappe for besøkstall", "Delt mappe for besøkstal", "Shared visits folder"),
    "category": Text("Kategori-id", "Kategori-id", "Category id"),
    "replaced_by": Text("Erstattet av (replaced_by)", "Erstatta av (replaced_by)", "Replaced by (replaced_by)"),
    "favourites": Text("Favorittkategorier", "Favorittkategoriar", "Favourite categories"),
    "group": Text("Gruppe-id", "Gruppe-id", "Group id"),
    "guide_id": Text("Veilednings-id", "Rettleiings-id", "Guide id"),
    "referred_to": Text("Henvist til (etat-id)", "Tilvist til (etat-id)", "Referred to (agency id)"),
    "id": Text("Besøks-id", "Besøks-id", "Visit id"),
    "municipality": Text("Kommunenummer", "Kommunenummer", "Municipality number"),
    "central_service": Text("Sentral database (tjenestenavn)", "Sentral database (tenestenamn)",
                            "Central database (service name)"),
    "event_kind": Text("Arrangementstype", "Arrangementstype", "Event kind"),
    "event_id": Text("Arrangement-id", "Arrangement-id", "Event id"),
}


def field_label(field: str, language: str = "nb") -> str:
    labels = FIELD_LABELS.get(field)
    return field if labels is None else labels.get(language)


def privacy_reason(kind: PersonalDataKind, field: str, language: str = "nb") -> str:
    """Which field, and why it was refused."""
    return f"{field_label(field, language)}: {PRIVACY_MESSAGES[kind].get(language)} {_NOT_STORED_WHY.get(language)}"


def privacy_message(kind: PersonalDataKind, field: str, language: str = "nb") -> str:
    """The full sentence for the UI: which field, why it was refused, and that nothing was stored."""
    return f"{privacy_reason(kind, field, language)} {NOTHING_STORED.get(language)}"


def shape_reason(shape: str, max_length: int, field: str, language: str = "nb") -> str:
    """Which field, and the shape its text must have."""
    return f"{field_label(field, language)}: {SHAPE_MESSAGES[shape].fill(language, max=max_length)}"


def shape_message(shape: str, max_length: int, field: str, language: str = "nb") -> str:
    return f"{shape_reason(shape, max_length, field, language)} {NOTHING_STORED.get(language)}"


# Failures of the disk or folder, by StorageProblem value. "{folder}" is the folder that refused.
STORAGE_MESSAGES: dict[str, Text] = {
    "read_only": Text(
        "Besøksloggen kan ikke lagres: frontdesk har ikke lov til å skrive i mappen {folder}. "
        "Be IT om skrivetilgang til mappen, eller velg en annen mappe med --home.",
        "Besøksloggen kan ikkje lagrast: frontdesk har ikkje løyve til å skrive i mappa {folder}. "
        "Be IT om skrivetilgang til mappa, eller vel ei anna mappe med --home.",
        "The visit log can't be saved: frontdesk may not write to the folder {folder}. "
        "Ask IT for write access to the folder, or choose another folder with --home.",
    ),
    "disk_full": Text(
        "Besøksloggen kan ikke lagres fordi disken er full ({folder}). Frigjør plass og prøv igjen. "
        "Besøk som allerede er lagret, er ikke berørt.",
        "Besøksloggen kan ikkje lagrast fordi disken er full ({folder}). Frigjer plass og prøv igjen. "
        "Besøk som alt er lagra, er ikkje råka.",
        "The visit log can't be saved because the disk is full ({folder}). Free some space and try again. "
        "Visits already saved are not affected.",
    ),
    "cant_open": Text(
        "Besøksloggen kan ikke åpnes: mappen {folder} finnes ikke eller er ikke en mappe. "
        "Sjekk --home eller FRONTDESK_HOME.",
        "Besøksloggen kan ikkje opnast: mappa {folder} finst ikkje eller er ikkje ei mappe. "
        "Sjekk --home eller FRONTDESK_HOME.",
        "The visit log can't be opened: the folder {folder} does not exist or is not a folder. "
        "Check --home or FRONTDESK_HOME.",
    ),
    "io_error": Text(
        "Disken meldte en lese- eller skrivefeil for besøksloggen i {folder}. Prøv igjen; skjer det igjen, "
        "kontakt IT.",
        "Disken melde ein lese- eller skrivefeil for besøksloggen i {folder}. Prøv igjen; skjer det igjen, "
        "kontakt IT.",
        "The disk reported a read or write error for the visit log in {folder}. Try again; if it happens "
        "again, contact IT.",
    ),
    "moved": Text(
        "Besøksloggen i {folder} er slettet eller byttet ut mens frontdesk hadde den åpen. Lukk frontdesk og "
        "start det igjen: den nyeste sikkerhetskopien blir da lagt tilbake, og du får vite hva som mangler.",
        "Besøksloggen i {folder} er sletta eller bytt ut medan frontdesk hadde han open. Lukk frontdesk og "
        "start det igjen: den nyaste tryggleikskopien blir då lagd tilbake, og du får vite kva som manglar.",
        "The visit log in {folder} was deleted or replaced while frontdesk had it open. Close frontdesk and start "
        "it again: the newest backup is then put back, and you are told what is missing.",
    ),
    "unreadable": Text(
        "frontdesk har ikke lov til å lese mappen {folder}. Be IT om lese- og skrivetilgang til mappen, "
        "eller velg en annen mappe med --home.",
        "frontdesk har ikkje løyve til å lese mappa {folder}. Be IT om lese- og skrivetilgang til mappa, "
        "eller vel ei anna mappe med --home.",
        "frontdesk may not read the folder {folder}. Ask IT for read and write access to the folder, or "
        "choose another folder with --home.",
    ),
}


def storage_message(problem: str, folder: str, language: str = "nb") -> str:
    text = STORAGE_MESSAGES[problem].fill(language, folder=folder)
    return text if problem == "unreadable" else f"{text} {NOTHING_STORED.get(language)}"  # reading stores nothing


# What start-up found, by Recovery.reason. "{moved}" is where the file went.
RECOVERY_FINDINGS: dict[str, Text] = {
    "damaged": Text("Besøksloggen var skadet. Den er flyttet til {moved}",
                    "Besøksloggen var skadd. Han er flytta til {moved}",
                    "The visit log was damaged. It has been moved to {moved}"),
    "empty": Text("Besøksloggen var tom, selv om det har vært ført besøk her før. Den tomme filen er flyttet til "
                  "{moved}",
                  "Besøksloggen var tom, sjølv om det har vore ført besøk her før. Den tomme fila er flytta til "
                  "{moved}",
                  "The visit log was empty although visits have been logged here before. The empty file has been "
                  "moved to {moved}"),
    "missing": Text("Besøksloggen manglet (slettet eller flyttet), selv om det har vært ført besøk her før",
                    "Besøksloggen mangla (sletta eller flytta), sjølv om det har vore ført besøk her før",
                    "The visit log was missing (deleted or moved) although visits have been logged here before"),
}
# What start-up did about it: "{found}" is one of the findings above.
_STARTED_WITH_SALVAGED = Text(
    "{found}. Det fantes ingen brukbar sikkerhetskopi: frontdesk har startet en ny besøkslogg med de {salvaged} "
    "besøkene som fortsatt kunne leses fra den skadde filen.",
    "{found}. Det fanst ingen brukande tryggleikskopi: frontdesk har starta ein ny besøkslogg med dei {salvaged} "
    "besøka som framleis kunne lesast frå den skadde fila.",
    "{found}. No usable backup was found: frontdesk started a new visit log with the {salvaged} visits that could "
    "still be read from the damaged file.")
_STARTED_EMPTY = Text(
    "{found}. Det fantes ingen brukbar sikkerhetskopi, så frontdesk har startet en tom besøkslogg.",
    "{found}. Det fanst ingen brukande tryggleikskopi, så frontdesk har starta ein tom besøkslogg.",
    "{found}. No usable backup was found, so frontdesk started an empty visit log.")
_RESTORED = Text(
    "{found}, og sikkerhetskopien fra {backup_time} er lagt tilbake. Besøk etter det tidspunktet mangler{rescued}.",
    "{found}, og tryggleikskopien frå {backup_time} er lagd tilbake. Besøk etter det tidspunktet manglar{rescued}.",
    "{found}, and the backup from {backup_time} has been put back. Visits after that time are missing{rescued}.")
_RESCUED = Text(", bortsett fra {salvaged} som ble lest tilbake fra den skadde filen",
                ", bortsett frå {salvaged} som vart lesne tilbake frå den skadde fila",
                ", except {salvaged} that were read back from the damaged file")


def recovery_message(reason: str, moved_to: str | None, backup_time: str | None, salvaged: int,
                     language: str = "nb") -> str:
    """What start-up did about a damaged, emptied or missing visit log: what was found, where the file went,
    which backup was put back and how many visits were read back from the damaged file."""
    found = RECOVERY_FINDINGS[reason].fill(language, moved=moved_to or "")
    if backup_time is None and salvaged:
        return _STARTED_WITH_SALVAGED.fill(language, found=found, salvaged=salvaged)
    if backup_time is None:
        return _STARTED_EMPTY.fill(language, found=found)
    rescued = _RESCUED.fill(language, salvaged=salvaged) if salvaged else ""
    return _RESTORED.fill(language, found=found, backup_time=backup_time, rescued=rescued)
