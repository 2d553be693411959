"""Leaks: the audience is checked when posting, with the pinned home team, failing closed; Share re-checks.

Every post to a shared channel or an external user is scanned for citations above `public`
(the citation line shows `_partner_` or `_internal_`): there must be none.
"""

from __future__ import annotations

import json

import pytest

from ..slack_fakes.harness import Bot, button_value, responded

MARGIN_Q = "What margin should we target on resold Huawei handsets?"  # answered from an internal note


@pytest.fixture
def bot(built, tmp_path):
    config, engine = built
    b = Bot(config, engine, tmp_path)
    b.deps.audience._channels.ttl = 0.0  # see channel changes at once (production: at most 5 s late)
    yield b
    b.close()


def above_public(posted: dict) -> bool:
    raw = json.dumps(posted)
    return "_partner_" in raw or "_internal_" in raw


def levels(bot) -> list[str]:
    return [r[0] for r in bot.deps.answers.conn().execute("SELECT level FROM answers ORDER BY at")]


def test_share_after_the_channel_became_slack_connect_is_refused(bot):
    _, form = bot.slack.command(MARGIN_Q, channel="C_PRIVATE")
    [posted] = responded(bot.fake, form)
    assert above_public(posted)  # internal notes are fine in a private channel of the home team
    bot.fake.channels["C_PRIVATE"]["is_ext_shared"] = True  # now shared with another organisation
    _, payload = bot.slack.action("share_answer", button_value(posted, "share_answer"), channel="C_PRIVATE")
    [reply] = responded(bot.fake, payload)
    assert reply["response_type"] == "ephemeral" and "no longer see" in reply["text"]
    # and a new question there is answered at the shared level at once (no 10-minute cache)
    _, form = bot.slack.command(MARGIN_Q, channel="C_PRIVATE")
    [again] = responded(bot.fake, form)
    assert not above_public(again) and levels(bot)[-1] == "public"


def test_share_clicked_twice_posts_once(bot):
    _, form = bot.slack.command("Can we resell Huawei phones without a carrier?")
    [posted] = responded(bot.fake, form)
    value = button_value(posted, "share_answer")
    _, p1 = bot.slack.action("share_answer", value)
    _, p2 = bot.slack.action("share_answer", value)
    bot.idle()
    replies = responded(bot.fake, p1) + responded(bot.fake, p2)
    assert [r["response_type"] for r in replies].count("in_channel") == 1
    assert any("already been shared" in r.get("text", "") for r in replies)


def test_vote_for_an_answer_of_another_conversation_is_refused(bot):
    _, form = bot.slack.command("Can we resell Huawei phones without a carrier?", channel="C_PRIVATE")
    [posted] = responded(bot.fake, form)
    _, payload = bot.slack.action("feedback_down", button_value(posted, "feedback_down"), channel="C_PUBLIC")
    [reply] = responded(bot.fake, payload)
    assert "another conversation" in reply["text"] and bot.deps.answers.votes() == []


def test_external_user_dm_without_team_fields_gets_public_only(bot):
    bot.fake.users["U_EXT"] = {"id": "U_EXT", "team_id": "T_OTHER"}
    bot.slack.event(
        {"type": "message", "channel_type": "im", "user": "U_EXT", "text": MARGIN_Q, "ts": "21.1", "channel": "D_ASKER"}
    )  # no user_team / team / source_team
    bot.idle()
    [msg] = bot.fake.named("chat.postMessage")
    assert not above_public(msg) and levels(bot) == ["public"]


def test_team_ids_from_requests_never_make_an_asker_home(bot):
    # /huawei whose payload carries the external user's own team id
    bot.fake.users["U_EXT"] = {"id": "U_EXT", "team_id": "T_OTHER"}
    _, form = bot.slack.command(MARGIN_Q, channel="D_ASKER", user="U_EXT", team="T_OTHER")
    [cmd] = responded(bot.fake, form)
    # an envelope whose team is the other team, the event claiming home
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "user": "U_X",
            "text": MARGIN_Q,
            "ts": "22.1",
            "channel": "D_ASKER",
            "team": "T1",
        },
        team="T_OTHER",
    )
    bot.idle()
    [msg] = bot.fake.named("chat.postMessage")
    assert not above_public(cmd) and not above_public(msg) and levels(bot) == ["public", "public"]


def test_lookup_failures_fail_closed_and_are_not_cached(bot):
    bot.fake.fail["users.info"] = [{"status": 500}] * 3  # the SDK does not retry 500s: 1 call per look-up
    bot.slack.event(
        {"type": "message", "channel_type": "im", "user": "U_NEW", "text": MARGIN_Q, "ts": "23.1", "channel": "D_ASKER"}
    )
    bot.idle()
    bot.fake.fail["users.info"] = []
    bot.fake.fail["conversations.info"] = [{"status": 500}]
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "user": "U_ASKER",
            "text": MARGIN_Q,
            "ts": "23.2",
            "channel": "D_ASKER",
            "team": "T1",
        }
    )
    bot.idle()
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "user": "U_ASKER",
            "text": MARGIN_Q,
            "ts": "23.3",
            "channel": "D_ASKER",
            "team": "T1",
        }
    )
    bot.idle()
    assert levels(bot) == ["public", "public", "internal"]


def test_slack_connect_channel_in_every_path_gets_no_internal_passages(bot):
    for i, q in enumerate([MARGIN_Q, "Can we quote Huawei to a federal contractor?"]):
        bot.slack.event(
            {"type": "app_mention", "user": "U_ASKER", "text": f"<@UBOT> {q}", "ts": f"24.{i}", "channel": "C_SHARED"},
            shared=True,
        )
        _, form = bot.slack.command(q, channel="C_SHARED")
        [posted] = responded(bot.fake, form)
        _, payload = bot.slack.action("share_answer", button_value(posted, "share_answer"), channel="C_SHARED")
        responded(bot.fake, payload)
    bot.idle()
    posts = bot.fake.posts()
    assert len(posts) == 6 and not any(above_public(p) for _, p in posts)
    assert set(levels(bot)) == {"public"}
