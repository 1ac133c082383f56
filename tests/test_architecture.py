"""Qt stays in ui/ and app.py: the core and the CLI must run (and start fast) without it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "frontdesk"
QT_MODULES = ("PySide6", "shiboken6")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_qt_import_outside_ui_and_app() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC)
        if relative.parts[0] == "ui" or relative == Path("app.py"):
            continue
        qt = [m for m in _imported_modules(path) if m.split(".")[0] in QT_MODULES]
        if qt:
            offenders.append(f"{relative}: {', '.join(sorted(qt))}")
    assert offenders == []


def test_core_and_cli_import_without_loading_qt() -> None:
    modules = sorted(
        ".".join(("frontdesk", *p.relative_to(SRC).with_suffix("").parts))
        for p in SRC.rglob("*.py")
        if p.relative_to(SRC).parts[0] != "ui" and p.name not in {"app.py", "__main__.py"}
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_knowledge_base_and_the_visit_log_do_not_import_each_other() -> None:
    """Each is composed with the other only in app.py and the CLI commands (the visit log gets the agency ids)."""
    offenders = []
    for package, other in (("knowledge", "visits"), ("visits", "knowledge")):
        for path in sorted((SRC / package).rglob("*.py")):
            crossing = [m for m in _imported_modules(path) if m.startswith(f"frontdesk.{other}")]
            if crossing:
                offenders.append(f"{path.relative_to(SRC)}: {', '.join(sorted(crossing))}")
    assert offenders == []
