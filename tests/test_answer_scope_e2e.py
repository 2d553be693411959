"""Unseen-question behaviour on the real index of the shipped corpus: scope declines, the sentence that
answers the kind of question asked, no pointer to newer documents for a past event."""

import re

import pytest

from bot.terminal import render_answer
from index.answer.categories import product_kinds

from .conftest import declined_with_context


@pytest.mark.parametrize(
    "q, named",
    [
        ("can we resell huawei phones in canada?", "Canada"),
        ("does the german ban on huawei in the 5g core apply to us", "Germany"),
        ("australia huawei 5g ban details", "Australia"),
        ("Mate 10 Pro price in Brazil", "Brazil"),  # a capital changes nothing: the place check judges it
        ("is huawei restricted in the czech republic?", "Czechia"),  # an official name is the country's too
        ("argentina — any rules on huawei gear for a bank customer?", "Argentina"),  # its own rules, after a dash
        # a region a sales team is organised by is a place abroad as much as a country is
        ("who leads enterprise switching in latam, huawei or cisco?", "Latin America"),
        ("can we sell huawei phones in the middle east", "the Middle East"),
        ("which apac distis still carry huawei switches", "Asia-Pacific"),
        ("emea partners - can we sell huawei phones there?", "the EMEA region"),  # not "Nothing covers emea"
    ],
)
def test_a_country_the_answering_passages_never_mention_is_declined_naming_it(built, q, named):
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "scope", ans.answer
    assert named in ans.answer and "the United States" in ans.answer  # the corpus's own home, derived from it


@pytest.mark.parametrize(
    "q",
    [
        "can we sell a server with ascend 910c chips to a customer in germany?",
        "our brazil office wants to resell ascend servers, ok?",
        "is it ok to install ascend 910b boxes for a client in japan",
        "can we use ascend chips in the uk",  # a short question: the place is no term a rule for any country holds
    ],
)
@pytest.mark.parametrize("visibility", ["internal", "partner", "public"])
def test_a_rule_for_any_customer_in_any_country_answers_for_a_country_it_does_not_name(built, q, visibility):
    # the leading note's rule holds "for any customer in any country": Germany is no foreign place for it; where only
    # the public article is read, its "wherever the customer is located" answers, quoted first
    _, engine = built
    ans = engine.ask(q, visibility=visibility)
    assert ans.answered and ans.reason != "scope", ans.answer
    assert re.search(
        r"any customer in any country|wherever the customer is|anywhere in the world", ans.sentences[0].text
    ), ans.answer


def test_a_country_typed_with_a_capital_is_judged_as_typed_in_lower_case(built):
    _, engine = built
    low = engine.ask("can we sell a server with ascend 910c chips to a customer in germany?")
    cap = engine.ask("can we sell a server with ascend 910c chips to a customer in Germany?")
    assert cap.answered and cap.answer == low.answer, cap.answer


@pytest.mark.parametrize(
    "q, named",
    [
        # a place's own rules are never answered by a rule for any country
        ("is there a ban on huawei ascend chips in the UK?", "United Kingdom"),
        ("is it legal under the laws of the uk to use ascend chips?", "United Kingdom"),
        # the Ascend rule holds in any country, but a cloud hosting question is not answered by it
        ("can a customer host their app on huawei cloud if the servers are in singapore", "Singapore"),
        # "america" in a region's name is no home in a choice
        ("can we sell huawei phones in latin america or europe", "United States"),
        ("north america or europe, where did the mate 80 launch", "United States"),
    ],
)
def test_a_place_no_quoted_rule_speaks_for_is_declined_as_out_of_scope(built, q, named):
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "scope" and named in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "why did huawei pick madrid for the launch",
        "did huawei ever sue over the 2019 order",
        "fdpr - what is it and why does every huawei article mention it",  # the reporting, not a line of business
    ],
)
def test_a_verb_after_the_subject_is_never_named_as_a_line_of_business(built, q):
    # (and "did huawei ever sell the mate 10 pro" still finds its answer: the corpus uses "sell")
    # "Nothing in the partner corpus covers huawei pick madrid" would name a line that does not exist
    _, engine = built
    ans = engine.ask(q)
    assert "covers huawei" not in ans.answer.lower(), ans.answer


def test_whether_the_subject_did_what_the_corpus_never_words_is_not_answered_with_a_near_sentence(built):
    # "sue" is no word of the corpus: nothing in it says Huawei sued (it had quoted an FCC investigation)
    _, engine = built
    sued = engine.ask("did huawei sue the fcc over the covered list")
    assert not sued.answered and sued.reason == "no_match", sued.answer
    sold = engine.ask("did huawei sell the mate 10 pro in the us")  # a deed the corpus does word
    assert sold.answered, sold.answer


@pytest.mark.parametrize(
    "q", ["is huawei suing the fcc", "has huawei sued anyone over the ban", "is huawei still suing the fcc"]
)
def test_a_deed_the_corpus_never_words_asked_as_going_on_or_done_is_not_answered(built, q):
    # "is huawei suing…" asks what "did huawei sue…" asks: the start quoted US lawmakers' 2017 letter to the FCC
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "no_match", ans.answer
    # a deed the corpus does word, in another form ("grew"), and a word that only ends like one ("often")
    for other in ("is huawei building its own chips", "is huawei growing again", "has huawei often been called a risk"):
        assert engine.ask(other).reason != "no_match", other


def test_can_we_sell_gets_a_rule_even_for_an_audience_without_the_partner_notes(built):
    # a guest's search for "sell" finds a carrier dropping a deal in 2018; the public FCC rule answers
    _, engine = built
    ans = engine.ask("can we sell huawei phones", visibility="public")
    assert ans.answered and all(c.passage.visibility == "public" for c in ans.citations), ans.answer
    assert re.search(r"cannot|may not|barred|banned", ans.sentences[0].text), ans.answer
    assert not ans.sentences[0].text.startswith("On 30 January 2018"), ans.answer


def test_a_territory_under_the_home_countrys_law_is_home(built):
    _, engine = built
    ans = engine.ask("can we sell huawei phones in puerto rico")  # under US law: the US rule answers
    assert ans.answered and ans.reason != "scope", ans.answer


def test_emphasis_around_a_question_does_not_change_its_answer(built):
    _, engine = built
    plain = engine.ask("can we sell huawei phones?")
    for typed in ("**can we sell huawei phones?**", "_can we sell huawei phones?_", "*can* we sell `huawei` phones?"):
        assert engine.ask(typed).answer == plain.answer, typed


