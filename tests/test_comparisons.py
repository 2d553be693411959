"""The other side of a comparison (`index/answer/comparisons.py`), and on the real index of the shipped corpus, that
one side's figure is no answer to "A vs B" when nothing found names B."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.answer.comparisons import other_side, other_side_missing


@pytest.mark.parametrize(
    "q, words",
    [
        ("huawei 2024 r&d spend vs apple's, roughly same ballpark?", ["apple"]),
        ("inseego vs franklin hotspots for a school hotspot lending program", ["franklin", "hotspots"]),
        ("how does that stack up vs nvidia's roadmap", ["nvidia", "roadmap"]),
        ("vs ericsson?", ["ericsson"]),
        ("huawei 2023 profit — how big was the jump vs 2022, was that the big rebound yr?", ["2022"]),
        ("mate 10 pro versus the iphone x", ["iphone", "x"]),
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


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_at_most_three_words_of_the_question(text):
    words = other_side(text)
    assert len(words) <= 3
    low = text.lower()
    assert all(w in low for w in words)


@pytest.mark.parametrize(
    "q, named",
    [
        ("huawei 2024 r&d spend vs apple's, roughly same ballpark?", "apple"),
        ("telit vs sierra wireless modules to replace huawei ones, which is cheaper per unit", "sierra wireless"),
    ],
)
def test_a_comparison_with_something_nothing_found_names_is_declined(built, q, named):
    _, engine = built
    ans = engine.ask(q)
    assert not ans.answered and ans.reason == "other_side_missing" and named in ans.answer, ans.answer


def test_a_comparison_whose_other_side_is_named_is_answered(built):
    _, engine = built
    ans = engine.ask("mate 10 pro vs iphone at the time?")
    assert ans.answered and "iPhone" in ans.answer, ans.answer
