"""The wait helper: returns the first truthy value, fails at its deadline naming what it waited for."""

import time

import pytest

from tests.waits import wait_until


def test_returns_the_first_truthy_value_without_waiting_out_the_timeout():
    calls = []

    def third_time():
        calls.append(1)
        return len(calls) if len(calls) >= 3 else None

    t0 = time.monotonic()
    assert wait_until(third_time, timeout=5, interval=0.01) == 3
    assert time.monotonic() - t0 < 1


def test_fails_at_the_deadline_with_the_message_and_the_last_value():
    queue = ["job-1"]
    t0 = time.monotonic()
    with pytest.raises(AssertionError, match=r"waited 0.2 s for the queue to drain \(\['job-1'\]\); last value: False"):
        wait_until(lambda: not queue, timeout=0.2, message=lambda: f"the queue to drain ({queue})")
    assert 0.2 <= time.monotonic() - t0 < 2
