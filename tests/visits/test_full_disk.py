"""A really full disk (a small tmpfs, mounted in a private mount namespace): the message says the disk is
full, commands that only read still work, and nothing half-written is left behind."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

# Runs inside the namespace, on the full disk: logs a visit, fills the disk, then tries each command.
DRIVER = textwrap.dedent("""
    import json, subprocess, sys
    from pathlib import Path
    disk = Path(sys.argv[1])
    home, month = disk / "home", sys.argv[2]

    def frontdesk(*args):
        done = subprocess.run([sys.executable, "-m", "frontdesk", "--home", str(home), *args],
                              capture_output=True, text=True, timeout=120)
        return {"code": done.returncode, "out": done.stdout, "err": done.stderr}

    first = frontdesk("visit", "add", "login.minid")
    try:
        with open(disk / "filler", "wb") as filler:
            while True:
                filler.write(b"x" * 4096)
                filler.flush()
    except OSError:
        pass
    results = {"first": first, "add": frontdesk("visit", "add", "nav.meldekort"),
               "list": frontdesk("settings", "list"), "report": frontdesk("report", "--month", month),
               "export": frontdesk("visits", "export", "--month", month, "--out", str(disk / "out.json"))}
    results["left"] = sorted(p.name for p in disk.iterdir())
    print(json.dumps(results))
""")


def on_a_full_disk(tmp_path: Path, megabytes: int = 2) -> dict[str, object]:
    """Run DRIVER with its disk a fresh tmpfs: as root in a new mount namespace, else in a user namespace."""
    unshare = shutil.which("unshare")
    if unshare is None or sys.platform != "linux":
        pytest.skip("needs Linux's unshare to mount a small disk of its own")
    disk = tmp_path / "disk"
    disk.mkdir()
    namespace = [unshare, "--mount"] if os.geteuid() == 0 else [unshare, "--mount", "--map-root-user"]
    script = f'mount -t tmpfs -o size={megabytes}m tmpfs "$1" && exec "$2" -c "$3" "$1" "$4"'
    done = subprocess.run([*namespace, "sh", "-c", script, "sh", str(disk), sys.executable, DRIVER,
                           date.today().isoformat()[:7]], capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0 and "mount" in done.stderr:
        pytest.skip(f"no private mount namespace here: {done.stderr.strip()[:200]}")
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_full_disk_says_so_and_reading_still_works(tmp_path: Path) -> None:
    results = on_a_full_disk(tmp_path)
    first, add, listed, report, export = (results[k] for k in ("first", "add", "list", "report", "export"))
    assert isinstance(first, dict) and first["code"] == 0, first
    assert isinstance(add, dict) and add["code"] == 2, add
    assert "disken er full" in add["err"] and "Ingenting ble lagret" in add["err"], add["err"]
    assert "lese- eller skrivefeil" not in add["err"]
    assert isinstance(listed, dict) and listed["code"] == 0 and "retention_months" in listed["out"], listed
    assert isinstance(report, dict) and report["code"] == 0, report
    assert isinstance(export, dict) and export["code"] == 2 and "disken er full" in export["err"], export
    assert results["left"] == ["filler", "home"]  # no out.json, no out.json.partial
