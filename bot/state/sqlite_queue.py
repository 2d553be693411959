"""The durable job queue and the delivery dedupe in one SQLite file, shared by the worker processes of ONE host.

A listener writes its job (and the dedupe keys of the delivery) in ONE transaction before
its ack goes out, so an acked question is on disk, and a delivery that was never enqueued
was never marked seen (Slack's redelivery of it is accepted). A job is removed only when
its answer, or an apology, has been delivered.

Workers claim jobs with a lease, renewed while the job runs (so a long index rebuild is never
claimed a second time). A job whose lease expired, or whose owner process on this host is
gone (SIGKILL, crash), is claimed again by whichever worker looks next: at start-up and
every couple of seconds. A job that keeps failing is given up: moved to `failed_jobs`
(kept, with why) and removed from the queue.

Each post is recorded (`posts`, keyed by job id) right after Slack's ok, so a job resumed
after its worker died does not post what it already posted: only a post in flight at the
moment of the kill can reach Slack twice.

Acks never wait long on the queue: `enqueue` waits at most `ACK_WAIT` seconds for the write
lock (another process may hold it: a backup, a `sqlite3` shell, a stuck worker); past that the
job goes to the journal beside the queue (`<queue>.held-<pid>.jsonl`, see journal.py).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from .contract import HOST, Job, dead_local_owner
from .journal import JournalledEnqueue
from .sqlite_db import Db, describe_store_error, shown

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, payload TEXT NOT NULL, created REAL NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0, owner TEXT, lease_until REAL NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS jobs_lease ON jobs(lease_until, created);
CREATE INDEX IF NOT EXISTS seen_at ON seen(at);
CREATE TABLE IF NOT EXISTS posts (job_id TEXT NOT NULL, key TEXT NOT NULL, info TEXT NOT NULL, at REAL NOT NULL,
  PRIMARY KEY (job_id, key));
CREATE TABLE IF NOT EXISTS failed_jobs (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, payload TEXT NOT NULL, created REAL NOT NULL, attempts INTEGER NOT NULL,
  failed REAL NOT NULL, why TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS failed_jobs_failed ON failed_jobs(failed);
CREATE TABLE IF NOT EXISTS maintenance (name TEXT PRIMARY KEY, next_at REAL NOT NULL);
"""


def _busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


