"""What a question asks for, on the real index of the shipped corpus: a doer for "who <verb>", a span of time for
"how long", a route for "who do i report that to"; an answer that gives none of it is declined rather than quoted as
if it did."""

import re

import pytest

from index.answer.question import _COUNTED, analyse, answer_type, asks_how_long, has_answer_type

from .conftest import declined_with_context


def test_who_did_something_the_corpus_never_says_was_done_is_not_answered_with_another_deed(built):
    _, engine = built
    ans = engine.ask("who sponsored the secure equipment act in congress")  # the corpus says who signed it
    assert not ans.answered and "does not say who" in ans.answer, ans.answer
    led = engine.ask("who led the 2012 house intel investigation on huawei")
    assert led.answered and "Mike Rogers" in led.answer, led.answer
    routed = engine.ask("who signs off the pre-quote huawei checklist, me, my manager, or compliance?")
    assert routed.answered and "compliance office" in routed.answer, routed.answer  # a route answers "who"
    # in a thread too, a sentence that says the deed in other words answers: "carries" is selling
    carries = engine.ask("who carries it?", context="tell me about the mate 10 pro")
    assert carries.answered and "Best Buy" in carries.answer, carries.answer


def test_someone_in_a_role_the_corpus_never_names_is_not_answered_with_another_name(built):
    # "who is huawei's us country manager" had quoted "President Trump signed…" and Huawei's 2018 reply: the corpus
    # names no one in that role
    _, engine = built
    for q in ("who is huawei's us country manager", "who's the ceo of tsmc"):
        ans = engine.ask(q)
        assert not ans.answered or ans.answer.startswith("The partner corpus does not name"), (q, ans.answer)
        assert "does not name" in ans.answer, (q, ans.answer)
    ceo = engine.ask("who is huawei's ceo")  # a role the corpus does name
    assert ceo.answered and "Ren Zhengfei" in ceo.sentences[0].text, ceo.answer
    # the sentence naming someone in the role asked leads, not the one on the thing they are asked about
    carr = engine.ask("who's the fcc chairman behind operation clean carts")
    assert carr.answered and "Brendan Carr" in carr.sentences[0].text, carr.answer
    # never said of a role the corpus names somewhere, even when the passages found do not (its rotating chairs), and
    # the sentence naming one leads, not the FCC chairman's found for the word "chairman"
    chair = engine.ask("who is huawei's chairman")
    assert chair.answered and re.search(r"Eric Xu|Meng Wanzhou", chair.sentences[0].text), chair.answer
    # "who's the fcc chairman": whoever the corpus last tells of in the role, not the 2018 chairman; asked of the past,
    # its holder then
    now = engine.ask("who's the fcc chairman")
    assert now.answered and "Brendan Carr" in now.sentences[0].text, now.answer
    then = engine.ask("who was the fcc chairman in 2018")
    assert then.answered and "Ajit Pai" in then.sentences[0].text, then.answer
    # nor when the question says which holder it means
    which = engine.ask("the fcc chairman who designated huawei a threat")
    assert which.answered and "Ajit Pai" in which.sentences[0].text, which.answer


def test_how_much_money_in_a_thread_is_a_sum_not_a_count_of_customers(built):
    # "how much money in total" after "is rip and replace just for small rural carriers" repeated "…carriers with 10
    # million or fewer customers…": ten million customers are no sum of money
    _, engine = built
    ans = engine.ask("how much money in total", context="is rip and replace just for small rural carriers")
    assert ans.answered and "$" in ans.sentences[0].text, ans.answer


def test_who_did_it_is_led_by_the_sentence_saying_it_was_done_not_by_a_name_doing_something_else(built):
    _, engine = built
    ans = engine.ask("who bought honor?")  # "Reuters had estimated…" names someone, but no buyer
    assert ans.answered and "Shenzhen Zhixin" in ans.sentences[0].text, ans.answer
    # the doer asked by its kind or by its name: "Honor, which Huawei sold…, is now a separate company" holds more of
    # the question only by "company", and names no buyer
    for q in ("which company bought honor", "name of the company that bought honor"):
        ans = engine.ask(q)
        assert ans.answered and "Shenzhen Zhixin" in ans.sentences[0].text, (q, ans.answer)
    # a name is no deed: "Honor, which Huawei sold…" does not say who honours a warranty
    warranty = engine.ask("who actually honors warranty on unlocked huawei phones sold in the us, us or huawei?")
    assert warranty.answered and "warranty" in warranty.sentences[0].text, warranty.answer


def test_whom_to_report_to_is_a_route_and_eli5_is_chat_shorthand(built):
    _, engine = built
    ans = engine.ask("distributor wants to ship huawei gear to a buyer in venezuela. who do i report that to?")
    assert ans.answered and "compliance office" in ans.sentences[0].text, ans.answer
    eli5 = engine.ask("eli5: the covered list")
    assert eli5.answered and "eli" not in eli5.answer.lower(), eli5.answer


def test_how_long_is_answered_by_a_span_of_time_not_by_any_number(built):
    _, engine = built
    ans = engine.ask(
        "how long was it open", context="when did the fcc open the filing window for rip and replace applications"
    )
    assert not ans.answered and "does not say how long" in ans.answer, ans.answer
    span = engine.ask("for how long", context="the entity list affiliates rule - is that the 50% thing")
    assert span.answered and "one year" in span.answer, span.answer


@pytest.mark.parametrize(
    "sentence, span",
    [
        ("By December 2024 the FCC had granted 118 of 139 extensions.", False),
        ("The window was open for 30 days.", True),
        ("It ran from 1 May 2022 to 29 July 2022.", True),
        ("Plague remained a major event until the second quarter of the 19th century.", True),
        ("It lasted three months.", True),
        ("The suspension lasts a year.", True),
        ("Volume discounts apply up to 25 units.", False),
        ("The sale could fetch up to 100 billion yuan.", False),
    ],
)
def test_a_span_of_time_is_a_count_of_a_unit_of_time_or_a_time_until_which(sentence, span):
    assert has_answer_type("number", sentence, "how long was the window open") is span


def test_how_long_after_or_ago_asks_no_span():
    assert asks_how_long("how long did the mate 10 pro stay on sale")
    assert not asks_how_long("how long after the letter did pai act")  # two dates answer it
    assert not asks_how_long("how long ago was the ban")
    assert not asks_how_long("how long has the ban applied")  # since when
    assert not asks_how_long("how long until the ban takes effect")  # a date answers it


def test_a_route_is_asked_by_report_or_flag_only_as_who_to(built):
    _, engine = built
    flag = engine.ask("who do i flag a huawei listing on our marketplace to?")
    assert flag.answered and "compliance office" in flag.sentences[0].text, flag.answer
    claim = engine.ask("where do i submit a huawei warranty claim?")  # the claim step, not an escalation route
    assert claim.answered and "warranty claim" in claim.sentences[0].text, claim.answer


def test_what_a_rule_is_is_what_it_does_not_the_state_it_is_in(built):
    # "While the Affiliates Rule is suspended, …" tells its state; the answer leads with what the rule did
    _, engine = built
    ans = engine.ask("what is the affiliates rule")
    assert ans.answered and "50 percent" in ans.sentences[0].text, ans.answer


@pytest.mark.parametrize(
    "q, first",
    [
        # withheld at the launch, told later in the same passage: the later telling answers
        ("what chip is in the pura 80", "Kirin 9020"),
        ("which processor does the pura 80 use", "Kirin 9020"),
        # withheld and never told: saying so is the answer
        ("what chip is in the mate 70", "did not say"),
    ],
)
def test_a_detail_told_after_it_was_withheld_is_the_answer(built, q, first):
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and first in ans.sentences[0].text, ans.answer


def test_a_second_sentence_adding_the_asked_word_must_be_about_what_the_first_is_about(built):
    # "ascend 950 price?": the Pura X's price adds "price" but is about another product; the corpus gives no price
    # for the Ascend 950, and the answer says so (or declines) rather than quoting another thing's price
    _, engine = built
    ans = engine.ask("ascend 950 price?")
    assert not any("Pura" in s.text for s in ans.sentences), ans.answer
    assert not ans.answered or ans.answer.startswith("The partner corpus does not say the amount"), ans.answer


def test_a_thing_named_before_a_question_about_it_is_answered_by_that_question(built):
    # "faulty huawei phone, can we swap it from stock": one question; not the RMA rule for faulty phones first
    _, engine = built
    ans = engine.ask("faulty huawei phone, can we swap it from stock")
    assert ans.answered and "do not swap" in ans.sentences[0].text, ans.answer


@pytest.mark.parametrize("q", ["huawei 2024 revenue?", "how much revenue did huawei make in 2024"])
def test_a_figure_asked_of_a_year_is_the_figure_of_that_year(built, q):
    # "Huawei's 2024 sales came close to the company's 2020 record of about 891 billion yuan" names 2024, but its
    # figure is the 2020 record's; the 2024 revenue is 862.1 billion yuan
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and "862.1 billion" in ans.sentences[0].text, ans.answer


def test_the_amount_it_came_to_is_not_the_amount_first_given(built):
    # "how much did congress give … in the end": not the sentence on the $1.9 billion Congress "had first provided"
    _, engine = built
    ans = engine.ask("rip and replace - how much did the fcc end up reimbursing and is the fund still short")
    assert ans.answered and "3.08 billion" in ans.sentences[0].text, ans.answer
    assert "first provided" not in ans.sentences[0].text, ans.answer
    # a sentence giving the earlier figure and the later one on top of it answers "in the end" too
    end = engine.ask("how much did congress give rip and replace in the end")
    assert end.answered and "3.08 billion" in end.sentences[0].text, end.answer


def test_an_amount_something_could_come_to_is_not_the_amount_it_came_to(built):
    # the corpus says only that TSMC "could be fined $1 billion or more": no fine paid
    _, engine = built
    paid = engine.ask("how much did tsmc end up getting fined")
    assert paid.answered and paid.answer.startswith("The partner corpus does not say the amount"), paid.answer
    assert "could be fined" in paid.answer, paid.answer
    could = engine.ask("how much could tsmc be fined")
    assert could.answered and "$1 billion" in could.sentences[0].text and "does not say" not in could.answer


def test_a_deadline_is_a_date_something_is_due_by_not_any_date(built):
    # no rip and replace deadline is given: a report's date is no deadline ("…asked for repeated deadline extensions")
    _, engine = built
    none = engine.ask("whats the deadline for rip and replace")
    assert not none.answered or none.answer.startswith("The partner corpus does not say when"), none.answer
    given = engine.ask("when did biden sign the secure equipment act, and what deadline did the fcc get?")
    assert given.answered and "until 11 November 2022" in given.answer, given.answer


@pytest.mark.parametrize(
    "q, share",
    [
        ("what ownership % triggers the entity list affiliates rule", "50 percent"),
        ("what stake % gets a lab barred under the bad labs rule", "10 percent"),
    ],
)
def test_a_percentage_asked_is_answered_by_a_share_not_by_any_number(built, q, share):
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and share in ans.sentences[0].text, ans.answer


def test_our_own_price_is_never_a_launch_price_from_the_news(built):
    # the price partners may quote is partner guidance; Huawei's 2018 list price is no quote, and no current note
    # gives one (asked of the launch, the list price answers)
    _, engine = built
    ours = engine.ask("whats the best price we can quote on mate 10 pro")
    assert "$799" not in ours.answer, ours.answer
    for cost in (
        "whats our dealer cost on a mate 80 pro",
        "whats our cost on a mate 80 pro",
        "what do we pay distribution for a mate 80 pro unit",
    ):  # what we pay
        assert "1,299 euros" not in engine.ask(cost).answer, cost
    for trade in ("us dealer cost for a pura 80 pro?", "pura 80 pro distributor price"):  # the trade's own price
        assert "6,499 yuan" not in engine.ask(trade).answer, trade
    launch = engine.ask("what was the mate 10 pro price")
    assert launch.answered and "$799" in launch.sentences[0].text, launch.answer
    msrp = engine.ask("pricing note on huawei phones — what was msrp vs our cost on the mate 10 pro roughly")
    assert "$799" in msrp.answer, msrp.answer  # the list price asked beside our cost is the news's


def test_a_price_asked_in_the_us_is_not_a_price_in_china(built):
    _, engine = built
    ans = engine.ask("how much is the pura 80 ultra in the us")
    assert not ans.answered or ans.answer.startswith("The partner corpus does not say the amount"), ans.answer
    china = engine.ask("how much is the pura 80 ultra")
    assert china.answered and "9,999 yuan" in china.sentences[0].text, china.answer


def test_the_amount_first_given_is_the_one_called_first(built):
    # "originally": the $1.9 billion Congress "had earlier given", not the share of carriers naming partial payments
    _, engine = built
    ans = engine.ask("how much did congress originally give rip n replace")
    assert ans.answered and "$1.9 billion" in ans.sentences[0].text, ans.answer


def test_when_to_do_something_is_answered_by_the_case_in_which_to_do_it(built):
    # "when do i escalate": "…when a repair has taken more than fifteen working days" says when; no "does not say when"
    _, engine = built
    ans = engine.ask("customer complaint, huawei repair taking forever - when do i escalate and to who")
    assert ans.answered and "fifteen working days" in ans.sentences[0].text, ans.answer
    assert "does not say when" not in ans.answer, ans.answer


def test_a_spec_asked_as_how_much_is_the_spec_not_a_price(built):
    _, engine = built
    ram = engine.ask("how much ram does the mate 80 pro have")  # the corpus gives its price in euros, not its memory
    assert not ram.answered and "memory (RAM)" in ram.answer, ram.answer
    price = engine.ask("what's the mate 70 price in the us in dollars")  # "performs 40 percent better" is no price
    assert "40 percent" not in price.answer, price.answer


def test_a_rule_written_for_the_buyer_named_answers_a_may_we_for_that_buyer(built):
    _, engine = built
    # (asked as a request with a verdict too: the rule for that buyer is a rule on the goods asked)
    for q in (
        "fed contractor customer wants huawei switches, ok or not?",
        "fed contractor customer wants huawei switches, yes or no?",
    ):
        ans = engine.ask(q)
        assert ans.answered and "federal contracts" in ans.sentences[0].text, (q, ans.answer)


@pytest.mark.parametrize(
    "q, date",
    [
        ("when did the 889 contractor ban start", "13 August 2020"),
        ("when did the 889 agency ban start", "13 August 2019"),
    ],
)
def test_when_a_rule_started_is_the_day_that_rule_applied_from(built, q, date):
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and date in ans.sentences[0].text, ans.answer


def test_what_a_rule_is_is_said_by_what_it_requires_not_by_a_dated_event_naming_it(built):
    _, engine = built
    # no sentence defines the rule: the one saying what it requires leads, not "…widened the foreign direct product…"
    for q in ("what is the foreign direct product rule for huawei", "whats the fdpr"):
        ans = engine.ask(q)
        assert ans.answered and "direct product of specified US" in ans.sentences[0].text, ans.answer
        assert not ans.sentences[0].text.startswith("On 17 August 2020"), ans.answer


def test_a_price_asked_in_a_currency_the_corpus_does_not_give_says_so(built):
    _, engine = built
    ans = engine.ask("pura 80 ultra price in euros at global launch?")  # the corpus gives yuan only
    assert ans.answer.startswith("The partner corpus does not give it in euros"), ans.answer
    euros = engine.ask("how much is the mate 80 pro in euros")
    assert euros.answered and "1,299 euros" in euros.answer and "does not" not in euros.answer, euros.answer
    # a sentence pricing two editions gives the one asked only in its own clause: "The MateBook Fold … costs 23,999
    # yuan (about $3,328), while the MateBook Pro … starts at 7,999 yuan" had answered "matebook pro price in usd"
    usd = engine.ask("matebook pro price in usd")
    assert usd.answer.startswith("The partner corpus does not give it in dollars"), usd.answer
    both = engine.ask("how much is the matebook pro vs fold in usd")  # the Fold's is in dollars
    assert "does not give it in dollars" not in both.answer, both.answer
    fold = engine.ask("matebook fold price in dollars")
    assert fold.answered and "$3,328" in fold.answer and "does not" not in fold.answer, fold.answer
    # a sentence giving no sum at all gives no amount, in any currency
    none = engine.ask("how much does a mate 60 pro cost in china rn in usd")
    assert "does not give it in dollars" not in none.answer, none.answer


def test_another_makers_own_plans_or_figures_are_not_answered_with_the_subjects(built):
    # "honor's plan to launch phones in the us in 2027?" had quoted Huawei's Ascend chip roadmap to 2028
    _, engine = built
    for q in ("honor's plan to launch phones in the us in 2027?", "when's apple's foldable iphone coming out"):
        ans = engine.ask(q)
        assert not ans.answered and ans.reason == "maker", (q, ans.answer)
    rule = engine.ask("is apple's iphone affected by the fcc vote on covered parts")  # the subject's rule, asked
    assert rule.reason != "maker", rule.answer
    sale = engine.ask("what was honor's sale price")  # a sentence naming Honor answers
    assert sale.answered and "Honor" in sale.sentences[0].text, sale.answer


def test_a_contact_detail_the_corpus_does_not_hold_is_declined(built):
    _, engine = built
    ans = engine.ask("what's the support desk phone number")  # the escalation rule names the desk, not a number
    assert not ans.answered and "does not give a phone number" in ans.answer, ans.answer


def test_who_holds_a_post_now_is_the_holder_of_the_latest_year(built):
    _, engine = built
    ans = engine.ask("who is the fcc chairman now")  # not "On 23 March 2018 FCC Chairman Ajit Pai said…"
    assert ans.answered and "Brendan Carr" in ans.sentences[0].text, ans.answer
    then = engine.ask("who was the fcc chairman in 2018")
    assert then.answered and "Ajit Pai" in then.sentences[0].text, then.answer
    temp = engine.ask("how long did the first temp licence last")  # "temp" is temporary
    assert temp.answered and "90-day" in temp.answer, temp.answer


def test_an_amount_only_a_replaced_note_gave_is_not_called_missing_from_the_corpus(built):
    _, engine = built
    # the 2018 pricing note gave a margin target; the current notes give none (no Huawei is sold)
    ans = engine.ask("whats our margin target on huawei handsets")
    assert ans.answer.startswith("The current guidance does not say the amount; a note it replaced did."), ans.answer
    # a replaced note's margin on handsets is no margin on accessories: that one the corpus never gave
    acc = engine.ask("what margin should i be quoting on huawei accessories")
    assert acc.answer.startswith("The partner corpus does not say the amount"), acc.answer
    # the figure asked about, stated in the question, is the figure the replaced note gave: not "does not say"
    for q in (
        "is huawei clearance stock still priced at distribution cost plus 3%?",
        "is the 8-12% margin on huawei handsets still right?",
    ):
        still = engine.ask(q)
        assert still.answer.startswith("The current guidance does not say the amount; a note it replaced did"), q


def test_what_only_replaced_guidance_spoke_of_is_answered_by_the_guidance_that_replaced_it(built):
    _, engine = built
    # the replaced pricing notes hold the clearance floor and the discount rule; a current document that shares a word
    # ("discounts" for schools, "low- and mid-priced" Honor phones) is about something else
    floor = engine.ask("whats the clearance price floor for huawei stock")
    said = "The current guidance does not say the amount; a note it replaced did."
    assert floor.answer.startswith(said), floor.answer
    assert "Honor" not in floor.answer and "Do not source, quote" in floor.answer, floor.answer
    who = engine.ask("who approves volume discounts on huawei")
    assert who.answered and "E-Rate" not in who.answer and "Do not source, quote" in who.answer, who.answer
    # a current document close to the question still answers it, beside a replaced one
    now = engine.ask("do we need a compliance ticket number on huawei quotes")
    assert now.answered and "compliance ticket number" in now.sentences[0].text, now.answer


def test_the_side_of_a_case_asked_leads_over_the_other_side(built):
    _, engine = built
    # devices in use, not those to come: "future Huawei phones could not ship with Google apps" is the other side
    ans = engine.ask("do existing huawei phones still get google play")
    assert ans.answered and "keep working on existing Huawei devices" in ans.sentences[0].text, ans.answer
    out = engine.ask("and if it's out of warranty?", context="faulty huawei phone under warranty?")
    assert out.answered and "out of warranty" in out.sentences[0].text, out.answer


@pytest.mark.parametrize(
    "q, side",
    [
        ("do existing phones still get play store?", "existing"),
        ("will future huawei phones get google apps", "coming"),
        ("and if its out of warranty?", "out of warranty"),
        ("existing phones vs new models, what changes", None),  # both sides: none asked
        # a follow-up read with its thread names both: the side of its own words
        ("and if it's out of warranty: faulty huawei phone under warranty", "out of warranty"),
        ("what is the entity list", None),
        # what customers already have, own or bought before
        ("do huawei phones customers already have still get google play", "existing"),
        ("cust already owns a few, do they get updates", "existing"),
        ("units bought earlier, still supported?", "existing"),
    ],
)
def test_the_side_asked(q, side):
    from index.answer.compose import _side_asked

    assert _side_asked(q) == side


def test_phones_customers_already_have_are_answered_for_those_not_new_ones(built):
    _, engine = built
    ans = engine.ask("do huawei phones customers already have still get google play")
    assert ans.answered and "existing Huawei devices" in ans.sentences[0].text, ans.answer


def test_a_companys_top_line_is_answered_by_its_revenue(built):
    _, engine = built
    ans = engine.ask("huawei's top line for the latest full year, ballpark?")
    assert ans.answered and "revenue in 2024" in ans.sentences[0].text, ans.answer


