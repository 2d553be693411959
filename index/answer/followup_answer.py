"""Whether a sentence answers a follow-up itself, not the question it follows (index/answer/followup.py reads it).

A follow-up is read with the earlier question's words, so the best-scoring sentence is often the one that
answered that question: "is it suspended" after a question about the Affiliates Rule scores the rule's own
sentence highest. The answer must hold what the follow-up itself asks: one of its own words
(`Query.own_words`), the kind of thing it asks (a date, an amount, a reason), or, for a case added to a rule
or a route ("what if the customer is a school"), that rule or route.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from index.answer.categories import asked_kinds, product_kinds
from index.answer.compose import EXACT_DAY, FULL_DATE, NOT_GIVEN, Pick, fits_kind, score_part
from index.answer.doers import asked_deed, says_deed, tells_as_verb, what_deed
from index.answer.owners import named_in
from index.answer.query import Query
from index.answer.question import MONTHS, has_answer_type
from index.answer.scope import corpus_makers, corpus_names, holds_everywhere, main_subjects, places_of, without_places
from index.answer.wordlist import english_word
from index.search.lexical import query_terms, sentence_terms, weighted_coverage

# the least IDF²-weighted share of a follow-up's own words ("and the mate 70?") its sentence must hold
MIN_OWN_SHARE = 0.3


# how far below the best a sentence of the earlier answer's own document may score and still answer a follow-up
# that names a thing of it ("what chip is in it" after the Mate 80 Pro's launch: its Kirin sentence)
_SAME_DOCUMENT_REACH = 3.0


def own_sentence(
    query: Query, picks: list[Pick], cands, pvecs, idf, cfg, snap, text_of, doc_of=lambda citation: None
) -> list[Pick] | None:
    """The picks for a follow-up read with the earlier question's words ("does that cover amd too"): as
    chosen when one holds its own words, the kind of thing it asks or the rule asked before; else the best
    sentence within `kind_margin` that holds its words or kind ("is it suspended" → the suspension, not the
    rule; "how much did it cost?" → the $799 sentence, not the retailers one), or further below, one of the chosen
    sentence's own document that holds its words (`doc_of`: a citation's document); else the picks as they are
    when it asks an amount, date or reason (the answer then says the corpus does not give it), or None: no
    sentence answers it."""
    info = query.info
    general = _general_answer(query, snap)

    def touches(text: str, part: str) -> bool:
        return (
            held_share(query.own_words, text, idf) > 0 or has_answer_type(info.kind, text, part) or general(text, part)
        )

    @cache
    def ranked() -> list:  # the single part's sentences by score, computed when first asked for
        return score_part(info.parts[0], info.kind, pvecs[0], cands, idf, cfg.weights)

    if (named := _names_new_to_the_thread(query, snap)) and picks:
        # "how much has verizon gotten from it" after "is rip and replace fully funded": a sentence naming Verizon, or
        # none (the programme's total is no amount Verizon got)
        if not any(all(_named_or_its_kind(n, text_of(p)) for n in named) for p in picks):
            for score, cosine, coverage, cand in ranked():
                if score < ranked()[0][0] - cfg.kind_margin:
                    return None
                if all(_named_or_its_kind(n, cand.text) for n in named):
                    return [Pick(cand.citation, cand.span, score, cosine, coverage, 0)]
            return None
    deed, tells = _deed_asked(query)
    if deed and picks and not any(tells(deed, text_of(p)) for p in picks):
        # "who led it" after "what did the fcc do in operation clean carts": the sentence of the earlier answer's own
        # document saying the deed ("The FCC's Council on National Security led the October 2025 campaign"), though
        # it holds less of the thread's words than one naming someone for something else; "what did it recommend"
        # after the 2012 House report: "…urged US network operators…", not "…was a recommendation…"
        chosen = {doc_of(p.citation) for p in picks} - {None}
        for score, cosine, coverage, cand in ranked():
            if score < ranked()[0][0] - _SAME_DOCUMENT_REACH * cfg.kind_margin:
                break
            if doc_of(cand.citation) in chosen and tells(deed, cand.text):
                return [Pick(cand.citation, cand.span, score, cosine, coverage, 0)]
    if any(touches(text_of(p), info.parts[p.part]) for p in picks):
        return picks
    if len(info.parts) == 1:
        for score, cosine, coverage, cand in ranked():
            if score < ranked()[0][0] - cfg.kind_margin:
                break
            if held_share(query.own_words, cand.text, idf) > 0 or (
                info.kind in NOT_GIVEN and has_answer_type(info.kind, cand.text, info.parts[0])
            ):
                return [Pick(cand.citation, cand.span, score, cosine, coverage, 0)]
        chosen = {doc_of(p.citation) for p in picks} - {None}
        for score, cosine, coverage, cand in ranked():
            if score < ranked()[0][0] - _SAME_DOCUMENT_REACH * cfg.kind_margin:
                break
            if doc_of(cand.citation) in chosen and held_share(query.own_words, cand.text, idf) > 0:
                return [Pick(cand.citation, cand.span, score, cosine, coverage, 0)]
    return picks if info.kind in NOT_GIVEN else None


# online marketplaces partners name, and how a rule names them all: "what about listing them on amazon" is answered by
# "Do not list Huawei devices on any online marketplace"
MARKETPLACES = frozenset("amazon ebay walmart newegg aliexpress alibaba temu etsy shopify backmarket wish".split())
_ANY_MARKETPLACE = re.compile(
    r"\b(?:online\s+)?marketplaces?\b|\bonline\s+(?:retailers?|stores?|shops?)\b|\be-?commerce\b", re.I
)


def _named_or_its_kind(name: str, text: str) -> bool:
    """Does the text name it, or, for an online marketplace, all of its kind?"""
    return named_in(name, text) or (name.lower() in MARKETPLACES and bool(_ANY_MARKETPLACE.search(text)))


def _deed_asked(query: Query) -> tuple[frozenset[str] | None, Callable[[frozenset[str], str], bool]]:
    """The deed a one-part follow-up asks the doer of ("who led it") or the object of ("what did it recommend"), and
    how a sentence must tell it: done by someone, or said with a verb ("urged", not "a recommendation")."""
    info = query.info
    if len(info.parts) != 1:
        return None, says_deed
    if info.kind == "who" and (deed := asked_deed(query.typed_own)):
        return deed, says_deed
    # (the thread's kind may be the earlier question's: "what did it recommend" after "who led the 2012 house report")
    if info.kind in (None, "who"):
        return what_deed(query.typed_own), tells_as_verb
    return None, says_deed


def _names_new_to_the_thread(query: Query, snap) -> list[str]:
    """The names a follow-up read with the earlier question's words brings in that the earlier question does not
    name (words the corpus writes only capitalised, not its main subject): "verizon" of "how much has verizon gotten
    from it" after a question on rip and replace."""
    if query.dropped_parts or len(query.info.parts) != 1 or ": " not in query.info.parts[0]:
        return []
    earlier = query.info.parts[0].split(": ", 1)[1].lower()
    # (a company's name: no English word unless a maker the corpus lists, "honor"; no place, month or body of the
    # home country's government: "in china", "in aug", "congress")
    makers = corpus_makers(snap)
    names = (corpus_names(snap) or frozenset()) - (main_subjects(snap) or frozenset())
    return [
        w
        for w in query.own_words
        if w.lower() in names
        and (w.lower() in makers or not english_word(w.lower(), modern=False))
        and not places_of(w)
        and not re.fullmatch(MONTHS, w, re.I)
        and not named_in(w, earlier)
    ]


