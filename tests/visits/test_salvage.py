"""Reading back the visits of a damaged log: past every damaged page, not only up to the first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from frontdesk.visits.model import VISIT_FIELDS
from frontdesk.visits.salvage import readable_rows
from frontdesk.visits.store import VisitStore
from frontdesk.visits.taxonomy import Taxonomy


def damaged_log(tmp_path: Path, taxonomy: Taxonomy, pages: list[int]) -> tuple[Path, list[str]]:
    path = tmp_path / "visits.sqlite3"
    with VisitStore(path, taxonomy) as store:
        store.db.conn.executemany(  # many visits, so the table spans many pages
            "INSERT INTO visits (id, station, date, hour, category) VALUES (?, 'skranke-1', '2026-10-05', 9, "
            "'login.minid')", [(f"{n:08d}-0000-4000-8000-000000000000",) for n in range(3000)])
        store.db.conn.commit()
        ids = [row[0] for row in store.db.execute("SELECT id FROM visits ORDER BY rowid")]
    data = bytearray(path.read_bytes())
    # Table leaf pages (b-tree page type 13), in file order; the visits table has nearly all of them.
    leaves = [n for n in range(1, len(data) // 4096) if data[4096 * n] == 13]
    for index in pages:
        start = 4096 * leaves[index]
        data[start + 8: start + 4096] = b"\xff" * (4096 - 8)  # the page header stays, its cells are gone
    path.write_bytes(bytes(data))
    return path, ids


def scan_until_first_error(conn: sqlite3.Connection) -> list[str]:
    found: list[str] = []
    try:
        for row in conn.execute("SELECT id FROM visits ORDER BY rowid"):
            found.append(row[0])
    except sqlite3.DatabaseError:
        pass
    return found


def test_every_readable_visit_comes_back_also_beyond_several_damaged_pages(tmp_path: Path,
                                                                          taxonomy: Taxonomy) -> None:
    path, ids = damaged_log(tmp_path, taxonomy, pages=[3, 10, 11, 20])
    conn = sqlite3.connect(path)
    plain = scan_until_first_error(conn)
    salvaged = [row[0] for row in readable_rows(conn, "visits", VISIT_FIELDS)]
    conn.close()
    assert len(plain) < len(ids)  # an ordinary scan stops at the first damaged page
    assert len(set(salvaged)) == len(salvaged) and set(salvaged) <= set(ids)
    assert set(plain) <= set(salvaged)
    per_page = len(ids) // 20
    assert len(salvaged) >= len(ids) - 6 * per_page  # only the damaged pages' visits are missing
    assert ids[-1] in salvaged  # the scan got past the last damage, to the end


def test_a_file_that_is_not_a_database_gives_nothing_and_no_error(tmp_path: Path) -> None:
    path = tmp_path / "visits.sqlite3"
    path.write_bytes(b"\x00garbage" * 500)
    conn = sqlite3.connect(path)
    assert list(readable_rows(conn, "visits", VISIT_FIELDS)) == []
    conn.close()