def test_moving_old_stock_is_answered_by_the_rule_on_selling_it(built):
    _, engine = built
    for q in (
        "we've got like 40 old huawei phones sitting in the warehouse, can we move them as refurbs",
        "custmer has like 40 mate 10 pros sitting in a warehouse, any way we can move them for him",  # a way asked
    ):
        ans = engine.ask(q)
        assert ans.answered and "cannot resell Huawei phones" in ans.sentences[0].text, (q, ans.answer)


def test_who_is_on_a_list_is_answered_by_the_sentence_naming_its_members(built):
    # the sentence naming the five reads less like the question than a remark on the list, within twice the margin
    _, engine = built
    ans = engine.ask("who is on the covered list")
    assert ans.answered and "Huawei, ZTE, Hytera, Hikvision and Dahua" in ans.sentences[0].text, ans.answer
    # it holds fewer of the question's words than a sentence on the council's "first step" (an investigation)
    first = engine.ask("which companies were on the first fcc covered list")
    assert first.answered and "Huawei, ZTE, Hytera, Hikvision and Dahua" in first.sentences[0].text, first.answer
    # (and than one on the council's investigations of "nine Covered List companies, Huawei among them", which holds all
    # of "which companies are on the fcc covered list")
    now = engine.ask("which companies are on the fcc covered list")
    assert now.answered and "Huawei, ZTE, Hytera, Hikvision and Dahua" in now.sentences[0].text, now.answer


def test_the_size_of_a_fund_is_its_amount(built):
    _, engine = built
    ans = engine.ask("how big is the universal service fund")  # not the 2019 rule's date
    assert ans.answered and "$8.3 billion" in ans.sentences[0].text, ans.answer


def test_what_a_topic_heading_the_message_is_about_is_answered_by_what_it_is(built):
    _, engine = built
    # "it" is the campaign heading the message, not the customer's worry told after it
    ans = engine.ask("operation clean carts — cust sells on amazon and is nervous, whats it about")
    assert ans.answered and "Operation Clean Carts is an FCC campaign" in ans.sentences[0].text, ans.answer
    about = engine.ask("whats operation clean carts about")
    assert about.answered and "Operation Clean Carts is an FCC campaign" in about.sentences[0].text, about.answer


def test_of_two_sentences_quoted_for_an_amount_the_one_stating_it_is_read_first(built):
    _, engine = built
    ans = engine.ask("how big is the USF per year")
    assert ans.answered and "$8.3 billion a year" in ans.sentences[0].text, ans.answer


@pytest.mark.parametrize("q", ["how much ram does the mate 10 pro have", "how much memory does the mate 10 pro have"])
def test_a_phones_ram_is_its_memory_and_its_amount_is_no_sum_of_money(built, q):
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and "6GB of memory" in ans.sentences[0].text, ans.answer
    assert "does not say" not in ans.answer, ans.answer


def test_whom_to_escalate_a_case_told_before_the_question_to_is_the_route_read_first(built):
    _, engine = built
    ans = engine.ask("repair for a huawei phone dragging on for 3 weeks, who do i escalate to")
    assert ans.answered and "support desk lead" in ans.sentences[0].text, ans.answer


def test_why_we_cannot_sell_a_phone_is_the_rule_whose_so_clause_names_it(built):
    _, engine = built
    ans = engine.ask("why cant we sell the pura 80")
    assert ans.answered and "cannot be imported or marketed" in ans.sentences[0].text, ans.answer


def test_a_count_written_out_is_the_number_asked_not_a_missing_one(built):
    _, engine = built
    ans = engine.ask("how many days before i escalate a huawei repair complaint to the support lead?")
    assert ans.answered and "fifteen working days" in ans.answer and "does not say" not in ans.answer, ans.answer


def test_whether_a_rule_still_stands_is_answered_by_the_sentence_saying_its_standing(built):
    _, engine = built
    # "would pause it" was only announced: the suspension itself answers; and "in effect yet?" is the day it applied
    paused = engine.ask("affiliates rule - still in force or on pause now?")
    assert paused.answered and "suspended the Affiliates Rule" in paused.sentences[0].text, paused.answer
    started = engine.ask("section 889 contractor ban, is it in effect yet?")
    assert started.answered and "took effect on 13 August 2020" in started.sentences[0].text, started.answer
    gone = engine.ask("is the ai diffusion rule still a thing or is it gone")
    assert gone.answered and "rescinded the AI diffusion rule" in gone.sentences[0].text, gone.answer


def test_updates_for_phones_a_customer_holds_are_answered_for_devices_in_use(built):
    _, engine = built
    ans = engine.ask("client still has 25 huawei p30s from 2019, do they still get play store updates?")
    assert ans.answered and "existing Huawei devices" in ans.sentences[0].text, ans.answer


@pytest.mark.parametrize(
    "q, standing",
    [
        ("is the affiliates rule in effect as of today or was it paused", True),
        ("889 part b - in force yet?", True),
        ("tgl still a thing?", True),
        ("is the entity list rule still in effect?", True),
        ("is the affiliates rule still on pause", True),
        ("when did the 889 contractor ban take effect", False),  # a date asked: the "when" rules answer it
        ("is huawei still on the entity list", False),  # a name on a list: index/answer/standing.py
        ("is it still on: whats the affiliates rule", True),  # "still on" alone: still in force
        ("can we still sell huawei phones", False),
    ],
)
def test_a_question_on_whether_a_rule_stands(q, standing):
    from index.answer.question import asks_standing

    assert asks_standing(q) is standing


@pytest.mark.parametrize(
    "sentence, says",
    [
        ("On 10 November 2025 BIS suspended the Affiliates Rule for one year.", True),
        ("The prohibition and its interim rule took effect on 13 August 2020.", True),
        ("The administration had said on 1 November 2025 that it would pause the Affiliates Rule.", False),
        ("The Affiliates Rule extended Entity List restrictions to majority-owned companies.", False),
    ],
)
def test_a_sentence_saying_a_rules_standing_as_a_fact(sentence, says):
    from index.answer.question import says_standing

    assert says_standing(sentence) is says


@pytest.mark.parametrize(
    "q, held",
    [
        ("customer has 15 huawei p30s from 2019, do they still get updates", True),
        ("exec still uses a mate 10 pro, is the warranty still good", True),
        ("will the pura 80 get google play", False),  # asked of a model as such
        ("customer has a question about google play", False),  # no device held
    ],
)
def test_care_for_devices_someone_holds(q, held):
    from index.answer.question import cares_for_held

    assert cares_for_held(q) is held


@pytest.mark.parametrize(
    "q, read",
    [
        ("mate 80 pro os version?", "operating system (OS)"),
        ("does harmony os run android apps", "harmony os"),  # the system's name typed apart stays
    ],
)
def test_os_is_spelled_out_unless_it_is_part_of_a_name(q, read):
    from index.answer.question import expand_shorthand

    assert read in expand_shorthand(q)


def test_who_a_programme_is_for_is_answered_by_the_sentence_stating_its_condition(built):
    _, engine = built
    ans = engine.ask("which telcos are eligible for rip and replace money")  # not its funding shortfall
    assert ans.answered and "10 million or fewer customers" in ans.sentences[0].text, ans.answer
    # a case sized by a count is held against that bound, not answered "Yes, … is fully funded"
    for q in (
        "can a carrier with 15 million subscribers get rip and replace money",
        "rural carrier with 200k customers - can they get rip and replace funds",
        # ("with" typed "w": it had led "Yes, … is fully funded", atk51b)
        "cust is a regional carrier w 12 million subs, can they get rip and replace money? yes or no",
    ):
        ans = engine.ask(q)
        assert ans.answered and "10 million or fewer customers" in ans.sentences[0].text, (q, ans.answer)


@pytest.mark.parametrize(
    "q, asks",
    [
        ("which carriers qualify for rip and replace", True),
        ("can a wisp even apply or just carriers", True),
        ("is there a size limit for rip and replace", True),
        ("how much did rip and replace cost", False),
        ("can we apply the discount to huawei phones", False),  # applying something is no taking part
        ("can a carrier with 15 million subscribers get rip and replace money", True),  # a case sized by a count
        ("tier-2 carrier w/ 15m subs, can they get it", True),
        ("carrier with 3 million customers - do they have to rip out huawei gear", False),  # a duty, not taking part
        ("cust has 30 huawei phones, can we swap them", False),  # a count of goods sizes no case
    ],
)
def test_a_question_on_who_may_take_part(q, asks):
    from index.answer.question import asks_eligibility

    assert asks_eligibility(q) is asks


def test_a_subsection_asked_is_answered_by_a_sentence_naming_it(built):
    _, engine = built
    # "889 part b" is 889(a)(1)(B): a sentence naming it leads one on the whole section ("applies to all contractors")
    ans = engine.ask("fed contractor, 150 staff, what does 889 part b mean for them")
    assert ans.answered and "889(a)(1)(B)" in ans.sentences[0].text, ans.answer
    plain = engine.ask("what does 889 part a cover in plain words")  # how it is to be put is no word to look up
    assert plain.answered and "889(a)(1)(A)" in plain.sentences[0].text, plain.answer


def test_what_we_offer_for_a_phone_out_of_warranty_is_the_remedy_not_leave_to_sell(built):
    _, engine = built
    ans = engine.ask("huawei phone past its warranty, what can we offer the customer")
    assert ans.answered and "trade-in" in ans.sentences[0].text, ans.answer
    assert "cannot resell" not in ans.answer, ans.answer


def test_a_sum_given_is_an_amount_of_money_not_a_share(built):
    _, engine = built
    ans = engine.ask("how much did congress add for rip and replace")  # not "more than 70 percent of participants"
    assert ans.answered and "$" in ans.sentences[0].text and "70 percent" not in ans.answer, ans.answer


def test_what_a_rule_is_is_said_by_a_sentence_on_that_rule_not_on_another_naming_it(built):
    _, engine = built
    # "While the Affiliates Rule is suspended, Entity List restrictions apply only to…" is about the Affiliates Rule
    ans = engine.ask("what is the entity list")
    assert ans.answered and "licence" in ans.sentences[0].text, ans.answer
    assert "Affiliates Rule" not in ans.sentences[0].text, ans.answer


@pytest.mark.parametrize(
    "q, parts",
    [
        ("entity list vs covered list, whats the difference", ("what is entity list", "what is covered list")),
        ("889 part a vs part b - whats the diff, quick version", ("what is 889 part a", "what is 889 part b")),
        # something else asked of both: each side keeps it
        ("mate 70 vs mate 80, which is cheaper", ("mate 70, which is cheaper", "mate 80, which is cheaper")),
        # a side of one word shaped as the other's last ("(a)(1)(B)", "910c") is of the same thing
        ("889 (a)(1)(A) vs (a)(1)(B) whats the diff", ("what is 889 (a)(1)(A)", "what is 889 (a)(1)(B)")),
        ("ascend 910b vs 910c, whats the difference", ("what is ascend 910b", "what is ascend 910c")),
        ("huawei vs zte, whats the diff", ("what is huawei", "what is zte")),
        # the difference asked in words, with no "vs"
        (
            "what's the difference between entity list and the fcc covered list",
            ("what is entity list", "what is fcc covered list"),
        ),
        ("how is the entity list different from the covered list", ("what is entity list", "what is covered list")),
        # three things, one line each, and a remark after that asks nothing
        (
            "entity list vs covered list vs 889 — 1 line each pls, customer procurement keeps mixing them up",
            ("what is entity list", "what is covered list", "what is 889"),
        ),
        # a side spelled out by `expand_shorthand` ("r&d (research and development)") is still one side
        (
            "huawei 2024 r&d (research and development) spend vs its net profit, which was bigger",
            (
                "huawei 2024 r&d (research and development) spend, which was bigger",
                "its net profit, which was bigger",
            ),
        ),
    ],
)
def test_how_two_things_differ_asks_what_each_one_is(q, parts):
    from index.answer.question import analyse

    info = analyse(q)
    assert info.parts == parts


def test_the_years_between_two_events_are_answered_by_both_dates(built):
    # it had said "The partner corpus does not say the number"; a remark on what the answer is for weighs nothing
    _, engine = built
    ans = engine.ask("how many yrs between the 2012 house report and huawei hitting the entity list? doing a timeline")
    assert ans.answered and "8 October 2012" in ans.answer and "2019" in ans.answer, ans.answer
    assert ans.question.endswith("doing a timeline")  # the question as asked is kept


def test_two_amounts_compared_are_each_given(built):
    # one sentence on the profit, which mentions "heavy research spending", had stood for both sides
    _, engine = built
    ans = engine.ask("huawei 2024 r&d spend vs its net profit, which was bigger?")
    assert ans.answered and "179.7 billion" in ans.answer and "62.6 billion" in ans.answer, ans.answer


def test_a_thing_quoted_then_asked_what_it_is_is_defined_whatever_the_story_around_it(built):
    # the story ("insurance covers it") had found a remark on the list, or nothing near enough at all
    _, engine = built
    ans = engine.ask(
        "cust thought 'covered list' meant their insurance covers it lol. what is it actually, short version"
    )
    assert ans.answered and "published its Covered List" in ans.sentences[0].text, ans.answer
    assert ans.question.startswith("cust thought")


def test_what_a_rule_is_is_said_with_the_rule_as_the_subject(built):
    # "The section 889 ban on use applies to all US government prime contractors…" names the rule before another noun
    _, engine = built
    ans = engine.ask("whats section 889")
    assert ans.answered and ans.sentences[0].text.startswith("Section 889 of the 2019 NDAA bars"), ans.answer
    # (asked with a second part, the whole message reads closer to the other sentence: it still leads)
    two = engine.ask("what is section 889 and does it affect our govt customers")
    assert two.answered and two.sentences[0].text.startswith("Section 889 of the 2019 NDAA bars"), two.answer
    # the rule's name under another word for a rule, after its date and agency ("The May 2025 FCC "bad labs" order
    # means that…"), not the count of labs barred under it; asked in the past tense too ("what was the … act")
    labs = engine.ask("what are the fcc bad labs rules")
    assert labs.answered and '"bad labs" order means' in labs.sentences[0].text, labs.answer
    act = engine.ask("what was the secure equipment act")
    assert act.answered and act.sentences[0].text.startswith("The Secure Equipment Act requires"), act.answer
    # what it did, said in the past ("…licence allowed support for…"), not what its end means ("The end of the
    # temporary general licence in August 2020 means…": its end heads the subject)
    harmony = engine.ask("whats harmonyos next in one line, cust's it guy keeps saying it")
    assert harmony.answered and "operating system built without" in harmony.sentences[0].text, harmony.answer
    tgl = engine.ask("what was the temporary general license and when did it finally end?")
    assert tgl.answered and "licence allowed support" in tgl.sentences[0].text, tgl.answer


def test_a_thing_named_alone_is_answered_by_what_it_is(built):
    _, engine = built
    ans = engine.ask("operation clean carts")  # not what the e-commerce sites agreed to
    assert ans.answered and "is an FCC campaign" in ans.sentences[0].text, ans.answer
    assert ans.question == "operation clean carts"
    rr = engine.ask("rip and replace")  # not the 70-percent complaint about partial payments
    assert rr.answered and "repays US carriers" in rr.sentences[0].text, rr.answer
    # a summary asked of it too: "tl;dr" led with what the e-commerce sites agreed to
    tldr = engine.ask("tl;dr operation clean carts?")
    assert tldr.answered and "is an FCC campaign" in tldr.sentences[0].text, tldr.answer


@pytest.mark.parametrize(
    "message, topic",
    [
        ("operation clean carts", "operation clean carts"),
        ("bad labs rule?", "bad labs rule"),
        ("tl;dr operation clean carts?", "operation clean carts"),  # a summary of a thing named alone: what it is
        ("quick rundown on the affiliates rule", "the affiliates rule"),
        ("tl;dr mate 60 pro", None),  # (a model's summary is no definition)
        ("mate 10 pro price", None),  # something asked of it
        ("tgl status", None),
        ("covered list original members?", None),
        ("thx", None),
        ("can we sell it", None),
    ],
)
def test_a_message_that_only_names_a_thing(message, topic):
    from index.answer.question import bare_topic

    assert bare_topic(message) == topic


@pytest.mark.parametrize(
    "q, route",
    [
        ("who makes the final call on a flagged huawei deal", True),
        ("who signs off on a flagged huawei deal", True),
        ("who made the call to drop huawei at at&t", False),  # news: who did it, not whom to ask
    ],
)
def test_who_decides_in_house_is_whom_to_ask(built, q, route):
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and ("compliance office" in ans.sentences[0].text) is route, ans.answer


@pytest.mark.parametrize(
    "q, asks",
    [
        ("did verizon ever end up selling the mate 10 pro", True),
        ("did at&t actually carry it", True),
        ("so did huawei finally get its licence back", True),
        ("did verizon sell the mate 10 pro", False),  # no doubt voiced: the scorer's best answers
        ("why did verizon ever drop it", False),
    ],
)
def test_a_question_on_whether_something_came_to_pass(q, asks):
    from index.answer.question import asks_came_to_pass

    assert asks_came_to_pass(q) is asks


@pytest.mark.parametrize(
    "sentence, foresees",
    [
        ("Several outlets reported that AT&T, and then Verizon, would announce deals to sell it.", True),
        ("Huawei plans to bring out the Ascend 950PR in 2026.", True),
        ("Bloomberg reported that Verizon had dropped all plans to sell Huawei phones.", False),
        ("Six intelligence officials said they would not recommend Huawei phones.", False),  # a stance
        ("In January 2018 none of the four national US carriers sold Huawei phones.", False),
    ],
)
def test_a_sentence_only_telling_what_would_happen(sentence, foresees):
    from index.answer.question import foresees as told_ahead

    assert told_ahead(sentence) is foresees


def test_whether_something_came_to_pass_is_answered_by_what_did_not_by_what_was_expected(built):
    _, engine = built
    ans = engine.ask("did verizon ever end up selling the mate 10 pro")  # "…would announce deals to sell it" had led
    assert ans.answered and "dropped all plans" in ans.sentences[0].text, ans.answer


def test_a_rule_on_pause_is_answered_by_the_sentence_saying_it_was_suspended(built):
    # "on pause" is its standing asked, held as much by "suspended" as by "…said it would pause the Affiliates Rule"
    _, engine = built
    ans = engine.ask("is the affiliates rule still on pause")
    assert ans.answered and "suspended the Affiliates Rule" in ans.sentences[0].text, ans.answer


def test_two_things_asked_of_one_subject_joined_by_a_plus_are_both_answered(built):
    # "launch date + starting price": a date and an amount; "huawei + zte" stays one thing asked about
    _, engine = built
    ans = engine.ask("mate 70 launch date + starting price")
    assert "26 November 2024" in ans.answer and "5,499 yuan" in ans.answer, ans.answer
    assert analyse("huawei + zte on entity list?").parts == ("huawei + zte on entity list",)


def test_one_sentence_giving_both_amounts_asked_answers_both_parts(built):
    # "how much was it and how much storage": the price sentence holds the storage too; the next sentence left (a
    # ship date) must not be quoted as the price, nor "does not say the amount" follow the price
    _, engine = built
    ans = engine.ask("how much was the porsche design mate 10 and how much storage")
    assert ans.answer.startswith("Huawei also announced a Porsche Design edition"), ans.answer
    assert "does not say" not in ans.answer and "18 February" not in ans.answer, ans.answer


def test_what_a_product_starts_at_is_its_price(built):
    _, engine = built
    assert analyse("what does a pura x start at").kind == "money"
    assert analyse("what time does the vote start at").kind == "when"
    ans = engine.ask("what does a pura x start at")
    assert "7,499 yuan" in ans.answer.split(". ")[0], ans.answer


def test_a_version_tag_is_the_number_of_the_thing_named(built):
    # "v6" after "harmonyos 5" is HarmonyOS 6, no unknown name to decline on
    _, engine = built
    ans = engine.ask("how many devices were running harmonyos 5 when v6 dropped")
    assert ans.answered and "23 million" in ans.answer, ans.answer


def test_an_abbreviation_the_corpus_defines_asks_what_its_phrase_asks(built):
    # "how big is the usf" asks the fund's size (an amount), as "…the universal service fund" does
    _, engine = built
    for q in (
        "how big is the usf annually",
        "whats the size of the usf per year? trying to explain the fcc huawei designation to a customer",
    ):
        ans = engine.ask(q)
        assert "$8.3 billion" in ans.answer.split(" [1]")[0], (q, ans.answer)


def test_a_count_of_people_is_given_by_any_noun_for_them(built):
    # "how many members of congress signed": "signed by 18 lawmakers" gives it; no "does not say the number"
    _, engine = built
    ans = engine.ask("how many members of congress signed that dec 2017 letter to the fcc about huawei")
    assert "18 lawmakers" in ans.answer and "does not say" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "2018 intel hearing - how many agency heads were actually sitting there",
        "how many intel chiefs testified at that 2018 senate hearing",
    ],
)
def test_people_counted_by_their_role_are_counted_by_any_noun_for_them(built, q):
    # "how many agency heads": "six top US intelligence officials" counts them; no "does not say the number"
    _, engine = built
    ans = engine.ask(q)
    assert "six top US intelligence officials" in ans.answer and "does not say" not in ans.answer, ans.answer


def test_a_condition_after_the_question_is_part_of_it(built):
    # "…can we flip them to him? no carrier involved": not a second question answered by "no carrier involved"
    _, engine = built
    q = "customer wants 40 mate 10 pros he found at a liquidator, can we flip them to him? no carrier involved"
    assert len(analyse(q).parts) == 1
    ans = engine.ask(q)
    assert ans.answer.startswith("No, as of 1 December 2026"), ans.answer
    assert len(analyse("huawei released laptops w harmonyos? no windows at all?").parts) == 2  # asked: its own part


