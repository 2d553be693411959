"""A stored job whose payload the worker cannot read (an older or hand-edited queue, a damaged row).

Before the typed payloads, a missing field was a KeyError inside the handler: a traceback, five
retries over minutes, then a give-up. Now it is parsed first: one logged line naming the kind and
the field, the give-up path at once (apology where someone waits, kept in failed_jobs), no traceback.
"""

from __future__ import annotations

import json
import logging
import time

from ..slack_fakes.harness import Bot

ASKER = {"channel": "C_PUBLIC", "user": "U_ASKER", "teams": ["T1"], "ext_shared": False, "verify_user": True}


def _wait(cond, timeout: float, what: str):
    end = time.time() + timeout
    while time.time() < end:
        if cond():
            return
        time.sleep(0.05)
    raise AssertionError(what)


def test_a_malformed_stored_job_is_one_line_and_given_up(built, tmp_path, caplog):
    config, engine = built
    bot = Bot(config, engine, tmp_path)
    try:
        with caplog.at_level(logging.INFO, logger="partnerbot.slack"):
            # An `event` job without its `ts` (the handler reads it), stored as a worker would find it.
            job_id = bot.deps.queue.enqueue(
                "event", {"question": "Who sells the Mate 10?", "asker": ASKER, "surface": "mention"}
            )
            bot.deps.dispatcher.wake()
            _wait(lambda: bot.deps.queue.pending() == 0 and bot.deps.queue.failed(), 20, "the job never ended")
        [failed] = bot.deps.queue.failed()
        assert failed["id"] == job_id and failed["attempts"] == 1  # given up at once, not retried
        assert "event job payload has no 'ts'" in failed["why"]
        given_up = [r.getMessage() for r in caplog.records if "given up" in r.getMessage()]
        assert len(given_up) == 1 and job_id in given_up[0] and "payload has no 'ts'" in given_up[0]
        assert all(r.exc_info is None for r in caplog.records), "a traceback was logged"
        apologies = [p for _, p in bot.fake.posts() if f"reference {job_id}" in json.dumps(p)]
        assert len(apologies) == 1  # the asker hears something went wrong, in the channel they asked in
    finally:
        bot.close()
