"""The other side of a comparison: "huawei 2024 r&d spend vs apple's" asks for Apple's side too.

A sentence stating Huawei's research spending reads as an answer to the comparison and is none when nothing found
says a word of Apple. The other side is the few words after "vs", "versus" or "stack up against", up to a
preposition or a break ("inseego vs franklin hotspots for a school…" → "franklin hotspots"); a comparison is
answered only when a quoted sentence, or a passage it comes from, names it. Not after "compared to": "how much
higher was the rate in 2000 to 2005 compared to 1995 to 2000?" is answered by "18% higher than in the previous
five years", which names no 1995.
"""

from __future__ import annotations

import re

from index.search.lexical import query_terms, sentence_terms

_VS = re.compile(
    r"\b(?:vs\.?|versus|stacks?\s+up\s+(?:against|to|with|vs\.?))\s+"
    r"(?P<other>[^?,;.!:\u2014\u2013()\"]{1,60})",
    re.I,
)
# where the other side's name ends: a preposition, a conjunction, a question word or a remark after it
_ENDS = frozenset(
    "for in on to at with from like about and or but so which what whats how who why when where is are was were do "
    "does did can could should would will pls please rn now today i we our my".split()
)
_NO_NAME = frozenset("the a an its their his her them those these that this one ones same other s".split())
# a time is no side a sentence must name: "fdpr may 2020 vs aug 2020", "profit vs 2022" may be answered by "widened the
# rule three months later", "than the year before"
_TIME = re.compile(
    r"^(?:\d+|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
    r"september|october|november|december|q[1-4]|h[12]|fy\d*|last|next|previous|prior|earlier|later|before|after|then)$"
)


def other_side(question: str) -> list[str]:
    """The words naming what the question compares its subject with, in lower case ([] for no comparison)."""
    m = _VS.search(question)
    if not m:
        return []
    words = []
    for w in re.findall(r"[a-z0-9][a-z0-9+&'-]*", m["other"].lower()):
        w = re.sub(r"'s?$", "", w)
        if w in _ENDS:
            break
        if w and w not in _NO_NAME:
            words.append(w)
        if len(words) == 3:
            break
    return words


def other_side_missing(question: str, texts: list[str]) -> str:
    """The other side of the comparison ("apple"), if no text names it (its first word: "nvidia" of "nvidia's
    roadmap"); "" otherwise, for two of one thing ("889 part a vs part b": the first word named before "vs" as
    well) and for a time ("vs aug 2020")."""
    words = other_side(question)
    if not words or _TIME.match(words[0]):
        return ""
    stems = set(query_terms(words[0]))
    if not stems or stems & set(query_terms(question[: _VS.search(question).start()])):
        return ""
    return "" if any(stems & sentence_terms(t) for t in texts) else " ".join(words)
