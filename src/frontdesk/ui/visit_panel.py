"""The always-visible visit log: favourites (Ctrl+1–9), a type-to-find picker, optional dimensions, undo,
and a line for today's courses and events with a button to the event dialog.

A typical visit is one action (a favourite key or button) or two (type a few letters in the picker, Enter).
The dimension toggles start at the defaults from settings and return to them after each visit. After logging,
a quiet bar confirms it with an Undo button (Ctrl+Z); nothing pops up and nothing takes the focus.

The log can change outside the window too (``frontdesk visit add`` on the same PC, a sync): then today's counts
are read again and the bar shows what Ctrl+Z would now undo (see :mod:`frontdesk.ui.undo_watch`). Undo takes
out only the visit the window shows, never one it hasn't shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.knowledge.model import Guide
from frontdesk.ui.errors import StoreErrorReporter
from frontdesk.ui.event_dialog import EventDialog
from frontdesk.ui.undo_watch import UndoWatch
from frontdesk.ui.visit_widgets import CategoryPicker, ChoiceRow, TallyButton
from frontdesk.visits.counter_defaults import favourites_in_use, visit_defaults, with_defaults
from frontdesk.visits.model import ENUM_DIMENSIONS, Visit
from frontdesk.visits.settings import Settings
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

CONFIRMATION_MS = 10_000


@dataclass(frozen=True)
class VisitContext:
    """What the panel needs from the rest of the app, all passed in."""

    taxonomy: Taxonomy
    store: VisitStore
    settings: Settings
    language: str
    now: Callable[[], datetime]
    agencies: dict[str, str]  # id -> name, for "referred to"


class VisitPanel(QWidget):
    logged = Signal(object)  # Visit
    undone = Signal(object)  # Visit
    undoableChanged = Signal(object)  # the Visit Ctrl+Z would undo now, or None
    eventsChanged = Signal()  # the event dialog logged or undid an event

    def __init__(self, context: VisitContext, errors: StoreErrorReporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = context
        self._errors = errors
        self.setAccessibleName(self.tr("Besøkslogg"))
        self.station = str(context.settings.get("station"))
        dimensions = set(context.settings.get("dimensions") or [])

        self.today_label = QLabel(self)
        self.today_label.setAccessibleName(self.tr("Besøk i dag"))
        self.favourite_buttons: list[TallyButton] = []
        grid_box = QGroupBox(self.tr("Vanligste"), self)
        grid = QGridLayout(grid_box)
        for number, category in enumerate(favourites_in_use(context.settings, context.taxonomy,
                                                            context.now().date()), start=1):
            button = TallyButton(grid_box)
            button.peers = self.favourite_buttons
            button.setProperty("category", category)
            button.setToolTip(self.tr("Logg «%1» (Ctrl+%2)").replace("%1", self._label(category))
                              .replace("%2", str(number)))
            button.setAccessibleName(self.tr("Logg %1").replace("%1", self._label(category)))
            button.clicked.connect(lambda _checked=False, c=category: self.log(c))
            grid.addWidget(button, (number - 1) // 3, (number - 1) % 3)
            self.favourite_buttons.append(button)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda c=category: self.log(c))

        self.picker = CategoryPicker(context.taxonomy, context.language, context.now().date(), self)
        self.picker.picked.connect(self._log_picked)

        self.choices: dict[str, ChoiceRow] = {}
        defaults = visit_defaults(context.settings)  # the core decides, for the window and the command line
        titles = {"channel": self.tr("Kanal"), "mode": self.tr("Hjelp"), "outcome": self.tr("Utfall"),
                  "duration": self.tr("Tid brukt"), "age_group": self.tr("Alder"),
                  "repeat_visit": self.tr("Samme behov før?"), "language_help": self.tr("Språkhjelp")}
        for name, enum in ENUM_DIMENSIONS.items():
            if name in dimensions:
                options = [(member.value, member.label(context.language)) for member in enum]
                default = defaults.get(name)
                self.choices[name] = ChoiceRow(titles.get(name, name), options,
                                             str(default) if default else None, self)
        self.attach_guide = "guide" in dimensions
        self.referred_to: QComboBox | None = None
        if "referred_to" in dimensions:
            self.referred_to = QComboBox(self)
            self.referred_to.setAccessibleName(self.tr("Henvist til"))
            self.referred_to.addItem(self.tr("Henvist til: ingen"), None)
            for agency_id, name in sorted(context.agencies.items(), key=lambda item: item[1].casefold()):
                self.referred_to.addItem(name, agency_id)

        self.confirmation = QFrame(self)
        self.confirmation.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirmation_label = QLabel(self.confirmation)
        self.confirmation_label.setWordWrap(True)
        self.confirmation_label.setAccessibleName(self.tr("Bekreftelse"))
        self.undo_button = QPushButton(self.tr("Angre (Ctrl+Z)"), self.confirmation)
        self.undo_button.setAccessibleName(self.tr("Angre siste besøk"))
        self.undo_button.clicked.connect(self.undo)
        bar = QHBoxLayout(self.confirmation)
        bar.addWidget(self.confirmation_label, 1)
        bar.addWidget(self.undo_button)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(CONFIRMATION_MS)
        self._hide_timer.timeout.connect(self.confirmation.hide)
        self.confirmation.hide()

        self.counts_label = QLabel(self)
        self.counts_label.setWordWrap(True)
        self.counts_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.counts_label.setAccessibleName(self.tr("Dagens telling per kategori"))
        self.event_dialog: EventDialog | None = None
        self.events_label = QLabel(self)
        self.events_label.setWordWrap(True)
        self.events_label.setAccessibleName(self.tr("Kurs og arrangementer i dag"))
        self.events_button = QPushButton(self.tr("Kurs og arrangementer …"), self)
        self.events_button.setToolTip(self.tr("Logg et kurs, en drop-in-dag eller et informasjonsmøte (Ctrl+E)"))
        self.events_button.clicked.connect(lambda: self.open_event_dialog())
        events_row = QVBoxLayout()  # the line over the button: side by side it wraps into a column at large text
        events_row.addWidget(self.events_label)
        events_row.addWidget(self.events_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Logg besøket"), self)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        layout.addWidget(grid_box)
        layout.addWidget(self.picker)
        for choice in self.choices.values():
            layout.addWidget(choice)
        if self.referred_to is not None:
            layout.addWidget(self.referred_to)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.today_label)
        layout.addWidget(self.counts_label, 1)
        layout.addLayout(events_row)
        self.refresh_counts()
        self.refresh_events()
        self.watch = UndoWatch(context.store, self.station, context.now, self._errors.attempt, self)
        self.watch.logChanged.connect(self._log_changed)
        self.watch.undoableChanged.connect(self._undoable_changed)
        self.watch.loggedOutside.connect(lambda visit: self._confirm(
            self.tr("Logget utenfor vinduet: %1").replace("%1", self._label(visit.category)), can_undo=True))

    # -- labels ------------------------------------------------------------------------------------------
    def _label(self, category: str) -> str:
        return self._ctx.taxonomy.label(category, self._ctx.language)

    # -- actions -----------------------------------------------------------------------------------------
    def focus_picker(self) -> None:
        self.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.picker.selectAll()

    def _log_picked(self, category: str) -> None:
        if self.log(category) is not None:
            self.picker.clear()

    def log(self, category: str, guide: Guide | None = None) -> Visit | None:
        chosen = {name: choice.value() for name, choice in self.choices.items()}
        values = with_defaults(self._ctx.settings, chosen)
        if self.referred_to is not None:
            values["referred_to"] = self.referred_to.currentData()
        visit = self._errors.attempt(lambda: self._ctx.store.add(
            category, station=self.station, at=self._ctx.now(),
            guide_id=guide.id if guide is not None and self.attach_guide else None, **values,
        ))
        if visit is None:
            return None
        for choice in self.choices.values():
            choice.reset()
        if self.referred_to is not None:
            self.referred_to.setCurrentIndex(0)
        self.watch.shown(visit)
        self._confirm(self.tr("Logget: %1").replace("%1", self._label(visit.category)), can_undo=True)
        self.refresh_counts()
        self.logged.emit(visit)
        return visit

    def undo(self) -> Visit | None:
        """Undo the visit the window shows as the last one. When the log changed unseen, nothing is undone yet:
        the window first shows what Ctrl+Z would undo now."""
        shown = self.watch.visit
        if shown is None:
            if self.watch.check(force=True) and self.watch.visit is not None:
                return None  # a visit logged outside the window is on show now; the next Ctrl+Z undoes it
            self._confirm(self.tr("Ingenting å angre."), can_undo=False)
            return None
        visit = self.watch.undo()
        if visit is None:
            self.watch.check(force=True)
            newer = self.watch.visit
            if newer is not None and newer.id != shown.id:
                self._confirm(self.tr("%1 ble ikke angret: %2 er logget etter det, utenfor vinduet.")
                              .replace("%1", self._label(shown.category)).replace("%2", self._label(newer.category)),
                              can_undo=True)
            else:
                self.watch.shown(None)
                self._confirm(self.tr("Ingenting å angre."), can_undo=False)
            return None
        self._confirm(self.tr("Angret: %1").replace("%1", self._label(visit.category)), can_undo=False)
        self.refresh_counts()
        self.undone.emit(visit)
        return visit

    def check_log(self) -> None:
        """Show what changed in the log while the window looked away (it also looks every two seconds)."""
        self.watch.check()

    def _log_changed(self) -> None:
        self.refresh_counts()
        self.refresh_events()

    def _undoable_changed(self, visit: Visit | None) -> None:
        if visit is None:
            self.undo_button.hide()  # nothing left to undo: no button that would say so
        self.undoableChanged.emit(visit)

    def open_event_dialog(self) -> EventDialog:
        """The event dialog (one at a time); the line under the counts follows what it logs or undoes."""
        if self.event_dialog is None:
            self.event_dialog = EventDialog(self._ctx.store.events, self.station, self._ctx.language, self._ctx.now,
                                            self._errors, self)
            self.event_dialog.changed.connect(self.refresh_events)
            self.event_dialog.changed.connect(self.eventsChanged)
        self.event_dialog.show()
        self.event_dialog.raise_()
        self.event_dialog.kind.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.event_dialog

    def refresh_events(self) -> None:
        today = self._ctx.now().date()
        events = self._errors.attempt(lambda: self._ctx.store.events.between(today, today)) or []
        self.events_label.setText(self.tr("Kurs og arrangementer i dag: %1 (deltakere: %2)")
                                  .replace("%1", str(len(events)))
                                  .replace("%2", str(sum(e.participants for e in events))))

    def _confirm(self, text: str, *, can_undo: bool) -> None:
        self.confirmation_label.setText(text)
        self.undo_button.setVisible(can_undo)
        self.confirmation.show()
        self._hide_timer.start()

    def refresh_counts(self) -> None:
        counts = self._errors.attempt(lambda: self._ctx.store.counts_on(self._ctx.now().date(),
                                                                        station=self.station)) or {}
        total = sum(counts.values())
        self.today_label.setText(self.tr("Besøk i dag: %n", "", total))
        for button in self.favourite_buttons:
            category = str(button.property("category"))
            number = self.favourite_buttons.index(button) + 1
            button.set_caption(self._label(category),
                               self.tr("Ctrl+%1 · %2 i dag").replace("%1", str(number))
                               .replace("%2", str(counts.get(category, 0))))
        top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        self.counts_label.setText("\n".join(f"{n}  {self._label(c)}" for c, n in top))
