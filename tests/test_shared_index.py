"""The index on every replica: a build published to a shared directory is fetched, verified and hot-swapped.

"Hosts" are directories with their own config, corpus and index_dir, sharing one `state.shared_index_dir`;
the builds are real (the real model, a tiny corpus).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time

import pytest

from bot.builds import build_and_publish, fetch_if_shared, publish_if_shared
from bot.config import load_config
from bot.replica import ReplicaWatcher
from index.build import integrity, shared
from index.build.builder import build_index
from index.build.buildlock import build_lock
from index.build.store import read_current
from index.engine import Engine

from .conftest import write_config
from .faults.engine_helpers import run_cli
from .waits import wait_until

DOCS = {
    "articles/resale.md": (
        "---\nid: resale-rules\ntitle: Reselling Huawei phones\nkind: article\nsource: Test Wire\n"
        "published: 2023-04-01\nvisibility: public\n---\n"
        "Partners may resell Huawei phones without a carrier contract when they buy them from an authorised "
        "distributor. Unlocked phones bought elsewhere carry no warranty.\n"
    ),
    "articles/entity-list.md": (
        "---\nid: entity-list\ntitle: Huawei on the Entity List\nkind: article\nsource: Test Wire\n"
        "published: 2019-05-16\nvisibility: public\n---\n"
        "The US Commerce Department added Huawei to the Entity List in May 2019, so US suppliers need a "
        "licence to sell it American technology.\n"
    ),
    "notes/margins.md": (
        "---\nid: partner-margins\ntitle: Partner margins\nkind: note\nsource: Channel team\n"
        "published: 2024-02-01\nvisibility: internal\n---\n"
        "Internal note: the partner margin on storage arrays is twelve percent this year.\n"
    ),
}
ZEBRA = (
    "---\nid: zebra-warranty\ntitle: Zebra-stripe warranty programme\nkind: note\nsource: Support\n"
    "published: {date}\nvisibility: partner\n---\n"
    "The zebra-stripe warranty programme covers screen repairs for resold Huawei phones for {years} years.\n"
)
ZEBRA_Q = "What does the zebra-stripe warranty programme cover?"
RESALE_Q = "Can partners resell Huawei phones without a carrier contract?"


@pytest.fixture
def hosts(tmp_path, shared_cache, embedder_factory):
    """make(name) -> config of a host with its own corpus and index_dir; all share tmp/shared."""
    shared_dir = tmp_path / "shared"

    def make(name: str, with_corpus: bool = True):
        home = tmp_path / name
        for rel, text in DOCS.items() if with_corpus else ():
            (home / "corpus" / rel).parent.mkdir(parents=True, exist_ok=True)
            (home / "corpus" / rel).write_text(text)
        (home / "corpus").mkdir(parents=True, exist_ok=True)
        path = write_config(
            home,
            corpus_dir="corpus",
            index_dir="index",
            cache_dir=str(shared_cache),
            state={"shared_index_dir": str(shared_dir), "index_poll_seconds": 0.5},
        )
        return load_config(path)

    make.shared_dir = shared_dir
    make.embedder = lambda config: embedder_factory(config)
    return make


def _our_warnings(caplog) -> list[str]:
    """partnerbot's own warnings: a connection pool left retrying by an earlier test logs under its own name."""
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and r.name.startswith("partnerbot")]


def _add_zebra(config, years: int = 2, date: str = "2021-03-01") -> None:
    (config.corpus_dir / "notes" / "zebra.md").write_text(ZEBRA.format(years=years, date=date))


def _cites(engine: Engine, question: str, doc_id: str) -> bool:
    return any(c.passage.doc_id == doc_id for c in engine.ask(question).citations)


def _shared_build(hosts, build_id: str):
    return hosts.shared_dir / "builds" / build_id


def _tmp_dirs(index_dir):
    return [p.name for p in (index_dir / "builds").iterdir() if p.name.startswith(".")]


