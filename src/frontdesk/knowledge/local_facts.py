"""The local-facts core the command line and the window share: which facts exist, their values and notes,
and every change to them (checked by kind, written to ``lokalt.yaml``).

:class:`LocalFactsStore` is the one way to read and change the values file; :class:`LocalFacts` is a
read-only view of the catalogue and the values together, for rendering and listing.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from frontdesk.i18n import Text
from frontdesk.knowledge import local_texts as texts
from frontdesk.knowledge.local_keys import FactCatalogue, FactKey, load_centre_keys
from frontdesk.knowledge.local_kinds import LocalValueError, check_note, check_value
from frontdesk.knowledge.local_values import LocalValues, format_values, read_values, values_path, write_values
from frontdesk.knowledge.model import Guide

CENTRE_KEYS_FILE = "local_keys.yaml"


class UnknownFactError(LocalValueError):
    """No guide (and no centre-wide key) has this key or id; the message suggests the nearest one."""


@dataclass(frozen=True)
class SlotFill:
    """What one ``{{name}}`` in a guide stands for: its key, label and kind, and the value when filled."""

    name: str
    key: str | None  # None: no such fact (a typo in the guide; ``guides check`` reports it)
    label: str
    kind: str
    value: str | None


@dataclass(frozen=True)
class FactEntry:
    """One row of the list of local facts (``frontdesk local list``, the editor)."""

    key: str
    label: str | None
    kind: str | None
    guides: tuple[str, ...]  # ids of the guides whose text uses the key
    value: str | None
    centre_wide: bool
    orphaned: bool  # a value is stored, but no guide or centre-wide key declares the key any more


class LocalFacts:
    def __init__(self, catalogue: FactCatalogue, values: LocalValues, guide_ids: Sequence[str] = ()) -> None:
        self.catalogue = catalogue
        self.values = values
        self._guide_ids = set(guide_ids)

    def fill(self, guide: Guide, name: str) -> SlotFill:
        key = self.catalogue.resolve(guide, name)
        fact = self.catalogue.get(key) if key is not None else None
        if key is None or fact is None:
            return SlotFill(name, None, name.strip(), "text", None)
        return SlotFill(name, key, fact.label, fact.kind, self.values.values.get(key))

    def note(self, guide_id: str) -> str | None:
        return self.values.notes.get(guide_id)

    def entries(self) -> list[FactEntry]:
        """Every known key (centre-wide first, in ``local_keys.yaml`` order), then orphaned values A–Z."""
        rows = [
            FactEntry(f.key, f.label, f.kind, self.catalogue.guides_using(f.key), self.values.values.get(f.key),
                      self.catalogue.is_centre_wide(f.key), orphaned=False)
            for f in self.catalogue.keys.values()
        ]
        rows += [FactEntry(key, None, None, (), self.values.values[key], False, orphaned=True)
                 for key in self.orphaned_values()]
        return rows

    def orphaned_values(self) -> list[str]:
        return sorted(key for key in self.values.values if self.catalogue.get(key) is None)

    def orphaned_notes(self) -> list[str]:
        """Notes for guide ids that no loaded guide has (kept, never dropped silently)."""
        return sorted(gid for gid in self.values.notes if gid not in self._guide_ids)


@dataclass(frozen=True)
class ImportChange:
    what: str  # "value" or "note"
    key: str  # full key, or guide id for a note
    old: str | None
    new: str


class LocalFactsStore:
    """``lokalt.yaml`` in ``folder`` (the municipality's guides folder), with the centre-wide keys."""

    def __init__(self, centre_keys: Sequence[FactKey], folder: Path) -> None:
        self.centre_keys = tuple(centre_keys)
        self.path = values_path(folder)
        self._cached: tuple[tuple[int, int, int], LocalValues] | None = None

    @classmethod
    def open(cls, data_dir: Path, folder: Path) -> LocalFactsStore:
        """Raises :class:`~frontdesk.knowledge.local_keys.LocalKeysError` when the keys file is broken."""
        return cls(load_centre_keys(data_dir / CENTRE_KEYS_FILE), folder)

    # -- reading ---------------------------------------------------------------------------------------------
    def load(self) -> LocalValues:
        """The values and notes now on disk (read again only when the file changed). Raises
        :class:`~frontdesk.knowledge.local_values.LocalValuesError` for a file that can't be read."""
        try:  # every write replaces the file, so a new inode tells a change even where mtimes are coarse
            stat = self.path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        except OSError:
            stamp = (0, -1, 0)
        if self._cached is None or self._cached[0] != stamp:
            self._cached = (stamp, read_values(self.path))
        return self._cached[1]

    def catalogue(self, guides: Mapping[str, Guide]) -> FactCatalogue:
        return FactCatalogue(self.centre_keys, guides)

    def facts(self, guides: Mapping[str, Guide], values: LocalValues | None = None) -> LocalFacts:
        return LocalFacts(self.catalogue(guides), self.load() if values is None else values, list(guides))

    # -- changing --------------------------------------------------------------------------------------------
    def check(self, key: str, value: str, guides: Mapping[str, Guide]) -> str:
        """The value as it would be stored for ``key``; raises UnknownFactError or LocalValueError."""
        catalogue = self.catalogue(guides)
        fact = catalogue.get(key)
        if fact is None:
            raise UnknownFactError(_unknown(texts.UNKNOWN_KEY, key, list(catalogue.keys)))
        return check_value(fact.kind, value)

    def set_value(self, key: str, value: str, guides: Mapping[str, Guide]) -> str:
        stored = self.check(key, value, guides)
        self.save(self.load().with_value(key, stored), guides)
        return stored

    def unset_value(self, key: str, guides: Mapping[str, Guide]) -> None:
        """Remove a value (an orphaned one too). UnknownFactError when the key is neither known nor stored."""
        values = self.load()
        if key not in values.values:
            catalogue = self.catalogue(guides)
            if catalogue.get(key) is None:
                raise UnknownFactError(_unknown(texts.UNKNOWN_KEY, key, [*catalogue.keys, *values.values]))
            return
        self.save(values.with_value(key, None), guides)

    def set_note(self, guide_id: str, text: str | None, guides: Mapping[str, Guide]) -> None:
        """Set (or, with None or empty text, clear) the guide's local note."""
        values = self.load()
        if guide_id not in guides and guide_id not in values.notes:
            raise UnknownFactError(_unknown(texts.UNKNOWN_GUIDE, guide_id, list(guides)))
        self.save(values.with_note(guide_id, check_note(text) if text and text.strip() else None), guides)

    def save(self, values: LocalValues, guides: Mapping[str, Guide]) -> None:
        catalogue = self.catalogue(guides)
        write_values(self.path, values, labels={k: f.label for k, f in catalogue.keys.items()},
                     first=[k.key for k in self.centre_keys])
        self._cached = None

    # -- between counter PCs ---------------------------------------------------------------------------------
    def export_text(self, guides: Mapping[str, Guide]) -> str:
        catalogue = self.catalogue(guides)
        return format_values(self.load(), labels={k: f.label for k, f in catalogue.keys.items()},
                             first=[k.key for k in self.centre_keys])

    def plan_import(self, incoming: LocalValues, guides: Mapping[str, Guide]) -> list[ImportChange]:
        """What importing ``incoming`` would change. Every value of a known key is checked by its kind and
        every note as a note; the first problem raises LocalValueError naming the key, and nothing changes.
        Values and notes the file doesn't mention are kept."""
        catalogue = self.catalogue(guides)
        current = self.load()
        changes: list[ImportChange] = []
        for key, value in incoming.values.items():
            fact = catalogue.get(key)
            try:
                checked = check_value(fact.kind, value) if fact is not None else check_value("text", value)
            except LocalValueError as exc:
                raise LocalValueError(texts.IN_KEY, key=key, message=exc.text) from None
            if current.values.get(key) != checked:
                changes.append(ImportChange("value", key, current.values.get(key), checked))
        for guide_id, text in incoming.notes.items():
            try:
                note = check_note(text)
            except LocalValueError as exc:
                raise LocalValueError(texts.IN_NOTE, guide=guide_id, message=exc.text) from None
            if current.notes.get(guide_id) != note:
                changes.append(ImportChange("note", guide_id, current.notes.get(guide_id), note))
        return changes

    def apply_import(self, changes: Sequence[ImportChange], guides: Mapping[str, Guide]) -> None:
        values = self.load()
        for change in changes:
            values = (values.with_value(change.key, change.new) if change.what == "value"
                      else values.with_note(change.key, change.new))
        if changes:
            self.save(values, guides)


def _unknown(text: Text, name: str, known: Sequence[str]) -> Text:
    close = difflib.get_close_matches(name, known, n=1)
    suggestion = texts.DID_YOU_MEAN.with_values(name=close[0]) if close else Text.same("")
    return text.with_values(name=name, suggestion=suggestion)
