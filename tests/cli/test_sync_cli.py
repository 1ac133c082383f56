"""`frontdesk visits sync [--status [--json]]` and the import refusal, on real homes and a real shared folder."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path

from click.testing import CliRunner, Result

from frontdesk.cli import cli

WHEN = (datetime.now() - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")


def invoke(home: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--home", str(home), *args])


def counter(home: Path, station: str, share: Path, visits: int = 2) -> None:
    assert invoke(home, "settings", "set", "station", station).exit_code == 0
    assert invoke(home, "settings", "set", "sync_folder", str(share)).exit_code == 0
    for _ in range(visits):
        assert invoke(home, "visit", "add", "nav.meldekort", "--at", WHEN).exit_code == 0


def test_sync_makes_the_folder_once_exchanges_visits_and_reports_them(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    a, b = tmp_path / "a", tmp_path / "b"
    counter(a, "skranke-1", share)
    counter(b, "skranke-2", share)
    first = invoke(a, "visits", "sync")
    assert first.exit_code == 0, first.output
    assert f"Laget mappen {share / 'stations'}" in first.output
    assert "1 besøk venter til det ikke lenger kan angres" in first.output
    second = invoke(b, "visits", "sync")
    assert second.exit_code == 0 and "skranke-1: 1 lagt til" in second.output
    assert "Laget mappen" not in second.output
    status = invoke(b, "visits", "sync", "--status")
    assert status.exit_code == 0 and "skranke-1" in status.output and "(denne PC-en)" in status.output
    data = json.loads(invoke(b, "visits", "sync", "--status", "--json").output)
    assert data["station"] == "skranke-2" and data["sync_folder"] == str(share)
    assert [(s["station"], s["this_pc"], s["problem"]) for s in data["stations"]] == [
        ("skranke-2", True, None), ("skranke-1", False, None)]
    assert all(s["last_seen"] and s["last_seen"].endswith("Z") for s in data["stations"])


def test_sync_without_a_folder_or_with_a_missing_one_says_what_to_do(tmp_path: Path) -> None:
    home = tmp_path / "a"
    assert "visits      Export, import, sync, purge and push visits." in invoke(home, "--help").output
    unset = invoke(home, "visits", "sync")
    assert unset.exit_code == 2 and "frontdesk settings set sync_folder" in unset.output
    assert invoke(home, "settings", "set", "sync_folder", str(tmp_path / "gone")).exit_code == 0
    missing = invoke(home, "visits", "sync")
    assert missing.exit_code == 2 and "ikke tilgjengelig" in missing.output
    assert isinstance(missing.exception, SystemExit)  # a message, not a traceback
    status = invoke(home, "visits", "sync", "--status")
    assert status.exit_code == 0 and "Ingen skranker sett ennå" in status.output


def test_a_pc_with_this_pcs_name_is_refused_by_sync_and_by_import(tmp_path: Path) -> None:
    share = tmp_path / "share"
    (share / "stations").mkdir(parents=True)
    a, b = tmp_path / "a", tmp_path / "b"
    counter(a, "skranke-1", share)
    counter(b, "skranke-1", share)  # both kept the default
    assert invoke(a, "visits", "sync").exit_code == 0
    refused = invoke(b, "visits", "sync")
    assert refused.exit_code == 1
    assert "kaller seg «skranke-1»" in refused.output
    assert "frontdesk settings set station skranke-2" in refused.output
    status = json.loads(invoke(b, "visits", "sync", "--status", "--json").output)
    assert {(s["this_pc"], s["problem"], s["name_shared"]) for s in status["stations"]} == {
        (True, None, True), (False, "same_station", True)}
    out = tmp_path / "a.json"
    assert invoke(a, "visits", "export", "--month", WHEN[:7], "--out", str(out)).exit_code == 0
    imported = invoke(b, "visits", "import", str(out))
    assert imported.exit_code == 1 and "kaller seg «skranke-1»" in imported.output
    assert "Ingenting ble importert" in imported.output
    assert invoke(b, "settings", "set", "station", "skranke-2").exit_code == 0
    assert "skranke-1: 1 lagt til" in invoke(b, "visits", "sync").output  # a's last visit can still be undone
    assert "skranke-1: 1 lagt til, 1 fantes fra før" in invoke(b, "visits", "import", str(out)).output


def test_a_copied_data_folder_gets_its_own_install_id_on_request(tmp_path: Path) -> None:
    share = tmp_path / "share"
    (share / "stations").mkdir(parents=True)
    a, b = tmp_path / "a", tmp_path / "b"
    counter(a, "skranke-1", share)
    shutil.copytree(a, b)  # a disk image made after frontdesk was set up
    ids = [json.loads(invoke(home, "visits", "sync", "--status", "--json").output)["install"] for home in (a, b)]
    assert ids[0] == ids[1]
    renewed = invoke(b, "visits", "sync", "--new-install-id")
    assert renewed.exit_code == 0 and f"Installasjons-id {ids[0]} er byttet ut med" in renewed.output
    new = json.loads(invoke(b, "visits", "sync", "--status", "--json").output)["install"]
    assert new != ids[0] and len(new) == 36
    assert invoke(b, "settings", "set", "station", "skranke-2").exit_code == 0
    for _ in range(2):
        assert invoke(b, "visit", "add", "login.minid", "--at", WHEN).exit_code == 0
    assert invoke(b, "visits", "sync").exit_code == 0
    # b's first new visit (its last one waits), and the copied visits a has already
    assert "skranke-2: 1 lagt til" in invoke(a, "visits", "sync").output
    assert sorted(p.name for p in (share / "stations").iterdir()) == sorted([ids[0], new])


def test_sync_exchanges_events_too_and_says_which_one_waits(tmp_path: Path) -> None:
    share = tmp_path / "share"
    (share / "stations").mkdir(parents=True)
    a, b = tmp_path / "a", tmp_path / "b"
    counter(a, "skranke-1", share, visits=0)
    counter(b, "skranke-2", share, visits=0)
    day = WHEN[:10]
    for participants in ("8", "5"):  # only the last one can still be undone
        assert invoke(a, "event", "add", "grunnkurs", "--date", day, "--participants", participants).exit_code == 0
    first = invoke(a, "visits", "sync")
    assert first.exit_code == 0, first.output
    assert "Skrev 1 månedsfil; 1 arrangement venter til det ikke lenger kan angres" in first.output
    second = invoke(b, "visits", "sync")
    assert second.exit_code == 0 and "skranke-1: 0 lagt til; arrangementer: 1 lagt til" in second.output
