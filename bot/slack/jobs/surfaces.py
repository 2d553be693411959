"""The Home tab (published per viewer) and the assistant panel's greeting.

Panel niceties (suggested prompts) are best effort: a failure is logged. Admins' Home tab shows
the same feedback report as `partnerbot feedback report` (`AnswerStore.feedback_report`).
"""

from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError

from bot.state import Job

from .. import home
from ..audience import Asker
from ..blocks import greeting_blocks, home_view, suggested_prompts
from ..deps import Deps
from ..service import Reply
from .payloads import ForUser, PanelOpened
from .posting import best_effort, deliver

log = logging.getLogger("partnerbot.slack")
HOME_REPORT_DAYS = 30


def run_assistant_greeting(deps: Deps, job: Job, g: PanelOpened) -> None:
    asker = g.asker
    channel, thread_ts = asker.channel, g.thread_ts
    deps.answers.start_assistant_thread(channel, thread_ts, asker.user, g.context)
    best_effort(
        "assistant.threads.setSuggestedPrompts",
        lambda: deps.client.assistant_threads_setSuggestedPrompts(
            channel_id=channel,
            thread_ts=thread_ts,
            title="Try one of these:",
            prompts=suggested_prompts(home.prompts(deps.config)),
        ),
    )
    blocks, text = greeting_blocks()
    deliver(
        deps,
        job,
        asker,
        {"mode": "message", "channel": channel, "thread_ts": thread_ts, "user": asker.user},
        lambda _level: Reply(blocks, text),
        key="greeting",
    )


def publish_home(deps: Deps, asker: Asker, progress: str | None = None) -> None:
    """The viewer's Home tab, at their level (as in a DM with the bot; external users public)."""
    level = deps.audience.home_level(asker)
    know = home.knowledge(deps.service.engine.snapshot(), level, synced=home.last_sync(deps.config.cache_dir))
    report = rebuild = None
    if asker.user in deps.config.slack.admins:
        report = deps.answers.feedback_report(days=HOME_REPORT_DAYS)
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


def run_home(deps: Deps, job: Job, h: ForUser) -> None:
    publish_home(deps, h.asker)
