from slack_bolt import App

from .ask_partnerbot import CALLBACK_ID, ask_partnerbot


def register(app: App) -> None:
    app.shortcut(CALLBACK_ID)(ask_partnerbot)
