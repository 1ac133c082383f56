"""The report view's files: exports of the counted report (CSV for Norwegian Excel, XLSX, JSON) and of the
Digdir "digital deltakelse" template, written on the thread pool, and the import of other counters' station
files.

Station-file import writes to the log, so it stays on the store's own connection (on the UI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from frontdesk.i18n import LANGUAGES as REPORT_LANGUAGES
from frontdesk.reports.model import ExportOptions, Report
from frontdesk.reports.period import Period
from frontdesk.reports.tables import Table
from frontdesk.ui.background import BackgroundTasks
from frontdesk.ui.errors import show_message
from frontdesk.ui.report_jobs import compute_template, save
from frontdesk.ui.services import Services
from frontdesk.ui.widgets import BusyBar
from frontdesk.visits.exchange import ExchangeError, import_file


class ReportFiles(QObject):
    """Asks for the file, writes or reads it, and says how it went; ``busy`` moves while a file is written."""

    saved = Signal(object)  # the saved Path, or None when saving failed
    imported = Signal()  # station files were imported: the figures are counted again

    def __init__(self, services: Services, tasks: BackgroundTasks, language: str, busy: BusyBar,
                 failed: Callable[[BaseException], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._language = language
        self._busy = busy
        self._failed = failed  # shows an error the user can act on, raises a bug
        self._parent = parent

    def _options(self) -> ExportOptions:
        settings = self._services.settings
        # The files speak the window's language when the exporters know it, else bokmål.
        language = self._language if self._language in REPORT_LANGUAGES else "nb"
        return ExportOptions(language=language, centre_name=str(settings.get("centre_name") or ""),
                             station=str(settings.get("station")))

    def _ask_path(self, name: str, suffix: str) -> Path | None:
        filters = {".csv": "CSV (*.csv)", ".xlsx": "Excel (*.xlsx)", ".json": "JSON (*.json)"}
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent, self.tr("Lagre rapport"), str(Path.home() / f"{name}{suffix}"),
            ";;".join([filters[suffix]] + [f for s, f in filters.items() if s != suffix]))
        return Path(chosen) if chosen else None

    def _save_in_background(self, path: Path, make: Callable[[], Report | Table]) -> None:
        if path.suffix.lower() not in (".csv", ".xlsx", ".json"):
            show_message(self._parent, self.tr("Rapporter"),
                         self.tr("Velg en fil som slutter på .csv, .xlsx eller .json."))
            self.saved.emit(None)
            return
        options = self._options()

        def work() -> Path:
            return save(make(), path, options)

        self._busy.job_started()
        self._tasks.run(work, self._saved, self._save_failed)

    def _saved(self, path: Path) -> None:
        self._busy.job_ended()
        self.saved.emit(path)

    def _save_failed(self, error: BaseException) -> None:
        self._busy.job_ended()
        self.saved.emit(None)
        if isinstance(error, OSError):
            show_message(self._parent, self.tr("Rapporter"),
                         self.tr("Kunne ikke lagre filen: %1").replace("%1", str(error)))
        else:
            self._failed(error)

    def export(self, report: Report, period: Period, suffix: str, path: Path | None = None) -> None:
        """Save ``report`` (counted for ``period``); ``saved`` says where (or None) when the file is written."""
        path = path or self._ask_path(f"frontdesk-{period.start.isoformat()}-{period.end.isoformat()}", suffix)
        if path is not None:
            self._save_in_background(path, lambda: report)

    def export_template(self, period: Period, path: Path | None = None) -> None:
        path = path or self._ask_path(f"digital-deltakelse-{period.start.isoformat()}", ".xlsx")
        if path is None:
            return
        database, taxonomy, kinds = self._services.store.path, self._services.taxonomy, self._services.store.event_kinds
        self._save_in_background(path, lambda: compute_template(database, taxonomy, period, kinds))

    def import_files(self, paths: list[Path] | None = None) -> int:
        if paths is None:
            chosen, _filter = QFileDialog.getOpenFileNames(self._parent, self.tr("Importer stasjonsfiler"),
                                                           str(Path.home()), self.tr("Stasjonsfiler (*.json)"))
            paths = [Path(p) for p in chosen]
        added, events, problems = 0, 0, []
        for path in paths:
            try:
                result = import_file(self._services.store, path)
            except ExchangeError as error:  # a station name taken too: each says what to do
                problems.append(error.message(self._language))
                continue
            added, events = added + result.added, events + result.events_added
        if paths:
            text = self.tr("Besøk importert: %n.", "", added)
            if events:
                text += " " + self.tr("Kurs og arrangementer importert: %1.").replace("%1", str(events))
            if problems:
                text += "\n\n" + "\n".join(problems)
            show_message(self._parent, self.tr("Importer stasjonsfiler"), text)
            self.imported.emit()
        return added
