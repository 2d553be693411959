"""An admin's "Rebuild index" on the Home tab: the same build as `partnerbot index build`, one at a time.

Progress shows on the Home tab, the result comes as a DM.
"""

from __future__ import annotations

import logging
import time

from bot.state import Job
from index.errors import PartnerbotError

from ..deps import Deps
from .payloads import ForUser
from .posting import best_effort, post_notice
from .surfaces import publish_home

log = logging.getLogger("partnerbot.slack")
PROGRESS_EVERY = 2.0  # seconds between Home tab updates during a rebuild


def _summary(result) -> str:
    m = result.manifest
    text = f"build {m.build_id}: {m.documents} documents, {m.passages} passages"
    if result.skipped:
        text += f", {len(result.skipped)} invalid file(s) skipped"
    return text


def run_rebuild(deps: Deps, job: Job, r: ForUser) -> None:
    from bot.builds import build_and_publish

    asker = r.asker
    if asker.user not in deps.config.slack.admins:
        log.warning("rebuild requested by %s, who is not in slack.admins; ignored", asker.user)
        return
    dm = {"mode": "message", "channel": asker.user}
    running = deps.answers.start_rebuild(job.id, asker.user) if not job.payload.get("started") else None
    if running and running["id"] != job.id:
        msg = f"A rebuild is already running (since {time.strftime('%H:%M', time.gmtime(running['started']))} UTC)."
        post_notice(deps, job, dm, msg)
        return
    job.payload["started"] = True
    deps.queue.save(job)
    last = [0.0]

    def progress(line: str) -> None:
        if time.monotonic() - last[0] >= PROGRESS_EVERY:
            last[0] = time.monotonic()
            best_effort("views.publish (progress)", lambda: publish_home(deps, asker, str(line)[:200]))

    best_effort("views.publish", lambda: publish_home(deps, asker, "reading the corpus"))
    t0 = time.perf_counter()
    try:
        result, shared = build_and_publish(
            deps.config, deps.service.engine.embedder, progress=False, log=progress, lock_timeout=120.0
        )
        ok, summary = True, f"{_summary(result)} in {time.perf_counter() - t0:.1f} s"
        if shared is not None:  # the other replicas fetch it, or the admin learns why they cannot
            ok, summary = shared.ok, f"{summary}; {shared.line}"
    except PartnerbotError as exc:
        ok, summary = False, str(exc)
    except Exception as exc:  # the log has the traceback; the admin gets one line
        log.exception("rebuild %s failed", job.id)
        ok, summary = False, f"{exc.__class__.__name__} (see the bot's log, job {job.id})"
    deps.answers.finish_rebuild(job.id, ok, summary)
    best_effort("views.publish", lambda: publish_home(deps, asker))
    text = ("Index rebuilt: " if ok else "Index rebuild failed: ") + summary
    post_notice(deps, job, dm, text)
