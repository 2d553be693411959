"""The `slack:` section of config.yaml: who sees what where, the bot's stores, its Slack surfaces."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator, model_validator

from index.config import Visibility, no_bool_numbers

Followups = Literal["asker", "anyone", "off"]


class SlackConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _no_bool_numbers(cls, data):
        return no_bool_numbers(cls, data)

    default_visibility: Visibility = "partner"
    dm_visibility: Visibility = "internal"
    private_channel_visibility: Visibility = "internal"
    shared_channel_visibility: Visibility = "public"
    guest_level: Literal["public", "partner"] = Field(
        "public", description="the most a workspace guest (single- or multi-channel) may see; never internal"
    )
    channel_visibility: dict[str, Visibility] = Field(default_factory=dict)
    listener_threads: int = Field(64, ge=1, le=1024)
    feedback_db: Path = Path(".partnerbot/feedback.sqlite3")
    # The durable answer queue and the retry dedupe keys (`dedupe_db` is accepted as its old name).
    queue_db: Path = Field(Path(".partnerbot/queue.sqlite3"), validation_alias=AliasChoices("queue_db", "dedupe_db"))
    retention_days: int = Field(30, ge=1, le=3650, description="days stored answers are kept (Share, votes)")
    # Slack surfaces (assistant panel, follow-ups, Home tab); see README "Using it".
    admins: list[str] = Field(default_factory=list, description="user ids who see the feedback report and can rebuild")
    followups: Followups = Field("asker", description="who may ask a follow-up in a channel thread without a mention")
    channel_followups: dict[str, Followups] = Field(default_factory=dict, description="`followups` per channel id")
    dm_followup_minutes: int = Field(
        30, ge=0, le=1440, description='a DM that leans on the last one ("and verizon?") within this reads it (0: off)'
    )
    suggested_prompts: list[str] = Field(
        default_factory=list, max_length=4, description="questions offered in the assistant panel (default: from eval)"
    )

    @field_validator("followups", mode="before")
    @classmethod
    def _off(cls, v):
        return "off" if v is False else v  # YAML reads a bare `off` as false

    @field_validator("channel_followups", mode="before")
    @classmethod
    def _channels_off(cls, v):
        return {k: "off" if x is False else x for k, x in v.items()} if isinstance(v, dict) else v

    @field_validator("suggested_prompts")
    @classmethod
    def _prompts(cls, v: list[str]) -> list[str]:
        if any(not p.strip() or len(p) > 300 for p in v):
            raise ValueError("each suggested prompt must be a question of 1 to 300 characters")
        return [p.strip() for p in v]
