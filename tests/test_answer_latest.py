"""News questions ("what's the latest on X") are answered by the newest documents whose gist is about X."""

import re

import pytest

from index.answer.latest import asks_latest
from index.answer.question import analyse

NOW = "2026-12-01"


@pytest.mark.parametrize(
    "q, latest",
    [
        ("whats the latest on huawei", True),
        ("anything new from the fcc on huawei this year?", True),  # this year is now
        ("tl;dr any news on the affiliates rule", True),
        ("whats the latest", True),
        ("any news on huawei in 2019", False),  # a time before now
        ("what was the latest on the fcc and huawei back then", False),
        ("is the fcc still investigating covered list firms, latest?", False),  # yes/no, "latest" a tag
        ("quick q: is huawei still on the entity list, any news?", False),  # a yes/no clause
        ("latest on the 889 dates - when did part b start", False),  # a fact of a kind is asked
        ("what is the latest harmonyos version", False),  # which version: a fact, not news
        ("can we sell huawei phones", False),
        ("latest partner guidance on huawei - anything change this month?", True),  # the newest guidance
        ("anything new in 2026 on huawei?", True),
        ("whats the latest note from partner enablement on huawei", True),
        ("whats the newest guidance on huawei", True),
        ("whats the latest on huawei? anything new this month", True),  # the same ask, pressed: one part
        ("is huawei still banned? anything new this month", False),  # a yes/no question first
        ("what is the latest guidance number", False),
    ],
)
def test_a_news_question_is_told_from_a_question_for_a_fact(q, latest):
    assert asks_latest(analyse(q), NOW) is latest


def _quoted(ans):
    by_rank = {c.rank: c for c in ans.citations}
    return [by_rank[s.rank] for s in ans.sentences]


def _lede(passage) -> str:
    a, b = passage.sentences[0]
    return passage.text[a:b]


@pytest.mark.parametrize("visibility", ["public", "internal"])
def test_the_latest_is_the_newest_documents_gist_newest_first(built, visibility):
    _, engine = built
    snap = engine.snapshot()
    ans = engine.ask("whats the latest on huawei", visibility=visibility)
    assert ans.answered and len(ans.sentences) == 2, ans.answer
    quoted = _quoted(ans)
    dates = [c.passage.published for c in quoted]
    assert dates == sorted(dates, reverse=True), dates
    readable = [p for p in snap.passages if visibility == "internal" or p.visibility == "public"]
    assert dates[0] == max(p.published for p in readable)  # the newest document this audience may read leads
    for c, s in zip(quoted, ans.sentences):  # each by its first sentence (a "No," written for "can we sell…" left off)
        lede = _lede(c.passage).strip()
        assert snap.doc_passages[c.passage.doc_id][0] == c.row
        assert s.text == lede or s.text.lower() == re.sub(r"^(?:yes|no),\s*", "", lede, flags=re.I).lower(), s.text
    if visibility == "public":
        assert all(c.passage.visibility == "public" for c in ans.citations)


def test_the_latest_on_a_subject_is_the_newest_gist_about_it_not_the_newest_document(built):
    _, engine = built
    snap = engine.snapshot()
    ans = engine.ask("whats the latest from the fcc on huawei")
    quoted = _quoted(ans)
    assert quoted and all("FCC" in _lede(c.passage) for c in quoted), ans.answer
    firsts = [snap.passages[rows[0]] for rows in snap.doc_passages.values()]
    newest_fcc = max(p.published for p in firsts if "FCC" in _lede(p))
    assert quoted[0].passage.published == newest_fcc
    # the corpus's newest document names the FCC in its text but not in its first sentence: it is not the news
    newest = max(firsts, key=lambda p: p.published)
    assert newest.published > newest_fcc and "FCC" not in _lede(newest)


def test_a_news_question_about_a_past_year_is_answered_from_that_year(built):
    _, engine = built
    ans = engine.ask("any news on huawei in 2019")
    assert ans.answered and all(c.passage.published < "2021" for c in _quoted(ans)), ans.answer


@pytest.mark.parametrize("typed", ["huawei", "Huawei?", "\U0001f642\U0001f642 huawei \U0001f525"])
def test_the_subject_named_alone_asks_the_latest_on_it(built, typed):
    # not whichever sentence names it best (a chip spec, a 2017 letter): what is new about it, as "what's the latest"
    _, engine = built
    ans = engine.ask(typed)
    latest = engine.ask("what's the latest on huawei")
    assert ans.answered and ans.answer == latest.answer and ans.question == typed, ans.answer


def test_whether_a_rule_is_gone_is_answered_by_what_ended_or_paused_it(built):
    # asked in the present tense, the newest gist of the rule leads, not a reason given for it
    _, engine = built
    gone = engine.ask("is the ai diffusion rule gone")
    assert gone.answered and "rescinded the AI diffusion rule" in gone.sentences[0].text, gone.answer
    dead = engine.ask("is the affiliates rule dead")
    assert dead.answered and "suspended the Affiliates Rule" in dead.sentences[0].text, dead.answer


def test_the_latest_from_a_team_is_its_newest_note_and_its_name_is_no_subject(built):
    # "the latest note from partner enablement on huawei": the team's name ("Partner Sales Enablement") says whose
    # note, not what about; its words had made a 2020 note naming "partner" the latest
    _, engine = built
    ans = engine.ask("whats the latest note from partner enablement on huawei", visibility="internal")
    assert ans.answered and "1 December 2026" in ans.sentences[0].text, ans.answer
    ans = engine.ask("latest from the compliance office on huawei", visibility="internal")
    assert ans.answered and ans.citations[0].passage.doc_id.startswith("federal-compliance-checklist"), ans.answer
