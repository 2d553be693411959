"""One index builder at a time: an fcntl lock file in index_dir.

A second `partnerbot index build` waits (saying so) for the first to finish and then
reads the corpus itself, so builds publish in the order they read the corpus. The lock
is re-entrant within a thread, so `build_index` can hold it around reading the corpus
while `publish` takes it again around the swap of CURRENT.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from pathlib import Path

from index.errors import IndexBusyError, PartnerbotError

LOCK_NAME = ".build.lock"
_local = threading.local()


def _held() -> dict[str, int]:
    if not hasattr(_local, "held"):
        _local.held = {}
    return _local.held


def writable_dir_error(path: Path, exc: OSError) -> PartnerbotError:
    return PartnerbotError(
        f"{path}: cannot write the index directory ({exc.strerror or exc}); make it writable "
        "or set index_dir in config.yaml"
    )


@contextlib.contextmanager
def build_lock(index_dir: Path, timeout: float = 600.0, on_wait=None):
    """Hold the build lock of index_dir; wait up to `timeout` seconds for another builder."""
    index_dir = Path(index_dir)
    key = str(index_dir.resolve())
    held = _held()
    if held.get(key):
        held[key] += 1
        try:
            yield
        finally:
            held[key] -= 1
        return
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(index_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise writable_dir_error(index_dir, exc) from None
    try:
        _acquire(fd, index_dir, timeout, on_wait)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        held[key] = 1
        try:
            yield
        finally:
            held.pop(key, None)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, index_dir: Path, timeout: float, on_wait) -> None:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        pass
    holder = _holder(fd)
    if on_wait:
        on_wait(
            f"another index build{holder} is running in {index_dir}; waiting for it to finish (up to {timeout:.0f}s)"
        )
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise IndexBusyError(
                    f"{index_dir}: another index build{holder} has been running for longer than "
                    f"{timeout:.0f}s; let it finish, or stop it, and build again"
                ) from None
            time.sleep(0.1)


def _holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode().strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""
