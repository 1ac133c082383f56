"""The form of the local guide editor: every field of a guide, on four tabs, with no YAML in sight.

«Om veiledningen» (titles, summary, search words, agency, visit category, what the citizen needs, the
on-behalf rule, when it was checked), «Kilder og lokale opplysninger», «Tekst for ansatte» (Markdown) and
«Til innbyggeren» (the three handout sections). :meth:`GuideForm.draft` reads the fields into a
:class:`GuideDraft`; the core makes the file from it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.guide_draft import DraftFact, GuideDraft, one_line, split_list
from frontdesk.knowledge.local_keys import FactKey
from frontdesk.knowledge.model import CITIZEN_SECTIONS
from frontdesk.ui.guide_editor_parts import FactsTable, SourcesTable
from frontdesk.ui.widgets import NarrowChoice

TAB_ABOUT, TAB_SOURCES, TAB_STAFF, TAB_CITIZEN = range(4)


def _text_box(name: str, lines: int, parent: QWidget, *, grows: bool = True) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    if not grows:  # a few lines in a form: room to see them, not a page
        box.setMaximumHeight(box.fontMetrics().lineSpacing() * (lines + 2) + 12)
    return box


def _help(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class GuideForm(QTabWidget):
    changed = Signal()
    textFocused = Signal(str)  # "body", or the language of the handout section the cursor is in

    def __init__(self, registry: AgencyRegistry, categories: Sequence[tuple[str, str]], kind_names: dict[str, str],
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Veiledningens innhold"))
        about = QWidget(self)
        self.title = QLineEdit(about)
        self.title.setAccessibleName(self.tr("Tittel (bokmål)"))
        self.title.setPlaceholderText(self.tr("Slik ansatte sier det, for eksempel: Parkeringskort for "
                                              "forflytningshemmede"))
        self.id_label = QLabel(about)
        self.id_label.setWordWrap(True)
        self.id_label.setAccessibleName(self.tr("Veiledningens id"))
        self.title_nn = QLineEdit(about)
        self.title_nn.setAccessibleName(self.tr("Tittel på nynorsk"))
        self.title_en = QLineEdit(about)
        self.title_en.setAccessibleName(self.tr("Tittel på engelsk"))
        self.summary = QLineEdit(about)
        self.summary.setAccessibleName(self.tr("Sammendrag"))
        self.summary.setPlaceholderText(self.tr("Én setning: hva innbyggeren vil få gjort"))
        self.tags = QLineEdit(about)
        self.tags.setAccessibleName(self.tr("Søkeord"))
        self.tags.setPlaceholderText(self.tr("Ord folk skriver, med komma mellom: parkering, hc-kort, handikapkort"))
        self.agency = QComboBox(about)
        self.agency.setAccessibleName(self.tr("Etat"))
        for agency in sorted(registry.agencies.values(), key=lambda a: a.name.casefold()):
            self.agency.addItem(agency.name, agency.id)
        self.category = NarrowChoice(about)
        self.category.setAccessibleName(self.tr("Besøkskategori"))
        self.category.addItem(self.tr("(ingen: staben velger kategori selv)"), "")
        for category_id, label in categories:
            self.category.addItem(f"{label} ({category_id})", category_id)
        self.requires = _text_box(self.tr("Dette trenger innbyggeren, én ting per linje"), 4, about, grows=False)
        self.on_behalf = _text_box(self.tr("På vegne av andre"), 3, about, grows=False)
        self.reviewed = QDateEdit(QDate(today.year, today.month, today.day), about)
        self.reviewed.setCalendarPopup(True)
        self.reviewed.setDisplayFormat("dd.MM.yyyy")
        self.reviewed.setAccessibleName(self.tr("Sist kontrollert mot kildene"))
        self.reviewed.setMaximumWidth(self.reviewed.sizeHint().width() * 2)
        form = QFormLayout()
        for label, widget in ((self.tr("&Tittel (bokmål):"), self.title), ("", self.id_label),
                              (self.tr("Tittel (&nynorsk):"), self.title_nn),
                              (self.tr("Tittel (&engelsk):"), self.title_en),
                              (self.tr("&Sammendrag:"), self.summary), (self.tr("S&økeord:"), self.tags),
                              (self.tr("&Etat:"), self.agency), (self.tr("&Besøkskategori:"), self.category),
                              (self.tr("&Dette trenger innbyggeren\n(én per linje):"), self.requires),
                              (self.tr("&På vegne av andre:"), self.on_behalf),
                              (self.tr("Sist &kontrollert mot kildene:"), self.reviewed)):
            form.addRow(label, widget)
        page = QVBoxLayout(about)
        page.addLayout(form)
        page.addStretch(1)  # spare height below the fields, never inside a row
        self.addTab(about, self.tr("Om veiledningen"))

        sources = QWidget(self)
        self.sources = SourcesTable(today, sources)
        self.facts = FactsTable(kind_names, sources)
        layout = QVBoxLayout(sources)
        layout.addWidget(_help(self.tr("Kildene er etatens egne sider som veiledningen bygger på. Minst én må være "
                                       "på et offentlig domene, for eksempel kommunens egen nettside."), sources))
        layout.addWidget(self.sources, 1)
        layout.addLayout(self._buttons(self.sources.add, self.sources.remove_current, self.tr("Legg til kilde"),
                                       self.tr("Fjern valgt kilde")))
        layout.addWidget(_help(self.tr("Lokale opplysninger er det hvert servicetorg fyller inn selv under "
                                       "«Tilpass veiledningene». Skriv {{navn}} i teksten der verdien skal stå; "
                                       "felles opplysninger som {{senter.telefon}} trenger du ikke legge inn her."),
                               sources))
        layout.addWidget(self.facts, 1)
        layout.addLayout(self._buttons(self.facts.add, self.facts.remove_current, self.tr("Legg til opplysning"),
                                       self.tr("Fjern valgt opplysning")))
        self.addTab(sources, self.tr("Kilder og lokale opplysninger"))

        staff = QWidget(self)
        self.body = _text_box(self.tr("Tekst for ansatte"), 16, staff)
        layout = QVBoxLayout(staff)
        layout.addWidget(_help(self.tr("Det ansatte ser på skjermen, skrevet i Markdown: «## » foran en overskrift, "
                                       "«1. » foran et steg, «- » foran et punkt, **fet** for det viktigste. Behold "
                                       "de fire overskriftene."), staff))
        layout.addWidget(self.body, 1)
        self.addTab(staff, self.tr("Tekst for ansatte"))

        citizen = QWidget(self)
        layout = QVBoxLayout(citizen)
        layout.addWidget(_help(self.tr("Det som skrives ut til innbyggeren, på hvert språk. Skriv til «du», med "
                                       "korte setninger. En linje med en lokal opplysning som ikke er fylt ut, blir "
                                       "ikke skrevet ut: sett hver opplysning på sin egen linje."), citizen))
        self.handouts: dict[str, QPlainTextEdit] = {}
        for language, heading in CITIZEN_SECTIONS.items():
            box = _text_box(heading, 5, citizen)
            caption = QLabel(heading, citizen)
            caption.setBuddy(box)
            layout.addWidget(caption)
            layout.addWidget(box, 1)
            self.handouts[language] = box
        self.addTab(citizen, self.tr("Til innbyggeren"))

        # Under the tabs (the dialog places it): put a local fact into the text box last written in.
        self.insert_row = QWidget(parent)
        self.fact_choice = NarrowChoice(self.insert_row)
        self.fact_choice.setAccessibleName(self.tr("Lokal opplysning som skal settes inn i teksten"))
        insert = QPushButton(self.tr("Sett &inn i teksten"), self.insert_row)
        insert.setAccessibleName(self.tr("Sett inn den lokale opplysningen i teksten"))
        insert.clicked.connect(self.insert_fact)
        row = QHBoxLayout(self.insert_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Lokal opplysning:"), self.insert_row))
        row.addWidget(self.fact_choice, 1)
        row.addWidget(insert)
        self.insert_row.setVisible(False)
        self.currentChanged.connect(lambda tab: self.insert_row.setVisible(tab in (TAB_STAFF, TAB_CITIZEN)))
        self._last_text: tuple[str, QPlainTextEdit] = ("body", self.body)
        for part, box in (("body", self.body), *self.handouts.items()):
            box.cursorPositionChanged.connect(lambda p=part, b=box: self._writing_in(p, b))

        # Each form field the checks can name: its tab, the widget to go to, and its name for the supervisor.
        self.fields: dict[str, tuple[int, QWidget, str]] = {
            "id": (TAB_ABOUT, self.title, self.tr("Id")),
            "title": (TAB_ABOUT, self.title, self.tr("Tittel (bokmål)")),
            "title_nn": (TAB_ABOUT, self.title_nn, self.tr("Tittel (nynorsk)")),
            "title_en": (TAB_ABOUT, self.title_en, self.tr("Tittel (engelsk)")),
            "summary": (TAB_ABOUT, self.summary, self.tr("Sammendrag")),
            "tags": (TAB_ABOUT, self.tags, self.tr("Søkeord")),
            "agency": (TAB_ABOUT, self.agency, self.tr("Etat")),
            "category": (TAB_ABOUT, self.category, self.tr("Besøkskategori")),
            "requires": (TAB_ABOUT, self.requires, self.tr("Dette trenger innbyggeren")),
            "on_behalf": (TAB_ABOUT, self.on_behalf, self.tr("På vegne av andre")),
            "reviewed": (TAB_ABOUT, self.reviewed, self.tr("Sist kontrollert")),
            "related": (TAB_ABOUT, self.title, self.tr("Relaterte veiledninger")),
            "sources": (TAB_SOURCES, self.sources, self.tr("Kilder")),
            "local": (TAB_SOURCES, self.facts, self.tr("Lokale opplysninger")),
            "body": (TAB_STAFF, self.body, self.tr("Tekst for ansatte")),
            **{f"handout_{lang}": (TAB_CITIZEN, box, box.accessibleName()) for lang, box in self.handouts.items()},
        }
        for line in (self.title, self.title_nn, self.title_en, self.summary, self.tags):
            line.textChanged.connect(self.changed)
        for text in (self.requires, self.on_behalf, self.body, *self.handouts.values()):
            text.textChanged.connect(self.changed)
        self.agency.currentIndexChanged.connect(self.changed)
        self.category.currentIndexChanged.connect(self.changed)
        self.reviewed.dateChanged.connect(self.changed)
        self.sources.changed.connect(self.changed)
        self.facts.changed.connect(self.changed)

    def _buttons(self, add: Callable[[], object], remove: Callable[[], object], add_text: str,
                 remove_text: str) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, action in ((add_text, add), (remove_text, remove)):
            button = QPushButton(text, self)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _c=False, act=action: act())
            row.addWidget(button)
        row.addStretch(1)
        return row

    def go_to(self, field: str) -> None:
        if field in self.fields:
            tab, widget, _label = self.fields[field]
            self.setCurrentIndex(tab)
            widget.setFocus()

    def _writing_in(self, part: str, box: QPlainTextEdit) -> None:
        self._last_text = (part, box)
        self.textFocused.emit(part)

    def set_fact_choices(self, own: Sequence[DraftFact], centre: Sequence[FactKey]) -> None:
        """The facts that can be put into the text: the guide's own, then the centre-wide ones."""
        choices = [(f"{{{{{f.key}}}}}", f.label) for f in own if f.key]
        choices += [(f"{{{{{k.key}}}}}", k.label) for k in centre]
        if [self.fact_choice.itemData(i) for i in range(self.fact_choice.count())] == [c for c, _ in choices]:
            return  # unchanged: keep what the user has picked
        self.fact_choice.clear()
        for code, label in choices:
            self.fact_choice.addItem(f"{code} – {label}", code)

    def insert_fact(self) -> None:
        part, box = self._last_text
        self.setCurrentIndex(TAB_STAFF if part == "body" else TAB_CITIZEN)
        box.insertPlainText(str(self.fact_choice.currentData() or ""))
        box.setFocus()

    def load(self, draft: GuideDraft) -> None:
        self.title.setText(draft.title)
        self.title_nn.setText(draft.title_nn)
        self.title_en.setText(draft.title_en)
        self.summary.setText(draft.summary)
        self.tags.setText(", ".join(draft.tags))
        for combo, value in ((self.agency, draft.agency), (self.category, draft.category)):
            if combo.findData(value) < 0:  # a retired category or an agency only a pack knows: kept as it is
                combo.addItem(value, value)
            combo.setCurrentIndex(combo.findData(value))
        self.requires.setPlainText("\n".join(draft.requires))
        self.on_behalf.setPlainText(draft.on_behalf)
        self.reviewed.setDate(QDate(draft.reviewed.year, draft.reviewed.month, draft.reviewed.day))
        for source in draft.sources:
            self.sources.add(source)
        for fact in draft.facts:
            self.facts.add(fact)
        self.body.setPlainText(draft.staff_body)
        for language, box in self.handouts.items():
            box.setPlainText(draft.handouts.get(language, ""))

    def draft(self, base: GuideDraft, guide_id: str) -> GuideDraft:
        """The fields as a draft; ``base`` gives what the form does not edit (related guides, owner)."""
        day = self.reviewed.date()
        return replace(
            base, id=guide_id, title=one_line(self.title.text()), title_nn=one_line(self.title_nn.text()),
            title_en=one_line(self.title_en.text()), summary=one_line(self.summary.text()),
            tags=split_list(self.tags.text(), commas=True), agency=str(self.agency.currentData()),
            category=str(self.category.currentData() or ""), requires=split_list(self.requires.toPlainText(),
                                                                                commas=False),
            on_behalf=one_line(self.on_behalf.toPlainText()), reviewed=date(day.year(), day.month(), day.day()),
            sources=self.sources.sources(), facts=self.facts.facts(), staff_body=self.body.toPlainText(),
            handouts={language: box.toPlainText() for language, box in self.handouts.items()},
        )
