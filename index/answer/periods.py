"""Which year a figure is for, so "how much did Huawei make last year?" is not answered with an
older year's figure as if it were the one asked for.

A question asking for an amount or a number may name the year it wants ("revenue 2025") or say
it relative to the corpus's present ("last year", "this year"). A sentence's figure is for the
years it names on their own ("revenue in 2024"; not "up on 2023", which it is measured against); a
full date ("reported on 31 March 2025") says when something was said, not which year the figure covers.
"""

from __future__ import annotations

import re

from index.answer.timeline import MONTH

_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?!\d)")
_DATE = re.compile(rf"\b(?:\d{{1,2}}\s+)?{MONTH}\s+(?:\d{{1,2}},\s+)?((?:19|20)\d\d)\b")
# "last year" is the calendar year before; "in the last year" is the twelve months up to now
_LAST_YEAR = re.compile(r"(?<!the )\blast\s+(?:fiscal\s+)?(?:year|yr)\b", re.I)
_THIS_YEAR = re.compile(r"\b(?:this|current)\s+(?:year|yr)\b|\bso far this year\b", re.I)
_NAMED_YEAR = re.compile(
    r"\b(?:this|current|last)\s+(?:fiscal\s+)?(?:year|yr)\s*(?:\(\s*|[,:\u2014\u2013-]\s*|i\.?e\.?\s*)((?:19|20)\d\d)\b",
    re.I,
)


def asked_year(question: str, years: tuple[int, ...], now: str) -> int | None:
    """The one year a question wants a figure for: a year it names, or "last/this year" counted
    from `now` (the corpus's newest date, "YYYY-…"). None when it names none or several ("2023 vs
    2024", "this year vs last year", "last year vs 2020")."""
    if named := _NAMED_YEAR.search(question):  # "this year (2025)": the year written beside it is the one meant
        return int(named.group(1))
    relative = []
    if now[:4].isdigit():
        if _LAST_YEAR.search(question):
            relative.append(int(now[:4]) - 1)
        if _THIS_YEAR.search(question):
            relative.append(int(now[:4]))
    asked = set(years) | set(relative)
    return asked.pop() if len(asked) == 1 else None


# a year a figure is measured against ("up 22.4% on 2023", "more than in 2019"), not one it is for ("2023's revenue")
_BASE_YEAR = re.compile(r"\b(?:on|over|than|against|compared (?:with|to)|versus|vs\.?)\s+(?:in\s+)?$", re.I)


def figure_years(sentence: str) -> set[int]:
    """The years a sentence's figures are for: the years it names outside full dates, and not as the base of a
    comparison."""
    dated = {m.start(1) for m in _DATE.finditer(sentence)}
    return {
        int(m.group(1))
        for m in _YEAR.finditer(sentence)
        if m.start(1) not in dated
        and not (_BASE_YEAR.search(sentence[max(0, m.start(1) - 20) : m.start(1)]) and sentence[m.end(1) :][:2] != "'s")
    }


# a sum, a count or a share that is no year: "62.6 billion yuan", "28%", "$8.6 billion", "1,200 units", "nearly a third"
_AMOUNT = re.compile(
    r"[$\u20ac\u00a3\u00a5]\s?\d|(?<![\d.,])(?!(?:19|20)\d\d(?![\d,.]))\d[\d,.]*"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand"
    r"|million|billion|trillion|half|third|quarter|fifth|twice|double[sd]?|triple[sd]?|\w+fold)\b",
    re.I,
)
_CLAUSE = re.compile(r"[;,()\u2014\u2013]")


def clauses(sentence: str) -> list[str]:
    """The sentence cut at its commas, semicolons, brackets and dashes: a figure and the year beside it share one."""
    return _CLAUSE.split(sentence)


def amount_years(sentence: str) -> set[int]:
    """The years a sentence gives a figure for in the same clause: "2024 net profit fell 28% to 62.6 billion yuan",
    not "…, partly because 2023 profit had been lifted by income from the sale" (a cause, with no figure of 2023).
    Empty when no clause with a year holds a figure ("in 2015 they lost four games")."""
    years = figure_years(sentence)
    return {year for clause in clauses(sentence) if _AMOUNT.search(clause) for year in figure_years(clause) & years}


