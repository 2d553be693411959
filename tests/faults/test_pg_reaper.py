"""The tests' own PostgreSQL goes down with a test run killed from outside (tests/pg_reaper.py).

A run killed with SIGKILL never reaches its fixtures' teardown; before the watcher, its server kept running
(port held, temporary directory left) after the run was gone. Here a child process plays the killed run: it
starts a server, reports its port and directory, and is killed with SIGKILL, its whole process group with it.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.state.contract import pid_alive

from ..pg_server import PgServer, need_bindir
from ..waits import wait_until

REPO = Path(__file__).resolve().parents[2]
CHILD = """
import sys, time
from tests.pg_server import PgServer, need_bindir
server = PgServer(need_bindir()).start()
print(server.port, server.root, flush=True)
time.sleep(600)
"""


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


@pytest.mark.slow
def test_a_killed_test_run_takes_its_postgresql_down_and_its_directory_with_it():
    bindir = need_bindir()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], cwd=REPO, stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    port = root = None
    try:
        line = child.stdout.readline().split()
        assert len(line) == 2, f"the child did not start a server (exit {child.poll()})"
        port, root = int(line[0]), Path(line[1])
        assert _accepts(port) and (root / "data" / "postmaster.pid").exists()
        os.killpg(child.pid, signal.SIGKILL)  # as a cancelled CI job: no teardown runs
        child.wait()
        wait_until(lambda: not _accepts(port), 30, 0.2, f"the server on port {port} to stop")
        wait_until(lambda: not root.exists(), 30, 0.2, f"{root} to be removed")
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if root is not None and root.exists():  # without the watcher: stop what the dead run left
            as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
            subprocess.run([*as_postgres, str(bindir / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate", "stop"])
            shutil.rmtree(root, ignore_errors=True)


@pytest.mark.slow
def test_a_server_closed_by_its_run_leaves_no_watcher_behind():
    server = PgServer(need_bindir()).start()
    try:
        watcher = server.reaper.pid
        assert pid_alive(watcher) and _accepts(server.port)
    finally:
        server.close()
    assert not server.root.exists() and not _accepts(server.port)
    wait_until(lambda: not pid_alive(watcher), 10, 0.1, f"watcher {watcher} to exit")
