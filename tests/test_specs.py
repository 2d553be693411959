"""A product's features asked by name (`index/answer/specs.py`), and on the real index of the shipped corpus, that a
spec list naming other features is no answer to "does it have nfc?"."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.specs import features_asked, features_not_given

SPECS = "The Mate 10 Pro has a 6-inch OLED screen, 6GB of memory, 128GB of storage and dual rear cameras."


@pytest.mark.parametrize(
    "q, asked",
    [
        ("does the mate 10 pro have nfc?", ["NFC support"]),
        ("pura x battery mah and charging wattage?", ["battery", "charging speed"]),
        ("did the us mate 10 pro have dual sim + a headphone jack?", ["SIM options", "headphone jack"]),
        ("mate 10 pro weight and screen size?", ["weight", "screen size"]),
        ("mate 10 pro us version — microsd slot or is 128gb all u get", ["memory card slot"]),
        ("mate 80 pro water rating?", ["water rating"]),
        # a part that broke, or a word deep in a long clause, asks for no feature
        ("unlocked mate we resold has a dead battery at 13 months, still under warranty?", []),
        ("the customer who bought forty of the phones last spring says the battery drains", []),
        ("can we resell huawei phones", []),
    ],
)
def test_a_feature_counts_as_asked_when_named_near_the_start_of_its_clause(q, asked):
    assert features_asked(q) == asked


def test_a_feature_is_given_only_by_a_sentence_that_states_it():
    assert features_not_given("mate 10 pro weight and screen size?", [SPECS]) == ["weight"]
    assert features_not_given("does the mate 10 pro have nfc?", [SPECS]) == ["NFC support"]
    assert features_not_given("does the mate 10 pro have nfc?", ["It supports NFC payments."]) == []
    assert features_not_given("mate 10 pro battery?", ["A 4,000mAh cell."]) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_every_feature_not_given_was_asked(q):
    missing = features_not_given(q, [SPECS])
    assert set(missing) <= set(features_asked(q))
    assert features_not_given(q, []) == features_asked(q)


def test_a_feature_the_corpus_never_states_is_declined_and_one_it_states_is_answered(built):
    _, engine = built
    for q, feature in (("does the mate 10 pro have nfc?", "NFC"), ("pura x battery mah?", "battery")):
        ans = engine.ask(q)
        assert not ans.answered and feature in ans.answer, ans.answer
    both = engine.ask("mate 10 pro weight and screen size?")  # the screen is stated, the weight is not: both said
    assert both.answered and "6-inch" in both.answer and "does not give the weight" in both.answer, both.answer
    screen = engine.ask("mate 10 pro screen size")
    assert screen.answered and "6-inch" in screen.answer and "does not give" not in screen.answer, screen.answer
    # a weight of no product is no spec: left to the scorer
    assert "does not give the weight" not in engine.ask("what is the average weight of a huawei annual report").answer
