"""`corpus add`: one front-mattered corpus document per file, checked, never half-written.

Every field is taken from the command line first, then from the file; the user is told
where each value came from. What cannot be inferred safely is refused (a date, a source)
or defaulted to the cautious choice (visibility `public` only for a URL on one of
`corpus.public_domains`). A date seen only in the URL or the text is offered, never taken.
`corpus sync` plans every page it downloads with the same `plan_extracted`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from index.corpus.documents import FrontMatter, corpus_files, parse_document
from index.corpus.importers.dates import offered_date
from index.corpus.importers.policy import ImportPolicy, choose_visibility, same_site, url_host, url_key
from index.corpus.importers.readers import Extracted, clean, drop_social, read_file
from index.errors import CorpusError, PartnerbotError

KIND_DIRS = {"article": "articles", "note": "notes"}
MAX_SLUG = 60
DEFAULT_POLICY = ImportPolicy()  # no public domains: nothing is public unless --visibility says so


class ImportRefused(PartnerbotError):
    pass


@dataclass
class ImportOptions:
    kind: str | None = None  # None: article
    visibility: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    id: str | None = None
    title: str | None = None
    tags: list[str] | None = None


def slugify(text: str, default: str = "document") -> str:
    """Lowercase ASCII words joined by '-', at most MAX_SLUG characters, cut at a word boundary."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(s) > MAX_SLUG:
        s = s[: MAX_SLUG + 1].rsplit("-", 1)[0] if "-" in s[: MAX_SLUG + 1] else s[:MAX_SLUG]
    return s or default


def unique_id(base: str, taken: Callable[[str], bool]) -> str:
    """base, or base-2, base-3 … whichever is not taken."""
    n, candidate = 2, base
    while taken(candidate):
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def body_key(body: str) -> str:
    """Content hash of a body with case and all whitespace normalised."""
    return hashlib.sha256(clean(body).casefold().encode()).hexdigest()


@dataclass
class CorpusView:
    """What is already in the corpus: ids, body hashes and URLs, each with the file that holds it."""

    root: Path
    ids: dict[str, str]
    bodies: dict[str, str]
    urls: dict[str, str] = field(default_factory=dict)  # url_key -> file

    @classmethod
    def scan(cls, root: Path) -> "CorpusView":
        view = cls(root, {}, {})
        for path in corpus_files(root) if root.is_dir() else []:
            try:
                doc = parse_document(path, root)
            except CorpusError:
                continue  # `index build` names broken files; they hold no text to compare with
            view.ids.setdefault(doc.id, doc.path)
            view.bodies.setdefault(body_key(doc.body), doc.path)
            if doc.url:
                view.urls.setdefault(url_key(doc.url), doc.path)
        return view

    def remember(self, planned: "Planned") -> None:
        rel = planned.target.relative_to(self.root).as_posix()
        self.ids[planned.doc_id] = rel
        self.bodies[planned.key] = rel
        for url in (planned.url, planned.claimed_url):
            if url:
                self.urls[url_key(url)] = rel

    def id_taken(self, doc_id: str, folder: Path) -> str | None:
        if doc_id in self.ids:
            return self.ids[doc_id]
        hits = [p.name for p in folder.glob(f"{doc_id}.*")] if folder.is_dir() else []
        return hits[0] if hits else None


@dataclass
class Planned:
    source: Path
    target: Path
    data: bytes
    doc_id: str
    key: str
    report: list[str]
    url: str | None = None
    claimed_url: str | None = None  # a canonical link not believed for `url`: still a duplicate key in this run


def _refuse_taken(path: Path, view: CorpusView, doc_id: str, folder: Path, fix: str) -> None:
    if (holder := view.id_taken(doc_id, folder)) is not None:
        raise ImportRefused(f"{path}: id '{doc_id}' is already used by {holder}; {fix}")


class Duplicate(ImportRefused):
    """Already in the corpus (same text or same URL): `corpus sync` counts it as skipped, not failed."""

    def __init__(self, message: str, held: str):
        super().__init__(message)
        self.held = held


def _refuse_duplicate(path, view: CorpusView, key: str) -> None:
    if key in view.bodies:
        raise Duplicate(
            f"{path}: its text is already in the corpus as {view.bodies[key]}; nothing to add", view.bodies[key]
        )


def _refuse_known_url(path, view: CorpusView, url: str | None) -> None:
    if url and (held := view.urls.get(url_key(url))):
        raise Duplicate(f"{path}: its URL {url} is already in the corpus as {held}; nothing to add", held)


