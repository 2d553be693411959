"""HTTP for `corpus sync`: conditional GETs, robots.txt, redirects, timeouts and a size cap.

Redirects are followed by hand (at most MAX_REDIRECTS) so that robots.txt is checked for
every host on the way. Every failure is a FetchError with one line; `dead` marks the ones
that say the server is not answering (refused, timed out, 5xx) rather than this page is bad.
"""

from __future__ import annotations

import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests

from index.errors import PartnerbotError

USER_AGENT = "partnerbot-corpus-sync/0.1"
ROBOTS_AGENT = "partnerbot"
MAX_REDIRECTS = 5


class FetchError(PartnerbotError):
    def __init__(self, message: str, dead: bool = False):
        super().__init__(message)
        self.dead = dead


@dataclass
class Fetched:
    url: str  # asked for
    final_url: str  # after redirects
    status: int  # 200, or 304 (then body is empty)
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _origin(url: str) -> str:
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc}"


def _mb(n: int) -> str:
    return f"{n / 1048576:.3g} MB"


class Fetcher:
    def __init__(self, timeout: float, max_bytes: int):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self.requests = 0

    def close(self) -> None:
        self.session.close()

    def _raw(self, url: str, headers: dict | None = None) -> requests.Response:
        self.requests += 1
        try:
            return self.session.get(
                url, headers=headers or {}, timeout=self.timeout, allow_redirects=False, stream=True
            )
        except requests.Timeout:
            raise FetchError(f"{url}: no answer within {self.timeout:g} s (sources.timeout_seconds)", True) from None
        except requests.ConnectionError as exc:
            why = "connection refused" if "refused" in str(exc).lower() else "cannot connect"
            raise FetchError(f"{url}: {why}", True) from None
        except requests.RequestException as exc:
            raise FetchError(f"{url}: {exc.__class__.__name__}", True) from None

    def robots(self, url: str) -> urllib.robotparser.RobotFileParser:
        """The host's robots.txt, read once per sync: missing (4xx) allows all; 5xx or no answer skips the host."""
        origin = _origin(url)
        if origin not in self._robots:
            rp = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
            try:
                r = self._raw(origin + "/robots.txt")
            except FetchError as exc:  # the host does not answer: name the address asked for
                raise FetchError(f"{url}: {str(exc).split(': ', 1)[-1]}", exc.dead) from None
            with r:
                if r.status_code >= 500:
                    raise FetchError(f"{origin}/robots.txt: HTTP {r.status_code}; the host is skipped this time", True)
                if r.status_code in (401, 403):
                    rp.disallow_all = True
                elif r.status_code >= 300:
                    rp.allow_all = True  # missing (or redirected): no rules
                else:
                    rp.parse(self._read(r, origin + "/robots.txt").decode("utf-8", "replace").splitlines())
            self._robots[origin] = rp
        return self._robots[origin]

    def _read(self, r: requests.Response, url: str) -> bytes:
        declared = r.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(
                f"{url}: {_mb(int(declared))}, above the {_mb(self.max_bytes)} limit "
                "(corpus.max_download_mb); not downloaded"
            )
        buf = bytearray()
        try:
            for chunk in r.iter_content(64 * 1024):
                buf += chunk
                if len(buf) > self.max_bytes:
                    raise FetchError(
                        f"{url}: more than the {_mb(self.max_bytes)} limit (corpus.max_download_mb); download stopped"
                    )
        except requests.RequestException as exc:
            raise FetchError(f"{url}: the download broke off ({exc.__class__.__name__})", True) from None
        return bytes(buf)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET with If-None-Match / If-Modified-Since; 304 comes back as a Fetched with no body."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            if not self.robots(current).can_fetch(ROBOTS_AGENT, current):
                raise FetchError(f"{current}: robots.txt of {_origin(current)} disallows it; skipped")
            r = self._raw(current, headers)
            with r:
                if r.is_redirect or r.status_code in (301, 302, 303, 307, 308):
                    target = r.headers.get("Location")
                    if not target:
                        raise FetchError(f"{current}: HTTP {r.status_code} without a Location")
                    current = urljoin(current, target)
                    if urlsplit(current).scheme not in ("http", "https"):
                        raise FetchError(f"{url}: redirected to {current}, not an http(s) address")
                    continue
                if r.status_code == 304:
                    return Fetched(url, current, 304, etag=etag, last_modified=last_modified)
                if r.status_code >= 400:
                    raise FetchError(
                        f"{current}: HTTP {r.status_code}"
                        + ("; the server is failing, tried again next sync" if r.status_code >= 500 else ""),
                        r.status_code >= 500,
                    )
                if r.status_code != 200:
                    raise FetchError(f"{current}: HTTP {r.status_code}; expected 200")
                body = self._read(r, current)
                return Fetched(
                    url,
                    current,
                    200,
                    body,
                    r.headers.get("Content-Type", "").split(";")[0].strip().lower(),
                    r.headers.get("ETag"),
                    r.headers.get("Last-Modified"),
                )
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
