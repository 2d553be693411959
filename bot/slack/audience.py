"""Who will see an answer, and so the highest document level it may cite.

Internal notes go only to DMs and private channels of the home workspace, and only to its
full members. A channel shared with another organisation (Slack Connect) or a user from
another team always gets at most `slack.shared_channel_visibility`, a guest of the home
workspace (single- or multi-channel) at most `slack.guest_level`, whatever else is configured.

The check runs at the moment of posting, for every path (answer, retry, Share):
- the channel's state comes from conversations.info, at most `CHANNEL_TTL` seconds old;
  a failed look-up is never cached and counts as a shared channel;
- the home team is pinned from auth.test at start-up, never taken from a request;
- a team id in the request can only make the asker external;
- every asker is looked up (users.info, at most `USER_TTL` seconds old) for their team and
  whether they are a guest (`is_restricted`, `is_ultra_restricted`); a failed look-up is
  never cached and gives `public`;
- an answer posted in a channel is read by everyone in it, so a channel (public, private or
  group DM) with a guest or a user of another organisation among its members gets at most
  `slack.guest_level` too (conversations.members, at most `ROSTER_TTL` seconds old; a failed
  look-up, or more than `ROSTER_CAP` members, counts as a channel with guests).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from bot.slack.config import SlackConfig
from index.config import VISIBILITY_LEVELS

log = logging.getLogger("partnerbot.slack")
CHANNEL_TTL = 5.0  # a channel turned Slack Connect is seen as such within this many seconds
USER_TTL = 60.0  # a member made a guest is seen as such within this many seconds
ROSTER_TTL = 30.0  # a guest added to a channel is seen within this many seconds
ROSTER_CAP = 1000  # a bigger channel is not checked member by member: treated as having guests


@dataclass(frozen=True)
class Place:
    channel_id: str
    channel_type: str  # im, mpim, channel, group (private), unknown
    ext_shared: bool
    external_user: bool
    guest: bool = False  # a single- or multi-channel guest of the home workspace
    unknown_user: bool = False  # users.info failed: nothing is known about the asker (public only)
    outsiders_present: bool = False  # a guest or another organisation's user is a member of the channel


@dataclass(frozen=True)
class Asker:
    """Where a question was asked and by whom, as the (signed) request said it."""

    channel: str
    user: str
    teams: tuple[str, ...] = ()  # team ids the request gives for the user (user_team, team, source_team...)
    ext_shared: bool = False  # the event said the channel is shared (can only lower the level)
    verify_user: bool = False  # kept for stored jobs: every asker is now looked up (guests)

    def to_json(self) -> dict:
        return {
            "channel": self.channel,
            "user": self.user,
            "teams": list(self.teams),
            "ext_shared": self.ext_shared,
            "verify_user": self.verify_user,
        }

    @classmethod
    def from_json(cls, d: dict) -> "Asker":
        return cls(
            d["channel"], d["user"], tuple(d.get("teams") or ()), bool(d.get("ext_shared")), bool(d.get("verify_user"))
        )


def rank(level: str) -> int:
    return VISIBILITY_LEVELS.index(level)


def _min(a: str, b: str) -> str:
    return a if rank(a) <= rank(b) else b


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
    if place.guest or place.outsiders_present:
        level = _min(level, cfg.guest_level)
    if place.unknown_user:
        level = "public"
    return level


@dataclass(frozen=True)
class Member:
    """What users.info says about an asker."""

    team: str
    stranger: bool  # from another organisation (Slack Connect)
    guest: bool  # is_restricted (multi-channel) or is_ultra_restricted (single-channel)

    @classmethod
    def from_user(cls, u: dict) -> "Member":
        return cls(
            str(u.get("team_id") or ""),
            bool(u.get("is_stranger")),
            bool(u.get("is_restricted") or u.get("is_ultra_restricted")),
        )


class _TtlCache:
    """Successful look-ups only, for `ttl` seconds."""

    def __init__(self, ttl: float):
        self.ttl = ttl
        self._d: dict[str, tuple[float, object]] = {}
        self._lock = threading.Lock()

    def get(self, key: str):
        with self._lock:
            hit = self._d.get(key)
        return hit[1] if hit and time.monotonic() - hit[0] < self.ttl else None

    def put(self, key: str, value) -> None:
        with self._lock:
            if len(self._d) > 10000:
                self._d.clear()
            self._d[key] = (time.monotonic(), value)


class Audience:
    def __init__(self, client, cfg: SlackConfig, home_team: str):
        if not home_team:
            raise ValueError("the home team id is required (from auth.test)")
        self.client, self.cfg, self.home_team = client, cfg, home_team
        self._channels = _TtlCache(CHANNEL_TTL)
        self._users = _TtlCache(USER_TTL)
        self._rosters = _TtlCache(ROSTER_TTL)

    def channel(self, channel_id: str) -> tuple[str, bool]:
        """(channel_type, shared); ('unknown', True) when Slack will not tell us (not cached)."""
        hit = self._channels.get(channel_id)
        if hit is not None:
            return hit
        try:
            ch = self.client.conversations_info(channel=channel_id)["channel"]
        except Exception as exc:
            log.warning(
                "conversations.info failed for %s (%s): answering at the shared-channel level",
                channel_id,
                getattr(getattr(exc, "response", None), "get", lambda *_: None)("error") or exc.__class__.__name__,
            )
            return ("unknown", True)
        if ch.get("is_im"):
            kind = "im"
        elif ch.get("is_mpim"):
            kind = "mpim"
        elif ch.get("is_private") or ch.get("is_group"):
            kind = "group"
        else:
            kind = "channel"
        shared = bool(
            ch.get("is_ext_shared")
            or ch.get("is_pending_ext_shared")
            or ch.get("is_shared")
            and not ch.get("is_org_shared")
        )
        value = (kind, shared)
        self._channels.put(channel_id, value)
        return value

    def member(self, user_id: str) -> Member | None:
        """The asker as users.info describes them now; None when Slack will not tell us (not cached)."""
        hit = self._users.get(user_id)
        if hit is not None:
            return hit
        try:
            u = self.client.users_info(user=user_id)["user"]
            member = Member.from_user(u if isinstance(u, dict) else {})
        except Exception:
            log.warning("users.info failed for %s: answering at the public level", user_id)
            return None
        self._users.put(user_id, member)
        return member

    def outsiders_in(self, channel_id: str) -> bool:
        """Is any member of the channel a guest or from another organisation? True when Slack will
        not say (not cached) or the channel has more than ROSTER_CAP members."""
        hit = self._rosters.get(channel_id)
        if hit is not None:
            return hit
        members: list[str] = []
        cursor, complete = None, False
        try:
            for _ in range(ROSTER_CAP // 200 + 1):  # bounded: a cursor that never ends cannot loop forever
                resp = self.client.conversations_members(channel=channel_id, limit=200, cursor=cursor)
                members += [m for m in resp.get("members") or [] if isinstance(m, str)]
                cursor = (resp.get("response_metadata") or {}).get("next_cursor")
                if not isinstance(cursor, str) or not cursor:
                    complete = True
                    break
        except Exception as exc:
            log.warning(
                "conversations.members failed for %s (%s): answering at the guest level",
                channel_id,
                getattr(getattr(exc, "response", None), "get", lambda *_: None)("error") or exc.__class__.__name__,
            )
            return True
        if not complete or len(members) > ROSTER_CAP:
            self._rosters.put(channel_id, True)
            return True
        looked_up = [self.member(u) for u in members]
        outsiders = any(m is None or m.guest or m.stranger or m.team != self.home_team for m in looked_up)
        if all(m is not None for m in looked_up):  # a failed look-up is never cached
            self._rosters.put(channel_id, outsiders)
        return outsiders

    def place(self, asker: Asker, home_tab: bool = False) -> Place:
        kind, shared = ("im", False) if home_tab else self.channel(asker.channel)
        member = self.member(asker.user)
        external = any(t and t != self.home_team for t in asker.teams) or (
            member is not None and (member.stranger or member.team != self.home_team)
        )
        outsiders = kind != "im" and not shared and self.outsiders_in(asker.channel)
        return Place(
            asker.channel,
            kind,
            shared or asker.ext_shared,
            external,
            guest=bool(member and member.guest),
            unknown_user=member is None,
            outsiders_present=outsiders,
        )

    def level(self, asker: Asker) -> str:
        """The highest level an answer to `asker` may cite, as things are now."""
        return allowed_level(self.cfg, self.place(asker))

    def home_level(self, asker: Asker) -> str:
        """What the viewer's Home tab may count: as in a DM with the bot (the tab is theirs alone)."""
        return allowed_level(self.cfg, self.place(asker, home_tab=not asker.channel))
