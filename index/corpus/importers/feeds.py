"""The page addresses in an RSS/Atom feed (feedparser) or a sitemap (defusedxml: no entity tricks)."""

from __future__ import annotations

import fnmatch
import re
from urllib.parse import urljoin

from index.errors import PartnerbotError

MAX_LINKS = 5000  # per feed or sitemap; the rest waits for the next sync


class FeedError(PartnerbotError):
    pass


def feed_links(data: bytes, base_url: str) -> tuple[list[str], str | None]:
    """(entry links, feed title)."""
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    links = []
    for entry in parsed.entries[:MAX_LINKS]:
        link = entry.get("link") or next((x.get("href") for x in entry.get("links", []) if x.get("href")), None)
        if link:
            links.append(urljoin(base_url, link.strip()))
    if not links and (parsed.bozo or not parsed.get("version")):
        why = parsed.get("bozo_exception")
        raise FeedError(
            f"{base_url}: not a readable RSS or Atom feed"
            + (f" ({why.__class__.__name__}: {str(why)[:80]})" if why else "")
        )
    return links, (parsed.feed.get("title") or None)


def sitemap_links(data: bytes, base_url: str) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) of a sitemap or a sitemap index."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(data)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise FeedError(f"{base_url}: not a readable sitemap ({exc.__class__.__name__}: {str(exc)[:80]})") from None
    tag = root.tag.rsplit("}", 1)[-1]
    if tag not in ("urlset", "sitemapindex"):
        raise FeedError(f"{base_url}: not a sitemap (its root element is <{tag}>)")
    locs = [
        urljoin(base_url, el.text.strip())
        for el in root.iter()
        if el.tag.rsplit("}", 1)[-1] == "loc" and el.text and el.text.strip()
    ][:MAX_LINKS]
    return (locs, []) if tag == "urlset" else ([], locs)


def sniff(data: bytes, content_type: str) -> str:
    """'feed', 'sitemap' or 'page' for an address given with --source."""
    head = data[:2048].lstrip().lower()
    if "html" in content_type or head.startswith((b"<!doctype html", b"<html")):
        return "page"
    if "xml" in content_type or "rss" in content_type or "atom" in content_type or head.startswith(b"<?xml"):
        if re.search(rb"<(?:\w+:)?(?:urlset|sitemapindex)\b", data[:4096]):
            return "sitemap"
        return "feed"
    return "page"


def included(url: str, pattern: str | None) -> bool:
    """A feed's `include`: a glob, or a regular expression after 're:'."""
    if not pattern:
        return True
    if pattern.startswith("re:"):
        return re.search(pattern[3:], url) is not None
    return fnmatch.fnmatchcase(url, pattern)
