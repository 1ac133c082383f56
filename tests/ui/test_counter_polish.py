"""What a clerk notices: the window follows visits logged elsewhere and undoes only what it shows, the chosen
toggle stands out, nothing is cut off at larger text, the status bar counts hits, and what to bring is said once."""

from __future__ import annotations

import sqlite3

from click.testing import CliRunner
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from frontdesk.cli import cli
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.search_panel import HitDelegate
from frontdesk.ui.visit_widgets import ChoiceRow, two_lines


def _rows(window: MainWindow) -> list[tuple[str, str | None, str | None]]:
    with sqlite3.connect(window.services.config.database_path) as connection:
        return connection.execute("SELECT category, channel, mode FROM visits ORDER BY rowid").fetchall()


def _visit_add(window: MainWindow, category: str) -> None:
    """`frontdesk visit add` on the same PC: another connection to the same log."""
    result = CliRunner().invoke(cli, ["--home", str(window.services.config.home), "visit", "add", category])
    assert result.exit_code == 0, result.output


def _type(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search.box.setText(text)
    qtbot.waitUntil(window.search.is_settled, timeout=5000)


# -- the log changes outside the window --------------------------------------------------------------------
def test_a_visit_logged_outside_the_window_shows_and_is_what_ctrl_z_undoes(qtbot: QtBot,
                                                                           window: MainWindow) -> None:
    panel = window.visit_panel
    panel.log("login.minid")
    _visit_add(window, "nav.meldekort")
    qtbot.waitUntil(lambda: "Besøk i dag: 2" in window.visit_panel.today_label.text(), timeout=5000)  # the timer
    assert panel.confirmation_label.text() == "Logget utenfor vinduet: Meldekort"
    assert panel.undo_button.isVisibleTo(window)
    assert window.menus.undo_action.text() == "&Angre «Meldekort»"
    qtbot.keyClick(window.search.box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [row[0] for row in _rows(window)] == ["login.minid"]
    assert "Besøk i dag: 1" in panel.today_label.text()
    assert window.menus.undo_action.text() == "&Angre siste besøk"


def test_undo_never_takes_a_visit_the_window_has_not_shown(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.visit_panel
    panel.watch.timer.stop()  # Ctrl+Z comes before the window has looked at the log again
    panel.log("login.minid")
    assert window.menus.undo_action.text() == "&Angre «MinID»"
    _visit_add(window, "nav.meldekort")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [row[0] for row in _rows(window)] == ["login.minid", "nav.meldekort"]  # neither was undone
    assert panel.confirmation_label.text() == (
        "MinID ble ikke angret: Meldekort er logget etter det, utenfor vinduet.")
    assert "Besøk i dag: 2" in panel.today_label.text()
    qtbot.keyClick(window.search.box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # now it is on show
    assert [row[0] for row in _rows(window)] == ["login.minid"]


def test_the_window_and_the_command_line_record_the_same_defaults(qtbot: QtBot, window: MainWindow) -> None:
    window.visit_panel.log("login.minid")
    _visit_add(window, "login.minid")
    assert _rows(window) == [("login.minid", "in_person", "guided")] * 2


# -- the toggles -------------------------------------------------------------------------------------------
def _highlighted_pixels(row: ChoiceRow, value: str, colour: QColor) -> int:
    button = next(b for b in row.group.buttons() if b.property("value") == value)
    image = button.grab().toImage()
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y) == colour)


def test_the_chosen_toggle_stands_out_also_in_high_contrast(qtbot: QtBot, qapp: QApplication) -> None:
    contrast = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#000000"), (QPalette.ColorRole.WindowText, "#ffffff"),
                         (QPalette.ColorRole.Button, "#000000"), (QPalette.ColorRole.ButtonText, "#ffff00"),
                         (QPalette.ColorRole.Highlight, "#00ffff"),
                         (QPalette.ColorRole.HighlightedText, "#000000")):
        contrast.setColor(role, QColor(colour))
    before = qapp.palette()
    qapp.setPalette(contrast)  # as a high-contrast theme gives it to the app
    try:
        row = ChoiceRow("Kanal", [("in_person", "Oppmøte"), ("phone", "Telefon")], "in_person")
        qtbot.addWidget(row)
        row.show()
        highlight = contrast.color(QPalette.ColorRole.Highlight)
        assert _highlighted_pixels(row, "in_person", highlight) > 50  # filled with the selection colour
        assert _highlighted_pixels(row, "phone", highlight) == 0
        texts = [b.text() for b in row.group.buttons()]
        assert texts == ["✓ Oppmøte", "Telefon"]  # and marked, not by colour alone
    finally:
        qapp.setPalette(before)


def test_a_toggle_with_a_default_is_never_left_empty(qtbot: QtBot, window: MainWindow) -> None:
    channel = window.visit_panel.choices["channel"]
    chosen = channel.group.checkedButton()
    assert chosen is not None
    chosen.click()  # clicking the chosen one again
    assert channel.value() == "in_person"  # what is recorded is what shows
    outcome = window.visit_panel.choices["outcome"]
    solved = outcome.group.buttons()[0]
    solved.click()
    solved.click()
    assert outcome.value() is None  # without a default, "none" stays possible


# -- nothing cut off ---------------------------------------------------------------------------------------
def test_a_favourite_caption_takes_two_lines_at_most(qapp: QApplication) -> None:
    metrics = QFontMetrics(qapp.font())
    width = metrics.horizontalAdvance("Digital postkasse") + 2
    assert two_lines("Digital postkasse (Digipost, e-Boks)", metrics, width) == ["Digital postkasse"]
    lines = two_lines("Brev og saker hos NAV", metrics, metrics.horizontalAdvance("Brev og saker") + 2)
    assert lines == ["Brev og saker", "hos NAV"]  # broken where the lines are most even
    cut = two_lines("Helsetjenester for innbyggere som bor i utlandet", metrics, width)
    assert len(cut) == 2 and cut[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in cut)


def test_favourites_and_choices_are_whole_at_larger_text(qtbot: QtBot, window: MainWindow) -> None:
    window.zoom.apply(1.3)
    buttons = window.visit_panel.favourite_buttons
    qtbot.waitUntil(lambda: all(b.width() >= b.minimumSizeHint().width() for b in buttons))  # laid out again
    qtbot.wait(100)
    for button in window.visit_panel.favourite_buttons:
        caption = button.caption
        title_lines = caption.text().split("<br>")[:-1]
        assert 1 <= len(title_lines) <= 2
        for line in title_lines:
            assert caption.fontMetrics().horizontalAdvance(line) <= caption.contentsRect().width(), line
    skatt = next(b for b in window.visit_panel.favourite_buttons if b.property("category") == "skatt.skattemelding")
    assert skatt.caption.text().startswith("Skattemelding<br>")  # whole, not "Skattemeld…"
    for row in window.visit_panel.choices.values():
        for button in row.group.buttons():
            assert button.width() >= button.sizeHint().width(), button.text()


def test_a_long_title_in_the_result_list_ends_in_an_ellipsis(qapp: QApplication) -> None:
    title = "Fullmakt, verge og representasjon – når noen skal handle for en annen"
    font = QFont(qapp.font())
    width = QFontMetrics(font).horizontalAdvance(title) // 2
    model = QStandardItemModel()
    model.appendRow(QStandardItem(title))
    option = QStyleOptionViewItem()
    option.font = font
    delegate = HitDelegate()
    option.rect = QRect(0, 0, width + (option.rect.width() - delegate.text_rect(option).width()), 40)
    assert delegate.text_rect(option).width() == width
    bold, shown = delegate.title_font(option), delegate.title_text(option, model.index(0, 0))
    assert bold.bold() and shown.endswith("…")
    assert QFontMetrics(bold).horizontalAdvance(shown) <= width
    # What the plain font's measure gave: too wide once drawn in bold, so its end was cut off unseen.
    plain = QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, width)
    assert QFontMetrics(bold).horizontalAdvance(plain) > width


