"""A user's message in a DM thread (the panel's threads are DM threads): a job answers it in the thread."""

from __future__ import annotations

from ...deps import Deps
from ..events.common import enqueue_event, should_ignore


def user_message(ack, body: dict, event: dict, context) -> None:
    deps: Deps = context["deps"]
    if not should_ignore(event, deps.bot_user_id):
        enqueue_event(deps, body, event, "assistant", kind="assistant_message")
    ack()