def _plan_front_matter(path: Path, opts: ImportOptions, view: CorpusView) -> Planned:
    """A file that is already a corpus document is validated and copied as is."""
    try:
        doc = parse_document(path, path.parent)
    except CorpusError as exc:
        raise ImportRefused(str(exc)) from None
    folder = view.root / KIND_DIRS[doc.kind]
    _refuse_taken(path, view, doc.id, folder, "change the id in its front matter")
    key = body_key(doc.body)
    _refuse_duplicate(path, view, key)
    target = folder / f"{doc.id}{path.suffix.lower()}"
    report = [
        f"{path} -> {target.relative_to(view.root).as_posix()}",
        f"  front matter used as is: id {doc.id}, {doc.kind}, {doc.visibility}, published {doc.published}",
    ]
    # An option that would change the document is refused, not dropped: "--visibility internal" silently copied
    # as public would publish what the user meant to keep inside.
    have = {"kind": doc.kind, "visibility": doc.visibility, "source": doc.source, "url": doc.url, "id": doc.id,
            "title": doc.title, "published": doc.published, "tags": list(doc.tags)}  # fmt: skip
    for k, v in vars(opts).items():
        given = v.isoformat() if isinstance(v, dt.date) else v
        if given is not None and given != have.get(k):
            raise ImportRefused(
                f"{path}: its front matter says {k} {have.get(k)!r}, not {given!r}; edit the front matter "
                f"(it decides for a file that has one), or leave out --{k}"
            )
    return Planned(path, target, path.read_bytes(), doc.id, key, report, doc.url)


def plan_file(path: Path, opts: ImportOptions, view: CorpusView, policy: ImportPolicy = DEFAULT_POLICY) -> Planned:
    """Read one file and decide every field; raise ImportRefused with one line if it cannot be added."""
    ex: Extracted = read_file(path, policy.limits)
    if ex.front_matter:
        return _plan_front_matter(path, opts, view)
    return plan_extracted(path, ex, opts, view, policy)


def plan_extracted(
    path,
    ex: Extracted,
    opts: ImportOptions,
    view: CorpusView,
    policy: ImportPolicy,
    fetched_url: str | None = None,
    rerun: str = "re-run with --published {date}",
    source_fix: str = "pass --source NAME (the publication, or the team that wrote it)",
) -> Planned:
    """Decide every field of one extracted file or page (`corpus add` and `corpus sync` alike)."""
    paras = drop_social(list(ex.paragraphs), ex.dropped)
    if not paras:
        raise ImportRefused(f"{path}: no text left after dropping page furniture; paste the text into a .txt file")
    values: dict[str, object] = {}
    origin: dict[str, str] = {}

    def take(key: str, given, found_default=None, default_origin: str = ""):
        if given not in (None, "", []):
            values[key], origin[key] = given, f"--{key}"
        elif key in ex.meta:
            values[key], origin[key] = ex.meta[key], ex.origin[key]
        elif found_default is not None:
            values[key], origin[key] = found_default, default_origin

    first = paras[0].split("\n")[0]
    short_first = first if len(first) <= 150 else first[:100].rsplit(" ", 1)[0] + "…"
    take("title", opts.title and clean(opts.title), short_first, "first line")
    if clean(paras[0]).casefold() == str(values["title"]).casefold():
        paras = paras[1:]  # the title repeated as the first line of the text
    if not paras:
        raise ImportRefused(f"{path}: no text beyond its title; add a file with the document's text")
    take("kind", opts.kind, "article", "default")
    take("source", opts.source and clean(opts.source))
    take("url", opts.url, fetched_url, "the address it was fetched from")
    if not opts.url and fetched_url and not same_site(values.get("url"), fetched_url):
        # A page may name any canonical address: one on another site than the one it came from is
        # not believed (it could dress a copy up as an agency page), so the fetched address stays.
        values["url"], origin["url"] = (
            fetched_url,
            f"the address it was fetched from (its canonical link to {url_host(values['url'])} was ignored)",
        )
    take("published", opts.published)
    take("tags", opts.tags, [], "")
    values["tags"] = list(dict.fromkeys(filter(None, (slugify(t, "") for t in values["tags"]))))[:10]
    # A fetched page is judged by the host it came from, never by the address it claims; a file the
    # user imports vouches for its own canonical link (the domain check still applies).
    values["visibility"], origin["visibility"] = choose_visibility(
        str(values["kind"]), opts.url or fetched_url or values.get("url"), opts.visibility, policy.public_domains
    )
    _refuse_known_url(path, view, values.get("url"))
    if ex.meta.get("url") and ex.meta.get("url") != values.get("url"):
        _refuse_known_url(path, view, ex.meta["url"])  # a copy of a known page is still a duplicate

    missing = []
    if "published" not in values:
        offer = offered_date([*ex.urls, values.get("url"), fetched_url], paras)
        where = "page" if ex.urls or fetched_url or Path(str(path)).suffix.lower() in (".html", ".htm") else "file"
        if offer:
            missing.append(
                f"no date in {where} metadata; {offer[1]} {offer[0]}: " + rerun.replace("{date}", offer[0].isoformat())
            )
        else:
            missing.append("no publication date found in the file; pass --published YYYY-MM-DD")
    if "source" not in values:
        missing.append(f"no source found in the file; {source_fix}")
    if missing:
        raise ImportRefused(f"{path}: " + "; ".join(missing))

    body = "\n\n".join(paras) + "\n"
    key = body_key(body)
    _refuse_duplicate(path, view, key)
    folder = view.root / KIND_DIRS[str(values["kind"])]
    if opts.id:
        _refuse_taken(path, view, opts.id, folder, "pass another --id")
        values["id"], origin["id"] = opts.id, "--id"
    else:
        doc_id = unique_id(slugify(str(values["title"])), lambda c: view.id_taken(c, folder) is not None)
        values["id"], origin["id"] = doc_id, "from the title"

    front = {
        k: values[k] for k in ("id", "title", "kind", "source", "url", "published", "visibility", "tags") if k in values
    }
    try:
        FrontMatter.model_validate(front)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err["loc"] else "front matter"
        raise ImportRefused(f"{path}: {field} '{front.get(field, '')}': {err['msg']}; pass a valid --{field}") from None
    head = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, default_flow_style=None, width=10_000)
    data = f"---\n{head}---\n{body}".encode()
    target = folder / f"{values['id']}.md"

    report = [f"{path} -> {target.relative_to(view.root).as_posix()}"]
    for k in front:
        shown = ", ".join(front[k]) if k == "tags" else front[k]
        if k != "tags" or shown:
            report.append(f"  {k + ':':12s}{shown}  ({origin[k]})")
    not_found = [k for k in ("url", "tags") if not front.get(k)]
    if not_found:
        report.append(f"  {'not found:':12s}{', '.join(not_found)}")
    if ex.dropped:
        shown = "; ".join(d if len(d) <= 40 else d[:39] + "…" for d in ex.dropped[:4])
        report.append(f"  {'dropped:':12s}{len(ex.dropped)} boilerplate line(s): {shown}")
    return Planned(path, target, data, str(values["id"]), key, report, front.get("url"), ex.meta.get("url"))


