"""Whether a named company is on a list (`index/answer/standing.py`), and on the real index of the shipped corpus,
that a sentence on Huawei's place on a list is no answer about another company's."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.standing import name_on_list, standing_not_told


@pytest.mark.parametrize(
    "q, name, where",
    [
        ("is zte on the entity list too or just huawei", "zte", "on the entity list"),
        ("separate q - is honor on the entity list now", "honor", "on the entity list"),
        ("are dji drones on the covered list too", "dji", "on the covered list"),
        ("was hikvision added to the covered list", "hikvision", "added to the covered list"),
    ],
)
def test_the_name_asked_about_and_its_place(q, name, where):
    assert name_on_list(q) == (name, where)


@pytest.mark.parametrize(
    "q",
    [
        "is it on the entity list now?",  # a pronoun: the thread says who
        "can we resell huawei phones",
        "if the affiliates rule is paused, does that change anything for the subs named on the entity list",
    ],
)
def test_no_name_is_asked_about(q):
    assert name_on_list(q) == ("", "")


def test_a_sentence_must_name_the_one_asked_about():
    q = "is zte on the entity list too"
    assert standing_not_told(q, ["Huawei has been on the Entity List since May 2019."]) == "zte is on the entity list"
    assert standing_not_told(q, ["ZTE was added to the Entity List in 2016."]) == ""


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_a_name_from_the_question_or_none(text):
    name, where = name_on_list(text)
    assert (name == "") == (where == "")
    assert name in text.lower()


def test_another_companys_place_on_a_list_is_declined_naming_it(built):
    _, engine = built
    ans = engine.ask("is zte on the entity list too or just huawei")
    assert not ans.answered and ans.reason == "standing_not_told" and "zte" in ans.answer, ans.answer


def test_a_company_the_listing_sentence_names_is_answered(built):
    _, engine = built
    ans = engine.ask("is hikvision on the covered list")
    assert ans.answered and "Hikvision" in ans.answer, ans.answer
