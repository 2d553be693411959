"""Slack's feedback buttons on an answer: a job records the vote; a 👎 opens "what was wrong?"."""

from __future__ import annotations

from ...deps import Deps
from .common import action_asker, action_key, action_target


def answer_feedback(ack, body: dict, context) -> None:
    deps: Deps = context["deps"]
    asker = action_asker(body)
    kind, _, answer_id = ((body.get("actions") or [{}])[0].get("value") or "").partition(":")
    if kind in ("up", "down") and answer_id:
        deps.hand_off("feedback", {"answer_id": answer_id, "vote": 1 if kind == "up" else -1,
                                   "asker": asker.to_json(), "trigger_id": body.get("trigger_id"),
                                   "target": action_target(body, asker)}, keys=[action_key(body)])
    ack()
