"""Text crossing the Slack boundary.

Slack escapes `&`, `<` and `>` in what users type (`&amp;`, `&lt;`, `&gt;`) and uses `<...>`
for its own markup (mentions, links). Incoming text is unescaped exactly once, so the
engine sees what the user typed; outgoing untrusted text (questions, documents) is escaped
exactly once, so it can never ping anyone or forge a link. Zero-width and bidirectional
control characters are dropped from untrusted text: they can hide or reorder what a
reader sees without changing what the text says.

Incoming text is cut to `CAP_FACTOR` times `answer.max_question_chars` before anything else
looks at it, and every pattern here runs in linear time: a hostile message costs the ack
microseconds, not seconds (the engine still refuses it as too long). Lone surrogates,
which JSON can carry but UTF-8 cannot encode (SQLite and Slack would refuse them later),
become U+FFFD where the text enters.
"""

from __future__ import annotations

import re

from index.answer.followup import only_acknowledges
from index.answer.question import INVISIBLE as _INVISIBLE

_SLACK_ENTITY = re.compile(r"&(amp|lt|gt);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
# A mention's label stops at the next `<`, so a `<@A|<@A|...` flood is scanned once, not once per `<@`.
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^<>]*)?>")
_UNENCODABLE = re.compile("[\ud800-\udfff]")
CAP_FACTOR = 4
DEFAULT_MAX_CHARS = 1000  # answer.max_question_chars's default
HELP_WORDS = frozenset({"", "help", "-h", "--help", "?", "usage"})


def strip_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def encodable(text: str) -> str:
    """Lone surrogates (the only code points UTF-8 cannot encode; JSON can carry them) → U+FFFD."""
    return _UNENCODABLE.sub("\ufffd", text)


def escape(text: str) -> str:
    """Untrusted text → mrkdwn that shows it literally."""
    return strip_invisible(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape_slack(text: str) -> str:
    """Undo Slack's own escaping once (`&amp;lt;` → `&lt;`, never `<`)."""
    return _SLACK_ENTITY.sub(lambda m: _ENTITIES[m.group(1)], text)


def strip_mentions(text: str) -> str:
    return " ".join(_MENTION.sub(" ", text or "").split())


def question_from_slack(raw: str | None, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """What the user asked: mentions removed, Slack's escaping undone once, invisible characters dropped.

    Only the first `CAP_FACTOR * max_chars` characters are read (anything longer is refused
    as too long anyway), so the cost is bounded whatever arrives.
    """
    text = raw if isinstance(raw, str) else ""
    text = encodable(text[: CAP_FACTOR * max_chars])
    return " ".join(strip_invisible(unescape_slack(strip_mentions(text))).split())


def is_thanks(text: str | None) -> bool:
    """A DM that only acknowledges the last answer ("thanks!", "ok cool", ":+1:"): nothing to answer."""
    return only_acknowledges(question_from_slack(text))


def is_help(question: str) -> bool:
    """The one place that decides whether a message asks for usage rather than an answer."""
    return question.strip().lower() in HELP_WORDS
