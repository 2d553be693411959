"""/huawei: ack at once, answer privately through response_url, offer "Share in channel"."""

from __future__ import annotations

from ..audience import Place, allowed_level
from ..blocks import escape


def command_place(deps, body: dict) -> Place:
    channel = body.get("channel_id", "")
    kind, shared = deps.channels.channel(channel)
    home = body.get("team_id")
    user_team = deps.channels.user_team(body.get("user_id", ""))
    return Place(channel, kind, shared, external_user=(user_team is None or user_team != home))


def handle_huawei(ack, body, respond, deps) -> None:
    text = (body.get("text") or "").strip()
    if text.lower() in ("", "help"):
        reply = deps.service.answer(text, level="public", surface="command", channel="", user_id="")
        ack(blocks=reply.blocks, text=reply.text, response_type="ephemeral")
        return
    ack(text=f"Looking that up in the partner corpus: {escape(text[:200])}", response_type="ephemeral")
    deps.submit(answer_command, body, respond, deps)


def answer_command(body, respond, deps) -> None:
    place = command_place(deps, body)
    level = allowed_level(deps.config.slack, place)
    reply = deps.service.answer(body.get("text", ""), level=level, surface="command", channel=place.channel_id,
                                user_id=body.get("user_id", ""), share=True, echo=True)
    respond(blocks=reply.blocks, text=reply.text, response_type="ephemeral", replace_original=True)


def register(app, deps) -> None:
    @app.command("/huawei")
    def huawei(ack, body, respond):
        handle_huawei(ack, body, respond, deps)
