"""The answer composer on hand-made passages and vectors: which sentence answers, and when two do."""

import numpy as np
import pytest

from index.answer.compose import candidates, choose
from index.answer.timeline import Timeline, recency, year_match
from index.build.records import Citation, DocInfo, Passage
from index.config import SentenceWeights as Weights
from index.corpus.chunking import split_sentences


def _cit(rank, doc, text):
    p = Passage(
        id=f"{doc}#{rank}",
        doc_id=doc,
        title="t",
        source="s",
        url=None,
        published="2018-01-01",
        visibility="public",
        kind="article",
        path="x.md",
        paragraph=1,
        start=0,
        end=len(text),
        text=text,
        sentences=tuple(split_sentences(text)),
    )
    return Citation(rank, p, 1.0, 0.5, 1.0, row=rank - 1)


def _vecs(c, hot=()):
    """One unit vector per sentence: sentence i points along axis 0 when i is in hot, else elsewhere."""
    out = []
    for i, _ in enumerate(c.passage.sentences):
        v = np.zeros(4, dtype=np.float32)
        v[0 if i in hot else 1 + i % 3] = 1.0
        out.append(v)
    return np.stack(out)


Q = np.array([1, 0, 0, 0], dtype=np.float32)


def test_the_sentence_that_says_it_beats_its_neighbour():
    cits = [
        _cit(
            1,
            "a",
            "A spokesperson declined to comment on the deal. AT&T dropped the deal after lawmakers "
            "raised security concerns.",
        )
    ]
    cands = candidates(cits, lambda c: _vecs(c, hot={1}), lambda c: True, 3)
    assert cands, "the AT&T sentence is a candidate"  # else the check below would pass on nothing
    assert all("declined to comment" not in c.text for c in cands)  # meta sentences never answer
    picks, uncovered = choose(
        ["why did at&t drop the deal"],
        [None],
        [Q],
        cands,
        lambda t: 1.0,
        Weights(),
        min_part_cosine=0.3,
        second_margin=0.1,
        max_sentences=2,
    )
    assert not uncovered
    assert cits[0].passage.text[slice(*picks[0].span)].startswith("AT&T dropped")


def test_each_part_gets_its_own_sentence_and_an_uncovered_part_is_named():
    cits = [
        _cit(1, "a", "Partners source Huawei phones from distributors."),
        _cit(2, "b", "Warranty claims go to the retailer that sold the phone."),
    ]
    vec = {1: np.array([[1, 0, 0, 0]], dtype=np.float32), 2: np.array([[0, 1, 0, 0]], dtype=np.float32)}
    cands = candidates(cits, lambda c: vec[c.rank], lambda c: True, 3)
    parts = ["where do we source phones", "who handles warranty", "what about brazil"]
    pvecs = [np.array([1, 0, 0, 0], np.float32), np.array([0, 1, 0, 0], np.float32), np.array([0, 0, 0, 1], np.float32)]
    picks, uncovered = choose(
        parts,
        [None, "who", None],
        pvecs,
        cands,
        lambda t: 1.0,
        Weights(),
        min_part_cosine=0.3,
        second_margin=0.1,
        max_sentences=2,
    )
    assert [(p.citation, p.part) for p in picks] == [(0, 0), (1, 1)]
    assert uncovered == [2]


def test_a_second_sentence_only_when_it_adds_a_missing_term():
    cits = [
        _cit(1, "a", "Resellers source Huawei phones from distributors."),
        _cit(2, "b", "Resellers source Huawei phones from distributors in bulk."),
        _cit(3, "c", "Warranty repairs for Huawei phones go through the retailer."),
    ]
    cands = candidates(cits, lambda c: np.tile(Q, (len(c.passage.sentences), 1)), lambda c: True, 3)
    picks, _ = choose(
        ["sourcing and warranty for huawei phones"],
        [None],
        [Q],
        cands,
        lambda t: 1.0,
        Weights(),
        min_part_cosine=0.3,
        second_margin=0.5,
        max_sentences=2,
    )
    assert [p.citation for p in picks] == [0, 2]  # not the near-duplicate from document b


