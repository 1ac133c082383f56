"""One guide on screen: title, what the citizen must bring, on-behalf rules, then the steps.

The prominent parts (requires, on behalf, "bør kontrolleres", local marker) are real widgets so they follow the
system palette and screen readers see them; the body is the core's staff rendering (knowledge/guide_render.py:
local facts in place, the centre's note, no citizen sections) in a QTextBrowser that never loads anything
itself: links come back to us (related guides open here, web links go through a confirmation, an unfilled
local fact asks to be filled in). Guide titles are shown as plain text, whatever they contain.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QByteArray, Qt, QUrl, Signal, SignalInstance
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from frontdesk import formatting
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.guide_render import LABELS_NB, requirements_html, staff_body_html
from frontdesk.knowledge.handouts import LANGUAGES, available_languages
from frontdesk.knowledge.links import normalise_href
from frontdesk.knowledge.local_facts import LocalFacts
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.requirements import body_without_requirements
from frontdesk.knowledge.review import FRESH_YEARS, review_need
from frontdesk.knowledge.slot_render import LOCAL_SCHEME

GUIDE_SCHEME = "guide"


def display_title(guide: Guide, language: str) -> str:
    """The title in the UI language when the guide has one (`title_nn`, `title_en`), else the bokmål title."""
    translated = {"nn": guide.title_nn, "en": guide.title_en}.get(language)
    return translated or guide.title


class _Browser(QTextBrowser):
    def loadResource(self, kind: int, url: QUrl | str) -> object:
        # Never fetch anything (images, style sheets): the app is offline and guides must not phone home.
        # An empty QByteArray, not None: that is "no data" to Qt and keeps the bindings' reference counts right.
        return QByteArray()


class _Notice(QFrame):
    """A boxed, bold notice that uses palette colours only (high-contrast themes keep working)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAccessibleName(name)
        self.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)

    def show_html(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))


