"""Every listener, registered in one place.

Each listener is a thin function in a module of its own (as in Bolt's templates): it
acks, and hands its work to the durable queue (dedupe included) before the ack goes out.
Listeners get their dependencies from `context["deps"]`, put there by one middleware.
New surfaces (assistant, shortcuts, views, home) are new packages registered here.
"""

from __future__ import annotations

from slack_bolt import App

from ..deps import Deps
from . import actions, commands, events


def register_listeners(app: App, deps: Deps) -> None:
    def provide_deps(context, next):
        context["deps"] = deps
        next()

    app.use(provide_deps)
    commands.register(app)
    events.register(app)
    actions.register(app)