def asked_of_it(query: Query, picks: list[Pick], idf, snap, text_of: Callable[[Pick], str]) -> bool:
    """Does a pick answer a follow-up that asks the earlier question of something else ("and honor?" after "is
    xiaomi on the entity list?")? It must name what the follow-up names ("and zte?" is not answered by the
    Huawei rule) and share something else with the earlier question or hold its kind of answer (Honor's sale
    does neither); a case added to a rule or a route gets that rule or route, and a country alone ("and mexico?")
    a rule that holds in any country or a route."""
    info = query.info
    subjects = main_subjects(snap) or frozenset()
    own = frozenset(query_terms(" ".join(query.own_words)))
    before = {t for i in range(query.dropped_parts) for t in query_terms(info.parts[i])} - own - subjects
    kinds = info.part_kinds or (info.kind,)
    named = bool(own - subjects)  # "and huawei?" names only the corpus's subject
    general = _general_answer(query, snap)
    own_kinds = asked_kinds(" ".join(query.own_words))

    # "what about our uk entity" after a question whose rule holds "anywhere in the world": that rule answers it,
    # as a route answers "and mexico?" after "who do i contact about a distributor in canada"
    place = only_places(query)
    # "what about ebay?" after "can we sell huawei watches": a rule on any online marketplace names it
    sites = {w.lower() for w in query.own_words} & MARKETPLACES

    def marketplace(text: str) -> bool:
        return bool(sites) and all(_named_or_its_kind(w, text) for w in sites)

    def answers(text: str) -> bool:
        if general(text, info.parts[0]) or (place and holds_everywhere(text)):
            return True
        if place and query.earlier_kind == "contact" and fits_kind("contact", info.parts[0], text):
            return True
        # "and routers?" after "can we sell zte phones?": a sentence naming the kind by another word ("ZTE
        # telecommunications equipment") names what the follow-up names
        if named and held_share(query.own_words, text, idf, skip=subjects) < MIN_OWN_SHARE:
            if not (own_kinds and own_kinds <= product_kinds(text)) and not marketplace(text):
                return False
        return (
            not before
            or bool(before & sentence_terms(text))
            or bool(kinds[0] and has_answer_type(kinds[0], text, info.parts[0]))
        )

    return any(answers(text_of(p)) for p in picks)


