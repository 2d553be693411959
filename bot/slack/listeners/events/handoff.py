"""`common.enqueue_event` for other job kinds: the same payload and the same dedupe keys.

The keys matter: a message delivered as a panel message, a thread reply and a mention is
answered once, whichever listener stores it first.
"""

from __future__ import annotations

from ...deps import Deps
from ...text import question_from_slack
from .common import event_asker


def enqueue_event_as(deps: Deps, body: dict, event: dict, kind: str, surface: str) -> str | None:
    keys = [f"event:{body['event_id']}" if body.get("event_id") else "",
            f"msg:{event.get('channel')}:{event.get('ts')}"]
    question = question_from_slack(event.get("text"), deps.config.answer.max_question_chars)
    payload = {"question": question, "asker": event_asker(body, event).to_json(),
               "ts": event["ts"], "thread_ts": event.get("thread_ts"), "surface": surface}
    return deps.hand_off(kind, payload, keys)
