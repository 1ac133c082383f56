"""Counter settings, kept in the visit-log database (table ``settings``, one JSON value per key).

Only known keys exist; each has a type, a default and validation. Every text value, category ids included, goes
through privacy.check, so a station or centre name can never smuggle a phone number or fødselsnummer into the
database; stored values are checked again when read. Values may be given typed (from the UI) or as text (from
``frontdesk settings set``).

One more row is not a setting anyone types: ``install_id``, this install's random identity (a uuid4 made at
first open by migration 0008_install_id_and_sync_state). Station and sync files carry it, so two PCs with the
same station name are told apart.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from frontdesk import formatting
from frontdesk.i18n import LANGUAGES, Text, TextError
from frontdesk.visits import visit_texts as says
from frontdesk.visits.database import transaction
from frontdesk.visits.model import Channel, HelpMode
from frontdesk.visits.privacy import TextShapeError, check, check_visit_id
from frontdesk.visits.taxonomy import Taxonomy

# Optional visit dimensions the counter can be asked about, in the order the UI shows them.
DIMENSIONS = ("channel", "mode", "outcome", "referred_to", "duration", "guide", "age_group", "repeat_visit",
              "language_help")
MAX_FAVOURITES = 9
MAX_RETENTION_MONTHS = 120  # also the oldest visit an import file may hold (checks.oldest_importable)
# Text settings that may be cleared with "".
OPTIONAL_TEXT = ("centre_name", "guides_folder", "sync_folder", "municipality", "central_service")
INSTALL_ID = "install_id"


class SettingsError(TextError, ValueError):
    """An unknown key or a value the key can't take. The message lists what is allowed, in three languages."""


def is_install_id(value: object) -> bool:
    """True for an install id as frontdesk makes them: a uuid4 in canonical lowercase form."""
    try:
        check_visit_id(value)
    except TextShapeError:
        return False
    return True


def _text(key: str, value: object, taxonomy: Taxonomy | None = None) -> str:
    """A text setting through privacy.check; a wrong shape is a SettingsError, PersonalDataError passes through."""
    try:
        return check(key, str(value), allow_empty=key in OPTIONAL_TEXT)
    except TextShapeError as exc:
        raise SettingsError(exc.text) from None


def _number(key: str, value: object, low: float, high: float, whole: bool) -> float:
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        number = float("nan")
    if not low <= number <= high or (whole and not number.is_integer()):
        raise SettingsError(says.WHOLE_NUMBER_FROM if whole else says.NUMBER_FROM, key=key,
                            low=Text.build(lambda language: formatting.number(low, language, places=0 if whole else 2)),
                            high=Text.build(lambda language: formatting.number(high, language,
                                                                               places=0 if whole else 2)))
    return number


def _one_of(key: str, value: object, choices: tuple[str, ...]) -> str:
    if str(value) not in choices:
        raise SettingsError(says.ONE_OF, key=key, choices=", ".join(choices))
    return str(value)


def _flag(key: str, value: object, taxonomy: Taxonomy | None) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in ("true", "yes", "ja", "1"):
        return True
    if text in ("false", "no", "nei", "0"):
        return False
    raise SettingsError(says.TRUE_OR_FALSE, key=key)


def _list(value: object) -> list[str]:
    """A list from the UI, or text from the command line: 'a,b' or a JSON array."""
    if isinstance(value, list | tuple):
        return [str(item).strip() for item in value]
    text = str(value).strip()
    if text.startswith("["):
        try:
            return [str(item).strip() for item in json.loads(text)]
        except (ValueError, TypeError) as exc:
            raise SettingsError(says.NOT_A_LIST, reason=exc) from None
    return [item.strip() for item in text.split(",") if item.strip()]


def _dimensions(key: str, value: object, taxonomy: Taxonomy | None) -> list[str]:
    chosen = list(dict.fromkeys(_list(value)))
    wrong = [item for item in chosen if item not in DIMENSIONS]
    if wrong:
        raise SettingsError(says.UNKNOWN_DIMENSION, name=wrong[0], choices=", ".join(DIMENSIONS))
    return [d for d in DIMENSIONS if d in chosen]


def _favourites(key: str, value: object, taxonomy: Taxonomy | None) -> list[str]:
    chosen = list(dict.fromkeys(_text("favourites", item) for item in _list(value)))
    if len(chosen) > MAX_FAVOURITES:
        raise SettingsError(says.TOO_MANY_FAVOURITES, most=MAX_FAVOURITES)
    if taxonomy is not None:
        active = [c.id for c in taxonomy.active()]
        wrong = [item for item in chosen if item not in active]
        if wrong:
            raise SettingsError(says.NOT_A_CURRENT_CATEGORY, id=wrong[0])
    return chosen


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    check: Callable[[str, object, Taxonomy | None], Any]
    help: str


SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in (
    SettingSpec("station", "skranke-1", _text, "This counter's name in the log, e.g. 'skranke-1'."),
    SettingSpec("centre_name", "", _text, "The service centre's name, for reports."),
    SettingSpec("municipality", "", _text,
                "The municipality number (kommunenummer, 4 digits): with centre_name it names this centre in a "
                "central database."),
    SettingSpec("central_service", "", _text,
                "A libpq service name (pg_service.conf): the window then pushes visits to that central "
                "PostgreSQL database every hour. Empty: never."),
    SettingSpec("retention_months", 24, lambda k, v, t: int(_number(k, v, 1, MAX_RETENTION_MONTHS, whole=True)),
                "Visits older than this many months are folded into monthly totals and deleted."),
    SettingSpec("dimensions", ["channel", "mode", "outcome"], _dimensions,
                f"Optional questions asked per visit, any of: {', '.join(DIMENSIONS)}."),
    SettingSpec("favourites", [], _favourites, f"Up to {MAX_FAVOURITES} category ids shown as one-click buttons."),
    SettingSpec("language", "nb", lambda k, v, t: _one_of(k, v, LANGUAGES),
                "Language of the window, reports and messages: nb (bokmål), nn (nynorsk) or en."),
    SettingSpec("font_scale", 1.0, lambda k, v, t: _number(k, v, 0.75, 2.0, whole=False),
                "Text size, 0.75–2.0."),
    SettingSpec("guides_folder", "", _text,
                "A folder with the municipality's own guides (empty: the home folder's guides/)."),
    SettingSpec("sync_folder", "", _text,
                "A shared folder where the centre's counter PCs exchange visits (empty: no sharing)."),
    SettingSpec("default_channel", Channel.IN_PERSON.value,
                lambda k, v, t: _one_of(k, v, tuple(c.value for c in Channel)), "Channel selected by default."),
    SettingSpec("default_mode", HelpMode.GUIDED.value,
                lambda k, v, t: _one_of(k, v, tuple(m.value for m in HelpMode)), "Help mode selected by default."),
    SettingSpec("setup_done", False, _flag,
                "true once this counter's first-start set-up was confirmed (see frontdesk.visits.first_day)."),
)}


class Settings:
    """Typed access to the ``settings`` table. Pass a taxonomy to validate favourites against it."""

    def __init__(self, db: Database, taxonomy: Taxonomy | None = None) -> None:
        self._db = db
        self._taxonomy = taxonomy

    @staticmethod
    def spec(key: str) -> SettingSpec:
        spec = SPECS.get(key)
        if spec is None:
            raise SettingsError(says.UNKNOWN_SETTING, key=key, known=", ".join(SPECS))
        return spec

    def get(self, key: str) -> Any:
        """The stored value, or the default when unset (or unreadable: a bad value must not stop the app)."""
        spec = self.spec(key)
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return spec.default
        try:
            return spec.check(key, json.loads(row[0]), self._taxonomy)
        except ValueError:
            return spec.default

    def set(self, key: str, value: object) -> Any:
        """Validate, normalise and store ``value``; return what was stored. Raises SettingsError or
        PersonalDataError (a ValueError too) and stores nothing when the value is refused."""
        spec = self.spec(key)
        checked = spec.check(key, value, self._taxonomy)
        old = self.get(key)
        with transaction(self._db):
            self._db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                             [key, json.dumps(checked, ensure_ascii=False)])
            if key == "station" and old != checked:
                # Visits and events logged under the old name are still this install's own: its sync files
                # keep them.
                self._db.execute("INSERT OR IGNORE INTO sync_own_names (station) SELECT ? WHERE EXISTS "
                                 "(SELECT 1 FROM visits WHERE station = ?) OR EXISTS "
                                 "(SELECT 1 FROM events WHERE station = ?)", [old, old, old])
        return checked

    def all(self) -> dict[str, Any]:
        return {key: self.get(key) for key in SPECS}

    def install_id(self) -> str:
        """This install's random id. Made at first open; made again only if its row was lost or damaged."""
        found = self._stored_install_id()
        if found is not None:
            return found
        with transaction(self._db):
            found = self._stored_install_id()  # another process may have made it while this one waited
            if found is None:
                found = self._make_install_id()
        return found

    def new_install_id(self) -> str:
        """Replace this install's id: for a PC whose data folder was copied from another PC."""
        with transaction(self._db):
            return self._make_install_id()

    def _make_install_id(self) -> str:
        made = str(uuid.uuid4())
        self._db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [INSTALL_ID, json.dumps(made)])
        return made

    def _stored_install_id(self) -> str | None:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [INSTALL_ID]).fetchone()
        try:
            value = json.loads(row[0]) if row is not None else None
        except ValueError:
            return None
        return value if is_install_id(value) else None
