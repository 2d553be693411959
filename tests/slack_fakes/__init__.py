"""Test doubles for the Slack layer (a fake Web API, signed requests); never shipped in the runtime package."""

from .fake_slack import HOME, SECRET, FakeSlack, SlackSender, signed_headers

__all__ = ["HOME", "SECRET", "FakeSlack", "SlackSender", "signed_headers"]
