"""Posting to Slack: one attempt at a time, with the fallbacks Slack's failures call for.

A target says where a reply goes:
- `message`: chat.postMessage in a channel or thread (mentions, DMs);
- `ephemeral`: the request's response_url, visible to the asker only (/huawei, notices);
  past its 30 minutes, or when Slack says it is gone, chat.postEphemeral instead;
- `in_channel`: the response_url again, visible to all (Share); past it, chat.postMessage.

`send` makes one attempt and says whether to retry (5xx, 429, timeouts, connection
errors), or that the target failed for good. A reply Slack rejects as `invalid_blocks`
is sent again at once as plain text. `retry` is the one loop over attempts: the WebClient given
to `Delivery` must not retry inside a call (no slack_sdk retry handlers; the response_url's
WebhookClient is made without them too), so that a post in flight
lasts one request of at most `timeout` s, the bound that `Delivery` waits on; a 429's Retry-After
sets the pause before the next attempt. The jobs use it with the audience re-checked before each
attempt (jobs/posting.py); the last resort is `apologise`.
"""

from __future__ import annotations

import enum
import json
import logging
import threading
import time
from collections.abc import Callable

from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from .blocks import apology
from .service import Reply

log = logging.getLogger("partnerbot.slack")
RESPONSE_URL_TTL = 29 * 60  # Slack honours a response_url for 30 minutes
_RETRY_ERRORS = {
    "internal_error",
    "fatal_error",
    "service_unavailable",
    "request_timeout",
    "ratelimited",
    "team_added_to_org",
}
_PLAIN_ERRORS = {"invalid_blocks", "invalid_blocks_format", "invalid_attachments", "msg_blocks_too_long"}


class Outcome(enum.Enum):
    OK = "ok"
    RETRY = "retry"  # worth another attempt after a pause
    FAILED = "failed"  # this target will not take it


def retry(
    attempt: Callable[[int], tuple[Outcome, dict]],
    tries: int,
    pause: Callable[[int, dict], float],
    before_retry: Callable[[], None] = lambda: None,
) -> tuple[Outcome, dict]:
    """Call attempt(0), attempt(1)... until OK or FAILED, at most `tries` times; the last (outcome, info).

    Sleeps pause(n, info of the attempt before) before attempt n (n >= 1), then calls `before_retry` (which may
    raise to stop).
    """
    outcome, info = Outcome.RETRY, {"error": "no attempt"}
    for n in range(tries):
        if n:
            time.sleep(pause(n, info))
            before_retry()
        outcome, info = attempt(n)
        if outcome is not Outcome.RETRY:
            break
    return outcome, info


def _retry_after(headers) -> dict:
    """{"retry_after": seconds} from a 429's Retry-After header (any case), or {}."""
    for name, value in (headers or {}).items():
        if name.lower() == "retry-after":
            value = value[0] if isinstance(value, list) and value else value
            try:
                return {"retry_after": max(0.0, float(value))}
            except (TypeError, ValueError):
                return {}
    return {}


class Stopping(Exception):
    """The process is stopping while this post waited for its turn, or is about to exit (`land`): not posted, the
    job stays queued."""


class _Plain(Exception):
    """Slack rejected the blocks: send the text alone."""


