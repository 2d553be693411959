"""Whether a named company is on a list: "is zte on the entity list too?" asks about ZTE.

A sentence on Huawei's place on the Entity List reads as an answer and is none: the name asked about must be in a
quoted sentence. The name is what follows "is/are/was/were" in a yes/no question whose verb phrase puts it on or
under a list, rule or ban ("is honor on the entity list now", "are dji drones covered by the ban"), when it is a
name: a word no dictionary lists, or one the corpus writes only with a capital ("honor"); not "are refurbished
phones covered by the ban", "is leasing covered", nor a pronoun ("is it on the list": the thread says who).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.answer.categories import product_kinds
from index.answer.comparisons import named_in_any

_ON_A_LIST = re.compile(
    r"(?:^|[.?!,;:\u2014\u2013-]\s*|\b(?:and|or|but|so|q)\s+)(?P<verb>is|are|was|were)\s+(?:the\s+)?"
    r"(?P<name>[a-z][\w&.-]*(?:\s+[a-z][\w&.-]*)?)\s+(?:(?:still|also|even|now|actually|too|already|ever)\s+)?"
    r"(?P<where>(?:on|in|under|covered\s+by|part\s+of|added\s+to)\s+(?:the\s+|any\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:list|rule|ban|order)s?)\b",
    re.I,
)
_NO_NAME = frozenset(
    "it they that this these those he she we us you i there here something anything anyone everything everyone "
    "what which who one ones every all any each no not also federal state".split()
)


# words before "list" that name no list ("on the list", "on any list")
_NOT_A_LIST = frozenset({"the", "a", "an", "any", "this", "that"})
# the words of a place on a list that name no list of their own
_PLACE_WORDS = frozenset(
    "on in under covered by part of added to the any a list lists rule rules ban bans order orders".split()
)


def name_on_list(question: str, is_name: Callable[[str], bool] = lambda _w: True) -> tuple[str, str, str]:
    """The name whose place on a list a yes/no question asks, the verb and that place: ("zte", "is", "on the entity
    list"), or ("", "", "") when there is none or `is_name` refuses its first word."""
    m = _ON_A_LIST.search(question)
    if not m:
        return "", "", ""
    # "is zte also on…", "is honor still on…": the adverb after the name is no part of it
    name = re.sub(r"\s+(?:still|also|even|now|actually|too|already|ever)$", "", m["name"].lower())
    first = name.split()[0]
    if first in _NO_NAME or not is_name(first):
        return "", "", ""
    return name, m["verb"].lower(), " ".join(m["where"].lower().split())


def list_word(place: str) -> str:
    """The word before "list" in a place on one ("on the fcc covered list" → "covered"), or ""."""
    m = re.search(r"([a-z]+)\s+lists?\b", place)
    return m.group(1) if m else ""


def standing_not_told(
    question: str, sentences: list[str], is_name: Callable[[str], bool] = lambda _w: True
) -> tuple[str, str, str]:
    """`name_on_list` of the question if no quoted sentence names it (its first word) with the list it asks about;
    ("", "", "") otherwise."""
    name, verb, where = name_on_list(question, is_name)
    if not name:
        return "", "", ""
    # a sentence naming both: "is nvidia on the entity list" is not answered by Nvidia's H200 exports, nor "is honor on
    # it" by Honor's sale (the list by the word before its kind: "entity", "covered"; "on the list" by the name alone)
    which = [w for w in re.findall(r"[a-z]+", where) if w not in _PLACE_WORDS][-1:]  # the word before "list"
    # a name of two words is named by both ("china mobile" is not "China Unicom"), unless the second says what kind
    # of product ("dji drones")
    words = [w for w in name.split() if w == name.split()[0] or not product_kinds(w)]

    # (a list by its name, "Covered List": "designations also cover…" names no list)
    key = list_word(where)
    key = "" if key in _NOT_A_LIST else key

    def names_list(s: str) -> bool:
        return (
            bool(re.search(rf"\b{re.escape(key)}\W+lists?\b", s, re.I))
            if key
            else all(named_in_any(w, [s]) for w in which)
        )

    if any(all(named_in_any(w, [s]) for w in words) and names_list(s) for s in sentences):
        return "", "", ""
    return name, verb, where


# a place on a list asked as it stands now: "is huawei still on the entity list", "…on the covered list rn"
_NOW_ASKED = re.compile(r"\b(?:still|anymore|any\s+more|now|rn|today|currently|these\s+days)\b", re.I)


def standing_now_asked(question: str) -> tuple[str, str] | None:
    """("huawei", "entity") for "is huawei still on the entity list": whether a name stands on a list now; None for
    any other question (one asked of the past: "was … still on it in 2020")."""
    if not _NOW_ASKED.search(question):
        return None
    name, verb, where = name_on_list(question)
    key = list_word(where)
    if verb in ("was", "were"):
        return None  # "was huawei still on the entity list in 2020": how it stood then
    return (name, key) if name and key and key not in _NOT_A_LIST else None


def tells_standing_now(asked: tuple[str, str], sentence: str) -> bool:
    """Does the sentence say the name asked remains on the list asked, or is off it ("…Huawei remains on the Entity
    List…"), rather than what being on it means ("Huawei … still need a US export licence")?"""
    name, key = asked
    first, *rest = name.split()
    if not all(re.search(rf"\b{re.escape(w)}", sentence, re.I) for w in rest):
        return False  # "are huawei affiliates still on it": a sentence on Huawei itself says nothing of them
    stands = re.compile(
        rf"\b{re.escape(first)}(?:'s|’s)?\s+(?:(?:remains?|remained|stays?|stayed|is\s+still|was\s+still|continues\s+to\s+be)"
        rf"\s+on|(?:is|was)\s+(?:no\s+longer\s+on|(?:removed|taken)\s+(?:from|off)))\s+(?:the\s+|its\s+)?"
        rf"(?:[\w-]+\s+)?{re.escape(key)}\W+lists?\b",
        re.I,
    )
    return bool(stands.search(sentence))