def test_a_vote_set_for_a_date_now_past_is_no_standing(built):
    # "whats the status": the vote's date has passed and the corpus does not say what came of it
    _, engine = built
    ans = engine.ask("fcc covered parts rule, whats the status")
    assert "22 July 2026" in ans.answer and "has passed" in ans.answer, ans.answer
    ans = engine.ask("is the covered parts rule in force now")  # not the Affiliates Rule suspended "as part of" a deal
    assert "covered parts rule" in ans.answer.split(" [1]")[0] and "Affiliates" not in ans.answer, ans.answer
    # the date asked in the present or future tense ("when is the fcc voting…"): that date has passed, said so
    for q in ("when is the fcc voting on the covered parts rule", "when will the fcc vote on covered parts"):
        ans = engine.ask(q)
        assert "22 July 2026" in ans.sentences[0].text and "has passed" in ans.answer, ans.answer


def test_a_stated_amount_to_check_asks_the_amount(built):
    _, engine = built
    assert analyse("mate 10 pro was $999 unlocked at launch right?").kind == "money"
    ans = engine.ask("mate 10 pro was $999 unlocked at launch right?")
    assert "$799" in ans.answer.split(" [1]")[0], ans.answer


def test_a_claim_told_before_the_question_is_its_case_not_a_part(built):
    # "custmer swears it was $699 … when it came out, what was the real price": the "when" joins the claim's clauses
    _, engine = built
    q = "custmer swears the mate 10 pro was $699 unlocked when it came out in the states, what was the real price"
    assert len(analyse(q).parts) == 1
    assert analyse("verizon took huawei off its list when? and why").parts[0] == "verizon took huawei off its list when"
    ans = engine.ask(q)
    assert "$799" in ans.answer.split(" [1]")[0], ans.answer


def test_whats_the_percent_asks_a_share(built):
    _, engine = built
    assert analyse("whats the ownership % that triggers the affiliates rule").kind == "number"
    ans = engine.ask("whats the ownership % that triggers the affiliates rule")
    assert "50 percent" in ans.answer.split(" [1]")[0], ans.answer


def test_a_bare_and_when_asks_the_date_of_what_the_other_part_asks(built):
    # "who signed the ndaa …, and when": the signing sentence answers both; not a section-889 sentence for the "who"
    _, engine = built
    ans = engine.ask("who signed the ndaa that has section 889 in it, and when")
    assert ans.answer.startswith("President Trump signed"), ans.answer


def test_asking_for_the_short_answer_is_no_thing_to_define():
    q = "cust asks why we dropped huawei off the line card, we sell other stuff made in china. whats the short answer"
    info = analyse(q)
    assert len(info.parts) == 1 and info.kind == "why", info


def test_a_funds_size_asks_the_sum(built):
    _, engine = built
    for q in ("universal service fund size?", "usf size?"):
        ans = engine.ask(q)
        assert "$8.3 billion" in ans.answer.split(" [1]")[0], (q, ans.answer)


def test_what_comes_after_a_thing_is_what_succeeds_it_not_what_came_before(built):
    _, engine = built
    ans = engine.ask("ascend roadmap - what comes after the 950 and roughly what yrs")
    assert "followed by the Ascend 960" in ans.answer.split(" [1]")[0], ans.answer
    ans = engine.ask("what came before the ascend 950")
    assert "Ascend 910C" in ans.answer.split(" [1]")[0], ans.answer


def test_whether_a_named_company_ever_did_something_is_answered_by_what_it_did(built):
    # "did verizon ever end up offering the mate 10 pro": Verizon's decision, not what resellers could offer
    _, engine = built
    ans = engine.ask("did verizon ever end up offering the mate 10 pro")
    assert "Verizon had dropped all plans" in ans.answer.split(" [1]")[0], ans.answer


def test_what_each_subsection_does_leads_a_sentence_that_only_dates_it(built):
    # "889 part a vs part b, whats the diff": "…889(a)(1)(A), which stops federal agencies from buying…" and
    # "…889(a)(1)(B), which stops federal agencies from contracting…"
    _, engine = built
    ans = engine.ask("889 part a vs part b, whats the diff in plain english")
    assert (
        "889(a)(1)(A), which stops" in ans.answer
        and "889(a)(1)(B), which stops federal agencies from contracting" in (ans.answer)
    )


def test_who_was_on_a_list_is_answered_by_the_names_it_lists(built):
    _, engine = built
    ans = engine.ask("who was on the original covered list")
    assert "Huawei, ZTE, Hytera, Hikvision and Dahua" in ans.answer.split(" [1]")[0], ans.answer


def test_msrp_is_the_price(built):
    _, engine = built
    ans = engine.ask("what was the msrp on the mate 10 pro porsche design edition")
    assert ans.answered and "$1,225" in ans.answer.split(" [1]")[0], ans.answer


def test_a_word_written_in_full_holds_its_clipped_form(built):
    # "how many apps run on harmonyos laptops": "HarmonyOS for computers supports more than 150 applications"
    from index.search.lexical import query_terms, sentence_terms

    assert set(query_terms("apps laptops")) <= sentence_terms("supports 150 applications on computers")
    _, engine = built
    ans = engine.ask("how many apps run on harmonyos laptops")
    assert "150 applications" in ans.answer.split(" [1]")[0], ans.answer


def test_how_things_stood_before_a_change_does_not_lead_a_question_on_now(built):
    # "Until the October 2025 FCC order, … could still be imported and sold" reads as "no" to "can the fcc still
    # block imports of that now"; the power it has since 26 December 2025 answers
    _, engine = built
    ans = engine.ask(
        "customer has old huawei stock that was fcc approved pre-2023, can the fcc still block imports of it now"
    )
    first = ans.answer.split(" [1]")[0]
    assert not first.startswith("Until") and "26 December 2025" in first, ans.answer


def test_when_something_stopped_is_dated_by_the_sentence_saying_it_has_not_happened_since(built):
    _, engine = built
    ans = engine.ask("when did tsmc stop making chips for huawei")
    assert ans.answered and "mid-September 2020" in ans.sentences[0].text, ans.answer


def test_what_a_list_is_is_its_defining_sentence_not_a_remark_on_it(built):
    _, engine = built
    for q in ("what is the covered list the fcc keeps", "covered list - what is it?"):
        ans = engine.ask(q)
        assert ans.answered and "Covered List of communications equipment" in ans.sentences[0].text, (q, ans.answer)


def test_why_something_is_called_a_threat_is_the_reason_given_not_the_designation(built):
    _, engine = built
    ans = engine.ask("why is huawei considered a national security threat")
    assert ans.answered and "pointed to" in ans.sentences[0].text, ans.answer
    assert "does not say why" not in ans.answer, ans.answer


def test_a_state_quoted_as_holding_says_when_its_term_ran_out_even_unasked(built):
    _, engine = built
    # "While the Affiliates Rule is suspended, …" reads as today's rule; the suspension ran until 10 November 2026
    ans = engine.ask("whats the affiliates rule and does it pull in huawei subsidiaries too")
    assert ans.answered and "While the Affiliates Rule is suspended" in ans.answer, ans.answer
    assert "That term ended on 10 November 2026" in ans.answer, ans.answer
    plain = engine.ask("what is the affiliates rule")  # nothing said to hold now: no note
    assert plain.answered and "term ended" not in plain.answer, plain.answer


def test_a_business_spun_off_was_sold_and_a_thread_asks_who_ended_up_with_it(built):
    _, engine = built
    why = engine.ask("why did huawei spin off honor in 2020")  # no unknown verb: spinning off is selling
    assert why.answered and "heavy pressure because" in why.sentences[0].text, why.answer
    who = engine.ask("who ended up with it", context="why did huawei spin off honor in 2020")
    assert who.answered and "Shenzhen Zhixin" in who.sentences[0].text, who.answer


def test_the_most_recent_launch_is_the_latest_dated_one_of_the_kind_asked(built):
    _, engine = built
    ans = engine.ask("which huawei phone launched most recently")  # not the Pura 80 of June 2025
    assert ans.answered and "Mate 80 Pro" in ans.sentences[0].text, ans.answer
    # a launch is told with what was launched: "phones launched from 2025 would run…" launches nothing
    mate = engine.ask("latest mate phone - what is it and can we get it for a us customer")
    assert mate.answered and "Mate 80 Pro" in mate.sentences[0].text, mate.answer


def test_a_definition_asked_with_an_abbreviation_the_corpus_spells_out_is_still_a_definition(built):
    _, engine = built
    # "ndaa" is read as "National Defense Authorization Act": the question still asks what the ban is
    ans = engine.ask("what is the ndaa section 889 ban about")
    assert ans.answered and "bars US federal agencies" in ans.sentences[0].text, ans.answer
    harmony = engine.ask("what is harmonyos")  # not "Huawei denied that HarmonyOS is a derivative of Android"
    assert harmony.answered and "operating system" in harmony.sentences[0].text, harmony.answer


def test_whether_a_name_is_still_on_a_list_is_answered_by_its_place_on_it_now_not_by_its_listing(built):
    _, engine = built
    ans = engine.ask("is huawei still on the commerce entity list")  # not "…announced that Huawei would be added"
    assert ans.answered and "would be added" not in ans.sentences[0].text, ans.answer
    assert "Entity List" in ans.sentences[0].text, ans.answer


def test_whether_a_name_is_on_a_list_is_answered_by_a_sentence_naming_both(built):
    _, engine = built
    # not "…the Covered List" without ZTE, nor ZTE's USF designation ("…designations also cover…")
    ans = engine.ask("is zte also on the fcc covered list")
    assert ans.answered and "ZTE" in ans.sentences[0].text and "Covered List" in ans.sentences[0].text, ans.answer


def test_who_decided_is_asked_of_whoever_did_the_thing_before(built):
    _, engine = built
    # the corpus never says "decided": the doer of the listing answers
    ans = engine.ask("who decided", context="is huawei on the entity list")
    assert ans.answered and "Commerce Department" in ans.sentences[0].text, ans.answer


def test_when_the_fcc_put_a_name_on_a_list_is_the_date_of_its_listing(built):
    _, engine = built
    ans = engine.ask("when did the fcc add huawei to the covered list")  # not the council set up in March 2025
    assert ans.answered and "2021" in ans.sentences[0].text, ans.answer
    law = engine.ask("what does ndaa section 889 say about huawei")  # a law's rule, not a quote of someone
    assert law.answered and not law.answer.startswith("The partner corpus does not"), law.answer


def test_who_is_on_a_list_named_before_the_question_is_answered_with_its_names(built):
    _, engine = built
    ans = engine.ask("fcc covered list - whos on it")  # not the chairwoman's remark on the list
    assert ans.answered and "Hikvision" in ans.sentences[0].text, ans.answer


def test_whether_something_still_goes_on_is_answered_yes_or_no_when_the_corpus_says_it(built):
    _, engine = built
    ans = engine.ask("is rip and replace still going")  # not the December 2024 report of the shortfall
    assert ans.answered and ans.sentences[0].text.startswith("Yes,") and "fully funded" in ans.answer, ans.answer
    # a verdict on selling is no answer to a question that asks no sale
    other = engine.ask("do we still do data migration from a huawei phone to an iphone for customers")
    assert "cannot resell" not in (other.sentences[0].text if other.answered else other.answer), other.answer


def test_when_something_was_done_is_not_the_date_until_which_things_stood(built):
    _, engine = built
    ans = engine.ask("when did the fcc ban new equipment authorizations for huawei")  # not "Until the October 2025…"
    assert ans.answered and "took effect on 6 February 2023" in ans.sentences[0].text, ans.answer


def test_how_things_stand_now_is_not_what_someone_said_they_would_do(built):
    _, engine = built
    ans = engine.ask("is honor still part of huawei?")  # not "Huawei said it would hold no shares…"
    assert ans.answered and "separate company" in ans.sentences[0].text, ans.answer


def test_what_a_rule_is_and_whether_it_is_still_on_are_both_answered(built):
    _, engine = built
    ans = engine.ask("whats the affiliates rule and is it still on")
    assert ans.answered and "50 percent" in ans.answer and "suspended" in ans.answer, ans.answer


def test_the_number_an_order_is_filed_under_is_answered_by_the_sentence_giving_it(built):
    _, engine = built
    ans = engine.ask("our lawyer needs the docket # of the 2022 fcc equipment authorization ban")
    assert ans.answered and "FCC 22-84" in ans.sentences[0].text, ans.answer


def test_a_share_stated_to_be_checked_is_not_answered_by_another_amount(built):
    # "$1.9 billion … carriers' costs" is an amount, but no word on the 3% floor a replaced pricing note gave
    _, engine = built
    ans = engine.ask("is the floor still cost +3%?")
    assert ans.answer.startswith("The current guidance does not say the amount; a note it replaced did"), ans.answer


def test_a_reason_given_of_another_kind_of_product_gives_way_to_one_naming_none(built):
    _, engine = built
    ans = engine.ask("huawei 5g gear - why does the us government say its a natsec risk")  # not a reason about phones
    assert ans.answered and "ties to the Chinese government" in ans.sentences[0].text, ans.answer


def test_whether_a_name_is_on_a_list_asked_in_the_present_is_answered_by_its_place_on_it_now(built):
    _, engine = built
    ans = engine.ask("is huawei on the entity list?")  # not the May 2019 announcement that it "would be added"
    assert ans.answered and "have been on the Entity List since May 2019" in ans.sentences[0].text, ans.answer


def test_what_was_the_big_deal_asks_why_it_mattered(built):
    _, engine = built
    ans = engine.ask("what was the big deal with the mate 60 pro launch")  # not a visit that happened that week
    assert ans.answered and "return to 5G phones" in ans.sentences[0].text, ans.answer


def test_what_happened_with_a_thing_is_how_it_ended_up(built):
    _, engine = built
    ans = engine.ask("what happened with the temporary general license")  # not why it was extended in 2019
    assert ans.answered and "let the Huawei temporary general licence expire" in ans.sentences[0].text, ans.answer


def test_another_models_price_is_no_price_of_the_model_asked(built):
    _, engine = built
    ans = engine.ask("how much does the mate 70 pro cost in euros")  # only the Mate 80 Pro has a euro price
    assert ans.answer.startswith("The partner corpus does not say the amount"), ans.answer
    own = engine.ask("how much is the mate 80 pro in euros")
    assert own.answered and "1,299 euros" in own.sentences[0].text, own.answer


def test_since_when_is_answered_by_a_state_dated_from_an_event(built):
    # "After the May 2019 suspension, future Huawei phones could not ship with Google apps" says from when (it was
    # declined as "The partner corpus does not say when")
    _, engine = built
    ans = engine.ask("since when", context="can huawei phones use google apps")
    assert ans.answered and "May 2019" in ans.sentences[0].text, ans.answer
    assert has_answer_type(
        "when", "After the May 2019 suspension, future phones could not ship with Google apps", "since when"
    )
    assert not has_answer_type("when", "As of 2 March 2026, do not enrol Huawei phones", "since when")


def test_since_when_is_answered_by_how_things_stand_now_dated_by_the_deed_that_made_them_so(built):
    # "Honor, which Huawei sold in November 2020, is now a separate company": since November 2020; in a thread, the
    # dated sentence leads one that only shares the thread's words ("The Honor business sells … phones")
    assert has_answer_type(
        "when", "Honor, which Huawei sold in November 2020, is now a separate company.", "since when"
    )
    assert not has_answer_type("when", "In November 2020 the note was written, and it says to stop.", "since when")
    _, engine = built
    ans = engine.ask("since when", context="whats honor's relationship w/ huawei these days")
    assert ans.answered and "November 2020" in ans.sentences[0].text, ans.answer


def test_a_time_over_which_something_happens_is_no_reason():
    said = "Huawei said in June 2021 that about 100 phone models would be updated to HarmonyOS over the following year."
    assert not has_answer_type("why", said, "why did huawei phones lose android")
    assert has_answer_type("why", "Verizon dropped the deal over security concerns.", "why did verizon drop it")
    assert has_answer_type("why", "Google cut Huawei off following US pressure.", "why did google cut huawei off")


def test_why_a_thing_was_lost_is_answered_by_its_cause(built):
    _, engine = built
    ans = engine.ask("why did huawei phones lose android")
    assert ans.answered and "Google suspended" in ans.sentences[0].text, ans.answer


def test_each_event_of_a_before_or_after_question_is_dated_from_the_passages_it_finds_itself(built):
    # the carriers' stories crowd the whole message's passages; the hearing's date comes from what its part found
    _, engine = built
    ans = engine.ask("did the 2018 intel chiefs hearing happen before or after at&t bailed on the mate 10")
    assert ans.answered and "13 February 2018" in ans.answer, ans.answer


def test_each_event_of_an_order_asked_thing_first_is_dated_by_its_own_passages(built):
    # the whole message's passages were on the Pura 80 and HarmonyOS Next; HarmonyOS 6's part took a Pura X sentence
    # of its near words ("HarmonyOS…") as covering it, so its own passages never joined
    _, engine = built
    ans = engine.ask("harmonyos 6: out before or after the mate 70?")
    assert ans.answered and "HarmonyOS 6" in ans.sentences[0].text and "October 2025" in ans.sentences[0].text, (
        ans.answer
    )
    assert "26 November 2024" in ans.answer, ans.answer
    order = engine.ask("mate 70 or pura x: which came out first")
    assert "26 November 2024" in order.answer and "20 March 2025" in order.answer, order.answer


def test_an_event_of_a_span_dated_in_the_month_the_asker_gave_is_dated(built):
    # "On 25 November 2022 the FCC released…" dates "the fcc nov 2022 equipment order", though the asker gave its month:
    # both dates quoted, the reply had ended "The partner corpus does not say when."
    _, engine = built
    ans = engine.ask("how long between the fcc nov 2022 equipment order and the ban actually kicking in")
    assert ans.answered and "6 February 2023" in ans.answer and "does not say" not in ans.answer, ans.answer


def test_either_of_two_years_offered_is_a_guess_not_a_name_the_corpus_must_hold(built):
    # "Nothing in the partner corpus covers 2013" had declined it
    _, engine = built
    ans = engine.ask("house intel report on huawei and zte - 2012 or 2013?")
    assert ans.answered and "8 October 2012" in ans.sentences[0].text, ans.answer
    # (years a question asks about, not offered as the choice it ends on, stay names the corpus must hold)
    assert not engine.ask("did huawei sell phones in the us in 2015 or 2016").answered


def test_a_follow_up_asking_only_the_date_is_weighed_as_the_question_it_dates(built):
    # the gate had weighed "…did it bite straight away or was there a grace period? what year was that?": the earlier
    # question's "bite" and "grace period" are in no sentence, and the date asked was declined as a weak match
    _, engine = built
    ans = engine.ask(
        "what year was that", context="the 2019 usf order - did it bite straight away or was there a grace period"
    )
    assert ans.answered and "2019" in ans.sentences[0].text, ans.answer


def test_an_abbreviation_asked_is_answered_by_the_sentence_writing_it_out(built):
    # "whats BIS short for" had been declined (no_match), "what does bis stand for" got a sentence only using "BIS"
    _, engine = built
    for q in ("whats BIS short for", "what does bis stand for"):
        ans = engine.ask(q)
        assert ans.answered and "Bureau of Industry and Security (BIS)" in ans.sentences[0].text, ans.answer
    assert "temporary general licence" in engine.ask("what's tgl short for").sentences[0].text.lower()
    # the full name comes from the passages the audience may read (one only an internal note spelled out would not be
    # said to a guest): a view of no passages defines nothing
    from index.answer.readable import readable

    snap = engine.snapshot()
    assert engine._full_name(snap, "bis") == "Bureau of Industry and Security"
    assert engine._full_name(readable(snap, 0), "bis") is None
    assert engine.ask("whats BIS short for", visibility="public").answered


def test_a_figure_the_asker_half_remembers_is_corrected_without_saying_the_corpus_lacks_it(built):
    # "1,299 euros" was read as the "9 euros" of "1199 euros" (a figure the question gives itself), and a share other
    # than the one guessed as no share at all: both replies opened "The partner corpus does not say the amount."
    _, engine = built
    price = engine.ask("mate 80 pro eu price was 1199 eur?")
    assert price.answered and price.answer.startswith("Huawei priced the international Mate 80 Pro at 1,299"), (
        price.answer
    )
    share = engine.ask("h200 china sales - how much goes to the us govt, 15%?")
    assert share.answered and "25 percent" in share.sentences[0].text and "does not" not in share.answer, share.answer


def test_a_figure_put_to_be_checked_is_no_name_the_corpus_must_hold(built):
    # "Nothing in the partner corpus covers 5nm" had declined it; the corpus gives the process, 7-nanometre
    _, engine = built
    ans = engine.ask("mate 60 pro is 5nm right?")
    assert ans.answered and "7-nanometre" in ans.sentences[0].text, ans.answer
    assert not engine.ask("mate 60 pro 5nm?").answered  # (no check asked: a thing named that the corpus lacks)


