from slack_bolt import App

from .feedback import feedback_down, feedback_up
from .share import share_answer


def register(app: App) -> None:
    app.action("feedback_up")(feedback_up)
    app.action("feedback_down")(feedback_down)
    app.action("share_answer")(share_answer)
