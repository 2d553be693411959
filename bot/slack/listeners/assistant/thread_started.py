"""A panel thread opened: a job greets the user and sets the suggested prompts."""

from __future__ import annotations

from ...audience import Asker
from ...deps import Deps
from ...jobs import enqueue
from ...jobs.payloads import PanelOpened


def thread_started(ack, body: dict, event: dict, context) -> None:
    deps: Deps = context["deps"]
    thread = event.get("assistant_thread") or {}
    channel, thread_ts, user = thread.get("channel_id", ""), thread.get("thread_ts", ""), thread.get("user_id", "")
    if channel and thread_ts and user:
        # The event names no team for the user: the job looks the user up (an external user gets public only).
        asker = Asker(channel, user, teams=((body.get("team_id"),) if body.get("team_id") else ()), verify_user=True)
        enqueue(
            deps,
            "assistant_greeting",
            PanelOpened(asker, thread_ts, thread.get("context") or {}),
            keys=[f"event:{body['event_id']}" if body.get("event_id") else "", f"thread:{channel}:{thread_ts}"],
        )
    ack()
