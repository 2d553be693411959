"""Concurrent builds: one builder at a time, publication in corpus order, no build pruned under a reader."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from index.build.buildlock import LOCK_NAME, build_lock
from index.build.store import StaleBuildError, prune, publish, read_current

from ..conftest import make_workspace
from .engine_helpers import ROOT, run_cli

NEW_DOC = (
    "---\nid: concurrency-probe-{n}\ntitle: Probe {n}\nkind: note\nsource: Test\npublished: 2024-06-0{n}\n"
    "visibility: public\n---\nA fresh note number {n} that has to be embedded, about {topic}.\n"
)


@pytest.fixture
def ws(tmp_path, shared_cache):
    config = make_workspace(tmp_path, shared_cache)
    return config, tmp_path / "config.yaml"


def _lock_held(index_dir) -> bool:
    try:
        fd = os.open(index_dir / LOCK_NAME, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def _spawn(cfg):
    env = dict(os.environ, CI="1", PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(cfg), "index", "build"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )


def test_two_concurrent_builds_publish_in_corpus_order(ws):
    config, cfg = ws
    assert run_cli(cfg, "index", "build").returncode == 0
    # A new document makes the first build embed (load the model): it holds the lock for a while.
    (config.corpus_dir / "notes" / "probe1.md").write_text(NEW_DOC.format(n=1, topic=f"lock probe {time.time()}"))
    first = _spawn(cfg)
    deadline = time.time() + 120
    while not _lock_held(config.index_dir) and first.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    assert first.poll() is None, "the first build finished before the test could race it"
    # The corpus changes while the first build runs: delete five documents, then start a second build.
    victims = sorted((config.corpus_dir / "articles").glob("*.md"))[:5]
    for v in victims:
        v.unlink()
    second = _spawn(cfg)
    out1, err1 = first.communicate(timeout=300)
    out2, err2 = second.communicate(timeout=300)
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    assert "another index build" in err2 and "waiting" in err2  # it said why it waited
    assert "Traceback" not in err1 + err2
    live = config.index_dir / "builds" / read_current(config.index_dir)
    ids = {json.loads(x)["id"] for x in (live / "documents.jsonl").read_text().splitlines()}
    assert not ids & {v.stem for v in victims} or all(v.stem not in ids for v in victims)
    from index.corpus.documents import load_corpus

    want = {d.id for d in load_corpus(config.corpus_dir)[0]}
    assert ids == want  # the live index holds the newest corpus, not the older one
    assert not list((config.index_dir / "builds").glob(".*.tmp"))
    s = run_cli(cfg, "index", "status")
    assert s.returncode == 0 and "up to date" in s.out, s.out + s.err


def test_a_build_that_cannot_get_the_lock_exits_with_one_line(ws):
    config, cfg = ws
    config.index_dir.mkdir(parents=True, exist_ok=True)
    with build_lock(config.index_dir):
        r = run_cli(cfg, "index", "build", "--wait", "1")
    assert r.returncode == 1 and "Traceback" not in r.err
    waiting, line = r.err.strip().splitlines()  # "waiting for it…", then the one-line reason
    assert "waiting for it to finish" in waiting
    assert line.startswith(f"partnerbot: {config.index_dir}: another index build (pid {os.getpid()})"), line
    assert read_current(config.index_dir) is None


def _fake_build(index_dir, name):
    tmp = index_dir / "builds" / f".{name}.{os.getpid()}.tmp"
    tmp.mkdir(parents=True)
    for f in ("manifest.json", "passages.jsonl", "vectors.npy", "dense.faiss"):
        (tmp / f).write_text(name)
    return tmp


def test_an_older_corpus_snapshot_is_never_published(tmp_path):
    index_dir = tmp_path / "index"
    publish(index_dir, _fake_build(index_dir, "b2"), "b2", snapshot_ns=2_000)
    older = _fake_build(index_dir, "b1")
    with pytest.raises(StaleBuildError, match="newer corpus was published"):
        publish(index_dir, older, "b1", snapshot_ns=1_000)
    assert read_current(index_dir) == "b2" and not older.exists()
    publish(index_dir, _fake_build(index_dir, "b3"), "b3", snapshot_ns=3_000)
    assert read_current(index_dir) == "b3"


def test_prune_keeps_recently_retired_builds(tmp_path):
    index_dir = tmp_path / "index"
    for i in range(1, 6):
        publish(index_dir, _fake_build(index_dir, f"b{i}"), f"b{i}", snapshot_ns=i)
    # five quick rebuilds: a reader that read CURRENT a moment ago can still load any of them
    assert sorted(p.name for p in (index_dir / "builds").iterdir()) == ["b1", "b2", "b3", "b4", "b5"]
    prune(index_dir, keep=2, grace=0)  # once the grace period is over, the old ones go
    assert sorted(p.name for p in (index_dir / "builds").iterdir()) == ["b4", "b5"]


def test_a_running_builds_tmp_dir_is_not_deleted_by_another(tmp_path):
    from index.build.store import new_build_dir

    index_dir = tmp_path / "index"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        theirs = index_dir / "builds" / f".x.{other.pid}.tmp"
        theirs.mkdir(parents=True)
        dead = index_dir / "builds" / ".y.999999999.tmp"
        dead.mkdir()
        mine = new_build_dir(index_dir, "z")
        assert theirs.exists() and not dead.exists() and mine.exists()
    finally:
        other.kill()
        other.wait()
    shutil.rmtree(index_dir)
