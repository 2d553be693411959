"""Test doubles for the Slack layer: the harness around the real app, a fake Socket Mode server, and the fake
Web API with signed requests (one copy, in bot/devtools/fake_slack.py, shared with `bench-slack`)."""

from bot.devtools.fake_slack import HOME, SECRET, FakeSlack, SlackSender, signed_headers

__all__ = ["HOME", "SECRET", "FakeSlack", "SlackSender", "signed_headers"]
