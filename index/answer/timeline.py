"""Time in answers: what supersedes what, newer evidence first, and pointers to newer documents.

A document may name the documents it replaces (`supersedes:` in front matter). A
superseded document never supplies the answer sentence when one of its successors is
allowed for the audience; it may still be cited as history.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from index.build.records import DocInfo
from index.visibility import Level

_YEAR_TAG = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True)
class Timeline:
    docs: dict[str, DocInfo]
    successors: dict[str, tuple[str, ...]]  # doc id -> ids of the documents that supersede it

    @classmethod
    def build(cls, docs: dict[str, DocInfo]) -> "Timeline":
        succ: dict[str, list[str]] = {}
        for d in docs.values():
            for old in d.supersedes:
                if old in docs:
                    succ.setdefault(old, []).append(d.id)
        return cls(docs, {k: tuple(v) for k, v in succ.items()})

    def successor_for(self, doc_id: str, allowed: Level) -> str | None:
        """The newest allowed document that (directly or through a chain) supersedes doc_id."""
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

    def is_superseded(self, doc_id: str, allowed: Level) -> bool:
        return self.successor_for(doc_id, allowed) is not None

    def subjects(self, doc_id: str) -> set[str]:
        """Subject tags: the tags that name a topic (years are not subjects)."""
        return {t.lower() for t in self.docs[doc_id].tags if not _YEAR_TAG.match(str(t))}


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
