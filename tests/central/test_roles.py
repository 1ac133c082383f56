"""docs/central.md's roles, run as written: counters add visits and read no one's, readers report, the owner
upgrades."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner
from psycopg.conninfo import make_conninfo

from frontdesk.cli import cli
from frontdesk.config import Config
from frontdesk.visits.store import VisitStore
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.postgres

ROLES = ("frontdesk_owner", "frontdesk_push", "frontdesk_read")


def doc_block(name: str) -> str:
    """The SQL block after ``<!-- roles:NAME -->`` in docs/central.md."""
    text = (REPO_ROOT / "docs" / "central.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- roles:{name} -->\n```sql\n(.*?)```", text, flags=re.DOTALL)
    assert match is not None, name
    return match.group(1)


def _clean(base: str) -> None:
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS frontdesk WITH (FORCE)")
        for role in ROLES:
            if admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone():
                admin.execute(f"DROP OWNED BY {role}")
                admin.execute(f"DROP ROLE {role}")


@pytest.fixture
def as_role(server_dsn: str) -> Iterator[dict[str, str]]:
    """The documented setup on the test server; a connection string per role (the test server trusts them)."""
    base = os.environ["FRONTDESK_TEST_DSN"]
    _clean(base)
    with psycopg.connect(base, autocommit=True) as admin:
        for statement in doc_block("setup").split(";"):
            if statement.strip():
                admin.execute(statement.encode())
    yield {role.removeprefix("frontdesk_"): make_conninfo(base, user=role, dbname="frontdesk") for role in ROLES}
    _clean(base)


def frontdesk(home: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--home", str(home), *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def counter(home: Path) -> Path:
    with VisitStore.open(Config.from_env(home)) as store:
        store.settings.set("municipality", "1506")
        store.settings.set("centre_name", "Servicetorget Molde")
        for day in (5, 6):
            store.add("nav.meldekort", station="skranke-1", outcome="solved", at=datetime(2026, 10, day, 9))
        store.undo_last("skranke-1")  # now the log has one visit, and nothing held back
        store.events.add("grunnkurs", station="skranke-1", on=date(2026, 10, 7), participants=9, volunteers=1,
                         volunteer_hours=2, now=datetime(2026, 10, 7, 20))
    return home


def test_the_documented_roles_push_report_and_keep_visits_from_the_counters(
        as_role: dict[str, str], tmp_path: Path) -> None:
    home = counter(tmp_path / "pc")
    code, output = frontdesk(home, "visits", "push", "--to", as_role["push"])
    assert code == 1 and "frontdesk visits push --schema-only" in output  # no schema yet, and may not make it
    code, output = frontdesk(home, "visits", "push", "--to", as_role["owner"], "--schema-only")
    assert code == 0 and "0003_report_views" in output, output
    with psycopg.connect(as_role["owner"], autocommit=True) as owner:
        owner.execute(doc_block("grants").encode())
    for _ in range(2):  # the second push reads the fingerprints: the columns the role may read suffice
        code, output = frontdesk(home, "visits", "push", "--to", as_role["push"])
        assert code == 0, output
    assert "0 nye, 1 var der fra før" in output and "1 arrangementer: 0 nye, 1 var der fra før" in output
    for secret in ("category FROM frontdesk.visits", "participants FROM frontdesk.events"):
        with psycopg.connect(as_role["push"]) as pushing, pytest.raises(psycopg.errors.InsufficientPrivilege):
            pushing.execute(f"SELECT {secret}")
    code, output = frontdesk(tmp_path / "it", "report", "--month", "2026-10", "--source", as_role["read"],
                             "--format", "csv")
    assert code == 0 and "by_category;nav.meldekort;" in output, output
    with psycopg.connect(as_role["read"]) as reading:
        assert reading.execute("SELECT sum(visits) FROM frontdesk.report_outcome").fetchone() == (1,)
        assert reading.execute("SELECT events, participants, volunteer_hours FROM frontdesk.report_events"
                               ).fetchone() == (1, 9, 2)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reading.execute("INSERT INTO frontdesk.centres (municipality, name, name_key) VALUES ('0301', 'x', 'x')")


def test_row_level_security_shows_each_municipality_its_own(as_role: dict[str, str], tmp_path: Path) -> None:
    """The documented policy: Oslo's readers see Oslo's centres only, in the views too; counters still push."""
    assert frontdesk(tmp_path, "visits", "push", "--to", as_role["owner"], "--schema-only")[0] == 0
    with psycopg.connect(as_role["owner"], autocommit=True) as owner:
        owner.execute(doc_block("grants").encode())
        owner.execute(doc_block("municipalities").encode())
    molde = counter(tmp_path / "molde")
    oslo = counter(tmp_path / "oslo")
    with VisitStore.open(Config.from_env(oslo)) as store:
        store.settings.set("municipality", "0301")
        store.settings.set("centre_name", "Servicetorget Sentrum")
    for home in (molde, oslo, molde):
        code, output = frontdesk(home, "visits", "push", "--to", as_role["push"])
        assert code == 0, output
    base = os.environ["FRONTDESK_TEST_DSN"]
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute("CREATE ROLE kommune_0301 NOLOGIN")
        admin.execute("CREATE ROLE oslo_it LOGIN IN ROLE kommune_0301, frontdesk_read")
    try:
        with psycopg.connect(make_conninfo(base, user="oslo_it", dbname="frontdesk")) as oslo_it:
            for view in ("visit_facts", "report_outcome", "report_weekday_hour", "report_category",
                         "report_language_help", "event_facts", "report_events"):
                assert oslo_it.execute(f"SELECT DISTINCT municipality FROM frontdesk.{view}").fetchall() == [
                    ("0301",)], view
        with psycopg.connect(as_role["read"]) as nobodys:
            assert nobodys.execute("SELECT (SELECT count(*) FROM frontdesk.visit_facts), "
                                   "(SELECT count(*) FROM frontdesk.event_facts)").fetchone() == (0, 0)
        with psycopg.connect(as_role["owner"]) as owner:
            assert owner.execute("SELECT (SELECT count(*) FROM frontdesk.visits), "
                                 "(SELECT count(*) FROM frontdesk.events)").fetchone() == (2, 2)
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute("DROP ROLE oslo_it")
            admin.execute("DROP ROLE kommune_0301")
