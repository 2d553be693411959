"""`serve` on a replica: a thread that fetches each newer build from `state.shared_index_dir`.

Started where the `sources.every` sync is (bot/sync_schedule.py): in the one `serve` process,
before gunicorn forks its workers, so one watcher per host copies. A fetch holds the local
build lock, so it never overlaps a local build or a fetch by another process on the host.
Every Engine then swaps the build in on its next question (it watches the local CURRENT).
"""

from __future__ import annotations

import logging

from bot.builds import fetch_if_shared
from bot.periodic import Periodic
from index.build.shared import FetchResult

log = logging.getLogger("partnerbot.replica")


class ReplicaWatcher(Periodic):
    """Polls the shared directory every `every` seconds until stop(); never raises out of the thread."""

    thread_name = "index-fetch"

    def __init__(self, config, embedder, every: float | None = None):
        super().__init__(every if every is not None else config.state.index_poll_seconds)
        self.config = config
        self.embedder = embedder
        self.refused: set = set()  # bad builds are copied once, not every poll
        self.last: FetchResult | None = None
        self._said = ""  # the last problem logged: an unreachable volume is logged once, not every poll

    def tick(self) -> None:
        self.poll_once()

    def poll_once(self) -> FetchResult | None:
        try:
            res = fetch_if_shared(self.config, self.embedder, self.refused)
        except Exception:  # a bug must not end the thread: the next poll tries again
            log.exception("fetching the shared index failed")
            return None
        self.last = res
        if res is None:
            return None
        if res.status in ("unreachable", "error"):
            if res.message != self._said:
                log.warning("%s", res.message)
            self._said = res.message
            return res
        if self._said:
            log.info("the shared index can be read again (%s)", res.message)
            self._said = ""
        if res.status == "fetched":  # a refusal was logged by fetch_shared, once per bad build
            log.info("%s", res.message)
        return res


def start_for(config, embedder) -> ReplicaWatcher | None:
    """The watcher `serve` starts: only when state.shared_index_dir is set."""
    shared = config.state.shared_index_dir
    if shared is None:
        return None
    log.info("fetching new builds from %s every %g s", shared, config.state.index_poll_seconds)
    return ReplicaWatcher(config, embedder).start()
