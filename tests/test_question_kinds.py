"""Question analysis added for unseen questions: who asks is not what is asked, scene-setting is not a part,
past events get no "Newer:" pointer, the gist is asked for, and countries are recognised."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.question import (
    analyse,
    answer_type,
    asks_about_past,
    asks_for_overview,
    asks_leave,
    asks_partners_to_deal,
    asks_prediction,
    currency_asked,
    currency_missing,
    expand_shorthand,
    has_answer_type,
    role_asked,
    without_aside,
)
from index.answer.scope import country_name, places_in, text_places, unmatched_places
from index.answer.wordlist import english_word
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
    "q, parts",
    [
        # a statement after the question is its context, not a second thing to answer
        ("will the fcc ban huawei phones next year? customer wants to know before buying 50", 1),
        ("is huawei banned or not?? need answer before 3pm call", 1),
        ("zte - same rules as huawei for us resellers? customer asked about zte routers", 1),
        ("can new huawei devices get fcc authorization? heard the fcc banned it, true", 1),
        # a fragment that only presses for the answer adds no part
        ("who do i escalate a compliance question to?? anyone??", 1),
        ("can partners resell huawei phones now? yes/no and why", 2),
        # a real follow-up stays a part of its own, and so does a statement asked with "?", or a year
        ("is huawei still on the line card? and honor?", 2),
        ("can we sell huawei phones? zte is also banned?", 2),
        ("what did the fcc do in 2019? 2020?", 2),
        ("is there a compliance checklist for govt deals? where is it", 2),
    ],
)
def test_a_remark_after_the_question_is_context_not_a_part(q, parts):
    info = analyse(q)
    assert len(info.parts) == parts, info.parts
    assert info.parts[0].startswith(q.split("?")[0].rstrip("?"))


@pytest.mark.parametrize(
    "q, core",
    [
        ("how many yrs between a and b? doing a timeline for a cio", "how many yrs between a and b?"),
        ("mate 10 pro specs? customer wants to compare w iphone", "mate 10 pro specs?"),
        ("is it banned? asking for a client w/ 300 seats", "is it banned?"),
        ("revenue up or down - for a pitch slide", "revenue up or down"),
        ("asking for a client", "asking for a client"),  # nothing before it: it is the message
        ("is huawei banned in the us or not, need a straight answer for a client", "is huawei banned in the us or not"),
        ("is it banned - yes or no answer for my boss", "is it banned"),
        ("launched at ces 2019 right? confirming for a deck", "launched at ces 2019 right?"),
        ("can we sell it? cust wants to know before buying 50", "can we sell it? cust wants to know before buying 50"),
    ],
)
def test_what_an_answer_is_for_is_left_out_of_what_is_weighed(q, core):
    from index.answer.question import without_purpose

    assert without_purpose(q) == core


@pytest.mark.parametrize(
    "q, parts",
    [
        (
            "how many yrs between the 2012 house report and huawei hitting the entity list",
            ("when the 2012 house report", "when huawei hitting the entity list"),
        ),
        # the order of two events, and how far apart
        (
            "was the fcc natsec designation before or after huawei went on the entity list, and by how many months",
            ("when the fcc natsec designation", "when huawei went on the entity list"),
        ),
        ("did the mate 60 pro come out before or after the tsmc die", ("when the mate 60 pro", "when the tsmc die")),
        (
            "which came first, the bad labs rule or the hisilicon proposal",
            ("when the bad labs rule", "when the hisilicon proposal"),
        ),
        # one side, asked either way or with a verb of happening
        (
            "was the 2012 house intel report out before the mate 10 pro launch or way before?",
            ("when the 2012 house intel report", "when the mate 10 pro launch"),
        ),
        (
            "was the entity list before the google android suspension or after",
            ("when the entity list", "when the google android suspension"),
        ),
        (
            "did the covered list come before the secure equipment act",
            ("when the covered list", "when the secure equipment act"),
        ),
        ("what came first: the usf ban or the covered list", ("when the usf ban", "when the covered list")),
        # the thing named first, then the order asked of it (with the verb that dates it); or two things and which is
        # newer
        ("mate 60 pro: launched before or after the mate 70?", ("when mate 60 pro launched", "when the mate 70")),
        ("harmonyos 6 \u2014 out before or after the mate 70", ("when harmonyos 6 out", "when the mate 70")),
        ("mate 70 or pura x: which came out first", ("when mate 70", "when pura x")),
        ("which is newer, the mate 60 pro or the pura 70", ("when the mate 60 pro", "when the pura 70")),
        ("pura 80 pro or mate x6 - which is the newer phone?", ("when pura 80 pro", "when mate x6")),
    ],
)
def test_the_span_between_two_events_or_their_order_is_asked_by_the_date_of_each(q, parts):
    info = analyse(q)
    assert info.parts == parts, info.parts
    assert info.kind == "when" and info.part_kinds == ("when", "when")


@pytest.mark.parametrize(
    "q",
    [
        "was huawei's ces 2018 keynote still on after at&t pulled out or did they scrap it",  # a state after an event
        "did huawei sell phones in the us before the ban",
        "was it legal to sell them before 2019",
        "did huawei's revenue drop after the us chip curbs",  # a change after an event
        "was honor allowed on the line card after the sale or not",
        "huawei phones - can we sell them before or after the ban ends",  # leave asked, no order
        "mate 10 pro - ces 2017 or ces 2018?",  # a choice of years, not of two events
        "the entity list - was it before or after 2020?",  # a year, no second event
        "quick q - before or after the fcc ban did huawei run a test lab in the us",  # a question of its own after it
    ],
)
def test_a_state_before_or_after_an_event_is_no_order_of_two_events(q):
    assert len(analyse(q).parts) == 1 and not analyse(q).parts[0].startswith("when ")


@pytest.mark.parametrize("who", ["asking for a client w/ 300 seats", "im asking for a cust in ohio"])
def test_whom_the_asker_asks_for_is_no_part_and_no_words_to_find(who):
    # (merged into the question, "client" had found "a Crowell & Moring client alert" for the huawei ban)
    assert analyse(f"is the huawei ban still in effect? {who}").parts == ("is the huawei ban still in effect",)


@pytest.mark.parametrize(
    "q, kind",
    [
        ("faulty huawei phone, can we swap it from stock", "leave"),
        ("mate 10 pro, when did it launch", "when"),
        ("old huawei switches - can we resell them?", "leave"),
    ],
)
def test_a_thing_named_before_the_question_that_points_back_to_it_is_no_part_of_its_own(q, kind):
    # "faulty huawei phone" asks nothing: it is what "it" in the question means, read into that part, not a second
    # part answered with the nearest sentence about faulty phones
    info = analyse(q)
    assert len(info.parts) == 1 and info.kind == kind, info.parts
    assert q.split(",")[0].split(" - ")[0] in info.parts[0]
    # a question before it stays a part of its own, and so does a thing asked about with "?"
    assert len(analyse("is huawei on the entity list? when did it go on").parts) == 2
    assert len(analyse("operation clean carts?? someone mentioned it in the pipeline meeting").parts) == 2


@pytest.mark.parametrize(
    "q, kind",
    [
        ("who do i escalate to when a customer asks an entity list question", "contact"),  # a route, not a date
        ("when did huawei say why it sold honor", "when"),
        ("how much did the fcc put into rip and replace, and who gets it", "money"),
        # a word that only names a topic ("price", "other than", "planned") does not outrank one that asks
        ("mate 10 pro price - when did it go on sale in the us?", "when"),
        ("other than huawei, when was zte added to the covered list", "when"),
        ("mate 10 pro price?", "money"),
        ("tgl expiry date?", "when"),  # a date named as the topic
        ("section 889 compliance deadline", "when"),
        ("how big was the tsmc penalty", "money"),  # the size of a fine is an amount
        # a manner of selling, not a price asked: may we
        ("can we sell leftover huawei watches to our own employees at cost", "leave"),
        ("can we sell old huawei stock at a discount", "leave"),
        ("how big is huawei's r&d team", "number"),
    ],
)
def test_the_asking_word_that_comes_first_decides_the_kind(q, kind):
    assert answer_type(q) == kind


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
    # the grounds of someone's verdict are why they judged it so, not why it happened
    out = "why did the carriers back out of the mate 10 pro deals"
    judged = (
        "Richard Yu called the collapse of the AT&T deal a big loss for consumers, because buyers had one choice fewer."
    )
    assert not has_answer_type("why", judged, out)
    assert has_answer_type("why", "AT&T backed out because of pressure from lawmakers, Yu called it a loss.", out)


@pytest.mark.parametrize(
    "text, codes",
    [
        ("can we resell huawei phones in canada?", {"CA"}),
        ("does the eu ban in germany apply to our german subsidiary", {"DE", "EU"}),
        ("mate 10 pro price in the uk", {"GB"}),
        ("can we sell to us customers", set()),  # lower-case "us" in a question is not counted
        ("turkey sandwich for the team", set()),  # lower-case ordinary words are not places
    ],
)
def test_places_in_questions(text, codes):
    assert set(places_in(text, skip_us=True)) == codes


@pytest.mark.parametrize(
    "text, codes",
    [
        ("which colombian carriers sell the mate 80 pro", {"CO"}),
        ("croatian carriers running huawei in their 5g", {"HR"}),
        ("a chilean distributor wants 40 units", {"CL"}),
        ("our pakistani office asks", {"PK"}),
        ("a nigerian reseller", {"NG"}),  # Nigeria's, not Niger's
        ("a georgian style office building", set()),  # in lower case an ordinary word (and a US state's)
    ],
)
def test_a_country_named_by_its_adjective_is_the_country(text, codes):
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
        # a conclusion put for confirmation that partners are in the clear
        ("customer says trump lifted the huawei ban in 2019 so were good right?", True),
        ("the fcc dropped it so we're in the clear to quote huawei?", True),
        ("the results were good so were huawei's profits", False),
    ],
)
def test_asking_leave_is_asking_about_the_rule_now(q, present):
    assert analyse(q).present is present
    assert (analyse(q).kind == "leave") is present


def test_a_corpus_about_no_country_declines_no_question_for_its_place():
    class NoPlaces:  # a snapshot whose passages name no country
        passages = []

        def derived(self, name, compute, scan=False):
            return compute()

    assert unmatched_places("can we resell huawei phones in canada?", [], NoPlaces()) == ([], [], [])


@pytest.mark.parametrize(
    "q, kept",
    [
        ("<!channel> URGENT is huawei banned or not?? need answer before 3pm call", set()),
        ("ASAP: the 2019 pricing for the 64gb model, 200k units", {"2019"}),
        ("is the p30 pro fcc certified", {"p30"}),
        ("whats the FCC position on Xiaomi", {"xiaomi"}),
        ("any newer fcc proposals before our q3 planning mtg (fy26 h1)", set()),
        ("why is tsmc looking at a $1bn penalty", set()),  # an amount ("$1 billion" in the corpus), not a model
        ("is the 2mn fine for 3b chips real", set()),
    ],
)
def test_shouting_times_and_measures_are_not_names_or_model_numbers(q, kept):
    # "URGENT" is an English word in capitals, not a name; "3pm", "64gb", "200k" are measures, not models
    assert set(analyse(q).key_terms) == kept


def test_two_long_english_words_run_together_are_english_but_short_brand_compounds_are_not():
    assert english_word("storefront", modern=False) and english_word("smartwatch", modern=False)
    assert not english_word("freebuds", modern=False) and not english_word("matepad", modern=False)
    assert not english_word("xiaomi", modern=False)


@pytest.mark.parametrize(
    "q, said",
    [
        ("what did huawei say abt the 2012 house report", True),
        ("huawei response to the feb 2018 senate intel hearing?", True),
        ("anon partner take on the huawei security worries?", True),
        ("why did huawei respond so late", False),  # a why question stays a why question
        ("what did the 2012 report cover", False),
        ("did huawei say anything publicly when best buy dropped them", True),  # whether they said a word, and what
        ("does the entity list say anything about people", False),  # a document's content
        ("2012 house report - did it say anything about huawei gear", False),
    ],
)
def test_what_someone_said_is_its_own_kind_of_question(q, said):
    assert (analyse(q).kind == "said") is said


def test_a_said_answer_has_the_speaker_and_a_speech_verb():
    q = "what did huawei say abt the 2012 house report"
    assert has_answer_type("said", "Huawei answered in October 2012 that the report gave no clear evidence.", q)
    assert not has_answer_type("said", "The 2012 House report was only a recommendation.", q)
    assert not has_answer_type("said", "ZTE said the report was wrong.", q)  # someone else spoke
    # the speaker is the one speaking, not someone named in what another said
    q = "what did huawei say when best buy dropped them"
    assert has_answer_type("said", "Neither Best Buy nor Huawei commented on the decision in March 2018.", q)
    assert has_answer_type("said", "The report was wrong, said a Huawei spokesman.", q)
    said_by_another = "AT&T had dropped Huawei handsets, and Best Buy had said it would stop selling Huawei devices."
    assert not has_answer_type("said", said_by_another, q)


@pytest.mark.parametrize(
    "q, leave",
    [
        ("pura 70 - can we sell unlocked in the us at all", True),
        ("do we carry huawei freebuds", True),
        ("should we still stock the mate 10 pro?", True),
        ("is huawei banned in the us?", True),
        ("are huawei routers allowed in a k-12 network", True),
        ("bundle huawei freebuds w/ laptops for a county govt order, ok or not", True),
        ("pura 70 us price?", False),
        ("is the p30 pro fcc certified", False),
        # what partners must do is a rule too
        ("we list on amazon - do we have to pull listings", True),
        ("are we required to report existing huawei gear", True),
        ("fcc fined a seller, must we stop too?", True),
        ("should i tell the customer about the fcc order", True),
        ("does the customer have to replace their phones", False),  # the customer's duty, not the partner's
        # a customer's request with a verdict asked of it
        ("school district wants 25 huawei mifi units for its buses. yes or no", True),
        ("client will accept the risk in writing so we can quote huawei, would that fly", True),
        ("is huawei on the covered list, yes or no", False),  # a fact, not leave
        ("did best buy sell huawei phones, yes or no", False),  # a fact: no requester asks for anything
        ("does huawei need a license to buy us chips, yes or no", False),
        ("is huawei still bidding on us contracts, yes or no", False),
        # a conclusion put for confirmation asks leave; one about showing or telling does not
        ("the ban got lifted last yr right? so we can go back to selling huawei routers", True),
        ("huawei revenue 2020 vs 2024? so we can show the trend on a slide", False),
    ],
)
def test_asking_leave_to_deal_in_a_product(q, leave):
    assert asks_leave(q) is leave


@pytest.mark.parametrize(
    "q, expanded",
    [
        ("need 2 lines for a client call in 10 min", "need 2 lines for a client call in 10 min"),
        ("what happened at ces 18", "what happened at ces 2018"),
        ("customer wants 25 of 30 units, in 18 months", "customer wants 25 of 30 units, in 18 months"),
        ("since 19 we cannot sell them", "since 2019 we cannot sell them"),
        ("why do the us intel agencies warn about huawei", "why do the us intelligence agencies warn about huawei"),
        ("huawei laptops w/ intel cpus", "huawei laptops w/ intel cpus"),  # the chipmaker stays
        ("does sec 889 apply to subs", "does section 889 apply to subs"),
        ("huawei ok for k12?", "huawei ok for K-12 schools?"),
        ("a k-12 school on e-rate", "a K-12 schools on e-rate"),
        ("sec. 889(a)(1)(B)", "section 889(a)(1)(B)"),
        ("confirm b4 i send the deck", "confirm before i send the deck"),  # chat spelling, no model "b4"
        ("whatever the disti quotes, or the disties", "whatever the distributor quotes, or the distributors"),
        ("state govt custs, our cust's acct mgr", "state government customers, our customer's account manager"),
        ("the b45 router and a sub-b4 part", "the b45 router and a sub-b4 part"),  # only the word itself
        ("part b4 of the rule, section 889(b4), model B4", "part b4 of the rule, section 889(b4), model B4"),
        # the idiom, as the corpus says what a rule does; not a kick of anything else
        ("when did the 889 contractor ban kick in", "when did the 889 contractor ban take effect"),
        ("it kicked  in last year, kicks in again", "it took  effect last year, takes effect again"),
        ("kick inside the box", "kick inside the box"),
    ],
)
def test_shorthand_years_but_not_minutes_and_intel_agencies_as_intelligence(q, expanded):
    assert expand_shorthand(q) == expanded


@pytest.mark.parametrize(
    "q, expanded",
    [
        ("who gave the 200k ascend output estimate", "who gave the 200,000 ascend output estimate"),
        ("a $1.5k deal", "a $1,500 deal"),
        ("dist cost plus 3 pct?", "dist cost plus 3%?"),
        ("huawei 5g radios", "huawei 5g radios"),  # a name, not a figure
        ("a 64gb phone, 2k units", "a 64gb phone, 2,000 units"),
    ],
)
def test_figures_typed_short_are_written_as_the_corpus_writes_them(q, expanded):
    assert expand_shorthand(q) == expanded


@pytest.mark.parametrize(
    "q, expanded",
    [
        ("why'd huawei dump honor", "why did huawei sell honor"),
        ("why did huawei offload honor", "why did huawei sell honor"),
        ("huawei dumped honor in 2020", "huawei sold honor in 2020"),
        ("dont dump it on the customer", "dont dump it on the customer"),  # an idiom, no sale
        ("why did huawei spin off honor in 2020", "why did huawei sell honor in 2020"),
        ("when was honor spun off", "when was honor sold"),
        ("did huawei divest honor", "did huawei sell honor"),
    ],
)
def test_letting_a_business_or_goods_go_is_selling_it(q, expanded):
    assert expand_shorthand(q) == expanded


@pytest.mark.parametrize(
    ("typed", "kind"),
    [("wen did the ban start", "when"), ("since wen?", "when"), ("whyy?", "why"), ("wat is the entity list", "define")],
)
def test_asking_words_typed_short_are_read_as_asked(typed, kind):
    assert answer_type(expand_shorthand(typed)) == kind


def test_r_and_d_is_read_both_ways_a_corpus_may_write_it():
    assert expand_shorthand("how much on r&d") == "how much on r&d (research and development)"


def test_a_name_is_not_read_as_a_short_asking_word():
    assert expand_shorthand("did Wen Jiabao comment") == "did Wen Jiabao comment"
    assert expand_shorthand("did wen jiabao comment") == "did wen jiabao comment"
    assert expand_shorthand("is huawei hw on the covered list") == "is huawei hw on the covered list"  # hardware


def test_mixed_case_acronyms_are_not_names_the_corpus_must_hold():
    assert "dod" not in analyse("our customer is a fed contractor (small DoD sub) - does 889 apply?").key_terms


def test_the_european_union_is_a_place_with_rules_of_its_own():
    assert places_in("does the eu have anything like section 889?", skip_us=True) == {"EU"}
    assert country_name("EU") == "the European Union"


@pytest.mark.parametrize(
    "q, kind",
    [
        ("customer wants a mate 60 pro, can we get it for us customers?", "leave"),
        ("is it legal to resell used huawei routers to a school", "leave"),
        ("when can we sell huawei again", "when"),  # the kind asked comes first
        ("what is the covered list", "define"),  # what it is, not a rule about dealing
    ],
)
def test_asking_leave_wants_a_rule(q, kind):
    assert analyse(q).kind == kind


def test_a_rule_says_what_may_or_may_not_be_done():
    q = "can we get a mate 60 pro for us customers?"
    assert has_answer_type("leave", "New Huawei phones cannot receive the FCC authorisation needed for sale.", q)
    assert has_answer_type("leave", "Do not source, quote or resell any Huawei phones.", q)
    assert not has_answer_type("leave", "Huawei began selling the Mate 60 Pro in China in late August 2023.", q)


@pytest.mark.parametrize(
    "q, present",
    [
        ("any newer fcc proposals on huawei we should warn customers about", True),
        ("upcoming fcc rules on covered parts?", True),
        ("harmonyos next - android apps?", False),  # a product's name, not a time
        ("did verizon ever carry huawei phones", False),  # "did ... ever" asks about the past
    ],
)
def test_questions_about_what_is_coming_are_about_now(q, present):
    assert analyse(q).present is present


@pytest.mark.parametrize(
    "q, core",
    [
        (
            "tl;dr on the 2012 house intel report pls, fed customer keeps bringing it up",
            "tl;dr on the 2012 house intel report pls",
        ),
        ("huawei stock price today? customer wants to know if theyre stable", "huawei stock price today?"),
        ("can we sell them, is that ok?", "can we sell them, is that ok?"),  # the tail asks: no remark
        ("what about zte, who makes the rules", "what about zte, who makes the rules"),
        ("hi", "hi"),
    ],
)
def test_a_trailing_remark_is_told_apart_from_the_question(q, core):
    assert without_aside(q) == core


def test_since_and_after_give_a_reason_only_when_no_date_follows():
    q = "why did google cut huawei off"
    assert not has_answer_type("why", "Since 2020 US export rules have cut Huawei off from chips.", q)
    assert not has_answer_type("why", "After the May 2019 suspension, phones could not ship with Gmail.", q)
    assert has_answer_type("why", "Google cut Huawei off after pressure from Washington.", q)
    assert has_answer_type("why", "Phones lost Gmail since Huawei had no licence.", q)
    # a span of time before "after" makes it a time: "two months after", "shortly after"
    why = "why did best buy stop carrying huawei"
    assert not has_answer_type("why", "Best Buy stopped ordering them, two months after it was named a retailer.", why)
    assert not has_answer_type("why", "Best Buy stopped shortly after the show ended.", why)
    assert has_answer_type("why", "Best Buy stopped after pressure from lawmakers.", why)
    # what went on after something went on in spite of it: "after Best Buy's exit it was still sold by Amazon"
    assert not has_answer_type("why", "After Best Buy's exit it was still sold by Amazon and Newegg.", why)


@pytest.mark.parametrize("q", ["what's on the fcc covered list besides huawei?", "who else is on the entity list"])
def test_asking_what_is_on_a_list_asks_for_names(q):
    assert analyse(q).kind == "who"


def test_how_many_wants_a_number_of_the_things_counted():
    q = "how many huawei phones were sold in the us in 2024"
    assert not has_answer_type("number", "Huawei's 2024 sales came close to about 891 billion yuan.", q)
    assert has_answer_type("number", "Huawei sold 10 million phones in the US in 2024.", q)
    assert has_answer_type(
        "number", "The $1.9 billion was not enough for all 126 carriers.", "how many carriers applied"
    )
    # "us" before the counted noun is the country, not what is counted
    q = "how many us carriers got rip and replace money"
    assert has_answer_type("number", "The $1.9 billion was not enough for all 126 carriers.", q)
    # "units" counts the goods the sentence names
    q = "how many phones does honor ship a yr"
    assert has_answer_type("number", "The Honor business sells phones and ships more than 70 million units a year.", q)
    assert not has_answer_type("number", "Honor was sold for 100 billion yuan in 2020.", q)
    assert not has_answer_type("number", "Honor ships more than 70 million units a year.", "how many routers")
    # a year is no count of what follows it
    q = "how many listings got pulled"
    assert not has_answer_type("number", "Sites agreed in October 2025 to screen listings more strictly.", q)
    assert has_answer_type("number", "Retailers took down millions of listings.", q)
    assert has_answer_type("number", "Retailers took down 2,500 listings.", q)
    # a fraction written as one character still counts
    assert has_answer_type("number", "Derek Wolfe and Malik Jackson each had 5½ sacks.", "how many sacks did wolfe get")


@pytest.mark.parametrize(
    "q, kind",
    [
        ("will the entity list be lifted if there's a new trade deal?", "future"),
        ("what will the fcc decide next year on the covered list, any predictions", "future"),
        ("when will the fcc vote on covered parts", "when"),  # a date is asked for
        ("if there's a us china trade deal will huawei come off the entity list", "future"),
        ("once the suspension ends will the affiliates rule apply again", "future"),
        ("if a customer asks, will you send me the checklist", None),  # a request, not a prediction
        ("what did the fcc decide in 2022", None),
    ],
)
def test_questions_about_what_is_to_come(q, kind):
    assert analyse(q).kind == kind


def test_what_is_to_come_is_answered_by_what_is_planned_or_expected():
    q = "what will the fcc do next"
    assert has_answer_type("future", "The FCC said it would vote in July 2026 on the rule.", q)
    assert has_answer_type("future", "The FCC scheduled its vote for 22 July 2026.", q)
    assert not has_answer_type("future", "The FCC published its Covered List on 12 March 2021.", q)


@pytest.mark.parametrize("q", ["¿podemos vender huawei?", "¡necesito saber ya! huawei"])
def test_spanish_punctuation_marks_another_language(q):
    assert analyse(q).language == "other"


@pytest.mark.parametrize(
    "q, kind",
    [
        ("secure equipment act tl;dr", "explain"),
        ("foreign direct product rule explained pls", "explain"),
        ("what does section 889 mean for resellers", "explain"),
        ("and what does that actually block for us", "explain"),  # what a rule does
        ("tl;dr whats the latest huawei news", None),  # news: the newest documents' gist
        ("tl;dr when did the tgl end", "when"),  # "tl;dr" only asks for it short
        ("explain the fdpr like im 5. reseller asking why huawei cant buy from tsmc", "explain"),  # asked first
        ("foreign direct product rule 2020 - short version for a non-technical customer?", "explain"),
        ("covered list in simple terms, need a one-liner for an faq", "explain"),
        ("quick summary of the secure equipment act", "explain"),
    ],
)
def test_asking_what_a_rule_or_report_says(q, kind):
    assert answer_type(q) == kind


def test_what_a_rule_says_is_its_effect_not_the_day_it_was_signed():
    q = "secure equipment act tl;dr"
    assert has_answer_type("explain", "The act requires the FCC to stop approving covered equipment.", q)
    assert has_answer_type("explain", "The 2012 report concluded that the equipment could undermine security.", q)
    assert not has_answer_type("explain", "On 11 November 2021 President Biden signed the act into law.", q)


def test_the_month_may_is_not_the_modal_may():
    q = "can we sell it, and what does the rule say"
    for kind in ("leave", "explain"):
        assert not has_answer_type(kind, "On 15 May 2020 BIS changed the foreign direct product rule.", q)
        assert has_answer_type(kind, "Since August 2020 no foreign-made item may go to Huawei without a licence.", q)


def test_after_a_bare_event_is_its_time_not_its_reason():
    q = "why did huawei sell honor"
    assert not has_answer_type("why", "Huawei said it would hold no shares in Honor after the sale and would leave.", q)
    assert has_answer_type("why", "AT&T dropped the deal after pressure from lawmakers.", q)
    assert has_answer_type("why", "Best Buy stopped after the FCC warned retailers.", q)


def test_a_word_check_without_the_model_vocabulary_does_not_hide_it_from_later_checks(tmp_path):
    vocab = tmp_path / "vocab.txt"
    vocab.write_text("[PAD]\nzorblat\n", encoding="utf-8")
    assert not english_word("zorblat")  # no vocabulary given: Webster's list only
    assert english_word("zorblat", vocab)  # the model's vocabulary, given later, still counts
    assert not english_word("zorblat", vocab, modern=False)


def test_a_possessive_of_a_name_the_question_gives_is_no_new_name():
    q = "who bought honor from huawei"
    assert not has_answer_type("who", "Huawei said it would take no part in Honor's management.", q)
    assert has_answer_type("who", "Huawei would sell Honor to Shenzhen Zhixin New Information Technology.", q)


def test_a_country_typed_with_a_plural_or_possessive_s_is_still_the_country():
    assert places_in("is canadas huawei ban the same as ours") == {"CA"}
    assert places_in("canada's rules") == {"CA"} and places_in("US ones") == {"US"}


def test_a_reason_word_inside_a_name_gives_no_reason():
    from index.answer.question import has_answer_type

    named = "On 15 May 2020 the Bureau of Industry and Security (BIS) changed the direct product rule."
    assert not has_answer_type("why", named, "why didnt they extend it")
    assert has_answer_type("why", "AT&T dropped the deal over security concerns.", "why")
    assert has_answer_type("why", "Security concerns drove the decision.", "why")
    assert has_answer_type("why", "The report led the Commerce Department to add Huawei.", "why")  # a name mid-phrase
    # what an action was part of is why it was taken
    deal = "BIS suspended the Affiliates Rule for one year, as part of a wider trade agreement with China."
    assert has_answer_type("why", deal, "why was it suspended")
    assert not has_answer_type("why", "Huawei showed the phone as part of its keynote.", "why")


def test_the_date_of_an_end_is_only_given_by_a_sentence_that_ends_something():
    from index.answer.question import has_answer_type

    q = "when did the temporary licence run out"
    assert not has_answer_type("when", "On 20 May 2019 Commerce issued a temporary licence.", q)
    assert has_answer_type("when", "On 17 August 2020 Commerce let the temporary licence expire.", q)
    assert has_answer_type("when", "On 20 May 2019 Commerce issued a temporary licence.", "when was it issued")


@pytest.mark.parametrize("q", ["when does it kick in", "is it in force yet?", "when did it take effect"])
def test_the_date_a_rule_applies_from_is_told_from_its_adoption(q):
    from index.answer.question import asks_start, says_start

    assert asks_start(q)
    assert not says_start("The FCC adopted the order on 28 October 2025 and spelled out what produced by means.")
    for applies in (
        "Since 26 December 2025 the FCC can stop further imports.",
        "The agency ban took effect on 13 August 2019.",
        "The ban on use has applied since August 2020.",
        "From 1 March 2026 the partner margin is 12 percent.",
        "The rule entered into force on 13 August 2020.",
    ):
        assert says_start(applies), applies
    assert not says_start("Nothing has changed since decisions were made.")  # "decisions" is no December
    assert not asks_start("when did the licence that was in effect since 2019 expire?")  # the end is asked
    assert not asks_start("when did the fcc adopt it")


@pytest.mark.parametrize(
    "q, former",
    [
        ("what margin did we use to get on huawei handsets", True),
        ("deal desk wants the old guidance on margins", True),
        ("what was the previous policy on huawei resale", True),
        ("what margin do we make on huawei now", False),
        ("why did best buy stop carrying huawei", False),
    ],
)
def test_a_question_about_guidance_that_was_replaced(q, former):
    from index.answer.question import asks_former_guidance

    assert asks_former_guidance(q) is former


@pytest.mark.parametrize(
    "q, term",
    [
        ("whats harmonyos 6", "harmonyos 6"),
        ("what even is the entity list", "entity list"),
        ("what is the foreign direct product rule for huawei", "foreign direct product rule"),
        ("What is the capital of France?", None),  # a fact about France, not what a capital is
        ("what is the latest on huawei", None),
        ("What UN organizations established the IPCC?", None),  # no "is": not a definition
        ('what does "covered list" mean in plain english? need a one-liner', "covered list"),
        ("what does 889 mean for us", None),  # what it implies for the asker: "explain"
        ("whats the newest mate phone", None),  # which one, not what a mate phone is
        # an acronym spelled out after it (as the engine reads "what even is the fdpr") is the term
        ("what even is the fdpr (foreign direct product rule)", "foreign direct product rule"),
        ("whats the entity list about", "entity list"),  # what it is about: what it is
        # a pronoun read against the part before it: the thing it stands for
        ("whats it about: operation clean carts", "operation clean carts"),
        ("what is it: customer thought the covered list meant their insurance covered it", None),  # a case told
        # "that" after the thing quoted, or heading the message before a dash
        (
            "got an email from amazon mentioning 'operation clean carts' about 2 listings, what is that",
            "operation clean carts",
        ),
        ("operation clean carts - cust sells on amazon and got an email, what is it", "operation clean carts"),
        ("customer asked about our returns, what is that about", None),  # nothing named to define
        ("covered list - what is it?", "covered list"),  # the heading before a dash is the term
        # a clause about the thing is not part of it
        ("what is the covered list the fcc keeps", "covered list"),
        ("whats the entity list that commerce runs", "entity list"),
        ("what is the entity list exactly, cust keeps asking", "entity list"),  # how it is asked is no part of it
        ("whats the covered list again", "covered list"),
        # "next" after a name no dictionary holds is part of the name ("whats next for huawei" asks no definition)
        ("whats harmonyos next", "harmonyos next"),
        ("whats next for huawei", None),
        # asked in the past: what it was
        ("what was the secure equipment act", "secure equipment act"),
    ],
)
def test_a_bare_what_is_question_asks_for_a_definition(q, term):
    from index.answer.question import defined_term

    assert defined_term(q) == term
    assert (answer_type(q) == "define") is (term is not None)


def test_a_definition_has_the_thing_as_its_subject_or_in_apposition():
    from index.answer.question import has_answer_type

    q = "whats harmonyos 6"
    assert has_answer_type("define", "Huawei released HarmonyOS 6, the next generation of its own system.", q)
    assert has_answer_type("define", "HarmonyOS 6 runs only apps built for it.", q)
    assert not has_answer_type("define", "HarmonyOS 6 was first announced at a developer conference.", q)
    q = "whats section 889"
    assert has_answer_type("define", "Section 889 of the 2019 NDAA bars federal agencies from it.", q)
    assert has_answer_type("define", "The section 889 ban on use applies to all prime contractors.", q)
    q = "what does the covered list mean"
    assert not has_answer_type("define", "The order of October 2025 also spells out what a Covered List firm means.", q)
    # "…its Covered List of <what it holds> judged to pose a risk": what the list is
    assert has_answer_type(
        "define", "In March 2021 the FCC published its Covered List of equipment judged to pose a risk.", q
    )
    assert not has_answer_type("define", "The FCC published its Covered List of March 2021 on its website.", q)
    q = "what is the affiliates rule"
    # a state it is in says nothing of what it is; what it did, after when it came, does
    assert not has_answer_type("define", "While the Affiliates Rule is suspended, only listed firms are hit.", q)
    assert not has_answer_type("define", "The Affiliates Rule is no longer in force.", q)
    assert has_answer_type("define", "The Affiliates Rule is a rule of the Commerce Department.", q)
    assert has_answer_type(
        "define",
        "The Affiliates Rule, published on 30 September 2025, had extended the rules to owned firms.",
        q,
    )
    assert not has_answer_type("define", "The Affiliates Rule, published on 30 September 2025, was paused.", q)
    for state in ("currently suspended", "temporarily paused", "on hold", "delayed by a year", "under review"):
        assert not has_answer_type("define", f"The Affiliates Rule is {state}.", q), state
    assert has_answer_type("define", "The Affiliates Rule is still a rule on ownership.", q)
    assert has_answer_type("define", "The Affiliates Rule, published on September 30, 2025, extended it to more.", q)


@pytest.mark.parametrize(
    "q, kind",
    [
        ("what is the margin on huawei phones", "money"),  # another kind wins over "what is X"
        ("what is the reason huawei was banned", "why"),
        ("what is the deadline for 889 compliance", "when"),
        ("how big a deal is the entity list", "number"),  # not an amount of money
    ],
)
def test_a_definition_only_when_no_other_kind_is_asked(q, kind):
    assert answer_type(q) == kind


def test_an_end_is_a_whole_word_and_rescinding_ends_a_rule():
    from index.answer.question import has_answer_type

    assert has_answer_type(
        "when", "The Mate 60 Pro went on sale in August 2023.", "when did the high-end mate 60 launch"
    )
    assert has_answer_type("when", "On 13 May 2025 BIS rescinded the rule.", "when did the ai diffusion rule end")


@pytest.mark.parametrize(
    "q, parts",
    [
        ("rip and replace takes how long? how much was paid?", 2),  # a part that asks is no scene
        ("verizon took huawei off its list when? and why?", 2),
        ("hi team, is huawei on the entity list", 1),
        ("what's new? anything on the entity list?", 2),  # "what's new" asks: no greeting
        ("huawei revenue in 2024 + how much was net profit", 2),  # a figure named alone asks for it
        ("customer has a 50k budget, what can we sell", 1),  # a figure told is the case asked of
    ],
)
def test_a_part_that_asks_is_never_folded_away(q, parts):
    assert len(analyse(q).parts) == parts, analyse(q).parts


@given(st.text(max_size=120), st.text(max_size=160))
@settings(max_examples=300)
def test_kind_checks_never_fail_on_any_question_and_sentence(q, sentence):
    from index.answer.question import has_answer_type

    for kind in (
        "define",
        "when",
        "said",
        "why",
        "money",
        "number",
        "who",
        "future",
        "explain",
        "leave",
        "contact",
        None,
    ):
        assert has_answer_type(kind, sentence, q) in (True, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "William invaded Scotland in 1072, riding as far as Abernethy.",  # a year before 1500
        "Charlemagne was crowned in 800 by the pope.",
        "General Question Time takes place on a Thursday.",
        "The session opens at 11:40 a.m. sharp.",
        "The vote was at 9pm.",
        "Also, in 1965 Edmonds defined a good algorithm.",  # a capitalised word after a year is no counted plural
    ],
)
def test_a_date_is_any_year_weekday_or_time_of_day(sentence):
    assert has_answer_type("when", sentence, "when does it happen?")


@pytest.mark.parametrize(
    "sentence",
    ["Huawei sells phones in 170 countries.", "They cut 1200 jobs.", "It chose from 500 applicants."],
)
def test_a_count_is_no_date(sentence):
    assert not has_answer_type("when", sentence, "when does it happen?")


@pytest.mark.parametrize(
    "q, kind",
    [
        ("What is it called when people rebel against laws they think are unfair?", None),  # a conjunction
        ("who do i escalate to when a customer asks a 889 question", "contact"),  # a route
        ("and when did verizon follow?", "when"),
        ("customer wants to know when the ban started", "when"),
        ("what did the mate 10 pro go for unlocked when it launched in the us", "money"),  # "go for": a price
        ("How much of the population saw the images?", "number"),  # a share, not money
        ("how much of a discount can partners give on huawei deals", "money"),
        ("verizon took huawei off its list when?", "when"),  # at the end, it asks
        ("any update on when the affiliates rule suspension ends", "when"),
        ("what is it called when people rebel, and when did it start", "when"),  # the second "when" asks
        ("what happened after huawei said it will sue", None),  # reported speech, no prediction asked
        ("can we run a poc with huawei gear for a federal customer", "leave"),  # a proof of concept
    ],
)
def test_when_asks_only_as_the_asking_word_and_price_idioms(q, kind):
    assert answer_type(q) == kind


def test_a_count_may_follow_the_thing_counted():
    q = "How many total yards did Denver gain?"
    assert has_answer_type("number", "Denver was outgained in total yards (315 to 194).", q)
    assert not has_answer_type("number", "Denver gained yards in 2016.", q)  # a year is no count
    assert has_answer_type("number", "An estimated one-quarter of the population saw it.", "how much of the population")


@pytest.mark.parametrize(
    "q, kind",
    [
        ("who do i escalate to when a customer asks a 889 question i cant answer", "contact"),
        ("who do I ping about a huawei deal that came in through the partner portal", "contact"),
        ("where do we send compliance questions", "contact"),
        ("who signed the dec 2017 letter to the fcc", "who"),  # a name in the news, not a route
        ("who on our team handles export control q's", "contact"),  # who takes it in-house
        ("who handles rma requests for huawei phones", "contact"),
        ("who handles the rip and replace programme", "who"),  # an agency in the news
        ("prospect asked if our own network has huawei in it. who can answer that", "contact"),  # take it to someone
        ("who signs off on this?", "contact"),
        ("where do i submit a compliance request", "contact"),
        ("poc for export control questions?", "contact"),
        ("who should i loop in on a zte deal", "contact"),
        ("who should i run it by", "contact"),
        ("who approved it", "who"),  # a deed in the past: a name
        ("who can approve the new rule", "who"),  # a thing named, not the question in hand
        ("which law firm represents huawei in the us", "who"),  # the doer by its kind, after a word or two
        ("what company makes the kirin chips", "who"),
        ("whats on the covered list", "who"),  # names on a list
        ("whats on the pre-quote checklist step by step", None),  # what a document holds: its steps
    ],
)
def test_who_to_contact_asks_for_a_route_not_a_name(q, kind):
    assert answer_type(q) == kind


def test_a_route_is_an_office_a_channel_or_a_form():
    q = "who do i talk to about a huawei deal"
    assert has_answer_type("contact", "Compliance questions go to the compliance office through the intake form.", q)
    assert has_answer_type("contact", "Post deal registrations in #partner-deals for the channel manager.", q)
    assert not has_answer_type("contact", "Huawei denies that the Chinese government controls it.", q)


@pytest.mark.parametrize(
    "sentence", ["The Pura X sold from 7,499 yuan in China.", "It cost 120 pounds.", "The fine was ₹500 crore."]
)
def test_an_amount_in_any_currency_is_an_amount(sentence):
    assert has_answer_type("money", sentence, "how much was it?")


@pytest.mark.parametrize(
    "q, forecast",
    [
        ("will the entity list be lifted next yr?", True),
        ("do you think the suspension gets extended past next year", True),
        ("do you think the customer needs a license for the mate 60?", False),  # an opinion on now
        ("will huawei be taken off the entity list by 2028?", True),
        ("if there's a us china trade deal will huawei come off the entity list", True),
        ("are they gonna lose their usf funding?", False),  # a rule's consequence
        ("what will the 50 be plated with?", False),
        ("customer is nervous about data going to china, any talking points?", False),  # motion, not future
        ("whats the chance the fcc finalizes the parts ban b4 end of yr", True),  # odds, a horizon ahead
        ("did the fcc finish the rule by end of year 2022", False),  # a past horizon
        ("did the fcc finalize the rule before the end of the year", False),  # the past
        ("what are the odds a school loses e-rate funding if it buys huawei gear", False),  # a rule's consequence
        ("what's the chance of a refund if the customer returns a huawei phone", False),
    ],
)
def test_a_forecast_is_told_from_a_future_consequence(q, forecast):
    assert asks_prediction(q) is forecast


@pytest.mark.parametrize(
    "q, parts, kind, forecast",
    [
        ("will the entity list be lifted next year, what do u think", 1, "future", True),
        ("rip and replace finished by 2027? gut feeling", 1, "future", True),
        # an opinion on now: no forecast (whether a model is sold here now asks leave: the rule on selling it answers)
        ("is the mate 80 sold in the us - thoughts?", 1, "leave", False),
        ("huawei 2024 revenue, your take", 1, "money", False),
        ("what did huawei think about the ban", 1, "said", False),  # a speaker's view, no tag
        ("will huawei come off the entity list, what do you think", 1, "future", True),  # opinion on what will be
        ("is huawei on the entity list \u2013 thoughts?", 1, None, False),  # an en dash before the tag
        # about the past, a year is no horizon
        ("did the fcc ban huawei gear by 2023? your take", 1, None, False),
        ("was rip and replace fully funded by 2025? thoughts", 1, None, False),
    ],
)
def test_an_opinion_tag_is_no_part_and_makes_a_horizon_a_forecast(q, parts, kind, forecast):
    info = analyse(q)
    assert len(info.parts) == parts and info.kind == kind and info.prediction is forecast, info
    assert all(not re.search(r"think|gut|thoughts|take", p) for p in info.parts if "think about" not in q), info.parts


def test_going_to_is_future_only_after_a_subject_or_be():
    assert answer_type("is huawei going to re-enter the us market?") == "future"
    assert answer_type("what's going to happen to the affiliates rule") == "future"
    assert answer_type("they're going to ban it, right?") == "future"
    assert answer_type("customer is nervous about data going to china") != "future"
    # the asker's own plan, or a past intent, is no forecast
    assert answer_type("we are going to quote a federal contractor next week, can we include huawei phones?") == "leave"
    assert answer_type("we're going to a trade show next month - can we show the mate 80 pro?") == "leave"
    assert answer_type("i was going to ask about the e-rate rule") != "future"


@pytest.mark.parametrize(
    "q, kinds",
    [
        # a yes/no part asks yes or no, even when it is read against the part before it
        ("rip and replace funding - how much did congress give, and is it still short?", ("money", None)),
        ("how much did congress give? was it enough", ("money", None)),
        # "…too?" asks the part before's question again
        ("how many labs did the fcc bar in may? did it in september too?", ("number", "number")),
        # an elliptical part without an asking word of its own asks what the part before asked
        ("when did verizon drop huawei? and at&t?", ("when", "when")),
        # a short part with an asking word and its verb asks its own question
        ("how much is the mate 80 pro? what os does it run", ("money", None)),
        # …but "what was it for zte" is elliptical: it asks the part before's question of zte
        ("when did the fcc ban take effect, and what was it for zte?", ("when", "when")),
    ],
)
def test_each_part_asks_its_own_kind(q, kinds):
    assert analyse(q).part_kinds == kinds, analyse(q)


@pytest.mark.parametrize(
    "q, kind",
    [
        ("whats the mate 80 pro going for in europe", "money"),  # a price, as people ask it
        ("what are they selling for now", "money"),
        ("does the 2026 listings note allow that or no", "leave"),  # what a note allows is a rule
        ("would the checklist let us quote it", "leave"),
    ],
)
def test_the_kind_of_a_price_or_of_what_a_note_allows(q, kind):
    assert answer_type(q) == kind


def test_a_past_rule_is_leave_and_a_notes_rule_of_that_time_is_former_guidance():
    q = "sourcing note — was buying from a disti's open market stock ok back then"
    info = analyse(q)
    assert asks_leave(q) and info.former and not info.present, info
    # "back then" without a note is no former guidance: the past of an event, not an old rule
    assert not analyse("what did at&t say back then").former
    # the past rule asks nothing of now: "were we allowed to price-match" is not a question about the present
    assert not analyse("were we allowed to price-match amazon on huawei phones after may 2019").present


def test_a_document_is_no_speaker():
    # "what does the security q&a note tell us to say" asks the note's rule, not someone's words
    assert answer_type("what does the security q&a note tell us to say") != "said"
    assert answer_type("what did the 2012 house report say about huawei") != "said"
    assert answer_type("what did richard yu say about the at&t deal") == "said"


def test_an_official_country_name_is_a_place():
    assert [country_name(c) for c in places_in("is huawei restricted in the czech republic?")] == ["Czechia"]


@pytest.mark.parametrize(
    "q, former, present",
    [
        ("did the old checklist allow that?", True, False),  # what a rule allowed then is not a question about now
        ("does the returns note say we need the receipt at the time of purchase?", False, False),  # not "then"
        ("was it ok back then to resell huawei without a carrier", True, False),  # a past permission, then
    ],
)
def test_a_rule_of_another_time_is_told_from_a_rule_of_now(q, former, present):
    info = analyse(q)
    assert (info.former, info.present) == (former, present), info


@pytest.mark.parametrize(
    "q, kind",
    [
        ("will commerce allow it again next year?", "future"),  # a forecast, not what a rule allows
        ("is huawei going for an ipo?", None),  # "going for" without a price frame asks no price
        ("what did the rules committee chair say?", "said"),  # a person whose title holds a document word
    ],
)
def test_what_the_new_readings_leave_alone(q, kind):
    assert answer_type(q) == kind


def test_a_countrys_own_rules_follow_a_dash_only_with_its_own_words():
    from index.answer.scope import _REGIME_AFTER, _pattern

    def regimes(q: str) -> list[str]:
        return [m.group(1) for m in _pattern().finditer(q) if _REGIME_AFTER.match(q, m.end())]

    assert regimes("argentina — any rules on huawei gear") == ["argentina"]
    assert regimes("customer in chile — our rules still apply to them?") == []  # the home country's rules
    assert regimes("a uk based law firm wants phones") == []  # a firm, not a regime


@pytest.mark.parametrize(
    "q, deal",
    [
        ("can we resell huawei routers?", True),
        ("is it ok to quote huawei tablets?", True),
        ("school district wants 25 huawei mifi units for its buses. yes or no", True),
        ("county jail wants cheap huawei matepads, they are not federal so ok?", True),  # a request, "ok?" its verdict
        # whether a customer may buy, keep or use one: not ours to sell
        ("our customer is a fed contractor, are they allowed to buy huawei switches under 889?", False),
        ("can they keep huawei routers in the office if none of it touches the contract?", False),
        # whether anything stands in the way of a request for Huawei's goods: leave to supply them
        ("nursing home group wants huawei tablets for residents. anything actually blocking that?", True),
        ("vet clinic, 3 locations, wants 3 huawei routers. any actual law against it or just our own policy?", True),
        ("state lottery commission wants huawei tablets. any federal hook or purely a state call", True),
        # the requester buying from others, not from us; and a blocker asked of no request
        ("phone store wants to buy used huawei phones off walk-ins to part them out. any issue for them", False),
        # a service on the goods, a blocker asked of a source or of the customer's own side
        ("clinic needs huawei phones fixed, any rule against it?", False),
        ("county wants huawei switches, anything against it in the 2012 report?", False),
        ("fed contractor wants huawei phones, any problem for them?", False),
        ("church wants huawei routers, any regs against it?", True),
        ("customer wants 30 mate 80 pros for his sales team, anything blocking that?", True),  # a line by name
        ("any rules on huawei gear in argentina", False),
    ],
)
def test_asking_whether_partners_may_deal_in_a_product(q, deal):
    assert asks_partners_to_deal(q) is deal


@pytest.mark.parametrize(
    "q, leave",
    [
        ("sell huawei phone?", True),  # the dealing asked by its verb alone, as chat does
        ("ship huawei gear to mexico?", True),
        ("still resell mate 10 pros?", True),
        ("list huawei products?", False),  # may ask for a list
        ("stock price for huawei?", False),
        ("sell huawei phones", False),  # no question mark: a note, not a question
    ],
)
def test_a_dealing_verb_opening_a_chat_question_asks_leave(q, leave):
    from index.answer.question import asks_leave

    assert asks_leave(q) is leave


@pytest.mark.parametrize(
    "q, sentence, gives",
    [
        # a deadline is a date something is due by, not a report's date
        ("whats the deadline for rip and replace", "The FCC's report to Congress of 30 December 2024 said so.", False),
        ("what deadline did the fcc get", "The act gave the FCC until 11 November 2022 to adopt rules.", True),
        # what qualifies by when it was bought is no date by which to act
        ("whats the deadline to rip out huawei gear", "It covers equipment bought on or before 30 June 2020.", False),
        ("whats the deadline to file", "Carriers must file on or before 30 June 2020.", True),
        # a share asked is a percentage, not any number
        ("what ownership % triggers it", "On 29 September 2025 BIS adopted the rule.", False),
        ("what ownership % triggers it", "Companies 50 percent or more owned are covered.", True),
        # an amount asked of what came to pass: a figure it could come to is none
        ("how much did tsmc end up paying", "TSMC could be fined $1 billion or more.", False),
        ("how much could tsmc pay", "TSMC could be fined $1 billion or more.", True),
        # a price asked in the US: a price in yuan (converted or not) is China's
        ("pura x us price?", "It sold only in China from 7,499 yuan (about $1,037).", False),
        ("mate 10 pro price in the us", "Huawei priced the unlocked US version at $799.", True),
        ("pura x price?", "It sold only in China from 7,499 yuan (about $1,037).", True),
        # a price asked is no percentage (a share or a change asked may be)
        ("whats the mate 70 price", "It performs 40 percent better than earlier models.", False),
        ("how much did the price drop", "The price fell 20 percent.", True),
        # what a thing says, not what it is about: a "how" clause or a document's topic
        ("tl;dr on the ascend guidance", "It was a statement of how existing export rules apply.", False),
        ("tl;dr on the ascend guidance", "BIS issued three documents, one of which covers Ascend chips.", False),
        ("tl;dr on the ascend guidance", "The guidance bars US and non-US persons from using the chips.", True),
        ("tl;dr the usf rule", "The rule covers E-Rate from funding year 2020.", True),
        ("tl;dr the fcc investigation", "The investigation also covers Hytera and China Unicom.", False),  # a detail
        # a stake asked is a share
        ("what stake gets a lab barred", "A lab is barred when an entity holds 10 percent or more of it.", True),
        ("what stake gets a lab barred", "On 22 May 2025 the FCC voted 4-0 to ban test labs.", False),
        # when to do something: the case in which to do it
        ("when do i escalate", "Escalate it when a repair has taken more than fifteen working days.", True),
        # a security product and an after-sales service are no causes
        ("why did google do it", "Google Play Protect security service would keep working.", False),
        ("why did google do it", "Huawei would keep providing after-sales service.", False),
        ("why did google do it", "Google acted over security concerns.", True),
        # a month the question names in short is the question's own date
        ("when will it be extended past nov 2026", "It runs until November.", False),
        # a fine asked: only an amount said to be a fine, on whom the question names
        (
            "how much did the fcc fine huawei",
            "E-Rate applicants had sought about $2.3 million of Huawei equipment.",
            False,
        ),
        ("how much could tsmc be fined", "TSMC could be fined $1 billion or more by the Commerce Department.", True),
        ("how much was zte's 2018 fine", "ZTE agreed to pay a $1 billion penalty in June 2018.", True),
        # (a fine on another that names the one asked about)
        (
            "how much did the doj fine huawei",
            "TSMC could be fined $1 billion or more because a chip ended up in Huawei's.",
            False,
        ),
        ("how big was the penalty", "The possible penalty of more than $1 billion reflects US export rules.", True),
        (
            "how much did it cost",
            "E-Rate applicants had sought about $2.3 million of Huawei equipment.",
            True,
        ),  # no fine
    ],
)
def test_what_a_sentence_must_hold_to_give_the_kind_asked(q, sentence, gives):
    kind = analyse(q).kind
    assert has_answer_type(kind, sentence, q) is gives, (kind, q)


def test_losing_something_asks_when_it_ended():
    assert not has_answer_type(
        "when", "On 20 May 2019 Commerce issued a 90-day licence.", "when did huawei lose its licence"
    )
    assert has_answer_type("when", "On 17 August 2020 Commerce let the licence expire.", "when did huawei lose it")


def test_a_case_told_before_a_question_pointing_back_is_that_questions_context():
    parts = analyse("customer brought in a mate 80 pro he bought in spain, can we support it?").parts
    assert len(parts) == 1 and "mate 80 pro" in parts[0], parts
    # a question of its own stays a part
    assert len(analyse("did the customer buy a mate 80 pro? can we support it").parts) == 2


@pytest.mark.parametrize(
    "text, place",
    [("Huawei priced it at 1,299 euros.", "EU"), ("It launched in Spain in 2026.", "EU"), ("from 7,499 yuan", "CN")],
)
def test_a_passage_speaks_of_the_place_of_its_prices_currency_and_of_the_union_its_country_is_in(text, place):
    assert place in text_places(text)


@pytest.mark.parametrize(
    "q, kind",
    [
        ("section 889 agency ban date?", "when"),
        ("what was the date of the entity list listing", "when"),
        ("is the checklist up to date?", None),
    ],
)
def test_a_date_asked_by_name_asks_when(q, kind):
    assert analyse(q).kind == kind


def test_a_count_asked_is_a_total_not_an_increment_and_a_clipped_word_counts_its_full_form():
    q = "how many chinese labs had the fcc barred by end of sept 2025"
    assert not has_answer_type("number", "On 26 September 2025 the FCC turned down four more Chinese labs.", q)
    assert has_answer_type("number", "By 26 September 2025 the FCC had barred 15 Chinese laboratories.", q)
    more = "how many more labs did the fcc turn down on 26 september"  # more of them asked: the increment answers
    assert has_answer_type("number", "On 26 September 2025 the FCC turned down four more Chinese labs.", more)


@pytest.mark.parametrize("q", ["which fcc commissioner pushed clean carts", "which us senator wrote the letter"])
def test_which_post_holder_asks_who(q):
    assert answer_type(q) == "who"


def test_a_start_in_part_of_a_month_says_since_when():
    from index.answer.question import says_start

    assert says_start("TSMC said it has not supplied Huawei since mid-September 2020.")
    assert says_start("The rule has applied since early May 2019.")


def test_a_number_is_read_whole_not_digit_by_digit():
    # "100" is no number the question names, though "2021" holds a "1" and a "0"
    q = "how many existing huawei android phones were getting upgraded to harmonyos in 2021"
    said = "Huawei said in June 2021 that about 100 existing Huawei Android phone models would be updated."
    assert has_answer_type("number", said, q, lenient=True)


def test_the_harm_something_would_do_is_the_reason_given_against_it():
    q = "why did bis scrap the ai diffusion rule"
    said = "BIS said in May 2025 that the AI diffusion rule would have held back US innovation and hurt US relations."
    assert has_answer_type("why", said, q)
    assert not has_answer_type("why", "The rule would have taken effect on 15 May 2025.", q)


@pytest.mark.parametrize(
    "q, checked",
    [
        ("mate 10 pro us launch price was $799 right? cust thinks it was $699", True),
        ("huawei landed on the entity list in may 2019, confirming for a deck", True),
        ("the mate 10 pro cost $799, what does the mate 80 pro cost", False),
    ],
)
def test_a_value_stated_to_be_checked_is_answered_by_a_sentence_stating_it(q, checked):
    from index.answer.question import has_answer_type

    sentence = "At CES 2018 Huawei priced the Mate 10 Pro at $799 in May 2019."
    kind = "money" if "$" in q else "when"
    assert has_answer_type(kind, sentence, q) is checked


def test_what_comes_before_so_is_the_reason_for_what_follows_when_that_was_asked():
    from index.answer.question import has_answer_type

    s = "The FCC ban has applied since 2023, so new Huawei phones such as the Pura 80 cannot be imported."
    assert has_answer_type("why", s, "why cant we sell the pura 80")
    # the reason for something the question does not ask about is no answer to it
    other = "Best Buy and Amazon were named as retailers, so resellers could source phones without a carrier."
    assert not has_answer_type("why", other, "why the gap between the prices")


def test_a_count_written_out_is_a_number():
    from index.answer.question import has_answer_type

    s = "Escalate a complaint to the support desk lead when a repair has taken more than fifteen working days."
    assert has_answer_type("number", s, "how many days before i escalate a repair complaint")


def test_an_end_is_dated_by_what_has_not_happened_since_and_ending_up_somewhere_is_no_end():
    q = "when did tsmc stop making chips for huawei"
    since = "TSMC said in April 2025 that it has not supplied Huawei since mid-September 2020."
    assert has_answer_type("when", since, q)
    # "ended up in" tells where a chip went: the date of that report is no date of an end
    went = "A chip TSMC made ended up in Huawei's Ascend 910B processor, Reuters reported on 8 April 2025."
    assert not has_answer_type("when", went, q)
    assert has_answer_type("when", "The licence ended on 17 August 2020.", q)


def test_a_reason_word_the_question_says_itself_gives_no_reason_even_in_the_plural():
    q = "why is huawei considered a national security threat"
    designated = "On 30 June 2020 the FCC designated Huawei and ZTE as national security threats."
    assert not has_answer_type("why", designated, q)
    # what the FCC "pointed to" is the reason it gave
    assert has_answer_type("why", "The FCC pointed to the two companies' ties to the Chinese government.", q)


def test_a_sum_lacking_is_an_amount_not_a_share():
    q = "how much was the rip and replace funding shortfall"
    assert not has_answer_type("money", "More than 70 percent of participants named the partial payments.", q)
    assert has_answer_type("money", "The $1.9 billion Congress had first provided was not enough.", q)


def test_a_definition_is_the_thing_said_as_a_fact_in_the_words_the_sentence_uses():
    # what someone denied of it is no definition
    denied = "Huawei denied that HarmonyOS is a derivative of Android."
    assert not has_answer_type("define", denied, "what is harmonyos")
    assert has_answer_type("define", "HarmonyOS is Huawei's own operating system.", "what is harmonyos")
    # the term as the sentence writes it: "section 889" of "ndaa section 889 ban"
    q = "what is the ndaa section 889 ban about"
    assert has_answer_type("define", "Section 889 of the 2019 NDAA bars US federal agencies from Huawei equipment.", q)
    assert not has_answer_type("define", "Section 889 of the 2019 NDAA takes effect in two stages.", q)


def test_a_sum_set_aside_is_an_amount():
    q = "how much did the fcc set aside for rip and replace"
    assert not has_answer_type("money", "More than 70 percent of participants named the partial payments.", q)


@pytest.mark.parametrize(
    "q, kind",
    [
        ("what does ndaa section 889 say about huawei", "explain"),  # a section of a law says what it rules
        ("what does section 889 say", "explain"),
        ("what did ren zhengfei say about the ban", "said"),  # a person's words
    ],
)
def test_what_a_section_of_a_law_says_is_its_rule_not_a_quote(q, kind):
    assert answer_type(q) == kind


def test_the_thing_asked_about_given_as_a_cause_is_no_reason_for_it():
    # "because of the US ban Huawei could not…" tells a consequence of the ban, not why the US banned Huawei
    said = "Richard Yu said that because of the US ban Huawei could not pre-install Google's apps on the Mate 30."
    assert not has_answer_type("why", said, "why did the us ban huawei in the first place")
    assert has_answer_type("why", said, "why does the mate 30 lack google apps")
    assert has_answer_type("why", "AT&T dropped the deal because of pressure from Washington.", "why did att drop it")


@pytest.mark.parametrize(
    "sentence, reason",
    [
        ("For that reason the May 2025 guidance places the three chips under a presumption.", False),
        ("That is why the FCC acted.", False),
        ("The FCC acted because of the two companies' ties to the Chinese government.", True),
    ],
)
def test_a_sentence_pointing_back_at_a_reason_gives_none_itself(sentence, reason):
    from index.answer.question import has_answer_type

    assert has_answer_type("why", sentence, "why did the us ban huawei") is reason


def test_a_premise_before_a_wh_question_keeps_its_wh_word():
    # "now that huawei is off the line card what are we supposed to…": one question, not "…line card what" and "are
    # we supposed to…"
    q = "now that huawei is off the line card what are we supposed to steer handset customers toward instead"
    assert analyse(q).parts == (q,), analyse(q).parts
    assert analyse("since the ban was lifted in 2020 can we start selling again").parts == (
        "since the ban was lifted in 2020, can we start selling again",
    )


def test_whether_something_will_run_with_no_time_ahead_asks_what_it_can_do():
    assert answer_type("will a customer's android business apps run on a pura x") is None
    assert answer_type("will it work with our mdm") is None
    assert answer_type("will android apps still run on huawei phones next year") == "future"  # a time ahead: a forecast
    assert answer_type("will the fcc ban huawei watches") == "future"  # no ability asked


def test_a_total_given_or_a_currency_by_its_code_asks_an_amount():
    from index.answer.question import expand_shorthand

    assert answer_type("whats the total pot congress gave for rip and replace, just the headline number") == "money"
    assert answer_type("how big was the pot for rip and replace") == "money"
    assert answer_type("how are the total numbers of seats allocated to parties") != "money"
    assert "yuan" in expand_shorthand("mate 70 base price in china in cny?")
    assert "yuan" in expand_shorthand("pura 80 pro price in RMB")


def test_whats_on_a_roadmap_asks_what_it_holds_not_who():
    assert answer_type("whats on huaweis ascend roadmap for 2026") != "who"
    assert answer_type("whats on the covered list") == "who"


@pytest.mark.parametrize(
    "typed, read",
    [
        ("did bis back off the ascend guidance?", "did bis soften the ascend guidance?"),
        ("so they backed off on the rule?", "so they softened the rule?"),
        ("can we swap a dead huawei phone", "can we swap a faulty huawei phone"),
        ("customer's bricked mate 60, what now", "customer's faulty mate 60, what now"),
        # ("mdm" as the corpus writes it since round 62: "our managed-device service")
        (
            "customer wants his pura x enrolled in our mdm",
            "customer wants us to enrol his pura x in our managed device service",
        ),
        ("what did its latest annual numbers show", "what did its latest annual numbers (revenue and profit) show"),
        ("unlisted subs are fine as customers now right?", "unlisted subs are safe customers now right?"),
        # not a rule that is dead, nor results asked for what they said of something
        ("the ai diffusion rule is dead right", "the ai diffusion rule is dead right"),
        ("is the affiliates rule dead for huawei phones?", "is the affiliates rule dead for huawei phones?"),
        ("can a lab get back off the bad labs list", "can a lab get back off the bad labs list"),
        ("which came first: verizon backing off huawei phones", "which came first: verizon backing off huawei phones"),
        ("customer wants 25 unlocked mate 10 pros", "customer wants 25 unlocked mate 10 pros"),
        # (their gear is their equipment, as the corpus writes it, since round 63)
        ("how many carriers still need their gear replaced", "how many carriers still need their equipment replaced"),
        ("is it fine for customers to bring their own phone", "is it fine for customers to bring their own phone"),
        ("what did the chair say in the annual results", "what did the chair say in the annual results"),
        ("did the annual results say anything about chips", "did the annual results say anything about chips"),
        ("customer wants his 40 units fixed asap", "customer wants us to fix his 40 units asap"),
    ],
)
def test_everyday_words_are_read_as_the_corpus_writes_them(typed, read):
    assert expand_shorthand(typed) == read


def test_a_date_to_finish_by_is_a_deadline():
    said = "The FCC's report of 30 December 2024 said that 70 percent named the partial payments as an obstacle."
    for q in ("when do carriers have to finish by", "by when must carriers finish", "when do i need to file by"):
        assert answer_type(q) == "when", q
        assert not has_answer_type("when", said, q), q
    assert has_answer_type("when", said, "when did the fcc report to congress")
    # done by a date, not by an amount nor how things stood at one
    q = "by when did most colonies gain independence"
    assert has_answer_type("when", "Nearly all of the colonies gained independence by 1960.", q)
    assert not has_answer_type("when", "Revenue rose by 1500 units in the year.", q)
    assert not has_answer_type("when", "By December 2024 the FCC had granted 118 of 139 extensions.", q)


def test_a_role_asked_of_one_company_is_not_given_by_anothers():
    ren = "In June 2025, Huawei founder and CEO Ren Zhengfei told Chinese state media that chips lag."
    assert not has_answer_type("who", ren, "who's the ceo of honor now")
    assert has_answer_type("who", ren, "who is huawei's ceo")
    assert has_answer_type("who", ren, "who is the ceo of huawei")
    assert has_answer_type("who", ren, "who's ceo of huawei")
    # a role is held only by a name in that role: "President Trump" is no country manager
    trump = "On 15 May 2019 President Trump signed an executive order on the supply chain."
    assert not has_answer_type("who", trump, "who is huawei's us country manager")
    assert has_answer_type("who", trump, "who is the president of the us")
    assert role_asked("who is huawei's us country manager") == "huawei's us country manager"
    assert role_asked("who's the ceo of tsmc") == "the ceo of tsmc"
    assert role_asked("who signed the order") is None
    # the owner's whole name, not its first or last word
    assert role_asked("who is best buy's ceo") == "best buy's ceo"
    assert role_asked("who is the ceo of best buy rn") == "the ceo of best buy"
    assert role_asked("who's the fcc chairman behind operation clean carts") == "the fcc chairman"
    assert role_asked("who runs honor now, like who's the ceo") is None  # (no organisation named with the role)
    assert role_asked("who is the new ceo") is None
    assert role_asked("who's honor's ceo") == "honor's ceo"  # (not "s honor's ceo")
    assert role_asked("who is the head of compliance") is None  # one of our own teams: the routes answer
    # a director or a secretary is a role of the body named with it; "the Director of National Intelligence" is no CIA
    # director, though the CIA is named just before
    assert role_asked("who was the cia director") == "the cia director"
    assert role_asked("who was commerce secretary") == "the commerce secretary"
    chiefs = "Officials including the heads of the FBI, CIA and NSA and the Director of National Intelligence spoke."
    assert not has_answer_type("who", chiefs, "who was the cia director")
    wray = (
        "FBI Director Christopher Wray told the Senate Intelligence Committee in February 2018 that it was concerned."
    )
    assert has_answer_type("who", wray, "who is the fbi director") and not has_answer_type(
        "who", wray, "who is the cia director"
    )
    assert has_answer_type(
        "who", "Commerce Secretary Wilbur Ross said in August 2019 that…", "who was commerce secretary"
    )
    # (a body named after the role that is part of the one asked still holds it: squad-half's Disney-ABC)
    sweeney = "Anne Sweeney was named president of ABC parent Disney-ABC Television Group in 2004."
    assert has_answer_type("who", sweeney, "Who was named president of Disney-ABC television group in 2004?")
    # two roles asked together, either answers; a head coach is no head of anything
    assert role_asked("who was named the president and ceo of abc") is None
    assert role_asked("who was the panthers head coach for the 2015 season?") is None
    # a leader named by what they do
    led = "In 2012 the House Intelligence Committee, led by Rep. Mike Rogers, released a report."
    assert has_answer_type("who", led, "who is the chair of the house intelligence committee")
    # a title before a bare name heads a country, not the company asked; "boss" is whoever leads
    assert not has_answer_type("who", trump, "who is huawei's president")
    assert has_answer_type("who", ren, "who is huawei's boss")
    assert not has_answer_type("who", ren, "who is huawei's country manager")


def test_millions_of_something_counted_are_no_sum_of_money():
    q = "how much money in total"
    assert not has_answer_type("money", "It is for carriers with 10 million or fewer customers.", q)
    assert not has_answer_type("money", "More than 23 million devices run it.", q)
    assert has_answer_type("money", "Congress gave it $1.9 billion.", q)
    assert has_answer_type("money", "Revenue was 862.1 billion yuan.", q)
    assert has_answer_type("money", "It cost 5 million to build.", q)
    assert has_answer_type("money", "The $1.9 billion Congress gave fell short.", q)
    # (since round 62 for any amount asked, not only a sum: "how much did it go for" after the Honor sale had quoted
    # "ships more than 70 million units a year"; a price is no count of units either)
    assert not has_answer_type(
        "money", "Honor sells low-priced phones and ships 70 million units a year.", "how much are honor phones"
    )


def test_a_currency_asked_is_looked_for_in_the_clause_of_the_edition_asked():
    two = "The MateBook Fold costs 23,999 yuan (about $3,328), while the MateBook Pro starts at 7,999 yuan."
    assert currency_asked("matebook pro price in usd") == "dollars"
    assert currency_asked("pura x price in euros?") == "euros"
    assert currency_asked("matebook pro price") is None
    assert currency_missing("matebook pro price in usd", two, edition=True)
    assert not currency_missing("matebook fold price in usd", two, edition=True)
    assert not currency_missing("matebook pro price in usd", two)  # (the whole sentence, as scoring reads it)
    assert not currency_missing("how much is the matebook pro vs fold in usd", two, edition=True)  # both asked


def test_whos_typed_without_its_apostrophe_asks_who():
    assert answer_type("whos on it") == "who"
    assert answer_type("whos the escalation contact for compliance") == "who"
    assert answer_type("customers whos phones died") != "who"
    assert expand_shorthand("whos the support contact") == "who's the support contact"  # searched as written there


def test_a_fine_is_no_price_and_a_total_no_rate():
    fine = "TSMC could be fined $1 billion or more because a chip ended up in Huawei's Ascend 910B."
    assert not has_answer_type("money", fine, "what does an ascend 910b cost")
    assert has_answer_type("money", fine, "how much could tsmc be fined")
    assert has_answer_type("money", fine, "how big a fine was tsmc facing over the huawei chip")
    total = "Congress had earlier given the rip and replace programme $1.9 billion."
    assert not has_answer_type("money", total, "how much does rip and replace pay per cell site")
    assert has_answer_type("money", total, "how much did congress give rip and replace")
    assert has_answer_type("money", "Huawei priced it at $799 per unit.", "mate 10 pro price per unit")
    # a product's price is one per unit; "per the fcc" asks no rate; a fine is what a plea cost
    assert has_answer_type("money", "Huawei priced the Pura 80 Pro from 6,499 yuan.", "pura 80 pro price per phone")
    assert has_answer_type("money", total, "how much did rip and replace get per the fcc")
    assert has_answer_type("money", "Huawei agreed to pay a fine of $1.9 billion.", "how much did the plea cost huawei")


def test_how_much_money_asks_a_sum_which_a_share_is_not():
    # "rip and replace - how much money total?" quoted "…more than 70 percent of rip and replace participants…"
    q = "rip and replace - how much money total?"
    share = "The report said that more than 70 percent of rip and replace participants named the partial payments."
    assert not has_answer_type("money", share, q)
    assert has_answer_type("money", "Congress had earlier given the rip and replace programme $1.9 billion.", q)
    assert has_answer_type("money", share, "what share of participants named the partial payments")  # a share asked


@pytest.mark.parametrize(
    "q, kind",
    [
        ("cust wants 30 huawei units, can i give a volume discount?", "leave"),  # whether we may
        ("could we give the cust a 5% discount on the cleared stock", "leave"),
        ("how much discount can we give", "money"),  # how much asked
        ("whats the discount on the mate 10 pro", "money"),
    ],
)
def test_leave_asked_to_grant_a_term_is_no_question_of_its_amount(q, kind):
    # "can i give a volume discount?" was read as an amount: "The partner corpus does not say the amount."
    assert analyse(q).kind == kind


@pytest.mark.parametrize(
    "q, said",
    [
        # a year followed by a word that only ends in "s" is no count of a plural
        ("when was the duchy of normandy founded", "The Duchy of Normandy, which began in 911 as a fiefdom, grew."),
        ("what year's census gave that population", "The 2001 census information gave a population of 189,863."),
        # a time told from now or from another event
        ("when did photosynthetic organisms evolve", "They evolved, probably about 3.5 billion years ago."),
        ("when did the committee meet", "The committee met one day after the flight."),
        ("when are recent episodes made available", "Episodes are made available the day after their broadcast."),
        ("when did the earliest incidents occur", "The earliest incidents took place during the Roman Empire."),
        ("when are subject committees set up", "Committees are set up at the beginning of each session."),
        ("how long ago did the water break through", "Within the last 5–10 million years the water broke through."),
        # the noun of an end dates an end
        ("in what year was the show canceled", "With the 2011 cancellation of the show, one programme remained."),
        (
            "when did the practice of wiping tapes stop",
            "By 1978 the practice of wiping tapes had been brought to a stop.",
        ),
    ],
)
def test_a_date_written_otherwise_is_a_date_given(q, said):
    # squad-half had "The partner corpus does not say when. What it does say: …began in 911…"
    assert has_answer_type("when", said, q, lenient=True)


def test_a_time_from_another_event_is_no_date_for_ranking_and_a_place_finished_no_end():
    # as a scoring signal "years ago" would favour any span; only before saying "does not say when" it counts
    assert not has_answer_type("when", "It evolved about 3.5 billion years ago.", "when did it evolve")
    # "end in 4th place" asks the year it finished there, which "In 2004, … landing in fourth place" gives
    said = "In 2004, ABC's average viewership declined by ten ratings points, landing the network in fourth place."
    assert has_answer_type("when", said, "in what year did abc's viewership end in 4th place", lenient=True)
    assert not has_answer_type("when", "The licence was issued in May 2019.", "when did the licence end")


def test_a_count_written_otherwise_is_a_count_given_and_a_number_counting_something_else_is_not():
    # squad-half had "The partner corpus does not say the number. What it does say: …forcing seven turnovers."
    for q, said in (
        (
            "how many yards did the punt travel",
            "Norwood received Nortman's short 28-yard punt.",
        ),  # a short word, singular
        # counted in another word of the question: "turn over" → "turnovers", "emigrated"
        ("how many times did arizona turn the ball over", "They won 49–15, forcing seven turnovers."),
        ("how many huguenots emigrated to north america", "Four thousand emigrated to the North American colonies."),
    ):
        assert has_answer_type("number", said, q, lenient=True), (q, said)
    for q, said in (
        # a year before the noun is no count of it ("a couple of years before 2018 phones could…")
        (
            "how many huawei phones were sold in the us in 2018",
            "Years before 2018 phones could only be had from carriers.",
        ),
        # a model's plural: the number inside the name counts nothing
        (
            "how many mate 80 pros sold in the first week",
            "Huawei took the Mate 80 Pro abroad; the Mate 80 Pro Max stays.",
        ),
        ("how many mate 10 pros sold in the us", "Huawei priced the US version of the Mate 10 Pro at $799."),
        # a verb of the counted noun, across a comma
        (
            "how many folds is the pura x hinge rated for",
            "It has a wide 16:10 format, and folded it shows a 3.5-inch screen.",
        ),
        # a count of days, and a model's number, count none of the question's other words
        (
            "did commerce ever say how many companies actually used the huawei temporary general licence",
            "On 20 May 2019 the Commerce Department issued a 90-day temporary general licence for Huawei.",
        ),
        (
            "how many mate 10 pros actually sold in the us in total",
            "The Mate 10 Pro was sold only as an unlocked phone.",
        ),
        # another word of the question, but as a name or a span of time
        ("how many huawei phones did best buy sell", "Commerce added 38 more Huawei affiliates to the list."),
        (
            "how many huawei phones did best buy sell",
            "It stopped two months after Best Buy was named a launch retailer.",
        ),
        # a model's number after its name; a day of a month; a share; a word that only begins alike; a span asked
        ("how many kirin chips did huawei ship in 2025", "The Mate 70 runs on the Kirin 9020 chip."),
        ("how many affiliates did commerce add", "On 22 March 2018 added scrutiny began."),
        ("how many compliance checks are there", "The list names five Chinese companies."),
        ("how many years has huawei been on the entity list", "Commerce listed 68 of its affiliates."),
    ):
        assert not has_answer_type("number", said, q, lenient=True), (q, said)


def test_how_fast_they_usually_get_back_asks_a_span_and_how_soon_something_comes_back_does_not():
    for q in (
        "how fast does the compliance office usually get back on a huawei clearance",
        "how quickly does compliance respond to a clearance request",
    ):
        assert analyse(q).kind == "number", q
    for q in (
        "how soon does the affiliates rule come back",  # a date
        "how quickly did huawei respond to the house report",  # a deed done once, which a date answers
        "how fast is the kirin 9000s",  # a speed
    ):
        assert analyse(q).kind != "number", q


def test_how_fast_they_get_back_is_answered_by_a_span_of_a_reply_only():
    q = "how fast does the compliance office usually get back on a huawei clearance"
    assert not has_answer_type("number", "The compliance ticket number stays on the order for seven years.", q)
    assert has_answer_type("number", "The compliance office replies within two working days.", q)
    # ("how long does it take to reply" as well; a span of something else answers "how long did the licence last")
    q = "how long does the compliance office take to reply on a huawei clearance"
    assert not has_answer_type("number", "The compliance ticket number stays on the order for seven years.", q)
    assert has_answer_type("number", "The licence ran for 90 days.", "how long did the licence last")


def test_one_of_our_own_roles_is_told_apart_from_another_companys():
    from index.answer.question import own_role_asked

    assert own_role_asked("who is our channel manager") == "our channel manager"
    assert own_role_asked("who's my account manager for huawei stuff") == "our account manager"
    assert own_role_asked("who is huawei's chairman") is None and role_asked("who is huawei's chairman")
    assert own_role_asked("who is our founder") is None  # (the company's founder, whom the corpus may name)


def test_an_identifier_is_asked_only_when_it_is_what_the_question_wants():
    from index.answer.question import id_asked

    assert id_asked("whats the fcc id of the mate 10 pro") == "FCC ID"
    assert id_asked("hs code for a huawei watch on a commercial invoice?") == "HS code"
    assert id_asked("2019 usf order — whats the fcc docket #? compliance wants the cite") == "FCC docket number"
    for q in (
        "does the covered list name specific model numbers or just categories",  # a yes/no on what a list names
        "did the ban make huawei stop filing fcc ids for new phones",  # ids named in passing
        "is that just the fcc id on the label? cust confused",
        "name of the fcc staffer handling the covered components docket?",
        "which huawei model numbers are banned",  # several: the models answer
        "whats the fcc id requirement for marketplaces",  # a rule named by it
        "part # lookup — is the ascend 910b on the bis list",
        "whats on the fcc docket for july 2026",  # an agenda
    ):
        assert id_asked(q) is None, q
    q = "whats the fcc id of the mate 10 pro"
    assert not has_answer_type("number", "The Mate 10 Pro has 6GB of memory and 128GB of storage.", q)
    assert not has_answer_type("number", "Richard Yu announced it on 9 January 2018.", q)
    assert not has_answer_type("number", "It took effect under the Report and Order FCC 22-84.", q)  # an order's
    assert has_answer_type(
        "number", "It took effect under the Report and Order FCC 22-84.", "the fcc order number of it"
    )
    # a code of the kind asked: a chip's name is no export class
    assert not has_answer_type("number", "Huawei plans the Ascend 950PR for 2026.", "which eccn covers the ascend 910b")
    assert has_answer_type("number", "BIS lists the Ascend 910B.", "whats the model number of the chip bis named")


def test_a_share_asked_of_a_sum_needs_a_share():
    q = "whats the e-rate discount % for rural schools"
    assert analyse(q).kind == "money"
    assert not has_answer_type("money", "The Universal Service Fund, about $8.3 billion a year, pays for it.", q)
    assert has_answer_type("money", "Rural schools get a 60 percent discount.", q)
    assert has_answer_type("money", "It spent 179.7 billion yuan on R&D, about a fifth of its revenue.", q)
    # (a share the question states to have it checked is no share asked: "cost +3%?" is a price)
    assert has_answer_type("money", "The floor is $500.", "is the floor still cost +3%? whats the price")


def test_what_a_rule_covers_is_told_by_what_it_allows_bars_or_includes():
    q = "what did the temporary general licence cover"
    assert not has_answer_type("explain", "Ross said the licence was meant to give consumers time to move away.", q)
    assert has_answer_type("explain", "The licence allowed software updates for existing handsets.", q)
    # ("what does it mean" is not a scope asked: what it was meant to do may answer)
    assert has_answer_type("explain", "Ross said the licence was meant to give consumers time.", "what does it mean")


def test_how_a_vote_went_is_told_only_by_a_tally():
    from index.answer.question import tally_asked, tells_tally

    for q in ("was the fcc vote unanimous or split", "was the nov 2022 vote 4-0?", "2022 auth ban vote — 4-0? and who"):
        assert tally_asked(q), q
    for q in ("how long do rmas take, 2-3 weeks?", "was the 2012 house report bipartisan", "when is the fcc vote"):
        assert not tally_asked(q), q
    assert tells_tally("The FCC adopted the order unanimously.") and tells_tally("It passed by a 3-2 vote.")
    assert not tells_tally("The FCC scheduled its vote for 22 July 2026.")
    assert analyse("what was the fcc vote count on the bad labs order").kind == "number"  # a count, of a vote
    q = "was the bad labs vote unanimous"
    assert has_answer_type("number", "On 22 May 2025 the FCC voted 4-0 to ban test labs.", q)
    assert not has_answer_type("number", "On 22 May 2025 the FCC banned test labs.", q)
    assert analyse("whats the name of our channel manager").kind == "who"
    # a doer asked by its name ("name of the company that bought honor"), not a thing's name ("name of the program")
    assert analyse("name of the company that bought honor").kind == "who"
    assert analyse("whats the name of the program that pays carriers back").kind != "who"


def test_a_date_until_which_something_was_extended_is_no_end():
    q = "when did the tgl stop"
    assert not has_answer_type("when", "On 18 November 2019 Commerce extended the licence until 16 February 2020.", q)
    assert has_answer_type("when", "On 17 August 2020 Commerce let the licence expire.", q)
    # …unless how long it ran is asked, or that extension itself
    extended = "On 18 November 2019 Commerce extended the licence until 16 February 2020."
    assert has_answer_type("when", extended, "until when did it run")
    assert has_answer_type("when", extended, "when did the november 2019 extension expire")


def test_the_difference_between_two_sides_completes_the_second():
    assert analyse("whats the difference between 889 (a)(1)(A) and (a)(1)(B)").parts == (
        "what is 889 (a)(1)(A)",
        "what is 889 (a)(1)(B)",
    )


def test_the_head_of_our_own_team_is_one_of_our_roles():
    from index.answer.question import own_role_asked

    assert own_role_asked("who heads the compliance office") == "the head of the compliance office"
    assert own_role_asked("who is the head of compliance") == "the head of our compliance team"
    assert own_role_asked("whos the lead on the compliance desk") == "the head of the compliance desk"
    for q in ("who runs sales at huawei", "who runs the support desk at verizon", "who leads the partner program"):
        assert own_role_asked(q) is None, q  # another company's team, or no team


def test_a_model_typed_as_one_code_is_priced_only_by_a_sentence_naming_it():
    q = "whats the price of the 950pr"
    assert not has_answer_type("money", "Huawei priced the Pura 80 Pro from 6,499 yuan.", q)
    assert has_answer_type("money", "Huawei priced the Ascend 950PR at $10,000.", q)
    # a size, a decade or an ordinal is no model
    assert has_answer_type("money", "The phone costs $699.", "whats the price of the 128gb one")
    assert has_answer_type("money", "Phones cost $300 then.", "what did phones cost in the 1990s")


def test_a_votes_count_asked_by_its_voters_is_a_tally():
    from index.answer.question import tally_asked

    for q in (
        "how many commissioners voted for it",
        "how many of the commissioners voted against the bad labs rule",
        "how many votes did the secure equipment act get",
    ):
        assert tally_asked(q), q
    assert tally_asked("how many fcc commissioners voted for the bad labs rule")
    for q in (
        "how many commissioners does the fcc have",
        "how many carriers got rip and replace money",
        "how many lawmakers backed the december 2017 letter",  # a letter signed, no vote
    ):
        assert not tally_asked(q), q
    q = "how many commissioners voted for the bad labs rule"
    assert has_answer_type("number", "On 22 May 2025 the FCC voted 4-0 to ban test labs.", q)


def test_fine_to_do_something_asks_no_penalty():
    from index.answer.question import fine_asked_of

    assert fine_asked_of("did at&t get fined over the huawei deal") == "at&t"
    for q in ("is it fine to sell huawei watches online?", "are matepads fine to resell", "we're fine with that right"):
        assert fine_asked_of(q) == "", q


@pytest.mark.parametrize(
    "q, kind",
    [
        ("closing month", "when"),
        ("the effective month of the rule", "when"),
        ("name of the buyer group", "who"),
        ("the buyer's name", "who"),
        # not a date or a buyer asked: the month it is, a buyer named as a case
        ("sold to a buyer in march", None),
    ],
)
def test_a_month_of_a_thing_asks_a_date_and_a_buyers_name_asks_who(q, kind):
    assert answer_type(q) == kind


def test_a_month_named_with_its_year_sets_the_year_asked():
    # "back in January 2018" as "in 2018" ("jan" is spelled out before the question is read)
    assert analyse("was it ok to resell huawei phones without a carrier back in January 2018?").time_years == (2018,)
    assert analyse("could we sell huawei phones in March 2019?").time_years == (2019,)