class Delivery:
    """Posts replies, one at a time per process.

    A job records each post right after Slack's ok; a kill can only leave posts that Slack took
    and no job recorded, which resumed jobs post again: with one post in flight, at most one per
    killed process (with dozens in flight, a kill -9 posted up to 23 of 60 answers twice). A post
    waits for the one in flight unless that one has run longer than `timeout` + 1 s (hung): a slow
    Slack slows delivery (a Slack taking 2 s a post delivers 0.5 answers/s per process), a hung
    request holds the others for at most 11 s.
    """

    def __init__(self, client, attempts: int = 5, backoff: float = 1.0, timeout: int = 10):
        self.client = client
        self.attempts = attempts
        self.backoff = backoff
        self.timeout = timeout
        self._flying: dict[int, float] = {}  # posts in flight: number -> when it started (monotonic)
        self._flights = 0
        self._grounded = False  # the process is about to exit: no post takes off any more
        self._turn = threading.Condition()

    def delay(self, attempt: int, info: dict | None = None) -> float:
        """Pause before attempt number `attempt` (1, 2, ...): backoff, 2×, 4×..., or the Retry-After of a 429
        (`info` of the attempt before) when longer; at most 30 s."""
        asked = (info or {}).get("retry_after", 0.0)
        return min(30.0, max(self.backoff * 2 ** (attempt - 1), asked))

    # -- one attempt ---------------------------------------------------------------
    def send(self, target: dict, reply: Reply, stopping=lambda: False, on_ok=None) -> tuple[Outcome, dict]:
        """One attempt; raises Stopping if `stopping()` turns true while the post waits for its turn.

        `on_ok(info)` (the job recording its post) runs before the next post may take off, so a kill
        leaves at most one post that Slack took and no job recorded. If it fails, the post still
        counts as made (the caller records it again)."""
        flight = self._take_off(stopping)
        try:
            outcome, info = self._send(target, reply)
            if outcome is Outcome.OK and on_ok is not None:
                try:
                    on_ok(info)
                except Exception:  # noqa: BLE001 - the caller's own record_post retries and reports it
                    log.warning("could not record a post Slack took; recording it again after the attempt")
            return outcome, info
        finally:
            with self._turn:
                del self._flying[flight]
                self._turn.notify_all()

    def _take_off(self, stopping) -> int:
        """Wait until no post is in flight, or every one in flight is hung; returns this post's number. Raises
        Stopping once landed (`land`), or if `stopping()` turns true while it waits."""
        hung = self.timeout + 1.0
        with self._turn:
            while True:
                if self._grounded:
                    raise Stopping
                now = time.monotonic()
                if all(now - started > hung for started in self._flying.values()):
                    self._flights += 1
                    self._flying[self._flights] = now
                    return self._flights
                if stopping():
                    raise Stopping
                self._turn.wait(min(0.2, max(0.01, max(self._flying.values()) + hung - now)))

    def land(self, timeout: float) -> bool:
        """Let no post take off any more, and wait up to `timeout` s for those in flight to land (and be recorded:
        every job post records itself through `on_ok`, inside its flight).

        Called last on the way out: a process that exits with a post in flight leaves a post Slack took
        and no job recorded, which the next start posts again. True if none is left in flight."""
        end = time.monotonic() + timeout
        with self._turn:
            self._grounded = True
            self._turn.notify_all()
            while self._flying and time.monotonic() < end:
                self._turn.wait(min(0.1, max(0.0, end - time.monotonic())))
            return not self._flying

    def _send(self, target: dict, reply: Reply) -> tuple[Outcome, dict]:
        mode = target["mode"]
        if mode == "message":
            return self._chat(reply, channel=target["channel"], thread_ts=target.get("thread_ts"))
        fresh = target.get("response_url") and time.time() - target.get("received", 0) < RESPONSE_URL_TTL
        if fresh:
            outcome, info = self._response_url(target, reply)
            if outcome is not Outcome.FAILED:
                return outcome, info
            log.warning("response_url refused the reply (%s); posting through the Web API instead", info.get("error"))
        if mode == "in_channel":
            return self._chat(reply, channel=target["channel"], thread_ts=target.get("thread_ts"))
        return self._chat(reply, channel=target["channel"], user=target["user"], thread_ts=target.get("thread_ts"))

    def _response_url(self, target: dict, reply: Reply) -> tuple[Outcome, dict]:
        hook = WebhookClient(target["response_url"], timeout=self.timeout, retry_handlers=[])  # one request: see above
        kwargs = {"response_type": "in_channel" if target["mode"] == "in_channel" else "ephemeral"}
        for key in ("replace_original", "delete_original"):
            if target.get(key) is not None:
                kwargs[key] = target[key]
        blocks = reply.blocks or None
        for _ in range(2):
            try:
                r = hook.send(text=reply.text, blocks=blocks, unfurl_links=False, unfurl_media=False, **kwargs)
            except Exception as exc:  # timeout, connection refused or reset
                return Outcome.RETRY, {"error": exc.__class__.__name__}
            body = (r.body or "").strip()
            if blocks and any(e in body for e in _PLAIN_ERRORS):
                blocks = None
                continue
            if 200 <= r.status_code < 300 and '"ok": false' not in body and '"ok":false' not in body:
                return Outcome.OK, {}
            if r.status_code >= 500 or r.status_code == 429:
                return Outcome.RETRY, {"error": f"HTTP {r.status_code}"} | _retry_after(r.headers)
            return Outcome.FAILED, {"error": f"HTTP {r.status_code} {body[:80]}"}
        return Outcome.FAILED, {"error": "invalid_blocks even as plain text"}

    def _chat(
        self, reply: Reply, channel: str, user: str | None = None, thread_ts: str | None = None
    ) -> tuple[Outcome, dict]:
        kwargs = {"thread_ts": thread_ts} if thread_ts else {}
        blocks = reply.blocks or None
        for _ in range(2):
            try:
                if user:
                    r = self.client.chat_postEphemeral(
                        channel=channel, user=user, blocks=blocks, text=reply.text, **kwargs
                    )
                else:
                    r = self.client.chat_postMessage(
                        channel=channel,
                        blocks=blocks,
                        text=reply.text,
                        unfurl_links=False,
                        unfurl_media=False,
                        **kwargs,
                    )
                return Outcome.OK, {"ts": r.get("ts") or r.get("message_ts")}
            except SlackApiError as exc:
                error = exc.response.get("error") if isinstance(exc.response.data, dict) else None
                status = exc.response.status_code
                if blocks and error in _PLAIN_ERRORS:
                    blocks = None
                    continue
                if status >= 500 or status == 429 or error in _RETRY_ERRORS:
                    return Outcome.RETRY, {"error": error or f"HTTP {status}"} | _retry_after(exc.response.headers)
                return Outcome.FAILED, {"error": error or f"HTTP {status}"}
            except Exception as exc:  # timeout, connection refused or reset, unreadable response
                return Outcome.RETRY, {"error": exc.__class__.__name__}
        return Outcome.FAILED, {"error": "invalid_blocks even as plain text"}

    # -- the last resort ---------------------------------------------------------------
    def apologise(self, job_id: str, target: dict, why: str, on_ok=None) -> bool:
        """Tell the asker something broke, wherever Slack lets us; log the failure with the job id. `on_ok(info)`
        (the job recording its apology) runs inside the flight, as for `send`."""
        sorry = Reply([], apology(job_id))
        routes = [dict(target, mode="ephemeral") if target["mode"] != "message" else target]
        if target.get("user"):
            routes.append(
                {
                    "mode": "ephemeral",
                    "channel": target["channel"],
                    "user": target["user"],
                    "thread_ts": target.get("thread_ts"),
                }
            )
            routes.append({"mode": "message", "channel": target["user"]})  # the app's DM with the asker
        for route in routes:
            outcome, _ = retry(
                lambda _n, route=route: self.send(route, sorry, on_ok=on_ok), 2, lambda _n, info: self.delay(1, info)
            )
            if outcome is Outcome.OK:
                log.error("job %s: answer not delivered (%s); apology sent", job_id, why)
                return True
        log.error(
            "job %s: answer not delivered (%s) and no apology could be posted either; target %s",
            job_id,
            why,
            json.dumps({k: v for k, v in target.items() if k != "response_url"}),
        )
        return False
