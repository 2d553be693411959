"""Stops a test PostgreSQL whose owner died: `python tests/pg_reaper.py OWNER_PID ROOT -- STOP_COMMAND...`.

A test run killed from outside (kill -9, a CI job cancelled) never reaches its fixtures' teardown, and PostgreSQL
does not die with the process that started it: the server kept running, holding its port and temporary directory,
after the run that made it was gone. `tests/pg_server.py` starts this watcher beside each server, in a session of
its own so that a kill of the test run's process group does not reach it. The watcher polls its owner; when the
owner is gone and the server's directory is still there, it runs the stop command (`pg_ctl stop -m immediate`)
and removes the directory. When the owner closes the server itself (the directory is removed), the watcher exits.

Standard library only: it must run with nothing but the interpreter.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

POLL_SECONDS = 0.5


def _start_ticks(pid: int) -> str | None:
    """The process's start time in clock ticks (/proc/PID/stat field 22): tells the owner from a reused pid."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[-1].split()  # the command name in parentheses may hold spaces
    return fields[19] if len(fields) > 19 and fields[0] != "Z" else None


def owner_alive(pid: int, ticks: str | None) -> bool:
    """Whether the owner still runs: same pid, same start time, and not a zombie. (Without /proc, `kill -0`, as
    bot.state.contract.pid_alive does; this script imports nothing of the project.)"""
    if Path("/proc").is_dir():
        return ticks is not None and _start_ticks(pid) == ticks
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def watch(owner: int, root: Path, stop: list[str], poll: float = POLL_SECONDS) -> bool:
    """Wait for the owner to die or the directory to go; True if the server was stopped and its directory removed."""
    ticks = _start_ticks(owner)
    while root.exists() and owner_alive(owner, ticks):
        time.sleep(poll)
    if not root.exists():
        return False
    try:
        subprocess.run(stop, capture_output=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        pass  # the directory goes anyway: a server that cannot be stopped has nothing left to serve from
    shutil.rmtree(root, ignore_errors=True)
    return True


def main(argv: list[str]) -> int:
    if len(argv) < 5 or argv[3] != "--":
        print("usage: pg_reaper.py OWNER_PID ROOT -- STOP_COMMAND...", file=sys.stderr)
        return 2
    watch(int(argv[1]), Path(argv[2]), argv[4:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
