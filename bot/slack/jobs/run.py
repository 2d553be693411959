"""Which handler runs each job kind, and how a job ends: done, later, left queued, or given up.

A stored payload is parsed into its kind's type before the handler runs; one that cannot be
parsed is given up at once (one logged line, an apology where someone waits), never retried.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.state import Job

from ..delivery import Stopping
from ..deps import Deps
from .answer import run_assistant_message, run_command, run_event, run_shortcut
from .errors import Abandoned, BadPayload, Deferred
from .feedback import run_comment, run_vote
from .payloads import parse
from .rebuild import run_rebuild
from .share import run_share
from .surfaces import run_assistant_greeting, run_home

log = logging.getLogger("partnerbot.slack")
MAX_JOB_ATTEMPTS = 5  # a job that crashed its worker this often gets an apology and is dropped

HANDLERS: dict[str, Callable[..., None]] = {
    "command": run_command,
    "shortcut": run_shortcut,
    "event": run_event,
    "assistant_message": run_assistant_message,
    "share": run_share,
    "vote": run_vote,
    "feedback": run_vote,
    "feedback_comment": run_comment,
    "assistant_greeting": run_assistant_greeting,
    "home": run_home,
    "rebuild": run_rebuild,
}


def run_job(deps: Deps, job: Job) -> None:
    """Run one claimed job to its end; a crash is retried later, and after MAX_JOB_ATTEMPTS apologised for."""
    try:
        payload = parse(job.kind, job.payload)
    except BadPayload as exc:
        give_up(deps, job, f"malformed job: {exc}"[:300])
        return
    try:
        HANDLERS[job.kind](deps, job, payload)
    except (Abandoned, Stopping):  # (a notice or an apology, grounded on the way out)
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
    """Where to say sorry for a job given up, from whatever its payload holds; None where nobody is waiting.

    Reads the raw payload defensively: it also serves jobs whose payload could not be parsed.
    """
    p = job.payload if isinstance(job.payload, dict) else {}
    if isinstance(p.get("target"), dict) and p["target"].get("mode") and p["target"].get("channel"):
        return p["target"]
    asker = p.get("asker") if isinstance(p.get("asker"), dict) else {}
    user, channel = asker.get("user") or p.get("user"), asker.get("channel")
    if not isinstance(user, str) or not user:
        user = None
    if job.kind == "home":  # the Home tab: nobody asked a question, the next visit publishes it again
        return None
    if job.kind in ("rebuild", "feedback_comment") or not channel or not isinstance(channel, str):
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
            apologised = deps.delivery.apologise(
                job.id, target, why, on_ok=lambda _i: deps.queue.record_post(job.id, "give_up", {"apology": True})
            )
            deps.queue.record_post(job.id, "give_up", {"apology": apologised})
    except Stopping:  # on the way out: the next start gives it up again, and says sorry
        log.warning("job %s: left queued for the next worker to give up (this one is stopping)", job.id)
        return
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
    kept = f"kept in {deps.queue.where} (table failed_jobs)"
    if job.kind == "feedback_comment" and isinstance(job.payload, dict):
        kept += f"; the comment on answer {job.payload.get('answer_id')} was {job.payload.get('comment', '')!r:.300}"
    log.error(
        "job %s (%s) given up: %s; %s; %s", job.id, job.kind, why, "apology sent" if apologised else "no apology", kept
    )
