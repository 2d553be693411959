"""The SQLite base of both embedded stores: one connection per thread, WAL, a busy timeout, one-line errors.

SQLite in WAL mode with a busy timeout is safe across processes on ONE host (never on a network share).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from .errors import StoreError


def shown(path: Path) -> str:
    """The path as the user would type it: relative to the working directory when it is under it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def describe_store_error(setting: str, path: Path, exc: BaseException) -> str:
    """One line for a SQLite or OS error on a store file: which file, what is wrong, what to do."""
    where = f"{setting} {shown(path)}"
    msg = str(exc)
    if isinstance(exc, sqlite3.DatabaseError) and ("not a database" in msg or "malformed" in msg):
        return f"{where} is not a SQLite database ({msg}): move it aside and restart (a new one is created)"
    if isinstance(exc, PermissionError) or "readonly" in msg or "read-only" in msg or "unable to open" in msg:
        return (
            f"{where} cannot be written ({exc.strerror if isinstance(exc, OSError) else msg}): make "
            f"{shown(Path(path).parent)} writable, or set {setting} in config.yaml to a writable place"
        )
    if "locked" in msg or "busy" in msg:
        return f"{where} is locked by another process ({msg}): stop the process holding it (a sqlite3 shell?)"
    what = exc.strerror if isinstance(exc, OSError) and exc.strerror else msg
    return f"{where} cannot be used ({exc.__class__.__name__}: {what}): check the file, or move it aside and restart"


class Db:
    """A store in one SQLite file: `setting` names its config key in every message about it."""

    setting = "slack store"  # the config key naming this file, for messages
    busy_ms = 30000  # how long a statement waits for another process's write lock

    def __init__(self, path: Path, schema: str):
        self.path = Path(path)
        self._local = threading.local()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not os.access(self.path.parent, os.W_OK | os.X_OK):  # WAL needs its -wal and -shm files beside it
                raise PermissionError(13, "the directory is read-only", str(self.path.parent))
            self.conn().executescript(schema)
        except (sqlite3.Error, OSError) as exc:
            self._local.conn = None
            raise StoreError(describe_store_error(self.setting, self.path, exc)) from None

    def conn(self) -> sqlite3.Connection:
        c = getattr(self._local, "conn", None)
        if c is None:
            c = sqlite3.connect(str(self.path), timeout=self.busy_ms / 1000, isolation_level=None)
            c.execute("PRAGMA journal_mode=WAL")
            c.execute(f"PRAGMA busy_timeout={self.busy_ms}")
            c.execute("PRAGMA synchronous=NORMAL")  # WAL: a commit survives the process being killed
            self._local.conn = c
        return c

    @property
    def where(self) -> str:
        """Where the store lives, for messages."""
        return str(self.path)

    def describe_error(self, exc: BaseException) -> str:
        return describe_store_error(self.setting, self.path, exc)

    def close(self) -> None:
        """Close this thread's connection (e.g. in gunicorn's master before it forks the workers)."""
        c, self._local.conn = getattr(self._local, "conn", None), None
        if c is not None:
            c.close()

    def add_column(self, table: str, column: str, decl: str) -> None:
        """Upgrade a store written by an older version in place."""
        c = self.conn()
        if column not in {r[1] for r in c.execute(f"PRAGMA table_info({table})")}:
            try:
                c.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
            except sqlite3.OperationalError as exc:  # another process added it first
                if "duplicate column" not in str(exc):
                    raise
