"""The direct answer: for each part of the question, the sentence that says it.

Every sentence of the top passages is scored on four signals, each measured on its own
(see docs/benchmarks.md, "Answer sentence ablation"):

- meaning: cosine between the sentence's vector (built with the index) and the question's;
- terms: the IDF-weighted share of the question's terms the sentence contains;
- type: whether it holds what the question asks for (a date for "when", a number for
  "how much", a name for "who"...);
- rank: the fused rank of its passage.

Nothing is invented: every word of the answer is a sentence of a cited passage. A
sentence from a document that a newer allowed document supersedes never answers.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
from bm25s import stopwords as _sw

from index.answer.buyers import (
    buyers_not_asked,
    classes_asked,
    excludes_buyers,
    names_class,
    rule_for_class,
    ruled_out_classes,
    unasked_funds,
)
from index.answer.categories import asked_kinds, covers_any_kind, only_other_kinds, product_kinds
from index.answer.doers import (
    ACTUAL_DEED,
    asked_deed,
    asked_list,
    doer_kind,
    introduces,
    listed_who,
    names_list,
    only_announced,
    person_asked,
    says_deed,
    says_deed_itself,
    tells_as_verb,
    what_deed,
    when_deed,
)
from index.answer.owners import figure_terms
from index.answer.question import (
    FINAL_ASKED,
    MONTHS,
    ROUTE_VERBS,
    WHERE_IT_STANDS_Q,
    YEAR,
    asks_about_present,
    asks_came_to_pass,
    asks_eligibility,
    asks_end,
    asks_in_currency,
    asks_leave,
    asks_standing,
    asks_start,
    cares_for_held,
    date_anchors,
    defined_term,
    figures_named,
    foresees,
    guessed_years,
    has_answer_type,
    model_numbers,
    other_model,
    says_ended,
    says_standing,
    says_start,
    sized_case,
    speaker,
    states_condition,
    verdict_asked,
    years_in,
)
from index.answer.routes import route_concerns
from index.answer.specs import spec_list, specs_asked
from index.answer.standing import list_word, name_on_list, standing_not_told
from index.answer.timeline import MONTH, latest_written_date
from index.answer.wordlist import english_word
from index.build.records import Citation
from index.config import SentenceWeights
from index.search.lexical import (
    joined_names,
    query_terms,
    sentence_pairs,
    sentence_terms,
    shares_stem,
    weighted_coverage,
)

# Sentences that are about the reporting, not the facts: never an answer.
_META = re.compile(
    r"\b(?:declined to (?:comment|discuss)|would not (?:comment|discuss)|did not (?:immediately )?(?:respond|comment)"
    r"|did not answer \w+(?:'s)? requests? for comment|could not be reached|did not return (?:a )?requests?"
    r"|no comment|(?:is|was) a sample (?:internal )?note|not real (?:company )?policy|written for (?:this project|partnerbot)"  # noqa: E501
    r"|for illustration only)\b",
    re.I,
)


@dataclass
class Pick:
    citation: int  # index into the citation list
    span: tuple[int, int]
    score: float
    cosine: float
    coverage: float
    part: int  # which part of the question it answers


@lru_cache(maxsize=65536)
def sentence_dates(text: str) -> frozenset[str]:
    return date_anchors(text)


# a name of two or more capitalised words ("Entity List", "Covered List", "Affiliates Rule"), after any capitalised
# stopword that opens a sentence ("The", "On")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")
_STOPWORDS = frozenset(_sw.STOPWORDS_EN)
# kinds of rule, list or body whose names differ by one word: "Entity List" and "Covered List" are two lists (not
# people or places: "President Wilson" is "President Woodrow Wilson", and a "Pro Bowl" back may answer a "Super Bowl"
# question)
_RULE_KINDS = frozenset(
    "list lists rule rules act order report licence license bill fund programme program exemption committee".split()
)


@lru_cache(maxsize=65536)
def names_in(text: str) -> frozenset[str]:
    """The multiword names a text writes, in lower case, without an opening stopword ("the entity list" → "entity
    list")."""
    out = set()
    for m in _NAME.finditer(text):
        words = m.group(0).lower().split()
        while words and words[0] in _STOPWORDS:
            words = words[1:]
        if len(words) >= 2:
            out.add(" ".join(words))
    return frozenset(out)


def other_name(asked: frozenset[str], sentence: str) -> bool:
    """Does the sentence name another thing of the same kind as a name asked for, and not that one ("Covered List"
    for a question on the Entity List; "how long has huawei been on the entity list" is not answered by "on the FCC
    Covered List since March 2021")?"""
    heads = {h for a in asked if (h := a.rsplit(" ", 1)[-1]) in _RULE_KINDS}
    low = sentence.lower()
    return any(n.rsplit(" ", 1)[-1] in heads and n not in asked for n in names_in(sentence)) and not any(
        a in low for a in asked
    )


# a subsection of a numbered provision: "889(a)(1)(B)", typed "889 (a)(1)(b)" or "889 part b" (part A and part B of
# section 889 are its (a)(1)(A) and (a)(1)(B))
_SUBSECTION = re.compile(r"\b(\d{3})\s*\(([a-z])\)\s*\((\d)\)\s*\(([a-z])\)", re.I)
_PART_OF = re.compile(r"\b(\d{3})\s+part\s+([ab])\b", re.I)


_SUBSECTION_TERM = "§"  # marks a subsection as a term of its own ("§889a1a"), which no word of the index can be


@lru_cache(maxsize=65536)
def subsections(text: str) -> frozenset[str]:
    """The subsections a text names, as "889a1b"."""
    found = {"".join(m.groups()).lower() for m in _SUBSECTION.finditer(text)}
    found |= {f"{m.group(1)}a1{m.group(2).lower()}" for m in _PART_OF.finditer(text)}
    return frozenset(found)


def _defines_subsection(sentence: str, asked: frozenset[str]) -> bool:
    """Does the sentence say what a subsection asked does: the subsection as its subject, near the start ("The
    contractor ban in section 889(a)(1)(B), which stops…"), then (within a few words) "which"?"""
    return any(
        "".join(m.groups()).lower() in asked
        and len(sentence[: m.start()].split()) <= 8
        and re.match(r"[^.;]{0,40}?\bwhich\b", sentence[m.end() :])
        for m in _SUBSECTION.finditer(sentence)
    )


# what a part may hold beside the subsection it names and still ask only what that is ("what is 889 (a)(1)(A)")
_ONLY_NAMING = frozenset("what whats what's is s the section sec of nda ndaa 2019 vs and".split())


def _names_only_subsection(part: str) -> bool:
    """Does the part name a subsection and ask nothing else of it ("889 (a)(1)(A)", "what is 889 part b")?"""
    rest = _PART_OF.sub(" ", _SUBSECTION.sub(" ", part))
    return all(w in _ONLY_NAMING for w in re.findall(r"[\w']+", rest.lower()))


def other_subsection(asked: frozenset[str], sentence: str) -> bool:
    """Does the sentence name another subsection of a provision asked about, and not the one asked ("889(a)(1)(B)"
    for a question on 889(a)(1)(A): the contractor ban, not the purchase ban)?"""
    have = subsections(sentence)
    return bool(have) and not (have & asked) and any(h[:3] == a[:3] for h in have for a in asked)


@dataclass
class Candidate:
    citation: int
    span: tuple[int, int]
    text: str
    vector: np.ndarray
    terms: frozenset[str]
    pairs: frozenset[tuple[str, str]]  # consecutive terms, for phrase matches
    passage_score: float  # the passage's dense score
    bonus: float = 0.0  # added by the caller: newer documents for questions about the present
    kinds: frozenset[str] = frozenset()  # the kinds of product it names ("phone", "network"…)
    any_kind: bool = False  # it uses a word for every kind of the subject's products ("any Huawei equipment")
    routing: bool = False  # set by the caller: it is from a routing note (a contact list), the authority on whom to ask
    doc: str = ""  # the id of its passage's document

    def about_other_kind(self, asked: frozenset[str]) -> bool:
        """Does it name only kinds of product other than those asked about ("phones" for a routers question)?"""
        return only_other_kinds(asked, self.kinds, self.any_kind)


def candidates(
    citations: list[Citation],
    sentence_vectors: Callable[[Citation], np.ndarray],
    usable: Callable[[Citation], bool],
    look_at: int,
    subjects: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Sentences of the top `look_at` usable citations (meta sentences left out); `subjects`, the corpus's main
    subjects, tell a word for all of its products from another maker's ("Huawei equipment", "Samsung devices")."""
    out = []
    seen = 0
    for ci, c in enumerate(citations):
        if seen >= look_at:
            break
        if not usable(c):
            continue
        seen += 1
        vecs = sentence_vectors(c)
        for si, (a, b) in enumerate(c.passage.sentences):
            text = c.passage.text[a:b]
            if _META.search(text):
                continue
            out.append(
                Candidate(
                    ci,
                    (a, b),
                    text,
                    vecs[si],
                    sentence_terms(weighed := _without_attribution(text)),
                    sentence_pairs(weighed),
                    c.dense_score,
                    kinds=product_kinds(text),
                    any_kind=covers_any_kind(text, subjects),
                    doc=c.passage.doc_id,
                )
            )
    return out


# "Before the November 2019 FCC order, E-Rate applicants had sought…": a time before the date it names, which is no
# sentence about that date ("what did the fcc decide in nov 2019")
_BEFORE_THEN = re.compile(r"^(?:Before|Until|Prior to)\b[^,]{0,80},")
_BEFORE_ASKED = re.compile(r"\b(?:before|until|till|prior|earlier|previously)\b", re.I)


# "According to a Crowell & Moring client alert of 19 May 2025, …": the lowercase words of the attribution say what
# kind of document it was ("client alert"), not what the sentence is about (a question "for a client" is not on it)
_SOURCE_WORD = r"[^\s,\"\u201c\u201d]+"  # (no quotation: "According to Messiaen this way was \"inspired by…\"")
_ATTRIBUTION = re.compile(
    rf"^(?:According to|As reported by)\s+(?P<who>(?:{_SOURCE_WORD}\s+){{0,11}}{_SOURCE_WORD}),\s+"
)


def _without_attribution(text: str) -> str:
    m = _ATTRIBUTION.match(text)
    if not m:
        return text
    names = " ".join(w for w in m.group("who").split() if w[:1].isupper() or w[:1].isdigit())
    return f"{text[: m.start('who')]}{names}, {text[m.end() :]}"  # ("according to Goldenson" asked: still held)


# The signals a sentence is scored on, in the order `features` returns them; the last three are
# penalties (subtracted). scripts/tune_answer.py searches weights over these same columns. "other_model" is a
# sentence about something else than the question names: another model number ("Mate 60" for "Mate 10") or only
# other kinds of product ("phones" for "routers"); one column, so config.yaml's `other_model` weight covers both.
FEATURES = ("cosine", "coverage", "bigrams", "passage", "type", "dates", "other_model", "rank", "short")
PENALTIES = frozenset({"other_model", "rank", "short"})

# What a "when" question asks for ("in what year"), not a word its answer must hold.
_WHEN_WORDS = frozenset(query_terms("year years date dates day days month months time"))
# "who do i escalate to…": how the asker reaches someone is the kind asked, not the topic a route is for
# ("who do i contact about email phishing": "email" stays a topic word)
_ASKED_ROUTE = re.compile(
    r"\b(?:who|whom|where)\s+(?:do|should|can|could|would|must)\s+(?:i|we|they|partners?|resellers?)\s+"
    rf"(?:\w+\s+)?(?P<verb>{ROUTE_VERBS})\b",
    re.I,
)


def _without_route_verb(terms: tuple[str, ...], part: str) -> tuple[str, ...]:
    m = _ASKED_ROUTE.search(part)
    verb = set(query_terms(m.group("verb"))) if m else set()
    return tuple(t for t in terms if t not in verb) or terms


# The kinds of thing an answer must hold or say it does not, and how the answer names them
# ("The partner corpus does not say why.").
NOT_GIVEN = {
    "why": "why",
    "when": "when",
    "money": "the amount",
    "number": "the number",
    "future": "what will happen",
}


def features(
    part: str, kind: str | None, pvec: np.ndarray, cands: list[Candidate], idf: Callable[[str], float]
) -> np.ndarray:
    """One row per candidate, one column per FEATURES signal, measured for this part of the question."""
    if not cands:
        return np.zeros((0, len(FEATURES)))
    terms = query_terms(part)
    if kind == "when":  # "in what year": the kind asked, not a word the answer holds ("…$25 billion a year")
        terms = tuple(t for t in terms if t not in _WHEN_WORDS) or terms
    # (nor a year the asker guesses, "…kick in, that was 2019 yeah?": the date given corrects it)
    guessed = {str(y) for y in guessed_years(part, kind)}
    if guessed:
        terms = tuple(t for t in terms if t not in guessed) or terms
    if kind == "contact":
        terms = _without_route_verb(terms, part)
    # Squared IDF: a rare term the sentence shares ("Mate 10", "section 889") says far more
    # than a common one ("phone", "sell"); measured better than plain IDF on squad-half.
    pairs = set(zip(terms, terms[1:]))
    provisions = subsections(part)
    if provisions:  # "what is 889 (a)(1)(A)": the subsection is a term (of the rarest), held by a sentence naming it
        terms += tuple(sorted(_SUBSECTION_TERM + p for p in provisions))
    weights = {t: idf(t) ** 2 for t in terms}
    # "in May 2019": a sentence about May 2019, not August (years and months: a day asked is weighed apart, `_days`,
    # as scoring it here pushed the sentence answering "after the aug 17 2020 fdpr change do … handsets still get
    # support" below one dating that change)
    anchors = frozenset(a for a in date_anchors(part) if " " not in a) - guessed
    models = model_numbers(part)
    # the candidates' own names that the part names ("entity list"): another of the same kind is another thing (only
    # a part naming a kind of rule or list can name one)
    words = re.findall(r"[a-z0-9]+", part.lower())
    spaced = f" {' '.join(words)} "
    named = (
        frozenset(n for n in set().union(*(names_in(c.text) for c in cands)) if f" {n} " in spaced)
        if _RULE_KINDS.intersection(words)
        else frozenset()
    )
    # "can we resell routers": a rule only on phones is about another kind of product. Only for leave: for "how do
    # returns work for a huawei tablet" the phones' returns steps are the nearest the corpus has, and say so
    kinds = asked_kinds(part) if kind == "leave" else frozenset()
    said_as = figure_terms(part, terms)  # "revenue" is stated as "sales" too
    # "is it still on pause": a sentence naming the rule's standing in any words ("suspended", "took effect") holds
    # the standing asked, as much as one that only says someone would pause it (not one that only dates it)
    standing = frozenset(terms) & _STANDING_TERMS if kind is None and asks_standing(part) else frozenset()

    def held(c: Candidate) -> frozenset[str]:
        have = c.terms | standing if standing and says_standing(c.text) and _STANDING_NAMED.search(c.text) else c.terms
        if provisions:
            have = have | {_SUBSECTION_TERM + p for p in subsections(c.text)}
        return have | {t for t, stated in said_as.items() if stated.search(c.text)} if said_as else have

    before_asked = bool(_BEFORE_ASKED.search(part))  # ("…or had commerce done something similar before")
    cos = np.stack([c.vector for c in cands]) @ pvec
    return np.array(
        [
            [
                cs,
                weighted_coverage(terms, weights, held(c)),
                len(pairs & c.pairs) / len(pairs) if pairs else 0.0,
                c.passage_score,
                1.0 if kind and has_answer_type(kind, c.text, part) else 0.0,
                len(anchors & sentence_dates(c.text if before_asked else _BEFORE_THEN.sub("", c.text))) / len(anchors)
                if anchors
                else 0.0,
                # another list, rule or subsection by name counts twice: it shares the question's other words ("when
                # was huawei added to the covered list": "…would be added to its Entity List")
                2.0
                if (named and other_name(named, c.text)) or (provisions and other_subsection(provisions, c.text))
                else 1.0
                if (models and other_model(models, c.text)) or c.about_other_kind(kinds)
                else 0.0,
                c.citation,
                1.0 if len(c.text.split()) < 6 else 0.0,
            ]
            for c, cs in zip(cands, cos.tolist())
        ],
        dtype=np.float64,
    )


def score_part(
    part: str,
    kind: str | None,
    pvec: np.ndarray,
    cands: list[Candidate],
    idf: Callable[[str], float],
    w: SentenceWeights,
) -> list[tuple[float, float, float, Candidate]]:
    """(score, cosine, coverage, candidate) for one part of the question, best first."""
    scored = []
    for c, f in zip(cands, features(part, kind, pvec, cands, idf).tolist()):
        cs, cov, bigram, passage, typ, dates, other, rank, short = f
        s = (
            w.cosine * cs
            + w.coverage * cov
            + w.bigrams * bigram
            + w.passage * passage
            + w.type * typ
            + w.dates * dates
            - w.rank * rank
            - w.short * short
            + c.bonus
            - w.other_model * other
        )
        scored.append((s, cs, cov, c))
    scored.sort(key=lambda x: -x[0])
    return scored


def choose(
    parts: Sequence[str],
    kinds: Sequence[str | None],
    part_vectors: Sequence[np.ndarray],
    cands: list[Candidate],
    idf: Callable[[str], float],
    w: SentenceWeights,
    *,
    min_part_cosine: float,
    second_margin: float,
    max_sentences: int,
    kind_margin: float = 0.0,
    subjects: frozenset[str] = frozenset(),
    followup: bool = False,
) -> tuple[list[Pick], list[int]]:
    """One sentence per part (plus, for a one-part question, a second one that adds what the
    first lacks); returns (picks in answer order, indexes of parts the passages do not cover).

    Parts are served in the order that gives the best total score (a part may not take the
    sentence another part needs more): at most 4 parts, so trying each order is cheap.
    """

    def ranked_for(part: str, kind: str | None, pvec) -> list:
        scored = score_part(part, kind, pvec, cands, idf, w)
        ranked = _prefer_kind(scored, kind, part, kind_margin, idf, subjects, followup)
        return _told_later(_start_not_an_end(ranked, kind, part, kind_margin), kind_margin)

    ranked_by_part = [ranked_for(part, kind, pvec) for part, kind, pvec in zip(parts, kinds, part_vectors)]
    claimed_from = _claimed_by_preference(ranked_by_part) if len(parts) > 1 else [set()]
    best: tuple[float, list[Pick], list[int]] | None = None
    orders = itertools.permutations(range(len(parts))) if len(parts) <= 4 else [tuple(range(len(parts)))]
    for order in orders:
        picks, uncovered, used, total = [], [], set(), 0.0
        for pi in order:
            taken = used | claimed_from[pi]
            ranked = [r for r in ranked_by_part[pi] if (r[3].citation, r[3].span) not in taken]
            if not ranked or (len(parts) > 1 and ranked[0][1] < min_part_cosine and ranked[0][2] < 0.5):
                # A sentence already in the answer may say it ("exam cost and how often renew"
                # is one sentence): then the part is answered, not "not covered".
                taken = [r for r in ranked_by_part[pi] if (r[3].citation, r[3].span) in used]
                if not (taken and (taken[0][1] >= min_part_cosine or taken[0][2] >= 0.5)):
                    uncovered.append(pi)
                continue
            s, cs, cov, c = ranked[0]
            top = ranked_by_part[pi][0]
            top_key = (top[3].citation, top[3].span)
            if top is not ranked[0] and _shared_answers(kinds[pi], parts[pi], top[3].text, c.text):
                total += top[0]  # "how much was it and how much storage": one sentence gives both
                continue
            # (a rule a may-we part took answers a route part too, served in either order; not in a thread, where
            # the follow-up's part needs a sentence of its own)
            route_part = not followup and kinds[pi] in ("where", "contact")
            by_leave = kinds[pi] == "leave" or (
                route_part and any(kinds[p.part] == "leave" and (p.citation, p.span) == top_key for p in picks)
            )
            # (the next one free holds half as much of the part, or, for a route part, scores far below: the support
            # desk's route)
            far = cov < top[2] / 2 or (route_part and kind_margin and s < top[0] - 2 * kind_margin)
            if by_leave and top_key in used and top[2] >= 0.5 and far:
                # "where do compliance questions go? can i just email legal": the sentence already quoted ("…go to the
                # compliance office through the legal intake form, never by email alone") holds all of this part too;
                # the next one free holds little of it (the support desk's route) and would read as its answer. (Only
                # for leave asked, which a rule stated for another part may give: for any part, squad-half's "As a
                # norm, what day…" lost its date to the other part's sentence, "The event was held on February 1…")
                total += top[0]
                continue
            picks.append(Pick(c.citation, c.span, s, cs, cov, pi))
            used.add((c.citation, c.span))
            total += s
        if best is None or total > best[0]:
            best = (total, picks, uncovered)
    _, picks, uncovered = best
    picks.sort(key=lambda p: p.part)
    uncovered.sort()
    if len(parts) == 1 and max_sentences > 1 and picks:
        chosen = (picks[0].citation, picks[0].span)
        first = next(r[3] for r in ranked_by_part[0] if (r[3].citation, r[3].span) == chosen)
        second = _second(parts[0], ranked_by_part[0], first, idf, second_margin, kinds[0])
        if second is not None:
            s2, cs2, cov2, c2 = second
            picks.append(Pick(c2.citation, c2.span, s2, cs2, cov2, 0))
    return picks[: max(max_sentences, len(parts))], uncovered


def _claimed_by_preference(ranked_by_part) -> list[set[tuple]]:
    """For each part, the sentences it may not take because another part's preference put them ahead of a
    better-scoring one ("what date does it end" puts the sentence with the end date before the one that only says a
    pause was announced): serving parts by best total would otherwise give that part the sentence its preference
    passed over. A claim holds only against a part that scores the sentence lower than its claimant does (the earlier
    question of a thread keeps its route when the follow-up's part leans on it by the thread's words); a sentence two
    parts' preferences put first is claimed by neither."""
    fronts: dict[tuple, list[int]] = {}
    for pi, ranked in enumerate(ranked_by_part):
        if len(ranked) > 1 and ranked[0][0] < max(r[0] for r in ranked[1:]):
            fronts.setdefault((ranked[0][3].citation, ranked[0][3].span), []).append(pi)
    claimed = {key: pis[0] for key, pis in fronts.items() if len(pis) == 1}
    score_of = [{(r[3].citation, r[3].span): r[0] for r in ranked} for ranked in ranked_by_part]
    return [
        {key for key, owner in claimed.items() if scores.get(key, float("-inf")) < score_of[owner][key]}
        for scores in score_of
    ]


def _shared_answers(kind: str | None, part: str, taken: str, other: str) -> bool:
    """Does the sentence another part took (this part's best) hold what this part asks, when the best one left
    does not? Then this part is answered by it: "how much was the porsche design and how much storage" is one
    sentence ("…at $1,225 with 256GB of storage"), and the next one left would be read as the price."""
    # (only an amount, or any kind asked by a bare "and when": a count or a date is in most sentences, and "how often
    # does the fcc update it" is not answered by the publication date another part took; "who signed the ndaa, and
    # when" asks the date of that signing)
    own = part.split(": ", 1)[0]  # (a bare part is read against the one before it: "who made it: what chip is in…")
    if kind == "who" and (deed := asked_deed(own)) and says_deed(deed, taken) and not says_deed(deed, other):
        return True  # "what chip is in the mate 60 pro and who made it": the teardown's "…made by SMIC…" tells both
    if specs_asked(own) and spec_list(taken) and not spec_list(other):
        return True  # "mate 10 pro specs? how much ram and storage": the spec list tells both, the price is no spec
    if kind not in NOT_GIVEN or not has_answer_type(kind, taken, part):
        return False
    # (its own words: a bare part is read against the part before it as "since when: is huawei on the covered list")
    if not re.sub(r"\W", "", _ASKING_ONLY.sub("", own)):
        return True  # a bare "and when" asks it of what the other part asks about: its best sentence is that one
    return kind == "money" and not has_answer_type(kind, other, part)


_ASKING_ONLY = re.compile(
    r"\b(?:and|or|also|plus|so|since when|when|why|where|who|how much|how many|how long|exactly)\b", re.I
)


# A detail withheld at first ("…gave no chip details at the event.") and told later in the same passage ("In August
# 2025 Huawei confirmed that the Pura 80 phones use … Kirin 9020 chip"): the later telling answers.
_WITHHELD = re.compile(
    r"\b(?:gave\s+no|did\s+not\s+(?:say|disclose|give|name)|(?:was|were)\s+not\s+disclosed|"
    r"declined\s+to\s+(?:say|disclose|give|name))\b",
    re.I,
)


# a question asking the day ("when exactly", "what date", "which day") and a date that gives it
EXACT_DAY = re.compile(r"\bwhen\s+exactly\b|\bexactly\s+when\b|\b(?:what|which|exact)\s+(?:date|day)\b", re.I)
FULL_DATE = re.compile(rf"\b\d{{1,2}}\s+{MONTH}\s+(?:19|20)\d\d\b|\b{MONTH}\s+\d{{1,2}},\s+(?:19|20)\d\d\b")
_MONTH_YEAR = re.compile(rf"\b({MONTH})\s+((?:19|20)\d\d)\b")
_DAY_DATE = re.compile(rf"\b\d{{1,2}}\s+({MONTH})\s+((?:19|20)\d\d)\b|\b({MONTH})\s+\d{{1,2}},\s+((?:19|20)\d\d)\b")


def _days_of(text: str) -> set[tuple[str, str]]:
    """The months (and years) of the dates a sentence gives to the day."""
    return {(m[1] or m[3], m[2] or m[4]) for m in _DAY_DATE.finditer(text)}


def _months_only(text: str) -> set[tuple[str, str]]:
    """The months (and years) a sentence dates only to the month ("in October 2025"); none when it gives a day."""
    return set() if FULL_DATE.search(text) else {(m[1], m[2]) for m in _MONTH_YEAR.finditer(text)}


# kinds a follow-up asks whose answer a sentence shows by its form: a date, an amount, a number
_TYPED_IN_A_THREAD = frozenset({"when", "money", "number"})
# a bound asked for ("whats the cutoff", "the threshold for the affiliates rule") and one stated ("10 million or fewer
# customers", "50 percent or more", "at least 25 units")
_BOUND_ASKED = re.compile(
    r"\b(?:cutoff|cut-off|threshold|cap|limit|eligib\w*|qualif\w*|"
    # "is rip and replace only for small rural carriers": how small, a bound
    r"only\s+(?:for|open\s+to|available\s+to)\s+(?:the\s+)?(?:small|smaller|large|larger|big|bigger))\b",
    re.I,
)
_BOUND = re.compile(
    r"\d[\d,.]*\s*(?:%|percent|per cent|million|billion|thousand)?\s+(?:\w+\s+){0,2}?or\s+(?:fewer|less|more|greater|"
    r"above|below|over|under)\b|\b(?:at least|at most|no more than|no fewer than|up to)\s+\$?\d",
    re.I,
)

# a thing's name asked for ("whats the official name for rip n replace", "its formal name") and a sentence giving one
# ("…, formally the Secure and Trusted Communications Networks Reimbursement Program, …"), not one where someone
# "named" something else
_OFFICIAL_NAME_ASKED = re.compile(
    r"\b(?:official|formal|full|proper|legal|real)\s+(?:name|title)\b|\b(?:officially|formally)\s+(?:called|named)\b",
    re.I,
)
_NAME_GIVEN = re.compile(
    r"\b(?:formally|officially)(?:\s+(?:called|known\s+as|named|titled))?,?\s+(?:the\s+)?[A-Z]"
    r"|\b(?:known|referred\s+to)\s+as\s+(?:the\s+)?[A-Z]|\b(?:full|official|formal)\s+(?:name|title)\b|\bstands\s+for\b"
)


def _days(text: str) -> frozenset[str]:
    """The days a text gives with their months ("29 september"), of its `sentence_dates`."""
    return frozenset(a for a in sentence_dates(text) if " " in a)


# a day naming the thing asked about ("the 6 February 2023 ban - does it cover older models"): no day asked
_DAY_NAMING = re.compile(
    rf"\b\d{{1,2}}\s+{MONTHS}(?:\s+(?:19|20)\d\d)?\s+(?:fcc\s+|bis\s+|commerce\s+|us\s+)?"
    r"(?:ban|rule|rules|order|vote|act|list|listing|guidance|licen[cs]e|letter|report|deal|sale|launch|memo|action)s?\b",
    re.I,
)


def _days_asked(part: str) -> frozenset[str]:
    """The days a question asks or checks (`_days`), less those naming the thing it asks about."""
    naming = frozenset().union(*(_days(m[0]) for m in _DAY_NAMING.finditer(part)))  # (its month as `_days` names it)
    return _days(part) - naming


# what to offer instead of a thing, asked ("…in place of huawei", "steer customers toward instead", "alternatives to"),
# and a sentence naming it ("Position Apple and Samsung as the main…", "offer Apple or Samsung devices as replacements")
_SUBSTITUTE_ASKED = re.compile(
    # (asked, not named: "customer wants honor phones instead, are those…" names its own)
    r"\b(?:what|which|whats|what's)\b[^?]*?\b(?:in\s+place\s+of|instead|replacements?\s+(?:for|of)|"
    r"alternatives?\s+(?:to|for)|steer\s+(?:[\w'-]+\s+){0,3}?(?:to|toward|towards)|swap\s+(?:[\w'-]+\s+){0,3}?for)\b",
    re.I,
)
_SUBSTITUTE_OFFERED = re.compile(
    r"\b(?i:position)\s+[A-Z][\w&-]*(?:\s+(?:and|or)\s+[A-Z][\w&-]*)?\s+as\b"
    r"|\b(?i:offer)\s+(?:[\w&-]+\s+){1,4}?as\s+(?:a\s+)?replacements?\b|\breplacement\s+with\s+[A-Z]",
)
# the start of a thing asked ("when did it start", "when did the licence begin"), and a sentence telling an end
_START_OF_IT = re.compile(r"\bwhen\s+(?:did|does|do)\s+(?:[\w'-]+\s+){1,5}?(?:start|begin|kick\s+off)\b", re.I)
_AN_END = re.compile(
    r"\b(?:expire[sd]?|expiry|ended|end\s+of|lapsed?|revoked|rescinded|lifted|withdrew|withdrawn|scrapped|ran\s+out|"
    # (nor a renewal: "…extended the Huawei temporary general licence by another 90 days from 19 August 2019")
    r"extended|extends|extension|renewed)\b",
    re.I,
)
# a deed that starts a thing: "…issued a 90-day temporary general licence", "…took effect on…"
_A_START = re.compile(
    r"\b(?:issued|introduced|launched|adopted|created|established|began|started|took\s+effect|came\s+into\s+force|"
    r"set\s+up|opened|granted)\b",
    re.I,
)
# the date of a thing named, with no verb ("when honor sale", "when the 2012 house report"; not "when did…")
_WHEN_OF_A_THING = re.compile(
    r"^when\s+(?!(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could|should|it|they|we|i)\b)"
    # (no verb anywhere: not "when many people are arrested, what is…")
    r"(?!.*\b(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|be|been|get|gets|got)\b)",
    re.I,
)


def _first_within(ranked, margin: float, fits: Callable[[Candidate], bool]) -> int:
    """The rank of the first sentence after the best that scores within `margin` of it and `fits`; 0 when none does."""
    return next((i for i, r in enumerate(ranked[1:], 1) if r[0] >= ranked[0][0] - margin and fits(r[3])), 0)


def _first_in_own_document(ranked, reach: float, fits: Callable[[Candidate], bool]) -> int:
    """`_first_within` `reach` of the best, among the sentences of the best sentence's own document."""
    top = ranked[0][3].doc
    return _first_within(ranked, reach, lambda c: c.doc == top and fits(c))


def _to_front(ranked: list, i: int) -> list:
    """The ranking with its `i`-th sentence leading and the others in their order."""
    return ranked if i == 0 else [ranked[i], *ranked[:i], *ranked[i + 1 :]]


def _told_later(ranked, margin: float):
    """The first sentence after the best in its passage, within `margin` and holding as much of the question, leads
    when the best says the detail was withheld; else `ranked` as it is."""
    if not ranked or not margin or not _WITHHELD.search(ranked[0][3].text):
        return ranked
    top = ranked[0][3]
    for i, r in enumerate(ranked[1:], 1):
        if r[0] < ranked[0][0] - margin:
            break
        c = r[3]
        later = c.citation == top.citation and c.span[0] > top.span[0]
        if later and r[2] >= ranked[0][2] and not _WITHHELD.search(c.text):
            return _to_front(ranked, i)
    return ranked


def _first_of_the_kind(ranked, fits, margin: float, kinds: frozenset[str]) -> int:
    """The index of the first sentence within `margin` of the best that fits the kind of answer asked and does not
    name only other kinds of product than the question; 0 when none does."""
    for i, r in enumerate(ranked[1:], 1):
        if r[0] < ranked[0][0] - margin:
            break
        if fits(r[3].text) and not r[3].about_other_kind(kinds):
            return i
    return 0


def _route_for_the_concern(
    ranked, fits, part: str, kinds: frozenset[str], margin: float, subjects: frozenset[str] = frozenset()
):
    """ "who do i ask / escalate to": only a route answers it, so a contact list's route leads however well a sentence
    that routes nothing scores ("No, partners still cannot resell…" holds every word of "who do i ask: can we resell
    huawei phones"); a route from another note, only within `margin`. Of the routes, the best one that handles what
    the question is about (`route_concerns`: whether it may be done, a repair, a deal; else a question asking leave is
    one of compliance; else any route), a contact list's before another note's ("ask the compliance office to check
    a device of another brand" is a step of a checklist), and not only about another kind of product."""
    # a contact list's route may lead at any score; another note's only within `margin` (an audience without the
    # contact list: "ask the compliance office to check a device of another brand" is no answer to "who do i ask")
    routes = [
        i
        for i, r in enumerate(ranked)
        if fits(r[3].text) and not r[3].about_other_kind(kinds) and (r[3].routing or r[0] >= ranked[0][0] - margin)
    ]
    if not routes:
        return ranked
    concerns = route_concerns(part, subjects) or (("compliance",) if asks_leave(part) else ())
    handling = next(
        (h for c in concerns if (h := [i for i in routes if c in route_concerns(ranked[i][3].text, subjects)])),
        routes,
    )
    # the best sentence, when it is such a route, stays ("where do i submit a warranty claim": "open a Huawei warranty
    # claim", not the contact list's escalation after fifteen days), unless an escalation is asked for
    keep = 0 in handling and not re.search(r"\bescalat", part, re.I)
    i = 0 if keep else next((i for i in handling if ranked[i][3].routing), handling[0])
    return _to_front(ranked, i)


# a count told only roughly: "dozens of its affiliates", "hundreds of carriers"
_VAGUE_COUNT = re.compile(r"\b(?:dozens|hundreds|thousands|millions|several|many|scores)\s+of\b", re.I)


def _exact_count(part: str, text: str) -> bool:
    """Does the sentence give the count asked as a figure, not only roughly ("dozens of")?"""
    return has_answer_type("number", _VAGUE_COUNT.sub(" ", text), part)


def _plain(text: str) -> str:
    """Lower-case words joined by single spaces, padded, for finding a phrase as whole words."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


# words that neither open nor close a phrase of the follow-up's own: function words and asking words
_PHRASE_STOP = _STOPWORDS | frozenset(
    "what whats when where who whom whose why how which its it's does did do is are was were can could would should "
    "will shall may might must has have had so ok and or but about any anything".split()
)


def _own_phrase_held(part: str, ranked, window: float, kind: str | None) -> int:
    """The rank of the sentence that holds a phrase of the follow-up's own ("if its out of warranty" before ":
    <earlier question>"): three or four words opening and closing on a word that is no function word, which the
    earlier question and the best sentence do not hold; the first such sentence of the best one's document within
    `window` of it, giving the kind asked if the best does (a date asked stays with the dated sentence); 0 when
    none."""
    own, _, earlier = part.partition(": ")
    words = re.findall(r"[a-z0-9]+", own.lower())
    if len(words) < 3:
        return 0
    best = ranked[0]
    near = [
        (i, _plain(r[3].text))
        for i, r in enumerate(ranked[1:], 1)
        if r[0] >= best[0] - window and r[3].doc == best[3].doc
    ]
    if not near:
        return 0
    held, top = _plain(earlier), _plain(best[3].text)
    for n in (4, 3):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            if gram[0] in _PHRASE_STOP or gram[-1] in _PHRASE_STOP:
                continue
            phrase = " " + " ".join(gram) + " "
            if phrase not in held and phrase not in top and any(phrase in o for _, o in near):
                typed = bool(kind) and has_answer_type(kind, best[3].text, part)
                return next(
                    (
                        j
                        for j, o in near
                        if phrase in o and (not typed or has_answer_type(kind, ranked[j][3].text, part))
                    ),
                    0,
                )
    return 0


def _start_not_an_end(ranked, kind: str | None, part: str, margin: float):
    """For "when did it start", no end nor renewal leading: "On 17 August 2020 … let the … licence expire" and
    "…extended … by another 90 days from 19 August 2019" date other events than the start; a dated sentence telling a
    start ("On 20 May 2019 the Commerce Department issued a 90-day … licence"), else one telling no end, leads within
    twice the margin (after every other preference of `_prefer_kind`)."""
    if kind == "when" and margin and ranked and _START_OF_IT.search(part) and _AN_END.search(ranked[0][3].text):

        def dated(c) -> bool:
            return has_answer_type(kind, c.text, part) and not _AN_END.search(c.text)

        at = _first_within(ranked, 2 * margin, lambda c: dated(c) and bool(_A_START.search(c.text)))
        ranked = _to_front(ranked, at or _first_within(ranked, 2 * margin, dated))
    return ranked


def _prefer_kind(
    ranked,
    kind: str | None,
    part: str,
    margin: float,
    idf: Callable[[str], float] = lambda t: 1.0,
    subjects: frozenset[str] = frozenset(),
    followup: bool = False,
):
    """Answer a "why" with a reason, "who do I escalate to" with a route, "can we…" with a verdict
    ("No, …", "Do not list…") rather than a sentence that only names the rules, and "who else is on the
    list" with a sentence listing names: when the best sentence gives none and one that does scores
    within `margin`, that one leads. A verdict or a list must also be about as close to the question and
    hold about as much of its terms as the best sentence ("can we service the switches we sold": not
    "No, … cannot resell phones"). (The echo of the question — "Commerce revoked the licences" — is not an
    answer to "why did Commerce revoke them?") Other kinds (when, how much, who) are left to the scorer's own type
    signal: leading with a typed sentence there cost squad-half 0.7373 → 0.7306 first-sentence hits and
    gained nothing on the tune half. Two exceptions are narrower: "when does it kick in" prefers, within half the
    margin, a dated sentence saying when the rule applies from (`_start_date`), and "who bought it" one saying it was
    bought or sold (`_doer`). A passive "when was it added", "when did it go on the list" takes, within the whole
    margin, a dated sentence saying that deed: the date of something else done to it is no answer at all. "is the
    affiliates rule still in effect or was it paused" takes, within twice the margin, a sentence saying the rule's
    standing as a fact (`_standing_said`): "…said it would pause it" only announced it."""
    if kind in ("who", None) and _LIST_ASK.search(part):  # ("covered list original members?" names no asking word)
        kind = "list"
    if margin and ranked and (days := _days_asked(part)) and not days <= _days(ranked[0][3].text):
        # "affiliates rule: announced sept 29, paused nov 10 — accurate?": the sentence giving those very days ("…took
        # effect immediately on 29 September 2025…; BIS suspended it … from 10 November 2025") leads one dated 1
        # November that shares more of the words, within the margin
        ranked = _to_front(ranked, _first_within(ranked, margin, lambda c: days <= _days(c.text)))
    if kind == "said" and margin and ranked and speaker(part) and not has_answer_type(kind, ranked[0][3].text, part):
        # "what did the fcc say huawei's risk was when it named it a threat": "On 30 June 2020 the FCC formally
        # designated…" tells the deed; a sentence of its document telling what was said ("FCC Chairman Ajit Pai said…")
        # leads, within the margin (not what the speaker said of something else, years before: "what did huawei say
        # about the fcc investigation" is not answered by Huawei's 2017 denial, but by "Huawei declined to comment…")
        ranked = _to_front(
            ranked, _first_in_own_document(ranked, margin, lambda c: has_answer_type(kind, c.text, part))
        )
    if kind == "explain" and margin and ranked and _ADDS.search(ranked[0][3].text):
        # "tl;dr the fcc investigation into huawei in 2025": "The March 2025 FCC investigation also covers Hytera…" adds
        # a detail to what was said before it; a sentence within the margin saying it first leads
        ranked = _to_front(ranked, _first_within(ranked, margin, lambda c: not _ADDS.search(c.text)))
    if (
        followup
        and kind in _TYPED_IN_A_THREAD
        and margin
        and ranked
        and not has_answer_type(kind, ranked[0][3].text, part)
    ):
        # "since when" after "whats honor's relationship w/ huawei": the thread has the earlier answer, so a sentence
        # giving the date (or amount) asked leads one that only shares the thread's words, within the margin
        ranked = _to_front(ranked, _first_within(ranked, margin, lambda c: has_answer_type(kind, c.text, part)))
    if margin and ranked and _SUBSTITUTE_ASKED.search(part) and not _SUBSTITUTE_OFFERED.search(ranked[0][3].text):
        # "what phones did we put on the line card in place of huawei": "Honor … do not add Honor phones to the line
        # card…" shares the words; the sentence of its document naming what to offer instead ("Position Apple and
        # Samsung as the main smartphone brands…") leads, within four times the margin
        ranked = _to_front(
            ranked, _first_in_own_document(ranked, 4 * margin, lambda c: bool(_SUBSTITUTE_OFFERED.search(c.text)))
        )
    if kind == "when" and margin and ranked and _WHEN_OF_A_THING.match(part):
        if not has_answer_type(kind, ranked[0][3].text, part):
            # "when honor sale" (a side of "honor sale vs the aug 2020 fdpr — in what order"): a thing named, its date
            # asked; "Financial terms of the Honor sale were not disclosed…" names it and gives none, so a dated
            # sentence leads, within the margin
            ranked = _to_front(ranked, _first_within(ranked, margin, lambda c: has_answer_type(kind, c.text, part)))
    if kind == "number" and margin and ranked and _VAGUE_COUNT.search(ranked[0][3].text):
        if not _exact_count(part, ranked[0][3].text):
            # "how many affiliates": "Huawei and dozens of its non-US affiliates…" gives no figure; a sentence
            # counting them ("The listing of Huawei and 68 of its affiliates…") leads, within the margin
            ranked = _to_front(ranked, _first_within(ranked, margin, lambda c: _exact_count(part, c.text)))
    if margin and ranked and _OFFICIAL_NAME_ASKED.search(part) and not _NAME_GIVEN.search(ranked[0][3].text):
        # "whats the official name for rip n replace": "…70 percent of rip and replace participants named the partial
        # payments…" shares "name"; a sentence giving the thing's name leads, within twice the margin
        ranked = _to_front(ranked, _first_within(ranked, 2 * margin, lambda c: bool(_NAME_GIVEN.search(c.text))))
    if margin and ranked and _BOUND_ASKED.search(part) and not _BOUND.search(ranked[0][3].text):
        # "whats the cutoff" (for rip and replace): a sentence stating a bound ("…carriers with 10 million or fewer
        # customers") leads one that only gives a figure of the programme, within the margin (in a thread, four
        # times the margin: "whats the cutoff" after "rip and replace - fully funded now?" shares no word with it)
        window = 4 * margin if followup else margin
        ranked = _to_front(ranked, _first_within(ranked, window, lambda c: bool(_BOUND.search(c.text))))
    if followup and margin and ranked:
        # "and if its out of warranty" after "rma for a faulty huawei phone still under warranty?": a sentence holding
        # the follow-up's own phrase ("For Huawei phones out of warranty, offer a trade-in…") leads the earlier
        # answer's sentence, which lacks it, within three times the margin, from the same document (not "The Mate 80
        # Pro is the first Huawei Mate phone sold outside China" for "is it sold outside china" after the Pura 80)
        ranked = _to_front(ranked, _own_phrase_held(part, ranked, 3 * margin, kind))
    if kind == "when" and margin and ranked and asks_start(part):
        # (a start of something else the best one says, "…had applied since August 2019" of the agency ban, gives way
        # to one saying the start of more of what was asked: "The contractor ban … took effect on 13 August 2020")
        # (nor a start on the other side of a case the question names: "when did the fcc ban on new huawei approvals
        # kick in" is not answered by "since 26 December 2025 the FCC can stop … equipment it had already approved")
        side = _side_asked(part)
        other_side = _OTHER_SIDE[side].search if side else lambda text: None
        # ("temp general license — when did it start": nor a renewal's or an end's date, "…extended … by another 90 days
        # from 19 August 2019")
        ends = _AN_END.search if _START_OF_IT.search(part) else lambda text: None
        off = lambda text: other_side(text) or ends(text)  # noqa: E731
        if off(ranked[0][3].text):  # (the best itself: a start on the side asked leads, within twice the margin)
            ranked = _to_front(
                ranked,
                _first_within(
                    ranked,
                    2 * margin,
                    lambda c: not off(c.text) and says_start(c.text) and has_answer_type(kind, c.text, part),
                ),
            )
        if not says_start(ranked[0][3].text):
            # (in a thread, within twice the margin: "when did it start" after "affiliates rule - is it in effect rn?"
            # shares the thread's words with the suspension's date, not with the day it took effect)
            # ("since when" after a rule stays within half of it: the rule's own start is near the rule)
            wide = followup and _START_ASKED.search(part.partition(": ")[0])
            if wide:
                # (first, further down, from the best sentence's own document: "when did it kick in" after a question on
                # the October 2025 FCC order: "Yes, since 26 December 2025 the FCC can stop…", not another rule's
                # "took effect" that scores as close)
                own = _first_in_own_document(
                    ranked,
                    _START_REACH_IN_OWN_DOCUMENT * margin,
                    lambda c: says_start(c.text) and has_answer_type(kind, c.text, part) and not off(c.text),
                )
                if own:
                    return _to_front(ranked, own)
            return _start_date(ranked, part, 2 * margin if wide else margin / 2, off=off)
        if missing := _rarest_missing(part, ranked[0][3], idf):
            # "when did the 889 contractor ban start applying": "…the section 889 ban on federal purchases … had applied
            # since August 2019" starts another ban; a start of one holding the rarest word it lacks leads, within twice
            # the margin ("The contractor ban in section 889(a)(1)(B) … took effect on 13 August 2020")
            held = _first_within(
                ranked,
                2 * margin,
                lambda c: (
                    missing in c.terms
                    and says_start(c.text)
                    and has_answer_type(kind, c.text, part)
                    and not off(c.text)
                ),
            )
            if held:
                return _to_front(ranked, held)
        return _start_date(ranked, part, margin / 2, above=ranked[0][2] + _COVERAGE_SLACK, off=off)
    if kind == "when" and margin and ranked and not asks_end(part) and _DATED_FORMER_STATE.match(ranked[0][3].text):
        # "when did the fcc ban new equipment authorizations": "Until the October 2025 FCC order, the ban … applied
        # only to…" dates the end of how things stood, not the thing asked; a sentence saying when it took effect leads
        ranked = _start_date(ranked, part, margin)
    if kind == "when" and margin and ranked and EXACT_DAY.search(part) and not FULL_DATE.search(ranked[0][3].text):
        # "when exactly was the h200 ok'd": a sentence giving the day ("On 8 December 2025 …") leads one giving only the
        # month ("…judged in December 2025 that…"), within the margin
        full = _first_within(
            ranked, margin, lambda c: bool(FULL_DATE.search(c.text)) and has_answer_type(kind, c.text, part)
        )
        ranked = _to_front(ranked, full)
    elif kind == "when" and margin and ranked and (months := _months_only(ranked[0][3].text)):
        # "when did harmonyos 6 come out": "…released HarmonyOS 6 … on 22 October 2025" leads "…began rolling out
        # HarmonyOS 6 in October 2025", within twice the margin: the same document's day in the month the best gives
        # is the same date told more exactly, of the thing asked: naming the question's rarest name, or (where the best
        # does not name it either) holding at least half as much of the question (not "…presented the Pura X … on 20
        # March 2025" for "was that before or after harmonyos next went on sale")
        name, (_, _, held, top) = _rarest_name(part, idf), ranked[0]
        ranked = _to_front(
            ranked,
            next(
                (
                    i
                    for i, r in enumerate(ranked[1:], 1)
                    if r[0] >= ranked[0][0] - 2 * margin
                    and r[3].doc == top.doc
                    and _days_of(r[3].text) & months
                    and (
                        (name and name in r[3].terms) or ((not name or name not in top.terms) and 0 < held <= 2 * r[2])
                    )
                ),
                0,
            ),
        )
    if kind == "when" and margin and ranked and asks_end(part):
        # "when does the pause end": a sentence giving the end ("…until 10 November 2026") leads one that only says
        # it would be paused, within the margin; of the thing the best names ("when does the h200 approval expire":
        # not the Huawei licence that expired in 2020)
        name, top = _rarest_name(part, idf), ranked[0][3]
        if not has_answer_type(kind, top.text, part):
            ranked = _to_front(
                ranked,
                _first_within(
                    ranked,
                    margin,
                    lambda c: has_answer_type(kind, c.text, part) and (name in c.terms or name not in top.terms),
                ),
            )
        elif name and name not in top.terms:
            # the best gives the end of something the question does not name ("when does the h200 export approval
            # expire": the licence of 2020): one naming the thing asked leads, with its end if one gives it (else the
            # answer says the corpus does not give the date)
            ranked = _to_front(
                ranked,
                _first_within(ranked, margin, lambda c: name in c.terms and has_answer_type(kind, c.text, part))
                or _first_within(ranked, margin, lambda c: name in c.terms),
            )
    if kind == "who" and ranked and (name := person_asked(part)) and not introduces(name, ranked[0][3].text):
        # "who is kessler": the sentence saying who he is ("Jeffrey Kessler, the US Under Secretary…"), not one only
        # naming him ("Kessler warned the House subcommittee…"), from the best sentence's own document
        ranked = _to_front(ranked, _first_in_own_document(ranked, math.inf, lambda c: introduces(name, c.text)))
    if kind == "who" and margin and ranked and (deed := asked_deed(part)) and not says_deed(deed, ranked[0][3].text):
        # (in a thread, within the whole margin: "who makes the chip in it" after "mate 60 pro - is that 5g?" leads
        # with "…a new Kirin 9000s processor made in China by SMIC", not a sentence holding the thread's "5g")
        return _doer(ranked, part, deed, margin, thread=followup)
    if kind is None and margin and ranked and (deed := what_deed(part)) and not tells_as_verb(deed, ranked[0][3].text):
        # "what did the 2012 house intel report recommend": "…urged US network operators to choose other vendors",
        # not the report's release ("…released an investigative report…"), within twice the margin (the verb is what
        # it asks, the rest names whose deed), or anywhere in the best sentence's own document ("what did the 2012
        # house report recommend": the report's "was a recommendation" leads by far); a noun of the deed tells none
        ranked = _to_front(
            ranked,
            _first_within(ranked, 2 * margin, lambda c: tells_as_verb(deed, c.text))
            or _first_in_own_document(ranked, math.inf, lambda c: tells_as_verb(deed, c.text)),
        )
    if kind == "who" and margin and ranked and _HOLDER_NOW.search(part):
        return _newest_named(ranked, part, margin)
    if margin and ranked and _NEWEST_LAUNCH_Q.search(part) and not years_in(part):
        return _newest_launch(ranked, margin, asked_kinds(part))
    if kind == "when" and margin and ranked and not _SAYING_ASKED.search(part) and _dated_by_saying(ranked[0][3].text):
        # "when did intel and qualcomm lose their huawei licences": "In a regulatory filing on 8 May 2024, Intel said…"
        # dates what was said of it; a sentence dating something else ("On 7 May 2024 … revoked the export licences…")
        # leads, within the margin
        # (of the same thing: holding the rarest of the question's words the first one holds, not "Huawei launched
        # its Mate 70…" for "when did huawei put out its 2024 numbers")
        rarest = _rarest_shared(part, ranked[0][3], idf)
        ranked = _to_front(
            ranked,
            _first_within(
                ranked,
                margin,
                lambda c: (
                    bool(FULL_DATE.search(c.text))
                    and not _dated_by_saying(c.text)
                    and (not rarest or rarest in c.terms)
                ),
            ),
        )
    if kind == "when" and margin and ranked and _LATEST_WHEN.search(part) and not years_in(part):
        # "whats the latest deadline the tgl was extended to": of the dated sentences within the margin, the one with
        # the latest date ("…until 13 August 2020", not the extension "…until 16 February 2020" it replaced)
        ranked = _latest_dated(ranked, margin)
    if kind == "when" and margin and ranked and (deed := when_deed(part)):
        listed = asked_list(part)  # "…added to the covered list": the Covered List, not the Entity List or a USF rule
        best = ranked[0][3].text
        own = part.partition(": ")[0] if followup else part  # (not the earlier question's "actually")
        actual = bool(ACTUAL_DEED.search(own))
        if actual and (took := _took_effect(ranked, deed, part, kind)) is not None:
            return took
        if not (says_deed_itself(deed, best) and names_list(listed, best)):
            # the deed told only of a noun ("…the US order that put Huawei on the Entity List"): that sentence dates
            # another event, so any sentence found that dates the deed itself leads, however far below
            of_a_noun = says_deed(deed, best) and names_list(listed, best)
            found = _doer(ranked, part, deed, margin, "when", listed, anywhere=of_a_noun)
            if found is not ranked or of_a_noun:
                # (and, asked as it actually came to pass, not the announcement found so: "when did huawei actually
                # get put on the entity list" passed over Google's "…order that put Huawei on…" to the 15 May one)
                return (_took_effect(found, deed, part, kind) if actual else None) or found
            # none within the margin tells it: within twice the margin, one that does, holding less of the question
            # ("The first Covered List of March 2021 names … Huawei…" for "fcc covered list - when was huawei added"),
            # rather than an answer saying the corpus does not give the date
            near = [r for r in ranked if r[0] >= ranked[0][0] - 2 * margin]
            found = _doer(near, part, deed, margin, "when", listed, anywhere=True)
            return found + ranked[len(near) :] if found is not near else ranked
    if (
        kind == "money"
        and margin
        and ranked
        # "how much did tsmc end up getting fined", "…actually fined": "could be fined…" gives none
        and not FINAL_ASKED.search(part)
        and not _ACTUAL.search(part)
        and not has_answer_type(kind, ranked[0][3].text, part, lenient=True)
    ):
        # "how big is the rip and replace funding shortfall": a sentence giving an amount ("…the $3.08 billion…")
        # leads one giving none ("…118 of 139 extensions because of the funding shortfall"), within the margin, rather
        # than an answer saying the corpus does not give the amount; of the same thing: from the same passage, or
        # holding at least half as much of the question (not "Huawei priced the Pura 80 Pro from 6,499 yuan" for "h200
        # price per unit in china"); of a figure named in a currency asked, only from the same passage and naming it
        # (not the net profit in dollars, nor Intel's revenue, for "huawei 2024 revenue in dollars": the revenue in yuan
        # stays)
        held = ranked[0][2] / 2
        figures = figures_named(part) if asks_in_currency(part) else set()
        ranked = _to_front(
            ranked,
            next(
                (
                    i
                    for i, r in enumerate(ranked[1:], 1)
                    if r[0] >= ranked[0][0] - margin
                    and (r[3].citation == ranked[0][3].citation or (r[2] >= held and not figures))
                    and figures <= figures_named(r[3].text)
                    and _AMOUNT.search(r[3].text)
                    and has_answer_type(kind, r[3].text, part, lenient=True)
                ),
                0,
            ),
        )
    if kind in ("money", "number") and margin and ranked and (year := _one_year(part)):
        ranked = _figure_of_the_year(ranked, year, margin)
    if kind in ("money", "number") and margin and ranked and FINAL_ASKED.search(part):
        ranked = _figure_of_the_time(ranked, margin, _AMOUNT if kind == "money" else FIGURE, first=False)
    elif kind in ("money", "number") and margin and ranked and _FIRST_ASKED.search(part):
        ranked = _figure_of_the_time(ranked, margin, _AMOUNT if kind == "money" else FIGURE, first=True)
    asked_sub = subsections(part) if margin and ranked else frozenset()
    if (
        asked_sub
        and (kind == "define" or (kind is None and _names_only_subsection(part)))
        and not _defines_subsection(ranked[0][3].text, asked_sub)
    ):
        # "889 part a vs part b, whats the diff": what each subsection does ("…889(a)(1)(A), which stops federal
        # agencies from buying…"), within twice the margin, leads a sentence that only dates it or the whole section
        defining = _first_within(ranked, 2 * margin, lambda c: _defines_subsection(c.text, asked_sub))
        ranked = _to_front(ranked, defining)
    if asked_sub and not subsections(ranked[0][3].text) & asked_sub:
        # "889 part a, whats the diff": a sentence naming the subsection asked ("…section 889(a)(1)(A), which stops
        # federal agencies from buying…") leads one on the whole section, within the margin
        ranked = _to_front(ranked, _first_within(ranked, margin, lambda c: bool(subsections(c.text) & asked_sub)))
    if margin and ranked and _FORMER_STATE.match(ranked[0][3].text) and asks_about_present(part):
        # "can the fcc still block imports of that now": "Until the October 2025 FCC order, … could still be imported"
        # tells how things stood before; a sentence saying how they stand since then leads, within twice the margin
        near = [i for i, r in enumerate(ranked[1:], 1) if r[0] >= ranked[0][0] - 2 * margin and not _former(r[3].text)]
        since = [i for i in near if says_start(ranked[i][3].text)]
        if since:  # the latest start: how things stand now ("since 26 December 2025", not "since 6 February 2023")
            ranked = _to_front(ranked, max(since, key=lambda i: (max(years_in(ranked[i][3].text), default=0), -i)))
        elif near:
            ranked = _to_front(ranked, near[0])
    if margin and ranked and (had := _HAD_DONE.match(ranked[0][3].text)) and asks_about_present(part):
        # "does the affiliates rule mean … is off limits rn": "The Affiliates Rule … had extended…" tells how it stood;
        # a sentence on the same subject that does not tell a former state ("While the Affiliates Rule is suspended,
        # …") leads, within twice the margin
        subject = set(query_terms(had["subject"]))
        ranked = _to_front(
            ranked,
            _first_within(ranked, 2 * margin, lambda c: subject <= c.terms and not _former(c.text)),
        )
    if margin and ranked and (side := _side_asked(part)) and _off_side(side, ranked[0][3].text):
        # (a best sentence written of the other side, "future Huawei phones could not ship with Google apps" for a
        # customer's 25 p30s, answers the other case: one on the side asked leads within twice the margin)
        ranked = _of_the_side(ranked, side, 2 * margin if _OTHER_SIDE[side].search(ranked[0][3].text) else margin)
    if kind == "define" and margin and ranked and _RULE_NAME.search(defined_term(part) or ""):
        return _rule_said(ranked, part, margin)
    if kind is None and margin and ranked and asks_came_to_pass(part):
        if foresees(ranked[0][3].text):
            # "did verizon ever end up selling the mate 10 pro": what came to pass ("Verizon had dropped all plans to
            # sell Huawei phones") leads a report of what would happen ("…would announce deals to sell the Mate 10 Pro")
            ranked = _to_front(ranked, _first_within(ranked, margin, lambda c: not foresees(c.text)))
        # "did verizon ever end up offering the mate 10 pro": what Verizon did, not what resellers could offer
        # ("at&t" as one name; of an elliptical part, "verizon: did at&t end up selling it", its own words)
        name = _rarest_name(joined_names(part.split(": ", 1)[0]), idf)
        if name and name not in ranked[0][3].terms:
            named = _first_within(ranked, margin, lambda c: name in c.terms and not foresees(c.text))
            ranked = _to_front(ranked, named)
    if kind is None and margin and ranked and asks_standing(part) and not says_standing(ranked[0][3].text):
        return _standing_said(ranked, part, 2 * margin, idf)
    if kind is None and margin and ranked and name_on_list(part)[0] and standing_not_told(part, [ranked[0][3].text])[0]:
        # "is zte also on the fcc covered list": a sentence naming ZTE with the Covered List ("The first Covered List
        # of March 2021 names … Huawei, ZTE, …") leads one on the list alone, within the margin
        ranked = _to_front(ranked, _first_within(ranked, margin, lambda c: not standing_not_told(part, [c.text])[0]))
    if kind is None and margin and ranked and (placed := _PLACED_Q.match(part)):
        # "is huawei on our line card": a sentence saying where Huawei is ("…Huawei is off the partner line card") leads
        # one that names it on the way to another subject ("Honor, which Huawei sold…, is now a separate company")
        said = re.compile(
            # (or what of it: "Huawei equipment has been on the FCC Covered List")
            rf"\b{re.escape(placed['who'])}(?:\s+(?!(?:is|are|has|have)\b)[a-z][\w-]*)?\s+"
            r"(?:is|are|remains?|has\s+been|have\s+been)\s+(?:still\s+|now\s+|no\s+longer\s+|"
            r"not\s+)?(?:on|off|in|part\s+of)\b"
            # …or that it was put there: "since March 2021 the FCC has listed Huawei equipment on its Covered List"
            rf"|\b(?:listed|named|added|placed|put)\s+{re.escape(placed['who'])}(?:\s+[a-z][\w-]*)?\s+(?:on|to)\b",
            re.I,
        )
        if not said.search(ranked[0][3].text):
            ranked = _to_front(ranked, _first_within(ranked, margin, lambda c: bool(said.search(c.text))))
    if margin and ranked and _LAW_ASKED.search(part) and not _NAMED_LAW.search(ranked[0][3].text):
        # "which federal law made the fcc write the covered list": a sentence naming the act ("The Secure and Trusted
        # Communications Networks Act became law…") leads, within the margin, one saying only that "federal law bars…"
        ranked = _to_front(ranked, _first_within(ranked, margin, lambda c: bool(_NAMED_LAW.search(c.text))))
    if kind is None and margin and ranked and (listed := _listed_now_asked(part)):
        # (asked without "still" or "now", only a sentence saying it is or has been on the list: "…may still be
        # operating" says nothing of the list)
        on_now = _LISTED_NOW if _NOW_ASKED.search(part) else _ON_THE_LIST
        if not on_now.search(ranked[0][3].text):
            # "is huawei still on the commerce entity list": that it has been on it since May 2019 (or remains on
            # it) leads the announcement that it would be added
            on = _first_within(ranked, margin, lambda c: bool(on_now.search(c.text)) and listed in c.text.lower())
            ranked = _to_front(ranked, on)
    if (
        kind is None
        and margin
        and ranked
        and (state := _STATE_NOW.search(part))
        and not years_in(part)
        and years_in(ranked[0][3].text)
        and (deed := set(query_terms(state["state"])))
        and deed <= ranked[0][3].terms
    ):
        # "is the huawei tgl still extended": of the dated sentences within the margin that say the same deed and hold
        # as much of the question, the one with the latest date tells how things stand ("…extended … until 13 August
        # 2020", not the November 2019 extension it outran)
        top_cov = ranked[0][2]
        ranked = _latest_dated(ranked, margin, lambda r: r[2] >= top_cov - _COVERAGE_SLACK and deed <= r[3].terms)
        # …unless a sentence within the margin, dated later still, tells that the thing ended, naming as much of it as
        # the lead does (the question's terms but the state and "still"): "is the tgl still extended" → "…let the Huawei
        # temporary general licence expire" of August 2020, not an extension it outlived
        subject = set(query_terms(part)) - deed - set(query_terms("still being"))
        held = subject & ranked[0][3].terms
        since = latest_written_date(ranked[0][3].text)
        ranked = _to_front(
            ranked,
            _first_within(
                ranked,
                margin,
                lambda c: says_ended(c.text) and held <= c.terms and latest_written_date(c.text) > since,
            ),
        )
    if margin and ranked and _WHAT_HAPPENED_Q.search(part) and not years_in(part) and years_in(ranked[0][3].text):
        # "what happened with the temporary general license": how it ended up, the latest-dated sentence on it within
        # the margin and holding as much of the question ("…let the Huawei temporary general licence expire" of
        # August 2020, not why it was extended in 2019); only over a dated best (an undated one, "The Service Module
        # was discarded just before re-entry", tells what happened at no date to be later than)
        near = [
            i
            for i, r in enumerate(ranked)
            if r[0] >= ranked[0][0] - margin and r[2] >= ranked[0][2] - _COVERAGE_SLACK and years_in(r[3].text)
        ]
        if near:
            ranked = _to_front(ranked, max(near, key=lambda i: (max(years_in(ranked[i][3].text)), -i)))
    if margin and ranked and _IDENTIFIER_Q.search(part) and not _IDENTIFIER.search(ranked[0][3].text):
        # "the fcc order / docket # for the 2022 equipment auth ban": the sentence giving the order's number ("…under
        # the Report and Order FCC 22-84…") leads, within twice the margin, one that only tells of the order
        ranked = _to_front(ranked, _first_within(ranked, 2 * margin, lambda c: bool(_IDENTIFIER.search(c.text))))
    standing = bool(WHERE_IT_STANDS_Q.search(part))  # "rip and replace — where does it stand now?"
    if (
        kind is None
        and margin
        and ranked
        and (_STATUS_NOW_Q.match(part) or standing)
        and _SAID_WOULD.search(ranked[0][3].text)
    ):
        # "is honor still part of huawei": what Huawei said it would do after the sale gives way, within twice the
        # margin, to a sentence saying how things stand now ("Honor … is now a separate company")
        # (where it stands asked: a sentence saying its standing as a fact, "…suspended the Affiliates Rule…")
        tells = says_standing if standing else lambda text: bool(_STANDS_NOW.search(text))
        now = _first_within(ranked, 2 * margin, lambda c: tells(c.text) and not foresees(c.text))
        ranked = _to_front(ranked, now)
    if (
        kind is None
        and margin
        and ranked
        and (_YES_NO_NOW_Q.match(part) or standing)
        and not YES_NO.match(ranked[0][3].text)
    ):
        # "is rip and replace still going": a sentence answering yes or no of how it stands ("Yes, the FCC's rip and
        # replace programme … is fully funded: on 15 April 2025…") leads a report of how it stood, within the margin,
        # when it holds as much of the question; asked with no word for now ("is rip and replace funded"), when it holds
        # nearly all of it (not "Yes, … fully funded" for "does rip n replace money cover the carrier's engineering")
        # (not a verdict on selling for a question that asks no sale: "do we still do data migration…")
        selling = bool(_SELLING_ASK.search(part))
        asked_now = _STATUS_NOW_Q.match(part) or standing
        floor = ranked[0][2] - _COVERAGE_SLACK if asked_now else max(ranked[0][2], _NEARLY_ALL)
        verdicts = (
            i
            for i, r in enumerate(ranked[1:], 1)
            if r[0] >= ranked[0][0] - margin
            and YES_NO.match(r[3].text)
            and r[2] >= floor
            and (selling or not _on_selling(r[3].text))
        )
        ranked = _to_front(ranked, next(verdicts, 0))
    if kind in (None, "who", "leave") and margin and ranked and asks_eligibility(part):
        if sized_case(part) and not _BOUND.search(ranked[0][3].text):
            # "…a carrier with 15 million subscribers…": a case sized by a count is held against a count stated as
            # the bound of whom it is for ("…designed for carriers with 10 million or fewer customers"), however far
            # below; "Yes, … is fully funded" says nothing of this case
            ranked = _to_front(
                ranked,
                next((i for i, r in enumerate(ranked) if states_condition(r[3].text) and _BOUND.search(r[3].text)), 0),
            )
        ranked = _condition_stated(ranked, part, margin, idf)
        if states_condition(ranked[0][3].text):  # (whom it is for answers "are they eligible", not a "Yes, …")
            return ranked
    if not margin or not ranked or kind not in ("why", "contact", "leave", "list"):
        return ranked
    fits = _fits(kind, part)
    if kind == "why" and (asked := asked_kinds(part)) and ranked[0][3].about_other_kind(asked):
        # "huawei 5g gear - why is it a natsec risk": a reason given of 5G phones is none for network gear; a reason
        # naming no other kind ("The FCC pointed to the two companies' ties to the Chinese government…") leads, within
        # the margin
        reason = _first_within(ranked, margin, lambda c: fits(c.text) and not c.about_other_kind(asked))
        ranked = _to_front(ranked, reason)
    # "can we sell matepads": not the rule on phones; "who do i escalate to" about switches: not the phone-repair route
    kinds = asked_kinds(part) if kind in ("leave", "contact") else frozenset()
    if kind == "contact":
        return _route_for_the_concern(ranked, fits, part, kinds, margin, subjects)
    if kind == "leave" and (out := ruled_out_classes(part)):
        # "…to a non federal customer", "a state contractor": a verdict naming that class is no answer at any score; of
        # the verdicts naming none of them, within twice the margin of the best, one on selling before one on listing,
        # and the one on the most kinds (the rule on every kind, not the Ascend-server rule that says "any customer")
        verdicts = [
            i
            for i, r in enumerate(ranked)
            if fits(r[3].text) and not names_class(r[3].text, out) and not r[3].about_other_kind(kinds)
        ]
        if verdicts:
            near = [i for i in verdicts if ranked[i][0] >= ranked[verdicts[0]][0] - 2 * margin]
            # (for a kind asked, "handsets": any verdict naming it, the best first; else the one on the most kinds)
            i = max(
                near,
                key=lambda i: (
                    _on_selling(ranked[i][3].text),
                    bool(kinds & ranked[i][3].kinds) if kinds else _kinds_ruled(ranked[i][3]),
                    ranked[i][0],
                ),
            )
            return _to_front(ranked, i)
    if kind == "leave" and (asked := classes_asked(part)) and not rule_for_class(ranked[0][3].text, asked, part):
        # "fed contractor customer wants huawei switches, ok or not?": the rule written for that buyer ("…still do not
        # sell Huawei products to any customer that holds or bids for US federal contracts"), within twice the margin
        for i, r in enumerate(ranked[1:], 1):
            if r[0] < ranked[0][0] - 2 * margin:
                break
            close = r[2] >= ranked[0][2] - _COVERAGE_SLACK and r[1] >= ranked[0][1] - _COSINE_SLACK
            ruled = fits(r[3].text) and rule_for_class(r[3].text, asked, part)
            if close and ruled and not r[3].about_other_kind(kinds):
                return _to_front(ranked, i)
    if kind == "leave" and margin and _AFTERCARE_ASKED.search(part) and _on_selling(ranked[0][3].text):
        if not _AFTERCARE.search(ranked[0][3].text):
            # "can we still do warranty support on huawei phones we sold": "No, … partners still cannot resell…" rules
            # on selling, not on the care asked; a sentence on that care leads, within the margin, the one holding the
            # most of the question ("…under the manufacturer's warranty, open a Huawei warranty claim…")
            near = [
                i
                for i, r in enumerate(ranked[1:], 1)
                if r[0] >= ranked[0][0] - margin and _AFTERCARE.search(r[3].text) and not _on_selling(r[3].text)
            ]
            if near:
                return _to_front(ranked, max(near, key=lambda i: (ranked[i][2], ranked[i][0])))
    if fits(ranked[0][3].text):
        if kind == "leave":
            unconditional = _unconditional_rule(ranked, fits, part, 2 * margin, kinds, subjects)
            return _fullest_rule(unconditional, fits, margin, kinds, part, subjects)
        return ranked
    top, top_cos, top_cov = ranked[0][:3]
    # "can we sell the mate 80 pro here": a sentence saying it cannot be sold, imported or marketed answers it,
    # however it begins ("The FCC order … so new Huawei phones such as the Mate 80 Pro cannot be imported…")
    # (when the best sentence says nothing of selling: "we give best-effort advice only")
    sells = kind == "leave" and _asks_selling(part) and not _RULES_ON_SALE.search(ranked[0][3].text)
    rarest = _rarest_name(part, idf) if sells else ""
    # "do we have to stop selling X?" — "No, partners still cannot resell…" answers it backwards: failing a
    # directive, any sentence within the margin that is no "Yes, …"/"No, …" leads instead
    backwards = kind == "leave" and _DUTY.search(part) and YES_NO.match(ranked[0][3].text)
    fallback = None
    # a sentence forbidding the sale of the thing named may lead within twice the margin ("cannot be imported into
    # or marketed" shares no "sell" with the question)
    # (and a list of the names asked, "who is on the covered list": a sentence naming five reads less like the question
    # than one saying something of the list)
    reach = 2 * margin if rarest or kind == "list" else margin
    for i, r in enumerate(ranked[1:], 1):
        if r[0] < top - reach:
            break
        # the same action, of the same thing ("Honor" is not forbidden by a rule on Huawei phones): no closeness check
        forbids = bool(rarest) and rarest in r[3].terms and bool(_FORBIDS_SALE.search(r[3].text))
        if r[0] < top - margin and not forbids and kind != "list":
            continue
        if backwards and fallback is None and not YES_NO.match(r[3].text):
            fallback = i
        # (a list of names holds few of the question's words: "…five Chinese companies: Huawei, ZTE, Hytera…" holds
        # 0.79 of "which companies are on the fcc covered list", against 1.0 for a sentence on the list's enforcement)
        if (
            kind in ("leave", "list")
            and r[2] < top_cov - _COVERAGE_SLACK * (3 if kind == "list" else 1)
            and not forbids
        ):
            continue
        if kind == "leave" and r[1] < top_cos - _COSINE_SLACK and not forbids:  # a list reads unlike any question
            continue
        if r[3].about_other_kind(kinds):
            continue
        if fits(r[3].text) or forbids:
            return _to_front(ranked, i)
    if fallback is not None:
        return [ranked[fallback]] + ranked[:fallback] + ranked[fallback + 1 :]
    return ranked


# Two sides of a case that rules tell apart: devices already in use against those to come, a phone in its warranty
# against one out of it. "do existing phones still get play store?" is not answered by "future Huawei phones could not
# ship with Google apps", however close; a sentence on the side asked, within the margin, leads.
_SIDES = {
    "existing": re.compile(
        # ("phones customers already have", "units they already own", "bought earlier")
        r"\b(?:existing|already (?:sold|in use|installed|bought|approved|authori[sz]ed|ha(?:ve|s)|owns?|use[sd]?|"
        r"using)|in use|older|"
        # ("equipment it approved before the ban", not "devices approved before February 2023", a date's side)
        r"bought (?:earlier|before|previously)|"
        r"(?:approved|authori[sz]ed) (?:earlier|previously|before (?:the|its) ban)|"
        r"previously (?:approved|authori[sz]ed))\b",
        re.I,
    ),
    # ("New Huawei phones lack Google Play services": phones to come, not the ones customers have)
    "coming": re.compile(
        # ("the fcc ban on new huawei approvals": approvals to come, not equipment it had already approved)
        r"\b(?:future|upcoming|new(?:er)?\s+(?:[A-Z]\w+\s+)?(?:models?|phones?|devices?|handsets?|"
        r"approvals?|authori[sz]ations?)|"
        r"launched (?:after|from)|to come)\b",
        re.I,
    ),
    "out of warranty": re.compile(
        r"\b(?:out of (?:the )?(?:\w+'s )?warranty|(?:no longer|not) under warranty|"
        r"warranty (?:has )?(?:expired|ended|run out))\b",
        re.I,
    ),
    "in warranty": re.compile(r"\b(?:(?:still )?under (?:the )?(?:\w+'s )?warranty|in warranty)\b", re.I),
    # "what comes after the 950": what succeeds it ("…followed by the Ascend 960"), not "the generation before it"
    "after": re.compile(
        r"\b(?:(?:comes?|came|coming|is|was|'s)\s+(?:right\s+)?after|successors?|followed by|next (?:chips?|"
        r"models?|generations?|ones?))\b",
        re.I,
    ),
    "before": re.compile(
        r"\b(?:(?:comes?|came)\s+(?:right\s+)?before|predecessors?|generation before|previous (?:chips?|models?|"
        r"generations?|ones?)|preceding)\b",
        re.I,
    ),
}
_OTHER_SIDE = {
    "existing": _SIDES["coming"],
    "coming": _SIDES["existing"],
    "out of warranty": _SIDES["in warranty"],
    "in warranty": _SIDES["out of warranty"],
    "after": _SIDES["before"],
    "before": _SIDES["after"],
}


def _side_asked(part: str) -> str | None:
    """The one side of a case the question names ("existing phones"), or None (none, or both). A follow-up read with
    its thread ("and if it's out of warranty: faulty huawei phone under warranty") names the side of its own words."""
    for text in (part.split(": ", 1)[0], part) if ": " in part else (part,):
        named = [side for side, rx in _SIDES.items() if rx.search(text) and not _OTHER_SIDE[side].search(text)]
        if len(named) == 1:
            return named[0]
    # "customer has 15 huawei p30s from 2019 — do those still get play store updates": devices in use
    return "existing" if cares_for_held(part) and not _SIDES["coming"].search(part) else None


# a sentence telling how things stood before a change: "Until the October 2025 FCC order, …", "Before 2020, …"
# (not a step to take first: "Before quoting a device of another brand, ask…")
_FORMER_STATE = re.compile(r"\s*(?:Until|Before|Prior to)\s+(?![a-z]+ing\b)[^,.;]{3,60},")
# a state told in the past perfect, as it stood before a later change: "The Affiliates Rule, published on 30 September
# 2025, had extended Entity List restrictions to…" (its subject, an aside between commas, then "had" and the deed)
_HAD_DONE = re.compile(
    r"\s*(?!(?:By|On|In|At|As|After|Since|From|Until|When)\b)(?P<subject>[A-Z][^,.;\d]{0,60}?)(?:,[^,.;]{1,60},)?"
    r"\s+had\s+(?:earlier\s+|already\s+)?[a-z]{3,}(?:ed|en)\b"
)
_DATED_FORMER_STATE = re.compile(r"\s*(?:Until|Before|Prior to)\s+[^,.;]{0,40}?\b(?:19|20)\d\d\b[^,.;]{0,30},")
# what someone said they would do ("Huawei said it would hold no shares in Honor"), not a fact of how things stand
_SAID_WOULD = re.compile(
    r"\b(?:said|says|announced|confirmed|promised|pledged|planned|plans)\b[^.;]{0,60}?\b(?:would|will|plans?\s+to)\b",
    re.I,
)


def _off_side(side: str, text: str) -> bool:
    """Is the best sentence on the other side of the case asked, or, for what comes after (or before) a thing, one that
    names no successor (or predecessor) at all ("Eric Xu set out the roadmap…" for "what comes after the 950")?"""
    return bool(_OTHER_SIDE[side].search(text)) or (side in ("after", "before") and not _SIDES[side].search(text))


def _of_the_side(ranked, side: str, margin: float):
    """Of the sentences on the side asked, and not on the other, within the margin and about as close to the question,
    the one holding most of it leads a best one on the other side only."""
    top, top_cos = ranked[0][0], ranked[0][1]
    sided = [
        i
        for i, r in enumerate(ranked[1:], 1)
        if r[0] >= top - margin
        and r[1] >= top_cos - _COSINE_SLACK
        and _SIDES[side].search(r[3].text)
        and not _OTHER_SIDE[side].search(r[3].text)
    ]
    if not sided:
        return ranked
    i = max(sided, key=lambda i: (ranked[i][2], ranked[i][0]))
    return _to_front(ranked, i)


# "who is the fcc chairman now", "who runs honor these days": who holds a post at present
_HOLDER_NOW = re.compile(
    r"\bwho(?:'s|s|\s+is|\s+are|\s+runs|\s+leads|\s+heads|\s+chairs)\b.*\b(?:now|currently|current|today|these days|"
    r"right now|rn|at the moment|nowadays)\b",
    re.I,
)


# "which huawei phone launched most recently", "newest huawei phone?": the latest launch of the thing asked
_NEWEST_LAUNCH_Q = re.compile(
    r"\b(?:newest|latest|most\s+recent(?:ly)?)\b(?=.*\b(?:phones?|laptops?|tablets?|models?|chips?|devices?|"
    r"launch\w*|release[sd]?|came out)\b)|\b(?:launch\w*|release[sd]?|came out)\s+(?:the\s+)?most\s+recently\b",
    re.I,
)
# a launch told with what was launched: "Huawei launched the Mate 80 Pro", "unveiled four Pura 80 phones" (not "phones
# launched from 2025 would run…", "launched in Madrid")
_LAUNCHED = re.compile(
    r"\b(?:[Ll]aunch(?:ed|es)|[Uu]nveil(?:ed|s)|[Rr]eleas(?:ed|es)|[Ii]ntroduc(?:ed|es)|[Pp]resent(?:ed|s))\s+"
    r"(?:(?:its|the|a|an|two|three|four|five|six|new)\s+)*[A-Z]"
)
_SOFTWARE = re.compile(r"\b(?:operating system|software|apps?|version|update|developer)\b", re.I)


def _newest_launch(ranked, margin: float, kinds: frozenset[str]):
    """ "which huawei phone launched most recently": of the sentences within the margin that tell a launch, the one
    with the latest date leads ("…launched the Mate 80 Pro … on 26 February 2026" over "…unveiled four Pura 80 phones
    … on 11 June 2025"); the ranking as it is when none tells one. A device asked (`kinds`) is not launched by a
    sentence naming only other kinds, or software ("Huawei released HarmonyOS 6, … its own operating system")."""

    def launches(text: str) -> bool:
        if not _LAUNCHED.search(text):
            return False
        named = product_kinds(text)
        return not kinds or bool(named & kinds) or (not named and not _SOFTWARE.search(text))

    return _latest_dated(ranked, margin, lambda r: launches(r[3].text))


# a state asked of now by its verb: "is the tgl still extended", "are the fcc letters still being sent"
_STATE_NOW = re.compile(r"^\W*(?:is|are)\b[^?]*\bstill\s+(?:being\s+)?(?P<state>[a-z]{4,}ed)\b", re.I)
# the latest of several dates asked ("the latest deadline", "when was it last extended"; not "last year", nor "made
# final": a state, not the last of several)
_LATEST_WHEN = re.compile(r"\b(?:latest|last|most recent|newest)\b(?!\s+(?:year|month|week|quarter)\b)", re.I)


# a sentence adding to one before it: "The March 2025 FCC investigation also covers…" (not "further extensions")
_ADDS = re.compile(r"^\W*(?:[\w&'’-]+\s+){1,8}?(?:also|additionally|moreover)\b|^\W*(?:in addition)\b", re.I)
# a law asked for by name ("which federal law…", "what statute…", "under what act…")
_LAW_ASKED = re.compile(r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:laws?|statutes?|bills?|acts?|legislation)\b", re.I)
# a law named: "the Secure Equipment Act", "the 2019 NDAA", "Public Law 116-124", "section 889"
_NAMED_LAW = re.compile(r"\b[A-Z][\w-]*\s+(?:[\w-]+\s+){0,5}?Act\b|\bNDAA\b|\bPublic Law\b|\b[Ss]ection \d+")


def _latest_dated(ranked, margin: float, fits: Callable[[tuple], bool] = lambda r: True):
    """Of the sentences within the margin that write a date (and that `fits` takes, given their ranking row), the one
    whose latest date is latest leads; the ranking as it is when none writes one."""
    near = [i for i, r in enumerate(ranked) if r[0] >= ranked[0][0] - margin and fits(r)]
    dated = [(latest_written_date(ranked[i][3].text), -i) for i in near]
    newest = max((d for d in dated if d[0] > (0, 0, 0)), default=None)
    return _to_front(ranked, -newest[1]) if newest else ranked


# where something is, asked yes or no: "is huawei on our line card", "are zte phones still part of the program"
_PLACED_Q = re.compile(r"\W*(?:is|are)\s+(?P<who>[a-z][\w&-]*)\s+(?:still\s+)?(?:on|off|in|part\s+of)\b", re.I)
# a place on a list stated as holding now: "have been on the Entity List since May 2019", "remains on the Entity List";
# asked with "still" or "now", a "still" anywhere says it too ("…named on the Entity List … still need")
_ON_THE_LIST = re.compile(
    r"\b(?:has|have)\s+been\s+(?:on|in|named\s+on|listed\s+on)\b|\bremains?\s+(?:on|in)\b|"
    r"\b(?:is|are)\s+(?:still\s+)?(?:on|in)\s+(?:the|its)\b",
    re.I,
)
_LISTED_NOW = re.compile(rf"{_ON_THE_LIST.pattern}|\bstill\b", re.I)
# "is rip and replace still going", "are the fcc letters still a thing now": a yes-or-no question on how it stands now
_NOW_WORDS = r"still|now|currently|anymore|any\s+more|these\s+days"
_STATUS_NOW_Q = re.compile(rf"\W*(?:is|are|does|do|has|have)\b[^?]*\b(?:{_NOW_WORDS}|rn)\b", re.I)
# a yes or no asked in the present tense, which asks how things stand now whether or not it says "still" ("is rip and
# replace funded")
_YES_NO_NOW_Q = re.compile(r"\W*(?:is|are|does|do|has|have)\b", re.I)
_NEARLY_ALL = 0.9  # the share of the question's weighted terms a verdict must hold when no word for now is asked
# the number a document or rule is filed under, asked ("docket #", "order number", "far clause number") and given
# ("FCC 22-84", "No. 18-89", "52.204-25")
_IDENTIFIER_Q = re.compile(
    r"\b(?:docket|citation|cite|(?:order|case|clause|file|reference|ref|rule|report)\s*(?:#|no\b|nos?\.|num(?:ber)?s?\b))",
    re.I,
)
_IDENTIFIER = re.compile(r"\b(?:[A-Z]{2,}\s+|No\.\s*)\d{1,4}[-.]\d{1,5}\b|\b\d{2,3}\.\d{3}-\d{1,3}\b")
_WHAT_HAPPENED_Q = re.compile(r"\bwhat(?:\s*ever|'?s)?\s+happen(?:ed|ing)\s+(?:with|to)\b", re.I)
_STANDS_NOW = re.compile(r"\b(?:(?:is|are|has|have)\s+now|remains?|no\s+longer|currently)\b", re.I)
_NOW_ASKED = re.compile(rf"\b(?:{_NOW_WORDS}|today)\b", re.I)


def _listed_now_asked(part: str) -> str:
    """The list ("entity list") whose present hold on a name the part asks ("is huawei still on the entity list",
    "is zte on the covered list now"), or ""."""
    name, _, place = name_on_list(part)
    # (asked in the present tense, "is huawei on the entity list?", it asks the same)
    word = list_word(place) if name and (_NOW_ASKED.search(part) or re.match(r"\W*(?:is|are)\b", part)) else ""
    return f"{word} list" if word else ""


def _newest_named(ranked, part: str, margin: float):
    """ "who is the fcc chairman now": of the sentences within the margin that name someone and hold about as much of
    the question, the one of the latest year leads ("FCC Chairman Brendan Carr said in March 2025…" over "On 23 March
    2018 FCC Chairman Ajit Pai said…"): a name of an earlier year held the post then."""
    top_cov = ranked[0][2]
    best, best_year = 0, max(years_in(ranked[0][3].text), default=0)
    for i, r in enumerate(ranked[1:], 1):
        if r[0] < ranked[0][0] - margin:
            break
        year = max(years_in(r[3].text), default=0)
        if year > best_year and r[2] >= top_cov - _COVERAGE_SLACK and has_answer_type("who", r[3].text, part):
            best, best_year = i, year
    return _to_front(ranked, best)


# a rule, a law or a list by its name ("foreign direct product rule", "temporary general licence", "section 889"): what
# it is, is what it requires or forbids (not so for "the irish term for private schools")
_RULE_NAME = re.compile(
    r"\b(?:rules?|acts?|laws?|bans?|lists?|licen[cs]es?|orders?|programmes?|programs?|regulations?|polic(?:y|ies)|"
    r"guidance|section|provisions?|designations?|prohibitions?|restrictions?|controls?|sanctions?|statutes?|"
    r"directives?|exemptions?|waivers?)\b",
    re.I,
)


def _rule_said(ranked, part: str, margin: float):
    """ "what is the foreign direct product rule": a sentence within the margin that defines the thing (it heading
    the subject or in apposition) leads; when none does, one that says what it requires or forbids ("no foreign-made
    item may go to Huawei without a licence if it is the direct product of…") leads over one that only names it in a
    dated event ("…widened the foreign direct product rule"), if it holds about as much of the question."""
    near = [r for r in ranked if r[0] >= ranked[0][0] - margin]
    term = (defined_term(part) or "").lower()
    if term and not _states_what(ranked[0][3].text, term):
        # "whats section 889": "Section 889 of the 2019 NDAA bars US federal agencies from…" (the thing itself the
        # subject of what it does) leads "The section 889 ban on use applies to…", within three times the margin when
        # it holds as much of the question
        top_cov = ranked[0][2]
        stating = next(
            (
                i
                for i, r in enumerate(ranked[1:], 1)
                if r[0] >= ranked[0][0] - 3 * margin
                and r[2] >= top_cov - _COVERAGE_SLACK
                and _states_what(r[3].text, term)
            ),
            0,
        )
        if stating:
            return _to_front(ranked, stating)
    if has_answer_type("define", near[0][3].text, part) or has_answer_type("explain", near[0][3].text, part):
        return ranked
    if defining := _first_within(ranked, margin, lambda c: has_answer_type("define", c.text, part)):
        # "what is the covered list": "…published its Covered List of communications equipment…" leads a remark on
        # it ("Rosenworcel said … the Covered List was a big step toward restoring trust")
        return _to_front(ranked, defining)
    said = [
        i
        for i, r in enumerate(near[1:], 1)
        if r[2] >= ranked[0][2] - _COVERAGE_SLACK and has_answer_type("explain", r[3].text, part)
    ]
    # one on the rule asked before one on another rule that names it ("While the Affiliates Rule is suspended, Entity
    # List restrictions apply only to…" is about the Affiliates Rule)
    own = [i for i in said if not _names_other_rule(ranked[i][3].text, term)]
    return _to_front(ranked, (own or said)[0]) if said else ranked


# what a rule does, said with the rule itself as the subject
_RULE_DOES = (
    r"(?:is|are|was|were|bars|bans|forbids|prohibits|requires|names|lists|covers|stops|blocks|lets|allows|restricts|"
    r"means|sets\s+out)"
)


def _states_what(sentence: str, term: str) -> bool:
    """Does the sentence say what the rule asked about is or does, with the rule as its subject ("Section 889 of the
    2019 NDAA bars…", "The Entity List, kept by BIS, names…"), not as a word before another noun ("The section 889
    ban on use applies…")?"""
    words = r"\s+".join(re.escape(w) for w in term.split())
    if re.match(
        rf"(?:the\s+)?{words}(?:\s*\([^)]{{1,40}}\))?(?:\s+(?:of|in|under)\s+(?:the\s+)?[\w\s-]{{1,40}}?)?"
        rf"(?:,[^,]{{1,80}},)?\s+{_RULE_DOES}\b",
        sentence,
        re.I,
    ):
        return True
    # "fcc bad labs rules": "The May 2025 FCC "bad labs" order means that…", its name (without the agency's acronym)
    # heading the subject under another word for a rule, after a date and the agency
    core = term.split()
    if core and len(core[0]) <= 4 and not english_word(core[0], modern=False):
        core = core[1:]
    if len(core) < 3 or not _RULE_NOUN.fullmatch(core[-1]):
        return False
    name = r"\s+".join(re.escape(w) for w in core[:-1])
    return bool(
        re.match(
            rf"(?:the\s+)?(?:[\w-]+\s+){{0,3}}?[\"'“]?{name}[\"'”]?\s+{_RULE_NOUN.pattern}\s+{_RULE_DOES}\b",
            sentence,
            re.I,
        )
    )


_RULE_NOUN = re.compile(r"(?:rules?|orders?|acts?|bans?|programmes?|programs?|regulations?)", re.I)


# a rule named by its capitalised name: "the Affiliates Rule", "the Secure Equipment Act", "the Entity List"
_NAMED_RULE = re.compile(r"\b((?:[A-Z][\w-]*\s+){1,4})(?:Rule|Act|List|Order|Licen[cs]e)\b")


def _names_other_rule(text: str, term: str) -> bool:
    """Does the sentence name a rule by its capitalised name other than the one asked about (`term`)?"""
    names = (
        re.sub(r"^(?:the|a|an|its|this)\s+", "", m.group(1).strip(), flags=re.I) for m in _NAMED_RULE.finditer(text)
    )
    return any(name.lower() not in term for name in names if name)


# a figure: a currency sign and digits, or digits and a scale or currency word ("891 billion yuan", "$8.6 billion");
# also what makes a quoted sentence one stating an amount (index/answer/answering.py)
FIGURE = re.compile(
    r"[$\u20ac\u00a3\u00a5]\s?\d[\d,.]*"
    r"|\b\d[\d,.]*\s*(?:billion|million|thousand|bn|yuan|dollars|euros|percent|per cent|%)",
    re.I,
)


_IN_A_DATE = re.compile(rf"\b{MONTH}\s*,?\s*$", re.I)


def _one_year(part: str) -> str | None:
    years = set(YEAR.findall(part))
    return years.pop() if len(years) == 1 else None


def _figures_of(text: str) -> list[str | None]:
    """For each figure in the sentence, the year written last before it ("Huawei's 2024 sales came close to the 2020
    record of about 891 billion yuan": 2020), or None."""
    out = []
    for m in FIGURE.finditer(text):
        # a year in a full date ("in a filing on 8 May 2024") says when it was said, not whose figure it is
        before = [y for y in YEAR.finditer(text, 0, m.start()) if not _IN_A_DATE.search(text, 0, y.start())]
        out.append(before[-1].group(0) if before else None)
    return out


def _figure_of_the_year(ranked, year: str, margin: float):
    """ "huawei 2024 revenue?": when every figure of the best sentence follows another year (the 2020 record), a
    sentence within `margin` with a figure that follows the year asked ("revenue in 2024 was 862.1 billion yuan")
    leads."""
    top = _figures_of(ranked[0][3].text)
    if not top or any(y in (year, None) for y in top):
        return ranked
    for i, r in enumerate(ranked[1:], 1):
        if r[0] < ranked[0][0] - margin:
            break
        if year in _figures_of(r[3].text):
            return _to_front(ranked, i)
    return ranked


# "how much did congress END UP giving": the last figure, not the one a sentence calls the first ("The $1.9 billion
# Congress had first provided was not enough…")
_EARLIER_FIGURE = re.compile(r"\b(?:first|initially|originally|earlier|at the outset)\b", re.I)


_AMOUNT = re.compile(
    r"[$\u20ac\u00a3\u00a5]\s?\d[\d,.]*(?:\s*(?:billion|million|bn)\b)?|\b\d[\d,.]*\s*(?:billion|million|bn|yuan|dollars|euros)\b",
    re.I,
)


def _figure_of_the_time(ranked, margin: float, figure: re.Pattern, first: bool):
    """A part asking the final amount (`first` False): when the best sentence's only figure is one it calls the first
    or earlier one, a sentence within twice `margin` with a figure (an amount, for "how much") and no such word leads,
    as the best one is known not to answer (one that also gives the later figure, "…$1.9 billion, … and the $3.08
    billion … comes on top", answers it). A part asking the first amount: when the best sentence has no figure so
    called, one within twice `margin` that has one leads."""
    top = ranked[0][3].text
    called_earlier = bool(_EARLIER_FIGURE.search(top))
    if first and figure.search(top) and called_earlier:
        return ranked
    if not first and (len(figure.findall(top)) != 1 or not called_earlier):
        return ranked
    for i, r in enumerate(ranked[1:], 1):
        if r[0] < ranked[0][0] - 2 * margin:
            break
        if figure.search(r[3].text) and bool(_EARLIER_FIGURE.search(r[3].text)) == first:
            return _to_front(ranked, i)
    return ranked


# "how much did congress ORIGINALLY give": the figure a sentence calls the first or earlier one
_FIRST_ASKED = re.compile(r"\b(?:originally|initially|at first|first|to begin with|to start with)\b", re.I)


def _fullest_rule(
    ranked,
    fits,
    margin: float,
    kinds: frozenset[str] = frozenset(),
    part: str = "",
    subjects: frozenset[str] = frozenset(),
):
    """Of the rules within `margin` of the best one (and about as close in meaning), the one that holds the most
    of the question's terms leads ("can we list matebook laptops": "Do not … list … phones, tablets, laptops…",
    not "No, … cannot resell phones"); never a rule on another kind of product ("can we resell matebooks": a
    best rule on phones gives way to the first rule within `margin` that is not), nor, when a rule for any buyer leads,
    one for a class of buyer the question does not name."""
    top = ranked[0]
    best_i = _first_of_the_kind(ranked, fits, margin, kinds) if top[3].about_other_kind(kinds) else 0
    lead = ranked[best_i]
    for i, r in enumerate(ranked[1:], 1):
        if r[0] < top[0] - margin:
            break
        fuller = r[2] > ranked[best_i][2] or (
            # "can we sell huawei" (no kind named): of rules holding as much of it, the one on more kinds
            not kinds and r[2] == ranked[best_i][2] and _kinds_ruled(r[3]) > _kinds_ruled(ranked[best_i][3])
        )
        if (
            fits(r[3].text)
            and fuller
            and r[1] >= lead[1] - _COSINE_SLACK
            and not r[3].about_other_kind(kinds)
            # not back to a rule for a class of buyer not asked about, once one for any buyer leads
            and (buyers_not_asked(top[3].text, part) or not buyers_not_asked(r[3].text, part))
            # … nor to one for products holding a part not asked about ("…that contains a Huawei Ascend 910B…")
            and (part_not_asked(top[3].text, part, subjects) or not part_not_asked(r[3].text, part, subjects))
        ):
            best_i = i
    return ranked if best_i == 0 else [ranked[best_i]] + ranked[:best_i] + ranked[best_i + 1 :]


_ACTUAL = re.compile(r"\b(?:actually|really)\b", re.I)
_ON_SELLING = re.compile(r"\b(?:sell|resell|sold|resold|sale|resale)\b", re.I)


def _on_selling(text: str) -> bool:
    return bool(_ON_SELLING.search(text))


def _kinds_ruled(candidate) -> int:
    return len(candidate.kinds) + (10 if candidate.any_kind else 0)


def _unconditional_rule(
    ranked, fits, part: str, margin: float, kinds: frozenset[str], subjects: frozenset[str] = frozenset()
):
    """ "can we sell huawei": the best rule holds only for a class of buyer the question does not name (federal
    contractors), which reads as a yes for everyone else; a rule within `margin` (and about as close in meaning)
    that holds for any buyer leads instead, and at any score when the question rules that class out ("…to a non
    federal customer"). The same for a rule on products holding a part the question does not name ("…any server,
    AI system or other product that contains a Huawei Ascend 910B…" for "can we quote huawei if they sign a waiver")."""
    top = ranked[0]
    funds = unasked_funds(top[3].text, part)  # "a school cannot use E-Rate money…" for "…to a school district"
    component = part_not_asked(top[3].text, part, subjects)
    if not buyers_not_asked(top[3].text, part) and not funds and not component:
        return ranked
    # "…to a non federal customer", "…to a state contractor": that class is ruled out, its rule no answer at any score
    excluded = excludes_buyers(top[3].text, part) or funds
    for i, r in enumerate(ranked[1:], 1):
        if r[0] < top[0] - margin and not excluded:
            break
        if (
            fits(r[3].text)
            and r[1] >= top[1] - _COSINE_SLACK
            and not r[3].about_other_kind(kinds)
            and not buyers_not_asked(r[3].text, part)
            and not unasked_funds(r[3].text, part)
            and not part_not_asked(r[3].text, part, subjects)
        ):
            return _to_front(ranked, i)
    return ranked


# products ruled on for a part they hold: "…any server, AI system or other product that contains a Huawei Ascend 910B,
# 910C or 910D chip"
_CONTAINING = re.compile(r"\b(?:that|which)\s+(?:contains?|holds?|uses?|runs? on)\s+(?P<what>[^,;.]{3,60})", re.I)


def part_not_asked(sentence: str, part: str, subjects: frozenset[str] = frozenset()) -> bool:
    """Is the sentence a rule on products holding a part named by a name the question does not write (the maker asked
    about, `subjects`, aside): "…that contains a Huawei Ascend 910B…" for "can we quote huawei"?"""
    m = _CONTAINING.search(sentence)
    if not m:
        return False
    names = {
        w
        for w in re.findall(r"[a-z0-9]+", m["what"].lower())
        if (any(ch.isdigit() for ch in w) or not english_word(w, modern=False)) and w not in subjects
    }
    return bool(names) and not names & set(re.findall(r"[a-z0-9]+", part.lower()))


def _rarest_missing(part: str, top: Candidate, idf: Callable[[str], float]) -> str:
    """The rarest of the part's terms of its subject (not words of time or of starting) that the best sentence lacks,
    when it is rarer than some term the best sentence holds; else ""."""
    terms = [t for t in query_terms(part) if t not in _WHEN_WORDS and t not in _START_TERMS]
    missing = [t for t in terms if t not in top.terms]
    held = [t for t in terms if t in top.terms]
    rarest = max(missing, key=idf, default="")
    return rarest if rarest and held and idf(rarest) > min(idf(t) for t in held) else ""


_START_TERMS = frozenset(
    query_terms(
        "start started starting begin began begins apply applying applied kick kicked kicks effect effective "
        "take takes took taken taking force go went come came"
    )
)


def _rarest_name(part: str, idf: Callable[[str], float]) -> str:
    """What is to be sold, by its name: of the words no dictionary holds and the model numbers ("pura", "80"),
    the rarest term."""
    names = [w for w in re.findall(r"[a-z0-9]+", part.lower()) if w.isdigit() or not english_word(w, modern=False)]
    return max(query_terms(" ".join(names)), key=idf, default="")


def _condition_stated(ranked, part: str, margin: float, idf: Callable[[str], float]):
    """ "which carriers qualify for rip and replace": a sentence stating whom it is for ("designed for carriers with 10
    million or fewer customers") leads, within `margin` of the best and naming what it is about, one that says something
    else of it (its funding)."""
    if states_condition(ranked[0][3].text):
        return ranked
    rarest = _rarest_shared(part, ranked[0][3], idf)
    for i, r in enumerate(ranked[1:], 1):
        if r[0] < ranked[0][0] - margin:
            break
        if states_condition(r[3].text) and (not rarest or rarest in r[3].terms):
            return _to_front(ranked, i)
    return ranked


def _rarest_shared(part: str, best, idf: Callable[[str], float], aside: str = "") -> str:
    """The rarest term of the question that the best sentence holds too (the thing asked about), not a year nor one of
    the words `aside` (those asking what is said of it: "pause", "eligible")."""
    shared = (set(query_terms(part)) & best.terms) - set(query_terms(aside))
    return max((t for t in shared if not YEAR.fullmatch(t)), key=idf, default="")


def _standing_said(ranked, part: str, margin: float, idf: Callable[[str], float]):
    """ "is the affiliates rule still in effect or was it paused": a sentence saying, as a fact, that the rule took
    effect, was suspended or ended leads when it scores within `margin` of the best, which says only that someone
    would pause it (or something else of it), and names the rule's rarest term."""
    # the rule by its rarest term that the best sentence holds too, not a word of its standing ("pause", "effect")
    rarest = _rarest_shared(part, ranked[0][3], idf, _STANDING_WORDS)
    # in the phrases the best one holds it in: "the covered parts rule" is not the Affiliates Rule suspended "as part
    # of" a deal
    phrases = {p for p in sentence_pairs(part) & ranked[0][3].pairs if rarest in p}
    near = [
        i
        for i, r in enumerate(ranked[1:], 1)
        if r[0] >= ranked[0][0] - margin
        and says_standing(r[3].text)
        and (not rarest or rarest in r[3].terms)
        and phrases <= r[3].pairs
    ]
    # one that names the standing ("took effect", "suspended") before one that only dates it ("since March 2021")
    said = [i for i in near if _STANDING_NAMED.search(ranked[i][3].text)]
    return _to_front(ranked, (said or near)[0]) if near else ranked


_STANDING_NAMED = re.compile(
    r"\b(?:took|takes|take) effect|\bin (?:effect|force)\b|\b(?:suspended|expired?|lapsed|revoked|rescinded|repealed|"
    r"remains?|no longer)\b",
    re.I,
)
_STANDING_WORDS = (
    "effect effective force active valid live enforced thing around pause paused suspend suspended hold dead expire "
    "expired lapse lapsed scrap scrapped repeal repealed rescind rescinded reverse reversed revoke revoked lift lifted "
    "still yet now today currently"
)
_STANDING_TERMS = frozenset(query_terms(_STANDING_WORDS))


# how many margins below the best a start told in the best sentence's own document may score and still lead a thread's
# "when did it kick in"
_START_REACH_IN_OWN_DOCUMENT = 3.0


def _start_date(ranked, part: str, margin: float, above: float = -1.0, off: Callable = lambda text: None):
    """ "when does it kick in": a dated sentence saying when it applies from ("took effect on", "since 26 December
    2025") leads when it scores within `margin` of the best, which gives another date (an adoption, a vote). Only a
    close one: on a topic whose sentences never say "took effect", the best sentence's date still answers. `above`:
    only one holding more of the question's terms than that; `off`: none written of the other side of a case asked."""
    for i, r in enumerate(ranked[1:], 1):
        if r[0] < ranked[0][0] - margin:
            break
        if r[2] > above and says_start(r[3].text) and has_answer_type("when", r[3].text, part) and not off(r[3].text):
            return _to_front(ranked, i)
    return ranked


def _former(sentence: str) -> bool:
    """Does the sentence tell how things stood before a change ("Until the October 2025 FCC order, …", "…had
    extended…")?"""
    return bool(_FORMER_STATE.match(sentence) or _HAD_DONE.match(sentence))


# a date that dates a saying: "in a regulatory filing on 8 May 2024", "Qualcomm confirmed on 8 May 2024"
_SAID_ON = re.compile(
    rf"\b(?:in\s+an?\s+(?:[\w-]+\s+)?(?:filing|statement|interview|post|letter|blog)\s+on"
    rf"|(?:said|says|reported|confirmed|announced|told\s+\w+)\s+on)\s+(?P<date>\d{{1,2}}\s+{MONTH}\s+(?:19|20)\d\d)\b",
    re.I,
)
# a question asking when something was said, reported or announced
_SAYING_ASKED = re.compile(
    r"\b(?:say|said|says|report\w*|announc\w*|confirm\w*|file|filed|filing|disclos\w*|state|stated|told|tell|"
    r"comment\w*|warn\w*|publish\w*|releas\w*|put\s+out|results?|numbers|earnings)\b",
    re.I,
)


def _dated_by_saying(text: str) -> bool:
    """Are all the full dates of the sentence dates of something said ("In a regulatory filing on 8 May 2024, Intel
    said…")?"""
    dates = [m.group(0) for m in FULL_DATE.finditer(text)]
    said = [m["date"] for m in _SAID_ON.finditer(text)]
    return bool(dates) and len(said) >= len(dates)


# the start of something asked in a follow-up's own words: "when did it start", "when did that kick in"
_START_ASKED = re.compile(
    r"\b(?:start\w*|began|begin\w*|kick\w*\s+in|take[ns]?\s+effect|took\s+effect|go\s+live)\b", re.I
)


def _took_effect(ranked: list, deed: frozenset[str], part: str, kind: str) -> list | None:
    """ "when did huawei actually go on the entity list": "…announced that Huawei would be added…" dates the
    announcement; the same document's sentence saying when the listing took effect leads, however far below (None
    when the leading sentence is no announcement, or no such sentence is found)."""
    if not ranked or not only_announced(deed, ranked[0][3].text):
        return None
    took = next(
        (
            i
            for i, r in enumerate(ranked[1:], 1)
            if r[3].doc == ranked[0][3].doc  # (of the same story, the list goes without saying)
            and names_list(listed_who(part), r[3].text)  # (of whom was listed: "The listing of Huawei…")
            and says_start(r[3].text)
            and has_answer_type(kind, r[3].text, part)
        ),
        0,
    )
    return _to_front(ranked, took) if took else None


def _held_beside_kind(part: str, best) -> frozenset[str] | None:
    """The question's words the best holds beside the kind of doer it asks, when it holds that kind ("which company
    bought honor": "Honor, which Huawei sold…, is now a separate company" holds "honor" beside "company"): a sentence
    holding those holds as much of what is asked. None when the best holds no such kind."""
    kind = sentence_terms(doer_kind(part))
    if not kind & best.terms:
        return None
    return frozenset((sentence_terms(part) - _PHRASE_STOP) & best.terms - kind)


def _doer(
    ranked,
    part: str,
    deed: frozenset[str],
    margin: float,
    kind: str = "who",
    listed: str = "",
    anywhere: bool = False,
    thread: bool = False,
):
    """ "who bought honor": a sentence saying the deed was done ("…would sell its Honor business to Shenzhen Zhixin…")
    and naming someone leads when it scores within `margin` of the best, which names someone for another deed
    ("Reuters had estimated…"). Only a close one (the caller gives the margin), holding as much of the question (what
    was bought), with the deed as a verb: "Honor, which…" says no one honours a warranty, "after the miss" no one
    missed. With `kind` "when", a dated sentence saying the deed asked in the passive or as a place taken on a list
    ("when did huawei go on the covered list"): "since March 2021 the FCC has listed Huawei equipment on its Covered
    List", not the date of an investigation into companies on it. With `listed` (the list the question names), the
    sentence must name that list and the one put on it: a rule on the Entity List is no date of ZTE's listing.
    `anywhere`: the best tells the deed only of a noun, so it dates another event, and any such sentence leads.
    `thread`: a follow-up, read with the earlier question, whose words the best holds more of; they are not what is
    asked, so the sentence need not hold as much."""
    beside_kind = _held_beside_kind(part, ranked[0][3])
    for i, r in enumerate(ranked[1:], 1):
        if r[0] < ranked[0][0] - margin and not anywhere:
            break
        if (
            # as much of the question: unless the best names another list ("…named Huawei and ZTE as the first covered
            # companies under the rule" holds "covered" too, of the USF rule), or holds more only by the kind of doer
            (
                r[2] >= ranked[0][2]
                or not names_list(listed, ranked[0][3].text)
                or anywhere
                or thread
                or (beside_kind is not None and beside_kind <= r[3].terms)
            )
            and (says_deed_itself if kind == "when" else says_deed)(deed, r[3].text)
            and names_list(listed, r[3].text)
            and (not listed or names_list(listed_who(part), r[3].text))  # ZTE's listing, not a rule on the list
            and has_answer_type(kind, r[3].text, part)
        ):
            return _to_front(ranked, i)
    return ranked


# How much less of the question a verdict or a list may hold, and how much less close in meaning it may be,
# than the best sentence: a rule on another action ("do not enrol…" for "should we tell customers to
# replace their routers?") does not lead.
_COVERAGE_SLACK = 0.1
_COSINE_SLACK = 0.05


def fits_kind(kind: str | None, part: str, sentence: str) -> bool:
    """Does the sentence give what `kind` asks for: a verdict for "can we…", a route for "who do I ask…", a
    reason for "why"…?"""
    return bool(kind) and _fits(kind, part)(sentence)


def _fits(kind: str, part: str) -> Callable[[str], bool]:
    """Does a sentence give what `kind` asks for? For "do we have to / should we", a directive ("Do not
    list…", "Partners must…"): a "Yes, …" or "No, …" written for "can we" would answer it backwards."""
    if kind == "leave":
        verdict = _STEP_FIRST if _DUTY.search(part) else _VERDICT
        if _KEEPING_ASKED.search(part) and verdict is _VERDICT:
            # (not a rule on our selling to them, "still do not sell Huawei products to any customer that holds…
            # federal contracts", for "can they keep huawei routers in the office": the customer's keeping is asked)
            selling = _asks_selling(part)
            return lambda t: bool((verdict.match(t) and (selling or not _on_selling(t))) or _CUSTOMERS_MAY.match(t))
        # (a directive after a semicolon too, on a name the question asks of: "can we sell honor" is answered by "Honor
        # … is now a separate company; do not add Honor phones to the line card until…")
        asked = set(re.findall(r"[a-z][\w&-]*", part.lower()))
        return lambda t: bool(verdict.match(t) or _directs_on(t, asked))
    if kind == "list":
        return lambda t: names_listed(t) >= 3
    return lambda t: has_answer_type(kind, t, part)


# "who else is on the list", "which companies besides huawei": the members, a sentence that lists them
_LIST_ASK = re.compile(
    r"\b(?:besides|other than|apart from|who else|who(?:'s|s| is| are| was| were|\s+all) on|"
    # "which other companies are on it", "what other vendors are listed"
    r"(?:which|what) (?:other )?(?:companies|firms|vendors|makers)|"
    r"full list|full names|(?:original|first|initial) members)\b"
    r"(?=.*\b(?:on|lists?|listed|named|names|covers?|covered|includ\w*)\b|(?<=members)\W*$|(?<=on)\s+it\W*$)",
    re.I,
)
_LISTED_NAME = r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*"
_LISTING = re.compile(rf"\b{_LISTED_NAME}(?:,\s+{_LISTED_NAME})+,?\s+(?:and|or)\s+{_LISTED_NAME}")


_CALENDAR = re.compile(rf"(?:{MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


def names_listed(sentence: str) -> int:
    """How many names the sentence lists in a series ("Huawei, ZTE, Hytera, Hikvision and Dahua"); months
    and weekdays are no names ("in January, February and March")."""
    m = _LISTING.search(sentence)
    if not m:
        return 0
    return sum(1 for n in re.findall(_LISTED_NAME, m.group(0)) if not _CALENDAR.match(n.rstrip(".")))


# A sentence that gives the verdict a "can we…" asks for: "Yes, …", "No, …", "Do not list…",
# "As of 20 May 2025, still do not sell…", "Partners may…".
_AS_OF = r"^(?:as of [^,]{3,30}, )?"
_DIRECTIVE = re.compile(
    # ("As of 2 March 2026, we still do not swap faulty Huawei phones from our own stock")
    rf"{_AS_OF}(?:(?:partners|resellers|we) )?(?:still )?(?:do not|don't|never)\b|"
    rf"{_AS_OF}(?:partners|resellers|we|you) (?:still )?(?:must|should)\b",
    re.I,
)
# what to do first in the case asked, a duty asked ("do we need to check anything"): "Before quoting a device of another
# brand, ask the compliance office to check…"
_STEP_FIRST = re.compile(
    rf"{_DIRECTIVE.pattern}|{_AS_OF}(?:before|when|if|after)\b[^,;.]{{0,80}},\s*(?:still\s+)?(?:do not|don't|never|"
    r"ask|check|confirm|get|send|escalate|route)\b",
    re.I,
)
_DIRECTIVE_CLAUSE = re.compile(r";\s+(?:still\s+)?(?:do not|don't|never)\s+(?P<rest>[^;.]+)", re.I)


def _directs_on(sentence: str, asked: set[str]) -> bool:
    """Does a clause after a semicolon direct partners ("…; do not add Honor phones…") on a name the question asks
    of (a word written with a capital there, lower-cased in `asked`)?"""
    m = _DIRECTIVE_CLAUSE.search(sentence)
    return bool(m) and any(w.lower() in asked for w in re.findall(r"\b[A-Z][\w&-]+", m["rest"]))


YES_NO = re.compile(rf"{_AS_OF}(?:yes|no),", re.I)  # a verdict written for a yes/no question
_VERDICT = re.compile(
    rf"{YES_NO.pattern}|{_DIRECTIVE.pattern}|"
    rf"{_AS_OF}(?:partners|resellers|we|you) (?:still )?(?:may|can|cannot|can't)\b",
    re.I,
)
# the customer's side, a verdict when that side is asked ("are huawei phones illegal to own", "can the cust keep
# using it"): "Customers who still use Huawei phones bought earlier may keep them"
_CUSTOMERS_MAY = re.compile(rf"{_AS_OF}customers\b[^,;:.]{{0,60}}?\b(?:may|can|cannot|can't|must)\b", re.I)
# (or the customer's using it: "can they use huawei phones internally")
_KEEPING_ASKED = re.compile(
    r"\b(?:keep|keeping|own|owning|possess|possessing)\b|\b(?:can|may|could)\s+(?:they|he|she)\s+(?:still\s+|even\s+)?"
    r"(?:use|run)\b",
    re.I,
)
# "can we sell / resell / list / quote / import / stock X": a question about selling it
_SELLING_ASK = re.compile(
    r"\b(?:can|could|may|are|is|allowed to|ok to|legal to)\b.*"
    r"\b(?:sell|resell|list|quote|import|stock|carry|market|offer)(?:s|ing)?\b",
    re.I,
)
# a customer wanting goods, in a question whether that is allowed: "customer wants 20 huawei phones, ok?" (what follows
# is checked for a kind of product: not "needs support", "wants warranty service", "asking for a refund")
_WANTS = re.compile(
    r"\b(?:wants?|needs?|asking\s+for|asks\s+for|looking\s+for|ordering|requesting)\s+(?:to\s+(?:buy|order)\s+)?"
    r"(?P<what>(?:[\w&.-]+\s+){0,3}?[\w&.-]+)(?=\s*(?:[,?.;:!]|$|\s+(?:for|from|in|at|to|through|thru|via)\b))",
    re.I,
)
_NOT_GOODS = re.compile(
    r"\b(?:support|service|servicing|repairs?|warranty|refunds?|training|help|advice|waiver|exception)\b", re.I
)


def _asks_selling(part: str) -> bool:
    """Does a question of leave ask whether we may sell something: "can we resell…", "customer wants 20 huawei
    phones, ok?"."""
    if _SELLING_ASK.search(part):
        return True
    m = _WANTS.search(part)
    return bool(m and product_kinds(m["what"]) and not _NOT_GOODS.search(m["what"]))


# a sentence saying that it cannot be sold, imported, marketed or listed
_FORBIDS_SALE = re.compile(
    r"\b(?:cannot|can't|may not|must not|can no longer|may no longer)\s+(?:be\s+)?(?:\w+\s+){0,2}?"
    r"(?:sold|sell|resold|resell|imported|import|marketed|market|listed|list|offered|offer)\b",
    re.I,
)
# a sentence that already rules on the sale: it forbids it, or says what a sale needs ("…needed for sale")
_RULES_ON_SALE = re.compile(rf"{_FORBIDS_SALE.pattern}|\bfor (?:sale|resale)\b", re.I)


# a question about what partners must do, not what they may
_DUTY = re.compile(r"\b(?:(?:have|need|required|supposed|obliged) to|must|should)\b", re.I)


# a word in about a third of the passages or more (IDF under 1) names no topic of its own
_TOPIC_MIN_IDF = 1.0


def _second(part: str, ranked, first: Candidate, idf, margin: float, kind: str | None = None):
    """A second sentence only when it says something the first does not: it holds a
    distinctive question term the first lacks ("sourcing and warranty": the first sentence
    is about sourcing), and scores within `margin` — or within three margins when the
    missing term carries a fifth of the question's weight or more. A route question's second
    sentence is a route too ("who do i contact for partner support": not a partner's quote); none after a verdict
    for a question that rules out a class of buyer."""
    # "can we sell … to a non federal customer": the federal rule adds nothing asked (a question about the rule itself,
    # "does 889 apply to a state agency, not fed", may still get it)
    if kind == "leave" and ruled_out_classes(part):
        return None  # the verdict for any buyer says it all; the rest is the ruled-out class's or filler
    terms = query_terms(part)
    if kind == "contact":
        terms = _without_route_verb(terms, part)
    weights = {t: idf(t) ** 2 for t in terms}
    total = sum(weights.values()) or 1.0
    best = max(r[0] for r in ranked)  # (the first may have been put first from below: the margin is the best's)
    if days := _days_asked(part) - _days(first.text):
        # "usf ban adopted nov 22 2019 and in effect jan 3 2020, correct?": the sentence giving a day the first does
        # not ("…took effect on 3 January 2020…"), within five margins (a day named is rarer evidence than a word)
        for r in ranked[1:]:
            if r[0] >= best - 5 * margin and days & _days(r[3].text) and r[3].text != first.text:
                return r
    missing = {t for t in terms if t not in first.terms and not shares_stem(t, first.terms)}
    if not missing:
        return None
    # what the first sentence holds of the question (not the words nearly every passage holds, such as the corpus's
    # subject): a second sentence giving the kind asked, which the first lacks, must hold some of it too ("ascend 950
    # price?": the Pura X's price gives an amount and the word "price", but of another thing; quoted after the Ascend
    # sentence it would read as the answer, and "does not say the amount" would not be said)
    topic = {t for t in terms if t not in missing and idf(t) >= _TOPIC_MIN_IDF}
    for s, cs, cov, c in ranked[1:]:
        if (c.citation, c.span) == (first.citation, first.span) or c.text == first.text:
            continue
        adds = [t for t in missing if t in c.terms]
        if not adds or (kind == "contact" and not has_answer_type(kind, c.text, part)):
            continue
        gives = kind in NOT_GIVEN and has_answer_type(kind, c.text, part)
        stands_in = gives and not has_answer_type(kind, first.text, part)
        if stands_in and topic and not any(t in c.terms or shares_stem(t, c.terms) for t in topic):
            continue
        share = sum(weights[t] for t in adds) / total
        if s >= best - (3 * margin if share >= 0.2 else margin):
            return s, cs, cov, c
    return None


def kind_from_same_document(
    picks: list[Pick],
    parts: Sequence[str],
    kinds: Sequence[str | None],
    part_vectors: Sequence[np.ndarray],
    cands: list[Candidate],
    doc_of: Callable[[int], str],
    min_cosine: float,
) -> list[Pick]:
    """A part whose sentence lacks what was asked (the reason for a "why", the date for a
    "when"...) gets the closest sentence of the same document that holds it: a news story gives
    the event in one sentence and its reason in the next ("Huawei confirmed it would sell Honor."
    … "its consumer business was under heavy pressure because…"), and only the first one shares
    the question's words. A reason leads (it is the answer to "why"); a date or an amount follows
    the sentence it completes."""
    out = list(picks)
    used = {(p.citation, p.span) for p in picks}
    for pi, (part, kind, pvec) in enumerate(zip(parts, kinds, part_vectors)):
        mine = [p for p in picks if p.part == pi]
        if kind not in NOT_GIVEN or not mine or any(has_answer_type(kind, _text(cands, p), part) for p in mine):
            continue
        docs = {doc_of(p.citation) for p in mine}
        best = None
        for c in cands:
            if (c.citation, c.span) in used or doc_of(c.citation) not in docs or _META.search(c.text):
                continue
            if not has_answer_type(kind, c.text, part):
                continue
            cs = float(c.vector @ pvec)
            if cs >= min_cosine and (best is None or cs > best[0]):
                best = (cs, c)
        if best is not None:
            cs, c = best
            # the reason is the direct answer to "why": it leads; a date, an amount follows its event
            at = out.index(mine[0]) if kind == "why" else out.index(mine[-1]) + 1
            out.insert(at, Pick(c.citation, c.span, 0.0, cs, 0.0, pi))
            used.add((c.citation, c.span))
    return out


def without_wrong_polarity(picks: list[Pick], parts: Sequence[str], text_of: Callable[[Pick], str]) -> list[Pick]:
    """A "Yes, …" or "No, …" written for "can we…" is quoted without that word when the part asks the other
    way round: what partners must do ("do we have to stop selling the mate 10 pro?" → "as of 1 December 2026
    partners still cannot resell…", not "No, …", which would read as "no need to stop"), whether a thing is
    banned ("is huawei banned?": "No, …" would read as "not banned"), or something other than dealing in it ("is it
    still under warranty?": "No, …" would read as "not under warranty")."""
    out = []
    for p in picks:
        part = parts[p.part]
        text = text_of(p)
        m = _YES_NO_WORD.match(text)
        if not m:  # no verdict word to drop (most sentences)
            out.append(p)
            continue
        reversed_ask = _DUTY.search(part) or (_BANNED.search(part) and not _CAN_WE.search(part))
        selling = _on_selling(text)
        # "is it still under warranty?": a "No, … cannot resell" verdict answers whether it may be sold, not this
        other_ask = selling and (
            (not _DEALING_ASKED.search(part) and not _CAN_WE.search(part))
            or (bool(_AFTERCARE_ASKED.search(part)) and not _AFTERCARE.search(text))  # "can we do warranty support"
        )
        # "can we service existing huawei gear": "Yes, since 2025 the FCC can stop imports…" says what someone else may
        # do; its "Yes" would read as leave for partners
        other_actor = bool(_CAN_WE.search(part)) and not _OUR_SIDE.search(text)
        # "can those older models still be imported and sold?": "Yes, … the FCC can stop further imports…" answers
        # whether the FCC may curb them, which was not asked; its "Yes" would read as leave to sell
        other_actor = other_actor or bool(_MAY_CURB.search(text) and not _CURB.search(part))
        # "is that still the case" (after "did the 2022 order pull the authorisations huawei had"): whether what was
        # said before still holds, which a "Yes, since 2025 the FCC can stop…" written for its own question would
        # answer backwards
        still_so = bool(_STILL_SO.search(part))
        # "where did the money come from" (after "is rip and replace fully funded"): a question asking what, where or
        # when is no yes or no, and "Yes, … fully funded" would answer the thread's question instead
        # (unless a yes or no is asked outright: "what's our guidance on reselling huawei - yes/no/depends?")
        wh_asked = bool(_WH_OPEN.match(part.split(": ", 1)[0])) and not verdict_asked(part)
        # "can big carriers like verizon get rip and replace money": "Yes, the … programme … is fully funded" says
        # whether it is funded, which the part does not ask (no word of what the verdict says of its subject); not a
        # part asking whether the thing still goes on ("is rip and replace still going": funded, it goes on)
        # (a verdict on selling answers any dealing asked: "can we quote those", "are these sold in the us")
        dealt = selling and bool(_DEALING_ASKED.search(part))
        off_verdict = not dealt and not _GOES_ON.search(part) and not _verdict_asked_of(part, text[m.end() :])
        asked_otherwise = reversed_ask or other_ask or other_actor or still_so or wh_asked or off_verdict
        out.append(replace(p, span=(p.span[0] + m.end(), p.span[1])) if asked_otherwise else p)
    return out


_YES_NO_WORD = re.compile(r"\s*(?:yes|no),\s*", re.I)
_GOES_ON = re.compile(r"\b(?:still|anymore|any\s+more|going|ongoing|active|alive|running)\b", re.I)
# what a "Yes, …" or "No, …" says of its subject: the words after its first verb, up to a colon ("…is fully funded")
_VERDICT_SAYS = re.compile(
    r"\b(?:is|are|was|were|can|cannot|can't|may|must|will|has|have)\s+(?:(?:not|still|now|already)\s+)*"
    r"(?P<says>[^:;]+)",
    re.I,
)


def _verdict_asked_of(part: str, verdict: str) -> bool:
    """Does the part ask what a "Yes, …"/"No, …" says (`verdict`: the sentence after that word) of its subject (a word
    of it, or one holding the other: "sell" in "resell")? True for a verdict with no verb to say it."""
    says = _VERDICT_SAYS.search(re.split(r"[:;]", verdict, maxsplit=1)[0])
    if not says:
        return True
    said, asked = _stems_and_words(says["says"]), _stems_and_words(part)
    return any(a == s or (min(len(a), len(s)) >= 4 and (a in s or s in a)) for a in asked for s in said)


def _stems_and_words(text: str) -> set[str]:
    """A text's terms, stemmed and as written ("resell" is "resel" stemmed, and holds "sell" only as written)."""
    return set(query_terms(text)) | {w for w in re.findall(r"[a-z]{4,}", text.lower()) if query_terms(w)}


# a question opening with its asking word (not "what about…", which asks the earlier question again of something)
_WH_OPEN = re.compile(
    r"\W*(?:where|when|who|whom|whose|why|which|how(?!\s+about\b)|what(?!\s+about\b|\s+if\b))\b(?!\s+(?:is|are)\s+"
    r"(?:it|that|this|they)\s+(?:still\s+)?(?:ok|okay|allowed|legal|banned)\b)",
    re.I,
)
# "is that still the case", "still true?", "is this still how it works": whether something said before holds now
_STILL_SO = re.compile(
    r"\b(?:is|was|are)\s+(?:that|this|it|those|these)\s+still\s+(?:the\s+case|true|so|right|valid|correct|accurate|"
    r"current|how\s+it\s+(?:is|works))\b|^\W*(?:still\s+(?:the\s+case|true|valid|accurate|current))\b",
    re.I,
)
# a power to curb something, which a "Yes, …" may be about: "the FCC can stop further imports…"
_CURBS = r"stop|ban|bar|block|limit|revoke|restrict|prohibit|halt|forbid|pull|cancel"
_MAY_CURB = re.compile(rf"\b(?:can|may|could)\s+(?:also\s+|now\s+)?(?:{_CURBS})\b", re.I)
_CURB = re.compile(rf"\b(?:{_CURBS})(?:s|d|ed|led|ned|ped|red|ing|ling|ning|ping|ring)?\b", re.I)
# the side a "can we" asks for, named in a verdict written for it ("No, … partners still cannot resell…")
_OUR_SIDE = re.compile(r"\b(?:partners?|resellers?|dealers?|we|you|customers?|buyers?|retailers?)\b", re.I)
# a question on dealing in something, which a verdict on selling answers
_DEALING_ASKED = re.compile(
    r"\b(?:sell|resell|list|quote|import|stock|carry|market|offer|source|buy|order|ship|distribute|deal|trade|"
    r"sold|bought|banned|ban|allowed|legal|ok|okay|restricted|restrictions)(?:s|ing|ed)?\b",
    re.I,
)
# "is huawei banned?": "No, partners cannot resell…" (written for "can we…") would read as "not banned"
_BANNED = re.compile(
    r"\b(?:is|are)\s+(?:[\w&'-]+\s+){0,4}?"
    r"(?:banned|illegal|prohibited|forbidden|blocked|barred|not allowed|off[- ]limits)\b",
    re.I,
)
# "can we sell them, or is it banned outright?": the "No" answers the "can we"
_CAN_WE = re.compile(r"\b(?:can|may|could)\s+(?:we|i|partners?|resellers?|you)\b", re.I)
# care for what a customer already has (support, service, repairs, warranty work, returns), not a sale
_AFTERCARE = re.compile(
    r"\b(?:support|service|servicing|repairs?|repaired|warranty|rma|returns?|swap|fix|fixed|replacements?)\b", re.I
)
# "can we still do warranty support on…", "can we repair…": leave asked for that care (the care is what follows the
# "can we", not a word later on: "can we sell it if the customer wants support")
_AFTERCARE_ASKED = re.compile(
    r"\b(?:can|may|could|should)\s+(?:we|i|partners?|resellers?)\s+(?:still\s+|even\s+|legally\s+)?"
    r"(?:(?:do|provide|offer|give|handle|honou?r|process|keep\s+doing|continue)\s+(?:the\s+|any\s+)?(?:\w+\s+)?)?"
    rf"{_AFTERCARE.pattern}",
    re.I,
)


def _text(cands: list[Candidate], pick: Pick) -> str:
    return next(c.text for c in cands if (c.citation, c.span) == (pick.citation, pick.span))
