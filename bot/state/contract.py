"""What every state back end offers (SQLite, PostgreSQL): the job queue and the answer store, as Protocols.

Both back ends implement these with the same semantics; `tests/test_state_contract.py` runs one set of
tests over both. Times are seconds since the epoch (floats). On PostgreSQL, leases, dedupe expiry and
maintenance slots use the database's clock, so hosts whose clocks differ still agree.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

HOST = socket.gethostname()
DAY = 86400.0
REBUILD_STALE = 3600.0  # a rebuild "running" this long died with its worker


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


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def dead_local_owner(owner: str, me: str) -> bool:
    """True for the owner token of a process of THIS host that no longer runs (never for `me`)."""
    try:
        host, pid, _ = owner.rsplit(":", 2)
        return host == HOST and owner != me and (int(pid) == os.getpid() or not pid_alive(int(pid)))
    except ValueError:
        return False


class Listener(Protocol):
    def stop(self) -> None: ...


class JobQueue(Protocol):
    """The durable job queue: jobs with leases, the dedupe keys of deliveries, post-once records, failed jobs.

    A job is written with its dedupe keys in ONE transaction before the ack; it leaves the queue only
    by `done` (delivered) or `bury` (given up, kept in failed_jobs).
    """

    setting: str  # the config key naming the store, for messages

    @property
    def where(self) -> str:
        """Where the queue lives, for messages (a file path, or the URL with its password masked)."""
        ...

    def enqueue(self, kind: str, payload: dict, keys: list[str] | tuple[str, ...] = ()) -> str | None:
        """Store a job durably; None (and nothing stored) if any dedupe key was seen within the TTL.

        Never waits more than about a second: past that the job goes to this process's journal on
        this host (durable too) and `flush_held` moves it into the queue later.
        """
        ...

    def held(self) -> int:
        """Jobs waiting in this process's journal."""
        ...

    def flush_held(self) -> int:
        """Move journalled jobs into the queue (in order, deduplicated); returns how many are still held."""
        ...

    def adopt_journals(self) -> int:
        """Take over the journals of dead processes of this host; returns the jobs taken over."""
        ...

    def claim(self, owner: str, lease: float) -> Job | None:
        """The oldest job nobody holds, leased to `owner` for `lease` s (attempts + 1); None if there is none.

        Two workers, in any processes or hosts, never get the same job while its lease runs.
        """
        ...

    def extend(self, owner: str, job_ids: list[str], lease: float) -> int:
        """Renew `owner`'s lease on jobs it still runs; returns how many it still holds."""
        ...

    def save(self, job: Job) -> None:
        """Persist the job's payload (its progress) so a re-run does not redo it."""
        ...

    def retry_later(self, job_id: str, delay: float, counted: bool = True) -> None:
        """Free the job for a run `delay` s from now; `counted=False`: this run was no failure (it waited)."""
        ...

    def done(self, job_id: str) -> None:
        """Remove a delivered job and its post records."""
        ...

    def record_post(self, job_id: str, key: str, info: dict) -> None:
        """Slack took this post of the job: a resumed run must not post it again."""
        ...

    def posted(self, job_id: str, key: str) -> dict | None:
        """What Slack answered to the job's earlier post under `key`, or None if it was never posted."""
        ...

    def bury(self, job: Job, why: str) -> None:
        """Remove a job that cannot be done, keeping it (payload and why) in failed_jobs, in one transaction."""
        ...

    def failed(self) -> list[dict]:
        """The given-up jobs, oldest first: id, kind, payload, attempts, why."""
        ...

    def release_orphans(self, me: str) -> int:
        """Free at once the jobs leased by dead processes of this host (others wait for their lease to expire)."""
        ...

    def purge_seen(self) -> int:
        """Delete dedupe keys past their TTL; returns how many."""
        ...

    def purge_failed(self, retention: float) -> int:
        """Delete given-up jobs older than `retention` s; returns how many."""
        ...

    def claim_maintenance(self, name: str, every: float) -> bool:
        """True for exactly one caller per `every` s across all processes and hosts (a conditional UPDATE)."""
        ...

    def pending(self) -> int: ...

    def ids(self) -> list[str]:
        """Queued job ids, oldest first."""
        ...

    def health(self) -> str | None:
        """None if the queue can be used right now (a fresh look); else one line saying why not and what to do."""
        ...

    def describe_error(self, exc: BaseException) -> str:
        """One line for an error of this store: which setting, what is wrong, what to do."""
        ...

    def listen(self, on_job: Callable[[], None]) -> Listener | None:
        """Call `on_job` soon after any process or host enqueues a job; None if the back end cannot (poll)."""
        ...

    def close(self) -> None: ...


