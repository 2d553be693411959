"""From ranked citations to the Answer a partner reads: decline or answer, part by part, dated.

The engine retrieves; this module decides. It declines (index/answer/declines.py) when nothing
is close enough, when the question names something the corpus lacks ("Nothing in the
partner corpus covers Samsung."), or when it is not in English. Otherwise it picks one
sentence per part of the question (index/answer/compose.py), never from a superseded document
unless the question is about that document's own year, dates the answer by its newest
source and points to a newer document on the same subject when there is one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache, partial

import numpy as np

from index.answer.asked_things import unknown_things
from index.answer.buyers import (
    asked_funds,
    buyers_not_asked,
    rule_for_buyer_named,
    ruled_out_classes,
    rules_out_buyers,
    unasked_funds,
)
from index.answer.categories import (
    ANY_KIND,
    ANY_OTHER_MAKER,
    asked_kinds,
    kind_names,
    names_pattern,
    other_kind,
    others_products,
    product_kinds,
)
from index.answer.comparisons import other_side_missing
from index.answer.compose import (
    FIGURE,
    NOT_GIVEN,
    YES_NO,
    Pick,
    candidates,
    choose,
    fits_kind,
    kind_from_same_document,
    model_numbers,
    names_listed,
    other_model,
    part_not_asked,
    sentence_dates,
    without_wrong_polarity,
)
from index.answer.declines import (
    EVERYDAY_SHORT,
    close_enough,
    corpus_has_stem,
    covers_text,
    join_or,
    missing_key_terms,
    other_brands_devices,
    provisions_not_named,
    unknown_names,
    unknown_speaker,
    unnamed_models,
)
from index.answer.demands import creative_form
from index.answer.doers import asked_deed, asked_verb, asks_members, tells_deed, tells_listing
from index.answer.events import (
    asks_what_one_did,
    count_deed_told,
    doer_asked,
    doer_not_named,
    event_not_told,
    month_asked,
    months_written,
    names_doer,
    tells_deed_asked,
)
from index.answer.followup import asks_which_ones, own_words
from index.answer.followup_answer import (
    asked_of_it,
    date_of_earlier_answer,
    held_share,
    only_places,
    own_sentence,
    reason_for_earlier_answer,
)
from index.answer.gate import document_terms
from index.answer.latest import asks_latest, newest_on_topic
from index.answer.owners import (
    corpus_units,
    figures_not_given,
    named_in,
    names_an_owner,
    other_company,
    owners_not_named,
)
from index.answer.periods import asked_year, clauses, count_note, period_note, quarter_note
from index.answer.query import Query
from index.answer.question import (
    MONTHS,
    YEAR,
    answer_type,
    asks,
    asks_how_long,
    asks_leave,
    asks_partners_to_deal,
    asks_yes_no,
    cares_for_owned,
    currency_asked,
    currency_missing,
    fine_asked_of,
    fine_told,
    has_answer_type,
    id_asked,
    is_title_short,
    key_terms,
    names_a_role,
    names_speaker,
    own_role_asked,
    percent_asked,
    post_holders,
    role_asked,
    role_asked_alone,
    role_word,
    speaker,
    speaker_names,
    speaks,
    tally_asked,
    tells_fine_asked,
    tells_tally_of,
    years_in,
)
from index.answer.readable import readable
from index.answer.retriever import Retriever
from index.answer.routes import (
    closest,
    restricted_names,
    route_concerns,
    route_passages,
    route_rows,
    rule_passages,
    rules_on_sale,
    states_rule,
)
from index.answer.scope import (
    after_subject,
    as_the_corpus_writes,
    asks_what_may_be_done,
    corpus_kinds,
    corpus_makers,
    corpus_names,
    country_name,
    holds_everywhere,
    home,
    kind_after_line,
    lines_named,
    main_subjects,
    named_as_topic,
    places_of,
    rule_for_what_is_asked,
    state_rules,
    subject_lines,
    unmatched_places,
    without_places,
)
from index.answer.specs import features_asked, features_joined, features_not_given, without_features
from index.answer.standing import standing_not_told, standing_now_asked, tells_standing_now
from index.answer.timeline import latest_written_date, passed_schedule, passed_until
from index.answer.wordlist import english_word
from index.build.records import AnswerSentence, Citation, NewerPointer
from index.build.store import DERIVED_MAX_PASSAGES
from index.search.lexical import query_terms, sentence_terms, weighted_coverage
from index.visibility import Level

NOT_FOUND = "I couldn't find this in the partner corpus."
# How close (cosine) a sentence must be to a question asking for a year's figure to count as that figure for
# another year: "Huawei's revenue in 2024 was…" for "how much did huawei make last yr" is 0.81; an E-Rate
# amount for "how much did huawei spend on lobbying in 2019" is 0.68.
SAME_FIGURE = 0.75
NOT_PREDICTED = (
    "The partner corpus does not say what will happen: it covers what has been decided or announced. "
    "Ask what has been announced or scheduled about it."
)
# A forecast is declined unless a quoted sentence holds this share of its terms (IDF²-weighted). A constant, not a
# config key like `answer.lacking_min_coverage`: it only decides which of two declines a forecast gets.
FORECAST_EVIDENCE = 0.5
# A rule "for any customer in any country" answers for a foreign place only if it is about what was asked too: it
# holds this share of the question's terms other than its places (IDF²-weighted; a rule for every country never
# names the place). "can we use ascend chips in the uk" 0.69, "install ascend 910b boxes for a client in japan"
# 0.32; "can a customer host their app on huawei cloud in singapore" 0.19 against the Ascend-server rule. A follow-up
# naming only a place ("what about our uk entity") is not held to it: it has no words of its own but the place.
EVERYWHERE_MIN_COVERAGE = 0.25
ENGLISH_ONLY = "I can only read questions in English; please ask again in English."


@dataclass
class Composed:
    answered: bool
    text: str
    citations: list[Citation]
    sentences: list[AnswerSentence]
    not_covered: list[str]
    as_of: str | None
    newer: NewerPointer | None
    reason: str | None
    # the rule of the note that replaced the guidance asked about ("what is our target margin…" → "Do not quote…"):
    # a ruling, which the answer gate does not judge (as it does not judge may-we questions)
    ruling: bool = False
    # the text says first that the corpus has no figure for the year the asker named ("The passages found give no
    # figure for 2023. Huawei's revenue in 2024 was…"): what follows is context, not the answer, so it is declined
    year_not_given: bool = False


# a question about the terms we deal on: our margin, the price we quote
_DEAL_TERMS = (
    r"(?=.*\b(?:margins?|mark-?ups?|discounts?|pricing|prices?|quot(?:e|es|ed|ing)|wholesale|commissions?"
    # "our dealer cost", "our cost on a mate 80 pro": what we pay, never a launch price in the news
    r"|(?:dealer|distributor|distribution|wholesale|buy(?:ing)?|our|landed)\s+costs?|(?:we|i)\s+(?:pay|paid))\b)"
)
_OWN_TERMS = re.compile(r"(?=.*\b(?:we|our|(?-i:us)|i|partners?|resellers?)\b)" + _DEAL_TERMS, re.I)  # "US" a country
# …and one asking our own price, said so in words ("price us?" asks the price in the US, "i need the price" Huawei's),
# or by the trade's name for it ("us dealer cost for a pura 80 pro": what a dealer pays, never a launch price)
_OUR_PRICE = re.compile(
    r"(?=.*\b(?:we|our|partners?|resellers?)\b)"
    + _DEAL_TERMS
    + r"|\b(?:dealer|distributor|distribution|wholesale|reseller|partner|channel|trade|landed)\s+"
    r"(?:costs?|prices?|pricing)\b",
    re.I,
)
_LIST_PRICE = re.compile(r"\b(?:msrp|rrp|list price|retail price|launch price|street price|sticker price)\b", re.I)


def foreign_text(places: list[str], at_home: str) -> str:
    return f"The partner corpus does not cover {join_or(places)}: it is about {country_name(at_home)}."


def _names_only_kinds(followup: str) -> bool:
    """Does the follow-up name nothing but kinds of product ("and tablets?", "what about laptops")? It asks the
    earlier question of them, so the earlier question's names and places are still asked about."""
    words = own_words(followup)
    return bool(words) and all(product_kinds(w) for w in words)


def _sold_kinds(query: Query, snap) -> frozenset[str]:
    """ "travel agency wants 40 huawei hotspots, yes or no": the kinds of the corpus's main subject's products that
    leave is asked for (none when it asks no leave, names no such kind, or the audience's documents never name it).
    However little the rest of the question shares with any passage (a model the corpus never names, whom it is
    for), the rules on selling those products answer it, or the checks below decline it."""
    text = query.own or query.info.text
    subjects = main_subjects(snap) or frozenset()
    # "mate 10 pro ok to sell?": a model of one of the subject's lines names the subject and the line's kinds
    own_lines = subject_lines(readable(snap, query.limit))
    lines = lines_named(text, own_lines)
    # ("what about the matepad tablets" after "can we sell huawei laptops": asked as the earlier question asked it)
    thread = query.info.text if query.own else text
    words = re.findall(r"[a-z]+", thread.lower())
    # ("can we quote matepads": a kind named after one of the subject's lines, "Mate", names the subject too)
    by_line = any(kind_after_line(w, own_lines) for w in words)
    if not (asks_partners_to_deal(text) or asks_partners_to_deal(thread)) or not (
        lines or by_line or any(w in subjects for w in words)
    ):
        return frozenset()
    # "can we still sell zte routers": another maker's routers are not the subject's, whose rules answer only for it
    others = others_products(text, corpus_makers(snap) - subjects, subjects)
    asked = asked_kinds(text) or frozenset().union(*lines.values())
    return (asked - frozenset(others)) & corpus_kinds(readable(snap, query.limit))


# what a maker has or does as a business: its plans, products, prices, deals, figures, stance
_A_MAKERS_OWN = (
    r"(?:(?:[\w-]+\s+){0,2}?(?:plans?|strategy|roadmap|launch\w*|line-?ups?|lines?|products?|(?:i|smart)?phones?|"
    r"devices?|foldables?|laptops?|tablets?|prices?|pricing|margins?|revenues?|sales|profits?|deals?|polic(?:y|ies)|"
    r"response|statement|stance|position|shipments?|market|partners?|customers?|suppliers?|chips?|parts?)\b)"
)


_RULE_NAMED = re.compile(
    r"\b(?:rules?|bans?|banned|lists?|listed|fcc|bis|commerce|vote|orders?|laws?|act|section|889|ndaa|covered|entity|"
    r"affected|allowed|legal|sanctions?|restrictions?|export)\b",
    re.I,
)


def _other_makers_asked(text: str, snap) -> frozenset[str]:
    """The makers other than the corpus's subject whose products a question asks about without naming the subject
    ("samsung phones", not "huawei and zte routers")."""
    subjects = main_subjects(snap) or frozenset()
    if subjects & set(re.findall(r"[a-z0-9&-]+", text.lower())):
        return frozenset()
    makers = corpus_makers(snap) - subjects
    found = others_products(text, makers, subjects)
    # a model of theirs: the maker, a line's name and a number ("samsung galaxy z fold 7 dealer cost"; not a version,
    # "harmonyos 4", nor a year, "zte had in 2018")
    line_and_number = r"\s+(?:[a-z][\w-]*\s+){1,3}(?!(?:19|20)\d\d\b)\d"
    models = {m for m in makers if re.search(rf"\b{re.escape(m)}{line_and_number}", text.lower())}
    # their own doings, asked by a possessive: "honor's plan to launch phones in the us", "samsung's margin"
    # (not with a rule, a list or a ban named: "is apple's iphone affected by the fcc vote on covered parts" asks the
    # subject's rules, which may reach other brands)
    owned = (
        set()
        if _RULE_NAMED.search(text)
        else {m for m in makers if re.search(rf"\b{re.escape(m)}(?:'s|’s)\s+{_A_MAKERS_OWN}", text.lower())}
    )
    return frozenset().union(*found.values(), models, owned)


def _other_makers(query: Query, snap) -> tuple[frozenset[str], frozenset[str]]:
    """ "can we resell zte phones": the other makers (makers the corpus lists, not its main subject) whose products
    partners ask leave to deal in, and the kinds asked (empty for "zte equipment"). The subject's resale rule does
    not answer for them; a rule naming them may. "and zte?" after "can we resell huawei phones" asks the earlier
    question of that maker."""
    none = frozenset(), frozenset()
    text = query.own or query.info.text
    subjects = main_subjects(snap) or frozenset()
    makers = corpus_makers(snap) - subjects
    if not makers:
        return none
    if query.dropped_parts and not asks_partners_to_deal(text):
        words = re.findall(r"[a-z0-9&-]+", text.lower())
        named = [w for w in words if w in makers]
        if not named and not subjects & set(words):  # "and tablets?" after "can we sell zte phones?": zte's tablets
            return _earlier_makers(query.info.parts[0], asked_kinds(text), makers, subjects) or none
        if len(named) != 1 or not subjects:
            return none
        text = names_pattern(subjects).sub(named[0], query.info.parts[0])
    # ("zte same rules as huawei? quoting 60 zte cpe units": whether the subject's rules hold for that maker too)
    same = bool(_SAME_AS.search(text))
    if not asks_partners_to_deal(text) and not same:
        return none
    found = others_products(text, makers, subjects)
    if not found and same:  # "is zte in the same boat as huawei": the maker itself, whatever it makes
        named = frozenset(w for w in re.findall(r"[a-z0-9&-]+", text.lower()) if w in makers)
        return (named, frozenset()) if len(named) == 1 else none
    if not found:
        return none
    return frozenset().union(*found.values()), frozenset(k for k in found if k != ANY_KIND)


# another maker asked to be held to the subject's rules: "zte same rules as huawei?", "is zte in the same boat"
_SAME_AS = re.compile(
    r"\bsame\s+(?:rules?|deal|boat|treatment|restrictions?|bans?|status|story|thing)\b|\b(?:banned|restricted|covered)\s+too\b"
    # "does samsung have any restrictions like huawei", "is lenovo banned like huawei"
    r"|\b(?:rules?|restrictions?|bans?|limits?|sanctions?|banned|restricted|blocked|blacklisted)\s+like\b",
    re.I,
)


