"""Escaping at the Slack boundary, as properties (hypothesis) and with the cases that broke."""

import json

from hypothesis import given
from hypothesis import strategies as st

from bot.slack.blocks import ack_text, message_blocks
from bot.slack.text import escape, is_help, question_from_slack, strip_invisible, unescape_slack

INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
tricky = st.sampled_from(list("ab <>&;@!|ltgmp#U1") + list(INVISIBLE))
text_with_tricks = st.text(alphabet=tricky, max_size=60) | st.text()


def slack_escape(text: str) -> str:
    """What Slack does to what a user types before it reaches the bot."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@given(text_with_tricks)
def test_escaped_text_has_no_markup_and_no_invisible_characters(text):
    out = escape(text)
    assert "<" not in out and ">" not in out
    assert not any(ch in out for ch in INVISIBLE)
    # every & starts one of our three entities
    assert out.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "").count("&") == 0


@given(text_with_tricks)
def test_slack_unescape_inverts_slack_escape_exactly_once(text):
    assert unescape_slack(slack_escape(text)) == text


@given(text_with_tricks)
def test_user_text_from_slack_is_escaped_exactly_once(text):
    """What the user typed, Slack-escaped, comes back shown as typed (minus invisibles): never `&amp;lt;`."""
    shown = escape(question_from_slack(slack_escape(text)))
    assert shown == escape(" ".join(strip_invisible(text).split())) or "<@" in text


def test_cases_that_broke():
    assert question_from_slack("why did AT&amp;T drop &lt;Huawei&gt;?") == "why did AT&T drop <Huawei>?"
    assert ack_text(question_from_slack("AT&amp;T")).endswith("AT&amp;T")  # shown as "AT&T", not "AT&amp;T"
    assert escape("a\u202eevil\u202c b\u200bc") == "aevil bc"
    assert question_from_slack("<@UBOT> hi\u200b there &amp;lt;") == "hi there &lt;"
    blocks, text = message_blocks("x <!here> \u2066y\u2069")
    assert "<!here>" not in json.dumps(blocks) and "\u2066" not in text


def test_help_is_decided_in_one_place():
    for q in ("", "help", " HELP ", "?", "--help"):
        assert is_help(q)
    assert not is_help("help me resell phones")
