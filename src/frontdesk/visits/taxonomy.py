"""The visit categories: bundled ``data/categories.yaml`` plus a municipality's ``<home>/categories.yaml``.

Ids are stable forever. The taxonomy changes by adding ids (``valid_from``) and retiring them (``retired``,
optionally ``replaced_by``), never by renaming, so old visits keep their meaning and reports can count a retired
id under its replacement with :meth:`Taxonomy.resolve`.

A broken bundled file is a bug and raises :class:`TaxonomyError`. A broken local file must not stop the
counter: its bad entries are skipped and listed in :attr:`Taxonomy.problems`. Ids and labels go through
privacy.check like every other text the visit log stores; a refused id is named by its line, never repeated
(reading a file: :mod:`frontdesk.visits.category_file`). Labels come in bokmål, nynorsk and English; a local file
may leave nynorsk out and show bokmål instead.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from frontdesk.config import Config
from frontdesk.i18n import Text
from frontdesk.visits.category_file import Category, CategoryFile, GroupLabel


class TaxonomyError(ValueError):
    """The bundled taxonomy is broken (a developer error)."""


class Taxonomy:
    """All categories, bundled and local, with their groups. Build it with :meth:`load` or :meth:`from_files`."""

    def __init__(self, groups: dict[str, GroupLabel], categories: dict[str, Category],
                 problems: list[Text] | None = None) -> None:
        self._groups = groups
        self._categories = categories
        self.problems: list[Text] = list(problems or [])  # of the local file: its entries that were skipped

    @classmethod
    def load(cls, config: Config) -> Taxonomy:
        return cls.from_files(config.data_dir / "categories.yaml", config.local_categories_path)

    @classmethod
    def from_files(cls, bundled: Path, local: Path | None) -> Taxonomy:
        groups: dict[str, GroupLabel] = {}
        categories: dict[str, Category] = {}
        reader = CategoryFile(bundled, local=False)
        reader.read(groups, categories)
        reader.check_references(categories, set(categories))
        if reader.problems:
            raise TaxonomyError("; ".join(problem.en for problem in reader.problems))
        problems: list[Text] = []
        if local is not None and local.is_file():
            local_reader = CategoryFile(local, local=True)
            local_reader.read(groups, categories)
            local_reader.check_references(categories, {c.id for c in categories.values() if c.local})
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
