"""Whose figure a question asks for: "xiaomi 2024 revenue?", "ericsson's q4 sales", "zte market share".

A figure belongs to someone. The nearest sentence to "xiaomi 2024 revenue" is Huawei's revenue, which shares every
word but the owner's name; quoted, it reads as Xiaomi's. So a company named right before the figure must be named
in the answer too, or the corpus does not give that figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.answer.question import YEAR
from index.search.lexical import query_terms

# a name (no hyphenated descriptor: "full-year", "post-ban"), its possessive, up to three period words ("2024",
# "q4", "fy25", "h1"), then what is measured
_OWNED_FIGURE = re.compile(
    r"(?<![\w-])(?!(?:net|operating|market|share|stock)\b)(?P<owner>[a-z][a-z0-9&]*)(?![\w-])(?:'s|’s)?\s+"
    r"(?:(?:fy\s?\d{2,4}|q[1-4]|h[12]|\d{4})\s+){0,3}"
    r"(?P<figure>revenues?|net profits?|profits?|sales(?!\s+(?:to|into)\b)|earnings|net income|income|"
    r"market share|margins?|"
    r"headcount|valuation|share price|stock price|r&d spend(?:ing)?|ebitda|operating profit|results)\b"
    # "exec's sales team", "sales tax": no figure; nor "h200 sales to china": a trade, allowed or not
    r"(?!\s+(?:teams?|reps?|staff|people|org|department|managers?|calls?|deck|pitch|channel|tax|engineers?|desk|kit))",
    re.I,
)
# words of the trade that stand before a figure and own nothing ("ytd revenue", "msrp margin")
_TRADE_WORDS = frozenset("ytd mtd qtd yoy msrp oem odm srp ttm gaap arr mrr gross".split())


def other_company(
    subjects: frozenset[str],
    known_names: frozenset[str],
    corpus_has: Callable[[str], bool],
    english: Callable[[str], bool],
) -> Callable[[str], bool]:
    """A test for a company other than the corpus's `subjects`: a name the corpus writes (a maker it lists, a word it
    writes only with a capital: "zte", "intel", "google"), or a word neither the corpus nor a dictionary holds
    ("xiaomi", "nokia"); never a trade word ("ytd", "msrp") or a short one."""

    def test(word: str) -> bool:
        if len(word) < 3 or word in subjects or word in _TRADE_WORDS:
            return False
        return word in known_names or (not corpus_has(word) and not english(word))

    return test


# how much or how many someone got, took or paid: "how much rip and replace money did verizon get", "how many listings
# did amazon take down" (a total of the programme, or of every retailer, is none of theirs)
_TAKER_FIGURE = re.compile(
    r"\bhow (?:much|many)\b[^?.!]*?\b(?:did|does|do|will|has|have)\s+(?:the\s+)?(?P<owner>[a-z][a-z0-9&-]*)\s+"
    r"(?:get|receive|take|pull|remove|pay|spend|earn|make|lose|sell|ship|buy|got|received|taken|paid|spent|earned|made|"
    r"lost|sold|shipped|bought)\b",
    re.I,
)


def names_an_owner(question: str) -> bool:
    """Does the question ask a figure of someone named right before it, or one someone got or paid (whoever that is)?
    A cheap look before the owner test is built."""
    return bool(_OWNED_FIGURE.search(question) or _TAKER_FIGURE.search(question))


def figure_owners(question: str, is_name: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(owner, figure) for each figure the question asks of a named owner; `is_name` tells an owner's name from a
    word ("our margin", "total revenue", "dealer margin", "phone sales" name no owner). A figure someone got or paid
    is "" (any sentence naming them with the figure answers)."""
    owned = [(m["owner"], m["figure"]) for m in _OWNED_FIGURE.finditer(question)]
    taken = [(m["owner"], "") for m in _TAKER_FIGURE.finditer(question)]
    return [(owner, figure) for owner, figure in owned + taken if is_name(owner.lower())]


