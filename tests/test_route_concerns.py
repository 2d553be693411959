"""What a question for someone is about, and which route handles it (`routes.route_concerns`), and the composer's
choice of route for "who do i ask" (`compose._route_for_the_concern`), on made-up candidates."""

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.compose import _route_for_the_concern
from index.answer.routes import route_concerns

SUBJECTS = frozenset({"huawei"})


@pytest.mark.parametrize(
    "text, concerns",
    [
        ("who do i escalate to if a fed customer wants a huawei quote", ("compliance", "deal")),
        ("Compliance questions about Huawei go to the compliance office via the legal form.", ("compliance",)),
        ("who do i talk to about a repair that is taking forever", ("support",)),
        ("Escalate a customer complaint about a phone to the support desk lead.", ("support",)),
        ("Deal registration and pricing exceptions go to the channel manager.", ("deal",)),
        ("who do i ask", ()),
        ("who runs the team offsite", ()),
        # selling is a matter of compliance only for the restricted subject or chips
        ("who do i ask about pricing for selling 200 ipads", ("deal",)),
        ("customer wants a quote on 50 huawei laptops, who do i ask", ("compliance", "deal")),
        ("who do i send an AI server deal with chinese chips to", ("compliance", "deal")),
        ("who do i report a faulty huawei phone to", ("support",)),
        # a customer wanting the restricted subject is a deal to clear with compliance
        ("who do i escalate to if a cust insists on huawei gear", ("compliance",)),
        ("customer keeps asking for huawei switches, who do i send them to", ("compliance",)),
        ("county 911 center asks if their huawei desk phones break cjis rules, who do i send that to", ("compliance",)),
        ("who do i ask about the rules for deal registration", ("deal",)),
        # a matter of pricing named is the deal desk's, however restricted the goods (not a discount alone)
        ("who handles pricing exceptions on huawei deals", ("deal",)),
        ("who do i ask about a discount on a huawei deal", ("compliance", "deal")),
        # a device supporting a network is no helpdesk support
        ("does the pura 80 ultra support 5g", ()),
        ("customer's pura 80 needs support, who do i call", ("support",)),
    ],
)
def test_concerns_are_read_from_everyday_words_of_the_trade(text, concerns):
    assert route_concerns(text, SUBJECTS) == concerns


_PLAIN = st.lists(st.sampled_from("who do i ask about the a customer big order 200 ipads laptops today".split()))


@settings(max_examples=60)
@given(_PLAIN)
def test_selling_is_compliance_only_with_a_restricted_name_or_chips(words):
    text = " ".join(words)
    assert "compliance" not in route_concerns(f"{text} selling", SUBJECTS)
    assert "compliance" in route_concerns(f"{text} selling huawei", SUBJECTS)
    assert "compliance" in route_concerns(f"{text} selling chips", SUBJECTS)


@dataclass
class _Sentence:
    text: str
    routing: bool = False

    def about_other_kind(self, kinds):
        return False


def _ranked(*sentences):
    return [(1.0 - i / 10, 0.5, 0.5, s) for i, s in enumerate(sentences)]


def _routes(text):
    return "go to" in text or "send" in text.lower()


VERDICT = _Sentence("No, partners still cannot resell Huawei phones in the United States.")
SUPPORT = _Sentence("Send their support questions to the support desk.", routing=True)
STEP = _Sentence("Before quoting, send the device to the compliance office for a check.")
COMPLIANCE = _Sentence("Compliance questions go to the compliance office through the legal intake form.", routing=True)
DEALS = _Sentence("Deal registration and pricing exceptions go to the channel manager.", routing=True)


def _lead(ranked, part, margin=0.05):
    return _route_for_the_concern(ranked, _routes, part, frozenset(), margin, SUBJECTS)[0][3]


def test_a_contact_lists_route_leads_however_far_below_a_sentence_that_routes_nothing():
    assert _lead(_ranked(VERDICT, SUPPORT), "who do i ask") is SUPPORT


def test_another_notes_route_leads_only_within_the_margin():
    assert _lead(_ranked(VERDICT, STEP), "who do i ask", margin=0.05) is VERDICT
    assert _lead(_ranked(VERDICT, STEP), "who do i ask", margin=0.2) is STEP


def test_a_question_of_leave_goes_to_the_contact_lists_compliance_route_before_a_checklist_step():
    ranked = _ranked(VERDICT, SUPPORT, STEP, COMPLIANCE)
    assert _lead(ranked, "who do i ask: can we resell huawei phones", margin=0.5) is COMPLIANCE


def test_a_question_of_leave_about_a_deal_goes_to_the_deal_route():
    ranked = _ranked(VERDICT, COMPLIANCE, DEALS)
    assert _lead(ranked, "who do i ask: can we give a bigger discount on a big deal") is DEALS


def test_without_a_concern_the_contact_lists_best_route_leads_and_without_a_route_nothing_moves():
    assert _lead(_ranked(VERDICT, STEP, SUPPORT), "who do i ask", margin=0.5) is SUPPORT
    only = _ranked(VERDICT)
    assert _route_for_the_concern(only, _routes, "who do i ask", frozenset(), 0.5, SUBJECTS) == only
