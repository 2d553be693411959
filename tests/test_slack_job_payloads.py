"""Typed job payloads (bot/slack/jobs/payloads.py): built on enqueue, parsed on run.

Round trips through the stored JSON for every kind, and any stored value at all either parses
or is one BadPayload line: never a KeyError or TypeError in a worker.
"""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from bot.slack.audience import Asker
from bot.slack.jobs.errors import BadPayload
from bot.slack.jobs.payloads import (
    PAYLOADS,
    Comment,
    ForUser,
    MessageQuestion,
    PanelOpened,
    PrivateQuestion,
    ShareRequest,
    VoteClick,
    parse,
)

text = st.text(max_size=30)
askers = st.builds(Asker, text, text, st.lists(text, max_size=3).map(tuple), st.booleans(), st.booleans())
targets = st.fixed_dictionaries({"mode": st.sampled_from(["ephemeral", "message", "in_channel"]), "channel": text})
BUILDERS = {
    PrivateQuestion: st.builds(PrivateQuestion, text, askers, targets),
    MessageQuestion: st.builds(MessageQuestion, text, askers, text, st.none() | text, text),
    ShareRequest: st.builds(ShareRequest, text, askers, targets),
    VoteClick: st.builds(VoteClick, text, st.sampled_from([1, -1]), askers, targets, st.booleans()),
    Comment: st.builds(Comment, text, text, text),
    PanelOpened: st.builds(PanelOpened, askers, text, st.dictionaries(text, text, max_size=2)),
    ForUser: st.builds(ForUser, askers),
}
jobs = st.sampled_from(sorted(PAYLOADS)).flatmap(lambda kind: st.tuples(st.just(kind), BUILDERS[PAYLOADS[kind]]))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=10,
)


@given(jobs)
def test_every_kind_round_trips_through_the_stored_json(job):
    kind, payload = job
    stored = json.loads(json.dumps(payload.to_json()))
    assert parse(kind, stored) == payload


def test_the_stored_json_is_what_older_workers_wrote():
    """Queues written before the payload types keep running: same field names, same shapes."""
    asker = Asker("C1", "U1", ("T1",))
    old_command = {"question": "q?", "asker": asker.to_json(), "target": {"mode": "ephemeral", "channel": "C1"}}
    old_vote = {
        "answer_id": "a1",
        "vote": -1,
        "asker": asker.to_json(),
        "modal": True,
        "target": {"mode": "ephemeral", "channel": "C1"},
    }
    assert parse("command", old_command).to_json() == old_command
    assert parse("vote", old_vote).to_json() == old_vote
    old_event = {
        "question": "q?",
        "asker": asker.to_json(),
        "ts": "1.2",
        "thread_ts": None,
        "surface": "mention",
        "reply": {"blocks": [], "text": "prepared before a restart"},
    }  # progress saved beside the fields
    assert parse("event", old_event) == MessageQuestion("q?", asker, "1.2", None, "mention")


@given(st.sampled_from(sorted(PAYLOADS) + ["no_such_kind"]), json_values)
def test_any_stored_value_parses_or_is_one_bad_payload_line(kind, stored):
    try:
        parse(kind, stored)
    except BadPayload as exc:
        assert "\n" not in str(exc) and (kind in str(exc))


@given(jobs, st.data())
def test_a_missing_or_mistyped_field_names_the_kind_and_the_field(job, data):
    kind, payload = job
    stored = payload.to_json()
    required = [k for k in stored if k not in ("modal", "thread_ts", "context")]
    key = data.draw(st.sampled_from(required))
    broken = dict(stored)
    if data.draw(st.booleans()):
        del broken[key]
    else:
        broken[key] = data.draw(st.sampled_from([[], 3.5, "x" if not isinstance(stored[key], str) else 7]))
    try:
        parse(kind, broken)
    except BadPayload as exc:
        assert kind in str(exc) and key in str(exc)
    else:
        raise AssertionError(f"{kind}: {key} broken but parsed: {broken}")
