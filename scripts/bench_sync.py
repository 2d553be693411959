"""Time a second `corpus sync` of 100 unchanged pages served from 127.0.0.1 (target: <= 5 s).

The first sync imports the pages (written under a temp corpus); the second one sends a
conditional request for each (the feed and every page answer 304) and adds nothing.
Usage: .venv/bin/python scripts/bench_sync.py [--pages 100]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from index.config import load_config  # noqa: E402
from index.corpus.importers.sync import Source, run_sync  # noqa: E402
from tests.local_site import Site  # noqa: E402

WORDS = "rebate partner storage switch reseller distributor quarter margin server cloud warranty demo".split()


def page(i: int, site: Site) -> str:
    text = " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(40)) + f" item {i}."
    return (
        f'<html><head><title>Partner note {i}</title><meta property="og:site_name" content="Bench Wire">'
        f'<meta property="article:published_time" content="2024-04-{1 + i % 28:02d}">'
        f'<link rel="canonical" href="https://bench.example/notes/{i}"></head><body><article>'
        f"<h1>Partner note {i}</h1><p>{text}</p><p>Second paragraph of note {i} about the programme.</p>"
        "</article></body></html>"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=100)
    n = ap.parse_args().pages
    site = Site()
    paths = [f"/p/{i}" for i in range(n)]
    for i, p in enumerate(paths):
        site.add(p, page(i, site))
    site.add(
        "/sitemap.xml",
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{site.url}{p}</loc></url>" for p in paths)
        + "</urlset>",
        "application/xml",
    )
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "corpus").mkdir()
        (Path(tmp) / "config.yaml").write_text(f"cache_dir: {tmp}/cache\n")
        config = load_config(Path(tmp) / "config.yaml")
        src = [Source("bench", "sitemap", site.url + "/sitemap.xml")]
        quiet = {"out": lambda m: None, "warn": print, "err": print}
        t = time.perf_counter()
        first = run_sync(config, src, **quiet)
        t1 = time.perf_counter() - t
        site.log.clear()
        t = time.perf_counter()
        second = run_sync(config, src, **quiet)
        t2 = time.perf_counter() - t
        conditional = sum(1 for _, h in site.log if h.get("If-None-Match"))
    site.close()
    print(f"first sync: {first.added} pages imported in {t1:.2f} s")
    print(
        f"second sync of {n} unchanged pages: {t2:.2f} s ({second.sources[0].unchanged} answered 304, "
        f"{conditional} conditional requests, {second.added} added)"
    )
    if t2 > 5.0:
        sys.exit(f"second sync took {t2:.2f} s, above the 5 s target")


if __name__ == "__main__":
    main()
