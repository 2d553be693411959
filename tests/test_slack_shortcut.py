"""Message shortcut "Ask partnerbot" and Slack's feedback buttons with the 👎 modal, over HTTP and as units."""

from __future__ import annotations

import json
import time

import pytest

from bot.slack.listeners.actions.answer_feedback import answer_feedback
from bot.slack.listeners.shortcuts.ask_partnerbot import ask_partnerbot
from bot.slack.listeners.views.feedback_comment import feedback_comment
from tests.slack_fakes.deps import unit_deps

from .slack_fakes.harness import button_value, responded
from .surface_payloads import answer_feedback_value, feedback_click, modal_submit, shortcut
from .waits import wait_until

Q = "Can we resell Huawei phones without a carrier?"


def last_level(bot):
    return bot.deps.answers.conn().execute("SELECT surface, level FROM answers ORDER BY at DESC LIMIT 1").fetchone()


def test_shortcut_answers_the_message_privately(bot):
    t = time.perf_counter()
    r, payload = shortcut(bot, f"hey team — {Q}")
    assert r.status_code == 200 and time.perf_counter() - t < 3
    [posted] = responded(bot.fake, payload)
    assert posted["response_type"] == "ephemeral"
    text = json.dumps(posted["blocks"])
    assert "Question: hey team" in text and "[1]" in text and "share_answer" in text
    bot.idle()
    assert last_level(bot) == ("shortcut", "partner")
    assert bot.fake.named("chat.postMessage") == []  # never in public


def test_shortcut_falls_back_to_post_ephemeral_and_respects_slack_connect(bot):
    bot.fake.fail["response"] = [{"status": 404, "error": "expired_url"}]
    _, payload = shortcut(bot, Q, channel="C_SHARED")
    [eph] = bot.fake.wait_for("chat.postEphemeral")
    assert eph["channel"] == "C_SHARED" and eph["user"] == "U_ASKER"
    bot.idle()
    assert last_level(bot) == ("shortcut", "public")
    assert "_partner_" not in json.dumps(eph["blocks"])


def test_feedback_buttons_down_opens_modal_and_comment_is_stored(bot):
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "user": "U_ASKER",
            "text": Q,
            "ts": "7.1",
            "channel": "D_ASKER",
            "team": "T1",
        }
    )
    [answer] = bot.fake.wait_for("chat.postMessage")
    answer_id = answer_feedback_value(answer["blocks"])
    r, click = feedback_click(bot, answer_id, up=False, channel="D_ASKER")
    assert r.status_code == 200
    [opened] = bot.fake.wait_for("views.open")
    view = json.loads(opened["view"]) if isinstance(opened["view"], str) else opened["view"]
    assert opened["trigger_id"] == click["trigger_id"] and view["callback_id"] == "feedback_comment"
    r, _ = modal_submit(bot, view["private_metadata"], "It cited the <2012> report, not the retail note")
    assert r.status_code == 200 and r.text == ""
    bot.idle()
    votes = bot.deps.answers.votes()
    assert [(v[0], v[3]) for v in votes] == [(answer_id, -1)]
    report = bot.deps.answers.feedback_report()
    assert report["downvoted"][0]["comments"] == ["It cited the <2012> report, not the retail note"]
    # 👍 from the same user replaces the vote and thanks them (no modal).
    feedback_click(bot, answer_id, up=True, channel="D_ASKER")
    [thanks] = responded(bot.fake, {"response_url": bot.fake.response_url(f"fb{bot.slack.n}")})
    assert "glad it helped" in thanks["text"]
    assert len(bot.fake.named("views.open")) == 1


def test_feedback_from_another_conversation_is_refused(bot):
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "user": "U_ASKER",
            "text": Q,
            "ts": "7.2",
            "channel": "D_ASKER",
            "team": "T1",
        }
    )
    [answer] = bot.fake.wait_for("chat.postMessage")
    _, click = feedback_click(bot, answer_feedback_value(answer["blocks"]), up=False, channel="C_PUBLIC")
    [reply] = responded(bot.fake, click)
    assert "another conversation" in reply["text"]
    assert bot.fake.named("views.open") == [] and bot.deps.answers.votes() == []


# -- units ---------------------------------------------------------------------------------------------------------
@pytest.fixture
def deps(tmp_path):
    return unit_deps(tmp_path)


def _ack(deps, jobs):
    def ack(**kw):
        assert deps.queue.pending() == jobs
        ack.calls.append(kw)

    ack.calls = []
    return ack


def test_shortcut_listener_enqueues_then_acks(deps):
    body = {
        "type": "message_action",
        "callback_id": "ask_partnerbot",
        "trigger_id": "t1",
        "user": {"id": "U1", "team_id": "T1"},
        "team": {"id": "T1"},
        "channel": {"id": "C1"},
        "message": {"text": "can AT&amp;T resell &lt;b&gt;?", "ts": "1.1", "thread_ts": "1.0"},
        "response_url": "http://x/r",
    }
    for _ in range(2):  # a retried delivery is stored once
        ack = _ack(deps, 1)
        ask_partnerbot(ack, body, {"deps": deps})
    job = deps.queue.claim("t", 60)
    assert job.kind == "shortcut" and job.payload["question"] == "can AT&T resell <b>?"
    assert job.payload["target"]["mode"] == "ephemeral" and job.payload["target"]["thread_ts"] == "1.0"
    assert job.payload["asker"]["verify_user"] is True
    deps.client.assert_not_called()


