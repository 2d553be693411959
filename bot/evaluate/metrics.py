"""IR metrics with the trec_eval definitions (binary or graded qrels, ties broken by rank)."""

from __future__ import annotations

import math


def ndcg_at_k(ranked: list[str], rels: dict[str, int], k: int = 10) -> float:
    dcg = sum((2 ** rels.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted((r for r in rels.values() if r > 0), reverse=True)[:k]
    idcg = sum((2**r - 1) / math.log2(i + 2) for i, r in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall_at_k(ranked: list[str], rels: dict[str, int], k: int) -> float:
    relevant = {d for d, r in rels.items() if r > 0}
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def mrr_at_k(ranked: list[str], rels: dict[str, int], k: int = 10) -> float:
    for i, d in enumerate(ranked[:k]):
        if rels.get(d, 0) > 0:
            return 1.0 / (i + 1)
    return 0.0


def summarize(runs: dict[str, list[str]], qrels: dict[str, dict[str, int]]) -> dict[str, float]:
    qs = [q for q in qrels if q in runs]
    n = len(qs) or 1
    return {
        "ndcg@10": round(sum(ndcg_at_k(runs[q], qrels[q]) for q in qs) / n, 4),
        "recall@10": round(sum(recall_at_k(runs[q], qrels[q], 10) for q in qs) / n, 4),
        "recall@100": round(sum(recall_at_k(runs[q], qrels[q], 100) for q in qs) / n, 4),
        "mrr@10": round(sum(mrr_at_k(runs[q], qrels[q]) for q in qs) / n, 4),
    }
