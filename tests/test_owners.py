"""Whose figure a question asks for (`index/answer/owners.py`), and on the real index of the shipped corpus, that
another company's figure is declined rather than answered with the subject's."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.owners import figure_owners, figures_not_given, named_in, other_company, owners_not_named
from index.answer.wordlist import english_word

CORPUS_WORDS = frozenset("huawei intel google zte year consumer business ict".split())
OTHER = other_company(
    frozenset({"huawei"}),
    frozenset({"intel", "google", "zte", "apple"}),
    lambda w: w in CORPUS_WORDS,
    lambda w: english_word(w, modern=False),
)


@pytest.mark.parametrize(
    "q, owners",
    [
        ("xiaomi 2024 revenue + net profit?", [("xiaomi", "revenue")]),
        ("ericsson q4 2025 revenue?", [("ericsson", "revenue")]),
        ("zte's market share in the us", [("zte", "market share")]),
        ("google's 2024 revenue", [("google", "revenue")]),  # a name the corpus writes, though also a word
        ("huawei vs apple 2024 revenue", [("apple", "revenue")]),
        ("what's our margin on these", []),  # an everyday word owns nothing
        ("total revenue last year", []),
        ("huawei 2024 revenue", []),  # the corpus's own subject
        ("huawei full-year revenue 2024", []),  # a hyphenated descriptor
        ("huawei's 2024 consumer-business revenue", []),
        ("what's the msrp margin on a mate 10 pro", []),  # a word of the trade
        ("huawei ytd revenue", []),
        ("exec's sales team is on the road", []),  # a team, no figure
        ("what is the sales tax on it", []),
        ("nvidia h200 sales to china, whats the status", []),  # a trade, allowed or not: no figure asked
        ("nokia sales in 2024", [("nokia", "sales")]),
        # what someone got, took or paid ("" : any sentence naming them with it answers)
        ("how much rip and replace money did verizon get", [("verizon", "")]),
        ("how many listings did ebay take down", [("ebay", "")]),
        ("how much did huawei make in 2024", []),  # the corpus's own subject
    ],
)
def test_the_owner_is_a_company_named_right_before_the_figure(q, owners):
    assert figure_owners(q, OTHER) == owners


def test_an_owner_must_be_named_by_some_sentence_of_the_answer():
    q = "xiaomi 2024 revenue?"
    assert owners_not_named(q, ["Huawei's revenue in 2024 was 862.1 billion yuan."], OTHER) == ["xiaomi's revenue"]
    assert owners_not_named(q, ["A note.", "Xiaomi's revenue rose."], OTHER) == []
    assert named_in("intel", "Intel said its revenue would fall.") and not named_in("intel", "Intelligence chiefs said")
    # a programme's total is no carrier's share of it
    q = "how much rip and replace money did verizon get"
    total = "The FCC had the additional $3.08 billion it needed for the rip and replace programme."
    assert owners_not_named(q, [total], OTHER) == ["a figure for verizon"]
    assert owners_not_named(q, [total, "Verizon got $10 million."], OTHER) == []


@settings(max_examples=80)
@given(st.text(max_size=120), st.sampled_from(["xiaomi", "zte", "nokia"]))
def test_another_companys_figure_in_any_text_is_found_and_needs_its_name(text, company):
    q = f"{text} {company} 2024 revenue?"
    assert (company, "revenue") in figure_owners(q, OTHER)
    assert f"{company}'s revenue" in owners_not_named(q, ["Huawei's revenue was 862.1 billion yuan."], OTHER)
    assert f"{company}'s revenue" not in owners_not_named(q, [f"{company.upper()} reported its revenue."], OTHER)


def test_another_companys_figure_is_declined_not_answered_with_the_subjects(built):
    _, engine = built
    for q in ("zte 2024 revenue?", "ericsson q4 2025 revenue? customer's cfo is asking", "google's 2024 revenue"):
        ans = engine.ask(q)
        assert not ans.answered and "Huawei" not in ans.answer, ans.answer
    for q in ("huawei 2024 revenue?", "huawei full-year revenue 2024"):  # the subject's own figure is still answered
        own = engine.ask(q)
        assert own.answered and "862.1 billion yuan" in own.answer, own.answer
    intel = engine.ask("how did losing the huawei licence hit intel's revenue")  # a sentence names Intel, the owner
    assert intel.answered and "Intel" in intel.sentences[0].text, intel.answer
    both = engine.ask("how does huawei 2024 revenue compare with apple revenue")  # the half the corpus has
    assert both.answered and "862.1 billion yuan" in both.answer and "does not give apple's revenue" in both.answer


@pytest.mark.parametrize(
    "q, sentences, missing",
    [
        ("huawei market share in the us", ["Huawei said it would hold no shares in Honor."], ["market share"]),
        ("what's huawei's stock price", ["The Honor business sells low-priced phones."], ["stock price"]),
        ("huawei 2024 revenue", ["Huawei's revenue in 2024 was 862.1 billion yuan."], []),
        ("huawei 2024 revenue", ["Huawei's 2024 sales came close to its 2020 record."], []),  # sales state revenue
        ("what did the SNP say about the oil revenues?", ["Oil was found."], []),  # deep in its sentence: not asked
        ("what margin can we make on huawei phones", ["Do not resell Huawei phones."], []),  # left to the kind
        # a contact detail: a rule naming the desk gives none
        (
            "what's the support desk phone number",
            ["Escalate a complaint to the support desk lead when a repair has taken more than fifteen days."],
            ["a phone number"],
        ),
        ("support desk phone number?", ["Call the desk on +1 (555) 010-2030."], []),
        ("support desk phone # pls", ["Escalate it to the support desk lead."], ["a phone number"]),
        ("email address for the compliance office?", ["Send it through the legal intake form."], ["an email address"]),
    ],
)
def test_a_figure_asked_by_name_must_be_stated(q, sentences, missing):
    assert figures_not_given(q, sentences) == missing


def test_a_figure_asked_by_name_is_held_by_a_sentence_stating_it_in_other_words():
    from index.answer.owners import figure_terms

    stated = figure_terms("huawei revenue 2020", ("huawei", "revenu", "2020"))
    assert set(stated) == {"revenu"} and stated["revenu"].search("its 2020 record sales of 891 billion yuan")
    assert figure_terms("where do i sell huawei phones", ("sell", "huawei", "phone")) == {}
    # "earnings" asks the profit, which a sentence states as "net profit"
    assert figure_terms("huawei's 2024 earnings?", ("huawei", "2024", "earn"))["earn"].search("2024 net profit fell")


def test_a_year_asked_of_a_figure_is_answered_by_the_sentence_giving_it_in_other_words(built):
    _, engine = built
    ans = engine.ask("huawei revenue 2020")  # "the company's 2020 record of about 891 billion yuan" in sales
    assert ans.answered and "891 billion yuan" in ans.sentences[0].text and "no figure" not in ans.answer, ans.answer


def test_a_figure_the_corpus_never_states_is_declined_not_answered_with_a_near_sentence(built):
    _, engine = built
    for q in ("huawei market share in the us smartphone market", "what's huawei's stock price", "huawei market cap"):
        ans = engine.ask(q)
        assert not ans.answered and "does not give" in ans.answer, ans.answer
    assert engine.ask("huawei 2024 revenue and profit?").answered


def test_what_a_named_company_got_or_took_is_declined_when_no_sentence_names_it(built):
    _, engine = built
    for q, who in (
        ("how much rip and replace money did verizon get", "verizon"),  # not the programme's $3.08 billion
        ("how many listings did amazon take down in operation clean carts", "amazon"),  # not every retailer's
    ):
        ans = engine.ask(q)
        assert not ans.answered and f"a figure for {who}" in ans.answer, ans.answer
    fined = engine.ask("how much did tsmc get fined")  # the sentence names TSMC
    assert fined.answered and "$1 billion" in fined.answer, fined.answer


def test_research_spending_asked_is_stated_only_as_research_and_development(built):
    profit = "Huawei's 2024 net profit fell 28%, partly because of heavy research spending."
    assert figures_not_given("huawei r&d in 2023?", [profit]) == ["r&d"]
    assert (
        figures_not_given("huawei r&d in 2023?", ["Huawei spent 179.7 billion yuan on research and development."]) == []
    )
    assert figures_not_given("did the report look at huawei's us r&d centers too", [profit]) == []  # a place, no figure
    _, engine = built
    ans = engine.ask("how much did huawei spend on r&d in 2023")  # not the 2024 profit sentence naming 2023
    # (declined, as no figure is given for 2023, quoting the 2024 one)
    assert not ans.answered and "research and development" in ans.sentences[0].text, ans.answer


def test_the_units_of_a_body_are_read_from_how_the_corpus_names_them():
    from index.answer.owners import corpus_units

    units = corpus_units(
        [
            "On 13 May 2025 the US Commerce Department's Bureau of Industry and Security (BIS) issued guidance.",
            "On 15 May 2020 the Office of Foreign Assets Control (OFAC), part of the US Treasury Department, acted.",
            "Huawei's consumer business (CBG) grew.",  # a description, not a name: no unit read
            "The FCC's Council on National Security led the campaign.",  # no initials: no unit read
        ]
    )
    assert units["commerce"] == {"bureau of industry and security", "bis"}
    assert units["treasury"] == {"office of foreign assets control", "ofac"}
    assert "fcc" not in units and "huawei" not in units