def test_a_line_of_business_the_corpus_never_mentions_is_declined(built):
    _, engine = built
    ans = engine.ask("huawei solar inverters - can we resell them in the us?")
    assert not ans.answered and "huawei solar inverters" in ans.answer.lower(), ans.answer
    for q in ("does huawei solar inverters need fcc approval", "will huawei solar inverters be banned"):
        ans = engine.ask(q)  # "does", "will" before a line's name, as people type
        assert not ans.answered and "huawei solar inverters" in ans.answer.lower(), ans.answer
    ans = engine.ask("did huawei ever sell the mate 10 pro in the us?")
    assert ans.answered, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "does the chinese govt control huawei? what does huawei say",
        "who told americans not to use huawei phones in 2018",
        "customer wants 200 huawei routers for a county govt office, ok?",
        # where it was launched is no market asked about
        "can we sell the mate 80 pro to a customer? it launched in spain i think",
    ],
)
def test_the_home_country_and_countries_the_passages_discuss_are_not_declined(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert ans.reason != "scope", ans.answer


def test_can_we_still_sell_is_answered_by_the_resale_rule_not_a_sentence_sharing_we(built):
    _, engine = built
    ans = engine.ask("can we still sell huawei phones?")
    assert ans.answered and "resell" in ans.sentences[0].text, ans.answer
    assert ans.sentences[0].text.lower().startswith("no"), ans.answer
    # "resell" in the first sentence answers "sell": no second sentence just for the word "sell"
    assert len(ans.sentences) == 1, ans.answer


def test_a_why_question_leads_with_the_reason_when_the_corpus_gives_one(built):
    _, engine = built
    ans = engine.ask("why did commerce revoke the intel/qualcomm licenses")
    assert ans.answered and "followed" in ans.sentences[0].text, ans.answer
    assert "does not say why" not in ans.answer


def test_a_past_event_gets_no_newer_pointer(built):
    _, engine = built
    ans = engine.ask("why did best buy stop carrying huawei?")
    assert ans.answered and ans.newer is None, ans.newer_line()


@pytest.mark.parametrize(
    "q",
    [
        "which intel agencies warned ppl not to buy huawei phones? customer asking for sources",
        "who at the fcc pushed the covered list stuff",
        "tl;dr why we stopped carrying huawei switches? plant manager in toledo keeps asking me",
    ],
)
def test_a_fact_of_its_time_gets_no_pointer_to_a_later_story_on_the_same_subject(built, q):
    # ("FCC investigates whether Huawei … still do business in the US" changes nothing of what the 2018 hearing said)
    _, engine = built
    ans = engine.ask(q)
    assert ans.newer is None, ans.newer_line()


def test_newer_pointer_only_when_a_later_document_answers_the_question_about_as_well(built):
    _, engine = built
    # Asked whether it is still active, the answer is the expiry itself (since "license" is read as the
    # corpus's "licence", the expiry story answers directly); asked about the extension of August 2019,
    # the later extension of November 2019 changes the answer and is pointed to.
    ans = engine.ask("is the huawei temporary general license still active?")
    assert ans.answered and "expire" in ans.sentences[0].text and "2020" in ans.sentences[0].text, ans.answer
    ans = engine.ask("is the temporary general license extended?")
    assert ans.answered and ans.newer is not None and ans.newer.published > ans.as_of, ans.newer_line()
    # A retail story eight days later, or any later story on the same subject, does not change a launch price.
    ans = engine.ask("mate10 pro price us?")
    assert ans.answered and "$799" in ans.answer and ans.newer is None, ans.newer_line()


def test_topic_before_time_the_newest_document_must_be_about_the_question(built):
    _, engine = built
    ans = engine.ask("what margin do we make on huawei now")
    quoted = {c.passage.doc_id for c in ans.citations if c.highlight}
    # The newest documents are about chips; the margin question's current answer is the resale guidance.
    assert not any("ascend" in d or "h200" in d for d in quoted), (quoted, ans.answer)


@pytest.mark.parametrize(
    "q",
    [
        "what's the temporary general license and is it still active",  # the cited passages say it expired
        "anything new on huawei this year? customer keeps asking and i dont want to say something dumb",  # chatter
    ],
)
def test_a_part_is_never_called_not_covered_when_the_cited_passages_answer_it_or_it_is_chatter(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and "Not covered" not in ans.answer and not ans.not_covered, ans.answer


def test_dealing_in_a_model_the_corpus_never_names_gets_the_general_rule_and_says_so(built):
    _, engine = built
    ans = engine.ask("pura 70 - can we sell unlocked in the us at all")
    assert ans.answered, ans.answer
    assert "does not mention pura 70 by name" in ans.answer and "general guidance" in ans.answer
    assert ans.answer.index("does not mention") > len(ans.sentences[0].text)  # the answer first, the caveat after
    assert ans.citations and all(s.rank >= 1 for s in ans.sentences)


@pytest.mark.parametrize("followup", ["what about the p20", "and the p30 pro?"])
def test_a_model_asked_after_another_of_the_same_line_gets_the_rule_for_the_line(built, followup):
    # the thread names the subject's model ("the mate 10 pro"), so "the p20" is the subject's, never named by the corpus
    _, engine = built
    ans = engine.ask(followup, context="can we still sell the mate 10 pro")
    assert ans.answered and "by name; this is its general guidance" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "pura 70 us price?",
        "is the p30 pro fcc certified",
        "can we sell the samsung s24 ultra",
        "verizon iphone 16 activation steps",  # a plural after a name's number does not make it a count
        "huawei watch 4 pro price",  # a product word and a number after the subject's name: a model
        # a line the corpus gives several numbers ("Ascend 910B … 970"), however often it also names it alone
        "when is the ascend 980 due",
        # letters after a line the corpus knows, never written after it ("Pura X" is): not the Mate 10 Pro edition's
        "huawei mate xt price",
    ],
)
def test_a_fact_about_an_unnamed_model_or_another_brand_is_still_declined(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "<!channel> URGENT is huawei banned or not?? need answer before 3pm call",
        "hikvision cameras - covered list too? customer has 60 of them",
        "what is ndaa 889 in plain english",
        "can we list huawei products on our amazon storefront or did fcc go after marketplace listings",
        "huawei mate 10 pro price",  # a model the corpus names, after the subject's name
    ],
)
def test_shouting_quantities_and_ordinary_words_do_not_decline_a_covered_question(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered, ans.answer


def test_what_someone_said_is_answered_with_what_they_said(built):
    _, engine = built
    ans = engine.ask("what did huawei say abt the 2012 house report")
    first = ans.sentences[0].text
    assert "Huawei" in first and any(v in first for v in ("said", "answered", "denied", "replied")), ans.answer


def test_a_line_of_business_is_found_wherever_it_stands_in_the_question(built):
    _, engine = built
    ans = engine.ask("customer wants huawei solar inverters for a warehouse in texas - are those allowed to sell?")
    assert not ans.answered and ans.reason == "scope" and "huawei solar inverters" in ans.answer.lower(), ans.answer


def test_a_question_about_the_eu_is_declined_naming_it(built):
    _, engine = built
    ans = engine.ask("does the eu have anything like ndaa 889 for its agencies")
    assert not ans.answered and "the European Union" in ans.answer, ans.answer


def test_a_number_that_measures_time_is_no_model_number(built):
    _, engine = built
    ans = engine.ask("customer bought a matebook 3 months ago, the screen is dead. rma process?")
    assert ans.reason != "missing_terms" and "matebook 3" not in ans.answer, ans.answer


def test_a_provision_the_corpus_never_numbers_is_declined_naming_it(built):
    _, engine = built
    ans = engine.ask("section 232 tariffs on chips, where does that stand")  # the corpus writes section 889 only
    assert not ans.answered and "section 232" in ans.answer, ans.answer
    for q in (
        "sec 889 in plain english",
        "does the part 15 exemption still work for covered gear",
        "section 232 vs section 889, which one applies to us as a federal contractor?",  # asks of one it has
        "is huawei still on the entity list under section 744",  # a qualifier: the list is what is asked about
    ):
        assert engine.ask(q).answered, q
    # a label and a number the corpus writes apart ("part 15", "section 889") are no provision it has
    assert not engine.ask("what does paragraph 15 of the fcc order say").answered
    # a count after a word that can label an order is no provision
    assert "order 40" not in engine.ask("customer wants to order 40 huawei phones, yes or no").answer


def test_a_number_after_a_product_line_is_a_model_even_before_a_time_word(built):
    _, engine = built
    ans = engine.ask("can we sell the mate 90 day one")
    assert "mate 90" in ans.answer.lower(), ans.answer  # not read as "90 days"


def test_a_decline_names_what_was_typed_not_its_spelling_correction(built):
    _, engine = built
    ans = engine.ask("can we sell telefones from xiaomi")
    assert not ans.answered and "xiaomi" in ans.answer, ans.answer


def test_places_are_named_in_the_order_the_question_names_them(built):
    _, engine = built
    for q, first, second in [
        ("does the eu ban on huawei in germany apply to us", "the European Union", "Germany"),
        ("does the german ban on huawei follow the eu rules", "Germany", "the European Union"),
    ]:
        ans = engine.ask(q)
        assert not ans.answered and first in ans.answer and second in ans.answer, ans.answer
        assert ans.answer.index(first) < ans.answer.index(second), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "customer wants a mate 60 pro, can we get it for us customers?",
        "customer wants 40 mate 10 pros for their field team, they hold fed contracts. is that even allowed??",
        "can we still get equipment auth for new huawei gear from the fcc",
    ],
)
def test_a_question_asking_leave_is_answered_with_a_rule_not_a_fact_nearby(built, q):
    from index.answer.question import has_answer_type

    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and has_answer_type("leave", ans.sentences[0].text, q), ans.answer


def test_a_trailing_remark_does_not_make_a_covered_question_look_uncovered(built):
    _, engine = built
    q = "tl;dr on the 2012 house intel committee report pls, fed customer keeps bringing it up"
    ans = engine.ask(q)
    assert ans.answered and ans.question == q, ans.answer
    assert any(c.passage.doc_id == "house-intelligence-report-2012" for c in ans.citations)
    assert not engine.ask("what's the weather in lisbon, customer keeps asking").answered  # still nothing there


def test_when_the_corpus_lacks_the_number_asked_for_the_answer_says_so_first(built):
    from index.engine import Engine

    config, engine = built
    q = "how many huawei phones were sold in the us total in 2024"
    # the nearest sentence (2024 sales in yuan) holds little of what was asked: declined, saying what is missing
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "kind_not_given", ans.answer
    assert ans.answer == "The partner corpus does not say the number.", ans.answer
    # with the floor off, the answer says so first, then what the corpus does say, cited
    loose = config.model_copy(update={"answer": config.answer.model_copy(update={"lacking_min_coverage": 0.0})})
    ans = Engine(loose, engine.embedder).ask(q)
    assert ans.answered and ans.answer.startswith("The partner corpus does not say the number."), ans.answer
    assert ans.sentences and ans.sentences[0].text in ans.answer


