"""The bot's config.yaml: the engine's sections (index/config.py) plus `slack:`.

`load_config` is index.config.load_config validating this model, so unknown keys get the
same one-line message wherever they are.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from bot.slack.config import SlackConfig
from index.config import Config
from index.config import load_config as _load

__all__ = ["BotConfig", "load_config"]


class BotConfig(Config):
    slack: SlackConfig = SlackConfig()

    def resolve(self, base: Path) -> "BotConfig":
        """Return a copy with relative paths (the engine's and the Slack stores') made absolute against base."""
        cfg = super().resolve(base)
        s = cfg.slack
        stores = {
            k: p if p.is_absolute() else base / p
            for k, p in {"feedback_db": s.feedback_db, "queue_db": s.queue_db}.items()
        }
        return cfg.model_copy(update={"slack": s.model_copy(update=stores)})


load_config = partial(_load, model=BotConfig)
