"""The assistant panel: Bolt's Assistant middleware over HTTP against the fake Slack, plus a unit test per listener."""

from __future__ import annotations

import json
from unittest.mock import MagicMock

import pytest

from bot.slack.home import DEFAULT_PROMPTS
from bot.slack.listeners.assistant.context_changed import context_changed
from bot.slack.listeners.assistant.thread_started import thread_started
from bot.slack.listeners.assistant.user_message import user_message
from bot.state.sqlite_answers import SqliteAnswerStore
from tests.slack_fakes.deps import unit_deps

from .slack_fakes.harness import Bot
from .surface_payloads import panel_message, with_slack
from .surface_payloads import thread_started as start_thread
from .waits import wait_until

THREAD = "1700000100.000100"


def _names(fake):
    with fake.lock:
        return [n for n, _ in fake.calls]


def test_thread_started_greets_and_sets_suggested_prompts(bot):
    r, _ = start_thread(bot)
    assert r.status_code == 200
    [greeting] = bot.fake.wait_for("chat.postMessage")
    assert greeting["channel"] == "D_ASKER" and greeting["thread_ts"] == THREAD
    [prompts] = bot.fake.wait_for("assistant.threads.setSuggestedPrompts")
    assert prompts["channel_id"] == "D_ASKER" and prompts["thread_ts"] == THREAD
    assert [p["message"] for p in prompts["prompts"]] == list(DEFAULT_PROMPTS)
    assert all(len(p["title"]) <= 40 for p in prompts["prompts"])
    # A retry of the same event greets once.
    start_thread(bot)
    bot.idle()
    assert len(bot.fake.named("chat.postMessage")) == 1


def test_configured_prompts_replace_the_defaults(built, tmp_path):
    config, engine = built
    b = Bot(with_slack(config, suggested_prompts=["What did Ajit Pai say in March 2018?"]), engine, tmp_path)
    try:
        start_thread(b)
        [prompts] = b.fake.wait_for("assistant.threads.setSuggestedPrompts")
        assert [p["message"] for p in prompts["prompts"]] == ["What did Ajit Pai say in March 2018?"]
    finally:
        b.close()


def test_message_gets_status_then_cited_answer_then_title_once(bot):
    start_thread(bot)
    bot.fake.wait_for("chat.postMessage")
    panel_message(bot, "Which retailers sold the Mate 10 Pro?", "1700000101.000100")
    msgs = bot.fake.wait_for("chat.postMessage", 2)
    answer = msgs[1]
    assert answer["thread_ts"] == THREAD and "[1]" in json.dumps(answer["blocks"])
    names = _names(bot.fake)
    assert names.index("assistant.threads.setStatus") < [i for i, n in enumerate(names) if n == "chat.postMessage"][1]
    [status] = bot.fake.named("assistant.threads.setStatus")
    assert status["status"] == "Searching the partner corpus…" and status["thread_ts"] == THREAD
    [title] = bot.fake.named("assistant.threads.setTitle")
    assert title["title"] == "Which retailers sold the Mate 10 Pro?"
    kinds = [b["type"] for b in answer["blocks"]]
    assert "context_actions" in kinds and "actions" not in kinds  # Slack's feedback buttons in a message
    # A follow-up in the same thread uses the first question as context, and keeps the title.
    panel_message(bot, "and how much did it cost?", "1700000102.000100")
    follow = bot.fake.wait_for("chat.postMessage", 3)[2]
    assert follow["thread_ts"] == THREAD and "799" in json.dumps(follow["blocks"])
    assert len(bot.fake.named("assistant.threads.setTitle")) == 1
    assert len(bot.fake.named("assistant.threads.setStatus")) == 2
    assert not [n for n in names if n.startswith("conversations.replies") or n.startswith("conversations.history")]


