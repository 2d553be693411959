"""Guests of the home workspace (issue 15): no internal note on any path, whatever the request says.

A multi- or single-channel guest (`is_restricted` / `is_ultra_restricted` in users.info) is
a member of the home team, so the team checks alone let them read internal notes in DMs,
/huawei, private channels, the assistant panel and the Home tab counts. Every path is
exercised here with a guest asker over HTTP against the fake Slack; every post is scanned
for citations of internal documents (the citation line shows `_internal_`).
"""

from __future__ import annotations

import json

import pytest

from ..slack_fakes import HOME
from ..slack_fakes.harness import Bot, button_value, responded
from ..surface_payloads import home_opened, panel_message, shortcut, thread_started, with_slack
from ..test_slack_home import expected_counts, published_for, view_text

MARGIN_Q = "What margin should we target on resold Huawei handsets?"  # answered from an internal note
ROOT = "1700000700.000100"
PANEL = "1700000800.000100"


def make_bot(built, tmp_path, **slack) -> Bot:
    config, engine = built
    b = Bot(with_slack(config, **slack), engine, tmp_path)
    b.deps.audience._channels.ttl = 0.0
    b.fake.channels["D_GUEST"] = {"id": "D_GUEST", "is_im": True}
    b.fake.add_user("U_ASKER")
    b.fake.add_user("U_GUEST", guest="multi")
    b.fake.add_user("U_SINGLE", guest="single")
    return b


@pytest.fixture
def bot(built, tmp_path):
    b = make_bot(built, tmp_path)
    yield b
    b.close()


def cites(posted: dict, level: str) -> bool:
    return f"_{level}_" in json.dumps(posted)


def posts_to(bot, channel: str, since: int) -> list[dict]:
    with bot.fake.lock:
        calls = bot.fake.calls[since:]
    return [p for n, p in calls if n in ("chat.postMessage", "chat.postEphemeral") and p.get("channel") == channel]


def every_path(bot, guest: str) -> dict[str, list[dict]]:
    """The guest asks MARGIN_Q on every path; what was posted for each."""
    got: dict[str, list[dict]] = {}
    n = len(bot.fake.calls)
    # DM whose event names the home team (the old check then never looked the user up)
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "user": guest,
            "user_team": HOME,
            "team": HOME,
            "text": MARGIN_Q,
            "ts": "1700000600.000100",
            "channel": "D_GUEST",
        }
    )
    bot.idle()
    got["dm"] = posts_to(bot, "D_GUEST", n)
    # a mention in a private channel, then a follow-up in its thread without a mention
    n = len(bot.fake.calls)
    bot.slack.event(
        {
            "type": "app_mention",
            "user": guest,
            "team": HOME,
            "user_team": HOME,
            "text": f"<@UBOT> {MARGIN_Q}",
            "ts": ROOT,
            "channel": "C_PRIVATE",
        }
    )
    bot.idle()
    got["mention"] = posts_to(bot, "C_PRIVATE", n)
    n = len(bot.fake.calls)
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "group",
            "user": guest,
            "team": HOME,
            "user_team": HOME,
            "text": "and what margin on accessories?",
            "ts": "1700000701.000100",
            "thread_ts": ROOT,
            "channel": "C_PRIVATE",
        }
    )
    bot.idle()
    got["followup"] = posts_to(bot, "C_PRIVATE", n)
    # /huawei in the private channel and in the DM
    for channel in ("C_PRIVATE", "D_GUEST"):
        _, form = bot.slack.command(MARGIN_Q, channel=channel, user=guest)
        got[f"command {channel}"] = responded(bot.fake, form)
    # Share of the guest's own /huawei answer in the private channel
    command = got["command C_PRIVATE"][0]
    _, payload = bot.slack.action(
        "share_answer", button_value(command, "share_answer"), user=guest, channel="C_PRIVATE"
    )
    got["share"] = responded(bot.fake, payload)
    # the message shortcut in the private channel
    _, payload = shortcut(bot, MARGIN_Q, channel="C_PRIVATE", user=guest)
    got["shortcut"] = responded(bot.fake, payload)
    # the assistant panel
    n = len(bot.fake.calls)
    thread_started(bot, channel="D_GUEST", user=guest, thread_ts=PANEL)
    bot.idle()
    panel_message(bot, MARGIN_Q, "1700000801.000100", channel="D_GUEST", user=guest, thread_ts=PANEL)
    bot.idle()
    got["panel"] = posts_to(bot, "D_GUEST", n)
    for path, posted in got.items():
        assert posted, f"nothing posted on the {path} path"
    return got


def guest_levels(bot, guest: str) -> dict[str, str]:
    rows = bot.deps.answers.conn().execute("SELECT surface, channel, level FROM answers WHERE user_id=?", (guest,))
    return {f"{surface} {channel}": level for surface, channel, level in rows}


def test_a_member_gets_internal_notes_where_a_guest_gets_none(bot):
    """The control: the question does cite an internal note for a full member, so the checks below can fail."""
    _, form = bot.slack.command(MARGIN_Q, channel="C_PRIVATE", user="U_ASKER")
    [posted] = responded(bot.fake, form)
    assert cites(posted, "internal")


