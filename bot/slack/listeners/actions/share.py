"""Share in channel: a job re-checks the stored answer against the channel as it is now, and posts it once."""

from __future__ import annotations

from ...deps import Deps
from ...jobs import enqueue
from ...jobs.payloads import ShareRequest
from .common import action_asker, action_key, action_target


def share_answer(ack, body: dict, context) -> None:
    deps: Deps = context["deps"]
    asker = action_asker(body)
    answer_id = (body.get("actions") or [{}])[0].get("value", "")
    target = action_target(body, asker, mode="in_channel", delete_original=True, replace_original=None)
    enqueue(deps, "share", ShareRequest(answer_id, asker, target), keys=[action_key(body)])
    ack()
