from slack_bolt import App

from .app_mention import app_mention
from .message import message


def register(app: App) -> None:
    app.event("app_mention")(app_mention)
    app.event("message")(message)
