"""Runs queued jobs in each process: claims them, hands them to a thread pool, frees dead workers' jobs.

One dispatcher thread per process claims jobs when woken (a listener just enqueued one, or, on
PostgreSQL, any replica did: the queue's LISTEN thread wakes it) or every `poll` seconds (a job
became claimable again). Every `sweep` seconds it frees the jobs of processes on this host that
died, so a SIGKILLed worker's questions are answered by a live or restarted worker within seconds;
a dead host's jobs come back when their lease (`state.lease_seconds`) runs out. Every `lease / 3`
seconds it renews the lease of each job it is still running: a job is claimed again only when its
process stopped renewing it (died), never because the job is long. Housekeeping is offered every
`housekeeping_every` seconds; the callable itself decides (via the queue's maintenance slot) whether
this is the one process that runs it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from bot.state import Job, JobQueue
from bot.state.contract import owner_token

log = logging.getLogger("partnerbot.slack")


class AckFirst:
    """Lets acks go first during a burst of Slack requests.

    On a small machine, answers that start while a burst of requests is still arriving
    compete with those acks for the CPU (the ack must reach Slack within 3 s; an answer
    may take longer). Before running, a job waits until no request is in flight and none
    has arrived for `quiet` seconds, for at most `max_wait`.
    """

    def __init__(self, quiet: float = 0.02, max_wait: float = 0.3):
        self.quiet, self.max_wait = quiet, max_wait
        self._in_flight = 0
        self._last = 0.0
        self._lock = threading.Lock()

    def enter(self) -> None:
        with self._lock:
            self._in_flight += 1
            self._last = time.monotonic()

    def leave(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def wait(self) -> None:
        end = time.monotonic() + self.max_wait
        while time.monotonic() < end and (self._in_flight > 0 or time.monotonic() - self._last < self.quiet):
            time.sleep(0.003)


class Dispatcher:
    def __init__(
        self,
        queue: JobQueue,
        run: Callable[[Job], None],
        threads: int,
        ack_first: AckFirst | None = None,
        lease: float = 30.0,
        poll: float = 1.0,
        sweep: float = 2.0,
        housekeeping: Callable[[], None] | None = None,
        housekeeping_every: float = 60.0,
    ):
        self.queue, self.run, self.threads = queue, run, threads
        self.ack_first = ack_first or AckFirst(max_wait=0)
        self.lease, self.poll, self.sweep = lease, poll, sweep
        self.housekeeping, self.housekeeping_every = housekeeping, housekeeping_every
        self.owner = owner_token()
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="job")
        self._free = threading.Semaphore(threads)
        self._wake = threading.Event()
        self._stopping = False
        self._running: set[str] = set()  # ids of the jobs this process is running (their leases are renewed)
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._listener = None  # the queue's wake-ups from other processes and hosts (PostgreSQL)
        self.store_error: str | None = None  # why the last pass over the queue failed; None if it worked

    def start(self) -> "Dispatcher":
        self._thread = threading.Thread(target=self._loop, name="dispatcher", daemon=True)
        self._thread.start()
        self._listener = self.queue.listen(self.wake)
        return self

    @property
    def stopping(self) -> bool:
        return self._stopping

    def wake(self) -> None:
        self._wake.set()

    def _loop(self) -> None:
        next_sweep = next_house = next_beat = 0.0
        while not self._stopping:
            try:
                now = time.monotonic()
                next_beat = min(next_beat, now + self.lease / 3)
                if now >= next_beat:
                    next_beat = now + self.lease / 3
                    with self._lock:
                        running = list(self._running)
                    self.queue.extend(self.owner, running, self.lease)
                if now >= next_sweep:
                    freed = self.queue.release_orphans(self.owner)
                    if freed:
                        log.warning("resuming %d unfinished job(s) of a worker that stopped", freed)
                    adopted = self.queue.adopt_journals()
                    if adopted:
                        log.warning("moved %d job(s) held by a worker that stopped into the queue", adopted)
                    next_sweep = now + self.sweep
                if self.queue.held():
                    self.queue.flush_held()
                if self.housekeeping and now >= next_house:
                    next_house = now + self.housekeeping_every
                    self.housekeeping()
                self._claim_all()
                self.store_error = None
            except Exception as exc:
                self.store_error = self.queue.describe_error(exc)
                log.exception("job dispatcher: store error (%s); retrying", self.store_error)
                time.sleep(1.0)
            wait = self.poll if not self.queue.held() else min(self.poll, 0.2)  # held jobs: look again soon
            self._wake.wait(max(0.0, min(wait, next_beat - time.monotonic())))
            self._wake.clear()

    def _claim_all(self) -> None:
        while not self._stopping and self._free.acquire(blocking=False):
            try:
                job = self.queue.claim(self.owner, self.lease)
            except BaseException:
                self._free.release()
                raise
            if job is None:
                self._free.release()
                return
            with self._lock:
                self._running.add(job.id)
            self._pool.submit(self._run, job)

    def _run(self, job: Job) -> None:
        try:
            self.ack_first.wait()
            self.run(job)
        except Exception:
            log.exception("job %s: unexpected failure", job.id)
        finally:
            with self._lock:
                self._running.discard(job.id)
            self._free.release()
            self._wake.set()

    def health(self) -> str | None:
        """None if this process can use the job queue; else why not (for /healthz)."""
        return self.store_error or self.queue.health()

    def stop(self, timeout: float = 10.0) -> int | None:
        """Stop claiming, let running jobs finish for up to `timeout` s; returns the jobs left (None: unknown)."""
        self._stopping = True
        self._wake.set()
        if self._listener is not None:
            self._listener.stop()
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                if not self._running:
                    break
            time.sleep(0.05)
        self._pool.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            unfinished = len(self._running)
        try:
            problem = self.queue.health()
            left = None if problem else self.queue.pending() + self.queue.held()
        except Exception as exc:
            problem, left = self.queue.describe_error(exc), None
        if left is None:
            log.error(
                "stopping; the answers still queued cannot be counted (%s); %d job(s) of this worker are unfinished",
                problem,
                unfinished + self.queue.held(),
            )
            return None
        if left:
            log.warning(
                "stopping with %d answer(s) still queued (%d of them were running here); they stay in %s "
                "and are delivered by the next worker to start",
                left,
                unfinished,
                self.queue.where,
            )
        return left
