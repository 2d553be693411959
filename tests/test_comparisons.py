"""The other side of a comparison (`index/answer/comparisons.py`), and on the real index of the shipped corpus, that
one side's figure is no answer to "A vs B" when nothing found names B."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.comparisons import other_side, other_side_missing
from index.answer.question import analyse


@pytest.mark.parametrize(
    "q, words",
    [
        ("huawei 2024 r&d spend vs apple's, roughly same ballpark?", ["apple"]),
        ("inseego vs franklin hotspots for a school hotspot lending program", ["franklin", "hotspots"]),
        ("how does that stack up vs nvidia's roadmap", ["nvidia", "roadmap"]),
        ("vs ericsson?", ["ericsson"]),
        ("mate 10 pro versus the iphone x", ["iphone"]),  # "x" alone is no word the index reads
        ("inseego vs just franklin", ["franklin"]),  # "just" is no word the index reads
    ],
)
def test_the_other_side_is_the_name_after_vs(q, words):
    assert other_side(q) == words


@pytest.mark.parametrize(
    "q",
    [
        "can we resell huawei phones",
        "how did the 2000 to 2005 rate compare to 1995",  # "compared to" names a reference, not a side
        "how much higher was it compared to 1995 to 2000?",
        "how does huawei stack up to the competition",  # generic others
        "huawei r&d spend vs the rest of the industry",
        "huawei revenue 2023 vs last year",  # a time
        "fdpr may 2020 vs aug 2020",
        "huawei 2023 profit — how big was the jump vs 2022, was that the big rebound yr?",
        "how many ascend chips did huawei ship in 2025 vs the 200k us estimate",  # a figure, written otherwise
        "training models on ascend chips vs just buying them",  # an activity: the rule on using them covers both
        "889 part a vs part b, whats the diff",  # two of one thing
        "fcc actions since carr took over — which are final vs proposed",  # a status
        "harmonyos next vs the older harmonyos, is the new one android-free",  # an older one of the same thing
    ],
)
def test_no_comparison_is_asked(q):
    assert other_side(q) == []


def test_the_other_side_must_be_named_by_what_was_found():
    q = "huawei 2024 r&d spend vs apple's"
    assert other_side_missing(q, ["Huawei spent 179.7 billion yuan on research in 2024."]) == "apple"
    assert other_side_missing(q, ["Huawei spent more than Apple on research in 2024."]) == ""
    assert other_side_missing("can we resell huawei phones", []) == ""
    assert other_side_missing("889 part a vs part b, whats the diff", ["Section 889(a)(1)(B) bars…"]) == ""  # one thing
    assert other_side_missing("fdpr may 2020 vs aug 2020, what changed", ["In May 2020 BIS changed the rule."]) == ""


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz'", min_size=1, max_size=10)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.lists(_WORD, min_size=1, max_size=6), st.sampled_from(["vs", "versus", "VS."]))
def test_the_other_side_is_at_most_three_words_after_the_comparison(before, after, vs):
    q = f"{before} {vs} {' '.join(after)}"
    words = other_side(q)
    assert len(words) <= 3
    assert all(w in q.lower() for w in words)


@pytest.mark.parametrize(
    "q, said",
    [
        # the corpus uses the word elsewhere: only the comparison is not found
        ("huawei 2024 r&d spend vs apple's, roughly same ballpark?", "couldn't find where the partner corpus compares"),
        # a word the corpus never uses
        ("telit vs sierra for huawei module swaps, which is cheaper", "says nothing of sierra"),
    ],
)
def test_a_comparison_with_something_nothing_found_names_is_declined(built, q, said):
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "other_side_missing" and said in ans.answer, ans.answer


def test_a_comparison_whose_other_side_is_named_is_answered(built):
    _, engine = built
    ans = engine.ask("mate 10 pro vs iphone at the time?")
    assert ans.answered and "iPhone" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "how does huawei stack up to the competition",
        "huawei revenue 2023 vs last year",
        "huawei vs zte - is zte on the covered list too",  # a passage found names ZTE
    ],
)
def test_a_generic_or_timed_or_found_other_side_is_not_declined_for_it(built, q):
    _, engine = built
    assert engine.ask(q).reason != "other_side_missing"


def test_a_comparison_followed_by_a_question_on_one_side_is_the_case_of_that_question(built):
    # "can i even quote huawei" asks of huawei alone: the comparison with cisco is the deal's case (it was declined as
    # "says nothing of cisco to compare with")
    q = "huawei enterprise switches vs cisco, can i even quote huawei to compete on a 500 port deal"
    assert other_side(q) == [] and len(analyse(q).parts) == 1
    assert other_side("huawei vs cisco switches, which is cheaper") == ["cisco", "switches"]  # asked of both
    _, engine = built
    ans = engine.ask(q)
    assert ans.answered and ans.sentences[0].text.startswith("Do not source"), ans.answer


@pytest.mark.parametrize(
    "q, parts",
    [
        ("889(a)(1)(A) vs (a)(1)(B)", ("889(a)(1)(A)", "889(a)(1)(B)")),
        ("tl;dr 889(a)(1)(A) vs (a)(1)(B)", ("tl;dr 889(a)(1)(A)", "tl;dr 889(a)(1)(B)")),
        ("tl;dr 889(a)(1)(A) vs 889(a)(1)(B)", ("tl;dr 889(a)(1)(A)", "tl;dr 889(a)(1)(B)")),
        ("889 (a)(1)(A) vs (a)(1)(B)", ("889 (a)(1)(A)", "889 (a)(1)(B)")),
    ],
)
def test_a_subsection_typed_onto_its_section_is_one_side_and_tldr_asks_each(q, parts):
    assert analyse(q).parts == parts
