"""What mentions and DMs share: which events to ignore, and how one becomes a job exactly once.

Slack may deliver one message several times: retries (X-Slack-Retry-Num, Socket Mode
retry_attempt) and, for a mention, both `app_mention` and `message`. The job is stored
together with the delivery's event_id and channel+ts keys, in one transaction: only the
first delivery becomes a job, and a delivery that failed to be stored was never marked seen.
"""

from __future__ import annotations

import logging

from index.answer.followup import next_topic

from ...audience import Asker
from ...deps import Deps
from ...jobs import enqueue
from ...jobs.payloads import MessageQuestion
from ...text import question_from_slack

ANSWERED_SUBTYPES = ("thread_broadcast", "file_share")
log = logging.getLogger("partnerbot.slack")


def should_ignore(event: dict, bot_user_id: str | None) -> bool:
    if event.get("bot_id") or event.get("bot_profile"):
        return True
    if event.get("subtype") and event.get("subtype") not in ANSWERED_SUBTYPES:
        return True
    if bot_user_id and event.get("user") == bot_user_id:
        return True
    return not event.get("user") or not event.get("ts")


def event_asker(body: dict, event: dict) -> Asker:
    """The asker's teams as the event names them (user_team, team, source_team) plus the envelope's.

    The envelope's team can only make the asker external: when the event itself names no
    team for the user, the user is looked up (users.info), and a failed look-up is external.
    """
    named = tuple(t for t in (event.get("user_team"), event.get("team"), event.get("source_team")) if t)
    teams = named + ((body["team_id"],) if body.get("team_id") else ())
    return Asker(
        event.get("channel", ""),
        event.get("user", ""),
        teams=teams,
        ext_shared=bool(body.get("is_ext_shared_channel")),
        verify_user=not named,
    )


def enqueue_event(deps: Deps, body: dict, event: dict, surface: str, kind: str = "event") -> str | None:
    """Store the message as a `kind` job (an `event`, or an `assistant_message` from a DM thread).

    The keys are the same for every kind: a message delivered as a panel message, a thread reply
    and a mention is answered once, whichever listener stores it first.
    """
    keys = [
        f"event:{body['event_id']}" if body.get("event_id") else "",
        f"msg:{event.get('channel')}:{event.get('ts')}",
    ]
    question = question_from_slack(event.get("text"), deps.config.answer.max_question_chars)
    payload = MessageQuestion(question, event_asker(body, event), event["ts"], event.get("thread_ts"), surface)
    return enqueue(deps, kind, payload, keys)


def remember_topic(deps: Deps, event: dict) -> None:
    """A top-level DM that stands alone becomes the DM's topic, stored with its own ts as it is queued (in
    the order Slack sends the messages), so a quick "and verizon?" right after it reads it even if its job
    runs first. A failure costs only that: the follow-up is then read alone."""
    if event.get("thread_ts") or deps.config.slack.dm_followup_minutes <= 0:
        return
    try:
        at = float(event["ts"])
        channel, user = event.get("channel", ""), event.get("user", "")
        question = question_from_slack(event.get("text"), deps.config.answer.max_question_chars)
        earlier = deps.answers.topic(channel, user, deps.config.slack.dm_followup_minutes * 60, at)
        topic = next_topic(question, earlier)
        if topic == question:
            deps.answers.set_topic(channel, user, question, at)
    except Exception:
        log.warning("could not remember the DM's topic (channel=%s)", event.get("channel"), exc_info=True)