def test_a_lesser_rank_of_the_role_asked_holds_no_such_role(built):
    # "the US Under Secretary of Commerce" had answered "who is the current us commerce secretary"
    kessler = (
        "On 12 June 2025 Jeffrey Kessler, the US Under Secretary of Commerce for Industry and Security, told a House "
        "Foreign Affairs subcommittee that Huawei can produce no more than about 200,000 Ascend AI chips in 2025."
    )
    for q in ("who is the current us commerce secretary", "who was commerce secretary in 2025"):
        assert not has_answer_type("who", kessler, q), q
    _, engine = built
    ans = engine.ask("who is the current us commerce secretary")
    assert "Kessler" not in ans.answer, ans.answer


def test_a_thing_asked_with_whoever_runs_it_is_defined_by_the_sentence_on_the_thing(built):
    # "fcc rip and replace": the programme, whoever runs it, is what the defining sentence names (the partial payments
    # sentence had led); a plain word before a term still counts ("private secondary schools" are not "schools")
    said = "The rip and replace programme, formally the Reimbursement Program, repays US carriers for removing gear."
    assert has_answer_type("define", said, "fcc rip and replace - what is it")
    assert not has_answer_type("define", "Secondary schools teach teens.", "what are private secondary schools")
    _, engine = built
    ans = engine.ask("fcc rip and replace - what is it and how much money is in it")
    assert ans.answered and ans.sentences[0].text.startswith("The rip and replace programme, formally"), ans.answer


def test_the_reason_a_note_gives_for_its_instruction_answers_only_why_to_do_as_told():
    told = (
        "Before quoting a device of another brand, ask the compliance office to check whether it contains a Huawei"
        " radio module, because since 26 December 2025 devices with a covered Huawei module cannot be authorised."
    )
    assert not has_answer_type("why", told, "why is huawei banned in the us anyway")
    assert has_answer_type("why", told, "why do we need the compliance office to check other brands before quoting")
    assert has_answer_type("why", "Verizon dropped the deal because of pressure.", "why did verizon drop it")


def test_why_a_thing_is_banned_is_not_answered_by_the_reason_for_an_instruction(built):
    _, engine = built
    ans = engine.ask("why is huawei banned in the us anyway")
    assert not ans.sentences or not ans.sentences[0].text.startswith("Before quoting"), ans.answer


def test_the_size_of_a_shortfall_is_a_sum_of_money(built):
    assert answer_type("how big is the shortfall") == "money"
    assert answer_type("how large was the deficit") == "money"
    assert answer_type("how big is the mate 70 screen") == "number"
    # (it quoted "the FCC had granted 118 of 139 rip and replace extensions because of the funding shortfall")
    _, engine = built
    ans = engine.ask("how big is the shortfall", context="is the rip and replace program fully funded")
    assert ans.answered and "$3.08 billion" in ans.sentences[0].text, ans.answer


@pytest.mark.parametrize(
    "q", ["will the ban on huawei be lifted next year? predictions?", "covered list next year? any guesses"]
)
def test_asking_for_predictions_after_the_question_is_no_part_of_its_own(built, q):
    # "predictions?" had been a second part, read as "predictions: will the ban…", and the reply quoted the 2023 date
    # first, saying only at its end that the corpus does not say what will happen
    assert len(analyse(q).parts) == 1 and analyse(q).kind == "future", analyse(q)
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered, ans.answer


def test_a_time_before_a_date_is_no_sentence_about_that_date(built):
    # "what did the fcc decide … in nov 2019": "Before the November 2019 FCC order, E-Rate applicants had sought…"
    # names the month only as the time it tells of what came before; the order's own sentences answer
    _, engine = built
    ans = engine.ask("what did the fcc decide about huawei in nov 2019")
    assert ans.answered and not ans.sentences[0].text.startswith("Before"), ans.answer
    assert "November 2019" in ans.sentences[0].text, ans.answer
    # …but a question on what came before is answered by it
    ans = engine.ask(
        "the affiliates rule \u2014 was it new in 2025 or had commerce done something similar for other lists before"
    )
    assert any(s.text.startswith("Before the September 2025") for s in ans.sentences), ans.answer


def test_whether_someone_said_anything_is_answered_by_what_they_said_or_that_they_did_not(built):
    # "did huawei say anything publicly when best buy dropped them": Best Buy's own words, which name Huawei's
    # devices, had led; the sentence saying neither commented answers
    _, engine = built
    ans = engine.ask("did huawei say anything publicly when best buy dropped them")
    assert ans.answered and ans.sentences[0].text.startswith("Neither Best Buy nor Huawei commented"), ans.answer


@pytest.mark.parametrize(
    "q, day",
    [
        ("when exactly was the h200 approved", "8 December 2025"),
        (
            "two q: when exactly did the pura x come out, and was that before or after harmonyos next went on sale",
            "20 March 2025",
        ),
    ],
)
def test_when_exactly_is_answered_by_the_day_not_only_the_month(built, q, day):
    # "when exactly": "On 8 December 2025 President Donald Trump said…" before "…judged in December 2025 that…"
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and day in ans.sentences[0].text, ans.answer


def test_how_big_a_sum_is_answered_by_a_sentence_giving_an_amount(built):
    # "how big is the … shortfall": "…$1.9 billion, which fell short of carriers' costs, and the $3.08 billion…" leads
    # "…118 of 139 extensions because of the funding shortfall", which would make the answer "does not say the amount"
    _, engine = built
    ans = engine.ask("how big is the rip and replace funding shortfall")
    assert ans.answered and "$" in ans.sentences[0].text, ans.answer
    assert "does not say the amount" not in ans.answer, ans.answer


def test_a_list_named_as_the_topic_is_the_list_a_when_added_question_asks_about(built):
    # "fcc covered list - when was huawei added": the first Covered List's date (March 2021), not the March 2025
    # investigation of companies on it
    _, engine = built
    ans = engine.ask("fcc covered list - when was huawei added")
    assert ans.answered and "2021" in ans.sentences[0].text and "2025" not in ans.sentences[0].text, ans.answer


def test_a_deed_only_announced_gives_no_date_it_was_done(built):
    # "when was the affiliates rule paused": "On 10 November 2025 … BIS suspended the Affiliates Rule…", not "…had said
    # on 1 November 2025 that it would pause the Affiliates Rule"
    _, engine = built
    ans = engine.ask("when was the affiliates rule paused")
    assert ans.answered and "10 November 2025" in ans.sentences[0].text, ans.answer


def test_a_customers_devices_get_the_rule_on_devices_in_use(built):
    # "customer has 25 p30s": "…would keep working on existing Huawei devices", not "future Huawei phones could not ship
    # with Google apps", a little closer to the words of the question
    _, engine = built
    ans = engine.ask("do huawei phones get the google play store? customer has 25 p30s")
    assert ans.answered and "existing Huawei devices" in ans.sentences[0].text, ans.answer


def test_a_yes_or_no_in_the_present_tense_gets_the_verdict_on_how_things_stand(built):
    # "is rip and replace funded": "Yes, … is fully funded: on 15 April 2025…", not "By December 2024 the FCC had
    # granted 118 of 139 … extensions because of the funding shortfall", a little closer in words
    _, engine = built
    ans = engine.ask("is rip and replace funded")
    assert ans.answered and ans.sentences[0].text.startswith("Yes,"), ans.answer


def test_a_count_of_dollars_is_an_amount_and_a_count_added_is_the_number_more(built):
    _, engine = built
    dollars = engine.ask("how many E-Rate dollars went to huawei gear before the ban")
    assert "$2.3 million" in dollars.answer and "does not say" not in dollars.answer, dollars.answer
    added = engine.ask("how many affiliates did commerce add in august 2019")
    assert "46 more" in added.answer and "does not say" not in added.answer, added.answer


def test_a_year_a_figure_is_measured_against_is_not_the_year_it_is_for(built):
    _, engine = built
    ans = engine.ask("huawei revenue in 2023?")  # "…in 2024 was 862.1 billion yuan, up 22.4% on 2023"
    assert declined_with_context(ans) and ans.answer.startswith("The passages found give no figure for 2023"), (
        ans.answer
    )
    assert "no figure" not in engine.ask("huawei revenue in 2024?").answer


def test_a_subsection_typed_in_full_is_answered_by_what_it_does(built):
    # "(a)(1)(A)" is no word of the index: the subsection is a term of its own, held by the sentences naming it, so
    # a sentence on the whole section ("The section 889 ban on use applies to all…") no longer leads
    _, engine = built
    ans = engine.ask("what is 889 (a)(1)(A)")
    assert ans.answered and "889(a)(1)(A), which stops" in ans.sentences[0].text, ans.answer
    both = engine.ask("889 (a)(1)(A) vs (a)(1)(B), whats the difference")  # the frame is no term ("differ")
    assert both.answered, both.answer
    assert "889(a)(1)(A), which stops" in both.sentences[0].text, both.answer
    assert "889(a)(1)(B), which stops" in both.sentences[1].text, both.answer


def test_a_fine_asked_is_answered_only_by_a_fine_on_whom_it_names(built):
    _, engine = built
    # "…had sought about $2.3 million of Huawei equipment" is a sum, but no fine
    fcc = engine.ask("how much did the fcc fine huawei")
    assert "$2.3 million" not in fcc.answer.split("What it does say")[0], fcc.answer
    assert not fcc.answered or fcc.answer.startswith("The partner corpus does not say the amount"), fcc.answer
    # "TSMC could be fined $1 billion…" is a fine on TSMC, not on Huawei, though it names Huawei's chip
    other = engine.ask("how much did the commerce department fine huawei")
    assert not other.answered or other.answer.startswith("The partner corpus does not say the amount"), other.answer
    tsmc = engine.ask("how much could tsmc be fined")
    assert tsmc.answered and "$1 billion" in tsmc.sentences[0].text, tsmc.answer


def test_a_fine_not_given_is_not_padded_with_a_sentence_telling_of_none(built):
    # "how much did the fcc fine huawei": "…told FCC staff to find out how much Huawei and ZTE equipment sits in US
    # networks", quoted after "does not say the amount", read as about a fine the FCC gave
    _, engine = built
    fine = engine.ask("how much did the fcc fine huawei")
    assert not fine.answered and fine.answer == "The partner corpus does not say the amount.", fine.answer
    # a fine told, though not of the amount asked, is still quoted
    tsmc = engine.ask("how much did tsmc end up paying in fines")
    assert tsmc.answered and "fine" in tsmc.answer.lower(), tsmc.answer


def test_the_latest_date_asked_is_the_latest_of_the_dated_sentences_found(built):
    # the third extension ran "until 16 February 2020"; "In the same May 2020 action…" extended it until 13 August 2020
    _, engine = built
    ans = engine.ask("whats the latest deadline the huawei temporary license was extended to")
    assert ans.answered and "13 August 2020" in ans.sentences[0].text, ans.answer


def test_where_something_is_asked_is_answered_by_a_sentence_saying_where_it_is(built):
    # "Honor, which Huawei sold in November 2020, is now a separate company…" names Huawei on its way to Honor
    _, engine = built
    ans = engine.ask("is huawei on our line card")
    assert ans.answered and "Huawei is off the partner line card" in ans.sentences[0].text, ans.answer
    # or that it was put there: "…the FCC has listed Huawei equipment on its Covered List", not an inquiry into "nine
    # Covered List companies, Huawei among them"
    listed = engine.ask("is huawei on the fcc covered list")
    assert listed.answered and "listed Huawei equipment on its Covered List" in listed.sentences[0].text, listed.answer


@pytest.mark.parametrize(
    "question, sentence, other",
    [
        ("how much does the mate 80 pro max cost", "Huawei priced the international Mate 80 Pro at 1,299 euros.", True),
        (
            "how much does the mate 80 pro max cost",
            "The Mate 80 Pro Max costs 7,999 yuan, the Mate 80 Pro 6,499.",
            False,
        ),
        ("how much is the mate 80 pro", "Huawei priced the international Mate 80 Pro at 1,299 euros.", False),
        ("how many devices run harmonyos 6", "More than 23 million devices were running HarmonyOS 5.", True),
        # the same number of another line
        ("mate 80 rs price in usd", "Huawei priced the Pura 80 Pro from 6,499 yuan.", True),
        ("mate 80 price in usd", "The Mate 80 and the Pura 80 cost 6,499 yuan.", False),
        ("within the 30 days how many were sold", "Within 30 days, over 100,000 had been sold.", False),
        # a model of a line the sentence never names: another product's price
        ("how much was the matebook x pro", "Huawei priced the unlocked US version of the Mate 10 Pro at $799.", True),
        ("how much was the matebook fold", "The Huawei MateBook Fold costs 23,999 yuan.", False),
        # written without a number: a line's model by its edition word alone
        ("matebook pro price in dollars", "Huawei priced the unlocked US version of the Mate 10 Pro at $799.", True),
        ("how much is the pura x", "The Huawei Pura X sold from 7,499 yuan.", False),
        # (another maker's product named in passing is not the one priced)
        ("how much is the mate 80 pro, cust is coming off an iphone pro", "The Mate 80 Pro costs 1,299 euros.", False),
    ],
)
def test_a_figure_of_another_model_or_variant_is_no_figure_of_the_one_asked(question, sentence, other):
    from index.answer.question import of_another_model

    assert of_another_model(question, sentence) is other
    assert has_answer_type("money" if "much" in question else "number", sentence, question) is not other


def test_a_variant_asked_is_not_priced_by_another_variant(built):
    _, engine = built
    ans = engine.ask("how much does the mate 80 pro max cost")  # the Pro's 1,299 euros is no Pro Max price
    assert not ans.answered or ans.answer.startswith("The partner corpus does not say the amount"), ans.answer


def test_a_state_asked_of_now_that_ended_later_is_told_by_its_end(built):
    # "is the tgl still extended?": the November 2019 extension was outlived by "On 17 August 2020 … let the Huawei
    # temporary general licence expire", within the margin and naming the licence as much
    _, engine = built
    ans = engine.ask("is the tgl still extended?")
    assert ans.answered and "expire" in ans.sentences[0].text, ans.answer


def test_a_summary_asked_is_not_led_by_a_detail_added_to_it(built):
    # "The March 2025 FCC investigation also covers Hytera…" adds to the sentence that opens the investigation
    _, engine = built
    ans = engine.ask("tl;dr the fcc investigation into huawei in 2025")
    assert ans.answered and "opened an investigation" in ans.sentences[0].text, ans.answer


def test_any_way_to_move_stock_asks_leave_to_sell_it(built):
    from index.answer.question import asks_leave

    assert asks_leave("any way to move them to a cust?") and asks_leave("is there a way we can sell them")
    assert not asks_leave("is there a way to check if a device has a huawei chip")  # a how-to, no leave
    _, engine = built
    ans = engine.ask("we have ~40 mate 10 pros sitting in the warehouse, any way to move them to a cust?")
    assert ans.answered and "cannot resell" in ans.sentences[0].text, ans.answer


def test_a_law_asked_for_is_answered_by_a_sentence_naming_one(built):
    # "which federal law…": "The Secure and Trusted Communications Networks Act became law…", not "Federal law bars…"
    _, engine = built
    ans = engine.ask("which federal law made the fcc write the covered list in the first place")
    assert ans.answered and " Act " in ans.sentences[0].text, ans.answer


def test_a_summary_asked_is_what_the_guidance_says_not_what_it_is_about(built):
    # "tl;dr on the ascend guidance": not "…a public statement of how existing US export rules apply" nor "…three
    # guidance documents, one of which covers Huawei Ascend chips"
    _, engine = built
    ans = engine.ask("tl;dr on the ascend guidance")
    lead = ans.sentences[0].text
    assert ans.answered and "how existing" not in lead and "one of which covers" not in lead, ans.answer


def test_a_company_figure_asks_an_amount_and_another_years_figure_says_so(built):
    assert answer_type("huawei r&d spend in 2023?") == "money"
    assert answer_type("huawei net profit last year") == "money"
    assert answer_type("is it a non-profit") != "money"
    _, engine = built
    ans = engine.ask("huawei r&d spend in 2023?")  # the corpus gives 2024's, which is no figure for 2023
    assert declined_with_context(ans) and ans.answer.startswith("The passages found give no figure for 2023."), (
        ans.answer
    )


def test_the_fine_for_something_asks_an_amount():
    assert answer_type("whats the fine for a fed contractor caught using huawei gear") == "money"
    assert answer_type("is it fine to sell huawei cases") != "money"


def test_a_state_asked_of_now_is_told_by_the_latest_sentence_saying_that_deed(built):
    # "On 18 November 2019 … extended … until 16 February 2020" was outrun by "In the same May 2020 action, BIS extended
    # the Huawei temporary general licence until 13 August 2020"
    _, engine = built
    ans = engine.ask("is the huawei tgl still extended?")
    assert ans.answered and "13 August 2020" in ans.sentences[0].text, ans.answer
    # a place on a list is no deed: not the latest sentence naming a deed, but the one saying it remains there (round
    # 49; before it, "…have been on the Entity List since May 2019…")
    listed = engine.ask("is huawei still on the entity list")
    assert listed.answered and "remains on the Entity List" in listed.sentences[0].text, listed.answer


def test_whether_one_was_fined_is_told_only_by_a_fine_on_that_one(built):
    # "did at&t get fined…": the WSJ's dropped AT&T deal and TSMC's possible $1 billion fine, quoted together, tell of
    # no fine on AT&T
    _, engine = built
    ans = engine.ask("did at&t get fined over the huawei deal")
    assert not ans.answered and "ever happened" in ans.answer, ans.answer


def test_a_unit_that_did_it_tells_that_its_body_did(built):
    # "BIS later softened the wording…": BIS is the Commerce Department's, so it is no word that Commerce never did
    _, engine = built
    ans = engine.ask("did commerce soften the ascend chip warning?")
    assert ans.reason != "event_not_told", ans.answer
    other = engine.ask("did treasury soften the ascend chip warning?")
    assert not other.answered and "ever happened" in other.answer, other.answer


def test_a_state_told_in_the_past_perfect_gives_way_to_how_it_stands_for_a_question_of_now(built):
    # "The Affiliates Rule, published on 30 September 2025, had extended Entity List restrictions…" confirms the asker's
    # premise; the rule is suspended
    _, engine = built
    ans = engine.ask("does the 50% affiliates rule mean a huawei-owned sub not on the list is off limits rn?")
    assert ans.answered and ans.sentences[0].text.startswith("While the Affiliates Rule is suspended"), ans.answer


def test_what_a_name_that_is_also_a_word_said_is_told_only_by_a_sentence_quoting_it(built):
    # Apple is in the corpus only as a brand of phones: Huawei's denial is no word of Apple's
    _, engine = built
    for q, who in (
        ("what did apple say about the huawei ban", "apple"),
        ("what did amazon say about clean carts", "amazon"),
    ):
        ans = engine.ask(q)
        assert not ans.answered and ans.reason == "not_quoted" and who in ans.answer, ans.answer
    google = engine.ask("what did google say about huawei")
    assert google.answered and google.sentences[0].text.startswith("Google said"), google.answer


def test_the_fine_if_something_happens_asks_an_amount_of_no_one_named(built):
    from index.answer.question import fine_asked_of

    q = "whats the fine if we get caught selling a huawei phone"
    assert answer_type(q) == "money" and fine_asked_of(q) == ""
    _, engine = built
    ans = engine.ask(q)  # (it quoted "In 2018 Huawei phones still worked on the AT&T and Verizon networks…")
    assert not ans.answered or ans.answer.startswith("The partner corpus does not say the amount"), ans.answer


def test_a_date_asked_alone_in_a_thread_is_the_date_of_what_was_answered(built):
    # Huawei's reply to the warning came the same month: the date asked is the warning's, which the earlier answer gave
    _, engine = built
    warning = "cust's ciso keeps quoting 'the intel chiefs warning' on huawei phones — what was that exactly"
    ans = engine.ask("which yr", context=warning)
    assert ans.answered and "13 February 2018" in ans.sentences[0].text, ans.answer
    labs = engine.ask("what year", context="what did the fcc do about test labs")
    assert labs.answered and "22 May 2025" in labs.sentences[0].text, labs.answer
    pause = engine.ask("when does the suspension end", context="affiliates rule - still in force or on pause?")
    assert pause.answered and "10 November 2026" in pause.sentences[0].text, pause.answer


def test_who_did_the_deed_asked_in_a_thread_is_the_one_saying_it_though_it_holds_less_of_the_thread(built):
    # the thread's "5g" is held by the sentence on Huawei's return to 5G, which names no maker of the chip
    _, engine = built
    ans = engine.ask("who makes the chip in it", context="huawei mate 60 pro - is that 5g?")
    assert ans.answered and "made in China by SMIC" in ans.sentences[0].text, ans.answer


def test_spy_agencies_are_intelligence_agencies():
    from index.answer.question import expand_shorthand

    assert "intelligence agencies" in expand_shorthand("cust read that spy agencies said dont buy huawei phones")
    assert "intelligence chiefs" in expand_shorthand("what did us spy chiefs say about huawei")
    assert "spy" in expand_shorthand("is there spy software on huawei phones")  # no agency: the word as typed


def test_a_directive_after_a_semicolon_on_the_name_asked_is_a_verdict(built):
    # "Honor … is now a separate company; do not add Honor phones to the line card until…" answers "can we sell honor",
    # not the rule on new Huawei phones; a question that names no Honor is not answered by it
    _, engine = built
    ans = engine.ask("so can we sell honor or no", context="whats honor's relationship w/ huawei these days")
    assert ans.answered and "do not add Honor phones" in ans.sentences[0].text, ans.answer
    other = engine.ask("line card question - which huawei products are we actually allowed to list rn")
    assert "do not add Honor phones" not in other.sentences[0].text, other.answer


