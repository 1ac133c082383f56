"""The favourites picker in the settings and the first-day set-up: every category, ticked ones in key order.

Ticking adds a category as the next Ctrl+number, unticking frees its number; a tenth is refused with a message.
It starts from the favourites the visit panel shows (the starter set while the centre has chosen none), so what
is ticked is what is in use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from frontdesk.visits.category_file import Category
from frontdesk.visits.settings import MAX_FAVOURITES
from frontdesk.visits.taxonomy import Taxonomy


class FavouritesList(QListWidget):
    refused = Signal(str)  # a message: why a tick was taken back

    def __init__(self, taxonomy: Taxonomy, chosen: list[str], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self._language = language
        self.order = [c for c in chosen if taxonomy.get(c)][:MAX_FAVOURITES]
        self.setAccessibleName(self.tr("Favorittkategorier, høyst ni"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        # Ticked ones first, in key order, so the nine in use are in sight when the list opens.
        categories = sorted(taxonomy.active(), key=lambda c: self.order.index(c.id) if c.id in self.order else 99)
        for category in categories:
            item = QListWidgetItem(self)
            item.setData(Qt.ItemDataRole.UserRole, category.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if category.id in self.order else Qt.CheckState.Unchecked)
        self._relabel()
        self.itemChanged.connect(self._changed)

    def _label(self, category: Category) -> str:
        """"Ctrl+3 · Meldekort" for a favourite (its key first, so the nine line up), else just the label."""
        text = category.label(self._language)
        return f"Ctrl+{self.order.index(category.id) + 1} · {text}" if category.id in self.order else text

    def _relabel(self) -> None:
        self.blockSignals(True)  # a label is no tick
        groups = self._taxonomy.groups()
        for row in range(self.count()):
            item = self.item(row)
            category = self._taxonomy.get(str(item.data(Qt.ItemDataRole.UserRole)))
            if category is not None:
                item.setText(self._label(category))
                group = groups.get(category.group)
                item.setToolTip(group.label(self._language) if group is not None else "")
        self.blockSignals(False)

    def set_language(self, language: str) -> None:
        self._language = language
        self.setAccessibleName(self.tr("Favorittkategorier, høyst ni"))
        self._relabel()

    def _changed(self, item: QListWidgetItem) -> None:
        category = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked and category not in self.order:
            if len(self.order) >= MAX_FAVOURITES:
                self.blockSignals(True)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.blockSignals(False)
                self.refused.emit(self.tr("Du kan ha høyst ni favoritter. Fjern en først."))
                return
            self.order.append(category)
        elif item.checkState() == Qt.CheckState.Unchecked and category in self.order:
            self.order.remove(category)
        self._relabel()

    def item_for(self, category: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == category:
                return self.item(row)
        return None
