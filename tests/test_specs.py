"""A product's features asked by name (`index/answer/specs.py`), and on the real index of the shipped corpus, that a
spec list naming other features is no answer to "does it have nfc?"."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.specs import _FEATURES, features_asked, features_joined, features_not_given, without_features

SPECS = "The Mate 10 Pro has a 6-inch OLED screen, 6GB of memory, 128GB of storage and dual rear cameras."


@pytest.mark.parametrize(
    "q, asked",
    [
        ("does the mate 10 pro have nfc?", ["NFC support"]),
        ("pura x battery mah and charging wattage?", ["battery capacity", "charging speed"]),
        ("did the us mate 10 pro have dual sim + a headphone jack?", ["SIM options", "headphone jack"]),
        ("mate 10 pro weight and screen size?", ["weight", "screen size"]),
        ("mate 10 pro us version — microsd slot or is 128gb all u get", ["memory card slot"]),
        ("mate 80 pro water rating?", ["water rating"]),
        ("mate 80 pro colors? exec wants something that isnt black", ["colours"]),
        # a part at fault, a weight of something else, or a word deep in a long clause asks for no feature
        ("unlocked mate we resold has a dead battery at 13 months, still under warranty?", []),
        ("customer's huawei phone battery is swelling, what do we do", []),
        ("does the rma process cover battery issues on huawei tablets", []),
        ("how heavy are the penalties for selling huawei phones", []),
        ("the customer who bought forty of the phones last spring says the battery drains", []),
        ("can we resell huawei phones", []),
    ],
)
def test_a_feature_counts_as_asked_when_named_near_the_start_of_its_clause(q, asked):
    assert features_asked(q) == asked


@pytest.mark.parametrize(
    "sentence",
    [
        "The Mate 60 Pro reaches download speeds above those of top 5G phones.",  # no weight: "5G"
        "Phones of similar design were sold simultaneously.",  # no SIM
        "Prosecutors charged Huawei with fraud.",  # no charging speed
        "It runs a 2.6GHz processor.",  # no refresh rate
        "The claim would not hold water.",  # no water rating
    ],
)
def test_a_word_that_only_looks_like_a_feature_states_none(sentence):
    q = "mate 60 pro weight, dual sim, charging speed, refresh rate and water rating?"
    assert features_not_given(q, [sentence]) == features_asked(q) and len(features_asked(q)) == 5


def test_a_feature_is_given_only_by_a_sentence_that_states_it():
    assert features_not_given("mate 10 pro weight and screen size?", [SPECS]) == ["weight"]
    assert features_not_given("does the mate 10 pro have nfc?", [SPECS]) == ["NFC support"]
    assert features_not_given("does the mate 10 pro have nfc?", ["It supports NFC payments."]) == []
    assert features_not_given("mate 10 pro battery?", ["A 4,000mAh battery."]) == []
    assert features_not_given("mate 10 pro weight?", ["It weighs 178 grams."]) == []


def test_what_a_question_joins_to_a_feature_is_asked_besides_it():
    assert features_joined("matebook fold weight and keyboard?") == ["keyboard"]
    assert features_joined("mate 60 pro weight and 5g speeds?") == ["5g speeds"]
    assert features_joined("pura x battery mah and charging wattage?") == []  # a feature joined to a feature
    assert "price" in without_features("mate 10 pro price and weight") and "weight" not in without_features(
        "mate 10 pro price and weight"
    )


# how a partner types each feature of the table (every feature has one)
TYPED = {
    "battery capacity": "battery life",
    "charging speed": "fast charging",
    "weight": "weight",
    "NFC support": "nfc",
    "memory card slot": "microsd slot",
    "water rating": "ip68",
    "headphone jack": "headphone jack",
    "SIM options": "dual sim",
    "refresh rate": "refresh rate",
    "camera resolution": "megapixels",
    "screen size": "screen size",
    "dimensions": "dimensions",
    "memory (RAM)": "ram",
    "colours": "colours",
    "storage": "storage options",
    "5G support": "5g support",
}


def test_every_feature_has_a_typed_example():
    assert set(TYPED) == {name for name, _, _ in _FEATURES}


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(TYPED)),
    st.sampled_from(["mate 10 pro", "pura x", "huawei watch 5"]),
    st.sampled_from(["dead", "broken", "faulty"]),
)
def test_each_feature_asked_of_a_product_is_found_and_a_fault_is_not(name, product, fault):
    typed = TYPED[name]
    assert features_asked(f"{product} {typed}?") == [name]
    assert features_asked(f"what's the {typed} on the {product}") == [name]
    assert features_asked(f"{product} has a {fault} {typed}, warranty?") == []
    assert features_asked(f"the {product} {typed} is {fault}, who fixes it") == []


def test_a_feature_the_corpus_never_states_is_declined_and_one_it_states_is_answered(built):
    _, engine = built
    for q, feature in (("does the mate 10 pro have nfc?", "NFC"), ("pura x battery mah?", "battery")):
        ans = engine.ask(q)
        assert not ans.answered and feature in ans.answer, ans.answer
    both = engine.ask("mate 10 pro weight and screen size?")  # the screen is stated, the weight is not: both said
    assert both.answered and "6-inch" in both.answer and "does not give its weight" in both.answer, both.answer
    price = engine.ask("mate 10 pro price and weight")  # a price asked besides the weight is still answered
    assert price.answered and "$799" in price.answer and "does not give its weight" in price.answer, price.answer
    colours = engine.ask("what colours does the pura x come in")  # no colour is named anywhere in the corpus
    assert not colours.answered and "colours" in colours.answer, colours.answer
    screen = engine.ask("mate 10 pro screen size")
    assert screen.answered and "6-inch" in screen.answer and "does not give" not in screen.answer, screen.answer
    # a repair is a support question, answered by its route, not declined as a missing battery spec
    swollen = engine.ask("whats the battery warranty on huawei phones")
    assert swollen.answered and "warranty" in swollen.answer, swollen.answer


def test_a_device_supporting_a_network_is_a_feature_and_5g_as_a_topic_is_none(built):
    assert features_asked("does the pura 80 ultra support 5g") == ["5G support"]
    assert features_asked("does the pura 80 have 5g") == ["5G support"]
    assert features_asked("can we sell huawei 5g gear") == [] and features_asked("mate 60 pro - is that 5g?") == []
    _, engine = built
    ans = engine.ask("does the pura 80 ultra support 5g")  # the launch sentence names the model, not its network
    assert not ans.answered and "5G" in ans.answer, ans.answer
