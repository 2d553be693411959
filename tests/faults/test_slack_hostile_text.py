"""Hostile text from Slack (issue 15): slow patterns before the ack, long threads, lone surrogates.

- Mention stripping was quadratic: `'<@A|' * 10000` in a DM took seconds before the ack.
  Text is now cut to a few times `answer.max_question_chars` first, and every pattern is linear.
- A short follow-up was refused because the thread's first question was joined to it
  before the length check.
- A lone surrogate (`\\ud800`, which JSON can carry and UTF-8 cannot) made storing the
  answer fail five times, then the user got an apology.
- A slash command whose text held the word "payload" was answered 404: bolt took the form
  for an interactive payload.
"""

from __future__ import annotations

import json
import re
import time
import urllib.parse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from slack_bolt.request.internals import parse_body

from bot.slack.guard import form_bolt_reads_whole
from bot.slack.text import CAP_FACTOR, question_from_slack, strip_invisible, unescape_slack
from index.answer.followup import read_followup, without_new_topic_marker
from index.answer.question import analyse, clean_text
from index.engine import clean_question
from index.errors import QuestionError

from ..slack_fakes import HOME
from ..slack_fakes.harness import Bot, responded
from ..surface_payloads import shortcut

FORM = "application/x-www-form-urlencoded"
OLD_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")  # the pattern before the fix, as a reference
HOSTILE = {  # each about 40 KB
    "unclosed labelled mentions": "<@A|" * 10000,
    "one unclosed mention": "<@" + "A" * 40000,
    "a label that never closes": "<@U1|" + "x|" * 20000,
    "entities": "&amp;" * 8000,
    "invisible characters": "\u200b\u202e" * 20000,
    "lone surrogates": "\ud800" * 40000,
}


def best_ms(fn, runs: int = 3) -> float:
    """The fastest of a few runs: the cost of the code, not of whatever else the machine is doing."""
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        best = min(best, (time.perf_counter() - t) * 1000)
    return best


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_cleaning_40kb_of_hostile_text_is_linear(name):
    raw = HOSTILE[name]
    assert len(raw) >= 40000
    # with no cap at all (max_chars as large as the text): the patterns alone must be linear
    uncapped = best_ms(lambda: question_from_slack(raw, max_chars=len(raw)))
    tenfold = best_ms(lambda: question_from_slack(raw * 10, max_chars=10 * len(raw)))
    print(f"\n{name}: 40 KB cleaned in {uncapped:.2f} ms, 400 KB in {tenfold:.2f} ms")
    assert uncapped < 50 and tenfold < 500  # ten times the text, ten times the budget (it took seconds at 40 KB)


def test_text_is_cut_before_any_pattern_runs():
    raw = "<@A|" * 2_500_000  # 10 MB
    ms = best_ms(lambda: question_from_slack(raw, max_chars=1000))
    assert ms < 50
    long = "word " * 20000
    q = question_from_slack(long, max_chars=1000)
    assert 1000 < len(q) <= CAP_FACTOR * 1000  # still too long: the engine refuses it with its usual message


slack_token = st.one_of(
    st.builds(
        lambda u, label: f"<@{u}{'|' + label if label is not None else ''}>",
        st.from_regex(r"[A-Z0-9]{1,11}", fullmatch=True),
        st.none() | st.text(st.characters(blacklist_characters="<>"), max_size=12),
    ),
    st.sampled_from(["&amp;", "&lt;", "&gt;", "<@", "<@A|", "|", ">", "<!here>", "\u200b", "\u202e", "\ud800", " "]),
    st.text(max_size=8),
)
slack_text = st.lists(slack_token, max_size=30).map("".join)


def reference(raw: str) -> str:
    """The cleaning before the fix (quadratic pattern), for text that is short enough to run it."""
    return " ".join(strip_invisible(unescape_slack(" ".join(OLD_MENTION.sub(" ", raw).split()))).split())


@pytest.mark.slow  # 400 examples, about 4 s
@settings(max_examples=400, deadline=None)
@given(slack_text)
def test_cleaner_properties(raw):
    q = question_from_slack(raw)
    q.encode("utf-8")  # always encodable: no lone surrogate survives
    assert "\ud800" not in q and "\u200b" not in q and "\u202e" not in q
    assert q == " ".join(q.split())
    # where the old pattern and the new agree on what a mention is (no raw `<` inside a label, which
    # Slack never sends: it escapes what users type), the result is unchanged apart from surrogates
    if "\ud800" not in raw and not re.search(r"<@[A-Z0-9]+\|[^<>]*<", raw):
        assert q == reference(raw)