def named_in(owner: str, sentence: str) -> bool:
    """Does the sentence name the owner (as a word, any case, possessive or not)?"""
    return bool(re.search(rf"\b{re.escape(owner)}(?:'s|’s)?\b", sentence, re.I))


def owners_not_named(question: str, sentences: list[str], is_name: Callable[[str], bool]) -> list[str]:
    """ "xiaomi's revenue", for each figure the question asks of an owner no sentence of the answer names while
    stating that figure ("Huawei's profit… from the earlier sale of the Honor phone business" names Honor, but gives
    no Honor revenue)."""
    return list(
        dict.fromkeys(
            f"{owner}'s {figure.lower()}" if figure else f"a figure for {owner}"
            for owner, figure in figure_owners(question, is_name)
            if not any(named_in(owner, s) and (not figure or states(figure, s)) for s in sentences)
        )
    )


def states(figure: str, sentence: str) -> bool:
    """Does the sentence state this kind of figure ("revenue": revenue, sales, turnover…), in any of its words?"""
    f = figure.lower()
    i = next((i for i, (name, _, said) in enumerate(_FIGURES) if re.fullmatch(said, f) or f.startswith(name)), None)
    return bool((_STATED[i] if i is not None else re.compile(rf"\b{re.escape(f)}\b", re.I)).search(sentence))


# a company's figure: how a question asks for it, and the words a sentence giving it uses ("market share" is not
# answered by "no shares in Honor")
_FIGURES = (
    ("revenue", r"revenues?", r"revenues?|sales|turnover"),
    (
        "profit",
        r"net profits?|profits?|net income|earnings",
        r"(?:net\s+)?profits?|earnings|net income|net loss(?:es)?",
    ),
    # ("smartphone share", "handset share": a share of that market)
    (
        "market share",
        r"(?:market|smartphone|phone|handset|mobile|device|pc|laptop|tablet|5g|unit)\s+share",
        r"market\s+shares?|share of (?:the\s+)?(?:\w+\s+)?(?:market|sales|shipments)",
    ),
    (
        "stock price",
        r"(?:stock|share) price",
        r"(?:stock|share)\s+prices?|shares?\s+(?:traded|trade|rose|fell)|market (?:cap|value)",
    ),
    (
        "market cap",
        r"market cap(?:itali[sz]ation)?|valuation",
        r"market (?:cap|capitali[sz]ation|value)|valuation|valued",
    ),
    ("headcount", r"headcount", r"headcount|employees|staff|workforce|people"),
    # what is spent on research: "huawei r&d 2023" is not answered by a profit "lifted … by heavy research spending"
    # (not a place or a team: "huawei's us r&d centers")
    (
        "r&d",
        r"(?:r&d|research and development)(?:\s+(?:spend|spending|budget))?"
        r"(?!(?:\s*\([^()]{1,40}\))?\)?\s+(?:cent(?:er|re)s?|labs?|sites?|teams?|facilit(?:y|ies)|hubs?|offices?|staff|"
        r"engineers?))",
        r"r&d|research and development",
    ),
    # how often a product comes back or fails: "the mate 10 pro's return rate at best buy" is no returns procedure
    (
        "return rate",
        r"(?:return|failure|defect|rma|fault|repair)\s+rates?",
        r"(?:return|failure|defect|rma|fault|repair)\s+rates?|(?:percent|%)\s+(?:of\s+\w+\s+)?(?:were\s+)?(?:returned|failed)",
    ),
    ("ebitda", r"ebitda|operating margin", r"ebitda|operating (?:profit|income|margin)"),
    # a contact detail: "what's the support desk phone number" is not answered by a rule naming the desk
    (
        "phone number",
        r"(?:phone|telephone|hotline|fax) (?:numbers?|no)|(?:phone|telephone|hotline|fax)(?= #)|numbers? to call",
        r"\+?\d[\d\s().-]{6,}\d|\b1-?800\b",
    ),
    ("email address", r"e-?mail address(?:es)?", r"[\w.+-]+@[\w-]+\.\w+"),
)
_ASKED_FIGURE = re.compile(
    r"\b(?:" + "|".join(f"(?P<f{i}>{asked})" for i, (_, asked, _) in enumerate(_FIGURES)) + r")\b", re.I
)
_STATED = [re.compile(rf"\b(?:{said})\b", re.I) for _, _, said in _FIGURES]


