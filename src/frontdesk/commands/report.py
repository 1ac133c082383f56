"""``frontdesk report``: supervisor reports for a month or a from/to period, as a table, CSV, XLSX or JSON."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from frontdesk.commands import report_texts as say_
from frontdesk.commands.common import output_option
from frontdesk.commands.language import NO_FOLDER, WROTE, fail, language_option, say, use_language
from frontdesk.config import Config
from frontdesk.i18n import Text
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.reports.aggregate import build_report
from frontdesk.reports.csv_export import report_csv_text, save_csv
from frontdesk.reports.json_export import report_json_text, save_json
from frontdesk.reports.model import ExportOptions, Report
from frontdesk.reports.period import Period, PeriodError
from frontdesk.reports.tables import Table
from frontdesk.reports.templates import TEMPLATES
from frontdesk.reports.text_export import report_text, table_text
from frontdesk.reports.xlsx_export import save_xlsx
from frontdesk.visits.database import OutdatedLogError
from frontdesk.visits.event_kinds import EventKinds
from frontdesk.visits.recovery import LostDatabaseError
from frontdesk.visits.storage import DatabaseError, StorageError, unreadable_home
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy

if TYPE_CHECKING:
    from frontdesk.central.report import Selection

FORMATS = ("text", "csv", "xlsx", "json")
_SUFFIXES = {".csv": "csv", ".xlsx": "xlsx", ".json": "json", ".txt": "text"}


def _refuse(message: str | Text, **values: object) -> NoReturn:
    """A report that can't be made as asked: the message says what to do; exit status 2 like a usage error."""
    fail(message, code=2, **values)


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        _refuse(say_.NOT_A_DATE, option=option, text=text)


def _period(month: str | None, start_text: str | None, end_text: str | None, language: str) -> Period:
    start, end = _day(start_text, "--from"), _day(end_text, "--to")
    if month is not None and (start or end):
        _refuse(say_.MONTH_OR_RANGE)
    try:
        if month is not None:
            return Period.month(month)
        if start is None or end is None:
            _refuse(say_.WHICH_PERIOD)
        return Period(start, end)
    except PeriodError as exc:
        _refuse(exc.message(language))


def _format(fmt: str | None, output: Path | None) -> str:
    if fmt is None:
        if output is None:
            return "text"
        guessed = _SUFFIXES.get(output.suffix.lower())
        if guessed is None:
            _refuse(say_.UNKNOWN_SUFFIX, name=output.name)
        return guessed
    if fmt == "xlsx" and output is None:
        _refuse(say_.XLSX_NEEDS_FILE)
    return fmt


def _open_store(config: Config, taxonomy: Taxonomy, agencies: AgencyRegistry, language: str) -> VisitStore:
    """The log opened read-only: a report only reads, also in a folder or on a disk that refuses writes. It
    never recovers a damaged or lost log; it says which command does."""
    try:
        return VisitStore.open_read_only(config, taxonomy, agencies=agencies.agencies)
    except LostDatabaseError:
        _refuse(say_.LOST_WITH_BACKUPS, path=config.database_path)
    except StorageError as exc:
        _refuse(exc.message(language))
    except OutdatedLogError as exc:
        outdated = exc
    except DatabaseError as exc:
        if not config.database_path.is_file():
            _refuse(say_.NO_LOG_YET, path=config.database_path)
        _refuse(exc.message(language))
    try:  # an older log is brought up to date first, which writes; no backup and no retention run
        return VisitStore(config.database_path, taxonomy, None, agencies=agencies.agencies, apply_retention=False,
                          event_kinds=EventKinds.load(config))
    except StorageError:
        _refuse(outdated.message(language))
    except DatabaseError as exc:
        _refuse(exc.message(language))


def _central(dsn: str, centres: tuple[str, ...], municipalities: tuple[str, ...], taxonomy: Taxonomy,
             period: Period, station: str | None, map_retired: bool, agency_names: dict[str, Text],
             event_kinds: EventKinds, language: str) -> tuple[Report, Selection]:
    """The report counted in the central database, and the centres it covers."""
    from frontdesk.central.connection import CentralError, require_driver, session
    from frontdesk.visits.privacy import passes

    wrong = [m for m in municipalities if not passes("municipality", m)]
    if wrong:
        _refuse(say_.MUNICIPALITY_DIGITS)
    try:
        require_driver()
        from frontdesk.central.report import central_report, select_centres

        with session(dsn) as conn:
            selection = select_centres(conn, centres, municipalities)
            report = central_report(conn, taxonomy, period.start, period.end, selection, map_retired=map_retired,
                                    station=station, agency_names=agency_names, event_kinds=event_kinds)
    except CentralError as exc:  # the database, not the options: exit 1
        fail(exc.message(language))
    return report, selection


