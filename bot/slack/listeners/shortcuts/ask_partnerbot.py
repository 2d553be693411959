"""Message shortcut "Ask partnerbot": that message's text answered privately, where it was posted.

The answer is ephemeral (the request's response_url, or chat.postEphemeral), at the level of
the conversation as it is when the answer is posted, like /huawei.
"""

from __future__ import annotations

import time

from ...audience import Asker
from ...deps import Deps
from ...jobs import enqueue
from ...jobs.payloads import PrivateQuestion
from ...text import question_from_slack

CALLBACK_ID = "ask_partnerbot"


def ask_partnerbot(ack, body: dict, context) -> None:
    deps: Deps = context["deps"]
    user = body.get("user") or {}
    channel = (body.get("channel") or {}).get("id", "")
    message = body.get("message") or {}
    teams = tuple(t for t in (user.get("team_id"), (body.get("team") or {}).get("id")) if t)
    asker = Asker(channel, user.get("id", ""), teams=teams, verify_user=True)
    target = {
        "mode": "ephemeral",
        "response_url": body.get("response_url"),
        "received": time.time(),
        "channel": channel,
        "user": asker.user,
        "thread_ts": message.get("thread_ts"),
        "replace_original": False,
    }
    question = question_from_slack(message.get("text"), deps.config.answer.max_question_chars)
    enqueue(
        deps,
        "shortcut",
        PrivateQuestion(question, asker, target),
        keys=[f"shortcut:{body['trigger_id']}" if body.get("trigger_id") else ""],
    )
    ack()
