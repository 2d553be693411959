"""Time in answers: what supersedes what, newer evidence first, and pointers to newer documents.

A document may name the documents it replaces (`supersedes:` in front matter). A
superseded document never supplies the answer sentence when one of its successors is
allowed for the audience; it may still be cited as history.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from index.build.records import DocInfo
from index.visibility import Level

_YEAR_TAG = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True)
class Timeline:
    docs: dict[str, DocInfo]
    successors: dict[str, tuple[str, ...]]  # doc id -> ids of the documents that supersede it
    newest: dict[Level, str] = field(default_factory=dict)  # level -> date of the newest document it may read
    # (doc id, level) -> successor_for's answer: asked about a hundred times per question of the same few documents
    _successor: dict[tuple[str, Level], str | None] = field(default_factory=dict, compare=False, repr=False)
    _subjects: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)  # doc id -> tags

    @classmethod
    def build(cls, docs: dict[str, DocInfo]) -> "Timeline":
        succ: dict[str, list[str]] = {}
        for d in docs.values():
            for old in d.supersedes:
                if old in docs:
                    succ.setdefault(old, []).append(d.id)
        newest = {
            level: max((d.published for d in docs.values() if Level.parse(d.visibility) <= level), default="")
            for level in Level
        }
        return cls(docs, {k: tuple(v) for k, v in succ.items()}, newest)

    def successor_for(self, doc_id: str, allowed: Level) -> str | None:
        """The newest allowed document that (directly or through a chain) supersedes doc_id."""
        key = (doc_id, allowed)
        if key not in self._successor:
            self._successor[key] = self._find_successor(doc_id, allowed)
        return self._successor[key]

    def _find_successor(self, doc_id: str, allowed: Level) -> str | None:
        best: DocInfo | None = None
        stack, seen = list(self.successors.get(doc_id, ())), set()
        while stack:
            d = stack.pop()
            if d in seen:
                continue
            seen.add(d)
            info = self.docs[d]
            if Level.parse(info.visibility) <= allowed and (best is None or info.published > best.published):
                best = info
            stack.extend(self.successors.get(d, ()))
        return best.id if best else None

    def replaces(self, later: str, earlier: str) -> bool:
        """Does `later` supersede `earlier`, directly or through a chain of replacements?"""
        stack, seen = list(self.successors.get(earlier, ())), set()
        while stack:
            d = stack.pop()
            if d == later:
                return True
            if d not in seen:
                seen.add(d)
                stack.extend(self.successors.get(d, ()))
        return False

    def is_superseded(self, doc_id: str, allowed: Level) -> bool:
        return self.successor_for(doc_id, allowed) is not None

    def subjects(self, doc_id: str) -> frozenset[str]:
        """Subject tags: the tags that name a topic (years are not subjects)."""
        if doc_id not in self._subjects:
            self._subjects[doc_id] = frozenset(t.lower() for t in self.docs[doc_id].tags if not _YEAR_TAG.match(str(t)))
        return self._subjects[doc_id]


def time_preference(present: bool, years: tuple[int, ...], published: list[str]) -> list[float]:
    """The one recency step: 0..1 per document date for a question about given years (that
    year first) or about the present (newest first, relative to the dates compared); zeros for
    a question about no time."""
    if years:
        return [year_match(p, years) for p in published]
    return recency(published) if present else [0.0] * len(published)


def recency(published: list[str]) -> list[float]:
    """0..1 by date among the given documents (newest 1); equal dates share a value."""
    if not published:
        return []
    ords = [_ordinal(p) for p in published]
    lo, hi = min(ords), max(ords)
    if hi == lo:
        return [1.0] * len(ords)
    return [(o - lo) / (hi - lo) for o in ords]


def year_match(published: str, years: tuple[int, ...]) -> float:
    """1 for a document from an asked-about year, fading over the following two years."""
    if not years:
        return 0.0
    y = _year(published)
    return max((1.0 if y == want else 0.5 if want < y <= want + 1 else 0.0) for want in years)


def _year(published: str) -> int:
    try:
        return int(published[:4])
    except ValueError:
        return 0


def _ordinal(published: str) -> int:
    try:
        return dt.date.fromisoformat(published).toordinal()
    except ValueError:
        return 0


MONTH_NAMES = tuple("January February March April May June July August September October November December".split())
MONTH = rf"(?:{'|'.join(MONTH_NAMES)})"
_DATE = rf"(?:\d{{1,2}}\s+)?{MONTH}\s+(?:19|20)\d\d"
_UNTIL = re.compile(rf"\buntil\s+({_DATE})\b")
# "suspended it for one year from 10 November 2025": a term that ends a span after its start
_SPAN = re.compile(rf"\bfor\s+(one|a|two|three|six|\d{{1,2}})\s+(years?|months?)\s+(?:from|starting)\s+({_DATE})\b")
_COUNT = {"one": 1, "a": 1, "two": 2, "three": 3, "six": 6}


_WRITTEN_DATE = re.compile(rf"\b(?:(\d{{1,2}})\s+)?({MONTH})\s+((?:19|20)\d\d)\b")


def latest_written_date(text: str) -> tuple[int, int, int]:
    """The latest date a text writes ("26 February 2026", "June 2025"), as (year, month, day), the day 0 for a month
    alone; (0, 0, 0) when it writes none."""
    return max(
        ((int(y), dt.datetime.strptime(mon, "%B").month, int(d or 0)) for d, mon, y in _WRITTEN_DATE.findall(text)),
        default=(0, 0, 0),
    )


def day_written(text: str) -> dt.date | None:
    """A written date as a day; a month alone ("March 2026") is its last day."""
    for fmt in ("%d %B %Y", "%B %Y"):
        try:
            day = dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if fmt == "%B %Y":
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return day
    return None


# "scheduled its vote on the rule for 22 July 2026", "is due to decide by March 2026": a date set for something to
# happen (not "took effect on")
_SET_FOR = re.compile(
    rf"\b(?:scheduled|planned|set|due|expected|slated)\b(?:[^.;]{{0,80}}?)\b(?:for|on|by)\s+({_DATE})\b"
)


_BEFORE = re.compile(r"\bbefore\b", re.I)


def passed_schedule(sentence: str, now: str) -> str | None:
    """The date the sentence sets for something to happen when it lies before `now`: the sentence tells what was
    planned, not what happened. None when there is none, or when the plan only dates what the sentence tells was
    done before it ("…rescinded the rule, two days before its compliance requirements were due to start on 15 May
    2025")."""
    for m in _SET_FOR.finditer(sentence):
        if _BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
            continue
        day = day_written(m.group(1))
        if day and day.isoformat() < now[:10]:
            return m.group(1)
    return None


def passed_until(sentence: str, now: str) -> str | None:
    """The end of a term the sentence gives ("until 10 November 2026", "for one year from 10 November
    2025") when it lies before `now` (an ISO date): what was in force until then may have changed
    since. None when there is none."""
    for m in _UNTIL.finditer(sentence):
        day = day_written(m.group(1))
        if day and day.isoformat() < now[:10]:
            return m.group(1)
    for m in _SPAN.finditer(sentence):
        start = day_written(m.group(3))
        if not start:
            continue
        n = int(m.group(1)) if m.group(1).isdigit() else _COUNT[m.group(1)]
        months = n * 12 if m.group(2).startswith("year") else n
        y, mo = divmod(start.month - 1 + months, 12)
        try:
            end = start.replace(year=start.year + y, month=mo + 1)
        except ValueError:  # 31 January + one month
            end = start.replace(year=start.year + y, month=mo + 1, day=28)
        if end.isoformat() < now[:10]:
            return f"{end.day} {end.strftime('%B')} {end.year}"
    return None
