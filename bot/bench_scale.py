"""Search latency and memory at 10k–1M passages, on deterministic synthetic data.

Vectors are clustered unit vectors (so nearest neighbours mean something and an
approximate index's recall is measurable); passage text is drawn from a Zipf-distributed
synthetic vocabulary and indexed straight from token ids. The synthetic build is written
with the product's own store and searched through the product's own Engine, so `ask`
end to end (ONNX question embedding included) is what is timed.
"""

from __future__ import annotations

import resource
import shutil
import tempfile
import time
from pathlib import Path

import bm25s
import numpy as np

from index.build.records import DocInfo, Passage
from index.build.writer import write_build
from index.search.dense import build_dense, search_dense
from index.search.lexical import LexicalIndex

VOCAB = 30_000
WORDS = 40


def synthetic_vectors(n: int, dim: int, seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    k = max(16, n // 400)
    centroids = rng.standard_normal((k, dim)).astype(np.float32)
    out = np.empty((n, dim), dtype=np.float32)
    for s in range(0, n, 100_000):
        e = min(n, s + 100_000)
        x = centroids[rng.integers(0, k, e - s)] + 0.8 * rng.standard_normal((e - s, dim)).astype(np.float32)
        out[s:e] = x / np.linalg.norm(x, axis=1, keepdims=True)
    return out


def synthetic_tokens(n: int, seed: int = 11) -> np.ndarray:
    rng = np.random.default_rng(seed)
    ranks = rng.zipf(1.3, size=(n, WORDS))
    return np.minimum(ranks - 1, VOCAB - 1).astype(np.int32)


def _lexical(tokens: np.ndarray) -> LexicalIndex:
    vocab = {f"w{i}": i for i in range(VOCAB)}
    r = bm25s.BM25(k1=1.2, b=0.75)
    r.index(bm25s.tokenization.Tokenized(ids=tokens.tolist(), vocab=vocab), show_progress=False)
    return LexicalIndex(r)


def _write_build(
    index_dir: Path, vectors: np.ndarray, tokens: np.ndarray, approximate_above: int, fingerprint: str, model: str
) -> tuple[str, float, float]:
    """A synthetic build written by the product's own writer (index/build/writer.py): one public
    passage and document per vector, one sentence per passage."""
    n = len(vectors)
    t0 = time.perf_counter()
    dense, kind = build_dense(vectors, approximate_above)
    dense_s = time.perf_counter() - t0
    t = time.perf_counter()
    lexical = _lexical(tokens)
    lex_s = time.perf_counter() - t
    texts = (" ".join(f"w{w}" for w in tokens[i][:12]) + "." for i in range(n))
    passages = (
        Passage(
            id=f"s{i}#1",
            doc_id=f"s{i}",
            title=f"Synthetic {i}",
            source="synthetic",
            url=None,
            published="2020-01-01",
            visibility="public",
            kind="article",
            path="synthetic",
            paragraph=1,
            start=0,
            end=len(text),
            text=text,
            sentences=((0, len(text)),),
        )
        for i, text in enumerate(texts)
    )
    docs = (DocInfo(f"s{i}", f"Synthetic {i}", "2020-01-01", "public", "article", "synthetic", None) for i in range(n))
    write_build(
        index_dir,
        passages,
        docs,
        vectors,
        vectors,
        dense,
        kind,
        lexical,
        t0=t0,
        model=model,
        model_fingerprint=fingerprint,
        corpus_hash="synthetic",
        embedded=0,
        reused=0,
        corpus_range={"from": "2020-01-01", "to": "2020-01-01"},
    )
    return kind, dense_s, lex_s


def _recall(index, vectors: np.ndarray, queries: np.ndarray) -> float:
    hits = 0
    for q in queries:
        exact = set(np.argpartition(-(vectors @ q), 10)[:10].tolist())
        _, ids = search_dense(index, q, 10, len(vectors))
        hits += len(exact & set(ids.tolist()))
    return hits / (10 * len(queries))


def bench_scale(sizes: list[int], config, embedder, echo=None, questions: int = 200) -> list[dict]:
    from index.engine import Engine

    rows = []
    rng = np.random.default_rng(3)
    for n in sizes:
        tmp = Path(tempfile.mkdtemp(prefix="partnerbot-scale-"))
        try:
            if echo:
                echo(f"scale: generating and indexing {n:,} synthetic passages")
            rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            vectors = synthetic_vectors(n, 384)
            tokens = synthetic_tokens(n)
            t = time.perf_counter()
            kind, dense_s, lex_s = _write_build(
                tmp / "index", vectors, tokens, config.retrieval.approximate_above, embedder.fingerprint, embedder.name
            )
            build_s = time.perf_counter() - t
            cfg = config.model_copy(update={"index_dir": tmp / "index"})
            engine = Engine(cfg, embedder)
            snap = engine.snapshot()
            qs = [" ".join(f"w{w}" for w in rng.zipf(1.3, 4) % VOCAB) + " resale" for _ in range(questions)]
            for q in qs[:10]:
                engine.ask(q)
            total, dense_ms = [], []
            for q in qs:
                a = engine.ask(q)
                total.append(a.timings_ms["total"])
                dense_ms.append(a.timings_ms["dense"])
            probe = vectors[rng.integers(0, n, 100)]
            probe = probe + 0.3 * rng.standard_normal(probe.shape).astype(np.float32) / np.sqrt(384)
            probe /= np.linalg.norm(probe, axis=1, keepdims=True)
            recall = _recall(snap.dense, vectors, probe)
            index_mb = sum(f.stat().st_size for f in snap.build_dir.rglob("*") if f.is_file()) / 2**20
            rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            rows.append(
                {
                    "passages": n,
                    "index": kind,
                    "build_s": round(build_s, 1),
                    "dense_build_s": round(dense_s, 1),
                    "bm25_build_s": round(lex_s, 1),
                    "search_ms": {
                        "p50": round(float(np.percentile(dense_ms, 50)), 3),
                        "p95": round(float(np.percentile(dense_ms, 95)), 3),
                    },
                    "ask_ms": {
                        "p50": round(float(np.percentile(total, 50)), 2),
                        "p95": round(float(np.percentile(total, 95)), 2),
                        "p99": round(float(np.percentile(total, 99)), 2),
                    },
                    "recall_at_10": round(recall, 4),
                    "index_mb": round(index_mb, 1),
                    "peak_rss_mb": round(rss1, 1),
                    "rss_growth_mb": round(rss1 - rss0, 1),
                }
            )
            if echo:
                echo(f"scale: {rows[-1]}")
            del engine, snap, vectors, tokens
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return rows
