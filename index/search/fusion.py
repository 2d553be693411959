"""Fusing dense and lexical rankings into one.

`weighted`: a convex combination of min-max normalised scores over the union of both
candidate lists (every candidate has both scores: the dense score is an exact dot
product, the BM25 score comes from the full score vector). `rrf`: reciprocal rank fusion.
"""

from __future__ import annotations

import numpy as np


def _minmax(x: np.ndarray) -> np.ndarray:
    if x.size == 0:
        return x
    lo, hi = float(x.min()), float(x.max())
    if hi - lo < 1e-9:
        return np.ones_like(x) if hi > 0 else np.zeros_like(x)
    return (x - lo) / (hi - lo)


def weighted_fusion(dense: np.ndarray, lexical: np.ndarray, dense_weight: float) -> np.ndarray:
    """Scores for aligned candidate arrays; higher is better."""
    return dense_weight * _minmax(dense) + (1.0 - dense_weight) * _minmax(lexical)


def rrf_fusion(dense: np.ndarray, lexical: np.ndarray, dense_weight: float, k: int = 60) -> np.ndarray:
    """Reciprocal rank fusion over aligned candidate arrays (rank 1 = best)."""

    def ranks(x: np.ndarray) -> np.ndarray:
        order = np.argsort(-x, kind="stable")
        r = np.empty_like(order)
        r[order] = np.arange(1, len(x) + 1)
        return r

    w = 2 * dense_weight
    return w / (k + ranks(dense)) + (2 - w) / (k + ranks(lexical))


def fuse(method: str, dense: np.ndarray, lexical: np.ndarray, dense_weight: float, rrf_k: int = 60) -> np.ndarray:
    if method == "rrf":
        return rrf_fusion(dense, lexical, dense_weight, rrf_k)
    return weighted_fusion(dense, lexical, dense_weight)
