"""/huawei: usage at once, or enqueue the question, ack, and answer privately later."""

from __future__ import annotations

import time

from ...audience import Asker
from ...blocks import ack_text, usage_blocks
from ...deps import Deps
from ...jobs import enqueue
from ...jobs.payloads import PrivateQuestion
from ...text import is_help, question_from_slack


def huawei_command(ack, body: dict, context) -> None:
    deps: Deps = context["deps"]
    question = question_from_slack(body.get("text"), deps.config.answer.max_question_chars)
    if is_help(question):
        blocks, text = usage_blocks()
        ack(blocks=blocks, text=text, response_type="ephemeral")
        return
    channel, user = body.get("channel_id", ""), body.get("user_id", "")
    # The payload's team_id is checked against the pinned home team, and the user is looked up as well.
    asker = Asker(channel, user, teams=(body.get("team_id") or "",), verify_user=True)
    target = {
        "mode": "ephemeral",
        "response_url": body.get("response_url"),
        "received": time.time(),
        "channel": channel,
        "user": user,
        "replace_original": True,
    }
    enqueue(
        deps,
        "command",
        PrivateQuestion(question, asker, target),
        keys=[f"command:{body.get('trigger_id')}" if body.get("trigger_id") else ""],
    )
    ack(text=ack_text(question), response_type="ephemeral")
