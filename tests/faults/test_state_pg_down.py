"""PostgreSQL as the state store (issue 16): the server stopped while the bot serves, and a bad URL at start.

With the server gone (`pg_ctl stop -m immediate`, as a crash), acks still go out within about a second:
the jobs wait in this host's journal, /healthz says why (naming state.url), and once the server is back
the jobs move into the queue and each is answered once. A state.url that cannot be reached at start is
one line naming it, the password masked, and exit 1.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
import requests

from bot.config import STATE_URL_ENV

from ..pg_server import PgServer, free_port, need_bindir
from ..slack_fakes.harness import Bot, responded
from ..waits import wait_until
from .engine_helpers import assert_one_line
from .test_slack_bad_state import fake, serve, workdir  # noqa: F401  (fixtures)

EXAMPLE = "Can we resell Huawei phones without a carrier?"


@pytest.fixture
def own_pg():
    """A server of this test's own: stopping it must not disturb the session's."""
    server = PgServer(need_bindir()).start()
    yield server
    server.close()


@pytest.fixture
def pg_bot(built, tmp_path, own_pg, monkeypatch):
    monkeypatch.delenv(STATE_URL_ENV, raising=False)
    config, engine = built
    url = own_pg.create_database()
    config = config.model_copy(update={"state": config.state.model_copy(update={"url": url, "lease_seconds": 6})})
    b = Bot(config, engine, tmp_path)
    yield b
    b.close()


def _command(bot, text: str):
    t = time.perf_counter()
    r, form = bot.slack.command(text)
    return (time.perf_counter() - t) * 1000, r.status_code, form


def test_acks_survive_postgresql_going_down_and_every_job_is_answered_once(pg_bot, own_pg):
    bot = pg_bot
    health = bot.url.replace("/slack/events", "/healthz")
    _, status, form = _command(bot, f"{EXAMPLE} (before)")
    assert status == 200 and responded(bot.fake, form)
    assert requests.get(health, timeout=5).status_code == 200

    own_pg.stop("immediate")
    with ThreadPoolExecutor(4) as pool:
        acks = list(pool.map(lambda i: _command(bot, f"{EXAMPLE} (down {i})"), range(8)))
    held, journal = bot.deps.queue.held(), bot.deps.queue.journal
    journal_lines = journal.read_text().splitlines()
    down = requests.get(health, timeout=10)
    ms = [a for a, _, _ in acks]
    print(f"\n8 commands while PostgreSQL was down: p50 {np.percentile(ms, 50):.0f} ms, max {max(ms):.0f} ms")
    assert all(status == 200 for _, status, _ in acks)
    assert max(ms) < 2500  # the ack waits at most ~1 s for PostgreSQL, then journals the job
    assert held == 8 and len(journal_lines) == 8
    assert down.status_code == 503 and "state.url postgresql://" in down.text, down.text

    own_pg.start()  # same port, same data
    wait_until(lambda: bot.deps.queue.held() == 0, timeout=60, message="the held jobs never moved into the queue")
    for _, _, form in acks:
        assert len(responded(bot.fake, form, timeout=60)) == 1
    bot.idle(timeout=60)
    time.sleep(0.5)  # on purpose: a second answer to any of them would be posted by now
    for _, _, form in acks:
        name = "/response/" + form["response_url"].rsplit("/", 1)[1]
        assert len(bot.fake.named(name)) == 1, name
    assert not journal.exists() and bot.deps.queue.pending() == 0
    wait_until(lambda: requests.get(health, timeout=5).status_code == 200, timeout=30, message="/healthz ok again")


def test_an_unreachable_state_url_is_one_line_at_start(workdir, fake, monkeypatch):  # noqa: F811
    monkeypatch.setenv(STATE_URL_ENV, f"postgresql://bot:hunter2@127.0.0.1:{free_port()}/partnerbot")
    r = serve(workdir, fake)
    assert_one_line(r, f"state.url (from {STATE_URL_ENV}) postgresql://bot:***@127.0.0.1:", "start it")
    assert "hunter2" not in r.err + r.out
