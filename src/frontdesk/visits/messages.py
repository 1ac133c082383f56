"""User-facing messages of the visit log, in bokmål and English, kept together so the UI can show them.

Each entry is ``(bokmål, English)``. Messages never repeat the text that was refused: it may hold a citizen's
details, and messages end up on screen, in terminals and sometimes in support e-mails.
"""

from __future__ import annotations

from enum import StrEnum


class PersonalDataKind(StrEnum):
    NATIONAL_ID = "national_id"  # 11 digits that pass the fødselsnummer / D-nummer check digits
    LONG_NUMBER = "long_number"  # 11 or more digits: could be an ID or account number
    PHONE = "phone"
    EMAIL = "email"


PRIVACY_MESSAGES: dict[PersonalDataKind, tuple[str, str]] = {
    PersonalDataKind.NATIONAL_ID: (
        "Teksten ser ut til å inneholde et fødselsnummer eller D-nummer. "
        "Personopplysninger skal ikke lagres i besøksloggen.",
        "The text seems to contain a Norwegian national identity number or D number. "
        "Personal data must not be stored in the visit log.",
    ),
    PersonalDataKind.LONG_NUMBER: (
        "Teksten inneholder et tall på 11 sifre eller mer, som kan være et fødselsnummer, D-nummer eller "
        "kontonummer. Personopplysninger skal ikke lagres i besøksloggen.",
        "The text contains a number of 11 or more digits, which could be a national identity number, "
        "D number or account number. Personal data must not be stored in the visit log.",
    ),
    PersonalDataKind.PHONE: (
        "Teksten ser ut til å inneholde et telefonnummer. Personopplysninger skal ikke lagres i besøksloggen.",
        "The text seems to contain a phone number. Personal data must not be stored in the visit log.",
    ),
    PersonalDataKind.EMAIL: (
        "Teksten ser ut til å inneholde en e-postadresse. Personopplysninger skal ikke lagres i besøksloggen.",
        "The text seems to contain an e-mail address. Personal data must not be stored in the visit log.",
    ),
}

NOTHING_STORED: tuple[str, str] = ("Ingenting ble lagret.", "Nothing was stored.")

# Names of the places text can enter, for "<field>: <message>".
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "station": ("Skranke", "Station"),
    "centre_name": ("Sentrets navn", "Centre name"),
    "label_nb": ("Kategorinavn (bokmål)", "Category label (bokmål)"),
    "label_en": ("Kategorinavn (engelsk)", "Category label (English)"),
    "guides_folder": ("Mappe for lokale veiledninger", "Local guides folder"),
}


def field_label(field: str, language: str = "nb") -> str:
    labels = FIELD_LABELS.get(field)
    if labels is None:
        return field
    return labels[1] if language == "en" else labels[0]


def privacy_message(kind: PersonalDataKind, field: str, language: str = "nb") -> str:
    """The full sentence for the UI: which field, why it was refused, and that nothing was stored."""
    index = 1 if language == "en" else 0
    return f"{field_label(field, language)}: {PRIVACY_MESSAGES[kind][index]} {NOTHING_STORED[index]}"


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
}


def storage_message(problem: str, folder: str, language: str = "nb") -> str:
    index = 1 if language == "en" else 0
    return f"{STORAGE_MESSAGES[problem][index].format(folder=folder)} {NOTHING_STORED[index]}"


def recovery_message(moved_to: str, backup_date: str | None, language: str = "nb") -> str:
    """What start-up did about a damaged visit log: where the damaged file went and what replaced it."""
    if language == "en":
        first = f"The visit log was damaged. It has been moved to {moved_to}"
        if backup_date is None:
            return f"{first}. No usable backup was found, so frontdesk started an empty visit log."
        return (f"{first}, and the backup from {backup_date} has been put back. Visits after that time are "
                "missing.")
    first = f"Besøksloggen var skadet. Den er flyttet til {moved_to}"
    if backup_date is None:
        return f"{first}. Det fantes ingen brukbar sikkerhetskopi, så frontdesk har startet en tom besøkslogg."
    return f"{first}, og sikkerhetskopien fra {backup_date} er lagt tilbake. Besøk etter det tidspunktet mangler."
