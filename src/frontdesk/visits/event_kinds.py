"""Kinds of event (courses, drop-in days, information meetings): bundled ``data/event_kinds.yaml`` plus a
municipality's ``<home>/event_kinds.yaml``.

Like visit categories, ids are stable forever: a kind is retired (``retired: YYYY-MM-DD``), never renamed, so
old events keep their meaning. Ids and labels go through privacy.check. A broken bundled file is a bug and
raises :class:`EventKindsError`; a broken local file must not stop the counter, so its bad entries are skipped
and listed in :attr:`EventKinds.problems` (naming the entry by its position, never repeating a refused id).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

import yaml

from frontdesk.config import Config, bundled_data_dir
from frontdesk.i18n import Text
from frontdesk.visits import list_texts as says
from frontdesk.visits.privacy import RefusedText, check, passes

log = logging.getLogger("frontdesk.visits")

FILE_NAME = "event_kinds.yaml"
KEYS = {"form", "label_nb", "label_nn", "label_en", "retired"}


class EventForm(StrEnum):
    COURSE = "course"  # a group course with a plan: grunnkurs, BankID-kurs, nettvett
    DROP_IN = "drop_in"  # an open help session, often run with volunteers
    MEETING = "meeting"  # an information meeting

    def label(self, language: str = "nb") -> str:
        return FORM_LABELS[self].get(language)


FORM_LABELS: dict[EventForm, Text] = {
    EventForm.COURSE: Text("Kurs", "Kurs", "Courses"),
    EventForm.DROP_IN: Text("Drop-in", "Drop-in", "Drop-in sessions"),
    EventForm.MEETING: Text("Informasjonsmøter", "Informasjonsmøte", "Information meetings"),
}


class EventKindsError(ValueError):
    """The bundled event kinds are broken (a developer error)."""


@dataclass(frozen=True)
class EventKind:
    id: str
    form: EventForm
    labels: Text
    retired: date | None = None
    local: bool = False

    def is_active(self, on: date) -> bool:
        return self.retired is None or on < self.retired

    def label(self, language: str = "nb") -> str:
        return self.labels.get(language)


class _Skipped(Exception):
    """An entry that can't be used, and why."""

    def __init__(self, kind_id: str, problem: Text) -> None:
        super().__init__(problem.en)
        self.kind_id = kind_id
        self.problem = problem


def _entry(kind_id: object, raw: object, local: bool) -> EventKind:
    """One kind from the file; raises _Skipped (never repeating a refused id) or RefusedText."""
    checked_id = check("event_kind", str(kind_id))  # RefusedText says which field and why, without the text
    if not isinstance(raw, dict):
        raise _Skipped(checked_id, says.ENTRY_NOT_MAPPING)
    unknown = sorted(str(key) for key in set(raw) - KEYS)
    if unknown:
        shown = [says.quoted(key) if passes("group", key) else says.HIDDEN_KEY for key in unknown]
        raise _Skipped(checked_id, says.UNKNOWN_KEY.with_values(key=Text.build(lambda language: ", ".join(
            text.get(language) for text in shown)), allowed=", ".join(sorted(KEYS))))
    try:
        form = EventForm(str(raw.get("form")))
    except ValueError:
        choices = ", ".join(form.value for form in EventForm)
        raise _Skipped(checked_id, says.NOT_ONE_OF.with_values(key="form", choices=choices)) from None
    labels = {}
    for key in ("label_nb", "label_nn", "label_en"):
        value = raw.get(key)
        if value is None and key == "label_nn" and local:
            continue  # a municipality may leave nynorsk out; bokmål is shown instead
        if not isinstance(value, str):
            raise _Skipped(checked_id, says.NOT_TEXT.with_values(key=key))
        labels[key] = check(key, value)
    retired = raw.get("retired")
    if retired is not None and not isinstance(retired, date):
        try:
            retired = date.fromisoformat(str(retired))
        except ValueError:
            raise _Skipped(checked_id, says.NOT_DATE.with_values(key="retired")) from None
    text = Text(labels["label_nb"], labels.get("label_nn", labels["label_nb"]), labels["label_en"])
    return EventKind(checked_id, form, text, retired, local)


def _read(path: Path, local: bool, known: dict[str, EventKind]) -> list[Text]:
    """Add the file's kinds to ``known``; return its problems."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError) as exc:
        return [says.CANNOT_READ.with_values(path=path, reason=exc)]
    except yaml.YAMLError:  # PyYAML's own message quotes the broken line, which may hold anything
        return [says.NOT_YAML.with_values(path=path, place="")]
    kinds = raw.get("kinds") if isinstance(raw, dict) and raw.get("schema", 1) == 1 else None
    if not isinstance(kinds, dict):
        return [says.NOT_EVENT_KINDS.with_values(path=path)]
    problems = []
    for number, (kind_id, entry) in enumerate(kinds.items(), start=1):
        where = says.KIND_NUMBER.with_values(number=number)
        try:
            kind = _entry(kind_id, entry, local)
        except RefusedText as exc:
            problems.append(says.at(path, where, says.SKIPPED.with_values(reason=says.refused(exc))))
            continue
        except _Skipped as skipped:
            named = says.KIND_NAMED.with_values(number=number, id=skipped.kind_id)
            problems.append(says.at(path, named, says.SKIPPED_AFTER.with_values(reason=skipped.problem)))
            continue
        if kind.id in known:
            problems.append(says.at(path, says.KIND_NAMED.with_values(number=number, id=kind.id), says.ID_USED))
            continue
        known[kind.id] = kind
    return problems


class EventKinds:
    """Every event kind, bundled first and then local, in file order (the order staff see)."""

    def __init__(self, kinds: dict[str, EventKind], problems: list[Text] | None = None) -> None:
        self._kinds = kinds
        self.problems = list(problems or [])

    @classmethod
    def from_files(cls, bundled: Path, local: Path | None = None) -> EventKinds:
        kinds: dict[str, EventKind] = {}
        broken = _read(bundled, False, kinds)
        if broken:
            raise EventKindsError("; ".join(problem.en for problem in broken))
        problems = _read(local, True, kinds) if local is not None and local.is_file() else []
        for problem in problems:  # for IT support too
            log.warning("event kinds: %s", problem.en)
        return cls(kinds, problems)

    @classmethod
    def bundled(cls) -> EventKinds:
        return cls.from_files(bundled_data_dir() / FILE_NAME)

    @classmethod
    def load(cls, config: Config) -> EventKinds:
        return cls.from_files(config.data_dir / FILE_NAME, config.home / FILE_NAME)

    def get(self, kind_id: str) -> EventKind | None:
        return self._kinds.get(kind_id)

    def all(self) -> list[EventKind]:
        return list(self._kinds.values())

    def active(self, on: date | None = None) -> list[EventKind]:
        day = on or date.today()
        return [kind for kind in self._kinds.values() if kind.is_active(day)]

    def label(self, kind_id: str, language: str = "nb") -> str:
        """The kind's label; an unknown id (another centre's local kind) is shown as the id itself."""
        kind = self._kinds.get(kind_id)
        return kind.label(language) if kind is not None else kind_id

    def form_of(self, kind_id: str) -> EventForm | None:
        kind = self._kinds.get(kind_id)
        return kind.form if kind is not None else None
