#!/usr/bin/env bash
# Sets everything up on a fresh clone, then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/bootstrap.sh
exec .venv/bin/python -m pytest "$@"
