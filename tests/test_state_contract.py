"""The state contract (bot/state/contract.py), run over both back ends: SQLite files and a real PostgreSQL.

The PostgreSQL server is the tests' own (tests/pg_server.py), a fresh database per test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.config import STATE_URL_ENV, BotConfig
from bot.state import StoreError, check_state, open_state
from bot.state.contract import HOST

from .conftest import ROOT
from .waits import wait_until

BACKENDS = ["sqlite", "postgresql"]


def state_config(tmp_path: Path, url: str, **slack) -> BotConfig:
    c = BotConfig()
    files = {"queue_db": tmp_path / "q.sqlite3", "feedback_db": tmp_path / "fb.sqlite3", **slack}
    return c.model_copy(
        update={"slack": c.slack.model_copy(update=files), "state": c.state.model_copy(update={"url": url})}
    )


@pytest.fixture(params=BACKENDS)
def config(request, tmp_path, monkeypatch):
    monkeypatch.delenv(STATE_URL_ENV, raising=False)
    url = "sqlite" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    return state_config(tmp_path, url)


@pytest.fixture
def state(config):
    s = open_state(config)
    yield s
    s.close()


def _answer(store, answer_id: str, question: str = "q", channel: str = "C1", user: str = "U1", answered=True):
    store.record(
        answer_id=answer_id,
        surface="command",
        channel=channel,
        user_id=user,
        level="partner",
        question=question,
        answered=answered,
        doc_ids=["doc-a", "doc-b"],
        payload={"text": question},
    )


# -- the queue ---------------------------------------------------------------------------------------------------
def test_dedupe_is_one_transaction_with_the_job(state):
    q = state.queue
    assert q.enqueue("event", {"n": 1}, ["event:E1", "msg:C:1"])
    assert q.enqueue("event", {"n": 2}, ["event:E2", "msg:C:1"]) is None  # same message, other event id
    # the refused delivery left its other key unrecorded: a delivery with only that key is new
    assert q.enqueue("event", {"n": 3}, ["event:E2"])
    assert q.pending() == 2
    assert q.enqueue("event", {"n": 4}) and q.enqueue("event", {"n": 5})  # no keys: never a duplicate
    assert q.pending() == 4


def test_dedupe_keys_expire(state):
    q = state.queue
    q.dedupe_ttl = 0.3
    assert q.enqueue("event", {}, ["k"])
    assert q.enqueue("event", {}, ["k"]) is None
    wait_until(lambda: q.enqueue("event", {}, ["k"]) is not None, timeout=5, message="the key never expired")
    time.sleep(0.4)  # on purpose: let the keys expire, then purge them
    assert q.purge_seen() >= 1


def test_claim_oldest_first_lease_expiry_and_extend(state):
    q = state.queue
    a = q.enqueue("command", {"i": 1})
    b = q.enqueue("command", {"i": 2})
    job = q.claim("w1", lease=0.5)
    assert (job.id, job.kind, job.payload, job.attempts) == (a, "command", {"i": 1}, 1)
    assert q.claim("w2", lease=30).id == b
    assert q.claim("w2", lease=30) is None  # both leased
    assert q.extend("w2", [b], 30) == 1 and q.extend("someone else", [b], 30) == 0
    # w1 stopped renewing: its job comes back once the lease runs out, with one attempt more
    again = wait_until(lambda: q.claim("w3", lease=30), timeout=5, message="the expired lease never freed the job")
    assert again.id == a and again.attempts == 2
    assert q.extend("w1", [a], 30) == 0  # the old owner lost it


def test_extend_keeps_a_long_job(state):
    q = state.queue
    a = q.enqueue("rebuild", {})
    q.claim("w1", lease=0.4)
    for _ in range(4):
        time.sleep(0.2)  # on purpose: renew before the lease runs out, as the dispatcher does every lease/3
        assert q.extend("w1", [a], 0.4) == 1
        assert q.claim("w2", lease=30) is None


def test_save_retry_later_done_and_posts(state):
    q = state.queue
    a = q.enqueue("command", {"step": 0})
    job = q.claim("w", 30)
    job.payload["step"] = 1
    q.save(job)
    q.record_post(a, "answer", {"ts": "1.0"})
    q.record_post(a, "answer", {"ts": "2.0"})  # a second record replaces the first
    assert q.posted(a, "answer") == {"ts": "2.0"} and q.posted(a, "notice") is None
    q.retry_later(a, 0.0, counted=False)  # it waited: not a failure
    job = q.claim("w", 30)
    assert job.payload == {"step": 1} and job.attempts == 1
    q.retry_later(a, 30.0)
    assert q.claim("w", 30) is None  # not before its delay
    q.retry_later(a, 0.0)
    assert q.claim("w", 30).attempts == 2
    q.done(a)
    assert q.pending() == 0 and q.ids() == [] and q.posted(a, "answer") is None


def test_bury_keeps_the_job_and_failed_jobs_are_purged_after_retention(state):
    q = state.queue
    a = q.enqueue("feedback_comment", {"comment": "bad\x00answer"})
    job = q.claim("w", 30)
    q.record_post(a, "give_up", {"apology": True})
    q.bury(job, "no vote")
    assert q.pending() == 0 and q.posted(a, "give_up") is None
    [failed] = q.failed()
    assert failed == {"id": a, "kind": "feedback_comment", "payload": job.payload, "attempts": 1, "why": "no vote"}
    assert q.purge_failed(3600) == 0
    time.sleep(0.05)  # on purpose: the job is now older than a 0.01 s retention
    assert q.purge_failed(0.01) == 1 and q.failed() == []


def test_orphans_of_a_dead_process_of_this_host_are_freed_at_once(state):
    q = state.queue
    a, b = q.enqueue("command", {"i": 1}), q.enqueue("command", {"i": 2})
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    ghost = f"{HOST}:{int(dead.stdout)}:abcd1234"
    assert q.claim(ghost, lease=600).id == a
    me = f"{HOST}:{os.getpid()}:me"
    assert q.claim(me, lease=600).id == b
    assert q.claim("other-host:1:x", lease=600) is None
    assert q.release_orphans(me) == 1  # the ghost's job, not mine
    assert q.claim(me, 600).id == a


def test_maintenance_runs_once_per_period_across_processes(config):
    states = [open_state(config) for _ in range(4)]
    try:
        barrier = threading.Barrier(len(states))

        def claim(s):
            barrier.wait()
            return s.queue.claim_maintenance("retention", 3600)

        with ThreadPoolExecutor(len(states)) as pool:
            assert sorted(pool.map(claim, states)) == [False, False, False, True]
        assert not states[0].queue.claim_maintenance("retention", 3600)
        assert states[0].queue.claim_maintenance("other task", 0.2)  # tasks are separate
        wait_until(lambda: states[1].queue.claim_maintenance("other task", 0.2), timeout=5, message="next period")
    finally:
        for s in states:
            s.close()


_CLAIMER = """
import json, sys
from pathlib import Path
from bot.config import BotConfig
from bot.state import open_state
c = BotConfig()
c = c.model_copy(update={
    "slack": c.slack.model_copy(update={"queue_db": Path(sys.argv[1]), "feedback_db": Path(sys.argv[2])}),
    "state": c.state.model_copy(update={"url": sys.argv[3]})})
