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
        # the kind of thing asked for, opening the question
        ("what eccn are huawei phones", ["eccn"]),
        ("which hts code do we use for the mate 80", ["hts code"]),
        ("what else is new", ["else"]),  # (an English word alone is never unknown: see below)
    ],
)
def test_the_thing_asked_for_is_the_object_of_the_question(question, things):
    assert asked_things(question) == things


def _corpus(*stems):
    return lambda stem: stem in stems


def _english(*words):
    return lambda word: word in words


def test_a_thing_is_unknown_only_when_none_of_its_words_is_a_corpus_word():
    assert unknown_things(["is there an sla for tickets"], _corpus("ticket"), _english()) == ["sla"]
    assert unknown_things(["is there an sla for tickets"], _corpus("sla"), _english()) == []
    # one ordinary English word may be put otherwise in the corpus ("threshold": "50 percent or more")
    assert unknown_things(["is there a threshold for the rule"], _corpus("rule"), _english("threshold")) == []
    # a thing of several words is unknown only when every word is ("escalation path": the corpus escalates)
    assert unknown_things(["is there an escalation path for returns"], _corpus("escal"), _english()) == []
    assert unknown_things(["whats the imei prefix for phones"], _corpus("phone"), _english("prefix")) == ["imei prefix"]
    # words naming the kind of answer, units of time, pronouns and phrases after a preposition are no things
    assert unknown_things(["whats the status of the licence"], _corpus(), _english()) == []
    assert unknown_things(["how many yrs has it been"], _corpus(), _english()) == []
    assert unknown_things(["can we get in trouble for it"], _corpus(), _english()) == []
    # a plural of a corpus word ("kgs" for "kg"), and a word cut short of one ("auth" for "authorisation")
    assert unknown_things(["how many kgs did it weigh"], _corpus("kg"), _english()) == []
    assert unknown_things(["can we still get equipment auth"], lambda s: s in ("equip", "auth*"), _english()) == []


def test_an_attribute_asked_of_a_name_is_missing_when_the_corpus_never_uses_its_word():
    # "meng wanzhou" is a corpus name and her sentences match it; "salary", an ordinary word, is in none of them
    assert unknown_things(["whats meng wanzhou's salary"], _corpus("meng", "wanzhou"), _english("salary")) == ["salary"]
    assert unknown_things(["whats huawei's revenue"], _corpus("huawei", "revenu"), _english("revenue")) == []
    # a pronoun's "'s" is "is": "everyone's hyping" asks nothing of anyone
    assert asked_things("whats the telephoto thing everyone's hyping") == []


def test_a_part_that_asks_about_something_known_keeps_the_question_answerable():
    parts = ["tsmc probe — was the chip made for sophgo", "how many dies are we talking"]
    assert unknown_things(parts, _corpus("sophgo", "chip"), _english()) == []
    # a remark is no part that asks: "want to check a batch" does not save "whats the imei prefix"
    remark = ["whats the imei prefix for grey-import phones", "want to check a batch a customer sent"]
    assert unknown_things(remark, _corpus("phone", "batch"), _english()) == ["imei prefix"]


def test_curly_apostrophes_read_as_typed_on_a_keyboard():
    assert asked_things("what\u2019s the imei prefix for grey-import phones?") == ["imei prefix"]


@given(st.text(max_size=200))
def test_any_text_gives_things_that_are_words_of_it(text):
    folded = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    for thing in asked_things(text):
        assert thing and thing in folded and not thing.startswith(" ")


def test_a_question_about_a_thing_the_corpus_never_names_is_declined_naming_it(built):
    _, engine = built
    ans = engine.ask("whats the imei prefix for grey-import huawei phones? want to check a batch a customer sent")
    assert not ans.answered and ans.answer == "Nothing in the partner corpus covers imei prefix.", ans.answer
    # a place the corpus does not cover is the more useful thing to say
    salary = engine.ask("whats meng wanzhou's salary")  # not "Meng Wanzhou said the results matched forecasts"
    assert not salary.answered and "salary" in salary.answer, salary.answer
    eccn = engine.ask("what eccn are huawei phones")  # not "In January 2018 none of the four carriers sold…"
    assert not eccn.answered and eccn.answer == "Nothing in the partner corpus covers eccn.", eccn.answer
    abroad = engine.ask("does huawei cloud have a region in mexico we could point customers to")
    assert not abroad.answered and "Mexico" in abroad.answer, abroad.answer


@pytest.mark.parametrize(
    "question",
    [
        "whats the status of the temporary general license now",  # "license": the corpus's "licence"
        "is there an escalation path for huawei returns?",
        "is there a threshold for the affiliates rule?",
        "what's the definition of covered equipment?",
        "what's the procedure for returning huawei stock?",
        "what's the timeframe for removing huawei gear under rip and replace",
        "can we resell huawei phones that have a headphone jack?",  # the rule on selling them answers
        "can we get in trouble for selling huawei phones",
    ],
)
def test_a_question_the_corpus_answers_is_not_declined_for_a_word_it_puts_otherwise(built, question):
    _, engine = built
    ans = engine.ask(question)
    assert ans.answered, ans.answer
