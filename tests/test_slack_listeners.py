"""One unit test per listener: mocked ack and context, a real queue. The job is stored before the ack."""

import pytest

from bot.slack.listeners.actions.feedback import feedback_down, feedback_up
from bot.slack.listeners.actions.share import share_answer
from bot.slack.listeners.commands.huawei import huawei_command
from bot.slack.listeners.events.app_mention import app_mention
from bot.slack.listeners.events.message import message
from tests.slack_fakes.deps import unit_deps


@pytest.fixture
def deps(tmp_path):
    return unit_deps(tmp_path)


def make_ack(deps, expect_jobs: int):
    """An ack that checks the job is already durable when it is called."""

    def ack(**kwargs):
        assert deps.queue.pending() == expect_jobs
        ack.calls.append(kwargs)

    ack.calls = []
    return ack


def only_job(deps):
    job = deps.queue.claim("test", 60)
    assert job is not None and deps.queue.claim("test", 60) is None
    return job


def test_huawei_command_enqueues_then_acks(deps):
    ack = make_ack(deps, 1)
    body = {
        "text": "can AT&amp;T resell?",
        "channel_id": "C1",
        "user_id": "U1",
        "team_id": "T1",
        "response_url": "http://x/r",
        "trigger_id": "tr1",
    }
    huawei_command(ack, body, {"deps": deps})
    assert len(ack.calls) == 1 and "AT&amp;T" in ack.calls[0]["text"]
    job = only_job(deps)
    assert job.kind == "command" and job.payload["question"] == "can AT&T resell?"
    assert job.payload["asker"]["verify_user"] is True
    assert job.payload["target"]["response_url"] == "http://x/r"
    deps.dispatcher.wake.assert_called_once()


def test_huawei_help_acks_usage_without_a_job(deps):
    ack = make_ack(deps, 0)
    huawei_command(ack, {"text": " help "}, {"deps": deps})
    assert "/huawei" in ack.calls[0]["text"] and deps.queue.pending() == 0


def test_app_mention_enqueues_once_per_message(deps):
    ev = {"type": "app_mention", "user": "U1", "text": "<@UBOT> hi there", "ts": "1.2", "channel": "C1"}
    for event_id in ("Ev1", "Ev1", "Ev2"):  # a retry, then the same message under another event id
        ack = make_ack(deps, 1)
        app_mention(ack, {"event_id": event_id, "team_id": "T1"}, ev, {"deps": deps})
        assert len(ack.calls) == 1
    job = only_job(deps)
    assert job.payload["question"] == "hi there" and job.payload["surface"] == "mention"
    assert job.payload["asker"]["verify_user"] is True  # the event names no team for the user: look it up


def test_app_mention_ignores_the_bot_itself_and_dms(deps):
    for ev in (
        {"user": "UBOT", "ts": "1", "channel": "C1", "text": "x"},
        {"user": "U1", "ts": "2", "channel": "D1", "text": "x", "channel_type": "im"},
    ):
        ack = make_ack(deps, 0)
        app_mention(ack, {"event_id": "E" + ev["ts"]}, ev, {"deps": deps})
        assert len(ack.calls) == 1


def test_message_answers_dms_only(deps):
    ack = make_ack(deps, 0)
    message(
        ack,
        {"event_id": "E1"},
        {"user": "U1", "ts": "1", "channel": "C1", "channel_type": "channel", "text": "x"},
        {"deps": deps},
    )
    ack = make_ack(deps, 1)
    message(
        ack,
        {"event_id": "E2", "team_id": "T1"},
        {"user": "U1", "ts": "2", "channel": "D1", "channel_type": "im", "text": "hello", "team": "T1"},
        {"deps": deps},
    )
    job = only_job(deps)
    assert job.payload["surface"] == "dm" and job.payload["asker"]["verify_user"] is False


@pytest.mark.parametrize("text", ["thanks!", "ok cool", ":+1:", "thank you so much!!"])
def test_a_dm_that_only_says_thanks_is_acked_and_left_alone(deps, text):
    ack = make_ack(deps, 0)
    event = {"user": "U1", "ts": "3", "channel": "D1", "channel_type": "im", "text": text, "team": "T1"}
    message(ack, {"event_id": "E3", "team_id": "T1"}, event, {"deps": deps})
    assert ack.calls and deps.queue.pending() == 0
    ack = make_ack(deps, 1)
    message(ack, {"event_id": "E4", "team_id": "T1"}, dict(event, ts="4", text="thanks, and verizon?"), {"deps": deps})
    assert only_job(deps).payload["surface"] == "dm"


def test_a_dm_that_stands_alone_becomes_the_topic_and_a_store_error_loses_nothing(deps, monkeypatch, tmp_path):
    from bot.state.sqlite_answers import SqliteAnswerStore

    monkeypatch.setattr(deps, "answers", SqliteAnswerStore(tmp_path / "answers.sqlite3"))
    event = {"user": "U1", "ts": "1700000100.000100", "channel": "D1", "channel_type": "im", "team": "T1"}
    message(
        make_ack(deps, 1),
        {"event_id": "E5", "team_id": "T1"},
        dict(event, text="what is the entity list?"),
        {"deps": deps},
    )
    assert deps.answers.topic("D1", "U1", 60, 1700000101.0) == "what is the entity list?"
    message(
        make_ack(deps, 2),
        {"event_id": "E6", "team_id": "T1"},
        dict(event, ts="1700000102.0", text="and honor?"),
        {"deps": deps},
    )
    assert deps.answers.topic("D1", "U1", 60, 1700000103.0) == "what is the entity list?"  # leaned on it: kept

    def broken(*a, **k):
        raise RuntimeError("store down")

    monkeypatch.setattr(deps.answers, "topic", broken)
    ack = make_ack(deps, 3)
    message(
        ack, {"event_id": "E7", "team_id": "T1"}, dict(event, ts="1700000104.0", text="is zte banned?"), {"deps": deps}
    )
    assert ack.calls  # the question was queued and acked; only its topic was not stored


def _action(action_id, value="a1", ts="1.1"):
    return {
        "type": "block_actions",
        "user": {"id": "U1", "team_id": "T1"},
        "team": {"id": "T1"},
        "channel": {"id": "C1"},
        "response_url": "http://x/a",
        "container": {},
        "actions": [{"action_id": action_id, "value": value, "action_ts": ts}],
    }


@pytest.mark.parametrize("listener, vote", [(feedback_up, 1), (feedback_down, -1)])
def test_feedback_enqueues_the_vote(deps, listener, vote):
    ack = make_ack(deps, 1)
    listener(ack, _action(listener.__name__), {"deps": deps})
    job = only_job(deps)
    assert job.kind == "vote" and job.payload["vote"] == vote and job.payload["answer_id"] == "a1"
    deps.answers.vote.assert_not_called()  # the store is touched by the job, never before the ack


def test_share_enqueues_and_never_posts_before_the_ack(deps):
    ack = make_ack(deps, 1)
    share_answer(ack, _action("share_answer"), {"deps": deps})
    job = only_job(deps)
    assert job.kind == "share" and job.payload["target"]["mode"] == "in_channel"
    deps.client.assert_not_called()
    deps.delivery.send.assert_not_called()
