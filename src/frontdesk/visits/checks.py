"""Checking a visit's values before they are stored: every value must be an id or choice the log knows.

Every text goes through privacy.check first, so an id is only repeated in a message once it is known to hold no
personal data. Messages list the valid choices, so a typo at the command line or in an import file is easy to
fix.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from datetime import date, timedelta

from frontdesk import formatting
from frontdesk.i18n import Text
from frontdesk.visits import visit_texts as says
from frontdesk.visits.model import ENUM_DIMENSIONS, Visit, VisitError, checked, choices_text, enum_value
from frontdesk.visits.privacy import TextShapeError, check_visit_id
from frontdesk.visits.retention import cutoff_month
from frontdesk.visits.settings import MAX_RETENTION_MONTHS
from frontdesk.visits.taxonomy import Taxonomy

# An imported visit may be dated a day ahead of this PC (another PC's clock or time zone), never more.
FUTURE_TOLERANCE = timedelta(days=1)


def oldest_importable(today: date) -> date:
    """The first day an imported visit may have: no counter keeps visits longer than the longest retention
    setting, so anything older was never in a real counter's log."""
    return date.fromisoformat(f"{cutoff_month(today, MAX_RETENTION_MONTHS)}-01")


class VisitChecker:
    """Validates visits against a taxonomy and the agency ids ``referred_to`` may name."""

    def __init__(self, taxonomy: Taxonomy, agency_ids: Iterable[str]) -> None:
        self.taxonomy = taxonomy
        self.agency_ids = sorted(agency_ids)

    def category(self, category_id: str, on: date, *, history: bool = False) -> str:
        """A category that can be logged on ``on``. With ``history`` (imports), any known id is fine: a retired
        category was valid when the visit happened."""
        category_id = checked("category", category_id)
        category = self.taxonomy.get(category_id)
        if category is not None and (history or category.is_active(on)):
            return category_id
        active = [c.id for c in self.taxonomy.active(on)]
        if category is not None:
            current = self.taxonomy.resolve(category_id)
            use = says.USE_INSTEAD.with_values(current=current) if current != category_id else Text.same("")
            raise VisitError(says.NOT_LOGGABLE, id=category_id, hint=use,
                             day=Text.build(lambda language: formatting.day(on, language)))
        close = difflib.get_close_matches(category_id, active, n=3, cutoff=0.6)
        hint = says.DID_YOU_MEAN.with_values(close=", ".join(close)) if close else Text.same("")
        raise VisitError(says.UNKNOWN_CATEGORY, id=category_id, hint=hint, choices=choices_text(active))

    def referred_to(self, agency_id: str | None) -> str | None:
        if agency_id is None or agency_id == "":
            return None
        agency_id = checked("referred_to", agency_id)
        if agency_id not in self.agency_ids:
            raise VisitError(says.UNKNOWN_AGENCY, id=agency_id, choices=choices_text(self.agency_ids))
        return agency_id

    @staticmethod
    def guide_id(guide_id: str | None) -> str | None:
        # Only the shape is checked: a guide may be removed later, and its visits keep their id.
        if guide_id is None or guide_id == "":
            return None
        return checked("guide_id", guide_id)

    def visit(self, visit: Visit, *, history: bool = False, today: date | None = None) -> Visit:
        """The whole record, as read from an import file: every field checked, values normalised."""
        try:
            check_visit_id(visit.id)
        except TextShapeError as exc:
            raise VisitError(exc.text) from None
        if isinstance(visit.hour, bool) or not isinstance(visit.hour, int) or not 0 <= visit.hour <= 23:
            raise VisitError(says.HOUR)
        day = today or date.today()
        if visit.date > day + FUTURE_TOLERANCE:
            raise VisitError(says.FILE_DATE_IN_FUTURE)
        if visit.date < oldest_importable(day):
            raise VisitError(says.FILE_DATE_TOO_OLD, months=MAX_RETENTION_MONTHS)
        return Visit(
            id=visit.id,
            station=checked("station", visit.station),
            date=visit.date,
            hour=visit.hour,
            category=self.category(visit.category, visit.date, history=history),
            referred_to=self.referred_to(visit.referred_to),
            guide_id=self.guide_id(visit.guide_id),
            **{name: enum_value(name, getattr(visit, name)) for name in ENUM_DIMENSIONS},
        )
