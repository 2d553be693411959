"""Who will see an answer, and so the highest document level it may cite.

Internal notes go only to DMs and private channels of the home workspace. A channel
shared with another organisation (Slack Connect) or a user from another team always
gets at most `slack.shared_channel_visibility`, whatever else is configured. When the
bot cannot tell (conversations.info fails), it assumes the channel is shared.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from index.config import VISIBILITY_LEVELS, SlackConfig


@dataclass(frozen=True)
class Place:
    channel_id: str
    channel_type: str  # im, mpim, channel, group (private), unknown
    ext_shared: bool
    external_user: bool


def _min(a: str, b: str) -> str:
    return a if VISIBILITY_LEVELS.index(a) <= VISIBILITY_LEVELS.index(b) else b


def allowed_level(cfg: SlackConfig, place: Place) -> str:
    if place.channel_type == "im":
        level = cfg.dm_visibility
    elif place.channel_type == "group":
        level = cfg.private_channel_visibility
    elif place.channel_type in ("channel", "mpim"):
        level = cfg.default_visibility
    else:
        level = cfg.shared_channel_visibility
    level = cfg.channel_visibility.get(place.channel_id, level)
    if place.ext_shared or place.external_user:
        level = _min(level, cfg.shared_channel_visibility)
    return level


class ChannelInfoCache:
    """conversations.info / users.info answers, cached for a while (commands carry no shared flag)."""

    def __init__(self, client, ttl: float = 600.0):
        self.client = client
        self.ttl = ttl
        self._cache: dict[str, tuple[float, object]] = {}
        self._lock = threading.Lock()

    def _get(self, key: str, fetch):
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(key)
            if hit and now - hit[0] < self.ttl:
                return hit[1]
        value = fetch()
        with self._lock:
            self._cache[key] = (now, value)
        return value

    def channel(self, channel_id: str) -> tuple[str, bool]:
        """(channel_type, is_ext_shared); ('unknown', True) if Slack will not tell us."""
        def fetch():
            try:
                ch = self.client.conversations_info(channel=channel_id)["channel"]
            except Exception:
                return ("unknown", True)
            if ch.get("is_im"):
                kind = "im"
            elif ch.get("is_mpim"):
                kind = "mpim"
            elif ch.get("is_private") or ch.get("is_group"):
                kind = "group"
            else:
                kind = "channel"
            shared = bool(ch.get("is_ext_shared") or ch.get("is_pending_ext_shared"))
            return (kind, shared)
        return self._get(f"c:{channel_id}", fetch)

    def user_team(self, user_id: str) -> str | None:
        def fetch():
            try:
                return self.client.users_info(user=user_id)["user"].get("team_id")
            except Exception:
                return None
        return self._get(f"u:{user_id}", fetch)
