"""The learned answer gate (index/answer/gate.py): its stored weights, what it declines on the real index of
the shipped corpus, and that it only ever turns an answer into a decline."""

import json
import math
import re

import pytest

from index.answer.gate import FEATURES, WEIGHTS_FILE, Gate
from index.engine import Engine
from index.errors import PartnerbotError


def _without_gate(config):
    return config.model_copy(update={"answer": config.answer.model_copy(update={"gate": False})})


def test_the_shipped_weights_load_and_fit_their_features():
    gate = Gate.load()
    assert set(gate.features) <= set(FEATURES) and 0.0 < gate.threshold < 1.0
    stored = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    # what training measured on the held half, which it never saw: more near-topic replies declined than right ones
    held = stored["report"]["held"]
    assert held["unanswerable_declined"] > 3 * held["correct_lost"]


def test_probability_rises_with_how_close_the_quote_is():
    gate = Gate.load()
    base = dict.fromkeys(FEATURES, 0.0) | {"cov_passage": 0.6, "cov_documents": 0.8, "terms": 5.0}
    weak = gate.probability(base | {"cos_first": 0.2, "cos_best": 0.2}, "when")
    strong = gate.probability(base | {"cos_first": 0.8, "cos_best": 0.8}, "when")
    assert 0.0 < weak < strong < 1.0 and not math.isnan(weak)


@pytest.mark.parametrize(
    "text, says",
    [
        ("{not json", "JSONDecodeError"),
        (
            '{"features": ["cos_first"], "kinds": [], "mean": [0, 1], "scale": [1], "coef": [1], '
            '"intercept": 0, "threshold": 0.2}',
            "do not fit",
        ),
        (
            '{"features": ["no_such_signal"], "kinds": [], "mean": [0], "scale": [1], "coef": [1], '
            '"intercept": 0, "threshold": 0.2}',
            "do not fit",
        ),
        ('{"features": ["cos_first"]}', "KeyError: 'kinds'"),
        (
            '{"features": ["cos_first"], "kinds": [], "mean": [0], "scale": [0], "coef": [1], '
            '"intercept": 0, "threshold": 0.2}',
            "or are not finite",
        ),
        (
            '{"features": ["cos_first"], "kinds": [], "mean": [0], "scale": [1], "coef": [NaN], '
            '"intercept": 0, "threshold": 0.2}',
            "or are not finite",
        ),
        (
            '{"features": ["cos_first"], "kinds": [], "mean": [0], "scale": [1], "coef": [1], '
            '"intercept": 0, "threshold": 1.5}',
            "or are not finite",
        ),
    ],
)
def test_damaged_weights_are_one_line_naming_the_file_and_the_fix(tmp_path, text, says):
    path = tmp_path / "gate_weights.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PartnerbotError) as err:
        Gate.load(path)
    msg = str(err.value)
    assert "\n" not in msg and str(path) in msg and says in msg
    assert "train_gate.py" in msg and "answer.gate: false" in msg


@pytest.mark.parametrize(
    "q",
    [
        # details of covered topics that the corpus does not hold: the closest sentence is about the topic only
        # (each well below the threshold, so a re-trained gate that still works keeps declining them)
        # ("how many us patents did huawei get…" counts patents since round 34, and says "does not say the number")
        "huawei's number of us patents granted last year? cust says top 10",
        "pura x ip rating? customer's staff are clumsy lol",
        "huawei cash on hand + debt at end of 2024? customer's credit team wants to know if theyre solid",
        "when a customer asks for a huawei quote and we say no, do i still log the opp in crm?",
    ],
)
def test_a_near_topic_sentence_for_a_detail_the_corpus_lacks_is_declined(built, q):
    config, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "weak_match", ans.answer
    assert ans.citations == []  # a decline cites nothing
    assert engine.ask(q, decline=False).citations  # evaluation still sees what was found
    ungated = Engine(_without_gate(config), engine.embedder).ask(q)
    assert ungated.answered  # it was the gate that declined it
    assert ungated.gate_probability is None


@pytest.mark.parametrize(
    "q, says",
    [
        ("what did the 2012 house intelligence report say about huawei and zte?", r"2012"),
        ("how much was the mate 10 pro in the us?", r"\$799"),
        ("who signed the secure equipment act?", r"Biden"),
        ("what is the covered list?", r"Covered List"),
        ("when did huawei go on the entity list?", r"May 2019"),
    ],
)
def test_answers_the_corpus_holds_pass_the_gate(built, q, says):
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and re.search(says, ans.answer), ans.answer
    assert ans.gate_probability is not None and ans.gate_probability >= Gate.load().threshold


def test_the_gate_sees_whether_the_first_quote_holds_the_questions_rarest_word_and_how_many_are_quoted(built):
    _, engine = built
    held = engine.ask("who signed the secure equipment act?").gate_inputs  # "sign" is the rarest: "Biden signed…"
    assert held["rarest_in_first"] == 1.0 and held["quoted"] >= 1.0, held
    # "emui" is the rarest word asked; the sentence quoted first is about something else that was dropped
    lacking = engine.ask("why did huawei drop the emui name", decline=False).gate_inputs
    assert lacking is not None and lacking["rarest_in_first"] == 0.0, lacking


@pytest.mark.parametrize(
    "q",
    [
        "school district in ohio wants 15 huawei access points and plans to pay w/ E-Rate, allowed?",
        "can we sell huawei routers to a private hospital?",
    ],
)
def test_a_may_we_question_is_not_judged(built, q):
    # the rule that governs it answers a may-we question; the gate judges details, not rulings
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and ans.gate_probability is None, ans.answer


def test_weights_named_in_config_are_used_and_a_damaged_file_stops_the_command_line(tmp_path, shared_cache):
    import os
    import subprocess
    import sys

    from .conftest import make_workspace

    (tmp_path / "gate.json").write_text('{"features": ["cos_first"], "kinds": []}', encoding="utf-8")
    config = make_workspace(tmp_path, shared_cache, answer={"gate_weights": "gate.json"})
    assert config.answer.gate_weights == tmp_path / "gate.json"  # relative to the config file
    cfg = tmp_path / "config.yaml"
    r = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(cfg), "ask", "what is the covered list?"],
        capture_output=True,
        text=True,
        env=dict(os.environ, CI="1"),
        timeout=300,
    )
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    said = r.stderr.strip().splitlines()[-1]  # after the first build's notice: the problem, on one line
    assert said.startswith("partnerbot: ") and str(tmp_path / "gate.json") in said and "KeyError" in said


def test_the_rule_of_the_note_that_replaced_the_guidance_asked_about_is_not_judged(built):
    # the margin guidance was replaced by a note that says not to sell at all: that rule is the answer, a ruling
    # like a may-we question's, not a near-topic sentence
    _, engine = built
    asked = ["what is our target margin on huawei handsets?", "whats the pricing guidance for quoting huawei wearables"]
    for q in asked:
        ans = engine.ask(q)
        assert ans.answered and ans.gate_probability is None and ans.gate_inputs is None, ans.answer
