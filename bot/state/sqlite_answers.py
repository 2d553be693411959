"""The answer store in one SQLite file (answers given, the threads they opened, votes), shared by the
worker processes of one host.

Each thread opens its own connection (sqlite_db.Db). Answers and threads are kept `slack.retention_days`
and then deleted (their payload is the bulk of the file); votes, which are small, are kept for the report.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from .contract import DAY, REBUILD_STALE
from .errors import StoreError
from .report import group_feedback
from .sqlite_db import Db, describe_store_error

_ANSWERS = """
CREATE TABLE IF NOT EXISTS answers (
  id TEXT PRIMARY KEY, at REAL NOT NULL, surface TEXT, channel TEXT, user_id TEXT, level TEXT,
  question TEXT NOT NULL, answered INTEGER NOT NULL, doc_ids TEXT NOT NULL, payload TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS threads (
  channel TEXT NOT NULL, thread_ts TEXT NOT NULL, question TEXT NOT NULL, PRIMARY KEY (channel, thread_ts));
CREATE TABLE IF NOT EXISTS votes (
  answer_id TEXT NOT NULL, user_id TEXT NOT NULL, channel TEXT, vote INTEGER NOT NULL, at REAL NOT NULL,
  question TEXT NOT NULL, doc_ids TEXT NOT NULL, PRIMARY KEY (answer_id, user_id));
"""


class SqliteAnswerStore(Db):
    """Every answer given (for feedback, sharing and the report) and the threads it opened."""

    setting = "slack.feedback_db"

    def __init__(self, path: Path, retention_days: float = 30):
        super().__init__(path, _ANSWERS)
        try:
            self.add_column("answers", "shared_at", "REAL")
            self.add_column("threads", "at", "REAL NOT NULL DEFAULT 0")
            self.add_column("threads", "user_id", "TEXT")  # who asked: follow-ups in `asker` mode
            self.conn().executescript(_SURFACES)
            self.conn().execute("CREATE INDEX IF NOT EXISTS answers_at ON answers(at)")
        except sqlite3.Error as exc:
            raise StoreError(describe_store_error(self.setting, self.path, exc)) from None
        self.retention = retention_days * DAY

    def _cutoff(self) -> float:
        return time.time() - self.retention

    def purge(self) -> int:
        """Delete answers and threads older than the retention period; returns the answers deleted."""
        c = self.conn()
        n = c.execute("DELETE FROM answers WHERE at < ?", (self._cutoff(),)).rowcount
        c.execute("DELETE FROM threads WHERE at < ?", (self._cutoff(),))
        c.execute("DELETE FROM assistant_threads WHERE at < ?", (self._cutoff(),))
        return n

    def record(
        self,
        *,
        answer_id: str,
        surface: str,
        channel: str,
        user_id: str,
        level: str,
        question: str,
        answered: bool,
        doc_ids: list[str],
        payload: dict,
    ) -> str:
        """Store an answer under `answer_id` (a job re-run replaces its own earlier attempt)."""
        self.conn().execute(
            "INSERT OR REPLACE INTO answers (id, at, surface, channel, user_id, level, question, "
            "answered, doc_ids, payload) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                answer_id,
                time.time(),
                surface,
                channel,
                user_id,
                level,
                question,
                int(answered),
                json.dumps(doc_ids),
                json.dumps(payload, default=str),
            ),
        )
        return answer_id

    def get(self, answer_id: str) -> dict | None:
        """The stored answer, or None if unknown or past retention."""
        row = (
            self.conn()
            .execute(
                "SELECT id, channel, user_id, level, question, answered, doc_ids, payload, shared_at "
                "FROM answers WHERE id=? AND at >= ?",
                (answer_id, self._cutoff()),
            )
            .fetchone()
        )
        if row is None:
            return None
        keys = ["id", "channel", "user_id", "level", "question", "answered", "doc_ids", "payload", "shared_at"]
        d = dict(zip(keys, row, strict=True))
        d["doc_ids"] = json.loads(d["doc_ids"])
        d["payload"] = json.loads(d["payload"])
        return d

    def answer_channel(self, answer_id: str) -> str | None:
        """Where the answer was given (a primary-key read, cheap enough for a listener); None if unknown."""
        row = (
            self.conn()
            .execute("SELECT channel FROM answers WHERE id=? AND at >= ?", (answer_id, self._cutoff()))
            .fetchone()
        )
        return row[0] if row else None

    def claim_share(self, answer_id: str) -> bool:
        """True for the first Share of an answer only (a second click, from any process, gets False)."""
        return (
            self.conn()
            .execute("UPDATE answers SET shared_at=? WHERE id=? AND shared_at IS NULL", (time.time(), answer_id))
            .rowcount
            == 1
        )

    def unclaim_share(self, answer_id: str) -> None:
        self.conn().execute("UPDATE answers SET shared_at=NULL WHERE id=?", (answer_id,))

    def remember_thread(self, channel: str, thread_ts: str, question: str, user: str | None = None) -> None:
        self.conn().execute(
            "INSERT OR IGNORE INTO threads (channel, thread_ts, question, at, user_id) VALUES (?,?,?,?,?)",
            (channel, thread_ts, question, time.time(), user),
        )

    def set_topic(self, channel: str, user: str, question: str, at: float) -> None:
        self.conn().execute(
            "INSERT INTO threads (channel, thread_ts, question, at, user_id) VALUES (?,?,?,?,?) "
            "ON CONFLICT (channel, thread_ts) DO UPDATE SET question = excluded.question, at = excluded.at "
            "WHERE excluded.at > threads.at",
            (channel, f"topic:{user}", question, at, user),
        )

    def topic(self, channel: str, user: str, max_age: float, before: float) -> str | None:
        row = (
            self.conn()
            .execute(
                "SELECT question FROM threads WHERE channel=? AND thread_ts=? AND at < ? AND at >= ?",
                (channel, f"topic:{user}", before, before - max_age),
            )
            .fetchone()
        )
        return row[0] if row else None

    def thread_question(self, channel: str, thread_ts: str | None) -> str | None:
        if not thread_ts:
            return None
        row = (
            self.conn()
            .execute(
                "SELECT question FROM threads WHERE channel=? AND thread_ts=? AND at >= ?",
                (channel, thread_ts, self._cutoff()),
            )
            .fetchone()
        )
        return row[0] if row else None

    def vote(self, answer_id: str, user_id: str, channel: str | None, vote: int) -> str:
        """'ok', 'expired' (unknown or past retention) or 'elsewhere' (clicked in another conversation)."""
        a = self.get(answer_id)
        if a is None:
            return "expired"
        if a["channel"] != channel:
            return "elsewhere"
        self.conn().execute(
            "INSERT OR REPLACE INTO votes VALUES (?,?,?,?,?,?,?)",
            (answer_id, user_id, channel, vote, time.time(), a["question"], json.dumps(a["doc_ids"])),
        )
        return "ok"

    def votes(self) -> list[tuple]:
        return self.conn().execute("SELECT answer_id, user_id, channel, vote, question, doc_ids FROM votes").fetchall()

    # -- Slack surfaces: assistant threads, the Home tab, comments on votes, index rebuilds ----------------
    def thread_owner(self, channel: str, thread_ts: str | None) -> tuple[str, str | None] | None:
        """(first question, asker or None) of a thread the bot answered, within retention; None if unknown."""
        if not thread_ts:
            return None
        row = (
            self.conn()
            .execute(
                "SELECT question, user_id FROM threads WHERE channel=? AND thread_ts=? AND at >= ?",
                (channel, thread_ts, self._cutoff()),
            )
            .fetchone()
        )
        return (row[0], row[1]) if row else None

    def start_assistant_thread(self, channel: str, thread_ts: str, user: str, context: dict | None) -> None:
        self.conn().execute(
            "INSERT OR IGNORE INTO assistant_threads (channel, thread_ts, user_id, context, at) VALUES (?,?,?,?,?)",
            (channel, thread_ts, user, json.dumps(context or {}), time.time()),
        )

    def save_assistant_context(self, channel: str, thread_ts: str, context: dict) -> None:
        c = self.conn()
        if not c.execute(
            "UPDATE assistant_threads SET context=? WHERE channel=? AND thread_ts=?",
            (json.dumps(context), channel, thread_ts),
        ).rowcount:
            c.execute(
                "INSERT OR IGNORE INTO assistant_threads (channel, thread_ts, context, at) VALUES (?,?,?,?)",
                (channel, thread_ts, json.dumps(context), time.time()),
            )

    def assistant_context(self, channel: str, thread_ts: str) -> dict | None:
        row = (
            self.conn()
            .execute("SELECT context FROM assistant_threads WHERE channel=? AND thread_ts=?", (channel, thread_ts))
            .fetchone()
        )
        return json.loads(row[0] or "{}") if row else None

    def claim_title(self, channel: str, thread_ts: str) -> bool:
        """True once per assistant thread: its first question becomes its title."""
        return (
            self.conn()
            .execute(
                "UPDATE assistant_threads SET titled=1 WHERE channel=? AND thread_ts=? AND titled=0",
                (channel, thread_ts),
            )
            .rowcount
            == 1
        )

    def comment_vote(self, answer_id: str, user_id: str, comment: str) -> bool:
        """Attach "what was wrong?" to this user's vote on the answer; False if there is no such vote."""
        c = self.conn()
        if not c.execute("SELECT 1 FROM votes WHERE answer_id=? AND user_id=?", (answer_id, user_id)).fetchone():
            return False
        c.execute(
            "INSERT OR REPLACE INTO vote_comments VALUES (?,?,?,?)", (answer_id, user_id, comment[:2000], time.time())
        )
        return True

    def recent_questions(self, user_id: str, limit: int = 5) -> list[tuple[float, str, bool]]:
        """The user's own last questions (at, question, answered), newest first, within retention."""
        rows = (
            self.conn()
            .execute(
                "SELECT at, question, answered FROM answers WHERE user_id=? AND at >= ? ORDER BY at DESC LIMIT ?",
                (user_id, self._cutoff(), limit),
            )
            .fetchall()
        )
        return [(at, q, bool(a)) for at, q, a in rows]

    def feedback_report(self, days: float = 30, limit: int = 10) -> dict[str, list[dict]]:
        """Declined and 👎 questions of the last `days`: count, cited documents and comments, most frequent first.

        The one feedback report: the admins' Home tab and `partnerbot feedback report` both show it.
        """
        since = time.time() - days * DAY
        c = self.conn()
        declined = c.execute(
            "SELECT lower(question), doc_ids, NULL FROM answers WHERE answered=0 AND at >= ?", (since,)
        ).fetchall()
        downvoted = c.execute(
            "SELECT lower(v.question), v.doc_ids, m.comment FROM votes v "
            "LEFT JOIN vote_comments m ON m.answer_id = v.answer_id AND m.user_id = v.user_id "
            "WHERE v.vote < 0 AND v.at >= ?",
            (since,),
        ).fetchall()
        return {"declined": group_feedback(declined, limit), "downvoted": group_feedback(downvoted, limit)}

    def start_rebuild(self, rebuild_id: str, user_id: str) -> dict | None:
        """Record a rebuild as running, unless one is (any process): None if started, else the running one."""
        c = self.conn()
        c.execute("BEGIN IMMEDIATE")
        try:
            row = c.execute(
                "SELECT id, user_id, started FROM rebuilds WHERE finished IS NULL AND started >= ?",
                (time.time() - REBUILD_STALE,),
            ).fetchone()
            if row is None:
                c.execute(
                    "INSERT OR REPLACE INTO rebuilds (id, user_id, started) VALUES (?,?,?)",
                    (rebuild_id, user_id, time.time()),
                )
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return None if row is None else {"id": row[0], "user_id": row[1], "started": row[2]}

    def finish_rebuild(self, rebuild_id: str, ok: bool, summary: str) -> None:
        self.conn().execute(
            "UPDATE rebuilds SET finished=?, ok=?, summary=? WHERE id=?", (time.time(), int(ok), summary, rebuild_id)
        )

    def last_rebuild(self) -> dict | None:
        row = (
            self.conn()
            .execute("SELECT id, user_id, started, finished, ok, summary FROM rebuilds ORDER BY started DESC LIMIT 1")
            .fetchone()
        )
        if row is None:
            return None
        d = dict(zip(["id", "user_id", "started", "finished", "ok", "summary"], row, strict=True))
        d["running"] = d["finished"] is None and time.time() - d["started"] < REBUILD_STALE
        return d


_SURFACES = """
CREATE TABLE IF NOT EXISTS assistant_threads (
  channel TEXT NOT NULL, thread_ts TEXT NOT NULL, user_id TEXT, context TEXT, titled INTEGER NOT NULL DEFAULT 0,
  at REAL NOT NULL, PRIMARY KEY (channel, thread_ts));
CREATE TABLE IF NOT EXISTS rebuilds (
  id TEXT PRIMARY KEY, user_id TEXT, started REAL NOT NULL, finished REAL, ok INTEGER, summary TEXT);
CREATE TABLE IF NOT EXISTS vote_comments (
  answer_id TEXT NOT NULL, user_id TEXT NOT NULL, comment TEXT NOT NULL, at REAL NOT NULL,
  PRIMARY KEY (answer_id, user_id));
CREATE INDEX IF NOT EXISTS answers_user ON answers(user_id, at);
"""
