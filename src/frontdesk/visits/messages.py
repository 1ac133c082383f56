"""User-facing messages of the visit log, in bokmål and English, kept together so the UI can show them.

Each entry is ``(bokmål, English)``. Messages never repeat the text that was refused: it may hold a citizen's
details, and messages end up on screen, in terminals and sometimes in support e-mails.
"""

from __future__ import annotations

from enum import StrEnum


class PersonalDataKind(StrEnum):
    NATIONAL_ID = "national_id"  # 11 digits that pass the fødselsnummer / D-nummer check digits
    LONG_NUMBER = "long_number"  # 8 or more digits, however they are grouped or split
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"  # a common first name or surname as a word of an id
    ID_DIGITS = "id_digits"  # an id with more digits than any id needs


_NOT_STORED_WHY = ("Personopplysninger skal ikke lagres i besøksloggen.",
                   "Personal data must not be stored in the visit log.")

PRIVACY_MESSAGES: dict[PersonalDataKind, tuple[str, str]] = {
    PersonalDataKind.NATIONAL_ID: (
        "Teksten ser ut til å inneholde et fødselsnummer eller D-nummer.",
        "The text seems to contain a Norwegian national identity number or D number.",
    ),
    PersonalDataKind.LONG_NUMBER: (
        "Teksten inneholder 8 sifre eller mer, også om de er delt opp med mellomrom, tegn eller bokstaver. De kan "
        "være et telefonnummer, fødselsnummer, D-nummer eller kontonummer.",
        "The text holds 8 or more digits, even if they are split up by spaces, marks or letters. They could be a "
        "phone number, national identity number, D number or account number.",
    ),
    PersonalDataKind.PHONE: (
        "Teksten ser ut til å inneholde et telefonnummer.",
        "The text seems to contain a phone number.",
    ),
    PersonalDataKind.EMAIL: (
        "Teksten ser ut til å inneholde en e-postadresse.",
        "The text seems to contain an e-mail address.",
    ),
    PersonalDataKind.NAME: (
        "Teksten ser ut til å inneholde et personnavn. Gi skranken eller tjenesten et navn, ikke en person.",
        "The text seems to contain a person's name. Name the counter or the service, not a person.",
    ),
    PersonalDataKind.ID_DIGITS: (
        "En id kan ha høyst 4 sifre, slik at den aldri kan romme et telefonnummer eller fødselsnummer.",
        "An id may hold at most 4 digits, so that it can never carry a phone number or national identity number.",
    ),
}

NOTHING_STORED: tuple[str, str] = ("Ingenting ble lagret.", "Nothing was stored.")

# The shape each kind of stored text must have, by the rule's name in privacy.FIELD_RULES. "{max}" is its
# greatest length.
SHAPE_MESSAGES: dict[str, tuple[str, str]] = {
    "station": (
        "Bruk 1–{max} bokstaver og sifre, med ett mellomrom, «-» eller «_» mellom ordene (for eksempel «skranke-1»).",
        "Use 1–{max} letters and digits, with one space, '-' or '_' between words (for example 'skranke-1').",
    ),
    "category": (
        "En kategori-id er «gruppe.navn» med små bokstaver a–z, sifre og «_», høyst {max} tegn "
        "(for eksempel «lokal.bibliotekkort»).",
        "A category id is 'group.name' in lowercase letters a–z, digits and '_', at most {max} characters "
        "(for example 'lokal.bibliotekkort').",
    ),
    "group": (
        "En id begynner med en liten bokstav a–z og har bare små bokstaver, sifre og «_», høyst {max} tegn "
        "(for eksempel «lokal»).",
        "An id starts with a lowercase letter a–z and holds only lowercase letters, digits and '_', at most {max} "
        "characters (for example 'lokal').",
    ),
    "guide_id": (
        "En veilednings-id har små bokstaver a–z og sifre med «-» mellom ordene, høyst {max} tegn "
        "(for eksempel «nav-meldekort»).",
        "A guide id has lowercase letters a–z and digits with '-' between words, at most {max} characters "
        "(for example 'nav-meldekort').",
    ),
    "event_kind": (
        "En arrangementstype-id begynner med en liten bokstav a–z og har bare små bokstaver, sifre og «_», høyst "
        "{max} tegn (for eksempel «bankid_kurs»).",
        "An event kind id starts with a lowercase letter a–z and holds only lowercase letters, digits and '_', at "
        "most {max} characters (for example 'bankid_kurs').",
    ),
    "text": (
        "Skriv én linje på høyst {max} tegn.",
        "Write one line of at most {max} characters.",
    ),
    "municipality": (
        "Et kommunenummer har {max} sifre (for eksempel «0301» for Oslo).",
        "A municipality number has {max} digits (for example '0301' for Oslo).",
    ),
    "service": (
        "Navnet på en tjeneste i pg_service.conf: en bokstav a–z først, så bokstaver, sifre, «_», «.» eller «-», "
        "høyst {max} tegn (for eksempel «frontdesk»).",
        "The name of a service in pg_service.conf: a letter a–z first, then letters, digits, '_', '.' or '-', "
        "at most {max} characters (for example 'frontdesk').",
    ),
    "visit_id": (
        "En besøks-id er en tilfeldig uuid4 skrevet med små bokstaver "
        "(som «0f8fad5b-d9cb-469f-a165-70867728950e»).",
        "A visit id is a random uuid4 written in lowercase (like '0f8fad5b-d9cb-469f-a165-70867728950e').",
    ),
    "event_id": (
        "En arrangement-id er en tilfeldig uuid4 skrevet med små bokstaver "
        "(som «0f8fad5b-d9cb-469f-a165-70867728950e»).",
        "An event id is a random uuid4 written in lowercase (like '0f8fad5b-d9cb-469f-a165-70867728950e').",
    ),
}