# what a follow-up may add to a place without naming a new thing ("our uk entity", "the mexico office"), as terms
_ORGANISATION_TERMS = frozenset(
    query_terms("office entity subsidiary sub branch team site plant customer cust client operation ops unit arm")
)


def only_places(query: Query) -> bool:
    """Does the follow-up name only a country, with at most our presence there ("and mexico?", "what about our
    uk entity")? Not "and honor phones in france?": that names a new thing too."""
    words = " ".join(query.own_words)
    if not places_of(words):
        return False
    rest = query_terms(without_places(words))
    return all(t in _ORGANISATION_TERMS for t in rest)


def _general_answer(query: Query, snap) -> Callable[[str, str], bool]:
    """For a follow-up that only adds a case ("what if the customer is a school", "what about a broken
    phone") to a question asking for a rule or a route: does the sentence give that rule or route? It holds
    for every case unless the corpus says otherwise. Not when the follow-up names a thing the corpus writes
    with a capital, a number or a word no dictionary holds ("and zte?", "what about honor phones"): a rule on
    Huawei phones says nothing of those."""
    if query.earlier_kind not in ("leave", "contact") or not query.own_words:
        return lambda text, part: False
    names = corpus_names(snap) or frozenset()
    words = [re.sub(r"^non-", "", w) for w in query.own_words]  # "non-federal": a case, not a name
    if any(w in names or any(ch.isdigit() for ch in w) or not english_word(w, modern=False) for w in words):
        return lambda text, part: False
    return lambda text, part: fits_kind(query.earlier_kind, part, text)


def held_share(words: tuple[str, ...], sentence: str, idf, skip: frozenset[str] = frozenset()) -> float:
    """IDF²-weighted share of the words' terms the sentence holds (not counting `skip`); two words it writes
    as one count as held ("harmony os" → HarmonyOS)."""
    terms = [t for t in query_terms(" ".join(words)) if t not in skip]
    if not terms:
        return 0.0
    have = set(sentence_terms(sentence))
    for a, b in zip(words, words[1:]):
        joined = query_terms(a + b)
        if joined and joined[0] in have:
            have.update(query_terms(f"{a} {b}"))
    return weighted_coverage(terms, {t: idf(t) ** 2 for t in terms}, frozenset(have))


