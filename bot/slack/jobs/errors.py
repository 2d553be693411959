"""How a job handler says it cannot finish now: wait, stop, refuse, or a stored payload it cannot read."""

from __future__ import annotations


class NotShareable(Exception):
    """The place may no longer see what the shared answer cites."""


class Deferred(Exception):
    """The job cannot run yet (it waits for another job): run it again after `delay` seconds."""

    def __init__(self, delay: float):
        super().__init__(delay)
        self.delay = delay


class Abandoned(Exception):
    """The process is stopping: the job stays queued for the next worker (its lease dies with this process)."""


class BadPayload(ValueError):
    """A stored job payload that does not have the fields its kind needs (the job is given up, never retried)."""