def test_a_build_on_one_host_is_published_and_another_host_answers_from_it(hosts):
    a, b = hosts("a"), hosts("b")
    emb = hosts.embedder(a)
    res, published = build_and_publish(a, emb, progress=False)
    build_id = res.manifest.build_id
    assert published.ok and build_id in published.line
    assert read_current(hosts.shared_dir) == build_id
    integrity.verify_files(_shared_build(hosts, build_id))  # an exact, checksummed copy

    assert read_current(b.index_dir) is None
    got = fetch_if_shared(b, emb)
    assert (got.status, got.build_id) == ("fetched", build_id)
    assert read_current(b.index_dir) == build_id
    assert _tmp_dirs(b.index_dir) == []
    assert _cites(Engine(b, emb), RESALE_Q, "resale-rules")
    assert fetch_if_shared(b, emb).status == "current"  # nothing new: nothing copied


def test_a_newer_build_is_swapped_into_a_running_engine_by_the_watcher(hosts, caplog):
    a, b = hosts("a"), hosts("b")
    emb = hosts.embedder(a)
    first = build_and_publish(a, emb, progress=False)[0].manifest.build_id
    assert fetch_if_shared(b, emb).status == "fetched"
    engine = Engine(b, emb)
    assert not _cites(engine, ZEBRA_Q, "zebra-warranty")

    _add_zebra(a)
    second = build_and_publish(a, emb, progress=False)[0].manifest.build_id
    assert second != first
    caplog.set_level(logging.INFO, logger="partnerbot")
    watcher = ReplicaWatcher(b, emb, every=0.1).start()
    try:
        wait_until(lambda: read_current(b.index_dir) == second, timeout=30, message="B to fetch the new build")
    finally:
        watcher.stop()
    assert _cites(engine, ZEBRA_Q, "zebra-warranty")  # the same Engine, no restart
    assert engine.snapshot().manifest.build_id == second
    assert f"fetched build {second}" in caplog.text


def _flip_byte(path):
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _truncate(path):
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _delete(path):
    path.unlink()


DAMAGE = [
    ("vectors.npy", _flip_byte, "checksum differs"),
    ("passages.jsonl", _truncate, "bytes, the build recorded"),
    ("bm25/params.index.json", _delete, "missing"),  # a half-copied build
    ("checksums.json", _delete, "checksums.json: missing"),
]


@pytest.mark.parametrize("name, damage, says", DAMAGE, ids=[f"{d[0]}-{d[1].__name__}" for d in DAMAGE])
def test_a_damaged_shared_build_is_refused_once_and_the_replica_keeps_answering(
    hosts, caplog, monkeypatch, name, damage, says
):
    a, b = hosts("a"), hosts("b")
    emb = hosts.embedder(a)
    first = build_and_publish(a, emb, progress=False)[0].manifest.build_id
    assert fetch_if_shared(b, emb).status == "fetched"
    engine = Engine(b, emb)
    _add_zebra(a)
    second = build_and_publish(a, emb, progress=False)[0].manifest.build_id
    damage(_shared_build(hosts, second) / name)

    refused: set = set()
    caplog.set_level(logging.WARNING, logger="partnerbot")
    got = fetch_if_shared(b, emb, refused)
    assert got.status == "refused"
    assert f"shared build {second} refused" in got.message and says in got.message
    assert str(_shared_build(hosts, second)) in got.message  # names the shared file, not the local copy
    assert _our_warnings(caplog) == [got.message]
    assert read_current(b.index_dir) == first and _tmp_dirs(b.index_dir) == []
    assert not (b.index_dir / "builds" / second).exists()
    assert _cites(engine, RESALE_Q, "resale-rules") and not _cites(engine, ZEBRA_Q, "zebra-warranty")

    copies = []
    real_copytree = shutil.copytree
    monkeypatch.setattr(shutil, "copytree", lambda *a, **k: copies.append(a) or real_copytree(*a, **k))
    again = fetch_if_shared(b, emb, refused)
    assert again.status == "refused" and copies == []  # not copied again every poll
    assert len(_our_warnings(caplog)) == 1

    # Published again from A (a good copy): B retries and takes it.
    assert publish_if_shared(a).ok
    assert fetch_if_shared(b, emb, refused).status == "fetched"
    assert read_current(b.index_dir) == second and _cites(engine, ZEBRA_Q, "zebra-warranty")


