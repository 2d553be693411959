"""The real bolt app over HTTP (waitress, loopback), the real engine, a fake Slack Web API."""

from __future__ import annotations

import json
import time

from index.build.builder import build_index
from index.engine import Engine

from .slack_fakes.harness import Bot, button_value, responded

EXAMPLE = "Can we resell Huawei phones without a carrier?"


def test_url_verification_and_signatures(bot):
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "x"})
    r = bot.slack.post(body, "application/json")
    assert r.status_code == 200 and "abc123" in r.text
    assert bot.slack.post(body, "application/json", secret="0" * 32).status_code == 401
    assert bot.slack.post(body, "application/json", ts=int(time.time()) - 600).status_code == 401
    r = __import__("requests").post(bot.url, data=body, headers={"Content-Type": "application/json"}, timeout=10)
    assert r.status_code == 401
    assert bot.fake.named("chat.postMessage") == []


def test_slash_command_acks_fast_and_answers_privately_at_response_url(bot):
    t = time.perf_counter()
    r, form = bot.slack.command(EXAMPLE)
    ack_s = time.perf_counter() - t
    assert r.status_code == 200 and ack_s < 3.0
    assert "Looking that up" in r.text
    path = "/response/" + form["response_url"].rsplit("/", 1)[1]
    [posted] = bot.fake.wait_for(path)
    assert posted["response_type"] == "ephemeral"
    text = json.dumps(posted["blocks"])
    assert "[1]" in text and "share_answer" in text and "feedback_up" in text
    assert any(b["type"] == "section" and "*[1]*" in b["text"]["text"] for b in posted["blocks"])
    assert len(posted["blocks"]) <= 50
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in posted["blocks"])
    time.sleep(0.3)
    assert len(bot.fake.named(path)) == 1  # exactly once


def test_slash_command_help_and_empty_show_usage(bot):
    for text in ("", "help"):
        r, _ = bot.slack.command(text)
        assert r.status_code == 200 and "/huawei" in r.text and "partner corpus" in r.text


def test_mention_is_answered_in_its_thread_with_progress_reaction(bot):
    ev = {
        "type": "app_mention",
        "user": "U_ASKER",
        "text": f"<@UBOT> {EXAMPLE}",
        "ts": "1700000001.000200",
        "channel": "C_PUBLIC",
        "event_ts": "1700000001.000200",
    }
    r, _ = bot.slack.event(ev)
    assert r.status_code == 200
    [msg] = bot.fake.wait_for("chat.postMessage")
    assert msg["channel"] == "C_PUBLIC" and msg["thread_ts"] == ev["ts"]
    assert "[1]" in json.dumps(msg["blocks"])
    bot.fake.wait_for("reactions.remove")
    assert bot.fake.named("reactions.add")[0]["name"] == "eyes"


def test_a_decline_that_quotes_what_the_corpus_gives_posts_its_sources(bot):
    # "huawei revenue 2023?": declined (no figure for the year named), but it quotes 2024's, so it cites its source
    ev = {
        "type": "app_mention",
        "user": "U_ASKER",
        "text": "<@UBOT> huawei revenue 2023?",
        "ts": "1700000001.000300",
        "channel": "C_PUBLIC",
        "event_ts": "1700000001.000300",
    }
    r, _ = bot.slack.event(ev)
    assert r.status_code == 200
    [msg] = bot.fake.wait_for("chat.postMessage")
    blocks = json.dumps(msg["blocks"])
    assert "no figure for 2023" in blocks and "862.1 billion" in blocks, blocks
    assert any(b["type"] == "section" and "*[1]*" in b["text"]["text"] for b in msg["blocks"]), blocks
    assert "Sources: [1]" in msg["text"]


