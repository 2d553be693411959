"""Classes of buyer: whom a rule is for ("…to any customer that holds or bids for US federal contracts") and whom a
question names, rules out ("a non federal customer", "no gov business", "isn't a government contractor") or names
instead ("a state contractor", "a private company").

A rule for one class of buyer answers a question about that class only. Read as the answer to "can we sell huawei
to a private company", "still do not sell Huawei products to any customer that holds or bids for US federal
contracts" says yes to everyone else, when the rule for any buyer says no.
"""

from __future__ import annotations

import re

from index.answer.question import has_answer_type
from index.search.lexical import query_terms

# a rule for one class of buyer: "…to any customer that holds or bids for US federal contracts", "to federal agencies"
_FOR_BUYERS = re.compile(
    r"\b(?:to|for)\s+(?:any\s+|a\s+|an\s+|the\s+)?(?:(?P<adj>federal|government|state|public)\s+)?"
    r"(?:customers?|buyers?|clients?|agenc(?:y|ies)|contractors?|schools?|hospitals?|carriers?)"
    r"(?P<clause>\s+(?:that|who|which)\s+[^,.;]+)?",
    re.I,
)
# a rule for buyers spending one kind of money: "A school cannot use E-Rate money to buy…", "no USF support may pay"
_FUNDED_BY = re.compile(
    r"\b(?P<source>[A-Za-z][\w-]*)\s+(?:money|funds?|funding|grants?|subsid(?:y|ies)|support\s+may)\b", re.I
)
_NOT_A_SOURCE = frozenset({"any", "other", "the", "their", "own", "no", "federal", "public"})
# a class the question rules out: "non federal", "not a government contractor", "no gov business", "zero fed grants",
# "doesn't hold federal contracts", "never bids on federal work"; the word must name a class of buyer or its business
_RULED_OUT = re.compile(
    r"\b(?:non[- ]?|not\s+(?:a\s+|an\s+|any\s+)?|no\s+|without\s+(?:any\s+)?|zero\s+|isn'?t\s+(?:a\s+|an\s+)?|"
    r"aren'?t\s+(?:a\s+|an\s+)?|never\s+(?:a\s+|an\s+)?|"
    r"(?:doesn'?t|does\s+not|don'?t|do\s+not|never)\s+(?:have|hold|holds|bid|bids|do|does|sell|sells|work)"
    r"(?:\s+(?:on|for|to|with))?\s+(?:any\s+)?)"
    r"(?P<word>[a-z]+)(?=[\s-]+(?:[\w-]+\s+)?(?:customers?|clients?|buyers?|contracts?|contractors?|work|business|"
    r"agenc(?:y|ies)|entit(?:y|ies)|organi[sz]ations?|grants?|funding|money|deals?|sector|side|government|"
    r"companies|company)\b|\s*[?.,!]|\s*$)",
    re.I,
)
# another class named instead: "a state contractor", "a private company", "commercial customer"
_OTHER_CLASS = re.compile(
    r"\b(?P<adj>private|commercial|state|county|city|municipal|local|consumer|retail|enterprise|corporate)"
    r"(?:[- ]sector)?\s+(?:[\w-]+\s+)?(?:customers?|compan(?:y|ies)|firms?|business(?:es)?|buyers?|clients?|"
    r"contractors?|organi[sz]ations?|entit(?:y|ies)|agenc(?:y|ies)|governments?|only)\b",
    re.I,
)
# one class, however it is written
_GOVERNMENT = frozenset(query_terms("federal fed feds gov govt government governmental dod"))
_FEDERAL = query_terms("federal")[0]


def _terms(text: str) -> set[str]:
    return {_FEDERAL if t in _GOVERNMENT else t for t in query_terms(text)}


def _rule_class(sentence: str) -> set[str]:
    """The terms naming the class of buyer a rule is for ("feder", "contract"); empty for a rule for any buyer."""
    m = _FOR_BUYERS.search(sentence)
    if not m or not (m.group("adj") or m.group("clause")):
        return set()
    return _terms(f"{m.group('adj') or ''} {m.group('clause') or ''}")


_CLASS_WORDS = frozenset({_FEDERAL, *query_terms("state public")})  # the classes rules are written for


def _funds_named(sentence: str, question: str) -> bool | None:
    """For a rule on buyers spending a kind of money ("A school cannot use E-Rate money to buy…"): does the question
    name that money? None when the sentence is no such rule."""
    sources = {m["source"].lower() for m in _FUNDED_BY.finditer(sentence)} - _NOT_A_SOURCE
    if not sources or not has_answer_type("leave", sentence):
        return None
    asked = _terms(question)
    return any(set(query_terms(src)) & asked for src in sources)