def test_a_date_asked_after_a_reason_is_the_deeds_not_the_reasons(built):
    # the reason's sentence holds "May 2024" (the revocations it explains); the day is the revocation's
    _, engine = built
    for followup in ("when exactly", "when was that", "what date"):
        ans = engine.ask(followup, context="why did commerce revoke the intel and qualcomm licences")
        assert ans.answered and "7 May 2024" in ans.sentences[0].text, (followup, ans.answer)


def test_an_end_asked_is_the_end_of_the_thing_named(built):
    # the Huawei licence expired in August 2020; nothing gives an end to the H200 decision
    _, engine = built
    ans = engine.ask("when does the h200 approval for china expire")
    assert "17 August 2020" not in ans.answer.split("What it does say")[0], ans.answer
    assert not ans.answered or ans.answer.startswith("The partner corpus does not say when"), ans.answer
    rescinded = engine.ask("is the ai diffusion rule still a thing")  # rescinded before its date: no open plan
    assert rescinded.answered and "has passed" not in rescinded.answer, rescinded.answer


def test_whether_apps_will_run_is_answered_by_what_the_device_can_run(built):
    # the corpus says plainly what a Pura X runs; "does not say what will happen" misread a question of ability
    _, engine = built
    ans = engine.ask("will a customer's android business apps run on a pura x")
    assert ans.answered and "does not say what will happen" not in ans.answer, ans.answer
    assert re.search(r"cannot run Android apps|will work on them", ans.sentences[0].text), ans.answer


def test_a_count_before_a_verb_counts_its_subject_not_its_object(built):
    carriers = (
        "In January 2018 none of the four national US carriers sold Huawei phones, while all four carried phones."
    )
    assert not has_answer_type("number", carriers, "how many huawei phones were sold in the us in 2018")
    assert has_answer_type(
        "number", "Honor sells phones and ships more than 70 million units a year.", "how many phones"
    )
    _, engine = built
    ans = engine.ask("how many huawei phones were sold in the us in 2018")
    assert not ans.answered or ans.answer.startswith("The partner corpus does not say the number"), ans.answer


def test_which_other_companies_asks_for_a_sentence_listing_them(built):
    # "FCC Chairman Brendan Carr said … Huawei and the other Covered List companies may still be operating…" shares the
    # question's words and names one company
    _, engine = built
    ans = engine.ask("which other companies are on it", context="is huawei on the fcc covered list? since when")
    assert ans.answered and re.search(r"ZTE,? .*(?:Hikvision|Dahua|Hytera)", ans.sentences[0].text), ans.answer


def test_what_a_document_is_about_in_the_questions_words_is_not_what_it_says(built):
    topic = "Alongside the rescission, BIS published three guidance documents, one of which covers Huawei Ascend chips."
    assert not has_answer_type("explain", topic, "tl;dr on the ascend chip guidance")
    assert has_answer_type(
        "explain", "The USF rule covers every programme, including E-Rate.", "what does the usf rule do"
    )
    _, engine = built
    ans = engine.ask("tl;dr on the ascend chip guidance")
    assert ans.answered and "one of which covers" not in ans.sentences[0].text, ans.answer


def test_a_sentence_far_in_meaning_is_no_what_it_does_say_for_a_figure_not_given(built):
    # "…told FCC staff to find out how much Huawei and ZTE equipment sits in US networks…" names ZTE but says nothing of
    # a fine; quoted after "What it does say" it reads as the answer
    _, engine = built
    for q in (
        "how much was zte's 2018 fine",
        "how many pages is the 2012 house report, customer wants to print it lol",
    ):
        ans = engine.ask(q)
        assert not ans.answered and "What it does say" not in ans.answer, ans.answer


def test_free_is_the_amount_a_price_asks_for():
    assert has_answer_type("money", "Entry is free, but booking in advance is recommended.", "how much does entry cost")
    assert not has_answer_type("money", "Buyers were free to choose a carrier.", "how much does it cost")


def test_a_maker_named_as_the_object_of_another_word_is_not_the_one_speaking(built):
    # "A West Coast solution provider whose own device business is limited to Apple and Samsung told CRN…": the
    # provider speaks, not Apple
    from index.answer.answering import _as_speaker

    told = "A provider whose business is limited to Apple and Samsung told CRN that phones had changed."
    assert not _as_speaker("apple", told)
    assert _as_speaker("apple", "Apple said on Tuesday that it would appeal.")
    assert _as_speaker("apple", "According to Apple, sales rose.")
    _, engine = built
    ans = engine.ask("what did apple say about the huawei restrictions")
    assert not ans.answered and "does not quote apple" in ans.answer.lower(), ans.answer


def test_what_a_provision_does_is_answered_by_what_it_bars_not_by_its_start_date(built):
    _, engine = built
    ans = engine.ask("what does 889(a)(1)(B) actually do")
    assert ans.answered and re.search(r"\b(?:bars|stops)\b", ans.sentences[0].text), ans.answer


def test_what_a_report_recommended_is_answered_by_what_it_urged_not_by_its_release(built):
    _, engine = built
    ans = engine.ask("what did the 2012 house intel report recommend")
    assert ans.answered and "urged" in ans.sentences[0].text, ans.answer


def test_two_figures_asked_in_one_breath_are_both_answered(built):
    _, engine = built
    ans = engine.ask("huawei 2024 revenue + net profit?")
    text = " ".join(s.text for s in ans.sentences)
    assert ans.answered and "862.1 billion yuan" in text and "62.6 billion yuan" in text, ans.answer


def test_the_end_of_another_thing_is_no_end_of_the_thing_asked(built):
    # "…let the Huawei temporary general licence expire" is no expiry of the H200 approval
    _, engine = built
    ans = engine.ask("when does the h200 export approval expire")
    assert "temporary general licence" not in ans.answer, ans.answer
    assert not ans.answered or ans.answer.startswith("The partner corpus does not say when"), ans.answer


def test_a_rule_walked_back_is_a_rule_softened(built):
    _, engine = built
    ans = engine.ask("heard BIS walked back the ascend guidance, is that true?")
    assert ans.answered and "softened" in ans.sentences[0].text, ans.answer


def test_todays_warranty_route_answers_for_a_phone_sold_years_ago(built):
    # the year of the sale is no time asked about: the 2018 note's ten-day repair centre was replaced
    _, engine = built
    ans = engine.ask(
        "cust's huawei phone we sold them in 2018 needs a warranty repair — do we send it to huawei or handle it "
        "ourselves"
    )
    assert ans.answered and "Huawei warranty claim" in ans.answer and "ten working days" not in ans.answer, ans.answer


def test_a_month_told_to_the_day_elsewhere_in_the_document_is_answered_with_the_day(built):
    _, engine = built
    released = engine.ask("when did harmonyos 6 come out")
    assert released.answered and "22 October 2025" in released.sentences[0].text, released.answer
    expired = engine.ask("when did the huawei temporary general licence end")
    assert expired.answered and "17 August 2020" in expired.sentences[0].text, expired.answer


def test_what_being_on_a_list_actually_does_is_explained_by_what_it_bars(built):
    _, engine = built
    ans = engine.ask("what does being on the covered list really do")
    lead = ans.sentences[0].text if ans.answered else ""
    assert re.search(r"\b(?:may not|cannot|no longer|bars?)\b", lead) and " said " not in lead, ans.answer


def test_a_year_written_beside_this_year_is_the_year_asked(built):
    _, engine = built
    ans = engine.ask("how many ascend chips can huawei make this year (2025)")
    assert ans.answered and "200,000" in ans.sentences[0].text and "2026" not in ans.answer, ans.answer


def test_a_list_price_compared_with_an_editions_price_answers_both(built):
    # "msrp" is a price asked, and the sides compared may each take five words once it is spelled out
    assert [k for k in analyse("mate 10 pro msrp vs porsche design edition price?").part_kinds] == ["money", "money"]
    _, engine = built
    ans = engine.ask("mate 10 pro msrp vs porsche design edition price?")
    text = " ".join(s.text for s in ans.sentences)
    assert ans.answered and "$799" in text and "$1,225" in text, ans.answer


def test_what_happens_after_a_term_ends_says_the_answer_stops_at_its_end(built):
    _, engine = built
    ans = engine.ask("what happens with the affiliates rule after the suspension ends in nov 2026")
    assert "does not say what happened after it" in ans.answer, ans.answer


def test_a_figure_asked_in_another_currency_is_not_answered_with_another_figure_in_it(built):
    # the net profit in dollars (or Intel's revenue) is no revenue of Huawei's in dollars
    _, engine = built
    ans = engine.ask("huawei 2024 revenue in dollars")
    lead = ans.sentences[0].text if ans.sentences else ""
    assert "net profit" not in lead and "Intel" not in lead, ans.answer
    # (the yuan figure is a sum all the same: the reply says it is not given in dollars)
    assert not ans.answered or ans.answer.startswith("The partner corpus does not give it in dollars"), ans.answer


def test_a_deed_told_as_not_done_points_to_the_later_document_that_changed_it(built):
    # "The November 2022 FCC order did not revoke earlier authorisations…" is no fact of its time only: since 2025 the
    # FCC can limit them, so a past question gets the pointer too
    _, engine = built
    ans = engine.ask("did the fcc revoke existing huawei authorizations?")
    assert ans.answered and ans.newer is not None, ans.answer
    assert ans.citations[ans.newer.rank - 1].passage.doc_id == "fcc-previously-authorized-equipment-2025", ans.newer


def test_a_later_story_silent_on_what_was_asked_gets_no_pointer(built):
    # a later story on the temporary licence never speaks of buying: it does not change "…not to buy Huawei products"
    _, engine = built
    ans = engine.ask("do we need an export license to BUY huawei products?")
    assert ans.answered and "not to buy Huawei products" in ans.sentences[0].text, ans.answer
    assert ans.newer is None, ans.newer


def test_what_came_of_a_vote_whose_date_passed_says_the_corpus_does_not_tell(built):
    _, engine = built
    ans = engine.ask("what did the fcc decide at the july 22 covered parts vote")
    assert not ans.answered or "has passed; the partner corpus does not say what happened" in ans.answer, ans.answer


def test_loosening_the_rules_is_answered_by_what_was_not_lifted(built):
    _, engine = built
    ans = engine.ask("nvidia h200 to china - does that loosen anything for huawei?")
    assert ans.answered and "does not lift any restriction on Huawei" in ans.sentences[0].text, ans.answer


def test_a_customers_request_for_a_service_gets_the_rule_on_that_service(built):
    _, engine = built
    ans = engine.ask("customer wants us to enroll his pura x in our managed device service, ok?")
    assert ans.answered and "do not enrol" in ans.sentences[0].text, ans.answer


def test_stock_cleared_out_at_a_discount_gets_the_resale_rule(built):
    _, engine = built
    ans = engine.ask("customer has 30 mate 10 pros sitting in a warehouse, can we clear them out at a discount?")
    assert ans.answered and "cannot resell Huawei phones" in ans.sentences[0].text, ans.answer


def test_a_cutoff_date_may_be_what_qualifies(built):
    # "bought on or before 30 June 2020" is the cutoff asked, though nothing falls due then
    _, engine = built
    ans = engine.ask(
        "whats the cutoff date for the gear it covers", context="is rip and replace just for small rural carriers"
    )
    assert ans.answered and "30 June 2020" in ans.sentences[0].text, ans.answer


def test_a_partner_notes_step_before_quoting_answers_whether_we_may_quote(built):
    # "Before quoting a device of another brand, ask the compliance office…" is what to do, not a former state, and a
    # news sentence saying such phones "could still be sold" is no verdict for partners
    _, engine = built
    for q in (
        "customer wants phones from another brand that have hisilicon chips inside, ok to quote?",
        "quoting a bunch of non-huawei android phones to a customer, do we need to check anything re huawei parts?",
    ):
        ans = engine.ask(q)
        assert ans.answered and ans.sentences[0].text.startswith("Before quoting a device of another brand"), ans.answer


def test_a_time_past_a_terms_end_says_the_answer_stops_at_its_end(built):
    _, engine = built
    ans = engine.ask("did bis extend the affiliates rule suspension past nov 2026?")
    assert ans.answered and "That term ended on 10 November 2026" in ans.answer, ans.answer


def test_a_short_summary_of_whether_a_rule_is_still_in_force_gives_its_standing(built):
    _, engine = built
    ans = engine.ask("tl;dr affiliates rule - still in force or not?")
    lead = ans.sentences[0].text if ans.answered else ""
    assert "suspended the Affiliates Rule for one year" in lead, ans.answer


def test_whether_a_customer_may_keep_gear_is_not_answered_by_a_rule_on_selling_to_them(built):
    _, engine = built
    for q in (
        "our customer is a small defense subcontractor, can they keep huawei routers in the office if none of it "
        "touches the government contract work?",
        "we sell to a government contractor, can they use huawei phones internally if the phones never touch the "
        "federal contract?",
    ):
        ans = engine.ask(q)
        assert ans.answered and "do not sell" not in ans.sentences[0].text, ans.answer
        assert "section 889" in ans.sentences[0].text, ans.answer


def test_a_comparison_with_an_older_version_of_the_same_thing_is_answered(built):
    _, engine = built
    ans = engine.ask("harmonyos next vs the older harmonyos, is the new one android-free")
    assert ans.answered and "does not run Android apps" in ans.sentences[0].text, ans.answer


def test_a_later_years_figure_set_against_an_earlier_one_says_it_is_not_given(built):
    _, engine = built
    for q in ("did huawei's 2025 revenue beat 2024? need the % for a deck", "did huawei sales grow in 2025"):
        ans = engine.ask(q)
        assert declined_with_context(ans) and ans.answer.startswith("The passages found give no figure for 2025"), (
            ans.answer
        )
    both = engine.ask("huawei revenue 2023 vs 2024")  # the later year's figure is given: nothing to say
    assert both.answered and not both.answer.startswith("The passages found"), both.answer


def test_whether_something_was_okd_is_answered_by_the_approval_itself(built):
    _, engine = built
    ans = engine.ask("did trump ok nvidia h200 sales to china")
    assert ans.answered and "would let Nvidia export its H200" in ans.sentences[0].text, ans.answer


def test_a_sentence_naming_security_uses_gives_no_reason(built):
    # "…keep it out of public safety and national security uses" names an area of use, no cause: the order's reason
    # ("citing an unacceptable risk to US national security") answers "why"
    assert not has_answer_type(
        "why",
        "Video surveillance equipment cannot be authorised until the FCC approves plans to keep it out of public "
        "safety and national security uses.",
        "why did the fcc block new huawei device approvals",
    )
    _, engine = built
    ans = engine.ask("why did the fcc block new huawei device approvals, what was the reasoning")
    assert ans.answered and "citing an unacceptable risk" in ans.sentences[0].text, ans.answer


def test_when_a_listing_actually_happened_is_the_day_it_took_effect(built):
    # "…announced that Huawei would be added to its Entity List" (15 May) dates the announcement; the listing itself
    # took effect the next day
    _, engine = built
    # ("get put on": the sentence found first, Google's "…the US order that put Huawei on the Entity List", dates
    # another event, and the one found in its place was the announcement)
    for q in (
        "when did huawei actually go on the entity list",
        "when exactly did huawei land on the entity list",
        "when did huawei actually get put on the entity list",
    ):
        ans = engine.ask(q)
        assert ans.answered and "took effect on 16 May 2019" in ans.sentences[0].text, (q, ans.answer)


def test_a_date_to_finish_by_that_the_corpus_never_gives_is_said_to_be_missing(built):
    _, engine = built
    ans = engine.ask("when do carriers have to finish by", context="rip and replace - fully funded now?")
    assert not ans.answered or ans.answer.startswith("The partner corpus does not say when"), ans.answer
    ans = engine.ask("by when must carriers finish rip and replace")
    assert ans.answer.startswith("The partner corpus does not say when"), ans.answer
    # "have to be done" asks the same: not "…fully funded: on 15 April 2025…" (the date of another thing); "when will
    # huawei finish the ascend 960" asks when it happens, no deadline
    assert not has_answer_type("when", "Huawei plans the Ascend 960 for 2027.", "when do carriers have to be done")
    assert has_answer_type(
        "when", "Huawei plans the Ascend 960 for the fourth quarter of 2027.", "when will huawei finish the ascend 960"
    )
    ans = engine.ask(
        "when do carriers have to be done", context="total $ in the rip and replace funding after the top up?"
    )
    assert not ans.answered or ans.answer.startswith("The partner corpus does not say when"), ans.answer


def test_everyday_words_for_the_corpus_terms(built):
    _, engine = built
    cases = {
        "did bis back off the ascend guidance?": "softened the wording",
        "can we just swap a dead huawei phone from our stock if its within 14 days?": (
            "do not swap faulty Huawei phones"
        ),
        "customer wants his pura x enrolled in our managed device service, ok?": "do not enrol",
        "affiliates rule is paused so unlisted huawei subsidiaries are fine as customers now right?": (
            "does not make unlisted Huawei affiliates safe customers"
        ),
    }
    for q, said in cases.items():
        ans = engine.ask(q)
        assert ans.answered and said in ans.sentences[0].text, (q, ans.answer)


def test_a_follow_up_asking_another_case_of_the_same_rule_gets_that_case(built):
    _, engine = built
    ans = engine.ask("and if its out of warranty", context="rma for a faulty huawei phone still under warranty?")
    assert ans.answered and "out of warranty, offer a trade-in" in ans.sentences[0].text, ans.answer
    for q in ("whats the cutoff", "which carriers qualify"):
        ans = engine.ask(q, context="rip and replace - fully funded now?")
        assert ans.answered and "10 million or fewer customers" in ans.sentences[0].text, (q, ans.answer)


def test_a_follow_ups_phrase_found_in_another_story_does_not_lead(built):
    # "sold outside China" of the Mate 80 Pro is no answer on the Pura 80
    _, engine = built
    ans = engine.ask("is it sold outside china", context="did huawei launch pura 80")
    assert not ans.answered or "Mate 80 Pro is the first" not in ans.sentences[0].text, ans.answer


def test_a_pricing_matter_is_routed_to_the_deal_desk_even_for_huawei_deals(built):
    _, engine = built
    ans = engine.ask("who handles pricing exceptions on huawei deals")
    assert ans.answered and "pricing exceptions go to the channel manager" in ans.sentences[0].text, ans.answer


def test_a_rule_for_any_other_brand_answers_for_a_named_brand(built):
    _, engine = built
    ans = engine.ask("quoting a samsung phone that may have a hisilicon chip - anything to check first?")
    assert ans.answered and ans.sentences[0].text.startswith("Before quoting a device of another brand"), ans.answer
    ans = engine.ask("whats the rma turnaround for samsung phones")
    assert not ans.answered, ans.answer


def test_a_fine_is_no_price_and_a_rate_is_no_total(built):
    _, engine = built
    ans = engine.ask("what does an ascend 910b cost")
    assert not ans.answered or ans.answer.startswith("The partner corpus does not say the amount"), ans.answer
    ans = engine.ask("how much does rip and replace pay per cell site")
    assert not ans.answered or ans.answer.startswith("The partner corpus does not say the amount"), ans.answer
    ans = engine.ask("how big a fine was tsmc facing over the huawei chip")
    assert ans.answered and ans.sentences[0].text.startswith("TSMC could be fined $1 billion"), ans.answer


def test_a_supplier_abroad_is_where_the_goods_come_from_not_a_market(built):
    _, engine = built
    ans = engine.ask(
        "casino in reno wants 40 huawei watches, their buyer found a disti in mexico that has them. can we quote that"
    )
    assert ans.answered and "Do not source, quote, list or resell any Huawei" in ans.sentences[0].text, ans.answer
    for q in (
        "can we sell huawei phones to a distributor in mexico",
        "can we ship huawei phones to a mexican distributor",
        "can we sell huawei phones through a distributor in mexico",
        "a distributor in mexico wants 500 huawei phones, can we sell to them",
    ):
        ans = engine.ask(q)
        assert not ans.answered and "Mexico" in ans.answer, (q, ans.answer)


def test_a_subsection_typed_onto_its_section_is_compared_with_the_other(built):
    _, engine = built
    for q in ("889(a)(1)(A) vs (a)(1)(B)", "tl;dr 889(a)(1)(A) vs (a)(1)(B)"):
        ans = engine.ask(q)
        assert ans.answered and "889(a)(1)(A)" in ans.sentences[0].text, (q, ans.answer)
        assert any("889(a)(1)(B)" in s.text for s in ans.sentences[1:]), (q, ans.answer)


def test_the_start_of_another_ban_gives_way_to_the_start_of_the_one_asked(built):
    # "…the section 889 ban on federal purchases … had applied since August 2019" starts the agency ban, not the
    # contractor ban asked about
    _, engine = built
    ans = engine.ask("when did the 889 contractor ban start applying")
    assert ans.answered and "13 August 2020" in ans.sentences[0].text, ans.answer
    ans = engine.ask("when did the agency ban start")
    assert ans.answered and "13 August 2019" in ans.sentences[0].text, ans.answer


def test_a_case_told_before_a_may_we_gets_our_rule_first(built):
    # "cust dropped off a faulty huawei phone…, can we swap it from our stock?": the told case is no part of its own
    # (it took the returns procedure, quoted before "As of 2 March 2026, we still do not swap…"); "we still do not…"
    # is a rule stated for us
    _, engine = built
    for q in (
        "cust dropped off a faulty huawei phone 3 days after purchase, can we swap it from our stock?",
        "customer's huawei phone died after a week, can we just swap it from our stock?",
    ):
        ans = engine.ask(q)
        assert ans.answered and "we still do not swap" in ans.sentences[0].text, (q, ans.answer)


