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
        ("video surveillance and telecom equipment made by Hikvision", {"camera", "network", "phone"}),
        ("a huawei pc and two mifi units", {"laptop", "network"}),
        ("huawei watch gt 4 and a huawei switch", {"wearable", "network"}),
        ("funeral home wants huawei cams for the parking lots", {"camera"}),  # chat's short word
        ("our webcam policy for cambridge", set()),
        # verbs and general nouns name no product
        ("do we have to switch suppliers? watch out for the covered list", set()),
        ("does huawei do surveillance for china", set()),
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
        ("Products from Huawei, including phones, may not be sold.", False),
        ("Do not resell any equipment made by Huawei, such as phones.", False),
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


def test_the_corpus_subjects_tell_its_makers_products_from_another_makers():
    # "offer Apple or Samsung devices": another maker's; "any other Huawei equipment": the subject's
    subjects = frozenset({"huawei"})
    other = "Customers may keep Huawei phones, and offer Apple or Samsung devices as replacements."
    assert not other_kind(frozenset({"network"}), other)  # without the subjects, any maker's devices count
    assert other_kind(frozenset({"network"}), other, subjects)
    assert not other_kind(
        frozenset({"tablet"}), "A school cannot buy Huawei switches or any other Huawei equipment.", subjects
    )
    assert not other_kind(
        frozenset({"tablet"}), "Covered List devices such as Huawei smart watches were taken down.", subjects
    )
