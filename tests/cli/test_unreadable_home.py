"""A home folder the user may not read: every command says so (both languages, exit 2), never a traceback.

The home is the default one (platformdirs, under XDG_DATA_HOME here), as on a counter PC: no --home, whose
own check click makes. Run in a child process that file permissions apply to: as root (which CI uses) the
capabilities that override them are dropped with setpriv; as anyone else chmod alone does it.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

OVERRIDES = "-dac_override,-dac_read_search,-fowner"


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``frontdesk ARGS`` with the default home ``<XDG_DATA_HOME>/frontdesk`` (``home``)."""
    command = [sys.executable, "-m", "frontdesk", *args]
    env = {key: value for key, value in os.environ.items() if key != "FRONTDESK_HOME"}
    base = home.parent.parent
    env.update(XDG_DATA_HOME=str(home.parent), XDG_STATE_HOME=str(base / "state"), XDG_CACHE_HOME=str(base / "cache"))
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: file permissions can't be made to apply")
        command = [setpriv, "--bounding-set", OVERRIDES, "--", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, env=env,
                          cwd=base)


@contextmanager
def mode(folder: Path, bits: int) -> Iterator[None]:
    before = stat.S_IMODE(folder.stat().st_mode)
    folder.chmod(bits)
    try:
        yield
    finally:
        folder.chmod(before)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "data" / "frontdesk"
    added = run_cli(home, "visit", "add", "login.minid")
    assert added.returncode == 0, added.stderr
    return home


COMMANDS = [["visit", "add", "nav.meldekort"], ["visit", "undo"], ["search", "bank", "id"], ["guides", "list"],
            ["guides", "check"], ["report", "--month", "2026-10"], ["settings", "list"], ["categories"],
            ["visits", "export", "--month", "2026-10", "--out", "x.json"]]


@pytest.mark.parametrize("bits", [0o000, 0o444], ids=["no access", "listed but not looked into"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_home_that_may_not_be_read_is_a_message_not_a_traceback(home: Path, command: list[str],
                                                                  bits: int) -> None:
    with mode(home, bits):
        result = run_cli(home, *command)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert f"frontdesk har ikke lov til å lese mappen {home}" in result.stderr
    assert f"frontdesk har ikke lov til å lese mappen {home}" in result.stderr
