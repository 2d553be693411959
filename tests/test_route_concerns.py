"""What a question for someone is about, and which route handles it (`routes.route_concerns`), and the composer's
choice of route for "who do i ask" (`compose._route_for_the_concern`), on made-up candidates."""

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.compose import _route_for_the_concern
from index.answer.routes import route_concerns


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
    ],
)
def test_concerns_are_read_from_everyday_words_of_the_trade(text, concerns):
    assert route_concerns(text) == concerns


@settings(max_examples=60)
@given(st.text(max_size=200))
def test_concerns_of_any_text_are_known_names_in_their_order(text):
    found = route_concerns(text)
    order = ("compliance", "support", "deal")
    assert list(found) == [c for c in order if c in found]


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


def test_a_route_leads_however_far_below_a_sentence_that_routes_nothing():
    ranked = _ranked(VERDICT, SUPPORT)
    assert _route_for_the_concern(ranked, _routes, "who do i ask", frozenset())[0][3] is SUPPORT


def test_a_question_of_leave_goes_to_the_routing_notes_compliance_route_before_a_checklist_step():
    ranked = _ranked(VERDICT, SUPPORT, STEP, COMPLIANCE)
    lead = _route_for_the_concern(ranked, _routes, "who do i ask: can we resell huawei phones", frozenset())[0][3]
    assert lead is COMPLIANCE


def test_without_a_concern_the_contact_lists_best_route_leads_and_without_a_route_nothing_moves():
    ranked = _ranked(VERDICT, STEP, SUPPORT)
    assert _route_for_the_concern(ranked, _routes, "who do i ask", frozenset())[0][3] is SUPPORT
    no_list = _ranked(VERDICT, STEP, _Sentence("Send returns to the returns desk."))
    assert _route_for_the_concern(no_list, _routes, "who do i ask", frozenset())[0][3] is STEP
    only = _ranked(VERDICT)
    assert _route_for_the_concern(only, _routes, "who do i ask", frozenset()) == only
