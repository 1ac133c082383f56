"""The visit categories: bundled ``data/categories.yaml`` plus a municipality's ``<home>/categories.yaml``.

Ids are stable forever. The taxonomy changes by adding ids (``valid_from``) and retiring them (``retired``,
optionally ``replaced_by``), never by renaming, so old visits keep their meaning and reports can count a retired
id under its replacement with :meth:`Taxonomy.resolve`.

A broken bundled file is a bug and raises :class:`TaxonomyError`. A broken local file must not stop the
counter: its bad entries are skipped and listed in :attr:`Taxonomy.problems`. Ids and labels go through
privacy.check like every other text the visit log stores; a refused id is named by its line, never repeated.
Labels come in bokmål, nynorsk and English; a local file may leave nynorsk out and show bokmål instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml

from frontdesk.config import Config
from frontdesk.i18n import Text
from frontdesk.visits.privacy import RefusedText, check, passes

# libyaml's C loader is several times faster; the pure-Python one is the fallback where it is missing.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

CATEGORY_KEYS = {"label_nb", "label_nn", "label_en", "kind", "valid_from", "retired", "replaced_by"}
GROUP_KEYS = {"label_nb", "label_nn", "label_en", "kind"}


class Kind(StrEnum):
    SERVICE = "service"  # help with a public service
    DIGITAL_SKILLS = "digital_skills"  # learning to use digital tools, e-ID included


class TaxonomyError(ValueError):
    """The bundled taxonomy is broken (a developer error)."""


@dataclass(frozen=True)
class GroupLabel:
    id: str
    labels: Text
    kind: Kind
    local: bool = False

    def label(self, language: str = "nb") -> str:
        return self.labels.get(language)


@dataclass(frozen=True)
class Category:
    id: str
    labels: Text
    group: str
    kind: Kind
    valid_from: date | None = None
    retired: date | None = None
    replaced_by: str | None = None
    local: bool = False

    def is_active(self, on: date) -> bool:
        started = self.valid_from is None or self.valid_from <= on
        return started and (self.retired is None or on < self.retired)

    def label(self, language: str = "nb") -> str:
        return self.labels.get(language)


@dataclass
class _Reader:
    """Parses one file; collects problems instead of stopping at the first."""

    path: Path
    local: bool
    problems: list[str] = field(default_factory=list)
    source: str = ""

    def problem(self, message: str) -> None:
        self.problems.append(f"{self.path}: {message}")

    def refused(self, section: str, key: str, error: RefusedText) -> None:
        """A refused id, named by its line in the file: the id itself may be personal data."""
        line = _key_lines(self.source, section).get(key)
        where = f"line {line}" if line is not None else f"an entry under '{section}'"
        self.problem(f"{where}: {error.reason('en')} The entry is skipped.")

    def text(self, where: str, raw: dict[str, Any], key: str) -> str | None:
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            self.problem(f"{where}: '{key}' must be a non-empty text")
            return None
        try:
            return check(key, value)
        except RefusedText as exc:
            self.problem(f"{where}: {exc.reason('en')}")
            return None

    def labels(self, where: str, raw: dict[str, Any]) -> Text | None:
        """The entry's three labels. A local file may leave nynorsk out: bokmål is shown instead."""
        nb, en = self.text(where, raw, "label_nb"), self.text(where, raw, "label_en")
        nn = self.text(where, raw, "label_nn") if "label_nn" in raw or not self.local else nb
        return Text(nb, nn, en) if nb and nn and en else None

    def day(self, where: str, raw: dict[str, Any], key: str) -> date | None:
        value = raw.get(key)
        if value is None or isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.problem(f"{where}: '{key}' must be a date YYYY-MM-DD")
            return None

    def kind(self, where: str, value: object, default: Kind | None) -> Kind | None:
        if value is None:
            return default
        try:
            return Kind(str(value))
        except ValueError:
            self.problem(f"{where}: kind must be one of {', '.join(k.value for k in Kind)}")
            return None

    def mapping(self, raw: object, where: str) -> dict[str, Any]:
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            self.problem(f"'{where}' must be a mapping")
            return {}
        return raw

    def read(self, groups: dict[str, GroupLabel], categories: dict[str, Category]) -> None:
        try:
            self.source = self.path.read_text(encoding="utf-8")
            raw = yaml.load(self.source, Loader=_LOADER) or {}
        except (OSError, UnicodeDecodeError) as exc:
            self.problem(f"cannot read: {exc}")
            return
        except yaml.YAMLError as exc:  # only where: PyYAML's own message quotes the broken line
            mark = getattr(exc, "problem_mark", None)
            place = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
            self.problem(f"cannot read: not valid YAML{place}")
            return
        if not isinstance(raw, dict) or raw.get("schema", 1) != 1:
            self.problem("not a categories file of schema 1 (see docs/categories.md)")
            return
        for group_id, entry in self.mapping(raw.get("groups"), "groups").items():
            self._group(str(group_id), entry, groups)
        for category_id, entry in self.mapping(raw.get("categories"), "categories").items():
            self._category(str(category_id), entry, groups, categories)

    def _group(self, group_id: str, entry: object, groups: dict[str, GroupLabel]) -> None:
        try:
            group_id = check("group", group_id)
        except RefusedText as exc:
            self.refused("groups", group_id, exc)
            return
        where = f"group '{group_id}'"
        if group_id in groups:
            self.problem(f"{where}: the id is already used (ids are unique and never reused)")
            return
        raw = self.mapping(entry, f"groups.{group_id}")
        self._unknown_keys(where, raw, GROUP_KEYS)
        labels = self.labels(where, raw)
        kind = self.kind(where, raw.get("kind"), Kind.SERVICE)
        if labels and kind:
            groups[group_id] = GroupLabel(group_id, labels, kind, self.local)

    def _category(self, category_id: str, entry: object, groups: dict[str, GroupLabel],
                  categories: dict[str, Category]) -> None:
        try:
            category_id = check("category", category_id)
        except RefusedText as exc:
            self.refused("categories", category_id, exc)
            return
        where = f"category '{category_id}'"
        if category_id in categories:
            self.problem(f"{where}: the id is already used (ids are unique and never reused)")
            return
        group_id = category_id.split(".")[0]
        group = groups.get(group_id)
        if group is None:
            self.problem(f"{where}: unknown group '{group_id}' (add it under 'groups')")
            return
        raw = self.mapping(entry, category_id)
        before = len(self.problems)
        self._unknown_keys(where, raw, CATEGORY_KEYS)
        labels = self.labels(where, raw)
        kind = self.kind(where, raw.get("kind"), group.kind)
        valid_from, retired = self.day(where, raw, "valid_from"), self.day(where, raw, "retired")
        replaced_by = raw.get("replaced_by")
        if replaced_by is not None:
            try:
                replaced_by = check("replaced_by", str(replaced_by))
            except RefusedText as exc:
                self.problem(f"{where}: {exc.reason('en')}")
        if labels is None or kind is None or len(self.problems) > before:
            return  # any problem skips the entry: a half-understood category would count wrongly
        categories[category_id] = Category(category_id, labels, group.id, kind, valid_from, retired,
                                           replaced_by, self.local)

    def _unknown_keys(self, where: str, raw: dict[str, Any], allowed: set[str]) -> None:
        for key in sorted(map(str, set(raw) - allowed)):
            named = f"'{key}'" if passes("group", key) else "(not shown: it looks like personal data)"
            self.problem(f"{where}: unknown key {named} (allowed: {', '.join(sorted(allowed))})")


