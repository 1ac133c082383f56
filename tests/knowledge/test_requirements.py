"""What the citizen must bring, said once: the requires list and its section as one list, nothing lost."""

from __future__ import annotations

from pathlib import Path

from frontdesk.knowledge.loader import GuideFolder, load_guides
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.requirements import body_without_requirements, requirements_markdown
from tests.knowledge.guide_files import write_guide

BODY = """## Slik hjelper du
1. Logg inn.

## Dette trenger innbyggeren
- Elektronisk ID, for eksempel MinID eller BankID.
- Det gamle passet, også utløpt – det makuleres når nytt pass søkes.
- Tid nok – sett av litt tid.

Spør om hen har brevet fra {{kontor}}.

## Vanlige problemer
- Ingen.
"""


def guide(tmp_path: Path, requires: list[str] | None, body: str = BODY) -> Guide:
    write_guide(tmp_path, "pass-test", body=body, requires=requires,
                local={"kontor": {"kind": "text", "label": "Kontoret"}})
    result = load_guides([GuideFolder(tmp_path)], agencies={"nav"})
    assert result.errors == []
    return result.guides["pass-test"]


def test_the_section_adds_only_what_the_list_does_not_say(tmp_path: Path) -> None:
    found = guide(tmp_path, ["Elektronisk ID (MinID, BankID, Buypass ID eller Commfides)",
                             "Det gamle passet, også om det er utløpt", "Betalingskort – ikke Vipps"])
    assert requirements_markdown(found) == (
        "- Elektronisk ID (MinID, BankID, Buypass ID eller Commfides)\n"
        # says all the listed item says and more: shown in its place, once
        "- Det gamle passet, også utløpt – det makuleres når nytt pass søkes.\n"
        "- Betalingskort – ikke Vipps\n"
        "- Tid nok – sett av litt tid.\n\n"
        "Spør om hen har brevet fra {{kontor}}.")


def test_the_body_leaves_the_section_out(tmp_path: Path) -> None:
    body = body_without_requirements(guide(tmp_path, ["Elektronisk ID"]))
    assert "## Slik hjelper du" in body and "## Vanlige problemer" in body
    assert "Dette trenger innbyggeren" not in body and "Tid nok" not in body


def test_without_a_list_the_section_is_shown_whole(tmp_path: Path) -> None:
    markdown = requirements_markdown(guide(tmp_path, None))
    assert markdown.startswith("- Elektronisk ID, for eksempel MinID eller BankID.\n- Det gamle passet")


def test_without_a_section_the_list_is_shown_as_text(tmp_path: Path) -> None:
    found = guide(tmp_path, ["Kode *123* fra [brevet]"], body="## Slik hjelper du\n1. Logg inn.\n")
    assert requirements_markdown(found) == "- Kode \\*123\\* fra \\[brevet\\]"  # never read as Markdown
