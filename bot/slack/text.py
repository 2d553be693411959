"""Text crossing the Slack boundary.

Slack escapes `&`, `<` and `>` in what users type (`&amp;`, `&lt;`, `&gt;`) and uses `<...>`
for its own markup (mentions, links). Incoming text is unescaped exactly once, so the
engine sees what the user typed; outgoing untrusted text (questions, documents) is escaped
exactly once, so it can never ping anyone or forge a link. Zero-width and bidirectional
control characters are dropped from untrusted text: they can hide or reorder what a
reader sees without changing what the text says.
"""

from __future__ import annotations

import re

# zero-width space/joiners/marks, word joiner and invisible operators, BOM, Mongolian vowel separator,
# Arabic letter mark, bidi embeddings/overrides (U+202A-202E) and isolates (U+2066-2069).
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u180e\u061c]")
_SLACK_ENTITY = re.compile(r"&(amp|lt|gt);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
HELP_WORDS = frozenset({"", "help", "-h", "--help", "?", "usage"})


def strip_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def escape(text: str) -> str:
    """Untrusted text → mrkdwn that shows it literally."""
    return strip_invisible(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape_slack(text: str) -> str:
    """Undo Slack's own escaping once (`&amp;lt;` → `&lt;`, never `<`)."""
    return _SLACK_ENTITY.sub(lambda m: _ENTITIES[m.group(1)], text)


def strip_mentions(text: str) -> str:
    return " ".join(_MENTION.sub(" ", text or "").split())


def question_from_slack(raw: str | None) -> str:
    """What the user asked: mentions removed, Slack's escaping undone once, invisible characters dropped."""
    return " ".join(strip_invisible(unescape_slack(strip_mentions(raw or ""))).split())


def is_help(question: str) -> bool:
    """The one place that decides whether a message asks for usage rather than an answer."""
    return question.strip().lower() in HELP_WORDS
