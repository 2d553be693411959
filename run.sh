#!/usr/bin/env bash
# Sets everything up on a fresh clone, then runs partnerbot:
#   ./run.sh "question"  answers the question in the terminal (whatever tokens are set);
#   ./run.sh ask ...     the same as `partnerbot ask ...` (options such as --after, --json);
#   ./run.sh serve ...   serves Slack (options as for `partnerbot serve`);
#   ./run.sh             serves Slack if SLACK_BOT_TOKEN is set (environment or .env), else
#                        answers the example question and opens an interactive prompt.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/bootstrap.sh
export PATH="$PWD/.venv/bin:$PATH"
partnerbot index build --if-stale || { partnerbot index status >/dev/null 2>&1 && echo "run.sh: the index was not rebuilt (see above); using the existing index" >&2 || exit 1; }
# `./run.sh serve [--http ...]` serves Slack; any other arguments are a question for the terminal.
if [ "${1:-}" = "serve" ]; then
  exec partnerbot "$@"
fi
if [ "${1:-}" = "ask" ]; then
  shift  # `./run.sh ask --after "…" "and verizon?"` is `partnerbot ask …`, not the question "ask …"
  exec partnerbot ask "$@"
fi
if [ $# -gt 0 ]; then
  exec partnerbot ask "$@"
fi
has_token=${SLACK_BOT_TOKEN:-}
if [ -z "$has_token" ] && [ -f .env ] && grep -qE '^[[:space:]]*SLACK_BOT_TOKEN=[^[:space:]#]+' .env; then has_token=1; fi
if [ -n "$has_token" ]; then
  exec partnerbot serve
fi
echo "No Slack tokens found: answering in the terminal (see README, 'Connecting to Slack')." >&2
echo "? Can we resell Huawei phones without a carrier?" >&2
partnerbot ask "Can we resell Huawei phones without a carrier?"
if [ -t 0 ]; then echo; exec partnerbot ask; fi
