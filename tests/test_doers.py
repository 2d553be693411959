"""A "who <verb>" question asks whoever did that: a sentence that never says it was done names nobody asked."""

import pytest

from index.answer.doers import asked_deed, doer_kind, says_deed, says_deed_itself, tells_deed, when_deed


@pytest.mark.parametrize(
    "part, said, tells",
    [
        ("who sponsored the secure equipment act", "President Biden signed the Secure Equipment Act into law.", False),
        ("who leads the investigation", "The committee, led by Rep. Mike Rogers, released a report.", True),
        ("who bought honor", "Huawei would sell its Honor business to Shenzhen Zhixin.", True),  # the other side
        ("who made the chip", "It runs on a processor made in China by SMIC.", True),
        ("who fabs it", "The chip was produced by SMIC.", True),  # one deed in other words
        ("who wrote the 2012 report", "The House Intelligence Committee released a report.", True),
        ("and who pays for it", "The programme covers equipment bought before June 2020.", False),
        ("and who pays for it", "The programme repays carriers for the equipment they replace.", True),
        ("who currently sells it", "Best Buy and Amazon were named as retailers that would sell it.", True),
        ("who still carries it", "Amazon and Newegg still sold it.", True),  # an adverb is no deed
        ("who acquired honor", "Huawei would sell its Honor business to Shenzhen Zhixin.", True),
        ("who makes the chip", "SMIC is the chip maker.", True),  # the doer's noun
        ("huawei phones + who sells them", "The phone was not sold by any carrier.", True),
        # the doer asked by its kind
        ("which law firm represents huawei in the us", "Law firm Fenwick advised on affiliates.", False),
        ("which carriers sold the mate 10 pro", "No US carrier sold the Mate 10 Pro.", True),
        ("what company makes the kirin 9000s", "It runs on a Kirin 9000s processor made in China by SMIC.", True),
    ],
)
def test_a_sentence_tells_the_doer_only_when_it_says_the_deed(part, said, tells):
    deed = asked_deed(part)
    assert deed is not None and tells_deed(deed, said) is tells


@pytest.mark.parametrize(
    "part",
    [
        "security talking points for a customer who asks if huawei is spying",  # relative: names the customer
        "who's the us distributor",  # a role, asked by "is"
        "who did the teardown",
        "who handles warranty on huawei phones",  # a role: answered by how it is handled
        "who do i escalate to",
        "who counts as a huawei affiliate",  # a standing, asked by a definition
        "who qualifies as a covered list company",
        "who needs to file the form",
        "which companies besides huawei are on the covered list",  # other members: no verb after the doer's kind
        "which vendors other than zte are on it",
        "who else apart from verizon",
    ],
)
def test_no_deed_is_asked_by_a_relative_who_or_a_role(part):
    assert asked_deed(part) is None


def test_a_deed_is_said_by_a_verb_not_by_a_name_or_a_noun():
    deed = asked_deed("who missed the field goal")
    assert says_deed(deed, "After the miss, he missed again.")
    assert not says_deed(deed, "After the miss, Manning threw.")
    honours = asked_deed("who honors the warranty")
    assert not says_deed(honours, "Honor, which Huawei sold in 2020, is separate.")
    bought = asked_deed("who bought honor")
    assert says_deed(bought, "a consortium that bought Honor in 2020")  # a relative clause keeps its verb


def test_a_doer_asked_by_its_kind_or_its_name_asks_the_deed():
    assert asked_deed("name of the company that bought honor") == asked_deed("who bought honor")
    assert doer_kind("which company bought honor") == "company" and doer_kind("who bought honor") == ""
    assert doer_kind("whats the name of the firm that made it") == "firm"
    assert asked_deed("name of the report") is None  # no doer, no deed


def test_an_irregular_verb_has_all_its_forms():
    from index.answer.doers import verb_forms

    assert verb_forms("went") == {"went", "go", "gone"} and verb_forms("go") == {"go", "went", "gone"}
    assert verb_forms("lost") == {"lost", "lose"} and verb_forms("sells") == {"sells"}


