"""`partnerbot corpus sync` against a real website on 127.0.0.1 (tests/local_site.py); no test leaves loopback.

Pages are written here about made-up partner topics. The importer, the HTTP client, robots.txt,
feedparser and the index builder are the real ones.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import load_config
from bot.sync_schedule import SyncSchedule
from index.corpus.importers.dates import metadata_date, offered_date, parse_date, text_date, url_date
from index.corpus.importers.policy import choose_visibility, url_key
from index.corpus.importers.readers import is_social_line
from index.corpus.importers.sync import Source, cli_sources, run_sync

from .conftest import write_config
from .local_site import Site

TOPICS = [
    (
        "Storage demo pool doubles for resellers",
        "The storage demo pool now lends two OceanStor arrays per region to "
        "registered resellers for four weeks of proof-of-concept work.",
    ),
    (
        "Campus switch warranty extended to five years",
        "Campus switches bought through a certified distributor now "
        "carry a five year warranty with next business day replacement.",
    ),
    (
        "Solar inverter training moves online",
        "The FusionSolar installer course is now taught online in six evening "
        "sessions, with the practical exam held at the distributor's warehouse.",
    ),
    (
        "Cloud credits for new reseller accounts",
        "New reseller accounts receive cloud credits worth three months of a "
        "small web shop, usable for customer demonstrations only.",
    ),
]


def page(title: str, text: str, date: str | None = "2024-03-14", canonical: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{date}T09:00:00Z">' if date else ""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Partner Wire</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Partner Wire">{meta}{link}</head>
<body><article><h1>{title}</h1><p>{text}</p>
<p>Share this article on Twitter | Facebook | LinkedIn</p>
<p>Distributors confirmed the change in a note to partners, and said the rules apply from the next quarter.</p>
<p>Subscribe to our newsletter</p></article></body></html>"""


def rss(site: Site, paths: list[str]) -> str:
    items = "".join(f"<item><title>{p}</title><link>{site.url}{p}</link></item>" for p in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Partner Wire</title>{items}</channel></rss>'


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


def make_config(tmp: Path, cache: Path | None = None, **corpus):
    root = tmp / "corpus"
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "loaners.md").write_text(
        "---\nid: loaner-switches\ntitle: Loaner switches\nkind: note\nsource: Ops (test)\npublished: 2024-01-05\n"
        "visibility: internal\n---\nThe loaner pool holds six campus switches for proof-of-concept work.\n"
    )
    path = write_config(
        tmp, cache_dir=str(cache or tmp / "cache"), corpus={"public_domains": ["wire.example"], **corpus}
    )
    return load_config(path)


def sync(config, sources, dry_run=False):
    out, warn, err = [], [], []
    res = run_sync(config, sources, dry_run=dry_run, out=out.append, warn=warn.append, err=err.append)
    return res, out, warn, err


def docs(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in root.rglob("*.md")}


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the with block ends: connections are refused