def test_only_for_small_ones_asks_the_bound(built):
    # "is rip and replace only for small rural carriers": how small, the bound ("…carriers with 10 million or fewer
    # customers"), not the count of carriers taking part ("…all 126 carriers…")
    _, engine = built
    ans = engine.ask("is rip and replace only for small rural carriers")
    assert ans.answered and "10 million or fewer customers" in ans.sentences[0].text, ans.answer


def test_a_span_that_sets_a_threshold_is_no_answer_to_how_long(built):
    # "…when a repair has taken more than fifteen working days" says when to escalate, not how long a repair takes
    _, engine = built
    ans = engine.ask("how many working days does a huawei warranty repair take these days")
    assert "fifteen working days" not in (ans.sentences[0].text if ans.sentences else ""), ans.answer
    assert ans.answer.startswith("The current guidance does not say how long"), ans.answer


def test_a_term_run_out_is_not_flagged_when_the_answer_tells_what_came_after(built):
    # "…until 16 February 2020" ran out, but "On 17 August 2020 … let the … licence expire" says what came after it
    _, engine = built
    ans = engine.ask("is the tgl still extended?")
    assert ans.answered and "licence expire" in ans.sentences[0].text, ans.answer
    assert "That term ended" not in ans.answer, ans.answer
    # a later sentence about something else tells nothing of what became of the term: the flag stays
    two = engine.ask("is the affiliates rule still suspended? and are we still barred from reselling huawei phones")
    assert "That term ended on 10 November 2026" in two.answer, two.answer
    # a guess at the amount asked is confirmed by the sentence giving it, not read as a figure it names itself
    guess = engine.ask("how much did the mate 10 pro cost? $799?")
    assert guess.answered and "$799" in guess.sentences[0].text and "does not say" not in guess.answer, guess.answer


def test_a_date_of_what_was_said_of_a_deed_does_not_date_the_deed(built):
    # "In a regulatory filing on 8 May 2024, Intel said the lost Huawei licence would…" dates the filing; the licences
    # were revoked the day before
    _, engine = built
    ans = engine.ask("when did intel and qualcomm lose their huawei licences")
    assert ans.answered and "On 7 May 2024" in ans.sentences[0].text, ans.answer
    said = engine.ask("when did qualcomm confirm it lost the licence")  # the saying asked: its date answers
    assert said.answered and "8 May 2024" in said.sentences[0].text, said.answer
    results = engine.ask("when did huawei put out its 2024 numbers")  # results put out are said: their date answers
    assert results.answered and "31 March 2025" in results.sentences[0].text, results.answer


def test_a_sale_price_is_a_sum_not_a_count_of_units_and_sell_is_no_edition(built):
    # "how much did huawei sell honor for" quoted "…ships more than 70 million units a year"; "how much did the mate 10
    # pro sell for" read "pro se(ll)" as an edition of the Mate 10 and said the corpus gives no amount
    _, engine = built
    honor = engine.ask("how much did huawei sell honor for")
    assert honor.answered and "100 billion yuan" in honor.sentences[0].text, honor.answer
    mate = engine.ask("how much did the mate 10 pro sell for")
    assert mate.answered and "$799" in mate.sentences[0].text, mate.answer


def test_what_selling_takes_and_can_we_just_sell_are_asked_leave(built):
    # "do we need a carrier partner to move huawei handsets or can we just sell em unlocked" led with a 2018 story
    # ("…a reseller could source it without a carrier contract…"), the question read as asking nothing in particular
    _, engine = built
    for q in (
        "do we need a carrier partner to move huawei handsets or can we just sell em unlocked",
        "do we need a carrier deal to sell huawei phones",
    ):
        assert answer_type(q) == "leave", q
        ans = engine.ask(q)
        assert ans.answered and ans.sentences[0].text.startswith("No,"), (q, ans.answer)
        assert "cannot resell Huawei phones" in ans.sentences[0].text, (q, ans.answer)


def test_a_customer_wanting_huawei_goods_typed_with_w_and_whats_the_answer_asks_leave(built):
    # "flight school w/ 12 planes wants huawei matepads…, yes or no per our resale guidance" was declined ("Nothing in
    # the partner corpus covers matepads"): its own clause typed with "w/" hid the request; "…wants 30 huawei matepads…
    # whats the answer" quoted the Mate 30's Android
    _, engine = built
    # (not someone else wanting Huawei gone, nor the answer to a question)
    for q in ("the fcc wants huawei gone, why", "what's the answer to why huawei is banned"):
        assert answer_type(q) != "leave", q
    for q in (
        "flight school w/ 12 planes wants huawei matepads as efb tablets for students, private biz. yes or no per our "
        "resale guidance",
        "cinema chain wants 30 huawei matepads as ticket scanners, no govt money. whats the answer",
    ):
        ans = engine.ask(q)
        assert ans.answered and ans.sentences[0].text.startswith("Do not source, quote"), (q, ans.answer)


def test_a_wifi_generation_is_no_model_number(built):
    # "huawei wifi 6 access points": "Nothing in the partner corpus covers wifi 6" — a standard, as 5g is, not a model
    _, engine = built
    for q in ("can we sell huawei wifi 6 access points", "hotel wants 40 huawei wifi 7 routers, ok to quote?"):
        ans = engine.ask(q)
        assert ans.answered and "network equipment" in ans.sentences[0].text, (q, ans.answer)
        assert "wifi" not in ans.answer, (q, ans.answer)  # not "does not mention wifi 6 by name"


def test_the_newest_move_of_someone_is_the_news_of_what_they_did_last(built):
    # "whats the newest fcc move against huawei" quoted a 2025 sentence on earlier FCC steps; the newest FCC story is of
    # June 2026
    _, engine = built
    ans = engine.ask("whats the newest fcc move against huawei")
    assert ans.answered and "30 June 2026" in ans.sentences[0].text, ans.answer
    version = engine.ask("what is the latest harmonyos version")  # a fact asked, not news
    assert version.answered and "HarmonyOS 6" in version.answer, version.answer


def test_what_a_seller_got_is_the_price_of_the_sale(built):
    # in a thread after "when did huawei sell honor", "how much did they get for it" quoted "…ships more than 70
    # million units a year"
    _, engine = built
    got = engine.ask("how much did they get for it", context="when did huawei sell honor")
    assert got.answered and "not disclosed" in got.sentences[0].text, got.answer


def test_a_figure_set_against_another_years_says_which_year_it_is_for(built):
    # "huawei 2025 revenue? did it beat 2024" quoted the 2024 figure without a word that no 2025 one is given
    _, engine = built
    ans = engine.ask("huawei 2025 revenue? did it beat 2024")
    assert declined_with_context(ans) and ans.answer.startswith("The passages found give no figure for 2025"), (
        ans.answer
    )
    same = engine.ask("huawei revenue 2024? was it up on 2023")  # the year asked is the one given: no such word
    assert same.answered and "no figure for" not in same.answer and "862.1 billion" in same.answer, same.answer


def test_a_request_for_goods_with_its_verdict_asked_in_other_words_asks_leave(built):
    # each was declined ("I couldn't find this in the partner corpus"): "wants new huawei switches", a Huawei line by
    # its name ("pura 80s"), "— fine?" as a tail and "whats my honest answer" ask whether we may take the deal
    _, engine = built
    for q in (
        "muni water utility w/ an epa srf loan wants new huawei switches for scada — yes or no",
        "ski resort in colorado wants 60 huawei wifi aps for the lodges, private $ — fine?",
        "marketing team at a cust wants pura 80s for content bc of the camera, private co. whats my honest answer",
    ):
        ans = engine.ask(q)
        assert ans.answered and analyse(q).kind == "leave", (q, ans.answer)
        assert re.search(r"Do not source, quote|cannot be imported", ans.sentences[0].text), (q, ans.answer)
    # …but not a request for information or service
    for q in (
        "customer wants to return a faulty huawei phone, whats my call",
        "cust wants mate 10 pro warranty details — fine?",
        "customer wants mate pricing info - fine?",
        "customer wants to know our warranty on huawei phones — whats my honest answer",
    ):
        assert analyse(q).kind != "leave", q


def test_how_fast_someone_gets_back_is_no_span_of_something_else(built):
    # "how fast does the compliance office usually get back on a huawei clearance" quoted "…the compliance ticket number
    # stays on the order for seven years" as if it were the answer
    _, engine = built
    for q in (
        "how fast does the compliance office usually get back on a huawei clearance",
        "how long does the compliance office take to reply on a huawei clearance",
    ):
        ans = engine.ask(q)
        assert "seven years" not in ans.answer.split("What it does say:")[0], (q, ans.answer)
        assert ans.answer.startswith("The partner corpus does not say how long"), (q, ans.answer)


def test_our_own_role_is_not_named_when_only_its_route_is_told(built):
    # "who is our channel manager" quoted the route as if it named someone; the corpus names no one in that role
    _, engine = built
    ans = engine.ask("who is our channel manager")
    assert ans.answered and ans.answer.startswith("The partner corpus does not name our channel manager"), ans.answer
    assert "#partner-deals" in ans.answer, ans.answer  # …and says where to take it
    route = engine.ask("who do i send deal reg to")  # a route asked: the route answers it
    assert "does not name" not in route.answer and "#partner-deals" in route.answer, route.answer


def test_an_identifier_asked_is_given_by_a_code_or_said_to_be_missing(built):
    # "whats the fcc id of the mate 10 pro" quoted Richard Yu's CES keynote, "hs code for a huawei watch…" the resale
    # rule, "whats the docket number for…clean carts" a Carr quote, each as if it were the answer
    _, engine = built
    ans = engine.ask("whats the fcc id of the mate 10 pro")
    assert ans.answer.startswith("The partner corpus does not give the FCC ID"), ans.answer
    for q, code in (
        ("hs code for a huawei watch on a commercial invoice? logistics is asking", "HS code"),
        ("whats the docket number for the fcc's clean carts action? counsel wants to comment", "docket number"),
    ):
        ans = engine.ask(q)
        assert ans.answer.startswith(f"The partner corpus does not give the {code}"), (q, ans.answer)
    # a code the corpus writes is the answer ("…under the Report and Order FCC 22-84…")
    ans = engine.ask("cust's lawyer wants the fcc order / docket # for the 2022 equipment auth ban. got it?")
    assert ans.answered and "FCC 22-84" in ans.sentences[0].text, ans.answer


def test_what_a_rule_covered_is_what_it_allowed_not_what_it_was_meant_for(built):
    # "what did the temporary general licence cover" quoted Ross on what the licence "was meant to give"
    _, engine = built
    ans = engine.ask("what did the temporary general licence cover")
    assert ans.answered and "allowed support for existing networks" in ans.sentences[0].text, ans.answer


def test_the_difference_between_a_subsection_and_its_sibling_is_both_subsections(built):
    # "whats the difference between 889 (a)(1)(A) and (a)(1)(B)" was declined while "889 (a)(1)(A) vs (a)(1)(B)" is
    # answered: the second side lost its section, and "difference" was weighed as a term the answer must hold
    _, engine = built
    ans = engine.ask("whats the difference between 889 (a)(1)(A) and (a)(1)(B)")
    assert ans.answered and "889(a)(1)(A)" in ans.answer and "889(a)(1)(B)" in ans.answer, ans.answer


def test_an_end_asked_is_not_an_extension_until_a_date(built):
    # in a thread after "tgl — short version…", "when did it stop" quoted "…extended the … licence again, giving Huawei
    # … until 16 February 2020" and called that the end of its term
    _, engine = built
    ans = engine.ask("when did it stop", context="tgl — short version for a cust still running old huawei routers")
    assert ans.answered and "17 August 2020" in ans.sentences[0].text, ans.answer


def test_a_vote_asked_with_its_date_says_its_outcome_is_not_told(built):
    # "how did the july 22 2026 fcc vote on covered parts go" quoted the scheduling sentence with no word that the
    # outcome is not in the corpus (without the date typed in, it said so)
    _, engine = built
    ans = engine.ask("how did the july 22 2026 fcc vote on covered parts go")
    assert "has passed; the partner corpus does not say what happened" in ans.answer, ans.answer


def test_the_head_of_one_of_our_teams_is_not_named_when_no_sentence_names_one(built):
    # "who heads the compliance office" quoted an Ascend sentence that names BIS and ends "…to the compliance office"
    _, engine = built
    ans = engine.ask("who heads the compliance office")
    assert ans.answer.startswith("The partner corpus does not name the head of the compliance office"), ans.answer


def test_a_share_asked_is_said_to_be_missing_when_only_a_sum_is_given(built):
    # "whats the e-rate discount % for rural schools" quoted the USF's "about $8.3 billion a year" as its answer
    _, engine = built
    ans = engine.ask("whats the e-rate discount % for rural schools")
    assert ans.answer.startswith("The partner corpus does not give the percentage"), ans.answer


def test_a_chip_typed_as_one_code_is_not_priced_by_a_phone(built):
    # in a thread after "whats on the huawei ascend roadmap", "whats the price of the 950pr" quoted the Pura 80 prices
    _, engine = built
    ans = engine.ask("whats the price of the 950pr", context="whats on the huawei ascend roadmap")
    assert "Pura 80" not in ans.answer and "does not say the amount" in ans.answer, ans.answer


def test_how_a_vote_went_is_said_to_be_untold_when_no_sentence_tells_it(built):
    # "was the fcc vote making huawei a natsec threat unanimous or split" quoted a sentence on the bad labs actions;
    # the corpus tells no vote's count
    _, engine = built
    ans = engine.ask("was the fcc vote making huawei a natsec threat unanimous or split")
    assert ans.answer.startswith("The partner corpus does not say how the vote went"), ans.answer
    two = engine.ask("2019 usf vote — unanimous? and did it only name huawei + zte at first")
    assert two.answered and "named Huawei and ZTE as the first covered companies" in two.answer, two.answer
    assert two.answer.endswith("The partner corpus does not say how the vote went."), two.answer
    # …and a vote the corpus does count leads (atk52b: "bad labs order - what was the fcc vote count?" said the vote was
    # not told while citing "the FCC voted 4-0")
    ans = engine.ask("bad labs order - what was the fcc vote count?")
    assert ans.answered and "voted 4-0" in ans.sentences[0].text, ans.answer


def test_the_name_of_one_of_our_own_roles_is_asked_as_who_holds_it(built):
    # "whats the name of our channel manager for huawei deals" quoted the route as if it named someone (atk52b)
    _, engine = built
    ans = engine.ask("whats the name of our channel manager for huawei deals")
    assert ans.answer.startswith("The partner corpus does not name our channel manager"), ans.answer
    ans = engine.ask("who is our compliance officer")
    assert ans.answer.startswith("The partner corpus does not name our compliance officer"), ans.answer


def test_a_vote_one_part_counts_is_not_said_to_be_untold_by_another(built):
    # atk53: "bad labs vote was 3-2 right? and when did it take effect" quoted "voted 4-0", then its date, then said
    # the corpus does not say how the vote went
    _, engine = built
    ans = engine.ask("bad labs vote was 3-2 right? and when did it take effect")
    assert ans.answered and "voted 4-0" in ans.answer and "how the vote went" not in ans.answer, ans.answer
    # a count of another month's vote is no count of the one asked (review: the October 2025 order's vote)
    other = engine.ask("was the oct 2025 fcc order unanimous and when did it take effect")
    assert other.answer.endswith("The partner corpus does not say how the vote went."), other.answer


def test_specs_asked_with_an_amount_of_a_feature_get_the_spec_list_not_the_price(built):
    # atk53: "mate 10 pro specs? how much ram and storage" led with the $799 price, the spec list second
    _, engine = built
    ans = engine.ask("mate 10 pro specs? how much ram and storage")
    assert ans.answered and "6GB of memory" in ans.sentences[0].text and "$799" not in ans.answer, ans.answer
    # a price asked beside the feature is still a price (review: "…does not say the amount" after the $799 quoted),
    # and an edition the corpus gives no memory for is said to lack it (atk53b)
    both = engine.ask("mate 10 pro — how much ram and how much does it cost")
    assert "$799" in both.answer and "does not say the amount" not in both.answer, both.answer
    edition = engine.ask("and the porsche design?", context="how much ram does the mate 10 pro have")
    assert edition.answer.startswith("The partner corpus does not give its memory"), edition.answer


def test_a_part_of_a_provision_the_corpus_never_names_is_not_answered_with_another_part(built):
    # atk53: "and (a)(2)?" after "whats 889(a)(1)(A)" quoted the (a)(1)(A) sentence; "whats 889(a)(2)" the (a)(1)(B)
    _, engine = built
    for q, after in (("whats 889(a)(2)", None), ("and (a)(2)?", "whats 889(a)(1)(A)")):
        ans = engine.ask(q, context=after)
        assert not ans.answered and "section 889(a)(2)" in ans.answer, (q, ans.answer)
    # a part it names, or a shorter form of one, is answered
    # a question with another part the corpus answers keeps it (review)
    mixed = engine.ask("when did 889(a)(1)(A) take effect and whats 889(a)(2)")
    assert mixed.answered and "13 August 2019" in mixed.sentences[0].text, mixed.answer
    named = engine.ask("and (a)(1)(B)?", context="whats 889(a)(1)(A)")
    assert named.answered and "889(a)(1)(B)" in named.sentences[0].text, named.answer
    assert engine.ask("what does section 889 (a)(1) cover").answered


def test_a_year_naming_what_ended_sets_no_time_to_look_in(built):
    # atk53: "when did it end" after "what did the may 2019 tgl allow" said the corpus does not say when (the 2019
    # documents preferred for "may 2019")
    _, engine = built
    for q, after in (("when did it end", "what did the may 2019 tgl allow"), ("when did the may 2019 tgl end", None)):
        ans = engine.ask(q, context=after)
        assert ans.answered and "August 2020" in ans.sentences[0].text, (q, ans.answer)
    assert analyse("when did the may 2019 tgl end").time_years == ()
    assert analyse("what did the may 2019 tgl allow").time_years == (2019,)  # a year asked about still is one


def test_what_replaced_a_note_that_gave_the_amount_is_its_replacing_rule(built):
    # atk53: "whats our margin target on huawei handsets, still 8-12% over disti cost?" said a replaced note gave the
    # amount, then quoted, as what the current guidance does say, a section 889 sentence on what a device can cost
    _, engine = built
    ans = engine.ask("whats our margin target on huawei handsets, still 8-12% over disti cost?", visibility="internal")
    assert ans.answer.startswith("The current guidance does not say the amount; a note it replaced did."), ans.answer
    assert "889" not in ans.answer and "Do not source, quote, list or resell any Huawei" in ans.answer, ans.answer


def test_a_year_the_asker_guesses_for_the_date_asked_is_corrected_not_followed(built):
    # atk53b: "when did the 889 contractor ban kick in, that was 2019 yeah?" quoted the agency ban's "since August 2019"
    _, engine = built
    ans = engine.ask("when did the 889 contractor ban kick in, that was 2019 yeah?")
    assert ans.answered and "13 August 2020" in ans.sentences[0].text, ans.answer


def test_a_section_the_corpus_never_writes_is_not_answered_with_another(built):
    # atk53b: "section 5949 of the ndaa" was answered with section 889's sentences
    _, engine = built
    ans = engine.ask("what does section 5949 of the ndaa say about huawei chips")
    assert not ans.answered and "section 5949" in ans.answer, ans.answer
    assert engine.ask("what does section 889 cover").answered


def test_a_followup_naming_the_rule_before_by_its_kind_leans_on_it(built):
    # atk53b: "when did the rules take effect" after "bad labs vote - unanimous?" was read alone and got the Affiliates
    # Rule's date
    _, engine = built
    ans = engine.ask("when did the rules take effect", context="bad labs vote - unanimous?")
    assert ans.answered and "8 September 2025" in ans.sentences[0].text, ans.answer
    assert "how the vote went" not in ans.answer, ans.answer  # the earlier question's count is not asked again


def test_a_followup_asking_which_ones_gets_names_or_says_none_are_given(built):
    # atk53b: "which companies were on it" after "when was the fcc covered list published" repeated the date sentence;
    # the set's "which ones" after a question on carriers still running huawei gear quoted the programme's funding
    _, engine = built
    ans = engine.ask("which companies were on it", context="when was the fcc covered list published")
    assert ans.answered and "Hytera" in ans.sentences[0].text, ans.answer
    none = engine.ask(
        "which ones", context="are any us carriers still running huawei gear while waiting on rip and replace"
    )
    assert not none.answered and none.answer == "The partner corpus does not name them.", none.answer


def test_who_did_a_deed_is_the_sentence_saying_it_within_the_whole_margin(built):
    # atk53b: "who wrote the interim rule" quoted the rule's effective date; "…the Federal Acquisition Regulatory
    # Council released the interim rule" says the deed (released is written) a little further down
    _, engine = built
    ans = engine.ask("who wrote the 889 interim rule")
    assert ans.answered and "Federal Acquisition Regulatory Council" in ans.sentences[0].text, ans.answer


def test_what_a_list_holds_is_answered_by_the_names_it_lists_not_a_word_on_it(built):
    from index.answer.doers import asks_members

    assert asks_members("what was on the march 2021 list") and asks_members("whats on the fcc covered list")
    assert asks_members("what was on the march 2021 list") == "2021"
    assert not asks_members("what is on the list about") and not asks_members("who was on the list first")
    _, engine = built
    for q in ("what was on the march 2021 list", "whats on the fcc covered list"):
        ans = engine.ask(q)
        assert "Huawei, ZTE, Hytera, Hikvision and Dahua" in ans.answer.split(" [1]")[0], (q, ans.answer)
    # another list: not the five companies of another list's sentence
    ascend = engine.ask("whats on the ascend list")
    assert "Hytera" not in ascend.answer.split(" [1]")[0], ascend.answer


