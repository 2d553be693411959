"""What listeners and jobs need, typed, in a module of its own so any listener can import it."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from slack_sdk import WebClient

from bot.config import BotConfig as Config
from bot.state import AnswerStore, JobQueue

from .audience import Audience
from .delivery import Delivery
from .service import AnswerService

log = logging.getLogger("partnerbot.slack")

if TYPE_CHECKING:
    from .worker import Dispatcher


@dataclass
class Deps:
    config: Config
    client: WebClient
    service: AnswerService
    answers: AnswerStore
    queue: JobQueue
    audience: Audience
    delivery: Delivery
    dispatcher: "Dispatcher"
    bot_user_id: str
    home_team: str
    _stopped: list = field(default_factory=list, init=False, repr=False)  # [jobs left] once stopped
    _stopping: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def hand_off(self, kind: str, payload: dict, keys: list[str] | tuple[str, ...] = ()) -> str | None:
        """Store a job durably (before the ack) and wake a local worker; None if a duplicate delivery."""
        job_id = self.queue.enqueue(kind, payload, keys)
        if job_id:
            self.dispatcher.wake()
        return job_id

    def stop(self, timeout: float = 10.0) -> int | None:
        """Stop claiming, let running jobs finish, then land the posts in flight, all within `timeout` s.

        Running jobs get three quarters of it; then no post takes off (a job that would post is left queued for
        the next start) and the posts in flight get the rest to land and be recorded before the process exits,
        so the next start never posts them again. A post usually lands within a second; one slower than the
        quarter left (a hung Slack: a post is one request of at most the delivery's timeout) may still reach Slack
        twice. Returns the jobs left queued (None: unknown). Once stopped, or while another thread stops it, a call
        waits for that stop and returns its count, doing nothing more.
        """
        with self._stopping:
            if self._stopped:
                return self._stopped[0]
            landing = min(self.delivery.timeout + 1.0, timeout / 4)
            left = self.dispatcher.stop(timeout - landing)
            if not self.delivery.land(landing):
                log.warning(
                    "stopping with a post still in flight after %.1f s; the next start may post it again",
                    landing,
                )
            self._stopped.append(left)
            return left
