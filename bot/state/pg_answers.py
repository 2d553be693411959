"""The answer store in PostgreSQL: the same tables and semantics as the SQLite one (contract.AnswerStore).

PostgreSQL text cannot hold NUL characters; free text from users (questions, comments, context) has
them replaced by U+FFFD before it is stored. The rebuild lock is a transaction under an advisory lock,
so two hosts asking at once get one rebuild.
"""

from __future__ import annotations

import json
import time

from .contract import DAY, REBUILD_STALE
from .pg import PgDatabase
from .report import group_feedback

REBUILD_LOCK = 7_231_580_160_017


def _text(s: str | None) -> str | None:
    return s.replace("\x00", "\ufffd") if isinstance(s, str) else s


def _json(v) -> str:
    return json.dumps(v, default=str)  # json escapes NUL as \u0000: no NUL reaches the text column


class PgAnswerStore:
    def __init__(self, db: PgDatabase, retention_days: float = 30):
        self.db = db
        self.setting = db.setting
        self.retention = retention_days * DAY

    @property
    def where(self) -> str:
        return self.db.where

    def describe_error(self, exc: BaseException) -> str:
        return self.db.describe(exc)

    def close(self) -> None:
        self.db.close()

    def _cutoff(self) -> float:
        return time.time() - self.retention

    def _one(self, sql: str, args: tuple = ()):
        with self.db.pool.connection() as c:
            return c.execute(sql, tuple(map(_text, args))).fetchone()

    def _run(self, sql: str, args: tuple = ()) -> int:
        with self.db.pool.connection() as c:
            return c.execute(sql, tuple(map(_text, args))).rowcount

    def purge(self) -> int:
        cutoff = self._cutoff()
        with self.db.pool.connection() as c:
            n = c.execute("DELETE FROM answers WHERE at < %s", (cutoff,)).rowcount
            c.execute("DELETE FROM threads WHERE at < %s", (cutoff,))
            c.execute("DELETE FROM assistant_threads WHERE at < %s", (cutoff,))
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
        self._run(
            "INSERT INTO answers (id, at, surface, channel, user_id, level, question, answered, doc_ids, payload) "
            "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT (id) DO UPDATE SET at = EXCLUDED.at, "
            "surface = EXCLUDED.surface, channel = EXCLUDED.channel, user_id = EXCLUDED.user_id, "
            "level = EXCLUDED.level, question = EXCLUDED.question, answered = EXCLUDED.answered, "
            "doc_ids = EXCLUDED.doc_ids, payload = EXCLUDED.payload, shared_at = NULL",
            (
                answer_id,
                time.time(),
                surface,
                channel,
                user_id,
                level,
                _text(question),
                int(answered),
                _json(doc_ids),
                _json(payload),
            ),
        )
        return answer_id

    def get(self, answer_id: str) -> dict | None:
        row = self._one(
            "SELECT id, channel, user_id, level, question, answered, doc_ids, payload, shared_at "
            "FROM answers WHERE id = %s AND at >= %s",
            (answer_id, self._cutoff()),
        )
        if row is None:
            return None
        keys = ["id", "channel", "user_id", "level", "question", "answered", "doc_ids", "payload", "shared_at"]
        d = dict(zip(keys, row, strict=True))
        d["doc_ids"] = json.loads(d["doc_ids"])
        d["payload"] = json.loads(d["payload"])
        return d

    def answer_channel(self, answer_id: str) -> str | None:
        row = self._one("SELECT channel FROM answers WHERE id = %s AND at >= %s", (answer_id, self._cutoff()))
        return row[0] if row else None

    def claim_share(self, answer_id: str) -> bool:
        q = "UPDATE answers SET shared_at = %s WHERE id = %s AND shared_at IS NULL"
        return self._run(q, (time.time(), answer_id)) == 1

    def unclaim_share(self, answer_id: str) -> None:
        self._run("UPDATE answers SET shared_at = NULL WHERE id = %s", (answer_id,))

    def remember_thread(self, channel: str, thread_ts: str, question: str, user: str | None = None) -> None:
        self._run(
            "INSERT INTO threads (channel, thread_ts, question, at, user_id) VALUES (%s,%s,%s,%s,%s) "
            "ON CONFLICT (channel, thread_ts) DO NOTHING",
            (channel, thread_ts, _text(question), time.time(), user),
        )

    def set_topic(self, channel: str, user: str, question: str, at: float) -> None:
        self._run(
            "INSERT INTO threads (channel, thread_ts, question, at, user_id) VALUES (%s,%s,%s,%s,%s) "
            "ON CONFLICT (channel, thread_ts) DO UPDATE SET question = EXCLUDED.question, at = EXCLUDED.at "
            "WHERE EXCLUDED.at > threads.at",
            (channel, f"topic:{user}", question, at, user),
        )

    def topic(self, channel: str, user: str, max_age: float, before: float) -> str | None:
        row = self._one(
            "SELECT question FROM threads WHERE channel = %s AND thread_ts = %s AND at < %s AND at >= %s",
            (channel, f"topic:{user}", before, before - max_age),
        )
        return row[0] if row else None

    def thread_question(self, channel: str, thread_ts: str | None) -> str | None:
        owner = self.thread_owner(channel, thread_ts)
        return owner[0] if owner else None

    def thread_owner(self, channel: str, thread_ts: str | None) -> tuple[str, str | None] | None:
        if not thread_ts:
            return None
        row = self._one(
            "SELECT question, user_id FROM threads WHERE channel = %s AND thread_ts = %s AND at >= %s",
            (channel, thread_ts, self._cutoff()),
        )
        return (row[0], row[1]) if row else None

    def vote(self, answer_id: str, user_id: str, channel: str | None, vote: int) -> str:
        a = self.get(answer_id)
        if a is None:
            return "expired"
        if a["channel"] != channel:
            return "elsewhere"
        self._run(
            "INSERT INTO votes VALUES (%s,%s,%s,%s,%s,%s,%s) ON CONFLICT (answer_id, user_id) DO UPDATE SET "
            "channel = EXCLUDED.channel, vote = EXCLUDED.vote, at = EXCLUDED.at, question = EXCLUDED.question, "
            "doc_ids = EXCLUDED.doc_ids",
            (answer_id, user_id, channel, vote, time.time(), a["question"], _json(a["doc_ids"])),
        )
        return "ok"

    def votes(self) -> list[tuple]:
        with self.db.pool.connection() as c:
            return c.execute("SELECT answer_id, user_id, channel, vote, question, doc_ids FROM votes").fetchall()

    def comment_vote(self, answer_id: str, user_id: str, comment: str) -> bool:
        with self.db.pool.connection() as c:
            q = "SELECT 1 FROM votes WHERE answer_id = %s AND user_id = %s"
            answer_id, user_id = _text(answer_id), _text(user_id)
            if not c.execute(q, (answer_id, user_id)).fetchone():
                return False
            c.execute(
                "INSERT INTO vote_comments VALUES (%s,%s,%s,%s) ON CONFLICT (answer_id, user_id) DO UPDATE SET "
                "comment = EXCLUDED.comment, at = EXCLUDED.at",
                (answer_id, user_id, _text(comment[:2000]), time.time()),
            )
        return True

    # -- assistant threads ----------------------------------------------------------------------------------------
    def start_assistant_thread(self, channel: str, thread_ts: str, user: str, context: dict | None) -> None:
        self._run(
            "INSERT INTO assistant_threads (channel, thread_ts, user_id, context, at) VALUES (%s,%s,%s,%s,%s) "
            "ON CONFLICT (channel, thread_ts) DO NOTHING",
            (channel, thread_ts, user, _json(context or {}), time.time()),
        )

    def save_assistant_context(self, channel: str, thread_ts: str, context: dict) -> None:
        self._run(
            "INSERT INTO assistant_threads (channel, thread_ts, context, at) VALUES (%s,%s,%s,%s) "
            "ON CONFLICT (channel, thread_ts) DO UPDATE SET context = EXCLUDED.context",
            (channel, thread_ts, _json(context), time.time()),
        )

    def assistant_context(self, channel: str, thread_ts: str) -> dict | None:
        row = self._one(
            "SELECT context FROM assistant_threads WHERE channel = %s AND thread_ts = %s", (channel, thread_ts)
        )
        return json.loads(row[0] or "{}") if row else None

    def claim_title(self, channel: str, thread_ts: str) -> bool:
        q = "UPDATE assistant_threads SET titled = 1 WHERE channel = %s AND thread_ts = %s AND titled = 0"
        return self._run(q, (channel, thread_ts)) == 1

    # -- the report and the Home tab ------------------------------------------------------------------------------
    def recent_questions(self, user_id: str, limit: int = 5) -> list[tuple[float, str, bool]]:
        with self.db.pool.connection() as c:
            rows = c.execute(
                "SELECT at, question, answered FROM answers WHERE user_id = %s AND at >= %s ORDER BY at DESC LIMIT %s",
                (user_id, self._cutoff(), limit),
            ).fetchall()
        return [(at, q, bool(a)) for at, q, a in rows]

    def feedback_report(self, days: float = 30, limit: int = 10) -> dict[str, list[dict]]:
        since = time.time() - days * DAY
        with self.db.pool.connection() as c:
            declined = c.execute(
                "SELECT lower(question), doc_ids, NULL FROM answers WHERE answered = 0 AND at >= %s", (since,)
            ).fetchall()
            downvoted = c.execute(
                "SELECT lower(v.question), v.doc_ids, m.comment FROM votes v "
                "LEFT JOIN vote_comments m ON m.answer_id = v.answer_id AND m.user_id = v.user_id "
                "WHERE v.vote < 0 AND v.at >= %s",
                (since,),
            ).fetchall()
        return {"declined": group_feedback(declined, limit), "downvoted": group_feedback(downvoted, limit)}

    # -- index rebuilds -------------------------------------------------------------------------------------------
    def start_rebuild(self, rebuild_id: str, user_id: str) -> dict | None:
        with self.db.pool.connection() as c, c.transaction():
            c.execute("SELECT pg_advisory_xact_lock(%s)", (REBUILD_LOCK,))
            row = c.execute(
                "SELECT id, user_id, started FROM rebuilds WHERE finished IS NULL AND started >= %s",
                (time.time() - REBUILD_STALE,),
            ).fetchone()
            if row is None:
                c.execute(
                    "INSERT INTO rebuilds (id, user_id, started) VALUES (%s,%s,%s) ON CONFLICT (id) DO UPDATE SET "
                    "user_id = EXCLUDED.user_id, started = EXCLUDED.started, "
                    "finished = NULL, ok = NULL, summary = NULL",
                    (rebuild_id, user_id, time.time()),
                )
        return None if row is None else {"id": row[0], "user_id": row[1], "started": row[2]}

    def finish_rebuild(self, rebuild_id: str, ok: bool, summary: str) -> None:
        self._run(
            "UPDATE rebuilds SET finished = %s, ok = %s, summary = %s WHERE id = %s",
            (time.time(), int(ok), _text(summary), rebuild_id),
        )

    def last_rebuild(self) -> dict | None:
        row = self._one(
            "SELECT id, user_id, started, finished, ok, summary FROM rebuilds ORDER BY started DESC LIMIT 1"
        )
        if row is None:
            return None
        d = dict(zip(["id", "user_id", "started", "finished", "ok", "summary"], row, strict=True))
        d["running"] = d["finished"] is None and time.time() - d["started"] < REBUILD_STALE
        return d