@given(st.text(max_size=1200), st.text(max_size=1500))
@settings(max_examples=300, deadline=None)
def test_followup_length_is_the_new_texts_alone(new, context):
    """Only the follow-up is held to the length limit (the thread's question was accepted already): what
    the engine reads is the follow-up, after as much of the thread's question as fits."""
    try:
        asked = clean_question(new, 1000)
    except QuestionError:  # empty or too long: refused in one line (tests/test_engine_input.py)
        return
    reading = read_followup(asked, context, 1000)
    assert len(reading.text) <= 1000 and reading.text.endswith(without_new_topic_marker(asked))
    if reading.context_parts:  # the earlier question's parts come first, and the follow-up adds its own
        assert len(analyse(reading.text).parts) > reading.context_parts
    clean_text(reading.text).encode("utf-8")  # nothing the tokenizer cannot take


@pytest.fixture
def bot(built, tmp_path):
    config, engine = built
    b = Bot(config, engine, tmp_path)
    yield b
    b.close()


def test_short_followup_under_a_long_first_question_is_answered(bot):
    first = (
        (
            "Which retailers sold the Mate 10 Pro at launch in the United States, and where could partners "
            "buy stock for resale? "
        )
        + "Please list every retailer named in the coverage. " * 17
        + "Thanks a lot."
    )
    assert 975 < len(first) < 1000  # under the limit, but not with the follow-up joined to it
    root = "1700001000.000100"
    bot.slack.event(
        {
            "type": "app_mention",
            "user": "U_ASKER",
            "team": HOME,
            "text": f"<@UBOT> {first}",
            "ts": root,
            "channel": "C_PUBLIC",
        }
    )
    bot.idle()
    [answer] = bot.fake.named("chat.postMessage")
    assert "can't take that question" not in json.dumps(answer)
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "channel",
            "user": "U_ASKER",
            "team": HOME,
            "text": "and how much did it cost?",
            "ts": "1700001001.000100",
            "thread_ts": root,
            "channel": "C_PUBLIC",
        }
    )
    bot.idle()
    [_, follow] = bot.fake.named("chat.postMessage")
    assert follow["thread_ts"] == root
    assert "can't take that question" not in json.dumps(follow) and "[1]" in json.dumps(follow["blocks"])
    # a follow-up that is itself too long is still refused, naming its own length
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "channel",
            "user": "U_ASKER",
            "team": HOME,
            "text": "and what about " + "this " * 260 + "?",
            "ts": "1700001002.000100",
            "thread_ts": root,
            "channel": "C_PUBLIC",
        }
    )
    bot.idle()
    refused = bot.fake.named("chat.postMessage")[-1]
    assert "can't take that question" in json.dumps(refused) and "1,3" in json.dumps(refused)


def test_lone_surrogates_are_answered_once_without_an_apology(bot, caplog):
    q = "Can we resell Huawei \ud800 phones without a carrier?"
    bot.slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "user": "U_ASKER",
            "team": HOME,
            "text": q,
            "ts": "1700001100.000100",
            "channel": "D_ASKER",
        }
    )
    bot.slack.event(
        {
            "type": "app_mention",
            "user": "U_ASKER",
            "team": HOME,
            "text": f"<@UBOT> {q} \udfff",
            "ts": "1700001101.000100",
            "channel": "C_PUBLIC",
        }
    )
    _, payload = shortcut(bot, q)
    [short] = responded(bot.fake, payload)
    bot.idle()
    posts = bot.fake.named("chat.postMessage")
    assert len(posts) == 2
    for posted in posts + [short]:
        text = json.dumps(posted)
        assert "[1]" in text and "went wrong" not in text.lower() and "sorry" not in text.lower()
    rows = bot.deps.answers.conn().execute("SELECT question FROM answers").fetchall()
    assert len(rows) == 3 and all("\ufffd" in r[0] for r in rows)
    errors = [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL") or r.exc_info]
    assert errors == [], [r.getMessage() for r in errors]


@given(
    st.dictionaries(st.text(max_size=8).filter(lambda k: k != "payload"), st.text(max_size=20), max_size=5),
    st.sampled_from(["payload", "a payload of", "PAYLOAD payload", ""]),
)
@settings(max_examples=200, deadline=None)
def test_a_form_mentioning_payload_reads_the_same_and_bolt_reads_it_as_a_form(form, word):
    body = urllib.parse.urlencode({**form, "text": f"what {word} fits?"}).encode()
    safe = form_bolt_reads_whole(FORM, body)
    assert urllib.parse.parse_qs(safe.decode()) == urllib.parse.parse_qs(body.decode())
    assert parse_body(safe.decode(), FORM) == dict(urllib.parse.parse_qsl(body.decode(), keep_blank_values=True))


def test_slash_command_mentioning_payload_is_answered(bot):
    r, form = bot.slack.command("What payload of phones did Best Buy stock at the Mate 10 Pro launch?")
    assert r.status_code == 200, r.text  # was 404 "unhandled request": bolt took it for an interactive payload
    [posted] = responded(bot.fake, form)
    assert "[1]" in json.dumps(posted["blocks"])
