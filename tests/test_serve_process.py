"""`partnerbot serve --http` as a user runs it: gunicorn workers, env tokens, a fake Slack on loopback."""

import os
import socket
import subprocess
import sys
import time

import pytest
import requests

from .conftest import make_workspace
from .slack_fakes import SECRET, FakeSlack, SlackSender


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(tmp_path, shared_cache):
    make_workspace(tmp_path, shared_cache)
    fake = FakeSlack()
    fake.channels["C_PUBLIC"] = {"id": "C_PUBLIC", "is_channel": True, "is_private": False}
    port = free_port()
    env = dict(os.environ, SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=fake.api_url, CI="1")
    env.pop("SLACK_APP_TOKEN", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bot",
            "--config",
            str(tmp_path / "config.yaml"),
            "serve",
            "--http",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            "2",
        ],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    end = time.time() + 120
    while time.time() < end:
        try:
            if requests.get(url + "/healthz", timeout=1).ok:
                break
        except requests.RequestException:
            if proc.poll() is not None:
                pytest.fail(proc.stdout.read())
            time.sleep(0.3)
    yield SlackSender(url + "/slack/events", fake), fake
    proc.terminate()
    proc.wait(timeout=30)
    fake.close()


def test_gunicorn_workers_answer_commands_once_and_share_dedupe(served):
    sender, fake = served
    body = '{"type": "url_verification", "challenge": "c1"}'
    assert sender.post(body, "application/json", secret="f" * 32).status_code == 401
    r, form = sender.command("Can we resell Huawei phones without a carrier?")
    assert r.status_code == 200
    [answer] = fake.wait_for("/response/" + form["response_url"].rsplit("/", 1)[1], timeout=60)
    assert "[1]" in str(answer["blocks"])
    # The same event delivered several times, likely to different workers: answered once.
    ev = {
        "type": "app_mention",
        "user": "U1",
        "text": "<@UBOT> why did AT&T drop Huawei?",
        "ts": "9.1",
        "channel": "C_PUBLIC",
    }
    for i in range(6):
        sender.event(ev, event_id="EvDUP", headers={"X-Slack-Retry-Num": str(i)} if i else None)
    fake.wait_for("chat.postMessage", timeout=60)
    time.sleep(1.5)  # on purpose: a second worker answering the duplicate would post by now
    assert len(fake.named("chat.postMessage")) == 1


def test_missing_token_is_one_clear_line(tmp_path, shared_cache):
    make_workspace(tmp_path, shared_cache)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    r = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(tmp_path / "config.yaml"), "serve", "--http"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 1
    assert "SLACK_BOT_TOKEN is not set" in r.stderr and "README" in r.stderr and "Traceback" not in r.stderr


def test_rejected_token_is_one_clear_line(tmp_path, shared_cache):
    make_workspace(tmp_path, shared_cache)
    fake = FakeSlack()
    fake.fail["auth.test"] = [(200, {})]
    try:
        env = dict(os.environ, SLACK_BOT_TOKEN="xoxb-revoked", SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=fake.api_url)
        env.pop("SLACK_APP_TOKEN", None)
        r = subprocess.run(
            [sys.executable, "-m", "bot", "--config", str(tmp_path / "config.yaml"), "serve", "--http"],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        fake.close()
    assert r.returncode == 1 and "did not accept SLACK_BOT_TOKEN" in r.stderr and "Traceback" not in r.stderr
