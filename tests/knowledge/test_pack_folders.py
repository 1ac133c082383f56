"""Installed packs on disk: the loader follows each pack's pointer, an import killed at any step leaves the old
version or the new one in use (never neither), and the next start removes what the kill left behind."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from frontdesk.knowledge import pack_folders
from frontdesk.knowledge.pack_folders import clean_at_start, installed_pack, installed_pack_folders
from frontdesk.knowledge.pack_import import install_pack
from frontdesk.knowledge.packs import generate_key, load_trusted_keys
from tests.conftest import REPO_ROOT
from tests.knowledge.guide_files import write_guide
from tests.knowledge.pack_files import AGENCIES, guide_contents, make_pack

# Kills itself at the Nth change to the packs folder (a file opened for writing, a folder made, a rename or a
# removal), found with an audit hook: every step of an install, without the code knowing it is tested.
KILLED_INSTALL = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    packs, pack, trusted, kill_at = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    root, steps = os.path.realpath(packs), 0

    def inside(path):
        return isinstance(path, (str, bytes, os.PathLike)) and os.path.realpath(os.fsdecode(path)).startswith(root)

    def step(event, args):
        global steps
        if event == "open":
            path, mode, flags = args
            changes = (mode is not None and any(c in mode for c in "wax+")) or (
                mode is None and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))
            changes = changes and inside(path)
        elif event in ("os.mkdir", "os.rename", "os.remove", "os.rmdir"):
            changes = args[-1] is not None or inside(args[0])  # with a dir_fd: removing a tree inside packs
        else:
            return
        if changes:
            steps += 1
            if steps == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)

    from frontdesk.knowledge.pack_import import install_pack
    from frontdesk.knowledge.packs import load_trusted_keys
    keys = load_trusted_keys([trusted])
    sys.addaudithook(step)
    install_pack(pack, Path(packs), keys, agencies={"nav", "kommune"})
    print("installed after", steps, "steps")
""")


@pytest.fixture
def signer(tmp_path: Path) -> tuple[Path, Path]:
    key = tmp_path / "signing.key"
    (tmp_path / "trusted.txt").write_text(generate_key(key) + "\n", encoding="utf-8")
    return key, tmp_path / "trusted.txt"


def _tree(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def _is_clean(packs: Path) -> bool:
    """Only the lock and, per pack, its pointer and the folder it names (or an earlier frontdesk's plain
    folder)."""
    pack_dirs = [p for p in packs.iterdir() if p.name != ".lock"]
    return all(p.is_dir() and not p.name.startswith(".") for p in pack_dirs) and all(
        sorted(e.name for e in p.iterdir()) == sorted(["current.json", installed_pack(packs, p.name).folder.name])
        if (p / "current.json").exists() else not any(e.name.startswith(".") for e in p.iterdir())
        for p in pack_dirs)


@pytest.mark.slow
@pytest.mark.parametrize("before", ["first install", "earlier version", "earlier frontdesk's layout"])
def test_an_import_killed_at_any_step_leaves_the_old_or_the_new_version(
        tmp_path: Path, signer: tuple[Path, Path], before: str) -> None:
    key, trusted = signer
    pristine = tmp_path / "pristine"
    if before == "earlier version":
        install_pack(make_pack(tmp_path, key, ["a-guide", "b-guide"]), pristine, load_trusted_keys([trusted]),
                     agencies=AGENCIES)
    elif before == "earlier frontdesk's layout":
        for guide_id in ("a-guide", "b-guide"):
            write_guide(pristine / "kommunen" / "nav", guide_id)
    else:
        pristine.mkdir()
    old = guide_contents(installed_pack_folders(pristine))
    new_pack = make_pack(tmp_path, key, ["a-guide", "c-guide"], version="2")
    install_pack(new_pack, tmp_path / "scratch", load_trusted_keys([trusted]), agencies=AGENCIES)
    new = guide_contents(installed_pack_folders(tmp_path / "scratch"))
    assert old != new
    packs = tmp_path / "packs"
    seen: list[str] = []
    for kill_at in range(1, 200):
        shutil.rmtree(packs, ignore_errors=True)
        shutil.copytree(pristine, packs)
        run = subprocess.run([sys.executable, "-c", KILLED_INSTALL, str(packs), str(new_pack), str(trusted),
                              str(kill_at)], capture_output=True, text=True, cwd=REPO_ROOT,
                             env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}, check=False)
        if run.returncode == 0:
            break
        assert run.returncode == -9, run.stderr
        state = guide_contents(installed_pack_folders(packs))
        assert state in (old, new), (kill_at, _tree(packs))
        now = "old" if state == old else "new"
        assert not (seen and seen[-1] == "new" and now == "old"), f"back to the old version at step {kill_at}"
        seen.append(now)
        # The next start removes the leftovers and changes nothing else.
        clean_at_start(packs)
        assert guide_contents(installed_pack_folders(packs)) == state and _is_clean(packs), (kill_at, _tree(packs))
        # And the import works as if nothing had happened.
        install_pack(new_pack, packs, load_trusted_keys([trusted]), agencies=AGENCIES)
        assert guide_contents(installed_pack_folders(packs)) == new and _is_clean(packs)
    else:
        pytest.fail("the install never finished")
    assert f"installed after {kill_at - 1} steps" in run.stdout
    assert kill_at > 8 and "old" in seen and "new" in seen  # the kills did land all through the install


