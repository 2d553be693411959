"""The thing a question asks for by name: "is there an mdf program", "whats the imei prefix for…".

A question can name the thing it wants outright, as the object of "is there a…", "how many…", "what's the … of",
"any … on", "does it have / can we get a…" or "a phone that still has a…". When the corpus uses none of that thing's
words, no sentence can give it, however much of the rest of the question a passage shares ("whats the imei prefix
for grey-import huawei phones" is not answered by the FCC rule on importing them). A word counts as the corpus's in
any spelling the index reads as it (a stem, a near spelling: "license" for "licence", a plural, a word cut short:
"auth"). A one-word thing must also be no ordinary English word: "is there a threshold for the affiliates rule" is
answered by "50 percent or more", in words the question does not use. Words that name the kind of answer rather
than a thing ("status", "date", "price", "timeframe") are left to the checks on what kind of answer was given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from index.answer.followup import ATTRIBUTE_WORDS
from index.answer.question import CHAT_WORDS, asks
from index.answer.wordlist import english_word
from index.search.lexical import query_terms

_PHRASE = r"(?P<thing>(?:[a-z&'-]+\s+){0,2}?[a-z&'-]+)"
_ARTICLE = r"(?:a|an|any)\s+"
_OWNER = r"(?:the|their|its|his|her|our)"
# what comes after the thing: a preposition or a clause, or the end of the question
_AFTER = r"(?=\s+(?:of|for|on|at|in|to|under|with|or|that|we|from)\b|\s*[?.!,;:]|\s+-|$)"
_ASKS_FOR = [
    # the counted plural: "how many us patents" (not "us", "this" or "was")
    re.compile(r"\bhow many\s+(?P<thing>(?:[a-z&'-]+\s+){0,2}?(?!(?:us|this|was|is|has|its)\b)[a-z&'-]+s)\b", re.I),
    re.compile(rf"\b(?:is|are)\s+there\s+{_ARTICLE}{_PHRASE}{_AFTER}", re.I),
    re.compile(rf"\bwhat(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+{_OWNER}\s+{_PHRASE}{_AFTER}", re.I),
    re.compile(rf"\bany\s+{_PHRASE}(?=\s+(?:on|for|about|from)\b)", re.I),
    # the kind of thing asked for, opening the question: "what eccn are huawei phones", "which hts code do we use"
    re.compile(
        rf"(?:^|[,;:?.!]\s+)(?:what|which)\s+{_PHRASE}(?=\s+(?:is|are|was|were|do|does|did|should|would|will|can)\b)",
        re.I,
    ),
    # "latest huawei phone that still has a headphone jack"
    re.compile(
        rf"\b(?:that|which)\s+(?:still\s+)?(?:has|have|had|supports?|offers?|includes?)\s+{_ARTICLE}{_PHRASE}{_AFTER}",
        re.I,
    ),
    re.compile(
        r"\b(?:does|do|did|can|could|will|would)\s+(?:[a-z0-9&'-]+\s+){1,3}?(?:have|get|offer|support|include|"
        r"come\s+with)\s+"
        rf"(?!to\b)(?:{_ARTICLE})?{_PHRASE}{_AFTER}",  # not "do we have to pull them"
        re.I,
    ),
]
# an attribute of a thing the question names ("whats meng wanzhou's salary", "the mate 80 pro's battery size"): asked
# of a name the corpus knows, an ordinary word it never uses is still missing (the name's sentences say something else)
_POSSESSED = re.compile(
    rf"\bwhat(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+)?(?:[a-z0-9&-]+\s+){{0,3}}?"
    # (not "everyone's hyping", "that's", "it's": a pronoun's "'s" is "is")
    rf"(?!(?:every|some|any|no)(?:one|body)'s|(?:it|that|there|here|what|who|he|she|this)'s)[a-z0-9&-]+'s\s+{_PHRASE}{_AFTER}",
    re.I,
)
# words that end the phrase without naming a thing ("is there an sla here", "how many do they have now")
_TRAILING = re.compile(
    r"(?:(?:^|\s+)(?:there|here|now|somewhere|anywhere|yet|too|still|again|does|do|did|is|are|was|were|it|them|this|"
    r"that))+$",
    re.I,
)
# words that name the kind of answer wanted, not a thing: other checks judge whether a sentence gives it
KIND_WORDS = ATTRIBUTE_WORDS | frozenset(
    "prices costs margins deadlines penalties fees reasons rates limits amounts risks alternatives dates fines "
    "contacts plans numbers results updates sources links problems issues rules "
    "mode time times way ways name names list details detail info kind kinds type "
    "types version versions thing things stuff one ones people ppl folks guys response responses reply replies "
    "stance position view views opinion take comment comments explanation summary overview breakdown verdict "
    "conclusion conclusions finding findings assessment reaction consensus timeframe schedule eta turnaround "
    # units of time: "how many yrs" asks a span, not a thing
    "year years yr yrs month months mo mos week weeks wk wks day days hour hours hr hrs minute minutes min mins".split()
)
_WORD = re.compile(r"[a-z][a-z'&-]*[a-z]")
# a lead-in before the question ("tsmc probe — was the chip made for sophgo")
_LEAD = re.compile(r"\s[-\u2013\u2014]+\s|:\s")
_PREPOSITIONS = frozenset("in on at for to by with from into about of off out over under".split())
_PRONOUNS = frozenset("it them they this that these those he she him her we us you i me one ones".split())


def _lowered(question: str) -> str:
    return question.lower().replace("\u2019", "'").replace("\u2018", "'")  # "what’s", as phones type it


def possessed_things(question: str) -> list[str]:
    """The attributes asked of something named ("salary" in "whats meng wanzhou's salary")."""
    return [t for m in _POSSESSED.finditer(_lowered(question)) if (t := _TRAILING.sub("", m.group("thing")).strip())]


def asked_things(question: str) -> list[str]:
    """The things the question asks for by name, each as typed ("imei prefix", "us patents"), in order."""
    found: list[str] = []
    text = _lowered(question)
    for pattern in [*_ASKS_FOR, _POSSESSED]:
        for m in pattern.finditer(text):
            thing = _TRAILING.sub("", m.group("thing")).strip()
            if thing and thing not in found:
                found.append(thing)
    return found


def unknown_things(
    parts: Sequence[str], has_stem: Callable[[str], bool], is_english: Callable[[str], bool] = english_word
) -> list[str]:
    """The things asked for by name whose head noun the corpus never uses, when every part of the question that
    asks something asks for one: "was the chip made for sophgo? and how many dies" still has a part to answer,
    while "whats the imei prefix? want to check a batch" has none (its second part is a remark). `has_stem`: does
    the corpus, as this audience may read it, use this stem or a near spelling of it ("auth*": a word so begun);
    `is_english`: is it an ordinary English word (a one-word thing must not be: "is there a threshold", "the
    definition of…" may be put otherwise in the corpus, while "is there an mdf program" names what it lacks)."""
    asking = [part for part in parts if asks(part) or asks(_LEAD.split(part)[-1])] or list(parts)
    found = [_unknown(part, has_stem, is_english) for part in asking]
    return list(dict.fromkeys(t for things in found for t in things)) if found and all(found) else []


def _unknown(question: str, has_stem: Callable[[str], bool], is_english: Callable[[str], bool]) -> list[str]:
    missing = []
    possessed = possessed_things(question)
    for thing in asked_things(question):
        words = thing.split()
        head = words[-1]
        if len(head) < 3 or head in KIND_WORDS or head in _PRONOUNS or head in CHAT_WORDS or not _WORD.fullmatch(head):
            continue
        if words[0] in _PREPOSITIONS:  # "can we get in trouble for…": no thing
            continue
        named = [w for w in words if query_terms(w)]
        if not named or any(_known(w, has_stem) for w in named):  # "escalation path": the corpus has escalations
            continue
        if len(named) == 1 and is_english(head) and thing not in possessed:
            continue
        missing.append(thing)
    return missing


def _known(word: str, has_stem: Callable[[str], bool]) -> bool:
    """Is the word a corpus word: its stem, its singular ("kgs" for "kg"), or, for a short one, the start of one
    ("auth" for "authorisation", "govt")?"""
    if any(has_stem(s) for s in query_terms(word)):
        return True
    if word.endswith("s") and any(has_stem(s) for s in query_terms(word[:-1])):
        return True
    return 3 <= len(word) <= 5 and has_stem(word + "*")
