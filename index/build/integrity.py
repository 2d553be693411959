"""Integrity of a built index: checksums of every file, and the files checked against each other.

`record` runs when a build is published and writes checksums.json (size and sha256 of
every file, plus the time the build's corpus was read). `verify_files` runs before a
build is loaded and `verify_snapshot` after: row counts (passages = vectors = FAISS =
BM25 documents; sentence vectors = sentences), visibility order and counts (the audience
filter relies on them), and unit vectors. Each failure names the damaged file in one
line. Checks run at load time only, never per question.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import numpy as np

from index.errors import IndexDamagedError
from index.visibility import NAMES, Level, visibility_counts

CHECKSUMS = "checksums.json"
_FULL_HASH_LIMIT = 256 << 20  # bigger files (synthetic million-passage benches) are hashed in samples
_SAMPLES = 64
_SAMPLE_BYTES = 1 << 20


def digest(path: Path) -> str:
    size = path.stat().st_size
    h = hashlib.sha256()
    with open(path, "rb") as f:
        if size <= _FULL_HASH_LIMIT:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
            return h.hexdigest()
        step = (size - _SAMPLE_BYTES) // (_SAMPLES - 1)
        for i in range(_SAMPLES):
            f.seek(i * step)
            h.update(f.read(_SAMPLE_BYTES))
    return "sampled:" + h.hexdigest()


def record(build_dir: Path, snapshot_ns: int | None = None) -> dict:
    """Write checksums.json for every file of a finished (not yet published) build."""
    files = {}
    for f in sorted(build_dir.rglob("*")):
        if f.is_file() and f.name != CHECKSUMS:
            files[f.relative_to(build_dir).as_posix()] = {"size": f.stat().st_size, "sha256": digest(f)}
    data = {"format": 1, "snapshot_ns": int(snapshot_ns if snapshot_ns is not None else time.time_ns()), "files": files}
    with open(build_dir / CHECKSUMS, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1)
    return data


def _damaged(build_dir: Path, name: str, why: str) -> IndexDamagedError:
    return IndexDamagedError(f"{build_dir / name}: {why}; the index is damaged, run `partnerbot index build`")


def read_record(build_dir: Path) -> dict:
    path = build_dir / CHECKSUMS
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"]
        if not isinstance(files, dict) or not isinstance(data.get("snapshot_ns"), int):
            raise ValueError
    except FileNotFoundError:
        raise IndexDamagedError(
            f"{path}: missing (the build is damaged or was made by an older partnerbot); run `partnerbot index build`"
        ) from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise _damaged(build_dir, CHECKSUMS, "unreadable") from None
    return data


def snapshot_time(build_dir: Path) -> int | None:
    """When the build's corpus was read (ns since the epoch), or None if unknown."""
    try:
        return read_record(build_dir)["snapshot_ns"]
    except IndexDamagedError:
        return None


def verify_files(build_dir: Path) -> dict:
    """Check every recorded file's size and sha256; raise IndexDamagedError naming the first bad file."""
    data = read_record(build_dir)
    for name in ("manifest.json", "passages.jsonl", "vectors.npy", "dense.faiss"):
        if name not in data["files"]:
            raise _damaged(build_dir, CHECKSUMS, f"has no record of {name}")
    for name, want in data["files"].items():
        path = build_dir / name
        try:
            size = path.stat().st_size
        except OSError:
            raise _damaged(build_dir, name, "missing") from None
        recorded = want.get("size") if isinstance(want, dict) else "?"
        if size != recorded:
            raise _damaged(build_dir, name, f"{size} bytes, the build recorded {recorded}")
        try:
            ok = digest(path) == want.get("sha256")
        except OSError as exc:
            raise _damaged(build_dir, name, f"unreadable ({exc.strerror or exc})") from None
        if not ok:
            raise _damaged(build_dir, name, "contents changed since the build (checksum differs)")
    return data


def _unit_rows(build_dir: Path, name: str, matrix: np.ndarray) -> None:
    """Every row finite with norm ≈ 1 (an all-zero row would silently decline everything)."""
    for i in range(0, matrix.shape[0], 65536):
        part = np.asarray(matrix[i : i + 65536], dtype=np.float32)
        norms = np.einsum("ij,ij->i", part, part)
        bad = ~(np.isfinite(norms) & (np.abs(norms - 1.0) < 0.02))
        if bad.any():
            row = i + int(np.argmax(bad))
            raise _damaged(build_dir, name, f"row {row} is not a unit vector (zero, NaN or scaled)")


def verify_snapshot(snap) -> None:
    """The loaded files agree with each other and with the manifest."""
    d, m, passages = snap.build_dir, snap.manifest, snap.passages
    n = len(passages)
    if m.passages != n:
        raise _damaged(d, "passages.jsonl", f"{n} passages, the manifest says {m.passages}")
    if snap.vectors.ndim != 2 or snap.vectors.shape != (n, m.dimension):
        raise _damaged(d, "vectors.npy", f"shape {tuple(snap.vectors.shape)}, expected ({n}, {m.dimension})")
    if snap.dense.ntotal != n or snap.dense.d != m.dimension:
        raise _damaged(
            d, "dense.faiss", f"{snap.dense.ntotal} vectors of {snap.dense.d} dims, expected {n} of {m.dimension}"
        )
    bm25_docs = int(snap.lexical.retriever.scores.get("num_docs", -1))
    if bm25_docs != n:
        raise _damaged(d, "bm25", f"{bm25_docs} documents, expected {n} passages")
    levels = [Level[p.visibility] if p.visibility in NAMES else -1 for p in passages]
    if -1 in levels:
        raise _damaged(d, "passages.jsonl", f"passage {levels.index(-1)} has an unknown visibility")
    if any(a > b for a, b in zip(levels, levels[1:], strict=False)):
        raise _damaged(d, "passages.jsonl", "passages are not ordered by visibility")
    expected = visibility_counts(levels)
    if m.visibility_counts != expected:
        raise _damaged(
            d, "manifest.json", f"visibility_counts {m.visibility_counts} do not match the passages {expected}"
        )
    for i, p in enumerate(passages):
        if not all(0 <= a < b <= len(p.text) for a, b in p.sentences):
            raise _damaged(d, "passages.jsonl", f"passage {i} has a sentence outside its text")
    _unit_rows(d, "vectors.npy", snap.vectors)
    sv = getattr(snap, "sentence_vectors", None)
    if sv is not None:
        want = sum(len(p.sentences) for p in passages)
        if sv.ndim != 2 or sv.shape != (want, m.dimension):
            raise _damaged(d, "sentence_vectors.npy", f"shape {tuple(sv.shape)}, expected ({want}, {m.dimension})")
        _unit_rows(d, "sentence_vectors.npy", sv)
    docs = getattr(snap, "documents", None)
    if docs is not None:
        if len(docs) != m.documents:
            raise _damaged(d, "documents.jsonl", f"{len(docs)} documents, the manifest says {m.documents}")
        for i, p in enumerate(passages):
            doc = docs.get(p.doc_id)
            if doc is None or doc.visibility != p.visibility:
                raise _damaged(d, "documents.jsonl", f"does not agree with passage {i} ({p.id})")


def fsync_tree(build_dir: Path) -> None:
    for f in build_dir.rglob("*"):
        if f.is_file():
            with open(f, "rb") as fh:
                os.fsync(fh.fileno())
