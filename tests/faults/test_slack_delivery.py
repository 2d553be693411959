"""Slack failing at delivery: every acked question still ends in its answer or an apology, never in silence."""

from __future__ import annotations

import json
import logging
import time

from ..slack_fakes.harness import Bot, responded

EXAMPLE = "Can we resell Huawei phones without a carrier?"


def mention(bot, ts: str, text: str = EXAMPLE, channel: str = "C_PUBLIC"):
    ev = {"type": "app_mention", "user": "U_ASKER", "text": f"<@UBOT> {text}", "ts": ts, "channel": channel}
    r, _ = bot.slack.event(ev)
    assert r.status_code == 200
    return ev


def test_post_message_500_is_retried_then_delivered_once(bot):
    bot.fake.fail["chat.postMessage"] = [{"status": 500}, {"status": 503, "error": "service_unavailable"}]
    mention(bot, "11.1")
    bot.idle()
    assert len(bot.fake.named("chat.postMessage:failed")) == 2
    [msg] = bot.fake.named("chat.postMessage")
    assert "[1]" in json.dumps(msg["blocks"]) and msg["thread_ts"] == "11.1"


def test_invalid_blocks_falls_back_to_plain_text(bot):
    bot.fake.fail["chat.postMessage"] = [{"status": 200, "error": "invalid_blocks"}]
    mention(bot, "12.1")
    bot.idle()
    [msg] = bot.fake.named("chat.postMessage")
    assert "blocks" not in msg and "Sources: [1]" in msg["text"]


def test_response_url_404_falls_back_to_an_ephemeral_message(bot):
    bot.fake.fail["response"] = [{"status": 404, "error": "expired_url"}]
    r, form = bot.slack.command(EXAMPLE)
    assert r.status_code == 200
    bot.idle()
    [eph] = bot.fake.named("chat.postEphemeral")
    assert eph["channel"] == "C_PUBLIC" and eph["user"] == "U_ASKER" and "[1]" in json.dumps(eph["blocks"])


def test_response_url_500_is_retried(bot):
    bot.fake.fail["response"] = [{"status": 500}, {"status": 502}]
    _, form = bot.slack.command(EXAMPLE)
    [posted] = responded(bot.fake, form)
    bot.idle()
    assert "[1]" in json.dumps(posted["blocks"]) and bot.fake.named("chat.postEphemeral") == []


def test_response_url_invalid_blocks_is_sent_as_text(bot):
    bot.fake.fail["response"] = [{"status": 400, "error": "invalid_blocks"}]
    _, form = bot.slack.command(EXAMPLE)
    [posted] = responded(bot.fake, form)
    assert "blocks" not in posted and "Sources" in posted["text"]


def test_expired_response_url_posts_ephemerally(bot):
    """A job resumed after the response_url's 30 minutes: chat.postEphemeral, response_url untouched."""
    target = {
        "mode": "ephemeral",
        "response_url": bot.fake.response_url("old"),
        "received": time.time() - 1900,
        "channel": "C_PUBLIC",
        "user": "U_ASKER",
        "replace_original": True,
    }
    bot.deps.hand_off(
        "command",
        {"question": EXAMPLE, "target": target, "asker": {"channel": "C_PUBLIC", "user": "U_ASKER", "teams": ["T1"]}},
    )
    bot.idle()
    assert bot.fake.named("/response/old") == [] and len(bot.fake.named("chat.postEphemeral")) == 1


def test_slack_down_everywhere_ends_in_a_logged_failure_with_the_job_id(bot, caplog):
    down = [{"status": 500}] * 40
    for method in ("chat.postMessage", "chat.postEphemeral", "response"):
        bot.fake.fail[method] = list(down)
    with caplog.at_level(logging.WARNING, logger="partnerbot.slack"):
        mention(bot, "13.1")
        bot.idle(timeout=60)
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "not delivered" in errors[0] and "no apology" in errors[0]
    job_id = errors[0].split()[1].rstrip(":")
    assert len(job_id) == 16
    assert any(job_id in r.getMessage() for r in caplog.records if "attempt" in r.getMessage())


def test_apology_when_the_answer_cannot_be_posted(bot, caplog):
    """The channel refuses the answer for good (not_in_channel): the asker gets an apology in a DM."""
    bot.fake.fail["chat.postMessage"] = [{"status": 200, "error": "not_in_channel"}] * 2  # answer, then apology
    bot.fake.fail["chat.postEphemeral"] = [{"status": 200, "error": "not_in_channel"}]
    with caplog.at_level(logging.ERROR, logger="partnerbot.slack"):
        mention(bot, "14.1")
        bot.idle()
    [dm] = bot.fake.named("chat.postMessage")
    assert dm["channel"] == "U_ASKER" and "Sorry" in dm["text"] and "reference" in dm["text"]
    assert any("apology sent" in r.getMessage() for r in caplog.records)


def test_stopping_with_answers_stuck_on_a_slow_slack_keeps_them_for_the_next_start(built, tmp_path, caplog):
    """SIGTERM while Slack is slow: the stop is logged with what is left, and a restarted worker delivers it."""
    config, engine = built
    first = Bot(config, engine, tmp_path)
    first.fake.fail["response"] = [{"status": 500, "delay": 1.0}] * 12  # slow and failing for a while
    forms = [first.slack.command(f"{EXAMPLE} ({i})")[1] for i in range(6)]
    time.sleep(0.5)  # on purpose: the workers have claimed jobs and are mid-attempt when the stop comes
    with caplog.at_level(logging.WARNING, logger="partnerbot.slack"):
        left = first.deps.dispatcher.stop(timeout=0.5)
    assert left == 6 and any("still queued" in r.getMessage() for r in caplog.records)
    first.server.close()
    fake = first.fake
    time.sleep(1.5)  # attempts in flight end; the stopping worker does not try again
    assert first.deps.queue.pending() == 6
    # The next worker to start (same stores; another owner token, as a new process has) picks the jobs up.
    # Slack is still failing when the next worker starts, but less often than a job's five attempts: with all 12
    # left, one job could draw five in a row while the others back off, and get the apology instead
    del fake.fail["response"][4:]
    second = Bot(config, engine, tmp_path)
    try:
        second.idle(timeout=60)
        for form in forms:
            [posted] = responded(fake, form, timeout=30)
            assert "[1]" in json.dumps(posted.get("blocks"))
    finally:
        second.close()
        fake.close()
