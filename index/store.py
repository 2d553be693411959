"""On-disk layout of built indexes, written atomically.

    index_dir/
      CURRENT              name of the live build (replaced atomically)
      builds/<build_id>/   manifest.json, passages.jsonl, dense.faiss, bm25/

A build is written to builds/.<build_id>.tmp, synced, renamed into place and only then
named in CURRENT. A build that fails or is interrupted leaves CURRENT, and the build it
names, untouched. The previous build is kept so that a reader that has just read
CURRENT can still load it.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from .dense import load_dense
from .errors import IndexMissingError
from .lexical import LexicalIndex
from .records import Manifest, Passage

FORMAT = 1


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
    builds.mkdir(parents=True, exist_ok=True)
    for stale in builds.glob(".*.tmp"):  # left by an interrupted build
        shutil.rmtree(stale, ignore_errors=True)
    tmp = builds / f".{build_id}.tmp"
    tmp.mkdir()
    return tmp


def write_json(path: Path, data) -> None:
    """Written into the temporary build directory; `publish` syncs every file before the swap."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)


def write_passages(path: Path, passages) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for p in passages:
            f.write(json.dumps(p.to_json(), ensure_ascii=False) + "\n")


def publish(index_dir: Path, tmp: Path, build_id: str, keep: int = 2) -> Path:
    """Move a finished build into place and point CURRENT at it, atomically."""
    for f in tmp.rglob("*"):
        if f.is_file():
            with open(f, "rb") as fh:
                os.fsync(fh.fileno())
    final = tmp.parent / build_id
    os.replace(tmp, final)
    _fsync_dir(tmp.parent)
    ptr_tmp = index_dir / f".CURRENT.{os.getpid()}.tmp"
    with open(ptr_tmp, "w", encoding="utf-8") as f:
        f.write(build_id + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(ptr_tmp, current_pointer(index_dir))
    _fsync_dir(index_dir)
    builds = sorted((p for p in tmp.parent.iterdir() if p.is_dir() and not p.name.startswith(".")),
                    key=lambda p: p.name)
    for old in builds[:-keep]:
        if old.name != build_id:
            shutil.rmtree(old, ignore_errors=True)
    return final


@dataclass
class Snapshot:
    """Everything one question needs, loaded from one build; never mutated after load."""
    build_dir: Path
    manifest: Manifest
    passages: list[Passage]
    dense: faiss.Index
    vectors: np.ndarray  # row i is passage i's unit vector (memory-mapped)
    lexical: LexicalIndex


def read_manifest(index_dir: Path) -> tuple[Path, Manifest] | None:
    name = read_current(index_dir)
    if name is None:
        return None
    build_dir = index_dir / "builds" / name
    try:
        data = json.loads((build_dir / "manifest.json").read_text(encoding="utf-8"))
        return build_dir, Manifest(**data)
    except (OSError, ValueError, TypeError):
        raise IndexMissingError(f"{build_dir}: the index is damaged or from an older version; "
                                "run `partnerbot index build`") from None


def load_snapshot(index_dir: Path) -> Snapshot:
    found = read_manifest(index_dir)
    if found is None:
        raise IndexMissingError(f"{index_dir}: no index built yet; run `partnerbot index build`")
    build_dir, manifest = found
    try:
        with open(build_dir / "passages.jsonl", encoding="utf-8") as f:
            passages = [Passage.from_json(json.loads(line)) for line in f]
        dense = load_dense(build_dir / "dense.faiss")
        # Memory-mapped, viewed as a plain ndarray: no copy, and no np.memmap per-call overhead.
        vectors = np.asarray(np.load(build_dir / "vectors.npy", mmap_mode="r"))
        lexical = LexicalIndex.load(build_dir / "bm25")
    except (OSError, ValueError, RuntimeError, KeyError, TypeError):
        raise IndexMissingError(f"{build_dir}: the index is damaged; run `partnerbot index build`") from None
    return Snapshot(build_dir, manifest, passages, dense, vectors, lexical)
