""" "What's the latest on X": the newest documents about X, newest first, each by its gist.

A question asking for news ("latest on the fcc and huawei", "anything new on huawei this year") is not
answered by the sentence closest to its words (that can be a 2020 rule that happens to say "a year"),
but by what the newest documents about its subject say first: a news article and a partner note both
state their gist in their first sentence. Only the newest documents of the corpus are looked at, so
the cost does not grow with the corpus.
"""

from __future__ import annotations

import re

from index.answer.query import Query
from index.answer.question import asks_yes_no
from index.answer.timeline import Timeline
from index.build.records import Citation
from index.build.store import Snapshot
from index.search.lexical import query_terms, sentence_terms, weighted_coverage

# Asking for news, not for a fact: "latest on", "what's new", "anything new", "any news", "recent developments"
LATEST_ASK = re.compile(
    r"\b(?:latest|what'?s new|whats new|anything new|any news|news on|newest developments?|"
    r"recent (?:news|developments?|changes))\b",
    re.I,
)
# When, not what about: "this year", "in 2026", "as of today" (the question asks for the newest anyway)
_WHEN = re.compile(
    r"\b(?:(?:this|last|past|current|coming) (?:year|yr|month|quarter|week)|so far|these days|as of today|"
    r"(?:in|as of|for|during)?\s*(?:19|20)\d\d)\b",
    re.I,
)
# How many of the newest documents are read for a news question, and how much of the question's subject a
# document must hold (IDF²-weighted) to count as being about it.
NEWEST_LOOKED_AT = 15
ON_TOPIC = 0.5


def asks_latest(question: str, kind: str | None, parts: int) -> bool:
    """A one-part question asking for the news on something, and for no fact of a kind ("latest on the 889
    dates" asks when)."""
    if parts != 1 or kind not in (None, "explain") or asks_yes_no(question):  # "is the fcc still…, latest?"
        return False
    return bool(LATEST_ASK.search(question))


def newest_on_topic(query: Query, snap: Snapshot, timeline: Timeline, most: int) -> list[str]:
    """The ids of the `most` newest current documents the audience may read that are about the question's
    subject, newest first; empty when none is."""
    text = _WHEN.sub(" ", LATEST_ASK.sub(" ", query.info.text))
    terms = list(query_terms(text))
    weights = {t: snap.lexical.idf(t) ** 2 for t in terms}
    readable = []
    for doc_id in _newest(snap, timeline):
        rows = [r for r in snap.doc_passages.get(doc_id, ()) if r < query.limit]
        if rows and not timeline.is_superseded(doc_id, query.level):
            readable.append((doc_id, rows))
        if len(readable) >= NEWEST_LOOKED_AT:
            break
    if not sum(weights.values()):
        return [d for d, _ in readable[:most]]  # "what's the latest": every document is on the subject
    out = []
    for doc_id, rows in readable:
        p = snap.passages[rows[0]]
        words = sentence_terms(" ".join([p.title] + [snap.passages[r].text for r in rows]))
        if weighted_coverage(terms, weights, words) >= ON_TOPIC:
            out.append(doc_id)
        if len(out) >= most:
            break
    return out


def _newest(snap: Snapshot, timeline: Timeline) -> list[str]:
    """Every document id, newest first (computed once per index snapshot)."""
    return snap.derived(
        "newest_first",
        lambda: sorted(timeline.docs, key=lambda d: (timeline.docs[d].published, d), reverse=True),
    )


def lede_citations(query: Query, snap: Snapshot, doc_ids: list[str]) -> list[Citation]:
    """Each document's first readable passage, cited (rank 0 until the answer numbers it)."""
    out = []
    for doc_id in doc_ids:
        rows = [r for r in snap.doc_passages.get(doc_id, ()) if r < query.limit]
        if rows:
            r = rows[0]
            out.append(Citation(0, snap.passages[r], 0.0, float(snap.vectors[r] @ query.vector), 0.0, row=r))
    return out