def test_the_next_start_removes_leftovers_and_brings_back_a_pack_an_earlier_frontdesk_lost(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    # An earlier frontdesk killed between its two renames: the pack only under its retired name.
    write_guide(packs / f".retired-kommunen-{'a' * 32}" / "nav", "a-guide")
    write_guide(packs / f".incoming-kommunen-{'b' * 32}" / "nav", "a-guide", title="Ny")
    # ... and killed while removing the retired copy of another pack.
    write_guide(packs / "fylket" / "nav", "f-guide")
    write_guide(packs / f".retired-fylket-{'c' * 32}" / "nav", "f-guide")
    # This frontdesk killed before its pointer was written, on a first install and on an update.
    write_guide(packs / "ny" / ".v1-0123456789ab" / "nav", "n-guide")
    (packs / "ny" / ".current.json.0123456789ab.tmp").write_text("{", encoding="utf-8")
    write_guide(packs / "fylket" / ".v2-0123456789ab" / "nav", "f-guide", title="Ikke i bruk")
    clean_at_start(packs)
    assert _tree(packs) == [".lock", "fylket", "fylket/nav", "fylket/nav/f-guide.md",
                            "kommunen", "kommunen/nav", "kommunen/nav/a-guide.md"]


def test_no_leftover_is_touched_while_an_import_runs(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    staged = write_guide(packs / "kommunen" / ".v2-0123456789ab" / "nav", "a-guide")
    with pack_folders.locked(packs):  # an import in another process, as far as the lock can tell
        clean_at_start(packs)
        assert staged.is_file()
    clean_at_start(packs)
    assert not (packs / "kommunen").exists()


def test_the_loader_follows_pointers_and_skips_a_damaged_one(tmp_path: Path, signer: tuple[Path, Path],
                                                            caplog: pytest.LogCaptureFixture) -> None:
    key, trusted = signer
    packs = tmp_path / "packs"
    install_pack(make_pack(tmp_path, key, ["a-guide"], name="b-pakke"), packs, load_trusted_keys([trusted]),
                 agencies=AGENCIES)
    write_guide(packs / "a-gammel" / "nav", "old-guide")  # an earlier frontdesk's layout
    write_guide(packs / ".skjult" / "nav", "hidden-guide")
    (packs / "c-skadet").mkdir()
    (packs / "c-skadet" / "current.json").write_text('{"folder": "../../etc"}', encoding="utf-8")
    write_guide(packs / "d-skadet" / ".v1-0123456789ab" / "nav", "d-guide")
    (packs / "d-skadet" / "current.json").write_text(
        '{"folder": ".v1-0123456789ab", "version": "1.x", "created": "2026-11-01"}', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        folders = installed_pack_folders(packs)
    assert [f.relative_to(packs).parts[0] for f in folders] == ["a-gammel", "b-pakke"]
    assert folders[1].name.startswith(".v1-") and set(guide_contents(folders)) == {"old-guide", "a-guide"}
    assert "guide pack c-skadet is left out" in caplog.text and "guide pack d-skadet is left out" in caplog.text
    clean_at_start(packs)  # a damaged pointer is left for the next import to put right
    assert (packs / "c-skadet" / "current.json").is_file()
    install_pack(make_pack(tmp_path, key, ["c-guide"], name="c-skadet"), packs, load_trusted_keys([trusted]),
                 agencies=AGENCIES)
    assert set(guide_contents(installed_pack_folders(packs))) == {"old-guide", "a-guide", "c-guide"}


def test_starting_with_a_read_only_or_missing_packs_folder_is_fine(tmp_path: Path) -> None:
    clean_at_start(tmp_path / "missing")
    assert not (tmp_path / "missing").exists()
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    clean_at_start(blocker)  # not a folder: nothing to do, and no error
    assert blocker.read_bytes() == b""
