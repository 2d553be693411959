"""Builds shared between hosts through a directory on a shared volume (`state.shared_index_dir`).

    shared_dir/
      CURRENT                          the newest published build (replaced atomically)
      builds/<build_id>/               a copy of one host's build, its checksums.json included
      builds/.<build_id>.<pid>.tmp     a copy still being written: never read
      .build.lock                      held while CURRENT is compared and replaced

`publish_shared` copies a host's live build here and names it in CURRENT, never going back
to a build whose corpus was read earlier than the published one's. `fetch_shared` copies a
newer published build into the local index_dir, checks every file against its checksums
and the model and format against this host's, and only then publishes it locally
(index/build/store.py `publish`), where every Engine swaps it in on its next question.
Replicas never load from the shared volume itself: a network blip must not fail a question.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from index.build import integrity
from index.build.buildlock import build_lock
from index.build.records import Manifest
from index.build.store import (
    FORMAT,
    RETIRE_GRACE,
    RETIRED,
    StaleBuildError,
    _fsync_dir,
    new_build_dir,
    pointer_stamp,
    prune,
    publish,
    read_current,
)
from index.errors import IndexBusyError, IndexDamagedError, IndexMismatchError, IndexMissingError, PartnerbotError

_log = logging.getLogger("partnerbot.index")
STALE_COPY_SECONDS = 3600.0  # a shared .tmp copy untouched this long was left by a publisher that died
_NOT_COPIED = shutil.ignore_patterns(RETIRED)  # when a build left CURRENT on its first host: not part of the build


class SharedDirError(PartnerbotError):
    """The shared index directory cannot be read or written."""


def shared_dir_error(shared_dir: Path, exc: OSError, doing: str = "write") -> SharedDirError:
    return SharedDirError(
        f"{shared_dir}: cannot {doing} the shared index directory ({exc.strerror or exc}); check that the shared "
        "volume is mounted and writable, or unset state.shared_index_dir in config.yaml"
    )


def _write_pointer(directory: Path, build_id: str) -> None:
    tmp = directory / f".CURRENT.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(build_id + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, directory / "CURRENT")
    _fsync_dir(directory)


def _intact(build_dir: Path) -> bool:
    try:
        integrity.verify_files(build_dir)
    except IndexMissingError:  # IndexDamagedError included
        return False
    return True


def _remove_stale_copies(builds: Path) -> None:
    """Temporary copies whose publisher died (by age: a pid from another host means nothing here)."""
    now = time.time()
    for tmp in builds.glob(".*.tmp"):
        try:
            if now - tmp.stat().st_mtime >= STALE_COPY_SECONDS:
                shutil.rmtree(tmp, ignore_errors=True)
        except OSError:
            continue


def _refuse_older(shared_dir: Path, build_id: str, snapshot_ns: int) -> None:
    live = read_current(shared_dir)
    live_ns = integrity.snapshot_time(shared_dir / "builds" / live) if live else None
    if live and live != build_id and live_ns is not None and snapshot_ns < live_ns:
        raise StaleBuildError(
            f"{shared_dir}: build {live} of a newer corpus is already published; build {build_id} was not "
            "published (replicas fetch the newer one)"
        )


def publish_shared(
    index_dir: Path, shared_dir: Path, keep: int = 2, lock_timeout: float = 600.0, grace: float = RETIRE_GRACE
) -> str:
    """Copy the live local build to shared_dir and name it in shared CURRENT; returns its build id.

    Raises StaleBuildError when the published build read its corpus later than this one,
    IndexDamagedError when the local build is damaged (it is never shared), SharedDirError
    when the shared directory cannot be written.
    """
    index_dir, shared_dir = Path(index_dir), Path(shared_dir)
    build_id = read_current(index_dir)
    if build_id is None:
        raise IndexMissingError(f"{index_dir}: no index built yet; run `partnerbot index build`")
    src = index_dir / "builds" / build_id
    snapshot_ns = integrity.verify_files(src)["snapshot_ns"]
    builds = shared_dir / "builds"
    tmp: Path | None = None
    try:
        builds.mkdir(parents=True, exist_ok=True)
        if read_current(shared_dir) == build_id and _intact(builds / build_id):
            return build_id  # already published
        _refuse_older(shared_dir, build_id, snapshot_ns)  # before copying: a copy that cannot be published is waste
        _remove_stale_copies(builds)
        tmp = builds / f".{build_id}.{os.getpid()}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.copytree(src, tmp, ignore=_NOT_COPIED)
        integrity.fsync_tree(tmp)
        with build_lock(shared_dir, lock_timeout):
            _refuse_older(shared_dir, build_id, snapshot_ns)
            final = builds / build_id
            if final.exists():  # published before (CURRENT moved on, or a damaged copy): replace it
                aside = builds / f".{build_id}.{os.getpid()}.old.tmp"
                os.replace(final, aside)
                shutil.rmtree(aside, ignore_errors=True)
            os.replace(tmp, final)
            tmp = None
            _fsync_dir(builds)
            live = read_current(shared_dir)
            _write_pointer(shared_dir, build_id)
            if live and live != build_id:
                try:
                    (builds / live / RETIRED).touch()
                except OSError:
                    pass
            prune(shared_dir, keep, protect={build_id}, grace=grace)
    except OSError as exc:
        raise shared_dir_error(shared_dir, exc) from None
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return build_id


@dataclass(frozen=True)
class FetchResult:
    """What one look at the shared directory did.

    status: fetched | current (local already has it) | local-newer | none (nothing published) |
    refused (damaged, half-copied, other model or format; remembered) | busy (a local build holds
    the lock) | unreachable (the shared volume or the copy failed; tried again next time) |
    error (the local index_dir cannot be written)
    """

    status: str
    build_id: str | None
    message: str


def shared_status(shared_dir: Path, index_dir: Path) -> dict:
    """The shared dir's build and whether the local index matches it (for `index status`)."""
    try:
        shared = read_current(Path(shared_dir))
    except OSError as exc:
        return {"dir": str(shared_dir), "build_id": None, "local": "unreachable", "problem": exc.strerror or str(exc)}
    local = read_current(Path(index_dir))
    if shared is None:
        state = "nothing published"
    elif shared == local:
        state = "matches"
    else:
        shared_ns = integrity.snapshot_time(Path(shared_dir) / "builds" / shared)
        local_ns = integrity.snapshot_time(Path(index_dir) / "builds" / local) if local else None
        state = "newer" if (local_ns is not None and shared_ns is not None and local_ns > shared_ns) else "older"
    return {"dir": str(shared_dir), "build_id": shared, "local": state, "local_build_id": local}