def _emit(result: Report | Table, fmt: str, output: Path | None, options: ExportOptions) -> None:
    if output is not None:
        if not output.parent.is_dir():
            _refuse(NO_FOLDER, folder=output.parent)
        if fmt == "xlsx":
            save_xlsx(result, output, options)
        elif fmt == "csv":
            save_csv(result, output, options)
        elif fmt == "json":
            save_json(result, output, options)
        else:
            text = report_text(result, options) if isinstance(result, Report) else table_text(result, options)
            output.write_text(text, encoding="utf-8")
        say(WROTE, path=output, err=True)
        return
    if fmt == "csv":
        sys.stdout.write(report_csv_text(result, options))  # keeps the BOM and \r\n, for `> fil.csv`
    elif fmt == "json":
        click.echo(report_json_text(result, options), nl=False)
    else:
        click.echo(report_text(result, options) if isinstance(result, Report) else table_text(result, options),
                   nl=False)


@click.command()
@click.option("--month", metavar="YYYY-MM", help="Report on one calendar month.")
@click.option("--from", "start", metavar="DATE", help="First day of the period (YYYY-MM-DD), with --to.")
@click.option("--to", "end", metavar="DATE", help="Last day of the period (YYYY-MM-DD), included.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Output format. Default: from the --output "
              "file's suffix, else a readable table on the screen.")
@output_option("output", "Write to this file (required for xlsx). Without it the report goes to the screen "
               "(stdout).")
@click.option("--suppress-below", type=click.IntRange(min=0), default=None, metavar="N",
              help="Show counts from 1 to N-1 as '<N' so small groups can't be singled out; totals stay exact.")
@click.option("--template", type=click.Choice(sorted(TEMPLATES)), help="A fixed table for an outside form "
              "instead of the full report (see docs/reports.md).")
@language_option
@click.option("--station", help="Only this counter's visits (default: all stations in the log).")
@click.option("--keep-retired", is_flag=True, help="Count retired categories under their own id instead of "
              "under the category that replaced them.")
@click.option("--source", metavar="DSN", help="Count in a central PostgreSQL database instead of this PC's log "
              "('service=NAME', 'host=… dbname=…', a postgresql:// URI, or '' for PGSERVICE/PGHOST …).")
@click.option("--centre", "centres", multiple=True, metavar="NAME", help="With --source: only this centre "
              "(repeat for several). Default: every centre.")
@click.option("--municipality", "municipalities", multiple=True, metavar="NNNN", help="With --source: only "
              "centres in this municipality (kommunenummer; repeat for several).")
@click.pass_obj
def report(config: Config, month: str | None, start: str | None, end: str | None, fmt: str | None,
           output: Path | None, suppress_below: int | None, template: str | None, language: str | None,
           station: str | None, keep_retired: bool, source: str | None, centres: tuple[str, ...],
           municipalities: tuple[str, ...]) -> None:
    """Count visits for a month or a period, with the change against the period before.

    A month (or whole months) is compared with as many calendar months right before it; a --from/--to range
    with the same number of days right before it. Every format says which period that was.

    Breakdowns: category, group, kind of help, help mode, outcome, referral, channel, station, guide used,
    duration, age group, repeat visit, language help, and weekday × hour; then courses and other events by
    kind and form (participants, hours, volunteers, volunteer hours). CSV uses ';' and a UTF-8 BOM for
    Norwegian Excel. Exits 2 when the period or options are wrong or there is no visit log yet.

    \b
    Examples:
      frontdesk report --month 2026-10
      frontdesk report --month 2026-10 --output oktober.xlsx
      frontdesk report --from 2026-01-01 --to 2026-06-30 --format csv --output halvaar.csv
      frontdesk report --month 2026-10 --format json --suppress-below 5
      frontdesk report --from 2026-01-01 --to 2026-12-31 --template digital-deltakelse -o tilskudd.xlsx
      frontdesk report --month 2026-10 --source service=frontdesk --municipality 0301 -o oslo.xlsx
    """
    chosen_language = use_language(language)  # bokmål when the home folder can't be read
    problem = unreadable_home(config.home)
    if problem is not None:
        _refuse(problem.message(chosen_language))
    period = _period(month, start, end, chosen_language)
    chosen = _format(fmt, output)
    taxonomy = Taxonomy.load(config)
    agencies = AgencyRegistry.load(config.data_dir)
    if source is not None:
        if template is not None:
            _refuse(say_.TEMPLATE_NEEDS_LOG)
        counted, selection = _central(source, centres, municipalities, taxonomy, period, station,
                                      not keep_retired, {a.id: a.names for a in agencies.agencies.values()},
                                      EventKinds.load(config), chosen_language)
        _emit(counted, chosen, output, ExportOptions(language=chosen_language, suppress_below=suppress_below,
                                                     centre_name=selection.names(chosen_language),
                                                     station=station or ""))
        return
    if centres or municipalities:
        _refuse(say_.CENTRES_NEED_SOURCE)
    with _open_store(config, taxonomy, agencies, chosen_language) as store:
        settings = store.settings
        options = ExportOptions(
            language=chosen_language,
            suppress_below=suppress_below,
            centre_name=settings.get("centre_name"),
            station=station or "",
        )
        result: Report | Table
        if template is not None:
            result = TEMPLATES[template](store, taxonomy, period.start, period.end, station=station,
                                         event_kinds=store.event_kinds)
        else:
            result = build_report(store, taxonomy, period.start, period.end, map_retired=not keep_retired,
                                  station=station, agency_names={a.id: a.names for a in agencies.agencies.values()})
        _emit(result, chosen, output, options)