def test_a_half_copied_tmp_dir_is_ignored_and_cleaned_once_stale(hosts):
    a, b = hosts("a"), hosts("b")
    emb = hosts.embedder(a)
    first = build_and_publish(a, emb, progress=False)[0].manifest.build_id
    # A publisher died while copying a newer build: its tmp holds half the files, CURRENT never named it.
    half = hosts.shared_dir / "builds" / ".20990101T000000000000Z.4242.tmp"
    shutil.copytree(_shared_build(hosts, first), half)
    shutil.rmtree(half / "bm25")
    _truncate(half / "vectors.npy")
    got = fetch_if_shared(b, emb)
    assert (got.status, got.build_id) == ("fetched", first)
    assert fetch_if_shared(b, emb).status == "current"
    assert sorted(p.name for p in (b.index_dir / "builds").iterdir()) == [first]

    # The next publish removes it once it is old (a pid from another host cannot be checked), not before.
    _add_zebra(a)
    build_and_publish(a, emb, progress=False)
    assert half.exists()
    old = time.time() - shared.STALE_COPY_SECONDS - 60
    os.utime(half, (old, old))
    _add_zebra(a, years=3)
    build_and_publish(a, emb, progress=False)
    assert not half.exists()


def test_a_build_from_another_model_is_refused(hosts):
    a, b = hosts("a"), hosts("b")
    emb = hosts.embedder(a)
    first = build_and_publish(a, emb, progress=False)[0].manifest.build_id
    assert fetch_if_shared(b, emb).status == "fetched"
    _add_zebra(a)
    second = build_and_publish(a, emb, progress=False)[0].manifest.build_id
    build = _shared_build(hosts, second)
    data = json.loads((build / "manifest.json").read_text())
    data["model"], data["model_fingerprint"] = "other-model", "other-model@123"
    (build / "manifest.json").write_text(json.dumps(data))
    integrity.record(build, integrity.read_record(build)["snapshot_ns"])  # consistent, just another model
    got = fetch_if_shared(b, emb, set())
    assert got.status == "refused"
    assert f"{build}: index was built with model 'other-model'" in got.message
    assert f"config.yaml asks for '{emb.name}'" in got.message
    assert read_current(b.index_dir) == first


def test_publishing_never_goes_back_in_time(hosts):
    a, c, b = hosts("a"), hosts("c"), hosts("b")
    emb = hosts.embedder(a)
    older = build_index(a, emb, progress=False).manifest.build_id  # read its corpus first, not yet published
    _add_zebra(c)
    newer = build_and_publish(c, emb, progress=False)[0].manifest.build_id
    assert read_current(hosts.shared_dir) == newer

    with pytest.raises(shared.StaleBuildError, match=f"build {newer} of a newer corpus is already published"):
        shared.publish_shared(a.index_dir, hosts.shared_dir)
    late = publish_if_shared(a)  # for a build command: said, not a failure (A fetches the newer one next)
    assert late.ok and "was not published" in late.line
    assert read_current(hosts.shared_dir) == newer
    assert not (hosts.shared_dir / "builds" / older).exists()
    assert [p.name for p in (hosts.shared_dir / "builds").iterdir() if p.name.startswith(".")] == []

    assert fetch_if_shared(a, emb).status == "fetched"  # A catches up with the newer corpus
    assert read_current(a.index_dir) == newer

    # A replica whose own build is newer than the shared one keeps it.
    local = build_index(b, emb, progress=False).manifest.build_id
    got = fetch_if_shared(b, emb)
    assert got.status == "local-newer" and read_current(b.index_dir) == local


def test_a_fetch_waits_for_the_local_build_lock(hosts):
    a, b = hosts("a"), hosts("b")
    emb = hosts.embedder(a)
    build_id = build_and_publish(a, emb, progress=False)[0].manifest.build_id
    held, release = threading.Event(), threading.Event()

    def other_process_holds_it():  # another worker's fetch or a local build (another fd: flock conflicts)
        with build_lock(b.index_dir, 5):
            held.set()
            release.wait(30)

    t = threading.Thread(target=other_process_holds_it)
    t.start()
    try:
        held.wait(10)
        assert fetch_if_shared(b, emb).status == "busy"
        assert read_current(b.index_dir) is None
    finally:
        release.set()
        t.join()
    assert fetch_if_shared(b, emb).status == "fetched" and read_current(b.index_dir) == build_id


