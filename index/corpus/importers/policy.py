"""What an import may do: size limits, and which URLs make a document public.

A document is public only when its URL's host is one of `corpus.public_domains` or a subdomain
of one. Hosts are compared as parsed by urllib (so `https://fcc.gov@evil.com/` is evil.com), and an
IP address or a name without a dot (localhost, intranet) is never public.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from index.corpus.importers.readers import Limits


@dataclass(frozen=True)
class ImportPolicy:
    limits: Limits = field(default_factory=Limits)
    public_domains: tuple[str, ...] = ()

    @classmethod
    def from_config(cls, config) -> "ImportPolicy":
        return cls(Limits.from_config(config.corpus), tuple(config.corpus.public_domains))


def url_host(url: str | None) -> str | None:
    """The host a browser would open: "\\" counts as "/" as browsers read it ("https://intranet.example\\@fcc.gov/"
    opens intranet.example, not fcc.gov)."""
    try:
        host = urlsplit((url or "").replace("\\", "/")).hostname
    except ValueError:
        return None
    return host.rstrip(".").lower() if host else None


def same_site(a: str | None, b: str | None) -> bool:
    """Do two addresses name the same host (a leading "www." aside)?"""
    ha, hb = url_host(a), url_host(b)
    return bool(ha and hb) and ha.removeprefix("www.") == hb.removeprefix("www.")


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def public_host(host: str | None, domains) -> bool:
    if not host or is_ip(host) or "." not in host:
        return False
    return any(host == d or host.endswith("." + d) for d in domains)


def choose_visibility(kind: str, url: str | None, given: str | None, domains) -> tuple[str, str]:
    """(level, why): --visibility, else public for a listed host, else partner (articles) or internal (notes)."""
    if given:
        return given, "--visibility"
    if kind == "note":
        return "internal", "default for a note"
    host = url_host(url)
    if host is None:
        return "partner", "no URL to check against corpus.public_domains"
    if public_host(host, domains):
        return "public", f"{host} is in corpus.public_domains"
    if is_ip(host):
        return "partner", f"{host} is an IP address, never in corpus.public_domains"
    return "partner", f"{host} is not in corpus.public_domains"


_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)$", re.I)


def url_key(url: str | None) -> str | None:
    """A URL as compared for duplicates: host lowercased; no scheme, fragment, default port,
    trailing slash or tracking parameters."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").rstrip(".")
        port = parts.port
    except ValueError:
        return url.strip()
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit(("", netloc, parts.path.rstrip("/") or "/", query, ""))  # http and https alike
