"""Which year a figure is for, so "how much did Huawei make last year?" is not answered with an
older year's figure as if it were the one asked for.

A question asking for an amount or a number may name the year it wants ("revenue 2025") or say
it relative to the corpus's present ("last year", "this year"). A sentence's figure is for the
years it names on their own ("revenue in 2024", "up on 2023"); a full date ("reported on 31
March 2025") says when something was said, not which year the figure covers.
"""

from __future__ import annotations

import re

_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?!\d)")
_DATE = re.compile(
    r"\b(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?:\d{1,2},\s+)?((?:19|20)\d\d)\b"
)
_LAST_YEAR = re.compile(r"\blast\s+(?:year|yr)\b|\blast\s+fiscal\s+year\b", re.I)
_THIS_YEAR = re.compile(r"\b(?:this|current)\s+(?:year|yr)\b|\bso far this year\b", re.I)


def asked_year(question: str, years: tuple[int, ...], now: str) -> int | None:
    """The one year a question wants a figure for: a year it names, or "last/this year" counted
    from `now` (the corpus's newest date, "YYYY-…"). None when it names none or several."""
    if len(years) == 1:
        return years[0]
    if years or not now[:4].isdigit():
        return None
    if _LAST_YEAR.search(question):
        return int(now[:4]) - 1
    if _THIS_YEAR.search(question):
        return int(now[:4])
    return None


def figure_years(sentence: str) -> set[int]:
    """The years a sentence's figures are for: the years it names outside full dates."""
    dated = {m.start(1) for m in _DATE.finditer(sentence)}
    return {int(m.group(1)) for m in _YEAR.finditer(sentence) if m.start(1) not in dated}


def period_note(asked: int | None, sentence: str, passage: str) -> str | None:
    """What to say first when the sentence's figure is for another year than the one asked:
    "The partner corpus gives no figure for 2025; the latest is for 2024." None when it is for
    the year asked, names no year of its own (nothing to say it is another's), or its passage
    names the year asked (the sentence may be about it: "the 2015 season … lost four games")."""
    if asked is None:
        return None
    years = figure_years(sentence)
    if not years or asked in years or asked in figure_years(passage):
        return None
    before = [y for y in years if y < asked]
    if before:
        return f"The partner corpus gives no figure for {asked}; the latest it gives is for {max(before)}."
    return f"The partner corpus gives no figure for {asked}."