def test_is_it_banned_is_answered_with_the_rule_now(built):
    _, engine = built
    ans = engine.ask("is huawei banned in the us?")
    assert ans.answered and ans.as_of and ans.as_of >= "2026", ans.answer  # the newest guidance, not a 2018 story


def test_a_country_the_corpus_is_about_too_is_never_called_foreign(built):
    _, engine = built
    ans = engine.ask("what's the tariff rate on huawei stuff imported from china right now")
    assert "does not cover China" not in ans.answer, ans.answer  # a tenth of the corpus names China
    assert not ans.answered  # ...but nothing found is about China: declined as not found


def test_a_line_of_business_is_never_named_with_a_verb(built):
    _, engine = built
    ans = engine.ask("does huawei cloud have a us region")
    assert "cloud have" not in ans.answer, ans.answer


def test_a_why_question_gets_the_reason_its_document_gives_even_without_the_questions_words(built):
    from index.answer.question import has_answer_type

    _, engine = built
    q = "why did huawei sell honor"
    ans = engine.ask(q)
    assert ans.answered and any(has_answer_type("why", s.text, q) for s in ans.sentences), ans.answer
    assert "does not say why" not in ans.answer and "because" in ans.answer  # the corpus's stated reason


def test_only_the_question_vector_reads_the_abbreviations_the_corpus_defines(built):
    _, engine = built
    snap = engine.snapshot()
    q = "how big is the usf per year"
    assert "Universal Service Fund" in engine.meaning_of(snap, q)
    assert "Universal Service Fund" not in engine.expand(snap, q)  # terms and coverage keep the asker's words
    ans = engine.ask(q)
    assert ans.answered and "Universal Service Fund" in ans.answer, ans.answer


def test_a_typo_in_a_name_is_read_as_the_corpus_spells_it(built):
    _, engine = built
    for q, said in [
        ("what is the affilates rule", "Affiliates Rule"),
        ("secure equipmnt act", "Secure Equipment Act"),
        ("operaton clean carts", "Operation Clean Carts"),
    ]:
        ans = engine.ask(q)
        assert ans.answered and said in ans.answer, ans.answer  # not "Nothing … covers equipmnt"
        assert ans.question == q  # the reply keeps the asker's words


def test_a_sentence_that_neither_means_nor_names_what_was_asked_is_no_answer(built):
    config, engine = built
    q = "are drones banned by the fcc too"  # the corpus never mentions drones
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "no_match", ans.answer
    from index.engine import Engine

    loose = config.model_copy(update={"answer": config.answer.model_copy(update={"min_answer_cosine": 0.0})})
    assert Engine(loose, engine.embedder).ask(q).answered  # without the floor a near-topic FCC sentence answered