def figure_terms(part: str, terms: tuple[str, ...]) -> dict[str, re.Pattern]:
    """The question's terms that name a figure it asks for a year of ("revenu" in "huawei revenue 2020") → the words a
    sentence may state that figure in, so that "the company's 2020 record sales of about 891 billion yuan" holds the
    revenue asked for as much as a sentence saying "revenue"."""
    out: dict[str, re.Pattern] = {}
    if not YEAR.search(part):
        # only a year's figure: "how did it hit intel's revenue" is not answered better by Huawei's sales
        return out
    for m in _ASKED_FIGURE.finditer(part):
        stated = _STATED[int(m.lastgroup[1:])]
        out.update((t, stated) for t in terms if t in query_terms(m.group(0)))
    return out


_OWNER_BEFORE = re.compile(r"(?:[\w&-]+\s+){0,3}[\w&-]+['\u2019]s\s*$")


def figures_not_given(question: str, sentences: list[str]) -> list[str]:
    """The figures a question asks for by name ("revenue", "market share", "stock price"), near the start of a clause
    ("huawei market share in the us", "whats huawei's 2024 revenue"; not "what did the SNP say about the oil
    revenues"), that no sentence of the answer states in any of its words; prices and margins are left to the answer's
    kind (a rule on dealing answers "what margin can we make on huawei")."""
    missing = []
    for m in _ASKED_FIGURE.finditer(question):
        clause = re.split(r"[,.;:?!&+]|\band\b|\bor\b|\bvs\.?", question[: m.start()])[-1]
        clause = _OWNER_BEFORE.sub(" owner ", clause)  # "what was the mate 10 pro's return rate": one owner
        if len(clause.split()) > 5:  # asked near the start of its clause, not a word deep in a sentence
            continue
        i = int(m.lastgroup[1:])
        if not any(_STATED[i].search(s) for s in sentences):
            # "does not give revenue", but "does not give a phone number"
            said = m.group(0).lower()
            if _FIGURES[i][0] in _COUNTED_FIGURES:  # named as the figure, not as typed ("phone #")
                said = ("an " if _FIGURES[i][0][0] in "aeiou" else "a ") + _FIGURES[i][0]
            missing.append(said)
    return list(dict.fromkeys(missing))


_COUNTED_FIGURES = frozenset({"phone number", "email address"})


# "the US Commerce Department's Bureau of Industry and Security (BIS)", "the Bureau of Industry and Security (BIS),
# part of the US Commerce Department": a unit named with its initials, and whose it is
_NAME = r"[A-Z][a-z]+(?:\s+(?:of|on|for|and|[A-Z][a-z]+))*?"
_UNIT_OF = re.compile(
    rf"\b(?P<parent>[A-Z][a-z]+)(?:\s+Department)?(?:'s|’s)\s+(?P<unit>{_NAME})\s+\((?P<acr>[A-Z]{{2,6}})\)"
)
_PART_OF = re.compile(
    rf"\b(?P<unit>{_NAME})\s+\((?P<acr>[A-Z]{{2,6}})\),?\s+part\s+of\s+the\s+(?:US\s+)?(?P<parent>[A-Z][a-z]+)"
)


def corpus_units(texts) -> dict[str, frozenset[str]]:
    """Each body the corpus names a unit of (lower case: "commerce") → that unit's names ("bureau of industry and
    security", "bis"): what the unit did, its body did ("did commerce soften the ascend warning": "BIS later softened
    the wording…")."""
    units: dict[str, set[str]] = {}
    for text in texts:
        for m in (*_UNIT_OF.finditer(text), *_PART_OF.finditer(text)):
            units.setdefault(m["parent"].lower(), set()).update({m["unit"].lower(), m["acr"].lower()})
    return {k: frozenset(v) for k, v in units.items()}
