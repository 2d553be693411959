"""A reply in a channel thread the bot answered, without a mention: answered as a follow-up.

Only when `slack.followups` (or `slack.channel_followups` for this channel) allows it: `asker`
(the person whose question opened the thread), `anyone`, or `off`. A reply that mentions
someone (the bot included: the mention listener has it) or does not read as a question is
left alone. The thread's question comes from the answer store, never from
conversations.replies. The check reads one row by primary key, so replies the bot ignores
(most channel chatter) never write a job.
"""

from __future__ import annotations

import re

from ...deps import Deps
from ...text import DEFAULT_MAX_CHARS, question_from_slack
from .common import enqueue_event, should_ignore

_MENTION = re.compile(r"<[@!]")
_ASKS = re.compile(
    r"^(what|when|where|which|who|whom|whose|why|how|is|are|was|were|do|does|did|can|could|"
    r"will|would|should|shall|may|might|has|have|had|any|and|also|what's|whats|wat|tell|explain|"
    r"list|show|compare|give|same|separate|quick)\b",
    re.I,
)
# one-word replies that ask nothing ("lol?", "really?"); any other one word with "?" asks ("why?", "verizon?")
_ACKS = frozenset(
    "lol lmao ok okay k thx ty thanks yes no yep yup nope cool nice great wow huh really seriously hm hmm".split()
)


def is_channel_thread_reply(event: dict) -> bool:
    """Listener matcher: a plain message in a channel or private channel thread (not its first message)."""
    return (
        event.get("type") == "message"
        and event.get("channel_type") in ("channel", "group")
        and bool(event.get("thread_ts"))
        and event.get("thread_ts") != event.get("ts")
    )


def looks_like_question(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> bool:
    q = question_from_slack(text, max_chars)
    words = q.split()
    if len(words) == 1:  # "why?", "when?", "verizon?": a follow-up the engine reads after the thread's question
        word = re.sub(r"\W", "", words[0]).lower()
        return q.endswith("?") and len(word) >= 3 and word not in _ACKS
    return len(words) >= 2 and ("?" in q or bool(_ASKS.match(q)))


def followup_allowed(deps: Deps, event: dict) -> bool:
    mode = deps.config.slack.channel_followups.get(event.get("channel", ""), deps.config.slack.followups)
    if mode == "off":
        return False
    owner = deps.answers.thread_owner(event.get("channel", ""), event.get("thread_ts"))
    if owner is None:
        return False
    return mode == "anyone" or owner[1] == event.get("user")


def thread_reply(ack, body: dict, event: dict, context) -> None:
    deps: Deps = context["deps"]
    text = event.get("text") or ""
    if (
        not should_ignore(event, deps.bot_user_id)
        and not _MENTION.search(text)
        and looks_like_question(text, deps.config.answer.max_question_chars)
        and followup_allowed(deps, event)
    ):
        enqueue_event(deps, body, event, "followup")
    ack()