@pytest.mark.parametrize(
    "q",
    [
        "why do lawmakers keep saying huawei is a natsec risk, whats the source",  # the asker's own word
        "our usual distie is out of stock, can we source huawei phones from a grey market supplier?",
        "customer security team says huawei = spyware, what talking points do we have",  # a claim, not a product
        "contoso still wants huawei phones, can we sell to them?",  # a customer, with a verb of its own
        "priyanka here - can we sell huawei phones?",  # the asker, heading the question
        "offtopic: is huawei on the entity list?",  # one word heading a question is no topic named
        "mike / contoso — huawei tablets ok to quote?",  # the asker and the account, heading the question
    ],
)
def test_a_word_the_corpus_never_uses_that_names_nothing_does_not_decline(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert ans.reason != "missing_terms", ans.answer


@pytest.mark.parametrize(
    "q, named",
    [
        ("can we sell xiaomi phones", "xiaomi"),  # before a product noun
        ("whats xiaomi's us strategy", "xiaomi"),  # a possessive
        ("is xiaomi on the entity list too", "xiaomi"),  # the subject of a yes/no question
        ("huawei freebuds pro 3 price", "freebuds"),  # right after the corpus's main subject
        ("tcl phones for a school district, any restriction?", "tcl"),  # a short name opening the question
        ("anything from the fcc on tuya?", "tuya"),  # the topic at the end
        ("does huawei sell cpus too, like kunpeng?", "kunpeng"),  # an example of a kind the corpus never writes of
        ("zorbatech still around? they made huawei phone cases", "zorbatech"),  # a yes/no without its verb
        ("tiktok ban - does it affect our reseller agreement", "tiktok"),  # what a ban names
    ],
)
def test_a_word_the_corpus_never_uses_in_a_name_slot_still_declines(built, q, named):
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "missing_terms" and named in ans.answer, ans.answer


def test_a_line_of_business_is_named_without_the_verb_after_it(built):
    _, engine = built
    ans = engine.ask("is huawei cloud allowed for a us hospital's backup storage?")
    assert not ans.answered and ans.answer.endswith("covers huawei cloud."), ans.answer


@pytest.mark.parametrize(
    "q, named",
    [
        ("what does elon musk think of huawei phones, prospect asked", "elon musk"),
        ("what did tim cook say about huawei lately", "tim cook"),
    ],
)
def test_someone_the_corpus_never_names_is_not_quoted_from_a_sentence_sharing_a_word(built, q, named):
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "missing_terms", ans.answer
    assert named in ans.answer


def test_what_a_named_person_thinks_comes_only_from_a_passage_that_names_them(built):
    _, engine = built
    ans = engine.ask("what does ren zhengfei think about the us ban? customer asked")
    assert not ans.answered and ans.reason == "not_quoted" and "ren zhengfei" in ans.answer, ans.answer
    said = engine.ask("what did ren zhengfei say about huawei's chips")
    assert said.answered and "Ren Zhengfei" in said.sentences[0].text, said.answer


def test_the_gist_does_not_lead_when_a_sentence_of_its_document_says_what_was_asked(built):
    _, engine = built
    ans = engine.ask("where are we supposed to source huawei gear from now?")
    assert ans.answered and "source" in ans.sentences[0].text, ans.answer


def test_when_did_it_end_is_answered_with_the_date_it_ended(built):
    _, engine = built
    ans = engine.ask("when did huawei's temporary licence lapse?")
    assert ans.answered and "August 2020" in ans.sentences[0].text, ans.answer


def test_old_guidance_asked_for_is_quoted_and_said_to_be_replaced(built):
    _, engine = built
    old = engine.ask("what margin did we use to get on resold huawei handsets? need the old guidance")
    assert old.answered and "percent" in old.sentences[0].text and old.citations[0].superseded, old.answer
    replaced = r"Source \[1\] \(20\d\d-\d\d-\d\d\) is guidance that has since been replaced; the current note is"
    assert re.search(replaced, old.answer), old.answer
    assert old.as_of == old.citations[0].passage.published[:10], old.as_of  # dated by the old note, not its successor
    now = engine.ask("what margin do we make on huawei handsets now")
    assert not any(c.superseded for c in now.citations if c.highlight is not None), now.answer


def test_a_plan_whose_time_has_passed_is_not_served_as_what_will_happen(built):
    _, engine = built
    ans = engine.ask("will the affiliates rule suspension be extended again?")
    # the plan to pause the rule (2025) is no forecast: declined, or quoted only after saying so
    assert ans.answer.startswith("The partner corpus does not say what will happen"), ans.answer
    # a plan reported in a current note whose years have all passed ("said in 2024 that phones launched from
    # 2025 would run…") says nothing of a year to come either
    ans = engine.ask("will harmonyos next run on every huawei phone next year, what do u think")
    assert ans.answer.startswith("The partner corpus does not say what will happen"), ans.answer


def test_a_forecast_no_stated_plan_answers_is_declined(built):
    _, engine = built
    for q in (
        "will the affiliates rule suspension be extended again next year?",
        "will huawei come off the entity list next year you think?",
        "if there's a new trade deal will the huawei restrictions be lifted",
        # an opinion tag is no part of its own, and with a horizon it asks a forecast
        "will huawei phones outsell apple in china next year, thoughts?",
        "entity list gone for huawei by 2028? gut feeling",
    ):
        ans = engine.ask(q)
        assert not ans.answered and ans.reason == "prediction", (q, ans.answer)
        assert ans.answer.startswith("The partner corpus does not say what will happen"), ans.answer
        assert ans.answer.endswith("Ask what has been announced or scheduled about it."), ans.answer
    # a consequence of a rule is no forecast; nor is a plan the corpus states, an opinion on now, a forecast
    # the corpus holds most of ("Yes, … is fully funded"), or a two-part question's other part
    for q in (
        "our school is on e-rate with old huawei switches, are they gonna lose funding?",
        "do you think the customer needs a license for the mate 60?",
        "will rip and replace be fully funded by 2026?",
        "whats the rule for e-rate, and do you think it changes next year?",
        "we are going to quote a federal contractor next week, can we include huawei phones?",
    ):
        assert engine.ask(q).answered, q
    plan = engine.ask("when will huawei release the ascend 960, any predictions?")
    assert plan.answered and "Ascend 960" in plan.answer, plan.answer


def test_present_questions_never_get_replaced_guidance_even_with_old_in_them(built):
    _, engine = built
    for q in (
        "where do we buy huawei stock now? we use to get it from distributors",
        "how long do we have to swap a faulty huawei unit from stock? older customer had one",
    ):
        ans = engine.ask(q, visibility="internal")
        assert not any(c.superseded for c in ans.citations if c.highlight is not None), (q, ans.answer)


def test_a_named_person_only_mentioned_is_not_quoted(built):
    _, engine = built
    ans = engine.ask("what did Raimondo say about the mate 60 pro?")
    assert ans.answer.startswith("The partner corpus does not quote Raimondo on this."), ans.answer


def test_a_time_word_after_a_product_is_no_part_of_a_line_of_business(built):
    _, engine = built
    ans = engine.ask("will the fcc ban huawei routers next year?")
    assert "routers next" not in ans.answer, ans.answer


def test_a_term_that_has_run_out_is_not_served_as_current(built):
    _, engine = built
    ans = engine.ask("is the affiliates rule still suspended?")
    assert ans.answered and "That term ended on 10 November 2026" in ans.answer, ans.answer


def test_about_now_an_events_year_does_not_bring_back_the_guidance_of_that_year(built):
    # "after the 2022 fcc ban" names the ban's year; "still" asks about now: the current note answers
    _, engine = built
    ans = engine.ask("can we still resell huawei gear after the 2022 fcc ban")
    quoted = {c.passage.doc_id for c in ans.citations if c.rank in {s.rank for s in ans.sentences}}
    assert ans.answered and "huawei-resale-guidance-2022" not in quoted, ans.answer
    assert "has since been replaced" not in ans.answer


def test_a_plural_of_a_model_the_corpus_names_is_not_an_unknown_name(built):
    # "h200s" is the H200 the corpus writes about, in the plural: answered, not "Nothing … covers h200s"
    _, engine = built
    ans = engine.ask("can nvidia sell h200s in china now?")
    assert ans.answered and "H200" in ans.answer, ans.answer
    assert not engine.ask("price of the p30s?").answered  # a model the corpus never names stays unknown


def test_a_brand_typed_as_an_acronym_the_corpus_never_writes_is_declined_naming_it(built):
    _, engine = built
    ans = engine.ask("is DJI on the covered list? customer wants drones for site inspections")
    assert not ans.answered and "DJI" in ans.answer, ans.answer
    ans = engine.ask("is dji on the covered list")  # typed in lower case
    assert not ans.answered and "dji" in ans.answer, ans.answer
    # acronyms the corpus spells out or writes, and job titles, are no unknown brands
    for q in ("our CISO asks if huawei phones are safe to keep", "is ZTE on the FCC covered list?"):
        ans = engine.ask(q)
        assert ans.answered, (q, ans.answer)
    # the topic named last ("something about aito"), a brand opening the question before the subject
    for q in ("does huawei make cars now? saw something about aito", "aito huawei car - can we get those in the us"):
        ans = engine.ask(q)
        assert not ans.answered and "aito" in ans.answer, (q, ans.answer)
    assert engine.ask("what did the fcc say about huawei in 2020 fwiw").answered  # shorthand last is no topic
    # a short name before the event, ruling or case it names ("the apec summit", "the wto ruling")
    for q, name in (
        ("what did the white house say about huawei at the apec summit", "apec"),
        ("did the wto ruling change anything for huawei resellers", "wto"),
    ):
        ans = engine.ask(q)
        assert not ans.answered and name in ans.answer, (q, ans.answer)
    assert engine.ask("the ces keynote in 2018 - what did richard yu say").answered  # a name the corpus writes
    # everyday tech words and chat shorthand are no names
    ans = engine.ask("do huawei phones bought earlier still get wifi and gps updates pls")
    assert ans.reason != "missing_terms", ans.answer


def test_an_everyday_tech_word_after_the_subject_names_no_new_line_of_business(built):
    # "huawei wifi routers": network equipment the corpus covers, not a line like "huawei solar inverters"
    _, engine = built
    ans = engine.ask("federal agency wants a huawei wifi router for a field office, is that allowed under 889?")
    assert ans.answered and ans.reason != "scope", ans.answer
    assert not engine.ask("huawei solar inverters - can we resell them in the us?").answered


@pytest.mark.parametrize("q", ["can we sell the mate 80 pro here", "can we stock a few pura x phones?"])
def test_can_we_sell_a_named_phone_is_answered_by_the_rule_that_forbids_its_sale(built, q):
    # not by a support note's "we give best-effort advice only" that happens to name the phone
    _, engine = built
    ans = engine.ask(q)
    first = ans.sentences[0].text if ans.sentences else ""
    forbids = r"cannot be (?:imported|sold|marketed)|cannot resell|do not (?:source|sell|resell|list)"
    assert ans.answered and re.search(forbids, first, re.I), ans.answer
    honor = engine.ask("can we still sell honor phones")  # another company: not the rule on Huawei phones
    assert honor.answered and "Honor" in honor.sentences[0].text, honor.answer


def test_who_to_contact_is_answered_with_a_route(built):
    # "who do I talk to about a deal" wants an office, a desk or a channel, not a resale rule
    _, engine = built
    ans = engine.ask("who do i talk to about a huawei deal")
    assert ans.answered and re.search(r"office|desk|channel|form", ans.sentences[0].text), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "is zte on the covered list fwiw",
        "is huawei still on the entity list? need it by EOD",
        "covered list vs 889 — 1 line each pls",  # a comparison, not a model "vs 889"
        "is the fcc rule per 889 too?",
        "my customer insists 889 is an fcc rule, is it a law?",  # a verb before a number the corpus gives
    ],
)
def test_chat_shorthand_is_no_unknown_name(built, q):
    _, engine = built
    assert engine.ask(q).reason != "missing_terms"


def test_a_product_line_with_a_long_number_the_corpus_gives_elsewhere_is_still_a_model(built):
    _, engine = built
    ans = engine.ask("mate 889 price?")  # 889 is a section number, never a Mate
    assert not ans.answered and "mate 889" in ans.answer.lower(), ans.answer
    ans = engine.ask("galaxy 100 price?")  # the corpus writes "about 100", a quantity, not a thing called 100
    assert not ans.answered and "galaxy 100" in ans.answer.lower(), ans.answer


@pytest.mark.parametrize(
    "q, figure",
    [
        ("how many yrs do we keep the compliance ticket?", "seven years"),  # a unit typed short
        ("how many intelligence chiefs warned about huawei?", "six top US intelligence officials"),  # the word before
    ],
)
def test_a_count_the_corpus_gives_in_other_words_is_answered_not_declined(built, q, figure):
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and figure in ans.answer and not ans.answer.startswith("The partner corpus"), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "is it ok for us to list huawei accessories on our amazon storefront given the fcc marketplace crackdown",
        "so wait. can i sell a huawei phone to a regular consumer or not",
    ],
)
def test_can_we_leads_with_the_verdict_not_a_summary_of_the_rules(built, q):
    # "Three FCC steps since 2025 change what partners may do…" names the rules; "Do not list…" or
    # "No, … partners still cannot resell…" answers the question
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and re.match(r"(?:No\b|Do not\b|As of [^,]+, (?:still )?do not\b)", ans.sentences[0].text), (
        ans.answer
    )


def test_who_else_is_on_a_list_is_answered_with_the_sentence_that_lists_them(built):
    # "…published its Covered List…" names the list; the answer names its members
    _, engine = built
    for q in (
        "what's on the fcc covered list besides huawei? need the full list for a compliance deck",
        # "besides" after the doer's kind is no deed asked ("who besided it" is never told)
        "which companies besides huawei are on the covered list",
    ):
        ans = engine.ask(q)
        first = ans.sentences[0].text if ans.sentences else ""
        assert ans.answered and all(n in first for n in ("ZTE", "Hytera", "Hikvision", "Dahua")), (q, ans.answer)


def test_what_partners_must_do_is_never_answered_with_a_can_we_yes_or_no(built):
    # "No, partners still cannot resell…" answers "can we", and would read "no need" to "do we have to stop"
    _, engine = built
    for q in (
        "do we have to stop selling the mate 10 pro?",
        "are we required to report existing huawei gear?",
        "<!channel> urgent: is huawei banned??",  # "No, …cannot resell" would read as "not banned"
        "is it illegal to sell huawei phones now",
    ):
        ans = engine.ask(q)
        assert ans.answered and not re.search(r"(?:^|\] )(?:Yes|No),", ans.answer), (q, ans.answer)
        assert ans.answer[:1].isupper(), ans.answer  # the quote still starts with a capital
    assert engine.ask("can we still sell the mate 10 pro?").sentences[0].text.startswith("No,")
    assert engine.ask("can we sell huawei phones to a business, or is it banned?").sentences[0].text.startswith("No,")


