"""The PostgreSQL schema as numbered migrations, applied at start under an advisory lock.

Each migration runs once, in order, in the same transaction that records it in `schema_version`.
That transaction first takes `pg_advisory_xact_lock(MIGRATION_LOCK)`, so replicas starting together
apply each migration once: the others wait, then see it recorded. Append new migrations; never edit one
that has shipped.
"""

from __future__ import annotations

import time

import psycopg

from .errors import StoreError

MIGRATION_LOCK = 7_231_580_160_016  # any constant; the same in every partnerbot

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
CREATE TABLE jobs (
  id text PRIMARY KEY, kind text NOT NULL, payload text NOT NULL, created double precision NOT NULL,
  attempts integer NOT NULL DEFAULT 0, owner text, lease_until double precision NOT NULL DEFAULT 0);
CREATE INDEX jobs_lease ON jobs (lease_until, created);
CREATE INDEX jobs_created ON jobs (created);
CREATE TABLE seen (key text PRIMARY KEY, expires double precision NOT NULL);
CREATE INDEX seen_expires ON seen (expires);
CREATE TABLE posts (
  job_id text NOT NULL, key text NOT NULL, info text NOT NULL, at double precision NOT NULL,
  PRIMARY KEY (job_id, key));
CREATE TABLE failed_jobs (
  id text PRIMARY KEY, kind text NOT NULL, payload text NOT NULL, created double precision NOT NULL,
  attempts integer NOT NULL, failed double precision NOT NULL, why text NOT NULL);
CREATE INDEX failed_jobs_failed ON failed_jobs (failed);
CREATE TABLE maintenance (name text PRIMARY KEY, next_at double precision NOT NULL);
CREATE TABLE answers (
  id text PRIMARY KEY, at double precision NOT NULL, surface text, channel text, user_id text, level text,
  question text NOT NULL, answered integer NOT NULL, doc_ids text NOT NULL, payload text NOT NULL,
  shared_at double precision);
CREATE INDEX answers_at ON answers (at);
CREATE INDEX answers_user ON answers (user_id, at);
CREATE TABLE threads (
  channel text NOT NULL, thread_ts text NOT NULL, question text NOT NULL, at double precision NOT NULL DEFAULT 0,
  user_id text, PRIMARY KEY (channel, thread_ts));
CREATE TABLE votes (
  answer_id text NOT NULL, user_id text NOT NULL, channel text, vote integer NOT NULL, at double precision NOT NULL,
  question text NOT NULL, doc_ids text NOT NULL, PRIMARY KEY (answer_id, user_id));
CREATE TABLE vote_comments (
  answer_id text NOT NULL, user_id text NOT NULL, comment text NOT NULL, at double precision NOT NULL,
  PRIMARY KEY (answer_id, user_id));
CREATE TABLE assistant_threads (
  channel text NOT NULL, thread_ts text NOT NULL, user_id text, context text, titled integer NOT NULL DEFAULT 0,
  at double precision NOT NULL, PRIMARY KEY (channel, thread_ts));
CREATE TABLE rebuilds (
  id text PRIMARY KEY, user_id text, started double precision NOT NULL, finished double precision, ok integer,
  summary text);
""",
    ),
]
LATEST = MIGRATIONS[-1][0]


def migrate(conn: psycopg.Connection) -> list[int]:
    """Apply the migrations this database lacks, in one transaction under the advisory lock; returns them."""
    applied = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied double precision NOT NULL)"
        )
        current = conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
        if current > LATEST:
            raise StoreError(
                f"the state database has schema version {current}, newer than this partnerbot knows ({LATEST}): "
                "upgrade partnerbot on this host"
            )
        for version, sql in MIGRATIONS:
            if version > current:
                conn.execute(sql)
                conn.execute("INSERT INTO schema_version VALUES (%s, %s)", (version, time.time()))
                applied.append(version)
    return applied
