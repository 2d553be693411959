"""Kinds of product (index/answer/categories.py): a sentence on phones is not about routers."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.answer.categories import asked_kinds, other_kind, product_kinds


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("can we resell huawei routers?", {"network"}),
        ("customer wants 40 huawei wifi aps and two switches", {"network"}),
        ("separate q - can we resell matebooks to a k12 district", {"laptop"}),
        (
            "Huawei phones, tablets, laptops, watches or network equipment",
            {"phone", "tablet", "laptop", "wearable", "network"},
        ),
        ("video surveillance and telecom equipment made by Hikvision", {"camera", "network"}),
        ("the Mate 10 Pro price", set()),  # a model names no kind: the model-number check judges it
    ],
)
def test_kinds_a_text_names(text, kinds):
    assert product_kinds(text) == kinds


def test_a_question_about_products_at_large_asks_about_no_one_kind():
    assert asked_kinds("is best buy still selling huawei stuff? saw a matebook there") == frozenset()
    assert asked_kinds("can we resell huawei routers") == {"network"}


@pytest.mark.parametrize(
    "sentence, other",
    [
        ("No, partners still cannot resell Huawei phones in the United States.", True),
        ("Do not resell any Huawei phones, tablets, laptops, watches or network equipment.", False),
        ("A school cannot buy Huawei switches or any other Huawei equipment.", False),
        ("Covered List devices such as Huawei phones may not be listed.", False),  # every kind of covered device
        ("Offer a trade-in towards an Apple or Samsung device instead of a phone repair.", True),  # not Huawei's
        ("The FCC said the ban stays in force.", False),  # names no kind at all
    ],
)
def test_a_sentence_only_on_other_kinds_is_about_something_else(sentence, other):
    assert other_kind(frozenset({"network"}), sentence) is other


@given(st.text(max_size=200))
def test_no_kind_asked_never_counts_against_a_sentence(sentence):
    assert other_kind(frozenset(), sentence) is False


@given(
    st.sampled_from(["routers", "laptops", "tablets", "phones", "watches", "servers", "cameras"]), st.text(max_size=80)
)
def test_a_sentence_naming_the_kind_asked_is_never_about_another(word, filler):
    kinds = asked_kinds(f"can we resell huawei {word}")
    assert kinds
    assert other_kind(kinds, f"{filler} Do not resell Huawei {word}.") is False
