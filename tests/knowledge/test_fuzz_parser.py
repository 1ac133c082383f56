"""Fuzzing the guide parser: any text or bytes, and mutated valid guides, give a guide or problems — never an
exception — and every problem points at a line inside the file."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from frontdesk.config import bundled_data_dir
from frontdesk.knowledge.agencies import AgencyRegistry
from frontdesk.knowledge.frontmatter import FrontMatterError, ParsedFile, parse_guide_text
from frontdesk.knowledge.model import Guide, Problem
from frontdesk.knowledge.validation import read_guide_file
from tests.knowledge.guide_files import BODY, front_matter

AGENCIES = AgencyRegistry.load(bundled_data_dir()).agencies
REAL_GUIDE = bundled_data_dir() / "guides" / "nav" / "nav-aap.md"
SYNTHETIC_GUIDE = "---\n" + yaml.safe_dump(front_matter("nav-aap"), allow_unicode=True, sort_keys=False) + \
    "---\n" + BODY
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Pieces that YAML and the fences give meaning to, so random text reaches the parser's deeper paths.
TOKENS = ["---", "\n", "\r\n", "\r", " ", "  ", "\t", ":", ": ", "- ", "id", "title", "tags", "reviewed",
          "sources", "url", "[", "]", "{", "}", ",", "'", '"', "&a ", "*a", "!!str ", "!!binary ", "!x ", "? ",
          "|", ">", "#", "%YAML 1.1", "\ufeff", "\x00", "\x85", "\u2028", "ø", "nav", "2026", "-", "11", "01",
          "https://nav.no", "null", "yes", "~", "<<: "]
yamlish = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=5)), max_size=60).map("".join)
fenced = st.builds(lambda head, body: f"---\n{head}\n---\n{body}", yamlish, st.text(max_size=40))


def last_line(text: str) -> int:
    """The last line a message may point at: one past the end, where missing text would go."""
    return max(len(text.splitlines()), text.count("\n")) + 1


def parse(text: str) -> ParsedFile | FrontMatterError:
    try:
        return parse_guide_text(text)
    except FrontMatterError as error:
        return error


def read(path: Path, data: bytes) -> tuple[Guide | None, list[Problem]]:
    path.write_bytes(data)
    return read_guide_file(path, agencies=AGENCIES)


def check_problems(data: bytes, guide: Guide | None, problems: list[Problem]) -> None:
    text = data.decode("utf-8", errors="replace")
    limit = max(last_line(text), data.count(b"\n") + 1)
    assert (guide is None) == bool(problems)  # a guide exactly when nothing is wrong
    for problem in problems:
        assert problem.line in range(1, limit + 1), (problem, limit)
        assert all(form.strip() for form in (problem.message.nb, problem.message.nn, problem.message.en))


def check_parsed(text: str, result: ParsedFile | FrontMatterError) -> None:
    limit = last_line(text.removeprefix("\ufeff"))
    if isinstance(result, FrontMatterError):
        assert result.line in range(1, limit + 1) and str(result).strip()
        return
    assert isinstance(result.data, dict)
    assert 2 < result.body_line <= limit
    assert all(2 <= line < result.body_line for line in result.key_lines.values()), result.key_lines


@FUZZ
@given(st.one_of(st.text(), yamlish, fenced))
@example("---\n---\n")
@example("---\nid: x\n---")
@example("---\na: &a [*a]\n---\nbody\n")
@example("---\na: " + "[" * 3000 + "]" * 3000 + "\n---\nbody\n")
def test_parse_guide_text_returns_a_file_or_a_front_matter_error_inside_the_file(text: str) -> None:
    check_parsed(text, parse(text))


@st.composite
def mutated(draw: st.DrawFn, original: str) -> str:
    """A valid guide after a few edits a person (or a bad merge, or a cut-off copy) could make."""
    lines = original.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        edit = draw(st.sampled_from(["insert", "delete", "replace", "digit", "duplicate", "drop", "swap", "cut"]))
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        if not lines:
            lines = [draw(yamlish)]
        elif edit == "insert":
            lines.insert(at, draw(st.one_of(yamlish, st.text(max_size=20))) + "\n")
        elif edit in ("delete", "replace"):
            line = lines[at]
            start = draw(st.integers(0, len(line)))
            end = draw(st.integers(start, min(len(line), start + 8)))
            new = draw(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4))) if edit == "replace" else ""
            lines[at] = line[:start] + new + line[end:]
        elif edit == "digit":  # a mistyped date, number or id
            rows = [row for row, line in enumerate(lines) if any(ch.isdigit() for ch in line)]
            if rows:
                row = draw(st.sampled_from(rows))
                col = draw(st.sampled_from([col for col, ch in enumerate(lines[row]) if ch.isdigit()]))
                lines[row] = lines[row][:col] + draw(st.sampled_from("0123456789")) + lines[row][col + 1:]
        elif edit == "duplicate":
            lines.insert(at, lines[at])
        elif edit == "drop":
            del lines[at]
        elif edit == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        else:  # a file cut off in the middle of a line
            lines = [*lines[:at], lines[at][: draw(st.integers(0, len(lines[at])))]]
    return "".join(lines)


def real_front_matter() -> str:
    """A bundled guide's front matter (block and flow lists, unquoted date) with a short body: edits land
    where the parser does its work rather than in 60 lines of Markdown."""
    text = REAL_GUIDE.read_text(encoding="utf-8")
    return text[: text.index("\n---\n", 4) + 5] + BODY


guides = st.sampled_from([SYNTHETIC_GUIDE, real_front_matter()])


@FUZZ
@given(guides.flatmap(mutated))
def test_a_mutated_guide_parses_or_gives_problems_on_lines_inside_the_file(tmp_path: Path, text: str) -> None:
    check_parsed(text, parse(text))
    data = text.encode("utf-8", errors="surrogatepass")
    guide, problems = read(tmp_path / "nav-aap.md", data)
    check_problems(data, guide, problems)


@FUZZ
@given(st.one_of(
    st.binary(max_size=300),
    st.text().map(lambda text: text.encode("utf-8", errors="surrogatepass")),
    guides.flatmap(lambda text: st.tuples(st.just(text.encode()), st.integers(0, len(text.encode())),
                                          st.binary(min_size=1, max_size=6)))
    .map(lambda parts: parts[0][: parts[1]] + parts[2] + parts[0][parts[1] + len(parts[2]):]),
))
@example(b"\xff\xfe---\n")
@example(b"---\nid: nav-aap\n\x00---\n")
@example(b"\xef\xbb\xbf---\nid: nav-aap\n---\nbody\n")
def test_read_guide_file_never_raises_on_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    guide, problems = read(tmp_path / "nav-aap.md", data)
    check_problems(data, guide, problems)


def test_the_unmutated_seeds_are_valid_guides(tmp_path: Path) -> None:
    # Otherwise the mutation test would only ever start from broken files.
    for text in (SYNTHETIC_GUIDE, real_front_matter()):
        guide, problems = read_guide_file(_write(tmp_path / "nav-aap.md", text), agencies=AGENCIES)
        assert problems == [] and guide is not None and guide.id == "nav-aap"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("value", ["2026-13-45", "2026-01-01 25:00:00", "2026-01-01T00:00:00+99:00", "9" * 5000])
def test_a_value_yaml_cannot_build_is_a_problem_not_an_exception(tmp_path: Path, value: str) -> None:
    path = _write(tmp_path / "nav-aap.md", SYNTHETIC_GUIDE.replace("reviewed: '2026-11-01'", f"reviewed: {value}"))
    assert f"reviewed: {value}" in path.read_text(encoding="utf-8")
    guide, problems = read_guide_file(path, agencies=AGENCIES)
    assert guide is None and [problem.line for problem in problems] == [9]  # the reviewed line
