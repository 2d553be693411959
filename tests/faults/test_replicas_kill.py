"""Three `partnerbot serve --http` replicas on one PostgreSQL, one SIGKILLed mid-burst (issue 16, item 5).

Each replica has its own working directory and config.yaml, its own port and its own local index, fetched
at start from one build published to a shared directory (`state.shared_index_dir`); all three share one
PostgreSQL database (`state.url`) and one fake Slack. 300 signed `/huawei` questions go round-robin to the
replicas, 20 at a time. After about 100 acks, once the victim holds leased jobs, its whole process group
(the gunicorn master and its worker) is SIGKILLed. Then: every question that got a 200 ack is answered, at
most one of them twice (the one post the killed worker may have had in flight), and every question sent to
the dead replica afterwards is a connection error, never an ack (Slack would retry it elsewhere).

Where the test runs as root, each replica runs in its own UTS namespace (`unshare --uts`) under its own host
name, as on separate hosts: the victim's jobs then come back only when their lease (`state.lease_seconds`,
6 s here) runs out, never through the same-host check of dead pids. Elsewhere the replicas share a host name
and the live ones free the dead one's jobs within the 2 s sweep; the test says which it ran.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import urllib.parse
from collections import Counter
from pathlib import Path

import psycopg
import pytest
import requests

from bot.devtools.fake_slack import SECRET, FakeSlack, SlackSender
from bot.state.pg import NOW
from index.build.shared import publish_shared

from ..conftest import write_config
from ..slack_fakes.harness import CHANNELS, free_port
from ..waits import wait_until
from .test_slack_server import _send, raw_request

pytestmark = pytest.mark.e2e

REPLICAS = 3
QUESTIONS = 300
AT_ONCE = 20
KILL_AFTER_ACKS = 100
LEASE = 6.0
SLACK_DELAY = 0.1  # seconds per post: a Slack slow enough that the victim holds leased jobs when it dies
TEXTS = [
    "Can we resell Huawei phones without a carrier?",
    "why did AT&T drop Huawei",
    "warranty on huawei phones",
    "What is the capital of Peru?",
]


def _can_unshare() -> bool:
    """True where a replica can get its own host name (root, util-linux unshare)."""
    if os.geteuid() != 0:
        return False
    try:
        return subprocess.run(["unshare", "--uts", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


class Replica:
    """`python -m bot serve --http` in its own working directory and process group (and host name, if possible)."""

    def __init__(self, workdir: Path, name: str, fake: FakeSlack, own_host: bool):
        self.workdir, self.name, self.fake = workdir, name, fake
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(
            os.environ, SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=fake.api_url, CI="1"
        )
        env.pop("SLACK_APP_TOKEN", None)
        env.pop("PARTNERBOT_STATE_URL", None)  # each replica's config.yaml names the database
        cmd = [sys.executable, "-m", "bot", "--config", str(workdir / "config.yaml"), "serve", "--http"]
        cmd += ["--host", "127.0.0.1", "--port", str(self.port), "--workers", "1", "--threads", "16"]
        if own_host:  # exec keeps one pid: the process group is the replica's
            cmd = ["unshare", "--uts", "sh", "-c", 'hostname "$0" && exec "$@"', name, *cmd]
        self.log_path = workdir / "serve.log"
        self._log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            cmd, cwd=workdir, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def worker_pids(self) -> list[int]:
        try:
            return [int(x) for x in Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text().split()]
        except OSError:
            return []

    def ready(self) -> bool:
        if self.proc.poll() is not None:
            raise AssertionError(f"{self.name} exited:\n{self.log()[-3000:]}")
        try:
            return bool(self.worker_pids()) and requests.get(self.url + "/healthz", timeout=2).ok
        except requests.RequestException:
            return False

    def log(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")

    def kill(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)  # the master and its worker: the whole replica at once
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self._log.close()


@pytest.fixture
def replicas(built, tmp_path, pg_url):
    """(replicas, fake Slack, database URL, whether each has its own host name): 3 replicas, ready."""
    config, _ = built
    shared = tmp_path / "shared-index"
    publish_shared(config.index_dir, shared)  # built once; each replica fetches it into its own index_dir
    fake = FakeSlack()
    fake.channels.update(json.loads(json.dumps(CHANNELS)))
    own_host = _can_unshare()
    made: list[Replica] = []
    try:
        for i in range(REPLICAS):
            home = tmp_path / f"replica-{i}"
            home.mkdir()
            write_config(
                home,
                corpus_dir=str(config.corpus_dir),  # one corpus on the shared volume (nobody builds here)
                cache_dir=str(config.cache_dir),  # the ONNX export, content-addressed
                state={"url": pg_url, "lease_seconds": LEASE, "shared_index_dir": str(shared)},
            )
            made.append(Replica(home, f"replica-{i}", fake, own_host))
        for r in made:
            wait_until(r.ready, timeout=180, message=f"{r.name} answering /healthz")
        yield made, fake, pg_url, own_host
    finally:
        for r in made:
            r.stop()
        fake.close()


def _name(form: dict) -> str:
    return "/response/" + form["response_url"].rsplit("/", 1)[1]


def _leased(db, pids: list[int]) -> dict[str, float]:
    """The jobs leased right now by the given worker processes (owner = host:pid:nonce), with the seconds
    left on each lease."""
    rows = db.execute(
        f"SELECT id, owner, lease_until - {NOW} FROM jobs WHERE owner IS NOT NULL AND lease_until > {NOW}"
    ).fetchall()
    return {job: left for job, owner, left in rows if _pid(owner) in pids}


def _pid(owner: str) -> int:
    return int(owner.rsplit(":", 2)[1])


def test_three_replicas_one_killed_mid_burst_lose_no_acked_question(replicas):
    reps, fake, url, own_host = replicas
    victim = reps[0]
    victim_pids = victim.worker_pids()
    # One sender names every question: response URLs and trigger ids must be unique across the replicas (a
    # repeated trigger id is a Slack retry to the bot, deduplicated).
    namer = SlackSender(victim.url + "/slack/events", fake)

    def signed(r: int, text: str) -> tuple[bytes, dict]:
        form = namer.command_form(text)
        return raw_request(reps[r].port, urllib.parse.urlencode(form), "application/x-www-form-urlencoded"), form

    for r in range(REPLICAS):  # first-request costs (connections, caches) are not the test
        raw, form = signed(r, f"{TEXTS[0]} (warm up {r})")
        assert asyncio.run(_send(reps[r].port, raw))[1] == 200
        fake.wait_for(_name(form), timeout=60)
    started = time.monotonic()
    sent = []  # (replica index, raw request, form)
    for i in range(QUESTIONS):
        r = i % REPLICAS
        sent.append((r, *signed(r, f"{TEXTS[i % len(TEXTS)]} (replica test {i})")))
    assert len({_name(form) for _, _, form in sent}) == QUESTIONS  # each answer is counted for its own question
    db = psycopg.connect(url, autocommit=True)
    kill: dict = {}

    async def burst():
        gate = asyncio.Semaphore(AT_ONCE)
        acks = 0
        start_after_kill: list[bool] = [False] * QUESTIONS

        async def one(i: int, port: int, raw: bytes):
            nonlocal acks
            async with gate:
                start_after_kill[i] = "at" in kill
                ms, status = await _send(port, raw)
            acks += status == 200
            return ms, status

        tasks = [asyncio.create_task(one(i, reps[r].port, raw)) for i, (r, raw, _) in enumerate(sent)]
        while acks < KILL_AFTER_ACKS:
            await asyncio.sleep(0.01)
        end = time.monotonic() + 20
        held = _leased(db, victim_pids)
        while not held and time.monotonic() < end:  # kill it while it holds acked questions
            await asyncio.sleep(0.02)
            held = _leased(db, victim_pids)
        victim.kill()
        held = _leased(db, victim_pids) or held  # the leases as they stand at the kill (a late renewal counts)
        with fake.lock:
            calls = len(fake.calls)
        kill.update(at=time.monotonic(), acks=acks, held=held, calls=calls)
        results = await asyncio.gather(*tasks)
        return results, start_after_kill

    fake.delay = SLACK_DELAY
    try:
        results, after_kill = asyncio.run(burst())
        burst_s = time.monotonic() - started
        acked = [form for (_, _, form), (_, st) in zip(sent, results, strict=True) if st == 200]
        to_victim_after = [
            st for (r, _, _), (_, st), late in zip(sent, results, after_kill, strict=True) if r == 0 and late
        ]
        to_live = [st for (r, _, _), (_, st) in zip(sent, results, strict=True) if r != 0]

        # The victim's leased jobs: taken over by a live replica once their lease runs out (or, on one host
        # name, once the sweep sees the dead pid). A job is taken over when its owner changes or it is done.
        held = kill["held"]
        taken: dict[str, float] = {}
        moved: set[str] = set()  # seen under a live replica's name (not only gone: the victim may have finished it)
        end = time.monotonic() + 120
        while len(taken) < len(held) and time.monotonic() < end:
            rows = dict(db.execute("SELECT id, owner FROM jobs WHERE id = ANY(%s)", (list(held),)).fetchall())
            for job in held:
                now_moved = job in rows and rows[job] is not None and _pid(rows[job]) not in victim_pids
                if job not in taken and (job not in rows or now_moved):
                    taken[job] = time.monotonic() - kill["at"]
                    if now_moved:
                        moved.add(job)
            time.sleep(0.05)
        wait_until(
            lambda: all(fake.named(_name(f)) for f in acked), timeout=120, message="every acked question answered"
        )
        answered_s = time.monotonic() - kill["at"]
        time.sleep(3)  # on purpose: a late duplicate (a job taken over after its post) would land by now
    finally:
        fake.delay = 0.0
        db.close()
    counts = Counter({_name(f): len(fake.named(_name(f))) for f in acked})
    lost = [n for n, c in counts.items() if c == 0]
    twice = [n for n, c in counts.items() if c > 1]
    wall = time.monotonic() - started
    print(
        f"\n{REPLICAS} replicas ({'own host names' if own_host else 'one host name'}), {QUESTIONS} /huawei, "
        f"{AT_ONCE} at a time, lease {LEASE:g} s: replica-0 SIGKILLed after {kill['acks']} acks holding "
        f"{len(held)} leased jobs; {len(acked)}/{QUESTIONS} acked; {len(to_victim_after)} sent to the dead replica "
        f"afterwards, {sum(st == 200 for st in to_victim_after)} of them acked; held jobs taken over "
        f"{min(taken.values(), default=0):.1f}-{max(taken.values(), default=0):.1f} s after the kill; "
        f"{len(lost)} acked questions unanswered, {len(twice)} answered twice; burst {burst_s:.1f} s, all answered "
        f"{answered_s:.1f} s after the kill, test {wall:.1f} s"
    )
    assert all(st == 200 for st in to_live), Counter(to_live)  # the live replicas ack everything
    assert kill["acks"] >= KILL_AFTER_ACKS and held, "the kill did not land while the victim held acked questions"
    assert to_victim_after and all(st == 0 for st in to_victim_after)  # no HTTP answer at all: Slack retries them
    assert len(taken) == len(held), f"jobs of the killed replica never taken over: {set(held) - set(taken)}"
    if own_host:
        # Only the lease brought them back, not the pid (other host names): no live replica took a job before
        # the lease it had at the kill ran out. (The lease is renewed every lease / 3, so it normally has 4-6 s
        # left; on a loaded machine a renewal comes late and less is left, which is timing, not a second owner.)
        early = {job: (round(taken[job], 2), round(held[job], 2)) for job in moved if taken[job] < held[job] - 0.25}
        assert not early, f"taken over before its lease ran out (s after kill, s of lease left): {early}"
    assert max(taken.values()) <= LEASE + 30, taken
    assert not lost, f"acked but never answered: {lost[:10]}"
    assert len(twice) <= 1, _where(fake, twice, kill["calls"])  # one killed worker: the one post it had in flight


def _where(fake: FakeSlack, names: list[str], calls_at_kill: int) -> str:
    """For a failure message: where each post of each name is in the fake's call log, against the kill."""
    with fake.lock:
        calls = [n for n, _ in fake.calls]
    at = {n: [i for i, c in enumerate(calls) if c == n] for n in names}
    return f"answered twice: {at}; {calls_at_kill} calls when the kill landed"
