"""The answer engine: question + allowed visibility → cited Answer.

One Engine serves many threads. It re-reads CURRENT (a stat call) before each
question and swaps in a newly published build; a question already in flight keeps the
snapshot it started with, so a rebuild never fails a question.
"""

from __future__ import annotations

import threading
import time

import numpy as np

from .compose import compose_answer, term_coverage
from .config import VISIBILITY_LEVELS, Config
from .dense import search_dense
from .embedding import Embedder
from .errors import IndexMismatchError, QuestionError
from .fusion import fuse
from .records import Answer, Citation
from .store import Snapshot, load_snapshot, pointer_stamp

NOT_FOUND = "I couldn't find this in the partner corpus."


def clean_question(question: str, max_chars: int) -> str:
    q = " ".join((question or "").split())
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


def is_answerable(question: str, citations: list[Citation], idf, cfg) -> bool:
    """Does the corpus answer this? Either the meaning matches closely (dense cosine), or
    a passage that is at least loosely related contains nearly all of the question's
    distinctive terms (a short query such as "section 889" scores low on cosine)."""
    if not citations:
        return False
    best_dense = max(c.dense_score for c in citations)
    if best_dense >= cfg.min_dense_score:
        return True
    if best_dense < cfg.min_dense_with_terms:
        return False
    return max(term_coverage(question, f"{c.passage.title} {c.passage.text}", idf)
               for c in citations[:3]) >= cfg.min_term_coverage


class Engine:
    def __init__(self, config: Config, embedder: Embedder | None = None):
        self.config = config
        self.embedder = embedder or Embedder.from_config(config)
        self._snapshot: Snapshot | None = None
        self._stamp = None
        self._lock = threading.Lock()

    # -- index life cycle -------------------------------------------------
    def snapshot(self) -> Snapshot:
        stamp = pointer_stamp(self.config.index_dir)
        snap = self._snapshot
        if snap is not None and stamp == self._stamp:
            return snap
        with self._lock:
            if self._snapshot is None or stamp != self._stamp:
                new = load_snapshot(self.config.index_dir)
                self._check_model(new)
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
        """Load the index and the model now rather than on the first question."""
        self.snapshot()
        self.embedder.encode_query("warm up")

    # -- asking -------------------------------------------------------------
    def ask(self, question: str, k: int | None = None, visibility: str = "internal",
            decline: bool = True) -> Answer:
        """Answer a question citing passages up to `visibility`.

        With decline=False the citations are kept even below the answer threshold
        (`answered` still says whether the threshold was met); evaluation uses it.
        """
        if visibility not in VISIBILITY_LEVELS:
            raise QuestionError(f"unknown visibility '{visibility}'; use one of {', '.join(VISIBILITY_LEVELS)}")
        cfg_r, cfg_a = self.config.retrieval, self.config.answer
        k = k or cfg_r.k
        t = {"start": time.perf_counter()}
        q = clean_question(question, cfg_a.max_question_chars)
        snap = self.snapshot()
        t["load"] = time.perf_counter()
        qvec = self.embedder.encode_query(q)
        t["embed"] = time.perf_counter()
        limit = snap.manifest.visibility_counts[visibility]
        cand, fused, dense_s, lex_s = retrieve(snap, q, qvec, limit, max(cfg_r.candidates, k * 4),
                                               cfg_r.fusion, cfg_r.dense_weight, cfg_r.rrf_k, t)
        citations: list[Citation] = []
        if cand.size:
            per_doc: dict[str, int] = {}
            for j in np.argsort(-fused, kind="stable"):
                p = snap.passages[int(cand[j])]
                if per_doc.get(p.doc_id, 0) >= cfg_r.max_passages_per_doc:
                    continue
                per_doc[p.doc_id] = per_doc.get(p.doc_id, 0) + 1
                citations.append(Citation(len(citations) + 1, p, float(fused[j]), float(dense_s[j]), float(lex_s[j])))
                if len(citations) >= k:
                    break
        t["fusion"] = time.perf_counter()
        answered = is_answerable(q, citations, snap.lexical.idf, cfg_a)
        if answered or (not decline and citations):
            text = compose_answer(q, citations, snap.lexical.idf, cfg_a.max_sentences)
        else:
            text, citations = NOT_FOUND, []
        t["answer"] = time.perf_counter()
        stages = ["load", "embed", "dense", "lexical", "fusion", "answer"]
        prev, timings = t["start"], {}
        for s in stages:
            timings[s] = (t[s] - prev) * 1000
            prev = t[s]
        timings["total"] = (t["answer"] - t["start"]) * 1000
        m = snap.manifest
        info = m.summary() | {"covers": m.corpus_range}
        return Answer(q, answered, text, citations, timings, info, visibility)