def period_note(asked: int | None, sentences: list[str], passage: str) -> str | None:
    """What to say first when the quoted sentences' figures are for other years than the one asked:
    "The passages found give no figure for 2025; the latest they give is for 2024." None when one of
    them is for the year asked (where a sentence gives figures, of a year beside one), when the lead
    sentence names no year of its own (nothing to say it is another's), or when its passage names the
    year asked before it (the sentence may be about it: "the 2015 season … lost four games"; not "…up
    22.4% on 2023. … 2023 profit had been lifted…"). It speaks of the passages found, not the whole
    corpus."""
    if asked is None or not sentences:
        return None
    lead = figure_years(sentences[0])
    given = set().union(*(amount_years(t) or figure_years(t) for t in sentences))
    at = passage.find(sentences[0])
    if not lead or asked in given or asked in figure_years(passage[: at if at >= 0 else len(passage)]):
        return None
    if max(given) < asked:
        return f"The passages found give no figure for {asked}; the latest they give is for {max(given)}."
    return f"The passages found give no figure for {asked}."


def count_note(asked: int | None, sentences: list[str], passage: str = "") -> str | None:
    """For a count asked of a year ("how many labs did the fcc ban in 2026"): what to say first when every year the
    sentences quoting it name, dates included, is earlier ("By 26 September 2025 the FCC had barred… 15"): a count as
    of then is no count for the year asked. None otherwise, and when the passage names the year asked before the
    sentence (it may be about it: "the 2015 season … lost four games"), or when the sentence dates nothing by its month
    (a year in passing is no time the count is as of: "…since the league expanded … in 1978")."""
    years = {int(y) for t in sentences for y in _YEAR.findall(t)}
    if asked is None or not years or max(years) >= asked or not any(_DATE.search(t) for t in sentences):
        return None
    at = passage.find(sentences[0]) if sentences else -1
    if str(asked) in _YEAR.findall(passage[: at if at >= 0 else len(passage)]):
        return None
    return f"The passages found give no count for {asked}; the latest they give is as of {max(years)}."


# a quarter of a year, asked ("q3 rev", "third-quarter sales") or given ("its second-quarter revenue", "Q2")
_ORDINAL = {
    "1": "first",
    "2": "second",
    "3": "third",
    "4": "fourth",
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    "4th": "fourth",
}
_QUARTER = re.compile(r"\bq([1-4])\b|\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b", re.I)


# a company's figure: a quarter of a business's year, not of a game ("early in the fourth" quarter)
_FINANCIAL = r"rev|revenues?|sales|earnings|profits?|results|income|guidance|shipments"
_FIGURE_ASKED = re.compile(rf"\b(?:{_FINANCIAL})\b", re.I)
_QUARTER_FIGURE = re.compile(rf"\b(?:first|second|third|fourth)[- ]quarter\s+(?:{_FINANCIAL})\b|\bQ[1-4]\b")


def _quarters(text: str, figures_only: bool = False) -> set[str]:
    out = set()
    for m in _QUARTER.finditer(text):
        if figures_only and not _QUARTER_FIGURE.match(text, m.start()):
            continue
        word = (m.group(1) or m.group(2)).lower()
        out.add(_ORDINAL.get(word, word))
    return out


def quarter_note(question: str, sentences: list[str]) -> str | None:
    """What to say first when the question asks a quarter's figure and the quoted sentences give another quarter's
    ("intel huawei license loss - hit to q3 rev?": Intel's filing spoke of its second-quarter revenue). None when
    no quarter is asked, none is given, or the one asked is."""
    asked = _quarters(question) if _FIGURE_ASKED.search(question) else set()
    given = set().union(*(_quarters(s, figures_only=True) for s in sentences)) if sentences else set()
    if not asked or not given or asked & given:
        return None
    return (
        f"The passages found give no figure for the {' or '.join(sorted(asked))} quarter; "
        f"they give one for the {' and '.join(sorted(given))} quarter."
    )
