"""The central database's schema ``frontdesk``: created and brought up to date by frontdesk itself.

Migrations are named, applied in order and recorded in ``frontdesk._migrations``, like the local log's
(:mod:`frontdesk.visits.schema`): the list is append-only, a released step is never edited, so every central
database ever created can be upgraded. All missing steps run in one transaction under an advisory lock, so nine
municipalities' PCs pushing at the same moment upgrade it once. docs/central.md describes every table and view.

Everything a visit or an event is counted by hangs off ``centres``: both tables are keyed the same way (``id``
uuid, ``centre_id``, ``date``), each with its facts view and ``report_*`` views.
"""

from __future__ import annotations

from typing import Any

import psycopg

from frontdesk.central import texts as says
from frontdesk.central.connection import CentralError
from frontdesk.central.views import NYNORSK_LABELS, breakdown_view, replace_view

SCHEMA = "frontdesk"
# pg_advisory_xact_lock key: "fdsk" in ASCII. Only frontdesk's migrations take it.
_MIGRATION_LOCK = 0x6664736B

_CENTRES_AND_VISITS = """
CREATE TABLE frontdesk.centres (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality text NOT NULL CHECK (municipality ~ '^[0-9]{4}$'),  -- kommunenummer
    name text NOT NULL,                                               -- the centre_name setting, as first pushed
    name_key text NOT NULL,                                           -- casefolded: one centre however it's typed
    UNIQUE (municipality, name_key)
);
CREATE TABLE frontdesk.visits (
    id uuid PRIMARY KEY,  -- the local visit id: pushing twice, or from two PCs that imported it, adds it once
    centre_id integer NOT NULL REFERENCES frontdesk.centres (id),
    station text NOT NULL,
    date date NOT NULL,
    hour smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
    category text NOT NULL,
    channel text, mode text, outcome text, referred_to text, guide_id text, duration text
);
CREATE INDEX visits_date ON frontdesk.visits (date);
CREATE INDEX visits_centre_date ON frontdesk.visits (centre_id, date);
"""

_CATEGORIES_AND_LABELS = """
-- Each centre's taxonomy as it pushed it (municipalities have their own categories), so views can show group,
-- kind and labels and count retired ids as their replacement (counted_as), as the reports do.
CREATE TABLE frontdesk.categories (
    centre_id integer NOT NULL REFERENCES frontdesk.centres (id),
    id text NOT NULL,
    counted_as text NOT NULL,
    group_id text NOT NULL,
    group_nb text NOT NULL,
    group_en text NOT NULL,
    kind text NOT NULL,
    label_nb text NOT NULL,
    label_en text NOT NULL,
    PRIMARY KEY (centre_id, id)
);
-- Labels of the fixed values (channel, mode, outcome, duration, kind, weekday, agency ids, 'unrecorded').
CREATE TABLE frontdesk.labels (
    dimension text NOT NULL,
    key text NOT NULL,
    label_nb text NOT NULL,
    label_en text NOT NULL,
    PRIMARY KEY (dimension, key)
);
"""


