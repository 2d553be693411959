"""Whether a named company is on a list (`index/answer/standing.py`), and on the real index of the shipped corpus,
that a sentence on Huawei's place on a list is no answer about another company's."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.standing import name_on_list, standing_not_told, standing_now_asked, tells_standing_now


@pytest.mark.parametrize(
    "q, name, verb, where",
    [
        ("is zte on the entity list too or just huawei", "zte", "is", "on the entity list"),
        ("separate q - is honor on the entity list now", "honor", "is", "on the entity list"),
        ("are dji drones on the covered list too", "dji drones", "are", "on the covered list"),
        ("was hikvision added to the covered list", "hikvision", "was", "added to the covered list"),
        ("is zte also on the fcc covered list", "zte", "is", "on the fcc covered list"),  # "also" is no part of it
        ("is honor still on the entity list", "honor", "is", "on the entity list"),
    ],
)
def test_the_name_asked_about_its_verb_and_its_place(q, name, verb, where):
    assert name_on_list(q) == (name, verb, where)


@pytest.mark.parametrize(
    "q",
    [
        "is it on the entity list now?",  # a pronoun: the thread says who
        "can we resell huawei phones",
        "if the affiliates rule is paused, does that change anything for the subs named on the entity list",
        "is every huawei model covered by the ban",
        "is also zte on the list",
    ],
)
def test_no_name_is_asked_about(q):
    assert name_on_list(q) == ("", "", "")


def test_a_word_that_is_no_name_is_refused():
    assert name_on_list("are refurbished phones covered by the ban", lambda w: w != "refurbished") == ("", "", "")


def test_a_name_of_two_words_is_named_by_both_unless_the_second_is_a_kind_of_product():
    said = ["The FCC investigation covers China Unicom (Americas), a company on the Covered List."]
    assert standing_not_told("is china mobile on the covered list", said)[0] == "china mobile"
    assert standing_not_told("is china unicom on the covered list", said) == ("", "", "")
    drones = ["Drones made by DJI are on the Covered List."]
    assert standing_not_told("are dji drones on the covered list", drones) == ("", "", "")


def test_a_sentence_must_name_the_one_asked_about_and_the_list():
    q = "is zte on the entity list too"
    assert standing_not_told(q, ["Huawei has been on the Entity List since May 2019."])[0] == "zte"
    assert standing_not_told(q, ["ZTE sold phones in the US."])[0] == "zte"  # names ZTE, not the list
    assert standing_not_told(q, ["ZTE was added to the Entity List in 2016."]) == ("", "", "")


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), _WORD, _WORD, st.sampled_from(["is", "are", "was"]))
def test_a_name_found_is_a_word_of_the_question(prefix, name, listed, verb):
    q = f"{prefix}. {verb} {name} on the {listed} list?"
    found, said, where = name_on_list(q)
    assert (found == "") == (where == "") == (said == "")
    if found:
        assert found in q.lower() and said in ("is", "are", "was", "were") and where.endswith("list")


def test_another_companys_place_on_a_list_is_declined_naming_it(built):
    _, engine = built
    ans = engine.ask("is zte on the entity list too or just huawei")
    assert not ans.answered and ans.reason == "standing_not_told", ans.answer
    # the corpus names ZTE; the reply writes the names as the corpus does, not as typed
    assert "ZTE is on the Entity List" in ans.answer and "couldn't find" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "is nvidia on the entity list",  # the H200 exports name Nvidia, not its place on the list
        "is china mobile on the covered list",  # "China Unicom" is another company
    ],
)
def test_a_sentence_naming_the_company_for_something_else_is_no_answer(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "standing_not_told", ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "is hikvision on the covered list",  # the listing sentence names it
        "are refurbished phones covered by the ban",  # no company: the rule answers
        "is leasing covered by the rule",
    ],
)
def test_a_named_company_or_no_company_is_answered(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert ans.reason != "standing_not_told", ans.answer


def test_a_sentence_naming_the_company_with_the_list_leads_when_one_was_found(built):
    # Huawei's place on the list is no answer about ZTE's; the first Covered List's members name ZTE
    _, engine = built
    ans = engine.ask("is zte on the covered list too?")
    assert ans.answered and "ZTE" in ans.sentences[0].text and "Covered List" in ans.sentences[0].text, ans.answer


def test_names_echoed_in_a_reply_are_written_as_the_corpus_writes_them(built):
    from index.answer.scope import as_the_corpus_writes

    _, engine = built
    snap = engine.snapshot()
    assert as_the_corpus_writes("is zte on the entity list", snap) == "is ZTE on the Entity List"
    assert as_the_corpus_writes("the covered list, per the fcc", snap) == "the Covered List, per the FCC"
    # ordinary words, words the corpus also writes in lower case, and names it never writes: as typed
    assert as_the_corpus_writes("can we sell phones to acmetel", snap) == "can we sell phones to acmetel"
    assert as_the_corpus_writes("", snap) == ""


@given(st.text(alphabet=st.sampled_from(list("zteZTE entitylistcovrdfhuawi&-,.?")), max_size=60))
@settings(max_examples=200)
def test_writing_names_as_the_corpus_does_changes_only_letter_case(built, text):
    from index.answer.scope import as_the_corpus_writes

    out = as_the_corpus_writes(text, built[1].snapshot())
    assert out.lower() == text.lower()


def test_a_place_on_a_list_asked_as_it_stands_now():
    assert standing_now_asked("is huawei still on the entity list?") == ("huawei", "entity")
    assert standing_now_asked("is zte on the fcc covered list rn") == ("zte", "covered")
    assert standing_now_asked("is huawei on the entity list") is None  # (not asked as of now)
    assert standing_now_asked("is it still on the list") is None
    remains = "The H200 decision lifts nothing on Huawei itself: Huawei remains on the Entity List, and…"
    assert tells_standing_now(("huawei", "entity"), remains)
    # what being listed means is no word on whether it still is
    means = "Huawei itself, and the affiliates named on the Entity List since 2019, still need a US export licence."
    assert not tells_standing_now(("huawei", "entity"), means)
    assert not tells_standing_now(("zte", "entity"), remains)
    assert tells_standing_now(("zte", "covered"), "Since June 2026 ZTE is no longer on the Covered List.")
    assert standing_now_asked("was huawei still on the entity list in 2020") is None  # how it stood then
    assert not tells_standing_now(("huawei affiliates", "entity"), remains)  # a sentence on Huawei itself


def test_still_on_a_list_is_answered_by_the_sentence_saying_it_remains_there(built):
    # "is huawei still on the entity list?" had led with what being listed means ("…still need a US export licence")
    # and, with "in 2026", with an FCC vote on another list
    _, engine = built
    for q in ("is huawei still on the entity list?", "is huawei still on the entity list in 2026"):
        ans = engine.ask(q)
        assert ans.answered and "remains on the Entity List" in ans.sentences[0].text, (q, ans.answer)
    then = engine.ask("is huawei still on the entity list in 2019")  # a year before the corpus's own: not now
    assert "remains on the Entity List" not in then.answer, then.answer
