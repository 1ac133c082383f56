"""docs/privacy.md lists exactly the columns the database really has."""

from __future__ import annotations

import re
from pathlib import Path

from frontdesk.visits.store import VisitStore

PRIVACY_DOC = Path(__file__).resolve().parents[2] / "docs" / "privacy.md"


def documented_columns() -> set[str]:
    text = PRIVACY_DOC.read_text(encoding="utf-8")
    return set(re.findall(r"^\| `(\w+\.\w+)` \|", text, flags=re.MULTILINE))


def test_every_stored_column_is_documented_and_nothing_else(store: VisitStore) -> None:
    real = {f"{table}.{column.name}" for table in store.db.table_names() for column in store.db[table].columns}
    assert documented_columns() == real


def test_each_documented_column_says_its_purpose_and_retention() -> None:
    for line in PRIVACY_DOC.read_text(encoding="utf-8").splitlines():
        if re.match(r"^\| `\w+\.\w+` \|", line):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            assert len(cells) == 3 and all(cells), line