_REPORT_VIEWS = """
-- One row per visit with everything a report groups by: the base of every report_* view, and readable by a BI
-- tool for breakdowns the views don't have. No visit id: nothing here needs it.
CREATE VIEW frontdesk.visit_facts AS
SELECT to_char(v.date, 'YYYY-MM') AS month, v.date, (extract(isodow FROM v.date)::int - 1) AS weekday, v.hour,
       c.municipality, c.name AS centre, v.centre_id, v.station,
       coalesce(cat.counted_as, v.category) AS category,
       coalesce(cat.group_id, split_part(v.category, '.', 1)) AS group_id,
       coalesce(cat.kind, 'unknown') AS kind,
       coalesce(v.channel, 'unrecorded') AS channel, coalesce(v.mode, 'unrecorded') AS mode,
       coalesce(v.outcome, 'unrecorded') AS outcome, coalesce(v.referred_to, 'unrecorded') AS referred_to,
       coalesce(v.guide_id, 'unrecorded') AS guide_id, coalesce(v.duration, 'unrecorded') AS duration
FROM frontdesk.visits v
JOIN frontdesk.centres c ON c.id = v.centre_id
LEFT JOIN frontdesk.categories cat ON cat.centre_id = v.centre_id AND cat.id = v.category;

CREATE VIEW frontdesk.report_category AS
SELECT f.month, f.municipality, f.centre, f.category, f.group_id, f.kind,
       coalesce(cat.label_nb, f.category) AS label_nb, coalesce(cat.label_en, f.category) AS label_en,
       count(*) AS visits
FROM frontdesk.visit_facts f
LEFT JOIN frontdesk.categories cat ON cat.centre_id = f.centre_id AND cat.id = f.category
GROUP BY f.month, f.municipality, f.centre, f.category, f.group_id, f.kind, cat.label_nb, cat.label_en;

CREATE VIEW frontdesk.report_group AS
SELECT f.month, f.municipality, f.centre, f.group_id,
       coalesce(g.group_nb, f.group_id) AS label_nb, coalesce(g.group_en, f.group_id) AS label_en,
       count(*) AS visits
FROM frontdesk.visit_facts f
LEFT JOIN (SELECT DISTINCT ON (centre_id, group_id) centre_id, group_id, group_nb, group_en
           FROM frontdesk.categories ORDER BY centre_id, group_id, id) g
       ON g.centre_id = f.centre_id AND g.group_id = f.group_id
GROUP BY f.month, f.municipality, f.centre, f.group_id, g.group_nb, g.group_en;

CREATE VIEW frontdesk.report_weekday_hour AS
SELECT f.month, f.municipality, f.centre, f.weekday, l.label_nb AS weekday_nb, l.label_en AS weekday_en, f.hour,
       count(*) AS visits
FROM frontdesk.visit_facts f
LEFT JOIN frontdesk.labels l ON l.dimension = 'weekday' AND l.key = f.weekday::text
GROUP BY f.month, f.municipality, f.centre, f.weekday, l.label_nb, l.label_en, f.hour;

CREATE VIEW frontdesk.report_station AS
SELECT f.month, f.municipality, f.centre, f.station, count(*) AS visits
FROM frontdesk.visit_facts f
GROUP BY f.month, f.municipality, f.centre, f.station;
""" + "".join(breakdown_view(name, column, dimension) for name, column, dimension in (
    ("report_kind", "kind", "kind"),
    ("report_mode", "mode", "mode"),
    ("report_outcome", "outcome", "outcome"),
    ("report_channel", "channel", "channel"),
    ("report_duration", "duration", "duration"),
    ("report_referral", "referred_to", "referred_to"),
    ("report_guide", "guide_id", "guide_id"),
))

# The three optional questions: columns at the end of visits and of visit_facts (a replaced view may only add
# columns after its old ones), and a labelled view each.
_VISIT_QUESTIONS = """
ALTER TABLE frontdesk.visits ADD COLUMN age_group text, ADD COLUMN repeat_visit text, ADD COLUMN language_help text;
""" + replace_view("visit_facts", """
SELECT to_char(v.date, 'YYYY-MM') AS month, v.date, (extract(isodow FROM v.date)::int - 1) AS weekday, v.hour,
       c.municipality, c.name AS centre, v.centre_id, v.station,
       coalesce(cat.counted_as, v.category) AS category,
       coalesce(cat.group_id, split_part(v.category, '.', 1)) AS group_id,
       coalesce(cat.kind, 'unknown') AS kind,
       coalesce(v.channel, 'unrecorded') AS channel, coalesce(v.mode, 'unrecorded') AS mode,
       coalesce(v.outcome, 'unrecorded') AS outcome, coalesce(v.referred_to, 'unrecorded') AS referred_to,
       coalesce(v.guide_id, 'unrecorded') AS guide_id, coalesce(v.duration, 'unrecorded') AS duration,
       coalesce(v.age_group, 'unrecorded') AS age_group, coalesce(v.repeat_visit, 'unrecorded') AS repeat_visit,
       coalesce(v.language_help, 'unrecorded') AS language_help
FROM frontdesk.visits v
JOIN frontdesk.centres c ON c.id = v.centre_id
LEFT JOIN frontdesk.categories cat ON cat.centre_id = v.centre_id AND cat.id = v.category
""") + "".join(breakdown_view(name, column, column) for name, column in (
    ("report_age_group", "age_group"),
    ("report_repeat_visit", "repeat_visit"),
    ("report_language_help", "language_help"),
))