# -- a feed, end to end -----------------------------------------------------------------------------
def test_feed_sync_imports_new_pages_skips_known_ones_and_sends_conditional_requests(tmp_path, site):
    config = make_config(tmp_path, max_download_mb=0.05)
    (t0, x0), (t1, x1), (t2, x2), (t3, x3) = TOPICS
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.add("/news/a", page(t0, x0, canonical="https://wire.example/news/a"))
    site.add("/old-b", "", status=301, Location="/news/b")
    site.add("/news/b", page(t1, x1))
    site.add("/2024/05/08/undated", page(t2, x2, date=None))
    site.add("/copy-of-a", page("Another title for the same story", x0))  # same text, other URL
    site.add("/same-canonical", page(t3, x3, canonical="https://wire.example/news/a"))
    site.add("/huge", page("Huge", "word " * 20_000))
    site.add("/private/plan", page("Secret plan", x3))
    paths = [
        "/news/a",
        "/old-b",
        "/missing",
        "/2024/05/08/undated",
        "/copy-of-a",
        "/same-canonical",
        "/huge",
        "/private/plan",
    ]
    site.add("/feed.xml", rss(site, paths), "application/rss+xml")
    src = [Source("Partner Wire", "feed", site.url + "/feed.xml")]

    res, out, warn, err = sync(config, src)
    [rep] = res.sources
    assert (rep.new, rep.skipped, rep.errors) == (2, 2, 4), (out, err)
    assert warn == []
    by_url = {e.split(": ", 1)[0].replace(site.url, ""): e for e in err}
    assert by_url["/missing"].endswith("HTTP 404")
    assert (
        "no date in page metadata; the URL suggests 2024-05-08: re-run with `partnerbot corpus sync --source "
        f"{site.url}/2024/05/08/undated --published 2024-05-08`" in by_url["/2024/05/08/undated"]
    )
    assert "above the 0.05 MB limit (corpus.max_download_mb)" in by_url["/huge"]
    assert "robots.txt" in by_url["/private/plan"] and "disallows" in by_url["/private/plan"]
    assert all("\n" not in e for e in err)
    assert "/private/plan" not in [p for p, _ in site.log]  # never requested
    written = docs(config.corpus_dir)
    a = written["articles/storage-demo-pool-doubles-for-resellers.md"]
    b = written["articles/campus-switch-warranty-extended-to-five-years.md"]
    # A canonical link to another site is not believed: the page came from 127.0.0.1, so it keeps that
    # address and is not public although wire.example is a listed public domain.
    assert f"url: {site.url}/news/a\n" in a and "visibility: partner\n" in a
    assert f"url: {site.url}/news/b\n" in b  # no canonical link: the address after the redirect
    assert "visibility: partner\n" in b and "published: 2024-03-14\n" in b
    for text in written.values():
        assert "Share this" not in text and "newsletter" not in text
    assert not any("Solar inverter" in t for t in written.values())  # the undated page is offered, not taken
    report = "\n".join(out)
    assert "published:  2024-03-14  (page metadata, article:published_time)" in report
    assert "visibility: partner  (127.0.0.1 is an IP address, never in corpus.public_domains)" in report
    assert "its canonical link to wire.example was ignored" in report
    assert "wire.example is in corpus.public_domains" not in report

    site.log.clear()
    res, out, warn, err = sync(config, src)
    [rep] = res.sources
    # nothing new: /news/a is known by its address and not fetched, the other settled pages answer 304
    assert (rep.new, rep.errors, rep.skipped, rep.unchanged) == (0, 4, 4, 3)
    asked = {p: h for p, h in site.log}
    assert asked["/feed.xml"].get("If-None-Match")  # the feed: conditional, answered 304
    assert "/news/a" not in asked  # its address is in the corpus now: not fetched again
    assert docs(config.corpus_dir) == written
    state = json.loads((config.cache_dir / "sync-state.json").read_text())
    assert state["sources"]["Partner Wire"]["new"] == 0 and state["sources"]["Partner Wire"]["errors"] == 4


def test_sitemap_and_atom_dry_run_writes_nothing(tmp_path, site):
    config = make_config(tmp_path)
    site.add("/p1", page(*TOPICS[0]))
    site.add("/p2", page(*TOPICS[1]))
    site.add("/p3", page(*TOPICS[2]))
    site.add(
        "/sitemap.xml",
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{site.url}/p1</loc></url><url><loc>{site.url}/p2</loc></url></urlset>",
        "application/xml",
    )
    site.add(
        "/atom.xml",
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>'
        f'<entry><title>p3</title><link href="{site.url}/p3"/><id>p3</id></entry></feed>',
        "application/atom+xml",
    )
    sources = [Source("map", "sitemap", site.url + "/sitemap.xml"), Source("atom", "feed", site.url + "/atom.xml")]
    before = docs(config.corpus_dir)
    res, out, warn, err = sync(config, sources, dry_run=True)
    assert [s.new for s in res.sources] == [2, 1] and err == []
    assert docs(config.corpus_dir) == before and not (config.cache_dir / "sync-state.json").exists()
    assert "map: 2 would add" in "\n".join(out)
    res, out, warn, err = sync(config, sources)
    assert res.added == 3 and len(docs(config.corpus_dir)) == 4


def test_include_pattern_and_bad_xml_source(tmp_path, site):
    config = make_config(tmp_path)
    site.add("/news/p1", page(*TOPICS[0]))
    site.add("/jobs/p2", page(*TOPICS[1]))
    site.add("/feed.xml", rss(site, ["/news/p1", "/jobs/p2"]), "application/rss+xml")
    site.add("/broken.xml", "<?xml version='1.0'?><urlset><url><loc>x</loc></ur", "application/xml")
    res, out, warn, err = sync(
        config,
        [
            Source("f", "feed", site.url + "/feed.xml", include=f"{site.url}/news/*"),
            Source("broken", "sitemap", site.url + "/broken.xml"),
        ],
    )
    assert [s.new for s in res.sources] == [1, 0]
    assert len(warn) == 1 and "not a readable sitemap" in warn[0]
    assert not any("Campus switch" in t for t in docs(config.corpus_dir).values())


