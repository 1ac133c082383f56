"""Logg kurs eller arrangement: a short form for one course, drop-in day or information meeting.

Counts only, like the visit log: a kind from the list, the day, an optional start hour, participants, hours and
volunteers. Below the form, this month's events (today's first in the summary) and an undo for the last one
logged here. The dialog stays open after logging, so a series of events can be entered one after another.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.errors import StoreErrorReporter
from frontdesk.ui.i18n import ui_locale
from frontdesk.ui.widgets import resize_within_screen
from frontdesk.visits.events import MAX_HOURS, MAX_PEOPLE, Event, EventError
from frontdesk.visits.events_store import EventLog
from frontdesk.visits.privacy import RefusedText


def _number(value: float, language: str) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if language == "en" else text.replace(".", ",")


class EventDialog(QDialog):
    changed = Signal()  # an event was logged or undone

    def __init__(self, log: EventLog, station: str, language: str, now: Callable[[], datetime],
                 errors: StoreErrorReporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._log, self._station, self._language, self._now, self._errors = log, station, language, now, errors
        self.setWindowTitle(self.tr("Logg kurs eller arrangement"))
        today = now().date()

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Type arrangement"))
        for kind in log.kinds.active(today):
            self.kind.addItem(kind.label(language), kind.id)
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))  # events are logged when held
        self.day.setAccessibleName(self.tr("Dato"))
        self.start_hour = QComboBox(self)
        self.start_hour.setAccessibleName(self.tr("Starttid"))
        self.start_hour.addItem(self.tr("Ikke oppgitt"), None)
        for hour in range(24):
            self.start_hour.addItem(f"{hour:02d}:00", hour)
        self.participants = QSpinBox(self)
        self.participants.setRange(0, MAX_PEOPLE)
        self.participants.setAccessibleName(self.tr("Antall deltakere"))
        self.hours = self._hours_box(MAX_HOURS, self.tr("Varighet i timer"))
        self.hours.setSpecialValueText(self.tr("Ikke oppgitt"))  # 0 means "not given", stored as empty
        self.volunteers = QSpinBox(self)
        self.volunteers.setRange(0, MAX_PEOPLE)
        self.volunteers.setAccessibleName(self.tr("Antall frivillige"))
        self.volunteer_hours = self._hours_box(MAX_HOURS * MAX_PEOPLE, self.tr("Frivillige timer til sammen"))

        form = QFormLayout()
        for caption, field in ((self.tr("&Type:"), self.kind), (self.tr("&Dato:"), self.day),
                               (self.tr("&Starttid:"), self.start_hour), (self.tr("De&ltakere:"), self.participants),
                               (self.tr("&Varighet (timer):"), self.hours),
                               (self.tr("&Frivillige:"), self.volunteers),
                               (self.tr("Frivillige t&imer til sammen:"), self.volunteer_hours)):
            label = QLabel(caption, self)
            label.setBuddy(field)
            form.addRow(label, field)
        note = QLabel(self.tr("Bare antall lagres: ingen navn og ingen fritekst."), self)
        note.setWordWrap(True)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Feilmelding"))
        self.error.hide()
        self.confirmation = QLabel(self)
        self.confirmation.setWordWrap(True)
        self.confirmation.setAccessibleName(self.tr("Bekreftelse"))
        self.log_button = QPushButton(self.tr("&Logg arrangementet"), self)
        self.log_button.setDefault(True)
        self.log_button.clicked.connect(lambda: self.log_event())
        self.undo_button = QPushButton(self.tr("&Angre siste"), self)
        self.undo_button.setAccessibleName(self.tr("Angre siste arrangement"))
        self.undo_button.clicked.connect(lambda: self.undo())
        close = QPushButton(self.tr("Lukk"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Arrangementer i dag og denne måneden"))
        self.month_table = QTableWidget(0, 5, self)
        self.month_table.setAccessibleName(self.tr("Arrangementer denne måneden"))
        self.month_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.month_table.setHorizontalHeaderLabels([self.tr("Dato"), self.tr("Type"), self.tr("Deltakere"),
                                                    self.tr("Timer"), self.tr("Frivillige timer")])
        header = self.month_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.month_table.verticalHeader().hide()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.summary)
        layout.addWidget(self.month_table, 1)
        resize_within_screen(self, 560, 620)
        self.refresh()

    def _hours_box(self, high: float, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        # Decimal comma in bokmål and nynorsk, point in English, whatever the PC's own locale is.
        box.setLocale(ui_locale(self._language))
        box.setRange(0, high)
        box.setDecimals(2)
        box.setSingleStep(0.5)
        box.setAccessibleName(name)
        return box

    # -- actions -----------------------------------------------------------------------------------------
    def log_event(self) -> Event | None:
        """Store what the form says; on a refusal show why here and keep the form as it was."""
        event = self._errors.attempt(self._add)
        if event is None:
            return None
        self.error.hide()
        self.confirmation.setText(self.tr("Logget: %1 (deltakere: %2).").replace("%1", self._label(event.kind))
                                  .replace("%2", str(event.participants)))
        for box in (self.participants, self.volunteers):
            box.setValue(0)
        self.volunteer_hours.setValue(0)
        self.refresh()
        self.changed.emit()
        return event

    def _add(self) -> Event | None:
        picked = self.day.date().toPython()
        assert isinstance(picked, date)
        try:
            return self._log.add(
                str(self.kind.currentData()), station=self._station, on=picked, participants=self.participants.value(),
                hours=self.hours.value() or None, volunteers=self.volunteers.value(),
                volunteer_hours=self.volunteer_hours.value(), hour=self.start_hour.currentData(), now=self._now())
        except (EventError, RefusedText) as refused:  # a value the user can correct right here
            self.error.setText(refused.message(self._language))
            self.error.show()
            return None

    def undo(self) -> Event | None:
        event = self._errors.attempt(lambda: self._log.undo_last(self._station, now=self._now()))
        if event is None:
            self.confirmation.setText(self.tr("Ingenting å angre (bare det siste arrangementet, i 10 minutter)."))
            return None
        self.confirmation.setText(self.tr("Angret: %1 (deltakere: %2).").replace("%1", self._label(event.kind))
                                  .replace("%2", str(event.participants)))
        self.refresh()
        self.changed.emit()
        return event

    # -- lists -------------------------------------------------------------------------------------------
    def _label(self, kind: str) -> str:
        return self._log.kinds.label(kind, self._language)

    def refresh(self) -> None:
        today = self._now().date()
        events = self._errors.attempt(lambda: self._log.in_month(today.isoformat()[:7])) or []
        todays = [e for e in events if e.date == today]
        self.summary.setText(
            self.tr("Arrangementer i dag: %1 (deltakere: %2). Denne måneden: %3 (deltakere: %4, frivillige "
                    "timer: %5).")
            .replace("%1", str(len(todays))).replace("%2", str(sum(e.participants for e in todays)))
            .replace("%3", str(len(events))).replace("%4", str(sum(e.participants for e in events)))
            .replace("%5", _number(sum(e.volunteer_hours for e in events), self._language)))
        self.month_table.setRowCount(len(events))
        for row, event in enumerate(reversed(events)):  # newest first
            cells = (event.date.strftime("%d.%m."), self._label(event.kind), str(event.participants),
                     "" if event.hours is None else _number(event.hours, self._language),
                     _number(event.volunteer_hours, self._language) if event.volunteers else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.month_table.setItem(row, column, item)