def test_answer_feedback_listener_parses_the_button(deps):
    body = {
        "user": {"id": "U1", "team_id": "T1"},
        "channel": {"id": "C1"},
        "trigger_id": "tr",
        "response_url": "http://x/a",
        "container": {},
        "actions": [{"action_id": "answer_feedback", "value": "down:abc", "action_ts": "1"}],
    }
    answer_feedback(_ack(deps, 1), body, {"deps": deps})
    job = deps.queue.claim("t", 60)
    assert (job.kind, job.payload["answer_id"], job.payload["vote"], job.payload["modal"]) == (
        "feedback",
        "abc",
        -1,
        True,
    )
    ack = _ack(deps, 1)
    answer_feedback(
        ack, dict(body, actions=[{"action_id": "answer_feedback", "value": "junk", "action_ts": "2"}]), {"deps": deps}
    )
    assert len(ack.calls) == 1
    deps.client.views_open.assert_not_called()


def test_feedback_comment_listener_stores_only_a_comment(deps):
    view = {
        "id": "V1",
        "hash": "h",
        "private_metadata": json.dumps({"a": "abc", "c": "C1"}),
        "state": {"values": {"wrong": {"text": {"value": " wrong year \u202e "}}}},
    }
    feedback_comment(_ack(deps, 1), {"user": {"id": "U1"}}, view, {"deps": deps})
    job = deps.queue.claim("t", 60)
    assert job.payload == {"answer_id": "abc", "user": "U1", "comment": "wrong year"}
    empty = dict(view, id="V2", state={"values": {"wrong": {"text": {"value": None}}}})
    feedback_comment(_ack(deps, 1), {"user": {"id": "U1"}}, empty, {"deps": deps})


# -- the 👎 on the fallback buttons (/huawei, shortcut) opens the same modal, at once ------------------------------
@pytest.mark.parametrize("surface", ["command", "shortcut"])
def test_fallback_thumbs_down_opens_the_modal_within_3_s_while_jobs_wait(bot, surface):
    _, request = bot.slack.command(Q) if surface == "command" else shortcut(bot, Q)
    [posted] = responded(bot.fake, request)
    bot.idle()
    run = bot.deps.dispatcher.run

    def backed_up(job):  # the vote waits 4 s in the queue, as behind a burst of questions
        if job.kind == "vote":
            time.sleep(4.0)  # on purpose: the backlog the modal must not wait for
        run(job)

    bot.deps.dispatcher.run = backed_up
    t0 = time.perf_counter()
    r, click = bot.slack.action("feedback_down", button_value(posted, "feedback_down"))
    assert r.status_code == 200
    [opened] = bot.fake.wait_for("views.open", timeout=3.0)
    assert time.perf_counter() - t0 < 3.0
    view = json.loads(opened["view"]) if isinstance(opened["view"], str) else opened["view"]
    assert opened["trigger_id"] == click["trigger_id"] and view["callback_id"] == "feedback_comment"
    # Sent before the vote job has run: the comment waits for its vote instead of being dropped.
    modal_submit(bot, view["private_metadata"], "It quoted the 2012 report")
    bot.idle(timeout=30)
    answer_id = button_value(posted, "feedback_down")
    assert [(v[0], v[3]) for v in bot.deps.answers.votes()] == [(answer_id, -1)]
    assert bot.deps.answers.feedback_report()["downvoted"][0]["comments"] == ["It quoted the 2012 report"]
    [thanks] = responded(bot.fake, click)  # the plain buttons show no state: the vote is confirmed in a line
    assert "noted" in thanks["text"]
    assert len(bot.fake.named("views.open")) == 1


def test_fallback_thumbs_down_in_another_conversation_opens_no_modal(bot):
    _, form = bot.slack.command(Q, channel="C_PRIVATE")
    [posted] = responded(bot.fake, form)
    _, click = bot.slack.action("feedback_down", button_value(posted, "feedback_down"), channel="C_PUBLIC")
    [reply] = responded(bot.fake, click)
    assert "another conversation" in reply["text"]
    time.sleep(0.2)  # on purpose: a wrongly opened modal would show by now
    assert bot.fake.named("views.open") == []


def test_thumbs_down_listener_opens_the_modal_beside_the_ack(deps):
    deps.answers.answer_channel.return_value = "C1"
    body = {
        "user": {"id": "U1", "team_id": "T1"},
        "channel": {"id": "C1"},
        "trigger_id": "tr9",
        "response_url": "http://x/a",
        "container": {},
        "actions": [{"action_id": "feedback_down", "value": "abc", "action_ts": "9"}],
    }
    from bot.slack.listeners.actions.feedback import feedback_down
    from bot.slack.listeners.actions.feedback_modal import open_feedback_modal

    feedback_down(_ack(deps, 1), body, {"deps": deps})
    job = deps.queue.claim("t", 60)
    assert job.kind == "vote" and job.payload["modal"] is True
    wait_until(lambda: deps.client.views_open.called, timeout=3, interval=0.01, message="views.open beside the ack")
    kwargs = deps.client.views_open.call_args.kwargs
    assert kwargs["trigger_id"] == "tr9" and kwargs["view"]["callback_id"] == "feedback_comment"
    deps.answers.answer_channel.return_value = "C_ELSEWHERE"
    open_feedback_modal(deps, dict(body, trigger_id="tr10"), "abc").join(3)
    assert deps.client.views_open.call_count == 1
