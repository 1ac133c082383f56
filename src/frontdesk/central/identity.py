"""What names a centre in the shared central database: its municipality number and its name.

Many centres and municipalities share one database, so a centre is the pair (``municipality`` setting, a
kommunenummer, and ``centre_name`` setting); the name compares without case or extra spaces, so "Servicetorget"
and "servicetorget " on two PCs of one centre are one centre. Both go through privacy.check, the one validator
for every text the log keeps, before they leave the PC.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontdesk.central import texts as says
from frontdesk.central.connection import CentralError
from frontdesk.i18n import Text
from frontdesk.visits.list_texts import quoted
from frontdesk.visits.privacy import RefusedText, check
from frontdesk.visits.settings import Settings


@dataclass(frozen=True)
class Centre:
    municipality: str
    name: str

    @property
    def key(self) -> str:
        """The name as the database compares it: without case, each run of spaces one space."""
        return name_key(self.name)

    def __str__(self) -> str:
        return f"{self.name} ({self.municipality})"


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def centre(municipality: object, name: object) -> Centre:
    """A checked centre identity. Raises CentralError naming the setting to fix; the refused text is not repeated."""
    missing = [key for key, value in (("municipality", municipality), ("centre_name", name)) if not value]
    if missing:
        keys = Text.build(lambda language: says.AND.get(language).join(quoted(key).get(language) for key in missing))
        raise CentralError(says.WHICH_CENTRE, keys=keys)
    try:
        return Centre(check("municipality", municipality), check("centre_name", name))
    except RefusedText as exc:
        raise CentralError(exc.text) from None


def centre_from_settings(settings: Settings) -> Centre:
    return centre(settings.get("municipality"), settings.get("centre_name"))
