"""Classes of buyer (`index/answer/buyers.py`): whom a rule is for, and which classes a question rules out or sets
aside by naming another."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.buyers import (
    buyers_not_asked,
    excludes_buyers,
    names_class,
    rule_for_buyer_named,
    ruled_out_classes,
    rules_out_buyers,
)

FEDERAL_RULE = "Still do not sell Huawei products to any customer that holds or bids for US federal contracts."
ANY_BUYER = "Do not source, quote, list or resell any Huawei phones in the US, through any channel."


@pytest.mark.parametrize(
    "q",
    [
        "can we sell huawei stuff to a non federal customer",
        "can we sell huawei to a customer with no federal contracts",
        "can we sell huawei to a customer that is not a federal contractor",
        "commercial customer, no gov business at all - ok to quote huawei?",
        "customer is a state contractor, huawei ok?",
        "can we sell huawei to a private company?",
        "private dialysis chain, zero fed grants, wants 60 huawei aps",
    ],
)
def test_a_class_ruled_out_or_set_aside_makes_the_federal_rule_no_answer(q):
    assert rules_out_buyers(q) and excludes_buyers(FEDERAL_RULE, q) and buyers_not_asked(FEDERAL_RULE, q)
    assert not excludes_buyers(ANY_BUYER, q) and not buyers_not_asked(ANY_BUYER, q)


@pytest.mark.parametrize(
    "q",
    [
        "can we sell huawei to a federal contractor",
        "customer bids for federal contracts, can we quote huawei?",
        "can we sell a non-huawei phone with a hisilicon chip",  # "non-" of no class of buyer
        "none of them are new, can we sell them",
        "can we sell huawei to a nonprofit",
    ],
)
def test_a_class_named_or_no_class_at_all_rules_nothing_out(q):
    assert not rules_out_buyers(q) and not excludes_buyers(FEDERAL_RULE, q)


def test_a_rule_for_a_class_the_question_does_not_name_is_not_asked_about():
    assert buyers_not_asked(FEDERAL_RULE, "can we sell huawei")
    assert not buyers_not_asked(FEDERAL_RULE, "can we sell huawei to a customer that bids for federal contracts")
    assert names_class("section 889 bars federal agencies", ruled_out_classes("a non-gov customer"))


_WORDS = st.lists(st.sampled_from("can we sell huawei phones to the a school is ok customer our big deal".split()))


@settings(max_examples=80)
@given(_WORDS)
def test_ruling_out_the_federal_class_in_any_question_excludes_the_federal_rule_only(words):
    q = " ".join(words) + " for a non federal customer"
    assert excludes_buyers(FEDERAL_RULE, q) and buyers_not_asked(FEDERAL_RULE, q)
    assert not excludes_buyers(ANY_BUYER, q)
    assert not excludes_buyers(FEDERAL_RULE, " ".join(words) + " for a federal contractor")


@pytest.mark.parametrize(
    "q",
    [
        "can a private company that sells to the federal government use huawei phones?",  # a federal tie
        "can a corporate customer with dod contracts buy huawei from us?",
        "can we sell huawei to a federal civilian agency?",
        "no public listing of the price, ok?",  # "public" names no buyer here
    ],
)
def test_another_class_with_a_federal_tie_sets_nothing_aside(q):
    assert ruled_out_classes(q) == frozenset()


@pytest.mark.parametrize(
    "q",
    [
        "customer doesn't hold federal contracts, can we sell them huawei switches?",
        "they never bid on federal work, is huawei ok?",
        "what about non-federal customers: can we sell huawei phones to federal contractors",  # a follow-up, as read
    ],
)
def test_a_class_ruled_out_in_so_many_words_stays_ruled_out(q):
    assert excludes_buyers(FEDERAL_RULE, q)


@pytest.mark.parametrize(
    "q",
    ["customer is a state govt contractor, can we quote huawei?", "county government agency wants huawei switches"],
)
def test_another_government_than_the_federal_one_sets_the_federal_rule_aside(q):
    # "govt" in "a state govt contractor" is the state's government, not the federal one
    assert excludes_buyers(FEDERAL_RULE, q)


def test_a_rule_for_buyers_spending_one_kind_of_money_is_not_asked_unless_the_money_is_named():
    from index.answer.buyers import unasked_funds

    erate = "A school cannot use E-Rate money to buy Huawei switches or any other Huawei equipment."
    assert unasked_funds(erate, "can we sell huawei gear to a county school district")
    assert not unasked_funds(erate, "school using e-rate money, can they buy huawei switches?")
    assert not unasked_funds(ANY_BUYER, "can we sell huawei gear to a county school district")
    assert not unasked_funds("E-Rate money pays for internet access.", "can a school buy huawei")  # no rule


def test_a_rule_for_the_buyer_named_is_one_for_that_kind_of_buyer():
    # a federal contractor asked: the rule on customers bidding for federal contracts is written for it
    assert rule_for_buyer_named(FEDERAL_RULE, "fed contractor customer wants huawei switches, ok or not?")
    # a federally funded program is no contractor; a rule for any buyer is no rule for a class
    assert not rule_for_buyer_named(FEDERAL_RULE, "customer in a fed-funded head start program wants 30 huawei tablets")
    assert not rule_for_buyer_named(ANY_BUYER, "fed contractor customer wants huawei switches, ok or not?")