# Names of the places text can enter, for "<field>: <message>".
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "station": ("Skranke", "Station"),
    "centre_name": ("Sentrets navn", "Centre name"),
    "label_nb": ("Kategorinavn (bokmål)", "Category label (bokmål)"),
    "label_nn": ("Navn (nynorsk)", "Label (nynorsk)"),
    "label_en": ("Kategorinavn (engelsk)", "Category label (English)"),
    "guides_folder": ("Mappe for lokale veiledninger", "Local guides folder"),
    "sync_folder": ("Delt mappe for besøkstall", "Shared visits folder"),
    "category": ("Kategori-id", "Category id"),
    "replaced_by": ("Erstattet av (replaced_by)", "Replaced by (replaced_by)"),
    "favourites": ("Favorittkategorier", "Favourite categories"),
    "group": ("Gruppe-id", "Group id"),
    "guide_id": ("Veilednings-id", "Guide id"),
    "referred_to": ("Henvist til (etat-id)", "Referred to (agency id)"),
    "id": ("Besøks-id", "Visit id"),
    "municipality": ("Kommunenummer", "Municipality number"),
    "central_service": ("Sentral database (tjenestenavn)", "Central database (service name)"),
    "event_kind": ("Arrangementstype", "Event kind"),
    "event_id": ("Arrangement-id", "Event id"),
}


def field_label(field: str, language: str = "nb") -> str:
    labels = FIELD_LABELS.get(field)
    if labels is None:
        return field
    return labels[1] if language == "en" else labels[0]


def privacy_reason(kind: PersonalDataKind, field: str, language: str = "nb") -> str:
    """Which field, and why it was refused."""
    index = 1 if language == "en" else 0
    return f"{field_label(field, language)}: {PRIVACY_MESSAGES[kind][index]} {_NOT_STORED_WHY[index]}"


def privacy_message(kind: PersonalDataKind, field: str, language: str = "nb") -> str:
    """The full sentence for the UI: which field, why it was refused, and that nothing was stored."""
    return f"{privacy_reason(kind, field, language)} {NOTHING_STORED[1 if language == 'en' else 0]}"


def shape_reason(shape: str, max_length: int, field: str, language: str = "nb") -> str:
    """Which field, and the shape its text must have."""
    index = 1 if language == "en" else 0
    return f"{field_label(field, language)}: {SHAPE_MESSAGES[shape][index].format(max=max_length)}"


def shape_message(shape: str, max_length: int, field: str, language: str = "nb") -> str:
    return f"{shape_reason(shape, max_length, field, language)} {NOTHING_STORED[1 if language == 'en' else 0]}"


