"""Every listener, registered in one place.

Each listener is a thin function in a module of its own (as in Bolt's templates): it
acks, and hands its work to the durable queue (dedupe included) before the ack goes out.
Listeners get their dependencies from `context["deps"]`, put there by one middleware.
New surfaces (assistant, shortcuts, views, home) are new packages registered here.
"""

from __future__ import annotations

from slack_bolt import App

from ..blocks import FEEDBACK_ACTION, REBUILD_ACTION
from ..deps import Deps
from ..payloads import replace_surrogates_in
from . import actions, assistant, commands, events, shortcuts, views
from .actions.answer_feedback import answer_feedback
from .actions.rebuild_index import rebuild_index
from .events.app_home_opened import app_home_opened
from .events.thread_reply import is_channel_thread_reply, thread_reply


def register_listeners(app: App, deps: Deps) -> None:
    def provide_deps(body, context, next):
        replace_surrogates_in(body)  # the edge where Slack text enters: every string encodable from here on
        context["deps"] = deps
        next()

    app.use(provide_deps)
    assistant.register(app, deps)  # a middleware: takes DM thread messages before the message listener
    commands.register(app)
    # Channel thread replies before events.register: bolt runs only the first matching `message` listener.
    app.event("message", matchers=[lambda event: is_channel_thread_reply(event)])(thread_reply)
    app.event("app_home_opened")(app_home_opened)
    events.register(app)
    actions.register(app)
    app.action(FEEDBACK_ACTION)(answer_feedback)
    app.action(REBUILD_ACTION)(rebuild_index)
    shortcuts.register(app)
    views.register(app)
