"""Who clicked, where, and where the reply goes, from a block_actions payload."""

from __future__ import annotations

import time

from ...audience import Asker


def action_asker(body: dict) -> Asker:
    user = body.get("user") or {}
    teams = tuple(t for t in (user.get("team_id"), (body.get("team") or {}).get("id")) if t)
    return Asker((body.get("channel") or {}).get("id", ""), user.get("id", ""), teams=teams, verify_user=True)


def action_target(body: dict, asker: Asker, **extra) -> dict:
    container = body.get("container") or {}
    return {
        "mode": "ephemeral",
        "response_url": body.get("response_url"),
        "received": time.time(),
        "channel": asker.channel,
        "user": asker.user,
        "thread_ts": container.get("thread_ts"),
        "replace_original": False,
        **extra,
    }


def action_key(body: dict) -> str:
    action = (body.get("actions") or [{}])[0]
    return f"action:{(body.get('user') or {}).get('id')}:{action.get('action_id')}:{action.get('action_ts')}"
