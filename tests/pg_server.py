"""A real PostgreSQL server for the tests, started from the machine's binaries in a temporary directory.

`PgServer` runs initdb and pg_ctl on a free loopback port with its socket inside its own directory;
nothing is shared with a system PostgreSQL. initdb refuses to run as root, so as root the server runs
as the `postgres` user (`runuser -u postgres --`) in a directory it owns. Fixtures (tests/conftest.py):
`pg_server` (one per session, stopped at the end) and `pg_url` (a fresh empty database per test). Each server
has a watcher (tests/pg_reaper.py) that stops it and removes its directory if the test run is killed.

Without the binaries the tests skip, except under CI (env CI set), where they fail: CI must test both
back ends.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"


def find_bindir() -> Path | None:
    """The directory with initdb and pg_ctl: the newest /usr/lib/postgresql/N/bin, else PATH's."""
    dirs = sorted(
        glob.glob(PG_BIN_GLOB), key=lambda d: int(Path(d).parent.name) if Path(d).parent.name.isdigit() else 0
    )
    for d in reversed(dirs):
        if (Path(d) / "initdb").exists() and (Path(d) / "pg_ctl").exists():
            return Path(d)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def need_bindir() -> Path:
    """The binaries, or a skip (a failure under CI) naming what to install."""
    bindir = find_bindir()
    if bindir is None:
        msg = "PostgreSQL server binaries not found (install Debian's postgresql package: apt-get install postgresql)"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    return bindir


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """One throw-away PostgreSQL cluster: `start()`, `stop()` (immediate, as a crash), `start()` again."""

    def __init__(self, bindir: Path, port: int | None = None):
        self.bindir = bindir
        self.port = port or free_port()
        self.root = Path(tempfile.mkdtemp(prefix="partnerbot-pg-"))
        self.data, self.sock, self.log = self.root / "data", self.root / "sock", self.root / "server.log"
        self.sock.mkdir()
        self._as = []
        if os.geteuid() == 0:  # initdb refuses root: the cluster belongs to the postgres user
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(self.sock, "postgres", "postgres")
            runuser = shutil.which("runuser", path=f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin") or "runuser"
            self._as = [runuser, "-u", "postgres", "--"]
        try:
            self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        except BaseException:
            shutil.rmtree(self.root, ignore_errors=True)
            raise
        self.running = False
        self.reaper = self._start_reaper()

    def _start_reaper(self) -> subprocess.Popen:
        """A watcher stopping this server if the process that made it dies without closing it (tests/pg_reaper.py)."""
        stop = [*self._as, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"]
        reaper = Path(__file__).with_name("pg_reaper.py")
        return subprocess.Popen(
            [sys.executable, str(reaper), str(os.getpid()), str(self.root), "--", *stop],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a kill of the test run's process group must not take the watcher with it
        )

    def _run(self, tool: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        r = subprocess.run([*self._as, str(self.bindir / tool), *args], capture_output=True, text=True, timeout=timeout)
        if r.returncode != 0:
            log = self.log.read_text()[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{tool} failed ({r.returncode}): {r.stderr.strip()[-2000:]}\n{log}")
        return r

    def start(self) -> PgServer:
        opts = (
            f"-p {self.port} -k {self.sock} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", opts, "-w", "-t", "60", "start")
        self.running = True
        return self

    def stop(self, mode: str = "immediate") -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")
            self.running = False

    def url(self, dbname: str = "postgres", password: str | None = None) -> str:
        auth = f"postgres:{password}" if password else "postgres"
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = name or f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)

    def close(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
            try:
                self.reaper.wait(timeout=10)  # it sees the directory gone and exits
            except subprocess.TimeoutExpired:
                self.reaper.kill()
                self.reaper.wait()


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL for the session (started on first use, stopped with `pg_ctl stop -m immediate`)."""
    server = PgServer(need_bindir()).start()
    yield server
    server.close()


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh empty database on the session's server: postgresql://postgres@127.0.0.1:PORT/t_<random>."""
    return pg_server.create_database()
