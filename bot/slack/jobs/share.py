"""Share in channel: the stored answer, re-checked against the channel as it is now, posted once."""

from __future__ import annotations

from bot.state import Job

from ..audience import rank
from ..blocks import NOTICE_ALREADY_SHARED, NOTICE_ELSEWHERE, NOTICE_EXPIRED, NOTICE_NOT_SHAREABLE, shared_blocks
from ..deps import Deps
from ..service import Reply
from .errors import NotShareable
from .payloads import ShareRequest
from .posting import deliver, notify


def run_share(deps: Deps, job: Job, s: ShareRequest) -> None:
    p, asker, answer_id, target = job.payload, s.asker, s.answer_id, s.target
    if not p.get("claimed"):  # the claim is saved in the job: a resumed job posts what it claimed
        stored = deps.answers.get(answer_id)
        if stored is None:
            return notify(deps, job, asker, target, NOTICE_EXPIRED)
        if stored["channel"] != asker.channel:  # only ever shared where it was asked
            return notify(deps, job, asker, target, NOTICE_ELSEWHERE)
        if rank(stored["level"]) > rank(deps.audience.level(asker)):
            return notify(deps, job, asker, target, NOTICE_NOT_SHAREABLE)
        if not deps.answers.claim_share(answer_id):
            return notify(deps, job, asker, target, NOTICE_ALREADY_SHARED)
        p.update(
            claimed=True,
            level=stored["level"],
            text=stored["payload"]["text"],
            blocks=shared_blocks(stored["payload"]["blocks"], answer_id, asker.user),
        )
        deps.queue.save(job)

    def compose(level: str) -> Reply:
        if rank(p["level"]) > rank(level):
            raise NotShareable
        return Reply(p["blocks"], p["text"], answer_id, True, p["level"])

    try:
        info, _ = deliver(deps, job, asker, target, compose)
    except NotShareable:
        info = None
        notify(deps, job, asker, target, NOTICE_NOT_SHAREABLE)
    if info is None:
        deps.answers.unclaim_share(answer_id)
