"""The user switched channels with the panel open: remember the new context (a local store write)."""

from __future__ import annotations

from ...deps import Deps


def context_changed(ack, event: dict, context) -> None:
    deps: Deps = context["deps"]
    thread = event.get("assistant_thread") or {}
    if thread.get("channel_id") and thread.get("thread_ts"):
        deps.answers.save_assistant_context(thread["channel_id"], thread["thread_ts"], thread.get("context") or {})
    ack()
