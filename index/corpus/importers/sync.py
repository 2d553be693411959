"""`partnerbot corpus sync`: new pages from feeds, sitemaps and page lists become corpus documents.

Each page goes through the same readers and `plan_extracted` as `corpus add`, and is written
the same way (`write_planned`). A page already in the corpus (same URL or same text) is skipped;
so is one that answers 304 to the validators of its last import. One bad page is one line; a
source that does not answer is one warning and the others carry on. The caller rebuilds the
index when anything was added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from index.corpus.importers.add import CorpusView, Duplicate, ImportOptions, plan_extracted, write_planned
from index.corpus.importers.feeds import FeedError, feed_links, included, sitemap_links, sniff
from index.corpus.importers.fetch import Fetched, Fetcher, FetchError
from index.corpus.importers.policy import ImportPolicy, url_key
from index.corpus.importers.readers import READERS, read_data
from index.corpus.importers.syncstate import load_state, now_iso, save_state, state_path, sync_lock
from index.errors import PartnerbotError

MAX_CHILD_SITEMAPS = 50
_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "text/plain": ".txt",
    "text/markdown": ".md",
}


@dataclass
class Source:
    """One thing to sync: a configured feed, or an address given with --source."""

    label: str
    type: str  # feed | sitemap | urls | auto
    url: str | None = None
    urls: list[str] = field(default_factory=list)
    opts: ImportOptions = field(default_factory=ImportOptions)
    include: str | None = None

    @classmethod
    def from_config(cls, feed) -> "Source":
        kind = "feed" if feed.type in ("rss", "atom") else feed.type
        return cls(
            feed.label,
            kind,
            feed.url,
            list(feed.urls),
            ImportOptions(kind=feed.kind, visibility=feed.visibility, source=feed.source, tags=list(feed.tags) or None),
            feed.include,
        )


@dataclass
class SourceReport:
    label: str
    new: int = 0
    skipped: int = 0
    unchanged: int = 0
    errors: int = 0
    problem: str | None = None  # the source itself failed (warning)

    def line(self, dry_run: bool) -> str:
        verb = "would add" if dry_run else "new"
        text = (
            f"{self.label}: {self.new} {verb}, {self.skipped} skipped ({self.unchanged} unchanged since the "
            f"last sync), {self.errors} failed"
        )
        return text + (f"; source not read: {self.problem}" if self.problem else "")


@dataclass
class SyncResult:
    sources: list[SourceReport]

    @property
    def added(self) -> int:
        return sum(s.new for s in self.sources)

    @property
    def failed(self) -> int:
        return sum(s.errors for s in self.sources)


def reader_for(f: Fetched):
    suffix = _TYPES.get(f.content_type) or Path(f.final_url.split("?")[0]).suffix.lower()
    return READERS.get(suffix)


class Syncer:
    def __init__(
        self,
        config,
        *,
        dry_run: bool,
        out: Callable[[str], None],
        warn: Callable[[str], None],
        err: Callable[[str], None],
    ):
        self.config = config
        self.dry_run = dry_run
        self.out, self.warn, self.err = out, warn, err
        self.policy = ImportPolicy.from_config(config)
        self.fetcher = Fetcher(config.sources.timeout_seconds, self.policy.limits.download)
        self.view = CorpusView.scan(Path(config.corpus_dir))
        self.state_file = state_path(config.cache_dir)
        self.state, problem = load_state(self.state_file)
        if problem:
            warn(problem)

    # -- state -------------------------------------------------------------------
    def _seen(self, url: str) -> dict:
        return self.state["urls"].get(url) or {}

    def _remember(self, url: str, f: Fetched, **extra) -> None:
        if f.etag or f.last_modified or extra:
            entry = {"etag": f.etag, "last_modified": f.last_modified, "checked": now_iso(), **extra}
            self.state["urls"][url] = {k: v for k, v in entry.items() if v is not None}

    def _get(self, url: str, conditional: bool = True) -> Fetched:
        seen = self._seen(url) if conditional else {}
        return self.fetcher.get(url, seen.get("etag"), seen.get("last_modified"))

    # -- sources -----------------------------------------------------------------
    def _links(self, src: Source, kind: str, url: str, first: Fetched | None = None) -> list[str]:
        """The page addresses of a feed or sitemap (from the state when it answers 304)."""
        f = first or self._get(url)
        if f.not_modified:
            return list(self._seen(url).get("links", []))
        if kind == "feed":
            links, _ = feed_links(f.body, f.final_url)
        else:
            links, children = sitemap_links(f.body, f.final_url)
            for child in children[:MAX_CHILD_SITEMAPS]:  # one level: an index of sitemaps
                try:
                    cf = self._get(child)
                    if cf.not_modified:
                        links += list(self._seen(child).get("links", []))
                    else:
                        found = sitemap_links(cf.body, cf.final_url)[0]
                        self._remember(child, cf, links=found)
                        links += found
                except (FetchError, FeedError) as exc:
                    self.warn(f"{src.label}: {exc}")
        self._remember(url, f, links=links)
        return links

    def sync_source(self, src: Source) -> SourceReport:
        rep = SourceReport(src.label)
        first = None
        try:
            if src.type == "urls":
                kind, pages = "urls", list(src.urls)
            elif src.type == "auto":
                f = self._get(src.url)
                kind = self._seen(src.url).get("kind") if f.not_modified else sniff(f.body, f.content_type)
                if kind in ("feed", "sitemap"):
                    pages = self._links(src, kind, src.url, f)
                    self.state["urls"].setdefault(src.url, {})["kind"] = kind
                else:
                    kind, pages, first = "page", [src.url], f
            else:
                kind, pages = src.type, self._links(src, src.type, src.url)
        except (FetchError, FeedError) as exc:
            rep.problem = str(exc)
            self.warn(f"{src.label}: source not read this time: {exc}")
            return rep
        opts = src.opts
        if opts.published and kind in ("feed", "sitemap"):
            self.warn(f"{src.label}: --published is for a single page, not every page of a {kind}; ignored")
            opts = ImportOptions(**{**vars(opts), "published": None})
        for page in dict.fromkeys(pages):
            if included(page, src.include):
                self.sync_page(page, opts, rep, first if first is not None and page == src.url else None)
        return rep

    def sync_page(self, url: str, opts: ImportOptions, rep: SourceReport, fetched: Fetched | None = None) -> None:
        if url_key(url) in self.view.urls:
            rep.skipped += 1  # imported before under this address: no request at all
            return
        try:
            f = fetched or self._get(url, conditional="doc" in self._seen(url))
            if f.not_modified:
                if "doc" in self._seen(url):
                    rep.skipped += 1
                    rep.unchanged += 1
                    return
                f = self._get(url, conditional=False)  # validators of a page never settled: read it in full
            reader = reader_for(f)
            if reader is None:
                raise PartnerbotError(
                    f"{f.final_url}: content type '{f.content_type or 'none'}' is not a page "
                    "partnerbot can read (HTML, PDF, DOCX, text)"
                )
            ex = read_data(url, reader, f.body, self.policy.limits)
            if ex.front_matter:
                raise PartnerbotError(
                    f"{url}: already a corpus document (front matter); save it and use `partnerbot corpus add`"
                )
            planned = plan_extracted(
                url,
                ex,
                opts,
                self.view,
                self.policy,
                fetched_url=f.final_url,
                rerun=f"re-run with `partnerbot corpus sync --source {url} --published {{date}}`",
                source_fix="set `source:` for this feed in config.yaml (or pass --name with --source)",
            )
        except Duplicate as exc:
            rep.skipped += 1
            self._remember(url, f, doc=exc.held)
            return
        except PartnerbotError as exc:
            rep.errors += 1
            self.err(str(exc))
            return
        if not self.dry_run:
            try:
                write_planned(planned, self.view.root)
            except PartnerbotError as exc:
                rep.errors += 1
                self.err(str(exc))
                return
        self.out("\n".join(planned.report))
        self.view.remember(planned)
        self._remember(url, f, doc=planned.target.relative_to(self.view.root).as_posix())
        rep.new += 1

    def run(self, sources: list[Source]) -> SyncResult:
        reports = []
        try:
            for src in sources:
                rep = self.sync_source(src)
                self.out(rep.line(self.dry_run))
                reports.append(rep)
                self.state["sources"][src.label] = {
                    "at": now_iso(),
                    "new": rep.new,
                    "skipped": rep.skipped,
                    "unchanged": rep.unchanged,
                    "errors": rep.errors,
                    **({"problem": rep.problem} if rep.problem else {}),
                }
        finally:
            self.fetcher.close()
        if not self.dry_run:
            save_state(self.state_file, self.state)
        return SyncResult(reports)


def run_sync(config, sources: list[Source], *, dry_run: bool = False, out=print, warn=print, err=print) -> SyncResult:
    """Sync each source in turn (one at a time per cache dir); write documents and state unless dry_run."""
    with sync_lock(config.cache_dir):
        return Syncer(config, dry_run=dry_run, out=out, warn=warn, err=err).run(sources)


def cli_sources(
    urls: list[str],
    published: dt.date | None,
    kind: str | None,
    visibility: str | None,
    name: str | None,
    tags: list[str] | None,
) -> list[Source]:
    """`--source URL`: a feed, sitemap or page, found out by fetching it; `corpus add`'s defaults."""
    return [
        Source(
            u,
            "auto",
            u,
            opts=ImportOptions(kind=kind, visibility=visibility, source=name, published=published, tags=tags),
        )
        for u in urls
    ]
