"""The Home tab (views.publish), the admins' feedback report and rebuild, over HTTP against the fake Slack."""

from __future__ import annotations

import json
import threading
import time
from unittest.mock import MagicMock

import pytest

from bot.config import BotConfig as Config
from bot.slack.home import knowledge
from bot.slack.listeners.actions.rebuild_index import rebuild_index
from bot.slack.listeners.events.app_home_opened import app_home_opened
from index.build.builder import build_index
from index.build.store import read_current
from index.corpus.documents import load_corpus
from index.engine import Engine
from tests.slack_fakes.deps import unit_deps

from .slack_fakes.harness import Bot, button_value, responded
from .surface_payloads import home_opened, rebuild_click, with_slack


def expected_counts(config, levels):
    docs, _ = load_corpus(config.corpus_dir)
    return {lv: sum(d.visibility == lv for d in docs) for lv in levels}


def view_text(view) -> str:
    return json.dumps(view["blocks"], ensure_ascii=False)


@pytest.fixture
def bot(built, tmp_path):
    config, engine = built
    b = Bot(with_slack(config, admins=["U_ADMIN"]), engine, tmp_path)
    yield b
    b.close()


def published_for(bot, user, count=1):
    end = time.time() + 30
    while time.time() < end:
        got = [p for p in bot.fake.named("views.publish") if p["user_id"] == user]
        if len(got) >= count:
            return [json.loads(p["view"]) if isinstance(p["view"], str) else p["view"] for p in got]
        time.sleep(0.02)
    raise AssertionError(f"no views.publish for {user}: {bot.fake.calls}")


def test_home_tab_counts_per_audience(bot, built):
    config, _ = built
    bot.fake.channels["D_EXT"] = {"id": "D_EXT", "is_im": True}
    bot.fake.users["U_EXT"] = {"id": "U_EXT", "team_id": "T2"}
    home_opened(bot)
    home_opened(bot, user="U_EXT", channel="D_EXT")
    [inside] = published_for(bot, "U_ASKER")
    [outside] = published_for(bot, "U_EXT")
    counts = expected_counts(config, ["public", "partner", "internal"])
    for lv, n in counts.items():
        assert f"*{lv}*: {n} document" in view_text(inside)
    assert f"*public*: {counts['public']} document" in view_text(outside)
    assert "*partner*" not in view_text(outside) and "*internal*" not in view_text(outside)
    assert "Years covered: 2012" in view_text(inside)
    for v in (inside, outside):  # not an admin: no report, no button
        assert "rebuild_index" not in view_text(v) and "Feedback, last 30 days" not in view_text(v)


def test_home_tab_lists_the_viewers_last_questions(bot):
    _, form = bot.slack.command("Which retailers sold the Mate 10 Pro <at launch>?")
    responded(bot.fake, form)
    bot.idle()
    home_opened(bot)
    [view] = published_for(bot, "U_ASKER")
    assert "Which retailers sold the Mate 10 Pro &lt;at launch&gt;?" in view_text(view)


def test_admin_sees_feedback_report_with_counts_and_cited_documents(bot):
    _, form = bot.slack.command("Can we resell Huawei phones without a carrier?")
    [posted] = responded(bot.fake, form)
    bot.slack.action("feedback_down", button_value(posted, "feedback_down"))
    for _ in range(2):
        _, f = bot.slack.command("What is the capital of Peru?")
        responded(bot.fake, f)
    bot.idle()
    home_opened(bot, user="U_ADMIN", channel="D_ADMIN")
    [view] = published_for(bot, "U_ADMIN")
    text = view_text(view)
    assert "2× what is the capital of peru?" in text
    assert "1× can we resell huawei phones without a carrier? — cited: " in text
    assert "rebuild_index" in text