# -- the status bar and the guide --------------------------------------------------------------------------
def test_the_status_bar_counts_the_hits(qtbot: QtBot, window: MainWindow) -> None:
    total = len(window.knowledge.snapshot.guides)
    assert window.status.guide_count.text() == f"Veiledninger: {total}"
    _type(qtbot, window, "meldekort")
    hits = window.search.model.rowCount()
    assert 0 < hits < 20 and window.status.guide_count.text() == f"Treff: {hits} av {total} veiledninger"
    _type(qtbot, window, "pass")
    assert window.status.guide_count.text() == f"De 20 beste treffene av {total} veiledninger"
    _type(qtbot, window, "")
    assert window.status.guide_count.text() == f"Veiledninger: {total}"


def test_what_the_citizen_must_bring_is_said_once(qtbot: QtBot, window: MainWindow) -> None:
    window.open_guide("skattemelding-se-og-levere")
    box = window.guide_view.requires.label.text()
    body = window.guide_view.browser.toPlainText()
    assert "Buypass ID eller Commfides" in box  # the list at the top
    assert "Tid nok" in box and "Tid nok" not in body  # what only the section said, moved up
    assert "Dette trenger innbyggeren" not in body
    assert "for eksempel MinID eller BankID" not in box + body  # what the list said already: once is enough
