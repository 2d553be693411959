"""Where a document's date comes from.

A date stated in page metadata (meta tags, JSON-LD, an itemprop) is taken. A date found only
in the URL path or in the text is never taken: it is *offered* to the user, who confirms it
with --published. (trafilatura's own date goes through htmldate, which reads the canonical
URL first, so it cannot tell the two apart: it is not used.)
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterable

try:  # htmldate's lists of the meta names that hold a publication date
    from htmldate.core import DATE_ATTRIBUTES, ITEMPROP_ATTRS_ORIGINAL
except ImportError:  # pragma: no cover - htmldate reorganised
    DATE_ATTRIBUTES = {
        "article:published_time",
        "date",
        "dc.date",
        "dc.date.issued",
        "pubdate",
        "publish-date",
        "og:published_time",
        "citation_publication_date",
        "datepublished",
    }
    ITEMPROP_ATTRS_ORIGINAL = {"datecreated", "datepublished"}

EARLIEST = dt.date(1990, 1, 1)
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        )
    )
}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_ISO = re.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d])")
_TEXT_DATES = [
    re.compile(rf"(?<![\w-]){_YEAR}-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])"),
    re.compile(rf"\b{_MONTH}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
]
# /2024/05/08/, /2024-05-08-, _2024_5_8. and a compact /20240508
_URL_DATES = [
    re.compile(r"(?:^|[/_-])(?P<y>(?:19|20)\d{2})(?P<s>[/_-])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?=$|[/_.-])"),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d])"),
]


def _valid(y: int, m: int, d: int, today: dt.date | None = None) -> dt.date | None:
    try:
        date = dt.date(y, m, d)
    except ValueError:
        return None
    latest = (today or dt.date.today()) + dt.timedelta(days=2)  # time zones
    return date if EARLIEST <= date <= latest else None


def _from_match(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    month = MONTHS[g["mon"].lower().rstrip(".")] if g.get("mon") else int(g["m"])
    return _valid(int(g["y"]), month, int(g["d"]))


def parse_date(value: str) -> dt.date | None:
    """A date written in metadata: ISO 8601 (with or without a time), RFC 2822, or 'May 8, 2024'."""
    value = (value or "").strip()
    if not value:
        return None
    if m := _ISO.match(value):
        return _valid(int(m["y"]), int(m["m"]), int(m["d"]))
    try:
        return _valid(*email.utils.parsedate_to_datetime(value).timetuple()[:3])
    except (TypeError, ValueError, IndexError):
        pass
    for pattern in _TEXT_DATES[1:]:
        if (m := pattern.fullmatch(value.rstrip("."))) and (found := _from_match(m)):
            return found
    return None


def _json_dates(node, depth: int = 0) -> Iterable[str]:
    if depth > 8:
        return
    if isinstance(node, dict):
        for key in ("datePublished", "dateCreated"):
            if isinstance(node.get(key), str):
                yield node[key]
        for v in node.values():
            yield from _json_dates(v, depth + 1)
    elif isinstance(node, list):
        for v in node[:200]:
            yield from _json_dates(v, depth + 1)


def metadata_date(tree) -> tuple[dt.date, str] | None:
    """(date, where) from the page's own metadata (an lxml tree), or None. Modified dates do not count."""
    for el in tree.iter("meta"):
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (el.get(attr) or "").strip().lower()
            if key and (
                key in DATE_ATTRIBUTES
                or (attr == "itemprop" and key in ITEMPROP_ATTRS_ORIGINAL)
                or (attr == "http-equiv" and key == "date")
            ):
                if date := parse_date(el.get("content") or el.get("datetime") or ""):
                    return date, f"page metadata, {key}"
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() == "application/ld+json" and el.text:
            try:
                data = json.loads(el.text)
            except ValueError:
                continue
            for value in _json_dates(data):
                if date := parse_date(value):
                    return date, "page metadata, JSON-LD datePublished"
    for el in tree.iter("time"):
        key = (el.get("itemprop") or "").strip().lower()
        if key in ITEMPROP_ATTRS_ORIGINAL or el.get("pubdate") is not None:
            if date := parse_date(el.get("datetime") or ""):
                return date, f"page metadata, <time {'itemprop' if key else 'pubdate'}>"
    return None


def url_date(url: str | None) -> dt.date | None:
    """A date in a URL's path (never its host), e.g. /2024/05/08/story."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url, flags=re.I)
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            if found := _from_match(m):
                return found
    return None


def text_date(paragraphs: list[str], max_chars: int = 3000) -> dt.date | None:
    """The first full date written in the opening of the text."""
    text = "\n".join(paragraphs)[:max_chars]
    hits = [(m.start(), d) for p in _TEXT_DATES for m in p.finditer(text) if (d := _from_match(m))]
    return min(hits)[1] if hits else None


def offered_date(urls: Iterable[str | None], paragraphs: list[str]) -> tuple[dt.date, str] | None:
    """A date to suggest (never to take): from the URL first, then from the text."""
    for url in urls:
        if date := url_date(url):
            return date, "the URL suggests"
    if date := text_date(paragraphs):
        return date, "the text mentions"
    return None
