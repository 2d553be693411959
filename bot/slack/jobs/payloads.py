"""One typed payload per job kind: built by the listener when the job is enqueued, parsed when it runs.

The stored JSON is the same as before these types existed (queues written by older workers still
run). Parsing checks every field the handler reads: a malformed stored payload is a `BadPayload`
naming the kind and the field, which the runner turns into the job's give-up path.
Progress saved while a job runs (the prepared reply, a Share's claim, a rebuild's start) stays
in `Job.payload` beside these fields.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from ..audience import Asker
from .errors import BadPayload


def _field(d: dict, key: str, kind: type | tuple[type, ...], default: Any = ..., *, where: str) -> Any:
    if key not in d or d[key] is None:
        if default is ...:
            raise BadPayload(f"{where} job payload has no '{key}'")
        return default
    value = d[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        wanted = getattr(kind, "__name__", kind)
        raise BadPayload(f"{where} job payload: '{key}' is {type(value).__name__}, not {wanted}")
    return value


def _asker(d: dict, where: str) -> Asker:
    a = _field(d, "asker", dict, where=where)
    for key in ("channel", "user"):
        _field(a, key, str, where=f"{where} (asker)")
    return Asker.from_json(a)


class _Payload:
    def to_json(self) -> dict:
        out = {}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            out[f.name] = value.to_json() if isinstance(value, Asker) else value
        return out


@dataclass(frozen=True)
class PrivateQuestion(_Payload):
    """`command` (/huawei) and `shortcut`: answered only to the asker, with a Share button."""

    question: str
    asker: Asker
    target: dict

    @classmethod
    def from_json(cls, d: dict, where: str) -> PrivateQuestion:
        return cls(_field(d, "question", str, where=where), _asker(d, where), _field(d, "target", dict, where=where))


@dataclass(frozen=True)
class MessageQuestion(_Payload):
    """`event` (mention, DM, channel-thread follow-up) and `assistant_message` (a DM thread, the panel's too)."""

    question: str
    asker: Asker
    ts: str
    thread_ts: str | None
    surface: str

    @classmethod
    def from_json(cls, d: dict, where: str) -> MessageQuestion:
        return cls(
            _field(d, "question", str, where=where),
            _asker(d, where),
            _field(d, "ts", str, where=where),
            _field(d, "thread_ts", str, None, where=where),
            _field(d, "surface", str, where=where),
        )


@dataclass(frozen=True)
class ShareRequest(_Payload):
    """`share`: post a stored answer in the channel it was asked in."""

    answer_id: str
    asker: Asker
    target: dict

    @classmethod
    def from_json(cls, d: dict, where: str) -> ShareRequest:
        return cls(_field(d, "answer_id", str, where=where), _asker(d, where), _field(d, "target", dict, where=where))


@dataclass(frozen=True)
class VoteClick(_Payload):
    """`vote` (👍/👎 buttons) and `feedback` (Slack's feedback block); `modal`: the 👎 opened "what was wrong?"."""

    answer_id: str
    vote: int
    asker: Asker
    target: dict
    modal: bool = False

    @classmethod
    def from_json(cls, d: dict, where: str) -> VoteClick:
        vote = _field(d, "vote", int, where=where)
        if vote not in (1, -1):
            raise BadPayload(f"{where} job payload: 'vote' is {vote}, not 1 or -1")
        return cls(
            _field(d, "answer_id", str, where=where),
            vote,
            _asker(d, where),
            _field(d, "target", dict, where=where),
            _field(d, "modal", bool, False, where=where),
        )


@dataclass(frozen=True)
class Comment(_Payload):
    """`feedback_comment`: the "what was wrong?" text, attached to the user's 👎."""

    answer_id: str
    user: str
    comment: str

    @classmethod
    def from_json(cls, d: dict, where: str) -> Comment:
        return cls(
            _field(d, "answer_id", str, where=where),
            _field(d, "user", str, where=where),
            _field(d, "comment", str, where=where),
        )


@dataclass(frozen=True)
class PanelOpened(_Payload):
    """`assistant_greeting`: a panel thread opened."""

    asker: Asker
    thread_ts: str
    context: dict

    @classmethod
    def from_json(cls, d: dict, where: str) -> PanelOpened:
        context = d.get("context")  # what Slack said the user looks at: a nicety, never a reason to fail
        return cls(
            _asker(d, where), _field(d, "thread_ts", str, where=where), context if isinstance(context, dict) else {}
        )


@dataclass(frozen=True)
class ForUser(_Payload):
    """`home` (publish the viewer's Home tab) and `rebuild` (an admin's index rebuild)."""

    asker: Asker

    @classmethod
    def from_json(cls, d: dict, where: str) -> ForUser:
        return cls(_asker(d, where))


PAYLOADS: dict[str, type] = {
    "command": PrivateQuestion,
    "shortcut": PrivateQuestion,
    "event": MessageQuestion,
    "assistant_message": MessageQuestion,
    "share": ShareRequest,
    "vote": VoteClick,
    "feedback": VoteClick,
    "feedback_comment": Comment,
    "assistant_greeting": PanelOpened,
    "home": ForUser,
    "rebuild": ForUser,
}


def parse(kind: str, payload: object):
    """The typed payload of a stored job; raises BadPayload (one line) for an unknown kind or a malformed payload."""
    cls = PAYLOADS.get(kind)
    if cls is None:
        raise BadPayload(f"unknown job kind {kind!r}")
    if not isinstance(payload, dict):
        raise BadPayload(f"{kind} job payload is {type(payload).__name__}, not an object")
    return cls.from_json(payload, kind)
