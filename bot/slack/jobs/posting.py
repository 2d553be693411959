"""How jobs post: a reply checked against the audience before every attempt, a notice, a best-effort call.

Before each delivery attempt the audience is checked again (`Audience.level`): if the
place may now see less than the prepared reply cites (a channel just became Slack
Connect), the reply is prepared again at the lower level, or (Share) refused.
Every post is recorded once Slack took it, so a job resumed by another worker never posts it twice.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from bot.state import Job

from ..audience import Asker, rank
from ..blocks import message_blocks
from ..delivery import Outcome, Stopping, retry
from ..deps import Deps
from ..service import Reply, notice
from .errors import Abandoned

log = logging.getLogger("partnerbot.slack")
RECORD_TRIES = 3  # tries at writing a post-once record (a store error: "disk I/O error", a lock held too long)


def record_post(deps: Deps, job_id: str, key: str, info: dict) -> None:
    """Record a post Slack took, trying again after a short pause if the store fails: a post left unrecorded is
    posted again by the job's next run (its retry, or the next start resuming it)."""
    for n in range(RECORD_TRIES):
        try:
            deps.queue.record_post(job_id, key, info)
            return
        except Exception as exc:
            if n + 1 == RECORD_TRIES:
                raise
            log.warning("job %s: could not record its %s post (%s); trying again", job_id, key, exc)
            time.sleep(0.2 * 2**n)


def deliver(
    deps: Deps, job: Job, asker: Asker, target: dict, compose: Callable[[str], Reply], key: str = "reply"
) -> tuple[dict | None, Reply | None]:
    """Post compose(level) to target, re-checking the level before every attempt; (info, reply) or (None, None).

    The prepared reply is saved in the job under `key`, so a job resumed by another worker
    posts what was prepared (after the same level check) instead of answering again.
    """
    saved = job.payload.get(key)
    prepared = [Reply.from_json(saved) if saved else None]
    done = deps.queue.posted(job.id, key)
    if done is not None:  # posted before this job's worker died: never post it twice
        log.info("job %s: %s already posted before a restart; not posting it again", job.id, key)
        return (None, None) if done.get("apology") else (done, prepared[0])

    def attempt(n: int) -> tuple[Outcome, dict]:
        level = deps.audience.level(asker)
        if prepared[0] is None or rank(prepared[0].level) > rank(level):
            prepared[0] = compose(level)
            job.payload[key] = prepared[0].to_json()
            deps.queue.save(job)
        try:
            outcome, info = deps.delivery.send(
                target,
                prepared[0],
                stopping=lambda: deps.dispatcher.stopping is True,
                on_ok=lambda info: record_post(deps, job.id, key, info),  # before the next post takes off
            )
        except Stopping:
            raise Abandoned from None
        if outcome is not Outcome.OK:
            log.warning(
                "job %s: delivery attempt %d failed (%s)%s",
                job.id,
                n + 1,
                info.get("error", outcome.value),
                "; retrying" if outcome is Outcome.RETRY else "",
            )
        return outcome, info

    def still_running() -> None:
        if deps.dispatcher.stopping:
            raise Abandoned

    outcome, info = retry(attempt, deps.delivery.attempts, deps.delivery.delay, still_running)
    if outcome is Outcome.OK:
        record_post(deps, job.id, key, info)
        return info, prepared[0]
    sorry = {"apology": True}
    deps.delivery.apologise(
        job.id, target, info.get("error", outcome.value), on_ok=lambda _i: record_post(deps, job.id, key, sorry)
    )
    record_post(deps, job.id, key, sorry)
    return None, None


def notify(deps: Deps, job: Job, asker: Asker, target: dict, text: str) -> None:
    """A short notice only the asker sees (thanks, expired...), posted like a reply."""
    deliver(
        deps,
        job,
        asker,
        dict(target, mode="ephemeral", replace_original=False, delete_original=None),
        lambda _level: notice(text),
        key="notice",
    )


def post_notice(deps: Deps, job: Job, target: dict, text: str) -> None:
    """A notice that cites no document (so needs no audience check): retried, and apologised for if lost."""
    if deps.queue.posted(job.id, "notice") is not None:  # posted before a restart
        return
    reply = Reply(*message_blocks(text))
    outcome, info = retry(
        lambda _n: deps.delivery.send(target, reply, on_ok=lambda info: record_post(deps, job.id, "notice", info)),
        deps.delivery.attempts,
        deps.delivery.delay,
    )
    if outcome is Outcome.OK:
        record_post(deps, job.id, "notice", info)
        return
    sorry = {"apology": True}
    deps.delivery.apologise(
        job.id,
        target,
        info.get("error", outcome.value),
        on_ok=lambda _i: record_post(deps, job.id, "notice", sorry),
    )
    record_post(deps, job.id, "notice", sorry)


def best_effort(what: str, call: Callable[[], object]) -> bool:
    """A nicety (status, title, prompts, a Home tab refresh): a failure is one warning, never the job's failure."""
    try:
        call()
        return True
    except Exception as exc:
        err = getattr(getattr(exc, "response", None), "get", lambda *_: None)("error") or exc.__class__.__name__
        log.warning("%s failed (%s)", what, err)
        return False