def unasked_funds(sentence: str, question: str) -> bool:
    """Is the sentence a rule for buyers spending a kind of money the question does not name ("A school cannot use
    E-Rate money to buy Huawei switches" for "can we sell huawei gear to a county school district")? A rule for any
    buyer answers such a question; this one only for some of its buyers."""
    return _funds_named(sentence, question) is False


def asked_funds(sentence: str, question: str) -> bool:
    """Is the sentence a rule for buyers spending the kind of money the question names ("A school cannot use E-Rate
    money to buy Huawei switches" for "school wants to use e-rate to buy huawei aps, allowed?")? It answers the question
    as asked, where a rule for any buyer only implies it."""
    return _funds_named(sentence, question) is True


def ruled_out_classes(question: str) -> frozenset[str]:
    """The classes of buyer the question rules out ("non federal", "no gov business", "isn't a government contractor":
    federal) or sets aside by naming another ("a state contractor", "a private company": not federal, unless it also
    names the class: "a private company that sells to the federal government"). Ruled out in so many words, a class
    stays ruled out however the rest reads ("non-federal customers: can we sell huawei phones to federal
    contractors", a follow-up read with its thread's question)."""
    out = _terms(" ".join(m["word"] for m in _RULED_OUT.finditer(question))) & _CLASS_WORDS
    others = {t for m in _OTHER_CLASS.finditer(question) for t in _terms(m["adj"])}
    # "a private company that sells to the federal government": federal; not "a state govt contractor" (its government
    # is the state's)
    named = _terms(_OTHER_CLASS.sub(" ", _RULED_OUT.sub(" ", question)))
    if others - {_FEDERAL} and _FEDERAL not in named:
        out |= {_FEDERAL} - others
    return frozenset(out)


def names_class(sentence: str, classes: frozenset[str]) -> bool:
    """Does the sentence name one of these classes of buyer ("…bars federal agencies", "US federal contracts")?"""
    return bool(classes and _terms(sentence) & classes)


def buyers_not_asked(sentence: str, question: str) -> bool:
    """Is the sentence a rule for a class of buyer that the question does not name ("can we sell huawei"), or rules
    out ("…to a non federal customer")?"""
    rule = _rule_class(sentence)
    if not rule:
        return False
    named = _terms(_RULED_OUT.sub(" ", question))
    return not named & rule or excludes_buyers(sentence, question)


def excludes_buyers(sentence: str, question: str) -> bool:
    """Is the sentence a rule for a class of buyer the question rules out or sets aside (`ruled_out_classes`)?"""
    return bool(_rule_class(sentence) & ruled_out_classes(question))


def rules_out_buyers(question: str) -> bool:
    """Does the question rule out a class of buyer ("a non federal customer", "a private company")? Then the rules
    for any buyer must be among the candidates."""
    return bool(ruled_out_classes(question))


def classes_asked(question: str) -> frozenset[str]:
    """The classes of buyer the question names and does not rule out ("fed contractor customer": federal)."""
    return frozenset(_terms(_RULED_OUT.sub(" ", question)) & _CLASS_WORDS) - ruled_out_classes(question)


def rule_for_class(sentence: str, classes: frozenset[str], question: str = "") -> bool:
    """Is the sentence a rule written for one of these classes of buyer ("…to any customer that holds or bids for US
    federal contracts"), and for the same kind of buyer the question names (an agency is no contractor)?"""
    if not (classes and _rule_class(sentence) & classes):
        return False
    for kind in (_AGENCY, _CONTRACTOR):
        if kind.search(question) and not kind.search(sentence):
            return False
    return True


def rule_for_buyer_named(sentence: str, question: str) -> bool:
    """Is the sentence a rule written for the very buyer the question names: its class, and a contractor or an agency
    only when the question says so ("fed contractor customer wants huawei switches": "…any customer that holds or bids
    for US federal contracts"; not for "a customer in a fed-funded head start program")?"""
    if not rule_for_class(sentence, classes_asked(question), question):
        return False
    return not any(kind.search(sentence) and not kind.search(question) for kind in (_AGENCY, _CONTRACTOR))


_AGENCY = re.compile(r"\bagenc(?:y|ies)\b", re.I)
_CONTRACTOR = re.compile(r"\bcontract(?:s|ors?|ing)?\b", re.I)