class Taxonomy:
    """All categories, bundled and local, with their groups. Build it with :meth:`load` or :meth:`from_files`."""

    def __init__(self, groups: dict[str, GroupLabel], categories: dict[str, Category],
                 problems: list[str] | None = None) -> None:
        self._groups = groups
        self._categories = categories
        self.problems: list[str] = list(problems or [])

    @classmethod
    def load(cls, config: Config) -> Taxonomy:
        return cls.from_files(config.data_dir / "categories.yaml", config.local_categories_path)

    @classmethod
    def from_files(cls, bundled: Path, local: Path | None) -> Taxonomy:
        groups: dict[str, GroupLabel] = {}
        categories: dict[str, Category] = {}
        reader = _Reader(bundled, local=False)
        reader.read(groups, categories)
        _check_references(reader, categories, set(categories))
        if reader.problems:
            raise TaxonomyError("; ".join(reader.problems))
        problems: list[str] = []
        if local is not None and local.is_file():
            local_reader = _Reader(local, local=True)
            local_reader.read(groups, categories)
            _check_references(local_reader, categories, {c.id for c in categories.values() if c.local})
            problems = local_reader.problems
        return cls(groups, categories, problems)

    def get(self, category_id: str) -> Category | None:
        return self._categories.get(category_id)

    def ids(self, include_retired: bool = True) -> set[str]:
        if include_retired:
            return set(self._categories)
        return {c.id for c in self._categories.values() if c.retired is None}

    def all(self) -> list[Category]:
        """Every category, retired ones too, in file order (bundled first)."""
        return list(self._categories.values())

    def active(self, on: date | None = None) -> list[Category]:
        """Categories that can be logged on ``on`` (default today), in file order: the order staff see."""
        day = on or date.today()
        return [c for c in self._categories.values() if c.is_active(day)]

    def resolve(self, category_id: str) -> str:
        """The id reports should count ``category_id`` under: its replacement's replacement's … id.

        Unknown ids and ids without a replacement resolve to themselves.
        """
        seen = {category_id}
        current = category_id
        while (category := self._categories.get(current)) is not None and category.replaced_by:
            if category.replaced_by in seen:  # a cycle (refused at load time for bundled data): stop safely
                break
            current = category.replaced_by
            seen.add(current)
        return current

    def groups(self) -> dict[str, GroupLabel]:
        return dict(self._groups)

    def label(self, category_id: str, language: str = "nb") -> str:
        """The category's label; an unknown id (say, from an old local file) is shown as the id itself."""
        category = self._categories.get(category_id)
        return category.label(language) if category else category_id