def _earlier_makers(
    earlier: str, kinds: frozenset[str], makers: frozenset[str], subjects: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]] | None:
    """A follow-up naming only kinds of product after a question asking leave to deal in another maker's: that
    maker's products of these kinds (None when the earlier question asked no such leave or the follow-up names no
    kind)."""
    if not kinds or not asks_partners_to_deal(earlier):
        return None
    found = others_products(earlier, makers, subjects)
    return (frozenset().union(*found.values()), kinds) if found else None


def _rule_of_the_maker(
    picks: list[Pick], cands, citations: list[Citation], snap, makers: frozenset[str], kinds: frozenset[str], part: int
) -> list[Pick]:
    """For leave asked about another maker's products: a rule sentence naming that maker and ruling on the sale,
    import or authorisation of its products leads the part (one naming the kind asked first: "…including Huawei and
    ZTE telecommunications equipment, cannot obtain an FCC equipment authorisation" for "can we resell zte phones"),
    not the subject's own resale rule, a rule on a buyer's funding or a route. No such sentence: the picks stand."""
    named = names_pattern(makers)

    def rank(text: str, kinds_named: frozenset[str]) -> int | None:
        """None: no rule on selling the maker's products; else 0 when it names a kind asked, 1 when not."""
        if not (named.search(text) and rules_on_sale(text)):
            return None
        return 0 if kinds_named & kinds else 1

    ruled = (c for c in cands if states_rule(snap, citations[c.citation].row))
    rules = [(r, c) for c in ruled if (r := rank(c.text, c.kinds)) is not None]
    if not rules:
        return picks
    best, lead = min(rules, key=lambda rc: rc[0])
    first = next((i for i, p in enumerate(picks) if p.part == part), None)
    if first is not None:
        said = _said(picks[first], citations)
        if rank(said, product_kinds(said)) == best:
            return picks  # already as good a rule on that maker
    was = picks[first] if first is not None else Pick(lead.citation, lead.span, 0.0, 0.0, 0.0, part)
    rest = [p for i, p in enumerate(picks) if i != first and (p.citation, p.span) != (lead.citation, lead.span)]
    at = first if first is not None else len([p for p in rest if p.part < part])
    return rest[:at] + [Pick(lead.citation, lead.span, was.score, was.cosine, was.coverage, part)] + rest[at:]


# what partners do when they deal in a product: selling it, or another step of dealing in it (verb forms only: "the
# Covered List", "the US market" and "supply chain" are no dealing)
# (not a sale past, told of a thing: "it cannot be registered as a device we sold")
_SELLING = re.compile(r"\b(?:sell|resell)\b|(?<!\bwe )\b(?:sold|resold)\b", re.I)
_ON_DEALING = re.compile(r"\b(?:source|sourced|quote|quoted|list(?! of)|listed|import|imported|marketed|carry)\b")


def _rules_on_dealing_in(passage, kinds: frozenset[str]) -> bool:
    """Does a sentence of the passage give partners a verdict on dealing in one of these kinds ("Do not source,
    quote… any Huawei phones, tablets…"), not only report a rule near it (labs barred from testing equipment)?"""
    for a, b in passage.sentences:
        said = passage.text[a:b]
        if product_kinds(said) & kinds and _dealing(said) < 2 and fits_kind("leave", "can we sell", said):
            return True
    return False


def _dealing(sentence: str) -> int:
    """0: a sentence on selling; 1: on another step of dealing (listing, importing); 2: on neither."""
    return 0 if _SELLING.search(sentence) else 1 if _ON_DEALING.search(sentence) else 2


def _units(snap) -> dict[str, frozenset[str]]:
    """The bodies the corpus names units of, and the units' names (`owners.corpus_units`); once per index snapshot."""
    return (
        snap.derived("corpus_units", lambda: corpus_units(f"{p.title}. {p.text}" for p in snap.passages), scan=True)
        or {}
    )


def _doer_told(picks, uncovered, cands, citations: list[Citation], choose_from, part: str, snap, query, retriever):
    """ "did at&t sell the mate 10 pro?": when the sentences chosen name no AT&T (nor do their titles), the answer
    would be declined (`doer_not_named`); a sentence found that names AT&T with the deed asked ("…none of the four
    national US carriers (AT&T, Verizon, T-Mobile and Sprint) sold Huawei phones…") is chosen instead."""
    doer = doer_asked(part, _other_company(snap, query, retriever))
    units = _units(snap)
    if not doer or any(
        names_doer(doer, f"{citations[p.citation].passage.title}. {_said(p, citations)}", units) for p in picks
    ):
        return picks, uncovered
    telling = [c for c in cands if names_doer(doer, c.text, units) and tells_deed_asked(part, c.text)]
    return choose_from(cands=telling) if telling else (picks, uncovered)


def _other_company(snap, query: Query, retriever: Retriever):
    """The test for a company other than the corpus's subject (`owners.other_company`), for this audience: the makers
    the corpus lists, the names it writes with a capital that are no place ("china's sales" is no company's)."""
    words = readable(snap, query.limit)
    return other_company(
        main_subjects(snap) or frozenset(),
        corpus_makers(snap) | {w for w in corpus_names(words) or () if not places_of(w)},
        lambda w: corpus_has_stem(w, words),
        lambda w: english_word(w, modern=False),
    )


def _rule_on_the_kind(
    picks: list[Pick], cands, citations: list[Citation], snap, kinds: frozenset[str], question: str
) -> list[Pick]:
    """For leave asked about a kind of the subject's products: unless the first pick is already a rule on selling that
    kind, the first sentence (in the order of the passages found) of a rule passage that gives a verdict on dealing in
    the kind leads (one on selling it before one on listing it), keeping the first pick's scores. A report naming
    the kind ("Verizon had dropped all plans to sell Huawei phones") is no rule; a rule on the money the question says
    the buyer would spend ("…use e-rate to buy huawei aps") is the answer as asked."""
    first = _said(picks[0], citations)
    if asked_funds(first, question):
        return picks
    first_rules = fits_kind("leave", "can we sell", first) or has_answer_type("leave", first)
    if product_kinds(first) & kinds and _dealing(first) == 0 and first_rules:
        return picks
    if first_rules and rule_for_buyer_named(first, question):
        return picks  # "fed contractor customer wants huawei switches, ok or not?": the rule written for that buyer
    # (a rule on another model is none on the one asked: "Treat a Mate 80 Pro like any other Huawei phone bought
    # abroad…" for "customer wants 40 mate 10 pros, ok to quote?")
    asked = model_numbers(question)
    cands = [c for c in cands if not (asked and other_model(asked, c.text))]
    rules = [
        c for c in cands if states_rule(snap, citations[c.citation].row) and fits_kind("leave", "can we sell", c.text)
    ]
    naming = [c for c in rules if c.kinds & kinds]
    # a rule on selling the kind ("Do not source, quote… or resell any Huawei phones") before one on listing it, and
    # either before one on doing something else with it ("do not enrol Huawei phones… in our managed-device service"
    # for "customer wants 30 huawei phones, ok?")
    lead = min((c for c in naming if _dealing(c.text) < 2), key=lambda c: _dealing(c.text), default=None)
    if product_kinds(first) & kinds and first_rules and (lead is None or _dealing(lead.text) >= _dealing(first)):
        return picks
    # else, rather than a "Yes, …" or "No, …" written for another question ("Yes, since 2025 the FCC can stop imports…"
    # for "customer wants huawei dvrs, yes or no"), a rule telling partners what not to do
    lead = (
        lead
        or next(iter(naming), None)
        or (next((c for c in rules if not YES_NO.match(c.text)), None) if YES_NO.match(first) else None)
    )
    if lead is None and not first_rules:
        # no verdict names the kind (an audience without the partner notes): a rule stating that it cannot be sold,
        # imported or marketed, rather than a report that names it ("Verizon had dropped all plans to sell…")
        lead = next(
            (
                c
                for c in cands
                if c.kinds & kinds and states_rule(snap, citations[c.citation].row) and rules_on_sale(c.text)
            ),
            None,
        )
    if lead is None:
        return picks
    return [Pick(lead.citation, lead.span, picks[0].score, picks[0].cosine, picks[0].coverage, picks[0].part)] + [
        p for p in picks[1:] if (p.citation, p.span) != (lead.citation, lead.span)
    ]


def _months_written(snap, limit: int) -> frozenset[tuple[str, str]]:
    """The months the passages this audience may read (the first `limit`) date anything to."""
    return (
        snap.derived(
            f"months_written:{limit}", lambda: months_written(p.text for p in snap.passages[:limit]), scan=True
        )
        or frozenset()
    )


def declined(text: str, reason: str) -> Composed:
    return Composed(False, text, [], [], [], None, None, reason)


