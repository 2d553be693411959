"""Hybrid retrieval: the top candidates of FAISS and of BM25, each scored both ways, fused."""

from __future__ import annotations

import time

import numpy as np

from index.search.dense import search_dense
from index.search.fusion import fuse


def retrieve(
    snap,
    question: str,
    qvec: np.ndarray,
    limit: int,
    n_cand: int,
    fusion: str,
    dense_weight: float,
    rrf_k: int,
    marks: dict | None = None,
):
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
