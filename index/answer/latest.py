""" "What's the latest on X": the newest documents whose gist is about X, newest first.

A question asking for news ("latest on the fcc and huawei", "anything new on rip and replace?") is not
answered by the sentence closest to its words (that can be a 2020 rule that happens to say "a year"), but
by what the newest documents about its subject say first: a news article and a partner note both state
their gist in their first sentence, so that sentence must itself be about the subject. Only the newest
current documents an audience may read are looked at, listed once per index snapshot and level, so a
question costs the same whatever the corpus's size.
"""

from __future__ import annotations

import datetime as dt
import re

from index.answer.query import Query
from index.answer.question import QuestionInfo, asks_yes_no
from index.answer.scope import without_home
from index.answer.timeline import MONTH, Timeline, day_written
from index.build.store import Snapshot
from index.search.lexical import query_terms, sentence_terms, weighted_coverage

# what was done, as news asks it ("the newest fcc move"), after "newest": who did it (kept), then the news noun, no
# term of the subject
_NEWEST = r"\b(?:latest|newest|most\s+recent)"
_NEWS_DONE = (
    r"\s+((?:[\w&.-]+\s+){0,2}?)(?:moves?|steps?|actions?|developments?|changes?|decisions?|rulings?|crackdowns?)"
)
# …with the word that joins it to its subject ("the newest fcc move against huawei")
_DONE = re.compile(rf"{_NEWEST}{_NEWS_DONE}(?:\s+(?:against|on|about|by|toward|towards|re|regarding))?\b", re.I)
# Asking for news about something, not a fact ("what is the latest harmonyos version" asks which version):
# "latest on/about/from/with X", "what's new with X", "any news on X", "recent developments", "…, latest?"
LATEST_ASK = re.compile(
    r"\blatest\s+(?:on|about|from|with|w/|re|regarding|news|updates?|developments?)\b|"
    # "latest partner guidance on huawei", "anything change this month?"
    # ("the newest note from partner enablement on huawei": from whom it comes, then what about)
    r"\b(?:latest|newest|most\s+recent)\s+(?:[\w-]+\s+)?(?:guidance|notes?|advice|memos?)\s+"
    r"(?:on|about|for|re|regarding|w/|from)\b|"
    r"\b(?:anything|what'?s|whats|what)\s+(?:changed?|different)\s+(?:this|last|past)\s+(?:month|week|quarter|qtr)\b|"
    r"\b(?:what'?s|whats|anything|any)\s+new\s+(?:on|about|from|with|w/|re|for|in)\b|"
    r"\b(?:what'?s|whats|anything|any)\s+new\b(?=\s*(?:[?.!]|$|this\b|last\b|past\b|lately\b|recently\b))|"
    r"\bany\s+(?:news|updates?)\b|\bnews\s+(?:on|about|from)\b|\brecent\s+(?:news|developments?|changes)\b|"
    r"\b(?:the\s+)?latest\W*$|"
    # "whats the newest fcc move against huawei": the news of what someone did last (the word "newest" only: who did
    # it is the subject)
    rf"{_NEWEST}\b(?={_NEWS_DONE}\b)",
    re.I,
)
# "what was the latest on it back then": the news of a time gone by
_THEN = re.compile(r"\b(?:was|were|back then|at the time|back in)\b", re.I)
# A clause that asks yes or no ("quick q: is huawei still on the entity list, any news?") is a question of its own
_CLAUSE = re.compile(r"[,;:?!.]\s*|\s+[-\u2013\u2014]+\s+")
# When, not what about: "this year", "in 2026", "as of today" (a news question asks for the newest anyway)
_WHEN = re.compile(
    r"\b(?:(?:this|last|past|current|coming) (?:year|yr|month|quarter|week)|so far|these days|as of today|"
    r"(?:in|as of|for|during)?\s*(?:19|20)\d\d)\b",
    re.I,
)
# How many of the newest documents are read for a news question, and how much of the question's subject a
# document's first sentence must hold (IDF²-weighted) to count as being about it.
NEWEST_LOOKED_AT = 40
ON_TOPIC = 0.5


def asks_latest(info: QuestionInfo, now: str) -> bool:
    """A one-part question asking for the news on something: no fact of a kind ("latest on the 889 dates - when
    did it start" asks when), no yes/no clause, and no time before `now`, the newest date the audience may read
    ("any news on huawei in 2019"; "this year" is now)."""
    if len(info.parts) != 1 or info.kind not in (None, "explain") or info.past or _THEN.search(info.text):
        return False
    if now and any(y < int(now[:4]) for y in info.time_years):
        return False
    if any(asks_yes_no(clause) for clause in _CLAUSE.split(info.text)):
        return False
    return bool(LATEST_ASK.search(info.text))


