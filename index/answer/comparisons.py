"""The other side of a comparison: "huawei 2024 r&d spend vs apple's" asks for Apple's side too.

A sentence stating Huawei's research spending reads as an answer to the comparison and is none when nothing found
says a word of Apple. The other side is the few words after "vs", "versus" or "stack up against", up to a
preposition or a break ("inseego vs franklin hotspots for a school…" → "franklin hotspots"); a comparison is
answered only when a passage found names its first word. Not after "compared to": "how much higher was the rate in
2000 to 2005 compared to 1995 to 2000?" is answered by "18% higher than in the previous five years", which names no
1995; nor a time ("vs aug 2020", "vs last year"), two of one thing ("889 part a vs part b"), something generic
("vs the competition", "vs the rest of the industry"), a status ("final vs proposed") or an activity ("training
models on ascend chips vs just buying them": the rule on using them answers both).
"""

from __future__ import annotations

import re

from index.answer.question import MONTHS, asks_of_one_side
from index.answer.wordlist import english_word
from index.search.lexical import query_terms, sentence_terms

_VS = re.compile(
    r"\b(?:vs\.?|versus|stacks?\s+up\s+(?:against|to|with|vs\.?))\s+"
    r"(?P<other>[^?,;.!:\u2014\u2013()\"]{1,60})",
    re.I,
)
# where the other side's name ends: a preposition, a conjunction, a question word or a remark after it
_ENDS = frozenset(
    "for in on to at with from like about and or but so which what whats how who why when where is are was were do "
    "does did can could should would will pls please rn now today i we our my than before after since during over of "
    "vs versus".split()
)
# words that name no one thing: articles and pronouns, and the generic others a subject is set against
_NO_NAME = frozenset(
    "the a an its their his her them those these that this one ones same other others s rest competition "
    "competitors competitor industry market peers average everyone everybody anyone".split()
)
# a time or a figure is no side a sentence must name: "fdpr may 2020 vs aug 2020", "profit vs 2022" may be answered by
# "widened the rule three months later", "than the year before"; "vs the 200k estimate" by "about 200,000"
_TIME = re.compile(
    rf"^(?:\d.*|{MONTHS}|q[1-4]|h[12]|fy\d*|last|next|previous|prior|earlier|later|before|after|then|"
    # an older or newer one of the same thing: "harmonyos next vs the older harmonyos"
    r"year|yr|quarter|month|week|today|now|old|older|oldest|new|newer|newest|original|current|latest)$"
)


# a status is no side a sentence must name: "which are final vs proposed", "law vs just guidance"
_STATUS = frozenset(
    "proposed proposal proposals final finalized finalised draft drafts pending adopted official law guidance "
    "binding enacted effective active temporary permanent".split()
)


def other_side(question: str) -> list[str]:
    """The words naming what the question compares its subject with, in lower case ([] for no comparison, or a
    generic or timed one)."""
    m = _VS.search(question)
    if not m:
        return []
    words: list[str] = []
    for w in re.findall(r"[a-z0-9][a-z0-9+&'-]*", m["other"].lower()):
        w = re.sub(r"'s?$", "", w)
        if w in _ENDS or (words and w in _NO_NAME):
            break
        if w and w not in _NO_NAME and query_terms(w):  # a word the index reads ("just" is none)
            words.append(w)
        if len(words) == 3:
            break
    if words and words[0] in _STATUS:
        return []  # "which are final vs proposed": a rule's status asked, not a thing set against another
    if not words or _TIME.match(words[0]) or (words[0].endswith("ing") and english_word(words[0], modern=False)):
        return []  # "vs aug 2020", "vs the competition", "vs just buying them" (an activity a rule may cover too)
    before = set(query_terms(question[: m.start()]))
    if set(query_terms(words[0])) & before:
        return []  # "889 part a vs part b": two of one thing
    # "huawei enterprise switches vs cisco, can i even quote huawei…": the question after it is about one side only
    first = question[: m.start()].split(",")[-1]
    return [] if asks_of_one_side(question[m.end() :], [first, " ".join(words)]) else words


def named_in_any(word: str, texts: list[str]) -> bool:
    """Does any text use the word (by its stems, as the corpus is read)?"""
    stems = set(query_terms(word))
    return bool(stems) and any(stems & sentence_terms(t) for t in texts)


def other_side_missing(question: str, texts: list[str]) -> str:
    """The other side of the comparison ("apple"), if no text names it (its first word: "nvidia" of "nvidia's
    roadmap"); "" otherwise."""
    words = other_side(question)
    return " ".join(words) if words and not named_in_any(words[0], texts) else ""
