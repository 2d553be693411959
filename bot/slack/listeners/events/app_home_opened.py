"""The Home tab opened: a job publishes it (views.publish) for this user."""

from __future__ import annotations

from ...audience import Asker
from ...deps import Deps
from ...jobs import enqueue
from ...jobs.payloads import ForUser


def app_home_opened(ack, body: dict, event: dict, context) -> None:
    deps: Deps = context["deps"]
    if event.get("tab") == "home" and event.get("user"):
        asker = Asker(
            event.get("channel") or "",
            event["user"],
            teams=((body.get("team_id"),) if body.get("team_id") else ()),
            verify_user=True,
        )
        enqueue(deps, "home", ForUser(asker), keys=[f"event:{body['event_id']}" if body.get("event_id") else ""])
    ack()
