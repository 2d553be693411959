"""The answer store (answers given, the threads they opened, votes), shared by every worker process.

SQLite in WAL mode with a busy timeout is safe across processes on one host; each thread
opens its own connection. Answers and threads are kept `slack.retention_days` and then
deleted (their payload is the bulk of the file); votes, which are small, are kept for the report.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

DAY = 86400.0


class Db:
    def __init__(self, path: Path, schema: str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self.conn().executescript(schema)

    def conn(self) -> sqlite3.Connection:
        c = getattr(self._local, "conn", None)
        if c is None:
            c = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            c.execute("PRAGMA journal_mode=WAL")
            c.execute("PRAGMA busy_timeout=30000")
            c.execute("PRAGMA synchronous=NORMAL")  # WAL: a commit survives the process being killed
            self._local.conn = c
        return c

    def add_column(self, table: str, column: str, decl: str) -> None:
        """Upgrade a store written by an older version in place."""
        c = self.conn()
        if column not in {r[1] for r in c.execute(f"PRAGMA table_info({table})")}:
            try:
                c.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
            except sqlite3.OperationalError as exc:  # another process added it first
                if "duplicate column" not in str(exc):
                    raise


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


class AnswerStore(Db):
    """Every answer given (for feedback, sharing and the report) and the threads it opened."""

    def __init__(self, path: Path, retention_days: float = 30):
        super().__init__(path, _ANSWERS)
        self.add_column("answers", "shared_at", "REAL")
        self.add_column("threads", "at", "REAL NOT NULL DEFAULT 0")
        self.retention = retention_days * DAY
        self.conn().execute("CREATE INDEX IF NOT EXISTS answers_at ON answers(at)")

    def _cutoff(self) -> float:
        return time.time() - self.retention

    def purge(self) -> int:
        """Delete answers and threads older than the retention period; returns the answers deleted."""
        c = self.conn()
        n = c.execute("DELETE FROM answers WHERE at < ?", (self._cutoff(),)).rowcount
        c.execute("DELETE FROM threads WHERE at < ?", (self._cutoff(),))
        return n

    def record(self, *, answer_id: str, surface: str, channel: str, user_id: str, level: str, question: str,
               answered: bool, doc_ids: list[str], payload: dict) -> str:
        """Store an answer under `answer_id` (a job re-run replaces its own earlier attempt)."""
        self.conn().execute("INSERT OR REPLACE INTO answers (id, at, surface, channel, user_id, level, question, "
                            "answered, doc_ids, payload) VALUES (?,?,?,?,?,?,?,?,?,?)",
                            (answer_id, time.time(), surface, channel, user_id, level, question, int(answered),
                             json.dumps(doc_ids), json.dumps(payload, default=str)))
        return answer_id

    def get(self, answer_id: str) -> dict | None:
        """The stored answer, or None if unknown or past retention."""
        row = self.conn().execute("SELECT id, channel, user_id, level, question, answered, doc_ids, payload, shared_at "
                                  "FROM answers WHERE id=? AND at >= ?", (answer_id, self._cutoff())).fetchone()
        if row is None:
            return None
        keys = ["id", "channel", "user_id", "level", "question", "answered", "doc_ids", "payload", "shared_at"]
        d = dict(zip(keys, row, strict=True))
        d["doc_ids"] = json.loads(d["doc_ids"])
        d["payload"] = json.loads(d["payload"])
        return d

    def claim_share(self, answer_id: str) -> bool:
        """True for the first Share of an answer only (a second click, from any process, gets False)."""
        return self.conn().execute("UPDATE answers SET shared_at=? WHERE id=? AND shared_at IS NULL",
                                   (time.time(), answer_id)).rowcount == 1

    def unclaim_share(self, answer_id: str) -> None:
        self.conn().execute("UPDATE answers SET shared_at=NULL WHERE id=?", (answer_id,))

    def remember_thread(self, channel: str, thread_ts: str, question: str) -> None:
        self.conn().execute("INSERT OR IGNORE INTO threads (channel, thread_ts, question, at) VALUES (?,?,?,?)",
                            (channel, thread_ts, question, time.time()))

    def thread_question(self, channel: str, thread_ts: str | None) -> str | None:
        if not thread_ts:
            return None
        row = self.conn().execute("SELECT question FROM threads WHERE channel=? AND thread_ts=? AND at >= ?",
                                  (channel, thread_ts, self._cutoff())).fetchone()
        return row[0] if row else None

    def vote(self, answer_id: str, user_id: str, channel: str | None, vote: int) -> str:
        """'ok', 'expired' (unknown or past retention) or 'elsewhere' (clicked in another conversation)."""
        a = self.get(answer_id)
        if a is None:
            return "expired"
        if a["channel"] != channel:
            return "elsewhere"
        self.conn().execute("INSERT OR REPLACE INTO votes VALUES (?,?,?,?,?,?,?)",
                            (answer_id, user_id, channel, vote, time.time(), a["question"], json.dumps(a["doc_ids"])))
        return "ok"

    def votes(self) -> list[tuple]:
        return self.conn().execute("SELECT answer_id, user_id, channel, vote, question, doc_ids FROM votes").fetchall()

    def report(self, limit: int = 20) -> dict[str, list[tuple[str, int]]]:
        """Questions with negative votes and questions not answered (within retention), most frequent first."""
        c = self.conn()
        neg = c.execute("SELECT lower(question), COUNT(*) n FROM votes WHERE vote < 0 "
                        "GROUP BY lower(question) ORDER BY n DESC, lower(question) LIMIT ?", (limit,)).fetchall()
        miss = c.execute("SELECT lower(question), COUNT(*) n FROM answers WHERE answered = 0 AND at >= ? "
                         "GROUP BY lower(question) ORDER BY n DESC, lower(question) LIMIT ?",
                         (self._cutoff(), limit)).fetchall()
        return {"downvoted": neg, "unanswered": miss}
