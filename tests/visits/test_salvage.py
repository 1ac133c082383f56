"""Reading back the visits of a damaged log: past every damaged page, not only up to the first."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
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
    conn = sqlite3.connect(path)
    # Every page in the file itself, no WAL left: damage written to the file must be what any reader sees.
    conn.execute("PRAGMA journal_mode=DELETE")
    root = int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'visits'").fetchone()[0])
    conn.close()
    assert not path.with_name(path.name + "-wal").exists()
    data = bytearray(path.read_bytes())
    # The visits table's leaf pages, in rowid order. Not every leaf page of the file: the schema table has leaf
    # pages too once it outgrows its first page, and damage there makes the whole file unreadable.
    leaves = table_leaves(data, root)
    for index in pages:
        start = 4096 * (leaves[index] - 1)
        data[start + 8: start + 4096] = b"\xff" * (4096 - 8)  # the page header stays, its cells are gone
    path.write_bytes(bytes(data))
    return path, ids


def table_leaves(data: bytearray, page: int) -> list[int]:
    """The leaf pages (b-tree page type 13) under a table's b-tree ``page``, left to right (4096-byte pages)."""
    start = 4096 * (page - 1)
    header = start + (100 if page == 1 else 0)
    if data[header] == 13:
        return [page]
    assert data[header] == 5, "an interior table page"
    count = int.from_bytes(data[header + 3: header + 5])
    cells = [start + int.from_bytes(data[header + 12 + 2 * i: header + 14 + 2 * i]) for i in range(count)]
    children = [int.from_bytes(data[cell: cell + 4]) for cell in cells]
    children.append(int.from_bytes(data[header + 8: header + 12]))  # the right-most child
    return [leaf for child in children for leaf in table_leaves(data, child)]


def scan_until_first_error(path: Path) -> list[str]:
    """An ordinary scan, of a copy: closing a connection to the damaged file may checkpoint into it, and the
    salvage must read the file exactly as the damage left it."""
    found: list[str] = []
    copy = path.with_name("plain-" + path.name)
    for suffix in ("", "-wal"):
        if path.with_name(path.name + suffix).exists():
            shutil.copyfile(path.with_name(path.name + suffix), copy.with_name(copy.name + suffix))
    conn = sqlite3.connect(copy)
    try:
        for row in conn.execute("SELECT id FROM visits ORDER BY rowid"):
            found.append(row[0])
    except sqlite3.DatabaseError:
        pass
    finally:
        conn.close()
    return found


def test_every_readable_visit_comes_back_also_beyond_several_damaged_pages(tmp_path: Path,
                                                                          taxonomy: Taxonomy) -> None:
    path, ids = damaged_log(tmp_path, taxonomy, pages=[3, 10, 11, 20])
    plain = scan_until_first_error(path)
    conn = sqlite3.connect(path)
    salvaged = [row[0] for row in readable_rows(conn, "visits", VISIT_FIELDS)]
    conn.close()
    assert len(plain) < len(ids)  # an ordinary scan stops at the first damaged page
    assert len(set(salvaged)) == len(salvaged) and set(salvaged) <= set(ids)
    per_page = len(ids) // 20
    # What an ordinary scan reads before the damage comes back too; on the damaged page itself the two may
    # differ, since only the salvage has SQLite check each cell's size.
    assert set(plain[:-per_page]) <= set(salvaged)
    assert len(salvaged) >= len(ids) - 6 * per_page  # only the damaged pages' visits are missing
    assert ids[-1] in salvaged  # the scan got past the last damage, to the end


def test_visits_beyond_a_damaged_first_page_come_back(tmp_path: Path, taxonomy: Taxonomy) -> None:
    """The scan fails before it has read any row: the search for readable rows must start near the damage."""
    path, ids = damaged_log(tmp_path, taxonomy, pages=[0])
    conn = sqlite3.connect(path)
    salvaged = [row[0] for row in readable_rows(conn, "visits", VISIT_FIELDS)]
    conn.close()
    per_page = len(ids) // 20
    assert len(salvaged) >= len(ids) - 2 * per_page and ids[-1] in salvaged


def test_a_file_that_is_not_a_database_gives_nothing_and_no_error(tmp_path: Path) -> None:
    path = tmp_path / "visits.sqlite3"
    path.write_bytes(b"\x00garbage" * 500)
    conn = sqlite3.connect(path)
    assert list(readable_rows(conn, "visits", VISIT_FIELDS)) == []
    conn.close()


# Reads the damaged log at argv[1] and prints how many rows came back and how many are not visits written there.
READER = """
import sqlite3, sys
from frontdesk.visits.model import VISIT_FIELDS
from frontdesk.visits.salvage import readable_rows
rows = list(readable_rows(sqlite3.connect(sys.argv[1]), "visits", VISIT_FIELDS))
print(len(rows), sum(not str(row[0]).endswith("-0000-4000-8000-000000000000") for row in rows))
"""


def test_a_damaged_page_never_reads_as_rows_whatever_lies_next_to_it_in_memory(tmp_path: Path,
                                                                               taxonomy: Taxonomy) -> None:
    path, ids = damaged_log(tmp_path, taxonomy, pages=[3, 10, 11, 20])
    answers = set()
    for seed in range(1, 9):  # each hash seed lays the process's memory out differently
        done = subprocess.run([sys.executable, "-c", READER, str(path)], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)})
        answers.add(done.stdout.strip())
    assert len(answers) == 1
    read, strangers = (int(part) for part in answers.pop().split())
    assert strangers == 0 and len(ids) - 6 * (len(ids) // 20) <= read < len(ids)
