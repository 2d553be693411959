"""LISTEN partnerbot_jobs on a dedicated connection: wakes this process's dispatcher when any replica enqueues.

The connection is its own (not the pool's: a pooled connection is shared, and a LISTEN must stay open).
When it breaks (server restart, network) the thread reconnects with a growing pause, and wakes the
dispatcher once on reconnecting: jobs enqueued while it was away were not announced to it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg

log = logging.getLogger("partnerbot.slack")
CHANNEL = "partnerbot_jobs"


class JobListener:
    def __init__(self, url: str, on_job: Callable[[], None], max_pause: float = 5.0):
        self.url, self.on_job, self.max_pause = url, on_job, max_pause
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pg-listen", daemon=True)
        self.connected = threading.Event()  # set while LISTEN is in place (tests wait on it)

    def start(self) -> "JobListener":
        self._thread.start()
        return self

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        pause, failures = 0.2, 0
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=3) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connected.set()
                    if failures:
                        log.info("listening for new jobs again")
                        self.on_job()
                    pause, failures = 0.2, 0
                    while not self._stop.is_set():
                        # wakes at least every 0.5 s to see stop(); each notification wakes the dispatcher
                        for _ in conn.notifies(timeout=0.5):
                            self.on_job()
            except psycopg.Error as exc:
                self.connected.clear()
                failures += 1
                if failures == 1:
                    log.warning("cannot listen for new jobs (%s); polling until it can", " ".join(str(exc).split()))
                self._stop.wait(pause)
                pause = min(pause * 2, self.max_pause)
        self.connected.clear()
