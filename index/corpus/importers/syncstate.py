"""What `corpus sync` remembers between runs: cache_dir/sync-state.json.

Per URL the validators of its last 200 (ETag, Last-Modified) and, for a feed or sitemap, the
links it held; per source the last sync's time and counts. Written to a temp file and renamed,
so a crash leaves the old state. A state file that cannot be read is started afresh (with a
warning): the worst case is one sync that sends unconditional requests.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import secrets
from pathlib import Path

from index.errors import PartnerbotError

STATE_NAME = "sync-state.json"
LOCK_NAME = "sync.lock"
VERSION = 1


def state_path(cache_dir: Path) -> Path:
    return Path(cache_dir) / STATE_NAME


def fresh() -> dict:
    return {"version": VERSION, "urls": {}, "sources": {}}


def load_state(path: Path) -> tuple[dict, str | None]:
    """(state, problem): a missing file is a fresh state; a damaged one too, with the problem named."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return fresh(), None
    except (OSError, ValueError) as exc:
        return fresh(), f"{path}: unreadable ({exc.__class__.__name__}); starting a fresh sync state"
    if (
        not isinstance(data, dict)
        or data.get("version") != VERSION
        or not isinstance(data.get("urls"), dict)
        or not isinstance(data.get("sources"), dict)
    ):
        return fresh(), f"{path}: not a sync state this version writes; starting a fresh one"
    return data, None


def save_state(path: Path, state: dict) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        with open(tmp, "x", encoding="utf-8") as f:
            json.dump(state, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


@contextlib.contextmanager
def sync_lock(cache_dir: Path):
    """One sync at a time per cache dir (a scheduled one in `serve` and one by hand would race)."""
    Path(cache_dir).mkdir(parents=True, exist_ok=True)
    fd = os.open(Path(cache_dir) / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PartnerbotError(
                f"another `partnerbot corpus sync` is running ({Path(cache_dir) / LOCK_NAME}); "
                "try again when it has finished"
            ) from None
        yield
    finally:
        os.close(fd)


def last_syncs(cache_dir: Path) -> dict[str, dict]:
    """Per source: {"at", "new", "skipped", "errors", "problem"} of its last sync (for status and Home)."""
    state, _ = load_state(state_path(cache_dir))
    return {k: v for k, v in state["sources"].items() if isinstance(v, dict)}