def test_an_unreachable_shared_dir_is_logged_once_and_the_local_build_serves(hosts, caplog):
    a = hosts("a")
    emb = hosts.embedder(a)
    build_index(a, emb, progress=False)
    hosts.shared_dir.write_text("not a directory: the volume is not mounted right")
    watcher = ReplicaWatcher(a, emb, every=60)
    caplog.set_level(logging.INFO, logger="partnerbot")
    for _ in range(3):
        assert watcher.poll_once().status == "unreachable"
    warnings = _our_warnings(caplog)
    assert len(warnings) == 1 and f"{hosts.shared_dir}: cannot read the shared index directory" in warnings[0]
    assert _cites(Engine(a, emb), RESALE_Q, "resale-rules")
    hosts.shared_dir.unlink()
    assert watcher.poll_once().status == "none"
    assert "can be read again" in caplog.text


def test_cli_a_new_replica_fetches_instead_of_building_and_status_says_so(hosts):
    a, b = hosts("a"), hosts("b")
    emb = hosts.embedder(a)
    build_id = build_and_publish(a, emb, progress=False)[0].manifest.build_id
    cfg_b = b.source_path
    r = run_cli(cfg_b, "index", "status")
    assert f"shared:    {hosts.shared_dir} (build {build_id}): the local index is older" in r.out, r.out + r.err
    r = run_cli(cfg_b, "ask", "--json", RESALE_Q)
    assert r.returncode == 0, r.err
    assert f"fetched build {build_id}" in r.err and "building it from corpus" not in r.err
    assert json.loads(r.out)["index"]["build_id"] == build_id
    r = run_cli(cfg_b, "index", "status", "--json")
    assert json.loads(r.out)["shared"]["local"] == "matches"
    r = run_cli(cfg_b, "index", "build", "--if-stale")  # as run.sh does on a replica: up to date, no build
    assert r.returncode == 0 and "is up to date" in r.err, r.err
    assert read_current(b.index_dir) == build_id
    r = run_cli(cfg_b, "index", "fetch")
    assert r.returncode == 0 and f"build {build_id} is live" in r.err, r.err
    _add_zebra(b)  # B's own build (as `corpus sync` makes too) is published for the others
    r = run_cli(cfg_b, "index", "build")
    newer = read_current(b.index_dir)
    assert r.returncode == 0 and newer != build_id, r.err
    assert f"published build {newer} to {hosts.shared_dir}" in r.err and read_current(hosts.shared_dir) == newer


def test_serve_starts_the_watcher_only_with_a_shared_dir(hosts):
    from bot import replica

    a, b = hosts("a"), hosts("b")
    emb = hosts.embedder(a)
    alone = a.model_copy(update={"state": a.state.model_copy(update={"shared_index_dir": None})})
    assert replica.start_for(alone, emb) is None
    build_id = build_and_publish(a, emb, progress=False)[0].manifest.build_id
    watcher = replica.start_for(b, emb)  # polls every index_poll_seconds (0.5 s here)
    try:
        assert watcher.thread.is_alive() and watcher.every == 0.5
        wait_until(lambda: read_current(b.index_dir) == build_id, timeout=30, message="the watcher to fetch")
    finally:
        watcher.stop()
    assert not watcher.thread.is_alive()


# -- one build at a time across hosts: the PostgreSQL advisory lock (a real server, tests/pg_server.py) ----------
def _hold_lock(url: str, held: threading.Event, release: threading.Event) -> threading.Thread:
    """Another host's build: holds the lock on its own connection until `release`."""
    from bot.state.buildlock import pg_build_lock

    def run():
        with pg_build_lock(url, 5):
            held.set()
            release.wait(60)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    assert held.wait(20), "the first holder never got the lock"
    return t


