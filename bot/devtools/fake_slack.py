"""A fake Slack Web API on loopback, and requests signed exactly as Slack signs them (tests, benchmarks).

A test and benchmark double, never used when serving: it listens on 127.0.0.1 only, on a port
the OS picks. The tests (`tests/slack_fakes/`) and `partnerbot bench-slack` share this one copy.

Every Web API call and every response_url post is recorded. Failures are queued per method
(`fail["chat.postMessage"]`) or for response URLs (`fail["response"]`, or one name):
each entry is `(status, headers)` or a dict with `status`, `error` (the Slack error code,
or a plain body for response URLs), `headers` and `delay` (seconds before answering).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

SECRET = "5f2b1c9d8e7a6b5c4d3e2f1a0b9c8d7e"
HOME = "T1"


class FakeSlack:
    """Records every Web API call and every response_url post; can be told to fail."""

    def __init__(self):
        self.calls: list[tuple[str, dict]] = []
        self.lock = threading.Lock()
        self.ts = 1700000000
        self.channels: dict[str, dict] = {}
        self.users: dict[str, dict] = {}
        self.members: dict[str, list[str]] = {}  # conversations.members per channel (default: nobody listed)
        self.fail: dict[str, list] = {}
        self.delay = 0.0  # seconds before every successful post (a slow Slack)
        self.socket_url: str | None = None  # what apps.connections.open hands out (a FakeSocketMode sets it)
        self.app_token = "xapp-1-A1-test"  # the only app-level token apps.connections.open accepts
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                if "json" in (self.headers.get("Content-Type") or ""):
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
                if self.path.endswith("/apps.connections.open"):  # the token decides: record which one came
                    params["authorization"] = self.headers.get("Authorization", "")
                status, body, headers = fake.handle(self.path, params)
                data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/plain" if isinstance(body, str) else "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        ThreadingHTTPServer.request_queue_size = 1024
        ThreadingHTTPServer.daemon_threads = True
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}"

    @property
    def api_url(self) -> str:
        return self.url + "/api/"

    def response_url(self, name: str) -> str:
        return f"{self.url}/response/{name}"

    def _queued_failure(self, method: str, name: str | None):
        for key in [name, "response"] if name else [method]:
            queued = self.fail.get(key)
            if queued:
                return queued.pop(0)
        return None

    def handle(self, path: str, params: dict):
        is_response = path.startswith("/response/")
        method = path.rsplit("/", 1)[-1]
        with self.lock:
            failure = self._queued_failure(method, method if is_response else None)
            if failure is None:
                self.calls.append((path if is_response else method, params))
                self.ts += 1
                ts = f"{self.ts}.000100"
            else:
                self.calls.append(((path if is_response else method) + ":failed", params))
        if failure is not None:
            if isinstance(failure, tuple):
                failure = {"status": failure[0], "headers": failure[1], "error": "ratelimited"}
            time.sleep(failure.get("delay", 0))
            error = failure.get("error", "internal_error")
            body = error if is_response else {"ok": False, "error": error}
            return failure.get("status", 500), body, failure.get("headers", {})
        if self.delay and (is_response or method.startswith("chat.")):
            time.sleep(self.delay)
        if is_response:
            return 200, "ok", {}
        if method == "auth.test":
            return (
                200,
                {
                    "ok": True,
                    "user_id": "UBOT",
                    "bot_id": "BBOT",
                    "team_id": HOME,
                    "user": "partnerbot",
                    "team": "Home",
                    "url": "https://home.example/",
                },
                {},
            )
        if method == "apps.connections.open":
            if params.get("authorization") != f"Bearer {self.app_token}" or not self.socket_url:
                return 200, {"ok": False, "error": "invalid_auth"}, {}
            return 200, {"ok": True, "url": self.socket_url}, {}
        if method == "chat.postMessage":
            return 200, {"ok": True, "channel": params.get("channel"), "ts": ts}, {}
        if method == "chat.postEphemeral":
            return 200, {"ok": True, "message_ts": ts}, {}
        if method == "conversations.info":
            with self.lock:
                ch = self.channels.get(params.get("channel"))
            if ch is None:
                return 200, {"ok": False, "error": "channel_not_found"}, {}
            return 200, {"ok": True, "channel": ch}, {}
        if method == "conversations.members":
            with self.lock:
                members = list(self.members.get(params.get("channel"), ()))
            return 200, {"ok": True, "members": members, "response_metadata": {"next_cursor": ""}}, {}
        if method == "users.info":
            with self.lock:
                u = self.users.get(params.get("user"), {"id": params.get("user"), "team_id": HOME})
            return 200, {"ok": True, "user": u}, {}
        return 200, {"ok": True}, {}

    def add_user(self, user_id: str, team: str = HOME, guest: str | None = None, **extra) -> dict:
        """A user as users.info describes them; guest="multi" (is_restricted) or "single" (is_ultra_restricted)."""
        if guest not in (None, "multi", "single"):
            raise ValueError(f"guest must be None, 'multi' or 'single', not {guest!r}")
        user = {
            "id": user_id,
            "team_id": team,
            "is_restricted": guest is not None,
            "is_ultra_restricted": guest == "single",
            **extra,
        }
        with self.lock:
            self.users[user_id] = user
        return user

    def named(self, name: str) -> list[dict]:
        with self.lock:
            return [p for n, p in self.calls if n == name]

    def posts(self) -> list[tuple[str, dict]]:
        """Every message delivered (not failed): response_url posts, chat.postMessage, chat.postEphemeral."""
        with self.lock:
            return [
                (n, p)
                for n, p in self.calls
                if n.startswith("/response/") or n in ("chat.postMessage", "chat.postEphemeral")
            ]

    def wait_for(self, name: str, count: int = 1, timeout: float = 30.0) -> list[dict]:
        end = time.time() + timeout
        while time.time() < end:
            got = self.named(name)
            if len(got) >= count:
                return got
            time.sleep(0.02)
        raise AssertionError(f"expected {count} x {name}, got {len(self.named(name))}: {self.calls}")

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def signed_headers(body: str, content_type: str, secret: str = SECRET, ts: int | None = None) -> dict:
    ts = str(int(time.time()) if ts is None else ts)
    sig = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig, "Content-Type": content_type}


class SlackSender:
    """Posts to the bot the way Slack does."""

    def __init__(self, url: str, fake: FakeSlack):
        self.url = url
        self.fake = fake
        self.n = 0
        self.session = requests.Session()

    def post(self, body: str, content_type: str, headers: dict | None = None, **sign):
        h = signed_headers(body, content_type, **sign)
        h.update(headers or {})
        return requests.post(self.url, data=body.encode(), headers=h, timeout=30)

    def command_form(self, text: str, channel: str = "C_PUBLIC", user: str = "U_ASKER", team: str = HOME) -> dict:
        self.n += 1
        return {
            "token": "x",
            "team_id": team,
            "team_domain": "home",
            "channel_id": channel,
            "channel_name": "general",
            "user_id": user,
            "user_name": "asker",
            "command": "/huawei",
            "text": text,
            "api_app_id": "A1",
            "response_url": self.fake.response_url(f"cmd{self.n}"),
            "trigger_id": f"trig{self.n}",
        }

    def command(self, text: str, channel: str = "C_PUBLIC", user: str = "U_ASKER", team: str = HOME, **kw):
        form = self.command_form(text, channel, user, team)
        return self.post(urllib.parse.urlencode(form), "application/x-www-form-urlencoded", **kw), form

    def event_body(self, event: dict, event_id: str | None = None, shared: bool = False, team: str = HOME) -> dict:
        self.n += 1
        return {
            "token": "x",
            "team_id": team,
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": event_id or f"Ev{self.n:06d}",
            "event_time": int(time.time()),
            "event": event,
            "is_ext_shared_channel": shared,
            "authorizations": [{"team_id": HOME, "user_id": "UBOT", "is_bot": True}],
        }

    def event(
        self,
        event: dict,
        event_id: str | None = None,
        headers: dict | None = None,
        shared: bool = False,
        team: str = HOME,
    ):
        body = self.event_body(event, event_id, shared, team)
        return self.post(json.dumps(body), "application/json", headers=headers), body

    def action(
        self, action_id: str, value: str, user: str = "U_ASKER", channel: str = "C_PUBLIC", action_ts: str | None = None
    ):
        self.n += 1
        payload = {
            "type": "block_actions",
            "team": {"id": HOME},
            "user": {"id": user, "team_id": HOME},
            "api_app_id": "A1",
            "token": "x",
            "trigger_id": f"t{self.n}",
            "channel": {"id": channel},
            "container": {"type": "message", "is_ephemeral": True},
            "response_url": self.fake.response_url(f"act{self.n}"),
            "actions": [
                {
                    "type": "button",
                    "action_id": action_id,
                    "block_id": "answer_actions",
                    "value": value,
                    "action_ts": action_ts or f"{time.time():.6f}",
                }
            ],
        }
        body = urllib.parse.urlencode({"payload": json.dumps(payload)})
        return self.post(body, "application/x-www-form-urlencoded"), payload
