"""A claim put to us to check (index/answer/claims.py): asked as the yes/no question it is."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.claims import claim_asked


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("cust says huawei is banned everywhere in the us, true?", "is huawei banned everywhere in the us?"),
        (
            "customer claims its illegal to even own a huawei phone now. is it",
            "is it illegal to own a huawei phone now?",
        ),
        ("my customer keeps saying we cant sell honor phones. right?", "can we sell honor phones?"),
        ("end customer says huawei phones are banned in the us, that true?", "are huawei phones banned in the us?"),
        ("clients cto says we cant sell huawei watches - thats true?", "can we sell huawei watches?"),
        ("heard from a cust that huawei is banned everywhere, true?", "is huawei banned everywhere?"),
        (
            "client's cio claims huawei routers arent banned for schools, correct?",
            "are huawei routers banned for schools?",
        ),
        (
            "prospect insists that resellers can list huawei watches on ebay - true or not",
            "can resellers list huawei watches on ebay?",
        ),
    ],
)
def test_a_claim_and_its_check_are_asked_as_a_question(message, question):
    assert claim_asked(message) == question


@pytest.mark.parametrize(
    "message",
    [
        # asks more than the check: read as typed
        "cust says huawei chips are as good as nvidia now - what do we say",
        "cust says the 2012 house report told the fcc to stop approving huawei gear. was that in it?",
        "cust says google 'banned' huawei — was it google's choice or the entity list that forced it",
        "my cust says the secure equipment act made best buy drop huawei in 2018. pretty sure the dates dont work?",
        # no verb to put first
        "cust says huawei phones still get google play, true?",
        # a claim of anything but what is allowed: as a yes/no question, a note's "Yes, …" for another question
        "prospect thinks rip and replace still doesnt have enough money, correct?",
        "client's cio claims the tgl isnt in force anymore, correct?",
        # no claim: a customer's wish or case
        "customer wants 40 mate 10 pros, can we sell them",
        "is huawei banned in the us",
    ],
)
def test_anything_else_is_read_as_typed(message):
    assert claim_asked(message) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_any_text_gives_a_question_or_none(text):
    asked = claim_asked(f"cust says {text}")
    assert asked is None or (asked.endswith("?") and "cust" not in asked.split()[:1])


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120), st.sampled_from(["right?", ", correct?", " true?", ""]))
def test_any_own_claim_gives_a_question_or_none(text, check):
    asked = claim_asked(f"{text} {check}")
    assert asked is None or asked.endswith("?")


def test_a_claim_is_answered_by_the_rule_not_a_sentence_repeating_it(built):
    _, engine = built
    banned = engine.ask("cust says huawei is banned everywhere in the us, true?")
    assert banned.answered and "cannot resell" in banned.sentences[0].text, banned.answer
    assert banned.question == "cust says huawei is banned everywhere in the us, true?"
    owning = engine.ask("customer claims its illegal to even own a huawei phone now. is it")
    assert owning.answered and "may keep them" in owning.sentences[0].text, owning.answer
    fine = engine.ask("cust says its fine to quote huawei tablets to a school, correct?")  # leave, not a penalty
    assert fine.answered and "Do not source, quote" in fine.sentences[0].text, fine.answer


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "cust says the entity list thing for huawei started aug 2019, right?",
            "when did the entity list thing for huawei start?",
        ),
        ("cust says the fcc covered list came out march 2021, correct?", "when did the fcc covered list come out?"),
        # the verb's particle stays ("kicked in aug 2020"), the verb put in its base form after "did"
        (
            "customer claims the 889 contractor ban kicked in aug 2020 — correct?",
            "when did the 889 contractor ban kick in?",
        ),
        ("client says huawei sold off honor in 2020, right?", "when did huawei sell off honor?"),
        (
            "cust says the us thinks huawei can make 2 million ascend chips in 2025, true?",
            "how many ascend chips the us thinks huawei can make in 2025?",
        ),
        ("customer says huawei revenue grew 22% in 2024, true?", "how much huawei revenue grew in 2024?"),
        ("client says huawei spends $25 billion a year on chips, right?", "how much huawei spends a year on chips?"),
        (
            "heard from a cust that the bad labs rule passed 3-2, correct?",
            "what was the vote count, the bad labs rule passed?",
        ),
    ],
)
def test_a_claim_of_a_date_or_an_amount_is_asked_as_the_when_or_how_many_it_checks(message, question):
    assert claim_asked(message) == question


@pytest.mark.parametrize(
    ("message", "question"),
    [
        # a claim on what is allowed stays the may-we question, dated or not
        (
            "cust says we can sell huawei phones bought before 2023, right?",
            "can we sell huawei phones bought before 2023?",
        ),
        (
            "cust says huawei is allowed again after the 2025 trade deal, right?",
            "is huawei allowed again after the 2025 trade deal?",
        ),
        # a range is no tally, a threshold in the subject no figure, a deed undone no date to check
        ("cust says huawei phones get 2-3 years of updates, right?", None),
        ("cust says 50% owned affiliates are automatically on the entity list, true?", None),
        ("cust says carriers over 10 million customers cant get rip and replace money, right?", None),
        ("cust says the usf ban only hits carriers over 10 million customers, true?", None),  # a bound, no figure done
        ("cust says trump lifted the huawei ban in 2019, right?", None),
        ("cust says huawei got removed from the entity list in 2025, right?", None),
    ],
)
def test_a_claim_is_asked_by_its_figure_only_after_a_deed_done_or_measured(message, question):
    assert claim_asked(message) == question


@pytest.mark.parametrize(
    ("message", "question"),
    [
        # atk57: "the fcc ban … took effect in 2021 right?" led with "since March 2021 the FCC has listed Huawei…"
        (
            "the fcc ban on new huawei gear took effect in 2021 right?",
            "when did the fcc ban on new huawei gear take effect?",
        ),
        ("the covered list came out in 2020 right?", "when did the covered list come out?"),
        ("the 889 contractor ban started 2019 right?", "when did the 889 contractor ban start?"),
        ("the secure equipment act was signed in 2022 right?", "when was the secure equipment act signed?"),
        ("the bad labs rule passed 3-2 right?", "what was the vote count, the bad labs rule passed?"),
        # (a customer's too: the date's preposition is no particle of "signed")
        ("cust says the ndaa was signed on 13 august 2018, right?", "when was the ndaa signed?"),
        # a question asks whether it happened at all; the asker's own rule is read as typed; a deed undone
        ("did the covered parts ban pass in 2026?", None),
        ("did the bad labs rule take effect in 2024? right?", None),
        ("we can sell mate 70s now right?", None),
        ("huawei got off the entity list in 2024 right?", None),
        # an amount of the asker's own is read as typed (as a "how much" it quoted a penalty on someone else)
        ("the fcc fined huawei $1bn right?", None),
        ("huawei made 100bn last year, correct?", None),
        # a premise with a may-we question behind it, or someone else's claim told, is read as typed
        (
            "since commerce scrapped the affiliates rule for good we can buy from huawei's 50%-owned subs, right?",
            None,
        ),
        ("rep in our channel said google gave huawei android back in 2020 after the tgl ended. true??", None),
        ("cust says huawei got off the entity list in 2024, right?", None),
        # the check, then a remark that asks nothing; any thing's coming out, named however ("cust's deck says so" is
        # no check of its own)
        ("pura x came out in 2024 right? cust's deck says so", "when did pura x come out?"),
        ("mate 60 pro launched in 2022 right? my notes are old", "when did mate 60 pro launch?"),
        # …not a deed that may never have been done, nor a remark that asks more
        ("fcc fined best buy over huawei phones in 2018 right? cust swears it did", None),
        ("pura x came out in 2024 right? whats the real date", None),
        ("harmonyos launched june 2021 right? and does it run android apps", None),
        # (a deed with an object, claimed of any name or with a remark, may never have been done)
        ("tsmc started shipping to huawei again in 2024 right? heard it at a conf", None),
        ("at&t launched the mate 10 pro in jan 2018 right? deck says so", None),
        ("mate 80 pro went on sale in europe in 2025 right? cust saw it in madrid", None),
    ],
)
def test_the_askers_own_claim_of_a_date_or_a_figure_is_asked_as_what_it_checks(message, question):
    assert claim_asked(message) == question


def test_a_claim_of_a_date_or_an_amount_is_answered_by_the_true_one(built):
    # read as typed, the claim found sentences repeating its other words ("…after the May 2019 Entity List decision…",
    # "Huawei's Ascend 910C is being offered…")
    _, engine = built
    listed = engine.ask("cust says the entity list thing for huawei started aug 2019, right?")
    assert listed.answered and "15 May 2019" in listed.sentences[0].text, listed.answer
    chips = engine.ask("cust says the us thinks huawei can make 2 million ascend chips in 2025, true?")
    assert chips.answered and "200,000" in chips.sentences[0].text, chips.answer
    tally = engine.ask("heard from a cust that the bad labs rule passed 3-2, correct?")
    assert tally.answered and "voted 4-0" in tally.sentences[0].text, tally.answer
    # a claim that asks leave as typed stays leave ("…in 2019 so were good right?": the rule now, not a date)
    assert claim_asked("customer says trump lifted the huawei ban in 2019 so were good right?") is None


def test_the_askers_own_claim_with_a_remark_after_its_check_is_answered_by_the_true_date(built):
    # read as typed, "…2024 right? cust's deck says so" quoted a HarmonyOS sentence dated November 2024, the wrong year
    _, engine = built
    ans = engine.ask("pura x came out in 2024 right? cust's deck says so")
    assert ans.answered and "20 March 2025" in ans.sentences[0].text, ans.answer