class AnswerStore(Protocol):
    """Every answer given (feedback, Share, the report), the threads it opened, votes, assistant threads, rebuilds.

    Answers, threads and assistant threads are kept `slack.retention_days`; votes, small, are kept.
    """

    setting: str

    @property
    def where(self) -> str: ...

    def purge(self) -> int:
        """Delete answers, threads and assistant threads past retention; returns the answers deleted."""
        ...

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
        ...

    def get(self, answer_id: str) -> dict | None:
        """The stored answer (id, channel, user_id, level, question, answered, doc_ids, payload, shared_at);
        None if unknown or past retention."""
        ...

    def answer_channel(self, answer_id: str) -> str | None: ...

    def claim_share(self, answer_id: str) -> bool:
        """True for the first Share of an answer only (a second click, from any process, gets False)."""
        ...

    def unclaim_share(self, answer_id: str) -> None: ...

    def remember_thread(self, channel: str, thread_ts: str, question: str, user: str | None = None) -> None:
        """Remember the first question of a thread the bot answered (a second call keeps the first)."""
        ...

    def thread_question(self, channel: str, thread_ts: str | None) -> str | None: ...

    def thread_owner(self, channel: str, thread_ts: str | None) -> tuple[str, str | None] | None:
        """(first question, asker or None) of a thread the bot answered, within retention; None if unknown."""
        ...

    def set_topic(self, channel: str, user: str, question: str, at: float) -> None:
        """Remember the question a user's later DMs may follow up ("and verizon?"), asked at `at` (the
        message's Slack ts), unless a newer one is remembered already: messages stored out of order keep
        the newest. Kept with the threads (under thread_ts "topic:<user>"), so retention purges it too."""
        ...

    def topic(self, channel: str, user: str, max_age: float, before: float) -> str | None:
        """The newest question `set_topic` remembered that was asked before `before` and at most `max_age`
        seconds before it; else None. A job re-run reads the same topic as its first run."""
        ...

    def vote(self, answer_id: str, user_id: str, channel: str | None, vote: int) -> str:
        """'ok', 'expired' (unknown or past retention) or 'elsewhere' (clicked in another conversation)."""
        ...

    def votes(self) -> list[tuple]:
        """(answer_id, user_id, channel, vote, question, doc_ids JSON) of every vote."""
        ...

    def comment_vote(self, answer_id: str, user_id: str, comment: str) -> bool:
        """Attach "what was wrong?" to this user's vote on the answer; False if there is no such vote."""
        ...

    def start_assistant_thread(self, channel: str, thread_ts: str, user: str, context: dict | None) -> None: ...

    def save_assistant_context(self, channel: str, thread_ts: str, context: dict) -> None: ...

    def assistant_context(self, channel: str, thread_ts: str) -> dict | None: ...

    def claim_title(self, channel: str, thread_ts: str) -> bool:
        """True once per assistant thread: its first question becomes its title."""
        ...

    def recent_questions(self, user_id: str, limit: int = 5) -> list[tuple[float, str, bool]]: ...

    def feedback_report(self, days: float = 30, limit: int = 10) -> dict[str, list[dict]]:
        """Declined and downvoted questions of the last `days`, grouped, most frequent first."""
        ...

    def start_rebuild(self, rebuild_id: str, user_id: str) -> dict | None:
        """Record a rebuild as running unless one is (any process, any host): None if started, else the running one."""
        ...

    def finish_rebuild(self, rebuild_id: str, ok: bool, summary: str) -> None: ...

    def last_rebuild(self) -> dict | None: ...

    def describe_error(self, exc: BaseException) -> str: ...

    def close(self) -> None: ...