def test_source_given_on_the_command_line_with_published(tmp_path, site):
    config = make_config(tmp_path)
    site.add("/2024/05/08/undated", page(*TOPICS[2], date=None))
    url = site.url + "/2024/05/08/undated"
    res, out, warn, err = sync(config, cli_sources([url], None, None, None, None, None))
    assert res.added == 0 and "--published 2024-05-08" in err[0]
    res, out, warn, err = sync(config, cli_sources([url], dt.date(2024, 5, 8), "note", None, "Ops", ["solar"]))
    assert res.added == 1, err
    text = docs(config.corpus_dir)["notes/solar-inverter-training-moves-online.md"]
    assert "published: 2024-05-08\n" in text and "visibility: internal\n" in text and "tags: [solar]\n" in text
    assert "published:  2024-05-08  (--published)" in "\n".join(out)


# -- the command as a user runs it: dead source, real index build, status ------------------------------
def test_cli_sync_dead_source_is_a_warning_and_the_index_is_rebuilt(tmp_path, site, shared_cache):
    port = closed_port()
    site.add(
        "/sitemap.xml",
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{site.url}/p1</loc></url></urlset>",
        "application/xml",
    )
    site.add("/p1", page(*TOPICS[3]))
    make_config(tmp_path, shared_cache)
    cfg_path = write_config(
        tmp_path,
        cache_dir=str(shared_cache),
        sources={
            "every": "6h",
            "timeout_seconds": 5,
            "feeds": [
                {"url": f"http://127.0.0.1:{port}/feed.xml", "name": "dead"},
                {"url": site.url + "/sitemap.xml", "type": "sitemap", "name": "wire map", "tags": ["cloud"]},
            ],
        },
    )
    env = dict(os.environ, CI="1")
    state = shared_cache / "sync-state.json"
    if state.exists():
        state.unlink()  # the shared cache may hold another test's state
    base = [sys.executable, "-m", "bot", "--config", str(cfg_path)]
    dry = subprocess.run(base + ["corpus", "sync", "--dry-run"], capture_output=True, text=True, env=env, timeout=120)
    assert dry.returncode == 0 and "nothing was written" in dry.stdout and not state.exists()
    r = subprocess.run(base + ["corpus", "sync"], capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert f"warning: dead: source not read this time: http://127.0.0.1:{port}/feed.xml: connection refused" in r.stderr
    assert "wire map: 1 new" in r.stdout and "built index" in r.stderr
    st = subprocess.run(base + ["index", "status", "--json"], capture_output=True, text=True, env=env, timeout=120)
    status = json.loads(st.stdout)
    assert status["stale"] is False and status["inventory"]["documents"] == 2
    assert status["newest_document"] == "2024-03-14"
    assert status["last_sync"]["wire map"]["new"] == 1
    assert "connection refused" in status["last_sync"]["dead"]["problem"]
    again = subprocess.run(base + ["corpus", "sync"], capture_output=True, text=True, env=env, timeout=120)
    assert again.returncode == 0 and "no new documents; the index is unchanged" in again.stdout
    usage = subprocess.run(
        base + ["corpus", "sync", "--published", "2024-01-01"], capture_output=True, text=True, env=env, timeout=60
    )
    assert usage.returncode == 2 and "only with --source URL" in usage.stderr
    text = subprocess.run(base + ["index", "status"], capture_output=True, text=True, env=env, timeout=120).stdout
    assert "synced:    wire map at " in text and "0 new, 1 skipped, 0 failed" in text  # the second run


# -- serve's schedule -------------------------------------------------------------------------------
@pytest.mark.slow  # starts sync subprocesses and waits on a timeout
def test_schedule_survives_failing_runs_and_keeps_time():
    codes: list = []
    done = threading.Event()

    def on_done(code):
        codes.append(code)
        if len(codes) >= 3:
            done.set()

    cmd = [sys.executable, "-c", "import sys; print('sync went wrong'); sys.exit(3)"]
    sched = SyncSchedule(cmd, every=0.2, on_done=on_done).start()
    try:
        assert done.wait(60), codes
        assert sched.thread.is_alive()
    finally:
        sched.stop()
    assert codes[:3] == [3, 3, 3]
    slow = SyncSchedule([sys.executable, "-c", "import time; time.sleep(30)"], every=60, timeout=0.5)
    t = time.monotonic()
    assert slow.run_once() is None and time.monotonic() - t < 10  # a hung sync is stopped, not waited for


# -- visibility -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "url,level",
    [
        ("https://www.fcc.gov/document/x", "public"),
        ("https://fcc.gov/x", "public"),
        ("https://fcc.gov.evil.com/x", "partner"),
        ("https://evilfcc.gov/x", "partner"),
        ("https://fcc.gov@evil.com/x", "partner"),
        ("https://intranet.example\\@fcc.gov/x", "partner"),  # a browser opens intranet.example
        ("http://10.0.0.5/x", "partner"),
        ("http://localhost/x", "partner"),
        ("http://intranet/x", "partner"),
        ("http://[::1]/x", "partner"),
        (None, "partner"),
    ],
)
def test_only_public_domains_make_a_document_public(url, level):
    got, why = choose_visibility("article", url, None, ("fcc.gov",))
    assert got == level, why
    assert choose_visibility("note", url, None, ("fcc.gov",))[0] == "internal"
    assert choose_visibility("article", url, "internal", ("fcc.gov",)) == ("internal", "--visibility")