def test_pg_build_lock_makes_a_second_builder_wait_and_names_the_holder(pg_url):
    from bot.state.buildlock import pg_build_lock
    from index.errors import IndexBusyError

    held, release = threading.Event(), threading.Event()
    first = _hold_lock(pg_url, held, release)
    said: list[str] = []
    with pytest.raises(IndexBusyError, match=r"another index build by \S+ pid \d+ has been running for longer than 1s"):
        with pg_build_lock(pg_url, 1, on_wait=said.append):
            pytest.fail("got a lock another builder holds")
    assert len(said) == 1 and f"pid {os.getpid()}" in said[0] and "waiting for it to finish" in said[0]

    order: list[str] = []

    def second():
        with pg_build_lock(pg_url, 30, on_wait=lambda m: order.append("waiting")):
            order.append("second has it")

    t = threading.Thread(target=second)
    t.start()
    wait_until(lambda: order == ["waiting"], timeout=10, message="the second builder to wait")
    order.append("first releases")
    release.set()
    first.join(10)
    t.join(30)
    assert order == ["waiting", "first releases", "second has it"]


def test_pg_build_lock_is_released_when_its_holder_is_killed(pg_url):
    import signal
    import subprocess
    import sys

    from bot.state.buildlock import pg_build_lock
    from index.errors import IndexBusyError

    from .faults.engine_helpers import ROOT

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom bot.state.buildlock import pg_build_lock\n"
            "with pg_build_lock(sys.argv[1]):\n    print('held', flush=True)\n    time.sleep(120)\n",
            pg_url,
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(IndexBusyError, match="has been running for longer"):
            with pg_build_lock(pg_url, 0.5):
                pass
        holder.send_signal(signal.SIGKILL)  # a builder that dies mid-build: its session, and the lock, end
        holder.wait(10)
        with pg_build_lock(pg_url, 30):
            pass
    finally:
        holder.kill()
        holder.wait(10)


def test_a_build_on_postgresql_waits_for_a_build_on_another_host(hosts, pg_url):
    from index.errors import IndexBusyError

    a = hosts("a")
    a = a.model_copy(update={"state": a.state.model_copy(update={"url": pg_url})})
    emb = hosts.embedder(a)
    held, release = threading.Event(), threading.Event()
    other = _hold_lock(pg_url, held, release)
    said: list[str] = []
    try:
        with pytest.raises(IndexBusyError):
            build_and_publish(a, emb, progress=False, log=said.append, lock_timeout=1)
        assert any("waiting for it to finish" in m for m in said)
        assert read_current(a.index_dir) is None and read_current(hosts.shared_dir) is None
    finally:
        release.set()
        other.join(10)
    res, published = build_and_publish(a, emb, progress=False, lock_timeout=10)
    assert published.ok and read_current(hosts.shared_dir) == res.manifest.build_id


def test_an_unreachable_postgresql_is_one_line_without_the_password():
    from bot.state.buildlock import pg_build_lock
    from index.errors import PartnerbotError
    from tests.pg_server import free_port

    url = f"postgresql://bot:s3cret@127.0.0.1:{free_port()}/partnerbot"
    with pytest.raises(PartnerbotError) as err:
        with pg_build_lock(url, 1):
            pass
    line = str(err.value)
    assert "\n" not in line and "s3cret" not in line
    assert line.startswith("state.url (127.0.0.1:") and "cannot connect to PostgreSQL for the build lock" in line


def test_the_home_tab_rebuild_publishes_to_the_shared_dir(hosts, tmp_path):
    from .slack_fakes.harness import Bot
    from .surface_payloads import rebuild_click, with_slack

    a = hosts("a")
    emb = hosts.embedder(a)
    build_index(a, emb, progress=False)  # built before the shared dir was in use: nothing published yet
    assert read_current(hosts.shared_dir) is None
    _add_zebra(a)
    b = Bot(with_slack(a, admins=["U_ADMIN"]), Engine(a, emb), tmp_path / "slack")
    try:
        rebuild_click(b, "U_ADMIN")
        dm = wait_until(
            lambda: next((p for p in b.fake.named("chat.postMessage") if p["channel"] == "U_ADMIN"), None),
            timeout=120,
            message="the rebuild's DM",
        )
    finally:
        b.close()
    live = read_current(a.index_dir)
    assert (
        dm["text"].startswith("Index rebuilt: build ") and f"published build {live} to {hosts.shared_dir}" in dm["text"]
    )
    assert read_current(hosts.shared_dir) == live