@pytest.mark.parametrize("q", ["byod huawei phones ok?", "whats the mate 10 pro price, and what about msrp"])
def test_sales_shorthand_is_no_unknown_name(built, q):
    _, engine = built
    assert engine.ask(q).reason != "missing_terms"


@pytest.mark.parametrize(
    "q",
    [
        "can we source huawei modems from a distributor in canada and resell here legally",
        "customer bought a huawei phone in germany, can we sell it here?",
        "can we import huawei phones from mexico and sell them here",
        "customer has a mate 80 pro from europe, can we support it",  # our own service of what was brought
        "customer walked in with a mate 80 pro from spain, can we support it",
        "customer showed up with a mate 80 pro from germany, can we support it",
        # the alternative to home in a choice
        "did the mate 80 pro launch in europe or the us",
        "is the pura x sold over here or is that only a mexico thing",
    ],
)
def test_a_place_named_as_where_something_comes_from_does_not_make_a_home_question_foreign(built, q):
    # "…and resell here": the question is about home; Canada is only the source, so the home rule answers;
    # "…here or a europe thing": the other place is only the alternative
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and ans.reason != "scope", ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "new hire here, can we resell huawei phones in canada?",
        "we are a reseller here in canada, can we sell huawei phones?",
        "is huawei banned in germany? we're based over here",
        "will canada bring back huawei?",
        "can we sell huawei phones in mexico, then bring the money back",
        "can we sell huawei phones in mexico or canada",  # two foreign places: no home in the choice
    ],
)
def test_here_or_back_alone_does_not_make_another_country_home(built, q):
    # no place is named as a source: "here in canada" is Canada, "bring back huawei" brings nothing home
    _, engine = built
    assert engine.ask(q).reason == "scope"


def test_a_common_noun_in_what_does_x_say_is_no_one_to_quote(built):
    # "what does the checklist say": the checklist is a document, not a person whose words must be quoted
    _, engine = built
    ans = engine.ask("what does the federal compliance checklist say to do before quoting a contractor?")
    assert ans.answered and "does not quote" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q, asked, latest, named",
    [("how much did huawei make last yr", "2025", "2024", False), ("huawei revenue 2025?", "2025", "2024", True)],
)
def test_a_figure_for_another_year_than_asked_says_so_first(built, q, asked, latest, named):
    # the corpus's newest date is in 2026, so "last year" is 2025; the latest revenue it gives is 2024's
    _, engine = built
    ans = engine.ask(q)
    assert ans.answer.startswith(f"The passages found give no figure for {asked}"), ans.answer
    assert f"the latest they give is for {latest}" in ans.answer and latest in ans.sentences[0].text, ans.answer
    # a year the asker names is declined (still quoting and citing what is given); "last year" often means the latest
    # there is, which the reply gives
    assert declined_with_context(ans) if named else ans.answered, ans.answer
    assert "\n[1] " in render_answer(ans)  # declined or not, it lists the source it quotes


def test_a_figure_for_the_year_asked_gets_no_period_note(built):
    _, engine = built
    ans = engine.ask("what was huawei's revenue in 2024?")
    assert ans.answered and "gives no figure" not in ans.answer and "2024" in ans.sentences[0].text, ans.answer


def test_a_version_the_corpus_writes_with_a_minor_number_is_no_unknown_model(built):
    # the corpus writes "HarmonyOS 4.3": "harmonyos 4" is that version, not a model it never names
    _, engine = built
    ans = engine.ask("does the mate 70 ship with harmonyos next or the older harmonyos 4")
    assert ans.reason != "missing_terms", ans.answer
    assert engine.ask("harmonyos 7 release date").reason == "missing_terms"


def test_a_figure_on_something_else_gets_no_latest_year_note(built):
    # an E-Rate amount is no lobbying figure: "no figure for 2019; the latest is for 2018" would claim one
    _, engine = built
    ans = engine.ask("how much did huawei spend on us lobbying in 2019, need the exact number")
    assert "give no figure" not in ans.answer, ans.answer


def test_a_clipped_compound_is_read_not_declined_as_an_unknown_name(built):
    _, engine = built
    ans = engine.ask("when did the fcc give huawei the natsec label")
    assert ans.answered and "national security" in ans.answer, ans.answer
    # only shorthand the engine itself spelled out is skipped: a bracket the asker typed hides no unknown name
    for q in ("is xiaomi (the phone maker) on the entity list?", "can we resell freebuds (earbuds) from huawei?"):
        typed = engine.ask(q)
        assert not typed.answered and typed.reason == "missing_terms", typed.answer


@pytest.mark.parametrize(
    "q", ["did huawei get listed because of its iran ties?", "any sanctions over venezuela stuff for huawei partners"]
)
def test_a_country_named_as_a_subject_is_declined_without_the_home_wording(built, q):
    # "because of iran": Iran is what it is about, not where something is sold; "it is about the United
    # States" would answer a question nobody asked
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "scope", ans.answer
    assert ans.answer.startswith("Nothing in the partner corpus covers") and "United States" not in ans.answer, (
        ans.answer
    )


@pytest.mark.parametrize(
    "q, place",
    [
        ("was huawei put on the entity list bc of taiwan stuff", "Taiwan"),  # the corpus names Taiwan (TSMC)
        ("can we sell the mate 80 in the us? what about canada?", "Canada"),  # "what about": a market
    ],
)
def test_a_place_the_corpus_names_or_a_market_keeps_the_home_wording(built, q, place):
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.answer.startswith(f"The partner corpus does not cover {place}"), ans.answer


def test_a_figure_for_the_whole_subject_is_not_answered_with_a_part_of_it(built):
    # the automotive unit's revenue is no answer to Huawei's revenue; the consumer business's is none either
    _, engine = built
    ans = engine.ask("what were huawei's revenue and profit for 2024")
    assert ans.answered and "862.1 billion yuan" in ans.answer and "62.6 billion yuan" in ans.answer, ans.answer
    assert "automotive" not in ans.answer, ans.answer
    # a question about a part gets that part, named by the part's name or by what the sentence says it includes
    for q, figure in (
        ("how much did huawei make from smartphones in 2024", "339 billion yuan"),
        ("how much revenue did huawei's network gear make in 2024", "369.9 billion yuan"),
        ("revenue of huawei's automotive unit in 2024", "26.4 billion yuan"),
    ):
        part = engine.ask(q)
        assert figure in part.answer and "862.1" not in part.answer, (q, part.answer)


def test_an_answer_that_quotes_a_rule_points_to_the_later_headline_that_suspended_it(built):
    # quoting the Affiliates Rule without its suspension six weeks later would serve it as current
    _, engine = built
    ans = engine.ask("does a company 60% owned by an entity list firm count as listed under the affiliates rule?")
    assert ans.answered and "Affiliates Rule" in ans.answer, ans.answer
    assert ans.newer is not None and "suspends" in ans.newer.title, ans.newer
    assert any(c.rank == ans.newer.rank for c in ans.citations)  # the pointer is a numbered citation
    # "affiliates" in another sense ("38 more Huawei affiliates added"), in a question about now, names no
    # suspended rule
    tgl = engine.ask("is the temporary general licence still in effect now?")
    assert "38 more Huawei affiliates" in tgl.answer, tgl.answer
    assert tgl.newer is None or "Affiliates Rule" not in tgl.newer.title, tgl.newer


@pytest.mark.parametrize(
    "q",
    ["is there a temporary license for huawei customers in the us", "has commerce extended huawei's temporary license"],
)
def test_an_answer_that_quotes_a_licence_points_to_the_later_headline_that_let_it_expire(built, q):
    # "Commerce lets Huawei's temporary licence expire…": an answer quoting a 2019 extension as the latest word
    # points to it, though the answer writes it "the Huawei temporary general licence"
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and "temporary general licence" in ans.answer, ans.answer
    if "expire" not in ans.sentences[0].text:
        assert ans.newer is not None and "expire" in ans.newer.title, ans.newer


def test_a_lapse_headline_names_what_lapsed():
    from index.answer.answering import _LAPSED

    assert _LAPSED.search("Commerce lets Huawei's temporary licence expire and widens the chip rule").group("name") == (
        "Huawei's temporary licence "
    )
    assert _LAPSED.search("Commerce extends the licence") is None


