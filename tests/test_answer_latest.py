"""News questions ("what's the latest on X") are answered by the newest documents about X, newest first."""

import pytest

from index.answer.latest import asks_latest


@pytest.mark.parametrize(
    "q, kind, latest",
    [
        ("whats the latest on huawei", None, True),
        ("anything new from the fcc on huawei this year?", None, True),
        ("tl;dr any news on the affiliates rule", "explain", True),
        ("is the fcc still investigating covered list firms, latest?", None, False),  # yes/no, "latest" a tag
        ("latest on the 889 dates - when did part b start", "when", False),  # a fact of a kind is asked
        ("who is the latest commerce secretary", "who", False),
        ("can we sell huawei phones", "leave", False),
    ],
)
def test_a_news_question_is_told_from_a_question_for_a_fact(q, kind, latest):
    assert asks_latest(q, kind, 1) is latest


def _first_sentence_of_its_document(engine, citation, sentence):
    snap = engine.snapshot()
    first_row = snap.doc_passages[citation.passage.doc_id][0]
    return citation.row == first_row and citation.passage.text.lstrip().startswith(sentence.text[:40])


@pytest.mark.parametrize("visibility", ["public", "internal"])
def test_the_latest_is_the_newest_documents_gist_newest_first(built, visibility):
    _, engine = built
    snap = engine.snapshot()
    ans = engine.ask("whats the latest on huawei", visibility=visibility)
    assert ans.answered and len(ans.sentences) == 2, ans.answer
    by_rank = {c.rank: c for c in ans.citations}
    quoted = [by_rank[s.rank] for s in ans.sentences]
    dates = [c.passage.published for c in quoted]
    assert dates == sorted(dates, reverse=True), dates
    # the newest document this audience may read leads (the corpus's newest at its level)
    readable = [p for p in snap.passages if visibility == "internal" or p.visibility == "public"]
    assert dates[0] == max(p.published for p in readable)
    assert all(_first_sentence_of_its_document(engine, c, s) for c, s in zip(quoted, ans.sentences))
    if visibility == "public":
        assert all(c.passage.visibility == "public" for c in ans.citations)


def test_the_latest_on_a_subject_skips_newer_documents_about_something_else(built):
    _, engine = built
    ans = engine.ask("whats the latest from the fcc on huawei this year")
    assert ans.answered, ans.answer
    passages = engine.snapshot().passages
    about_fcc = {p.doc_id: p.published for p in passages if "FCC" in p.text}
    by_rank = {c.rank: c for c in ans.citations}
    quoted = [by_rank[s.rank].passage for s in ans.sentences]
    assert all(p.doc_id in about_fcc for p in quoted), [p.doc_id for p in quoted]  # each is about the FCC
    assert quoted[0].published == max(about_fcc.values())  # the newest of them leads


def test_a_news_question_with_a_fact_asked_is_answered_as_usual(built):
    _, engine = built
    off = engine.ask("is the fcc still investigating covered list companies that keep doing business here, latest?")
    assert off.answered and "investigation" in off.answer, off.answer
