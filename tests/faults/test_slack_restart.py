"""The whole `serve --http` killed (kill -9 of the master and every worker) or stopped (SIGTERM) in the middle
of a burst, then started again on the same state (issue 15, item 13): every acked question is answered, and
answered once: a job resumed after a restart checks the post-once record (`posts`, written right after
Slack's ok) before posting. Only a post in flight at the moment of a kill can reach Slack twice.

Before: 23 of 60 questions answered twice after a kill -9 and a restart.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from collections import Counter

import pytest

from ..conftest import write_config
from ..slack_fakes import FakeSlack
from ..slack_fakes.harness import CHANNELS, Served
from .test_slack_server import _send, command_raw, mention_raw

QUESTIONS = ["Can we resell Huawei phones without a carrier?", "why did AT&T drop Huawei", "warranty on huawei phones"]


@pytest.fixture
def workdir(built, tmp_path):
    config, _ = built
    write_config(
        tmp_path, index_dir=str(config.index_dir), corpus_dir=str(config.corpus_dir), cache_dir=str(config.cache_dir)
    )
    return tmp_path


def _answered(fake: FakeSlack, cmds: list[dict], ments: list[dict]) -> tuple[Counter, Counter]:
    """How many times each command (by response_url) and each mention (by thread) was answered."""
    with fake.lock:
        calls = list(fake.calls)
    names = {f["response_url"].rsplit("/", 1)[1] for f in cmds}
    by_cmd = Counter(
        n.rsplit("/", 1)[1] for n, _ in calls if n.startswith("/response/") and n.rsplit("/", 1)[1] in names
    )
    by_thread = Counter(p.get("thread_ts") for n, p in calls if n == "chat.postMessage")
    return (Counter({k: by_cmd[k] for k in names}), Counter({e["ts"]: by_thread[e["ts"]] for e in ments}))


def _burst_then_stop(workdir, how: str, n: int = 60) -> tuple[int, int, int, int, str]:
    """(acked, unanswered, answered twice, answered before the stop, both servers' logs) for `n` questions, half
    /huawei, half mentions."""
    fake = FakeSlack()
    fake.channels.update(json.loads(json.dumps(CHANNELS)))
    first = Served(workdir, fake, workers=2, threads=16)
    second = None
    try:
        first.wait_ready()
        cmds = [command_raw(first, f"{QUESTIONS[i % 3]} (restart {i})") for i in range(n // 2)]
        ments = [mention_raw(first, f"{QUESTIONS[i % 3]} (restart {i})", f"1800000900.{i:06d}") for i in range(n // 2)]
        # A slow Slack (as in the attack): posts, and removing the 👀 a mention job added; a job whose answer
        # Slack took is then still running (removing its 👀) when the stop lands.
        fake.delay = 1.0
        fake.fail["reactions.remove"] = [{"status": 200, "error": "no_reaction", "delay": 3.0}] * (n // 2)
        results = asyncio.run(_all(first.port, [r for r, _ in ments + cmds]))  # mentions are run first
        acked_ments = [e for (_, e), (_, st) in zip(ments, results[: n // 2], strict=True) if st == 200]
        acked_cmds = [f for (_, f), (_, st) in zip(cmds, results[n // 2 :], strict=True) if st == 200]
        end = time.time() + 60
        while time.time() < end:  # stop once about a third is answered
            c, m = _answered(fake, acked_cmds, acked_ments)
            if sum(1 for v in [*c.values(), *m.values()] if v) >= n // 3:
                break
            time.sleep(0.02)
        before = sum(1 for v in [*c.values(), *m.values()] if v)
        if how == "kill":
            for pid in [*first.worker_pids(), first.proc.pid]:
                os.kill(pid, signal.SIGKILL)
        else:
            first.proc.terminate()
        first.proc.wait(timeout=60)
        first.stop()
        fake.delay = 0.0
        fake.fail.clear()
        second = Served(workdir, fake, workers=2, threads=16)
        second.wait_ready()
        end = time.time() + 180
        while time.time() < end:
            c, m = _answered(fake, acked_cmds, acked_ments)
            if all(c.values()) and all(m.values()):
                break
            time.sleep(0.2)
        time.sleep(3)  # a late duplicate would land now (the sweep runs every 2 s)
        c, m = _answered(fake, acked_cmds, acked_ments)
        unanswered = sum(1 for v in [*c.values(), *m.values()] if v == 0)
        twice = sum(1 for v in [*c.values(), *m.values()] if v > 1)
        logs = f"--- first server\n{_told(first.log())}\n--- second server\n{_told(second.log())}"
        return len(acked_cmds) + len(acked_ments), unanswered, twice, before, logs
    finally:
        if second:
            second.stop()
        first.stop()
        fake.close()


def _told(log: str) -> str:
    """A server's log for a failure message: its last 6,000 characters without the line each job left queued at a stop
    writes (some forty of them would push out the warnings that tell what went wrong)."""
    return "\n".join(line for line in log.splitlines() if "left queued" not in line)[-6000:]


async def _all(port: int, raws: list[bytes]):
    return await asyncio.gather(*(_send(port, raw) for raw in raws))


def test_kill_9_of_the_whole_server_and_a_restart_answers_each_question_once(workdir):
    acked, unanswered, twice, before, logs = _burst_then_stop(workdir, "kill")
    print(
        f"\nkill -9 of master and 2 workers after {before} answers: {acked}/60 acked, {unanswered} unanswered, "
        f"{twice} answered twice after the restart"
    )
    assert acked == 60 and unanswered == 0, logs
    assert twice <= 2, logs  # at most the posts in flight at the kill, one per killed worker


def test_sigterm_and_a_restart_answers_each_question_exactly_once(workdir):
    acked, unanswered, twice, before, logs = _burst_then_stop(workdir, "term")
    print(f"\nSIGTERM after {before} answers: {acked}/60 acked, {unanswered} unanswered, {twice} answered twice")
    assert acked == 60 and unanswered == 0 and twice == 0, logs


def _mention(question: str, ts: str) -> dict:
    return {"type": "app_mention", "user": "U_ASKER", "text": f"<@UBOT> {question}", "ts": ts, "channel": "C_PUBLIC"}


def _posts_in_thread(bots, ts: str) -> list[dict]:
    """The messages posted in the thread of `ts`, by any of these bots (a first worker and its restart)."""
    return [p for bot in bots for p in bot.fake.named("chat.postMessage") if p.get("thread_ts") == ts]


def test_a_job_resumed_after_its_answer_was_posted_does_not_post_it_again(built, tmp_path):
    """The worker dies after Slack took the answer, before the job was removed (it was removing its 👀):
    the worker that resumes the job finds the post recorded and does not post again."""
    from ..slack_fakes.harness import Bot

    config, engine = built
    first = Bot(config, engine, tmp_path)
    second = None
    try:
        first.fake.fail["reactions.remove"] = [{"status": 200, "error": "no_reaction", "delay": 6.0}]
        ev = _mention(QUESTIONS[0], "1800000950.000100")
        assert first.slack.event(ev)[0].status_code == 200
        first.fake.wait_for("chat.postMessage", timeout=30)
        time.sleep(0.3)  # on purpose: the job stays held while its 👀 removal hangs
        assert first.deps.queue.pending() == 1  # answered, still removing its 👀
        first.deps.dispatcher.stop(timeout=0)
        # A new worker of the same pid and another owner token: it takes the job as a dead worker's (a restart)
        second = Bot(config, engine, tmp_path)
        second.idle(timeout=30)
        posts = _posts_in_thread([first, second], ev["ts"])
        assert len(posts) == 1, posts
    finally:
        if second:
            second.close()
        first.close()


def test_a_stop_lands_the_post_in_flight_before_the_process_may_exit(built, tmp_path):
    """The stop's time for running jobs runs out while Slack is taking an answer (a slow Slack): the stop returns
    only once that post landed and was recorded, so the next start, resuming the job, does not post it again.

    Before: the worker exited with the post in flight (1 of 60 answered twice after a SIGTERM, under load)."""
    from ..slack_fakes.harness import Bot

    config, engine = built
    first = Bot(config, engine, tmp_path)
    second = None
    try:
        first.fake.delay = 3.0  # Slack takes 3 s to answer a post
        first.fake.fail["reactions.remove"] = [{"status": 200, "error": "no_reaction", "delay": 6.0}]  # job held
        ev = _mention(QUESTIONS[1], "1800000960.000100")
        assert first.slack.event(ev)[0].status_code == 200
        [job_id] = first.deps.queue.ids()
        first.fake.wait_for("chat.postMessage", timeout=30)  # taken by Slack, its answer still 3 s away
        started = time.monotonic()
        first.deps.stop(timeout=4.0)  # 3 s for running jobs, then up to 1 s for the post in flight to land
        assert time.monotonic() - started < 4.5
        assert first.deps.queue.posted(job_id, "reply") is not None  # landed and recorded before the stop returned
        second = Bot(config, engine, tmp_path)  # a restart: another owner token takes the held job as a dead one's
        second.idle(timeout=30)
        posts = _posts_in_thread([first, second], ev["ts"])
        assert len(posts) == 1, posts
    finally:
        if second:
            second.close()
        first.close()


def test_a_post_whose_record_fails_at_first_is_recorded_and_not_posted_again(built, tmp_path):
    """Slack took the answer but the post-once record could not be written at once (a store error: 'disk I/O
    error', a lock held too long): the record is written again before the job goes on, so no later run of the
    job posts the answer a second time."""
    import sqlite3

    from ..slack_fakes.harness import Bot

    config, engine = built
    bot = Bot(config, engine, tmp_path)
    try:
        real, fails = bot.deps.queue.record_post, [0]

        def flaky(job_id, key, info):
            if fails[0] < 2:  # the first two writes fail (before: the one in the flight and the one after it)
                fails[0] += 1
                raise sqlite3.OperationalError("disk I/O error")
            return real(job_id, key, info)

        bot.deps.queue.record_post = flaky
        ev = _mention(QUESTIONS[2], "1800000970.000100")
        assert bot.slack.event(ev)[0].status_code == 200
        bot.idle(timeout=30)
        time.sleep(1.5)  # a job retried after its failure would post again now
        posts = _posts_in_thread([bot], ev["ts"])
        assert fails[0] == 2 and len(posts) == 1, posts
    finally:
        bot.close()