def test_admin_rebuild_publishes_a_new_build_while_questions_are_answered(workspace, tmp_path):
    config, embedder = workspace
    build_index(config, embedder, progress=False)
    before = read_current(config.index_dir)
    b = Bot(with_slack(config, admins=["U_ADMIN"]), Engine(config, embedder), tmp_path)
    try:
        (config.corpus_dir / "notes" / "zebra.md").write_text(
            "---\nid: zebra-warranty\ntitle: Zebra-stripe warranty programme\nkind: note\nsource: Support (sample)\n"
            "published: 2021-03-01\nvisibility: partner\n---\n"
            "The zebra-stripe warranty programme covers screen repairs for resold Huawei phones for two years.\n"
        )
        rebuild_click(b, "U_OTHER")  # not an admin: nothing happens
        r, _ = rebuild_click(b, "U_ADMIN")
        assert r.status_code == 200
        forms = []

        def ask():  # questions asked while the build runs are answered (from the old build until it is live)
            for _ in range(6):
                forms.append(b.slack.command("Which retailers sold the Mate 10 Pro?")[1])
                time.sleep(0.05)

        t = threading.Thread(target=ask)
        t.start()
        dm = None
        end = time.time() + 120
        while time.time() < end and dm is None:
            dm = next((p for p in b.fake.named("chat.postMessage") if p["channel"] == "U_ADMIN"), None)
            time.sleep(0.05)
        t.join()
        for f in forms:
            assert "[1]" in json.dumps(responded(b.fake, f)[0]["blocks"])
        assert dm is not None and dm["text"].startswith("Index rebuilt: build ")
        assert read_current(config.index_dir) != before
        views = published_for(b, "U_ADMIN", 2)
        assert "Rebuilding since" in view_text(views[0])
        assert "✅ Last rebuild" in view_text(views[-1])
        assert b.deps.answers.last_rebuild()["user_id"] == "U_ADMIN"
        assert [p for p in b.fake.named("views.publish") if p["user_id"] == "U_OTHER"] == []
        _, f = b.slack.command("What does the zebra-stripe warranty programme cover?")
        assert "Zebra-stripe warranty programme" in json.dumps(responded(b.fake, f)[0]["blocks"])
    finally:
        b.close()


def test_a_second_rebuild_while_one_runs_is_refused(bot):
    assert bot.deps.answers.start_rebuild("other", "U_ADMIN") is None
    rebuild_click(bot, "U_ADMIN")
    end = time.time() + 30
    dm = None
    while time.time() < end and dm is None:
        dm = next((p for p in bot.fake.named("chat.postMessage") if p["channel"] == "U_ADMIN"), None)
        time.sleep(0.02)
    assert dm and "already running" in dm["text"]


# -- units ---------------------------------------------------------------------------------------------------------
def test_knowledge_counts_only_the_levels_allowed(built):
    config, engine = built
    snap = engine.snapshot()
    k = knowledge(snap, "partner")
    assert [s.level for s in k.levels] == ["public", "partner"]
    assert {s.level: s.documents for s in k.levels} == expected_counts(config, ["public", "partner"])
    assert k.years[0] <= k.years[1]


@pytest.fixture
def deps(tmp_path):
    cfg = Config()
    cfg = cfg.model_copy(update={"slack": cfg.slack.model_copy(update={"admins": ["UADM"]})})
    return unit_deps(tmp_path, config=cfg)


def test_app_home_opened_listener_enqueues_before_ack(deps):
    def ack():
        assert deps.queue.pending() == 1

    app_home_opened(
        ack,
        {"event_id": "E1", "team_id": "T1"},
        {"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"},
        {"deps": deps},
    )
    job = deps.queue.claim("t", 60)
    assert job.kind == "home" and job.payload["asker"]["user"] == "U1"
    ack = MagicMock()
    app_home_opened(ack, {"event_id": "E2"}, {"user": "U1", "tab": "messages"}, {"deps": deps})
    ack.assert_called_once()
    deps.client.views_publish.assert_not_called()


def test_rebuild_listener_only_for_admins(deps):
    body = {"user": {"id": "U1", "team_id": "T1"}, "actions": [{"action_id": "rebuild_index", "action_ts": "1"}]}
    ack = MagicMock()
    rebuild_index(ack, body, {"deps": deps})
    ack.assert_called_once()
    assert deps.queue.pending() == 0
    rebuild_index(MagicMock(), dict(body, user={"id": "UADM", "team_id": "T1"}), {"deps": deps})
    assert deps.queue.claim("t", 60).kind == "rebuild"


def test_a_rebuild_longer_than_the_job_lease_runs_once(workspace, tmp_path, monkeypatch):
    """The lease is renewed while the build runs: the job is never claimed again and the build never run twice."""
    import index.build.builder

    config, embedder = workspace
    build_index(config, embedder, progress=False)
    real_build, builds = index.build.builder.build_index, []

    def slow_build(*args, **kwargs):  # the real build, after 3 s: three lease periods
        builds.append(time.time())
        time.sleep(3.0)
        return real_build(*args, **kwargs)

    monkeypatch.setattr(index.build.builder, "build_index", slow_build)
    b = Bot(with_slack(config, admins=["U_ADMIN"]), Engine(config, embedder), tmp_path)
    b.deps.dispatcher.lease = 1.0
    try:
        rebuild_click(b, "U_ADMIN")
        end = time.time() + 90
        while time.time() < end and not [p for p in b.fake.named("chat.postMessage") if p["channel"] == "U_ADMIN"]:
            time.sleep(0.05)
        b.idle()
        time.sleep(1.5)  # a second claim of the job would have started its build by now
        dms = [p["text"] for p in b.fake.named("chat.postMessage") if p["channel"] == "U_ADMIN"]
        assert len(builds) == 1, f"the build ran {len(builds)} times"
        assert len(dms) == 1 and dms[0].startswith("Index rebuilt: build ")
    finally:
        b.close()
