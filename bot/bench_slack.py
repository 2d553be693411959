"""`partnerbot bench-slack`: N concurrent /huawei commands against the real app over HTTP.

The bolt app runs in its own processes behind gunicorn (the production server) on
loopback with the real engine; a fake Slack Web API in this process receives the
response_url posts. Reports ack latency percentiles and whether
every answer arrived exactly once, with and without extra simulated work per answer, and
optionally with N stalled connections held open (headers sent, body never completed), and
optionally with N hostile DMs in the burst (40 KB of unclosed mentions, `'<@A|' * 10000`,
which took seconds to clean before issue 15).

A development tool: the fake Slack Web API is the package's loopback test double
(bot/devtools/fake_slack.py), the same one the tests use.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

import numpy as np


def _fakes():
    """The fake Slack Web API and signed requests (a loopback-only double shipped in bot/devtools)."""
    from bot.devtools import fake_slack

    return fake_slack


def _serve(config_path: str, port: int, api_url: str, extra_work: float, workers: int) -> None:
    """Child process: the production HTTP server (gunicorn), with optional extra work per answer."""
    from bot.config import load_config
    from bot.slack.app import create_app
    from bot.slack.server import serve_gunicorn, wsgi_app
    from bot.slack.settings import SlackSettings
    from index.engine import Engine

    config = load_config(config_path)
    secret = _fakes().SECRET

    def make_wsgi():
        engine = Engine(config)
        engine.warm_up()
        app, deps = create_app(config, engine, SlackSettings("xoxb-bench", secret, api_url=api_url))
        if extra_work:
            real = deps.service.answer

            def slow(*a, **k):
                time.sleep(extra_work)
                return real(*a, **k)

            deps.service.answer = slow
        return wsgi_app(app)

    serve_gunicorn(make_wsgi, "127.0.0.1", port, workers, 16)


def _wait_healthy(port: int, workers: int, timeout: float = 60.0) -> None:
    """Until every worker has booted (each answers /healthz only once its app is built)."""
    import requests

    end = time.time() + timeout
    ok = 0
    while time.time() < end:
        try:
            ok = ok + 1 if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2).ok else 0
        except requests.RequestException:
            ok = 0
        if ok >= 4 * workers:
            return
        time.sleep(0.2)
    raise RuntimeError("the bot server did not start")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _signed_command(sender, text: str, port: int) -> tuple[bytes, str]:
    """A raw HTTP request for a signed /huawei command, built before the clock starts."""
    import urllib.parse

    signed_headers = _fakes().signed_headers
    sender.n += 1
    name = f"cmd{sender.n}"
    form = {
        "token": "x",
        "team_id": "T1",
        "channel_id": "C_PUBLIC",
        "channel_name": "general",
        "user_id": "U_ASKER",
        "command": "/huawei",
        "text": text,
        "api_app_id": "A1",
        "response_url": sender.fake.response_url(name),
        "trigger_id": name,
    }
    body = urllib.parse.urlencode(form)
    headers = signed_headers(body, "application/x-www-form-urlencoded")
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    raw = (
        f"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {len(body)}\r\n"
        f"Connection: close\r\n{head}\r\n{body}"
    ).encode()
    return raw, name


HOSTILE_TEXT = "<@A|" * 10000  # 40 KB: quadratic for the old mention pattern


def _signed_dm(sender, text: str, port: int) -> bytes:
    """A raw HTTP request for a signed DM event (message.im), built before the clock starts."""
    import json

    sender.n += 1
    ev = {
        "type": "message",
        "channel_type": "im",
        "user": "U_ASKER",
        "team": "T1",
        "text": text,
        "ts": f"1800000000.{sender.n:06d}",
        "channel": "D_ASKER",
    }
    body = json.dumps(sender.event_body(ev))
    head = "".join(f"{k}: {v}\r\n" for k, v in _fakes().signed_headers(body, "application/json").items())
    return (
        f"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {len(body)}\r\n"
        f"Connection: close\r\n{head}\r\n{body}"
    ).encode()


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


def _stall(port: int, n: int) -> list:
    """n connections that send a request's headers and part of its body, then nothing."""
    import socket

    socks = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b'Content-Length: 5000\r\n\r\n{"type":'
        )
        socks.append(s)
    return socks


