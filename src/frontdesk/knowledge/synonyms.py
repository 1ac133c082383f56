"""Synonyms, abbreviations, old names, nynorsk and English words, and stop words for search.

The table is data (``data/synonyms.yaml``, its format is documented at the top of that file). Keys and
alternatives are normalised with the same rules as guide text, so "Tax return", "tax-return" and "tax  return"
are one key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import yaml

from frontdesk.knowledge.text import split_words

# libyaml's C loader is several times faster; the pure-Python one is the fallback where it is missing.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Phrase = tuple[str, ...]


class SynonymTable:
    def __init__(
        self,
        synonyms: Mapping[str, Iterable[str]] | None = None,
        groups: Iterable[Iterable[str]] = (),
        stopwords: Iterable[str] = (),
    ) -> None:
        self._table: dict[Phrase, list[Phrase]] = {}
        for key, alternatives in (synonyms or {}).items():
            for alternative in alternatives:
                self._add(key, alternative)
        for group in groups:
            members = list(group)
            for key in members:
                for alternative in members:
                    self._add(key, alternative)
        self._stopwords = frozenset(w for s in stopwords for w in split_words(s))
        self.max_key_words = max((len(k) for k in self._table), default=0)

    def _add(self, key: str, alternative: str) -> None:
        key_words, alt_words = tuple(split_words(key)), tuple(split_words(alternative))
        if not key_words or not alt_words or key_words == alt_words:
            return
        known = self._table.setdefault(key_words, [])
        if alt_words not in known:
            known.append(alt_words)

    @classmethod
    def load(cls, path: Path) -> SynonymTable:
        """Read the YAML file; a missing file gives an empty table (search still works, just less forgiving).

        Raises ValueError naming the file when its structure is wrong, so a bad edit is caught by the tests
        and by ``frontdesk search`` rather than silently ignored.
        """
        if not path.is_file():
            return cls()
        try:
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
            raise ValueError(f"{path}: cannot read synonyms: {error}") from error
        if not isinstance(raw, dict):
            raise ValueError(f"{path}: expected a mapping with 'synonyms', 'groups' and 'stopwords'")
        synonyms = raw.get("synonyms") or {}
        groups = raw.get("groups") or []
        stopwords = raw.get("stopwords") or []
        if not isinstance(synonyms, dict) or not isinstance(groups, list) or not isinstance(stopwords, list):
            raise ValueError(f"{path}: 'synonyms' must be a mapping, 'groups' and 'stopwords' lists")
        table: dict[str, list[str]] = {}
        for key, value in synonyms.items():
            values = value if isinstance(value, list) else [value]
            table[str(key)] = [str(v) for v in values]
        clean_groups = []
        for group in groups:
            if not isinstance(group, list):
                raise ValueError(f"{path}: every entry of 'groups' must be a list, not {group!r}")
            clean_groups.append([str(g) for g in group])
        return cls(table, clean_groups, [str(s) for s in stopwords])

    def spans(self, words: Sequence[str]) -> list[tuple[int, int, list[Phrase]]]:
        """Every (start, end, alternatives) where ``words[start:end]`` is a key, longest keys first."""
        found: list[tuple[int, int, list[Phrase]]] = []
        for size in range(min(self.max_key_words, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                alternatives = self._table.get(tuple(words[start:start + size]))
                if alternatives:
                    found.append((start, start + size, list(alternatives)))
        return found

    def is_stopword(self, word: str) -> bool:
        return word in self._stopwords