def compose(query: Query, citations: list[Citation], retriever: Retriever, cfg) -> Composed:
    """Answer from these citations (ranked, already limited to the audience); `cfg` is the
    answer section of the config. Citations brought in are appended to `citations`."""
    info, allowed, snap, timeline = query.info, query.level, retriever.snap, retriever.timeline
    idf = snap.lexical.idf
    by_part = citations[query.k :] if len(info.parts) > 1 else []  # what the parts found, each asked on its own
    if form := creative_form(query.asked or info.text):  # "huawei situation as a haiku": a quote is no haiku
        return declined(
            f"I only quote the partner corpus, so I cannot write a {form}; ask me a question instead.", "creative"
        )
    # "what's the latest on X": the newest documents whose gist is about X answer, newest first
    items = min(cfg.latest_items, cfg.max_sentences)
    now = timeline.newest.get(allowed, "")  # the corpus's present, for this audience
    digest = newest_on_topic(query, snap, timeline, items) if items and asks_latest(info, now) else []
    # "customer wants 40 huawei hotspots, yes or no": the question whose rule on the subject's products answers it
    sells = _sold_kinds(query, snap)
    makers, maker_kinds = _other_makers(query, snap)  # "can we resell zte phones": a rule naming zte
    # "who on our team handles export control q's": the routing notes answer whom to ask, whatever the topic's words
    # (only for a question about something routes handle, or about the corpus's subject: not "who do i tell about the
    # weather", which would get the nearest route)
    # whom the buyer is: a follow-up's own words ("what about non-federal customers?" after a federal question)
    buyers_text = " ".join(query.own_words) if query.followup and query.own_words else info.text
    restricted = restricted_names(snap)
    asked_words = set(re.findall(r"[a-z]+", info.text.lower()))
    names_restricted = bool(restricted & asked_words)
    concerns = route_concerns(info.text, restricted)
    routed = (
        "contact" in (info.part_kinds or (info.kind,))
        # a repair or a complaint is routed only for what the corpus covers ("a broken office printer" is not)
        and (names_restricted or bool(set(concerns) - {"support"}))
        and bool(route_passages(query, snap, timeline, set()))
    )
    if not digest and not close_enough(info, citations, idf, cfg) and not sells and not routed:
        return declined(NOT_FOUND, "no_match")
    unnamed: list[str] = []  # models the corpus never names, in a question its general rule answers
    abroad: str | None = None  # the decline if the rule for any country that excused a place is not the answer
    typed = query.asked or info.text  # declines quote the asker's words, not their spelling correction
    checked = query.own or info.text  # "and honor?" after a xiaomi question: only its own names are checked
    # "who do i ask then" after a question on the corpus's subject that the corpus cannot answer: whom to ask it can, so
    # only the follow-up's own words (none here) are checked for what the corpus lacks (not after "weather in paris?")
    whom_then = query.followup and set(info.part_kinds or (info.kind,)) == {"contact"} and names_restricted
    if whom_then:
        checked = query.own
    if query.own and _names_only_kinds(query.own):  # "and tablets?" after it: xiaomi's tablets, still xiaomi
        checked = info.text
    if cfg.check_key_terms:
        # what this audience may read: a name only a higher level's notes use is, to it, a name the corpus lacks
        words = readable(snap, query.limit)
        terms = tuple(key_terms(checked)) if whom_then else info.key_terms
        # (a year put to a question of when, "huawei got banned in 2015 right? when exactly", is the asker's guess: a
        # premise the dates the corpus gives correct, not a thing it must hold)
        guessed = set(_GUESSED_YEAR.findall(checked)) if "when" in (info.part_kinds or (info.kind,)) else set()
        # (nor either of two years offered to choose from, "house intel report - 2012 or 2013?": one is the date asked)
        guessed |= {y for pair in _YEAR_OR_YEAR.findall(checked) for y in pair}
        # (and a year put to be checked by name, "…report - that was 2014 right? who led it": its date corrects it)
        guessed |= set(_YEAR_CHECKED.findall(checked))
        # (nor a figure put to be checked, "mate 60 pro is 5nm right?": the figure the corpus gives corrects it)
        guessed |= {g.lower() for g in _GUESSED_FIGURE.findall(checked)}
        spelled = spelled_out(checked, typed)  # ("gp10 (General Prohibition 10)": shorthand the corpus writes out)
        missing = [
            t for t in missing_key_terms(terms, words, timeline) if not places_of(t) and t not in guessed
        ] + unknown_names(checked, words, retriever.dictionary, spelled)
        missing = [t for t in missing if t.replace(" ", "") not in spelled]
        # "a motorola phone that might have a hisilicon chip": the rule on any other maker's devices holds for it
        if brands := other_brands_devices(missing, checked, words):
            missing = [t for t in missing if t not in brands]
        # a country's name is judged by the place check below, as typed in lower case ("Germany" as "germany": a
        # rule for any country may hold); an unknown lower-case word stays a name ("aruba" is a brand there)
        if info.kind == "said" and not missing:
            missing = unknown_speaker(checked, words)  # "what does elon musk think of…": no one it quotes
        # (leave asked by the part a follow-up is read against: "and the mate x6?" after "can we sell a pura x")
        if missing and (
            asks_leave(checked)
            or {"contact", "leave"} & set(info.part_kinds or (info.kind,))
            or all(cares_for_owned(checked, t) for t in missing)  # "customer's p30 … security updates"
        ):
            # the rule for the subject's products, or whom to ask about them, holds for a model it never names
            unnamed = unnamed_models(missing, checked, words, thread=info.text)
            if unnamed and not sells and asks_partners_to_deal(checked):
                # "customer wants 25 huawei p30 pros for his field crew, are we allowed to sell those": a model of no
                # kind the corpus names; the rules on selling the subject's products, whatever their kind, answer
                # ("can we sell matepads": a kind named after one of the subject's lines, tablets, whose rule answers)
                named_kinds = frozenset(k for t in unnamed for k in product_kinds(t))
                sells = (named_kinds & corpus_kinds(words)) or corpus_kinds(words)
        if missing and not unnamed:
            return declined(
                f"Nothing in the partner corpus covers {covers_text(missing, typed)}.",
                "missing_terms",
            )
        # "whats 889(a)(2)": not the (a)(1)(B) it does name (when every part asks one: "when did 889(a)(1)(A) take
        # effect and whats 889(a)(2)" keeps its answerable part)
        unnamed_parts = provisions_not_named(checked, words)
        if unnamed_parts and all(provisions_not_named(p, words) for p in info.parts):
            return declined(f"Nothing in the partner corpus covers {join_or(unnamed_parts)}.", "missing_terms")
        after = after_subject(checked, words, EVERYDAY_SHORT)  # "huawei wifi routers" names no new line
        if after.unknown_verb:  # "did huawei ever challenge…": nothing says it, and no line is named
            return declined(NOT_FOUND, "no_match")
        if after.lines and sells:  # "can we sell huawei mifi hotspots": its kind's rule is the general guidance
            unnamed += [line for line in after.lines if line not in unnamed]
        elif after.lines:
            return declined(f"Nothing in the partner corpus covers {covers_text(after.lines, typed)}.", "scope")
        elsewhere, unmatched, excused = unmatched_places(checked, citations[: cfg.look_at], words)
        if set(info.part_kinds or (info.kind,)) == {"contact"}:  # who to ask does not depend on where the customer is
            elsewhere, excused = [], []  # (a place the corpus names but the passages found do not still declines)
        if state := state_rules(checked, words):  # "a state level ban in texas": the corpus has the country's rules
            return declined(f"Nothing in the partner corpus covers {state}.", "scope")
        if elsewhere and named_as_topic(checked, elsewhere, words):  # "bc of iran stuff": a subject, not a market
            return declined(f"Nothing in the partner corpus covers {join_or(elsewhere)}.", "scope")
        if elsewhere:  # there is a home country: a place is foreign only against one (and all are named)
            named = set(elsewhere + excused)
            places = [p for p in places_of(checked) if p in named]
            # in a thread, the places the follow-up names ("…does brazil have its own ascend ban" after a german
            # customer's question: Brazil, not Germany too), if it names any of them
            own = [p for p in places_of(query.typed_own) if p in named] if query.followup else []
            return declined(foreign_text(own or places, home(words)), "scope")
        if excused:  # the first passage's rule for any country must then be the answer
            abroad = foreign_text(excused, home(words))
        if unmatched:
            return declined(NOT_FOUND, "no_match")  # "tariffs on goods from China": nothing found says it
        parts = [query.own] if query.own or whom_then else info.parts
        if not (missing or sells or makers) and (
            things := unknown_things(parts, lambda s: corpus_has_stem(s, words), retriever.dictionary)
        ):
            # "is there an sla for checklist tickets": the thing asked for is a word the corpus never uses (not in
            # "can we resell huawei phones that have a headphone jack": the rule on selling them answers)
            return declined(f"Nothing in the partner corpus covers {covers_text(things, typed)}.", "missing_thing")

    # A superseded document may be cited as history but never answers: bring in its successor.
    for c in list(citations[: cfg.look_at]):
        succ = timeline.successor_for(c.passage.doc_id, allowed)
        if succ and all(x.passage.doc_id != succ for x in citations):
            extra = retriever.cite(query, succ, rank=len(citations) + 1)
            if extra is not None:
                citations.append(extra)

    def usable(c: Citation) -> bool:
        """Superseded guidance never answers, except a question about its own time ("what was
        the margin target in 2018?") when its successor came later, or about former guidance ("what
        margin did we use to get?")."""
        succ = timeline.successor_for(c.passage.doc_id, allowed)
        if succ is None or info.former:
            return True
        years = info.time_years
        return (
            bool(years)
            and int(c.passage.published[:4]) in years
            and int(timeline.docs[succ].published[:4]) > max(years)
        )

    look = cfg.look_at + sum(1 for c in citations[: cfg.look_at] if not usable(c))
    replacing: dict = {}  # the notes that replaced every document found, when they did
    # "what's the best price we can quote on the mate 10 pro": our own terms are only ever in the partner notes; a
    # launch price in the news is Huawei's, not ours
    # (a list price asked beside it, "msrp vs our cost", is in the news)
    # (of another maker's product, "samsung galaxy z fold 7 dealer cost", the maker check below says what is lacking)
    own_price = (
        info.kind == "money"
        and bool(_OUR_PRICE.search(info.text))
        and not _LIST_PRICE.search(info.text)
        and not _other_makers_asked(info.text, snap)
    )

    # "how did we position huawei on the line card in 2018": the note in force then answers, not the later one that
    # names it as replaced ("…this note replaces the January 2018 positioning note"), whose year it only mentions
    then = (
        [c.passage.doc_id for c in citations[:look] if usable(c) and timeline.is_superseded(c.passage.doc_id, allowed)]
        if info.time_years and not _ASKS_WHAT_CHANGED.search(info.text)
        else []
    )

    def replaced_then(c: Citation) -> bool:
        return int(c.passage.published[:4]) > max(info.time_years) and any(
            timeline.replaces(c.passage.doc_id, d) for d in then
        )

    def states_our_terms(c: Citation) -> bool:
        return usable(c) and not (then and replaced_then(c)) and not (own_price and c.passage.kind != "note")

    found = citations[: cfg.look_at]
    if not digest and len(info.parts) == 1 and found and _replaced_found(found, states_our_terms):
        # "what is our target margin on huawei handsets": every document found was replaced by a note that no longer
        # speaks of margins ("Do not quote…"); the replacing notes' gist, their first sentence, answers
        # (only a gist naming the kind of product asked: "…pricing for huawei wearables" is no question about phones,
        # and "…margin on huawei accessories" or "…on huawei stuff" asks of no kind: the rule on every kind answers;
        # and only for a question of one part, which the gist answers whole)
        replacing = dict.fromkeys(timeline.successor_for(c.passage.doc_id, allowed) for c in citations[: cfg.look_at])
        asked = asked_kinds(info.text)
        digest = [
            rows[0]
            for d in replacing
            if d
            and (rows := snap.doc_passages.get(d, ()))
            and rows[0] < query.limit
            and asked
            and asked <= product_kinds(snap.passages[rows[0]].lede)
        ]
    # A top document's other passages may hold the sentence that says it (a note's key
    # sentence can sit in a passage ranked below the per-document cap): they compete too,
    # and are cited if they answer.
    top_docs = list(dict.fromkeys(c.passage.doc_id for c in citations[:look] if usable(c)))
    cited_rows = {c.row for c in citations}
    pool = citations[:look] + [x for d in top_docs for x in retriever.passages_of(query, d) if x.row not in cited_rows]
    # "what's the latest on X": the newest documents about X answer, each by its first sentence, newest first
    pooled = {c.row for c in pool}
    ledes_of = (retriever.passages_of(query, snap.passages[row].doc_id, most=1) for row in digest)
    pool += [c for cited in ledes_of for c in cited if c.row not in pooled]
    if "contact" in (info.part_kinds or (info.kind,)):  # "who do i escalate an 889 question to": the routing notes
        pool += route_passages(query, snap, timeline, {c.row for c in citations} | {c.row for c in pool})
    if "leave" in (info.part_kinds or (info.kind,)) and (
        rules_out_buyers(buyers_text)  # "…to a non federal customer": the rules for any buyer must be among them
        or not any(
            states_rule(snap, c.row)
            and (not sells or _rules_on_dealing_in(c.passage, sells))
            and not buyers_not_asked(c.passage.text, info.text)
            and not unasked_funds(c.passage.text, info.text)
            and not part_not_asked(c.passage.text, info.text, restricted)
            for c in pool
        )
    ):
        # "can we sell huawei phones", and no passage found states a rule (an audience without the partner notes
        # finds stories about selling: a carrier dropping a deal, a business sold), or none on dealing in the kind
        # of product partners ask about ("do we carry huawei freebuds"; "a school cannot use E-Rate money to buy
        # Huawei switches" is on a buyer's funding): the rules closest to it join
        pool += rule_passages(
            query,
            snap,
            timeline,
            {c.row for c in citations} | {c.row for c in pool},
            sells,
            buyers_of=buyers_text if rules_out_buyers(buyers_text) else "",
            models=model_numbers(info.text),
        )
    if makers:
        pool += rule_passages(query, snap, timeline, {c.row for c in citations} | {c.row for c in pool}, names=makers)
    if query.earlier_docs:  # "why not?": the documents that answered the earlier question give the reason
        pooled = {c.row for c in pool}
        pool += [c for d in query.earlier_docs for c in retriever.passages_of(query, d) if c.row not in pooled]
    # (not of a year before the corpus's own: "is huawei still on the entity list in 2019" asks how it stood then)
    past = bool(info.time_years) and now[:4].isdigit() and min(info.time_years) < int(now[:4])
    standing = standing_now_asked(info.text) if len(info.parts) == 1 and not past else None
    if standing:
        # "is huawei still on the entity list": a sentence saying it remains there ("…Huawei remains on the Entity
        # List…"), wherever it is told, before one on what being listed means ("…still need a US export licence")
        # (only in a curated corpus: a scan of millions of passages would stall the question)
        rows = range(len(snap.passages)) if len(snap.passages) <= DERIVED_MAX_PASSAGES else ()
        telling = [r for r in rows if tells_standing_now(standing, snap.passages[r].text)]
        pool += closest(query, snap, timeline, telling, {c.row for c in pool} | {c.row for c in citations}, 2)
    # "who is huawei's chairman": someone in a role of an organisation
    role_q = info.text if len(info.parts) == 1 and (info.part_kinds or (info.kind,))[0] == "who" else ""
    role_q = role_q if role_q and role_asked(role_q) else ""
    if role_q:
        # a passage naming someone in that role of that organisation ("Huawei rotating chairman Eric Xu…"), wherever
        # it is told, before a sentence on another one's chairman
        # (the passages naming any role found once per snapshot, and only in a curated corpus)
        named = snap.derived(
            "role_rows", lambda: [r for r, p in enumerate(snap.passages) if names_a_role(p.text)], scan=True
        )
        holding = [r for r in named or () if has_answer_type("who", snap.passages[r].text, role_q)]
        pool += closest(query, snap, timeline, holding, {c.row for c in pool} | {c.row for c in citations}, 2)
    said_by = speaker_names(info.text) if info.kind == "said" and len(info.parts) == 1 else ()
    if any(is_title_short(w) for w in said_by):
        # "what did huawei's ceo say about the at&t deal": the passages of the documents naming the post spelled out
        # ("Richard Yu, chief executive of Huawei's consumer business group"), wherever told; the question's few words
        # seldom find the one quoting them (only in a curated corpus)
        rows = range(len(snap.passages)) if len(snap.passages) <= DERIVED_MAX_PASSAGES else ()
        naming = [r for r in rows if _names_all(said_by, Citation(0, snap.passages[r], 0.0, 0.0, 0.0, row=r), snap)]
        pool += closest(query, snap, timeline, naming, {c.row for c in pool} | {c.row for c in citations}, 2)
    rest = citations[look:]
    citations = pool + rest

    def sentences_of(pool: list[Citation], citations: list[Citation]) -> list:
        """The pool's sentences, each weighed for this question (`citations` begins with `pool`)."""
        cands = candidates(
            pool,
            lambda c: snap.passage_sentence_vectors(c.row),
            states_our_terms,
            len(pool),
            main_subjects(snap) or frozenset(),
        )
        if "contact" in (info.part_kinds or (info.kind,)):  # a contact list's routes before a checklist's steps
            routing = set(route_rows(snap))
            for cand in cands:
                cand.routing = citations[cand.citation].row in routing
        if info.present or info.time_years:  # the ranking's time preference, among the passages that may answer
            fresh = retriever.time_bonus(query, [c.row for c in citations])
            for cand in cands:
                cand.bonus = fresh[cand.citation]
        # The gist, a document's first sentence, for news and the present; not for "explain": a
        # note's or article's first sentence is usually its dated event, not what the rule says.
        if (info.overview or info.present) and info.kind != "explain" and cfg.lede_weight:
            _lede_bonus(cands, citations, snap, query_terms(info.text), idf, cfg.lede_weight, cfg.lede_coverage_gap)
        _part_of_subject(cands, set(query_terms(info.text)), cfg.part_of_subject_weight)
        return cands

    cands = sentences_of(pool, citations)
    if standing and (telling := [c for c in cands if tells_standing_now(standing, c.text)]):
        cands = telling
    if role_q and (holding := [c for c in cands if has_answer_type("who", c.text, role_q)]):
        cands = holding
        if not info.time_years and role_asked_alone(role_q):
            # "who is the fcc chairman": whoever held it last that the corpus tells of (Carr in 2025, not Pai in 2018);
            # not when the question says which holder it means ("the fcc chairman who designated huawei")
            year = max(citations[c.citation].passage.published[:4] for c in cands)
            cands = [c for c in cands if citations[c.citation].passage.published[:4] == year]
    names = said_by
    # "what does the checklist say": a word the passages write in lower case is a thing, not someone
    names = tuple(w for w in names if not any(_in_lower_case(w, c.passage.text) for c in pool))
    if names:  # "what does Ren Zhengfei think of…": only a passage that names them can say what they said
        quoting = [cand for cand in cands if _names_all(names, citations[cand.citation], snap)]
        if posts := [w for w in names if is_title_short(w)]:
            # "what did the huawei ceo say about google": "Kessler warned…", in a document naming Huawei's CEO, is none
            # of the CEO's words: the sentence names the post or someone the document says holds it
            quoting = [c for c in quoting if all(_by_post(w, c.text, snap, citations[c.citation]) for w in posts)]
        if not quoting:
            return _not_quoted(names, typed)
        cands = quoting
    if info.kind == "said" and len(info.parts) == 1 and (named := _named_speakers(info.text, names, snap)):
        # "what did apple say about the huawei ban": a maker whose name is an English word too, so only a sentence
        # telling what it said quotes it, not one on Apple's phones nor Huawei's denial
        quoting = [c for c in cands if speaks(c.text) and all(_as_speaker(w, c.text) for w in named)]
        if not quoting:
            return _not_quoted(named, typed)
        cands = quoting
    pvecs = _parts_in_context(query, cfg.part_context_weight)
    choose_from = partial(
        choose,
        info.parts,
        info.part_kinds or (info.kind,),
        pvecs,
        idf=idf,
        w=cfg.weights,
        min_part_cosine=cfg.min_part_cosine,
        second_margin=cfg.second_margin,
        max_sentences=1 if query.followup else cfg.max_sentences,
        kind_margin=cfg.kind_margin,
        subjects=restricted,
        followup=query.followup,
    )
    picks, uncovered = choose_from(cands=cands)
    if picks and len(info.parts) == 1 and asks_what_one_did(info.parts[0]):
        picks, uncovered = _doer_told(
            picks, uncovered, cands, citations, choose_from, info.parts[0], snap, query, retriever
        )
    pooled = {c.row for c in pool}
    dated = [i for i in uncovered if (info.part_kinds or (info.kind,))[i] == "when"]
    # (each part the date of an event: the passages on the one crowd out the other's own, which its near words read as
    # covered)
    all_dated = _dates_events(info)
    if (dated or all_dated) and (own_finds := [c for c in by_part if c.row not in pooled and usable(c)]):
        # the date of an event the whole question's passages do not cover ("did the intel chiefs hearing come before
        # or after at&t bailed on the mate 10": the carriers' stories crowd out the hearing's): the passages that part
        # found, asked on its own, join, if they cover more of the question
        wider = pool + own_finds
        theirs = {c.row for c in own_finds}
        wider_citations = wider + [c for c in rest if c.row not in theirs]
        wider_cands = sentences_of(wider, wider_citations)
        wider_picks, still_uncovered = choose_from(cands=wider_cands)
        if len(still_uncovered) < len(uncovered) or (all_dated and len(still_uncovered) <= len(uncovered)):
            pool, citations, cands = wider, wider_citations, wider_cands
            picks, uncovered = wider_picks, still_uncovered
    # (a follow-up's own part: "what about the matepad tablets" after "can we sell huawei laptops")
    at = next((i for i, p in enumerate(picks) if p.part == query.dropped_parts), None)
    if sells and at is not None and (info.part_kinds or (info.kind,))[query.dropped_parts] in ("leave", None):
        # "customer wants 40 huawei hotspots, yes or no": the rule naming them
        picks = picks[:at] + _rule_on_the_kind(picks[at:], cands, citations, snap, sells, info.text)
    if makers:  # one question, or a follow-up's own part; or a part asking leave of that maker by name ("is honor
        # still part of huawei? can we sell honor phones")
        named = names_pattern(makers)
        kinds = info.part_kinds or (info.kind,)
        for i in range(query.dropped_parts, len(info.parts)):
            asks_of_it = kinds[i] == "leave" or _SAME_AS.search(info.parts[i])
            if len(info.parts) == query.dropped_parts + 1 or (asks_of_it and named.search(info.parts[i])):
                picks = _rule_of_the_maker(picks, cands, citations, snap, makers, maker_kinds, i)
                break  # (one part gets the maker's rule: a second would take it from the first)
    ledes = _ledes(digest, cands, citations, pvecs[0]) if digest else []
    if replacing and not ledes:  # no kind asked ("what's the margin on huawei rn"): the replacing rule on every kind
        ledes = _rule_on_every_kind(cands, citations, pvecs[0], set(replacing))
    ruled_out = "leave" in (info.part_kinds or (info.kind,)) and bool(ruled_out_classes(buyers_text))
    # (the earlier answer is known only for a "why" or a date asked of it: `Engine._with_earlier_answer`)
    reason = (
        date_of_earlier_answer(query, cands, pvecs, idf, cfg)
        if (info.part_kinds or (info.kind,))[-1] == "when"
        else reason_for_earlier_answer(query, cands, pvecs, idf, cfg, lambda i: citations[i].passage.doc_id)
    )
    if reason is not None:  # on the earlier answer's subject by construction
        picks, uncovered = [reason], []
    elif ledes:  # each about the subject by construction: its first sentence holds half the subject's terms
        picks, uncovered = ledes, []
    elif not picks or not any(
        p.cosine >= cfg.min_answer_cosine
        or p.coverage >= cfg.min_answer_coverage
        or (sells and bool(product_kinds(_said(p, citations)) & sells) and states_rule(snap, citations[p.citation].row))
        or (routed and fits_kind("contact", info.parts[p.part], _said(p, citations)))
        # "…to a customer that is not a federal contractor": the rule for any buyer holds few of its words
        or (
            ruled_out
            and states_rule(snap, citations[p.citation].row)
            and fits_kind("leave", "can we sell", _said(p, citations))
        )
        for p in picks
    ):
        # The best sentence neither means what was asked nor holds its terms: a near-topic
        # sentence is no answer ("what does Ren Zhengfei think of the ban" → a USF rule).
        return declined(NOT_FOUND, "no_match")
    if cfg.kind_min_cosine:
        picks = kind_from_same_document(
            picks,
            info.parts,
            info.part_kinds or (info.kind,),
            pvecs,
            cands,
            lambda i: citations[i].passage.doc_id,
            cfg.kind_min_cosine,
        )

    if (
        query.own_words
        and not query.dropped_parts
        and reason is None
        and not _rule_on_kinds_asked(info, picks, citations, snap, sells)
    ):  # "is it suspended", read with the earlier question's words
        doc_of = lambda i: citations[i].passage.doc_id  # noqa: E731
        picks = own_sentence(query, picks, cands, pvecs, idf, cfg, snap, lambda p: _said(p, citations), doc_of)
        if picks is None:
            return declined(NOT_FOUND, "no_match")
    if query.followup and picks and asks_which_ones(query.typed_own):
        picks = _names_of_the_same(picks, cands, pvecs[0], citations)
        if picks is None:
            return declined("The partner corpus does not name them.", "kind_not_given")
    elif picks and len(info.parts) == 1 and (named := asks_members(info.parts[0])):
        # "what was on the march 2021 list": the names on it ("…five Chinese companies: Huawei, ZTE, …"), not what
        # someone said of it (a speaker's name is no member); the quote found stays when its documents list none, or
        # list them in a sentence not naming that list ("whats on the ascend list": not section 889's five companies)
        listing = _names_of_the_same(picks, cands, pvecs[0], citations)
        if listing and re.search(rf"\b{re.escape(named)}\b", _said(listing[0], citations), re.I):
            picks = listing
    picks = without_wrong_polarity(picks, info.parts, lambda p: _said(p, citations))
    if query.dropped_parts and not ledes:  # a follow-up: the earlier question was answered already
        earlier = [p for p in picks if p.part < query.dropped_parts]
        picks = [p for p in picks if p.part >= query.dropped_parts]
        uncovered = [i for i in uncovered if i >= query.dropped_parts]
        if not (picks and asked_of_it(query, picks, idf, snap, lambda p: _said(p, citations))):  # "and zte?"
            # "what about our uk entity" after a rule that holds "anywhere in the world": that rule answers it too
            everywhere = [p for p in earlier if holds_everywhere(_said(p, citations))] if only_places(query) else []
            if not everywhere and unnamed and earlier:  # "and the mate x6?" after "can we sell a pura x": the rule
                everywhere = earlier[:1]  # on the line holds for a model the corpus never names
            if not everywhere:
                return declined(NOT_FOUND, "no_match")
            picks = [replace(everywhere[0], part=query.dropped_parts)]
            uncovered = [i for i in uncovered if i != query.dropped_parts]
    picks, elsewhere_kinds = _amounts_of_the_same_thing(picks, info, citations)

    def anywhere(pick, strict: bool = False) -> bool:  # a rule that holds in any country, on what was asked
        said = _said(pick, citations)
        return holds_everywhere(said) and (
            (query.followup and not strict)
            or held_share(tuple(without_places(checked).split()), said, idf) >= EVERYWHERE_MIN_COVERAGE
        )

    if abroad and reason is None and not anywhere(picks[0]):  # "why not?": the earlier answer settled the place
        # "customer in germany wants ascend 910c servers": the guidance's "wherever the customer is located" answers,
        # quoted first: a pick saying so, or else that sentence of the first passage (whose rule excused the place)
        first = next((p for p in picks[1:] if p.part == picks[0].part and anywhere(p, True)), None)
        if first is None:
            own = (c for c in cands if citations[c.citation].row == citations[0].row)
            lead = (Pick(c.citation, c.span, 0.0, float(c.vector @ pvecs[0]), 0.0, picks[0].part) for c in own)
            first = next((p for p in lead if anywhere(p, True)), None)
        if first is None and asks_what_may_be_done(checked):
            # or that sentence of another passage whose rule for any country is on the product line asked ("…ascend
            # chips from a singapore reseller": `rule_for_what_is_asked`), for a question on what may be done (not "a
            # lead time from distributors in malaysia")
            rows = {c.row for c in citations[: cfg.look_at] if rule_for_what_is_asked(checked, c.passage.text, snap)}
            own = (c for c in cands if citations[c.citation].row in rows and holds_everywhere(c.text))
            first = next(
                (Pick(c.citation, c.span, 0.0, float(c.vector @ pvecs[0]), 0.0, picks[0].part) for c in own), None
            )
        if first is None:
            return declined(abroad, "scope")  # "can a customer host their app on huawei cloud in singapore"
        picks = [first] + [p for p in picks if p is not first]
    picks = _standing_first(picks, cands, pvecs[0], query.typed_own if query.followup else info.text, snap, citations)
    picks = _typed_first(picks, info, citations)
    if info.present:
        picks = _what_became_first(picks, cands, pvecs[0], citations, now)
    chosen = picks
    picks = _replacing_rule_first(picks, cands, pvecs[0], info, citations, look, timeline, allowed)
    by_replacing_rule = picks is not chosen  # a ruling, as below: the answer gate does not judge it
    # Renumber: cited passages in order of first use by the answer, then the rest (passages
    # brought in only as candidates are dropped unless they answer).
    extra_rows = {x.row for x in pool[look:]}
    order = list(
        dict.fromkeys([p.citation for p in picks] + [i for i, c in enumerate(citations) if c.row not in extra_rows])
    )
    new_rank = {old: i + 1 for i, old in enumerate(order)}
    for c in citations:
        c.superseded = timeline.is_superseded(c.passage.doc_id, allowed)
    n_used = len({p.citation for p in picks})
    ranked = [citations[i] for i in order][
        : max(query.k, n_used)
    ]  # k cited passages, more only if the answer uses them
    for i, c in enumerate(ranked):
        c.rank = i + 1
    sentences = []
    for p in picks:
        c = citations[p.citation]
        if c.highlight is None:
            c.highlight = p.span
        sentences.append(AnswerSentence(_quoted(c.passage.text, p.span), new_rank[p.citation], info.parts[p.part]))
    said = [s.text for s in sentences]
    # ("…record profits… what do i say": a claim; "what's huawei's market share" reads as a definition asked)
    figure_asked = info.kind in (None, "money", "number", "future", "define")
    titles = list(dict.fromkeys(citations[p.citation].passage.title for p in picks))
    unnamed_owners = (
        # (a passage titled with the name is about them: "Fresno" for "how much rain does fresno get")
        owners_not_named(info.text, said + titles, _other_company(snap, query, retriever))
        if figure_asked and names_an_owner(info.text)  # the owner test is built only for a figure asked of someone
        else []
    )
    if unnamed_owners:
        # "xiaomi 2024 revenue?": Huawei's revenue shares every word but the owner's, and would read as Xiaomi's; in
        # "huawei vs apple revenue" a sentence stating Huawei's revenue still answers its half
        asked_subject = (main_subjects(snap) or frozenset()) & asked_words
        if not any(
            named_in(s, t) and figures_not_given(info.text, [t]) != figures_not_given(info.text, [])
            for s in asked_subject
            for t in said
        ):
            return declined(f"The partner corpus does not give {' or '.join(unnamed_owners)}.", "owner_not_named")
    if (
        figure_asked
        and (figures := figures_not_given(info.text, said))
        and len(figures) == len(figures_not_given(info.text, []))
    ):
        # "huawei market share in the us": "Huawei said it would hold no shares in Honor" gives no market share
        return declined(f"The partner corpus does not give {join_or(figures)}.", "figure_not_given")
    # "does the mate 10 pro have nfc?", "pura x battery mah": a spec list that names the screen and memory is no answer
    # (of a product named by its model or its kind: "what is the average weight of the biomass" asks no spec; and not
    # of a rule, a route or a repair: "whats the battery warranty on huawei phones" is answered by the warranty route)
    dealing = {"leave", "contact"} & set(info.part_kinds or (info.kind,))
    models = model_numbers(info.text.lower())
    features = []
    if (models or asked_kinds(info.text)) and not dealing and not {"compliance", "support"} & set(concerns):
        # a sentence on another model states nothing of the one asked ("pura 80 screen size": not the Pura X's)
        features = features_not_given(info.text, [t for t in said if not (models and other_model(models, t))])
    if features and len(features) == len(features_asked(info.text)) and not _asks_besides(info.text, said):
        return declined(f"The partner corpus does not give its {join_or(features)}.", "feature_not_given")
    if (
        len(info.parts) == 1
        and asks_what_one_did(info.parts[0])  # (the company test is built only then)
        and doer_not_named(info.parts[0], said + titles, _other_company(snap, query, retriever), _units(snap))
    ):
        # "did t-mobile start selling huawei phones in 2024": the Mate 70's price, which names no T-Mobile, is no word
        # that T-Mobile did
        return declined("The partner corpus does not say that this ever happened.", "event_not_told")
    asked_now = query.typed_own if query.followup else info.text  # (in a thread, what the follow-up asks)
    if (
        len(info.parts) == 1
        and asks_yes_no(asked_now)
        and fine_asked_of(asked_now)
        and not any(fine_told(asked_now, s) for s in said)
    ):
        # "did at&t get fined over the huawei deal": TSMC's possible fine, quoted beside AT&T's dropped deal, is none
        # on AT&T
        return declined("The partner corpus does not say that this ever happened.", "event_not_told")
    if len(info.parts) == 1 and (month := month_asked(asked_now)) and month not in _months_written(snap, query.limit):
        # "what did the fcc do on huawei in january 2024": Carr's "…had run a lab … until 2024" tells of nothing done
        # that month, and nothing this audience may read dates anything to it
        return declined(
            f"The partner corpus does not say what happened in {month[0].capitalize()} {month[1]}.", "event_not_told"
        )
    if event_not_told(asked_now, said):
        # "did huawei ever take the fcc to court?": a sentence on the rule that never says it happened is no answer
        # (in a thread, only what the follow-up asks: "was it ever sold on amazon?" then "how much was it there")
        return declined("The partner corpus does not say that this ever happened.", "event_not_told")
    makers_asked = frozenset() if dealing else _other_makers_asked(info.text, snap)
    # "does samsung have any restrictions like huawei": another maker asked of before the subject's rules are named
    # (not "huawei matebook w/ harmonyos - … same deal as the phones", which asks of the subject's product)
    same_as = _SAME_AS.search(query.typed_own if query.followup else info.text)
    subjects = main_subjects(snap)
    if (
        not makers_asked
        and same_as
        and subjects
        and not names_pattern(subjects).search(same_as.string[: same_as.start()])
    ):
        makers_asked = makers
    if makers_asked and not any(named_in(m, said[0]) for m in makers_asked) and not ANY_OTHER_MAKER.search(said[0]):
        # "whats the rma turnaround for samsung phones": the returns steps for Huawei phones are not Samsung's (a
        # sentence written for any other brand, "Before quoting a device of another brand, ask…", is Samsung's too)
        about = covers_text(sorted(makers_asked), typed)
        return declined(f"Nothing in the partner corpus says this about {about}.", "maker")
    own_text = query.typed_own if query.followup else info.text
    # (of a question of one part: in "release date? and which phones got it first" the first part asks of no phones)
    kinds_asked = frozenset() if dealing or len(info.parts) > 1 else asked_kinds(own_text)
    if kinds_asked and other_kind(kinds_asked, said[0], main_subjects(snap) or frozenset(), telecom=False):
        # "how do i process an rma on a huawei watch": the returns steps for Huawei phones say nothing of watches
        return declined(f"Nothing in the partner corpus says this about {join_or(kind_names(kinds_asked))}.", "kind")
    found = [c.passage.text for c in citations[: cfg.look_at]] + [citations[p.citation].passage.text for p in picks]
    if other := other_side_missing(own_text, said + found):
        # "huawei 2024 r&d spend vs apple's": Huawei's figure alone reads as the comparison, and no passage found says
        # a word of Apple; the reply says the corpus lacks it only when it never uses the word
        if _corpus_uses(other, snap, query):
            other = as_the_corpus_writes(other, readable(snap, query.limit))
            text = f"I couldn't find where the partner corpus compares this with {other}."
        else:
            text = f"The partner corpus says nothing of {other} to compare with."
        return declined(text, "other_side_missing")
    # ("is zte under the same rules as huawei": whether another maker is held to the subject's rules, which the rules
    # naming that maker answer, not a standing under something named "the same rules")
    same_rules = bool(_SAME_AS.search(own_text)) and bool(makers)
    name, verb, where = (None, "", "") if same_rules else standing_not_told(own_text, said, _is_other_name(snap))
    if name:  # "is zte on the entity list too?": Huawei's place on the list is no answer about ZTE's
        if _corpus_uses(name, snap, query):
            view = readable(snap, query.limit)
            name, where = as_the_corpus_writes(name, view), as_the_corpus_writes(where, view)
            text = f"I couldn't find whether {name} {verb} {where} in the partner corpus."
        else:
            text = f"The partner corpus says nothing of {name}."
        return declined(text, "standing_not_told")
    used_docs = {citations[p.citation].passage.doc_id for p in picks}
    # "As of" the newest current source; old guidance quoted on request does not date the answer by its
    # successor, nor a current source by old guidance
    current = {d for d in used_docs if not timeline.is_superseded(d, allowed)} or used_docs
    as_of = max(timeline.docs[d].published for d in current if d in timeline.docs) if current else None
    not_covered = [info.parts[i] for i in uncovered if _surely_uncovered(info.parts[i], citations, idf)]
    # No pointer for a question about a given time ("in 2012", "at CES 18") or about a past event
    # ("why did Best Buy stop..."): a newer document does not change what happened then. A quote saying the deed
    # asked was not done is no such event ("did the fcc revoke existing huawei authorizations": "The November 2022
    # FCC order did not revoke…"): a later document may tell it done, so the pointer is looked for.
    not_done = info.past and not info.time_years and bool(_NOT_DONE.search(sentences[0].text)) if sentences else False
    newer = (
        None
        if info.time_years or (info.past and not not_done)
        else _newer_pointer(query, used_docs, as_of, ranked, retriever, cfg, not_done)
    )
    text = " ".join(f"{s.text} [{s.rank}]" for s in sentences)
    if not_covered:
        text += " Not covered in the partner corpus: " + "; ".join(not_covered) + "."
    if features:  # "weight and screen size": the screen is stated, the weight is not
        text += f" The partner corpus does not give its {join_or(features)}."
    published = [citations[p.citation].passage.published for p in picks]
    lacking = list(
        dict.fromkeys(
            _kinds_not_given(info, picks, sentences, published, now, lambda: [p.text for p in snap.passages])
            + elsewhere_kinds
            + [f"give {o}" for o in unnamed_owners]
        )
    )
    if reason is not None:  # what bars it, from the documents that said no, is the reason for a "why not"
        lacking = [k for k in lacking if not k.endswith("why")]
    if names and not any(speaks(s.text) for s in sentences):  # the passage names them; no sentence quotes them
        lacking.append(f"quote {covers_text([' '.join(names)], typed)} on this")
    if info.prediction and len(info.parts) == 1 and max(p.coverage for p in picks) < FORECAST_EVIDENCE:
        # A forecast no stated plan answers, and no sentence holds most of what it asks about ("will the
        # entity list be lifted next year?"). One that does ("will rip and replace be fully funded by
        # 2026?" — "Yes, … is fully funded") is answered with what the corpus does say.
        return declined(NOT_PREDICTED, "prediction")
    # "did huawei's 2025 revenue beat 2024?": a company's figure set against another year's asks the later one too
    compared = info.kind is None and bool(info.time_years) and bool(_COMPANY_FIGURE.search(info.text))
    # "huawei 2025 revenue? did it beat 2024": the figure asked, then set against another year's, is one figure asked
    against = (
        len(info.parts) == 2
        and info.kind in ("money", "number")
        and (info.part_kinds[1:] or (None,))[0] is None
        and bool(_SET_AGAINST.search(info.parts[1]) and years_in(info.parts[1]) and years_in(info.parts[0]))
    )
    period = asked = None
    if (
        not lacking
        and (len(info.parts) == 1 or against)
        # (or a company figure named with a year alone: "r&d in 2021?")
        and (info.kind in ("money", "number") or compared or (info.kind is None and _named_figure(info)))
        and (picks[0].cosine >= SAME_FIGURE or _same_company_figure(info.text, sentences[0].text))
    ):
        # "how much did huawei make last year": a 2024 figure is no answer for 2025 unless it says so (only
        # for a sentence about the figure asked: of a figure on something else, "the latest is 2018" misleads)
        lead = citations[picks[0].citation].passage
        asked = None if compared else asked_year(info.text, info.time_years or years_of_figure(info.text), now)
        if against:  # the year of the figure asked, not of the one it is set against
            asked = max(years_in(info.parts[0]))
        elif asked is None and (compared or len(set(info.time_years)) > 1):
            asked = max(info.time_years)  # two years set against each other ("2025 revenue vs 2024"): the later one
        period = period_note(asked, [x.text for x in sentences], f"{lead.title} {lead.text}")
        if period:
            text = f"{period} {text}"
    if (
        not period
        and not lacking
        and len(info.parts) == 1
        and info.kind == "number"
        and len(set(info.time_years)) == 1
        and (
            counted := count_note(info.time_years[0], [sentences[0].text], _passage_text(citations[picks[0].citation]))
        )
    ):
        period = text = f"{counted} {text}"  # "how many labs did the fcc ban in 2026": 15 by September 2025
    if not period and len(info.parts) == 1 and (quarter := quarter_note(info.text, [x.text for x in sentences])):
        text = f"{quarter} {text}"  # "…hit to q3 rev?": Intel's filing spoke of its second quarter
    cover = max(p.coverage for p in picks)
    # (where no sentence gives the kind asked, also one far in meaning that holds not much more: "how much was zte's
    # 2018 fine" is not answered by what an FCC order told its staff to find out about ZTE equipment)
    far = lacking and max(p.cosine for p in picks) < cfg.min_answer_cosine and cover < 2 * cfg.lacking_min_coverage
    kept = not (_OWN_TERMS.search(info.text) and has_answer_type("leave", sentences[0].text, info.text))
    # the rule of the note that replaced every document found holds few of the question's words, and is its answer
    kept = kept and not any(citations[p.citation].passage.doc_id in replacing for p in picks)
    scant = kept and cover < cfg.lacking_min_coverage
    little = scant or (kept and far)
    # "how much did the fcc fine huawei": no sentence found tells of a fine
    little = little or (bool(lacking) and not any(tells_fine_asked(info.kind, info.text, x.text) for x in sentences))
    # "whats our margin target", "is the floor still cost +3%?": the note replaced gave it; today's says no such thing
    replaced_gave = (
        bool(lacking)
        and len(info.parts) == 1
        and _replaced_gave_it(info, citations, cfg.look_at, picks, timeline, allowed)
    )
    # (what today's guidance does say must be the rule that replaced it, to be quoted with so little of the question)
    replaced_rule = replaced_gave and any(
        timeline.successor_for(c.passage.doc_id, allowed) == citations[picks[0].citation].passage.doc_id
        for c in citations[: cfg.look_at]
    )
    if len(info.parts) == 1 and (
        # "price?" in a thread: the nearest sentence is chosen with the earlier question's words, so quoted after
        # "What it does say" it reads as an answer to what was just asked (the thread holds the earlier answer)
        (lacking and (query.followup or little) and not replaced_rule)
        or (scant and (doer := _doer_not_given(info, sentences, ranked)))
    ):
        # "how many mate 10s do we have in stock": no sentence gives the number asked for, and the nearest holds
        # little of what was asked; quoting it after "What it does say" would read as an answer. Our own margin
        # or price is the exception when the nearest sentence is the rule on dealing at all ("Do not source,
        # quote… any Huawei"): that rule is what the asker needs (in a thread it was the answer already).
        if info.kind == "future" and not info.past:  # one message for every forecast the corpus cannot answer
            return declined(NOT_PREDICTED, "prediction")
        if replaced_gave:  # (quoted with a sentence that is not the rule replacing it, it would read as the answer)
            return declined(
                f"The current guidance does not {' or '.join(lacking)}; a note it replaced did.", "kind_not_given"
            )
        return declined(f"The partner corpus does not {' or '.join(lacking or [doer])}.", "kind_not_given")
    if lacking and len(info.parts) == 1:  # the direct answer is that there is none: say so first
        if replaced_gave:
            said_before = "a note it replaced did"
            text = f"The current guidance does not {' or '.join(lacking)}; {said_before}. What it does say: {text}"
        else:
            text = f"The partner corpus does not {' or '.join(lacking)}. What it does say: {text}"
    elif lacking:
        text += " The partner corpus does not " + " or ".join(lacking) + "."
    if unnamed:
        named = covers_text(unnamed, typed)
        text += f" The partner corpus does not mention {named} by name; this is its general guidance."
    # "is it still suspended": a term that has run out by the corpus's newest date; and, asked or not, a state quoted
    # as holding ("While the Affiliates Rule is suspended, …") whose passage gives a term that has run out
    # (and what happens once the term ends: "…after the suspension ends in nov 2026")
    asks_then = info.present or bool(_AFTER_THE_TERM.search(info.text))
    ended = next((d for s in sentences if (d := passed_until(s.text, now))), None) if asks_then else None
    ended = ended or next(
        (
            d
            for p, s in zip(picks, sentences)
            if _STATE_HOLDS.search(s.text) and (d := passed_until(_document_text(snap, citations[p.citation]), now))
        ),
        None,
    )
    if ended and any(_ended_later(s.text, ended, sentences) for s in sentences):
        ended = None  # "is the tgl still extended": "On 17 August 2020 … let the … licence expire" says what came after
    if ended:
        text += f" That term ended on {ended}; this answer does not say what happened after it."
    elif info.present or (info.kind == "when" and not info.past) or _OUTCOME_ASKED.search(info.text):
        # ("when is the fcc voting on the covered parts rule": a date asked in the present or future tense; "what did
        # the fcc decide at the july 22 vote": what came of it)
        if sentences and (planned := passed_schedule(sentences[0].text, now)):
            # "covered parts rule, whats the status": a vote set for a date now past, as the answer, is no standing
            text += f" That date, {planned}, has passed; the partner corpus does not say what happened."
    replaced: dict[str, dict[int, str]] = {}  # successor → {cited number: date of the old guidance}
    for p, sent in zip(picks, sentences):
        c = citations[p.citation]
        succ = timeline.successor_for(c.passage.doc_id, allowed)
        if succ:  # old guidance, quoted because it was asked for (or its own year was): say what replaced it
            replaced.setdefault(succ, {})[sent.rank] = c.passage.published[:10]
    for succ, old in replaced.items():
        newest = timeline.docs[succ]
        cited = " and ".join(f"[{r}] ({d})" for r, d in sorted(old.items()))
        which = f"Source {cited} is" if len(old) == 1 else f"Sources {cited} are"
        now_note = f"“{newest.title}” ({newest.published[:10]})"
        text += f" {which} guidance that has since been replaced; the current note is {now_note}."
    ruling = by_replacing_rule or any(citations[p.citation].passage.doc_id in replacing for p in picks)
    # (only a figure for another year: "the corpus does not say the amount" is kept an answer, as the sentence after it
    # often holds the figure in words the check misses: squad-half's "Aqib Talib (three interceptions)")
    # (a year the asker names, not "last year": that often means the latest there is, and the latest given answers it)
    named_year = bool(period) and (asked in info.time_years or asked in years_of_figure(info.text))
    return Composed(True, text, ranked, sentences, not_covered, as_of, newer, None, ruling, named_year and not ruling)