# "why not?", "why was it removed", "why did they stop": a reason why something is not done or was ended
_WHY_NOT = re.compile(
    r"\bwhy\b(?:\s+\w+){0,6}?\s+(?:not|no|n't|never|removed|dropped|stopped|banned|blocked|pulled|cut|ended|off)\b"
    r"|\bwhy\s+(?:not|no)\b|\bwhy\s+\w+n't\b",
    re.I,
)
_WHY_WORDS = frozenset(query_terms("why did they do it that so how come exactly though tho really then"))
# "why?" alone ("why though", "why tho"), after a "No, …" or a "Do not …": it asks why not
_BARE_WHY = frozenset("why how come is that so but ok and though tho exactly really".split())
_REFUSED = re.compile(r"^(?:No\b|Do not\b|Don't\b)|\b(?:cannot|can't|may not|must not|not allowed)\b", re.I)
# a sentence saying something is barred, stopped or lacking: a reason for a "no"
_RESTRICTS = re.compile(
    r"\b(?:cannot|can't|may not|must not|no longer|bars?|barred|bans?|banned|stops?|stopped|forbids?|forbidden|"
    r"prohibit\w*|lacks?|lacking|cut\s+(?:\w+\s+){0,2}?off|revoked|blocked)\b",
    re.I,
)


# a clause giving a cause: "…, partly because…", "due to…"
# (not "due to start shipping", a schedule; not the reason for a judgement told: "called the collapse … a big loss for
# consumers, because…" is why it was a loss, not why the deal collapsed)
_CAUSE_CLAUSE = re.compile(
    r"^(?!.*\b(?:called|calls|said|says|told|warned|noted|argued|described)\b.*\b(?:because|due\s+to)\b)"
    r".*\b(?:because|due\s+to(?!\s+(?:be|start|begin|ship|launch|open|take|end|expire|arrive|come|go|close|run|"
    r"finish|resume|vote|report|release)\w*\b)|owing\s+to|as\s+a\s+result\s+of)\b",
    re.I | re.S,
)


# an instruction ("Before quoting a device of another brand, ask the compliance office…", "Do not list…"): what to
# do, not why; a subordinate opening ("Before …,", "As of …,") is passed over to find the main verb
_INSTRUCTION = re.compile(
    r"^(?:(?:before|after|when|for|if|as of|until|unless|once|while)\b[^,]{0,80},\s*)?(?:still\s+)?"
    r"(?:do not|don't|never|ask|tell|send|offer|check|treat|escalate|open|use|list|quote|route|give|keep|refer|"
    r"contact|email|raise|file|log|note|make sure|ensure|confirm|explain|point|say|remind|direct|record|attach)\b",
    re.I,
)


