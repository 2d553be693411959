"""👍 / 👎 on an answer: the vote is recorded (for an answer of this conversation only) by a job."""

from __future__ import annotations

from ...deps import Deps
from .common import action_asker, action_key, action_target


def _vote(ack, body: dict, context, vote: int) -> None:
    deps: Deps = context["deps"]
    asker = action_asker(body)
    answer_id = (body.get("actions") or [{}])[0].get("value", "")
    deps.hand_off("vote", {"answer_id": answer_id, "vote": vote, "asker": asker.to_json(),
                           "target": action_target(body, asker)}, keys=[action_key(body)])
    ack()


def feedback_up(ack, body: dict, context) -> None:
    _vote(ack, body, context, +1)


def feedback_down(ack, body: dict, context) -> None:
    _vote(ack, body, context, -1)
