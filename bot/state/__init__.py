"""All Slack state behind one interface (contract.py), in SQLite (one host) or PostgreSQL (any number of replicas).

`open_state(config)` picks the back end from `state.url` (or PARTNERBOT_STATE_URL): `sqlite` opens the
two embedded files `slack.queue_db` and `slack.feedback_db`; a `postgresql://` URL opens one database
(migrated at start) that both stores share through one connection pool. A store that cannot be used is
one StoreError line naming the setting and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass

from .contract import AnswerStore, Job, JobQueue
from .errors import StoreError

__all__ = ["AnswerStore", "Job", "JobQueue", "State", "StoreError", "check_state", "open_answers", "open_state"]


@dataclass
class State:
    queue: JobQueue
    answers: AnswerStore

    def close(self) -> None:
        self.queue.close()
        self.answers.close()


def _pool_size(config) -> int:
    # a handful of connections serve many threads (each statement borrows one briefly); replicas × workers
    # × this must stay under the server's max_connections (100 by default)
    return max(2, min(10, config.slack.listener_threads))


def open_state(config) -> State:
    """The job queue and the answer store named by the config. Raises StoreError (one line)."""
    url = config.state.effective_url()
    if url == "sqlite":
        from .sqlite_answers import SqliteAnswerStore
        from .sqlite_queue import SqliteJobQueue

        answers = SqliteAnswerStore(config.slack.feedback_db, config.slack.retention_days)
        return State(SqliteJobQueue(config.slack.queue_db), answers)
    from .pg import PgDatabase
    from .pg_answers import PgAnswerStore
    from .pg_queue import PgJobQueue

    db = PgDatabase(url, max_size=_pool_size(config))
    # the journal (acks while PostgreSQL is unreachable) is a file of this host, beside the SQLite queue's place
    return State(PgJobQueue(db, config.slack.queue_db.parent), PgAnswerStore(db, config.slack.retention_days))


def open_answers(config) -> AnswerStore | None:
    """The answer store alone (reports); None when it is a SQLite file that does not exist yet."""
    url = config.state.effective_url()
    if url == "sqlite":
        if not config.slack.feedback_db.exists():
            return None
        from .sqlite_answers import SqliteAnswerStore

        return SqliteAnswerStore(config.slack.feedback_db, config.slack.retention_days)
    from .pg import PgDatabase
    from .pg_answers import PgAnswerStore

    return PgAnswerStore(PgDatabase(url, max_size=2), config.slack.retention_days)


def check_state(config) -> None:
    """Open (creating, upgrading or migrating) the stores once before serving, and close them: a bad one is
    one line here, not a traceback from every worker process. Raises StoreError."""
    state = open_state(config)
    try:
        problem = state.queue.health()
    finally:
        state.close()
    if problem:
        raise StoreError(problem)
