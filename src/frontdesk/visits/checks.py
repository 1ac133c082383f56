"""Checking a visit's values before they are stored: every value must be an id or choice the log knows.

Messages list the valid choices, so a typo at the command line or in an import file is easy to fix.
"""

from __future__ import annotations

import difflib
import uuid
from collections.abc import Iterable
from datetime import date

from frontdesk.visits.model import (
    ENUM_DIMENSIONS,
    GUIDE_SLUG,
    Visit,
    VisitError,
    choices_text,
    enum_value,
    validate_station,
)
from frontdesk.visits.privacy import check_no_personal_data
from frontdesk.visits.taxonomy import Taxonomy


class VisitChecker:
    """Validates visits against a taxonomy and the agency ids ``referred_to`` may name."""

    def __init__(self, taxonomy: Taxonomy, agency_ids: Iterable[str]) -> None:
        self.taxonomy = taxonomy
        self.agency_ids = sorted(agency_ids)

    def category(self, category_id: str, on: date, *, history: bool = False) -> str:
        """A category that can be logged on ``on``. With ``history`` (imports), any known id is fine: a retired
        category was valid when the visit happened."""
        category = self.taxonomy.get(category_id)
        if category is not None and (history or category.is_active(on)):
            return category_id
        active = [c.id for c in self.taxonomy.active(on)]
        if category is not None:
            current = self.taxonomy.resolve(category_id)
            hint = f" Use '{current}' instead." if current != category_id else ""
            raise VisitError(f"Category '{category_id}' can't be logged on {on.isoformat()} (retired or not yet "
                             f"valid).{hint}")
        close = difflib.get_close_matches(category_id, active, n=3, cutoff=0.6)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise VisitError(f"Unknown category '{category_id}'.{hint} Valid choices: {choices_text(active)}.")

    def referred_to(self, agency_id: str | None) -> str | None:
        if agency_id is None or agency_id == "":
            return None
        if agency_id not in self.agency_ids:
            raise VisitError(f"Unknown agency '{agency_id}' for referred_to. "
                             f"Valid choices: {choices_text(self.agency_ids)}.")
        return agency_id

    @staticmethod
    def guide_id(guide_id: str | None) -> str | None:
        # Only the shape is checked: a guide may be removed later, and its visits keep their id.
        if guide_id is None or guide_id == "":
            return None
        if not GUIDE_SLUG.match(guide_id) or len(guide_id) > 80:
            raise VisitError(f"guide_id '{guide_id}' is not a guide id (a lowercase slug like 'nav-meldekort').")
        # Digits-only slugs pass the shape check, so an ID or phone number typed here must be caught too.
        check_no_personal_data(guide_id, "guide_id")
        return guide_id

    def visit(self, visit: Visit, *, history: bool = False) -> Visit:
        """The whole record, as read from an import file: every field checked, values normalised."""
        try:
            uuid.UUID(visit.id, version=4)
        except ValueError:
            raise VisitError(f"'{visit.id}' is not a visit id (uuid4).") from None
        if not 0 <= visit.hour <= 23:
            raise VisitError(f"hour must be 0–23, not {visit.hour}.")
        return Visit(
            id=visit.id,
            station=validate_station(visit.station),
            date=visit.date,
            hour=visit.hour,
            category=self.category(visit.category, visit.date, history=history),
            referred_to=self.referred_to(visit.referred_to),
            guide_id=self.guide_id(visit.guide_id),
            **{name: enum_value(name, getattr(visit, name)) for name in ENUM_DIMENSIONS},
        )
