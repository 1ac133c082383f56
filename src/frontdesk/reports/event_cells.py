"""How event figures are shown by every exporter: the metric titles, suppression and decimal hours.

People (participants, volunteers) follow the small-count rule like visit counts; the number of events and the
hours never do, since they single out no one. Totals are exact, as for visits.
"""

from __future__ import annotations

from frontdesk.i18n import Text
from frontdesk.reports.model import EVENT_METRICS, PEOPLE_METRICS, EventFigures
from frontdesk.reports.suppression import shown

METRIC_TITLES: dict[str, Text] = {
    "count": Text("Arrangementer", "Arrangement", "Events"),
    "participants": Text("Deltakere", "Deltakarar", "Participants"),
    "hours": Text("Timer", "Timar", "Hours"),
    "volunteers": Text("Frivillige", "Frivillige", "Volunteers"),
    "volunteer_hours": Text("Frivillige timer", "Frivillige timar", "Volunteer hours"),
}
SECTION_TITLE = Text("Kurs og arrangementer", "Kurs og arrangement", "Courses and events")
FORM_TITLE = Text("Form", "Form", "Form")
GRID_TITLE = Text("Deltakere per ukedag og starttime", "Deltakarar per vekedag og starttime",
                  "Participants by weekday and start hour")


def title(metric: str, language: str) -> str:
    return METRIC_TITLES[metric].get(language)


def cells(figures: EventFigures, below: int | None, *, exact: bool = False) -> tuple[int | float | str, ...]:
    """The five figures in EVENT_METRICS order, people suppressed unless ``exact`` (totals)."""
    return tuple(shown(getattr(figures, metric), below) if metric in PEOPLE_METRICS and not exact
                 else getattr(figures, metric) for metric in EVENT_METRICS)


def decimal(value: int | float | str, comma: bool) -> str:
    """Hours without needless decimals ("2", "1.5", "0.25"), with a decimal comma for Norwegian readers."""
    if not isinstance(value, float):
        return str(value)
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if comma else text