def test_a_votes_count_asked_in_a_thread_is_its_tally(built):
    _, engine = built
    ans = engine.ask("how many commissioners voted for it", context="fcc bad labs vote may 2025")
    assert ans.answered and "voted 4-0" in ans.sentences[0].text, ans.answer


def test_a_yes_written_for_another_question_is_not_quoted_as_the_verdict(built):
    _, engine = built
    # "Yes, the … programme … is fully funded" says whether it is funded, not whether any carrier may get the money
    other = engine.ask("can big carriers like verizon get rip and replace money?")
    assert other.answered and not other.sentences[0].text.startswith("Yes"), other.answer
    asked = engine.ask("is rip and replace fully funded now")
    assert asked.answered and asked.sentences[0].text.startswith("Yes,"), asked.answer


def test_what_someone_recommended_is_the_sentence_saying_it_with_a_verb(built):
    # "The 2012 House report was a recommendation…" names the deed by a noun and leads by far; the report's "urged US
    # network operators…" says what it recommended, asked alone or in a thread
    _, engine = built
    alone = engine.ask("what did the 2012 house report recommend")
    assert alone.answered and "urged" in alone.sentences[0].text, alone.answer
    thread = engine.ask("what did it recommend", context="whats the 2012 house intel report on huawei")
    assert thread.answered and "urged" in thread.sentences[0].text, thread.answer


def test_when_it_kicked_in_in_a_thread_is_the_start_its_own_document_gives(built):
    # "The FCC order of October 2025 also spells out…" holds the thread's words; the start of the power the order gave
    # is further down in the same document (another rule's "took effect" scores as close and must not lead)
    _, engine = built
    earlier = "fcc oct 2025 order on previously approved huawei gear - what does it do"
    for q in ("when did it kick in", "when did that kick in"):
        ans = engine.ask(q, context=earlier)
        assert ans.answered and "26 December 2025" in ans.sentences[0].text, (q, ans.answer)


def test_a_count_asked_of_a_systems_apps_counts_the_apps_not_the_system(built):
    # "how many harmonyos next apps": the plural counted is "apps", not the system's name ending in "-os"
    apps = "how many harmonyos next apps"
    assert has_answer_type("number", "HarmonyOS Next offered more than 20,000 native apps.", apps)
    # the system named must be the one counted ("how many ios apps": not AppGallery's), and "has" is no plural
    assert not has_answer_type("number", "AppGallery offered more than 45,000 apps.", "how many ios apps")
    assert _COUNTED.search("how many ceos has huawei had").group(2) == "ceos"
    assert not has_answer_type(
        "number", "Do not enrol phones that run HarmonyOS 5 or later.", "how many harmonyos next apps are there now"
    )
    _, engine = built
    ans = engine.ask("how many harmonyos next apps are there now")
    assert ans.answered and re.search(r"\d{2},000 (?:native )?apps", ans.sentences[0].text), ans.answer


def test_who_someone_named_is_is_answered_from_the_passage_naming_them(built):
    # "who is jeffrey kessler" embeds far from every passage and was declined as nothing close; the passage writing his
    # name answers. A one-word "name" any dictionary holds is none ("who was second": not "Second Report and Order")
    _, engine = built
    for q in ("who is jeffrey kessler", "who is kessler"):  # the sentence saying who he is, not one only naming him
        ans = engine.ask(q)
        assert ans.answered and "Under Secretary of Commerce" in ans.sentences[0].text, (q, ans.answer)
    assert not engine.ask("who is john smith").answered
    second = engine.ask("who was second", context="was australia the first country to ban huawei from 5g")
    assert not second.answered, second.answer


def test_a_role_asked_of_the_us_arm_is_not_answered_with_the_whole_companys_holder(built):
    # "whos huawei's ceo for the us" had led with "Huawei founder and CEO Ren Zhengfei…", who heads the whole company
    _, engine = built
    for q in ("whos huawei's ceo for the us", "who is huawei's us ceo"):
        ans = engine.ask(q)
        assert not ans.answered or ans.answer.startswith("The partner corpus does not name"), (q, ans.answer)
        assert re.search(r"does not name huawei's (?:us ceo|ceo for the US)", ans.answer), (q, ans.answer)
    whole = engine.ask("who is huawei's ceo")
    assert whole.answered and "Ren Zhengfei" in whole.sentences[0].text, whole.answer


def test_a_things_official_name_is_the_sentence_giving_its_name(built):
    # "…more than 70 percent of rip and replace participants named the partial payments…" shared "name"
    _, engine = built
    ans = engine.ask("whats the official name for rip n replace")
    assert ans.answered and "formally the Secure and Trusted" in ans.sentences[0].text, ans.answer


def test_how_much_extra_a_programme_got_is_a_sum_not_a_share(built):
    # "how much extra did rip and replace get" had quoted "more than 70 percent of rip and replace participants…"
    _, engine = built
    ans = engine.ask("how much extra did rip and replace get")
    assert ans.answered and "$3.08 billion" in ans.sentences[0].text, ans.answer


def test_when_a_ban_on_new_approvals_started_is_not_the_date_for_equipment_already_approved(built):
    # "…since 26 December 2025, to stop imports of Huawei equipment it approved before the ban" dates the other case
    _, engine = built
    for q in (
        "when did the fcc ban on new huawei approvals kick in",
        "since when cant new huawei phones get fcc approval",
    ):
        ans = engine.ask(q)
        assert ans.answered and "6 February 2023" in ans.sentences[0].text, (q, ans.answer)


def test_someone_named_by_where_they_work_is_no_unknown_speaker(built):
    # "what did the commerce guy tell congress…" was declined as "Nothing in the partner corpus covers commerce guy"
    _, engine = built
    ans = engine.ask("what did the commerce guy tell congress about how many ascend chips huawei can make")
    assert ans.answered and "200,000" in ans.sentences[0].text, ans.answer
    assert not engine.ask("what did elon musk say about huawei").answered  # a name the corpus never writes


def test_a_phrasal_word_after_the_subject_names_no_line_of_business(built):
    # "the huawei phase out for schools" was declined as "Nothing in the partner corpus covers huawei phase out"
    _, engine = built
    ans = engine.ask("when did the huawei phase out for schools start (erate)")
    assert ans.answered and "3 January 2020" in ans.sentences[0].text, ans.answer
    assert engine.ask("can we sell huawei solar inverters").reason == "scope"  # a line named still is one


def test_short_follow_ups_lean_on_the_thread_they_are_typed_in(built):
    _, engine = built
    # shorthand in the earlier question is read spelled out ("Nothing in the partner corpus covers tgl")
    ended = engine.ask("when did that end", context="what was the tgl for huawei")
    assert ended.answered and "17 August 2020" in ended.sentences[0].text, ended.answer
    # "still?" asks whether it still stands (it was read alone and declined)
    still = engine.ask("still?", context="affiliates rule - what is it")
    assert still.answered and "suspended" in still.sentences[0].text, still.answer
    # …of a rule or a may-we question; after "who is the fcc chairman" it is read as typed (the review: "is it still in
    # force?" there quoted the bad labs rules' start)
    assert not engine.ask("still?", context="who is the fcc chairman").answered
    # "the porsche one" is the Porsche Design edition of the model asked
    porsche = engine.ask("and the porsche one?", context="how much was the mate 10 pro in the us")
    assert porsche.answered and "$1,225" in porsche.sentences[0].text, porsche.answer


def test_a_follow_up_asking_one_attribute_of_the_thread_leans_on_it(built):
    # "whats the ownership cutoff" after the bad labs rules was read as a question of its own and quoted the
    # Affiliates Rule's "measures ownership, not control"
    _, engine = built
    ans = engine.ask("whats the ownership cutoff", context="what are the fcc bad labs rules")
    assert ans.answered and "10 percent or more" in ans.sentences[0].text, ans.answer


def test_what_it_recommended_after_who_led_it_is_the_recommendation(built):
    # the thread's kind was the earlier question's ("who led…"), so "what did it recommend" got the release sentence
    _, engine = built
    ans = engine.ask("what did it recommend", context="who led the 2012 house report on huawei")
    assert ans.answered and "urged US network operators" in ans.sentences[0].text, ans.answer


def test_a_bare_role_asks_who_holds_it(built):
    _, engine = built
    cfo = engine.ask("huawei cfo?")  # it had quoted the Entity List listing
    assert not cfo.answered and "does not name" in cfo.answer, cfo.answer
    # a committee "led by" someone names the committee's chair, not the chief of a company it reported on (atk56c)
    zte = engine.ask("zte ceo?")
    assert not zte.answered and "does not name" in zte.answer, zte.answer
    chair = engine.ask("fcc chairman?")  # whoever the corpus last tells of in the role, as "who's the fcc chairman"
    assert chair.answered and "Brendan Carr" in chair.sentences[0].text, chair.answer


def test_a_price_the_news_gives_is_not_held_back_for_a_replaced_note(built):
    # "and the porsche one?" after "mate 10 pro price?" had said "The current guidance does not say the amount; a note
    # it replaced did": the Porsche Design sentence did not name the Mate 10 Pro, which its passage's title does
    _, engine = built
    for q, after in (("and the porsche one?", "mate 10 pro price?"), ("mate 10 pro porsche design price?", None)):
        ans = engine.ask(q, context=after)
        assert ans.answered and "$1,225" in ans.sentences[0].text, (q, ans.answer)
    margin = engine.ask("whats our margin target, still 8-12% over disti cost?")  # our own terms still are the note's
    assert margin.answer.startswith("The current guidance does not say"), margin.answer


def test_a_trailing_tho_asks_nothing_more(built):
    # "why tho" after "did verizon ever end up selling the mate 10 pro?" was declined while "why" was answered
    _, engine = built
    ans = engine.ask("why tho", context="did verizon ever end up selling the mate 10 pro?")
    assert ans.answered and "Bloomberg" in ans.sentences[0].text, ans.answer


def test_a_year_put_to_an_event_gets_the_events_date_whatever_the_year(built):
    # atk57: "…took effect in 2021 right?" led with "since March 2021 the FCC has listed Huawei equipment…"
    _, engine = built
    ans = engine.ask("the fcc ban on new huawei gear took effect in 2021 right?")
    assert ans.answered and "6 February 2023" in ans.sentences[0].text, ans.answer


def test_two_events_asked_in_order_get_the_date_of_each(built):
    # "…out before the mate 10 pro launch or way before?" was declined
    _, engine = built
    ans = engine.ask("was the 2012 house intel report out before the mate 10 pro launch or way before?")
    assert ans.answered and "8 October 2012" in ans.answer and "9 January 2018" in ans.answer, ans.answer


def test_a_name_typed_apart_at_its_inner_capital_is_the_corpus_name(built):
    # atk57: "whats harmony os 6" got "Nothing in the partner corpus covers os 6"
    _, engine = built
    ans = engine.ask("whats harmony os 6, when did it come out")
    assert ans.answered and "22 October 2025" in ans.sentences[0].text, ans.answer


def test_a_verb_or_a_noun_after_the_subject_names_no_line_of_business(built):
    # atk57: "…huawei went back on the line card…" got "Nothing in the partner corpus covers huawei went back", and
    # "the honor spinoff - …" got "Nothing … covers spinoff"
    _, engine = built
    went = engine.ask("since huawei went back on the line card in 2022 whats the margin target")
    assert "went back" not in went.answer, went.answer
    spun = engine.ask("the honor spinoff - can we put honor phones on the line card")
    assert spun.answered and "line card" in spun.sentences[0].text and "Honor" in spun.sentences[0].text, spun.answer


@pytest.mark.parametrize(
    "q, year",
    [("r&d in 2021?", "2021"), ("revenue 2022?", "2022"), ("huawei 2023 net profit number?", "2023")],
)
def test_a_short_question_for_a_companys_figure_in_a_year_not_given_is_declined_saying_so(built, q, year):
    # atk57b: "r&d in 2021?" served the 2024 figure with no word that it is another year's (a short question is far in
    # meaning from the sentence giving the figure, so closeness could not tell it was that figure)
    _, engine = built
    ans = engine.ask(q)
    assert declined_with_context(ans) and ans.answer.startswith(f"The passages found give no figure for {year}"), (
        ans.answer
    )


def test_a_bare_abbreviation_the_corpus_spells_out_asks_what_it_is(built):
    # "tgl?" took "Outside the temporary general licence, any export … still needed a licence" (a sentence using it);
    # the corpus never writes "tgl", but spells out the licence it stands for
    _, engine = built
    ans = engine.ask("tgl?")
    assert ans.answered and ans.question == "tgl?", ans.answer
    assert re.search(r"issued a 90-day temporary general licence|temporary general licence allowed", ans.answer), (
        ans.answer
    )
    assert "Outside the temporary general licence" not in ans.sentences[0].text
    pde = engine.ask("pde?")  # (as typed, the words it stands for found nothing)
    assert pde.answered and "Porsche Design edition" in pde.answer, pde.answer


def test_the_days_a_check_names_lead_to_the_sentence_giving_them(built):
    # "announced sept 29, paused nov 10 — accurate?": the sentence dated 1 November (that the administration would
    # pause it) shared more words; the one giving both days answers the check
    _, engine = built
    ans = engine.ask("affiliates rule: announced sept 29, paused nov 10 — thats what i have in my notes, accurate?")
    first = ans.sentences[0].text
    assert ans.answered and "29 September 2025" in first and "10 November 2025" in first, ans.answer


def test_each_day_a_check_names_is_given(built):
    # "adopted nov 22 2019 and in effect jan 3 2020": no one sentence gives both days; the one giving the second
    # follows the first
    _, engine = built
    ans = engine.ask("usf ban adopted nov 22 2019 and in effect jan 3 2020, correct?")
    assert ans.answered and "22 November 2019" in ans.answer and "3 January 2020" in ans.answer, ans.answer


def test_a_process_size_typed_short_is_the_one_the_corpus_writes_out(built):
    # "7nm" was "Nothing in the partner corpus covers 7nm." though the corpus writes "7-nanometre"
    _, engine = built
    ans = engine.ask("mate 60 pro: kirin 9000s, smic 7nm - correct?")
    assert ans.answered and "7-nanometre" in ans.answer, ans.answer
    # a size it never gives is still one it lacks
    five = engine.ask("mate 60 pro 5nm?")
    assert not five.answered and "5nm" in five.answer, five.answer


def test_a_day_asked_in_numbers_is_given(built):
    # "5/7/2024 — that the day…?" quoted Intel's filing of 8 May alone, which reads as the day corrected; read as a
    # day, the sentence giving 7 May is quoted too (leading it by twice the margin was tried: the review found it
    # confirmed wrong days, "qualcomm confirmed the revoked licence on 5/7/24?")
    _, engine = built
    ans = engine.ask("5/7/2024 — that the day intel + qualcomm lost their huawei licences?")
    assert ans.answered and "On 7 May 2024 the US Commerce Department revoked" in ans.answer, ans.answer
    day = engine.ask("8/17/2020 — what did commerce announce that day?")
    assert day.answered and "On 17 August 2020 the US Commerce Department" in day.answer, day.answer


def test_a_figure_of_a_year_not_given_is_said_so_in_a_question_about_now(built):
    # "huawei 2025 revenue numbers out yet?" quoted the 2024 revenue as if it answered ("yet" made it a question
    # about now, whose only years were ones setting the time)
    _, engine = built
    ans = engine.ask("huawei 2025 revenue numbers out yet?")
    assert not ans.answered and "no figure for 2025" in ans.answer, ans.answer
    given = engine.ask("huawei 2024 revenue numbers out yet?")
    assert given.answered and "862.1 billion yuan" in given.answer, given.answer


def test_which_kind_of_charge_it_is_is_answered_by_the_sentence_naming_it(built):
    # "that 25% thing, is it a tax, a fee, or what" read "fee" as asking an amount: "does not say the amount"
    _, engine = built
    ans = engine.ask("h200s to china — that 25% thing, is it a tax, a fee, or what")
    assert ans.answered and "25 percent of the revenue from H200 sales" in ans.answer, ans.answer


def test_two_facets_of_one_subject_joined_by_a_word_are_both_answered(built):
    # "mate 70 launch date and price?" was read as the date alone; joined by "+" both were answered
    _, engine = built
    ans = engine.ask("mate 70 launch date and price?")
    assert "26 November 2024" in ans.answer and "5,499 yuan" in ans.answer, ans.answer
    # (the price asked of the Mate 70, not of its launch date: round 62's thread attribute)
    assert analyse("mate 70 launch date and price?").parts == (
        "mate 70 launch date",
        "mate 70 price: mate 70",
    )
    # a facet with no subject before it is no pair to split ("who and when" is read as before)
    assert analyse("porsche design mate 10 - price and storage?").parts == (
        "porsche design mate 10 - price and storage",
    )


def test_a_day_naming_the_thing_asked_about_is_no_day_to_lead_with():
    from index.answer.compose import _days_asked

    assert _days_asked("6 February 2023 ban - does it cover older huawei models") == frozenset()
    assert _days_asked("the 29 September 2025 rule, paused 10 November 2025?") == {"10 november"}
    assert _days_asked("announced 29 September, paused 10 November — accurate?") == {"29 september", "10 november"}
    # (a month written short names its day as `_days` does: "29 Sept" is 29 September)
    assert _days_asked("the 29 Sept 2025 rule, paused 10 Nov 2025?") == {"10 november"}


def test_things_asked_of_a_subject_heading_the_message_are_each_answered(built):
    from index.answer.question import _heading_facets

    # "covered list - when published and which companies are on it?" was read as one part, the companies asked of
    # "covered list - when published", and "harmonyos … - launch date and how many …" as a count alone
    _, engine = built
    ans = engine.ask("covered list - when published and which companies are on it?")
    assert "12 March 2021" in ans.answer and "Hytera" in ans.answer, ans.answer
    ans = engine.ask("harmonyos on phones 2021 - launch date and how many older models were getting upgraded?")
    assert "2 June 2021" in ans.answer and "about 100 existing" in ans.answer, ans.answer
    assert analyse("2012 house intel report on huawei - who led it and what did it recommend").parts == (
        "who led it: 2012 house intel report on huawei",
        "what did it recommend: 2012 house intel report on huawei",
    )
    assert analyse("entity list 2019 - effective date + how many huawei affiliates were listed?").parts == (
        "what is the entity list 2019 effective date",
        "how many huawei affiliates were listed: entity list 2019",
    )
    # not things asked each on their own: one name's "and", a piece going on with the one before, the asker's guess at
    # the thing asked, a case told ("…and their subs"), the asking word alone, one kind asked twice; nor a heading
    # that tells a case or what the message is
    for q in (
        "kansas carrier w/ a huawei core — what's the rip and replace finish deadline as of now",
        "honor — was it sold or spun off, and to who",
        "secure equipment act — what was the house vote, near unanimous",
        "889 - does it apply to contractors and their subs?",
        "ascend roadmap - what comes after the 950 and roughly what yrs",
        "h200 china ok — whose call was that and when",
        "fcc usf ban - when adopted, when effective",
        "customer has a mate 70 - can they bring it in and will we support it",
        "following up on fcc stuff - what did the oct 2025 order change and when is it effective",
        "huawei 2024 results: revenue and net profit",
    ):
        assert _heading_facets(q) == [], (q, _heading_facets(q))


def test_a_question_about_a_past_year_is_answered_by_the_guidance_of_that_year(built):
    # "…in 2018" had the 2020 note, which names the "January 2018 positioning note" it replaced; "back in jan 2018" was
    # read as a question about now ("No, as of 1 December 2026 …")
    _, engine = built
    for q in ("how did we position huawei on the line card in 2018", "what was our line card positioning in 2018"):
        ans = engine.ask(q)
        assert ans.answered and "addition to Apple and Samsung" in ans.sentences[0].text, (q, ans.answer)
    ans = engine.ask("was it ok to resell huawei phones without a carrier back in jan 2018?")
    assert ans.answered and ans.sentences[0].text.startswith("Yes"), ans.answer
    # …but what replaced it is the later note
    ans = engine.ask("what replaced the 2018 line card note")
    assert ans.answered and "off the partner line card" in ans.sentences[0].text, ans.answer


def test_a_word_clipped_short_after_the_subject_names_no_line_of_its_business(built):
    # "fcc huawei auth ban" was declined as a line of Huawei's business no passage covers ("huawei auth ban"), and the
    # whole thread after it with it
    _, engine = built
    q = "fcc huawei auth ban: when was it adopted vs when did it actually take effect?"
    ans = engine.ask(q)
    assert ans.answered and "6 February 2023" in ans.answer, ans.answer
    ans = engine.ask("which order number was that", context=q)
    assert ans.answered and "FCC 22-84" in ans.answer, ans.answer
    # an English word is no clipped one: those lines stay uncovered
    for q in ("does huawei cloud pricing beat aws?", "can we sell huawei solar inverters?"):
        assert not engine.ask(q).answered, q


def test_news_asked_since_a_day_is_not_the_news_of_that_day(built):
    # "anything new on the ascend chip guidance since may 13 2025?" quoted the guidance of 13 May 2025 itself
    from index.answer.latest import since_asked

    _, engine = built
    ans = engine.ask("anything new on the ascend chip guidance since may 13 2025?")
    assert ans.answered and "On 13 May 2025" not in ans.sentences[0].text, ans.answer
    assert str(since_asked("anything new since 13 May 2025")) == "2025-05-13"
    assert str(since_asked("any update since May 13, 2025")) == "2025-05-13"
    assert str(since_asked("anything new on resale since December 2022")) == "2022-12-31"
    assert str(since_asked("what's new since 2024")) == "2024-12-31"
    assert since_asked("anything new since the ban") is None