def write_planned(p: Planned, root: Path) -> None:
    """Write to a temp file beside the target, read it back as a document, then rename it into place."""
    folder = p.target.parent
    made = not folder.exists()
    tmp = folder / f".{p.target.name}.{secrets.token_hex(4)}.partial"  # dotfile: never read by `index build`
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(tmp, "xb") as f:
            f.write(p.data)
            f.flush()
            os.fsync(f.fileno())
        try:
            doc = parse_document(tmp, root)
        except CorpusError as exc:
            raise ImportRefused(
                f"{p.source}: the written document did not read back ({exc}); nothing was added"
            ) from None
        if doc.id != p.doc_id or body_key(doc.body) != p.key:
            raise ImportRefused(f"{p.source}: the written document did not read back the same; nothing was added")
        if p.target.exists():
            raise ImportRefused(f"{p.source}: {p.target} appeared meanwhile; run the command again")
        os.replace(tmp, p.target)
    except OSError as exc:
        _cleanup(tmp, folder, made)
        raise ImportRefused(
            f"{p.source}: cannot write {p.target} ({exc.strerror or exc.__class__.__name__}); nothing was added"
        ) from None
    except BaseException:
        _cleanup(tmp, folder, made)
        raise


def _cleanup(tmp: Path, folder: Path, made: bool) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()
    if made:
        with contextlib.suppress(OSError):
            folder.rmdir()


def add_files(
    paths: list[Path],
    opts: ImportOptions,
    root: Path,
    out: Callable[[str], None],
    err: Callable[[str], None],
    dry_run: bool = False,
    policy: ImportPolicy = DEFAULT_POLICY,
) -> tuple[int, int]:
    """Import each file on its own (one failure never stops the others); return (added, failed)."""
    view = CorpusView.scan(Path(root))
    added = failed = 0
    for path in map(Path, paths):
        try:
            planned = plan_file(path, opts, view, policy)
            if not dry_run:
                write_planned(planned, view.root)
        except PartnerbotError as exc:
            err(str(exc))
            failed += 1
            continue
        out("\n".join(planned.report))
        view.remember(planned)
        added += 1
    return added, failed
