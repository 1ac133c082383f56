"""One categories file (``data/categories.yaml`` or a municipality's ``<home>/categories.yaml``): its groups and
categories, and reading it so that every problem is listed rather than stopping at the first.

Ids and labels go through privacy.check like every other text the visit log stores; a refused id is named by its
line, never repeated. The texts of the problems are in :mod:`frontdesk.visits.list_texts`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml

from frontdesk.i18n import Text
from frontdesk.visits import list_texts as says
from frontdesk.visits.privacy import RefusedText, check, passes

# libyaml's C loader is several times faster; the pure-Python one is the fallback where it is missing.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

CATEGORY_KEYS = {"label_nb", "label_nn", "label_en", "kind", "valid_from", "retired", "replaced_by"}
GROUP_KEYS = {"label_nb", "label_nn", "label_en", "kind"}


class Kind(StrEnum):
    SERVICE = "service"  # help with a public service
    DIGITAL_SKILLS = "digital_skills"  # learning to use digital tools, e-ID included


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
class CategoryFile:
    """Reads one file into the groups and categories already known; collects problems instead of stopping."""

    path: Path
    local: bool
    problems: list[Text] = field(default_factory=list)
    source: str = ""

    def problem(self, where: Text, problem: Text) -> None:
        self.problems.append(says.at(self.path, where, problem))

    def refused(self, section: str, key: str, error: RefusedText) -> None:
        """A refused id, named by its line in the file: the id itself may be personal data."""
        line = _key_lines(self.source, section).get(key)
        where = (says.LINE.with_values(line=line) if line is not None
                 else says.ENTRY_UNDER.with_values(section=section))
        self.problem(where, says.SKIPPED.with_values(reason=says.refused(error)))

    def text(self, where: Text, raw: dict[str, Any], key: str) -> str | None:
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            self.problem(where, says.NOT_TEXT.with_values(key=key))
            return None
        try:
            return check(key, value)
        except RefusedText as exc:
            self.problem(where, says.refused(exc))
            return None

    def labels(self, where: Text, raw: dict[str, Any]) -> Text | None:
        """The entry's three labels. A local file may leave nynorsk out: bokmål is shown instead."""
        nb, en = self.text(where, raw, "label_nb"), self.text(where, raw, "label_en")
        nn = self.text(where, raw, "label_nn") if "label_nn" in raw or not self.local else nb
        return Text(nb, nn, en) if nb and nn and en else None

    def day(self, where: Text, raw: dict[str, Any], key: str) -> date | None:
        value = raw.get(key)
        if value is None or isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.problem(where, says.NOT_DATE.with_values(key=key))
            return None

    def kind(self, where: Text, value: object, default: Kind | None) -> Kind | None:
        if value is None:
            return default
        try:
            return Kind(str(value))
        except ValueError:
            self.problem(where, says.NOT_ONE_OF.with_values(key="kind", choices=", ".join(k.value for k in Kind)))
            return None

    def mapping(self, raw: object, section: str) -> dict[str, Any]:
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            self.problems.append(says.NOT_MAPPING.with_values(path=self.path, section=section))
            return {}
        return raw

    def read(self, groups: dict[str, GroupLabel], categories: dict[str, Category]) -> None:
        try:
            self.source = self.path.read_text(encoding="utf-8")
            raw = yaml.load(self.source, Loader=_LOADER) or {}
        except (OSError, UnicodeDecodeError) as exc:
            self.problems.append(says.CANNOT_READ.with_values(path=self.path, reason=exc))
            return
        except yaml.YAMLError as exc:  # only where: PyYAML's own message quotes the broken line
            mark = getattr(exc, "problem_mark", None)
            place = (says.AT_LINE.with_values(line=mark.line + 1, column=mark.column + 1) if mark is not None
                     else Text.same(""))
            self.problems.append(says.NOT_YAML.with_values(path=self.path, place=place))
            return
        if not isinstance(raw, dict) or raw.get("schema", 1) != 1:
            self.problems.append(says.NOT_CATEGORIES.with_values(path=self.path))
            return
        for group_id, entry in self.mapping(raw.get("groups"), "groups").items():
            self._group(str(group_id), entry, groups)
        for category_id, entry in self.mapping(raw.get("categories"), "categories").items():
            self._category(str(category_id), entry, groups, categories)

    def _new_id(self, section: str, field: str, raw_id: str, known: Collection[str],
                named: Text) -> tuple[str, Text] | None:
        """The entry's id, checked and not used before, and how messages name the entry; None after saying why
        the entry is skipped."""
        try:
            entry_id = check(field, raw_id)
        except RefusedText as exc:
            self.refused(section, raw_id, exc)
            return None
        where = named.with_values(id=entry_id)
        if entry_id in known:
            self.problem(where, says.ID_USED)
            return None
        return entry_id, where

    def _group(self, raw_id: str, entry: object, groups: dict[str, GroupLabel]) -> None:
        found = self._new_id("groups", "group", raw_id, groups, says.GROUP)
        if found is None:
            return
        group_id, where = found
        raw = self.mapping(entry, f"groups.{group_id}")
        self._unknown_keys(where, raw, GROUP_KEYS)
        labels = self.labels(where, raw)
        kind = self.kind(where, raw.get("kind"), Kind.SERVICE)
        if labels and kind:
            groups[group_id] = GroupLabel(group_id, labels, kind, self.local)

    def _category(self, raw_id: str, entry: object, groups: dict[str, GroupLabel],
                  categories: dict[str, Category]) -> None:
        found = self._new_id("categories", "category", raw_id, categories, says.CATEGORY)
        if found is None:
            return
        category_id, where = found
        group_id = category_id.split(".")[0]
        group = groups.get(group_id)
        if group is None:
            self.problem(where, says.UNKNOWN_GROUP.with_values(group=group_id))
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
                self.problem(where, says.refused(exc))
        if labels is None or kind is None or len(self.problems) > before:
            return  # any problem skips the entry: a half-understood category would count wrongly
        categories[category_id] = Category(category_id, labels, group.id, kind, valid_from, retired,
                                           replaced_by, self.local)

    def _unknown_keys(self, where: Text, raw: dict[str, Any], allowed: set[str]) -> None:
        for key in sorted(map(str, set(raw) - allowed)):
            named = says.quoted(key) if passes("group", key) else says.HIDDEN_KEY
            self.problem(where, says.UNKNOWN_KEY.with_values(key=named, allowed=", ".join(sorted(allowed))))

    def check_references(self, categories: dict[str, Category], checked: set[str]) -> None:
        """replaced_by must name a known id, and following replacements must never loop. A broken local
        replacement is dropped, not the category: its own history still counts under its own id."""
        broken: set[str] = set()
        for category_id in sorted(checked):
            category = categories[category_id]
            if category.replaced_by is None:
                continue
            where = says.CATEGORY.with_values(id=category_id)
            if category.replaced_by not in categories:
                self.problem(where, says.NOT_A_CATEGORY.with_values(target=category.replaced_by))
                broken.add(category_id)
                continue
            seen: set[str] = {category_id}
            current: str | None = category.replaced_by
            while current is not None:
                if current in seen:
                    self.problem(where, says.LOOP)
                    broken.add(category_id)
                    break
                seen.add(current)
                nxt = categories.get(current)
                current = nxt.replaced_by if nxt else None
        for category_id in broken:
            category = categories[category_id]
            if category.local:
                categories[category_id] = Category(**{**category.__dict__, "replaced_by": None})


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
