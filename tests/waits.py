"""Waiting in tests: poll a condition until a deadline instead of sleeping a fixed time and hoping."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(
    predicate: Callable[[], T], timeout: float = 10.0, interval: float = 0.02, message: str | Callable[[], str] = ""
) -> T:
    """The first truthy value of predicate(), polled every `interval` s; AssertionError after `timeout` s.

    `message` (or a callable giving it, evaluated only on failure) says what was awaited and what was seen."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            detail = message() if callable(message) else message
            name = getattr(predicate, "__name__", "condition")
            raise AssertionError(f"waited {timeout:g} s for {detail or name}; last value: {value!r}")
        time.sleep(interval)
