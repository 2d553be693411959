"""Rejects what is not a well-formed, signed Slack request before bolt sees it.

An unsigned request, a non-numeric or stale X-Slack-Request-Timestamp, a body that does
not parse, or a signed body whose fields have the wrong shape (`payloads.py`) gets 401/400
in well under a millisecond of work, and at most one WARNING line (a flood is summarised,
one line per `quiet` seconds), never a traceback.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import threading
import time
import urllib.parse

from slack_bolt.request.internals import parse_body

from .payloads import shape_error

log = logging.getLogger("partnerbot.slack")
MAX_BODY = 1 << 20  # Slack's requests are a few kB
MAX_SKEW = 300  # seconds, as Slack recommends


class QuietLog:
    """One WARNING line, then at most one summary line per `quiet` seconds."""

    def __init__(self, quiet: float = 10.0):
        self.quiet = quiet
        self._next = 0.0
        self._dropped = 0
        self._lock = threading.Lock()

    def warn(self, msg: str, *args) -> None:
        now = time.monotonic()
        with self._lock:
            if now < self._next:
                self._dropped += 1
                return
            dropped, self._dropped, self._next = self._dropped, 0, now + self.quiet
        log.warning(msg + (f" (and {dropped} more rejected requests)" if dropped else ""), *args)


def check_signature(
    secret: str, body: bytes, timestamp: str | None, signature: str | None, now: float | None = None
) -> str | None:
    """None if the request is signed by Slack with `secret`, else why not."""
    if not timestamp or not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12:
        return "missing or non-numeric X-Slack-Request-Timestamp"
    if abs((time.time() if now is None else now) - int(timestamp)) > MAX_SKEW:
        return "stale X-Slack-Request-Timestamp"
    if not signature or not signature.startswith("v0="):
        return "missing X-Slack-Signature"
    expected = sign(secret, timestamp, body)
    if not hmac.compare_digest(expected, signature):
        return "bad X-Slack-Signature"
    return None


def check_body(content_type: str, body: bytes) -> str | None:
    """None if bolt can parse the body and read every field it and the listeners use, else why not."""
    try:
        text = body.decode("utf-8")
        if "json" in content_type:
            parsed = json.loads(text)
            if not isinstance(parsed, dict):
                return "JSON body is not an object"
        else:
            form = urllib.parse.parse_qs(text, strict_parsing=bool(text), errors="strict")
            if "payload" in form and not isinstance(json.loads(form["payload"][0]), dict):
                return "payload is not a JSON object"
            parsed = parse_body(text, content_type.split(";")[0].strip() or None)  # exactly as bolt will
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # RecursionError: JSON nested too deep
        return f"unparseable body ({exc.__class__.__name__})"
    return shape_error(parsed)


def sign(secret: str, timestamp: str, body: bytes) -> str:
    return "v0=" + hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()


def form_bolt_reads_whole(content_type: str, body: bytes) -> bytes:
    """A form body that bolt parses as the form it is.

    bolt takes any form body containing the letters "payload" for an interactive payload
    and, finding no `payload` field, reads nothing: `/huawei what payload …` was answered
    404. The letters are written `p%61yload` instead (the same text once decoded).
    """
    if "json" in content_type or b"payload" not in body or body.startswith(b"payload=") or b"&payload=" in body:
        return body
    return body.replace(b"payload", b"p%61yload")


def guarded(app, signing_secret: str | None, path: str):
    """WSGI middleware in front of bolt's handler `app` (HTTP mode)."""
    warn = QuietLog()

    def reject(start_response, status: str, why: str, environ):
        warn.warn("rejected a request to %s from %s: %s", path, environ.get("REMOTE_ADDR", "?"), why)
        data = why.encode("utf-8", "backslashreplace") + b"\n"
        start_response(status, [("Content-Type", "text/plain"), ("Content-Length", str(len(data)))])
        return [data]

    def application(environ, start_response):
        if environ.get("PATH_INFO") != path:
            start_response("404 Not Found", [("Content-Type", "text/plain"), ("Content-Length", "10")])
            return [b"not found\n"]
        if environ.get("REQUEST_METHOD") != "POST":
            return reject(start_response, "405 Method Not Allowed", "POST only", environ)
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return reject(start_response, "400 Bad Request", "bad Content-Length", environ)
        if length < 0 or length > MAX_BODY:
            return reject(start_response, "413 Payload Too Large", "body too large", environ)
        body = environ["wsgi.input"].read(length) if length else b""
        if signing_secret:
            why = check_signature(
                signing_secret,
                body,
                environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP"),
                environ.get("HTTP_X_SLACK_SIGNATURE"),
            )
            if why:
                return reject(start_response, "401 Unauthorized", why, environ)
        why = check_body(environ.get("CONTENT_TYPE") or "", body)
        if why:
            return reject(start_response, "400 Bad Request", why, environ)
        safe = form_bolt_reads_whole(environ.get("CONTENT_TYPE") or "", body)
        if safe != body and signing_secret:  # checked above; bolt checks again, so the new body is signed too
            environ["HTTP_X_SLACK_SIGNATURE"] = sign(signing_secret, environ["HTTP_X_SLACK_REQUEST_TIMESTAMP"], safe)
        body = safe
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        return app(environ, start_response)

    return application