@pytest.mark.parametrize(
    "q, sentence, says",
    [
        ("who bought honor", "Honor, which Huawei sold in November 2020, is now a separate company.", False),
        ("who bought honor", "Huawei would sell its Honor business to Shenzhen Zhixin.", True),
        ("who bought honor", "A consortium of dealers bought Honor.", True),
        ("who sold honor", "Honor, which Huawei sold in November 2020, is now a separate company.", True),
        ("who sold honor", "Zhixin bought Honor from Huawei.", True),
        ("who sold honor", "Zhixin bought Honor.", False),  # the buyer, not the seller
    ],
)
def test_a_deed_seen_from_the_other_side_names_the_doer_only_with_its_preposition(q, sentence, says):
    assert says_deed(asked_deed(q), sentence) is says


def test_who_bought_it_is_answered_with_the_buyer_with_or_without_a_question_mark(built):
    _, engine = built
    for q in ("who bought honor", "who bought honor?"):
        ans = engine.ask(q)
        assert ans.answered and "Shenzhen Zhixin" in ans.sentences[0].text, ans.answer


@pytest.mark.parametrize(
    "q, stem",
    [
        ("when was huawei added to the covered list", "list"),  # a place on a list, in any of its words
        ("when did zte get put on the entity list", "add"),
        ("when were the licences revoked", "revok"),
        ("when did huawei go on the fcc covered list", "list"),  # onto a list with no verb of the deed
        ("when did zte end up on the entity list", "add"),
        ("when exactly did huawei get put on the entity list", "add"),  # an adverb after "when"
        ("when exactly did zte end up on the entity list", "add"),
        ("when did the fcc add huawei to the covered list", "list"),  # the doer putting it there
        ("when did commerce put huawei on the entity list", "add"),
    ],
)
def test_a_passive_when_asks_the_date_of_its_deed(q, stem):
    assert stem in when_deed(q)


@pytest.mark.parametrize(
    "q, listed, who",
    [
        ("when did huawei go on the fcc covered list", "covered list", "huawei"),
        ("when was zte added to the entity list", "entity list", "zte"),
        ("when did huawei get on the covered list?", "covered list", "huawei"),  # "covered" is no verb here
        ("when was it added to the list", "", ""),  # no list named, no one named
        ("when did the fcc add huawei to the covered list", "covered list", "huawei"),  # put there, not the doer
        ("fcc covered list - when was huawei added", "covered list", "huawei"),  # the list named as the topic
        ("entity list: when was zte added?", "entity list", "zte"),
    ],
)
def test_a_listing_asked_names_its_list_and_who_was_put_on_it(q, listed, who):
    from index.answer.doers import asked_list, listed_who, tells_listing

    assert asked_list(q) == listed and listed_who(q) == who
    if listed:
        assert not tells_listing(q, f"The Affiliates Rule extended the {listed.title()} to owned companies in 2025.")
        assert tells_listing(q, f"In March 2021 the FCC listed {who.upper()} on the {listed.title()}.")


@pytest.mark.parametrize("q", ["when was it", "when did the mate 10 pro go on sale", "when is the next launch"])
def test_no_deed_is_asked_by_when(q):
    assert when_deed(q) is None


def test_the_date_of_the_listing_answers_when_it_was_listed(built):
    # not "On 21 March 2025 the FCC said it had opened an investigation into … companies on its Covered List"
    _, engine = built
    for q in ("when was huawei added to the covered list", "when did huawei go on the fcc covered list"):
        ans = engine.ask(q)
        assert ans.answered and "March 2021" in ans.sentences[0].text, (q, ans.answer)
    # the one put on the list, and the list, named by the dated sentence: not the 2019 USF order's "covered companies"
    zte = engine.ask("when did zte end up on the covered list")
    assert zte.answered and "March 2021" in zte.sentences[0].text, zte.answer
    # the corpus dates no listing of ZTE on the Entity List: a rule about that list gives no date of it
    for q in ("when did zte go on the entity list", "when did zte end up on the entity list"):
        ans = engine.ask(q)
        assert "does not say when" in ans.answer, (q, ans.answer)
    # "end up" is no end asked: the date it was put on the list answers, without "does not say when"
    ended_up = engine.ask("when did huawei end up on the entity list")
    assert ended_up.answered and "15 May 2019" in ended_up.sentences[0].text, ended_up.answer
    assert "does not say" not in ended_up.answer, ended_up.answer