def test_superseded_passages_do_not_answer():
    cits = [
        _cit(1, "old", "Yes, partners can resell Huawei phones."),
        _cit(2, "new", "No, partners cannot resell Huawei phones."),
    ]
    tl = Timeline.build(
        {
            "old": DocInfo("old", "Old", "2018-01-01", "partner", "note", "s", None, ("resale",)),
            "new": DocInfo("new", "New", "2022-12-01", "partner", "note", "s", None, ("resale",), ("old",)),
            "hidden": DocInfo("hidden", "Hidden", "2023-01-01", "internal", "note", "s", None, (), ("new",)),
        }
    )
    usable = lambda c: not tl.is_superseded(c.passage.doc_id, 1)  # noqa: E731 (partner audience)
    cands = candidates(cits, lambda c: np.tile(Q, (1, 1)), usable, 3)
    assert {c.citation for c in cands} == {1}
    # The internal successor of "new" does not count for a partner audience, but does for internal.
    assert not tl.is_superseded("new", 1) and tl.successor_for("new", 2) == "hidden"
    assert tl.successor_for("old", 2) == "hidden" and tl.successor_for("old", 1) == "new"


def test_recency_and_year_match():
    assert [round(x, 2) for x in recency(["2018-01-01", "2020-01-01", "2022-01-01"])] == [0.0, 0.5, 1.0]
    assert recency(["2020-01-01", "2020-01-01"]) == [1.0, 1.0]
    assert year_match("2023-05-01", (2023,)) == 1.0 and year_match("2019-05-01", (2023,)) == 0.0


def test_supersedes_unknown_ids_are_warned_and_cycles_named():
    from index.build.builder import supersession_cycle, supersession_warnings
    from index.corpus.documents import Document

    def doc(i, sup=()):
        return Document(i, i, "note", "s", None, "2020-01-01", "partner", (), "x", f"notes/{i}.md", supersedes=sup)

    docs = [doc("a", ("b",)), doc("b", ("a",)), doc("c", ("ghost",)), doc("d", ("c",))]
    assert supersession_warnings(docs) == [
        "notes/c.md: supersedes 'ghost', which no document has as its id; fix the id or remove it"
    ]
    assert "supersedes cycle a → b → a" in supersession_cycle(docs)
    assert "cycle x → y → z → x" in supersession_cycle(
        [doc("w", ("x",)), doc("x", ("y",)), doc("y", ("z",)), doc("z", ("x",))]
    )
    assert supersession_cycle([doc("a", ("b", "c")), doc("b", ("c",)), doc("c"), doc("d", ("a", "c"))]) == ""


def test_reporting_meta_sentences_never_answer():
    cits = [
        _cit(
            1,
            "a",
            "AT&T would not discuss the rumours and did not answer CRN's request for comment. "
            "AT&T dropped the Huawei deal in January 2018.",
        )
    ]
    cands = candidates(cits, lambda c: np.tile(Q, (len(c.passage.sentences), 1)), lambda c: True, 3)
    assert [c.text for c in cands] == ["AT&T dropped the Huawei deal in January 2018."]


def test_score_is_the_weighted_sum_of_the_features_the_tuner_reads():
    """scripts/tune_answer.py searches weights over `features`: the scorer must rank by exactly them."""
    from index.answer.compose import FEATURES, PENALTIES, features, score_part

    cits = [
        _cit(1, "a", "In May 2019 the Mate 10 went on sale. The Mate 60 came in 2023 with a new chip."),
        _cit(2, "b", "Short one. Partners sold the Mate 10 through carriers from May 2019 on."),
    ]
    cands = candidates(cits, lambda c: _vecs(c, hot={0}), lambda c: True, 3)
    cands[1].bonus = 0.25
    part = "when did the mate 10 go on sale in may 2019"
    w = Weights(short=0.2, passage=0.1)
    f = features(part, "when", Q, cands, lambda t: 1.0 + len(t) / 10)
    assert f.shape == (len(cands), len(FEATURES))
    assert f[:, FEATURES.index("other_model")].any() and f[:, FEATURES.index("dates")].any()  # not all zero
    signed = np.array([-getattr(w, n) if n in PENALTIES else getattr(w, n) for n in FEATURES])
    expected = f @ signed + np.array([c.bonus for c in cands])
    got = {id(c): s for s, _, _, c in score_part(part, "when", Q, cands, lambda t: 1.0 + len(t) / 10, w)}
    assert np.allclose([got[id(c)] for c in cands], expected)


