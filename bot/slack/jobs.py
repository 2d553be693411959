"""What a worker does with each kind of job; every job ends in a delivered reply or an apology.

Before each delivery attempt the audience is checked again (`Audience.level`): if the
place may now see less than the prepared reply cites (a channel just became Slack
Connect), the reply is prepared again at the lower level, or (Share) refused.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from .audience import Asker, rank
from .blocks import (
    NOTICE_ALREADY_SHARED,
    NOTICE_ELSEWHERE,
    NOTICE_EXPIRED,
    NOTICE_NOT_SHAREABLE,
    THANKS_DOWN,
    THANKS_UP,
    shared_blocks,
    with_feedback_buttons,
)
from .delivery import Outcome, Stopping
from .deps import Deps
from .queue import Job
from .service import Reply, notice

log = logging.getLogger("partnerbot.slack")
MAX_JOB_ATTEMPTS = 5  # a job that crashed its worker this often gets an apology and is dropped


class NotShareable(Exception):
    pass


class Deferred(Exception):
    """The job cannot run yet (it waits for another job): run it again after `delay` seconds."""

    def __init__(self, delay: float):
        super().__init__(delay)
        self.delay = delay


class Abandoned(Exception):
    """The process is stopping: the job stays queued for the next worker (its lease dies with this process)."""


def deliver(deps: Deps, job: Job, asker: Asker, target: dict, compose: Callable[[str], Reply],
            key: str = "reply") -> tuple[dict | None, Reply | None]:
    """Post compose(level) to target, re-checking the level before every attempt; (info, reply) or (None, None).

    The prepared reply is saved in the job under `key`, so a job resumed by another worker
    posts what was prepared (after the same level check) instead of answering again.
    """
    saved = job.payload.get(key)
    reply = Reply.from_json(saved) if saved else None
    done = deps.queue.posted(job.id, key)
    if done is not None:  # posted before this job's worker died: never post it twice
        log.info("job %s: %s already posted before a restart; not posting it again", job.id, key)
        return (None, None) if done.get("apology") else (done, reply)
    why = "no attempt"
    for attempt in range(deps.delivery.attempts):
        if attempt:
            time.sleep(deps.delivery.delay(attempt))
            if deps.dispatcher.stopping:
                raise Abandoned
        level = deps.audience.level(asker)
        if reply is None or rank(reply.level) > rank(level):
            reply = compose(level)
            job.payload[key] = reply.to_json()
            deps.queue.save(job)
        try:
            outcome, info = deps.delivery.send(target, reply, stopping=lambda: deps.dispatcher.stopping is True)
        except Stopping:
            raise Abandoned from None
        if outcome is Outcome.OK:
            deps.queue.record_post(job.id, key, info)
            return info, reply
        why = info.get("error", outcome.value)
        log.warning("job %s: delivery attempt %d failed (%s)%s", job.id, attempt + 1, why,
                    "; retrying" if outcome is Outcome.RETRY else "")
        if outcome is Outcome.FAILED:
            break
    deps.delivery.apologise(job.id, target, why)
    deps.queue.record_post(job.id, key, {"apology": True})
    return None, None


def _notify(deps: Deps, job: Job, target: dict, text: str) -> None:
    deliver(deps, job, Asker.from_json(job.payload["asker"]), dict(target, mode="ephemeral", replace_original=False,
                                                                  delete_original=None),
            lambda _level: notice(text), key="notice")


def answer_privately(deps: Deps, job: Job, surface: str) -> None:
    """An answer only the asker sees (/huawei, the message shortcut), with a Share button."""
    p = job.payload
    asker = Asker.from_json(p["asker"])

    def compose(level: str) -> Reply:
        return deps.service.answer(p["question"], level=level, surface=surface, channel=asker.channel,
                                   user_id=asker.user, answer_id=job.id, share=True, echo=True)
    deliver(deps, job, asker, p["target"], compose)


def run_command(deps: Deps, job: Job) -> None:
    answer_privately(deps, job, "command")


def run_event(deps: Deps, job: Job) -> None:
    p = job.payload
    asker = Asker.from_json(p["asker"])
    channel, ts, thread_ts = asker.channel, p["ts"], p.get("thread_ts")
    context_q = deps.answers.thread_question(channel, thread_ts) if thread_ts else None
    reply_thread = thread_ts or (ts if p["surface"] == "mention" else None)
    reacted = _react(deps, "add", channel, ts) if job.attempts == 1 else False
    try:
        def compose(level: str) -> Reply:
            r = deps.service.answer(p["question"], level=level, surface=p["surface"], channel=channel,
                                    user_id=asker.user, answer_id=job.id, context_question=context_q)
            r.blocks = with_feedback_buttons(r.blocks, r.answer_id)  # a message: Slack's feedback buttons
            return r
        target = {"mode": "message", "channel": channel, "thread_ts": reply_thread, "user": asker.user}
        info, reply = deliver(deps, job, asker, target, compose)
        if info is not None and reply is not None and reply.answer_id:
            root = context_q or p["question"]
            deps.answers.remember_thread(channel, reply_thread or ts, root, asker.user)
            if info.get("ts") and not reply_thread:  # a reply in the thread under the bot's DM answer
                deps.answers.remember_thread(channel, info["ts"], root, asker.user)
    finally:
        if reacted or job.attempts > 1:
            _react(deps, "remove", channel, ts)


def _react(deps: Deps, op: str, channel: str, ts: str) -> bool:
    try:
        getattr(deps.client, f"reactions_{op}")(channel=channel, timestamp=ts, name="eyes")
        return True
    except Exception:  # missing scope or already reacted: progress is a nicety, not a requirement
        return False


def run_share(deps: Deps, job: Job) -> None:
    p = job.payload
    asker = Asker.from_json(p["asker"])
    answer_id, target = p["answer_id"], p["target"]
    if not p.get("claimed"):
        stored = deps.answers.get(answer_id)
        if stored is None:
            return _notify(deps, job, target, NOTICE_EXPIRED)
        if stored["channel"] != asker.channel:  # only ever shared where it was asked
            return _notify(deps, job, target, NOTICE_ELSEWHERE)
        if rank(stored["level"]) > rank(deps.audience.level(asker)):
            return _notify(deps, job, target, NOTICE_NOT_SHAREABLE)
        if not deps.answers.claim_share(answer_id):
            return _notify(deps, job, target, NOTICE_ALREADY_SHARED)
        p.update(claimed=True, level=stored["level"], text=stored["payload"]["text"],
                 blocks=shared_blocks(stored["payload"]["blocks"], answer_id, asker.user))
        deps.queue.save(job)

    def compose(level: str) -> Reply:
        if rank(p["level"]) > rank(level):
            raise NotShareable
        return Reply(p["blocks"], p["text"], answer_id, True, p["level"])
    try:
        info, _ = deliver(deps, job, asker, target, compose)
    except NotShareable:
        info = None
        _notify(deps, job, target, NOTICE_NOT_SHAREABLE)
    if info is None:
        deps.answers.unclaim_share(answer_id)


def run_vote(deps: Deps, job: Job) -> None:
    p = job.payload
    asker = Asker.from_json(p["asker"])
    result = deps.answers.vote(p["answer_id"], asker.user, asker.channel, p["vote"])
    text = {"expired": NOTICE_EXPIRED, "elsewhere": NOTICE_ELSEWHERE}.get(
        result, THANKS_UP if p["vote"] > 0 else THANKS_DOWN)
    _notify(deps, job, p["target"], text)


HANDLERS: dict[str, Callable[[Deps, Job], None]] = {
    "command": run_command, "event": run_event, "share": run_share, "vote": run_vote,
}


def run_job(deps: Deps, job: Job) -> None:
    """Run one claimed job to its end; a crash is retried later, and after MAX_JOB_ATTEMPTS apologised for."""
    try:
        HANDLERS[job.kind](deps, job)
    except Abandoned:
        log.warning("job %s: left queued for the next worker (this one is stopping)", job.id)
        return
    except Deferred as later:
        deps.queue.retry_later(job.id, later.delay, counted=False)  # waiting is not failing
        return
    except Exception as exc:
        log.exception("job %s (%s) failed on attempt %d", job.id, job.kind, job.attempts)
        if job.attempts < MAX_JOB_ATTEMPTS:
            deps.queue.retry_later(job.id, deps.delivery.delay(job.attempts))
            return
        give_up(deps, job, f"gave up after {job.attempts} attempts ({exc.__class__.__name__}: {exc})"[:300])
        return
    deps.queue.done(job.id)


def apology_target(job: Job) -> dict | None:
    """Where to say sorry for a job given up, from whatever its payload holds; None where nobody is waiting."""
    p = job.payload
    if p.get("target"):
        return p["target"]
    asker = p.get("asker") or {}
    user, channel = asker.get("user") or p.get("user"), asker.get("channel")
    if job.kind == "home":  # the Home tab: nobody asked a question, the next visit publishes it again
        return None
    if job.kind in ("rebuild", "feedback_comment") or not channel:
        return {"mode": "message", "channel": user} if user else None  # the app's DM with them
    return {"mode": "message", "channel": channel, "thread_ts": p.get("thread_ts") or p.get("ts"), "user": user}


def give_up(deps: Deps, job: Job, why: str) -> None:
    """The last resort for a job that keeps failing: say sorry where someone waits, keep it in failed_jobs, drop it.

    Never raises: a give-up path that fails leaves the job to be run (and given up) again.
    """
    apologised = False
    target = apology_target(job)
    try:
        if target is not None and deps.queue.posted(job.id, "give_up") is None:
            apologised = deps.delivery.apologise(job.id, target, why)
            deps.queue.record_post(job.id, "give_up", {"apology": apologised})
    except Exception:
        log.exception("job %s: the apology failed too", job.id)
    try:
        deps.queue.bury(job, why)
    except Exception:
        log.exception("job %s: cannot move it to failed_jobs; it is tried again later", job.id)
        try:
            deps.queue.retry_later(job.id, 300.0)
        except Exception:
            log.exception("job %s: the queue cannot be written", job.id)
        return
    kept = f"kept in {deps.queue.path} (table failed_jobs)"
    if job.kind == "feedback_comment":
        kept += f"; the comment on answer {job.payload.get('answer_id')} was {job.payload.get('comment', '')!r:.300}"
    log.error("job %s (%s) given up: %s; %s; %s", job.id, job.kind, why,
              "apology sent" if apologised else "no apology", kept)


# The newer surfaces' kinds (assistant panel, Home tab, shortcut, feedback, rebuild) live in their own module,
# which uses this one's helpers: imported last, so either module may be imported first.
from . import surface_jobs as _surface_jobs  # noqa: E402

HANDLERS.update(_surface_jobs.HANDLERS)
