"""The durable queue, the answer store's retention and Share claim, the audience rules with a mocked Web API,
and the request guard."""

import subprocess
import sys
import time
from unittest.mock import MagicMock

import pytest
from slack_sdk.errors import SlackApiError

from bot.slack.audience import Asker, Audience
from bot.slack.config import SlackConfig
from bot.slack.guard import QuietLog, check_body, check_signature
from bot.state.contract import HOST
from bot.state.sqlite_answers import SqliteAnswerStore
from bot.state.sqlite_queue import SqliteJobQueue

from .slack_fakes import SECRET, signed_headers


def test_dedupe_and_enqueue_are_one_transaction(tmp_path):
    q = SqliteJobQueue(tmp_path / "q.sqlite3")
    assert q.enqueue("event", {"n": 1}, ["event:E1", "msg:C:1"])
    assert q.enqueue("event", {"n": 2}, ["event:E2", "msg:C:1"]) is None  # same message, other event id
    assert q.pending() == 1
    # A delivery whose enqueue failed left no dedupe key behind: its redelivery is accepted.
    q.conn().execute("CREATE TRIGGER boom BEFORE INSERT ON jobs BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(Exception, match="disk full"):
        q.enqueue("event", {"n": 3}, ["event:E3", "msg:C:3"])
    q.conn().execute("DROP TRIGGER boom")
    assert q.enqueue("event", {"n": 3}, ["event:E3", "msg:C:3"])


def test_claim_lease_and_orphans_of_a_dead_process(tmp_path):
    q = SqliteJobQueue(tmp_path / "q.sqlite3")
    a, b = q.enqueue("command", {"i": 1}), q.enqueue("command", {"i": 2})
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    ghost = f"{HOST}:{int(dead.stdout)}:abcd1234"
    job = q.claim(ghost, lease=600)
    assert job.id == a and job.attempts == 1
    assert q.claim("me", lease=600).id == b
    assert q.claim("me", lease=600) is None  # both leased
    assert q.release_orphans(f"{HOST}:1:me") == 1  # the ghost's job is freed at once, mine is not
    again = q.claim("me2", lease=600)
    assert again.id == a and again.attempts == 2
    q.done(a)
    q.retry_later(b, 0.0)
    assert q.claim("me", 600).id == b


def test_answers_expire_and_share_is_claimed_once(tmp_path):
    s = SqliteAnswerStore(tmp_path / "fb.sqlite3", retention_days=30)
    for i, age_days in enumerate((0, 31)):
        s.record(
            answer_id=f"a{i}",
            surface="command",
            channel="C1",
            user_id="U1",
            level="partner",
            question="q",
            answered=True,
            doc_ids=["d"],
            payload={"blocks": [], "text": "t"},
        )
        s.conn().execute("UPDATE answers SET at=? WHERE id=?", (time.time() - age_days * 86400, f"a{i}"))
    assert s.get("a0") and s.get("a1") is None
    assert s.vote("a1", "U1", "C1", 1) == "expired"
    assert s.vote("a0", "U1", "C_OTHER", 1) == "elsewhere" and s.votes() == []
    assert s.vote("a0", "U1", "C1", -1) == "ok"
    assert s.claim_share("a0") and not s.claim_share("a0")
    assert s.purge() == 1
    assert s.conn().execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 1


def _client(channels=None, users=None, fail=()):
    client = MagicMock()

    def info(channel):
        if "conversations.info" in fail:
            raise SlackApiError("boom", MagicMock(status_code=500, data={"ok": False, "error": "internal_error"}))
        return {"channel": (channels or {})[channel]}

    def user(user):
        if "users.info" in fail:
            raise SlackApiError("boom", MagicMock(status_code=500, data={"ok": False}))
        return {"user": (users or {}).get(user, {"team_id": "T1"})}

    client.conversations_info.side_effect = info
    client.users_info.side_effect = user
    return client


def test_home_team_is_pinned_and_unknown_askers_are_looked_up_and_fail_closed():
    channels = {"D1": {"is_im": True}, "C1": {"is_channel": True}}
    aud = Audience(_client(channels, {"U_EXT": {"team_id": "T_OTHER"}}), SlackConfig(), home_team="T1")
    assert aud.level(Asker("D1", "U1", teams=("T1",))) == "internal"
    assert aud.level(Asker("D1", "U_EXT", teams=("T_OTHER",))) == "public"  # the payload's team is not home
    assert aud.level(Asker("D1", "U_EXT", verify_user=True)) == "public"  # no team fields: users.info
    assert aud.level(Asker("D1", "U_EXT", teams=("T1",), verify_user=True)) == "public"
    assert aud.level(Asker("C1", "U1", teams=("T1",), ext_shared=True)) == "public"
    down = Audience(_client(channels, fail={"users.info"}), SlackConfig(), home_team="T1")
    assert down.level(Asker("D1", "U1", verify_user=True)) == "public"  # look-up failed: external


def test_failed_channel_lookups_are_not_cached():
    client = _client({"D1": {"is_im": True}}, fail={"conversations.info"})
    aud = Audience(client, SlackConfig(), home_team="T1")
    assert aud.level(Asker("D1", "U1", teams=("T1",))) == "public"
    client.conversations_info.side_effect = lambda channel: {"channel": {"is_im": True}}
    assert aud.level(Asker("D1", "U1", teams=("T1",))) == "internal"


def test_signature_and_body_checks_name_the_problem():
    body = '{"type": "event_callback"}'
    h = signed_headers(body, "application/json")
    assert check_signature(SECRET, body.encode(), h["X-Slack-Request-Timestamp"], h["X-Slack-Signature"]) is None
    assert "non-numeric" in check_signature(SECRET, b"x", "12abc", "v0=1")
    assert "non-numeric" in check_signature(SECRET, b"x", "١٢٣", "v0=1")  # digits, but not ASCII ones
    assert "stale" in check_signature(SECRET, b"x", "1000", "v0=1")
    assert "bad" in check_signature(SECRET, b"y", h["X-Slack-Request-Timestamp"], h["X-Slack-Signature"])
    assert check_body("application/json", b"{not json") and check_body("application/json", b"[1]")
    assert check_body("application/x-www-form-urlencoded", b"payload=%7Bnope") is not None
    assert check_body("application/x-www-form-urlencoded", b"\xff\xfe=1") is not None
    assert check_body("application/x-www-form-urlencoded", b"text=hi&user_id=U1") is None


def test_quiet_log_says_one_line_for_a_flood(caplog):
    q = QuietLog(quiet=60)
    with caplog.at_level("WARNING", logger="partnerbot.slack"):
        for _ in range(100):
            q.warn("rejected %s", "x")
    assert len(caplog.records) == 1
