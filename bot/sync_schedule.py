"""`serve` runs `partnerbot corpus sync` every `sources.every` in a background thread.

Each run is a child process (`python -m bot corpus sync`): its memory (the model for the index
build) is freed when it ends, nothing it does can crash serve, and the workers pick up the new
build as they do after any `index build`. A failed run is logged and the next one comes on time.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable

from bot.periodic import Periodic

log = logging.getLogger("partnerbot.sync")


def sync_command(config_path) -> list[str]:
    cmd = [sys.executable, "-m", "bot"]
    if config_path:
        cmd += ["--config", str(config_path)]
    return cmd + ["corpus", "sync"]


class SyncSchedule(Periodic):
    """Runs `command` now and then every `every` seconds until stop(); never raises out of the thread."""

    thread_name = "corpus-sync"

    def __init__(
        self,
        command: list[str],
        every: float,
        timeout: float | None = None,
        on_done: Callable[[int | None], None] | None = None,
    ):
        super().__init__(every)
        self.command = command
        self.timeout = timeout or max(every, 600.0)
        self.on_done = on_done

    def tick(self) -> None:
        code = self.run_once()
        if self.on_done:
            try:
                self.on_done(code)
            except Exception:
                log.exception("corpus sync: on_done failed")

    def run_once(self) -> int | None:
        """One sync; its output goes to the log. Returns the exit code (None: it did not finish)."""
        try:
            r = subprocess.run(
                self.command, capture_output=True, text=True, timeout=self.timeout, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired:
            log.error("corpus sync did not finish within %.0f s; stopped, next run in %.0f s", self.timeout, self.every)
            return None
        except Exception as exc:  # cannot start at all (fork failed, no interpreter)
            log.error("corpus sync could not run (%s: %s); next run in %.0f s", exc.__class__.__name__, exc, self.every)
            return None
        for line in (r.stdout + r.stderr).splitlines():
            if line.strip():
                log.info("corpus sync: %s", line)
        if r.returncode != 0:
            log.error(
                "corpus sync failed (exit %d); the index is unchanged; next run in %.0f s", r.returncode, self.every
            )
        return r.returncode


def start_for(config, config_path) -> SyncSchedule | None:
    """The schedule `serve` starts: only with configured feeds and `sources.every` not off."""
    every = config.sources.every_seconds
    if not every or not config.sources.feeds:
        return None
    log.info("corpus sync every %s for %d source(s)", config.sources.every, len(config.sources.feeds))
    return SyncSchedule(sync_command(config_path), every).start()
