"""The PostgreSQL connection shared by the queue and the answer store: a pool, the start-up check, one-line errors.

At start one direct connection checks the URL (so a refused login or a missing database is named
exactly) and applies the migrations; the pool then opens in the background. Connections run in
autocommit mode; a store method that needs several statements opens a transaction itself.
"""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg_pool import ConnectionPool

from .errors import StoreError
from .migrations import migrate

# Seconds since the epoch on the database's clock: leases, dedupe expiry and maintenance slots use it,
# so replicas whose clocks differ still agree on who holds what.
NOW = "extract(epoch from clock_timestamp())::double precision"
CONNECT_TIMEOUT = 3  # seconds to open one connection (libpq's minimum that counts is 2)


def masked(url: str) -> str:
    """The URL as it may be shown: any password replaced by ***."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        user = parts.username or ""
        netloc = f"{user}:***@{netloc.rsplit('@', 1)[1]}"
    query = re.sub(r"(?i)(password=)[^&]*", r"\1***", parts.query)
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def state_setting() -> str:
    """The setting to name in messages: state.url, and the environment variable when it overrides it."""
    from bot.config import STATE_URL_ENV

    return f"state.url (from {STATE_URL_ENV})" if os.environ.get(STATE_URL_ENV, "").strip() else "state.url"


def describe_pg_error(setting: str, where: str, exc: BaseException) -> str:
    """One line for a PostgreSQL error: the setting, the masked URL, what is wrong, what to do."""
    msg = " ".join(str(exc).split()) or exc.__class__.__name__
    msg = msg.replace("connection failed: ", "")[:300]
    low = msg.lower()
    head = f"{setting} {where}"
    if "database" in low and "does not exist" in low:
        return f"{head}: the database does not exist ({msg}): create it (createdb) or name an existing one"
    if "authentication failed" in low or "no password supplied" in low or ("role" in low and "does not exist" in low):
        return f"{head}: PostgreSQL refused the login ({msg}): check the user and password in the URL"
    if any(
        s in low
        for s in (
            "connection refused",
            "could not translate host",
            "timeout",
            "timed out",
            "no such file",
            "closed",
            "couldn't get a connection",
        )
    ):
        return f"{head}: cannot reach PostgreSQL ({msg}): start it, or fix the host and port in the URL"
    if "permission denied" in low:
        return f"{head}: the user may not use the schema ({msg}): grant it CREATE and USAGE, or use another user"
    return f"{head} cannot be used ({exc.__class__.__name__}: {msg}): check the server and the URL"


class PgDatabase:
    """One PostgreSQL database for all Slack state: migrated at start, then used through a pool."""

    def __init__(self, url: str, max_size: int = 10, setting: str | None = None):
        self.url = url
        self.where = masked(url)
        self.setting = setting or state_setting()
        try:
            with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT, autocommit=True) as conn:
                migrate(conn)
        except psycopg.Error as exc:
            raise StoreError(self.describe(exc)) from None
        self.pool = ConnectionPool(
            url,
            min_size=min(4, max_size),  # opened in the background at start: the first burst does not wait for them
            max_size=max_size,
            kwargs={"autocommit": True, "connect_timeout": CONNECT_TIMEOUT},
            check=ConnectionPool.check_connection,  # a connection broken by a server restart is replaced
            timeout=30.0,
            name="partnerbot-state",
            open=False,
        )
        self.pool.open(wait=False)
        self._closed = False

    def describe(self, exc: BaseException) -> str:
        return describe_pg_error(self.setting, self.where, exc)

    def health(self) -> str | None:
        """None if a connection can be had and the queue table read within about 2 s; else why not."""
        try:
            with self.pool.connection(timeout=2.0) as c:
                c.execute("SELECT set_config('statement_timeout', '2000', false)")
                c.execute("SELECT count(*) FROM (SELECT 1 FROM jobs LIMIT 1) j").fetchone()
                c.execute("SELECT set_config('statement_timeout', '0', false)")
        except psycopg.Error as exc:
            return self.describe(exc)
        return None

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.pool.close()
