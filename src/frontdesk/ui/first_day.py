"""«Sett opp skranken»: the first start asks for this counter's name, the centre's name, the language and the
favourites, in one calm dialog. Also under *Fil → Sett opp skranken …*.

The counter name comes suggested (see :mod:`frontdesk.visits.first_day`) and must be confirmed or changed:
keeping the name every new install has takes a second, deliberate click. Values go through the core's
settings checks, privacy rules included; nothing is stored until all of them pass. Saving records that the
set-up was done, so it is not asked again on this install. At the first start the language switches at once
(the dialog follows it, and the window opens in it); from the menu it applies at the next start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.errors import friendly_message
from frontdesk.ui.favourites_list import FavouritesList
from frontdesk.ui.i18n import LANGUAGE_NAMES, LANGUAGES, install_translators, remove_translators
from frontdesk.ui.services import Services
from frontdesk.visits.counter_defaults import favourites_in_use
from frontdesk.visits.first_day import (
    DEFAULT_STATION,
    has_logged,
    mark_done,
    name_from_pc,
    stations_in_log,
    suggest_station,
)
from frontdesk.visits.settings import Settings
from frontdesk.visits.taxonomy import Taxonomy


def _with_help(field: QWidget, help_label: QLabel) -> QVBoxLayout:
    """A field with its help below it, in one column: as rows of their own in the form, a wrapped help text
    got the height it has at the dialog's narrowest, and the empty lines stayed."""
    column = QVBoxLayout()
    column.addWidget(field)
    column.addWidget(help_label)
    return column