_EVENTS = """
-- Courses, drop-in days and meetings: counts only, keyed like visits. The limits are the local log's.
CREATE TABLE frontdesk.events (
    id uuid PRIMARY KEY,  -- the local event id: pushing twice adds it once
    centre_id integer NOT NULL REFERENCES frontdesk.centres (id),
    station text NOT NULL,
    date date NOT NULL,
    hour smallint CHECK (hour BETWEEN 0 AND 23),  -- start hour, optional
    kind text NOT NULL,
    participants integer NOT NULL CHECK (participants BETWEEN 0 AND 1000),
    hours numeric(4, 2) CHECK (hours > 0 AND hours <= 24),  -- optional
    volunteers integer NOT NULL DEFAULT 0 CHECK (volunteers BETWEEN 0 AND 1000),
    volunteer_hours numeric(7, 2) NOT NULL DEFAULT 0 CHECK (volunteer_hours BETWEEN 0 AND volunteers * 24)
);
CREATE INDEX events_centre_date ON frontdesk.events (centre_id, date);
-- Each centre's event kinds as it pushed them (a municipality may have its own).
CREATE TABLE frontdesk.event_kinds (
    centre_id integer NOT NULL REFERENCES frontdesk.centres (id),
    id text NOT NULL,
    form text NOT NULL,
    label_nb text NOT NULL,
    label_en text NOT NULL,
    PRIMARY KEY (centre_id, id)
);

-- One row per event, no event id; form 'unknown' for a kind its centre never pushed.
CREATE VIEW frontdesk.event_facts AS
SELECT to_char(e.date, 'YYYY-MM') AS month, e.date, (extract(isodow FROM e.date)::int - 1) AS weekday, e.hour,
       c.municipality, c.name AS centre, e.centre_id, e.station, e.kind, coalesce(k.form, 'unknown') AS form,
       coalesce(k.label_nb, e.kind) AS label_nb, coalesce(k.label_en, e.kind) AS label_en,
       e.participants, e.hours, e.volunteers, e.volunteer_hours
FROM frontdesk.events e
JOIN frontdesk.centres c ON c.id = e.centre_id
LEFT JOIN frontdesk.event_kinds k ON k.centre_id = e.centre_id AND k.id = e.kind;

-- Per month, centre and kind: what the report's events section and the digital-deltakelse rows count.
CREATE VIEW frontdesk.report_events AS
SELECT f.month, f.municipality, f.centre, f.kind, f.label_nb, f.label_en, f.form,
       coalesce(l.label_nb, f.form) AS form_nb, coalesce(l.label_en, f.form) AS form_en,
       count(*) AS events, sum(f.participants) AS participants, coalesce(sum(f.hours), 0) AS hours,
       sum(f.volunteers) AS volunteers, sum(f.volunteer_hours) AS volunteer_hours
FROM frontdesk.event_facts f
LEFT JOIN frontdesk.labels l ON l.dimension = 'event_form' AND l.key = f.form
GROUP BY f.month, f.municipality, f.centre, f.kind, f.label_nb, f.label_en, f.form, l.label_nb, l.label_en;
"""

# Append-only. Never edit or remove a released entry; add a new one instead.
MIGRATIONS: list[tuple[str, str]] = [
    ("0001_centres_and_visits", _CENTRES_AND_VISITS),
    ("0002_categories_and_labels", _CATEGORIES_AND_LABELS),
    ("0003_report_views", _REPORT_VIEWS),
    ("0004_visit_questions", _VISIT_QUESTIONS),
    ("0005_events", _EVENTS),
    ("0006_nynorsk_labels", NYNORSK_LABELS),
]


def applied_migrations(conn: psycopg.Connection[Any]) -> list[str]:
    exists = conn.execute("SELECT to_regclass('frontdesk._migrations')").fetchone()
    if exists is None or exists[0] is None:
        return []
    return [str(row[0]) for row in conn.execute("SELECT name FROM frontdesk._migrations ORDER BY applied_order")]


def migrate(conn: psycopg.Connection[Any], upto: int | None = None) -> list[str]:
    """Create or upgrade the ``frontdesk`` schema (the first ``upto`` steps only, for tests of databases made by
    an older frontdesk); return the names of the steps applied. Raises CentralError when the database was
    upgraded by a newer frontdesk, or the role may not create the schema."""
    known = [name for name, _ in MIGRATIONS]
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [_MIGRATION_LOCK])
            done = applied_migrations(conn)
            unknown = [name for name in done if name not in known]
            if unknown:
                raise CentralError(says.NEWER_DATABASE, migration=unknown[0])
            missing = [(name, sql) for name, sql in MIGRATIONS[:upto] if name not in done]
            if missing:
                conn.execute("CREATE SCHEMA IF NOT EXISTS frontdesk")
                conn.execute("CREATE TABLE IF NOT EXISTS frontdesk._migrations (name text PRIMARY KEY, "
                             "applied_order integer NOT NULL, applied_at date NOT NULL DEFAULT current_date)")
            for name, sql in missing:
                conn.execute(sql.encode())  # bytes: run as given, several statements, no parameters
                conn.execute("INSERT INTO frontdesk._migrations (name, applied_order) VALUES (%s, %s)",
                             [name, known.index(name)])
    except psycopg.errors.InsufficientPrivilege as exc:
        raise CentralError(says.ROLE_MAY_NOT, detail=exc.diag.message_primary) from None
    return [name for name, _ in missing]
