"""Passages for a Query from one index snapshot: ranked, cited by document, or a document's own.

Ranking is hybrid retrieval then time: newer evidence first for questions about the present
or about a year (index/answer/timeline.py `time_preference`), superseded documents a little
lower, at most N passages per document.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from index.answer.query import Query
from index.answer.timeline import Timeline, time_preference
from index.build.records import Citation
from index.build.store import Snapshot
from index.config import Config
from index.search.hybrid import retrieve
from index.search.lexical import query_terms, sentence_terms, weighted_coverage


class Retriever:
    def __init__(
        self, snap: Snapshot, timeline: Timeline, config: Config, dictionary: Callable[[str], bool] = lambda word: True
    ):
        self.snap, self.timeline, self.config = snap, timeline, config
        self.dictionary = dictionary  # is a word ordinary English (not an unknown name)?

    def rank(self, query: Query, k: int, marks: dict | None = None) -> list[Citation]:
        """The top k citations for the query, best first."""
        snap, timeline, cfg_r, cfg_a = self.snap, self.timeline, self.config.retrieval, self.config.answer
        cand, fused, dense_s, lex_s = retrieve(
            snap,
            query.text,
            query.vector,
            query.limit,
            max(cfg_r.candidates, k * 4),
            cfg_r.fusion,
            cfg_r.dense_weight,
            cfg_r.rrf_k,
            marks,
        )
        if not cand.size:
            return []
        docs = [snap.passages[int(i)].doc_id for i in cand]
        if query.info.present or query.info.time_years:
            fused = fused + np.asarray(self.time_bonus(query, [int(i) for i in cand]), dtype=np.float32)
        if timeline.successors:
            demote = [cfg_a.superseded_penalty if timeline.is_superseded(d, query.level) else 0.0 for d in docs]
            fused = fused - np.asarray(demote, dtype=np.float32)
        citations: list[Citation] = []
        per_doc: dict[str, int] = {}
        for j in np.argsort(-fused, kind="stable"):
            row = int(cand[j])
            p = snap.passages[row]
            if per_doc.get(p.doc_id, 0) >= cfg_r.max_passages_per_doc:
                continue
            per_doc[p.doc_id] = per_doc.get(p.doc_id, 0) + 1
            citations.append(
                Citation(len(citations) + 1, p, float(fused[j]), float(dense_s[j]), float(lex_s[j]), row=row)
            )
            if len(citations) >= k:
                break
        return citations

    def time_bonus(self, query: Query, rows: list[int]) -> list[float]:
        """The recency (or asked-year) bonus of each passage, for questions about a time.

        Topic before time: the bonus is scaled by how much of the question the passage's
        document is about (IDF²-weighted share of the question's terms among its candidate
        passages, full at `topic_coverage`), and a document replacing an on-topic one counts
        as on topic. "What margin do we make now" must not be answered by the newest chip story.
        """
        snap, timeline, cfg_a = self.snap, self.timeline, self.config.answer
        docs = [snap.passages[r].doc_id for r in rows]
        pub = [d.published if d else "" for d in (timeline.docs.get(x) for x in docs)]
        pref = time_preference(query.info.present, query.info.time_years, pub)
        if not pref or max(pref) == min(pref):  # all of one date (or undated): time has nothing to reorder
            return [0.0] * len(rows)
        terms = [t for t in query_terms(query.text) if t]
        weights = {t: snap.lexical.idf(t) ** 2 for t in terms}
        on: dict[str, float] = {}
        for r, d in zip(rows, docs):
            p = snap.passages[r]
            cov = weighted_coverage(terms, weights, sentence_terms(f"{p.title} {p.text}")) if terms else 1.0
            on[d] = max(on.get(d, 0.0), min(1.0, cov / cfg_a.topic_coverage))
        for d, v in list(on.items()):
            succ = timeline.successor_for(d, query.level)
            if succ:
                on[succ] = max(on.get(succ, 0.0), v)
        return [cfg_a.recency_weight * f * on[d] for f, d in zip(pref, docs)]

    def cite(self, query: Query, doc_id: str, rank: int) -> Citation | None:
        """The document's passage closest to the question, cited at `rank` (None if the audience
        may read none of it)."""
        rows = self._rows(query, doc_id)
        if not rows:
            return None
        sims = self.snap.vectors[rows] @ query.vector
        best = int(np.argmax(sims))
        return Citation(rank, self.snap.passages[rows[best]], 0.0, float(sims[best]), 0.0, row=rows[best])

    def passages_of(self, query: Query, doc_id: str, most: int = 8) -> list[Citation]:
        """The document's first `most` readable passages, unranked (rank 0)."""
        rows = self._rows(query, doc_id)[:most]
        sims = self.snap.vectors[rows] @ query.vector if rows else []
        return [Citation(0, self.snap.passages[r], 0.0, float(s), 0.0, row=r) for r, s in zip(rows, sims)]

    def _rows(self, query: Query, doc_id: str) -> list[int]:
        return [r for r in self.snap.doc_passages.get(doc_id, ()) if r < query.limit]