def test_status_change_needs_the_named_thing_right_after_the_verb():
    from index.answer.answering import _STATUS_CHANGE

    assert _STATUS_CHANGE.search("Commerce suspends the Entity List Affiliates Rule for a year").group("name") == (
        "Entity List Affiliates Rule"
    )
    for title in (
        "FCC year-end review of the Covered List",  # no verb of change
        "Commerce scraps the AI diffusion rule and sets Huawei Ascend diligence duties",  # not named after it
        "Verizon drops all plans to sell Huawei phones",
    ):
        assert _STATUS_CHANGE.search(title) is None, title


def test_an_amount_asked_of_the_thing_before_is_not_taken_from_another_story(built):
    # "…fined in operation clean carts? how much": the TSMC penalty is another thing's amount
    _, engine = built
    for q in (
        "were online sellers penalised under operation clean carts? how much",
        "did amazon get fined in operation clean carts? how much",  # took the TSMC penalty before
    ):
        ans = engine.ask(q)
        assert ans.answered and "Clean Carts" in ans.answer, ans.answer
        assert "TSMC" not in ans.answer and "$1 billion" not in ans.answer, ans.answer
        assert "does not say the amount" in ans.answer, ans.answer
    # a part that names something of its own ("and in 2025?") keeps its own document and citation
    both = engine.ask("how much was rip and replace funded in 2024? and in 2025?")
    assert "$3.08 billion" in both.answer and "does not say" not in both.answer, both.answer
    # when the sentence about the thing gives the number itself, nothing is added
    more = engine.ask("did commerce add more huawei affiliates to the entity list in 2019? how many")
    assert more.answered and "46" in more.answer and "does not say" not in more.answer, more.answer


def test_corpus_names_are_the_words_it_writes_only_with_a_capital(built):
    from index.answer.scope import corpus_names

    _, engine = built
    names = corpus_names(engine.snapshot())
    assert {"honor", "zte", "verizon"} <= names
    assert not {"federal", "school", "customer", "phone"} & names


def test_whom_a_sale_is_for_does_not_decide_whether_the_corpus_is_near(built):
    # "to a k12 district" shares no term with the rule on selling: the rule still answers, it is not "not found"
    _, engine = built
    ans = engine.ask("can we resell matebooks to a k12 district")
    assert ans.answered and re.search(r"cannot resell|Do not source", ans.answer), ans.answer


