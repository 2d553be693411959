"""`partnerbot index build`: corpus → passages → vectors (cached) → FAISS + BM25, atomically."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from index.build.buildlock import build_lock
from index.build.records import Manifest, Passage
from index.build.store import (
    FORMAT,
    load_snapshot,
    read_manifest,
)
from index.build.writer import write_build
from index.config import Config
from index.corpus.chunking import chunk_body, flatten
from index.corpus.documents import Document, load_corpus
from index.errors import CorpusError, IndexMissingError
from index.search.dense import build_dense
from index.search.embedding import Embedder, EmbeddingCache, embed_passages_with_sentences
from index.search.lexical import LexicalIndex
from index.visibility import Level


def make_passages(docs: list[Document], max_words: int, min_words: int) -> list[Passage]:
    """Chunk every document; order passages by visibility level so filters are id ranges."""
    out: list[Passage] = []
    for d in docs:
        for n, c in enumerate(chunk_body(d.body, max_words, min_words), start=1):
            text = flatten(d.body[c.start : c.end])
            sents = tuple((a - c.start, b - c.start) for a, b in c.sentences)
            out.append(
                Passage(
                    id=f"{d.id}#{n}",
                    doc_id=d.id,
                    title=d.title,
                    source=d.source,
                    url=d.url,
                    published=d.published,
                    visibility=d.visibility,
                    kind=d.kind,
                    path=d.path,
                    paragraph=c.paragraph,
                    start=c.start,
                    end=c.end,
                    text=text,
                    sentences=sents,
                    sample=d.sample,
                )
            )
    out.sort(key=lambda p: Level.parse(p.visibility))  # stable: document order is kept within a level
    return out


def sentence_texts(passages: list[Passage]) -> list[str]:
    """Every sentence of every passage, in passage order (the rows of sentence_vectors.npy)."""
    return [p.text[a:b] for p in passages for a, b in p.sentences]


def corpus_hash(docs: list[Document], config: Config, model_fingerprint: str) -> str:
    h = hashlib.sha256()
    h.update(
        json.dumps(
            {"chunking": config.chunking.model_dump(), "model": model_fingerprint, "format": FORMAT}, sort_keys=True
        ).encode()
    )
    for d in sorted(docs, key=lambda d: d.path):
        h.update(f"{d.path}\0{d.sha256}\n".encode())
    return h.hexdigest()


def _progress_bar(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="passage", desc="embedding", disable=not enabled, leave=False)


def show_progress() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


@dataclass
class BuildResult:
    manifest: Manifest
    build_dir: Path
    skipped: list[str]
    warnings: list[str] = field(default_factory=list)


def supersession_warnings(docs: list[Document]) -> list[str]:
    """`supersedes` entries that name no document: the build goes on, the user is told."""
    ids = {d.id for d in docs}
    return [
        f"{d.path}: supersedes '{old}', which no document has as its id; fix the id or remove it"
        for d in docs
        for old in d.supersedes
        if old not in ids
    ]


def future_dates(docs: list[Document], today: dt.date | None = None) -> list[str]:
    """Documents dated after today (a typo such as 2099): the build goes on, but answers would say "As of" that
    date and the index would claim to cover it, so the user is told."""
    today = today or dt.date.today()
    return [
        f"{d.path}: published {d.published} is after today ({today.isoformat()}); check the date"
        for d in docs
        if d.published > today.isoformat()
    ]


def supersession_cycle(docs: list[Document]) -> str:
    """One line naming a supersedes cycle, or "" when there is none."""
    return find_supersession_cycle(docs)[0]


def find_supersession_cycle(docs: list[Document]) -> tuple[str, list[str]]:
    """(one line naming a supersedes cycle, the ids in it), or ("", []) when there is none.

    In a cycle every document is superseded by another, so none of them may answer and the
    answer would fall back to unrelated text: the build is refused instead.
    """
    ids = {d.id: d for d in docs}
    done: set[str] = set()
    for start in sorted(ids):
        path: list[str] = []
        on_path: dict[str, int] = {}
        stack = [(start, iter(ids[start].supersedes))]
        on_path[start] = 0
        path.append(start)
        while stack:
            node, nexts = stack[-1]
            nxt = next((x for x in nexts if x in ids and x not in done), None)
            if nxt is None:
                stack.pop()
                done.add(path.pop())
                on_path.pop(node, None)
                continue
            if nxt in on_path:
                loop = path[on_path[nxt] :] + [nxt]
                return (
                    f"{ids[loop[0]].path}: supersedes cycle {' → '.join(loop)} (no document in it could answer); "
                    "remove one of these supersedes entries",
                    loop[:-1],
                )
            on_path[nxt] = len(path)
            path.append(nxt)
            stack.append((nxt, iter(ids[nxt].supersedes)))
    return "", []


def build_index(
    config: Config,
    embedder: Embedder,
    skip_invalid: bool = False,
    progress: bool | None = None,
    log=None,
    lock_timeout: float = 600.0,
) -> BuildResult:
    """Build and publish a new index; on any failure the live index is left as it was.

    The build lock is held from reading the corpus to publishing, so a concurrent build
    waits and then reads the corpus after this one: builds publish in corpus order.
    """
    t0 = time.perf_counter()
    with build_lock(config.index_dir, lock_timeout, on_wait=log):
        snapshot_ns = time.time_ns()
        docs, problems = load_corpus(
            config.corpus_dir, skip_invalid=skip_invalid, max_bytes=config.corpus.max_document_bytes
        )
        while skip_invalid and (cycle := find_supersession_cycle(docs))[0]:  # left out like any invalid file
            docs = [d for d in docs if d.id not in cycle[1]]
            problems = problems + [cycle[0]]
        return build_documents(docs, problems, config, embedder, progress, log, t0, snapshot_ns=snapshot_ns)


def build_documents(
    docs: list[Document],
    problems: list[str],
    config: Config,
    embedder: Embedder,
    progress: bool | None = None,
    log=None,
    t0: float | None = None,
    snapshot_ns: int | None = None,
) -> BuildResult:
    """Index these documents into config.index_dir (the corpus-independent part of a build)."""
    t0 = time.perf_counter() if t0 is None else t0
    cycle = supersession_cycle(docs)
    if cycle:
        raise CorpusError(cycle + " (or build with --skip-invalid to leave them out)")
    passages = make_passages(docs, config.chunking.max_words, config.chunking.min_words)
    fingerprint = embedder.fingerprint
    texts = [p.embed_text for p in passages]
    sentences = sentence_texts(passages)
    # Sentence spans within the embedded text (the title and a newline come first).
    spans = [[(len(p.title) + 1 + a, len(p.title) + 1 + b) for a, b in p.sentences] for p in passages]
    cache = EmbeddingCache(config.cache_dir / "embeddings.sqlite3")
    try:
        enabled = show_progress() if progress is None else progress
        with _progress_bar(len(texts), enabled) as bar:
            # Sentence vectors let the answer pick the sentence that says it by meaning, at no
            # cost per question (a dot product); they are pooled from the same forward pass as
            # the passage vectors, so they cost almost nothing at build time either.
            vectors, sentence_vectors, embedded = embed_passages_with_sentences(
                embedder, cache, texts, spans, progress=bar.update
            )
    finally:
        cache.close()
    if vectors.shape[0] != len(passages) or sentence_vectors.shape[0] != len(sentences):
        raise RuntimeError("embedding count does not match passage count")

    embedder.ensure_onnx(log)
    dense, dense_kind = build_dense(vectors, config.retrieval.approximate_above)
    lexical = LexicalIndex.build([p.embed_text for p in passages])
    dates = sorted(d.published for d in docs)
    manifest, final = write_build(
        config.index_dir,
        passages,
        docs,
        vectors,
        sentence_vectors.reshape(len(sentences), vectors.shape[1]),
        dense,
        dense_kind,
        lexical,
        t0=t0,
        snapshot_ns=snapshot_ns,
        model=embedder.name,
        model_fingerprint=fingerprint,
        corpus_hash=corpus_hash(docs, config, fingerprint),
        embedded=embedded,
        reused=len(passages) - embedded,
        corpus_range={"from": dates[0], "to": dates[-1]},
        skipped=problems,
    )
    return BuildResult(manifest, final, problems, supersession_warnings(docs) + future_dates(docs))


@dataclass
class Status:
    built: bool
    stale: bool
    manifest: Manifest | None
    current_hash: str | None
    reason: str
    invalid: list[str] = field(default_factory=list)  # corpus files a build would refuse now


def index_status(config: Config, embedder: Embedder) -> Status:
    found = None
    try:
        found = read_manifest(config.index_dir)
        if found is not None:
            load_snapshot(config.index_dir)  # the same integrity check a running bot makes
    except IndexMissingError as exc:  # damaged: name the file instead of "up to date"
        return Status(True, True, found[1] if found else None, None, f"damaged: {exc}")
    try:
        docs, invalid = load_corpus(config.corpus_dir, skip_invalid=True, max_bytes=config.corpus.max_document_bytes)
        current = corpus_hash(docs, config, embedder.fingerprint)
    except Exception as exc:  # a corpus that cannot be read is reported, not raised
        docs, current, invalid = [], None, []
        corpus_problem = str(exc)
    else:
        corpus_problem = ""
    if found is None:
        return Status(False, True, None, current, "no index built yet")
    _, m = found
    if current is None:
        return Status(True, True, m, None, corpus_problem)
    if m.model_fingerprint != embedder.fingerprint:
        return Status(True, True, m, current, embedder.mismatch(m.model, m.dimension, config.file_name))
    if m.format != FORMAT:
        return Status(True, True, m, current, f"index format {m.format}, this partnerbot reads format {FORMAT}")
    if m.corpus_hash != current:
        return Status(True, True, m, current, "corpus/ or chunking settings changed since the build")
    return Status(True, False, m, current, "up to date", invalid)
