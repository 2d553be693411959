"""A fake Slack Socket Mode endpoint on loopback (a real WebSocket server, from the `websockets` package).

The fake Web API's apps.connections.open hands out this server's ws:// URL. On connect it
says hello, as Slack does; `send()` pushes an envelope to the connected client and every
message the client sends back (the acks) is recorded with the time it arrived.
"""

from __future__ import annotations

import json
import threading
import time
import uuid

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import serve

from bot.devtools.fake_slack import FakeSlack


class FakeSocketMode:
    def __init__(self, fake: FakeSlack):
        self.acks: list[tuple[float, dict]] = []
        self.sent: dict[str, float] = {}
        self.connects = 0
        self._conn = None
        self._lock = threading.Lock()
        self._connected = threading.Event()
        self.server = serve(self._session, "127.0.0.1", 0, compression=None)
        port = self.server.socket.getsockname()[1]
        self.url = f"ws://127.0.0.1:{port}/link/?ticket=fake-ticket&app_id=A1"
        fake.socket_url = self.url
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def _session(self, ws) -> None:
        with self._lock:
            self._conn = ws
            self.connects += 1
        ws.send(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "connection_info": {"app_id": "A1"},
                    "debug_info": {"host": "fake", "approximate_connection_time": 3600},
                }
            )
        )
        self._connected.set()
        try:
            for raw in ws:
                with self._lock:
                    self.acks.append((time.time(), json.loads(raw)))
        except ConnectionClosed:  # the bot went away without a closing handshake
            pass

    def wait_connected(self, timeout: float = 15.0) -> None:
        if not self._connected.wait(timeout):
            raise AssertionError("the bot never opened the Socket Mode WebSocket")

    def send(self, kind: str, payload: dict, envelope_id: str | None = None, retry_attempt: int = 0) -> str:
        """Push one envelope (`slash_commands`, `events_api` or `interactive`); returns its envelope_id."""
        self.wait_connected()
        envelope_id = envelope_id or uuid.uuid4().hex
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": kind != "events_api",
        }
        if kind == "events_api":
            envelope.update(retry_attempt=retry_attempt, retry_reason="timeout" if retry_attempt else "")
        with self._lock:
            self.sent.setdefault(envelope_id, time.time())
            conn = self._conn
        conn.send(json.dumps(envelope))
        return envelope_id

    def acks_for(self, envelope_id: str) -> list[dict]:
        with self._lock:
            return [a for _, a in self.acks if a.get("envelope_id") == envelope_id]

    def wait_acked(self, envelope_id: str, timeout: float = 10.0) -> dict:
        end = time.time() + timeout
        while time.time() < end:
            got = self.acks_for(envelope_id)
            if got:
                return got[0]
            time.sleep(0.01)
        raise AssertionError(f"envelope {envelope_id} never acked; acks: {self.acks}")

    def ack_delay(self, envelope_id: str) -> float:
        with self._lock:
            at = next(t for t, a in self.acks if a.get("envelope_id") == envelope_id)
            return at - self.sent[envelope_id]

    def close(self) -> None:
        self.server.shutdown()
        self.thread.join(timeout=5)
