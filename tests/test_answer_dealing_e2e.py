"""Leave to deal in a product, on the real index of the shipped corpus: whose product it is (the subject's or another
maker's), which rule leads (one on selling it, naming its kind), availability asked in the present tense, an address
line before the question, and "since when?" after a rule."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.answer.address import without_address
from index.answer.categories import others_products, product_kinds
from index.answer.question import asks_availability, has_answer_type


@pytest.mark.parametrize(
    "q, available",
    [
        ("is the huawei watch fit 3 sold in the us right now?", True),
        ("huawei earbuds - any us availability for a retail chain?", True),
        ("are huawei tablets available in the states", True),
        ("was the mate 10 pro sold in the us at launch?", False),  # a past fact, not leave
        ("did best buy ever have huawei phones for sale in the us", False),
        ("what did the mate 10 pro cost", False),
        ("does the fcc ban mean huawei gear cant be sold in the us anymore?", False),  # what a rule means
    ],
)
def test_availability_in_the_present_tense_asks_leave(q, available):
    assert asks_availability(q) is available


def test_fibre_access_gear_is_network_equipment_and_a_word_like_onus_is_not():
    assert product_kinds("our isp client wants huawei olts and onts") == {"network"}
    assert product_kinds("a gpon build with optical network terminals") == {"network"}
    assert product_kinds("the onus is on the customer") == frozenset()


def test_another_makers_products_are_told_from_the_subjects():
    subjects, makers = frozenset({"huawei"}), frozenset({"zte", "honor"})
    assert others_products("can we still sell zte routers", makers, subjects) == {"network": {"zte"}}
    assert others_products("customer wants huawei and zte routers", makers, subjects) == {}  # the subject's too
    assert others_products("can we sell huawei phones", makers, subjects) == {}
    assert others_products("honor handsets or zte phones for a retail chain?", makers, subjects) == {
        "phone": {"honor", "zte"}
    }


@pytest.mark.parametrize(
    "q",
    [
        "is the huawei watch fit 3 sold in the us right now? a gym chain wants 20",
        "our isp client is doing a rural fibre build and needs huawei olts, allowed??",
    ],
)
def test_a_product_of_a_kind_the_rules_name_gets_the_rule_naming_that_kind(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered, ans.answer
    lead = ans.sentences[0].text
    assert product_kinds(lead) & product_kinds(q) and re.search(r"\b(?:do not|cannot)\b", lead, re.I), lead


def test_a_customers_request_gets_the_rule_on_selling_not_one_on_servicing(built):
    _, engine = built
    ans = engine.ask("client needs 15 huawei phones for the sales floor, ok?")
    assert ans.answered, ans.answer
    lead = ans.sentences[0].text
    assert re.search(r"\b(?:sell|resell)\b", lead) and "enrol" not in lead, lead


@pytest.mark.parametrize("q", ["can partners resell zte handsets?", "is it ok to resell zte phones"])
def test_leave_for_another_makers_products_is_answered_by_a_rule_naming_that_maker(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered, ans.answer
    assert "ZTE" in ans.sentences[0].text and "cannot resell Huawei phones" not in ans.answer, ans.answer


def test_and_another_maker_in_a_thread_is_the_same_question_of_that_maker(built):
    _, engine = built
    ans = engine.ask("what about zte?", context="can we resell huawei handsets?")
    assert ans.answered and "ZTE" in ans.sentences[0].text, ans.answer


@pytest.mark.parametrize(
    "address",
    ["maria / initrode — ", "tom @ vandelay: ", "re: umbrella rfp - ", "for jen at hooli: "],
)
def test_an_address_line_before_the_question_is_not_part_of_it(built, address):
    _, engine = built
    plain = engine.ask("can we resell huawei phones?")
    ans = engine.ask(f"{address}can we resell huawei phones?")
    assert ans.answered and ans.sentences[0].text == plain.sentences[0].text, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "xiaomi / oppo — can we resell them?",  # the question points back at them: they are what is asked
        "mate 60 / pura 70 — can we resell huawei phones?",  # models are no address
        "huawei / zte — same rules?",  # words the corpus uses
        "can we resell huawei phones - yes or no",
    ],
)
def test_names_the_question_is_about_are_no_address(built, q):
    _, engine = built
    assert without_address(q, engine.snapshot()) == q


@given(st.text(max_size=120))
def test_an_address_is_only_ever_cut_from_the_front(built, text):
    _, engine = built
    out = without_address(text, engine.snapshot())
    assert out == text or (text.endswith(out) and len(out) < len(text))


def test_since_when_asks_the_date_a_rule_applies_from_not_the_date_of_a_note():
    asked = "since when: can we resell huawei phones"
    assert not has_answer_type("when", "As of 1 December 2026 partners still cannot resell Huawei phones.", asked)
    assert has_answer_type("when", "That ban has applied since 6 February 2023.", asked)


def test_since_when_after_a_rule_gives_a_date_it_applies_from(built):
    _, engine = built
    ans = engine.ask("since when?", context="can we resell huawei phones")
    assert ans.answered, ans.answer
    assert re.search(r"\b(?:since|took effect|applied from)\b[^.]*\b20\d\d\b", ans.answer), ans.answer
