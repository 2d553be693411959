"""Warm latency of follow-ups: every `after:` item of eval/questions.yaml asked after its question, three times.

    .venv/bin/python scripts/bench_followups.py [--rounds 3]

Prints p50 / p95 / p99 of `Engine.ask(question, context=after)` end to end (timings_ms["total"]); docs/benchmarks.md
("Speed on the shipped corpus") quotes it. Needs a built index (`partnerbot index build`).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import load_config  # noqa: E402
from bot.evaluate.questions import load_questions  # noqa: E402
from index.engine import Engine  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    engine = Engine(load_config(ROOT / "config.yaml"))
    engine.warm_up()
    followups = [it for it in load_questions(ROOT / "eval" / "questions.yaml") if it.get("after")]
    for it in followups:  # once to warm every cache
        engine.ask(it["q"], context=it["after"])
    ms = [engine.ask(it["q"], context=it["after"]).timings_ms["total"] for _ in range(args.rounds) for it in followups]
    p50, p95, p99 = np.percentile(ms, [50, 95, 99])
    print(f"follow-ups, warm (n={len(ms)}): p50 {p50:.2f} ms, p95 {p95:.2f} ms, p99 {p99:.2f} ms")


if __name__ == "__main__":
    main()
