"""Jobs of the newer Slack surfaces: assistant panel, Home tab, message shortcut, feedback, index rebuild.

Registered in jobs.HANDLERS. As everywhere, replies go through `jobs.deliver`, which checks
the audience at the moment of posting, retries, and ends in an apology, never in silence.
Panel niceties (status, title, suggested prompts) are best effort: a failure is logged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from slack_sdk.errors import SlackApiError

from index.errors import PartnerbotError

from . import home
from .audience import Asker
from .blocks import (
    NOTICE_ELSEWHERE,
    NOTICE_EXPIRED,
    STATUS_SEARCHING,
    THANKS_DOWN,
    THANKS_UP,
    greeting_blocks,
    home_view,
    message_blocks,
    suggested_prompts,
    with_feedback_buttons,
)
from .delivery import Outcome
from .deps import Deps
from .queue import Job
from .service import Reply

log = logging.getLogger("partnerbot.slack")
TITLE_CHARS = 60
PROGRESS_EVERY = 2.0  # seconds between Home tab updates during a rebuild


def _best_effort(what: str, call: Callable[[], object]) -> bool:
    try:
        call()
        return True
    except Exception as exc:
        err = getattr(getattr(exc, "response", None), "get", lambda *_: None)("error") or exc.__class__.__name__
        log.warning("%s failed (%s)", what, err)
        return False


# -- assistant panel --------------------------------------------------------------------------------------------
def run_assistant_greeting(deps: Deps, job: Job) -> None:
    p = job.payload
    asker = Asker.from_json(p["asker"])
    channel, thread_ts = asker.channel, p["thread_ts"]
    deps.answers.start_assistant_thread(channel, thread_ts, asker.user, p.get("context"))
    _best_effort("assistant.threads.setSuggestedPrompts", lambda: deps.client.assistant_threads_setSuggestedPrompts(
        channel_id=channel, thread_ts=thread_ts, title="Try one of these:",
        prompts=suggested_prompts(home.prompts(deps.config))))
    blocks, text = greeting_blocks()
    jobs.deliver(deps, job, asker, {"mode": "message", "channel": channel, "thread_ts": thread_ts, "user": asker.user},
            lambda _level: Reply(blocks, text), key="greeting")


def run_assistant_message(deps: Deps, job: Job) -> None:
    """A message in a DM thread: in a panel thread, status → cited answer → title; otherwise a DM follow-up."""
    p = job.payload
    asker = Asker.from_json(p["asker"])
    channel, thread_ts, question = asker.channel, p["thread_ts"], p["question"]
    if deps.answers.assistant_context(channel, thread_ts) is None:
        p["surface"] = "dm"
        return jobs.run_event(deps, job)
    if job.attempts == 1:
        _best_effort("assistant.threads.setStatus", lambda: deps.client.assistant_threads_setStatus(
            channel_id=channel, thread_ts=thread_ts, status=STATUS_SEARCHING))
        if question and deps.answers.claim_title(channel, thread_ts):
            title = question if len(question) <= TITLE_CHARS else question[: TITLE_CHARS - 1].rstrip() + "…"
            _best_effort("assistant.threads.setTitle", lambda: deps.client.assistant_threads_setTitle(
                channel_id=channel, thread_ts=thread_ts, title=title))
    owner = deps.answers.thread_owner(channel, thread_ts)
    context_q = owner[0] if owner else None

    def compose(level: str) -> Reply:
        r = deps.service.answer(question, level=level, surface="assistant", channel=channel, user_id=asker.user,
                                answer_id=job.id, context_question=context_q)
        r.blocks = with_feedback_buttons(r.blocks, r.answer_id)
        return r
    info, reply = jobs.deliver(deps, job, asker, {"mode": "message", "channel": channel, "thread_ts": thread_ts,
                                             "user": asker.user}, compose)
    if info is not None and reply is not None and reply.answer_id:
        deps.answers.remember_thread(channel, thread_ts, context_q or question, asker.user)


# -- message shortcut ------------------------------------------------------------------------------------------
def run_shortcut(deps: Deps, job: Job) -> None:
    jobs.answer_privately(deps, job, "shortcut")


# -- feedback buttons and the "what was wrong?" modal --------------------------------------------------------------
def run_feedback(deps: Deps, job: Job) -> None:
    """Slack's feedback buttons: record the vote. A 👎 whose listener opened the modal needs no other reply."""
    p = job.payload
    asker = Asker.from_json(p["asker"])
    result = deps.answers.vote(p["answer_id"], asker.user, asker.channel, p["vote"])
    if result == "ok" and p["vote"] < 0 and p.get("modal"):
        return
    text = {"expired": NOTICE_EXPIRED, "elsewhere": NOTICE_ELSEWHERE}.get(
        result, THANKS_UP if p["vote"] > 0 else THANKS_DOWN)
    jobs._notify(deps, job, p["target"], text)


COMMENT_WAIT = 120.0  # seconds a comment waits for its vote (the modal opens before the vote job has run)


