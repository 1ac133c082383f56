"""Split a guide file into YAML front matter and Markdown body, keeping line numbers for messages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from frontdesk.knowledge import problem_texts as says
from frontdesk.knowledge.model import Problem
from frontdesk.knowledge.problem_texts import ProblemText

try:  # The C loader is several times faster; fall back quietly where libyaml is missing.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

FENCE = "---"


class FrontMatterError(ValueError):
    """The file's front matter can't be read. ``line`` is 1-based in the whole file; ``str()`` is bokmål."""

    def __init__(self, line: int, text: ProblemText, **values: str) -> None:
        super().__init__(text.text.fill("nb", **values))
        self.line = line
        self.text = text
        self.values = values

    def problem(self, path: Path) -> Problem:
        """The error as a problem of the file at ``path``, in every language."""
        return self.text.at(path, self.line, **self.values)


@dataclass(frozen=True)
class ParsedFile:
    data: dict[str, Any]
    key_lines: dict[str, int]  # 1-based file line of each top-level key
    body: str
    body_line: int  # 1-based file line where the body starts


def parse_guide_text(text: str) -> ParsedFile:
    """Parse ``---\\n<yaml>\\n---\\n<markdown>``. Raises :class:`FrontMatterError` with a line number."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != FENCE:
        raise FrontMatterError(1, says.NO_OPENING_FENCE)
    closing = next((i for i in range(1, len(lines)) if lines[i].rstrip("\r\n").rstrip() == FENCE), None)
    if closing is None:
        raise FrontMatterError(1, says.UNCLOSED_FRONT_MATTER)
    yaml_text = "".join(lines[1:closing])
    first_yaml_line = 2
    node: yaml.Node | None = None
    try:
        node = yaml.compose(yaml_text, Loader=_Loader)
        data = yaml.load(yaml_text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_yaml_line + (mark.line if mark is not None else 0)
        raise FrontMatterError(line, says.YAML_ERROR, detail=str(exc.problem or exc)) from None
    except yaml.YAMLError as exc:
        raise FrontMatterError(first_yaml_line, says.YAML_ERROR, detail=str(exc)) from None
    except (ValueError, OverflowError) as exc:
        # PyYAML's constructors raise plain errors for values they recognise but can't build, such as the
        # date 2026-13-45 or a number too long to convert; point at the key whose value it is.
        raise FrontMatterError(_line_of_bad_value(node, first_yaml_line), says.UNREADABLE_VALUE,
                               detail=str(exc)) from None
    if data is None:
        raise FrontMatterError(first_yaml_line, says.EMPTY_FRONT_MATTER)
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise FrontMatterError(first_yaml_line, says.FRONT_MATTER_NOT_MAPPING)
    key_lines: dict[str, int] = {}
    for key_node, _value_node in node.value:
        key_lines[str(key_node.value)] = first_yaml_line + key_node.start_mark.line
    body = "".join(lines[closing + 1 :])
    return ParsedFile(data=data, key_lines=key_lines, body=body, body_line=closing + 2)


def _line_of_bad_value(node: yaml.Node | None, first_yaml_line: int) -> int:
    """The first top-level key whose scalar value PyYAML fails to construct on its own."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            try:
                yaml.load(yaml.serialize(value_node), Loader=_Loader)
            except (ValueError, OverflowError, yaml.YAMLError):
                return first_yaml_line + int(key_node.start_mark.line)
    return first_yaml_line
