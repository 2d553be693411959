"""Follow-ups (index/answer/followup.py): which lean on the question before, and what the engine then reads."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.answer.followup import needs_context, read_followup
from index.answer.question import analyse


def parts_of(text: str) -> int:
    return len(analyse(text).parts)


@pytest.mark.parametrize(
    "followup",
    [
        "and verizon?",
        "why?",
        "why not",
        "when was that",
        "how much?",
        "does that apply to laptops too",
        "who decided it",
        "is it still in force",
        "what about canada",
        "same for refurbs?",
        "t-mobile too?",
    ],
)
def test_a_followup_that_leans_on_the_question_before(followup):
    assert needs_context(followup)


@pytest.mark.parametrize(
    "followup",
    [
        "what is the entity list",
        "ok separate q - can we still sell honor phones",
        "when did the fcc ban huawei equipment authorisations",
        "is it legal to resell huawei routers in the us",  # "it" points forward
        "is there a huawei partner programme in the us",
    ],
)
def test_a_followup_that_says_what_it_is_about(followup):
    assert not needs_context(followup)


def test_a_leaning_followup_is_read_after_the_main_question_and_only_it_is_answered():
    r = read_followup("and verizon?", "did at&t sell the mate 10 pro? asking for a customer", 1000, parts_of)
    assert r.text == "did at&t sell the mate 10 pro? and verizon?" and r.context_parts == 1
    assert analyse(r.text).parts[r.context_parts :] and len(analyse(r.text).parts) == 2
    alone = read_followup("what is the entity list", "did at&t sell the mate 10 pro?", 1000, parts_of)
    assert alone.text == "what is the entity list" and alone.context_parts == 0
    assert read_followup("why?", None, 1000, parts_of).text == "why?"
    assert read_followup("why?", "   ", 1000, parts_of).text == "why?"


@given(st.text(max_size=200), st.text(max_size=300))
def test_needs_context_never_raises(followup, context):
    needs_context(followup)
    r = read_followup(followup or "why?", context, 400, parts_of)
    assert r.context_parts >= 0 and r.text.endswith(followup or "why?")


def test_the_engine_answers_only_the_followup(built):
    _, engine = built
    first = "Which retailers sold the Mate 10 Pro?"
    before = engine.ask(first)
    assert before.answered and "Best Buy" in before.answer
    cost = engine.ask("and how much did it cost?", context=first)
    assert cost.answered and "799" in cost.answer and "Best Buy" not in cost.answer
    assert cost.question == "and how much did it cost?" and cost.sentences[0].rank == 1
    assert "799" not in engine.ask("and how much did it cost?").answer  # alone, it does not know what "it" is
    alone = engine.ask("what is the covered list?", context=first)
    assert alone.answer == engine.ask("what is the covered list?").answer  # a new topic: as if asked alone
