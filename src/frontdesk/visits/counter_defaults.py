"""What a counter uses where nobody chose: the channel and help mode a visit records, and the favourites.

The window and ``frontdesk visit add`` both ask here, so a visit logged either way is counted the same, and the
settings dialog ticks the favourites the visit panel really shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from frontdesk.visits.settings import MAX_FAVOURITES, Settings
from frontdesk.visits.taxonomy import Taxonomy

# The dimensions that have a default in settings (default_channel, default_mode).
DEFAULTED = ("channel", "mode")

# Shown until the centre picks its own favourites: what most counters see most (e-ID, NAV, tax, mail).
STARTER_FAVOURITES = (
    "login.bankid", "login.minid", "nav.meldekort", "post.digital_postkasse", "skatt.skattemelding",
    "helse.helsenorge_innlogging", "nav.brev_og_saker", "digital.passord", "stat.altinn",
)


def visit_defaults(settings: Settings) -> dict[str, str | None]:
    """The channel and help mode a visit records when none is given: the setting's default for a question the
    counter asks (setting ``dimensions``), nothing for one it doesn't ask (that visit was not asked about it)."""
    asked = set(settings.get("dimensions") or [])
    return {name: str(settings.get(f"default_{name}")) if name in asked else None for name in DEFAULTED}


def with_defaults(settings: Settings, values: Mapping[str, str | None]) -> dict[str, str | None]:
    """``values`` with the defaults filled in where a defaulted dimension is missing or None."""
    filled = dict(values)
    for name, default in visit_defaults(settings).items():
        if filled.get(name) is None:
            filled[name] = default
    return filled


def favourites_in_use(settings: Settings, taxonomy: Taxonomy, today: date | None = None) -> list[str]:
    """The favourite categories the counter shows, in order: the chosen ones, or the starter set while none are
    chosen; only categories in use ``today``, at most nine."""
    chosen = list(settings.get("favourites") or []) or list(STARTER_FAVOURITES)
    active = {category.id for category in taxonomy.active(today)}
    return [category for category in chosen if category in active][:MAX_FAVOURITES]
