"""Damaged index files: each is named in one line at load, by `index status`, and a running
engine keeps answering from the good build it has."""

from __future__ import annotations

import json
import logging
import os
import shutil

import numpy as np
import pytest

from index.build import integrity
from index.build.store import load_snapshot, publish, read_current
from index.engine import Engine
from index.errors import IndexDamagedError

from .engine_helpers import run_cli


def _copy_index(built, tmp_path):
    """A private copy of the session's built index, with a config pointing at it."""
    config, engine = built
    index_dir = tmp_path / "index"
    shutil.copytree(config.index_dir, index_dir)
    return config.model_copy(update={"index_dir": index_dir}), engine.embedder


def _build_dir(config):
    return config.index_dir / "builds" / read_current(config.index_dir)


def _truncate(path):
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _reorder_passages(path):
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(lines[-1:] + lines[:-1]))  # an internal passage moves into the public range


def _edit_counts(path):
    m = json.loads(path.read_text())
    m["visibility_counts"]["public"] = m["visibility_counts"]["internal"]
    path.write_text(json.dumps(m))


def _zero_vectors(path):
    v = np.load(path)
    v[:] = 0
    np.save(path, v)


def _drop_row(path):
    v = np.load(path)
    np.save(path, v[:-1])


def _drop_line(path):
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(lines[:-1]))


# (file, damage, what the message says once the checksums are re-recorded, as a careless tool would)
DAMAGE = [
    ("passages.jsonl", _reorder_passages, "not ordered by visibility"),
    ("passages.jsonl", _drop_line, "passages, the manifest says"),
    ("manifest.json", _edit_counts, "visibility_counts"),
    ("vectors.npy", _zero_vectors, "not a unit vector"),
    ("vectors.npy", _drop_row, "shape"),
    ("sentence_vectors.npy", _zero_vectors, "not a unit vector"),
    ("sentence_vectors.npy", _drop_row, "shape"),
    ("documents.jsonl", _drop_line, "documents, the manifest says"),
    ("dense.faiss", _truncate, "dense.faiss"),
    ("bm25/params.index.json", _truncate, "bm25"),
]


@pytest.mark.parametrize("name, damage, semantic", DAMAGE, ids=[f"{d[0]}-{d[1].__name__}" for d in DAMAGE])
def test_each_damaged_file_is_named(built, tmp_path, name, damage, semantic):
    config, _ = _copy_index(built, tmp_path)
    build = _build_dir(config)
    damage(build / name)
    with pytest.raises(IndexDamagedError) as err:  # caught by its checksum
        load_snapshot(config.index_dir)
    msg = str(err.value)
    assert msg.startswith(str(build / name)) and "\n" not in msg and "index build" in msg, msg
    snapshot_ns = integrity.read_record(build)["snapshot_ns"]
    integrity.record(build, snapshot_ns)  # checksums updated to match: the cross-checks still catch it
    with pytest.raises(IndexDamagedError) as err:
        load_snapshot(config.index_dir)
    assert semantic in str(err.value) and str(build) in str(err.value), str(err.value)


def test_missing_checksums_and_manifest_are_named(built, tmp_path):
    config, _ = _copy_index(built, tmp_path)
    build = _build_dir(config)
    (build / "checksums.json").unlink()
    with pytest.raises(IndexDamagedError, match="checksums.json: missing"):
        load_snapshot(config.index_dir)
    (build / "manifest.json").write_text("{not json")
    with pytest.raises(IndexDamagedError, match="manifest.json"):
        load_snapshot(config.index_dir)


def test_status_reports_damaged_file_instead_of_up_to_date(built, tmp_path):
    config, _ = _copy_index(built, tmp_path)
    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"corpus_dir: {config.corpus_dir}\nindex_dir: {config.index_dir}\ncache_dir: {config.cache_dir}\n")
    s = run_cli(cfg, "index", "status")
    assert s.returncode == 0 and "up to date" in s.out, s.out + s.err
    _zero_vectors(_build_dir(config) / "vectors.npy")
    s = run_cli(cfg, "index", "status")
    assert s.returncode == 1 and "Traceback" not in s.err
    assert f"status:    damaged: {_build_dir(config) / 'vectors.npy'}" in s.out, s.out
    assert "up to date" not in s.out
    st = json.loads(run_cli(cfg, "index", "status", "--json").out)
    assert st["damaged"] and "vectors.npy" in st["reason"]
    a = run_cli(cfg, "ask", "Can we resell Huawei phones?")
    assert a.returncode == 1 and "vectors.npy" in a.err and "Traceback" not in a.err


def test_running_engine_keeps_the_good_build_when_a_damaged_one_is_published(built, tmp_path, caplog):
    config, embedder = _copy_index(built, tmp_path)
    engine = Engine(config, embedder)
    good = engine.ask("Can we resell Huawei phones without a carrier?")
    assert good.answered
    good_id = good.index["build_id"]
    # publish a copy of the build whose vectors are zero (re-checksummed: only the cross-check sees it)
    src = _build_dir(config)
    tmp = config.index_dir / "builds" / ".bad.1.tmp"
    shutil.copytree(src, tmp)
    (tmp / "checksums.json").unlink()
    _zero_vectors(tmp / "vectors.npy")
    publish(config.index_dir, tmp, "29990101T000000000000Z")
    caplog.set_level(logging.ERROR, logger="partnerbot.engine")
    for _ in range(5):
        a = engine.ask("Can we resell Huawei phones without a carrier?")
        assert a.answered and a.index["build_id"] == good_id
    errors = [r for r in caplog.records if r.name == "partnerbot.engine"]
    assert len(errors) == 1, [r.getMessage() for r in errors]  # logged once, not per question
    assert "vectors.npy" in errors[0].getMessage() and good_id in errors[0].getMessage()
    # a good build published next is picked up
    tmp = config.index_dir / "builds" / ".good.1.tmp"
    shutil.copytree(src, tmp)
    (tmp / "checksums.json").unlink()
    publish(config.index_dir, tmp, "29990102T000000000000Z")
    assert engine.ask("Can we resell Huawei phones?").answered
    assert engine.snapshot().build_dir.name == "29990102T000000000000Z"


def test_poisoned_embedding_cache_entries_are_embedded_again(workspace):
    """All-zero vectors in the cache would silently decline everything; they are re-embedded."""
    import sqlite3

    from index.build.builder import build_index

    config, embedder = workspace
    build_index(config, embedder, progress=False)
    db = sqlite3.connect(str(config.cache_dir / "embeddings.sqlite3"))
    rows = db.execute("SELECT model, hash, dim FROM vectors LIMIT 5").fetchall()
    saved = db.execute("SELECT model, hash, dim, vec FROM vectors LIMIT 5").fetchall()
    try:
        with db:
            db.executemany(
                "UPDATE vectors SET vec=? WHERE model=? AND hash=?", [(bytes(4 * d), m, h) for m, h, d in rows]
            )
        from index.search.embedding import EmbeddingCache

        cache = EmbeddingCache(config.cache_dir / "embeddings.sqlite3")
        try:
            assert not cache.get_many(rows[0][0], [h for _, h, _ in rows])
        finally:
            cache.close()
    finally:
        with db:
            db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)", saved)
        db.close()


def test_load_stays_fast(built):
    import time

    config, _ = built
    t = time.perf_counter()
    load_snapshot(config.index_dir)
    assert time.perf_counter() - t < 1.0
    assert os.path.exists(_build_dir(config) / "checksums.json")
