"""Question analysis added for unseen questions: who asks is not what is asked, scene-setting is not a part,
past events get no "Newer:" pointer, the gist is asked for, and countries are recognised."""

import pytest

from index.answer.question import analyse, asks_about_past, asks_for_overview, has_answer_type
from index.answer.scope import foreign_places, places_in
from index.search.lexical import query_terms, related


@pytest.mark.parametrize(
    "q, absent",
    [
        ("can we still sell huawei phones?", {"we", "still"}),
        ("pls tell me what you know about the mate 10", {"pls", "tell", "know", "you"}),
        ("is it legal to sell huawei rn, currently?", {"currently"}),
    ],
)
def test_who_asks_and_when_are_not_search_terms(q, absent):
    assert not absent & set(query_terms(q)), query_terms(q)


def test_us_stays_a_term_it_is_usually_the_country():
    assert "us" in query_terms("can we sell to us customers")


def test_resell_shares_its_stem_with_sell_despite_the_stemmer():
    (sell,) = query_terms("sell")
    (resell,) = query_terms("resell")
    assert sell != resell and related(sell, resell)
    assert not related("sell", "shelv") and not related("cell", "resel")  # the rule needs the same letters


@pytest.mark.parametrize(
    "q, parts",
    [
        ("customer wants 40 mate 10 pros, can we order thru distribution?", 1),
        ("our customer is a school using e-rate money, can they buy huawei switches?", 1),
        ("i heard fcc banned test labs tied to china, does that matter for us?", 1),
        ("when did at&t bail on the deal, and when did verizon follow?", 2),
        ("fdpr tl;dr + when did the tgl end?", 2),
    ],
)
def test_a_scene_setting_statement_is_context_not_a_part(q, parts):
    info = analyse(q)
    assert len(info.parts) == parts, info.parts
    if parts == 1:
        assert info.parts[0].startswith(q.split(",")[0])  # the context stays in the question it sets up


@pytest.mark.parametrize(
    "q, past",
    [
        ("why did best buy stop carrying huawei?", True),
        ("what was the 2012 house report about", True),
        ("can we sell huawei phones?", False),
        ("did they ever stop? are they still banned", False),  # about now too
    ],
)
def test_past_event_questions(q, past):
    assert asks_about_past(q) is past


@pytest.mark.parametrize("q", ["whats the latest on rip and replace", "tl;dr fcc covered list", "fdpr explained pls"])
def test_overview_questions(q):
    assert asks_for_overview(q)


def test_reasons_are_recognised_in_news_phrasing():
    q = "why did commerce revoke the licences"
    assert has_answer_type("why", "The revocations followed Huawei's launch of a laptop with an Intel chip.", q)
    assert has_answer_type("why", "The move came amid pressure from lawmakers.", q)
    assert not has_answer_type("why", "On 7 May 2024 the US Commerce Department revoked the licences.", q)


@pytest.mark.parametrize(
    "text, codes",
    [
        ("can we resell huawei phones in canada?", {"CA"}),
        ("does the eu ban in germany apply to our german subsidiary", {"DE"}),
        ("mate 10 pro price in the uk", {"GB"}),
        ("can we sell to us customers", set()),  # lower-case "us" in a question is not counted
        ("turkey sandwich for the team", set()),  # lower-case ordinary words are not places
    ],
)
def test_places_in_questions(text, codes):
    assert set(places_in(text, skip_us=True)) == codes


def test_places_in_running_text_need_the_upper_case_us():
    assert set(places_in("partners in the US may not resell them; tell us")) == {"US"}


@pytest.mark.parametrize(
    "q, present",
    [
        ("can we sell huawei phones?", True),
        ("is it legal to sell a huawei phone to a consumer in the us rn", True),
        ("customer wants 200 huawei routers for a county office, ok?", True),
        ("customer wants 40 mate 10 pros, can we order thru distribution?", True),
        ("who led the 2012 house intel investigation", False),
        ("when did verizon drop huawei phones", False),
    ],
)
def test_asking_leave_is_asking_about_the_rule_now(q, present):
    assert analyse(q).present is present


def test_a_corpus_about_no_country_declines_no_question_for_its_place():
    class NoPlaces:  # a snapshot whose passages name no country
        passages = []

        def derived(self, name, compute, scan=False):
            return compute()

    assert foreign_places("can we resell huawei phones in canada?", [], NoPlaces()) == []