def test_a_sentence_lacking_the_reason_is_followed_by_the_one_of_its_document_that_gives_it():
    from index.answer.compose import Pick, kind_from_same_document

    cits = [
        _cit(1, "sale", "Huawei confirmed it would sell Honor to a consortium. Honor ships many phones a year."),
        _cit(2, "sale", "Huawei said its phone business was under pressure because parts were unavailable."),
        _cit(3, "other", "Another firm sold a unit because of falling demand."),
    ]
    vec = {1: lambda c: _vecs(c, hot={0}), 2: lambda c: np.array([[0.8, 0.6, 0, 0]], dtype=np.float32)}
    cands = candidates(cits, lambda c: vec.get(c.rank, lambda c: _vecs(c, hot={0}))(c), lambda c: True, 3)
    first = next(c for c in cands if c.text.startswith("Huawei confirmed"))
    picks = [Pick(first.citation, first.span, 1.0, 1.0, 1.0, 0)]
    q = "why did huawei sell honor"
    out = kind_from_same_document(picks, [q], ["why"], [Q], cands, lambda i: cits[i].passage.doc_id, 0.6)
    texts = [next(c.text for c in cands if (c.citation, c.span) == (p.citation, p.span)) for p in out]
    # its document's reason, which answers "why", first, then the event it explains; never the other
    # document's reason, however close
    assert texts == ["Huawei said its phone business was under pressure because parts were unavailable.", first.text]
    # too far from the question, or a "when" its document gives no date for: nothing is added
    assert kind_from_same_document(picks, [q], ["why"], [Q], cands, lambda i: cits[i].passage.doc_id, 0.9) == picks
    assert kind_from_same_document(picks, [q], ["when"], [Q], cands, lambda i: cits[i].passage.doc_id, 0.6) == picks


def test_each_part_of_a_two_part_question_is_read_with_the_whole_question():
    from index.answer.answering import _parts_in_context
    from index.answer.query import Query
    from index.answer.question import analyse
    from index.visibility import Level

    whole = np.array([1, 0, 0, 0], dtype=np.float32)
    part1, part2 = np.array([0, 1, 0, 0], dtype=np.float32), np.array([0, 0, 1, 0], dtype=np.float32)
    q = "rip and replace - how much was paid and is the fund still short"
    query = Query(analyse(q), q, whole, (part1, part2), Level.public, 10, 4)
    mixed = _parts_in_context(query, 0.6)
    assert all(abs(float(np.linalg.norm(v)) - 1) < 1e-6 for v in mixed)
    assert all(float(v @ whole) > 0.4 for v in mixed) and float(mixed[1] @ part2) > 0.8  # its own words still lead
    assert _parts_in_context(query, 0.0) == (part1, part2)
    one = Query(analyse("is the fund short"), "is the fund short", whole, (part2,), Level.public, 10, 4)
    assert _parts_in_context(one, 0.6) == (part2,)  # a one-part question is its own whole


def test_a_term_that_ended_before_the_corpus_now_is_found():
    from index.answer.timeline import passed_until

    now = "2026-12-01"
    assert passed_until("BIS suspended the rule for one year, until 10 November 2026, under a deal.", now) == (
        "10 November 2026"
    )
    assert passed_until("BIS suspended it for one year from 10 November 2025.", now) == "10 November 2026"
    assert passed_until("The licence was extended for 90 days.", now) is None  # no date to count from
    assert passed_until("It runs until March 2027.", now) is None  # still ahead
    assert passed_until("It ran until November 2026.", now) == "November 2026"  # the month's last day has passed
    assert passed_until("It runs until December 2026.", now) is None  # the month is not over
    assert passed_until("the rule for six months from 1 January 2026", now) == "1 July 2026"


def test_a_series_of_names_is_counted_as_one_list():
    from index.answer.compose import names_listed

    assert names_listed("The first Covered List names five companies: Huawei, ZTE, Hytera, Hikvision and Dahua.") == 5
    assert names_listed("AT&T, Verizon or T-Mobile may carry it.") == 3
    assert names_listed("On 12 March 2021 the FCC published its Covered List.") == 0
    assert names_listed("Huawei and ZTE were named.") == 0  # a pair is no list
    assert names_listed("Shipments fell in January, February and March.") == 0  # months are no names


