"""What needs no server: the centre's identity and settings through the privacy rules, connection strings that
would leak a password, a server that isn't there, and frontdesk without the server extra."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontdesk.central.connection import CentralError, connect, connection_options
from frontdesk.central.identity import Centre, centre
from frontdesk.cli import cli
from frontdesk.config import Config
from frontdesk.visits.store import VisitStore

PHONE = "912 34 567"


def invoke(home: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--home", str(home), *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


@pytest.mark.parametrize(("key", "value"), [("municipality", "0301"), ("municipality", ""),
                                            ("central_service", "frontdesk"), ("central_service", "oslo_sentral.2")])
def test_settings_that_name_the_centre_and_its_database(tmp_path: Path, key: str, value: str) -> None:
    code, output = invoke(tmp_path, "settings", "set", key, value)
    assert code == 0, output
    assert invoke(tmp_path, "settings", "get", key)[1].strip() == value


@pytest.mark.parametrize(("key", "value", "why"), [
    ("municipality", "12345678", "telefonnummer"), ("municipality", "47", "4 sifre"),
    ("municipality", "abcd", "4 sifre"), ("central_service", "kari", "personnavn"),
    ("central_service", "server med mellomrom", "pg_service.conf"),
    ("central_service", "host=db password=hemmelig", "pg_service.conf"),
])
def test_settings_refuse_what_the_privacy_rules_refuse(tmp_path: Path, key: str, value: str, why: str) -> None:
    code, output = invoke(tmp_path, "settings", "set", key, value)
    assert code != 0 and why in output and value not in output, output


def test_a_centre_needs_both_settings_and_clean_text() -> None:
    assert centre("0301", "  Servicetorget   Sentrum ") == Centre("0301", "Servicetorget Sentrum")
    with pytest.raises(CentralError, match="Sett «municipality» og «centre_name»") as missing:
        centre("", "")
    assert "Set 'municipality' and 'centre_name'" in missing.value.message("en")
    assert "Set «municipality» og «centre_name», til dømes" in missing.value.message("nn")
    with pytest.raises(CentralError, match="telefonnummer") as refused:
        centre("0301", f"Servicetorget, ring {PHONE}")
    assert "phone number" in refused.value.message("en")
    assert all(PHONE not in refused.value.message(language) for language in ("nb", "nn", "en"))
    assert Centre("0301", "Servicetorget  SENTRUM").key == Centre("0301", "servicetorget sentrum").key


@pytest.mark.parametrize("dsn", ["postgresql://it:hemmelig@db.kommune.no/frontdesk",
                                 "host=db.kommune.no password=hemmelig"])
def test_a_password_in_the_connection_string_is_refused_unread(dsn: str) -> None:
    with pytest.raises(CentralError, match="pgpass") as refused:
        connection_options(dsn)
    assert "hemmelig" not in str(refused.value)


def test_an_unreadable_connection_string_says_how_to_write_one() -> None:
    with pytest.raises(CentralError, match="service=NAVN") as refused:
        connection_options("db.kommune.no")
    assert "Write it as 'service=NAME'" in refused.value.message("en")


def test_a_server_that_is_not_there_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(CentralError, match="Får ikke kontakt med den sentrale databasen"):
        connect(f"host={tmp_path} dbname=frontdesk")
    with VisitStore.open(Config.from_env(tmp_path)) as store:
        store.settings.set("municipality", "0301")
        store.settings.set("centre_name", "Servicetorget")
        store.add("nav.meldekort", station="skranke-1", at=datetime(2026, 10, 5, 9))
    code, output = invoke(tmp_path, "visits", "push", "--to", f"host={tmp_path} dbname=frontdesk")
    assert code == 1 and "Får ikke kontakt med den sentrale databasen (host=" in output
    code, output = invoke(tmp_path, "report", "--month", "2026-10", "--source", f"host={tmp_path}", "--language",
                          "en")
    assert code == 1 and "Can't connect to the central database" in output


def test_push_says_what_is_missing(tmp_path: Path) -> None:
    code, output = invoke(tmp_path, "visits", "push")
    assert code == 2 and "--to service=NAVN, eller sett central_service" in output
    code, output = invoke(tmp_path, "visits", "push", "--to", "service=frontdesk")
    assert code == 1 and "frontdesk settings set municipality" in output
    code, output = invoke(tmp_path, "report", "--month", "2026-10", "--centre", "Biblioteket")
    assert code == 2 and "legg til --source DSN" in output


def test_without_the_server_extra_the_message_says_how_to_install_it(tmp_path: Path) -> None:
    """psycopg made unimportable, as on a PC where frontdesk was installed without [server]."""
    program = ("import sys; sys.modules['psycopg'] = None; from frontdesk.cli import main; "
               f"main(['--home', {str(tmp_path)!r}, 'visits', 'push', '--to', 'service=frontdesk'])")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert 'pip install "frontdesk[server]"' in done.stderr and "Traceback" not in done.stderr


def test_released_central_migrations_are_never_renamed_or_reordered() -> None:
    """Append-only, like the local log's: every central database ever made must stay upgradable."""
    from frontdesk.central.schema import MIGRATIONS

    released = ["0001_centres_and_visits", "0002_categories_and_labels", "0003_report_views",
                "0004_visit_questions", "0005_events", "0006_nynorsk_labels"]
    assert [name for name, _ in MIGRATIONS][:len(released)] == released
