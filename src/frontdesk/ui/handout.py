""""Skriv ut for innbygger": a clean handout of a guide, printed or saved as PDF.

The handout has the centre's name on top and no app chrome. Web addresses are written out in full because
paper has no links.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.render import markdown_to_html

translate = QCoreApplication.translate  # a plain name lupdate recognises



def handout_html(guide: Guide, centre_name: str, agency_name: str, today: date) -> str:
    agency_label = translate("Handout", "Etat")
    bring = translate("Handout", "Dette trenger du")
    behalf = translate("Handout", "På vegne av andre:")
    more = translate("Handout", "Mer informasjon")
    header = html.escape(centre_name) if centre_name else ""
    parts = [
        f"<p style='font-size:small'>{header}</p>" if header else "",
        f"<h1>{html.escape(guide.title)}</h1>",
        f"<p><i>{html.escape(guide.summary)}</i></p>",
        f"<p>{html.escape(agency_label)}: {html.escape(agency_name)}</p>",
    ]
    if guide.requires:
        items = "".join(f"<li>{html.escape(r)}</li>" for r in guide.requires)
        parts.append(f"<h3>{html.escape(bring)}</h3><ul>{items}</ul>")
    if guide.on_behalf:
        parts.append(f"<p><b>{html.escape(behalf)}</b> {html.escape(guide.on_behalf)}</p>")
    parts.append(markdown_to_html(guide.body))
    if guide.sources:
        items = "".join(f"<li>{html.escape(s.title)}: {html.escape(s.url)}</li>" for s in guide.sources)
        parts.append(f"<h3>{html.escape(more)}</h3><ul>{items}</ul>")
    footer = translate("Handout", "Skrevet ut %1").replace("%1", today.strftime("%d.%m.%Y"))
    if centre_name:
        footer += " · " + centre_name
    parts.append(f"<hr><p style='font-size:small'>{html.escape(footer)}</p>")
    return "\n".join(p for p in parts if p)


def handout_document(guide: Guide, centre_name: str, agency_name: str, today: date) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(handout_html(guide, centre_name, agency_name, today))
    return document


def configure_printer(printer: QPrinter) -> None:
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))


def save_pdf(document: QTextDocument, path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    document.print_(printer)
