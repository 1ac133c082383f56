"""What a tour of every window in bokmål, nynorsk and English at text sizes 1.0 and 1.3 found wrong."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frontdesk import formatting
from frontdesk.knowledge.packs import Overlap, PackChange
from frontdesk.ui.first_day import FirstDayDialog
from frontdesk.ui.i18n import install_translators, remove_translators
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.pack_import import PackChangeDialog
from frontdesk.ui.reports_view import ReportsDialog
from frontdesk.ui.services import Services
from frontdesk.ui.zoom import FontZoom
from frontdesk.visits.first_day import DEFAULT_STATION
from tests.knowledge.guide_files import write_guide
from tests.ui.conftest import WindowFactory

SMALL_SCREEN = 1280  # a counter PC's laptop screen


def _scaled_window(make_window: WindowFactory, services: Services, scale: float) -> MainWindow:
    services.settings.set("font_scale", scale)
    return make_window(services)


@pytest.mark.parametrize("scale", [1.0, 1.3])
def test_the_guide_editor_fits_the_screen_on_every_tab(qtbot: QtBot, make_window: WindowFactory,
                                                       services: Services, scale: float) -> None:
    """The category list and the local-fact list were as wide as their longest entry: at 1.3 the editor needed
    1481 points, and the «Tekst for ansatte» tab pushed it to 1855, wider than the screen."""
    window = _scaled_window(make_window, services, scale)
    window.editors.new_guide()
    editor = window.editors.guide_editor
    assert editor is not None
    widths = []
    for tab in range(editor.form.count()):
        editor.form.setCurrentIndex(tab)
        QApplication.processEvents()
        widths.append(editor.minimumSizeHint().width())
    assert max(widths) <= SMALL_SCREEN, widths
    editor.reject()


@pytest.mark.parametrize("scale", [1.0, 1.3])
def test_the_local_facts_editor_keeps_its_size(qtbot: QtBot, make_window: WindowFactory, services: Services,
                                               scale: float) -> None:
    """The list of guides to add a note to was as wide as the longest title, so the dialog opened wider than
    the size it asks for (and at 1.3 wider still)."""
    window = _scaled_window(make_window, services, scale)
    window.editors.customise()
    dialog = window.editors.facts_dialog
    assert dialog is not None
    assert dialog.minimumSizeHint().width() <= 820
    dialog.reject()


def test_the_pack_notice_shows_each_long_line_whole(qtbot: QtBot) -> None:
    """«… erstatter den medfølgende veiledningen «…»» ran past the list's right edge behind a scroll bar."""
    replaced = [Overlap("Byggesak – søke kommunen om å bygge, eller melde tiltak uten søknad",
                        "Byggesak – søke kommunen om å bygge, eller melde tiltak uten søknad", None)]
    notice = PackChangeDialog(PackChange("eksempel-kommune", "2026.11", None, ["Barnehageplass"], [], [],
                                         replaced, []))
    qtbot.addWidget(notice)
    notice.show()
    qtbot.waitExposed(notice)
    view = notice.list
    assert view.horizontalScrollBar().maximum() == 0
    width = view.viewport().width()
    indent = view.fontMetrics().horizontalAdvance("    ")
    entries = 0
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        # A guide's line stands in from its heading, also where it wraps: it has that much less room.
        room = rect.width() - (indent if item.data(Qt.ItemDataRole.UserRole) else 0)
        entries += bool(item.data(Qt.ItemDataRole.UserRole))
        needed = view.fontMetrics().boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap),
                                                 item.text())
        assert rect.right() <= width and needed.height() <= rect.height(), item.text()
    assert entries == 2  # the new guide and the replacement, under their headings


@pytest.mark.parametrize(("language", "reviewed", "due"), [
    ("nb", "Gjennomgått 01.01.2020", "Gjennomgangen skulle vært gjort 01.01.2021."),
    ("nn", "Gjennomgått 01.01.2020", "01.01.2021."),
    ("en", "Reviewed 1 Jan 2020", "1 Jan 2021."),
])
def test_a_guides_dates_are_written_as_the_window_language_writes_them(
        qtbot: QtBot, qapp: QApplication, make_window: WindowFactory, services: Services, language: str,
        reviewed: str, due: str) -> None:
    """The guide said "Gjennomgått 2020-01-01", where the command line and the handout write 01.01.2020."""
    write_guide(services.config.local_guides_dir, "lokal-test", title="Lokal testveiledning", reviewed="2020-01-01")
    translators = install_translators(qapp, language)
    try:
        window = make_window(services, language)
        window.open_guide("lokal-test")
        assert reviewed in window.guide_view.meta.text()
        assert due in window.guide_view.review.label.text()
    finally:
        remove_translators(qapp, translators)


