"""Innstillinger, on two tabs: the counter (station, centre, central database, language, text size, local guides)
and the visits (questions asked, favourites, retention).

Every value is validated by the core's Settings (including the personal-data check); a refusal is shown as a
friendly message and the dialog stays open with nothing lost. Changing retention needs the supervisor PIN when
one is set.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.supervisor import SupervisorGuard
from frontdesk.ui.errors import friendly_message
from frontdesk.ui.favourites_list import FavouritesList
from frontdesk.ui.i18n import LANGUAGE_NAMES
from frontdesk.ui.pin_dialog import PinDialog, with_supervisor_pin
from frontdesk.visits.counter_defaults import favourites_in_use
from frontdesk.visits.settings import Settings
from frontdesk.visits.taxonomy import Taxonomy

DIMENSIONS = ("channel", "mode", "outcome", "referred_to", "duration", "guide", "age_group", "repeat_visit",
              "language_help")


class SettingsDialog(QDialog):
    reloadGuidesRequested = Signal()

    def __init__(self, settings: Settings, taxonomy: Taxonomy, guard: SupervisorGuard, default_guides: Path,
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._guard = guard
        self._default_guides = default_guides
        self.changed_keys: set[str] = set()
        self.pin_dialog: PinDialog | None = None  # open while a retention change waits for the PIN
        self.setWindowTitle(self.tr("Innstillinger"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Feilmelding"))
        self.error.hide()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()

        self.station = QLineEdit(str(settings.get("station")), self)
        self.station.setAccessibleName(self.tr("Stasjon"))
        self.station.setToolTip(self.tr("Et kort navn på denne skranken, for eksempel skranke-1"))
        self.centre = QLineEdit(str(settings.get("centre_name") or ""), self)
        self.centre.setAccessibleName(self.tr("Navn på senteret"))
        self.municipality = QLineEdit(str(settings.get("municipality") or ""), self)
        self.municipality.setAccessibleName(self.tr("Kommunenummer"))
        self.municipality.setToolTip(self.tr("Fire sifre, for eksempel 0301. Sammen med navnet på senteret viser "
                                             "det hvilket senter besøkene i en sentral database kommer fra."))
        self.central_service = QLineEdit(str(settings.get("central_service") or ""), self)
        self.central_service.setAccessibleName(self.tr("Sentral database (tjenestenavn)"))
        self.central_service.setToolTip(self.tr("Navnet IT har gitt databasen i pg_service.conf, aldri et "
                                                "passord. Tomt: besøkene sendes ikke til noen sentral database."))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Språk"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        # In per cent, as people think of text size (the setting is a factor, 0.75–2.0).
        self.font_scale = QSpinBox(self)
        self.font_scale.setAccessibleName(self.tr("Tekststørrelse"))
        self.font_scale.setRange(75, 200)
        self.font_scale.setSingleStep(10)
        self.font_scale.setSuffix(" %")
        self.font_scale.setValue(round(float(settings.get("font_scale")) * 100))
        self.font_scale.setToolTip(self.tr("Også Ctrl++ og Ctrl+- i hovedvinduet; Ctrl+0 gir 100 %"))
        self.retention = QSpinBox(self)
        self.retention.setAccessibleName(self.tr("Oppbevaring i måneder"))
        self.retention.setRange(1, 120)
        self.retention.setSuffix(self.tr(" måneder"))
        self.retention.setValue(int(settings.get("retention_months")))
        self.retention.setToolTip(self.tr("Enkeltbesøk eldre enn dette slås sammen til månedstall"))

        chosen_dimensions = set(settings.get("dimensions") or [])
        dimension_labels = {
            "channel": self.tr("Kanal (oppmøte, telefon, video)"),
            "mode": self.tr("Hvordan hjelpen ble gitt (veiledet, sammen, på vegne av)"),
            "outcome": self.tr("Utfall (løst, delvis, henvist)"),
            "referred_to": self.tr("Henvist til"),
            "duration": self.tr("Tid brukt"),
            "guide": self.tr("Hvilken veiledning som ble brukt"),
            "age_group": self.tr("Alder (under 67, 67 eller eldre)"),
            "repeat_visit": self.tr("Om innbyggeren har vært her før for samme behov"),
            "language_help": self.tr("Språkhjelp (annet språk, tolk – aldri hvilket språk)"),
        }
        self.dimensions: dict[str, QCheckBox] = {}
        dimension_box = QVBoxLayout()
        for name in DIMENSIONS:
            box = QCheckBox(dimension_labels[name], self)
            box.setChecked(name in chosen_dimensions)
            box.setAccessibleName(dimension_labels[name])
            self.dimensions[name] = box
            dimension_box.addWidget(box)

        self._favourites_shown = favourites_in_use(settings, taxonomy)  # ticked: what the panel shows now
        self.favourites = FavouritesList(taxonomy, self._favourites_shown, language, self)
        self.favourites.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.favourites.refused.connect(self._show_error)

        self.guides_folder = QLineEdit(str(settings.get("guides_folder") or ""), self)
        self.guides_folder.setPlaceholderText(str(default_guides))
        self.guides_folder.setAccessibleName(self.tr("Mappe for lokale veiledninger"))
        browse = QPushButton(self.tr("Velg …"), self)
        browse.setAccessibleName(self.tr("Velg mappe for lokale veiledninger"))
        browse.clicked.connect(self._browse)
        open_folder = QPushButton(self.tr("Åpne mappen"), self)
        open_folder.setAccessibleName(self.tr("Åpne mappen med lokale veiledninger"))
        open_folder.clicked.connect(self._open_folder)
        reload_guides = QPushButton(self.tr("Last inn veiledninger på nytt"), self)
        reload_guides.setAccessibleName(self.tr("Last inn veiledninger på nytt"))
        reload_guides.clicked.connect(self.reloadGuidesRequested)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.guides_folder, 1)
        folder_row.addWidget(browse)
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(open_folder)
        folder_buttons.addWidget(reload_guides)
        folder_buttons.addStretch(1)

        counter = QWidget(self)
        form = QFormLayout(counter)
        form.addRow(self.tr("&Stasjon:"), self.station)
        form.addRow(self.tr("&Navn på senteret:"), self.centre)
        form.addRow(self.tr("&Kommunenummer:"), self.municipality)
        form.addRow(self.tr("Sentral &database:"), self.central_service)
        form.addRow(self.tr("S&pråk:"), self.language)
        form.addRow(self.tr("&Tekststørrelse:"), self.font_scale)
        folder_label = QLabel(self.tr("&Lokale veiledninger:"), self)
        folder_label.setBuddy(self.guides_folder)  # the row holds a layout, so the mnemonic needs a buddy
        form.addRow(folder_label, folder_row)
        form.addRow("", folder_buttons)
        visits = QWidget(self)
        visit_form = QFormLayout(visits)
        visit_form.addRow(self.tr("Spør også om:"), dimension_box)
        visit_form.addRow(self.tr("&Favoritter (Ctrl+1–9):"), self.favourites)
        visit_form.addRow(self.tr("&Oppbevaring:"), self.retention)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(counter, self.tr("Sk&ranken"))
        self.tabs.addTab(visits, self.tr("&Besøk"))

        buttons = QDialogButtonBox(self)
        save = buttons.addButton(self.tr("Lagre"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setAccessibleName(self.tr("Lagre innstillingene"))
        save.setDefault(True)
        cancel = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Velg mappe for lokale veiledninger"),
                                                  self.guides_folder.text() or str(self._default_guides))
        if folder:
            self.guides_folder.setText(folder)

    def _open_folder(self) -> None:
        folder = Path(self.guides_folder.text() or self._default_guides)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- saving ------------------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        return {
            "station": self.station.text().strip(),
            "centre_name": self.centre.text().strip(),
            "municipality": self.municipality.text().strip(),
            "central_service": self.central_service.text().strip(),
            "language": self.language.currentData(),
            "font_scale": round(self.font_scale.value() / 100, 2),
            "retention_months": self.retention.value(),
            "dimensions": [name for name in DIMENSIONS if self.dimensions[name].isChecked()],
            "favourites": list(self.favourites.order),
            "guides_folder": self.guides_folder.text().strip(),
        }

    def save(self) -> None:
        values = self.values()
        changed = {key: value for key, value in values.items() if value != self._settings.get(key)}
        if values["favourites"] == self._favourites_shown:
            changed.pop("favourites", None)  # the starter set still shown: nothing was chosen
        if "retention_months" in changed:
            self.pin_dialog = with_supervisor_pin(
                self._guard, self, self.tr("Endring av oppbevaringstid krever leder-PIN."),
                lambda: self._apply(changed))
        else:
            self._apply(changed)

    def _apply(self, changed: dict[str, object]) -> None:
        for key, value in changed.items():
            try:
                self._settings.set(key, value)
            except Exception as error:
                message = friendly_message(error)
                if message is None:
                    raise
                self._show_error(message)
                return
        self.changed_keys = set(changed)
        self.accept()
