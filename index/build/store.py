"""On-disk layout of built indexes, written atomically.

    index_dir/
      CURRENT              name of the live build (replaced atomically)
      builds/<build_id>/   manifest.json, passages.jsonl, dense.faiss, bm25/, checksums.json
      .build.lock          held by the one build that may run (index/buildlock.py)

A build is written to builds/.<build_id>.<pid>.tmp, checksummed, synced, renamed into
place and only then named in CURRENT, under the build lock, and only if the corpus it
read is not older than the live build's. A build that fails or is interrupted leaves
CURRENT, and the build it names, untouched. Old builds are pruned only after they have
been out of CURRENT for RETIRE_GRACE seconds, so a reader that has just read CURRENT can
always load it. Loading verifies every file (index/integrity.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import faiss
import numpy as np

from index.build import integrity
from index.build.buildlock import build_lock, writable_dir_error
from index.build.records import DocInfo, Manifest, Passage
from index.errors import IndexDamagedError, IndexMissingError, PartnerbotError
from index.search.dense import load_dense
from index.search.lexical import LexicalIndex

DERIVED_MAX_PASSAGES = 50_000
# 2: sentence vectors and documents.jsonl; 3: sentence vectors pooled from the passage pass;
# 4: "&" names ("AT&T") are one BM25 term
FORMAT = 4
RETIRE_GRACE = 300.0  # seconds a build stays on disk after it stops being CURRENT
RETIRED = ".retired"  # marker in a build directory: its mtime is when it left CURRENT


class StaleBuildError(PartnerbotError):
    """This build read the corpus before the live one did: publishing it would go back in time."""


def current_pointer(index_dir: Path) -> Path:
    return index_dir / "CURRENT"


def read_current(index_dir: Path) -> str | None:
    try:
        name = current_pointer(index_dir).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name or None


def pointer_stamp(index_dir: Path) -> tuple[int, int] | None:
    """Cheap change detector for CURRENT: (inode, mtime_ns)."""
    try:
        st = current_pointer(index_dir).stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns)


def _fsync_dir(path: Path) -> None:
    fd = os.open(str(path), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_build_dir(index_dir: Path, build_id: str) -> Path:
    builds = index_dir / "builds"
    try:
        builds.mkdir(parents=True, exist_ok=True)
        for stale in builds.glob(".*.tmp"):  # left by an interrupted build, never one still running
            if not _tmp_owner_alive(stale):
                shutil.rmtree(stale, ignore_errors=True)
        tmp = builds / f".{build_id}.{os.getpid()}.tmp"
        tmp.mkdir()
    except OSError as exc:
        raise writable_dir_error(index_dir, exc) from None
    return tmp


def _tmp_owner_alive(tmp: Path) -> bool:
    parts = tmp.name.split(".")
    pid = parts[-2] if len(parts) >= 4 else ""
    if not pid.isdigit():  # an older name without a pid: stale once it is an hour old
        try:
            return time.time() - tmp.stat().st_mtime < 3600
        except OSError:
            return False
    if int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_json(path: Path, data) -> None:
    """Written into the temporary build directory; `publish` syncs every file before the swap."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)


def write_passages(path: Path, passages) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for p in passages:
            f.write(json.dumps(p.to_json(), ensure_ascii=False) + "\n")


def publish(
    index_dir: Path,
    tmp: Path,
    build_id: str,
    keep: int = 2,
    snapshot_ns: int | None = None,
    lock_timeout: float = 600.0,
) -> Path:
    """Move a finished build into place and point CURRENT at it, atomically.

    snapshot_ns: when this build's corpus was read. A build older than the live one is
    not published (StaleBuildError): the live index never goes back to an older corpus.
    """
    snapshot_ns = time.time_ns() if snapshot_ns is None else snapshot_ns
    try:
        integrity.record(tmp, snapshot_ns)
        integrity.fsync_tree(tmp)
    except OSError as exc:
        raise writable_dir_error(index_dir, exc) from None
    with build_lock(index_dir, lock_timeout):
        live = read_current(index_dir)
        live_ns = integrity.snapshot_time(index_dir / "builds" / live) if live else None
        if live_ns is not None and snapshot_ns < live_ns:
            shutil.rmtree(tmp, ignore_errors=True)
            raise StaleBuildError(
                f"{index_dir}: build {live} of a newer corpus was published while this build "
                "ran; kept it (this build was discarded)"
            )
        final = tmp.parent / build_id
        try:
            os.replace(tmp, final)
            _fsync_dir(tmp.parent)
            ptr_tmp = index_dir / f".CURRENT.{os.getpid()}.tmp"
            with open(ptr_tmp, "w", encoding="utf-8") as f:
                f.write(build_id + "\n")
                f.flush()
                os.fsync(f.fileno())
            os.replace(ptr_tmp, current_pointer(index_dir))
            _fsync_dir(index_dir)
        except OSError as exc:
            raise writable_dir_error(index_dir, exc) from None
        if live and live != build_id:
            try:
                (index_dir / "builds" / live / RETIRED).touch()
            except OSError:
                pass
        prune(index_dir, keep, protect={build_id})
    return final


