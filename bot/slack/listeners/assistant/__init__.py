"""The AI assistant panel (Slack's split view), through Bolt's `Assistant` middleware.

Thread context (the channel the user is looking at) is kept in our own store: Bolt's default
store reads it back with conversations.replies, which Slack now limits to one call a minute.
"""

from slack_bolt import App, Assistant

from ...deps import Deps
from .context_changed import context_changed
from .context_store import StoredThreadContext
from .thread_started import thread_started
from .user_message import user_message


def build_assistant(deps: Deps) -> Assistant:
    assistant = Assistant(thread_context_store=StoredThreadContext(deps.answers))
    assistant.thread_started(thread_started)
    assistant.thread_context_changed(context_changed)
    assistant.user_message(user_message)
    return assistant


def register(app: App, deps: Deps) -> None:
    app.assistant(build_assistant(deps))