class GuideView(QWidget):
    relatedRequested = Signal(str)
    externalLinkRequested = Signal(QUrl)
    localFactRequested = Signal(str)  # the full key of an unfilled local fact that was clicked
    logRequested = Signal(object)
    printRequested = Signal(object, str)  # guide, handout language (nb, nn, en)
    pdfRequested = Signal(object, str)

    def __init__(self, registry: AgencyRegistry, language: str = "nb", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._language = language
        self.guide: Guide | None = None

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Tittel på veiledningen"))
        self.meta = QLabel(self)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        self.meta.setAccessibleName(self.tr("Etat og status"))
        self.review = _Notice(self.tr("Bør kontrolleres"), self)
        self.requires = _Notice(self.tr("Dette trenger innbyggeren"), self)
        self.requires.label.linkActivated.connect(lambda link: self._on_anchor(QUrl(link)))
        self.on_behalf = _Notice(self.tr("På vegne av andre"), self)

        self.log_button = QPushButton(self.tr("&Logg denne hjelpen"), self)
        self.log_button.setAccessibleName(self.tr("Logg denne hjelpen"))
        self.log_button.setToolTip(self.tr("Logg besøket i kategorien til denne veiledningen (Ctrl+L)"))
        self.log_button.clicked.connect(lambda: self.guide and self.logRequested.emit(self.guide))
        self.print_button = QPushButton(self.tr("Skriv &ut for innbygger"), self)
        self.print_button.setAccessibleName(self.tr("Skriv ut for innbygger"))
        menu = QMenu(self.print_button)
        names = {"nb": self.tr("bokmål"), "nn": self.tr("nynorsk"), "en": self.tr("engelsk")}
        self.print_actions: dict[str, QAction] = {}
        self.pdf_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            action = menu.addAction(self.tr("Skriv ut på %1 …").replace("%1", names[language]))
            action.triggered.connect(lambda _c=False, lang=language: self._request(self.printRequested, lang))
            self.print_actions[language] = action
        menu.addSeparator()
        for language in LANGUAGES:
            action = menu.addAction(self.tr("Lagre som PDF på %1 …").replace("%1", names[language]))
            action.triggered.connect(lambda _c=False, lang=language: self._request(self.pdfRequested, lang))
            self.pdf_actions[language] = action
        self.print_button.setMenu(menu)

        self.browser = _Browser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Veiledningstekst"))
        self.browser.anchorClicked.connect(self._on_anchor)

        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.meta, self.review, self.requires, self.on_behalf):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        self.show_guide(None)

    # -- content -----------------------------------------------------------------------------------------
    def show_guide(self, guide: Guide | None, guides: dict[str, Guide] | None = None,
                   today: date | None = None, facts: LocalFacts | None = None) -> None:
        """Show ``guide`` with the centre's local ``facts`` (values and note) in place."""
        self.guide = guide
        has_guide = guide is not None
        self.log_button.setEnabled(has_guide)
        self._update_print_menu(guide)
        if guide is None:
            self.title.setText(self.tr("Ingen veiledning valgt"))
            self.meta.setText(self.tr("Søk til venstre, og trykk Enter for å åpne en veiledning."))
            for notice in (self.review, self.requires, self.on_behalf):
                notice.show_html("")
            self.browser.setHtml(self._start_html())
            return
        self.title.setText(display_title(guide, self._language))
        parts = [self._registry.name(guide.agency)]
        if guide.is_local:
            parts.append(self.tr("Lokal veiledning") if not guide.overrides_bundled
                         else self.tr("Lokal veiledning (erstatter den innebygde)"))
        parts.append(self.tr("Gjennomgått %1").replace("%1", formatting.day(guide.reviewed, self._language)))
        self.meta.setText("  ·  ".join(parts))
        self.review.show_html(self._review_html(guide, today) if today is not None else "")
        self.requires.show_html(requirements_html(guide, facts))
        behalf = html.escape(LABELS_NB["on_behalf"])
        self.on_behalf.show_html(f"<b>{behalf}</b> {html.escape(guide.on_behalf)}" if guide.on_behalf else "")
        self.browser.setHtml(self.body_html(guide, guides or {}, facts))

    def _review_html(self, guide: Guide, today: date) -> str:
        need = review_need(guide, today)
        if not need.needed:
            return ""
        reasons = []
        if need.overdue:
            reasons.append(self.tr("Gjennomgangen skulle vært gjort %1.")
                           .replace("%1", formatting.day(need.due, self._language)))
        if need.sources_stale and need.newest_page_date is None:
            reasons.append(self.tr("Ingen av kildene har en registrert dato på siden."))
        elif need.sources_stale and need.newest_page_date is not None:
            reasons.append(self.tr("Ingen av kildene er en side datert de siste %1 årene (nyeste: %2).")
                           .replace("%1", str(FRESH_YEARS))
                           .replace("%2", formatting.day(need.newest_page_date, self._language)))
        reasons.append(self.tr("Sjekk kildene før du stoler på den."))
        heading = html.escape(self.tr("Bør kontrolleres:"))
        return f"⚠ <b>{heading}</b> " + html.escape(" ".join(reasons))

    def _update_print_menu(self, guide: Guide | None) -> None:
        """Only the languages the guide has a citizen section in can be printed; the clerk sees which."""
        available = available_languages(guide) if guide is not None else ()
        for language in LANGUAGES:
            for action in (self.print_actions[language], self.pdf_actions[language]):
                action.setEnabled(language in available)
        self.print_button.setEnabled(bool(available))
        self.print_button.setToolTip(
            self.tr("Skriv ut eller lagre som PDF den delen av veiledningen som er skrevet til innbyggeren (Ctrl+P)")
            if available or guide is None else
            self.tr("Denne veiledningen har ingen tekst til innbyggeren ennå, så den kan ikke skrives ut."))

    def _request(self, signal: SignalInstance, language: str) -> None:
        if self.guide is not None:
            signal.emit(self.guide, language)

    def _start_html(self) -> str:
        tips = [
            self.tr("Skriv det innbyggeren sier: «bank id», «glemt passord», «nav brev», «skattemelding»."),
            self.tr("↑ og ↓ velger, Enter åpner. Ctrl+K tar deg tilbake til søket."),
            self.tr("Logg besøket til høyre: Ctrl+1–9 for de vanligste, Ctrl+J for andre. Ctrl+Z angrer."),
            self.tr("Ingen navn, fødselsnummer eller fritekst lagres – bare kategorien."),
        ]
        items = "".join(f"<li>{html.escape(tip)}</li>" for tip in tips)
        heading = html.escape(self.tr("Slik bruker du frontdesk"))
        return f"<h3>{heading}</h3><ul>{items}</ul>"

    def body_html(self, guide: Guide, guides: dict[str, Guide], facts: LocalFacts | None = None) -> str:
        parts = [f"<p><i>{html.escape(guide.summary)}</i></p>",
                 staff_body_html(guide, facts, body_without_requirements(guide))]
        related = [guides[r] for r in guide.related if r in guides]
        if related:
            links = "".join(f"<li><a href='{GUIDE_SCHEME}:{html.escape(r.id)}'>"
                            f"{html.escape(display_title(r, self._language))}</a></li>" for r in related)
            heading = html.escape(self.tr("Relaterte veiledninger"))
            parts.append(f"<h3>{heading}</h3><ul>{links}</ul>")
        if guide.sources:
            items = []
            for source in guide.sources:
                href = normalise_href(source.url)  # judged and opened as a browser would read it
                title = html.escape(source.title)
                items.append(f"<li><a href='{html.escape(href)}'>{title}</a></li>" if href else f"<li>{title}</li>")
            heading = html.escape(LABELS_NB["sources"])  # the sources are the guide's own text: its language
            parts.append(f"<h3>{heading}</h3><ul>{''.join(items)}</ul>")
        return "\n".join(parts)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == GUIDE_SCHEME:
            self.relatedRequested.emit(url.path())
        elif url.scheme() == LOCAL_SCHEME:
            self.localFactRequested.emit(url.path())
        elif url.scheme() in ("http", "https", "mailto"):
            self.externalLinkRequested.emit(url)
