"""Veiledninger → «Importer veiledningspakke …»: a supervisor installs a signed guide pack from a USB stick.

The order is PIN (when one is set), then the file, then the import on the thread pool (unpacking, checking
signatures and validating thousands of guides takes a while). The core does all of it
(:func:`frontdesk.knowledge.pack_import.install_pack`, all or nothing); this shows what changed, or why
nothing did, and reloads the guides so the new ones are searchable at once. A pack older than the installed
version is installed only when the supervisor answers that they mean to go back to it.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.knowledge.library import library_folders
from frontdesk.knowledge.pack_import import install_pack
from frontdesk.knowledge.packs import (
    OlderPackError,
    Overlap,
    PackChange,
    PackError,
    PackStorageError,
    load_trusted_keys,
)
from frontdesk.ui.background import BackgroundTasks
from frontdesk.ui.errors import show_message
from frontdesk.ui.knowledge_worker import KnowledgeService
from frontdesk.ui.pin_dialog import PinDialog, with_supervisor_pin
from frontdesk.ui.services import Services


class _Entries(QStyledItemDelegate):
    """A guide under its heading stands in from it, and a long line wraps with its lines standing in too (with
    leading spaces, the wrapped lines went back to the edge)."""

    ENTRY = Qt.ItemDataRole.UserRole  # True for a guide's line, not a heading

    def _indented(self, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> QStyleOptionViewItem:
        moved = QStyleOptionViewItem(option)
        if index.data(self.ENTRY):
            moved.rect = option.rect.adjusted(option.fontMetrics.horizontalAdvance("    "), 0, 0, 0)
        return moved

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, self._indented(option, index), index)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(self._indented(option, index), index)


class PackChangeDialog(QDialog):
    """The change notice: which guides the pack added, updated and removed."""

    def __init__(self, change: PackChange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packChange")
        self.setWindowTitle(self.tr("Veiledningspakke importert"))
        self.resize(560, 440)
        summary = self.tr("Veiledningspakken «%1», versjon %2, er installert.")
        if change.previous_version:
            summary = self.tr("Veiledningspakken «%1», versjon %2, er installert i stedet for versjon %3.")
        self.summary = QLabel(summary.replace("%1", change.name).replace("%2", change.version)
                              .replace("%3", change.previous_version or ""), self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Endringer i veiledningene"))
        # "«…» erstatter den medfølgende veiledningen «…»" is longer than the list is wide: wrap, never hide it.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(_Entries(self.list))
        sections = ((self.tr("Nye veiledninger (%n)", "", len(change.added)), change.added),
                    (self.tr("Oppdaterte veiledninger (%n)", "", len(change.updated)), change.updated),
                    (self.tr("Fjernede veiledninger (%n)", "", len(change.removed)), change.removed),
                    (self.tr("Erstatter andre veiledninger (%n)", "", len(change.replaces)),
                     [self._replacement(o) for o in change.replaces]),
                    (self.tr("Vises ikke (%n)", "", len(change.hidden)), [self._hidden(o) for o in change.hidden]))
        for heading, titles in sections:
            if titles:
                self._add_heading(heading)
                for title in titles:
                    entry = QListWidgetItem(title, self.list)
                    entry.setData(_Entries.ENTRY, True)
        if not (change.added or change.updated or change.removed):
            self.list.addItem(self.tr("Ingen endringer: denne versjonen av pakken var allerede installert."))
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Lukk"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setAccessibleName(self.tr("Lukk"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _replacement(self, overlap: Overlap) -> str:
        text = (self.tr("«%1» erstatter «%2» fra pakken «%3»") if overlap.other_pack
                else self.tr("«%1» erstatter den medfølgende veiledningen «%2»"))
        return text.replace("%1", overlap.title).replace("%2", overlap.other_title).replace(
            "%3", overlap.other_pack or "")

    def _hidden(self, overlap: Overlap) -> str:
        text = (self.tr("«%1» vises ikke: pakken «%3» har en veiledning med samme id («%2»)") if overlap.other_pack
                else self.tr("«%1» vises ikke: den lokale veiledningen «%2» har samme id"))
        return text.replace("%1", overlap.title).replace("%2", overlap.other_title).replace(
            "%3", overlap.other_pack or "")

    def _add_heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not something to select
        self.list.addItem(item)


class PackImporter(QObject):
    """Runs one import at a time. ``finished`` carries the PackChange, or the message shown when it failed."""

    busyChanged = Signal(bool)
    finished = Signal(object)

    def __init__(self, services: Services, tasks: BackgroundTasks, knowledge: KnowledgeService,
                 parent: QWidget, language: str = "nb") -> None:
        super().__init__(parent)
        self._services = services
        self._language = language  # the window's: the core's refusal is shown in it
        self._tasks = tasks
        self._knowledge = knowledge
        self._parent = parent
        self.busy = False
        self.notice: QDialog | None = None  # the change notice or error message last shown

    def start(self, path: Path | None = None) -> PinDialog | None:
        """Ask for the PIN when one is set, then for the file (unless given), then import."""
        if self.busy:
            return None
        return with_supervisor_pin(self._services.guard, self._parent,
                                   self.tr("Import av veiledningspakker krever leder-PIN."),
                                   lambda: self._choose(path))

    def _choose(self, path: Path | None) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self._parent, self.tr("Importer veiledningspakke"), str(Path.home()),
                self.tr("Veiledningspakker (*.zip)"))
            if not chosen:
                return
            path = Path(chosen)
        self._install(path)

    def _install(self, path: Path, allow_older: bool = False) -> None:
        config = self._services.config
        agencies: Collection[str] = self._services.knowledge.registry.agencies
        categories = self._services.taxonomy.ids(include_retired=True)
        context = library_folders(self._services.config, self._services.local_guides_folder)

        def work() -> PackChange:
            return install_pack(path, config.packs_dir, load_trusted_keys(config.trusted_keys_files),
                                agencies=agencies, categories=categories, context=context,
                                allow_older=allow_older)

        self._set_busy(True)
        self._tasks.run(work, self._installed, lambda error: self._failed(error, path))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)

    def _installed(self, change: PackChange) -> None:
        self._set_busy(False)
        # Queued on the knowledge thread before any later search, so the new guides are found at once; the
        # knowledge base finds the new pack folder by itself.
        self._knowledge.reload()
        dialog = PackChangeDialog(change, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.notice = dialog
        self.finished.emit(change)

    def _failed(self, error: BaseException, path: Path) -> None:
        self._set_busy(False)
        if isinstance(error, OlderPackError):
            self.notice = self._ask_older(error, path)
            return
        if isinstance(error, PackStorageError):
            text = (self.tr("Veiledningspakken kunne ikke installeres, og ingenting er endret.") + "\n\n"
                    + error.message(self._language))
        elif isinstance(error, PackError):
            text = (self.tr("Veiledningspakken ble ikke importert, og ingenting er endret.") + "\n\n"
                    + error.message(self._language))
        elif isinstance(error, OSError):
            text = self.tr("Veiledningspakken kunne ikke leses eller installeres: %1").replace("%1", str(error))
        else:
            raise error  # a bug: the exception dialog logs it
        self.notice = show_message(self._parent, self.tr("Importer veiledningspakke"), text,
                                   QMessageBox.Icon.Warning)
        self.finished.emit(text)

    def _ask_older(self, error: OlderPackError, path: Path) -> QMessageBox:
        """Going back to an older version is allowed, but only when asked for: it may undo corrections."""
        text = self.tr("Veiledningspakken «%1», versjon %2, er eldre enn versjonen som er installert (%3). "
                       "Vil du likevel gå tilbake til den eldre versjonen?")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Importer veiledningspakke"),
                          text.replace("%1", error.name).replace("%2", error.version).replace("%3", error.installed),
                          QMessageBox.StandardButton.NoButton, self._parent)
        box.setObjectName("olderPack")
        older = box.addButton(self.tr("Installer den eldre versjonen"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # the safe choice on Enter
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._older_answered(button is older, path, error))
        box.open()
        return box

    def _older_answered(self, install: bool, path: Path, error: OlderPackError) -> None:
        if install:
            self._install(path, allow_older=True)
        else:
            self.finished.emit(error.message(self._language))
