"""Whether two named things are one (index/answer/sameness.py): asked as what each one is."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.sameness import asked_apart, sides_compared


@pytest.mark.parametrize(
    ("message", "sides"),
    [
        ("is section 889 the same thing as the fcc ban or totally separate laws", ("section 889", "the fcc ban")),
        ("and is the covered list the same thing as the entity list?", ("the covered list", "the entity list")),
        ("harmonyos 6 vs harmonyos next — same thing renamed or separate?", ("harmonyos 6", "harmonyos next")),
        # two laws asked apart, not a sentence holding both names
        (
            "secure networks act (2019) vs secure equipment act — two diff laws? cust's deck mixes them up",
            ("secure networks act (2019)", "secure equipment act"),
        ),
        ("entity list vs covered list, different lists?", ("entity list", "covered list")),
        ("bad labs vs clean carts — separate programs?", ("bad labs", "clean carts")),
        ("entity list vs covered list two diff lists?", ("entity list", "covered list")),
        (
            '"covered equipment" at the fcc vs "items" on the entity list — same idea or totally different things',
            ("covered equipment at the fcc", "items on the entity list"),
        ),
        (
            "oct 2022 chip rules — same thing as the huawei fdpr stuff or a separate track",
            ("oct 2022 chip rules", "the huawei fdpr stuff"),
        ),
    ],
)
def test_two_things_set_side_by_side(message, sides):
    assert sides_compared(message) == sides


@pytest.mark.parametrize(
    "message",
    [
        "is a huawei 5g mobile wifi hotspot treated the same as a phone under the fcc auth ban",  # how it is treated
        "is it the same as the mainland",
        "is it the same as the covered list",  # a pronoun: the thread's thing
        "mate 70 - same chip as the mate 60?",  # a part of each, not what each is
        "zte covered list status same as huawei?",
        "what is the covered list",
        "mate 60 vs mate 70 — different phones?",  # (no kind of rule or list: how they differ is asked)
        "entity list vs covered list — which one stops us selling phones",
        "fdpr may 2020 vs aug 2020 - two diff rules?",  # a date is no thing of its own: two versions of one rule
    ],
)
def test_anything_else_is_read_as_typed(message):
    assert sides_compared(message) is None


def test_companies_set_side_by_side_ask_how_one_is_treated():
    # "is zte the same as huawei" asks whether the same rules hold, not what each company is
    assert sides_compared("is zte the same as huawei", frozenset({"zte", "huawei"})) is None
    assert sides_compared("is zte the same as huawei") == ("zte", "huawei")  # unless named as companies


def test_the_question_asks_what_each_one_is():
    assert asked_apart("is section 889 the same thing as the fcc ban?") == "what is section 889? what is the fcc ban?"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_two_sides_or_none(text):
    sides = sides_compared(text)
    assert sides is None or (len(sides) == 2 and all(side.strip() for side in sides))


def test_each_side_is_told_by_its_own_defining_sentence(built):
    # read as typed, "is section 889 the same thing as the fcc ban" quoted only the contractor ban's reach
    _, engine = built
    ans = engine.ask("is the fcc equipment auth ban the same thing as the covered list or 2 separate things")
    assert ans.answered and "equipment authorisation" in ans.sentences[0].text, ans.answer
    assert any("Covered List" in s.text for s in ans.sentences), ans.answer
    os_ = engine.ask("harmonyos 6 vs harmonyos next — same thing renamed or separate? naming is a mess")
    assert os_.answered and "HarmonyOS 6" in os_.sentences[0].text, os_.answer
    assert any("HarmonyOS Next" in s.text for s in os_.sentences[1:]), os_.answer