def _corpus_uses(words: str, snap, query: Query) -> bool:
    """Does the corpus, as this audience may read it, use any of these words (or a near spelling)?"""
    view = readable(snap, query.limit)
    return any(corpus_has_stem(stem, view) for stem in query_terms(words))


def _is_other_name(snap) -> Callable[[str], bool]:
    """Another company than the corpus's subject, by a name: "honor" is one there, as "zte" is anywhere."""
    capitalised, subjects = corpus_names(snap) or frozenset(), main_subjects(snap) or frozenset()
    return lambda w: w not in subjects and (w in capitalised or not english_word(w, modern=False))


_TYPED_KINDS = frozenset({"money", "number", "contact"})


def _names_of_the_same(picks: list[Pick], cands, pvec, citations: list[Citation]) -> list[Pick] | None:
    """ "which companies were on it" after "when was the fcc covered list published": the names, not the earlier
    answer's sentence again. A quoted sentence listing two names or more answers; else the sentence of its document
    that lists the most (three or more: "…five Chinese companies: Huawei, ZTE, Hytera, Hikvision and Dahua"); else
    None: the corpus does not name them ("which ones" after "are any us carriers still running huawei gear")."""
    if any(names_listed(_said(p, citations)) >= 2 for p in picks):
        return picks
    docs = {citations[p.citation].passage.doc_id for p in picks}
    # (or some of them by name: "…turned down four more Chinese labs, among them … the State Radio Monitoring Center")
    listing = [
        c
        for c in cands
        if citations[c.citation].passage.doc_id in docs and (names_listed(c.text) >= 3 or _SOME_NAMED.search(c.text))
    ]
    if not listing:
        return None
    best = max(listing, key=lambda c: (names_listed(c.text), float(c.vector @ pvec)))
    return [Pick(best.citation, best.span, picks[0].score, float(best.vector @ pvec), picks[0].coverage, 0)]


