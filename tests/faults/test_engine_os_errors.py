"""OS and SQLite faults: read-only directories, a corrupt embedding cache, a truncated ONNX
export, and model paths; each is one line naming the path, or survived with one warning."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess

import pytest

from bot.config import load_config
from index.engine import Engine
from index.search.embedding import Embedder

from ..conftest import make_workspace, write_config
from .engine_helpers import assert_one_line, run_cli


@pytest.fixture
def ws(tmp_path, shared_cache):
    config = make_workspace(tmp_path, shared_cache)
    return config, tmp_path / "config.yaml"


@contextlib.contextmanager
def read_only(*dirs):
    """Make directories unwritable, even for root (chattr +i), and restore them afterwards."""
    if os.geteuid() != 0:
        for d in dirs:
            d.chmod(0o555)
        try:
            yield
        finally:
            for d in dirs:
                d.chmod(0o755)
        return
    done = []
    try:
        for d in dirs:
            if subprocess.run(["chattr", "+i", str(d)], capture_output=True).returncode != 0:
                pytest.skip("cannot make a directory read-only here (root without chattr)")
            done.append(d)
        yield
    finally:
        for d in done:
            subprocess.run(["chattr", "-i", str(d)], capture_output=True)


def test_read_only_index_dir_is_one_line_and_the_index_still_answers(ws):
    config, cfg = ws
    assert run_cli(cfg, "index", "build").returncode == 0
    (config.corpus_dir / "notes" / "extra.md").write_text(
        "---\nid: extra\ntitle: Extra\nkind: note\nsource: s\npublished: 2020-01-01\nvisibility: public\n---\nMore.\n"
    )
    with read_only(config.index_dir, config.index_dir / "builds"):
        r = run_cli(cfg, "index", "build")
        assert_one_line(r, str(config.index_dir), "cannot write the index directory", "index_dir")
        a = run_cli(cfg, "ask", "Can we resell Huawei phones without a carrier?")
        assert a.returncode == 0, a.err


def test_read_only_cache_dir_is_one_line(tmp_path, shared_cache):
    cache = tmp_path / "cache"
    cache.mkdir()
    make_workspace(tmp_path, shared_cache, cache_dir=str(cache))
    with read_only(cache):
        r = run_cli(tmp_path / "config.yaml", "index", "build")
    assert_one_line(r, str(cache), "cache_dir")


def test_corrupt_embedding_cache_says_it_can_be_deleted(tmp_path, shared_cache):
    cache = tmp_path / "cache"
    cache.mkdir()
    make_workspace(tmp_path, shared_cache, cache_dir=str(cache))
    db = cache / "embeddings.sqlite3"
    db.write_bytes(b"this is not a database" * 200)
    r = run_cli(tmp_path / "config.yaml", "index", "build")
    assert_one_line(r, str(db), "damaged", "delete it")


def test_truncated_onnx_export_falls_back_with_one_warning_and_build_reexports(tmp_path, shared_cache, caplog):
    config = make_workspace(tmp_path, shared_cache)
    shared = Embedder.from_config(config)
    good = shared.ensure_onnx()  # the session cache's export (made once per session)
    assert good is not None and good.exists()
    cache = tmp_path / "cache"
    (cache / "onnx").mkdir(parents=True)
    (cache / "onnx" / good.name).write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    shutil.copy(shared_cache / "embeddings.sqlite3", cache / "embeddings.sqlite3")
    config = load_config(write_config(tmp_path, cache_dir=str(cache)))
    from index.build.builder import build_index

    embedder = Embedder.from_config(config)
    messages = []
    build_index(config, embedder, progress=False, log=messages.append)  # re-exports the damaged file
    assert any("ONNX export is damaged" in m for m in messages), messages
    from index.search.onnx_encoder import check_onnx

    assert check_onnx(embedder.onnx_path) == ""
    # damage it again under a running engine: every question is still answered, one warning
    embedder.onnx_path.write_bytes(b"\x08\x07garbage")
    engine = Engine(config, Embedder.from_config(config))
    caplog.set_level(logging.WARNING, logger="partnerbot.embedding")
    for q in ("Can we resell Huawei phones without a carrier?", "What did the FCC decide in 2022?"):
        assert engine.ask(q).answered
    warnings = [r for r in caplog.records if r.name == "partnerbot.embedding"]
    assert len(warnings) == 1 and str(embedder.onnx_path) in warnings[0].getMessage()
    assert engine.embedder.query_backend == "sentence-transformers"


def test_model_name_empty_or_relative_path(tmp_path, shared_cache):
    config = make_workspace(tmp_path, shared_cache)
    model_dir = Embedder.from_config(config).path
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "mini").symlink_to(model_dir)
    cfg = write_config(tmp_path, model={"name": "models/mini"})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    old = os.getcwd()
    try:
        os.chdir(elsewhere)  # relative to the config file, not to the working directory
        e = Embedder.from_config(load_config(cfg))
        assert e.path == tmp_path / "models" / "mini"
    finally:
        os.chdir(old)
    cfg = write_config(tmp_path, model={"name": "models/missing"})
    assert_one_line(run_cli(cfg, "index", "build", cwd=elsewhere), "model.name", str(tmp_path / "models" / "missing"))
    cfg = write_config(tmp_path, model={"name": ""})
    assert_one_line(run_cli(cfg, "index", "build"), str(cfg), "model.name")
    cfg = write_config(tmp_path, model={"name": "..sneaky"})
    assert_one_line(run_cli(cfg, "index", "build"), "model.name")
