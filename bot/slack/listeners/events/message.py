"""A DM to the bot: answered in the DM (channel messages reach the bot only as mentions)."""

from __future__ import annotations

from ...deps import Deps
from .common import enqueue_event, should_ignore


def message(ack, body: dict, event: dict, context) -> None:
    deps: Deps = context["deps"]
    if event.get("channel_type") == "im" and not should_ignore(event, deps.bot_user_id):
        enqueue_event(deps, body, event, "dm")
    ack()
