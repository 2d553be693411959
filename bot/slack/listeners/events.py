"""@mentions (answered in a thread) and DMs (answered in the DM), each exactly once.

Slack may deliver one message several times: retries (X-Slack-Retry-Num, Socket Mode
retry_attempt) and, for a mention, both `app_mention` and `message`. Every delivery
claims its event_id and its channel+ts in the shared dedupe store; only the first
claim answers.
"""

from __future__ import annotations

import logging

from ..audience import Place, allowed_level
from ..service import strip_mentions

log = logging.getLogger("partnerbot.slack")
IGNORED_SUBTYPES = {"message_changed", "message_deleted", "bot_message", "channel_join", "channel_leave",
                    "message_replied", "channel_topic", "channel_purpose", "channel_name", "pinned_item",
                    "unpinned_item", "ekm_access_denied", "me_message", "group_join", "group_leave"}


def should_ignore(event: dict, bot_user_id: str | None) -> bool:
    if event.get("bot_id") or event.get("bot_profile"):
        return True
    if event.get("subtype") and event.get("subtype") not in ("thread_broadcast", "file_share"):
        return True
    if bot_user_id and event.get("user") == bot_user_id:
        return True
    return not event.get("user") or not event.get("ts")


def event_place(deps, body: dict, event: dict) -> Place:
    channel = event.get("channel", "")
    kind = event.get("channel_type")
    shared = bool(body.get("is_ext_shared_channel"))
    if kind is None:  # app_mention carries no channel_type
        kind, looked_up_shared = deps.channels.channel(channel)
        shared = shared or looked_up_shared
    home = body.get("team_id")
    user_team = event.get("user_team") or event.get("team") or home
    source_team = event.get("source_team") or user_team
    return Place(channel, kind, shared, external_user=(user_team != home or source_team != home))


def claim(deps, body: dict, event: dict) -> bool:
    keys = [f"event:{body.get('event_id')}" if body.get("event_id") else "",
            f"msg:{event.get('channel')}:{event.get('ts')}"]
    return deps.dedupe.claim(keys)


def answer_event(deps, body: dict, event: dict, client, surface: str) -> None:
    channel, ts = event["channel"], event["ts"]
    thread_ts = event.get("thread_ts")
    question = strip_mentions(event.get("text", ""))
    context_q = deps.answers.thread_question(channel, thread_ts) if thread_ts else None
    place = event_place(deps, body, event)
    level = allowed_level(deps.config.slack, place)
    reply_thread = thread_ts or (ts if surface == "mention" else None)
    reacted = _react(client, "add", channel, ts)
    try:
        reply = deps.service.answer(question, level=level, surface=surface, channel=channel,
                                    user_id=event.get("user", ""), context_question=context_q)
        kwargs = {"thread_ts": reply_thread} if reply_thread else {}
        posted = client.chat_postMessage(channel=channel, blocks=reply.blocks, text=reply.text,
                                         unfurl_links=False, unfurl_media=False, **kwargs)
        if reply.answer_id:
            root = context_q or question
            deps.answers.remember_thread(channel, reply_thread or ts, root)
            if posted.get("ts") and not reply_thread:  # a reply in the thread under the bot's DM answer
                deps.answers.remember_thread(channel, posted["ts"], root)
    except Exception:
        log.exception("could not deliver the answer (channel=%s ts=%s)", channel, ts)
    finally:
        if reacted:
            _react(client, "remove", channel, ts)


def _react(client, op: str, channel: str, ts: str) -> bool:
    try:
        getattr(client, f"reactions_{op}")(channel=channel, timestamp=ts, name="eyes")
        return True
    except Exception:  # missing scope or already reacted: progress is a nicety, not a requirement
        return False


def handle_mention(body, event, client, context, deps) -> None:
    if event.get("channel_type") == "im" or str(event.get("channel", "")).startswith("D"):
        return  # DMs are answered by the message listener
    if should_ignore(event, context.get("bot_user_id")) or not claim(deps, body, event):
        return
    deps.submit(answer_event, deps, body, event, client, "mention")


def handle_message(body, event, client, context, deps) -> None:
    if event.get("channel_type") != "im":
        return  # channel messages reach us only through app_mention
    if should_ignore(event, context.get("bot_user_id")) or not claim(deps, body, event):
        return
    deps.submit(answer_event, deps, body, event, client, "dm")


def register(app, deps) -> None:
    @app.event("app_mention")
    def on_mention(ack, body, event, client, context):
        ack()
        handle_mention(body, event, client, context, deps)

    @app.event("message")
    def on_message(ack, body, event, client, context):
        ack()
        handle_message(body, event, client, context, deps)
