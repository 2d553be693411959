"""All listeners, registered in one place; each acks at once and hands off to the service."""

from __future__ import annotations

from slack_bolt import App

from . import actions, commands, events


def register_listeners(app: App, deps) -> None:
    commands.register(app, deps)
    events.register(app, deps)
    actions.register(app, deps)