# some of those counted, named: "…four more Chinese labs, among them renewals for the State Radio Monitoring Center"
_SOME_NAMED = re.compile(r"\b(?:among them|namely)\b[^.;]{0,60}?\b[A-Z][a-z]+\s+[A-Z]")


def _replacing_rule_first(picks: list[Pick], cands, pvec, info, citations: list[Citation], look, timeline, allowed):
    """ "whats our margin target, still 8-12% over disti cost?": no sentence quoted gives the amount, a replaced note
    found does ("…8 to 12 percent over the distribution cost"), and the note that replaced it is found: what today's
    guidance says in its place is that note's rule on every kind of product ("Do not source, quote, list or resell
    any Huawei phones, tablets…"), not the nearest sentence anywhere (a section 889 sentence on what a device can
    cost). Only for one part; the reply then says the current guidance does not give it and a note it replaced did."""
    if len(info.parts) != 1 or not picks or info.kind not in NOT_GIVEN:
        return picks
    terms = set(query_terms(info.text))
    if any(_gives_it(info, _said(p, citations), terms, citations[p.citation].passage.title) for p in picks):
        return picks
    replacing = {
        timeline.successor_for(c.passage.doc_id, allowed)
        for c in _replaced_givers(info, citations, look, timeline, allowed)
    } - {None}
    if not replacing or citations[picks[0].citation].passage.doc_id in replacing:
        return picks
    return _rule_on_every_kind(cands, citations, pvec, replacing) or picks