def test_of_two_close_rules_the_one_holding_more_of_the_question_leads():
    def lead(first, kind_margin):
        cits = [_cit(1, "a", first), _cit(2, "a", "Do not list or resell any Huawei phones, tablets or laptops.")]
        cands = candidates(cits, lambda c: np.tile(Q, (len(c.passage.sentences), 1)), lambda c: True, 2)
        cands[0].bonus = 0.4  # the first leads on score (a newer document's gist, say) but names no listing
        picks, _ = choose(
            ["can we list huawei laptops"],
            ["leave"],
            [Q],
            cands,
            lambda t: 1.0,
            Weights(),
            min_part_cosine=0.3,
            second_margin=0.0,
            max_sentences=1,
            kind_margin=kind_margin,
        )
        return picks[0].citation

    laptops = "No, partners cannot resell Huawei laptops."
    assert lead(laptops, 0.3) == 1  # within the margin, the rule about listing laptops
    assert lead(laptops, 0.05) == 0  # beyond it, the best score stands
    # a rule on another kind of product than the one asked (phones, for laptops) is counted against and gives way
    assert lead("No, partners cannot resell Huawei phones.", 0.05) == 1


def test_a_document_dated_after_today_is_warned_about():
    import datetime as dt

    from index.build.builder import future_dates
    from index.corpus.documents import Document

    def doc(i, published):
        return Document(i, i, "note", "s", None, published, "partner", (), "x", f"notes/{i}.md")

    today = dt.date(2026, 12, 1)
    docs = [doc("typo", "2099-01-01"), doc("today", "2026-12-01"), doc("old", "2019-05-16")]
    warned = future_dates(docs, today)
    assert warned == ["notes/typo.md: published 2099-01-01 is after today (2026-12-01); check the date"]


def test_the_kind_asked_for_is_no_term_the_answer_must_hold():
    """ "in what year": "year" says a date is wanted; a sentence saying "a year" does not hold it."""
    from index.answer.compose import FEATURES, features

    cits = [
        _cit(1, "a", "Huawei spends more than $25 billion a year on chips. Huawei can make 200,000 chips in 2025."),
    ]
    cands = candidates(cits, lambda c: _vecs(c), lambda c: True, 3)
    cov = features("in what year can huawei make 200,000 chips", "when", Q, cands, lambda t: 1.0)
    col = FEATURES.index("coverage")
    assert cov[1, col] > cov[0, col]  # the dated sentence holds more of what is asked
    plain = features("in what year can huawei make 200,000 chips", None, Q, cands, lambda t: 1.0)
    assert plain[0, col] > cov[0, col]  # read without the kind, "year" is a term like any other


def test_a_model_named_by_an_x_is_a_model_and_another_of_its_line_is_another_model():
    from index.answer.compose import model_numbers, other_model

    assert ("pura", "x") in model_numbers("how much is the Pura X?") and ("mate", "xt") in model_numbers(
        "mate xt price"
    )
    asked = model_numbers("how much is the pura x")
    assert other_model(asked, "Huawei priced the Pura 80 Pro from 6,499 yuan.")
    assert not other_model(asked, "The Huawei Pura X was sold from 7,499 yuan.")
    assert not model_numbers("is part b in force?") - model_numbers("")  # a letter that is no X names no model


def test_the_pura_x_price_is_the_pura_xs_not_the_pura_80s(built):
    _, engine = built
    ans = engine.ask("how much is the pura x")
    assert ans.answered and "Pura X" in ans.sentences[0].text and "7,499" in ans.sentences[0].text, ans.answer


def test_another_list_of_the_same_kind_is_another_thing():
    from index.answer.compose import names_in, other_name

    assert names_in("Huawei has been on the FCC Covered List since 2021.") == frozenset({"covered list"})
    assert names_in("The Entity List and the Affiliates Rule.") == frozenset({"entity list", "affiliates rule"})
    asked = frozenset({"entity list"})
    assert other_name(asked, "Huawei equipment has been on the FCC Covered List since March 2021.")
    assert not other_name(asked, "Huawei has been on the Entity List since May 2019.")
    assert not other_name(asked, "The Entity List and the Covered List differ.")  # the one asked is there too
    # people and places are no kinds of rule: "President Woodrow Wilson" is the "President Wilson" asked about
    assert not other_name(frozenset({"president wilson"}), "He joined President Woodrow Wilson's inquiry.")


def test_a_question_on_one_list_is_answered_from_that_list(built):
    _, engine = built
    ans = engine.ask("how long has huawei been on the entity list now, in years")
    assert ans.answered and "Entity List since May 2019" in ans.sentences[0].text, ans.answer
    covered = engine.ask("when was huawei added to the covered list")  # not the Entity List's date
    assert "Entity List" not in covered.sentences[0].text, covered.answer


