"""A daemon thread that does one thing now and then every `every` seconds until stopped (the corpus
sync schedule, the replica's index fetch). `tick` must not raise: a failed run is logged by it, and
the next one comes at the usual time."""

from __future__ import annotations

import threading


class Periodic:
    thread_name = "periodic"

    def __init__(self, every: float):
        self.every = every
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, name=self.thread_name, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self.thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.tick()
            self._stop.wait(self.every)

    def tick(self) -> None:
        raise NotImplementedError
