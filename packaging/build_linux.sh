#!/usr/bin/env bash
# Build the Linux one-folder bundle into dist/frontdesk/ and check that it runs.
#   bash packaging/build_linux.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q "pyinstaller>=6.5"
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/frontdesk.spec
home=$(mktemp -d)
dist/frontdesk/frontdesk --home "$home" search bankid --json >/dev/null
echo "Built dist/frontdesk/ (run dist/frontdesk/frontdesk)."
echo "Desktop entry: install packaging/linux/frontdesk.desktop to ~/.local/share/applications and"
echo "packaging/linux/frontdesk.png to ~/.local/share/icons/hicolor/256x256/apps/."
