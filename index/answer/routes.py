"""Routes: where a partner takes a question or a deal ("go to the compliance office", "#partner-deals").

"Who do I escalate to when a customer asks an 889 question?" is answered by a note that routes such
questions, which a search for "889" rarely ranks first: the passages found are about section 889 itself.
So a question asking for a route also weighs the corpus's routing passages — passages of notes that
send something somewhere — and the answer step picks among them as among any other candidates.
"""

from __future__ import annotations

import numpy as np

from index.answer.query import Query
from index.answer.question import has_answer_type
from index.answer.timeline import Timeline
from index.build.records import Citation
from index.build.store import Snapshot

ROUTES_PER_QUESTION = 2  # the routing passages closest to the question that join the candidates


def route_rows(snap: Snapshot) -> list[int]:
    """Rows of the notes' passages that hold a route (an office, desk, channel, form; "go to", "send … to")."""

    def compute():
        return [r for r, p in enumerate(snap.passages) if p.kind == "note" and has_answer_type("contact", p.text)]

    return snap.derived("route_rows", compute, scan=True) or []


def route_passages(query: Query, snap: Snapshot, timeline: Timeline, skip: set[int]) -> list[Citation]:
    """The routing passages this audience may read that are closest to the question (unranked, rank 0),
    leaving out those already among the candidates (`skip`) and guidance a newer note replaced."""
    rows = [
        r
        for r in route_rows(snap)
        if r < query.limit and r not in skip and timeline.successor_for(snap.passages[r].doc_id, query.level) is None
    ]
    if not rows:
        return []
    sims = snap.vectors[rows] @ query.vector
    best = np.argsort(-sims)[:ROUTES_PER_QUESTION]
    return [Citation(0, snap.passages[rows[i]], 0.0, float(sims[i]), 0.0, row=rows[i]) for i in best]
