#!/usr/bin/env bash
# Sets everything up on a fresh clone, then runs partnerbot:
#   with SLACK_BOT_TOKEN (in the environment or .env) it serves Slack;
#   without, it answers in the terminal: the arguments as a question, or the example
#   question followed by an interactive prompt.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/bootstrap.sh
export PATH="$PWD/.venv/bin:$PATH"
partnerbot index build
has_token=${SLACK_BOT_TOKEN:-}
if [ -z "$has_token" ] && [ -f .env ] && grep -qE '^[[:space:]]*SLACK_BOT_TOKEN=.+' .env; then has_token=1; fi
if [ -n "$has_token" ]; then
  exec partnerbot serve "$@"
fi
if [ $# -gt 0 ]; then
  exec partnerbot ask "$@"
fi
echo "No Slack tokens found: answering in the terminal (see README, 'Connecting to Slack')." >&2
echo "? Can we resell Huawei phones without a carrier?" >&2
partnerbot ask "Can we resell Huawei phones without a carrier?"
if [ -t 0 ]; then echo; exec partnerbot ask; fi
