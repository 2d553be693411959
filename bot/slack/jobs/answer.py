"""Jobs that answer a question: /huawei and the message shortcut (privately), mentions, DMs, follow-ups,
and messages in the assistant panel's threads. Each ends in a delivered reply or an apology."""

from __future__ import annotations

import dataclasses

from bot.state import Job
from index.answer.followup import next_topic

from ..blocks import STATUS_SEARCHING, with_feedback_buttons
from ..deps import Deps
from ..service import Reply
from .payloads import MessageQuestion, PrivateQuestion
from .posting import best_effort, deliver

TITLE_CHARS = 60


def answer_privately(deps: Deps, job: Job, q: PrivateQuestion, surface: str) -> None:
    """An answer only the asker sees (/huawei, the message shortcut), with a Share button."""

    def compose(level: str) -> Reply:
        return deps.service.answer(
            q.question,
            level=level,
            surface=surface,
            channel=q.asker.channel,
            user_id=q.asker.user,
            answer_id=job.id,
            share=True,
            echo=True,
        )

    deliver(deps, job, q.asker, q.target, compose)


def run_command(deps: Deps, job: Job, q: PrivateQuestion) -> None:
    answer_privately(deps, job, q, "command")


def run_shortcut(deps: Deps, job: Job, q: PrivateQuestion) -> None:
    answer_privately(deps, job, q, "shortcut")


def run_event(deps: Deps, job: Job, q: MessageQuestion) -> None:
    """A mention, a DM or a thread follow-up: answered in the thread, with 👀 on the question meanwhile."""
    asker = q.asker
    channel, ts, thread_ts = asker.channel, q.ts, q.thread_ts
    context_q = deps.answers.thread_question(channel, thread_ts) if thread_ts else None
    dm_minutes = deps.config.slack.dm_followup_minutes
    in_dm = q.surface == "dm" and not thread_ts and dm_minutes > 0  # a DM is one conversation: no thread needed
    if in_dm:  # the DM's topic as it stood when this message came (its listener stored a new one)
        context_q = deps.answers.topic(channel, asker.user, dm_minutes * 60, float(ts))
    reply_thread = thread_ts or (ts if q.surface == "mention" else None)
    reacted = _react(deps, "add", channel, ts) if job.attempts == 1 else False
    try:

        def compose(level: str) -> Reply:
            r = deps.service.answer(
                q.question,
                level=level,
                surface=q.surface,
                channel=channel,
                user_id=asker.user,
                answer_id=job.id,
                context_question=context_q,
            )
            r.blocks = with_feedback_buttons(r.blocks, r.answer_id)  # a message: Slack's feedback buttons
            return r

        target = {"mode": "message", "channel": channel, "thread_ts": reply_thread, "user": asker.user}
        info, reply = deliver(deps, job, asker, target, compose)
        if info is not None and reply is not None and reply.answer_id:
            root = (next_topic(q.question, context_q) or q.question) if in_dm else (context_q or q.question)
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


def run_assistant_message(deps: Deps, job: Job, q: MessageQuestion) -> None:
    """A message in a DM thread: in a panel thread, status → cited answer → title; otherwise a DM follow-up."""
    asker = q.asker
    channel, thread_ts, question = asker.channel, q.thread_ts, q.question
    if not thread_ts or deps.answers.assistant_context(channel, thread_ts) is None:
        return run_event(deps, job, dataclasses.replace(q, surface="dm"))
    if job.attempts == 1:
        best_effort(
            "assistant.threads.setStatus",
            lambda: deps.client.assistant_threads_setStatus(
                channel_id=channel, thread_ts=thread_ts, status=STATUS_SEARCHING
            ),
        )
        if question and deps.answers.claim_title(channel, thread_ts):
            title = question if len(question) <= TITLE_CHARS else question[: TITLE_CHARS - 1].rstrip() + "…"
            best_effort(
                "assistant.threads.setTitle",
                lambda: deps.client.assistant_threads_setTitle(channel_id=channel, thread_ts=thread_ts, title=title),
            )
    owner = deps.answers.thread_owner(channel, thread_ts)
    context_q = owner[0] if owner else None

    def compose(level: str) -> Reply:
        r = deps.service.answer(
            question,
            level=level,
            surface="assistant",
            channel=channel,
            user_id=asker.user,
            answer_id=job.id,
            context_question=context_q,
        )
        r.blocks = with_feedback_buttons(r.blocks, r.answer_id)
        return r

    info, reply = deliver(
        deps, job, asker, {"mode": "message", "channel": channel, "thread_ts": thread_ts, "user": asker.user}, compose
    )
    if info is not None and reply is not None and reply.answer_id:
        deps.answers.remember_thread(channel, thread_ts, context_q or question, asker.user)
