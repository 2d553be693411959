"""Listeners store jobs through here: the kind and its typed payload, checked to match, then `Deps.hand_off`."""

from __future__ import annotations

from ..deps import Deps
from .payloads import PAYLOADS


def enqueue(deps: Deps, kind: str, payload, keys: list[str] | tuple[str, ...] = ()) -> str | None:
    """Store a job durably (before the ack) and wake a local worker; None if a duplicate delivery."""
    if not isinstance(payload, PAYLOADS[kind]):
        raise TypeError(f"a {kind} job takes a {PAYLOADS[kind].__name__}, not a {type(payload).__name__}")
    return deps.hand_off(kind, payload.to_json(), keys)