def _typed_first(picks: list[Pick], info, citations: list[Citation]) -> list[Pick]:
    """Of two sentences quoted for the same part, the one giving the kind asked (an amount for "how big is the USF
    per year", a route for "who do i escalate to") is read first: the reader takes the first sentence as the answer.
    Only for amounts and routes: for who, when, where and why the scorer's own type signal does better (leading with
    a typed second sentence cost squad-half first-sentence hits 0.7434 → 0.7419)."""
    if len(picks) < 2 or picks[0].part != picks[1].part:
        return picks
    kinds = info.part_kinds or (info.kind,)
    kind = kinds[picks[0].part] if picks[0].part < len(kinds) else None
    part = info.parts[picks[0].part] if picks[0].part < len(info.parts) else info.text
    # (and for someone in a role asked: "who's the fcc chairman behind operation clean carts" is answered by "FCC
    # Chairman Brendan Carr said…", not by what the campaign did)
    if kind not in _TYPED_KINDS and not (kind == "who" and role_asked(part)):
        return picks
    first, second = _said(picks[0], citations), _said(picks[1], citations)
    if kind in ("money", "number"):  # a figure, not a date's digits ("On 22 November 2019 …")
        gives = bool(FIGURE.search(second)) and not FIGURE.search(first)
    else:
        gives = has_answer_type(kind, second, part) and not has_answer_type(kind, first, part)
    return [picks[1], picks[0], *picks[2:]] if gives else picks


def _standing_first(picks: list[Pick], cands, pvec, question: str, snap, citations: list[Citation]) -> list[Pick]:
    """ "is zte on the covered list too": when the lead sentence does not name ZTE with that list and a candidate
    does ("The first Covered List of March 2021 names … Huawei, ZTE…"), that one leads; with none, the answer is
    declined further on (`standing_not_told`)."""
    is_name = _is_other_name(snap)
    if not picks or not standing_not_told(question, [_said(picks[0], citations)], is_name)[0]:
        return picks
    tells = next((c for c in cands if not standing_not_told(question, [c.text], is_name)[0]), None)
    if tells is None:
        return picks
    lead = Pick(tells.citation, tells.span, 0.0, float(tells.vector @ pvec), 0.0, picks[0].part)
    return [lead] + [p for p in picks if (p.citation, p.span) != (lead.citation, lead.span)]


def _what_became_first(picks: list[Pick], cands, pvec, citations: list[Citation], now: str) -> list[Pick]:
    """ "still 90 day tgl on huawei handsets?": the lead sentence gives a term that ran out before the corpus's present
    ("…extended … until 16 February 2020"); a candidate telling, at a later date, the end or renewal of the same thing
    ("On 17 August 2020 … let the Huawei temporary general licence expire…") answers how it stands now, and leads in
    its place (the closest such one). None found: the lead stays, and the reply says the term ended."""
    for _ in range(_STEPS_AFTER_A_TERM):  # (a renewal whose own term ran out: the step after it, and so on)
        if not picks:
            return picks
        lead = _said(picks[0], citations)
        ended = passed_until(lead, now)
        if not ended:
            return picks
        later = [c for c in cands if _ended_later(c.text, ended, [AnswerSentence(lead, 0, "")])]
        best = max(later, key=lambda c: float(c.vector @ pvec), default=None)
        if best is None:
            return picks
        first = Pick(best.citation, best.span, 0.0, float(best.vector @ pvec), 0.0, picks[0].part)
        picks = [first] + [p for p in picks[1:] if (p.citation, p.span) != (first.citation, first.span)]
    return picks


_STEPS_AFTER_A_TERM = 4


def _rule_on_every_kind(cands, citations: list[Citation], pvec, docs: set) -> list[Pick]:
    """Of these documents' candidate sentences, the rule naming the most kinds of product, three or more ("Do not
    source, quote, list or resell any Huawei phones, tablets, laptops, watches or network equipment…"), as the pick;
    none if no sentence does."""
    rules = [
        c
        for c in cands
        if citations[c.citation].passage.doc_id in docs
        and fits_kind("leave", "can we sell", c.text)
        and len(product_kinds(c.text)) >= 3
    ]
    best = max(rules, key=lambda c: len(product_kinds(c.text)), default=None)
    return [Pick(best.citation, best.span, 0.0, float(best.vector @ pvec), 0.0, 0)] if best else []


def _ledes(rows: list[int], cands, citations: list[Citation], pvec) -> list[Pick]:
    """The first sentence of each of these first passages, in the order given (newest first), as the answer's
    picks (a first sentence about the reporting, "…did not respond", is no candidate and is left out)."""
    picks = []
    for row in rows:
        lede = min((c for c in cands if citations[c.citation].row == row), key=lambda c: c.span[0], default=None)
        if lede is not None and lede.span[0] == citations[lede.citation].passage.sentences[0][0]:
            picks.append(Pick(lede.citation, lede.span, 0.0, float(lede.vector @ pvec), 0.0, 0))
    return picks


def _lede_bonus(cands, citations: list[Citation], snap, terms: list[str], idf, weight: float, gap: float) -> None:
    """A document's first sentence (its gist) gets `weight`, unless another sentence of the same document
    holds more of the question's terms by over `gap`: "can we list huawei gear on our marketplace store"
    wants the note's "Do not … list … through online marketplaces", not its opening "No, we cannot resell"."""
    weights = {t: idf(t) ** 2 for t in terms}
    covs = [weighted_coverage(terms, weights, cand.terms) for cand in cands]
    best: dict[str, float] = {}
    for cand, cov in zip(cands, covs):
        doc = citations[cand.citation].passage.doc_id
        best[doc] = max(best.get(doc, 0.0), cov)
    for cand, cov in zip(cands, covs):
        c = citations[cand.citation]
        rows = snap.doc_passages.get(c.passage.doc_id, ())
        if cand.span[0] == 0 and rows and rows[0] == c.row and cov >= best[c.passage.doc_id] - gap:
            cand.bonus += weight


# "Huawei's intelligent automotive solutions unit increased its revenue…", "Huawei's consumer business, which
# includes smartphones, grew…": a sentence whose subject is a part of the subject named before it
_PART_OF = re.compile(
    r"\b[A-Z][\w&.-]*['\u2019]s\s+((?:[\w-]+\s+){1,4}?(?:unit|business|division|arm|segment|subsidiary|department))\b"
    r"(?:,\s+(?:which|that)\s+(?:includes?|covers?|makes?|sells?)\s+([^,]+),)?"
)


def _part_of_subject(cands, terms: set[str], weight: float) -> None:
    """A sentence about a part of the subject answers a question about that part, not about the subject as a
    whole ("huawei 2024 revenue"): it loses `weight` unless the question names the part, by its name or by
    what the sentence says it includes ("how much did huawei make from smartphones")."""
    for cand in cands:
        parts = _parts_named(cand.text)
        if parts is not None and not parts & terms:
            cand.bonus -= weight


@lru_cache(maxsize=65536)
def _parts_named(sentence: str) -> frozenset[str] | None:
    """The terms naming the parts a sentence gives, when its subject is one (None when it is not)."""
    if not _PART_OF.match(sentence):
        return None
    return frozenset(query_terms(" ".join(f"{m.group(1)} {m.group(2) or ''}" for m in _PART_OF.finditer(sentence))))


def spelled_out(read: str, typed: str) -> frozenset[str]:
    """Words the engine spelled out ("natsec" → "natsec (national security)"): followed by a bracket in the
    question as read but not as typed ("xiaomi (the phone maker)" is the asker's own bracket)."""

    def bracketed(text: str) -> set[str]:
        return {w.lower() for w in re.findall(r"\b([A-Za-z]+\d*) \(", text)}

    return frozenset(bracketed(read) - bracketed(typed))


def _in_lower_case(word: str, text: str) -> bool:
    # a whole word: "pai" inside a link or slug ("fcc-pai-supply-chain") is no lower-case use of the name
    return re.search(rf"(?<![\w/-]){re.escape(word.lower())}(?![\w/-])", text) is not None


def _not_quoted(speaker_words, typed: str) -> Composed:
    """The decline for a speaker no sentence found quotes, named as the asker typed them."""
    return declined(
        f"The partner corpus does not quote {covers_text([' '.join(speaker_words)], typed)} on this.", "not_quoted"
    )


def _named_speakers(question: str, names: tuple[str, ...], snap) -> tuple[str, ...]:
    """The speaker's words that `speaker_names` lets pass as English words but that name a maker the corpus lists
    ("apple", "amazon": `scope.corpus_makers`)."""
    makers = corpus_makers(snap) or frozenset()
    who = [w.lower() for w in speaker(question) if w not in names]
    # (all of them: "John Dalton" is no maker for a "John" the corpus lists; and what was said, not thought)
    return tuple(who) if who and all(w in makers for w in who) and _SPOKE_Q.search(question) else ()


# what puts a name as the object of another word, not the one speaking: "…business is limited to Apple and Samsung told
# CRN", "a rival of Apple said"
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|of|with|for|from|than|like|on|about|against|at|by|into|over|including|as|versus|vs)\s+(?:the\s+|an?\s+)?$",
    re.I,
)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)


def _as_speaker(name: str, sentence: str) -> bool:
    """Is the name, in the sentence, where a speaker stands: not after a word that makes it the object of another
    ("limited to Apple"), unless "according to" it?"""
    for m in re.finditer(rf"\b{re.escape(name)}(?:'s|\u2019s)?\b", sentence, re.I):
        before = sentence[: m.start()]
        if _ACCORDING_TO.search(before) or not _OBJECT_BEFORE.search(before):
            return True
    return False


_SPOKE_Q = re.compile(r"\b(?:say|says|said|tell|told|comment\w*|respond\w*|react\w*|announc\w*|claim\w*)\b", re.I)


def _names_all(words: tuple[str, ...], citation: Citation, snap) -> bool:
    """Does the cited passage name every word of the speaker? A post named short ("ceo") may be spelled out anywhere
    in the passage's document: "Richard Yu called…" follows the paragraph that calls him "chief executive of…"."""
    text = _passage_text(citation)
    return all(names_speaker(w, _document_text(snap, citation) if is_title_short(w) else text) for w in words)


def _passage_text(citation: Citation) -> str:
    """The cited passage's title and text, as a period note reads them."""
    return f"{citation.passage.title} {citation.passage.text}"


def _by_post(word: str, sentence: str, snap, citation: Citation) -> bool:
    """Does the sentence name the post a short word names ("ceo"), or one whom its document gives that post?"""
    holders = post_holders(word, _document_text(snap, citation))
    return names_speaker(word, sentence) or any(re.search(rf"\b{re.escape(n)}\b", sentence) for n in holders)


def _parts_in_context(query: Query, weight: float) -> tuple[np.ndarray, ...]:
    """Each part's vector, with `weight` of the whole question's added: a question names its subject
    once ("rip and replace - how much was paid and is the fund still short"), and its later parts
    ("is the fund still short") say too little on their own to find the sentence about it."""
    vecs = query.part_vectors
    if not weight or len(vecs) < 2:
        return vecs
    out = []
    for v in vecs:
        mixed = v + weight * query.vector
        norm = float(np.linalg.norm(mixed))
        out.append(mixed / norm if norm else v)
    return tuple(out)


# a year put for confirmation: "…in 2015 right?", "was it 2019?"
_GUESSED_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*,?\s*(?:right|correct|no|yeah|yes|i think|iirc)?\s*\?")
_YEAR_CHECKED = re.compile(r"\b(?:was|were|in)\s+((?:19|20)\d\d)\s*,?\s*(?:right|correct|iirc)\b", re.I)
_GUESSED_FIGURE = re.compile(r"\b(\d+(?:\.\d+)?[a-z]{1,4})\s*,?\s*(?:right|correct|yeah|yes|no|iirc)\s*\?", re.I)
# (only as the choice the question ends on, after a dash or a colon: "did huawei sell phones here in 2015 or 2016" asks
# about those years)
_YEAR_OR_YEAR = re.compile(
    r"(?:[\u2014\u2013:]|\s-\s)\s*(?:(?:was\s+it|in|at)\s+)?(?:[a-z]+\s+)?((?:19|20)\d\d)\s+or\s+(?:[a-z]+\s+)?"
    r"((?:19|20)\d\d)\s*\?*\s*(?:$|[^?]*$)",
    re.I,
)