# Failures of the disk or folder, by StorageProblem value. "{folder}" is the folder that refused.
STORAGE_MESSAGES: dict[str, tuple[str, str]] = {
    "read_only": (
        "Besøksloggen kan ikke lagres: frontdesk har ikke lov til å skrive i mappen {folder}. "
        "Be IT om skrivetilgang til mappen, eller velg en annen mappe med --home.",
        "The visit log can't be saved: frontdesk may not write to the folder {folder}. "
        "Ask IT for write access to the folder, or choose another folder with --home.",
    ),
    "disk_full": (
        "Besøksloggen kan ikke lagres fordi disken er full ({folder}). Frigjør plass og prøv igjen. "
        "Besøk som allerede er lagret, er ikke berørt.",
        "The visit log can't be saved because the disk is full ({folder}). Free some space and try again. "
        "Visits already saved are not affected.",
    ),
    "cant_open": (
        "Besøksloggen kan ikke åpnes: mappen {folder} finnes ikke eller er ikke en mappe. "
        "Sjekk --home eller FRONTDESK_HOME.",
        "The visit log can't be opened: the folder {folder} does not exist or is not a folder. "
        "Check --home or FRONTDESK_HOME.",
    ),
    "io_error": (
        "Disken meldte en lese- eller skrivefeil for besøksloggen i {folder}. Prøv igjen; skjer det igjen, "
        "kontakt IT.",
        "The disk reported a read or write error for the visit log in {folder}. Try again; if it happens "
        "again, contact IT.",
    ),
    "moved": (
        "Besøksloggen i {folder} er slettet eller byttet ut mens frontdesk hadde den åpen. Lukk frontdesk og "
        "start det igjen: den nyeste sikkerhetskopien blir da lagt tilbake, og du får vite hva som mangler.",
        "The visit log in {folder} was deleted or replaced while frontdesk had it open. Close frontdesk and start "
        "it again: the newest backup is then put back, and you are told what is missing.",
    ),
    "unreadable": (
        "frontdesk har ikke lov til å lese mappen {folder}. Be IT om lese- og skrivetilgang til mappen, "
        "eller velg en annen mappe med --home.",
        "frontdesk may not read the folder {folder}. Ask IT for read and write access to the folder, or "
        "choose another folder with --home.",
    ),
}


def storage_message(problem: str, folder: str, language: str = "nb") -> str:
    index = 1 if language == "en" else 0
    text = STORAGE_MESSAGES[problem][index].format(folder=folder)
    return text if problem == "unreadable" else f"{text} {NOTHING_STORED[index]}"  # reading stores nothing anyway


# What start-up found, by Recovery.reason. "{moved}" is where the file went.
RECOVERY_FINDINGS: dict[str, tuple[str, str]] = {
    "damaged": ("Besøksloggen var skadet. Den er flyttet til {moved}",
                "The visit log was damaged. It has been moved to {moved}"),
    "empty": ("Besøksloggen var tom, selv om det har vært ført besøk her før. Den tomme filen er flyttet til {moved}",
              "The visit log was empty although visits have been logged here before. The empty file has been "
              "moved to {moved}"),
    "missing": ("Besøksloggen manglet (slettet eller flyttet), selv om det har vært ført besøk her før",
                "The visit log was missing (deleted or moved) although visits have been logged here before"),
}


def recovery_message(reason: str, moved_to: str | None, backup_time: str | None, salvaged: int,
                     language: str = "nb") -> str:
    """What start-up did about a damaged, emptied or missing visit log: what was found, where the file went,
    which backup was put back and how many visits were read back from the damaged file."""
    english = language == "en"
    found = RECOVERY_FINDINGS[reason][1 if english else 0].format(moved=moved_to or "")
    if english:
        if backup_time is None and salvaged:
            return (f"{found}. No usable backup was found: frontdesk started a new visit log with the {salvaged} "
                    "visits that could still be read from the damaged file.")
        if backup_time is None:
            return f"{found}. No usable backup was found, so frontdesk started an empty visit log."
        rescued = f", except {salvaged} that were read back from the damaged file" if salvaged else ""
        return (f"{found}, and the backup from {backup_time} has been put back. Visits after that time are "
                f"missing{rescued}.")
    if backup_time is None and salvaged:
        return (f"{found}. Det fantes ingen brukbar sikkerhetskopi: frontdesk har startet en ny besøkslogg med de "
                f"{salvaged} besøkene som fortsatt kunne leses fra den skadde filen.")
    if backup_time is None:
        return f"{found}. Det fantes ingen brukbar sikkerhetskopi, så frontdesk har startet en tom besøkslogg."
    rescued = f", bortsett fra {salvaged} som ble lest tilbake fra den skadde filen" if salvaged else ""
    return (f"{found}, og sikkerhetskopien fra {backup_time} er lagt tilbake. Besøk etter det tidspunktet "
            f"mangler{rescued}.")
