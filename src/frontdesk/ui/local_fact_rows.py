"""The rows of «Tilpass veiledningene»: one local fact, or one guide's «Hos oss» note, edited in place.

Each row checks what is typed as it is typed, with the core's rules (knowledge/local_kinds.py: by kind for a
value, length and no fødselsnummer for a note), and shows the core's message right under the field. An empty
field means "not filled in". An orphaned value or note (no guide declares it any more) is shown as it is, with
a box to remove it on saving.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from frontdesk.knowledge.local_facts import FactEntry
from frontdesk.knowledge.local_kinds import EXAMPLES, LocalValueError, check_note, check_value

USED_IN_SHOWN = 3  # guide titles named under a fact before "and N more"
translate = QCoreApplication.translate  # a plain name lupdate recognises


def kind_names() -> dict[str, str]:
    """The kinds of local fact (knowledge/model.py SLOT_KINDS) as a supervisor reads them."""
    return {"text": translate("LocalFacts", "tekst"), "phone": translate("LocalFacts", "telefonnummer"),
            "email": translate("LocalFacts", "e-postadresse"), "url": translate("LocalFacts", "nettadresse"),
            "date": translate("LocalFacts", "dato"), "hours": translate("LocalFacts", "åpningstider")}


def _label(text: str, parent: QWidget, *, bold: bool = False, small: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # labels and values are guide content: only ever text
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setBold(bold)
    if small:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


class _Row(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None, language: str) -> None:
        super().__init__(parent)
        self.language = language  # the window's: the core's messages are shown in it
        self.error: str | None = None
        self.message = _label("", self, bold=True)  # bold and marked, not coloured: high-contrast themes
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.remove: QCheckBox | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 8)
        self.layout_.setSpacing(2)

    @property
    def valid(self) -> bool:
        return self.error is None

    def _show_error(self, error: str | None) -> None:
        self.error = error
        self.message.setText(f"⚠ {error}" if error else "")
        self.message.setVisible(error is not None)
        self.changed.emit()

    def _removable(self, name: str) -> QCheckBox:
        box = QCheckBox(self.tr("Fjern ved lagring"), self)
        box.setAccessibleName(name)
        box.toggled.connect(lambda _on: self.changed.emit())
        self.layout_.addWidget(box)
        return box


class FactRow(_Row):
    """One local fact: its label, kind, key and the guides that use it, and its value."""

    def __init__(self, entry: FactEntry, kind_name: str, used_in: list[str] | None,
                 parent: QWidget | None = None, *, language: str = "nb") -> None:
        """``used_in``: titles of the guides that use the fact; None under the one guide that alone uses it."""
        super().__init__(parent, language)
        self.entry = entry
        self.key = entry.key
        label = entry.label or entry.key
        self.title = _label(label, self, bold=True)
        if entry.orphaned:
            about = self.tr("%1 · ingen veiledning bruker denne lenger").replace("%1", entry.key)
        elif used_in is None:
            about = f"{kind_name} · {entry.key}"
        else:
            shown = ", ".join(used_in[:USED_IN_SHOWN])
            if len(used_in) > USED_IN_SHOWN:
                shown += " " + self.tr("og %n til", "", len(used_in) - USED_IN_SHOWN)
            about = f"{kind_name} · {entry.key} · " + (self.tr("brukes i: %1").replace("%1", shown) if used_in
                                                       else self.tr("ingen veiledning bruker den ennå"))
        self.about = _label(about, self, small=True)
        self.about.setToolTip("\n".join(used_in or []))
        self.edit = QLineEdit(entry.value or "", self)
        self.edit.setAccessibleName(label)
        self.edit.setClearButtonEnabled(not entry.orphaned)
        if entry.kind is not None:
            self.edit.setPlaceholderText(self.tr("Ikke fylt ut – skriv for eksempel %1").replace(
                "%1", EXAMPLES[entry.kind].get(language)))
        self.title.setBuddy(self.edit)
        for widget in (self.title, self.about, self.edit, self.message):
            self.layout_.addWidget(widget)
        if entry.orphaned:
            self.edit.setReadOnly(True)
            self.remove = self._removable(self.tr("Fjern verdien for %1 ved lagring").replace("%1", entry.key))
        self.edit.textChanged.connect(self._check)
        self._check()  # a value edited by hand may not fit its kind: say so from the start

    def _check(self) -> None:
        text = self.edit.text()
        if not text.strip() or self.entry.kind is None:
            self._show_error(None)
            return
        try:
            check_value(self.entry.kind, text)
        except LocalValueError as error:
            self._show_error(error.message(self.language))
            return
        self._show_error(None)

    def value(self) -> str | None:
        """The value as it will be stored (trimmed), None for "not filled in"; only when :attr:`valid`."""
        if self.remove is not None:
            return None if self.remove.isChecked() else self.entry.value
        text = self.edit.text().strip()
        return check_value(self.entry.kind or "text", text) if text else None

    @property
    def is_changed(self) -> bool:
        return self.valid and self.value() != self.entry.value

    @property
    def filled(self) -> bool:
        return self.valid and self.value() is not None

    def search_text(self) -> str:
        return " ".join((self.entry.label or "", self.key, self.about.toolTip(), self.edit.text())).casefold()


class NoteRow(_Row):
    """A guide's «Hos oss» note: plain text shown under the guide, headed *Hos oss*."""

    def __init__(self, guide_id: str, title: str, note: str | None, orphaned: bool = False,
                 parent: QWidget | None = None, *, language: str = "nb") -> None:
        super().__init__(parent, language)
        self.guide_id = guide_id
        self.original = note
        self.caption = _label(self.tr("Hos oss (vises under veiledningen)") if not orphaned else
                              self.tr("Notat for %1 · veiledningen finnes ikke lenger").replace("%1", guide_id),
                              self, bold=True)
        self.edit = QPlainTextEdit(note or "", self)
        self.edit.setAccessibleName(self.tr("Hos oss-notat for «%1»").replace("%1", title))
        self.edit.setPlaceholderText(self.tr("Det som er spesielt hos dere, for eksempel: Hos oss tar "
                                             "servicetorget imot papirsøknader."))
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        self.search_words = f"{title} {guide_id}".casefold()
        for widget in (self.caption, self.edit, self.message):
            self.layout_.addWidget(widget)
        if orphaned:
            self.edit.setReadOnly(True)
            self.remove = self._removable(self.tr("Fjern notatet for %1 ved lagring").replace("%1", guide_id))
        self.edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        try:
            check_note(self.edit.toPlainText())
        except LocalValueError as error:
            self._show_error(error.message(self.language))
            return
        self._show_error(None)

    def value(self) -> str | None:
        if self.remove is not None:
            return None if self.remove.isChecked() else self.original
        text = self.edit.toPlainText()
        return check_note(text) if text.strip() else None

    @property
    def is_changed(self) -> bool:
        return self.valid and self.value() != self.original

    def search_text(self) -> str:
        return f"{self.search_words} {self.edit.toPlainText()}".casefold()
