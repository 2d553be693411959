"""👍 / 👎 buttons on an answer (the fallback where Slack's feedback block is not used: /huawei, shortcut).

A job records the vote (for an answer of this conversation only); a 👎 also opens the
"what was wrong?" modal at once, as the feedback block does.
"""

from __future__ import annotations

from ...deps import Deps
from ...jobs import enqueue
from ...jobs.payloads import VoteClick
from .common import action_asker, action_key, action_target
from .feedback_modal import open_feedback_modal


def _vote(ack, body: dict, context, vote: int) -> None:
    deps: Deps = context["deps"]
    asker = action_asker(body)
    answer_id = (body.get("actions") or [{}])[0].get("value", "")
    modal = vote < 0 and bool(body.get("trigger_id"))
    enqueue(deps, "vote", VoteClick(answer_id, vote, asker, action_target(body, asker), modal), keys=[action_key(body)])
    ack()
    if modal:
        open_feedback_modal(deps, body, answer_id)


def feedback_up(ack, body: dict, context) -> None:
    _vote(ack, body, context, +1)


def feedback_down(ack, body: dict, context) -> None:
    _vote(ack, body, context, -1)
