from slack_bolt import App

from ...blocks import FEEDBACK_MODAL
from .feedback_comment import feedback_comment


def register(app: App) -> None:
    app.view(FEEDBACK_MODAL)(feedback_comment)