@pytest.mark.parametrize(("language", "sum_label"), [("nb", "Sum"), ("en", "Total")])
def test_the_template_tab_writes_months_and_days_as_the_export_does(
        qtbot: QtBot, qapp: QApplication, make_window: WindowFactory, services: Services, language: str,
        sum_label: str) -> None:
    """The «Digital deltakelse» tab showed "2026-11" and "2026-11-01"; the exported sheet says "november 2026"
    and "01.11.2026"."""
    services.store.add("login.bankid", station="skranke-1", at=services.now())
    translators = install_translators(qapp, language)
    try:
        window = make_window(services, language)
        window.show_reports()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportsDialog) and w.isVisible())
        qtbot.waitUntil(lambda: dialog.report is not None and not dialog.working, timeout=10_000)
        dialog.tabs.setCurrentWidget(dialog.tabs.template_table)
        qtbot.waitUntil(lambda: dialog.template is not None and not dialog.working, timeout=10_000)
        table = dialog.tabs.template_table
        start = dialog.period().start
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert headers == [formatting.month(start.year, start.month, language), sum_label]
        assert table.item(0, 0).text() == formatting.day(start, language)
        dialog.reject()
    finally:
        remove_translators(qapp, translators)


@pytest.mark.parametrize(("language", "phone", "text"), [
    ("nb", "22 33 44 55, +47 22 33 44 55 eller 116 117", "én linje tekst"),
    ("nn", "22 33 44 55, +47 22 33 44 55 eller 116 117", "éi linje tekst"),
    ("en", "22 33 44 55, +47 22 33 44 55 or 116 117", "one line of text"),
])
def test_the_examples_under_empty_facts_speak_the_window_language(
        qtbot: QtBot, qapp: QApplication, make_window: WindowFactory, services: Services, language: str,
        phone: str, text: str) -> None:
    """English said "Not filled in – write, for example, én linje tekst" and "… eller 116 117"."""
    translators = install_translators(qapp, language)
    try:
        window = make_window(services, language)
        window.editors.customise()
        dialog = window.editors.facts_dialog
        assert dialog is not None
        assert dialog.facts["senter.telefon"].edit.placeholderText().endswith(phone)
        assert dialog.facts["senter.adresse"].edit.placeholderText().endswith(text)
        dialog.reject()
    finally:
        remove_translators(qapp, translators)


@pytest.mark.parametrize("scale", [1.0, 1.3])
def test_the_first_day_texts_get_the_room_they_need_and_no_more(qtbot: QtBot, qapp: QApplication,
                                                                services: Services, scale: float) -> None:
    """The help under the counter's name sat in two empty lines it did not need, and the warning about
    «skranke-1» pushed the favourites' help over the list."""
    zoom = FontZoom(qapp, scale, lambda _scale: None)
    try:
        dialog = FirstDayDialog(services.settings, services.taxonomy, "nb", "skranke-resepsjon", from_pc=True,
                                logged_before=True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        helps = (dialog.station_help, dialog.centre_help, dialog.favourites_help)
        for label in helps:
            assert label.height() == label.heightForWidth(label.width()), label.text()
        dialog.station.setText(DEFAULT_STATION)
        dialog.save()  # the first click keeps nothing and warns
        QApplication.processEvents()
        assert dialog.error.isVisible()
        shown = [dialog.station, *helps, dialog.centre, dialog.favourites, dialog.error, dialog.buttons]
        for number, widget in enumerate(shown):
            for other in shown[number + 1:]:
                assert not widget.geometry().intersects(other.geometry()), (widget, other)
        for label in (*helps, dialog.error):
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        dialog.reject()
    finally:
        zoom.restore_base()


def test_every_window_opens_within_the_screen(qtbot: QtBot, make_window: WindowFactory,
                                              services: Services) -> None:
    """The main window asked for 1280 × 800 and the guide editor for 1360 × 880: on a 1366 × 768 laptop their
    bottom rows, the editor's «Lagre» among them, opened below the taskbar (the tests' screen is that laptop's)."""
    window = make_window(services)
    window.editors.new_guide()
    window.editors.customise()
    window.visit_panel.open_event_dialog()
    window.show_reports()
    QApplication.processEvents()
    opened = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert {type(w).__name__ for w in opened} >= {"MainWindow", "GuideEditorDialog", "LocalFactsDialog",
                                                   "EventDialog", "ReportsDialog"}
    for shown in opened:
        free = shown.screen().availableGeometry()
        assert shown.width() <= free.width() and shown.height() <= free.height(), type(shown).__name__
