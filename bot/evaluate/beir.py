"""`partnerbot eval beir PATH`: a BEIR dataset through the bot's own pipeline.

Same chunking, embedding (cached by content hash, so a second run embeds nothing) and
fusion as the bot; a document scores as its best passage. Reports the fused run and
the BM25-only and dense-only ablations.
"""

from __future__ import annotations

import csv
import hashlib
import json
import time
from pathlib import Path

import numpy as np

from index.build.builder import build_documents
from index.build.store import FORMAT, load_snapshot, read_manifest
from index.corpus.documents import Document
from index.engine import retrieve
from index.errors import PartnerbotError
from index.search.embedding import Embedder

from .metrics import summarize


def load_beir(path: Path, split: str = "test"):
    path = Path(path)
    for name in ("corpus.jsonl", "queries.jsonl", f"qrels/{split}.tsv"):
        if not (path / name).exists():
            raise PartnerbotError(
                f"{path / name}: missing; a BEIR dataset has corpus.jsonl, queries.jsonl and qrels/{split}.tsv"
            )
    docs = []
    with open(path / "corpus.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            text = (d.get("text") or "").strip()
            if not text:
                continue
            docs.append(
                Document(
                    id=str(d["_id"]),
                    title=(d.get("title") or "").strip(),
                    kind="article",
                    source=path.name,
                    url=None,
                    published="2000-01-01",
                    visibility="public",
                    tags=(),
                    body=text,
                    path=f"corpus.jsonl#{d['_id']}",
                    sha256=hashlib.sha256(line.encode()).hexdigest(),
                )
            )
    queries = {}
    with open(path / "queries.jsonl", encoding="utf-8") as f:
        for line in f:
            q = json.loads(line)
            queries[str(q["_id"])] = q["text"]
    qrels: dict[str, dict[str, int]] = {}
    with open(path / f"qrels/{split}.tsv", encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t")
        next(rows)
        for qid, did, score in rows:
            qrels.setdefault(qid.strip(), {})[did.strip()] = int(score)
    return docs, {q: queries[q] for q in qrels if q in queries}, qrels


def doc_ranking(passage_doc_ids: list[str], cand: np.ndarray, scores: np.ndarray, depth: int = 100) -> list[str]:
    """Documents ordered by their best passage's score."""
    ranked: list[str] = []
    seen = set()
    for j in np.argsort(-scores, kind="stable"):
        d = passage_doc_ids[int(cand[j])]
        if d not in seen:
            seen.add(d)
            ranked.append(d)
            if len(ranked) >= depth:
                break
    return ranked


def index_dataset(config, path: Path, docs: list[Document], embedder: Embedder, log=None):
    """A config whose index_dir holds this dataset, built once through the bot's own build
    (rebuilt when the documents, the model or the index format change)."""
    key = hashlib.sha256((Path(path).resolve().as_posix() + json.dumps(config.chunking.model_dump())).encode())
    work = config.cache_dir / "beir" / f"{Path(path).name}-{key.hexdigest()[:12]}"
    bconfig = config.model_copy(update={"index_dir": work / "index"})
    try:
        found = read_manifest(bconfig.index_dir)
    except PartnerbotError:
        found = None
    if (
        found is None
        or found[1].documents != len(docs)
        or found[1].model_fingerprint != embedder.fingerprint
        or found[1].format != FORMAT
    ):
        if log:
            log(f"indexing {len(docs)} documents from {path} (embeddings are cached for later runs)")
        build_documents(docs, [], bconfig, embedder)
    return bconfig


def eval_beir(config, path: Path, split: str = "test", candidates: int = 300, log=None) -> dict:
    t0 = time.perf_counter()
    docs, queries, qrels = load_beir(path, split)
    embedder = Embedder.from_config(config)
    bconfig = index_dataset(config, path, docs, embedder, log)
    snap = load_snapshot(bconfig.index_dir)
    doc_of = [p.doc_id for p in snap.passages]
    r = config.retrieval
    runs: dict[str, dict[str, list[str]]] = {"hybrid": {}, "bm25": {}, "dense": {}}
    for qid, text in queries.items():
        qvec = embedder.encode_query(text)
        n = len(snap.passages)
        cand, fused, dense_s, lex_s = retrieve(snap, text, qvec, n, candidates, r.fusion, r.dense_weight, r.rrf_k)
        runs["hybrid"][qid] = doc_ranking(doc_of, cand, fused)
        runs["bm25"][qid] = doc_ranking(doc_of, cand, lex_s + 1e-6 * dense_s)
        runs["dense"][qid] = doc_ranking(doc_of, cand, dense_s)
    out = {
        "dataset": Path(path).name,
        "split": split,
        "queries": len(queries),
        "documents": len(docs),
        "passages": len(snap.passages),
        **summarize(runs["hybrid"], qrels),
        "ablations": {"bm25": summarize(runs["bm25"], qrels), "dense": summarize(runs["dense"], qrels)},
        "config": {
            "fusion": r.fusion,
            "dense_weight": r.dense_weight,
            "candidates": candidates,
            "max_words": config.chunking.max_words,
        },
        "seconds": round(time.perf_counter() - t0, 1),
    }
    return out