class SqliteJobQueue(JournalledEnqueue, Db):
    setting = "slack.queue_db"

    def __init__(self, path: Path, dedupe_ttl: float = 3600.0):
        super().__init__(path, _SCHEMA)
        self.dedupe_ttl = dedupe_ttl
        self._init_journal(self.path.parent, self.path.name)

    def _unavailable(self, exc: BaseException) -> bool:
        return _busy(exc)

    def _insert(self, item: dict, wait: float) -> str | None:
        keys, now = item["keys"], time.time()
        c = self.conn()
        c.execute(f"PRAGMA busy_timeout={int(wait * 1000)}")
        try:
            c.execute("BEGIN IMMEDIATE")
        finally:
            c.execute(f"PRAGMA busy_timeout={self.busy_ms}")
        try:
            if keys:
                q = f"SELECT 1 FROM seen WHERE key IN ({','.join('?' * len(keys))}) AND at >= ? LIMIT 1"
                if c.execute(q, [*keys, now - self.dedupe_ttl]).fetchone():
                    c.execute("COMMIT")
                    return None
                c.executemany("INSERT OR REPLACE INTO seen VALUES (?, ?)", [(k, now) for k in keys])
            # OR IGNORE: a journal replayed after a crash may hold a job already moved into the queue
            c.execute(
                "INSERT OR IGNORE INTO jobs (id, kind, payload, created) VALUES (?,?,?,?)",
                (item["id"], item["kind"], json.dumps(item["payload"]), item["created"]),
            )
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return item["id"]

    # -- workers ------------------------------------------------------------------------------------------------
    def claim(self, owner: str, lease: float) -> Job | None:
        """The oldest job nobody holds, leased to `owner`; None if there is none."""
        now = time.time()
        c = self.conn()
        c.execute("BEGIN IMMEDIATE")
        try:
            row = c.execute(
                "SELECT id, kind, payload, created, attempts FROM jobs WHERE lease_until < ? ORDER BY created LIMIT 1",
                (now,),
            ).fetchone()
            if row is not None:
                c.execute(
                    "UPDATE jobs SET owner=?, lease_until=?, attempts=attempts+1 WHERE id=?",
                    (owner, now + lease, row[0]),
                )
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        if row is None:
            return None
        return Job(row[0], row[1], json.loads(row[2]), row[3], row[4] + 1)

    def extend(self, owner: str, job_ids: list[str], lease: float) -> int:
        """Renew `owner`'s lease on jobs it is still running (a long build must not be claimed again)."""
        if not job_ids:
            return 0
        q = f"UPDATE jobs SET lease_until=? WHERE owner=? AND id IN ({','.join('?' * len(job_ids))})"
        return self.conn().execute(q, (time.time() + lease, owner, *job_ids)).rowcount

    def save(self, job: Job) -> None:
        """Persist progress (e.g. the rendered answer) so a re-run does not redo it."""
        self.conn().execute("UPDATE jobs SET payload=? WHERE id=?", (json.dumps(job.payload), job.id))

    def retry_later(self, job_id: str, delay: float, counted: bool = True) -> None:
        """Free the job for a run `delay` s from now; `counted=False`: this run was no failure (it waited)."""
        self.conn().execute(
            "UPDATE jobs SET owner=NULL, lease_until=?, attempts=attempts-? WHERE id=?",
            (time.time() + delay, 0 if counted else 1, job_id),
        )

    def done(self, job_id: str) -> None:
        c = self.conn()
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("DELETE FROM jobs WHERE id=?", (job_id,))
            c.execute("DELETE FROM posts WHERE job_id=?", (job_id,))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    # -- post once ------------------------------------------------------------------------------------------------
    def record_post(self, job_id: str, key: str, info: dict) -> None:
        """Slack took this post of the job (right after its ok): a resumed run must not post it again."""
        self.conn().execute(
            "INSERT OR REPLACE INTO posts VALUES (?,?,?,?)", (job_id, key, json.dumps(info), time.time())
        )

    def posted(self, job_id: str, key: str) -> dict | None:
        """What Slack answered to the job's earlier post under `key`, or None if it was never posted."""
        row = self.conn().execute("SELECT info FROM posts WHERE job_id=? AND key=?", (job_id, key)).fetchone()
        return json.loads(row[0]) if row else None

    # -- giving up ------------------------------------------------------------------------------------------------
    def bury(self, job: Job, why: str) -> None:
        """Remove a job that cannot be done, keeping it (payload included) in failed_jobs, in one transaction."""
        c = self.conn()
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute(
                "INSERT OR REPLACE INTO failed_jobs VALUES (?,?,?,?,?,?,?)",
                (job.id, job.kind, json.dumps(job.payload), job.created, job.attempts, time.time(), why),
            )
            c.execute("DELETE FROM jobs WHERE id=?", (job.id,))
            c.execute("DELETE FROM posts WHERE job_id=?", (job.id,))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def failed(self) -> list[dict]:
        rows = self.conn().execute("SELECT id, kind, payload, attempts, why FROM failed_jobs ORDER BY failed")
        return [{"id": r[0], "kind": r[1], "payload": json.loads(r[2]), "attempts": r[3], "why": r[4]} for r in rows]

    def release_orphans(self, me: str) -> int:
        """Free the jobs leased by processes of this host that no longer exist; returns how many."""
        now = time.time()
        owners = [
            r[0]
            for r in self.conn().execute(
                "SELECT DISTINCT owner FROM jobs WHERE lease_until >= ? AND owner LIKE ?", (now, HOST + ":%")
            )
        ]
        freed = 0
        for owner in owners:
            if dead_local_owner(owner, me):
                freed += (
                    self.conn().execute("UPDATE jobs SET owner=NULL, lease_until=0 WHERE owner=?", (owner,)).rowcount
                )
        return freed

    def purge_seen(self) -> int:
        return self.conn().execute("DELETE FROM seen WHERE at < ?", (time.time() - self.dedupe_ttl,)).rowcount

    def purge_failed(self, retention: float) -> int:
        return self.conn().execute("DELETE FROM failed_jobs WHERE failed < ?", (time.time() - retention,)).rowcount

    def claim_maintenance(self, name: str, every: float) -> bool:
        """True for one caller per `every` s across the processes sharing the file (a conditional UPDATE)."""
        c, now = self.conn(), time.time()
        c.execute("INSERT OR IGNORE INTO maintenance VALUES (?, 0)", (name,))
        q = "UPDATE maintenance SET next_at=? WHERE name=? AND next_at <= ?"
        return c.execute(q, (now + every, name, now)).rowcount == 1

    def listen(self, on_job: Callable[[], None]) -> None:
        """None: the processes sharing a SQLite file see new jobs at their next poll (about a second)."""
        return None

    def pending(self) -> int:
        return self.conn().execute("SELECT COUNT(*) FROM jobs").fetchone()[0]

    def ids(self) -> list[str]:
        return [r[0] for r in self.conn().execute("SELECT id FROM jobs ORDER BY created")]

    def health(self) -> str | None:
        """None if the queue file can be read as a queue right now (a fresh connection); else why not.

        The file's header is read first: pages still in the WAL would hide a file overwritten under us.
        """
        where = f"{self.setting} {shown(self.path)}"
        try:
            with open(self.path, "rb") as f:
                head = f.read(16)
        except FileNotFoundError:
            return f"{where} was removed while the bot runs: restart the bot (it creates a new queue)"
        except OSError as exc:
            return describe_store_error(self.setting, self.path, exc)
        if head and head != b"SQLite format 3\x00":
            return f"{where} is not a SQLite database (overwritten while the bot runs?): move it aside and restart"
        try:
            c = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=1.0)
            try:
                check = c.execute("PRAGMA quick_check(1)").fetchone()[0]
                if check != "ok":
                    return f"{self.setting} {self.path} is damaged ({check})"
                c.execute("SELECT COUNT(*) FROM jobs").fetchone()
            finally:
                c.close()
        except sqlite3.Error as exc:
            return describe_store_error(self.setting, self.path, exc)
        return None