q = open_state(c).queue
print("ready", flush=True)
sys.stdin.readline()
got = []
while (job := q.claim(sys.argv[4], 600)) is not None:
    got.append(job.id)
print(json.dumps(got), flush=True)
"""


@pytest.mark.slow  # two subprocesses
def test_two_processes_claiming_together_never_get_one_job_twice(config):
    state = open_state(config)
    ids = {state.queue.enqueue("command", {"i": i}) for i in range(300)}
    state.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop(STATE_URL_ENV, None)
    args = [str(config.slack.queue_db), str(config.slack.feedback_db), config.state.url]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CLAIMER, *args, f"{HOST}:{os.getpid()}:claimer{n}"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(2)
    ]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    for p in procs:  # both start claiming at once
        p.stdin.write("go\n")
        p.stdin.flush()
    got = [json.loads(p.communicate(timeout=120)[0].strip()) for p in procs]
    assert not set(got[0]) & set(got[1]), "a job was claimed by both processes"
    assert set(got[0]) | set(got[1]) == ids and len(got[0]) + len(got[1]) == len(ids)
    print(f"\n{config.state.url.split(':')[0]}: the two processes claimed {len(got[0])} and {len(got[1])} jobs")


# -- the answer store ----------------------------------------------------------------------------------------------
def test_answers_expire_after_retention(config):
    s = open_state(config.model_copy(update={"slack": config.slack.model_copy(update={"retention_days": 1})}))
    try:
        s.answers.retention = 0.5  # seconds, so the test does not wait a day
        s.answers.remember_thread("C1", "1.1", "first question", "U1")
        _answer(s.answers, "a1")
        got = s.answers.get("a1")
        assert got["question"] == "q" and got["doc_ids"] == ["doc-a", "doc-b"] and got["answered"] == 1
        assert s.answers.answer_channel("a1") == "C1" and s.answers.thread_question("C1", "1.1") == "first question"
        wait_until(lambda: s.answers.get("a1") is None, timeout=5, message="the answer never expired")
        assert s.answers.answer_channel("a1") is None and s.answers.thread_question("C1", "1.1") is None
        assert s.answers.purge() == 1
    finally:
        s.close()


def test_share_is_claimed_once_and_a_rerun_replaces_the_answer(state):
    a = state.answers
    _answer(a, "a1")
    assert a.claim_share("a1") and not a.claim_share("a1")
    a.unclaim_share("a1")
    assert a.claim_share("a1")
    _answer(a, "a1", question="asked again")  # the job re-ran: its own answer is replaced
    assert a.get("a1")["question"] == "asked again" and a.get("a1")["shared_at"] is None
    assert a.get("nope") is None and not a.claim_share("nope")


def test_threads_keep_their_first_question(state):
    a = state.answers
    a.remember_thread("C1", "1.1", "first", "U1")
    a.remember_thread("C1", "1.1", "second", "U2")
    assert a.thread_question("C1", "1.1") == "first" and a.thread_owner("C1", "1.1") == ("first", "U1")
    assert a.thread_question("C1", None) is None and a.thread_owner("C2", "1.1") is None


def test_a_dm_topic_is_the_newest_before_a_message_and_ages_out(state):
    a = state.answers
    assert a.topic("D1", "U1", 60, 1000.0) is None
    a.set_topic("D1", "U1", "did at&t sell the mate 10 pro?", 1000.0)
    a.set_topic("D1", "U1", "is huawei on the entity list?", 1010.0)  # a newer topic replaces it
    a.set_topic("D1", "U1", "an older message stored late", 1005.0)  # out of order: the newest stays
    a.set_topic("D2", "U2", "other conversation", 1000.0)
    assert a.topic("D1", "U1", 60, 1020.0) == "is huawei on the entity list?"
    assert a.topic("D1", "U1", 60, 1010.0) is None  # the message that set it does not read itself
    assert a.topic("D2", "U2", 60, 1001.0) == "other conversation"
    assert a.topic("D1", "U2", 60, 1020.0) is None and a.thread_question("D1", "1.1") is None
    assert a.topic("D1", "U1", 5, 1020.0) is None  # asked too long before this message


def test_votes_comments_and_the_feedback_report(state):
    a = state.answers
    _answer(a, "a1", question="Can we resell?")
    _answer(a, "a2", question="can we RESELL?", user="U2")
    _answer(a, "a3", question="Unknown thing", answered=False)
    assert a.vote("a1", "U1", "C1", -1) == "ok"
    assert a.vote("a1", "U1", "C1", 1) == "ok"  # a second vote replaces the first
    assert a.vote("a1", "U1", "C1", -1) == "ok"
    assert a.vote("a2", "U2", "C1", -1) == "ok"
    assert a.vote("a1", "U1", "C_OTHER", 1) == "elsewhere" and a.vote("gone", "U1", "C1", 1) == "expired"
    assert sorted(v[:4] for v in a.votes()) == [("a1", "U1", "C1", -1), ("a2", "U2", "C1", -1)]
    assert a.comment_vote("a1", "U1", "wrong\x00 <b>") and not a.comment_vote("a3", "U1", "no vote")
    report = a.feedback_report(days=30)
    [down] = report["downvoted"]
    assert down["question"] == "can we resell?" and down["count"] == 2 and down["docs"] == ["doc-a", "doc-b"]
    assert len(down["comments"]) == 1 and down["comments"][0].startswith("wrong")
    assert [g["question"] for g in report["declined"]] == ["unknown thing"]
    assert [q for _, q, _ in a.recent_questions("U1")] == ["Unknown thing", "Can we resell?"]


def test_assistant_threads_and_their_title(state):
    a = state.answers
    assert a.assistant_context("D1", "9.9") is None
    a.start_assistant_thread("D1", "9.9", "U1", {"channel_id": "C1"})
    assert a.assistant_context("D1", "9.9") == {"channel_id": "C1"}
    a.save_assistant_context("D1", "9.9", {"channel_id": "C2"})
    a.save_assistant_context("D1", "8.8", {"channel_id": "C3"})  # a context before the thread started
    assert a.assistant_context("D1", "9.9") == {"channel_id": "C2"}
    assert a.assistant_context("D1", "8.8") == {"channel_id": "C3"}
    assert a.claim_title("D1", "9.9") and not a.claim_title("D1", "9.9")


def test_one_rebuild_at_a_time_across_processes(config):
    states = [open_state(config) for _ in range(3)]
    try:
        barrier = threading.Barrier(len(states))

        def start(n):
            barrier.wait()
            return states[n].answers.start_rebuild(f"r{n}", f"U{n}")

        with ThreadPoolExecutor(len(states)) as pool:
            results = list(pool.map(start, range(len(states))))
        winners = [n for n, r in enumerate(results) if r is None]
        assert len(winners) == 1
        running = states[0].answers.last_rebuild()
        assert running["id"] == f"r{winners[0]}" and running["running"]
        assert all(r["id"] == running["id"] for r in results if r is not None)
        states[1].answers.finish_rebuild(running["id"], True, "built 71 documents")
        done = states[2].answers.last_rebuild()
        assert not done["running"] and done["ok"] == 1 and done["summary"] == "built 71 documents"
        assert states[2].answers.start_rebuild("r9", "U9") is None  # free again
    finally:
        for s in states:
            s.close()


# -- PostgreSQL only: wake-ups, migrations, start-up errors ---------------------------------------------------------
@pytest.fixture
def pg_config(tmp_path, pg_url, monkeypatch):
    monkeypatch.delenv(STATE_URL_ENV, raising=False)
    return state_config(tmp_path, pg_url)


def test_sqlite_has_no_listener(tmp_path):
    s = open_state(state_config(tmp_path, "sqlite"))
    assert s.queue.listen(lambda: None) is None  # its processes poll (the dispatcher's `poll`)
    s.close()


def test_an_enqueue_on_another_host_wakes_a_listener_within_milliseconds(pg_config):
    listening, enqueuing = open_state(pg_config), open_state(pg_config)
    woke = threading.Event()
    listener = listening.queue.listen(woke.set)
    try:
        assert listener.connected.wait(10), "LISTEN never started"
        latencies = []
        for i in range(5):
            woke.clear()
            t = time.perf_counter()
            assert enqueuing.queue.enqueue("command", {"i": i})
            assert woke.wait(5), "no notification"
            latencies.append((time.perf_counter() - t) * 1000)
        print(f"\nNOTIFY → listener woken: max {max(latencies):.1f} ms over {len(latencies)} enqueues")
        assert max(latencies) < 500  # milliseconds, not the next poll
    finally:
        listener.stop()
        listening.close()
        enqueuing.close()


def test_replicas_starting_together_apply_each_migration_once(pg_url):
    import psycopg

    from bot.state.migrations import LATEST
    from bot.state.pg import PgDatabase

    barrier = threading.Barrier(6)

    def start(_):
        barrier.wait()
        return PgDatabase(pg_url, max_size=2)

    with ThreadPoolExecutor(6) as pool:
        dbs = list(pool.map(start, range(6)))
    for db in dbs:
        db.close()
    with psycopg.connect(pg_url) as c:
        versions = [r[0] for r in c.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, LATEST + 1))


def test_start_up_errors_are_one_line_naming_state_url(tmp_path, pg_server, monkeypatch):
    from tests.pg_server import free_port

    monkeypatch.delenv(STATE_URL_ENV, raising=False)
    cases = {
        f"postgresql://bob:s3cret@127.0.0.1:{free_port()}/db": "cannot reach PostgreSQL",
        pg_server.url("no_such_db", password="s3cret"): "the database does not exist",
    }
    for url, what in cases.items():
        with pytest.raises(StoreError) as err:
            check_state(state_config(tmp_path, url))
        msg = str(err.value)
        assert msg.startswith("state.url postgresql://") and what in msg, msg
        assert "\n" not in msg and "s3cret" not in msg and ":***@" in msg, msg
    # the environment variable overrides config.yaml, and the message says so
    monkeypatch.setenv(STATE_URL_ENV, pg_server.url("no_such_db"))
    with pytest.raises(StoreError, match=rf"^state.url \(from {STATE_URL_ENV}\) .*createdb"):
        check_state(state_config(tmp_path, "sqlite"))
