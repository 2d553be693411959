"""Helpers for the engine fault tests: run the real CLI as a process and check its output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(config_path, *args, stdin=None, timeout=300, cwd=None):
    """`python -m bot --config CONFIG ARGS...`; stdin may be bytes (passed through untouched)."""
    env = dict(os.environ, CI="1", PYTHONPATH=str(ROOT))
    r = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config_path), *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=timeout,
        cwd=cwd or ROOT,
    )
    r.out = r.stdout.decode("utf-8", "replace")
    r.err = r.stderr.decode("utf-8", "replace")
    return r


def assert_one_line(r, *expected):
    """Exit 1, stderr is a single line with no traceback, holding every expected fragment."""
    assert r.returncode == 1, (r.returncode, r.err)
    assert "Traceback" not in r.err, r.err
    lines = [x for x in r.err.splitlines() if x.strip()]
    assert len(lines) == 1, r.err
    for e in expected:
        assert e in lines[0], (e, lines[0])
    return lines[0]
