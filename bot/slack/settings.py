"""Slack credentials from the environment (or a .env file): never from config.yaml, never logged."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from index.errors import PartnerbotError

HELP = "see README.md, 'Connecting to Slack'"


class SlackSettingsError(PartnerbotError):
    pass


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str = field(repr=False)
    signing_secret: str | None = field(default=None, repr=False)
    app_token: str | None = field(default=None, repr=False)
    api_url: str | None = None

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)


def load_dotenv_file(path: Path | None = None) -> None:
    from dotenv import load_dotenv

    load_dotenv(path or Path.cwd() / ".env", override=False)


def _check(name: str, value: str | None, prefix: str | None, required: bool) -> str | None:
    if value is None or not value.strip():
        if required:
            raise SlackSettingsError(f"{name} is not set; put it in the environment or in .env ({HELP})")
        return None
    value = value.strip()
    if prefix and not value.startswith(prefix):
        raise SlackSettingsError(f"{name} does not look like a Slack token (it should start with '{prefix}'); {HELP}")
    if re.search(r"\s", value):
        raise SlackSettingsError(f"{name} contains whitespace; copy it again ({HELP})")
    if prefix and not re.fullmatch(re.escape(prefix) + r"[0-9A-Za-z][0-9A-Za-z-]*", value):
        what = "is still a placeholder" if "..." in value or "…" in value else "does not look like a Slack token"
        raise SlackSettingsError(f"{name} {what}; paste the real token ({HELP})")
    return value


def settings_from_env(http_mode: bool, env=None) -> SlackSettings:
    """Read and validate the Slack variables for the chosen mode (HTTP or Socket Mode)."""
    env = os.environ if env is None else env
    bot = _check("SLACK_BOT_TOKEN", env.get("SLACK_BOT_TOKEN"), "xoxb-", True)
    app = None if http_mode else _check("SLACK_APP_TOKEN", env.get("SLACK_APP_TOKEN"), "xapp-", False)
    if not (env.get("SLACK_SIGNING_SECRET") or "").strip() and not (env.get("SLACK_APP_TOKEN") or "").strip():
        raise SlackSettingsError(
            "neither SLACK_APP_TOKEN (Socket Mode, the default) nor SLACK_SIGNING_SECRET (HTTP mode) is set; "
            f"put one in the environment or in .env ({HELP})"
        )
    secret = _check("SLACK_SIGNING_SECRET", env.get("SLACK_SIGNING_SECRET"), None, http_mode or app is None)
    if secret is not None and not re.fullmatch(r"[0-9a-fA-F]{16,}", secret):
        raise SlackSettingsError(f"SLACK_SIGNING_SECRET should be the hex string from 'Basic Information'; {HELP}")
    api = env.get("SLACK_API_URL") or None
    if api:
        if not re.match(r"^https?://", api):
            raise SlackSettingsError(f"SLACK_API_URL must be an http(s) URL such as https://slack.com/api/; {HELP}")
        api = api if api.endswith("/") else api + "/"
    return SlackSettings(bot_token=bot, signing_secret=secret, app_token=app, api_url=api)
