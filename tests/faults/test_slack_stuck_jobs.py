"""Jobs that fail for good (issue 15, item 5): every kind ends removed from the queue, with an apology where
someone waits for one, and kept (payload included) in `failed_jobs`; a comment is never lost.

Before, the give-up path read `payload["asker"]`, which a `feedback_comment` job lacks: the job was
neither apologised for nor removed, ran again every 300 s and at each start, and the comment was lost.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time

import pytest

from bot.slack import jobs
from bot.slack.jobs import HANDLERS, MAX_JOB_ATTEMPTS, feedback

from .. import surface_payloads as sp
from ..slack_fakes.harness import Bot

EXAMPLE = "Can we resell Huawei phones without a carrier?"
COMMENT = "The warranty <figure> & the dates are wrong"


def _mention(bot):
    ev = {
        "type": "app_mention",
        "user": "U_ASKER",
        "text": f"<@UBOT> {EXAMPLE}",
        "ts": "1800000001.000100",
        "channel": "C_PUBLIC",
    }
    return bot.slack.event(ev)[0]


# Each kind of job, made by the real listener from a signed request as Slack sends it.
REQUESTS = {
    "command": lambda bot: bot.slack.command(EXAMPLE)[0],
    "event": _mention,
    "share": lambda bot: bot.slack.action("share_answer", "a1b2c3d4e5f6a7b8")[0],
    "vote": lambda bot: bot.slack.action("feedback_up", "a1b2c3d4e5f6a7b8")[0],
    "assistant_greeting": lambda bot: sp.thread_started(bot)[0],
    "assistant_message": lambda bot: sp.panel_message(bot, EXAMPLE, "1700000100.000200")[0],
    "shortcut": lambda bot: sp.shortcut(bot, EXAMPLE)[0],
    "feedback": lambda bot: sp.feedback_click(bot, "a1b2c3d4e5f6a7b8", True, "C_PUBLIC")[0],
    "feedback_comment": lambda bot: sp.modal_submit(bot, json.dumps({"a": "a1b2c3d4e5f6a7b8"}), COMMENT)[0],
    "home": lambda bot: sp.home_opened(bot)[0],
    "rebuild": lambda bot: sp.rebuild_click(bot, "U_ADMIN")[0],
}
NO_APOLOGY = {"home"}  # nobody waits on a Home tab: kept and logged only


def test_every_kind_of_job_is_covered():
    assert set(REQUESTS) == set(HANDLERS)


def _break_answer_store_for_jobs(bot, monkeypatch):
    """The answer store fails for every job (a damaged feedback_db), while listeners keep acking."""
    real = bot.deps.answers.conn

    def conn():
        if threading.current_thread().name.startswith("job"):
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real()

    monkeypatch.setattr(bot.deps.answers, "conn", conn)


def _wait(cond, timeout: float, what: str):
    end = time.time() + timeout
    while time.time() < end:
        if cond():
            return
        time.sleep(0.05)
    raise AssertionError(what)


@pytest.mark.parametrize("kind", sorted(REQUESTS))
def test_a_job_failing_for_good_is_given_up_removed_and_kept(built, tmp_path, monkeypatch, caplog, kind):
    config, engine = built
    config = sp.with_slack(config, admins=["U_ADMIN"])
    bot = Bot(config, engine, tmp_path)
    try:
        _break_answer_store_for_jobs(bot, monkeypatch)
        with caplog.at_level(logging.INFO, logger="partnerbot.slack"):
            r = REQUESTS[kind](bot)
            assert r.status_code == 200, r.text
            _wait(
                lambda: bot.deps.queue.pending() == 0 and bot.deps.queue.failed(),
                30,
                f"{kind}: still queued after {MAX_JOB_ATTEMPTS} failures: {bot.deps.queue.ids()}",
            )
            # the worker logs "given up" just after it moves the job to failed_jobs: wait for the line too
            _wait(
                lambda: any("given up" in rec.getMessage() for rec in caplog.records), 10, f"{kind}: no 'given up' line"
            )
        [failed] = bot.deps.queue.failed()
        assert failed["kind"] == kind and failed["attempts"] == MAX_JOB_ATTEMPTS
        assert "DatabaseError" in failed["why"]
        given_up = [rec.getMessage() for rec in caplog.records if "given up" in rec.getMessage()]
        assert len(given_up) == 1 and failed["id"] in given_up[0] and "failed_jobs" in given_up[0]
        apologies = [p for _, p in bot.fake.posts() if f"reference {failed['id']}" in json.dumps(p)]
        if kind in NO_APOLOGY:
            assert apologies == [] and "no apology" in given_up[0]
        else:
            assert len(apologies) == 1, bot.fake.posts()
            assert "apology sent" in given_up[0]
        if kind == "feedback_comment":  # the comment is kept, word for word, and logged
            assert failed["payload"]["comment"] == COMMENT
            assert repr(COMMENT) in given_up[0]
        # Nothing comes back: not at the next sweep, not at the next start.
        time.sleep(0.5)
        assert bot.deps.queue.pending() == 0
    finally:
        bot.close()


def test_a_comment_whose_vote_never_comes_is_kept(built, tmp_path, monkeypatch, caplog):
    """Before, "comment for an answer without this user's vote; dropped": the text was gone."""
    config, engine = built
    monkeypatch.setattr(feedback, "COMMENT_WAIT", 0.5)
    bot = Bot(config, engine, tmp_path)
    try:
        with caplog.at_level(logging.INFO, logger="partnerbot.slack"):
            r, _ = sp.modal_submit(bot, json.dumps({"a": "0123456789abcdef"}), COMMENT)
            assert r.status_code == 200
            _wait(lambda: bot.deps.queue.pending() == 0, 10, "the comment job never ended")
        [failed] = bot.deps.queue.failed()
        assert failed["kind"] == "feedback_comment" and failed["payload"]["comment"] == COMMENT
        assert any(repr(COMMENT) in rec.getMessage() for rec in caplog.records)
    finally:
        bot.close()


def test_waiting_for_the_vote_is_not_counted_as_failing(built, tmp_path, monkeypatch):
    """A comment deferred more than MAX_JOB_ATTEMPTS times still reaches its vote (waiting is not failing)."""
    config, engine = built
    bot = Bot(config, engine, tmp_path)
    tries = []
    real = feedback.run_comment

    def slow_vote(deps, job, comment):
        tries.append(job.attempts)
        if len(tries) <= MAX_JOB_ATTEMPTS + 2:
            raise jobs.Deferred(0.02)
        return real(deps, job, comment)

    monkeypatch.setitem(HANDLERS, "feedback_comment", slow_vote)
    try:
        bot.deps.answers.record(
            answer_id="0123456789abcdef",
            surface="command",
            channel="C_PUBLIC",
            user_id="U_ASKER",
            level="public",
            question=EXAMPLE,
            answered=True,
            doc_ids=[],
            payload={},
        )
        bot.deps.answers.vote("0123456789abcdef", "U_ASKER", "C_PUBLIC", -1)
        r, _ = sp.modal_submit(bot, json.dumps({"a": "0123456789abcdef"}), COMMENT)
        assert r.status_code == 200
        bot.idle(timeout=20)
        assert bot.deps.queue.failed() == [] and max(tries) == 1
        assert bot.deps.answers.feedback_report()["downvoted"][0]["comments"] == [COMMENT]
    finally:
        bot.close()
