"""`frontdesk visits push` and `frontdesk report --source` through the real entry point and a real server."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontdesk.cli import cli
from frontdesk.config import Config
from frontdesk.visits.store import VisitStore

pytestmark = pytest.mark.postgres


def invoke(home: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--home", str(home), *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def counter(home: Path, station: str, visits: list[tuple[str, datetime]]) -> Path:
    with VisitStore.open(Config.from_env(home)) as store:
        store.settings.set("municipality", "3201")
        store.settings.set("centre_name", "Servicetorget Bærum")
        for category, moment in visits:
            store.add(category, station=station, channel="in_person", outcome="solved", at=moment)
    return home


@pytest.fixture
def home(tmp_path: Path) -> Path:
    pc = counter(tmp_path / "pc1", "skranke-1", [
        ("nav.meldekort", datetime(2026, 10, 5, 9)), ("nav.meldekort", datetime(2026, 10, 6, 10)),
        ("login.minid", datetime(2026, 10, 8, 14)), ("digital.passord", datetime(2026, 9, 20, 11))])
    with VisitStore.open(Config.from_env(pc)) as store:
        store.events.add("grunnkurs", station="skranke-1", on=date(2026, 10, 9), participants=7, hours=2,
                         volunteers=2, volunteer_hours=3.5, hour=10, now=datetime(2026, 10, 9, 20))
    return pc


def test_push_twice_adds_nothing_and_the_last_visit_waits_for_its_undo_time(home: Path, dsn: str) -> None:
    code, output = invoke(home, "visits", "push", "--to", dsn)
    assert code == 0, output
    assert "3 besøk fra Servicetorget Bærum (3201) sendt til" in output and "3 nye, 0 var der fra før" in output
    assert "1 arrangementer: 1 nye, 0 var der fra før." in output
    assert "1 besøk logget de siste 10 minuttene kan fortsatt angres" in output
    assert invoke(home, "settings", "set", "language", "nn")[0] == 0  # the command speaks the language setting
    code, output = invoke(home, "visits", "push", "--to", dsn)
    assert (code, "0 nye, 3 var der frå før" in output, "1 besøk logga dei siste 10 minutta" in output) == (
        0, True, True)


def test_the_central_service_setting_names_a_pg_service_conf_section(
        home: Path, dsn: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    options = dict(part.split("=", 1) for part in dsn.split())
    services = tmp_path / "pg_service.conf"
    services.write_text("[frontdesk]\n" + "".join(f"{k}={v}\n" for k, v in options.items()), encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    assert invoke(home, "settings", "set", "central_service", "frontdesk")[0] == 0
    code, output = invoke(home, "visits", "push")
    assert code == 0 and "sendt til service=frontdesk: 3 nye" in output, output


def test_report_from_the_central_database_is_the_local_report(home: Path, dsn: str, tmp_path: Path) -> None:
    with VisitStore.open(Config.from_env(home)) as store:  # undo what can be undone: every visit goes now
        store.undo_last("skranke-1")
    assert invoke(home, "visits", "push", "--to", dsn)[0] == 0
    local_code, local = invoke(home, "report", "--month", "2026-10", "--format", "json")
    central_code, central = invoke(tmp_path / "it-dept", "report", "--month", "2026-10", "--format", "json",
                                   "--source", dsn, "--centre", "servicetorget bærum")
    assert (local_code, central_code) == (0, 0), central
    assert json.loads(central) == json.loads(local)
    assert json.loads(central)["events"]["volunteer_hours"] == 3.5


def test_central_report_labels_follow_this_pcs_language_setting(home: Path, dsn: str, tmp_path: Path) -> None:
    with VisitStore.open(Config.from_env(home)) as store:
        store.undo_last("skranke-1")
        store.settings.set("language", "en")
    assert invoke(home, "visits", "push", "--to", dsn)[0] == 0
    code, central = invoke(home, "report", "--month", "2026-10", "--source", dsn)
    assert code == 0 and "Category" in central and "Kategori" not in central, central
    assert central == invoke(home, "report", "--month", "2026-10")[1]  # the local report, word for word
    assert invoke(home, "settings", "set", "language", "nn")[0] == 0
    code, central = invoke(home, "report", "--month", "2026-10", "--source", dsn, "--format", "csv")
    assert code == 0 and "Førre periode" in central, central  # nynorsk: "Forrige periode" in bokmål
    assert central == invoke(home, "report", "--month", "2026-10", "--format", "csv")[1]
    code, elsewhere = invoke(tmp_path / "it-dept", "report", "--month", "2026-10", "--source", dsn)
    assert code == 0 and "Kategori" in elsewhere  # a PC with no log of its own: bokmål, the setting's default
    assert "Category" in invoke(tmp_path / "it-dept", "report", "--month", "2026-10", "--source", dsn,
                                "--language", "en")[1]


def test_report_over_several_centres_and_its_mistakes(home: Path, dsn: str, tmp_path: Path) -> None:
    other = counter(tmp_path / "pc2", "skranke-1", [("nav.meldekort", datetime(2026, 10, 7, 9))] * 2)
    with VisitStore.open(Config.from_env(other)) as store:
        store.settings.set("centre_name", "Biblioteket")
    for pc in (home, other):
        assert invoke(pc, "visits", "push", "--to", dsn)[0] == 0
    code, output = invoke(tmp_path, "report", "--month", "2026-10", "--source", dsn, "--municipality", "3201",
                          "--format", "csv")
    assert code == 0
    # Each centre's last visit is still in its undo time: it stays home.
    assert "by_station;Servicetorget Bærum: skranke-1;Servicetorget Bærum: skranke-1;3;0" in output
    assert "by_station;Biblioteket: skranke-1;Biblioteket: skranke-1;1;0" in output
    assert invoke(tmp_path, "report", "--month", "2026-10", "--source", dsn, "--centre", "Rådhuset")[0] == 1
    assert invoke(tmp_path, "report", "--month", "2026-10", "--source", dsn, "--template",
                  "digital-deltakelse")[0] == 2
