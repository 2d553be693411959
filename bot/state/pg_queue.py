"""The durable job queue in PostgreSQL, shared by every replica on every host.

Same semantics as the SQLite queue (contract.JobQueue), with these mechanics:
- a job and its dedupe keys are written in one transaction, which also does `NOTIFY partnerbot_jobs`
  (delivered at commit), so an idle worker on any host starts within milliseconds (pg_listen.py);
- dedupe keys are rows with an expiry; a key still live makes the whole enqueue roll back (a duplicate);
- jobs are claimed with `SELECT ... FOR UPDATE SKIP LOCKED`: concurrent workers never wait on, nor
  get, the same job; a lease is a time on the row, renewed by its worker every lease/3;
- a dead host's jobs come back when their lease expires (no renewal); a dead process of THIS host
  is noticed at once (its pid), as on SQLite;
- `enqueue` waits at most ACK_WAIT s for a connection and its statements; past that (server down,
  network gone) the job goes to this host's journal (journal.py) and is moved in when PostgreSQL is back.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import psycopg

from .contract import HOST, Job, dead_local_owner
from .journal import JournalledEnqueue
from .pg import NOW, PgDatabase
from .pg_listen import CHANNEL, JobListener


class PgJobQueue(JournalledEnqueue):
    def __init__(self, db: PgDatabase, journal_dir: Path, dedupe_ttl: float = 3600.0):
        self.db, self.dedupe_ttl = db, dedupe_ttl
        self.setting = db.setting
        self._init_journal(journal_dir, "postgresql-queue")

    @property
    def where(self) -> str:
        return self.db.where

    def describe_error(self, exc: BaseException) -> str:
        return self.db.describe(exc)

    def _unavailable(self, exc: BaseException) -> bool:
        # OperationalError covers a refused or broken connection, the pool's timeout and statement timeouts
        return isinstance(exc, psycopg.OperationalError)

    def _insert(self, item: dict, wait: float) -> str | None:
        keys = list(dict.fromkeys(k.replace("\x00", "\\0") for k in item["keys"]))  # text holds no NUL
        try:
            with self.db.pool.connection(timeout=wait) as c, c.transaction():
                c.execute("SELECT set_config('statement_timeout', %s, true)", (str(int(wait * 1000)),))
                if keys:
                    # a key whose row is still live is not returned: this delivery is a duplicate
                    fresh = c.execute(
                        f"INSERT INTO seen (key, expires) SELECT k, {NOW} + %s FROM unnest(%s::text[]) AS k "
                        f"ON CONFLICT (key) DO UPDATE SET expires = EXCLUDED.expires WHERE seen.expires <= {NOW} "
                        "RETURNING key",
                        (self.dedupe_ttl, keys),
                    ).fetchall()
                    if len(fresh) < len(keys):
                        raise _Duplicate  # rolls the transaction back: nothing stored, no key touched
                # ON CONFLICT DO NOTHING: a journal replayed after a crash may hold a job already moved in
                c.execute(
                    "INSERT INTO jobs (id, kind, payload, created) VALUES (%s, %s, %s, %s) ON CONFLICT (id) DO NOTHING",
                    (item["id"], item["kind"], json.dumps(item["payload"]), item["created"]),
                )
                c.execute(f"NOTIFY {CHANNEL}")  # delivered at commit, to every listening replica
        except _Duplicate:
            return None
        return item["id"]

    # -- workers --------------------------------------------------------------------------------------------------
    def claim(self, owner: str, lease: float) -> Job | None:
        with self.db.pool.connection() as c:
            row = c.execute(
                f"UPDATE jobs SET owner = %s, lease_until = {NOW} + %s, attempts = attempts + 1 "
                f"WHERE id = (SELECT id FROM jobs WHERE lease_until < {NOW} ORDER BY created LIMIT 1 "
                "FOR UPDATE SKIP LOCKED) RETURNING id, kind, payload, created, attempts",
                (owner, lease),
            ).fetchone()
        if row is None:
            return None
        return Job(row[0], row[1], json.loads(row[2]), row[3], row[4])

    def extend(self, owner: str, job_ids: list[str], lease: float) -> int:
        if not job_ids:
            return 0
        with self.db.pool.connection() as c:
            cur = c.execute(
                f"UPDATE jobs SET lease_until = {NOW} + %s WHERE owner = %s AND id = ANY(%s)",
                (lease, owner, list(job_ids)),
            )
            return cur.rowcount

    def save(self, job: Job) -> None:
        with self.db.pool.connection() as c:
            c.execute("UPDATE jobs SET payload = %s WHERE id = %s", (json.dumps(job.payload), job.id))

    def retry_later(self, job_id: str, delay: float, counted: bool = True) -> None:
        with self.db.pool.connection() as c:
            c.execute(
                f"UPDATE jobs SET owner = NULL, lease_until = {NOW} + %s, attempts = attempts - %s WHERE id = %s",
                (delay, 0 if counted else 1, job_id),
            )

    def done(self, job_id: str) -> None:
        with self.db.pool.connection() as c, c.transaction():
            c.execute("DELETE FROM jobs WHERE id = %s", (job_id,))
            c.execute("DELETE FROM posts WHERE job_id = %s", (job_id,))

    # -- post once ------------------------------------------------------------------------------------------------
    def record_post(self, job_id: str, key: str, info: dict) -> None:
        with self.db.pool.connection() as c:
            c.execute(
                "INSERT INTO posts VALUES (%s, %s, %s, %s) ON CONFLICT (job_id, key) "
                "DO UPDATE SET info = EXCLUDED.info, at = EXCLUDED.at",
                (job_id, key, json.dumps(info), time.time()),
            )

    def posted(self, job_id: str, key: str) -> dict | None:
        with self.db.pool.connection() as c:
            row = c.execute("SELECT info FROM posts WHERE job_id = %s AND key = %s", (job_id, key)).fetchone()
        return json.loads(row[0]) if row else None

    # -- giving up ------------------------------------------------------------------------------------------------
    def bury(self, job: Job, why: str) -> None:
        with self.db.pool.connection() as c, c.transaction():
            c.execute(
                f"INSERT INTO failed_jobs VALUES (%s, %s, %s, %s, %s, {NOW}, %s) ON CONFLICT (id) DO UPDATE SET "
                "kind = EXCLUDED.kind, payload = EXCLUDED.payload, created = EXCLUDED.created, "
                "attempts = EXCLUDED.attempts, failed = EXCLUDED.failed, why = EXCLUDED.why",
                (job.id, job.kind, json.dumps(job.payload), job.created, job.attempts, why.replace("\x00", "")),
            )
            c.execute("DELETE FROM jobs WHERE id = %s", (job.id,))
            c.execute("DELETE FROM posts WHERE job_id = %s", (job.id,))

    def failed(self) -> list[dict]:
        with self.db.pool.connection() as c:
            rows = c.execute("SELECT id, kind, payload, attempts, why FROM failed_jobs ORDER BY failed").fetchall()
        return [{"id": r[0], "kind": r[1], "payload": json.loads(r[2]), "attempts": r[3], "why": r[4]} for r in rows]

    def release_orphans(self, me: str) -> int:
        """Free at once the jobs of dead processes of this host; other hosts' jobs wait for their lease."""
        with self.db.pool.connection() as c:
            owners = [
                r[0]
                for r in c.execute(
                    f"SELECT DISTINCT owner FROM jobs WHERE lease_until >= {NOW} AND owner LIKE %s",
                    (HOST.replace("%", r"\%").replace("_", r"\_") + ":%",),
                )
            ]
            freed = 0
            for owner in owners:
                if dead_local_owner(owner, me):
                    freed += c.execute(
                        "UPDATE jobs SET owner = NULL, lease_until = 0 WHERE owner = %s", (owner,)
                    ).rowcount
        if freed:
            self._notify()
        return freed

    def _notify(self) -> None:
        with self.db.pool.connection() as c:
            c.execute(f"NOTIFY {CHANNEL}")

    # -- housekeeping ---------------------------------------------------------------------------------------------
    def purge_seen(self) -> int:
        with self.db.pool.connection() as c:
            return c.execute(f"DELETE FROM seen WHERE expires <= {NOW}").rowcount

    def purge_failed(self, retention: float) -> int:
        with self.db.pool.connection() as c:
            return c.execute(f"DELETE FROM failed_jobs WHERE failed < {NOW} - %s", (retention,)).rowcount

    def claim_maintenance(self, name: str, every: float) -> bool:
        """True for one caller per `every` s across all replicas: a conditional UPDATE of the task's row
        (a concurrent UPDATE waits for the row, then sees the new next_at and changes nothing)."""
        with self.db.pool.connection() as c:
            c.execute("INSERT INTO maintenance VALUES (%s, 0) ON CONFLICT (name) DO NOTHING", (name,))
            cur = c.execute(
                f"UPDATE maintenance SET next_at = {NOW} + %s WHERE name = %s AND next_at <= {NOW}", (every, name)
            )
            return cur.rowcount == 1

    def pending(self) -> int:
        with self.db.pool.connection() as c:
            return c.execute("SELECT count(*) FROM jobs").fetchone()[0]

    def ids(self) -> list[str]:
        with self.db.pool.connection() as c:
            return [r[0] for r in c.execute("SELECT id FROM jobs ORDER BY created")]

    def health(self) -> str | None:
        return self.db.health()

    def listen(self, on_job: Callable[[], None]) -> JobListener:
        return JobListener(self.db.url, on_job).start()

    def close(self) -> None:
        self.db.close()


class _Duplicate(Exception):
    """A dedupe key of the delivery is still live: the transaction rolls back, nothing is stored."""