def _check_copy(src: Path, tmp: Path, model_name: str, model_fingerprint: str) -> None:
    """Every file matches its checksum, and the build is of this format and model; raises naming the shared file."""
    try:
        integrity.verify_files(tmp)
        try:
            m = Manifest(**json.loads((tmp / "manifest.json").read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            raise IndexDamagedError(f"{tmp / 'manifest.json'}: unreadable") from None
    except IndexMissingError as exc:  # name the shared file, not the local temporary copy
        raise IndexDamagedError(str(exc).replace(str(tmp), str(src))) from None
    if m.format != FORMAT:
        raise IndexMismatchError(
            f"{src}: index format {m.format}, this partnerbot reads format {FORMAT}; run `partnerbot index build` "
            "with the same partnerbot version on every host"
        )
    if m.model_fingerprint != model_fingerprint:  # the Engine's message for the same mismatch
        why = (
            f"index was built with model '{m.model}' ({m.dimension} dims), but config.yaml asks for '{model_name}'"
            if m.model != model_name
            else f"index was built with '{m.model}' at another model.max_seq_length or with other model files"
        )
        raise IndexMismatchError(f"{src}: {why}; run `partnerbot index build`")


def fetch_shared(
    shared_dir: Path,
    index_dir: Path,
    model_name: str,
    model_fingerprint: str,
    refused: set | None = None,
    lock_timeout: float = 0.0,
) -> FetchResult:
    """Copy a newer build named in shared CURRENT into index_dir, verify it, publish it locally.

    `refused` remembers builds that failed the checks (by build id and the stamp of shared
    CURRENT), so a bad build is not copied again every poll; publishing it again retries.
    lock_timeout: how long to wait for a local build or another fetch holding the build lock.
    Never raises for a bad or unreachable shared build: the local build keeps serving.
    """
    shared_dir, index_dir = Path(shared_dir), Path(index_dir)
    try:
        name, stamp = read_current(shared_dir), pointer_stamp(shared_dir)
    except OSError as exc:
        return FetchResult("unreachable", None, str(shared_dir_error(shared_dir, exc, "read")))
    if name is None:
        return FetchResult("none", None, f"{shared_dir}: no build published yet")
    local = read_current(index_dir)
    keeping = f"still answering from build {local}" if local else "no local build yet"
    if name == local:
        return FetchResult("current", name, f"build {name} is live")
    key = (name, stamp)
    if refused is not None and key in refused:
        return FetchResult("refused", name, f"shared build {name} was refused before; {keeping}")
    src = shared_dir / "builds" / name
    try:
        shared_ns = integrity.read_record(src)["snapshot_ns"]  # small: read before copying the rest
        local_ns = integrity.snapshot_time(index_dir / "builds" / local) if local else None
        if local_ns is not None and shared_ns < local_ns:
            return FetchResult("local-newer", name, f"local build {local} read a newer corpus than shared {name}")
        with build_lock(index_dir, lock_timeout):
            if read_current(index_dir) == name:  # another process on this host fetched it meanwhile
                return FetchResult("current", name, f"build {name} is live")
            shutil.rmtree(index_dir / "builds" / name, ignore_errors=True)  # a leftover, never CURRENT
            tmp = new_build_dir(index_dir, name)
            published = False
            try:
                try:
                    shutil.copytree(src, tmp, ignore=_NOT_COPIED, dirs_exist_ok=True)
                except (OSError, shutil.Error) as exc:  # not remembered: the volume may be back next time
                    why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc.__class__.__name__
                    return FetchResult("unreachable", name, f"{src}: could not be copied ({why}); {keeping}")
                _check_copy(src, tmp, model_name, model_fingerprint)
                publish(index_dir, tmp, name, snapshot_ns=shared_ns, lock_timeout=lock_timeout)
                published = True
            finally:
                if not published:
                    shutil.rmtree(tmp, ignore_errors=True)
    except IndexBusyError:
        return FetchResult("busy", name, f"{index_dir}: a local build or fetch holds the build lock; fetching later")
    except StaleBuildError:
        return FetchResult("local-newer", name, f"a newer local build was published while {name} was copied")
    except (IndexMissingError, IndexMismatchError) as exc:  # damaged, half-copied, other model or format
        if refused is not None:
            refused.add(key)
        msg = f"shared build {name} refused: {exc}; {keeping}"
        _log.warning("%s", msg)
        return FetchResult("refused", name, msg)
    except OSError as exc:
        return FetchResult("unreachable", name, f"{src}: cannot be read ({exc.strerror or exc}); {keeping}")
    except PartnerbotError as exc:  # the local index_dir cannot be written
        return FetchResult("error", name, f"{exc}; {keeping}")
    _log.info("fetched build %s from %s", name, shared_dir)
    return FetchResult("fetched", name, f"fetched build {name} from {shared_dir}")