def prune(index_dir: Path, keep: int = 2, protect: set[str] = frozenset(), grace: float = RETIRE_GRACE) -> None:
    """Delete old builds, keeping the newest `keep` and any that left CURRENT less than `grace` s ago."""
    builds_dir = index_dir / "builds"
    live = read_current(index_dir)
    builds = sorted(
        (p for p in builds_dir.iterdir() if p.is_dir() and not p.name.startswith(".")), key=lambda p: p.name
    )
    now = time.time()
    for old in builds[:-keep] if keep else builds:
        if old.name in protect or old.name == live:
            continue
        try:
            marker = old / RETIRED
            retired_at = marker.stat().st_mtime if marker.exists() else old.stat().st_mtime
        except OSError:
            continue
        if now - retired_at >= grace:
            shutil.rmtree(old, ignore_errors=True)


def write_documents(path: Path, docs) -> None:
    """Document-level facts the answer needs (dates, tags, what supersedes what), one per line."""
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            info = d if isinstance(d, DocInfo) else DocInfo.from_document(d)
            f.write(json.dumps(info.to_json(), ensure_ascii=False) + "\n")


@dataclass
class Snapshot:
    """Everything one question needs, loaded from one build; never mutated after load."""

    build_dir: Path
    manifest: Manifest
    passages: list[Passage]
    dense: faiss.Index
    vectors: np.ndarray  # row i is passage i's unit vector (memory-mapped)
    lexical: LexicalIndex
    sentence_vectors: np.ndarray  # one row per sentence, passages in order (memory-mapped)
    sentence_rows: np.ndarray  # sentence_rows[i]: first row of passage i's sentences
    documents: dict[str, DocInfo]
    doc_passages: dict[str, tuple[int, ...]] = field(default_factory=dict)  # doc id -> passage rows

    def __post_init__(self) -> None:
        if not self.doc_passages:
            rows: dict[str, list[int]] = {}
            for i, p in enumerate(self.passages):
                rows.setdefault(p.doc_id, []).append(i)
            self.doc_passages = {k: tuple(v) for k, v in rows.items()}

    def derived(self, name: str, compute, scan: bool = False):
        """A value computed once from this snapshot (acronyms, timeline...) and kept with it, so
        it can never be mistaken for another build's. Two threads may both compute it; both
        results are equal, and either may be kept. A `scan` of every passage's text is skipped
        (None) above DERIVED_MAX_PASSAGES: those aids are for curated corpora, and a scan of
        millions of passages would stall the first question."""
        cache = self.__dict__.setdefault("_derived", {})
        if name not in cache:
            cache[name] = None if scan and len(self.passages) > DERIVED_MAX_PASSAGES else compute()
        return cache[name]

    def passage_sentence_vectors(self, i: int) -> np.ndarray:
        return self.sentence_vectors[self.sentence_rows[i] : self.sentence_rows[i + 1]]


def read_manifest(index_dir: Path) -> tuple[Path, Manifest] | None:
    name = read_current(index_dir)
    if name is None:
        return None
    build_dir = index_dir / "builds" / name
    try:
        data = json.loads((build_dir / "manifest.json").read_text(encoding="utf-8"))
        return build_dir, Manifest(**data)
    except (OSError, ValueError, TypeError):
        raise IndexDamagedError(
            f"{build_dir / 'manifest.json'}: missing, damaged or from an older version; run `partnerbot index build`"
        ) from None


@contextlib.contextmanager
def _reading(build_dir: Path, name: str):
    """A file that cannot be parsed is named in one line."""
    try:
        yield
    except (OSError, ValueError, RuntimeError, KeyError, TypeError, AttributeError, IndexError) as exc:
        why = " ".join(f"{exc.__class__.__name__}: {exc}".split())[:100]
        raise IndexDamagedError(
            f"{build_dir / name}: cannot be read ({why}); the index is damaged, run `partnerbot index build`"
        ) from None


def load_snapshot(index_dir: Path) -> Snapshot:
    found = read_manifest(index_dir)
    if found is None:
        raise IndexMissingError(f"{index_dir}: no index built yet; run `partnerbot index build`")
    build_dir, manifest = found
    integrity.verify_files(build_dir)  # names the first file whose checksum differs
    with _reading(build_dir, "passages.jsonl"), open(build_dir / "passages.jsonl", encoding="utf-8") as f:
        passages = [Passage.from_json(json.loads(line)) for line in f]
    with _reading(build_dir, "dense.faiss"):
        dense = load_dense(build_dir / "dense.faiss")
    with _reading(build_dir, "vectors.npy"):
        # Memory-mapped, viewed as a plain ndarray: no copy, and no np.memmap per-call overhead.
        vectors = np.asarray(np.load(build_dir / "vectors.npy", mmap_mode="r"))
    with _reading(build_dir, "bm25"):
        lexical = LexicalIndex.load(build_dir / "bm25")
    with _reading(build_dir, "sentence_vectors.npy"):
        sentence_vectors = np.asarray(np.load(build_dir / "sentence_vectors.npy", mmap_mode="r"))
    with _reading(build_dir, "documents.jsonl"), open(build_dir / "documents.jsonl", encoding="utf-8") as f:
        documents = {d.id: d for d in (DocInfo.from_json(json.loads(line)) for line in f)}
    sentence_rows = np.concatenate([[0], np.cumsum([len(p.sentences) for p in passages])]).astype(np.int64)
    snap = Snapshot(build_dir, manifest, passages, dense, vectors, lexical, sentence_vectors, sentence_rows, documents)
    integrity.verify_snapshot(snap)  # row counts, visibility order and counts, unit vectors
    return snap