def test_dm_is_answered_in_the_dm_and_followup_uses_thread_context(bot):
    ev = {
        "type": "message",
        "channel_type": "im",
        "user": "U_ASKER",
        "text": "Which retailers sold the Mate 10 Pro?",
        "ts": "1700000002.000100",
        "channel": "D_ASKER",
        "team": "T1",
    }
    bot.slack.event(ev)
    [first] = bot.fake.wait_for("chat.postMessage")
    assert first["channel"] == "D_ASKER" and "thread_ts" not in first
    # The user replies in the thread under the bot's answer: its ts is what the fake returned.
    root_ts = None
    for _ in range(500):
        row = (
            bot.deps.answers.conn()
            .execute(
                "SELECT thread_ts FROM threads WHERE channel='D_ASKER' AND thread_ts != ? "
                "AND thread_ts NOT LIKE 'topic:%'",
                (ev["ts"],),
            )
            .fetchone()
        )
        if row:
            root_ts = row[0]
            break
        time.sleep(0.01)
    assert root_ts
    follow = {
        "type": "message",
        "channel_type": "im",
        "user": "U_ASKER",
        "text": "and how much did it cost?",
        "ts": "1700000003.000100",
        "thread_ts": root_ts,
        "channel": "D_ASKER",
        "team": "T1",
    }
    bot.slack.event(follow)
    msgs = bot.fake.wait_for("chat.postMessage", 2)
    second = msgs[1]
    assert second["thread_ts"] == root_ts
    assert "799" in json.dumps(second["blocks"])


def _dm(text: str, ts: float) -> dict:
    event = {"type": "message", "channel_type": "im", "user": "U_ASKER", "text": text, "channel": "D_ASKER"}
    return dict(event, ts=f"{ts:.6f}")


def _recent() -> float:
    """A DM's topic is kept under its message's ts and purged with the retention period, which the dispatcher's
    first housekeeping pass enforces whenever it runs: a 2023 ts would be deleted if that pass came late."""
    return time.time() - 60


def test_a_dm_that_leans_on_the_last_one_reads_it_and_a_new_topic_stands_alone(bot):
    t0 = _recent()
    bot.slack.event(_dm("Which retailers sold the Mate 10 Pro?", t0))
    bot.fake.wait_for("chat.postMessage")
    bot.idle()
    bot.slack.event(_dm("and how much did it cost?", t0 + 1))  # no thread: a DM is one conversation
    second = bot.fake.wait_for("chat.postMessage", 2)[1]
    assert "thread_ts" not in second and "799" in json.dumps(second["blocks"])
    assert "Best Buy" not in json.dumps(second["blocks"][0])  # the first question is not answered again
    bot.idle()
    bot.slack.event(_dm("what is the covered list?", t0 + 2))  # says what it is about: a new topic
    third = bot.fake.wait_for("chat.postMessage", 3)[2]
    assert "Covered List" in json.dumps(third["blocks"][0]) and "Mate 10" not in json.dumps(third["blocks"][0])
    bot.idle()
    assert bot.deps.answers.topic("D_ASKER", "U_ASKER", 60, t0 + 3) == "what is the covered list?"


def test_a_quick_followup_dm_reads_the_topic_even_if_its_job_runs_first(bot):
    """The topic is stored as the first DM is queued (before its ack), not after its answer: a follow-up
    sent at once, whose job may run before the first one's, still reads it."""
    t0 = _recent()
    bot.slack.event(_dm("Which retailers sold the Mate 10 Pro?", t0))
    bot.slack.event(_dm("and how much did it cost?", t0 + 0.0001))  # no wait for the first answer
    msgs = bot.fake.wait_for("chat.postMessage", 2)
    bot.idle()
    answers = [json.dumps(m["blocks"][0]) for m in msgs]
    assert any("799" in a and "Best Buy" not in a for a in answers), answers


