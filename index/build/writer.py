"""The one writer of the index format: a finished build's files, its manifest, then publish.

`partnerbot index build` (index/build/builder.py) and the scale benchmark (bot/bench_scale.py)
both write through here, so a synthetic build is laid out exactly as a real one.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from index.build.records import Manifest, Passage
from index.build.store import FORMAT, new_build_dir, publish, write_documents, write_json, write_passages
from index.search.dense import save_dense
from index.search.lexical import LexicalIndex
from index.visibility import Level, visibility_counts


def write_build(
    index_dir: Path,
    passages: Iterable[Passage],
    docs: Iterable,
    vectors: np.ndarray,
    sentence_vectors: np.ndarray,
    dense,
    dense_kind: str,
    lexical: LexicalIndex,
    *,
    t0: float,
    snapshot_ns: int | None = None,
    **manifest,
) -> tuple[Manifest, Path]:
    """Write and publish one build; passages are in visibility order, docs are Documents or DocInfos.

    `manifest` holds what only the caller knows (model, model_fingerprint, corpus_hash, embedded,
    reused, corpus_range, skipped); counts, dates and the build id are filled in here. On any
    failure the temporary directory is removed and the live index is left as it was.
    """
    build_id = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    index_dir.mkdir(parents=True, exist_ok=True)
    tmp = new_build_dir(index_dir, build_id)
    levels: list[Level] = []
    n_docs = 0

    def tally_passages():
        for p in passages:
            levels.append(Level.parse(p.visibility))
            yield p

    def tally_docs():
        nonlocal n_docs
        for d in docs:
            n_docs += 1
            yield d

    try:
        save_dense(dense, tmp / "dense.faiss")
        np.save(tmp / "vectors.npy", vectors)
        np.save(tmp / "sentence_vectors.npy", sentence_vectors)
        write_documents(tmp / "documents.jsonl", tally_docs())
        lexical.save(tmp / "bm25")
        write_passages(tmp / "passages.jsonl", tally_passages())
        m = Manifest(
            format=FORMAT,
            build_id=build_id,
            dimension=int(vectors.shape[1]),
            documents=n_docs,
            passages=len(levels),
            visibility_counts=visibility_counts(levels),
            built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            build_seconds=round(time.perf_counter() - t0, 3),
            dense_index=dense_kind,
            **manifest,
        )
        write_json(tmp / "manifest.json", m.to_json())
        final = publish(index_dir, tmp, build_id, snapshot_ns=snapshot_ns)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return m, final