def reason_for_earlier_answer(query: Query, cands, pvecs, idf, cfg, doc_of: Callable[[int], str]) -> Pick | None:
    """ "why not?" after "can we sell huawei phones" (answered "No, … cannot resell"): the reason is in the
    documents that gave that answer, in a sentence other than the answer itself: one giving a cause, or, for a
    "why not" (or a bare "why?" after a "No, …"), one saying what is barred or lacking ("the FCC order … stops new
    Huawei equipment from being authorised"). The best-scoring such sentence; None when those documents give none
    (the answer then says what it finds, or that the corpus does not say why)."""
    if not query.earlier_docs:
        return None
    part = query.info.parts[-1]
    negative = bool(_WHY_NOT.search(" ".join(query.own_words)) or _WHY_NOT.search(part)) or (
        {w.lower() for w in query.own_words} <= _BARE_WHY
        and any(_REFUSED.search(s) for s in query.earlier_sentences[:1])
    )
    said = {s.strip() for s in query.earlier_sentences}
    docs = set(query.earlier_docs)
    scored = score_part(part, "why", pvecs[-1], cands, idf, cfg.weights)
    # "and why did they suspend it": a reason given for that deed ("BIS suspended the Affiliates Rule … as part of a
    # wider trade agreement"), even the earlier answer's own sentence, before a reason for anything else in those
    # documents ("…because BIS can hold exporters liable")
    deed = set(query_terms(" ".join(query.own_words))) - _WHY_WORDS
    # (the one holding the rarest of the deed's words: "why did profit fall" after "huawei 2024 revenue?" asks the
    # profit's fall, "…net profit fell 28%…, partly because…", not the fall of 2021's sales the thread's words score
    # higher)
    given = [
        (score, cosine, coverage, cand)
        for score, cosine, coverage, cand in (scored if deed and not negative else ())
        if doc_of(cand.citation) in docs and deed & cand.terms and has_answer_type("why", cand.text, part)
    ]
    if given:
        # (by the rarity of the words held, the first of the best: "fell" is no "fall" to the stemmer)
        score, cosine, coverage, cand = max(given, key=lambda r: sum(idf(t) for t in deed & r[3].terms))
        return Pick(cand.citation, cand.span, score, cosine, coverage, len(query.info.parts) - 1)
    if not negative and not deed:
        # a bare "why" after "was huawei's 2024 profit up or down": the earlier answer's own sentence says why ("…net
        # profit fell 28%…, partly because…"); a cause told in another sentence is one of something else
        for score, cosine, coverage, cand in scored:
            own = doc_of(cand.citation) in docs and cand.text.strip() in said
            if own and _CAUSE_CLAUSE.search(cand.text) and not _REFUSED.search(cand.text):
                return Pick(cand.citation, cand.span, score, cosine, coverage, len(query.info.parts) - 1)
    for score, cosine, coverage, cand in scored:
        # (a reason the earlier answer already gave is the answer to why that deed was done: "why did they drop it"
        # after "BIS said … the AI diffusion rule would have held back US innovation"; not to a bare "why not")
        repeated = cand.text.strip() in said and (negative or not deed)
        if doc_of(cand.citation) not in docs or repeated or _INSTRUCTION.match(cand.text):
            continue
        if has_answer_type("why", cand.text, part) or (negative and _RESTRICTS.search(cand.text)):
            return Pick(cand.citation, cand.span, score, cosine, coverage, len(query.info.parts) - 1)
    # "why?" after "On 20 May 2019 Google suspended Huawei's Android licence, to comply with the US order…": no other
    # sentence gives a cause, and the answer's own sentence does: it is the answer again (not after a "No, …", whose
    # reason is never the verdict itself)
    for score, cosine, coverage, cand in scored:
        if doc_of(cand.citation) in docs and cand.text.strip() in said and not negative:
            if has_answer_type("why", cand.text, part) and not _REFUSED.search(cand.text):
                return Pick(cand.citation, cand.span, score, cosine, coverage, len(query.info.parts) - 1)
    return None


# "which yr", "what year was that", "when was that": a follow-up asking only the date of what was answered
_ONLY_WHEN = frozenset("yr yrs year years date day month time exactly again roughly approx".split())


def asks_only_its_date(own: tuple[str, ...]) -> bool:
    """Does a follow-up ask only when (own words: none but words for a date)?"""
    return {w.lower() for w in own} <= _ONLY_WHEN


def date_of_earlier_answer(query: Query, cands, pvecs, idf, cfg) -> Pick | None:
    """ "which yr" after "what was the intel chiefs' warning exactly" (answered "At a Senate Intelligence Committee
    hearing on 13 February 2018, six top US intelligence officials…"): the date is that of what was answered, so the
    earlier answer's first sentence giving a date is the answer, not the best-scoring dated sentence of its thread
    (Huawei's reply that month). None when the follow-up asks more than the date, or no sentence of the earlier answer
    gives one."""
    kinds = query.info.part_kinds or (query.info.kind,)
    if not query.earlier_sentences or kinds[-1] != "when" or not asks_only_its_date(query.own_words):
        return None
    if query.earlier_kind == "why":  # the earlier answer gave a reason, and its date is the reason's, not the deed's
        return None
    part = query.info.parts[-1]
    said = [s.strip() for s in query.earlier_sentences]
    scored = {
        cand.text.strip(): (score, cosine, coverage, cand)
        for score, cosine, coverage, cand in score_part(part, "when", pvecs[-1], cands, idf, cfg.weights)
    }
    exact = bool(EXACT_DAY.search(query.typed_own))  # "when exactly": a day, not a month
    for text in said:
        if text in scored and has_answer_type("when", text, part) and (not exact or FULL_DATE.search(text)):
            score, cosine, coverage, cand = scored[text]
            return Pick(cand.citation, cand.span, score, cosine, coverage, len(query.info.parts) - 1)
    return None
