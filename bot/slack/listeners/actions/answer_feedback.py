"""Slack's feedback buttons on an answer: a job records the vote; a 👎 opens "what was wrong?" at once."""

from __future__ import annotations

from ...deps import Deps
from ...jobs import enqueue
from ...jobs.payloads import VoteClick
from .common import action_asker, action_key, action_target
from .feedback_modal import open_feedback_modal


def answer_feedback(ack, body: dict, context) -> None:
    deps: Deps = context["deps"]
    asker = action_asker(body)
    kind, _, answer_id = ((body.get("actions") or [{}])[0].get("value") or "").partition(":")
    modal = kind == "down" and bool(answer_id) and bool(body.get("trigger_id"))
    if kind in ("up", "down") and answer_id:
        enqueue(
            deps,
            "feedback",
            VoteClick(answer_id, 1 if kind == "up" else -1, asker, action_target(body, asker), modal),
            keys=[action_key(body)],
        )
    ack()
    if modal:
        open_feedback_modal(deps, body, answer_id)
