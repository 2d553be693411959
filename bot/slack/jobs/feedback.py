"""Feedback on answers, one path: a vote (👍/👎 buttons or Slack's feedback block) and the comment on a 👎.

Both vote kinds run `run_vote`. The one difference is kept from the two listeners: a 👎 from the
feedback block whose listener opened "what was wrong?" needs no other reply (the modal is it),
while the /huawei buttons thank in the conversation as well.
"""

from __future__ import annotations

import logging
import time

from bot.state import Job

from ..blocks import NOTICE_ELSEWHERE, NOTICE_EXPIRED, THANKS_DOWN, THANKS_UP
from ..deps import Deps
from .errors import Deferred
from .payloads import Comment, VoteClick
from .posting import notify

log = logging.getLogger("partnerbot.slack")
COMMENT_WAIT = 120.0  # seconds a comment waits for its vote (the modal opens before the vote job has run)
MODAL_IS_THE_REPLY = {"feedback"}  # vote kinds whose 👎 with a modal gets no thanks


def run_vote(deps: Deps, job: Job, v: VoteClick) -> None:
    """Record the vote (for an answer given in this conversation only) and say so."""
    result = deps.answers.vote(v.answer_id, v.asker.user, v.asker.channel, v.vote)
    if result == "ok" and v.vote < 0 and v.modal and job.kind in MODAL_IS_THE_REPLY:
        return
    text = {"expired": NOTICE_EXPIRED, "elsewhere": NOTICE_ELSEWHERE}.get(
        result, THANKS_UP if v.vote > 0 else THANKS_DOWN
    )
    notify(deps, job, v.asker, v.target, text)


def run_comment(deps: Deps, job: Job, c: Comment) -> None:
    """Attach the comment to the user's 👎; wait for the vote job if it has not run yet; never drop the text."""
    if deps.answers.comment_vote(c.answer_id, c.user, c.comment):
        return
    if time.time() - job.created < COMMENT_WAIT:
        raise Deferred(1.0)  # the vote job is still queued: try again shortly
    # Never dropped: kept with the job in failed_jobs, and in the log
    deps.queue.bury(job, "no vote of this user on the answer to attach the comment to (expired?)")
    log.warning(
        "job %s: comment on answer %s has no vote of %s to attach to (expired?); kept in %s (table failed_jobs): %r",
        job.id,
        c.answer_id,
        c.user,
        deps.queue.where,
        c.comment[:300],
    )