def test_a_subsection_asked_is_not_answered_by_another_of_the_same_provision(built):
    from index.answer.compose import other_subsection, subsections

    assert subsections("when did 889(a)(1)(A) kick in") == frozenset({"889a1a"})
    assert subsections("889 part b in plain english") == frozenset({"889a1b"})
    assert other_subsection(frozenset({"889a1a"}), "The section 889(a)(1)(B) prohibition took effect in 2020.")
    assert not other_subsection(frozenset({"889a1a"}), "Section 889(a)(1)(A) took effect in 2019.")
    _, engine = built
    ans = engine.ask("when did 889(a)(1)(A) kick in")  # the purchase ban (2019), not the contractor ban (2020)
    assert ans.answered and "(B)" not in ans.sentences[0].text and "2019" in ans.sentences[0].text, ans.answer


def test_a_verdict_on_selling_does_not_answer_yes_or_no_to_another_question(built):
    _, engine = built
    ans = engine.ask("customer's mate 10 pro died, is it still under warranty?")  # "No, … cannot resell" misleads
    assert not ans.answer.startswith(("No,", "Yes,")), ans.answer
    assert engine.ask("can we resell huawei phones?").answer.startswith("No,")


def test_a_verdict_on_what_someone_else_may_do_is_no_yes_to_can_we(built):
    # "can we service existing huawei gear": "Yes, since 26 December 2025 the FCC can stop imports…" is a verdict on
    # the FCC's power; its "Yes" read as leave for partners
    _, engine = built
    ans = engine.ask("can we service existing huawei gear that customers already have installed")
    assert not ans.answer.startswith(("Yes,", "No,")), ans.answer
    # asked of the FCC, the verdict stands
    ans = engine.ask("can the fcc stop imports of older huawei models it already approved")
    assert ans.answer.startswith("Yes, since 26 December 2025"), ans.answer


def test_a_may_we_part_the_first_parts_sentence_answers_takes_no_sentence_of_its_own(built):
    # "where do compliance questions go? can i just email legal": "…go to the compliance office through the legal
    # intake form, never by email alone" answers both; the may-we part took it and left the route part the support
    # desk's, quoted first
    _, engine = built
    for q in (
        "where do compliance questions about huawei go? can i just email legal",
        # (the README's wording: the route part served second, its next sentence free still holding much of it)
        "where do compliance questions go? can i just email legal",
        "can i just email legal? where do compliance questions go",
    ):
        ans = engine.ask(q)
        assert ans.answered and "compliance office" in ans.sentences[0].text, (q, ans.answer)
        assert "support desk" not in ans.answer, (q, ans.answer)


def test_a_bare_since_when_after_a_part_shares_the_sentence_that_answers_both(built):
    # "is huawei on the fcc covered list? since when": "…has been on the FCC Covered List since March 2021…" answers
    # both; served to "since when" alone, it left the first part the start of the equipment ban (6 February 2023),
    # quoted first as if it dated the listing
    _, engine = built
    ans = engine.ask("is huawei on the fcc covered list? since when")
    assert ans.answered and "since March 2021" in ans.sentences[0].text, ans.answer
    assert "6 February 2023" not in ans.answer, ans.answer


def test_a_who_part_shares_the_sentence_telling_its_deed(built):
    # "what chip is in the mate 60 pro and who made it": the teardown ("…a new Kirin 9000s processor made in China by
    # SMIC…") answers both; served to "who made it", it left the chip part the sale date, quoted first
    _, engine = built
    ans = engine.ask("what chip is in the mate 60 pro and who made it")
    assert ans.answered and "SMIC" in ans.sentences[0].text, ans.answer
    assert "began selling" not in ans.answer, ans.answer


def test_a_yes_to_a_power_to_curb_something_is_no_yes_to_whether_it_may_be_sold(built):
    # "can those still be imported and sold?": "Yes, … the FCC can stop further imports…" answers whether the FCC may
    # curb them; its "Yes" read as leave to sell
    _, engine = built
    ans = engine.ask("older huawei models approved before 2023 - can those still be imported and sold?")
    assert not ans.answer.startswith("Yes,"), ans.answer
    # asked whether it may be curbed, in other words, the verdict stands
    assert engine.ask("can the fcc ban older huawei models").answer.startswith("Yes,")


