"""SQLite stores shared by every worker process: event dedupe, answers and threads, feedback.

SQLite in WAL mode with a busy timeout is safe across processes on one host, which is
what "every worker process shares it" needs for a small bot; each thread opens its own
connection.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path


class _Db:
    def __init__(self, path: Path, schema: str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        with self.conn() as c:
            c.executescript(schema)

    def conn(self) -> sqlite3.Connection:
        c = getattr(self._local, "conn", None)
        if c is None:
            c = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            c.execute("PRAGMA journal_mode=WAL")
            c.execute("PRAGMA busy_timeout=30000")
            c.execute("PRAGMA synchronous=NORMAL")  # WAL: durable enough, no fsync per insert
            self._local.conn = c
        return c


class DedupeStore(_Db):
    """Remembers delivery keys (event ids, channel+ts) for `ttl` seconds."""

    def __init__(self, path: Path, ttl: float = 3600.0):
        super().__init__(path, "CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, at REAL NOT NULL);")
        self.ttl = ttl
        self._calls = 0

    def claim(self, keys: list[str]) -> bool:
        """True if none of keys was seen before (and marks them all seen), atomically."""
        keys = [k for k in keys if k]
        now = time.time()
        c = self.conn()
        c.execute("BEGIN IMMEDIATE")
        try:
            self._calls += 1
            if self._calls % 200 == 1:
                c.execute("DELETE FROM seen WHERE at < ?", (now - self.ttl,))
            q = f"SELECT 1 FROM seen WHERE key IN ({','.join('?' * len(keys))}) AND at >= ? LIMIT 1"
            if c.execute(q, [*keys, now - self.ttl]).fetchone():
                c.execute("COMMIT")
                return False
            c.executemany("INSERT OR REPLACE INTO seen VALUES (?, ?)", [(k, now) for k in keys])
            c.execute("COMMIT")
            return True
        except BaseException:
            c.execute("ROLLBACK")
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


class AnswerStore(_Db):
    """Every answer given (for feedback, sharing and the report) and the threads it opened."""

    def __init__(self, path: Path):
        super().__init__(path, _ANSWERS)

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex[:16]

    def record(self, *, answer_id: str, surface: str, channel: str, user_id: str, level: str, question: str,
               answered: bool, doc_ids: list[str], payload: dict) -> str:
        self.conn().execute("INSERT INTO answers VALUES (?,?,?,?,?,?,?,?,?,?)",
                            (answer_id, time.time(), surface, channel, user_id, level, question, int(answered),
                             json.dumps(doc_ids), json.dumps(payload)))
        return answer_id

    def get(self, answer_id: str) -> dict | None:
        row = self.conn().execute("SELECT id, channel, user_id, level, question, answered, doc_ids, payload "
                                  "FROM answers WHERE id=?", (answer_id,)).fetchone()
        if row is None:
            return None
        keys = ["id", "channel", "user_id", "level", "question", "answered", "doc_ids", "payload"]
        d = dict(zip(keys, row))
        d["doc_ids"] = json.loads(d["doc_ids"])
        d["payload"] = json.loads(d["payload"])
        return d

    def remember_thread(self, channel: str, thread_ts: str, question: str) -> None:
        self.conn().execute("INSERT OR IGNORE INTO threads VALUES (?,?,?)", (channel, thread_ts, question))

    def thread_question(self, channel: str, thread_ts: str | None) -> str | None:
        if not thread_ts:
            return None
        row = self.conn().execute("SELECT question FROM threads WHERE channel=? AND thread_ts=?",
                                  (channel, thread_ts)).fetchone()
        return row[0] if row else None

    def vote(self, answer_id: str, user_id: str, channel: str | None, vote: int) -> dict | None:
        a = self.get(answer_id)
        if a is None:
            return None
        self.conn().execute("INSERT OR REPLACE INTO votes VALUES (?,?,?,?,?,?,?)",
                            (answer_id, user_id, channel, vote, time.time(), a["question"], json.dumps(a["doc_ids"])))
        return a

    def votes(self) -> list[tuple]:
        return self.conn().execute("SELECT answer_id, user_id, channel, vote, question, doc_ids FROM votes").fetchall()

    def report(self, limit: int = 20) -> dict[str, list[tuple[str, int]]]:
        """Questions with negative votes and questions not answered, most frequent first."""
        c = self.conn()
        neg = c.execute("SELECT lower(question), COUNT(*) n FROM votes WHERE vote < 0 "
                        "GROUP BY lower(question) ORDER BY n DESC, lower(question) LIMIT ?", (limit,)).fetchall()
        miss = c.execute("SELECT lower(question), COUNT(*) n FROM answers WHERE answered = 0 "
                         "GROUP BY lower(question) ORDER BY n DESC, lower(question) LIMIT ?", (limit,)).fetchall()
        return {"downvoted": neg, "unanswered": miss}
