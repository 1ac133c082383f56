"""Veiledninger → «Tilpass veiledningene»: every local fact and «Hos oss» note, edited in place by a supervisor.

Centre-wide facts come first, then each guide's own (with its note), then orphaned values and notes. Each field
is checked as it is typed; «Lagre» stays off while any field is wrong. Saving applies only what was changed to
``lokalt.yaml`` as it is on disk then (another counter PC may have changed other facts meanwhile), through the
core's :class:`LocalFactsStore`, on the window's thread pool.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from frontdesk.knowledge.local_facts import FactEntry, LocalFacts, LocalFactsStore
from frontdesk.knowledge.local_values import LocalValuesError
from frontdesk.knowledge.model import Guide
from frontdesk.ui.background import BackgroundTasks
from frontdesk.ui.errors import ask_to_discard
from frontdesk.ui.local_fact_rows import FactRow, NoteRow, kind_names
from frontdesk.ui.widgets import NarrowChoice, resize_within_screen


class LocalFactsDialog(QDialog):
    saved = Signal()

    def __init__(self, store: LocalFactsStore, facts: LocalFacts, guides: Mapping[str, Guide],
                 tasks: BackgroundTasks, focus_guide: str | None = None, parent: QWidget | None = None,
                 language: str = "nb") -> None:
        super().__init__(parent)
        self._language = language  # the window's: the rows show the core's messages in it
        self.setObjectName("localFacts")
        self.setWindowTitle(self.tr("Tilpass veiledningene"))
        resize_within_screen(self, 820, 760)
        self._store = store
        self._guides = dict(guides)
        self._tasks = tasks
        self.saving = False
        self.question: QMessageBox | None = None
        self.facts: dict[str, FactRow] = {}
        self.notes: dict[str, NoteRow] = {}
        self._groups: list[tuple[QLabel, list[FactRow | NoteRow]]] = []
        self._kinds = kind_names()

        intro = QLabel(self.tr("Det dere fyller inn her, står i veiledningene og på utskriftene til innbyggerne. "
                               "Et tomt felt vises som «ikke fylt ut lokalt», og en linje til innbyggeren med en "
                               "tom opplysning blir ikke skrevet ut. Nye versjoner av veiledningene endrer aldri "
                               "dette."), self)
        intro.setWordWrap(True)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Hvor mange som er fylt ut"))
        font = QFont(self.count.font())
        font.setBold(True)
        self.count.setFont(font)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filtrer på opplysning, veiledning eller verdi"))
        self.filter.setAccessibleName(self.tr("Filtrer opplysningene"))
        self.filter.setClearButtonEnabled(True)
        self.only_empty = QCheckBox(self.tr("Bare &tomme"), self)
        self.only_empty.setAccessibleName(self.tr("Vis bare opplysninger som ikke er fylt ut"))
        self.filter.textChanged.connect(self._apply_filter)
        self.only_empty.toggled.connect(self._apply_filter)

        self._body = QWidget()
        self._rows = QVBoxLayout(self._body)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setWidget(self._body)
        self.area.setAccessibleName(self.tr("Lokale opplysninger"))
        self._build(facts, focus_guide)

        self.add_note_guide = NarrowChoice(self)
        self.add_note_guide.setAccessibleName(self.tr("Veiledning som skal få et Hos oss-notat"))
        for guide in sorted(self._guides.values(), key=lambda g: g.title.casefold()):
            if guide.id not in self.notes:
                self.add_note_guide.addItem(guide.title, guide.id)
        add_note = QPushButton(self.tr("Legg til «Hos oss» …"), self)
        add_note.setAccessibleName(self.tr("Legg til et Hos oss-notat for veiledningen"))
        add_note.clicked.connect(lambda: self.add_note(str(self.add_note_guide.currentData())))
        add_note.setEnabled(self.add_note_guide.count() > 0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Lagre"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.filter, 1)
        top.addWidget(self.only_empty)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Notat for en annen veiledning:"), self))
        note_row.addWidget(self.add_note_guide, 1)
        note_row.addWidget(add_note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.area, 1)
        layout.addLayout(note_row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._update()

    # -- building ----------------------------------------------------------------------------------------
    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self._body)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        label.setFont(font)
        self._rows.addWidget(label)
        return label

    def _group(self, heading: str, rows: list[FactRow | NoteRow]) -> None:
        label = self._heading(heading)
        for row in rows:
            self._rows.addWidget(row)
            row.changed.connect(self._update)
            if isinstance(row, FactRow):
                self.facts[row.key] = row
            else:
                self.notes[row.guide_id] = row
        self._groups.append((label, rows))

    def _fact(self, entry: FactEntry, under: str | None = None) -> FactRow:
        used = [self._guides[g].title for g in entry.guides if g in self._guides]
        return FactRow(entry, self._kinds.get(entry.kind or "", ""), None if entry.guides == (under,) else used,
                       self._body, language=self._language)

    def _build(self, facts: LocalFacts, focus_guide: str | None) -> None:
        entries = facts.entries()
        self._group(self.tr("For hele senteret"), [self._fact(e) for e in entries if e.centre_wide])
        own: dict[str, list[FactEntry]] = {}
        for entry in entries:
            fact = facts.catalogue.get(entry.key)
            if fact is not None and fact.guide_id is not None:
                own.setdefault(fact.guide_id, []).append(entry)
        noted = {g for g in facts.values.notes if g in self._guides}
        wanted = set(own) | noted | ({focus_guide} if focus_guide in self._guides else set())
        for guide in sorted((self._guides[g] for g in wanted), key=lambda g: g.title.casefold()):
            rows: list[FactRow | NoteRow] = [self._fact(e, guide.id) for e in own.get(guide.id, [])]
            rows.append(NoteRow(guide.id, guide.title, facts.note(guide.id), parent=self._body,
                                language=self._language))
            self._group(guide.title, rows)
        orphans: list[FactRow | NoteRow] = [self._fact(e) for e in entries if e.orphaned]
        orphans += [NoteRow(g, g, facts.note(g), orphaned=True, parent=self._body, language=self._language)
                    for g in facts.orphaned_notes()]
        if orphans:
            self._group(self.tr("Foreldreløse verdier og notater (ingen veiledning bruker dem lenger)"), orphans)
        self._rows.addStretch(1)

    def add_note(self, guide_id: str) -> NoteRow | None:
        """A «Hos oss» note for a guide that has no group yet, at the end of the list."""
        guide = self._guides.get(guide_id)
        if guide is None or guide_id in self.notes:
            return self.notes.get(guide_id)
        self._rows.takeAt(self._rows.count() - 1)  # the stretch stays last
        row = NoteRow(guide.id, guide.title, None, parent=self._body, language=self._language)
        self._group(guide.title, [row])
        self._rows.addStretch(1)
        self.add_note_guide.removeItem(self.add_note_guide.findData(guide_id))
        self.show_row(row)
        return row

    # -- state -------------------------------------------------------------------------------------------
    def _all_rows(self) -> list[FactRow | NoteRow]:
        return [*self.facts.values(), *self.notes.values()]

    def changes(self) -> tuple[dict[str, str | None], dict[str, str | None]]:
        """(values by key, notes by guide id) that differ from the file as it was read; None removes one."""
        return ({k: r.value() for k, r in self.facts.items() if r.is_changed},
                {g: r.value() for g, r in self.notes.items() if r.is_changed})

    def _update(self) -> None:
        known = [r for r in self.facts.values() if not r.entry.orphaned]
        self.count.setText(self.tr("%1 av %2 er fylt ut").replace("%1", str(sum(r.filled for r in known)))
                           .replace("%2", str(len(known))))
        invalid = sum(not r.valid for r in self._all_rows())
        values, notes = self.changes()
        self.save_button.setEnabled(not invalid and bool(values or notes) and not self.saving)
        self.status.setText(self.tr("Rett feltene som er merket med ⚠ før du lagrer.") if invalid else "")

    def _apply_filter(self) -> None:
        needle = self.filter.text().strip().casefold()
        only_empty = self.only_empty.isChecked()
        for label, rows in self._groups:
            heading = label.text().casefold()
            for row in rows:
                matches = not needle or needle in row.search_text() or needle in heading
                if isinstance(row, FactRow) and not row.entry.orphaned:
                    # Empty when the dialog opened, or now: a row being filled in stays in view.
                    empty = row.entry.value is None or not row.edit.text().strip()
                    row.setVisible(matches and (empty or not only_empty))
                else:  # notes and orphaned values are not "facts to fill in"
                    row.setVisible(matches and not only_empty)
            label.setVisible(any(not row.isHidden() for row in rows))

    def show_row(self, row: FactRow | NoteRow) -> None:
        """Scroll to the row and put the cursor in it (once the dialog is laid out)."""
        if row.isHidden():
            self.filter.clear()
            self.only_empty.setChecked(False)

        heading = next(label for label, rows in self._groups if row in rows)

        def focus() -> None:  # its group's heading at the top when it fits, so the guide's name shows
            self.area.verticalScrollBar().setValue(heading.y() - 6)
            self.area.ensureWidgetVisible(row, 0, 20)
            row.edit.setFocus(Qt.FocusReason.OtherFocusReason)

        QTimer.singleShot(0, focus)

    def open_at(self, key: str) -> FactRow | None:
        row = self.facts.get(key)
        if row is not None:
            self.show_row(row)
        return row

    # -- saving ------------------------------------------------------------------------------------------
    def save(self) -> None:
        values, notes = self.changes()
        if self.saving or not (values or notes) or any(not r.valid for r in self._all_rows()):
            return
        store, guides = self._store, self._guides

        def work() -> None:
            current = store.load()  # as it is on disk now: only what was changed here is written
            for key, value in values.items():
                current = current.with_value(key, value)
            for guide_id, note in notes.items():
                current = current.with_note(guide_id, note)
            store.save(current, guides)

        self.saving = True
        self.status.setText(self.tr("Lagrer …"))
        self._update()
        self._tasks.run(work, self._saved, self._failed)

    def _saved(self, _result: object) -> None:
        self.saving = False
        self.saved.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        if not isinstance(error, OSError | LocalValuesError):
            raise error  # a bug: the exception dialog logs it
        self._update()
        reason = error.describe(self._language) if isinstance(error, LocalValuesError) else str(error)
        self.status.setText(self.tr("Opplysningene ble ikke lagret, og ingenting er endret: %1").replace(
            "%1", reason))

    def reject(self) -> None:
        """Closing with unsaved changes asks first; nothing typed is lost by a slip of the Esc key."""
        values, notes = self.changes()
        if self.saving:
            return
        if not (values or notes):
            super().reject()
            return
        self.question = ask_to_discard(self, self.tr("Tilpass veiledningene"), self.tr(
            "Du har endringer som ikke er lagret. Vil du forkaste dem?"), self._discard)

    def _discard(self) -> None:
        super().reject()
