"""Bad state files (issue 15, item 9): a corrupt queue or a read-only state directory is one line at start-up,
naming the file and the fix; a queue broken while the bot runs makes /healthz answer 503 with the reason,
and the stop message never says "-1 answer(s)".

Before: raw SQLite tracebacks from every gunicorn worker, `/healthz` "ok", and "stopping with -1 answer(s)".
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests

from ..conftest import ROOT, write_config
from ..slack_fakes import SECRET, FakeSlack
from ..slack_fakes.harness import Bot, free_port
from .engine_helpers import assert_one_line
from .test_engine_os_errors import read_only


@pytest.fixture
def workdir(built, tmp_path):
    """A config in tmp_path using the built index; the Slack state files go to tmp_path/.partnerbot (the default)."""
    config, _ = built
    write_config(
        tmp_path, index_dir=str(config.index_dir), corpus_dir=str(config.corpus_dir), cache_dir=str(config.cache_dir)
    )
    (tmp_path / ".partnerbot").mkdir()
    return tmp_path


def serve(workdir: Path, fake: FakeSlack, timeout: float = 120):
    """`partnerbot serve --http` in workdir, as a user starts it; stops it if it does start."""
    env = dict(
        os.environ,
        CI="1",
        PYTHONPATH=str(ROOT),
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=fake.api_url,
    )
    env.pop("SLACK_APP_TOKEN", None)
    try:
        r = subprocess.run(
            [
                sys.executable,
                "-m",
                "bot",
                "--config",
                "config.yaml",
                "serve",
                "--http",
                "--host",
                "127.0.0.1",
                "--port",
                str(free_port()),
                "--workers",
                "2",
            ],
            capture_output=True,
            env=env,
            cwd=workdir,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"the server started: {exc.stderr!r}") from None
    r.out, r.err = r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")
    return r


@pytest.fixture
def fake():
    f = FakeSlack()
    yield f
    f.close()


def test_a_corrupt_queue_is_one_line_naming_the_file_and_the_fix(workdir, fake):
    (workdir / ".partnerbot" / "queue.sqlite3").write_bytes(b"not a database, " * 400)
    r = serve(workdir, fake)
    assert_one_line(r, "slack.queue_db .partnerbot/queue.sqlite3 is not a SQLite database", "move it aside and restart")


def test_a_corrupt_answer_store_is_one_line_too(workdir, fake):
    (workdir / ".partnerbot" / "feedback.sqlite3").write_bytes(b"\x00garbage" * 600)
    r = serve(workdir, fake)
    assert_one_line(r, "slack.feedback_db .partnerbot/feedback.sqlite3 is not a SQLite database", "move it aside")


def test_a_read_only_state_directory_is_one_line(workdir, fake):
    with read_only(workdir / ".partnerbot"):
        r = serve(workdir, fake)
    assert_one_line(
        r,
        ".partnerbot/feedback.sqlite3 cannot be written",
        "make .partnerbot writable",
        "set slack.feedback_db in config.yaml",
    )


@pytest.mark.parametrize("damage", ["overwritten", "removed"])
def test_a_queue_broken_while_running_fails_healthz_and_the_stop_says_why(built, tmp_path, caplog, damage):
    config, engine = built
    bot = Bot(config, engine, tmp_path)
    health = bot.url.replace("/slack/events", "/healthz")
    try:
        r = requests.get(health, timeout=5)
        assert r.status_code == 200 and r.text.startswith("ok ")
        queue = Path(bot.deps.queue.path)
        if damage == "overwritten":
            queue.write_bytes(b"this is not a database\n" * 200)
        else:
            queue.unlink()
        r = requests.get(health, timeout=5)
        assert r.status_code == 503, r.text
        assert r.text.startswith(f"broken {os.getpid()}: slack.queue_db ") and str(queue.name) in r.text
        assert ("is not a SQLite database" if damage == "overwritten" else "was removed") in r.text
        with caplog.at_level(logging.WARNING, logger="partnerbot.slack"):
            stopper = threading.Thread(target=lambda: bot.deps.stop(timeout=1))  # as gunicorn's watchdog
            stopper.start()
            stopper.join(10)
        stops = [rec.getMessage() for rec in caplog.records if "stopping" in rec.getMessage()]
        assert len(stops) == 1 and "-1 answer" not in stops[0], stops
        assert "cannot be counted" in stops[0] and "slack.queue_db" in stops[0]
    finally:
        bot.close()
