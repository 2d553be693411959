"""Ablation and weight search for the answer sentence, on a BEIR+answers dataset (squad-half).

    .venv/bin/python scripts/tune_answer.py ../shared/datasets/squad-half [--limit 3000]

Every question is asked once through the engine's own retrieval; the signals of every
candidate sentence are recorded (the same ones index/answer/compose.py scores), and weight
settings are then scored offline: the share of questions whose top-scored sentence holds
a gold answer. Prints the configured weights, each signal switched off, each signal alone,
the best of a small grid, and the ceiling (a gold sentence among the candidates).
docs/benchmarks.md quotes its output.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.config import load_config  # noqa: E402
from bot.evaluate.beir import index_dataset, load_beir  # noqa: E402
from bot.evaluate.qa import has_answer, load_answers  # noqa: E402
from index.answer.compose import FEATURES, PENALTIES, candidates, features  # noqa: E402
from index.answer.query import Query  # noqa: E402
from index.answer.question import analyse  # noqa: E402
from index.engine import Engine  # noqa: E402
from index.search.embedding import Embedder  # noqa: E402
from index.visibility import Level  # noqa: E402

SIGNALS = list(FEATURES)  # the scorer's own signals (index/answer/compose.py `features`)
SIGN = np.array([-1.0 if s in PENALTIES else 1.0 for s in SIGNALS])


def collect(path: Path, limit: int | None):
    config = load_config(Path(__file__).resolve().parent.parent / "config.yaml")
    docs, queries, _ = load_beir(path, "train")
    answers = load_answers(path)
    emb = Embedder.from_config(config)
    engine = Engine(index_dataset(config, path, docs, emb), emb)
    snap = engine.snapshot()
    retriever = engine.retriever(snap)
    look = config.answer.look_at
    rows = []
    for qid in [q for q in queries if answers.get(q)][:limit]:
        q = engine.expand(snap, queries[qid])
        info = analyse(q)
        qvec = emb.encode_query(q)
        query = Query(info, q, qvec, (qvec,), Level.internal, snap.manifest.visible(Level.internal), 4)
        cands = candidates(
            retriever.rank(query, 4), lambda c: snap.passage_sentence_vectors(c.row), lambda c: True, look
        )
        if not cands:
            continue
        feats = features(q, info.kind, qvec, cands, snap.lexical.idf)
        label = np.array([has_answer(c.text, answers[qid]) for c in cands])
        rows.append((feats * SIGN, label))
    return rows, config.answer.weights.model_dump()


def first_hit(rows, w) -> float:
    w = np.asarray(w, dtype=float)
    return sum(bool(lab[int(np.argmax(f @ w))]) for f, lab in rows) / len(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=3000)
    a = ap.parse_args()
    rows, configured = collect(Path(a.path), a.limit)
    base = [configured[s] for s in SIGNALS]
    print(
        f"{len(rows)} questions with candidates; ceiling (a gold sentence among them): "
        f"{sum(lab.any() for _, lab in rows) / len(rows):.4f}"
    )
    print(f"configured weights {dict(zip(SIGNALS, base))}: {first_hit(rows, base):.4f}")
    for i, name in enumerate(SIGNALS):
        off = list(base)
        off[i] = 0.0
        only = [0.0] * len(SIGNALS)
        only[i] = 1.0
        print(f"  without {name:12s} {first_hit(rows, off):.4f}    only {name:12s} {first_hit(rows, only):.4f}")
    print(f"  lead sentence of the top passage {sum(bool(lab[0]) for _, lab in rows) / len(rows):.4f}")
    grid = itertools.product([1.0, 2.0, 3.0], [0.8, 1.2, 1.6], [0.0, 0.3], [0.0, 0.3], [0.1, 0.3])
    scored = []
    for cos, cov, bi, pas, typ in grid:
        w = list(base)
        w[:5] = [cos, cov, bi, pas, typ]
        scored.append((first_hit(rows, w), w[:5]))
    print("best of the grid (cosine, coverage, bigrams, passage, type):", max(scored))


if __name__ == "__main__":
    main()
