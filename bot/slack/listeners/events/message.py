"""A DM to the bot: answered in the DM (channel messages reach the bot only as mentions). A DM that only
says thanks ("thanks!", ":+1:") is acknowledged to Slack and left alone: "I couldn't find this" would be
the only answer."""

from __future__ import annotations

from ...deps import Deps
from ...text import is_thanks
from .common import enqueue_event, remember_topic, should_ignore


def message(ack, body: dict, event: dict, context) -> None:
    deps: Deps = context["deps"]
    if (
        event.get("channel_type") == "im"
        and not should_ignore(event, deps.bot_user_id)
        and not is_thanks(event.get("text"))
        and enqueue_event(deps, body, event, "dm")
    ):
        remember_topic(deps, event)  # only on the first delivery: a retry finds the job stored already
    ack()
