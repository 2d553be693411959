"""@partnerbot in a channel: answered in a thread under the message."""

from __future__ import annotations

from ...deps import Deps
from .common import enqueue_event, should_ignore


def app_mention(ack, body: dict, event: dict, context) -> None:
    deps: Deps = context["deps"]
    in_dm = event.get("channel_type") == "im" or str(event.get("channel", "")).startswith("D")
    if not in_dm and not should_ignore(event, deps.bot_user_id):  # DMs are answered by the message listener
        enqueue_event(deps, body, event, "mention")
    ack()
