"""Running the real bot against the fake Slack: in-process (waitress) or as `partnerbot serve --http` (gunicorn)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

from bot.devtools.fake_slack import SECRET, FakeSlack, SlackSender
from bot.slack.app import create_app
from bot.slack.server import make_http_server
from bot.slack.settings import SlackSettings

CHANNELS = {
    "C_PUBLIC": {"id": "C_PUBLIC", "is_channel": True, "is_private": False, "is_ext_shared": False},
    "C_PRIVATE": {"id": "C_PRIVATE", "is_channel": True, "is_private": True, "is_ext_shared": False},
    "C_SHARED": {"id": "C_SHARED", "is_channel": True, "is_private": False, "is_ext_shared": True},
    "D_ASKER": {"id": "D_ASKER", "is_im": True},
}


def slack_config(config, tmp_path: Path, **slack):
    update = {"feedback_db": tmp_path / "fb.sqlite3", "queue_db": tmp_path / "queue.sqlite3", **slack}
    return config.model_copy(update={"slack": config.slack.model_copy(update=update)})


class Bot:
    """The real bolt app over HTTP on loopback (waitress, as one gunicorn worker runs it), the real engine."""

    def __init__(self, config, engine, tmp_path: Path, backoff: float = 0.05):
        self.fake = FakeSlack()
        self.fake.channels.update(json.loads(json.dumps(CHANNELS)))
        self.config = slack_config(config, tmp_path)
        settings = SlackSettings(bot_token="xoxb-test-token", signing_secret=SECRET, api_url=self.fake.api_url)
        self.app, self.deps = create_app(self.config, engine, settings)
        self.deps.delivery.backoff = backoff
        self.server = make_http_server(self.app, "127.0.0.1", 0, asyncore_loop_timeout=0.1)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.effective_port}/slack/events"
        self.slack = SlackSender(self.url, self.fake)

    def _serve(self):
        try:
            self.server.run()
        except (OSError, ValueError):  # waitress's loop sees its sockets closed by close()
            pass

    def idle(self, timeout: float = 30.0) -> None:
        """Until every queued job has been delivered (or apologised for)."""
        end = time.time() + timeout
        while time.time() < end:
            if self.deps.queue.pending() == 0:
                return
            time.sleep(0.02)
        raise AssertionError(f"jobs still queued: {self.deps.queue.ids()}")

    def close(self):
        self.deps.stop(timeout=5)
        self.server.close()
        self.thread.join(timeout=5)
        self.fake.close()


def responded(fake: FakeSlack, form_or_payload: dict, count: int = 1, timeout: float = 30.0) -> list[dict]:
    """What the bot posted to this request's response_url."""
    return fake.wait_for("/response/" + form_or_payload["response_url"].rsplit("/", 1)[1], count, timeout)


def button_value(posted: dict, action_id: str) -> str:
    actions = next(b for b in posted["blocks"] if b["type"] == "actions")
    return next(e for e in actions["elements"] if e["action_id"] == action_id)["value"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """`python -m bot serve --http` in a child process, with its output in a file."""

    def __init__(self, workdir: Path, fake: FakeSlack, workers: int = 2, threads: int = 16, env: dict | None = None):
        self.port = free_port()
        self.fake = fake
        self.log_path = workdir / f"serve-{self.port}.log"  # one per server: a restart keeps the first one's log
        self.url = f"http://127.0.0.1:{self.port}"
        full_env = dict(
            os.environ,
            SLACK_BOT_TOKEN="xoxb-test",
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_API_URL=fake.api_url,
            CI="1",
            **(env or {}),
        )
        full_env.pop("SLACK_APP_TOKEN", None)
        self._log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bot",
                "--config",
                str(workdir / "config.yaml"),
                "serve",
                "--http",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--workers",
                str(workers),
                "--threads",
                str(threads),
            ],
            env=full_env,
            cwd=workdir,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self.workers = workers
        self.sender = SlackSender(self.url + "/slack/events", fake)

    def wait_ready(self, timeout: float = 120.0) -> None:
        """Until every worker answers /healthz (each worker only does so once its app is built)."""
        end = time.time() + timeout
        while time.time() < end:
            if self.proc.poll() is not None:
                raise AssertionError(self.log())
            if len(self.worker_pids()) == self.workers and len(self.healthy_pids()) == self.workers:
                return
            time.sleep(0.2)
        raise AssertionError("server not ready:\n" + self.log())

    def healthy_pids(self, tries: int = 20) -> set[int]:
        seen = set()
        for _ in range(tries):
            try:
                r = requests.get(self.url + "/healthz", timeout=2)
                seen.add(int(r.text.split()[1]))
            except (requests.RequestException, IndexError, ValueError):
                pass
        return seen

    def worker_pids(self) -> list[int]:
        try:
            text = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        except OSError:
            return []
        return [int(x) for x in text.split()]

    def log(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
