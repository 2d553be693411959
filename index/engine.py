"""The answer engine: question + allowed visibility → cited Answer.

One Engine serves many threads. It re-reads CURRENT (a stat call) before each
question and swaps in a newly published build; a question already in flight keeps the
snapshot it started with, so a rebuild never fails a question.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace

import numpy as np

from index.answer.acronyms import corpus_acronyms, corpus_compounds, expand_acronyms, spell_compounds
from index.answer.answering import ENGLISH_ONLY, NOT_FOUND, compose, declined
from index.answer.question import analyse, clean_text, expand_shorthand
from index.answer.timeline import Timeline, recency, year_match
from index.answer.wordlist import english_word
from index.build.records import Answer, Citation
from index.build.store import Snapshot, load_snapshot, pointer_stamp
from index.config import VISIBILITY_LEVELS, Config
from index.errors import IndexMismatchError, PartnerbotError, QuestionError
from index.search.dense import search_dense
from index.search.embedding import Embedder
from index.search.fusion import fuse

_log = logging.getLogger("partnerbot.engine")
__all__ = ["Engine", "NOT_FOUND", "ENGLISH_ONLY", "clean_question", "retrieve"]

def clean_question(question: str, max_chars: int) -> str:
    """The question as the engine reads it; invalid UTF-8 and invisible characters cannot break it."""
    q = clean_text(question)
    if not q:
        raise QuestionError("the question is empty; ask something like "
                            "\"Can we resell Huawei phones without a carrier?\"")
    if len(q) > max_chars:
        raise QuestionError(f"the question is {len(q):,} characters long; keep it under {max_chars:,} "
                            "(answer.max_question_chars in config.yaml)")
    return q


def retrieve(snap: Snapshot, question: str, qvec: np.ndarray, limit: int, n_cand: int, fusion: str,
             dense_weight: float, rrf_k: int, marks: dict | None = None):
    """Hybrid retrieval among passages [0, limit): (candidate ids, fused, dense, lexical scores).

    Candidates are the top n_cand of FAISS and of BM25; every candidate gets both scores
    (an exact dot product and its BM25 score) before fusion.
    """
    _, dense_ids = search_dense(snap.dense, qvec, n_cand, limit)
    if marks is not None:
        marks["dense"] = time.perf_counter()
    bm25 = snap.lexical.scores(question)
    if bm25 is not None:
        bm25 = bm25[:limit]
        top = min(n_cand, limit)
        lex_ids = np.argpartition(-bm25, top - 1)[:top] if top < limit else np.arange(limit)
        lex_ids = lex_ids[bm25[lex_ids] > 0]
    else:
        lex_ids = np.zeros(0, dtype=np.int64)
    if marks is not None:
        marks["lexical"] = time.perf_counter()
    cand = np.unique(np.concatenate([dense_ids.astype(np.int64), lex_ids.astype(np.int64)]))
    if not cand.size:
        empty = np.zeros(0, dtype=np.float32)
        return cand, empty, empty, empty
    dense_s = np.asarray(snap.vectors[cand] @ qvec, dtype=np.float32)
    lex_s = bm25[cand] if bm25 is not None else np.zeros(cand.size, dtype=np.float32)
    return cand, fuse(fusion, dense_s, lex_s, dense_weight, rrf_k), dense_s, lex_s


class Engine:
    def __init__(self, config: Config, embedder: Embedder | None = None):
        self.config = config
        self.embedder = embedder or Embedder.from_config(config)
        self._snapshot: Snapshot | None = None
        self._stamp = None
        self._bad_stamp = None  # CURRENT as it was when it named a build that failed to load
        self._lock = threading.Lock()

    # -- index life cycle -------------------------------------------------
    def snapshot(self) -> Snapshot:
        """The live build; a damaged new build is logged once and the good one kept serving."""
        stamp = pointer_stamp(self.config.index_dir)
        snap = self._snapshot
        if snap is not None and (stamp == self._stamp or stamp == self._bad_stamp):
            return snap
        with self._lock:
            if self._snapshot is None or (stamp != self._stamp and stamp != self._bad_stamp):
                try:
                    new = load_snapshot(self.config.index_dir)
                    self._check_model(new)
                except PartnerbotError as exc:
                    if self._snapshot is None:
                        raise
                    self._bad_stamp = stamp  # retried only when CURRENT changes again
                    _log.error("%s; still answering from build %s", exc, self._snapshot.manifest.build_id)
                    return self._snapshot
                self._snapshot, self._stamp = new, stamp
            return self._snapshot

    def _check_model(self, snap: Snapshot) -> None:
        m = snap.manifest
        if m.model_fingerprint != self.embedder.fingerprint:
            raise IndexMismatchError(
                f"{snap.build_dir}: index was built with model '{m.model}' ({m.dimension} dims), but "
                f"config.yaml asks for '{self.embedder.name}'; run `partnerbot index build`")
        if snap.dense.d != m.dimension or snap.vectors.shape[1] != m.dimension:
            raise IndexMismatchError(f"{snap.build_dir}: index dimension does not match its manifest; "
                                     "run `partnerbot index build`")

    def warm_up(self) -> None:
        """Load the index, the model and what answers derive from them (acronyms, timeline,
        word lists) now rather than on the first question."""
        self.ask("warm up: can partners still sell the Huawei phones in 2024?")

    # -- asking -------------------------------------------------------------
    def dictionary(self, word: str) -> bool:
        """Is word an ordinary English word (not an unknown name)?"""
        return english_word(word, self.embedder.path / "vocab.txt")

    def expand(self, snap: Snapshot, question: str) -> str:
        """The question with shorthand spelled out as the corpus writes it (months, years, acronyms)."""
        q = expand_shorthand(question)
        acronyms = snap.derived("acronyms", lambda: corpus_acronyms(f"{p.title} {p.text}" for p in snap.passages),
                                scan=True)
        if not acronyms:
            return q
        return expand_acronyms(q, acronyms, snap.lexical.retriever.vocab_dict, self.dictionary)

    def timeline(self, snap: Snapshot) -> Timeline:
        return snap.derived("timeline", lambda: Timeline.build(snap.documents))

    def ask(self, question: str, k: int | None = None, visibility: str = "internal",
            decline: bool = True) -> Answer:
        """Answer a question citing passages up to `visibility`.

        With decline=False the citations are kept even when the answer is declined
        (`answered` still says whether it was); evaluation uses it.
        """
        if visibility not in VISIBILITY_LEVELS:
            raise QuestionError(f"unknown visibility '{visibility}'; use one of {', '.join(VISIBILITY_LEVELS)}")
        cfg_r, cfg_a = self.config.retrieval, self.config.answer
        k = k or cfg_r.k
        t = {"start": time.perf_counter()}
        q = clean_question(question, cfg_a.max_question_chars)
        snap = self.snapshot()
        t["load"] = time.perf_counter()
        compounds = snap.derived("compounds", lambda: corpus_compounds(f"{p.title} {p.text}" for p in snap.passages),
                                 scan=True)
        asked = q = spell_compounds(q, compounds or {}, snap.lexical.retriever.vocab_dict)
        q = self.expand(snap, q)
        # Key terms come from what was asked, not from the phrases shorthand was expanded to.
        info = replace(analyse(q), key_terms=analyse(expand_shorthand(asked)).key_terms)
        m = snap.manifest
        index_info = m.summary() | {"covers": m.corpus_range}
        if cfg_a.english_only and info.language != "en":
            out = declined(ENGLISH_ONLY, "language")
            return Answer(asked, False, out.text, [], {"total": (time.perf_counter() - t["start"]) * 1000},
                          index_info, visibility, reason=out.reason)
        qvec = self.embedder.encode_query(q)
        t["embed"] = time.perf_counter()
        limit = m.visibility_counts[visibility]
        timeline = self.timeline(snap)
        citations = self._rank(snap, timeline, info, q, qvec, limit, k, visibility, t)
        t["fusion"] = time.perf_counter()
        part_vectors = [qvec] if len(info.parts) == 1 else [self.embedder.encode_query(p) for p in info.parts]
        if len(info.parts) > 1:  # each part retrieves for itself too, so every part has its passages
            seen = {c.passage.id for c in citations}
            for part, pvec in zip(info.parts, part_vectors):
                for c in self._rank(snap, timeline, analyse(part), part, pvec, limit, 2, visibility, None):
                    if c.passage.id not in seen:
                        seen.add(c.passage.id)
                        citations.append(c)

        def cite_doc(doc_id: str) -> Citation | None:
            rows = [r for r in snap.doc_passages.get(doc_id, ()) if r < limit]
            if not rows:
                return None
            sims = snap.vectors[rows] @ qvec
            best = int(np.argmax(sims))
            return Citation(len(citations) + 1, snap.passages[rows[best]], 0.0, float(sims[best]), 0.0,
                            row=rows[best])

        def doc_passages(doc_id: str) -> list[Citation]:
            rows = [r for r in snap.doc_passages.get(doc_id, ()) if r < limit][:8]
            sims = snap.vectors[rows] @ qvec if rows else []
            return [Citation(0, snap.passages[r], 0.0, float(s), 0.0, row=r) for r, s in zip(rows, sims)]

        out = compose(info, citations, snap, timeline, part_vectors, visibility, cfg_a, qvec, cite_doc,
                      doc_passages, self.dictionary, k)
        if not out.answered and not decline:
            out.citations = citations
        t["answer"] = time.perf_counter()
        stages = ["load", "embed", "dense", "lexical", "fusion", "answer"]
        prev, timings = t["start"], {}
        for s in stages:
            timings[s] = (t[s] - prev) * 1000
            prev = t[s]
        timings["total"] = (t["answer"] - t["start"]) * 1000
        return Answer(asked, out.answered, out.text, out.citations, timings, index_info, visibility,
                      sentences=out.sentences, not_covered=out.not_covered, as_of=out.as_of, newer=out.newer,
                      reason=out.reason)

    def _rank(self, snap: Snapshot, timeline: Timeline, info, q: str, qvec: np.ndarray, limit: int, k: int,
              visibility: str, marks: dict | None) -> list[Citation]:
        """Top-k citations: hybrid retrieval, then time (newer first for questions about the
        present or a year; superseded documents a little lower), at most N per document."""
        cfg_r, cfg_a = self.config.retrieval, self.config.answer
        cand, fused, dense_s, lex_s = retrieve(snap, q, qvec, limit, max(cfg_r.candidates, k * 4),
                                               cfg_r.fusion, cfg_r.dense_weight, cfg_r.rrf_k, marks)
        if not cand.size:
            return []
        docs = [snap.passages[int(i)].doc_id for i in cand]
        infos = [timeline.docs.get(d) for d in docs]
        allowed = VISIBILITY_LEVELS.index(visibility)
        if info.present or info.years:
            pub = [d.published if d else "" for d in infos]
            boost = [year_match(p, info.years) for p in pub] if info.years else recency(pub)
            fused = fused + cfg_a.recency_weight * np.asarray(boost, dtype=np.float32)
        if timeline.successors:
            demote = [cfg_a.superseded_penalty if timeline.is_superseded(d, allowed) else 0.0 for d in docs]
            fused = fused - np.asarray(demote, dtype=np.float32)
        citations: list[Citation] = []
        per_doc: dict[str, int] = {}
        for j in np.argsort(-fused, kind="stable"):
            row = int(cand[j])
            p = snap.passages[row]
            if per_doc.get(p.doc_id, 0) >= cfg_r.max_passages_per_doc:
                continue
            per_doc[p.doc_id] = per_doc.get(p.doc_id, 0) + 1
            citations.append(Citation(len(citations) + 1, p, float(fused[j]), float(dense_s[j]), float(lex_s[j]),
                                      row=row))
            if len(citations) >= k:
                break
        return citations
