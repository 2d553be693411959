"""Terms the BM25 index and the sentence scorer see: a name joined by "&" is one term."""

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


@given(st.text(alphabet="abcXYZ&& .,", max_size=40))
def test_joining_names_only_removes_ampersands_between_short_words(text):
    out = joined_names(text)
    assert out.replace("&", "") == text.replace("&", "")  # nothing but "&" goes
    assert len(out) >= len(text) - text.count("&")