def _surely_uncovered(part: str, citations: list[Citation], idf) -> bool:
    """Say a part is "not covered" only when that is safe to say: it is a question (not chatter), it
    names at least two things to look for ("why", "what happened" are too vague to claim about), and no
    cited passage holds half of them. Otherwise the cited passages are left to speak for it."""
    terms = query_terms(part)
    if len(terms) < 2 or not asks(part):  # chatter ("customer keeps asking, lol") is not a question to answer
        return False
    weights = {t: idf(t) ** 2 for t in terms}
    return not any(
        weighted_coverage(terms, weights, sentence_terms(f"{c.passage.title} {c.passage.text}")) >= 0.5
        for c in citations
    )


# words saying a term or a thing came to an end, or was renewed
_END_TOLD = re.compile(
    r"\b(?:expire[sd]?|expiry|ended|lapsed?|revoked|rescinded|lifted|withdrawn|reinstated|extended)\b", re.I
)


def _rule_on_kinds_asked(info, picks, citations: list[Citation], snap, sells: frozenset[str]) -> bool:
    """Does the question ask leave to deal in the kinds asked, with a pick stating the rule on dealing in them? That
    rule answers a follow-up though it never writes the follow-up's own words ("can we at least list them on our
    amazon storefront" after "cust wants 20 huawei matebooks…, can we source them"); a fact asked of them is no leave
    ("…|| do they run windows")."""
    return (
        bool(sells)
        and "leave" in (info.part_kinds or (info.kind,))
        and any(
            product_kinds(_said(p, citations)) & sells and states_rule(snap, citations[p.citation].row) for p in picks
        )
    )


def _ended_later(sentence: str, ended: str, sentences) -> bool:
    """Does this quoted sentence tell, at a date after `ended`, what became of the thing whose term ended then: an end
    or a renewal, of a thing named as in the sentence giving that term (two words of more than three letters besides
    the subject's name)? Not a later sentence about something else ("As of 1 December 2026 partners still cannot
    resell…" beside a suspension that ran out)."""
    if latest_written_date(sentence) <= latest_written_date(ended) or not _END_TOLD.search(sentence):
        return False
    words = {w for w in re.findall(r"[a-z]{4,}", sentence.lower()) if w != "huawei"}
    return any(ended in s.text and len(words & set(re.findall(r"[a-z]{4,}", s.text.lower()))) >= 2 for s in sentences)


def _amounts_of_the_same_thing(picks, info, citations: list[Citation]) -> tuple[list, list[str]]:
    """A bare "how much" after a part ("did amazon get fined in operation clean carts? how much") asks that
    thing's amount: one from a document the part before was not answered from (the TSMC penalty) is
    another thing's. Such a pick is dropped; unless the sentence of the part before gives the amount
    itself, the answer says the corpus does not give it."""
    kinds = info.part_kinds or (info.kind,)
    doc = {id(p): citations[p.citation].passage.doc_id for p in picks}
    keep, lacking = [], []
    for p in picks:
        i = p.part
        kind = kinds[i] if i < len(kinds) else None
        bare = i < len(info.bare_amount) and info.bare_amount[i]
        before = [q for q in picks if q.part == i - 1]
        if bare and kind in NOT_GIVEN and before and doc[id(p)] not in {doc[id(q)] for q in before}:
            if not any(has_answer_type(kind, _said(q, citations), info.parts[i]) for q in before):
                lacking.append(f"say {NOT_GIVEN[kind]}")
            continue
        keep.append(p)
    return (keep, lacking) if keep else (picks, [])


def _quoted(text: str, span: tuple[int, int]) -> str:
    """The sentence at `span`; with a capital when its "Yes, " or "No, " was left out ("As of 1 December 2026…"),
    else exactly as written (a passage cut mid-sentence starts in lower case, and says so)."""
    out = text[span[0] : span[1]].strip()
    return out[:1].upper() + out[1:] if re.search(r"\b(?:Yes|No),\s*$", text[: span[0]]) else out


def _asks_besides(question: str, said: list[str]) -> bool:
    """Does the question ask something besides the features it names that a quoted sentence gives: a price or a date
    ("mate 10 pro price and weight"), or a thing it joins to a feature ("matebook fold weight and keyboard?", "weight
    and 5g speeds")? Then the answer stands, with a note on the features it does not give."""
    rest = without_features(question)
    kind = answer_type(rest)
    if kind in ("money", "when") and any(has_answer_type(kind, s, rest) for s in said):
        return True
    joined = {t for phrase in features_joined(question) for t in query_terms(phrase)}
    return any(joined & sentence_terms(s) for s in said)


# a document found that still applies, scoring below this share of the best replaced one, is not what was asked about
_FAR_BELOW_REPLACED = 0.6


# a question about what came after the time it names: "what replaced the 2018 note", "what changed since 2018"
_ASKS_WHAT_CHANGED = re.compile(
    r"\b(?:replac\w*|supersed\w*|chang\w*|since|after|instead|new|newer|now|today|current\w*|latest|still|anymore)\b",
    re.I,
)


def _replaced_found(found: list[Citation], current: Callable[[Citation], bool]) -> bool:
    """Is what was found replaced guidance: no document found still applies, or the best that does scores far below
    the best replaced one ("who approves volume discounts": the replaced pricing notes, not the E-Rate "discounts"
    sentence that shares one word with it)?"""
    now = [c.score for c in found if current(c)]
    old = [c.score for c in found if not current(c)]
    return not now or (bool(old) and max(now) < _FAR_BELOW_REPLACED * max(old))


def _said(pick, citations: list[Citation]) -> str:
    return citations[pick.citation].passage.text[pick.span[0] : pick.span[1]]


def _replaced_gave_it(info, citations: list[Citation], look: int, picks, timeline, allowed) -> bool:
    """Is every quoted sentence from current guidance, while a replaced document among the first `look` found gives
    the kind asked (an amount, a span)? Then it is the current guidance, not the corpus, that does not say it."""
    if info.kind not in NOT_GIVEN or any(
        timeline.is_superseded(citations[p.citation].passage.doc_id, allowed) for p in picks
    ):
        return False
    return any(_replaced_givers(info, citations, look, timeline, allowed))


def _replaced_givers(info, citations: list[Citation], look: int, timeline, allowed):
    """The replaced documents among the first `look` found that give the kind asked, one at a time (lazily: the first
    is often all a caller needs)."""
    terms = set(query_terms(info.text))
    return (
        c
        for c in citations[:look]
        if timeline.is_superseded(c.passage.doc_id, allowed)
        and any(_gives_it(info, c.passage.text[a:b], terms) for a, b in c.passage.sentences)
    )


def _gives_it(info, sentence: str, terms: set[str], title: str = "") -> bool:
    """Does the sentence give the kind asked, of what was asked: most of the question's terms ("the margin target for
    Huawei handsets" for "our margin target on huawei handsets", not for "…on huawei accessories")? `title`: its
    passage's, whose terms it is read with ("Huawei also announced a Porsche Design edition for the US at $1,225" is
    a Mate 10 Pro's price in a passage titled so)."""
    held = len(terms & (sentence_terms(sentence) | sentence_terms(title)))
    # (a figure the question states itself, "is the floor still cost +3%?", is given by the note that states it)
    return held >= 0.6 * len(terms) and has_answer_type(info.kind, sentence, _STATED_FIGURE.sub(" ", info.text), True)


# a figure written in a question: "3%", "8 to 12 percent", "$799"
_STATED_FIGURE = re.compile(r"\$\s?\d[\d,.]*|\d[\d,.]*(?:\s*(?:-|to)\s*\d[\d,.]*)?\s*(?:%|percent\b)", re.I)


def _dates_events(info) -> bool:
    """Is each part of the question the date of an event, as an order or a span asked is read ("harmonyos 6 — out
    before or after the pura 80 launched": "when harmonyos 6 out", "when the pura 80 launched")?"""
    return len(info.parts) > 1 and all(p.startswith("when ") for p in info.parts)


def _kinds_not_given(info, picks, sentences, published: list[str], now: str, corpus: Callable) -> list[str]:
    """What a part asked for (a reason, a date, an amount) when no sentence answering it holds one:
    the answer says what the corpus does say, and that it does not give that. A plan is no answer
    about the future once its time has passed: "would pause the rule", said in 2025, does not say
    what will happen after the corpus's newest document (`now`). Someone in a role asked ("honor's ceo") is not
    given when no passage of the corpus (`corpus()`, their texts) names anyone in it."""
    out = []
    kinds = info.part_kinds or (info.kind,)
    events = _dates_events(info)
    for i, part in enumerate(info.parts):
        kind = kinds[i] if i < len(kinds) else None
        said = [(s.text, pub) for p, s, pub in zip(picks, sentences, published) if p.part == i]
        # (the part's own words: "when did the rules take effect: bad labs vote - unanimous?" asks no count)
        if tally_asked(part.split(": ", 1)[0]) and said and not any(tells_tally_of(part, s.text) for s in sentences):
            # "was the nov 2022 equipment auth vote 4-0?": a sentence dating the order tells nothing of the vote
            # (a vote another part's sentence tells is told: "bad labs vote was 3-2 right? and when did it take
            # effect" quotes "voted 4-0" for the first part, and its second part's date is no reason to deny it)
            out.append("say how the vote went")
            continue
        if kind == "who" and (role := role_asked(part)):
            # "who is huawei's us country manager": a sentence naming no one in that role names no one asked
            if said and not any(has_answer_type(kind, t, part) for t in [t for t, _ in said] + corpus()):
                out.append(f"name {role}")
            continue
        if kind == "who" and (own := own_role_asked(part)):
            # "who is our channel manager": the route ("…go to the channel manager through #partner-deals") is what the
            # corpus says, naming no one
            # (a sentence naming anyone must name the role too: "…send any AI deal to the compliance office" names BIS)
            held = re.compile(rf"\b{role_word(own)}", re.I)
            if said and not any(held.search(t) and has_answer_type(kind, t, part) for t, _ in said):
                out.append(f"name {own}")
            continue
        if kind not in NOT_GIVEN:
            continue
        if kind == "when" and events and said and any(sentence_dates(t) for t, _ in said):
            # (an event of an order or a span asked, dated by its sentence, even in the month the asker gave it: "how
            # long between the fcc nov 2022 equipment order and…": "On 25 November 2022 the FCC released…")
            continue
        models = model_numbers(part.lower()) if kind in ("money", "number") else frozenset()
        currency = currency_asked(part) if kind == "money" else None
        if (
            said
            and currency
            and all(currency_missing(part, t, edition=True) for t, _ in said)
            and any(has_answer_type(kind, t, part) for t, _ in said)  # (a sum all the same, in another currency)
        ):
            # "matebook pro price in usd": "…the MateBook Fold … costs 23,999 yuan (about $3,328), while the MateBook
            # Pro … starts at 7,999 yuan" gives the Pro's price, not in dollars
            out.append(f"give it in {currency}")
            continue
        if said and not any(
            has_answer_type(kind, t, part, lenient=True)
            and not _past_plan(kind, t, pub, now, info.prediction)
            and _states_figure_asked(kind, part, t)
            and not (models and other_model(models, t))  # the Mate 80 Pro's price is none of the Mate 70 Pro's
            and (kind != "when" or tells_listing(part, t))  # "when did zte go on the entity list": ZTE's listing
            and (kind != "number" or count_deed_told(part, t))  # "how many carriers have finished…": not all carriers
            for t, pub in said
        ):
            if kind == "number" and (code := id_asked(part)):
                out.append(f"give the {code}")  # "The partner corpus does not give the FCC ID."
                continue
            if percent_asked(part):
                out.append("give the percentage")  # "whats the e-rate discount %": not "the amount"
                continue
            out.append("say how long" if kind == "number" and asks_how_long(part) else f"say {NOT_GIVEN[kind]}")
    return list(dict.fromkeys(out))


def _states_figure_asked(kind: str | None, part: str, sentence: str) -> bool:
    """A share the question states to have it checked ("still cost +3%?") is given only by a sentence stating a
    share, that one or the true one ("…how much goes to the us govt, 15%?": "25 percent of the revenue…" corrects it):
    another amount ("$1.9 billion … carriers' costs") is no word on it."""
    if kind not in ("money", "number") or asks_how_long(part):
        return True
    # (of the part's own words: "for how long: … is that the 50% thing" states the share of the question before)
    stated = [m.group(1) for m in _STATED_SHARE.finditer(part.split(": ", 1)[0])]
    return not stated or bool(re.search(r"\d(?:\.\d+)?\s*(?:%|percent\b)", sentence, re.I))


_STATED_SHARE = re.compile(r"(\d+)(?:\.\d+)?\s*(?:%|percent\b|pct\b)", re.I)  # "~22%" is checked against "22.4%"


# a figure given is told: "who gave that number", "who came up with the estimate"
_GAVE_FIGURE = re.compile(
    r"\bwho(?:['\u2019]?s|\s+(?:had|has))?\s+(?:gave|give|gives|given|provided|came\s+up\s+with|put\s+out|"
    r"published|made)\s+(?:that|this|the|those|these)\s+(?:numbers?|figures?|estimates?|stats?|data|forecasts?)\b",
    re.I,
)


def _doer_not_given(info, sentences, cited: list[Citation]) -> str | None:
    """ "say who sponsored it" for a one-part "who <verb>" question when neither its sentences nor the passages cited
    say the deed was done, and no sentence routes it ("who sponsored the act": "Biden signed it" names someone who did
    something else); else None. It declines only an answer that also holds little of the question, never prefixes a
    quote: worded otherwise, a sentence often names the doer all the same ("Who won the MVP?" — "Von Miller was named
    MVP")."""
    deed = asked_deed(info.parts[0]) if len(info.parts) == 1 and info.kind == "who" else None
    if not deed or any(tells_deed(deed, s.text) or has_answer_type("contact", s.text) for s in sentences):
        return None
    if _GAVE_FIGURE.search(info.parts[0]) and any(speaks(s.text) for s in sentences):
        return None  # "who gave that number": "Kessler … told a House subcommittee that Huawei could make…" gave it
    if any(tells_deed(deed, c.passage.text) for c in cited):
        return None
    return f"say who {asked_verb(info.parts[0])} it"