def run_feedback_comment(deps: Deps, job: Job) -> None:
    p = job.payload
    if deps.answers.comment_vote(p["answer_id"], p["user"], p["comment"]):
        return
    if time.time() - job.created < COMMENT_WAIT:
        raise jobs.Deferred(1.0)  # the vote job is still queued: try again shortly
    # Never dropped: kept with the job in failed_jobs, and in the log
    deps.queue.bury(job, "no vote of this user on the answer to attach the comment to (expired?)")
    log.warning("job %s: comment on answer %s has no vote of %s to attach to (expired?); kept in %s (table "
                "failed_jobs): %r", job.id, p["answer_id"], p["user"], deps.queue.path, p["comment"][:300])


def _post_notice(deps: Deps, job: Job, target: dict, text: str) -> None:
    """A notice that cites no document (so needs no audience check): retried, and apologised for if lost."""
    if deps.queue.posted(job.id, "notice") is not None:  # posted before a restart
        return
    reply, why = Reply(*message_blocks(text)), "no attempt"
    for attempt in range(deps.delivery.attempts):
        if attempt:
            time.sleep(deps.delivery.delay(attempt))
        outcome, info = deps.delivery.send(target, reply)
        if outcome is Outcome.OK:
            deps.queue.record_post(job.id, "notice", info)
            return
        why = info.get("error", outcome.value)
        if outcome is Outcome.FAILED:
            break
    deps.delivery.apologise(job.id, target, why)
    deps.queue.record_post(job.id, "notice", {"apology": True})


# -- Home tab -------------------------------------------------------------------------------------------------------
def home_level(deps: Deps, asker: Asker) -> str:
    """The viewer's level: as in a DM with the bot (the Home tab is theirs alone), external users public."""
    return deps.audience.home_level(asker)


def publish_home(deps: Deps, asker: Asker, progress: str | None = None) -> None:
    level = home_level(deps, asker)
    know = home.knowledge(deps.service.engine.snapshot(), level, synced=home.last_sync(deps.config.cache_dir))
    admin = asker.user in deps.config.slack.admins
    report = rebuild = None
    if admin:
        report = deps.answers.feedback_report(days=30)
        rebuild = deps.answers.last_rebuild()
        if rebuild and progress:
            rebuild["progress"] = progress
    view = home_view(know, home.prompts(deps.config), deps.answers.recent_questions(asker.user, 5), report, rebuild)
    try:
        deps.client.views_publish(user_id=asker.user, view=view)
    except SlackApiError as exc:
        status = exc.response.status_code
        if status >= 500 or status == 429:
            raise  # retried later by run_job
        log.warning("views.publish for %s failed (%s)", asker.user, exc.response.get("error"))


def run_home(deps: Deps, job: Job) -> None:
    publish_home(deps, Asker.from_json(job.payload["asker"]))


def _summary(result) -> str:
    m = result.manifest
    text = f"build {m.build_id}: {m.documents} documents, {m.passages} passages"
    if result.skipped:
        text += f", {len(result.skipped)} invalid file(s) skipped"
    return text


def run_rebuild(deps: Deps, job: Job) -> None:
    """The same build as `partnerbot index build`, one at a time; progress on the Home tab, result in a DM."""
    from index.build.builder import build_index

    p = job.payload
    asker = Asker.from_json(p["asker"])
    if asker.user not in deps.config.slack.admins:
        log.warning("rebuild requested by %s, who is not in slack.admins; ignored", asker.user)
        return
    dm = {"mode": "message", "channel": asker.user}
    running = deps.answers.start_rebuild(job.id, asker.user) if not p.get("started") else None
    if running and running["id"] != job.id:
        msg = f"A rebuild is already running (since {time.strftime('%H:%M', time.gmtime(running['started']))} UTC)."
        _post_notice(deps, job, dm, msg)
        return
    p["started"] = True
    deps.queue.save(job)
    last = [0.0]

    def progress(line: str) -> None:
        if time.monotonic() - last[0] >= PROGRESS_EVERY:
            last[0] = time.monotonic()
            _best_effort("views.publish (progress)", lambda: publish_home(deps, asker, str(line)[:200]))

    _best_effort("views.publish", lambda: publish_home(deps, asker, "reading the corpus"))
    t0 = time.perf_counter()
    try:
        result = build_index(deps.config, deps.service.engine.embedder, progress=False, log=progress,
                             lock_timeout=120.0)
        ok, summary = True, f"{_summary(result)} in {time.perf_counter() - t0:.1f} s"
    except PartnerbotError as exc:
        ok, summary = False, str(exc)
    except Exception as exc:  # the log has the traceback; the admin gets one line
        log.exception("rebuild %s failed", job.id)
        ok, summary = False, f"{exc.__class__.__name__} (see the bot's log, job {job.id})"
    deps.answers.finish_rebuild(job.id, ok, summary)
    _best_effort("views.publish", lambda: publish_home(deps, asker))
    text = ("Index rebuilt: " if ok else "Index rebuild failed: ") + summary
    _post_notice(deps, job, dm, text)


HANDLERS: dict[str, Callable[[Deps, Job], None]] = {
    "assistant_greeting": run_assistant_greeting, "assistant_message": run_assistant_message,
    "shortcut": run_shortcut, "feedback": run_feedback, "feedback_comment": run_feedback_comment,
    "home": run_home, "rebuild": run_rebuild,
}

from . import jobs  # noqa: E402  (last: jobs.py imports this module at its end to register HANDLERS)