def test_who_to_ask_does_not_depend_on_the_customers_country(built):
    _, engine = built
    ans = engine.ask("who do i escalate to about a huawei order from a reseller in mexico")
    assert ans.answered and "compliance office" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "does the ascend guidance cover other chinese ai chips like biren?",  # chips: a kind the corpus writes of
        "mgmt wants to know if we can resell huawei phones",  # a role opening the question, then a verb
    ],
)
def test_a_word_the_corpus_lacks_is_no_name_where_it_does_not_name_the_topic(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and ans.reason is None, ans.answer


@pytest.mark.parametrize(
    "q, after",
    [
        ("can we resell huawei routers?", None),
        ("got 12 huawei wifi routers back from a client, ok to resell them refurbished?", None),
        ("different q - can we resell matebooks to a school district", "did huawei ship laptops with harmonyos?"),
    ],
)
def test_a_rule_on_another_kind_of_product_does_not_answer_can_we_sell(built, q, after):
    # "No, … cannot resell Huawei phones" is about phones; the note's rule naming every kind answers routers, laptops
    _, engine = built
    ans = engine.ask(q, context=after)
    assert ans.answered, ans.answer
    first = ans.sentences[0].text
    assert "network equipment" in first and "laptops" in first, ans.answer


@pytest.mark.parametrize(
    "q, kind_word",
    [
        ("customer wants 40 huawei hotspots. yes or no", "network equipment"),
        ("tour operator needs 25 huawei z9x mifi hotspots for its guides, yes or no", "network equipment"),
        ("county jail wants cheap huawei matepads for inmates, they are not federal, ok?", "tablets"),
        ("we have huawei modems in stock, can we sell them?", "network equipment"),  # not read as "models"
        ("can we resell matebooks?", "laptops"),  # the rule on phones ranks first: it gives way
        # a request brought with no question ("customer wants…"), or with "can we?" after it: leave is asked (not the
        # FCC draft on marketplaces that "warehouse" devices)
        ("customer wants 40 huawei routers for a warehouse", "network equipment"),
        ("customer wants 40 huawei routers for a warehouse, can we?", "network equipment"),
        ("school district needs 200 huawei tablets", "tablets"),
    ],
)
def test_leave_asked_for_a_kind_of_the_subjects_products_gets_the_rule_naming_it(built, q, kind_word):
    # little of the question is in any passage (a model number, whom it is for), yet the rule on selling Huawei's
    # products names that kind and answers it; "huawei matepads" is a kind the corpus covers (tablets), no line of
    # business it lacks
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered, ans.answer
    assert kind_word in ans.sentences[0].text and "resell" in ans.sentences[0].text, ans.answer


@pytest.mark.parametrize("q", ["huawei inverters, yes or no", "can we sell huawei solar inverters?"])
def test_a_kind_of_product_the_corpus_never_names_is_declined_as_a_line_of_business(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "scope" and "inverters" in ans.answer, ans.answer


def test_who_handles_a_topic_in_house_gets_the_nearest_route_though_no_passage_shares_its_words(built):
    # no passage says "export control", yet the routing note says where compliance questions go
    _, engine = built
    ans = engine.ask("who here deals with export control questions")
    assert ans.answered and "compliance office" in ans.sentences[0].text, ans.answer
    assert not engine.ask("who handles parking permits here").answered  # no route is near it


@pytest.mark.parametrize(
    "q, named",
    [
        ("is there a state level huawei ban in texas like the tiktok one on state devices?", "state-level rules"),
        ("which us states ban huawei on state govt networks?", "state-level rules"),
        ("texas law on huawei?", "Texas's own rules"),
        ("does new york have its own huawei ban", "New York's own rules"),
    ],
)
def test_a_states_own_rules_are_declined_when_the_corpus_writes_of_none(built, q, named):
    # the corpus holds the country's rules; a state's own ban is something else, and no federal rule answers it
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "scope" and named in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "school district in ohio wants 15 huawei access points and plans to pay w/ E-Rate, allowed?",
        "huawei ban for k-12 schools in texas?",  # a ban in texas is the country's as much as the state's
        "what federal and state rules apply to selling huawei to a school",  # the country's rules answer a part
        "can we sell huawei cameras to state law enforcement agencies",  # a kind of customer
        "statewide contract for huawei gear allowed?",
        "can a school in New Mexico buy Huawei switches",  # a state, not Mexico
    ],
)
def test_a_state_named_as_where_the_customer_is_asks_the_countrys_rules(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and ans.reason is None, ans.answer


def test_a_size_after_a_product_word_is_no_model_number(built):
    _, engine = built
    assert "router 3" not in engine.ask("huawei router 3 pack price").answer


def test_a_stopword_typed_with_two_letters_swapped_is_no_unknown_name(built):
    _, engine = built
    ans = engine.ask("is huwei on teh entitty list")
    assert "covers teh" not in ans.answer and ans.reason != "missing_terms", ans.answer


def test_a_region_beside_countries_is_not_named_as_out_of_scope(built):
    # a corpus that speaks of China covers part of the Asia-Pacific region: the countries asked about say where
    _, engine = built
    ans = engine.ask("vietnam + thailand telcos — do they run huawei 5g cores? customer has apac offices there")
    assert not ans.answered and "Vietnam or Thailand" in ans.answer and "Asia-Pacific" not in ans.answer, ans.answer


def test_a_rule_for_any_country_is_quoted_first_only_when_it_is_about_what_was_asked(built):
    # in a thread about switches for Guatemala, the Ascend rule's "wherever the customer is located" is no answer
    _, engine = built
    ans = engine.ask(
        "what if they buy locally and we just install",
        context="customer wants 30 huawei s5735 switches for a clinic in guatemala, can we ship from our us stock",
        visibility="partner",
    )
    assert "Ascend" not in ans.answer, ans.answer


def test_a_price_in_a_places_currency_speaks_of_that_place(built):
    # the Mate 80 Pro's price is given in euros (launched in Madrid): asked "in europe", it is the answer; a rule on
    # reselling in Europe is still not the corpus's
    _, engine = built
    price = engine.ask("how much is the mate 80 pro in europe")
    assert price.answered and "1,299 euros" in price.sentences[0].text, price.answer
    resell = engine.ask("can we resell huawei phones in europe")
    assert not resell.answered and "European Union" in resell.answer, resell.answer


def test_a_case_told_before_a_question_about_it_is_no_part_of_its_own(built):
    _, engine = built
    ans = engine.ask("customer brought in a mate 80 pro he bought in spain, can we support it?")
    assert ans.answered and "best-effort" in ans.sentences[0].text, ans.answer


def test_a_sales_channel_the_corpus_never_names_gets_the_rule_for_every_channel(built):
    # "on ebay": the note forbids listing "through any channel, including online marketplaces"; the unknown name is
    # the channel, not a topic the corpus lacks (in a thread too)
    _, engine = built
    ans = engine.ask("can we list huawei watches on ebay")
    assert ans.answered and "any channel" in ans.sentences[0].text, ans.answer
    assert "does not mention ebay by name" in ans.answer, ans.answer
    own = engine.ask("huawei watch gt - ok to list on our webstore or no")  # the asker's own store is a channel too
    assert own.answered and "any channel" in own.sentences[0].text and "webstore by name" in own.answer, own.answer
    fee = engine.ask("whats ebay's fee for listing huawei phones")  # a fact about ebay itself is not the corpus's
    assert not fee.answered, fee.answer


def test_another_makers_products_are_not_answered_with_the_subjects(built):
    # "samsung phones": the returns steps for Huawei phones are not Samsung's; a sentence naming the maker asked answers
    _, engine = built
    rma = engine.ask("whats the rma turnaround for samsung phones")
    assert not rma.answered and "samsung" in rma.answer.lower(), rma.answer
    zte = engine.ask("are zte phones on the covered list")
    assert zte.answered and "ZTE" in zte.sentences[0].text, zte.answer
    # a model of theirs (a line's name and a number), not only a kind of product: not the MateBook Fold's price
    fold = engine.ask("samsung galaxy z fold 7 dealer cost")
    assert not fold.answered and "samsung" in fold.answer.lower(), fold.answer


def test_a_figure_asked_as_whats_its_name_is_a_figure(built):
    # "what's huawei's market share": no market share is given ("no shares in Honor" is another share)
    _, engine = built
    ans = engine.ask("what's huawei's market share in the us")
    assert not ans.answered and "market share" in ans.answer, ans.answer
    # a share of the smartphone market is a market share too
    phones = engine.ask("whats huawei's smartphone share in the gulf?")
    assert not phones.answered and "smartphone share" in phones.answer, phones.answer
    # how often a product came back is no returns procedure, asked of a model's name too
    returns = engine.ask("what was the mate 10 pro's return rate at best buy? cust claims it was huge")
    assert not returns.answered and "return rate" in returns.answer, returns.answer


def test_a_model_code_after_a_known_line_gets_the_lines_rule(built):
    # "mate x6": a Mate the corpus never names; the rule on reselling Huawei phones answers a may-we about it
    _, engine = built
    ans = engine.ask("mate x6 - can we sell it?")
    assert ans.answered and "cannot resell Huawei phones" in ans.sentences[0].text, ans.answer
    assert "does not mention x6 by name" in ans.answer, ans.answer
    # named only with its line and model code, as a kind the line makes ("foldables"), with no maker's name
    fold = engine.ask("cust wants 20 mate x6 foldables thru a hk broker — is that a quote we can even touch")
    assert fold.answered and "Do not source, quote" in fold.sentences[0].text, fold.answer
    # a letter model of the line ("mate xt") likewise, named as a model the corpus does not mention
    # (only of a line of devices: "ascend q:" is a question about Ascend chips, "which ascend gpu" names a part)
    for q in ("ascend q: are 910c chips still on the bis list?", "which ascend gpu did bis name in its guidance"):
        assert engine.ask(q).answered, q
    xt = engine.ask("can we sell the mate xt")
    assert xt.answered and "cannot resell Huawei phones" in xt.sentences[0].text, xt.answer
    assert "does not mention mate xt by name" in xt.answer, xt.answer


def test_a_procedure_written_for_another_kind_of_product_is_not_quoted_for_the_kind_asked(built):
    _, engine = built
    # the returns steps are written for Huawei phones: they say nothing of watches or laptops
    for q, kind in (
        ("how do i process an rma on a huawei watch a customer bought thru us", "watches"),
        ("warranty length on huawei laptops?", "laptops"),
    ):
        ans = engine.ask(q)
        assert not ans.answered and f"says this about {kind}" in ans.answer, ans.answer
    phone = engine.ask("how do i rma a huawei phone")
    assert phone.answered and "warranty claim" in phone.answer, phone.answer
    # "covered telecommunications equipment" is the law's word for all of it, cameras too
    cams = engine.ask("customer wants 60 hikvision cameras for a warehouse, same 889 problem as huawei?")
    assert cams.answered and "Hikvision" in cams.sentences[0].text, cams.answer


def test_a_model_of_a_line_the_corpus_numbers_is_answered_with_its_variant_letters(built):
    _, engine = built
    ans = engine.ask("when does the ascend 950pr ship")  # "Ascend 950PR": the 950 with its letters
    assert ans.answered and "950PR" in ans.sentences[0].text, ans.answer


def test_where_a_companys_subsidiaries_are_is_what_a_rule_on_it_reaches_not_a_market(built):
    _, engine = built
    ans = engine.ask("cust's legal team asks if huawei's entity list listing covers its subsidiaries in europe")
    assert ans.answered and "Entity List" in ans.sentences[0].text, ans.answer
    # a market asked about is still one the corpus does not cover
    sold = engine.ask("can we resell huawei phones in europe")
    assert not sold.answered and sold.reason == "scope", sold.answer


@pytest.mark.parametrize(
    "q, rule",
    [
        ("customer has 15 huawei p30s from 2019 — do those still get play store updates or nah", "Google"),
        (
            "latest partner note still says we can do warranty swaps on huawei phones sold before 2019? customer has 6 "
            "p20 pros w/ dead batteries",
            "do not swap faulty Huawei phones",
        ),
        # the model a few words after whose it is ("a customer's out of warranty huawei p30")
        ("ok to repair a customer's out of warranty huawei p30?", "offer a trade-in"),
    ],
)
def test_the_care_of_a_model_a_customer_has_is_the_rule_on_its_line(built, q, rule):
    _, engine = built
    ans = engine.ask(q)  # a model the corpus never names: its line's rule on updates, warranty and repair holds
    assert ans.answered and rule in ans.answer and "does not mention" in ans.answer, ans.answer


def test_phones_a_customer_has_are_not_answered_by_the_rule_on_new_phones(built):
    # "New Huawei phones lack Google Play services" is about phones to come; the 40 the customer has are in use
    _, engine = built
    ans = engine.ask("do huawei phones still get google play? customer has 40 p30s")
    assert ans.answered and "existing Huawei devices" in ans.sentences[0].text, ans.answer


@pytest.mark.parametrize(
    "q", ["june 2021 harmonyos 2 update — could users roll back to emui", "what does the pura 70 cost"]
)
def test_a_model_asked_about_as_such_is_still_one_the_corpus_does_not_cover(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "missing_terms", ans.answer


def test_a_device_named_by_the_country_it_was_bought_in_is_no_question_about_that_country(built):
    # "a spanish mate 80 pro" is a phone from Spain's market the customer has, not a question on Spain
    _, engine = built
    ans = engine.ask("customer picked up a spanish mate 80 pro, can we register it as a device we sold")
    assert ans.answered and "Spain" not in ans.answer and "bought abroad" in ans.answer, ans.answer
    market = engine.ask("a spanish customer wants 20 mate 80 pros, can we sell to them")  # a buyer there
    assert not market.answered and "Spain" in market.answer, market.answer
    # where it was bought, said with "in": no market asked either, alone or in a thread
    price = engine.ask("customer picked up a mate 80 pro in spain, how much was it at launch")
    assert price.answered and "1,299 euros" in price.answer, price.answer
    asked = "customer picked up a mate 80 pro in spain, can we register it as a device we sold?"
    after = engine.ask("how much was it at launch", context=asked)
    assert after.answered and "1,299 euros" in after.sentences[0].text, after.answer
    sell = engine.ask("can we sell huawei phones in spain")  # a market asked
    assert not sell.answered and "Spain" in sell.answer, sell.answer
    # bought there, and asked of there
    there = engine.ask("customer bought 20 mate 80 pros in spain, can we sell them there")
    assert not there.answered and "Spain" in there.answer, there.answer


@pytest.mark.parametrize(
    "q",
    [
        "customer brought back a mate 80 pro from spain, can we register it as a device we sold?",
        "can we support a mate 80 pro a customer brought back from europe",
    ],
)
def test_a_device_brought_back_from_abroad_asks_our_rule_at_home(built, q):
    # where the customer bought it is an origin: the support rule for phones bought abroad answers
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and "bought abroad" in ans.answer, ans.answer


def test_a_verb_the_corpus_writes_in_another_form_is_one_it_uses(built):
    # "did huawei lose access": the corpus writes "lost"; nothing to decline as a deed never told
    _, engine = built
    ans = engine.ask("when did huawei lose access to google apps")
    assert ans.answered and "20 May 2019" in ans.answer, ans.answer


def test_what_a_device_got_abroad_runs_asks_nothing_of_that_country(built):
    _, engine = built
    ans = engine.ask("customer picked up a mate 80 pro in spain, what OS is it running")
    assert ans.answered and "Spain" not in ans.answer and "EMUI 15" in ans.answer, ans.answer
    there = engine.ask("customer bought 20 mate 80 pros in mexico, can we sell them there")  # the market asked
    assert not there.answered and "Mexico" in there.answer, there.answer


def test_a_country_a_distributor_is_in_is_no_market_when_the_buyer_is_at_home(built):
    # sourced abroad for a buyer at home: the home rule answers; selling in that country is still out of scope
    _, engine = built
    ans = engine.ask("can we source huawei phones thru a distie in mexico and ship to a us cust")
    assert ans.answered and "Mexico" not in ans.answer and "Do not source" in ans.answer, ans.answer
    there = engine.ask("can we sell huawei phones in mexico")
    assert not there.answered and "Mexico" in there.answer, there.answer


def test_a_line_named_after_the_verb_saying_the_subject_makes_it_is_out_of_scope(built):
    _, engine = built
    ans = engine.ask("does huawei make solar inverters and can we sell those")
    assert not ans.answered and "solar inverters" in ans.answer, ans.answer
    own = engine.ask("does huawei make its own chips")  # "its own" names no line
    assert own.answered, own.answer


def test_a_year_put_for_confirmation_to_a_question_of_when_is_a_guess_not_a_missing_term(built):
    _, engine = built
    guess = engine.ask("huawei got banned in 2015 right? when exactly")
    assert guess.answered and guess.reason != "missing_terms" and "2015" not in guess.answer, guess.answer
    framed = engine.ask("when did huawei sell phones in 2015")  # the year sets the time asked about: none is told
    assert not framed.answered and framed.reason == "missing_terms", framed.answer


def test_a_model_of_no_kind_the_corpus_names_gets_the_rule_on_every_kind(built):
    # "p30 pros" names no kind of product and no line the corpus knows, and the customer's story shares little with any
    # rule: the rules on selling the subject's products, whatever their kind, answer (it said "couldn't find this")
    _, engine = built
    ans = engine.ask("customer wants 25 huawei p30 pros for his field crew, are we allowed to sell those to him?")
    assert ans.answered and re.search(r"\b(?:do not|cannot)\b", ans.sentences[0].text, re.I), ans.answer
    assert "resell" in ans.sentences[0].text and "p30 by name" in ans.answer, ans.answer


@pytest.mark.parametrize("followup", ["what about the matepad tablets", "what about tablets"])
def test_a_kind_asked_after_a_may_we_question_gets_the_rule_naming_that_kind(built, followup):
    # the follow-up asks leave as the earlier question did; "matepad", a name the corpus never uses, is written before
    # the kind it is ("HarmonyOS Next cannot run Android apps…" had led, or "Nothing … covers matepad")
    _, engine = built
    ans = engine.ask(followup, context="can we sell huawei laptops")
    assert ans.answered, ans.answer
    lead = ans.sentences[0].text
    assert "tablet" in product_kinds(lead) and re.search(r"\b(?:do not|cannot)\b", lead, re.I), lead
    assert "enrol" not in lead, lead


@pytest.mark.parametrize(
    "q, after",
    [
        ("customer buying gpu servers for a site in malaysia, anything on ascend chips we need to check", None),
        (
            "does using ascend chips in a data centre in singapore break any rule",
            "what did commerce say about huawei ascend chips",
        ),
    ],
)
def test_a_rule_for_any_country_on_the_line_asked_excuses_the_place_whichever_passage_ranks_first(built, q, after):
    # the Ascend rule "for any customer in any country" was found, but not first (it was declined as "does not cover
    # Malaysia"); a rule for any country on another line still does not answer ("…phones in canada")
    _, engine = built
    ans = engine.ask(q, context=after)
    assert ans.answered and "Ascend" in ans.sentences[0].text, ans.answer
    assert re.search(r"any country|anywhere in the world|wherever", ans.answer), ans.answer
    canada = engine.ask("can we resell huawei phones in canada?")
    assert not canada.answered and "Canada" in canada.answer, canada.answer
    # a fact asked of the place, not what may be done there: no rule for any country gives it
    fact = engine.ask("ascend 910b lead time from distributors in thailand")
    assert not fact.answered and "Thailand" in fact.answer, fact.answer


def test_a_short_name_doing_the_deed_asked_is_an_unknown_name_not_a_typo(built):
    # of three letters, nearly any is one letter from some corpus term ("doj" from "dod"): as the one a question
    # asks what they did, it is a name; only two letters swapped make it a typo
    _, engine = built
    for q in ("what did the doj charge huawei with", "did the doj sue huawei"):
        ans = engine.ask(q)
        assert not ans.answered and ans.reason == "missing_terms" and "doj" in ans.answer, ans.answer
    # everyday shorthand elsewhere in a question is still read ("huawei aps": access points)
    aps = engine.ask("charter school on e-rate has huawei aps in the gym, can they use e-rate money for more")
    assert "covers aps" not in aps.answer, aps.answer


def test_a_passive_verb_after_the_subject_names_no_line_of_business(built):
    _, engine = built
    ans = engine.ask("why is huawei considered risky")  # not "Nothing in the partner corpus covers huawei considered…"
    assert ans.answered and "Covered List" in ans.answer, ans.answer
    # a line the corpus never names is still one ("huawei solar inverters")
    assert not engine.ask("can we sell huawei solar inverters").answered


def test_a_verb_that_only_leads_another_is_read_as_the_one_it_leads(built):
    _, engine = built
    # "try to sue": whether Huawei sued, a verb the corpus never uses, not the lawmakers' letter to the FCC
    sue = engine.ask("did huawei try to sue the fcc")
    assert not sue.answered, sue.answer
    # "bother building harmonyos" asks of building it, which the corpus tells: the thread's follow-up is answered
    switch = engine.ask(
        "when did they switch",
        context="why did huawei bother building harmonyos, couldnt they just keep android w/o google",
    )
    assert switch.answered and "HarmonyOS" in switch.sentences[0].text, switch.answer


def test_a_place_with_its_own_rules_asked_in_a_thread_is_declined_naming_only_that_place(built):
    # the Ascend rule holds for any customer in any country (Germany, asked first), but Brazil's own ban is Brazil's
    _, engine = built
    earlier = "customer in germany wants AI servers with ascend 910c chips, can we quote?"
    ans = engine.ask("what about in brazil, does brazil have its own ascend ban", context=earlier)
    assert not ans.answered and ans.reason == "scope", ans.answer
    assert "Brazil" in ans.answer and "Germany" not in ans.answer, ans.answer


def test_a_country_a_distributor_is_named_by_is_where_goods_come_from_for_a_customer_at_home(built):
    # "from a canadian disti … to a us cust": the US rule on reselling answers; Canada is no market asked about
    _, engine = built
    ans = engine.ask("can we buy huawei phones from a canadian disti and resell them to a us cust? 20 units")
    assert ans.answered and re.search(r"\b(?:resell|Do not source)\b", ans.sentences[0].text), ans.answer
    alone = engine.ask("can we sell huawei phones to a canadian customer")
    assert not alone.answered and "Canada" in alone.answer, alone.answer


def test_a_countrys_body_having_rules_asks_that_countrys_own_rules(built):
    # a US rule that holds "anywhere in the world" is not Japan's own rules
    _, engine = built
    ans = engine.ask("does japan's meti have rules on using ascend chips like the us guidance")
    assert not ans.answered and "Japan" in ans.answer, ans.answer


def test_a_news_story_is_no_newer_version_of_our_own_guidance(built):
    # the compliance note's rule on Ascend servers: Huawei's later product roadmap changes nothing of it
    _, engine = built
    ans = engine.ask("customer in germany wants an AI server w/ ascend 910c, can we quote it")
    assert ans.answered and "do not quote" in ans.sentences[0].text and ans.newer is None, ans.newer_line()


def test_a_kind_the_corpus_covers_told_apart_by_a_word_is_no_new_line(built):
    _, engine = built
    poe = engine.ask("can a school buy huawei poe switches")  # switches, of a kind: not a line "huawei poe"
    assert poe.answered and "Huawei switches" in poe.sentences[0].text, poe.answer
    inverters = engine.ask("can we sell huawei solar inverters")  # a kind the corpus never covers
    assert not inverters.answered and "solar inverters" in inverters.answer, inverters.answer
