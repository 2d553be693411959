"""Slack-layer pieces without Slack: audience rules, rendering and escaping, settings."""

import json
from dataclasses import replace

import pytest

from bot.slack.audience import Place, allowed_level
from bot.slack.blocks import MAX_BLOCKS, MAX_SECTION, answer_blocks, excerpt
from bot.slack.config import SlackConfig
from bot.slack.listeners.events.common import should_ignore
from bot.slack.settings import SlackSettingsError, settings_from_env
from bot.slack.text import escape, strip_mentions
from index.build.records import Answer, AnswerSentence, Citation, Passage
from index.corpus.chunking import split_sentences


@pytest.mark.parametrize(
    "place, expected",
    [
        (Place("D1", "im", False, False), "internal"),
        (Place("G1", "group", False, False), "internal"),
        (Place("C1", "channel", False, False), "partner"),
        (Place("C1", "channel", True, False), "public"),  # Slack Connect
        (Place("D1", "im", False, True), "public"),  # user from another organisation
        (Place("G1", "group", True, False), "public"),
        (Place("C9", "unknown", False, False), "public"),  # could not tell: assume shared
    ],
)
def test_audience_defaults(place, expected):
    assert allowed_level(SlackConfig(), place) == expected


def test_channel_override_cannot_lift_a_shared_channel_above_public():
    cfg = SlackConfig(channel_visibility={"C1": "internal", "C2": "public"})
    assert allowed_level(cfg, Place("C1", "channel", False, False)) == "internal"
    assert allowed_level(cfg, Place("C1", "channel", True, False)) == "public"
    assert allowed_level(cfg, Place("C2", "im", False, False)) == "public"


def _answer(text: str, n: int = 3, url="https://example.com/a?b=1&c=2") -> Answer:
    sents = tuple(split_sentences(text))
    p = Passage(
        id="d#1",
        doc_id="d",
        title="Title <!channel>",
        source="Src & Co",
        url=url,
        published="2018-01-10",
        visibility="public",
        kind="article",
        path="a.md",
        paragraph=1,
        start=0,
        end=len(text),
        text=text,
        sentences=sents,
    )
    cits = [Citation(i + 1, p, 1.0, 0.5, 1.0, highlight=sents[0]) for i in range(n)]
    return Answer(
        "q",
        True,
        f"{text[: sents[0][1]]} [1]",
        cits,
        {"total": 1.0},
        {"documents": 3, "built_at": "2026-11-25T03:00:00+00:00", "covers": {"from": "2018", "to": "2022"}},
    )


def test_document_text_cannot_ping_or_forge_links():
    ans = _answer("Call <!here> now. See <http://evil.example|huawei.com> & <@U123>. Fine.")
    blocks, text = answer_blocks(ans, "id1", "public", asked="<!everyone> hi")
    raw = json.dumps(blocks) + text
    for bad in ("<!here>", "<!channel>", "<@U123>", "<http://evil.example|", "<!everyone>"):
        assert bad not in raw
    assert "&lt;!here&gt;" in raw and "&amp;" in raw
    assert "<https://example.com/a?b=1&amp;c=2|Title &lt;!channel&gt;>" in raw


def test_a_decline_that_quotes_what_the_corpus_does_give_shows_its_sources():
    # "huawei revenue 2023?": "The passages found give no figure for 2023. Huawei's revenue in 2024 was…" is declined
    # (the year asked is not given) but quotes a sentence, so the reader sees where it comes from
    quoted = _answer("Revenue in 2024 was 862.1 billion yuan. Other text.", n=1)
    quoted = replace(quoted, answered=False, reason="kind_not_given", sentences=[AnswerSentence("Revenue…", 1, "q")])
    blocks, text = answer_blocks(quoted, "id1", "public")
    assert any(b["type"] == "divider" for b in blocks) and "Sources: [1]" in text
    bare = replace(quoted, sentences=[], reason="no_match")  # a decline quoting nothing lists no sources
    blocks, text = answer_blocks(bare, "id1", "public")
    assert not any(b["type"] == "divider" for b in blocks) and "Sources" not in text


def test_limits_are_respected_for_huge_answers():
    long = " ".join(f"Sentence {i} is about Huawei resale through retail channels." for i in range(400))
    ans = _answer(long, n=60)
    blocks, text = answer_blocks(ans, "id1", "internal", share=True)
    assert len(blocks) <= MAX_BLOCKS
    for b in blocks:
        assert len(b.get("text", {}).get("text", "")) <= MAX_SECTION
    assert len(text) <= 3000
    assert blocks[-1]["type"] == "actions"


def test_excerpt_is_trimmed_at_sentence_boundaries_around_the_answer():
    text = " ".join(f"Sentence number {i} is here." for i in range(100))
    ans = _answer(text)
    c = ans.citations[0]
    c.highlight = c.passage.sentences[50]
    ex = excerpt(c, limit=200)
    assert "*Sentence number 50 is here.*" in ex
    assert ex.startswith("… ") and ex.endswith(" …")
    assert len(ex) < 320


def test_escape():
    assert escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"


def test_strip_mentions_and_ignore_rules():
    assert strip_mentions("<@UBOT> can we  resell <@U2|bob>?") == "can we resell ?"
    assert should_ignore({"user": "UBOT", "ts": "1"}, "UBOT")
    assert should_ignore({"bot_id": "B1", "user": "U1", "ts": "1"}, "UBOT")
    assert should_ignore({"subtype": "message_changed", "ts": "1"}, "UBOT")
    assert not should_ignore({"user": "U1", "ts": "1", "text": "hi"}, "UBOT")
    assert not should_ignore({"user": "U1", "ts": "1", "subtype": "thread_broadcast"}, "UBOT")


@pytest.mark.parametrize(
    "env, http, msg",
    [
        ({}, True, "SLACK_BOT_TOKEN is not set"),
        ({"SLACK_BOT_TOKEN": "xoxp-user"}, True, "should start with 'xoxb-'"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, True, "neither SLACK_APP_TOKEN .Socket Mode.*nor SLACK_SIGNING_SECRET"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}, True, "SLACK_SIGNING_SECRET is not set"),  # --http
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "nothex!"}, True, "SLACK_SIGNING_SECRET should be"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-2"}, False, "SLACK_APP_TOKEN does not look"),
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "SLACK_API_URL": "ftp://x"},
            False,
            "SLACK_API_URL",
        ),
    ],
)
def test_bad_settings_name_the_variable(env, http, msg):
    with pytest.raises(SlackSettingsError, match=msg) as err:
        settings_from_env(http, env)
    assert "README" in str(err.value) and "xoxb-1" not in str(err.value)


def test_good_settings():
    s = settings_from_env(
        False, {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "SLACK_API_URL": "http://127.0.0.1:9/api"}
    )
    assert s.socket_mode and s.api_url == "http://127.0.0.1:9/api/"
    assert "xoxb-1" not in repr(s)
