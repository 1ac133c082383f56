"""Build the Linux one-folder bundle with PyInstaller and use the built program, as IT would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(ROOT / "packaging" / "frontdesk.spec")],
        check=True, cwd=ROOT, timeout=900,
    )
    program = work / "dist" / "frontdesk" / "frontdesk"
    assert program.is_file()
    return program


def run(program: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FRONTDESK_HOME"}
    return subprocess.run([str(program), "--home", str(home), *args], capture_output=True, text=True, timeout=120,
                          env=env)


@pytest.mark.slow
def test_built_program_searches_the_bundled_guides(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle, tmp_path, "search", "bankid", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits and hits[0]["id"].startswith("bankid")


@pytest.mark.slow
def test_built_program_logs_a_visit_and_reports_it(bundle: Path, tmp_path: Path) -> None:
    added = run(bundle, tmp_path, "visit", "add", "nav.meldekort")
    assert added.returncode == 0, added.stderr
    report = run(bundle, tmp_path, "report", "--month", date.today().strftime("%Y-%m"), "--format", "json")
    assert report.returncode == 0, report.stderr
    data = json.loads(report.stdout)
    assert data["total"] == 1
    assert data["by_category"] == {"nav.meldekort": 1}


@pytest.mark.slow
def test_built_program_carries_translations_and_guides(bundle: Path) -> None:
    internal = bundle.parent / "_internal" / "frontdesk"
    assert (internal / "ui" / "translations" / "frontdesk_en.qm").is_file()
    assert len(list((internal / "data" / "guides").rglob("*.md"))) >= 80
