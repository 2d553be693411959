"""Whether something ever happened (`index/answer/events.py`), and on the real index of the shipped corpus, that a
sentence on the subject that never says it happened is no answer to "did it ever happen?"."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.events import (
    count_deed_told,
    doer_asked,
    doer_not_named,
    event_not_told,
    ever_event,
    names_doer,
    tells_deed_asked,
)


@pytest.mark.parametrize(
    "q, stem",
    [
        ("did huawei ever take the fcc to court over the 2019 usf rule? who won", "take"),
        ("has anyone ever been fined for it", "fine"),
        ("did the mate 10 pro ever get marked down in the us", "mark"),
        ("after the cutoff did tsmc ever get a us licence to keep making anything", "licenc"),
        ("did verizon ever end up carrying any huawei handsets", "carri"),
        ("was the mate 30 ever officially shown here", "show"),
        # "end up", "actually": whether it happened, as "ever" asks
        ("did tsmc end up paying the fine?", "pay"),
        ("has the fcc actually revoked any huawei authorizations since dec 2025?", "revok"),
    ],
)
def test_the_event_is_the_word_after_ever(q, stem):
    assert stem in ever_event(q)


@pytest.mark.parametrize(
    "q",
    [
        "can we resell huawei phones",
        "did best buy ever say why they stopped ordering huawei",  # a reason, not an event
        "is huawei ever going to ipo",  # a forecast
        "were we ever allowed to sell huawei phones?",  # a leave: the rule of its time answers
        "was it ever legal to resell the mate 10 pro",
        "whatever, can we sell them",
        "what is the most snow fresno has ever had?",  # a superlative, not a yes/no question
        "did the us intel chiefs actually tell people not to buy huawei phones?",  # said is told: a report answers
        # the other case offered answers
        "did tsmc actually get hit with the $1b penalty or is that still just a possible fine",
    ],
)
def test_no_event_is_asked(q):
    assert ever_event(q) is None


def test_an_event_is_told_by_any_of_its_forms_and_synonyms():
    q = "did verizon ever end up carrying any huawei handsets"
    assert not event_not_told(q, ["Neither carrier would sell them."])  # carrying is selling
    assert event_not_told("has anyone ever been fined for it", ["The FCC expects every retailer to obey the ban."])
    assert not event_not_told("has anyone ever been fined for it", ["BIS imposed a penalty of $1 billion."])
    # what someone said could or would happen is no event that happened
    q = "has the fcc actually used the new power on anything"
    assert event_not_told(q, ["The FCC said in October 2025 that it could use the new power case by case."])
    assert not event_not_told(q, ["In March 2026 the FCC used the new power to stop a shipment."])


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ?,", max_size=60))
def test_a_question_without_ever_asks_no_event(text):
    outcome = r"pass|approved|adopted|enacted|finali|vote|voting|ballot|bill|motion|outcome|result"
    returned = r"come back|came back|return|reinstated|resume|restored|snap back|go back into"
    if not re.search(rf"ever|actually|end up|ended up|{outcome}|{returned}", text):
        assert ever_event(text) is None and not event_not_told(text, [])


@pytest.mark.parametrize(
    "q",
    [
        "how did the fcc vote go on july 22 on covered parts?",
        "what was the outcome of the covered parts vote",
        "did the affiliates rule come back after nov 2026",
        "has the affiliates rule been reinstated",
    ],
)
def test_a_vote_result_or_a_return_is_an_event(q):
    # a sentence saying the vote was scheduled, or until when a rule was paused, does not tell either
    assert ever_event(q)
    assert event_not_told(q, ["The FCC scheduled its vote on the covered parts rule for 22 July 2026."])
    assert not event_not_told(q, ["The FCC voted to adopt the rule.", "BIS reinstated the Affiliates Rule."])


def test_an_event_the_corpus_never_tells_is_declined_and_one_it_tells_is_answered(built):
    _, engine = built
    ans = engine.ask("did huawei ever take the fcc to court over the 2019 usf rule? who won")
    assert not ans.answered and "ever happened" in ans.answer, ans.answer
    sold = engine.ask("did best buy ever actually sell huawei phones or did they pull them")
    assert sold.answered, sold.answer
    # in a thread only the follow-up's own words ask: "how much was it there" asks no event
    price = engine.ask("how much was it there", context="was the mate 10 pro ever sold on amazon us")
    assert "ever happened" not in price.answer, price.answer


@pytest.mark.parametrize(
    "q, outcome",
    [
        ("did the fcc covered parts rule pass on july 22?", True),
        ("did the fcc covered parts vote on july 22 pass?", True),  # the vote named in more words
        ("was the bad labs rule adopted", True),
        ("did the secure equipment act get passed", True),
        ("what did the covered parts rule say", False),
        ("pass me the checklist", False),
    ],
)
def test_whether_a_vote_or_bill_came_out_is_an_event(q, outcome):
    assert (ever_event(q) is not None) is outcome


def test_a_vote_only_scheduled_is_not_told_to_have_passed(built):
    # the corpus says the vote was scheduled for 22 July 2026, not how it came out; an act signed into law passed
    _, engine = built
    vote = engine.ask("did the fcc covered parts rule pass on july 22?")
    assert not vote.answered and "ever happened" in vote.answer, vote.answer
    named = engine.ask("did the fcc covered parts vote on july 22 pass?")
    assert not named.answered and "ever happened" in named.answer, named.answer
    act = engine.ask("did the secure equipment act pass")
    assert act.answered and "signed the Secure Equipment Act" in act.sentences[0].text, act.answer


def test_whether_someone_signed_it_is_told_only_by_a_signing():
    q = "did biden sign the fy2025 ndaa with the rip and replace money"
    sent = "In December 2024 the US Senate passed the NDAA and sent it to President Biden."
    assert event_not_told(q, [sent])  # passed and sent, not signed
    assert not event_not_told(q, ["On 23 December 2024 President Biden signed the NDAA."])


def test_what_a_named_company_did_must_be_said_of_it():
    other = {"t-mobile", "amazon", "verizon"}.__contains__  # names other than the corpus's subject
    price = "The Mate 70 series starts at 5,499 yuan (about $758) in China."
    assert doer_not_named("did t-mobile start selling huawei phones in 2024", [price], other) == "t-mobile"
    assert (
        doer_not_named("did verizon ever sell the mate 10 pro", ["Verizon had dropped all plans to sell it."], other)
        is None
    )
    assert doer_not_named("did huawei sue the fcc", [price], other) is None  # the corpus's subject, not another's name
    assert doer_not_named("what did amazon do", [price], other) is None  # no yes/no about a deed of theirs


def test_a_named_company_the_answer_never_names_is_not_told_to_have_done_it(built):
    _, engine = built
    for q in ("did t-mobile start selling huawei phones in 2024", "did amazon get fined under operation clean carts"):
        ans = engine.ask(q)  # the Mate 70's price; the retailers' pledge under Clean Carts
        assert not ans.answered and ans.reason == "event_not_told", ans.answer
    assert engine.ask("did verizon sell the mate 10 pro").answered  # "…Verizon had dropped all plans to sell…"


def test_a_unit_of_the_doer_named_in_the_answer_names_the_doer():
    def other(word):
        return word in {"commerce", "treasury"}

    softened = ["BIS later softened the wording of its press release."]
    units = {"commerce": frozenset({"bis", "bureau of industry and security"})}
    assert doer_not_named("did commerce soften the ascend chip warning?", softened, other, units) is None
    assert doer_not_named("did commerce soften the ascend chip warning?", softened, other) == "commerce"
    assert doer_not_named("did treasury soften the ascend chip warning?", softened, other, units) == "treasury"


def test_a_deal_asked_of_another_in_the_present_needs_a_sentence_naming_it():
    def other(word):
        return word in {"t-mobile", "verizon"}

    honor = ["Honor, which Huawei sold in November 2020, is now a separate company."]
    assert doer_not_named("does t-mobile sell honor phones now", honor, other) == "t-mobile"
    assert doer_not_named("does t-mobile still carry huawei phones", honor, other) == "t-mobile"
    assert (
        doer_not_named("does verizon sell the mate 10 pro", ["Verizon had dropped all plans to sell it."], other)
        is None
    )
    # not a deal: what a rule or a product does is no deed of a company
    assert doer_not_named("does the secure equipment act cover hikvision", honor, lambda w: True) is None


def test_an_event_is_told_by_a_word_built_on_it():
    # "was it ever short on money": "because of the funding shortfall" tells it; a short stem has no family ("ban" is
    # not told by "bandwidth")
    shortfall = "By December 2024 the FCC had granted 118 of 139 extensions because of the funding shortfall."
    assert not event_not_told("was rip and replace ever short on money", [shortfall])
    assert event_not_told("was the mate 60 ever banned", ["The Mate 60 uses more bandwidth."])


def test_a_count_of_those_who_did_something_needs_a_sentence_telling_the_deed():
    finished = "how many carriers have finished rip and replace so far"
    assert not count_deed_told(finished, "The money was not enough to reimburse all 126 carriers in the programme.")
    assert count_deed_told(finished, "By May 2026, 40 carriers had finished the work.")
    taken = "how many listings have been taken down yet"
    assert count_deed_told(taken, "Retailers took down millions of listings.")
    assert not count_deed_told(taken, "Millions of listings named covered devices.")
    # a count not to date may be told in other words ("…four teams that have made eight appearances")
    assert count_deed_told("how many teams have played in the final eight times", "four teams made eight appearances")
    # told in the past tense, to date: "got their money by now" is no count of those in the programme
    paid = "how many rip and replace carriers got their money by now"
    assert not count_deed_told(paid, "The money was not enough to reimburse all 126 carriers in the programme.")
    assert count_deed_told(paid, "By May 2026, 40 carriers had got their money.")
    # a count asking no deed ("are in") is given by any count of them
    assert count_deed_told("how many carriers are in the rip and replace program", "all 126 carriers in it")


def test_a_count_of_those_who_finished_is_not_answered_with_all_who_took_part(built):
    _, engine = built
    ans = engine.ask("how many carriers have finished rip and replace so far")
    assert not ans.answered or ans.answer.startswith("The partner corpus does not say the number"), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "affiliates rule - is it actually in force rn",
        "is the ascend guidance actually still in effect",
        "is it actually on hold",
    ],
)
def test_how_a_rule_stands_is_no_event(q):
    assert ever_event(q) is None


def test_whether_a_rule_is_actually_in_force_is_answered_by_its_standing(built):
    _, engine = built
    ans = engine.ask("affiliates rule - is it actually in force rn")
    assert ans.answered and "suspended" in ans.sentences[0].text, ans.answer


def test_the_doer_and_the_deed_asked_are_read_off_a_did_question():
    is_name = {"at&t", "t-mobile", "zte"}.__contains__
    assert doer_asked("did at&t sell the mate 10 pro", is_name) == "at&t"
    assert doer_asked("did huawei sell honor", is_name) is None  # (the corpus's subject is no other company)
    sold = (
        "In January 2018 none of the four national US carriers (AT&T, Verizon, T-Mobile and Sprint) sold Huawei phones."
    )
    assert names_doer("t-mobile", sold) and tells_deed_asked("did t-mobile ever sell the mate 10 pro", sold)
    # the family's noun for those who do it is no deed done
    funds = "The FCC funds carriers that rip out Huawei and ZTE gear."
    assert not tells_deed_asked("does zte still sell phones thru any us prepaid carrier", funds)


def test_a_did_question_is_answered_by_a_sentence_naming_the_one_asked_with_the_deed(built):
    # "did at&t sell the mate 10 pro?", the README's own thread opener, was declined ("does not say that this ever
    # happened"): the retailers' sentence chosen names no AT&T, while a found one does, with the deed
    _, engine = built
    for q in ("did at&t sell the mate 10 pro?", "did t-mobile ever sell the mate 10 pro"):
        ans = engine.ask(q)
        assert ans.answered and "none of the four national US carriers" in ans.sentences[0].text, (q, ans.answer)
    ver = engine.ask("did verizon sell the mate 10 pro")  # a chosen sentence naming Verizon stays
    assert ver.answered and "Verizon had dropped all plans" in ver.sentences[0].text, ver.answer


def test_what_was_done_in_a_month_is_asked_of_the_month_and_the_corpus_months_are_read():
    from index.answer.events import month_asked, months_written

    assert month_asked("what did the fcc do on huawei in january 2024") == ("january", "2024")
    assert month_asked("what happened in dec 2025") == ("december", "2025")
    assert month_asked("so what did commerce do back in may 2019?") == ("may", "2019")
    assert month_asked("anything happen with huawei in july 2022") == ("july", "2022")
    assert month_asked("fcc news from january 2024?") == ("january", "2024")
    assert month_asked("when did the news come out in may 2019") is None  # a date asked
    # not a question of what was done then
    assert month_asked("when did the fcc ban take effect, in january 2024?") is None
    assert month_asked("what did the 2012 house report say") is None
    written = months_written(["On 17 August 2020 the licence expired.", "Partners may keep them to 2024.", "Aug. 2021"])
    assert written == {("august", "2020"), ("august", "2021")}


def test_a_month_nothing_happened_in_is_declined_not_answered_by_its_year(built):
    _, engine = built
    ans = engine.ask("what did the fcc do on huawei in january 2024")
    assert not ans.answered and "January 2024" in ans.answer, ans.answer
    done = engine.ask("what did commerce do in august 2020")
    assert done.answered and "August 2020" in done.sentences[0].text, done.answer
