"""Button clicks: feedback votes and sharing an ephemeral answer in its channel."""

from __future__ import annotations

import re

from ..blocks import MAX_BLOCKS, feedback_actions


def handle_vote(ack, body, respond, deps, vote: int) -> None:
    ack()
    action = body["actions"][0]
    user = body.get("user", {}).get("id", "")
    channel = (body.get("channel") or {}).get("id")
    found = deps.answers.vote(action.get("value", ""), user, channel, vote)
    if found is None:
        respond(text="That answer has expired, so the vote was not recorded.", response_type="ephemeral",
                replace_original=False)
        return
    thanks = "Thanks, glad it helped." if vote > 0 else "Thanks — noted. The partner team reviews unhelpful answers."
    respond(text=thanks, response_type="ephemeral", replace_original=False)


def handle_share(ack, body, respond, deps) -> None:
    ack()
    answer_id = body["actions"][0].get("value", "")
    stored = deps.answers.get(answer_id)
    if stored is None:
        respond(text="That answer has expired; ask again to share it.", response_type="ephemeral",
                replace_original=False)
        return
    channel = (body.get("channel") or {}).get("id")
    if stored["channel"] != channel:  # an answer is only ever shared where it was asked (its audience level)
        respond(text="That answer belongs to another conversation; ask again here.", response_type="ephemeral",
                replace_original=False)
        return
    # The ephemeral original is not in the payload: post the stored rendering, minus its buttons.
    blocks = [b for b in stored["payload"]["blocks"] if b.get("type") != "actions"]
    user = body.get("user", {}).get("id", "")
    if re.fullmatch(r"[A-Z0-9]+", user):
        blocks.insert(0, {"type": "context", "elements": [{"type": "mrkdwn", "text": f"Shared by <@{user}>"}]})
    blocks.append(feedback_actions(answer_id, share=False).to_dict())
    respond(blocks=blocks[:MAX_BLOCKS], text=stored["payload"]["text"], response_type="in_channel",
            delete_original=True)


def register(app, deps) -> None:
    @app.action("feedback_up")
    def up(ack, body, respond):
        handle_vote(ack, body, respond, deps, +1)

    @app.action("feedback_down")
    def down(ack, body, respond):
        handle_vote(ack, body, respond, deps, -1)

    @app.action("share_answer")
    def share(ack, body, respond):
        handle_share(ack, body, respond, deps)
