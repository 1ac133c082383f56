"""Words that must not be cut off or left in another language: found when the window was looked at in bokmål,
nynorsk and English at text sizes 1.0 and 1.3."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleOptionViewItem, QTableWidget
from pytestqt.qtbot import QtBot

from frontdesk.ui.i18n import install_translators, remove_translators
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reports_view import ReportsDialog
from frontdesk.ui.search_panel import HitDelegate
from frontdesk.ui.services import Services
from tests.knowledge.guide_files import write_complete_guide
from tests.ui.conftest import WindowFactory


def test_long_titles_in_the_results_end_in_an_ellipsis_that_fits(qtbot: QtBot, window: MainWindow) -> None:
    """The title is drawn bold: measured in the regular font it ran past the row and was cut without "…"."""
    window.search.box.setText("bankid")
    qtbot.waitUntil(lambda: window.search.is_settled() and window.search.model.rowCount() > 0, timeout=20_000)
    view = window.search.results
    delegate = view.itemDelegate()
    assert isinstance(delegate, HitDelegate)
    cut = 0
    for row in range(window.search.model.rowCount()):
        index = window.search.model.index(row, 0)
        option = QStyleOptionViewItem()
        option.rect, option.font = view.visualRect(index), view.font()
        text = delegate.title_text(option, index)
        assert QFontMetrics(delegate.title_font(option)).horizontalAdvance(text) <= delegate.text_rect(option).width()
        cut += text.endswith("…")
    assert cut > 0  # the list is narrow enough that some titles are shortened


@pytest.mark.parametrize("scale", [1.0, 1.3])
def test_report_number_columns_are_as_wide_as_their_headings(qtbot: QtBot, make_window: WindowFactory,
                                                             services: Services, scale: float) -> None:
    services.settings.set("font_scale", scale)
    window = make_window(services)
    window.show_reports()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportsDialog) and w.isVisible())
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.working, timeout=10_000)
    dialog.resize(900, 600)
    for table in (dialog.tabs.table, dialog.tabs.events_table):
        assert isinstance(table, QTableWidget)
        header = table.horizontalHeader()
        for column in range(1, table.columnCount()):
            heading = str(table.horizontalHeaderItem(column).text())  # the count columns name their period below
            widest = max(header.fontMetrics().horizontalAdvance(line) for line in heading.split("\n"))
            assert header.sectionSize(column) >= widest, heading
    dialog.reject()


def test_a_pdf_that_cannot_be_written_is_explained_in_the_window_language(
        qtbot: QtBot, make_window: WindowFactory, services: Services, tmp_path: Path) -> None:
    write_complete_guide(services.config.local_guides_dir, "lokal-test", title="Lokal testveiledning")
    window = make_window(services)
    guide = window.knowledge.snapshot.guides["lokal-test"]
    assert window.handouts.save_pdf(guide, tmp_path / "finnes-ikke" / "utskrift.pdf") is None
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert box.text().startswith("PDF-en kunne ikke lagres i ")
    assert "writable" not in box.text()  # Qt's English reason stays in the log
    box.close()


@pytest.mark.parametrize(("language", "change"), [("nb", "Endring: -\\d+,\\d\u00a0%\\."),
                                                  ("nn", "Endring: -\\d+,\\d\u00a0%\\."),
                                                  ("en", r"Change: -\d+\.\d%\.")])
def test_the_report_summary_writes_numbers_the_window_language_way(
        qtbot: QtBot, qapp: QApplication, make_window: WindowFactory, services: Services, language: str,
        change: str) -> None:
    """English wrote "+198,5 %": a decimal comma, and a space before the percent sign."""
    month_start = services.now().replace(day=1, hour=10)
    for days_back in (5, 6, 7):
        services.store.add("login.bankid", station="skranke-1", at=month_start - timedelta(days=days_back))
    services.store.add("login.bankid", station="skranke-1", at=month_start)
    translators = install_translators(qapp, language)
    try:
        window = make_window(services, language)
        window.show_reports()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportsDialog) and w.isVisible())
        qtbot.waitUntil(lambda: dialog.report is not None and not dialog.working, timeout=10_000)
        assert re.search(change, dialog.summary.text()), dialog.summary.text()
        dialog.reject()
    finally:
        remove_translators(qapp, translators)


def test_the_breakdown_list_is_as_wide_as_its_longest_choice(qtbot: QtBot, make_window: WindowFactory,
                                                             services: Services) -> None:
    services.settings.set("font_scale", 1.3)
    window = make_window(services)
    window.show_reports()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReportsDialog) and w.isVisible())
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.working, timeout=10_000)
    advance = dialog.tabs.breakdown.fontMetrics().horizontalAdvance
    longest = max((dialog.tabs.breakdown.itemText(i) for i in range(dialog.tabs.breakdown.count())), key=advance)
    dialog.tabs.breakdown.setCurrentIndex(dialog.tabs.breakdown.findText(longest))
    qtbot.waitUntil(lambda: dialog.tabs.breakdown.width() >= advance(longest), timeout=2000)  # laid out again
    dialog.reject()


@pytest.mark.parametrize("scale", [1.0, 1.3])
def test_favourite_names_fit_their_tiles(qtbot: QtBot, make_window: WindowFactory, services: Services,
                                         scale: float) -> None:
    """A word in a favourite's name cannot wrap ("Skattemelding") and a tile cannot grow: at text size 1.3 a word
    ran off its tile and "Digital postkasse (Digipost, e-Boks)" lost its last line."""
    services.settings.set("font_scale", scale)
    window = make_window(services)
    for tile in window.visit_panel.favourite_buttons:
        title = window.visit_panel._label(str(tile.property("category")))
        # The tiles are as wide as the longest word needs, so every name keeps the window's text size.
        assert tile.caption.font().pointSizeF() == window.font().pointSizeF(), title
        longest = max(QFontMetrics(tile.caption.font()).horizontalAdvance(word) for word in title.split())
        assert longest <= tile.caption.contentsRect().width(), title
        assert tile.caption.heightForWidth(tile.caption.width()) <= tile.caption.height(), title  # no line lost


def test_a_long_choice_ends_in_an_ellipsis_in_the_closed_box(qtbot: QtBot) -> None:
    """The lists of guide titles, categories and local facts are narrower than their longest entry: Qt's own
    drawing cut the chosen one off mid-word; the box now shows where it was cut."""
    from frontdesk.ui.widgets import NarrowChoice

    long_title = "Helsenorge – representasjon: logge inn på vegne av barn eller andre voksne"
    box = NarrowChoice()
    qtbot.addWidget(box)
    box.addItems(["Meldekort", long_title])
    box.resize(box.sizeHint())
    box.show()
    assert box.shown_text() == "Meldekort"
    box.setCurrentIndex(1)
    assert box.fontMetrics().horizontalAdvance(long_title) > box.width()
    shown = box.shown_text()
    assert shown.endswith("…") and long_title.startswith(shown[:-1].rstrip())
    assert box.fontMetrics().horizontalAdvance(shown) < box.width()
