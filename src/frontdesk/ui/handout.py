""""Skriv ut for innbygger": the citizen's handout (knowledge/handouts.py) printed or saved as PDF.

The page is made by the core, so the window, ``frontdesk guides handout --format pdf`` and the HTML output
are the same handout; this module only lays it out on A4 with Qt. The command line calls :func:`write_pdf`,
the only use of Qt outside the window, imported only for a PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter


def handout_document(page_html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(page_html)
    return document


def configure_printer(printer: QPrinter) -> None:
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))


def save_pdf(document: QTextDocument, path: Path) -> None:
    """Write the PDF; OSError when no file came out (Qt's printer fails without saying why)."""
    if not path.parent.is_dir():  # Qt would only warn "QPainter::begin(): Returned false"
        raise OSError(f"no folder {path.parent} to write the PDF in")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    path.unlink(missing_ok=True)
    document.print_(printer)
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"no PDF could be written to {path} (is the folder writable?)")


def write_pdf(page_html: str, path: Path) -> None:
    """For the command line: lays the page out without a window (Qt's offscreen platform) when no
    application is running."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["frontdesk", "-platform", "offscreen"])
    save_pdf(handout_document(page_html), path)
    del app
