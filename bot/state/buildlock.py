"""One index build at a time across hosts: a PostgreSQL session advisory lock.

With `state.url` on PostgreSQL every replica may build (`index build`, the Home tab's rebuild,
`corpus sync`), and each publishes to the shared index directory; the lock makes them take
turns, as the fcntl lock in index_dir does on one host (index/build/buildlock.py, still taken
inside). The lock lives on a dedicated connection held for the whole build: if the builder
dies, PostgreSQL drops the connection and the lock with it. With SQLite there is one host, and
the file lock alone is used.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
from urllib.parse import urlsplit

from index.errors import IndexBusyError, PartnerbotError

LOCK_KEY = 0x7061_7274_6E65_7262 & 0x7FFF_FFFF_FFFF_FFFF  # "partnerb": one key per database, any bigint
APP_PREFIX = "partnerbot index build"
POLL_SECONDS = 0.5


def where(url: str) -> str:
    """The database a URL points at, without user or password (for messages)."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"{host}{port}{parts.path or ''}"


def _connect(url: str):
    import psycopg

    name = f"{APP_PREFIX} by {socket.gethostname()} pid {os.getpid()}"[:63]
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10, application_name=name)
    except psycopg.Error as exc:
        why = " ".join(str(exc).split())[:160] or exc.__class__.__name__
        raise PartnerbotError(
            f"state.url ({where(url)}): cannot connect to PostgreSQL for the build lock ({why}); "
            "check state.url or PARTNERBOT_STATE_URL"
        ) from None


def _try(conn) -> bool:
    return bool(conn.execute("SELECT pg_try_advisory_lock(%s)", (LOCK_KEY,)).fetchone()[0])


def holder(conn) -> str:
    """Who holds the lock, as its connection named itself ("by HOST pid N"), or ""."""
    row = conn.execute(
        "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = %s AND l.objid::bigint = %s "
        "AND l.objsubid = 1",
        (LOCK_KEY >> 32, LOCK_KEY & 0xFFFF_FFFF),
    ).fetchone()
    name = row[0] if row else ""
    return " " + name[len(APP_PREFIX) :].strip() if name.startswith(APP_PREFIX) else ""


@contextlib.contextmanager
def pg_build_lock(url: str, timeout: float = 600.0, on_wait=None):
    """Hold the cluster-wide build lock; wait up to `timeout` s for a build on another host."""
    import psycopg

    conn = _connect(url)
    try:
        try:
            got = _try(conn)
            if not got:
                who = holder(conn)
                if on_wait:
                    on_wait(
                        f"another index build{who} holds the build lock in {where(url)}; "
                        f"waiting for it to finish (up to {timeout:.0f}s)"
                    )
                deadline = time.monotonic() + timeout
                while not (got := _try(conn)):
                    if time.monotonic() >= deadline:
                        raise IndexBusyError(
                            f"{where(url)}: another index build{who} has been running for longer than "
                            f"{timeout:.0f}s; let it finish, or stop it, and build again"
                        )
                    time.sleep(POLL_SECONDS)
        except psycopg.Error as exc:
            raise PartnerbotError(
                f"state.url ({where(url)}): the build lock failed ({exc.__class__.__name__}); "
                "check that PostgreSQL is up, then build again"
            ) from None
        yield
    finally:
        conn.close()  # ends the session: the advisory lock goes with it


@contextlib.contextmanager
def cluster_build_lock(state, timeout: float = 600.0, on_wait=None):
    """The PostgreSQL build lock when `state` (bot.config.StateConfig) is on PostgreSQL; nothing with SQLite."""
    url = state.effective_url()
    if url == "sqlite":
        yield
        return
    with pg_build_lock(url, timeout, on_wait):
        yield
