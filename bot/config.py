"""The bot's config.yaml: the engine's sections (index/config.py) plus `slack:`.

`load_config` is index.config.load_config validating this model, so unknown keys get the
same one-line message wherever they are.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.slack.config import SlackConfig
from index.config import Config, no_bool_numbers
from index.config import load_config as _load

__all__ = ["BotConfig", "load_config"]


STATE_URL_ENV = "PARTNERBOT_STATE_URL"  # overrides state.url (keeps a database password out of config.yaml)


class StateConfig(BaseModel):
    """Where the Slack state (job queue, dedupe keys, answers, votes, threads) lives, and the shared index.

    `url: sqlite` keeps it in the two embedded files `slack.queue_db` and `slack.feedback_db`
    (one host; nothing to install). `url: postgresql://user@host:5432/db` puts it in one
    PostgreSQL database that any number of `partnerbot serve` replicas share.
    """

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _no_bool_numbers(cls, data):
        return no_bool_numbers(cls, data)

    url: str = Field("sqlite", description="sqlite | postgresql://user[:password]@host[:port]/dbname")
    lease_seconds: float = Field(
        30.0, ge=5, le=3600, description="a job whose worker stopped renewing its claim is taken over after this"
    )
    shared_index_dir: Path | None = Field(
        None, description="replicas: builds are published here and every replica loads the newest verified one"
    )
    index_poll_seconds: float = Field(5.0, ge=0.5, le=3600, description="how often a replica looks for a newer build")

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        v = v.strip()
        if v == "sqlite" or v.startswith(("postgresql://", "postgres://")):
            return v
        raise ValueError("must be 'sqlite' or a postgresql://user@host:port/dbname URL")

    def effective_url(self) -> str:
        """state.url, or the PARTNERBOT_STATE_URL environment variable when it is set."""
        return os.environ.get(STATE_URL_ENV, "").strip() or self.url

    @property
    def shared(self) -> bool:
        return self.effective_url() != "sqlite"


class BotConfig(Config):
    slack: SlackConfig = SlackConfig()
    state: StateConfig = StateConfig()

    def resolve(self, base: Path) -> "BotConfig":
        """Return a copy with relative paths (the engine's and the Slack stores') made absolute against base."""
        cfg = super().resolve(base)
        s = cfg.slack
        stores = {
            k: p if p.is_absolute() else base / p
            for k, p in {"feedback_db": s.feedback_db, "queue_db": s.queue_db}.items()
        }
        st = cfg.state
        if st.shared_index_dir is not None and not st.shared_index_dir.is_absolute():
            st = st.model_copy(update={"shared_index_dir": base / st.shared_index_dir})
        return cfg.model_copy(update={"slack": s.model_copy(update=stores), "state": st})


load_config = partial(_load, model=BotConfig)
