"""Dense search with FAISS on normalised vectors (inner product = cosine).

Passages are stored sorted by visibility (public, then partner, then internal), so
"at most level L" is a contiguous id range [0, n_L): the filter runs inside FAISS with
an IDSelectorRange, not as a display filter afterwards.
"""

from __future__ import annotations

import os
from pathlib import Path

import faiss
import numpy as np

# Single-query search is bound by memory bandwidth; extra OpenMP threads only add overhead.
faiss.omp_set_num_threads(1)


def build_dense(vectors: np.ndarray, approximate_above: int) -> tuple[faiss.Index, str]:
    n, dim = vectors.shape
    if approximate_above and n > approximate_above:
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        faiss.omp_set_num_threads(os.cpu_count() or 1)  # building parallelises well; searching does not
        try:
            index.add(vectors)
        finally:
            faiss.omp_set_num_threads(1)
        return index, "hnsw32"
    index = faiss.IndexFlatIP(dim)
    index.add(vectors)
    return index, "flat"


def save_dense(index: faiss.Index, path: Path) -> None:
    faiss.write_index(index, str(path))


def load_dense(path: Path) -> faiss.Index:
    return faiss.read_index(str(path))


def search_dense(
    index: faiss.Index, query: np.ndarray, k: int, limit: int, ef_search: int = 128
) -> tuple[np.ndarray, np.ndarray]:
    """Top-k (scores, ids) among ids < limit."""
    k = min(k, limit)
    if k <= 0:
        return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
    q = query.reshape(1, -1).astype(np.float32)
    sel = None if limit >= index.ntotal else faiss.IDSelectorRange(0, limit)
    if isinstance(index, faiss.IndexHNSW):
        params = faiss.SearchParametersHNSW(efSearch=max(ef_search, k), sel=sel)
    else:
        params = faiss.SearchParameters(sel=sel) if sel is not None else None
    scores, ids = index.search(q, k, params=params) if params is not None else index.search(q, k)
    keep = ids[0] >= 0
    return scores[0][keep], ids[0][keep]
