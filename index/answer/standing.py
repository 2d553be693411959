"""Whether a named company is on a list: "is zte on the entity list too?" asks about ZTE.

A sentence on Huawei's place on the Entity List reads as an answer and is none: the name asked about must be in a
quoted sentence. The name is the word after "is/are/was/were" in a yes/no question whose verb phrase puts it on or
under a list, rule or ban ("is honor on the entity list now", "are dji drones covered by the ban"); pronouns ("is
it on the list") are left to the thread.
"""

from __future__ import annotations

import re

from index.search.lexical import query_terms, sentence_terms

_ON_A_LIST = re.compile(
    r"(?:^|[.?!,;:\u2014\u2013-]\s*|\b(?:and|or|but|so|q)\s+)(?:is|are|was|were)\s+(?:the\s+)?(?P<name>[a-z][\w&.-]*)"
    r"(?:\s+[a-z][\w&.-]*)?\s+(?:(?:still|also|even|now|actually|too|already|ever)\s+)?"
    r"(?P<where>(?:on|in|under|covered\s+by|part\s+of|added\s+to)\s+(?:the\s+|any\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:list|rule|ban|order)s?)\b",
    re.I,
)
_NO_NAME = frozenset(
    "it they that this these those he she we us you i there something anything anyone everything everyone "
    "what which who one ones".split()
)


def name_on_list(question: str) -> tuple[str, str]:
    """The name whose place on a list a yes/no question asks, and that place: ("zte", "on the entity list"), or
    ("", "")."""
    m = _ON_A_LIST.search(question)
    if not m or m["name"].lower() in _NO_NAME:
        return "", ""
    return m["name"].lower(), " ".join(m["where"].lower().split())


def standing_not_told(question: str, sentences: list[str]) -> tuple[str, str]:
    """The name asked about and its place (as `name_on_list` gives them) if no quoted sentence names it; ("", "")
    otherwise."""
    name, where = name_on_list(question)
    stems = set(query_terms(name)) if name else set()
    if not stems or any(stems & sentence_terms(s) for s in sentences):
        return "", ""
    return name, where