def test_a_customers_business_named_in_the_question_is_no_term_the_corpus_must_cover(built):
    # "cust Acme Dental has 2 huawei tablets…" was "Nothing in the partner corpus covers Acme", and a pasted email
    # from "Mark from Lakeside Dental" was declined for "Lakeside"
    from index.answer.question import key_terms

    assert "acme" not in key_terms("cust Acme Dental has 2 huawei tablets from 2020, do they need to get rid of them?")
    assert "lakeside" not in key_terms('email: "Hi, this is Mark from Lakeside Dental. Do we throw them out?"')
    # a business named as the subject asked about is still a term to cover
    assert "lakeside" in key_terms("does Lakeside Dental sell huawei phones?")
    _, engine = built
    ans = engine.ask(
        'pasting a cust email: "Hello, this is Mark from Lakeside Dental. A friend told us Huawei is banned in '
        "America. We have two Huawei tablets at the front desk that we bought in 2020. Do we need to throw them out? "
        'Thank you." — what should i tell him'
    )
    assert ans.answered and "Lakeside" not in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["name of the buyer group for honor", "whats the buyers name on the honor deal"])
def test_a_doer_asked_by_its_noun_is_answered_by_the_sentence_saying_the_deed(built, q):
    # "name of the buyer group for honor" quoted the sale's undisclosed terms, "whats the buyers name…" that Huawei
    # would hold no shares: the buyer is the one Huawei sold to
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and "Shenzhen Zhixin" in ans.sentences[0].text, ans.answer


def test_a_post_named_short_is_found_spelled_out_in_the_speakers_document(built):
    # "what did huawei's consumer ceo say" was "The partner corpus does not quote huawei ceo on this": the article
    # calls Richard Yu "chief executive of Huawei's consumer business group" a paragraph before he "called" it a loss
    _, engine = built
    ans = engine.ask("ces 2018 — what did huawei's consumer ceo say on stage after at&t pulled the mate 10 pro deal")
    assert ans.answered and "big loss" in ans.sentences[0].text, ans.answer
    # a post the corpus never spells out is still not quoted
    assert not engine.ask("what did the huawei cfo say about the results").answered


def test_what_a_named_speaker_said_leads_the_deed_they_did(built):
    # "what did the fcc say…" quoted the designation itself after "does not quote fcc on this"
    _, engine = built
    ans = engine.ask("what did the fcc say huawei's risk was when it named it a national security threat in 2020")
    assert "does not quote" not in ans.answer and " said " in ans.sentences[0].text, ans.answer
    # (from the deed's own document: not what the speaker said of something else, years before)
    ans = engine.ask("what did huawei say about the fcc investigation in 2025")
    assert "denies that the Chinese government controls it" not in ans.sentences[0].text, ans.answer
    # what the asker must tell someone is no one's words to quote: the licence's end still leads
    ans = engine.ask(
        'cust\'s procurement guy says "the tgl still lets us buy huawei parts for repairs". as of today, what do i '
        "tell him"
    )
    assert "let the Huawei temporary general licence expire" in ans.sentences[0].text, ans.answer


def test_a_thread_asking_another_attribute_asks_it_of_the_thing_not_of_the_attribute_before(built):
    # "screen size?" after "pura x price" was read as "screen size: pura x price", a price asked, and said the corpus
    # did not give the screen size the same article gives
    _, engine = built
    ans = engine.ask("screen size?", context="pura x price")
    assert ans.answered and "6.3-inch" in ans.sentences[0].text and "does not give" not in ans.answer, ans.answer
    ans = engine.ask("mate 10 pro price? and storage?")
    assert "$799" in ans.answer and "128GB" in ans.answer, ans.answer


def test_a_year_put_to_be_checked_is_the_askers_guess_not_a_term_to_cover(built):
    # "…that was 2014 right? who led it" was "Nothing in the partner corpus covers 2014"
    _, engine = built
    ans = engine.ask("house intel committee huawei report - that was 2014 right? who led it")
    assert ans.answered and "Mike Rogers" in ans.answer and "2012" in ans.answer, ans.answer
    # a year asked about, not put to be checked, still needs the corpus to cover it
    assert not engine.ask("did huawei sell phones in the us in 2015?").answered
    assert not engine.ask("any huawei news in 2014, yeah?").answered


def test_a_number_of_weeks_is_no_model_number(built):
    # "repair at huawei 3 wks now" was "Nothing in the partner corpus covers huawei 3"
    _, engine = built
    for q in (
        "repair at huawei 3 wks now, cust furious - who do i escalate to",
        "repair at huawei 16 working days, who?",
    ):
        ans = engine.ask(q)
        assert ans.answered and "fifteen working days" in ans.answer, (q, ans.answer)


def test_a_country_after_in_is_a_place_not_a_maker(built):
    # "data center cust in singapore wants servers…" was "Nothing in the partner corpus covers singapore": "singapore
    # wants servers" read as a maker's servers, so the rule for any country never answered
    _, engine = built
    for place in ("singapore", "germany"):
        ans = engine.ask(f"data center cust in {place} wants servers w ascend 910c, can we quote")
        assert ans.answered and "any country" in ans.sentences[0].text, (place, ans.answer)
    # a brand named like a country is still a brand the corpus lacks
    assert not engine.ask("aruba cx 6300 lead time rn?").answered


def test_two_figures_offered_to_choose_from_are_no_part_of_their_own(built):
    # "…takes a cut? 15% or 25%, i've heard both" was a part of its own, which nothing answered: the whole was declined
    q = "h200s to china — the us govt takes a cut? 15% or 25%, i've heard both"
    assert len(analyse(q).parts) == 1
    # (two years offered stay `_YEAR_OR_YEAR`'s)
    assert len(analyse("when did at&t and verizon stop carrying huawei phones, was it 2012 or 2018").parts) == 2
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and "25 percent" in ans.sentences[0].text, ans.answer
    # the figures' words stay with the question: the sentence giving both leads
    ans = engine.ask("bad labs rule ownership bar? 10% or 5%")
    assert ans.answered and "10 percent or more" in ans.sentences[0].text, ans.answer


def test_where_a_thing_stands_asks_its_standing_not_a_place(built):
    # "rip and replace — where does it stand now?" was read as a place asked, and quoted the December 2024 report
    assert answer_type("rip and replace — where does it stand now") is None
    assert answer_type("where are we at on rip and replace") is None
    assert answer_type("where is rip and replace at") is None
    assert answer_type("where did huawei launch the mate 80 pro") == "where"
    _, engine = built
    for q in ("rip and replace — where does it stand now?", "where are we at on rip and replace funding"):
        ans = engine.ask(q)
        assert ans.answered and "fully funded" in ans.sentences[0].text, (q, ans.answer)
    # its standing as a fact, not what was said would be done ("…had said on 1 November 2025 that it would pause…")
    ans = engine.ask("where are we at on the affiliates rule")
    assert ans.answered and "suspended the Affiliates Rule" in ans.sentences[0].text, ans.answer


def test_a_requester_said_what_it_is_then_what_it_wants_asks_leave_to_sell(built):
    # "cust is a county hospital, wants 30 matebooks - ok?" was declined: the request was not read as one
    from index.answer.question import asks_partners_to_deal

    assert asks_partners_to_deal("cust is a county hospital, wants 30 matebooks - ok?")
    # (what such a customer needs is no sale asked: "needs advice", "needs help")
    assert not asks_partners_to_deal("cust is a hospital, needs advice on old huawei phones security")
    _, engine = built
    ans = engine.ask("cust is a county hospital, wants 30 matebooks - ok?")
    assert ans.answered and "Do not source, quote, list or resell" in ans.sentences[0].text, ans.answer


def test_a_term_that_ran_out_gives_way_to_what_became_of_it(built):
    # "still 90 day tgl on huawei handsets?" quoted the November 2019 extension to 16 February 2020 and said it did not
    # know what came after; the corpus tells that the licence was let expire on 17 August 2020
    _, engine = built
    ans = engine.ask("still 90 day tgl on huawei handsets?")
    assert ans.answered and "let the Huawei temporary general licence expire" in ans.sentences[0].text, ans.answer
    assert "this answer does not say what happened" not in ans.answer
    # (a renewal whose own term ran out too: the step after it)
    ans = engine.ask("is the tgl extended to feb 2020 still valid")
    assert ans.answered and "let the Huawei temporary general licence expire" in ans.sentences[0].text, ans.answer
    # a term with no later word on it keeps its note
    ans = engine.ask("is the affiliates rule still suspended")
    assert "That term ended on 10 November 2026" in ans.answer, ans.answer


def test_millions_of_things_counted_are_no_amount_of_money(built):
    # "how much did it go for" (the Honor sale) quoted "ships more than 70 million units a year"
    assert not has_answer_type("money", "The Honor business ships more than 70 million units a year.", "how much")
    assert has_answer_type("money", "It could fetch up to 100 billion yuan.", "how much")
    _, engine = built
    ans = engine.ask("how much did it go for", context="when did huawei sell honor and who bought it")
    assert ans.answered and "100 billion yuan" in ans.sentences[0].text, ans.answer


def test_runs_out_asks_when_a_term_ends(built):
    # "affiliates rule pause - runs out when" quoted the 1 November announcement, not the term's end
    _, engine = built
    ans = engine.ask("affiliates rule pause - runs out when")
    assert ans.answered and "until 10 November 2026" in ans.sentences[0].text, ans.answer


def test_business_to_business_is_no_model_number():
    # "anything a b2b cust would notice" was "Nothing in the partner corpus covers b2b"
    from index.answer.question import key_terms

    assert "b2b" not in key_terms("harmonyos 6 vs harmonyos next — anything a b2b cust would actually notice?")
    assert "p30" in key_terms("does the p30 get updates")


def test_a_numbered_name_typed_by_its_initials_is_spelled_out(built):
    # "gp10?" and "does gp10 apply to us resellers" were declined ("Nothing in the partner corpus covers gp10"): the
    # corpus writes "General Prohibition 10"
    from index.answer.acronyms import corpus_acronyms

    found = corpus_acronyms(["…fall under General Prohibition 10, the US export rule…", "Huawei Mate 70 launch"])
    assert found.get("gp10") == "General Prohibition 10" and "hm70" not in found  # (a maker's model is no rule's name)
    _, engine = built
    for q in ("gp10?", "whats GP10 mean in the ascend guidance", "does gp10 apply to us resellers"):
        ans = engine.ask(q)
        assert ans.answered and "General Prohibition 10" in ans.answer, (q, ans.answer)


def test_a_quarter_asked_and_another_given_is_said_first(built):
    # "intel huawei license loss - hit to q3 rev?" quoted Intel's second-quarter warning as if it were the third's
    from index.answer.periods import quarter_note

    assert quarter_note("hit to q3 rev?", ["…push its second-quarter revenue under…"]).startswith(
        "The passages found give no figure for the third quarter"
    )
    assert quarter_note("hit to q2 rev?", ["…push its second-quarter revenue under…"]) is None
    assert quarter_note("how much did intel lose", ["…push its second-quarter revenue under…"]) is None
    _, engine = built
    ans = engine.ask("intel huawei license loss - hit to q3 rev?")
    assert ans.answer.startswith("The passages found give no figure for the third quarter"), ans.answer


def test_and_the_attribute_in_a_thread_asks_that_attribute(built):
    # "and the chip?" after "pura x price" asked the chip's price, and nothing answered
    _, engine = built
    ans = engine.ask("and the chip?", context="pura x price")
    assert ans.answered and "chip inside the Pura X" in ans.sentences[0].text, ans.answer
    # "and the pura x?" is still the same question of another phone
    ans = engine.ask("and the pura x?", context="can we sell the mate 70")
    assert ans.answered and "cannot resell" in ans.answer, ans.answer


def test_mdm_is_the_managed_device_service(built):
    # "pura x in our mdm - ok?" quoted the Pura X's apps, not the note on enrolling it in our managed-device service
    _, engine = built
    ans = engine.ask("pura x in our mdm - ok?")
    assert ans.answered and "do not enrol" in ans.sentences[0].text, ans.answer


def test_a_service_priced_is_not_the_products_price(built):
    # "mate 80 pro battery replacement cost at a huawei service centre in dubai?" quoted the phone's launch price, and
    # "landed cost our disti paid for mate 10 pros" the $799 retail price
    assert not has_answer_type(
        "money", "Huawei priced the international Mate 80 Pro at 1,299 euros.", "mate 80 pro battery replacement cost"
    )
    assert has_answer_type("money", "Huawei priced the international Mate 80 Pro at 1,299 euros.", "mate 80 pro price")
    _, engine = built
    for q in (
        "mate 80 pro battery replacement cost at a huawei service centre in dubai?",
        "landed cost our disti paid for mate 10 pros back in 2018? cust wants to compare w/ what they paid us",
    ):
        assert not engine.ask(q).answered, q
    assert "1,299 euros" in engine.ask("mate 80 pro price").answer


def test_a_model_counted_in_the_plural_is_that_model():
    # "customer has 40 old p30s" was "Nothing in the partner corpus covers p30s": the P30, counted
    from index.answer.question import key_terms

    assert key_terms("customer has 40 old p30s, will they still get security updates?") == ["p30"]
    assert "5g" not in key_terms("do p40s have 5g")


def test_two_sums_offered_are_dropped_and_the_sum_given_answers(built):
    # kept with the question, "$8.3 billion or $9 billion" made the sentence's own "$8.3 billion" the asker's figure:
    # "The partner corpus does not say the amount. What it does say: …about $8.3 billion a year…"
    _, engine = built
    ans = engine.ask("how big is the usf a year? $8.3 billion or $9 billion")
    assert ans.answered and "does not say" not in ans.answer and "$8.3 billion" in ans.answer, ans.answer


def test_a_listed_one_named_first_is_the_one_a_pronoun_asks_about(built):
    # "zte entity list - when was it added" gave Huawei's listing date as if it were ZTE's
    from index.answer.doers import listed_who

    assert listed_who("zte entity list - when was it added") == "zte"
    assert listed_who("zte: when did it go on the entity list") == "zte"
    assert listed_who("fcc covered list - when was it added") == ""  # the lister, not the one listed
    assert listed_who("update - when did they go on the entity list") == ""  # a word heading the message
    _, engine = built
    ans = engine.ask("zte entity list - when was it added")
    assert ans.answer.startswith("The partner corpus does not say when."), ans.answer


def test_been_around_long_asks_since_when(built):
    # "has the covered list been around long?" quoted the 2025 investigation, not the date Huawei went on the list
    assert answer_type("has the covered list been around long?") == "when"
    assert answer_type("has huawei been profitable for years?") != "when"  # a quality over time, not a standing
    _, engine = built
    ans = engine.ask("has the covered list been around long?")
    assert ans.answered and "since March 2021" in ans.sentences[0].text, ans.answer


def test_a_span_from_one_event_to_another_and_their_order_ask_each_date(built):
    assert analyse("how long from the fy19 ndaa getting signed to 889's contractor part actually kicking in").parts == (
        "when the fy19 ndaa getting signed",
        "when 889's contractor part actually kicking in",
    )
    assert analyse("honor sale vs the aug 2020 fdpr tightening — in what order did those happen").parts == (
        "when honor sale",
        "when the aug 2020 fdpr tightening",
    )
    # "it" on the second side is the first side's object
    assert analyse("how long between the fcc adopting the equipment ban and it taking effect").parts[1] == (
        "when the equipment ban taking effect"
    )
    # a process's steps are no events: "how long from quote to compliance clearance" is not split
    assert len(analyse("how long from quote to compliance clearance").parts) == 1
    _, engine = built
    ans = engine.ask("how long from the fy 2019 ndaa being signed to the 889 contractor ban kicking in")
    assert "13 August 2018" in ans.answer and "13 August 2020" in ans.answer, ans.answer


def test_a_start_asked_is_not_answered_by_an_end_or_a_renewal(built):
    # "temp general license — when did it start" gave the August 2019 extension or the August 2020 expiry
    _, engine = built
    for q in ("temp general license — when did it start", "temp general license for huawei — when did it start"):
        ans = engine.ask(q)
        assert ans.answered and "20 May 2019" in ans.sentences[0].text, (q, ans.answer)


def test_a_ceo_named_short_is_found_where_the_post_is_spelled_out_and_quoted_only_by_name(built):
    # "what did huawei's ceo say about the at&t deal" was "does not quote huawei ceo": the CES article calls Richard Yu
    # "chief executive of Huawei's consumer business group"
    from index.answer.question import post_holders

    assert post_holders("ceo", "Huawei founder and CEO Ren Zhengfei told state media") == {"Ren", "Zhengfei"}
    assert post_holders("huawei", "Huawei founder and CEO Ren Zhengfei") == frozenset()
    _, engine = built
    ans = engine.ask("what did huawei's ceo say about the at&t deal")
    assert ans.answered and "Richard Yu called the collapse of the AT&T deal" in ans.answer, ans.answer
    # nobody the corpus makes CEO said anything about Google: not another speaker's sentence in that document
    assert not engine.ask("what did the huawei ceo say about google").answered


def test_who_gave_a_figure_is_who_told_it(built):
    # "who gave that number" after the Ascend output question: "The partner corpus does not say who gave it."
    _, engine = built
    ans = engine.ask("who gave that number", context="how many ascend chips can huawei make in 2025")
    assert ans.answered and "Kessler" in ans.answer, ans.answer


def test_a_count_asked_for_a_later_year_than_its_sentence_says_so_first(built):
    # "how many chinese labs did the fcc ban in 2026" was answered with the count as of September 2025, unmarked
    from index.answer.periods import count_note

    assert count_note(2026, ["By 26 September 2025 the FCC had barred 15 labs."]).startswith(
        "The passages found give no count for 2026"
    )
    assert count_note(2025, ["By 26 September 2025 the FCC had barred 15 labs."]) is None
    _, engine = built
    ans = engine.ask("how many chinese labs did the fcc ban in 2026")
    assert not ans.answered and ans.answer.startswith("The passages found give no count for 2026"), ans.answer


def test_a_customers_fact_question_passed_on_is_that_question(built):
    # "customer asked who the ceo of huawei is lol, do we know" quoted the talking points on whether phones are safe
    from index.answer.question import split_parts, without_chat_opener

    assert without_chat_opener("customer asked who the ceo of huawei is") == "who the ceo of huawei is"
    # advice asked is ours to give: kept as asked
    assert without_chat_opener("customer asked what they should do with old phones").startswith("customer asked")
    assert split_parts("who the ceo of huawei is, do we know") == ["who the ceo of huawei is"]
    _, engine = built
    ans = engine.ask("customer asked who the ceo of huawei is lol, do we know")
    assert ans.answered and "Ren Zhengfei" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "typed, read",
    [
        ("is dahua gear ok for a fed contractor", "is dahua equipment ok for a fed contractor"),
        ("who signed the exec order", "who signed the executive order"),
        ("what chip is in the mate 6o pro", "what chip is in the mate 60 pro"),
        ("huawei 2024 rev and profit", "huawei 2024 revenue and profit"),
        ("do they have to get rid of their p30s", "do they have to stop keeping their p30s"),
        # (our stock, and a carrier's network, are not a customer's devices in use)
        ("do we need to scrap our huawei stock", "do we need to scrap our huawei stock"),
        ("do carriers have to get rid of their huawei kit", "do carriers have to get rid of their huawei equipment"),
        ("exec wants a pura x", "exec wants a pura x"),
    ],
)
def test_round_63_shorthand_is_read_as_the_corpus_writes_it(typed, read):
    from index.answer.question import expand_shorthand

    assert expand_shorthand(typed) == read


def test_a_marketplace_named_is_any_online_marketplace_to_a_rule_on_them(built):
    # "what about listing them on amazon" after "can we sell huawei watches": no sentence naming Amazon, so declined
    _, engine = built
    for q in ("what about listing them on amazon", "what about amazon?"):
        ans = engine.ask(q, context="can we sell huawei watches")
        assert ans.answered and "marketplace" in ans.answer, (q, ans.answer)


def test_what_to_offer_in_place_of_a_thing_leads_with_what_the_note_says_to_offer(built):
    _, engine = built
    ans = engine.ask("what phones did we put on the line card in place of huawei")
    assert ans.answered and ans.sentences[0].text.startswith("Position Apple and Samsung"), ans.answer


def test_a_property_asked_after_a_price_is_the_things_not_the_prices(built):
    # "mate 80 pro price in europe and does it run harmonyos" quoted the price only; "huawei 2024 rev and how much did
    # they spend on r&d" the R&D only
    _, engine = built
    ans = engine.ask("mate 80 pro price in europe and does it run harmonyos")
    assert "1,299 euros" in ans.answer and "EMUI 15" in ans.answer, ans.answer
    ans = engine.ask("huawei 2024 rev and how much did they spend on r&d")
    assert "862.1 billion yuan" in ans.answer and "179.7 billion yuan" in ans.answer, ans.answer


def test_blocked_is_the_deed_barred_counts(built):
    # "how many labs blocked so far" after the bad labs rule: "The partner corpus does not say the number." though 15
    # labs "had been barred"
    _, engine = built
    ans = engine.ask("how many labs blocked so far", context="when did the bad labs rule take effect")
    assert ans.answered and "15 Chinese laboratories" in ans.answer, ans.answer
