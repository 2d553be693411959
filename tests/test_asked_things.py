"""The thing a question asks for by name: found in the question, looked up in the corpus's words, and declined with
its name when the corpus never uses it (on the real index of the shipped corpus for the end-to-end cases)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.answer.asked_things import asked_things, unknown_things


@pytest.mark.parametrize(
    "question, things",
    [
        ("is there an sla for compliance tickets", ["sla"]),
        ("whats the imei prefix for grey-import huawei phones?", ["imei prefix"]),
        ("how many us patents did huawei get", ["us patents"]),
        ("any sales numbers on the pura x?", ["sales numbers"]),
        ("does huawei have a moody's rating on its debt", ["moody's rating"]),
        ("is there a public search somewhere", ["public search"]),  # "somewhere" names no thing
        ("do we have to pull them", []),  # a duty, not a thing we have
        ("can we sell huawei phones", []),
        ("latest huawei phone that still has a headphone jack?", ["headphone jack"]),
        ("can we get mdf from samsung for moving customers", ["mdf"]),
    ],
)
def test_the_thing_asked_for_is_the_object_of_the_question(question, things):
    assert asked_things(question) == things


def _corpus(*stems):
    return lambda stem: stem in stems


def test_a_thing_is_unknown_only_when_its_head_noun_is_no_corpus_word():
    assert unknown_things(["is there an sla for tickets"], _corpus("ticket")) == ["sla"]
    assert unknown_things(["is there an sla for tickets"], _corpus("sla")) == []
    # words naming the kind of answer, units of time and pronouns are left to other checks
    assert unknown_things(["whats the status of the licence"], _corpus()) == []
    assert unknown_things(["how many yrs has it been"], _corpus()) == []
    # a plural of a corpus word ("kgs" for "kg")
    assert unknown_things(["how many kgs did it weigh"], _corpus("kg")) == []
    # a word cut short of a corpus word ("auth" for "authorisation")
    assert unknown_things(["can we still get equipment auth"], lambda s: s == "auth*") == []


def test_a_part_that_asks_about_something_known_keeps_the_question_answerable():
    parts = ["tsmc probe — was the chip made for sophgo", "how many dies are we talking"]
    assert unknown_things(parts, _corpus("sophgo", "chip")) == []
    # a remark is no part that asks: "want to check a batch" does not save "whats the imei prefix"
    remark = ["whats the imei prefix for grey-import phones", "want to check a batch a customer sent"]
    assert unknown_things(remark, _corpus("phone", "batch")) == ["imei prefix"]


@given(st.text(max_size=200))
def test_any_text_gives_things_that_are_words_of_it(text):
    for thing in asked_things(text):
        assert thing and thing in text.lower()


def test_a_question_about_a_thing_the_corpus_never_names_is_declined_naming_it(built):
    _, engine = built
    ans = engine.ask("is there a spiff for us on rip and replace projects w/ rural carriers or nah")
    assert not ans.answered and ans.answer == "Nothing in the partner corpus covers spiff.", ans.answer
    kept = engine.ask("whats the status of the temporary general license now")  # "license": the corpus's "licence"
    assert kept.answered, kept.answer
    # a place the corpus does not cover is the more useful thing to say
    abroad = engine.ask("does huawei cloud have a region in mexico we could point customers to")
    assert not abroad.answered and "Mexico" in abroad.answer, abroad.answer
