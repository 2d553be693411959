"""Builds the bolt App and its dependencies: Web API client, pinned home team, stores, queue, workers."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.config import BotConfig as Config
from bot.state import open_state
from bot.state.contract import DAY
from index.engine import Engine
from index.errors import PartnerbotError

from .audience import Audience
from .delivery import Delivery
from .deps import Deps
from .jobs import run_job
from .listeners import register_listeners
from .service import AnswerService
from .settings import SlackSettings
from .worker import AckFirst, Dispatcher

log = logging.getLogger("partnerbot.slack")
HOUSEKEEPING_EVERY = 3600.0  # seconds between two retention runs, across all replicas


class SlackStartError(PartnerbotError):
    pass


POST_TIMEOUT = 10  # seconds a post to Slack may take: the client's timeout and the bound Delivery waits on


def make_client(settings: SlackSettings, timeout: int = 10, retries: bool = True) -> WebClient:
    """A Web API client whose calls retry connection errors and 429s themselves (`retries`), or make one request
    each (the posting client: `Delivery` paces its own attempts, so that a post in flight lasts at most `timeout`)."""
    kwargs = {"base_url": settings.api_url} if settings.api_url else {}
    handlers = [ConnectionErrorRetryHandler(max_retry_count=2), RateLimitErrorRetryHandler(max_retry_count=3)]
    return WebClient(token=settings.bot_token, timeout=timeout, retry_handlers=handlers if retries else [], **kwargs)


def whoami(client: WebClient, api_url: str | None = None) -> tuple[str, str]:
    """(home team id, bot user id) from auth.test: the home team is never taken from a request.

    Called once at start (`partnerbot serve` passes the result to `create_app`): a bad token or no
    route to Slack is one line, never a traceback.
    """
    sdk_log = logging.getLogger("slack_sdk")
    quiet = sdk_log.level
    sdk_log.setLevel(logging.CRITICAL)  # the one-line message below says it all
    try:
        r = client.auth_test()
    except SlackApiError as exc:
        raise SlackStartError(
            f"Slack did not accept SLACK_BOT_TOKEN ({exc.response.get('error', 'rejected')}); "
            "check the token (README.md, 'Connecting to Slack')"
        ) from None
    except Exception as exc:
        where = api_url or "https://slack.com/api/"
        raise SlackStartError(
            f"cannot reach the Slack Web API at {where} ({exc.__class__.__name__}); check the "
            "network or SLACK_API_URL (README.md, 'Connecting to Slack')"
        ) from None
    finally:
        sdk_log.setLevel(quiet)
    if not r.get("team_id"):
        raise SlackStartError("auth.test gave no team_id; check SLACK_BOT_TOKEN (README.md, 'Connecting to Slack')")
    return r["team_id"], r.get("user_id") or ""


def create_app(
    config: Config,
    engine: Engine,
    settings: SlackSettings,
    token_verification: bool = True,
    start_worker: bool = True,
    identity: tuple[str, str] | None = None,
) -> tuple[App, Deps]:
    """The app and its dependencies; no slow work ever runs before an ack.

    Listeners only store a job and ack, so bolt runs them inline (process_before_response=True):
    the HTTP response goes out as soon as the listener returns. Jobs run on this process's
    dispatcher (sized by `slack.listener_threads`), or on any other worker's. `identity` is
    whoami's answer when the caller already asked (no second auth.test); else it is asked here.
    """
    client = make_client(settings)
    home_team, bot_user = identity or whoami(client, settings.api_url)
    threads = config.slack.listener_threads
    app = App(
        signing_secret=settings.signing_secret,
        client=client,
        token_verification_enabled=token_verification,
        listener_executor=ThreadPoolExecutor(max_workers=threads, thread_name_prefix="bolt"),
        process_before_response=True,
    )
    state = open_state(config)
    answers, queue = state.answers, state.queue
    ack_first = AckFirst()

    def housekeeping() -> None:
        """Retention: once per hour across every process and replica sharing the state (the maintenance slot)."""
        if not queue.claim_maintenance("retention", HOUSEKEEPING_EVERY):
            return
        retention = config.slack.retention_days * DAY
        n, failed = answers.purge(), queue.purge_failed(retention)
        queue.purge_seen()
        if n or failed:
            log.info(
                "deleted %d stored answer(s) and %d failed job(s) older than %s days",
                n,
                failed,
                config.slack.retention_days,
            )

    deps = Deps(
        config=config,
        client=client,
        service=AnswerService(engine, answers),
        answers=answers,
        queue=queue,
        audience=Audience(client, config.slack, home_team),
        delivery=Delivery(make_client(settings, timeout=POST_TIMEOUT, retries=False), timeout=POST_TIMEOUT),
        dispatcher=None,
        bot_user_id=bot_user,
        home_team=home_team,
    )  # type: ignore[arg-type]
    deps.dispatcher = Dispatcher(
        queue,
        lambda job: run_job(deps, job),
        threads,
        ack_first,
        lease=config.state.lease_seconds,
        housekeeping=housekeeping,
    )
    register_listeners(app, deps)
    if start_worker:
        deps.dispatcher.start()
    app.ack_first = ack_first  # type: ignore[attr-defined]
    app.deps = deps  # type: ignore[attr-defined]
    return app, deps
