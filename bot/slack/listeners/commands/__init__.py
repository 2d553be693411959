from slack_bolt import App

from .huawei import huawei_command


def register(app: App) -> None:
    app.command("/huawei")(huawei_command)
