"""Slack benchmarks with PostgreSQL as the state store (issue 16): ack latency, and answers/s for 1 vs N replicas.

1. Acks: one `serve --http` replica (gunicorn, `--workers` processes) on PostgreSQL; each round fires
   `--concurrency` signed /huawei commands at once and times each ack (p50/p95/p99/max per round and pooled),
   then waits until every one is answered (and counts answers given twice).
2. Throughput on answer-bound load: for each count in `--replicas` (e.g. 1,3), that many replicas on one
   database, each with `--replica-workers` processes; `--questions` commands are spread round-robin and sent
   at once; answers/s = questions / (last answer - first request). Acks are cheap: the time is the answers'.
   `--slack-delay S` makes the fake Slack take S seconds per post (a slow Slack: each process posts one
   answer at a time, so the bound is per process rather than the machine's CPU).

The replicas are the real HTTP app under gunicorn (bot/bench_slack.py `_serve`, as `partnerbot bench-slack`
runs it) on loopback, with the real engine and index of `--config`; the fake Slack Web API in this process
takes the response_url posts. PostgreSQL: `--state-url`, else a throw-away server started from the machine's
binaries (tests/pg_server.py), one fresh database per measurement.

Usage: .venv/bin/python scripts/bench_replicas.py [--rounds 5] [--concurrency 50] [--replicas 1,3]
       [--questions 300] [--replica-workers 1] [--state-url postgresql://...] [--json FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.bench_slack import _fire_all, _free_port, _signed_command, _wait_healthy  # noqa: E402
from bot.config import STATE_URL_ENV, load_config  # noqa: E402
from bot.devtools.fake_slack import FakeSlack, SlackSender  # noqa: E402
from index.build.store import read_current  # noqa: E402

QUESTIONS = [
    "Can we resell Huawei phones without a carrier?",
    "why did at&t drop huawei",
    "warranty on huawei phones",
    "What is the capital of Peru?",
]


def percentiles(ms: list[float]) -> dict:
    return {
        "p50": round(float(np.percentile(ms, 50)), 1),
        "p95": round(float(np.percentile(ms, 95)), 1),
        "p99": round(float(np.percentile(ms, 99)), 1),
        "max": round(max(ms), 1),
    }


class Databases:
    """Fresh PostgreSQL databases: on the server of --state-url, or on a throw-away server of our own."""

    def __init__(self, url: str | None):
        self.url, self.server = url, None
        if url is None:
            from tests.pg_server import PgServer, find_bindir

            bindir = find_bindir()
            if bindir is None:
                sys.exit("bench_replicas: no PostgreSQL server binaries; install postgresql or give --state-url")
            self.server = PgServer(bindir).start()

    def fresh(self) -> str:
        if self.server is not None:
            return self.server.create_database()
        return self.url  # the user's database: tables are created once and shared by every measurement

    def close(self) -> None:
        if self.server is not None:
            self.server.close()


@contextmanager
def replicas(config, state_url: str, fake: FakeSlack, count: int, workers: int):
    """`count` replicas (gunicorn, `workers` processes each) on one database; yields their ports when healthy."""
    tmp = Path(tempfile.mkdtemp(prefix="partnerbot-bench-replicas-"))
    data = json.loads(config.model_dump_json(exclude={"source_path"}))
    env = {k: v for k, v in os.environ.items() if k != STATE_URL_ENV}
    procs, ports = [], []
    try:
        for i in range(count):
            home = tmp / f"replica-{i}"
            home.mkdir()
            mine = json.loads(json.dumps(data))
            mine["slack"].update({"feedback_db": str(home / "fb.sqlite3"), "queue_db": str(home / "queue.sqlite3")})
            mine["state"]["url"] = state_url
            (home / "config.yaml").write_text(yaml.safe_dump(mine))
            port = _free_port()
            code = (
                "import sys; from bot.bench_slack import _serve; "
                "_serve(sys.argv[1], int(sys.argv[2]), sys.argv[3], 0.0, int(sys.argv[4]))"
            )
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-c", code, str(home / "config.yaml"), str(port), fake.api_url, str(workers)],
                    cwd=home,
                    env=env,
                )
            )
            ports.append(port)
        for port in ports:
            _wait_healthy(port, workers, timeout=180)
        yield ports
    finally:
        for p in procs:  # only the children started here
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def _warm(sender: SlackSender, fake: FakeSlack, ports: list[int], workers: int) -> None:
    """First-request costs (connections, caches, the engine's first question) are not the benchmark."""
    for port in ports:
        raws = [_signed_command(sender, f"warm up {i}", port) for i in range(2 * workers)]
        asyncio.run(_fire_all([r for r, _ in raws], port))
        for _, name in raws:
            fake.wait_for(f"/response/{name}", timeout=120)
    time.sleep(1)


def _wait_answered(fake: FakeSlack, names: list[str], timeout: float) -> float:
    """Seconds (perf_counter) when the last of `names` was answered; raises when some never are."""
    end = time.time() + timeout
    while time.time() < end:
        if all(fake.named(f"/response/{n}") for n in names):
            return time.perf_counter()
        time.sleep(0.02)
    missing = [n for n in names if not fake.named(f"/response/{n}")]
    raise SystemExit(f"bench_replicas: {len(missing)} questions never answered (e.g. {missing[:3]})")


def _duplicates(fake: FakeSlack, names: list[str]) -> int:
    time.sleep(0.5)  # a duplicate would arrive by now
    return sum(1 for n in names if len(fake.named(f"/response/{n}")) > 1)


def bench_acks(config, dbs: Databases, rounds: int, concurrency: int, workers: int) -> dict:
    fake = FakeSlack()
    fake.channels["C_PUBLIC"] = {"id": "C_PUBLIC", "is_channel": True, "is_private": False}
    sender = SlackSender("http://unused", fake)
    per_round, pooled, dups, statuses = [], [], 0, []
    try:
        with replicas(config, dbs.fresh(), fake, 1, workers) as [port]:
            _warm(sender, fake, [port], workers)
            for i in range(rounds):
                raws = [
                    _signed_command(sender, f"{QUESTIONS[k % len(QUESTIONS)]} #{i}.{k}", port)
                    for k in range(concurrency)
                ]
                fired = asyncio.run(_fire_all([r for r, _ in raws], port))
                acks = [ms for ms, _ in fired]
                statuses += [st for _, st in fired]
                names = [n for _, n in raws]
                _wait_answered(fake, names, 120)
                dups += _duplicates(fake, names)
                per_round.append(percentiles(acks))
                pooled += acks
                time.sleep(1)  # the queue drains between rounds
    finally:
        fake.close()
    return {
        "concurrency": concurrency,
        "workers": workers,
        "rounds": per_round,
        "pooled": percentiles(pooled),
        "acks_200": sum(st == 200 for st in statuses),
        "requests": len(statuses),
        "answered_twice": dups,
    }


def bench_throughput(config, dbs: Databases, count: int, questions: int, workers: int, slack_delay: float) -> dict:
    fake = FakeSlack()
    fake.channels["C_PUBLIC"] = {"id": "C_PUBLIC", "is_channel": True, "is_private": False}
    sender = SlackSender("http://unused", fake)
    try:
        with replicas(config, dbs.fresh(), fake, count, workers) as ports:
            _warm(sender, fake, ports, workers)
            fake.delay = slack_delay  # a slow Slack: each process posts one answer at a time
            raws = [
                _signed_command(sender, f"{QUESTIONS[k % len(QUESTIONS)]} (load {k})", ports[k % count])
                for k in range(questions)
            ]
            by_port: dict[int, list[bytes]] = {}
            for k, (raw, _) in enumerate(raws):
                by_port.setdefault(ports[k % count], []).append(raw)

            async def send_all():
                return await asyncio.gather(*(_fire_all(rs, p) for p, rs in by_port.items()))

            t0 = time.perf_counter()
            fired = [x for group in asyncio.run(send_all()) for x in group]
            acked_s = time.perf_counter() - t0
            names = [n for _, n in raws]
            last = _wait_answered(fake, names, 600)
            dups = _duplicates(fake, names)
    finally:
        fake.close()
    seconds = last - t0
    return {
        "replicas": count,
        "workers_per_replica": workers,
        "questions": questions,
        "slack_delay_s": slack_delay,
        "acks_200": sum(st == 200 for _, st in fired),
        "acked_in_s": round(acked_s, 2),
        "answered_in_s": round(seconds, 2),
        "answers_per_s": round(questions / seconds, 1),
        "answers_per_s_per_replica": round(questions / seconds / count, 1),
        "answered_twice": dups,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--config", default=None, help="config.yaml (default: the repository's)")
    ap.add_argument("--state-url", default=os.environ.get(STATE_URL_ENV) or None)
    ap.add_argument("--rounds", type=int, default=5, help="ack rounds (0: skip the ack benchmark)")
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--workers", type=int, default=2, help="gunicorn workers of the replica in the ack benchmark")
    ap.add_argument("--replicas", default="1,3", help="replica counts for the throughput benchmark ('': skip it)")
    ap.add_argument("--replica-workers", type=int, default=1, help="gunicorn workers per replica (throughput)")
    ap.add_argument("--questions", type=int, default=300)
    ap.add_argument(
        "--slack-delay", type=float, default=0.0, help="seconds the fake Slack takes per post (throughput; 0: none)"
    )
    ap.add_argument("--json", dest="json_path", default=None, help="also write the results to this file")
    args = ap.parse_args()
    config = load_config(args.config or Path(__file__).resolve().parent.parent / "config.yaml")
    if read_current(config.index_dir) is None:
        sys.exit(f"bench_replicas: no index in {config.index_dir}; run `partnerbot index build` first")
    dbs = Databases(args.state_url)
    out: dict = {"date": time.strftime("%Y-%m-%d"), "cpus": os.cpu_count(), "load": os.getloadavg()[0]}
    try:
        if args.rounds:
            out["acks"] = a = bench_acks(config, dbs, args.rounds, args.concurrency, args.workers)
            for i, r in enumerate(a["rounds"]):
                print(
                    f"acks, round {i + 1}: {a['concurrency']} concurrent /huawei, 1 replica × {a['workers']} workers, "
                    f"PostgreSQL: p50 {r['p50']} ms, p95 {r['p95']} ms, p99 {r['p99']} ms, max {r['max']} ms"
                )
            p = a["pooled"]
            print(
                f"acks, all {a['requests']}: p50 {p['p50']} ms, p95 {p['p95']} ms, p99 {p['p99']} ms, "
                f"max {p['max']} ms; {a['acks_200']}/{a['requests']} status 200; answered twice {a['answered_twice']}"
            )
        out["throughput"] = []
        for count in [int(x) for x in args.replicas.split(",") if x.strip()]:
            t = bench_throughput(config, dbs, count, args.questions, args.replica_workers, args.slack_delay)
            out["throughput"].append(t)
            print(
                f"throughput: {t['replicas']} replica(s) × {t['workers_per_replica']} worker(s), {t['questions']} "
                f"/huawei at once, Slack +{t['slack_delay_s']} s a post: {t['acks_200']} acked in "
                f"{t['acked_in_s']} s, all answered in {t['answered_in_s']} s: {t['answers_per_s']} answers/s "
                f"({t['answers_per_s_per_replica']} per "
                f"replica); answered twice {t['answered_twice']}"
            )
        rows = out["throughput"]
        if len(rows) > 1:
            print(
                f"speed-up {rows[-1]['replicas']} vs {rows[0]['replicas']}: "
                f"{rows[-1]['answers_per_s'] / rows[0]['answers_per_s']:.2f}×"
            )
    finally:
        dbs.close()
    out["load_after"] = os.getloadavg()[0]
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
