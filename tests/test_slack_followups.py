"""Follow-ups in a channel thread without mentioning the bot: over HTTP against the fake Slack, and unit tests."""

from __future__ import annotations

import json
import time
from unittest.mock import MagicMock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.slack.listeners.events.thread_reply import is_channel_thread_reply, looks_like_question, thread_reply
from bot.state.sqlite_answers import SqliteAnswerStore
from tests.slack_fakes.deps import unit_deps

from .slack_fakes.harness import Bot
from .surface_payloads import with_slack

ROOT = "1700000500.000100"


def make_bot(built, tmp_path, **slack):
    config, engine = built
    return Bot(with_slack(config, **slack), engine, tmp_path)


@pytest.fixture
def bot(built, tmp_path):
    b = make_bot(built, tmp_path)
    yield b
    b.close()


def mention(bot, text, channel="C_PUBLIC", user="U_ASKER", ts=ROOT, **kw):
    bot.slack.event(
        {"type": "app_mention", "user": user, "text": f"<@UBOT> {text}", "ts": ts, "channel": channel}, **kw
    )
    bot.fake.wait_for("chat.postMessage")
    bot.idle()


def reply(bot, text, ts, channel="C_PUBLIC", user="U_ASKER", event_id=None, **extra):
    ctype = "group" if channel == "C_PRIVATE" else "channel"
    return bot.slack.event(
        {
            "type": "message",
            "channel_type": ctype,
            "user": user,
            "text": text,
            "ts": ts,
            "thread_ts": ROOT,
            "channel": channel,
            **extra,
        },
        event_id=event_id,
    )


def test_askers_followup_is_answered_once_in_the_thread_with_context(bot):
    mention(bot, "Which retailers sold the Mate 10 Pro?")
    reply(bot, "and how much did it cost?", "1700000501.000100", event_id="EvF")
    reply(bot, "and how much did it cost?", "1700000501.000100", event_id="EvF")  # Slack's retry
    msgs = bot.fake.wait_for("chat.postMessage", 2)
    bot.idle()
    time.sleep(0.3)  # on purpose: a duplicate answer to the retry would land now
    assert len(bot.fake.named("chat.postMessage")) == 2
    assert msgs[1]["thread_ts"] == ROOT and "799" in json.dumps(msgs[1]["blocks"])
    row = bot.deps.answers.conn().execute("SELECT surface, level FROM answers ORDER BY at DESC LIMIT 1").fetchone()
    assert row == ("followup", "partner")
    names = [n for n, _ in bot.fake.calls]
    assert not [n for n in names if n in ("conversations.replies", "conversations.history")]


def test_a_followup_that_says_what_it_is_about_is_answered_on_its_own(bot):
    mention(bot, "Which retailers sold the Mate 10 Pro?")
    reply(bot, "what is the covered list?", "1700000507.000100")
    head = json.dumps(bot.fake.wait_for("chat.postMessage", 2)[1]["blocks"][0])
    assert "Covered List" in head and "Best Buy" not in head  # the thread's question is not answered again


def test_others_chatter_and_mentions_are_left_alone(bot):
    mention(bot, "Which retailers sold the Mate 10 Pro?")
    reply(bot, "how much did it cost?", "1700000502.000100", user="U_OTHER")  # not the asker
    reply(bot, "thanks, that helps", "1700000503.000100")  # not a question
    reply(bot, "<@U_OTHER> what do you think?", "1700000504.000100")  # talks to someone else
    reply(bot, "what about verizon?", "1700000505.000100", bot_id="B9")  # a bot
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "channel",
            "user": "U_ASKER",
            "text": "what about honor?",
            "ts": "1700000506.000100",
            "thread_ts": "1700000999.000100",
            "channel": "C_PUBLIC",
        }
    )  # not ours
    time.sleep(0.5)  # on purpose: a wrongly taken reply would be queued by now
    bot.idle()
    assert len(bot.fake.named("chat.postMessage")) == 1 and bot.deps.queue.pending() == 0


def test_anyone_mode_answers_a_stranger_in_a_shared_channel_at_public_level(built, tmp_path):
    b = make_bot(built, tmp_path, followups="off", channel_followups={"C_SHARED": "anyone"})
    try:
        b.fake.users["U_EXT"] = {"id": "U_EXT", "team_id": "T2"}
        mention(b, "What margin should we target on resold Huawei handsets?", channel="C_SHARED", shared=True)
        reply(b, "what margin on tablets then?", "1700000510.000100", channel="C_SHARED", user="U_EXT", user_team="T2")
        msgs = b.fake.wait_for("chat.postMessage", 2)
        b.idle()
        levels = [r[0] for r in b.deps.answers.conn().execute("SELECT level FROM answers")]
        assert levels == ["public", "public"]
        assert msgs[1]["thread_ts"] == ROOT and "_internal_" not in json.dumps(msgs[1]["blocks"])
    finally:
        b.close()


def test_off_mode_leaves_the_asker_alone(built, tmp_path):
    b = make_bot(built, tmp_path, followups="off")
    try:
        mention(b, "Which retailers sold the Mate 10 Pro?")
        reply(b, "and how much did it cost?", "1700000520.000100")
        time.sleep(0.5)  # on purpose: a wrongly taken reply would be queued by now
        b.idle()
        assert len(b.fake.named("chat.postMessage")) == 1
    finally:
        b.close()


# -- units ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("and how much did it cost?", True),
        ("what about verizon", True),
        ("is it still sold in 2020", True),
        ("thanks!", False),
        ("ok", False),
        ("great, that helps", False),
        ("?", False),
        ("lol?", False),
        ("really?", False),
        ("why?", True),
        ("verizon?", True),
        ("same for laptops", True),
        ("separate q - what's the entity list", True),
    ],
)
def test_looks_like_question(text, expected):
    assert looks_like_question(text) is expected


@given(st.text(max_size=200))
def test_looks_like_question_never_raises(text):
    assert looks_like_question(text) in (True, False)


def test_matcher_takes_channel_thread_replies_only():
    base = {"type": "message", "channel_type": "channel", "ts": "2", "thread_ts": "1"}
    assert is_channel_thread_reply(base)
    assert is_channel_thread_reply(dict(base, channel_type="group"))
    assert not is_channel_thread_reply(dict(base, channel_type="im"))
    assert not is_channel_thread_reply(dict(base, thread_ts=None))
    assert not is_channel_thread_reply(dict(base, thread_ts="2"))  # the thread's first message


@pytest.fixture
def deps(tmp_path):
    answers = SqliteAnswerStore(tmp_path / "a.sqlite3")
    answers.remember_thread("C1", "1.0", "which retailers sold the mate 10 pro?", "U1")
    return unit_deps(tmp_path, answers=answers)


def test_thread_reply_listener_enqueues_the_askers_question_before_the_ack(deps):
    ev = {
        "type": "message",
        "channel_type": "channel",
        "user": "U1",
        "text": "and the price?",
        "ts": "1.5",
        "thread_ts": "1.0",
        "channel": "C1",
    }

    def ack():
        assert deps.queue.pending() == 1

    thread_reply(ack, {"event_id": "E1", "team_id": "T1"}, ev, {"deps": deps})
    job = deps.queue.claim("t", 60)
    assert job.kind == "event" and job.payload["surface"] == "followup" and job.payload["thread_ts"] == "1.0"
    ack = MagicMock()
    thread_reply(ack, {"event_id": "E2"}, dict(ev, user="U2", ts="1.6"), {"deps": deps})
    ack.assert_called_once()
    assert deps.queue.pending() == 1  # the first job only (claimed, still queued): nothing new
