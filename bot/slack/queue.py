"""The durable answer queue and the delivery dedupe, in one SQLite file shared by every worker process.

A listener writes its job (and the dedupe keys of the delivery) in ONE transaction before
its ack goes out, so an acked question is on disk, and a delivery that was never enqueued
was never marked seen (Slack's redelivery of it is accepted). A job is removed only when
its answer, or an apology, has been delivered.

Workers claim jobs with a lease, renewed while the job runs (so a long index rebuild is never
claimed a second time). A job whose lease expired, or whose owner process on this host is
gone (SIGKILL, crash), is claimed again by whichever worker looks next: at start-up and
every couple of seconds. Delivery is at least once: a worker killed between posting
and deleting the job posts again after recovery.
"""

from __future__ import annotations

import json
import os
import socket
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from .stores import Db

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, payload TEXT NOT NULL, created REAL NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0, owner TEXT, lease_until REAL NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS jobs_lease ON jobs(lease_until, created);
CREATE INDEX IF NOT EXISTS seen_at ON seen(at);
"""
HOST = socket.gethostname()


@dataclass
class Job:
    id: str
    kind: str
    payload: dict
    created: float
    attempts: int = 0
    extra: dict = field(default_factory=dict)


def owner_token() -> str:
    """host:pid:nonce: a restarted process never mistakes its predecessor's jobs for its own."""
    return f"{HOST}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class JobQueue(Db):
    def __init__(self, path: Path, dedupe_ttl: float = 3600.0):
        super().__init__(path, _SCHEMA)
        self.dedupe_ttl = dedupe_ttl

    def enqueue(self, kind: str, payload: dict, keys: list[str] | tuple[str, ...] = ()) -> str | None:
        """Store a job durably; None (and nothing stored) if any dedupe key was seen within the TTL."""
        keys = [k for k in keys if k]
        now = time.time()
        job_id = uuid.uuid4().hex[:16]
        c = self.conn()
        c.execute("BEGIN IMMEDIATE")
        try:
            if keys:
                q = f"SELECT 1 FROM seen WHERE key IN ({','.join('?' * len(keys))}) AND at >= ? LIMIT 1"
                if c.execute(q, [*keys, now - self.dedupe_ttl]).fetchone():
                    c.execute("COMMIT")
                    return None
                c.executemany("INSERT OR REPLACE INTO seen VALUES (?, ?)", [(k, now) for k in keys])
            c.execute("INSERT INTO jobs (id, kind, payload, created) VALUES (?,?,?,?)",
                      (job_id, kind, json.dumps(payload), now))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return job_id

    def claim(self, owner: str, lease: float) -> Job | None:
        """The oldest job nobody holds, leased to `owner`; None if there is none."""
        now = time.time()
        c = self.conn()
        c.execute("BEGIN IMMEDIATE")
        try:
            row = c.execute("SELECT id, kind, payload, created, attempts FROM jobs WHERE lease_until < ? "
                            "ORDER BY created LIMIT 1", (now,)).fetchone()
            if row is not None:
                c.execute("UPDATE jobs SET owner=?, lease_until=?, attempts=attempts+1 WHERE id=?",
                          (owner, now + lease, row[0]))
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

    def retry_later(self, job_id: str, delay: float) -> None:
        self.conn().execute("UPDATE jobs SET owner=NULL, lease_until=? WHERE id=?", (time.time() + delay, job_id))

    def done(self, job_id: str) -> None:
        self.conn().execute("DELETE FROM jobs WHERE id=?", (job_id,))

    def release_orphans(self, me: str) -> int:
        """Free the jobs leased by processes of this host that no longer exist; returns how many."""
        now = time.time()
        owners = [r[0] for r in self.conn().execute(
            "SELECT DISTINCT owner FROM jobs WHERE lease_until >= ? AND owner LIKE ?", (now, HOST + ":%"))]
        freed = 0
        for owner in owners:
            try:
                _, pid, _ = owner.rsplit(":", 2)
                dead = owner != me and (int(pid) == os.getpid() or not _pid_alive(int(pid)))
            except ValueError:
                dead = False
            if dead:
                freed += self.conn().execute("UPDATE jobs SET owner=NULL, lease_until=0 WHERE owner=?",
                                             (owner,)).rowcount
        return freed

    def purge_seen(self) -> None:
        self.conn().execute("DELETE FROM seen WHERE at < ?", (time.time() - self.dedupe_ttl,))

    def pending(self) -> int:
        return self.conn().execute("SELECT COUNT(*) FROM jobs").fetchone()[0]

    def ids(self) -> list[str]:
        return [r[0] for r in self.conn().execute("SELECT id FROM jobs ORDER BY created")]