def _key_lines(source: str, section: str) -> dict[str, int]:
    """The line of each key under ``section`` (``groups`` or ``categories``), to name an entry without its id."""
    try:
        node = yaml.compose(source, Loader=_LOADER)
    except yaml.YAMLError:
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    for key, value in node.value:
        if key.value == section and isinstance(value, yaml.MappingNode):
            return {str(item.value): item.start_mark.line + 1 for item, _ in value.value}
    return {}


def _check_references(reader: _Reader, categories: dict[str, Category], checked: set[str]) -> None:
    """replaced_by must name a known id, and following replacements must never loop."""
    for category_id in sorted(checked):
        category = categories[category_id]
        if category.replaced_by is None:
            continue
        if category.replaced_by not in categories:
            reader.problem(f"category '{category_id}': replaced_by '{category.replaced_by}' is not a category id")
            continue
        seen: set[str] = {category_id}
        current: str | None = category.replaced_by
        while current is not None:
            if current in seen:
                reader.problem(f"category '{category_id}': replaced_by forms a loop")
                break
            seen.add(current)
            nxt = categories.get(current)
            current = nxt.replaced_by if nxt else None
    # A broken local replacement is dropped, not the category: its own history still counts under its own id.
    for category_id in checked:
        category = categories[category_id]
        if category.local and category.replaced_by and any(
                p.startswith(f"{reader.path}: category '{category_id}': replaced_by") for p in reader.problems):
            categories[category_id] = Category(**{**category.__dict__, "replaced_by": None})
