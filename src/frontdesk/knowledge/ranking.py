"""How a query is ranked: every weight and rule of frontdesk's search, in this one module.

A guide's score is the sum, over the query's words, of how well it matches each word, times
:data:`WHOLE_TAG_BONUS` when the whole query is one of its names. Guides are sorted by score, ties in guide order.

- **A term's weight in a guide** (:func:`term_weight`) is computed once, when the index is built.
  A word that names the guide (in its title or a tag, :func:`guide_names`) counts :data:`NAME_WEIGHT` times a
  word of its text (:func:`guide_text`). The sum saturates (:data:`K1`): a guide that says a word ten times
  is not ten times about it.
- **A query word** stands for several terms (:mod:`frontdesk.knowledge.query`): as typed, without æøå,
  inflected, completed while typed, its synonyms, a title or tag phrase it makes with its neighbour, a compound
  typed apart or together, or within a few typos. A guide scores by its best term, times the idf of the word's
  most common term, so a rare completion or misspelling cannot outscore the word itself; a phrase counts as
  common as its rarer word (:func:`_holding`). Every kind counts alike: a synonym stands for the word as fully
  as the word. Several words standing for one query word (a synonym of two words, a compound's parts) score
  the mean of their scores.
- **The whole query** as one of a guide's names: "skattekort" is the guide named so, before every guide that
  only mentions it. Compared as words are: without æøå ("forerkort"), a word no guide has as its nearest
  spelling ("helsnorge"), and without its stop words ("har ikke bankid" is the name "ikke bankid").

Each constant here is needed by a test on the real guides (tests/knowledge/test_search_ranking.py names the
queries that suffer without it); rules that no such test needed are gone (docs/performance.md).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

from frontdesk.knowledge.local_keys import SLOT
from frontdesk.knowledge.model import Guide
from frontdesk.knowledge.sections import staff_markdown
from frontdesk.knowledge.snippets import plain_text

if TYPE_CHECKING:
    from frontdesk.knowledge.index import InvertedIndex
    from frontdesk.knowledge.query import Alternative, Query, Slot


NAME_WEIGHT = 3.0  # a word that names the guide (its title or a tag) counts three times a word of its text


def guide_names(guide: Guide) -> str:
    """One name per line: the title, the tags, the nynorsk and English titles."""
    return "\n".join((guide.title, *guide.tags, guide.title_nn or "", guide.title_en or ""))


def guide_text(guide: Guide, local: str = "") -> str:
    """Everything the guide tells staff: summary, what the citizen must bring, the on-behalf rule, the staff
    text; and ``local``, what the centre filled in for it (lokalt.yaml: the values of the local facts its text
    uses, and its note), so staff find the guide by the name of their portal or Nav office.

    The handout sections say the same again in three languages; indexed, they outweigh the staff text and let
    a word in passing ("skifte" in an inheritance guide's handout) beat the guide that is the topic. A local
    fact's place ("{{nav.kontor}}") is no word of the guide: staff read its value."""
    staff = SLOT.sub(" ", plain_text(staff_markdown(guide.body)))
    return "\n".join((guide.summary, *guide.requires, guide.on_behalf or "", staff, local))


K1 = 5.0  # a term's weighted count c counts c × (K1 + 1) / (K1 + c): about c when small, never above K1 + 1


def term_weight(in_names: int, in_text: int) -> float:
    """A term's weight in a guide, from how often it stands in the guide's names and in its text; the index
    computes it once per term and guide."""
    count = NAME_WEIGHT * in_names + in_text
    return count * (K1 + 1) / (K1 + count)
WHOLE_TAG_BONUS = 1.3  # the whole query is one of the guide's names


def _idf(guides: int, holding: int) -> float:
    """BM25's inverse document frequency: a term in few guides tells more than one in many."""
    return math.log(1 + (guides - holding + 0.5) / (holding + 0.5))


def _holding(index: InvertedIndex, term: str) -> int:
    """How many guides the term counts as in for its idf: those holding it, but a phrase of a title or tag as
    many as hold its rarer word. A phrase is rare because of how tags happen to be written ("minid app ny mobil"
    makes "app ny"); it tells no more about a guide than its words do."""
    holding = index.document_frequency(term)
    if " " not in term:
        return holding
    return max(holding, min(map(index.document_frequency, term.split(" "))))


def rank(index: InvertedIndex, query: Query, limit: int) -> list[tuple[int, float]]:
    """(guide number, score) of the best ``limit`` guides, best first; ties in guide order."""
    per_word = [scores for scores in (word_scores(index, slot) for slot in query.slots) if scores]
    if not per_word or limit <= 0:
        return []
    totals: dict[int, float] = {}
    for scores in per_word:
        for document, value in scores.items():
            totals[document] = totals.get(document, 0.0) + value
    for document in set().union(*map(index.whole_name, query.names)).intersection(totals):
        totals[document] *= WHOLE_TAG_BONUS
    return heapq.nsmallest(limit, totals.items(), key=lambda item: (-item[1], item[0]))  # a sort of the best


def word_scores(index: InvertedIndex, slot: Slot) -> dict[int, float]:
    """Guide -> how well it matches the query word: the best of the word's alternatives."""
    best: dict[int, float] = {}
    for alternative in slot.alternatives:
        scores = _alternative_scores(index, alternative)
        if len(scores) > len(best):
            best, scores = scores, best  # the smaller merged into the larger
        for document, value in scores.items():
            if value > best.get(document, 0.0):
                best[document] = value
    return best


def _alternative_scores(index: InvertedIndex, alternative: Alternative) -> dict[int, float]:
    """The mean of the alternative's words' scores (a guide lacking one of them scores less)."""
    if len(alternative) == 1:
        return _terms_scores(index, alternative[0])
    combined: dict[int, float] = {}
    for terms in alternative:
        for document, value in _terms_scores(index, terms).items():
            combined[document] = combined.get(document, 0.0) + value / len(alternative)
    return combined


def _terms_scores(index: InvertedIndex, terms: Iterable[str]) -> dict[int, float]:
    """Guide -> its best weight among ``terms``, times the idf of the most common of them."""
    found = sorted(((_holding(index, term), index.postings[term]) for term in terms if term in index),
                   key=lambda item: -item[0])
    if not found:
        return {}
    idf = _idf(index.size, found[0][0])
    postings = [p for _, p in found]
    best = dict(zip(postings[0][0], map(idf.__mul__, postings[0][1]), strict=True))
    for docs, weights in postings[1:]:
        for document, weight in zip(docs, weights, strict=True):
            if weight * idf > best.get(document, 0.0):
                best[document] = weight * idf
    return best