@pytest.mark.parametrize("guest", ["U_GUEST", "U_SINGLE"])
def test_a_guest_gets_no_internal_passage_on_any_path(bot, built, guest):
    got = every_path(bot, guest)
    leaked = {path: n for path, posted in got.items() if (n := sum(cites(p, "internal") for p in posted))}
    assert leaked == {}, f"internal passages posted to a guest: {leaked}"
    above = {path for path, posted in got.items() if any(cites(p, "partner") for p in posted)}
    assert above == set()  # slack.guest_level defaults to public
    levels = guest_levels(bot, guest)
    assert levels and set(levels.values()) == {"public"}, levels
    # the Home tab counts only what the guest may see
    home_opened(bot, user=guest, channel="D_GUEST")
    [view] = published_for(bot, guest)
    config, _ = built
    assert f"*public*: {expected_counts(config, ['public'])['public']} document" in view_text(view)
    assert "*internal*" not in view_text(view) and "*partner*" not in view_text(view)


def test_share_of_a_members_internal_answer_by_a_guest_is_refused(bot):
    _, form = bot.slack.command(MARGIN_Q, channel="C_PRIVATE", user="U_ASKER")
    [member] = responded(bot.fake, form)
    assert cites(member, "internal")
    n = len(bot.fake.calls)
    _, payload = bot.slack.action(
        "share_answer", button_value(member, "share_answer"), user="U_GUEST", channel="C_PRIVATE"
    )
    [reply] = responded(bot.fake, payload)
    assert reply["response_type"] == "ephemeral" and "no longer see" in reply["text"]
    assert not cites(reply, "internal") and posts_to(bot, "C_PRIVATE", n) == []


def test_guest_level_partner_allows_partner_never_internal(built, tmp_path):
    bot = make_bot(built, tmp_path, guest_level="partner")
    try:
        got = every_path(bot, "U_GUEST")
        assert not any(cites(p, "internal") for posted in got.values() for p in posted)
        levels = guest_levels(bot, "U_GUEST")
        assert set(levels.values()) == {"partner"}, levels
    finally:
        bot.close()


def test_a_member_made_guest_is_seen_within_the_cache_time(bot):
    bot.deps.audience._users.ttl = 0.0  # production: USER_TTL (60 s)
    _, form = bot.slack.command(MARGIN_Q, channel="D_ASKER", user="U_ASKER")
    assert cites(responded(bot.fake, form)[0], "internal")
    bot.fake.add_user("U_ASKER", guest="single")
    _, form = bot.slack.command(MARGIN_Q, channel="D_ASKER", user="U_ASKER")
    assert not cites(responded(bot.fake, form)[0], "internal")


def test_failed_user_lookup_is_public_even_for_a_named_home_team(bot):
    bot.fake.fail["users.info"] = [{"status": 500}]
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "user": "U_ASKER",
            "user_team": HOME,
            "team": HOME,
            "text": MARGIN_Q,
            "ts": "1700000900.000100",
            "channel": "D_ASKER",
        }
    )
    bot.idle()
    [msg] = bot.fake.named("chat.postMessage")
    assert not cites(msg, "internal") and not cites(msg, "partner")


def _member_mention(bot, ts: str) -> list[dict]:
    n = len(bot.fake.calls)
    bot.slack.event(
        {
            "type": "app_mention",
            "user": "U_ASKER",
            "team": HOME,
            "user_team": HOME,
            "text": f"<@UBOT> {MARGIN_Q}",
            "ts": ts,
            "channel": "C_PRIVATE",
        }
    )
    bot.idle()
    return posts_to(bot, "C_PRIVATE", n)


def test_a_members_answer_in_a_channel_with_a_guest_in_it_cites_no_internal_note(bot):
    """Everyone in the channel reads the answer: a guest member caps it, whoever asked."""
    bot.deps.audience._rosters.ttl = 0.0  # production: ROSTER_TTL (30 s)
    bot.fake.channels["C_PRIVATE"] = {"id": "C_PRIVATE", "is_private": True}
    bot.fake.members["C_PRIVATE"] = ["U_ASKER", "UBOT"]
    [alone] = _member_mention(bot, "1700000950.000100")
    assert cites(alone, "internal")  # the control: members only, the internal note is cited
    bot.fake.members["C_PRIVATE"] = ["U_ASKER", "UBOT", "U_SINGLE"]
    [with_guest] = _member_mention(bot, "1700000951.000100")
    assert not cites(with_guest, "internal") and not cites(with_guest, "partner")


def test_a_failed_member_list_counts_as_a_channel_with_guests(bot):
    bot.deps.audience._rosters.ttl = 0.0
    bot.fake.channels["C_PRIVATE"] = {"id": "C_PRIVATE", "is_private": True}
    bot.fake.members["C_PRIVATE"] = ["U_ASKER"]
    bot.fake.fail["conversations.members"] = [{"status": 500}] * 10
    [posted] = _member_mention(bot, "1700000960.000100")
    assert not cites(posted, "internal")
