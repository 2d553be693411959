"""Signed but malformed payloads (issue 15): 400 and one WARNING line, never a 500 or a traceback.

The attack run sent, signed with the real secret: `private_metadata` of the wrong type,
`event: "x"`, an integer `text`, `actions` and `user` of the wrong type, and deeply nested
JSON. Each gave 500 and a traceback (in bolt's middleware, a listener, or waitress).
Here the same, then hypothesis: valid payloads of every surface with fields replaced by
values of other types, removed, or nested thousands deep, posted signed over HTTP to the
real bolt app. No 5xx, and nothing logged with a traceback, then or by the jobs after.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import re
import time
import urllib.parse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ..slack_fakes import HOME
from ..slack_fakes.harness import Bot
from ..waits import wait_until

FORM = "application/x-www-form-urlencoded"
DEEP = re.compile(r'"__deep_(\d+)__"')
STATUSES: dict[int, int] = {}


class Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)

    def tracebacks(self, since: int = 0) -> list[str]:
        return [r.getMessage() for r in self.records[since:] if r.exc_info or "Traceback" in r.getMessage()]


@pytest.fixture(scope="module")
def bot(built, tmp_path_factory):
    from bot.slack.jobs import feedback

    config, engine = built
    wait, feedback.COMMENT_WAIT = feedback.COMMENT_WAIT, 5.0  # a comment whose vote never comes: buried sooner
    b = Bot(config, engine, tmp_path_factory.mktemp("shapes"))
    records = Records()
    logging.getLogger().addHandler(records)
    b.records = records
    yield b
    logging.getLogger().removeHandler(records)
    b.close()
    feedback.COMMENT_WAIT = wait


def event(ev: dict) -> tuple[str, dict]:
    return "event", {
        "token": "x",
        "team_id": HOME,
        "api_app_id": "A1",
        "type": "event_callback",
        "event_id": "Ev1",
        "event_time": 1,
        "event": ev,
        "is_ext_shared_channel": False,
        "authorizations": [{"team_id": HOME, "user_id": "UBOT", "is_bot": True}],
    }


def interactive(payload: dict) -> tuple[str, dict]:
    return "interactive", {
        "token": "x",
        "api_app_id": "A1",
        "team": {"id": HOME, "domain": "home"},
        "user": {"id": "U_ASKER", "team_id": HOME},
        "trigger_id": "1.2.abc",
        **payload,
    }


Q = "Can we resell Huawei phones without a carrier?"
BASES = [
    event({"type": "message", "channel_type": "im", "user": "U_ASKER", "text": Q, "ts": "1.1", "channel": "D_ASKER"}),
    event(
        {
            "type": "app_mention",
            "user": "U_ASKER",
            "text": f"<@UBOT> {Q}",
            "ts": "1.2",
            "channel": "C_PUBLIC",
            "team": HOME,
        }
    ),
    event(
        {
            "type": "message",
            "channel_type": "channel",
            "user": "U_ASKER",
            "text": "and when?",
            "ts": "1.4",
            "thread_ts": "1.2",
            "channel": "C_PUBLIC",
        }
    ),
    event({"type": "app_home_opened", "user": "U_ASKER", "channel": "D_ASKER", "tab": "home", "event_ts": "1.5"}),
    event(
        {
            "type": "assistant_thread_started",
            "event_ts": "1.6",
            "assistant_thread": {
                "user_id": "U_ASKER",
                "channel_id": "D_ASKER",
                "thread_ts": "1.6",
                "context": {"channel_id": "C_PUBLIC", "team_id": HOME, "enterprise_id": None},
            },
        }
    ),
    event(
        {
            "type": "assistant_thread_context_changed",
            "event_ts": "1.7",
            "assistant_thread": {
                "user_id": "U_ASKER",
                "channel_id": "D_ASKER",
                "thread_ts": "1.6",
                "context": {"channel_id": "C_PRIVATE", "team_id": HOME, "enterprise_id": None},
            },
        }
    ),
    interactive(
        {
            "type": "block_actions",
            "channel": {"id": "C_PUBLIC"},
            "container": {"type": "message"},
            "response_url": "http://127.0.0.1:9/response/x",
            "actions": [
                {"type": "button", "action_id": "share_answer", "block_id": "b", "value": "abc", "action_ts": "1.8"}
            ],
        }
    ),
    interactive(
        {
            "type": "block_actions",
            "channel": {"id": "C_PUBLIC"},
            "container": {"type": "message"},
            "actions": [
                {
                    "type": "feedback_buttons",
                    "action_id": "answer_feedback",
                    "block_id": "f",
                    "value": "down:abc",
                    "action_ts": "1.9",
                }
            ],
        }
    ),
    interactive(
        {
            "type": "block_actions",
            "view": {"id": "VHOME", "type": "home"},
            "actions": [{"type": "button", "action_id": "rebuild_index", "value": "rebuild", "action_ts": "2.0"}],
        }
    ),
    interactive(
        {
            "type": "message_action",
            "callback_id": "ask_partnerbot",
            "channel": {"id": "C_PUBLIC"},
            "message": {"type": "message", "user": "U_OTHER", "text": Q, "ts": "2.1"},
            "response_url": "http://127.0.0.1:9/response/y",
        }
    ),
    (
        "command",
        {
            "token": "x",
            "team_id": HOME,
            "team_domain": "home",
            "channel_id": "C_PUBLIC",
            "user_id": "U_ASKER",
            "command": "/huawei",
            "text": Q,
            "api_app_id": "A1",
            "trigger_id": "t1",
            "response_url": "http://127.0.0.1:9/response/z",
        },
    ),
    interactive(
        {
            "type": "view_submission",
            "view": {
                "id": "V1",
                "hash": "h",
                "type": "modal",
                "callback_id": "feedback_comment",
                "private_metadata": json.dumps({"a": "abc", "c": "C_PUBLIC"}),
                "state": {"values": {"wrong": {"text": {"type": "plain_text_input", "value": "wrong year"}}}},
            },
        }
    ),
]


def post(bot, kind: str, body: dict):
    text = DEEP.sub(lambda m: "[" * int(m.group(1)) + "]" * int(m.group(1)), json.dumps(body))
    text = text.replace("http://127.0.0.1:9/", bot.fake.url + "/")
    if kind == "event":
        return bot.slack.post(text, "application/json")
    if kind == "command":  # a form: every value is a string, whatever it was
        form = {k: (v if isinstance(v, str) else json.dumps(v)) for k, v in body.items()}
        form = {k: v.replace("http://127.0.0.1:9/", bot.fake.url + "/") for k, v in form.items()}
        return bot.slack.post(urllib.parse.urlencode(form, errors="surrogatepass"), FORM)
    return bot.slack.post(urllib.parse.urlencode({"payload": text}), FORM)


def paths(value, prefix=()):
    """Every key path in a JSON value."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield prefix + (k,)
            yield from paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield prefix + (i,)
            yield from paths(v, prefix + (i,))