def test_url_key_ignores_tracking_and_trailing_slash():
    assert url_key("https://Wire.example/a/?utm_source=x#top") == url_key("http://wire.example/a")
    assert url_key("https://wire.example/a?id=1") != url_key("https://wire.example/a?id=2")


# -- properties: dates and share lines --------------------------------------------------------------
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
dates = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2030, 12, 31)).filter(lambda d: d <= dt.date.today())


@settings(max_examples=200, deadline=None)
@given(
    dates,
    st.sampled_from(["{y}/{m:02d}/{d:02d}", "{y}-{m:02d}-{d:02d}", "{y}{m:02d}{d:02d}", "{y}/{m}/{d}"]),
    st.text("abcdefghij-", min_size=1, max_size=20),
)
def test_a_date_in_the_url_is_offered_never_taken_as_metadata(d, fmt, slug):
    import lxml.html

    url = f"https://news.example/{fmt.format(y=d.year, m=d.month, d=d.day)}/{slug}"
    assert url_date(url) == d
    assert offered_date([url], []) == (d, "the URL suggests")
    tree = lxml.html.fromstring(
        f'<html><head><link rel="canonical" href="{url}"><meta property="og:url" '
        f'content="{url}"></head><body><p>{d.isoformat()}</p></body></html>'
    )
    assert metadata_date(tree) is None  # neither the canonical URL nor the text is metadata
    dated = lxml.html.fromstring(
        f'<html><head><meta property="article:published_time" content="{d}T08:00:00Z">'
        f'<link rel="canonical" href="{url}"></head><body></body></html>'
    )
    assert metadata_date(dated) == (d, "page metadata, article:published_time")


@settings(max_examples=200, deadline=None)
@given(
    dates,
    st.sampled_from(["{M} {d}, {y}", "{d} {M} {y}", "{M}. {d} {y}", "{y}-{m:02d}-{d:02d}"]),
    st.text(st.characters(whitelist_categories=["Ll", "Zs"]), max_size=40),
)
def test_a_date_in_the_text_is_found_for_the_offer(d, fmt, prose):
    month = MONTH_NAMES[d.month - 1][:3] if "." in fmt else MONTH_NAMES[d.month - 1]
    written = fmt.format(M=month, d=d.day, y=d.year, m=d.month)
    assert text_date([f"Posted {written}. {prose}"]) == d
    assert parse_date(written.replace(".", "")) == d
    assert offered_date(["https://news.example/story"], [f"On {written} the partner programme changed."]) == (
        d,
        "the text mentions",
    )


NETWORKS = ["Twitter", "Facebook", "LinkedIn", "X", "WhatsApp", "Email", "Reddit", "Print", "Copy link"]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(
        [
            "Share this article on",
            "Share on",
            "Share",
            "Share this story via",
            "Follow us on",
            "Follow Partner Wire on",
            "Tweet this",
        ]
    ),
    st.lists(st.sampled_from(NETWORKS), min_size=0, max_size=5),
    st.sampled_from([" | ", ", ", " · ", " and ", " "]),
    st.booleans(),
)
def test_share_and_follow_lines_are_dropped(prefix, networks, sep, upper):
    line = f"{prefix} {sep.join(networks)}".strip()
    assert is_social_line(line.upper() if upper else line)
    assert is_social_line("Subscribe to our newsletter") and is_social_line("Sign up for the Partner Wire newsletter")
    assert is_social_line("Click to share on Facebook (Opens in new window)")
    assert not is_social_line("Click to share your thoughts with the team on pricing")


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["Partners", "Share", "Resellers", "The distributor", "Subscribers"]),
    st.lists(
        st.sampled_from(
            [
                "the",
                "rebate",
                "with",
                "their",
                "distributor",
                "on",
                "quarterly",
                "sales",
                "Twitter",
                "results",
                "margins",
            ]
        ),
        min_size=2,
        max_size=12,
    ),
)
def test_prose_about_sharing_is_kept(first, words):
    line = f"{first} {' '.join(words)}."
    social = set(w.lower() for w in NETWORKS) | {"on", "and", "the"}
    if all(w.lower() in social for w in words):
        return  # made of network names only: a share line after all
    assert not is_social_line(line), line
