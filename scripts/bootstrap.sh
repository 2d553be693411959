#!/usr/bin/env bash
# Creates .venv and installs partnerbot into it, once; re-runs only when pyproject.toml changes.
# torch is installed first and pinned to the CPU build 2.13.0, so that sentence-transformers
# never pulls a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "Setting up .venv (first run takes a few minutes)..." >&2
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip >&2
  .venv/bin/python -m pip install --quiet "torch==2.13.0" >&2
  .venv/bin/python -m pip install --quiet -e '.[dev]' >&2
  rm -f .venv/.installed-*
  touch "$stamp"
fi
