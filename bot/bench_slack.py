"""`partnerbot bench-slack`: N concurrent /huawei commands against the real app over HTTP.

The bolt app runs in its own process behind waitress (the production server) on
loopback with the real engine; a fake Slack Web API in this process receives the
response_url posts. Reports ack latency percentiles and whether
every answer arrived exactly once, with and without extra simulated work per answer.
"""

from __future__ import annotations

import asyncio
import tempfile
import threading
import time
from pathlib import Path

import numpy as np


def _serve(config_path: str, port: int, api_url: str, extra_work: float) -> None:
    """Child process: the production HTTP server, with optional extra work per answer."""
    import logging

    from bot.slack.app import create_app
    from bot.slack.fake_slack import SECRET
    from bot.slack.server import make_http_server
    from bot.slack.settings import SlackSettings
    from index.config import load_config
    from index.engine import Engine

    logging.basicConfig(level=logging.WARNING)
    config = load_config(config_path)
    engine = Engine(config)
    engine.warm_up()
    app, deps = create_app(config, engine, SlackSettings("xoxb-bench", SECRET, api_url=api_url))
    if extra_work:
        real = deps.service.answer

        def slow(*a, **k):
            time.sleep(extra_work)
            return real(*a, **k)
        deps.service.answer = slow
    server = make_http_server(app, "127.0.0.1", port)
    print("ready", flush=True)
    server.run()


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _signed_command(sender, text: str, port: int) -> tuple[bytes, str]:
    """A raw HTTP request for a signed /huawei command, built before the clock starts."""
    import urllib.parse

    from bot.slack.fake_slack import signed_headers
    sender.n += 1
    name = f"cmd{sender.n}"
    form = {"token": "x", "team_id": "T1", "channel_id": "C_PUBLIC", "channel_name": "general", "user_id": "U_ASKER",
            "command": "/huawei", "text": text, "api_app_id": "A1", "response_url": sender.fake.response_url(name),
            "trigger_id": name}
    body = urllib.parse.urlencode(form)
    headers = signed_headers(body, "application/x-www-form-urlencoded")
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    raw = (f"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {len(body)}\r\n"
           f"Connection: close\r\n{head}\r\n{body}").encode()
    return raw, name


async def _fire_all(raws: list[bytes], port: int) -> list[tuple[float, int]]:
    """Send every request at once from one event loop, so the client adds almost nothing."""
    async def one(raw: bytes):
        t = time.perf_counter()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(raw)
        await writer.drain()
        data = await reader.read()
        ms = (time.perf_counter() - t) * 1000
        writer.close()
        status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
        return ms, status
    return await asyncio.gather(*(one(r) for r in raws))


def _one_round(config, concurrency: int, extra_work: float) -> dict:
    import json
    import subprocess
    import sys

    import yaml

    from bot.slack.fake_slack import FakeSlack, SlackSender

    tmp = Path(tempfile.mkdtemp(prefix="partnerbot-bench-slack-"))
    fake = FakeSlack()
    fake.channels["C_PUBLIC"] = {"id": "C_PUBLIC", "is_channel": True, "is_private": False}
    data = json.loads(config.model_dump_json(exclude={"source_path"}))
    data["slack"].update({"feedback_db": str(tmp / "fb.sqlite3"), "dedupe_db": str(tmp / "dd.sqlite3")})
    cfg_path = tmp / "config.yaml"
    cfg_path.write_text(yaml.safe_dump(data))
    port = _free_port()
    child = subprocess.Popen([sys.executable, "-c", "import sys; from bot.bench_slack import _serve; "
                              "_serve(sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]))",
                              str(cfg_path), str(port), fake.api_url, str(extra_work)],
                             stdout=subprocess.PIPE, text=True)
    try:
        if child.stdout.readline().strip() != "ready":
            raise RuntimeError("the bot server did not start")
        time.sleep(0.3)
        sender = SlackSender(f"http://127.0.0.1:{port}/slack/events", fake)
        sender.command("warm up")  # first-request costs (connections, caches) are not the benchmark
        fake.wait_for("/response/cmd1")
        questions = ["Can we resell Huawei phones without a carrier?", "why did at&t drop huawei",
                     "warranty on huawei phones", "What is the capital of Peru?"]
        requests_ = [_signed_command(sender, questions[i % len(questions)] + f" #{i}", port)
                     for i in range(concurrency)]
        t0 = time.perf_counter()
        results = asyncio.run(_fire_all([r[0] for r in requests_], port))
        results = [(ms, status, r[1]) for (ms, status), r in zip(results, requests_)]
        acks = [r[0] for r in results]
        deadline = time.time() + 60 + extra_work * concurrency
        names = ["/response/" + r[2] for r in results]
        while time.time() < deadline and any(not fake.named(n) for n in names):
            time.sleep(0.05)
        all_done = (time.perf_counter() - t0) * 1000
        time.sleep(0.5)  # let any duplicate arrive before counting
        counts = [len(fake.named(n)) for n in names]
    finally:
        child.terminate()
        child.wait(timeout=10)
        fake.close()
    return {"concurrency": concurrency, "extra_work_s": extra_work,
            "ack_ms": {"p50": round(float(np.percentile(acks, 50)), 1), "p99": round(float(np.percentile(acks, 99)), 1),
                       "max": round(max(acks), 1)},
            "acks_under_3s": sum(1 for a in acks if a < 3000), "status_200": sum(1 for r in results if r[1] == 200),
            "answers_exactly_once": sum(1 for c in counts if c == 1), "answers_missing": sum(1 for c in counts if c == 0),
            "answers_duplicated": sum(1 for c in counts if c > 1), "all_answers_ms": round(all_done, 1)}


def run_slack_bench(config, concurrency: int, extra: list[float]) -> list[dict]:
    return [_one_round(config, concurrency, e) for e in extra]


def format_slack(rows: list[dict]) -> str:
    out = []
    for r in rows:
        a = r["ack_ms"]
        out.append(f"{r['concurrency']} concurrent /huawei, +{r['extra_work_s']}s work per answer: "
                   f"ack p50 {a['p50']} ms, p99 {a['p99']} ms, max {a['max']} ms; "
                   f"{r['acks_under_3s']}/{r['concurrency']} acks < 3 s; answers exactly once "
                   f"{r['answers_exactly_once']}/{r['concurrency']} (missing {r['answers_missing']}, "
                   f"duplicated {r['answers_duplicated']}); all answered in {r['all_answers_ms']:.0f} ms")
    return "\n".join(out)
