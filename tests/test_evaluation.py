"""Metrics, the BEIR pipeline on a tiny dataset, and the approximate index."""

import json
import math

import numpy as np
import pytest

from bot.evaluate.beir import eval_beir
from bot.evaluate.metrics import mrr_at_k, ndcg_at_k, recall_at_k, summarize
from index.search.dense import build_dense, search_dense
from index.search.embedding import Embedder


def test_metrics_match_trec_eval_definitions():
    rels = {"a": 1, "c": 1}
    ranked = ["b", "a", "d", "c"]
    dcg = 1 / math.log2(3) + 1 / math.log2(5)
    idcg = 1 + 1 / math.log2(3)
    assert ndcg_at_k(ranked, rels) == pytest.approx(dcg / idcg)
    assert ndcg_at_k(["a", "c"], rels) == pytest.approx(1.0)
    assert ndcg_at_k(["x"], {"a": 2}) == 0.0
    assert ndcg_at_k(["a"], {"a": 2, "b": 1}) == pytest.approx(3 / (3 + 1 / math.log2(3)))
    assert recall_at_k(ranked, rels, 2) == 0.5 and recall_at_k(ranked, rels, 10) == 1.0
    assert mrr_at_k(ranked, rels) == 0.5 and mrr_at_k(["x"] * 10 + ["a"], rels) == 0.0
    s = summarize({"q1": ranked, "q2": ["c"]}, {"q1": rels, "q2": {"c": 1}})
    assert s["mrr@10"] == pytest.approx(0.75)


def _tiny_beir(path):
    docs = [
        ("d1", "Huawei retail", "Partners can buy Huawei phones from retailers without carriers."),
        ("d2", "Carrier deals", "AT&T and Verizon dropped their plans to sell the Mate 10 Pro."),
        ("d3", "Federal ban", "Federal agencies may not buy Huawei equipment under Section 889."),
        ("d4", "Bread", "Sourdough bread needs a starter, flour, water and salt."),
        ("d5", "Weather", "Las Vegas is sunny and dry for most of the year."),
    ]
    (path / "qrels").mkdir(parents=True)
    (path / "corpus.jsonl").write_text(
        "".join(json.dumps({"_id": i, "title": t, "text": x}) + "\n" for i, t, x in docs)
    )
    qs = {
        "q1": "where can resellers buy huawei phones",
        "q2": "why did at&t drop the mate 10",
        "q3": "how do you make sourdough",
    }
    (path / "queries.jsonl").write_text("".join(json.dumps({"_id": k, "text": v}) + "\n" for k, v in qs.items()))
    (path / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\r\nq1\td1\t1\r\nq2\td2\t1\r\nq3\td4\t1\r\n")


def test_eval_beir_runs_the_pipeline_and_caches_embeddings(built, tmp_path, monkeypatch):
    config, _ = built
    _tiny_beir(tmp_path / "tiny")
    config = config.model_copy(update={"cache_dir": tmp_path / "cache"})
    first = eval_beir(config, tmp_path / "tiny")
    assert first["queries"] == 3 and first["documents"] == 5
    assert first["ndcg@10"] > 0.9 and set(first["ablations"]) == {"bm25", "dense"}
    for key in ("ndcg@10", "recall@10", "recall@100", "mrr@10"):
        assert 0 <= first["ablations"]["dense"][key] <= 1

    calls = []
    real = Embedder.encode
    monkeypatch.setattr(
        Embedder, "encode", lambda self, texts, progress=False: calls.append(len(texts)) or real(self, texts, progress)
    )
    second = eval_beir(config, tmp_path / "tiny")
    assert sum(calls) <= 3  # at most the 3 questions are embedded again, never the corpus
    assert second["ndcg@10"] == first["ndcg@10"]


def test_large_indexes_switch_to_hnsw_and_keep_the_visibility_range():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2000, 32)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    index, kind = build_dense(x, approximate_above=1000)
    assert kind == "hnsw32"
    hits = 0
    for q in x[:50]:
        exact = set(np.argsort(-(x @ q))[:10])
        _, ids = search_dense(index, q, 10, len(x))
        hits += len(exact & set(ids.tolist()))
    assert hits / 500 >= 0.95
    _, ids = search_dense(index, x[1500], 10, 700)
    assert len(ids) == 10 and ids.max() < 700
    _, kind_small = build_dense(x[:500], approximate_above=1000)
    assert kind_small == "flat"
