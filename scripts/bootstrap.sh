#!/usr/bin/env bash
# Creates .venv and installs partnerbot into it, once; re-runs only when pyproject.toml changes.
# torch is installed first and pinned to the CPU build 2.13.0, so that sentence-transformers
# never pulls a multi-GB CUDA build. pip's output goes to .venv/install.log (shown on failure).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "Setting up .venv (the first run takes a few minutes)..." >&2
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  log=.venv/install.log
  if ! { .venv/bin/python -m pip install --upgrade pip &&
         .venv/bin/python -m pip install "torch==2.13.0" &&
         .venv/bin/python -m pip install -e '.[dev]'; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "setup failed: the full pip log is in $log" >&2
    exit 1
  fi
  rm -f .venv/.installed-*
  touch "$stamp"
  echo "Setup done." >&2
fi
