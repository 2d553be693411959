"""Terms the BM25 index and the sentence scorer see: a name joined by "&" is one term."""

import re

from hypothesis import given
from hypothesis import strategies as st

from index.search.lexical import LexicalIndex, joined_names, query_terms, sentence_terms


def test_an_ampersand_name_is_one_term_however_it_is_typed():
    assert "att" in query_terms("did AT&T drop the huawei deal")
    assert "att" in query_terms("didnt att pull out last min")
    assert "att" in sentence_terms("The Wall Street Journal reported that AT&T dropped the deal.")


def test_bm25_finds_the_passage_that_names_at_and_t():
    idx = LexicalIndex.build(
        [
            "AT&T changed its plans and dropped the deal before the show.",
            "Verizon also walked away from the deal.",
            "Best Buy stopped ordering new phones.",
        ]
    )
    for q in ("what did att do", "and AT&T?"):
        scores = idx.scores(q)
        assert scores is not None and scores[0] > 0 and not scores[1:].any(), q


def test_only_short_words_joined_by_ampersand_become_one():
    assert joined_names("AT&T and B&H") == "ATT and BH"
    for kept in ("Crowell & Moring", "huawei&zte", "rock&roll", "R & D"):
        assert joined_names(kept) == kept


@given(st.text(alphabet="abcdXYZ& .,", max_size=40))
def test_joining_names_removes_only_ampersands_between_short_words(text):
    out = joined_names(text)
    assert out.replace("&", "") == text.replace("&", "")  # nothing but "&" goes
    # every "&" that went stood between two runs of 1-3 letters
    for m in re.finditer(r"&", text):
        left = re.search(r"([A-Za-z]*)$", text[: m.start()]).group(1)
        right = re.match(r"[A-Za-z]*", text[m.end() :]).group(0)
        short = 1 <= len(left) <= 3 and 1 <= len(right) <= 3
        before = text[: m.start() - len(left)]
        after = text[m.end() + len(right) :]
        alone = not before[-1:].isalnum() and not after[:1].isalnum() and not after.startswith("&")
        if not (short and alone):
            assert "&" in out


def test_chatter_and_status_tags_are_no_terms():
    # "did something change" asks for the present; "urgent", "something" name no subject
    assert query_terms("urgent: is huawei still on the entity list or did something change") == (
        "huawei",
        "entiti",
        "list",
    )
    assert "chang" in query_terms("what changed with the entity list in may 2020")  # a change asked about stays


def test_asking_the_difference_of_things_named_before_is_the_frame_not_a_term():
    assert "differ" not in query_terms("889 (a)(1)(A) vs (a)(1)(B), whats the difference")
    assert "differ" not in query_terms("entity list vs covered list - what's the diff?")
    assert "differ" in query_terms("price difference between the mate 70 and mate 80")  # a difference asked stays


def test_how_long_the_answer_should_be_is_the_frame_not_a_term():
    assert query_terms("889 part b in one line") == ("889", "part")
    assert query_terms("whats the covered list in 2 sentences") == ("cover", "list")


def test_what_a_term_means_is_the_frame_not_a_term():
    # "what does X mean": "means" in "what a Covered List company means" is no match for it
    assert query_terms('what does "covered list" mean in plain english') == ("cover", "list")
