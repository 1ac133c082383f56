"""SQL for the central database's views: the helpers the migrations share, and the nynorsk step.

A view that gains columns is replaced (CREATE OR REPLACE keeps its grants, may only add columns at the end, and
resets its options, so :func:`replace_view` puts them back: security_invoker keeps row-level security on).
``0006_nynorsk_labels`` gives every labelled view a ``label_nn`` (``weekday_nn``, ``form_nn``) column after its
old ones: the nynorsk label where the pushing PC sent one, else the bokmål one, as the local reports fall back.
"""

from __future__ import annotations


def breakdown_view(name: str, column: str, dimension: str) -> str:
    """Visits per month, centre and one fixed-value column, labelled."""
    return f"""
CREATE VIEW frontdesk.{name} AS
SELECT f.month, f.municipality, f.centre, f.{column} AS key,
       coalesce(l.label_nb, f.{column}) AS label_nb, coalesce(l.label_en, f.{column}) AS label_en,
       count(*) AS visits
FROM frontdesk.visit_facts f
LEFT JOIN frontdesk.labels l ON l.dimension = '{dimension}' AND l.key = f.{column}
GROUP BY f.month, f.municipality, f.centre, f.{column}, l.label_nb, l.label_en;
"""


def replace_view(name: str, select: str) -> str:
    """CREATE OR REPLACE VIEW that keeps the view's options: PostgreSQL resets them on a replace, and
    security_invoker (docs/central.md, row-level security) must survive an upgrade."""
    return f"""
DO $replace$
DECLARE options text[] := (SELECT reloptions FROM pg_class WHERE oid = 'frontdesk.{name}'::regclass);
BEGIN
    CREATE OR REPLACE VIEW frontdesk.{name} AS {select};
    IF options IS NOT NULL THEN
        EXECUTE format('ALTER VIEW frontdesk.{name} SET (%s)', array_to_string(options, ', '));
    END IF;
END
$replace$;
"""


def _nn(table: str, key: str, column: str = "label") -> str:
    return f"coalesce({table}.{column}_nn, {table}.{column}_nb, {key})"


def _breakdown_nn(name: str, column: str, dimension: str) -> str:
    return replace_view(name, f"""
SELECT f.month, f.municipality, f.centre, f.{column} AS key,
       coalesce(l.label_nb, f.{column}) AS label_nb, coalesce(l.label_en, f.{column}) AS label_en,
       count(*) AS visits, {_nn("l", f"f.{column}")} AS label_nn
FROM frontdesk.visit_facts f
LEFT JOIN frontdesk.labels l ON l.dimension = '{dimension}' AND l.key = f.{column}
GROUP BY f.month, f.municipality, f.centre, f.{column}, l.label_nb, l.label_en, l.label_nn
""")


BREAKDOWNS = (("report_kind", "kind", "kind"), ("report_mode", "mode", "mode"),
              ("report_outcome", "outcome", "outcome"), ("report_channel", "channel", "channel"),
              ("report_duration", "duration", "duration"), ("report_referral", "referred_to", "referred_to"),
              ("report_guide", "guide_id", "guide_id"), ("report_age_group", "age_group", "age_group"),
              ("report_repeat_visit", "repeat_visit", "repeat_visit"),
              ("report_language_help", "language_help", "language_help"))

NYNORSK_LABELS = """
ALTER TABLE frontdesk.labels ADD COLUMN label_nn text;
ALTER TABLE frontdesk.categories ADD COLUMN group_nn text, ADD COLUMN label_nn text;
ALTER TABLE frontdesk.event_kinds ADD COLUMN label_nn text;
""" + replace_view("report_category", f"""
SELECT f.month, f.municipality, f.centre, f.category, f.group_id, f.kind,
       coalesce(cat.label_nb, f.category) AS label_nb, coalesce(cat.label_en, f.category) AS label_en,
       count(*) AS visits, {_nn("cat", "f.category")} AS label_nn
FROM frontdesk.visit_facts f
LEFT JOIN frontdesk.categories cat ON cat.centre_id = f.centre_id AND cat.id = f.category
GROUP BY f.month, f.municipality, f.centre, f.category, f.group_id, f.kind, cat.label_nb, cat.label_en, cat.label_nn
""") + replace_view("report_group", f"""
SELECT f.month, f.municipality, f.centre, f.group_id,
       coalesce(g.group_nb, f.group_id) AS label_nb, coalesce(g.group_en, f.group_id) AS label_en,
       count(*) AS visits, {_nn("g", "f.group_id", "group")} AS label_nn
FROM frontdesk.visit_facts f
LEFT JOIN (SELECT DISTINCT ON (centre_id, group_id) centre_id, group_id, group_nb, group_en, group_nn
           FROM frontdesk.categories ORDER BY centre_id, group_id, id) g
       ON g.centre_id = f.centre_id AND g.group_id = f.group_id
GROUP BY f.month, f.municipality, f.centre, f.group_id, g.group_nb, g.group_en, g.group_nn
""") + replace_view("report_weekday_hour", """
SELECT f.month, f.municipality, f.centre, f.weekday, l.label_nb AS weekday_nb, l.label_en AS weekday_en, f.hour,
       count(*) AS visits, coalesce(l.label_nn, l.label_nb) AS weekday_nn
FROM frontdesk.visit_facts f
LEFT JOIN frontdesk.labels l ON l.dimension = 'weekday' AND l.key = f.weekday::text
GROUP BY f.month, f.municipality, f.centre, f.weekday, l.label_nb, l.label_en, l.label_nn, f.hour
""") + "".join(_breakdown_nn(*view) for view in BREAKDOWNS) + replace_view("event_facts", f"""
SELECT to_char(e.date, 'YYYY-MM') AS month, e.date, (extract(isodow FROM e.date)::int - 1) AS weekday, e.hour,
       c.municipality, c.name AS centre, e.centre_id, e.station, e.kind, coalesce(k.form, 'unknown') AS form,
       coalesce(k.label_nb, e.kind) AS label_nb, coalesce(k.label_en, e.kind) AS label_en,
       e.participants, e.hours, e.volunteers, e.volunteer_hours, {_nn("k", "e.kind")} AS label_nn
FROM frontdesk.events e
JOIN frontdesk.centres c ON c.id = e.centre_id
LEFT JOIN frontdesk.event_kinds k ON k.centre_id = e.centre_id AND k.id = e.kind
""") + replace_view("report_events", f"""
SELECT f.month, f.municipality, f.centre, f.kind, f.label_nb, f.label_en, f.form,
       coalesce(l.label_nb, f.form) AS form_nb, coalesce(l.label_en, f.form) AS form_en,
       count(*) AS events, sum(f.participants) AS participants, coalesce(sum(f.hours), 0) AS hours,
       sum(f.volunteers) AS volunteers, sum(f.volunteer_hours) AS volunteer_hours,
       f.label_nn, {_nn("l", "f.form")} AS form_nn
FROM frontdesk.event_facts f
LEFT JOIN frontdesk.labels l ON l.dimension = 'event_form' AND l.key = f.form
GROUP BY f.month, f.municipality, f.centre, f.kind, f.label_nb, f.label_en, f.label_nn, f.form, l.label_nb,
         l.label_en, l.label_nn
""")