def test_a_sentence_a_part_prefers_over_a_better_scoring_one_is_not_taken_by_another_part():
    # "what date does the pause end" prefers the sentence giving the end date to the one that only says a pause was
    # announced; the other part, whose best it also is, must not take it, or the date part gets the announcement
    cits = [
        _cit(1, "a", "The administration said on 1 November 2025 that it would pause the affiliates rule."),
        _cit(2, "b", "BIS suspended the affiliates rule for one year, until 10 November 2026."),
    ]
    vec = {
        1: np.array([[1, 0, 0, 0]], dtype=np.float32),
        2: np.array([[0.9, 0.44, 0, 0]], dtype=np.float32),
    }
    cands = candidates(cits, lambda c: vec[c.rank], lambda c: True, 3)
    parts = ["what date does the affiliates rule pause end", "what do we screen for until then"]
    pvecs = [np.array([1, 0, 0, 0], np.float32), np.array([0, 1, 0, 0], np.float32)]
    picks, _ = choose(
        parts,
        ["when", None],
        pvecs,
        cands,
        lambda t: 1.0,
        Weights(),
        min_part_cosine=0.3,
        second_margin=0.1,
        max_sentences=2,
        kind_margin=0.5,
    )
    first = next(p for p in picks if p.part == 0)
    assert cits[first.citation].passage.text.startswith("BIS suspended"), picks


@pytest.mark.parametrize(
    "sentence, weighed",
    [
        (
            "According to a Crowell & Moring client alert of 19 May 2025, the guidance bars using the chips.",
            "According to Crowell Moring 19 May 2025, the guidance bars using the chips.",
        ),
        ("According to Goldenson, the show earned 15%.", "According to Goldenson, the show earned 15%."),
        # a quotation is no attribution to cut: its words are what the sentence says
        (
            'According to Messiaen this way was "inspired by the movements of nature, movements of free durations".',
            'According to Messiaen this way was "inspired by the movements of nature, movements of free durations".',
        ),
        ("The FCC adopted the order.", "The FCC adopted the order."),
    ],
)
def test_an_attribution_keeps_only_the_names_of_its_source(sentence, weighed):
    from index.answer.compose import _without_attribution

    assert _without_attribution(sentence) == weighed


def test_a_plan_dating_only_what_was_done_before_it_is_no_open_plan():
    from index.answer.timeline import passed_schedule

    now = "2026-12-01"
    assert (
        passed_schedule("The FCC scheduled its vote on the covered parts rule for 22 July 2026.", now) == "22 July 2026"
    )
    # the rule was rescinded two days before its requirements were due: the sentence tells what happened
    rescinded = (
        "On 13 May 2025 BIS rescinded the AI diffusion rule, two days before its compliance requirements were due to "
        "start on 15 May 2025."
    )
    assert passed_schedule(rescinded, now) is None


def test_a_step_to_take_first_is_no_former_state():
    from index.answer.compose import _FORMER_STATE

    assert not _FORMER_STATE.match("Before quoting a device of another brand, ask the compliance office to check…")
    assert _FORMER_STATE.match("Until the October 2025 FCC order, the ban applied only to new authorisations.")
    assert _FORMER_STATE.match("Before the 2019 ban, carriers could sell them.")


def test_a_yes_or_no_written_for_its_own_question_does_not_open_an_answer_to_a_wh_question(built):
    _, engine = built
    how = engine.ask("how do we source handsets if no carrier is carrying them")
    assert how.answered and not how.answer.startswith(("No,", "Yes,")), how.answer
    asked = engine.ask("what's our official guidance on reselling huawei consumer devices - yes/no/depends?")
    assert asked.answered and asked.answer.startswith("No,"), asked.answer


def test_the_side_of_a_case_asked_is_read_from_its_own_words():
    from index.answer.compose import _OTHER_SIDE, _off_side, _side_asked

    # "already authorized" is the side of equipment in hand; a ban on "new approvals" the side to come
    assert _side_asked("does the auth ban mean we cant sell stuff that was already authorized before?") == "existing"
    assert _side_asked("when did the fcc ban on new huawei approvals kick in") == "coming"
    # a sentence on equipment "approved before the ban" is on the other side of a question about new approvals, and
    # one on "devices approved before February 2023" is dated, no side (the review)
    assert _off_side("coming", "…to stop imports of Huawei equipment it approved before the ban…")
    assert not _OTHER_SIDE["coming"].search("so Huawei devices approved before February 2023 could still be sold")