class FirstDayDialog(QDialog):
    def __init__(self, settings: Settings, taxonomy: Taxonomy, language: str, suggestion: str, *,
                 from_pc: bool = False, logged_before: bool = False,
                 switch_language: Callable[[str], None] | None = None, parent: QWidget | None = None) -> None:
        """``from_pc``: the suggested name was made from the PC's name. ``logged_before``: this counter has visits
        under its present name (they keep it when it changes)."""
        super().__init__(parent)
        self._settings = settings
        self._switch_language = switch_language
        self._from_pc = from_pc
        self._logged_before = logged_before
        self._starter_favourites = not settings.get("favourites")
        self._confirmed_default = False  # the default name was kept once, on purpose
        self.changed_keys: set[str] = set()
        self.current_station = str(settings.get("station"))
        self.setObjectName("firstDay")

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.station = QLineEdit(suggestion, self)
        self.station.setMaxLength(40)
        self.station.textEdited.connect(lambda _text: self._clear_messages())
        self.station_help = QLabel(self)
        self.station_help.setWordWrap(True)
        self.centre = QLineEdit(str(settings.get("centre_name") or ""), self)
        self.centre.setMaxLength(80)
        self.centre_help = QLabel(self)
        self.centre_help.setWordWrap(True)
        self._favourites_shown = favourites_in_use(settings, taxonomy)
        self.favourites = FavouritesList(taxonomy, self._favourites_shown, language, self)
        self.favourites.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.favourites_help = QLabel(self)
        self.favourites_help.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()

        self.language_label = QLabel(self)
        self.station_label = QLabel(self)
        self.centre_label = QLabel(self)
        self.favourites_label = QLabel(self)
        for label, field in ((self.language_label, self.language), (self.station_label, self.station),
                             (self.centre_label, self.centre), (self.favourites_label, self.favourites)):
            label.setBuddy(field)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.language_label, self.language)
        form.addRow(self.station_label, _with_help(self.station, self.station_help))
        form.addRow(self.centre_label, _with_help(self.centre, self.centre_help))
        form.addRow(self.favourites_label, _with_help(self.favourites, self.favourites_help))

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.later_button = QPushButton(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.favourites.refused.connect(self._show_error)
        self.language.currentIndexChanged.connect(lambda _i: self._language_chosen())
        self._retranslate()
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())
        self.station.setFocus(Qt.FocusReason.OtherFocusReason)
        self.station.selectAll()

    # -- text ----------------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        """Every text from tr(), again: the first start switches the language while the dialog is open."""
        self.setWindowTitle(self.tr("Sett opp skranken"))
        self.intro.setText(self.tr("Før du begynner: gi denne skranken et navn, og skriv hvilket senter den hører "
                                   "til. Alt kan endres senere under Fil → Innstillinger."))
        self.language_label.setText(self.tr("S&pråk:"))
        self.language.setAccessibleName(self.tr("Språk"))
        self.station_label.setText(self.tr("Navn på &denne skranken:"))
        self.station.setAccessibleName(self.tr("Navn på denne skranken"))
        help_text = self.tr("Navnet skiller besøkene fra denne PC-en fra de andre i rapportene. Har senteret flere "
                            "skranke-PC-er, må hver ha sitt eget navn, for eksempel skranke-1 og skranke-2.")
        if self._from_pc:
            help_text += " " + self.tr("Forslaget er laget av PC-ens navn.")
        if self._logged_before:
            help_text += " " + self.tr("Besøk som alt er logget, beholder navnet «%1».").replace(
                "%1", self.current_station)
        self.station_help.setText(help_text)
        self.centre_label.setText(self.tr("&Senterets navn:"))
        self.centre.setAccessibleName(self.tr("Senterets navn"))
        self.centre.setPlaceholderText(self.tr("for eksempel Servicetorget i Eksempel kommune"))
        self.centre_help.setText(self.tr("Står på utskrifter til innbyggeren og i rapportene."))
        self.favourites_label.setText(self.tr("&Vanligste (Ctrl+1–9):"))
        self.favourites.set_language(str(self.language.currentData()))
        favourites_help = self.tr("Hak av opptil ni kategorier som får hver sin knapp og hurtigtast.")
        if self._starter_favourites:
            favourites_help += " " + self.tr("De ni vanligste på skranker er valgt.")
        self.favourites_help.setText(favourites_help)
        self.save_button.setText(self.tr("&Lagre og start"))
        self.save_button.setAccessibleName(self.tr("Lagre og start"))
        self.later_button.setText(self.tr("Se&nere"))
        self.later_button.setAccessibleName(self.tr("Senere: spør igjen ved neste start"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _language_chosen(self) -> None:
        if self._switch_language is not None:
            self._switch_language(str(self.language.currentData()))  # a LanguageChange retranslates us
        else:
            self.favourites.set_language(str(self.language.currentData()))

    def _clear_messages(self) -> None:
        self._confirmed_default = False
        self.error.hide()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        # Qt's minimum size does not count wrapped lines: grow by what the message needs, or the list is
        # squeezed under the help text below it.
        self._layout.activate()
        needed = self._layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- saving --------------------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        return {
            "station": self.station.text().strip(),
            "centre_name": self.centre.text().strip(),
            "language": self.language.currentData(),
            "favourites": list(self.favourites.order),
        }

    def save(self) -> None:
        values = self.values()
        if not values["station"]:
            self._show_error(self.tr("Skriv et navn på skranken, for eksempel skranke-2."))
            self.station.setFocus()
            return
        if values["station"] == DEFAULT_STATION and not self._confirmed_default:
            self._confirmed_default = True  # a second click keeps it: the clerk knows no other PC has it
            self._show_error(self.tr("«%1» er navnet alle nye installasjoner får. Bruker en annen PC på senteret "
                                     "det samme navnet, blir besøkene deres slått sammen i rapportene. Trykk "
                                     "«Lagre og start» igjen for å beholde det, eller skriv et annet navn.")
                             .replace("%1", DEFAULT_STATION))
            return
        try:
            for key, value in values.items():  # all checked before any is stored
                Settings.spec(key).check(key, value, None)
            changed = {key for key, value in values.items() if value != self._settings.get(key)}
            if values["favourites"] == self._favourites_shown:
                changed.discard("favourites")  # the starter set as it was: nothing chosen
            for key in changed:
                self._settings.set(key, values[key])
            mark_done(self._settings)
        except Exception as error:
            message = friendly_message(error)
            if message is None:
                raise
            self._show_error(message)
            return
        self.changed_keys = changed
        self.accept()


class _Raiser(QObject):
    """Brings the set-up forward when frontdesk is started again while it is open."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def raise_dialog(self) -> None:
        if not self._dialog.isVisible():
            return  # answered already: the window that follows takes over
        self._dialog.raise_()
        self._dialog.activateWindow()
        QApplication.alert(self._dialog)


def first_day_dialog(services: Services, language: str, *, switch_language: Callable[[str], None] | None = None,
                     parent: QWidget | None = None) -> FirstDayDialog:
    """The set-up for this install, with a suggested counter name (the present one when it is not the default)."""
    settings = services.settings
    current, db = str(settings.get("station")), services.store.db
    from_pc = name_from_pc() if current == DEFAULT_STATION else None
    suggestion = current if current != DEFAULT_STATION else from_pc or suggest_station(taken=stations_in_log(db))
    return FirstDayDialog(settings, services.taxonomy, language, suggestion, from_pc=from_pc is not None,
                          logged_before=has_logged(db, current), switch_language=switch_language, parent=parent)


def set_up_at_first_start(app: QApplication, services: Services, language: str, translators: list[QTranslator],
                          activation: Callable[[Callable[[], None]], object]) -> list[QTranslator]:
    """Show the set-up before the window opens and wait for it. Returns the translators now installed (the
    language may have been switched). ``activation`` connects a slot to "frontdesk was started again"."""
    installed = list(translators)

    def switch(code: str) -> None:
        nonlocal installed
        remove_translators(app, installed)
        installed = install_translators(app, code)

    dialog = first_day_dialog(services, language, switch_language=switch)
    # Gone once answered: a hidden set-up would still be raised by a second start and retranslated by every
    # language change (its raiser goes with it, and so does the connection).
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    activation(_Raiser(dialog).raise_dialog)
    dialog.exec()
    return installed
