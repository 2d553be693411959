"""Socket Mode end to end: bolt's built-in client against a fake Socket Mode server on loopback.

The bot runs `serve_socket_mode`, the function `partnerbot serve` calls when SLACK_APP_TOKEN
is set. It asks the fake Web API's apps.connections.open (with the app-level token) for the
WebSocket URL, receives envelopes of every kind Slack sends it, acks each with its
envelope_id, and answers through the fake Web API with the real engine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from types import SimpleNamespace

import pytest
import yaml

from bot.slack.app import SlackStartError, create_app
from bot.slack.server import serve_socket_mode
from bot.slack.settings import SlackSettings

from .slack_fakes import HOME, FakeSlack, SlackSender
from .slack_fakes.harness import CHANNELS, button_value, responded, slack_config
from .slack_fakes.socket_mode import FakeSocketMode

MARGIN_Q = "What margin should we target on resold Huawei handsets?"  # answered from an internal note
RESELL_Q = "Can we resell Huawei phones without a carrier?"
THREAD = "1700000100.000100"


def above_public(posted: dict) -> bool:
    raw = json.dumps(posted)
    return "_partner_" in raw or "_internal_" in raw


def _fake_slack() -> FakeSlack:
    fake = FakeSlack()
    fake.channels.update(json.loads(json.dumps(CHANNELS)))
    fake.channels["D_EXT"] = {"id": "D_EXT", "is_im": True}
    fake.users["U_EXT"] = {"id": "U_EXT", "team_id": "T_OTHER"}  # a Slack Connect user from another company
    return fake


@pytest.fixture
def socket_bot(built, tmp_path):
    config, engine = built
    fake = _fake_slack()
    sock = FakeSocketMode(fake)
    settings = SlackSettings(bot_token="xoxb-test-token", app_token=fake.app_token, api_url=fake.api_url)
    app, deps = create_app(slack_config(config, tmp_path), engine, settings, token_verification=False)
    deps.delivery.backoff = 0.05
    stop = threading.Event()
    thread = threading.Thread(target=serve_socket_mode, args=(app, settings.app_token, stop), daemon=True)
    thread.start()
    sock.wait_connected()
    yield SimpleNamespace(fake=fake, sock=sock, deps=deps, slack=SlackSender("unused", fake))
    stop.set()
    thread.join(timeout=20)
    sock.close()
    fake.close()
    assert not thread.is_alive(), "serve_socket_mode did not return after stop"


def idle(deps, timeout: float = 60.0) -> None:
    end = time.time() + timeout
    while time.time() < end:
        if deps.queue.pending() == 0:
            return
        time.sleep(0.02)
    raise AssertionError(f"jobs still queued: {deps.queue.ids()}")


def block_action(slack: SlackSender, action_id: str, value: str, channel: str, user: str = "U_ASKER") -> dict:
    slack.n += 1
    return {
        "type": "block_actions",
        "team": {"id": HOME},
        "user": {"id": user, "team_id": HOME},
        "api_app_id": "A1",
        "token": "x",
        "trigger_id": f"sm-trigger-{slack.n}",
        "channel": {"id": channel},
        "container": {"type": "message", "is_ephemeral": True},
        "response_url": slack.fake.response_url(f"smact{slack.n}"),
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "answer_actions",
                "value": value,
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }


def test_every_envelope_is_acked_once_and_every_question_answered_once(socket_bot):
    b = socket_bot
    fake, sock, slack = b.fake, b.sock, b.slack
    [opened] = fake.named("apps.connections.open")
    assert opened["authorization"] == f"Bearer {fake.app_token}"  # the app-level token, not the bot token

    cmd = slack.command_form(RESELL_Q)  # home user, public channel: partner
    cmd_ext = slack.command_form(MARGIN_Q, user="U_EXT")  # an external user whose payload names our team
    mention = slack.event_body(
        {
            "type": "app_mention",
            "user": "U_ASKER",
            "text": f"<@UBOT> {RESELL_Q}",
            "ts": "1700000300.000100",
            "channel": "C_PUBLIC",
            "event_ts": "1700000300.000100",
        }
    )
    dm = slack.event_body(
        {
            "type": "message",
            "channel_type": "im",
            "user": "U_ASKER",
            "text": MARGIN_Q,
            "ts": "1700000301.000100",
            "channel": "D_ASKER",
            "event_ts": "1700000301.000100",
        }
    )
    dm_ext = slack.event_body(
        {
            "type": "message",
            "channel_type": "im",
            "user": "U_EXT",
            "text": MARGIN_Q,
            "ts": "1700000302.000100",
            "channel": "D_EXT",
            "event_ts": "1700000302.000100",
        }
    )
    started = slack.event_body(
        {
            "type": "assistant_thread_started",
            "event_ts": THREAD,
            "assistant_thread": {
                "user_id": "U_ASKER",
                "channel_id": "D_ASKER",
                "thread_ts": THREAD,
                "context": {"channel_id": "C_PUBLIC", "team_id": HOME, "enterprise_id": None},
            },
        }
    )

    envelopes = {
        "cmd": sock.send("slash_commands", cmd),
        "cmd_ext": sock.send("slash_commands", cmd_ext),
        "mention": sock.send("events_api", mention),
        "dm": sock.send("events_api", dm),
        "dm_ext": sock.send("events_api", dm_ext),
        "started": sock.send("events_api", started),
    }
    sock.wait_acked(envelopes["mention"])
    envelopes["mention_retry"] = sock.send("events_api", mention, retry_attempt=1)  # Slack's redelivery
    for eid in envelopes.values():
        sock.wait_acked(eid)
        assert sock.ack_delay(eid) < 3.0

    # The slash command's ack carries the "looking that up" reply, as over HTTP.
    ack = sock.acks_for(envelopes["cmd"])[0]
    assert ack["payload"]["response_type"] == "ephemeral" and "Looking that up" in ack["payload"]["text"]

    [answer] = responded(fake, cmd, timeout=60)
    [answer_ext] = responded(fake, cmd_ext, timeout=60)
    assert "[1]" in json.dumps(answer["blocks"]) and not above_public(answer_ext)

    # A 👎 on the /huawei answer arrives as an interactive envelope: acked, the vote stored, the modal opened.
    down = block_action(slack, "feedback_down", button_value(answer, "feedback_down"), "C_PUBLIC")
    t0 = time.time()
    envelopes["down"] = sock.send("interactive", down)
    [modal] = fake.wait_for("views.open", timeout=3.0)
    assert time.time() - t0 < 3.0 and modal["trigger_id"] == down["trigger_id"]
    sock.wait_acked(envelopes["down"])

    fake.wait_for("assistant.threads.setSuggestedPrompts", timeout=30)
    idle(b.deps)
    time.sleep(0.3)  # any duplicate delivery would show up now

    # Each envelope acked exactly once, with its own envelope_id; nothing else acked.
    assert {eid: len(sock.acks_for(eid)) for eid in envelopes.values()} == {eid: 1 for eid in envelopes.values()}
    assert len(sock.acks) == len(envelopes)

    # Each question answered once, in the right place.
    assert len(responded(fake, cmd)) == 1 and len(responded(fake, cmd_ext)) == 1
    posts = fake.named("chat.postMessage")
    in_thread = [p for p in posts if p.get("thread_ts") == mention["event"]["ts"]]
    dms = [p for p in posts if p["channel"] == "D_ASKER" and not p.get("thread_ts")]
    dms_ext = [p for p in posts if p["channel"] == "D_EXT"]
    greetings = [p for p in posts if p["channel"] == "D_ASKER" and p.get("thread_ts") == THREAD]
    assert (len(in_thread), len(dms), len(dms_ext), len(greetings)) == (1, 1, 1, 1)
    assert len(fake.named("assistant.threads.setSuggestedPrompts")) == 1

    # Audience rules: the external user gets public documents only, in a DM as in a public channel.
    assert above_public(dms[0]) and not above_public(dms_ext[0])
    rows = b.deps.answers.conn().execute("SELECT surface, channel, user_id, level FROM answers").fetchall()
    assert sorted(rows) == sorted(
        [
            ("command", "C_PUBLIC", "U_ASKER", "partner"),
            ("command", "C_PUBLIC", "U_EXT", "public"),
            ("mention", "C_PUBLIC", "U_ASKER", "partner"),
            ("dm", "D_ASKER", "U_ASKER", "internal"),
            ("dm", "D_EXT", "U_EXT", "public"),
        ]
    )
    assert [(v[1], v[3]) for v in b.deps.answers.votes()] == [("U_ASKER", -1)]


def test_a_rejected_app_token_is_one_clear_error(built, tmp_path):
    config, engine = built
    fake = _fake_slack()
    sock = FakeSocketMode(fake)
    try:
        settings = SlackSettings(bot_token="xoxb-test-token", app_token="xapp-1-A1-revoked", api_url=fake.api_url)
        app, deps = create_app(slack_config(config, tmp_path), engine, settings, token_verification=False)
        with pytest.raises(SlackStartError, match=r"did not accept SLACK_APP_TOKEN \(invalid_auth\)"):
            serve_socket_mode(app, settings.app_token, threading.Event())
        assert sock.connects == 0
    finally:
        sock.close()
        fake.close()


def test_partnerbot_serve_in_socket_mode_answers_and_stops_on_sigterm(built, tmp_path):
    """The CLI itself: SLACK_APP_TOKEN set → Socket Mode, answered through the fake Web API; SIGTERM → clean exit."""
    config, _ = built
    fake = _fake_slack()
    sock = FakeSocketMode(fake)
    cfg = yaml.safe_load(config.source_path.read_text())
    root = config.source_path.parent
    for key in ("corpus_dir", "index_dir", "cache_dir"):
        cfg[key] = str((root / cfg[key]).resolve())
    cfg["slack"].update(feedback_db=str(tmp_path / "fb.sqlite3"), queue_db=str(tmp_path / "q.sqlite3"))
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(cfg))
    env = dict(
        os.environ,
        SLACK_BOT_TOKEN="xoxb-test-token",
        SLACK_APP_TOKEN=fake.app_token,
        SLACK_API_URL=fake.api_url,
        CI="1",
    )
    env.pop("SLACK_SIGNING_SECRET", None)
    log = open(tmp_path / "serve.log", "w+")
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(tmp_path / "config.yaml"), "serve"],
        env=env,
        cwd=tmp_path,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        sock.wait_connected(timeout=90)
        assert len(fake.named("auth.test")) == 1  # at start, once: the app reuses the start-up check's answer
        form = SlackSender("unused", fake).command_form(RESELL_Q)
        eid = sock.send("slash_commands", form)
        sock.wait_acked(eid)
        [answer] = responded(fake, form, timeout=60)
        assert "[1]" in json.dumps(answer["blocks"])
        proc.terminate()
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        sock.close()
        fake.close()
        log.seek(0)
        out = log.read()
        log.close()
    assert "Socket Mode" in out and "Traceback" not in out, out
