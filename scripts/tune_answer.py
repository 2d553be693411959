"""Tune the answer-sentence weights on a BEIR+answers dataset (squad-half) and print an ablation.

    python scripts/tune_answer.py ../shared/datasets/squad-half [--limit N]

It asks every question once through the engine (retrieval, decline rules), records the
features of every candidate sentence, then scores weight settings offline: the share of
questions whose chosen first sentence holds a gold answer. Used to pick the defaults of
`answer.weights` in config.yaml; docs/benchmarks.md has the figures.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evaluate.beir import index_dataset, load_beir  # noqa: E402
from bot.evaluate.qa import has_answer, load_answers  # noqa: E402
from index.compose import _coverage, candidates  # noqa: E402
from index.config import load_config  # noqa: E402
from index.embedding import Embedder  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.lexical import query_terms  # noqa: E402
from index.question import analyse, has_answer_type  # noqa: E402


def collect(path: Path, limit: int | None, look_at: int):
    config = load_config(None)
    docs, queries, _ = load_beir(path, "train")
    answers = load_answers(path)
    emb = Embedder.from_config(config)
    engine = Engine(index_dataset(config, path, docs, emb), emb)
    snap = engine.snapshot()
    tl = engine.timeline(snap)
    rows, reasons = [], collections.Counter()
    qids = [q for q in queries if answers.get(q)][:limit]
    for qid in qids:
        q = queries[qid]
        ans = engine.ask(q, decline=False)
        reasons[ans.reason or "answered"] += 1
        info = analyse(q)
        qvec = emb.encode_query(q)
        cits = engine._rank(snap, tl, info, q, qvec, snap.manifest.visibility_counts["internal"], 4, "internal", None)
        cands = candidates(cits, lambda c: snap.passage_sentence_vectors(c.row), lambda c: True, look_at)
        if not cands:
            continue
        terms = query_terms(q)
        w = {t: snap.lexical.idf(t) for t in terms}
        feats = np.array([[float(c.vector @ qvec), _coverage(terms, w, c.terms),
                           float(has_answer_type(info.kind, c.text, q)) if info.kind else 0.0, c.citation,
                           float(len(c.text.split()) < 6), cits[c.citation].dense_score] for c in cands])
        w2 = {t: v * v for t, v in w.items()}
        qb = bigrams(q)
        extra = np.array([[_coverage(terms, w2, c.terms), len(qb & bigrams(c.text)) / (len(qb) or 1)] for c in cands])
        feats = np.hstack([feats, extra])
        label = np.array([has_answer(c.text, answers[qid]) for c in cands])
        rows.append((feats, label))
    return rows, reasons


def bigrams(text):
    toks = query_terms(text)
    return set(zip(toks, toks[1:]))


def first_hit(rows, wv):
    hits = 0
    for feats, label in rows:
        s = (feats[:, 0] * wv[0] + feats[:, 1] * wv[1] + feats[:, 2] * wv[2] - feats[:, 3] * wv[3]
             - feats[:, 4] * wv[4] + feats[:, 5] * (wv[5] if len(wv) > 5 else 0)
             + feats[:, 6] * (wv[6] if len(wv) > 6 else 0) + feats[:, 7] * (wv[7] if len(wv) > 7 else 0))
        hits += bool(label[int(np.argmax(s))])
    return hits / len(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--look-at", type=int, default=3)
    a = ap.parse_args()
    rows, reasons = collect(Path(a.path), a.limit, a.look_at)
    print("decisions:", dict(reasons))
    print("ceiling (a gold sentence among candidates):", round(sum(lab.any() for _, lab in rows) / len(rows), 4))
    grid = itertools.product([1.0], [0, 0.4, 0.8, 1.2], [0, 0.1, 0.2],
                             [0, 0.02, 0.05], [0, 0.1], [0, 0.3, 0.6], [0, 0.4, 0.8, 1.2], [0, 0.3, 0.6])
    best = max(grid, key=lambda wv: first_hit(rows, wv))
    print("best weights (cosine, coverage, type, rank, short):", best, "first-sentence hit:",
          round(first_hit(rows, best), 4))
    names = ["cosine", "coverage", "type", "rank", "short", "passage", "coverage_idf2", "bigrams"]
    for i, n in enumerate(names):
        wv = list(best)
        wv[i] = 0.0
        print(f"  without {n:9s}", round(first_hit(rows, wv), 4))
    for i, n in enumerate(names):
        wv = [0.0] * len(names)
        wv[i] = 1.0
        print(f"  only {n:9s}", round(first_hit(rows, wv), 4))
    print("  lead sentence of top passage", round(sum(bool(lab[0]) for _, lab in rows) / len(rows), 4))


if __name__ == "__main__":
    main()
