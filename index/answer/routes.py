"""Routes: where a partner takes a question or a deal ("go to the compliance office", "#partner-deals").

"Who do I escalate to when a customer asks an 889 question?" is answered by a note that routes such
questions, which a search for "889" rarely ranks first: the passages found are about section 889 itself.
So a question asking for a route also weighs the corpus's routing notes — notes most of whose sentences
send something somewhere, a contact list — and the answer step picks among them as among any other
candidates. An audience that may not read such a note gets none of it.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from index.answer.buyers import buyers_not_asked, names_class, ruled_out_classes
from index.answer.categories import names_pattern, product_kinds
from index.answer.query import Query
from index.answer.question import has_answer_type, other_model
from index.answer.scope import corpus_makers, main_subjects, subject_lines
from index.answer.timeline import Timeline
from index.build.records import Citation
from index.build.store import Snapshot

ROUTES_PER_QUESTION = 2  # the routing passages closest to the question that join the candidates
# a note is a routing note (a contact list) when at least this share of its sentences route something somewhere
ROUTING_SHARE = 0.5


def route_rows(snap: Snapshot) -> list[int]:
    """Rows of the routing notes' passages: notes most of whose sentences send something to an office, desk,
    channel or form ("Compliance questions … go to the compliance office through the legal intake form"). A
    note that routes one thing in passing (a support note's "send their support questions to the desk") is
    no routing note: weighed for any route question, it would send an 889 question to the phone desk."""

    def compute():
        routes, sentences = Counter(), Counter()
        for p in snap.passages:
            if p.kind != "note":
                continue
            for a, b in p.sentences:
                sentences[p.doc_id] += 1
                routes[p.doc_id] += has_answer_type("contact", p.text[a:b])
        notes = {d for d, n in sentences.items() if routes[d] >= ROUTING_SHARE * n}
        return [r for r, p in enumerate(snap.passages) if p.doc_id in notes]

    return snap.derived("route_rows", compute, scan=True) or []


def route_passages(query: Query, snap: Snapshot, timeline: Timeline, skip: set[int]) -> list[Citation]:
    """The routing passages this audience may read that are closest to the question (unranked, rank 0),
    leaving out those already cited (`skip`) and guidance a newer note replaced."""
    return closest(query, snap, timeline, route_rows(snap), skip, ROUTES_PER_QUESTION)


def closest(
    query: Query, snap: Snapshot, timeline: Timeline, rows: list[int], skip: set[int], most: int
) -> list[Citation]:
    """Of these rows, the `most` passages closest to the question that this audience may read, leaving out
    those in `skip` and guidance a newer note replaced; as candidates (unranked, rank 0)."""
    rows = [
        r
        for r in rows
        if r < query.limit and r not in skip and timeline.successor_for(snap.passages[r].doc_id, query.level) is None
    ]
    if not rows:
        return []
    sims = snap.vectors[rows] @ query.vector
    best = np.argsort(-sims)[:most]
    return [Citation(0, snap.passages[rows[i]], 0.0, float(sims[i]), 0.0, row=rows[i]) for i in best]


# What a question routed to someone is about, and what a route handles, in the words either uses. Matched on both
# sides, so the routes themselves are the corpus's; only these everyday words of the trade are the project's.
# Whether something may be done at all: law, export, government buyers, restricted lists.
_MAY_IT_BE_DONE = re.compile(
    r"\b(?:complian\w*|legal(?:ly)?|illegal|lawful|laws?|allowed|permitted|permission|ok to|okay to|export\w*|"
    r"sanction\w*|embargo\w*|entity list|covered list|restricted|889|ndaa|fcc|bis|federal|fed|feds|gov|govt|"
    r"government|regulat\w*|banned|ban)\b",
    re.I,
)
# dealing in something, which is a matter of compliance only for the corpus's restricted subject or chips
_DEALING = re.compile(
    r"\b(?:resell\w*|sell|selling|sold|source|sourcing|import\w*|quotes?|quoting|deals?|orders?|"
    r"insist\w*|(?:asks?|asking|push|pushes|pushing)\s+for)\b",  # "a cust insists on huawei gear": a deal wanted
    re.I,
)
_CHIPS = re.compile(r"\b(?:chips?|semiconductors?)\b", re.I)
_RULES = re.compile(r"\b(?:rules?|regulations?)\b", re.I)  # "break cjis rules"; not "the rules for deal registration"
_SUPPORT = re.compile(
    # (not a device supporting a network or a feature: "does the pura 80 ultra support 5g")
    r"\b(?:support(?!s?\s+(?:5g|4g|lte|nfc|e-?sim|dual\s+sim|wi-?fi)\b)|"
    r"repairs?|repaired|broken|faulty|defective|doa|returns?|returned|rma|warranty|complaints?|"
    r"complain\w*|fix|fixed|swap\w*)\b",
    re.I,
)
_PRICING_MATTER = re.compile(r"\b(?:price|pricing)\s+exceptions?\b", re.I)
_DEAL = re.compile(
    r"\b(?:deals?|deal registration|register\w*|pricing|prices?|discount\w*|margins?|rebates?|quotes?|quoting|"
    r"opps?|opportunit\w*|pipeline|spiffs?|commissions?)\b",
    re.I,
)


def route_concerns(text: str, subjects: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """What a question for someone, or a route, is about, in this order of weight: "compliance" (whether it may be
    done; dealing in something restricted, `subjects` (`restricted_names`), or in chips: "a quote on 50 huawei
    laptops"), "support" (a repair, a return, a complaint), "deal" (registration, pricing, discounts, "pricing for 200
    ipads"). Selling iPads alone is none of them."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    restricted = bool(words & subjects) or bool(_CHIPS.search(text))
    found = []
    deal = bool(_DEAL.search(text))
    # (a pricing exception asked of, "who handles pricing exceptions on huawei deals", is the deal desk's however
    # restricted the goods: the rule on dealing at all is not what is asked)
    priced = bool(_PRICING_MATTER.search(text))
    if (
        _MAY_IT_BE_DONE.search(text)
        or (restricted and _DEALING.search(text) and not priced)
        or (_RULES.search(text) and not deal)
    ):
        found.append("compliance")
    if _SUPPORT.search(text):
        found.append("support")
    if deal:
        found.append("deal")
    return tuple(found)


RULES_PER_QUESTION = 2  # the passages stating a rule on dealing that join the candidates of a "can we" question


def rule_sentences(snap: Snapshot) -> list[tuple[int, str]]:
    """(row, sentence) for each sentence that states what may or may not be done ("cannot be imported into or marketed
    in the United States", "Do not source, quote…"), in passage order; found once per index snapshot."""

    def compute():
        return [
            (r, said)
            for r, p in enumerate(snap.passages)
            for a, b in p.sentences
            if has_answer_type("leave", said := p.text[a:b])
        ]

    return snap.derived("rule_sentences", compute, scan=True) or []


def rule_rows(snap: Snapshot) -> list[int]:
    """Rows of the passages with a sentence that states what may or may not be done (`rule_sentences`)."""
    return snap.derived("rule_rows", lambda: list(dict.fromkeys(r for r, _ in rule_sentences(snap)))) or []


# a rule on whether a product may be sold here: its sale, marketing, import or authorisation
_ON_SALE = re.compile(r"\b(?:sale|sell|sold|resell|marketing|marketed|imported|import|authori[sz]\w*)\b", re.I)


def sale_rules(snap: Snapshot) -> list[tuple[int, str]]:
    """(row, sentence) for each rule sentence that rules on the sale, import or authorisation of products; found once
    per index snapshot, so a question naming a maker only looks for the name in them."""
    return snap.derived("sale_rules", lambda: [(r, s) for r, s in rule_sentences(snap) if _ON_SALE.search(s)]) or []


def rules_on_sale(sentence: str) -> bool:
    """Does the sentence rule on the sale, marketing, import or authorisation of products ("no new … ZTE
    telecommunications equipment can be authorised")?"""
    return bool(_ON_SALE.search(sentence)) and has_answer_type("leave", sentence)


def states_rule(snap: Snapshot, row: int) -> bool:
    """Does this passage state what may or may not be done? (Looked up in `rule_rows`, found once per snapshot.)"""
    return row in snap.derived("rule_row_set", lambda: frozenset(rule_rows(snap)))


def rule_passages(
    query: Query,
    snap: Snapshot,
    timeline: Timeline,
    skip: set[int],
    kinds: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
    buyers_of: str = "",
    models: frozenset[tuple[str, str]] = frozenset(),
) -> list[Citation]:
    """For a question asking leave ("can we sell huawei phones"): the rule passages closest to it. A search for
    "sell" finds stories about selling (a carrier dropping a deal, a business sold); the rule that answers
    says "cannot be marketed" or "authorised", and an audience without the partner notes needs it most.
    With `kinds` (the kinds of product leave is asked for), the rules naming one of them come first: the closest
    rules to "customer wants huawei OLTs for a fiber build" may be on federal buyers, not on network equipment; and
    of those naming the kind, the partner notes' own (what partners may do) before the regulators' (what may be
    authorised), for an audience that may read them. With `buyers_of` (a question that rules out a class of buyer),
    only passages with a rule that holds for the buyer it asks about. With `models` (the models the question names,
    `model_numbers`), not a passage whose every rule names another model ("Treat a Mate 80 Pro like…" for the Mate 10
    Pro)."""
    rows = rule_rows(snap)
    if models:  # "…40 mate 10 pros, ok to quote?": not a passage whose every rule is on another model ("…Mate 80 Pro…")
        on_asked = {r for r, said in rule_sentences(snap) if not other_model(models, said)}
        rows = [r for r in rows if r in on_asked]
    if buyers_of:  # "…to a non federal customer": only rules that hold for the buyer asked about
        out = ruled_out_classes(buyers_of)
        holding = {
            r
            for r, said in rule_sentences(snap)
            if not buyers_not_asked(said, buyers_of) and not names_class(said, out)
        }
        rows = [r for r in rows if r in holding]
    if names:  # "can we resell zte phones": only the rules on selling or authorising that maker's products
        named = names_pattern(names)
        naming = list(dict.fromkeys(r for r, said in sale_rules(snap) if named.search(said)))
        return closest(query, snap, timeline, naming, skip, RULES_PER_QUESTION)
    if kinds:
        naming = [r for r in rows if product_kinds(snap.passages[r].text) & kinds]
        notes = [r for r in naming if snap.passages[r].kind == "note"]
        found = closest(query, snap, timeline, notes, skip, RULES_PER_QUESTION) or closest(
            query, snap, timeline, naming, skip, RULES_PER_QUESTION
        )
        if found:
            return found
    return closest(query, snap, timeline, rows, skip, RULES_PER_QUESTION)


def restricted_names(snap: Snapshot) -> frozenset[str]:
    """Lower-case names whose dealing is a matter of compliance, read from the corpus: its main subject, the subject's
    product lines ("mate", "pura") and the makers its rules on sale or authorisation name ("zte", "hikvision")."""

    def compute():
        ruled = {w for _, said in sale_rules(snap) for w in re.findall(r"[a-z]+", said.lower())}
        subjects = main_subjects(snap) or frozenset()
        return frozenset(subjects | (corpus_makers(snap) & ruled) | set(subject_lines(snap)))

    return snap.derived("restricted_names", compute, scan=True) or frozenset()