def _past_plan(kind: str, sentence: str, published: str, now: str, forecast: bool = False) -> bool:
    """A plan stated in a document from an earlier year than `now` that names no year from `now` on. For a
    forecast (a question with a horizon: "…next year"), also one whose years all lie before `now`'s, even
    in a document of `now`'s year ("said in 2024 that phones launched from 2025 would run…")."""
    if kind != "future" or not published or not now:
        return False
    years = years_in(sentence)
    if published[:4] >= now[:4]:
        # "phones launched from 2025 would run…" is a plan that runs on: not passed
        return forecast and bool(years) and not _OPEN_ENDED.search(sentence) and max(years) < int(now[:4])
    return not any(y >= int(now[:4]) for y in years)


def _document_text(snap, citation: Citation) -> str:
    """The text of all of a cited passage's document (the term a state holds for may be told in another passage)."""
    rows = snap.doc_passages.get(citation.passage.doc_id, ())
    return " ".join(snap.passages[i].text for i in rows) or citation.passage.text


# a state told as holding now: "While the Affiliates Rule is suspended, …", "the rule remains paused"
_STATE_HOLDS = re.compile(
    r"\b(?:while|as long as)\s+[^,.;]*?\b(?:is|are|remains?)\s+(?:still\s+)?(?:suspended|paused|on hold)\b"
    r"|\b(?:is|are|remains?)\s+(?:still\s+)?(?:suspended|paused|on hold)\b(?!\s+(?:for|until|from)\b)",
    re.I,
)
# a second part setting a figure against another year's: "did it beat 2024", "vs 2018"
_SET_AGAINST = re.compile(
    r"\b(?:beat|top|exceed|outdo|higher|lower|more|less|bigger|smaller|better|worse|up|down|grow|grew|vs\.?|versus|"
    r"compared?)\b",
    re.I,
)
# a company's yearly figure: "revenue", "net profit", "sales", "shipments"
_COMPANY_FIGURE = re.compile(
    r"\b(?:revenue|revenues|turnover|(?:net\s+)?profits?|net\s+income|earnings|sales|shipments|r&d\s+spend\w*)\b", re.I
)

# the company figures by what they measure: a question's "r&d" is a sentence's "research and development"
_FIGURE_MEASURES = (
    re.compile(r"\b(?:revenues?|turnover|sales)\b", re.I),
    re.compile(r"\b(?:net\s+)?(?:profits?|income|earnings)\b", re.I),
    re.compile(r"\b(?:r&d|r\s+and\s+d|research\s+(?:and\s+development|spending|budget))\b", re.I),
    re.compile(r"\bshipments?\b", re.I),
)


def _named_figure(info) -> bool:
    """A company figure named with a year and nothing else asked of it ("r&d in 2021?", "revenue 2022")."""
    return bool(info.time_years) and any(m.search(info.text) for m in _FIGURE_MEASURES)


_MEASURE_WORDS = "|".join(m.pattern for m in _FIGURE_MEASURES)
# a year written against a company figure: "2025 revenue", "2025's net profit", "revenue for 2025"
_YEAR_OF_FIGURE = re.compile(
    rf"\b((?:19|20)\d\d)(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{_MEASURE_WORDS})|(?:{_MEASURE_WORDS})\s+(?:for\s+|in\s+|of\s+)?((?:19|20)\d\d)\b",
    re.I,
)


def years_of_figure(text: str) -> tuple[int, ...]:
    """The years a question names against a company figure ("huawei 2025 revenue numbers out yet?" → 2025): the year
    of the figure asked, even in a question about now, which otherwise counts only years setting the time."""
    return tuple(dict.fromkeys(int(m[1] or m[2]) for m in _YEAR_OF_FIGURE.finditer(text)))


def _same_company_figure(question: str, sentence: str) -> bool:
    """Does the sentence give the company figure the question names, for a year it names beside it ("r&d in 2021?":
    "Huawei spent 179.7 billion yuan on research and development in 2024"; not "…from the 15% share it had in 1953),
    ABC … had a total revenue of $15.5 million", whose revenue is dated by its passage)? A short question is far in
    meaning from the sentence that gives its figure, so its closeness cannot tell."""
    cut = clauses(sentence)
    return any(m.search(question) and any(m.search(c) and YEAR.search(c) for c in cut) for m in _FIGURE_MEASURES)


# what came of an event: "what did the fcc decide at the vote", "what happened at…", "how did the vote go"
_OUTCOME_ASKED = re.compile(
    r"\bwhat\s+(?:did|has|have)\s+(?:[\w'.&-]+\s+){0,4}?(?:decide|vote|rule|conclude|adopt|pass|approve)\b"
    r"|\bwhat\s+(?:happened|came\s+of)\b|\b(?:outcome|result|results|upshot)\s+(?:of|from)\b"
    # (a date typed in it: "how did the july 22 2026 fcc vote on covered parts go")
    r"|\bhow\s+did\s+(?:[\w'.&-]+\s+){0,8}?(?:vote|go|turn\s+out|end\s+up)\b",
    re.I,
)

# what comes once a term runs out: "after the suspension ends", "once it expires", "when the pause is over"
_AFTER_THE_TERM = re.compile(
    r"\b(?:after|once|when)\s+(?:the\s+|it\s+|that\s+|this\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:ends?|expires?|runs?\s+out|lapses?|is\s+over|is\s+up)\b"
    # "did bis extend the suspension past nov 2026": a time beyond a date named
    rf"|\b(?:past|beyond)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS}\b\.?|(?:19|20)\d\d\b)",
    re.I,
)
_OPEN_ENDED = re.compile(r"\b(?:from|since|starting(?: in)?|beginning(?: in)?|after)\s+(?:\w+\s+)?(?:19|20)\d\d\b")
# A headline that changes the standing of a named thing, named right after the verb: "Commerce suspends
# the Entity List Affiliates Rule for a year", "Google suspends Huawei's Android licence".
_STATUS_CHANGE = re.compile(
    r"\b(?:suspend(?:s|ed)?|pause[sd]?|revoke[sd]?|rescind(?:s|ed)?|repeal(?:s|ed)?|lift(?:s|ed)?|"
    r"withdraw(?:s|n)?|scrap(?:s|ped)?|overturn(?:s|ed)?|strikes? down|struck down|halt(?:s|ed)?|reverse[sd]?|"
    r"cancel(?:s|led|ed)?)\s+(?:the\s+|its\s+|a\s+)?"
    r"(?P<name>[A-Z][\w&-]*(?:['\u2019]s)?(?:\s+(?:of\s+|the\s+)?[A-Z][\w&-]*)+)"
)


# A headline letting a named thing lapse: "Commerce lets Huawei's temporary licence expire" (its words are matched
# apart: the answer quotes it as "the Huawei temporary general licence")
_LAPSED = re.compile(r"\blets?\s+(?P<name>(?:[\w&'\u2019-]+\s+){1,4}?)(?:expire|lapse|run out)\b", re.I)


def _status_change(quoted: list[str], used_docs: set[str], as_of: str, retriever: Retriever, allowed: Level):
    """The newest later document whose headline changes the standing of a rule the answer quotes by name
    ("Commerce suspends the Entity List Affiliates Rule for a year" after a sentence on the Affiliates Rule):
    however far it is from the question's words, an answer that quotes the rule without it serves replaced
    guidance as current. The name's last two words must be in a quoted sentence, as words."""
    timeline = retriever.timeline
    said = " ".join(quoted)
    best = None
    for d, name in _status_changes(retriever):
        if d.published[:10] <= as_of[:10] or d.id in used_docs or Level.parse(d.visibility) > allowed:
            continue
        if timeline.is_superseded(d.id, allowed) or not name.search(said):
            continue
        if best is None or d.published > best.published:
            best = d
    return best


def _status_changes(retriever: Retriever) -> list:
    """(document, pattern of the name its headline changes) for every such headline, once per index snapshot:
    the name's last two words, as words."""

    def compute():
        out = []
        for d in retriever.timeline.docs.values():
            if change := _STATUS_CHANGE.search(d.title):
                name = " ".join(change.group("name").split()[-2:])
                out.append((d, re.compile(rf"\b{re.escape(name)}\b", re.I)))
            elif (lapsed := _LAPSED.search(d.title)) and len(words := lapsed.group("name").split()) >= 2:
                stems = [re.escape(re.sub(r"['\u2019]s$", "", w)) for w in words]
                # (anchored: unanchored, each lookahead would scan the text from every position)
                out.append((d, re.compile(r"\A" + "".join(rf"(?=.*?\b{w}\b)" for w in stems), re.I | re.S)))
        return out

    return retriever.snap.derived("status_changes", compute)


def _newer_pointer(
    query: Query,
    used_docs: set[str],
    as_of: str | None,
    ranked: list[Citation],
    retriever: Retriever,
    cfg,
    not_done: bool = False,
) -> NewerPointer | None:
    """The most relevant newer allowed document sharing two subject tags with the answer's sources; first, one
    whose headline changes the standing of what the answer quotes (`_status_change`). `not_done`: the answer
    quotes that the deed asked was not done, which a later document may change however the question is put."""
    snap, timeline, allowed = retriever.snap, retriever.timeline, query.level
    if not as_of or not used_docs:
        return None
    quoted = [c.passage.text[c.highlight[0] : c.highlight[1]] for c in ranked if c.highlight is not None]
    changed = _status_change(quoted, used_docs, as_of, retriever, allowed)
    if changed is not None and (pointer := _pointer_to(changed, query, ranked, retriever)) is not None:
        return pointer
    if not (not_done or _asks_how_things_stand(query)):
        # "who warned people not to buy huawei phones", "why did best buy stop": a fact of its time, which a later
        # story on the same subject does not change (only one changing what is quoted, above, is pointed to)
        return None
    subjects = set().union(*(timeline.subjects(d) for d in used_docs if d in timeline.docs))
    if not subjects:
        return None
    used_rows = [c.row for c in ranked if c.highlight is not None]
    # It must answer this question about as well as what the answer quotes: a newer document that
    # is merely on the same subject does not change the answer.
    floor = max((float(snap.vectors[r] @ query.vector) for r in used_rows), default=0.0) - cfg.newer_max_drop
    try:
        after = (dt.date.fromisoformat(as_of[:10]) + dt.timedelta(days=cfg.newer_min_days)).isoformat()
    except ValueError:  # a date given as a year or a month only
        after = as_of
    best, best_cos = None, max(cfg.newer_min_cosine, floor)
    # our own guidance is replaced by our own later note (which says so), not by a later news story on its subject
    # ("…ascend 910c, can we quote it": the note's rule, not "Newer: Huawei publishes its Ascend roadmap")
    guidance = all(timeline.docs[u].kind == "note" for u in used_docs if u in timeline.docs)
    key = _key_term(query, quoted, snap)
    for d in timeline.docs.values():
        if d.published < after or d.id in used_docs or Level.parse(d.visibility) > allowed:
            continue
        if guidance and d.kind != "note":
            continue
        if timeline.is_superseded(d.id, allowed) or len(subjects & timeline.subjects(d.id)) < 2:
            continue
        rows = snap.doc_passages.get(d.id, ())
        if not rows:
            continue
        sims = snap.vectors[list(rows)] @ query.vector
        cos = float(np.max(sims))
        # ...and about what the answer says, not only about the question's words.
        top = snap.vectors[list(rows)[int(np.argmax(sims))]]
        related = max((float(snap.vectors[r] @ top) for r in used_rows), default=0.0)
        if related < cfg.newer_min_related or cos < max(cfg.newer_min_cosine, floor):
            continue
        if key and not not_done and key not in document_terms(snap, d.id, titles=False):
            # silent on the question's rarest word that the quote holds: "do we need an export license to BUY huawei
            # products" is not changed by a later story on the temporary licence, which never speaks of buying (a
            # deed the quote says was not done may be told done in other words: "…by limiting the existing FCC
            # authorisations" for "did the fcc revoke…")
            continue
        # About the present ("can we still..."): the newest such document; otherwise the closest.
        if best is None or ((d.published, cos) > (best.published, best_cos) if query.info.present else cos > best_cos):
            best, best_cos = d, cos
    if best is None:
        return None
    return _pointer_to(best, query, ranked, retriever)


def _key_term(query: Query, quoted: list[str], snap) -> str:
    """The rarest of the question's terms that the quoted sentences hold, not a name of the corpus's main subject
    ("buy" of "do we need an export license to buy huawei products"): what a newer document must speak of to change
    the answer; "" when they hold none."""
    subjects = {t for s in main_subjects(snap) or () for t in query_terms(s)}
    held = set().union(*(sentence_terms(q) for q in quoted)) if quoted else set()
    terms = [t for t in query_terms(query.info.text) if t in held and t not in subjects]
    return max(terms, key=snap.lexical.idf, default="")


# a deed told as not done ("…did not revoke earlier authorisations", "has never been…")
_NOT_DONE = re.compile(
    r"\b(?:did|does|has|have|had|was|were)\s+not\b|\b(?:didn't|hasn't|haven't|hadn't|wasn't|weren't|never)\b", re.I
)

# a yes or no put in the present tense ("is the temporary general license extended?"): how things stand now
_PRESENT_YES_NO = re.compile(r"\W*(?:is|are|does|do|can|may|should|has|have)\b", re.I)


def _asks_how_things_stand(query: Query) -> bool:
    """Does the question ask how things stand now: a word for now, leave to do something, or a yes or no put in the
    present tense?"""
    info = query.info
    kinds = set(info.part_kinds or (info.kind,))
    return bool(info.present) or "leave" in kinds or bool(_PRESENT_YES_NO.match(query.own or info.text))


def _pointer_to(doc, query: Query, ranked: list[Citation], retriever: Retriever) -> NewerPointer | None:
    """A pointer to `doc`, cited: its passage already in `ranked`, or its closest passage appended."""
    cited = next((c for c in ranked if c.passage.doc_id == doc.id), None)
    if cited is None:
        cited = retriever.cite(query, doc.id, rank=len(ranked) + 1)
        if cited is None:
            return None
        ranked.append(cited)
    return NewerPointer(cited.rank, doc.title, doc.published)