def test_retries_and_double_delivery_answer_once(bot):
    ev = {
        "type": "app_mention",
        "user": "U_ASKER",
        "text": "<@UBOT> why did AT&T drop Huawei?",
        "ts": "1700000004.000100",
        "channel": "C_PUBLIC",
    }
    bot.slack.event(ev, event_id="EvSAME")
    bot.slack.event(ev, event_id="EvSAME", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    bot.slack.event(ev, event_id="EvSAME", headers={"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_timeout"})
    # The same message delivered again as a plain message event with another id: still once.
    msg_ev = dict(ev, type="message", channel_type="channel")
    bot.slack.event(msg_ev, event_id="EvOTHER")
    bot.fake.wait_for("chat.postMessage")
    time.sleep(0.8)
    assert len(bot.fake.named("chat.postMessage")) == 1


def test_own_and_bot_messages_edits_and_deletions_are_ignored(bot):
    base = {"type": "message", "channel_type": "im", "channel": "D_ASKER", "text": EXAMPLE}
    for extra in (
        {"user": "UBOT", "ts": "1.1"},
        {"bot_id": "B2", "user": "U2", "ts": "1.2"},
        {"subtype": "message_changed", "ts": "1.3", "message": {"text": "x"}},
        {"subtype": "message_deleted", "ts": "1.4", "deleted_ts": "1.0"},
    ):
        r, _ = bot.slack.event(dict(base, **extra))
        assert r.status_code == 200
    time.sleep(0.8)
    assert bot.fake.named("chat.postMessage") == []


def test_slack_connect_channel_never_gets_internal_or_partner_passages(bot):
    for i, q in enumerate(
        [
            "What margin should we target on resold Huawei handsets?",
            "Can we quote Huawei to a federal contractor?",
            EXAMPLE,
        ]
    ):
        ev = {
            "type": "app_mention",
            "user": "U_ASKER",
            "text": f"<@UBOT> {q}",
            "ts": f"1700000010.00{i}",
            "channel": "C_SHARED",
        }
        bot.slack.event(ev, shared=True)
    msgs = bot.fake.wait_for("chat.postMessage", 3)
    rows = bot.deps.answers.conn().execute("SELECT level, payload FROM answers").fetchall()
    assert len(rows) == 3
    for level, payload in rows:
        assert level == "public"
        assert all(c["visibility"] == "public" for c in json.loads(payload)["answer"]["citations"])
    assert "pricing-and-margins" not in json.dumps(msgs)
    # A slash command in a shared channel is checked through conversations.info.
    _, form = bot.slack.command("What margin should we target on resold Huawei handsets?", channel="C_SHARED")
    responded(bot.fake, form)
    level = bot.deps.answers.conn().execute("SELECT level FROM answers ORDER BY at DESC LIMIT 1").fetchone()[0]
    assert level == "public"


def test_internal_notes_reach_a_dm_but_not_a_public_channel(bot):
    q = "What margin should we target on resold Huawei handsets?"
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "user": "U_ASKER",
            "text": q,
            "ts": "5.1",
            "channel": "D_ASKER",
            "team": "T1",
        }
    )
    bot.slack.event(
        {"type": "app_mention", "user": "U_ASKER", "text": f"<@UBOT> {q}", "ts": "5.2", "channel": "C_PUBLIC"}
    )
    bot.fake.wait_for("chat.postMessage", 2)
    levels = dict(bot.deps.answers.conn().execute("SELECT channel, level FROM answers").fetchall())
    assert levels == {"D_ASKER": "internal", "C_PUBLIC": "partner"}


def test_injection_in_questions_is_escaped(bot):
    hostile = "<!channel> <@U123> <http://evil.example|huawei.com> & can we resell huawei <!here>"
    r, form = bot.slack.command(hostile)
    assert "<!channel>" not in r.text and "&lt;!channel&gt;" in r.text
    path = "/response/" + form["response_url"].rsplit("/", 1)[1]
    [posted] = bot.fake.wait_for(path)
    raw = json.dumps(posted)
    for bad in ("<!channel>", "<!here>", "<@U123>", "<http://evil.example|huawei.com>"):
        assert bad not in raw
    assert "&lt;http://evil.example|huawei.com&gt;" in raw


def test_rate_limited_post_is_retried(bot):
    bot.fake.fail["chat.postMessage"] = [(429, {"Retry-After": "1"})]
    bot.slack.event(
        {"type": "app_mention", "user": "U_ASKER", "text": f"<@UBOT> {EXAMPLE}", "ts": "6.1", "channel": "C_PUBLIC"}
    )
    bot.fake.wait_for("chat.postMessage")
    assert len(bot.fake.named("chat.postMessage:failed")) == 1
    time.sleep(0.3)
    assert len(bot.fake.named("chat.postMessage")) == 1


def test_a_rate_limited_post_waits_its_retry_after_between_flights_not_inside_one(bot, caplog):
    """The posting client makes one request per call: the 429 comes back to the delivery, which waits the
    Retry-After (2 s, far longer than its own backoff here) with no post in flight, then posts once."""
    bot.fake.fail["chat.postMessage"] = [(429, {"Retry-After": "2"})]
    with caplog.at_level("WARNING", logger="partnerbot.slack"):
        bot.slack.event(
            {"type": "app_mention", "user": "U_ASKER", "text": f"<@UBOT> {EXAMPLE}", "ts": "6.2", "channel": "C_PUBLIC"}
        )
        bot.fake.wait_for("chat.postMessage:failed")
        seen = time.monotonic()
        time.sleep(1.5)
        assert bot.fake.named("chat.postMessage") == []  # not after its own short backoff: Slack asked for 2 s
        assert bot.deps.delivery._flying == {}  # the wait is between flights, not inside one request
        bot.fake.wait_for("chat.postMessage")
        assert time.monotonic() - seen >= 1.9
    assert any("delivery attempt 1 failed (ratelimited); retrying" in r.getMessage() for r in caplog.records)
    assert bot.deps.delivery.client.retry_handlers == []  # so a flight is one request, never longer than timeout
    assert bot.deps.client.retry_handlers  # the other calls (audience checks, reactions) still retry themselves
    time.sleep(0.3)
    assert len(bot.fake.named("chat.postMessage")) == 1