def newest_on_topic(query: Query, snap: Snapshot, timeline: Timeline, most: int) -> list[int]:
    """The first passage rows of the `most` newest current documents the audience may read whose first sentence
    is about the question's subject, newest first; empty when none is."""
    # "the latest from the compliance office on huawei": that source's documents, about what follows
    source = next((m for m in _FROM_SOURCE.finditer(query.info.text) if _is_source(m.group("who"), timeline)), None)
    text = query.info.text.replace(source.group(0), " ") if source else query.info.text
    wanted = _words(source.group("who")) if source else set()
    # ("the newest fcc move against huawei" is about the FCC and Huawei)
    since = since_asked(text)
    text = _SINCE.sub(" ", text)
    subject = without_home(_WHEN.sub(" ", LATEST_ASK.sub(" ", _DONE.sub(r" \1 ", text))), snap)
    terms = list(query_terms(subject))
    weights = {t: snap.lexical.idf(t) ** 2 for t in terms}
    out = []
    for row in _newest_readable(snap, timeline, query):
        p = snap.passages[row]
        if wanted and not wanted <= _words(timeline.docs[p.doc_id].source):
            continue
        if since and _told_on(p.lede, timeline.docs[p.doc_id].published) <= since:
            continue  # "anything new on the ascend guidance since 13 May 2025": not the guidance of 13 May itself
        if not sum(weights.values()) or weighted_coverage(terms, weights, sentence_terms(p.lede)) >= ON_TOPIC:
            out.append(row)  # "what's the latest": no subject but the one every document shares
        if len(out) >= most:
            break
    return out


# "anything new on X since 13 May 2025 / May 13 2025 / dec 2022 / 2024": the news after that day
_SINCE = re.compile(
    rf"\bsince\s+(?:(?:(\d{{1,2}})\s+)?({MONTH})\.?\s+(?:(\d{{1,2}}),?\s+)?((?:19|20)\d\d)|((?:19|20)\d\d))\b", re.I
)
# a document's first sentence opening on the day it tells of ("On 13 May 2025 …", "In May 2025 …")
_OPENING_DATE = re.compile(rf"^\W*(?:On|In|As of|By)\s+((?:\d{{1,2}}\s+)?{MONTH}\s+(?:19|20)\d\d)\b")


def since_asked(question: str) -> dt.date | None:
    """The day after which news is asked ("since May 2025": its last day; "since 2024": 31 December 2024); None when
    the question names none."""
    m = _SINCE.search(question)
    if not m:
        return None
    day, month, day_after, year, year_alone = m.groups()
    if year_alone:
        return dt.date(int(year_alone), 12, 31)
    return day_written(f"{day or day_after or ''} {month.capitalize()} {year}".strip())


def _told_on(lede: str, published: str) -> dt.date:
    """The day a document's first sentence tells of: the day it opens on, else the day it was published."""
    if (m := _OPENING_DATE.match(lede)) and (day := day_written(m.group(1))):
        return day
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return dt.date.min


# "…from partner enablement": the team the news comes from (not what it is about)
_FROM_SOURCE = re.compile(
    r"\bfrom\s+(?:the\s+|our\s+)?(?P<who>(?:[\w&-]+\s+){0,3}?[\w&-]+)(?=\s+(?:on|about|re|for)\b|\W*$)", re.I
)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower())) - {"the", "our", "of", "and"}


def _is_source(words: str, timeline: Timeline) -> bool:
    """Do these words all name the team one partner note comes from ("partner enablement": "Partner Sales
    Enablement")? (Not a news source: "the latest from the fcc" asks what the FCC did, whoever reported it.)"""
    wanted = _words(words)
    return bool(wanted) and any(wanted <= _words(d.source) for d in timeline.docs.values() if d.kind == "note")


def _newest_readable(snap: Snapshot, timeline: Timeline, query: Query) -> list[int]:
    """The first passage rows of the NEWEST_LOOKED_AT newest documents this audience may read and no newer note
    replaces, newest first (one walk over the documents per snapshot and level)."""

    def compute():
        rows = []
        for doc_id in sorted(timeline.docs, key=lambda d: (timeline.docs[d].published, d), reverse=True):
            first = snap.doc_passages.get(doc_id, ())
            if first and first[0] < query.limit and not timeline.is_superseded(doc_id, query.level):
                rows.append(first[0])
                if len(rows) >= NEWEST_LOOKED_AT:
                    break
        return rows

    return snap.derived(f"newest_readable@{query.level.name}", compute)