def test_panel_answers_internal_to_home_user_and_public_to_external_user(bot):
    q = "What margin should we target on resold Huawei handsets?"
    bot.fake.channels["D_EXT"] = {"id": "D_EXT", "is_im": True}
    bot.fake.users["U_EXT"] = {"id": "U_EXT", "team_id": "T2"}
    start_thread(bot)
    start_thread(bot, channel="D_EXT", user="U_EXT", thread_ts="1700000300.000100")
    bot.idle()
    panel_message(bot, q, "1700000101.000100")
    panel_message(bot, q, "1700000301.000100", channel="D_EXT", user="U_EXT", thread_ts="1700000300.000100")
    bot.fake.wait_for("chat.postMessage", 4)
    bot.idle()
    levels = dict(bot.deps.answers.conn().execute("SELECT channel, level FROM answers").fetchall())
    assert levels == {"D_ASKER": "internal", "D_EXT": "public"}
    ext = [p for p in bot.fake.named("chat.postMessage") if p["channel"] == "D_EXT"][-1]
    assert "_internal_" not in json.dumps(ext["blocks"]) and "_partner_" not in json.dumps(ext["blocks"])


def test_context_changed_is_stored_without_reading_history(bot):
    start_thread(bot)
    bot.idle()
    bot.slack.event(
        {
            "type": "assistant_thread_context_changed",
            "event_ts": "2.0",
            "assistant_thread": {
                "user_id": "U_ASKER",
                "channel_id": "D_ASKER",
                "thread_ts": THREAD,
                "context": {"channel_id": "C_PRIVATE", "team_id": "T1"},
            },
        }
    )
    wait_until(
        lambda: (bot.deps.answers.assistant_context("D_ASKER", THREAD) or {}).get("channel_id") == "C_PRIVATE",
        timeout=5,
        message="the thread's context to become C_PRIVATE",
    )
    assert bot.deps.answers.assistant_context("D_ASKER", THREAD)["channel_id"] == "C_PRIVATE"
    assert not [n for n in _names(bot.fake) if n.startswith("conversations.replies")]


@pytest.mark.parametrize("question", DEFAULT_PROMPTS)
def test_default_prompts_are_answered_at_public_level(built, question):
    _, engine = built
    ans = engine.ask(question, visibility="public")
    assert ans.answered and ans.citations and all(c.passage.visibility == "public" for c in ans.citations)


# -- one unit test per listener: mocked ack and context, a real queue ------------------------------------------------
@pytest.fixture
def deps(tmp_path):
    return unit_deps(tmp_path, answers=SqliteAnswerStore(tmp_path / "a.sqlite3"))


def _ack(deps, jobs):
    def ack(**kw):
        assert deps.queue.pending() == jobs  # the job is durable before the ack
        ack.calls.append(kw)

    ack.calls = []
    return ack


def test_thread_started_listener_enqueues_the_greeting(deps):
    ev = {
        "type": "assistant_thread_started",
        "assistant_thread": {"user_id": "U1", "channel_id": "D1", "thread_ts": "9.1", "context": {}},
    }
    for _ in range(2):
        ack = _ack(deps, 1)
        thread_started(ack, {"event_id": "Ev1", "team_id": "T1"}, ev, {"deps": deps})
        assert len(ack.calls) == 1
    job = deps.queue.claim("t", 60)
    assert job.kind == "assistant_greeting" and job.payload["thread_ts"] == "9.1"
    assert job.payload["asker"] == {
        "channel": "D1",
        "user": "U1",
        "teams": ["T1"],
        "ext_shared": False,
        "verify_user": True,
    }
    deps.client.assert_not_called()


def test_user_message_listener_enqueues_and_ignores_bots(deps):
    ack = _ack(deps, 0)
    user_message(
        ack,
        {"event_id": "E0"},
        {"user": "U1", "bot_id": "B1", "ts": "1", "thread_ts": "9.1", "channel": "D1", "text": "x"},
        {"deps": deps},
    )
    ack = _ack(deps, 1)
    user_message(
        ack,
        {"event_id": "E1", "team_id": "T1"},
        {
            "user": "U1",
            "ts": "2",
            "thread_ts": "9.1",
            "channel": "D1",
            "channel_type": "im",
            "text": "what about verizon?",
        },
        {"deps": deps},
    )
    job = deps.queue.claim("t", 60)
    assert job.kind == "assistant_message" and job.payload["question"] == "what about verizon?"


def test_context_changed_listener_saves_context(deps):
    ack = MagicMock()
    context_changed(
        ack,
        {"assistant_thread": {"channel_id": "D1", "thread_ts": "9.1", "context": {"channel_id": "C9"}}},
        {"deps": deps},
    )
    ack.assert_called_once()
    assert deps.answers.assistant_context("D1", "9.1") == {"channel_id": "C9"}
