"""Builds the bolt App: WebClient with rate-limit retries, sized executors, stores, listeners."""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from index.config import Config
from index.engine import Engine

from .audience import ChannelInfoCache
from .listeners import register_listeners
from .service import AnswerService
from .settings import SlackSettings
from .stores import AnswerStore, DedupeStore

log = logging.getLogger("partnerbot.slack")


class AckFirst:
    """Lets acks go first during a burst of Slack requests.

    On a small machine, answers that start while a burst of requests is still arriving
    compete with those acks for the CPU (the ack must reach Slack within 3 s; an answer
    at response_url may take minutes). Before running, an answer waits until no request
    is in flight and none has arrived for `quiet` seconds, for at most `max_wait`.
    """

    def __init__(self, quiet: float = 0.02, max_wait: float = 0.3):
        self.quiet, self.max_wait = quiet, max_wait
        self._in_flight = 0
        self._last = 0.0
        self._lock = threading.Lock()

    def enter(self) -> None:
        with self._lock:
            self._in_flight += 1
            self._last = time.monotonic()

    def leave(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def wait(self) -> None:
        end = time.monotonic() + self.max_wait
        while time.monotonic() < end and (self._in_flight > 0 or time.monotonic() - self._last < self.quiet):
            time.sleep(0.003)


@dataclass
class Deps:
    config: Config
    service: AnswerService
    answers: AnswerStore
    dedupe: DedupeStore
    channels: ChannelInfoCache
    submit: Callable
    ack_first: AckFirst


def make_client(settings: SlackSettings) -> WebClient:
    kwargs = {"base_url": settings.api_url} if settings.api_url else {}
    return WebClient(token=settings.bot_token, retry_handlers=[
        ConnectionErrorRetryHandler(max_retry_count=2),
        RateLimitErrorRetryHandler(max_retry_count=3),
    ], **kwargs)


def create_app(config: Config, engine: Engine, settings: SlackSettings,
               token_verification: bool = True) -> tuple[App, Deps]:
    """The app and its dependencies. Slow work runs on `work_pool`, never before an ack.

    Each listener only acks, dedupes and submits the answering to `work_pool` (sized by
    `slack.listener_threads`), so bolt can run it inline (process_before_response=True):
    the HTTP response goes out as soon as the listener returns, with no hop through bolt's
    listener executor and its 10 ms ack polling. bolt's executor is sized too, for the
    Socket Mode path.
    """
    client = make_client(settings)
    threads = config.slack.listener_threads
    app = App(signing_secret=settings.signing_secret, client=client,
              token_verification_enabled=token_verification,
              listener_executor=ThreadPoolExecutor(max_workers=threads, thread_name_prefix="bolt"),
              process_before_response=True)
    work_pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="answer")
    ack_first = AckFirst()

    def after_acks(fn, *args):
        ack_first.wait()
        return fn(*args)

    def submit(fn, *args):
        fut = work_pool.submit(after_acks, fn, *args)
        fut.add_done_callback(lambda f: f.exception() and log.error("background work failed: %r", f.exception()))
        return fut

    answers = AnswerStore(config.slack.feedback_db)
    deps = Deps(config=config, service=AnswerService(engine, answers), answers=answers,
                dedupe=DedupeStore(config.slack.dedupe_db), channels=ChannelInfoCache(client), submit=submit,
                ack_first=ack_first)
    register_listeners(app, deps)
    app.work_pool = work_pool  # type: ignore[attr-defined]
    app.ack_first = ack_first  # type: ignore[attr-defined]
    return app, deps