wrong = st.one_of(
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.text(max_size=6),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.integers(40, 5000).map(lambda n: f"__deep_{n}__"),  # nested arrays n deep
    st.sampled_from(["\ud800", "x" * 5000, {"id": 5}, [{}], [[]], {"": {"": {}}}]),
)


@st.composite
def malformed(draw):
    kind, body = copy.deepcopy(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(sorted(paths(body), key=repr)))
        parent = body
        for key in where[:-1]:
            parent = parent[key]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[where[-1]]
        else:
            parent[where[-1]] = copy.deepcopy(draw(wrong))  # never share a container between examples
        if not any(True for _ in paths(body)):
            break
    return kind, body


def test_the_attack_runs_payloads_get_400_naming_the_field(bot):
    before = len(bot.records.records)
    cases = {
        "view.private_metadata": BASES[11][1] | {"view": {**BASES[11][1]["view"], "private_metadata": 5}},
        "event:": BASES[0][1] | {"event": "x"},
        "event.text": BASES[0][1] | {"event": {**BASES[0][1]["event"], "text": 5}},
        "actions:": BASES[6][1] | {"actions": "x"},
        "actions.0": BASES[6][1] | {"actions": [5]},
        "user:": BASES[6][1] | {"user": "U_ASKER"},
        "nested": BASES[0][1] | {"event": {**BASES[0][1]["event"], "blocks": "__deep_100000__"}},
        "recursion": BASES[0][1] | {"event": {**BASES[0][1]["event"], "blocks": "__deep_100__"}},
    }
    for name, body in cases.items():
        kind = "event" if "event" in body and body.get("type") == "event_callback" else "interactive"
        t = time.perf_counter()
        r = post(bot, kind, body)
        ms = (time.perf_counter() - t) * 1000
        assert r.status_code == 400, (name, r.status_code, r.text)
        assert ms < 500, (name, ms)
        if name.endswith(":") or "." in name:
            assert r.text.startswith(name.rstrip(":")), (name, r.text)
    wait_until(
        lambda: any("rejected a request" in r.getMessage() for r in bot.records.records[before:]),
        timeout=5,
        message="the 'rejected a request' warning",
    )
    new = bot.records.records[before:]
    warnings = [r.getMessage() for r in new if r.levelno == logging.WARNING and "rejected a request" in r.getMessage()]
    assert warnings and "view.private_metadata" in warnings[0] and "\n" not in warnings[0]
    assert bot.records.tracebacks() == []


@settings(
    max_examples=int(os.environ.get("PARTNERBOT_SHAPE_EXAMPLES", 250)),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(malformed())
def test_no_malformed_signed_payload_gives_a_5xx_or_a_traceback(bot, case):
    kind, body = case
    before = len(bot.records.records)
    r = post(bot, kind, body)
    STATUSES[r.status_code] = STATUSES.get(r.status_code, 0) + 1
    assert r.status_code < 500, (r.status_code, r.text, body)
    assert bot.records.tracebacks(before) == [], body


def test_jobs_stored_from_the_payloads_above_ran_without_a_traceback(bot):
    """Whatever the payloads above were accepted for (200) ran as jobs: none crashed."""
    bot.idle(timeout=120)
    print(f"\nstatuses of the generated payloads: {dict(sorted(STATUSES.items()))}")
    assert bot.records.tracebacks() == []