def test_feedback_click_is_stored_and_acknowledged_and_reported(bot):
    _, form = bot.slack.command(EXAMPLE)
    [posted] = responded(bot.fake, form)
    r, payload = bot.slack.action("feedback_down", button_value(posted, "feedback_down"))
    assert r.status_code == 200
    [thanks] = responded(bot.fake, payload)
    assert "Thanks" in thanks["text"]
    votes = bot.deps.answers.votes()
    assert len(votes) == 1
    answer_id, user, channel, vote, question, doc_ids = votes[0]
    assert (user, channel, vote, question) == ("U_ASKER", "C_PUBLIC", -1, EXAMPLE)
    assert json.loads(doc_ids)
    _, form = bot.slack.command("What is the capital of Peru?")
    responded(bot.fake, form)
    rep = {k: [(g["question"], g["count"]) for g in v] for k, v in bot.deps.answers.feedback_report().items()}
    assert rep["downvoted"] == [(EXAMPLE.lower(), 1)]
    assert rep["declined"] == [("what is the capital of peru?", 1)]


def test_share_in_channel_posts_the_answer_publicly(bot):
    _, form = bot.slack.command(EXAMPLE)
    [posted] = responded(bot.fake, form)
    _, payload = bot.slack.action("share_answer", button_value(posted, "share_answer"))
    [shared] = responded(bot.fake, payload)
    assert shared["response_type"] == "in_channel" and shared["delete_original"] is True
    assert "[1]" in json.dumps(shared["blocks"]) and "share_answer" not in json.dumps(shared["blocks"])


def test_engine_failure_gets_an_apology(bot, monkeypatch):
    def broken(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(bot.deps.service.engine, "ask", broken)
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "user": "U_ASKER",
            "text": EXAMPLE,
            "ts": "7.1",
            "channel": "D_ASKER",
            "team": "T1",
        }
    )
    [msg] = bot.fake.wait_for("chat.postMessage")
    assert "Sorry, something went wrong" in msg["text"]


def test_index_swapped_under_a_running_bot(workspace, tmp_path):
    config, embedder = workspace
    build_index(config, embedder, progress=False)
    b = Bot(config, Engine(config, embedder), tmp_path)
    try:
        q = "What does the zebra-stripe warranty programme cover?"
        b.slack.event(
            {
                "type": "message",
                "channel_type": "im",
                "user": "U_ASKER",
                "text": q,
                "ts": "8.1",
                "channel": "D_ASKER",
                "team": "T1",
            }
        )
        [first] = b.fake.wait_for("chat.postMessage")
        assert "Zebra-stripe" not in json.dumps(first["blocks"])
        (config.corpus_dir / "notes" / "zebra.md").write_text(
            "---\nid: zebra-warranty\ntitle: Zebra-stripe warranty programme\nkind: note\nsource: Support (sample)\n"
            "published: 2021-03-01\nvisibility: partner\n---\n"
            "The zebra-stripe warranty programme covers screen repairs for resold Huawei phones for two years.\n"
        )
        build_index(config, embedder, progress=False)
        b.slack.event(
            {
                "type": "message",
                "channel_type": "im",
                "user": "U_ASKER",
                "text": q,
                "ts": "8.2",
                "channel": "D_ASKER",
                "team": "T1",
            }
        )
        second = b.fake.wait_for("chat.postMessage", 2)[1]
        assert "Zebra-stripe warranty programme" in json.dumps(second["blocks"])
    finally:
        b.close()


def test_an_answer_cannot_be_shared_into_another_channel(bot):
    _, form = bot.slack.command(EXAMPLE, channel="C_PRIVATE")
    [posted] = responded(bot.fake, form)
    _, payload = bot.slack.action("share_answer", button_value(posted, "share_answer"), channel="C_PUBLIC")
    [reply] = responded(bot.fake, payload)
    assert reply.get("response_type") == "ephemeral" and "another conversation" in reply["text"]
