"""Acks that never wait long on the store: the journal of jobs acked while the queue could not take them.

`enqueue` waits at most `ACK_WAIT` seconds for the store (a SQLite write lock held by another process,
a PostgreSQL server that is down or unreachable). Past that, the job is appended to a journal file of
this process (`<dir>/<stem>.held-<pid>.jsonl`, which survives the process being killed, as a commit
does) and the dispatcher moves it into the queue once the store takes writes again. A dead process's
journal is taken over by whichever worker of the same host looks next.

A journal lives on ONE host: with PostgreSQL and several replicas, jobs held by a host that dies
for good stay in its journal until a partnerbot process starts there again.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from pathlib import Path

from .contract import pid_alive

log = logging.getLogger("partnerbot.slack")
ACK_WAIT = 1.0  # seconds an ack may wait for the store before the job goes to the journal


class JournalledEnqueue:
    """`enqueue` with the journal fallback. A back end supplies `_insert` and `_unavailable`."""

    journal: Path

    def _init_journal(self, directory: Path, stem: str) -> None:
        self._held: dict[str, dict] = {}  # jobs acked while the store could not take them, in arrival order
        self._held_lock = threading.Lock()
        self._journal_dir, self._journal_stem = Path(directory), stem
        self.journal = self._journal_dir / f"{stem}.held-{os.getpid()}.jsonl"

    # -- supplied by the back end ---------------------------------------------------------------------------------
    def _insert(self, item: dict, wait: float) -> str | None:
        """Write the job and its dedupe keys in one transaction, waiting at most `wait` s; None if a duplicate."""
        raise NotImplementedError

    def _unavailable(self, exc: BaseException) -> bool:
        """True if `exc` means the store cannot take writes right now (locked, down): the job is journalled."""
        raise NotImplementedError

    # -- the queue's side ------------------------------------------------------------------------------------------
    def enqueue(self, kind: str, payload: dict, keys: list[str] | tuple[str, ...] = ()) -> str | None:
        """Store a job durably; None (and nothing stored) if any dedupe key was seen within the TTL.

        Waits at most ACK_WAIT seconds for the store; past that, the job goes to this process's
        journal (durable too, on this host) and is moved into the queue by `flush_held`.
        """
        item = {
            "id": uuid.uuid4().hex[:16],
            "kind": kind,
            "payload": payload,
            "keys": [k for k in keys if k],
            "created": time.time(),
        }
        with self._held_lock:
            if self._held:  # keep arrival order, and a redelivery of a held job is a duplicate
                return self._hold(item)
        try:
            return self._insert(item, ACK_WAIT)
        except Exception as exc:
            if not self._unavailable(exc):
                raise
            reason = exc
        with self._held_lock:
            return self._hold(item, reason)

    def _hold(self, item: dict, reason: BaseException | None = None) -> str | None:
        if any(k in held["keys"] for held in self._held.values() for k in item["keys"]):
            return None
        self._journal_dir.mkdir(parents=True, exist_ok=True)
        with open(self.journal, "a", encoding="utf-8") as f:
            f.write(json.dumps(item) + "\n")
        self._held[item["id"]] = item
        if len(self._held) == 1:
            log.warning(
                "the job queue %s cannot take writes (%s); holding new jobs in %s until it can",
                self.where,  # type: ignore[attr-defined]
                " ".join(str(reason).split())[:200] if reason else "locked by another process",
                self.journal,
            )
        return item["id"]

    def held(self) -> int:
        return len(self._held)

    def flush_held(self) -> int:
        """Move journalled jobs into the queue (in order, deduplicated); returns how many are still held."""
        with self._held_lock:
            if not self._held:
                return 0
            for job_id, item in list(self._held.items()):
                try:
                    self._insert(item, 0.2)
                except Exception as exc:
                    if not self._unavailable(exc):
                        raise
                    break
                del self._held[job_id]
            self._rewrite_journal()
            if not self._held:
                log.warning("the job queue %s takes writes again; held jobs moved into it", self.where)  # type: ignore[attr-defined]
            return len(self._held)

    def _rewrite_journal(self) -> None:
        if not self._held:
            self.journal.unlink(missing_ok=True)
            return
        tmp = self.journal.with_name(self.journal.name + ".tmp")
        tmp.write_text("".join(json.dumps(item) + "\n" for item in self._held.values()), encoding="utf-8")
        os.replace(tmp, self.journal)

    def adopt_journals(self) -> int:
        """Take over the journals of dead processes of this host: their jobs join this process's held jobs
        (written to its journal before theirs is removed) and are moved into the queue; returns how many."""
        taken = 0
        prefix = f"{self._journal_stem}.held-"
        for path in self._journal_dir.glob(f"{prefix}*.jsonl"):
            pid = path.name[len(prefix) :].split(".")[0]
            if not pid.isdigit() or int(pid) == os.getpid() or pid_alive(int(pid)):
                continue
            mine = self._journal_dir / f"{prefix}{os.getpid()}.{uuid.uuid4().hex[:8]}.jsonl"
            try:
                os.rename(path, mine)  # atomic: one process takes it over
            except FileNotFoundError:
                continue
            with self._held_lock:
                for line in mine.read_text(encoding="utf-8").splitlines():
                    try:
                        item = json.loads(line)
                    except ValueError:  # a line cut short by the kill was never acked
                        continue
                    if item.get("id") and item["id"] not in self._held:
                        self._held[item["id"]] = item
                        taken += 1
                self._rewrite_journal()
            mine.unlink()
        if taken:
            self.flush_held()
        return taken
