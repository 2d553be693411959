"""What listeners and jobs need, typed, in a module of its own so any listener can import it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from slack_sdk import WebClient

from bot.config import BotConfig as Config
from bot.state import AnswerStore, JobQueue

from .audience import Audience
from .delivery import Delivery
from .service import AnswerService

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

    def hand_off(self, kind: str, payload: dict, keys: list[str] | tuple[str, ...] = ()) -> str | None:
        """Store a job durably (before the ack) and wake a local worker; None if a duplicate delivery."""
        job_id = self.queue.enqueue(kind, payload, keys)
        if job_id:
            self.dispatcher.wake()
        return job_id