def _one_round(config, concurrency: int, extra_work: float, workers: int, stalled: int = 0, hostile: int = 0) -> dict:
    import json
    import subprocess
    import sys

    import yaml

    fakes = _fakes()
    FakeSlack, SlackSender = fakes.FakeSlack, fakes.SlackSender

    tmp = Path(tempfile.mkdtemp(prefix="partnerbot-bench-slack-"))
    fake = FakeSlack()
    fake.channels["C_PUBLIC"] = {"id": "C_PUBLIC", "is_channel": True, "is_private": False}
    fake.channels["D_ASKER"] = {"id": "D_ASKER", "is_im": True}
    data = json.loads(config.model_dump_json(exclude={"source_path"}))
    data["slack"].update({"feedback_db": str(tmp / "fb.sqlite3"), "queue_db": str(tmp / "queue.sqlite3")})
    cfg_path = tmp / "config.yaml"
    cfg_path.write_text(yaml.safe_dump(data))
    port = _free_port()
    held: list = []
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from bot.bench_slack import _serve; "
            "_serve(sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]), "
            "int(sys.argv[5]))",
            str(cfg_path),
            str(port),
            fake.api_url,
            str(extra_work),
            str(workers),
        ]
    )
    try:
        _wait_healthy(port, workers)
        time.sleep(3)  # workers warm their engines after they start answering /healthz
        sender = SlackSender(f"http://127.0.0.1:{port}/slack/events", fake)
        for i in range(2 * workers):  # first-request costs (connections, caches) are not the benchmark
            sender.command(f"warm up {i}")
            fake.wait_for(f"/response/cmd{i + 1}")
        questions = [
            "Can we resell Huawei phones without a carrier?",
            "why did at&t drop huawei",
            "warranty on huawei phones",
            "What is the capital of Peru?",
        ]
        requests_ = [
            _signed_command(sender, questions[i % len(questions)] + f" #{i}", port) for i in range(concurrency)
        ]
        bad = [_signed_dm(sender, HOSTILE_TEXT, port) for _ in range(hostile)]
        held = _stall(port, stalled)
        time.sleep(0.3 if stalled else 0)
        t0 = time.perf_counter()
        fired = asyncio.run(_fire_all(bad + [r[0] for r in requests_], port))  # the hostile ones go first
        bad_results, results = fired[:hostile], fired[hostile:]
        results = [(ms, status, r[1]) for (ms, status), r in zip(results, requests_, strict=True)]
        acks = [r[0] for r in results]
        deadline = time.time() + 60 + extra_work * concurrency
        names = ["/response/" + r[2] for r in results]
        while time.time() < deadline and any(not fake.named(n) for n in names):
            time.sleep(0.05)
        all_done = (time.perf_counter() - t0) * 1000
        time.sleep(0.5)  # let any duplicate arrive before counting
        counts = [len(fake.named(n)) for n in names]
    finally:
        for s in held:
            s.close()
        child.terminate()
        child.wait(timeout=10)
        fake.close()
    every = acks + [ms for ms, _ in bad_results]
    hostile_row = (
        {
            "hostile": hostile,
            "hostile_ack_ms_max": round(max(ms for ms, _ in bad_results), 1),
            "hostile_status_200": sum(1 for _, st in bad_results if st == 200),
            "all_ack_ms_p99": round(float(np.percentile(every, 99)), 1),
        }
        if hostile
        else {}
    )
    return {
        **hostile_row,
        "concurrency": concurrency,
        "extra_work_s": extra_work,
        "workers": workers,
        "stalled": stalled,
        "ack_ms": {
            "p50": round(float(np.percentile(acks, 50)), 1),
            "p99": round(float(np.percentile(acks, 99)), 1),
            "max": round(max(acks), 1),
        },
        "acks_under_3s": sum(1 for a in acks if a < 3000),
        "status_200": sum(1 for r in results if r[1] == 200),
        "answers_exactly_once": sum(1 for c in counts if c == 1),
        "answers_missing": sum(1 for c in counts if c == 0),
        "answers_duplicated": sum(1 for c in counts if c > 1),
        "all_answers_ms": round(all_done, 1),
    }


def run_slack_bench(
    config, concurrency: int, extra: list[float], workers: int = 2, stalled: int = 0, hostile: int = 0
) -> list[dict]:
    return [_one_round(config, concurrency, e, workers, stalled, hostile) for e in extra]


def format_slack(rows: list[dict]) -> str:
    out = []
    for r in rows:
        a = r["ack_ms"]
        held = f", {r['stalled']} stalled connections held open" if r.get("stalled") else ""
        if r.get("hostile"):
            held += (
                f", {r['hostile']} hostile 40 KB DMs fired first (their acks: max {r['hostile_ack_ms_max']} ms, "
                f"{r['hostile_status_200']} status 200; p99 of all acks {r['all_ack_ms_p99']} ms)"
            )
        out.append(
            f"{r['concurrency']} concurrent /huawei, {r['workers']} workers{held}, "
            f"+{r['extra_work_s']}s work per answer: "
            f"ack p50 {a['p50']} ms, p99 {a['p99']} ms, max {a['max']} ms; "
            f"{r['acks_under_3s']}/{r['concurrency']} acks < 3 s; answers exactly once "
            f"{r['answers_exactly_once']}/{r['concurrency']} (missing {r['answers_missing']}, "
            f"duplicated {r['answers_duplicated']}); all answered in {r['all_answers_ms']:.0f} ms"
        )
    return "\n".join(out)
