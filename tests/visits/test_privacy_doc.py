"""docs/privacy.md lists exactly the columns the database really has, each with its rule, and every setting."""

from __future__ import annotations

import re
from pathlib import Path

from frontdesk.visits.settings import SPECS
from frontdesk.visits.store import VisitStore

PRIVACY_DOC = Path(__file__).resolve().parents[2] / "docs" / "privacy.md"
COLUMN_ROW = re.compile(r"^\| `(\w+\.\w+)` \|", flags=re.MULTILINE)


def documented_columns() -> set[str]:
    return set(COLUMN_ROW.findall(PRIVACY_DOC.read_text(encoding="utf-8")))


def test_every_stored_column_is_documented_and_nothing_else(store: VisitStore) -> None:
    real = {f"{table}.{column.name}" for table in store.db.table_names() for column in store.db[table].columns}
    assert documented_columns() == real


def test_each_documented_column_says_its_purpose_rule_and_retention() -> None:
    for line in PRIVACY_DOC.read_text(encoding="utf-8").splitlines():
        if COLUMN_ROW.match(line):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            assert len(cells) == 4 and all(cells), line


def test_every_setting_is_listed_with_its_rule() -> None:
    rows = re.findall(r"^\| `(\w+)` \| (.+) \|$", PRIVACY_DOC.read_text(encoding="utf-8"), flags=re.MULTILINE)
    assert set(SPECS) <= {key for key, rule in rows if rule.strip()}