@pytest.mark.parametrize(
    "sentence, itself",
    [
        # the deed told of a noun: the sentence dates Google's suspension, not the listing
        ("On 20 May 2019 Google suspended Huawei's licence, to obey the order that put Huawei on the list.", False),
        ("…a rule which had added 38 affiliates to the list.", False),
        # a clause with a subject of its own tells the deed itself
        ("On 15 May 2019 Commerce announced that Huawei would be added to its Entity List.", True),
        ("In May 2019 Commerce put Huawei on the list.", True),
    ],
)
def test_a_deed_told_only_of_a_noun_is_not_the_deed_itself(sentence, itself):
    deed = when_deed("when was huawei put on the entity list")
    assert says_deed(deed, sentence)
    assert says_deed_itself(deed, sentence) is itself


def test_a_listing_told_of_an_order_does_not_date_the_listing(built):
    # "…to comply with the US order that put Huawei on the Entity List" dates Google's suspension (20 May 2019)
    _, engine = built
    for q in ("when did huawei get put on the entity list", "when was huawei put on the entity list"):
        ans = engine.ask(q)
        assert ans.answered and "15 May 2019" in ans.sentences[0].text, (q, ans.answer)


def test_a_rule_undone_in_other_words_is_the_same_deed(built):
    # "when was the ai diffusion rule scrapped": "BIS rescinded the AI diffusion rule" dates it
    assert says_deed(when_deed("when was the ai diffusion rule scrapped"), "BIS rescinded the AI diffusion rule.")
    _, engine = built
    ans = engine.ask("when was the ai diffusion rule scrapped")
    assert "13 May 2025" in ans.answer.split(" [1]")[0], ans.answer


def test_whether_a_report_banned_something_is_told_by_it_saying_it_did_not_bar_it(built):
    _, engine = built
    ans = engine.ask("the 2012 house intel report - did it actually ban huawei from gov contracts")
    assert ans.answered and "did not legally bar Huawei" in ans.answer, ans.answer


def test_when_a_rule_got_paused_is_dated_by_the_sentence_saying_it_was_suspended(built):
    # "get paused … and til when": "BIS suspended the Affiliates Rule … until 10 November 2026", not "would pause it"
    _, engine = built
    ans = engine.ask("when did the affiliates rule get paused and til when")
    assert "until 10 November 2026" in ans.answer.split(" [1]")[0], ans.answer


def test_a_deed_only_announced_is_not_the_deed_itself():
    paused = when_deed("when was the affiliates rule paused")
    assert not says_deed_itself(paused, "The White House had said on 1 November 2025 that it would pause the rule.")
    assert says_deed_itself(paused, "On 10 November 2025 BIS suspended the Affiliates Rule for one year.")
    assert says_deed_itself(paused, "BIS paused the rule on 10 November 2025, as it had said it would.")


def test_what_a_subject_did_names_a_deed_only_of_verbs_other_verbs_name_too():
    from index.answer.doers import what_deed

    assert {"recommend", "urg"} <= what_deed("what did the 2012 house intel report recommend")
    assert what_deed("what did the 2012 house report recommend re huawei + zte")
    for q in ("what did polo call the capital", "what does the rule cover", "what did luther need to do to avoid it"):
        assert what_deed(q) is None, q


def test_a_phrasal_verb_of_another_deed_says_no_deed():
    from index.answer.doers import asked_deed, says_deed

    ran = asked_deed("who ran huawei's us consumer business")
    assert not says_deed(ran, "Best Buy would stop selling them once its stock ran out.")
    assert says_deed(ran, "Richard Yu ran the consumer business.")


@pytest.mark.parametrize(
    ("past", "base"),
    [("started", "start"), ("came", "come"), ("stopped", "stop"), ("released", "release"), ("sold", "sell")],
)
def test_the_base_form_of_a_verb_in_the_past(past, base):
    from index.answer.doers import base_form

    assert base_form(past) == base


def test_a_word_that_is_no_verb_in_the_past_has_no_base_form():
    from index.answer.doers import base_form

    assert base_form("list") is None and base_form("red") is None


@pytest.mark.parametrize(
    "part, deed",
    [
        ("name of the buyer group for honor", "buy"),
        ("whats the buyers name on the honor deal", "buy"),
        ("who was the seller", "sell"),
        # a buyer named as a case, not asked: no deed
        ("can a buyer return it", None),
    ],
)
def test_a_doer_asked_by_its_noun_asks_its_deed(part, deed):
    found = asked_deed(part)
    assert (found is not None and deed in found) if deed else found is None, found
