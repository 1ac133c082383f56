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
