"""`partnerbot serve --http` (gunicorn + waitress workers) under attack and failure, as a user runs it.

One server per module, the tests in order: garbage requests, stalled connections, then a
worker SIGKILLed in the middle of a burst of 100 /huawei and 100 mentions.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import socket
import sqlite3
import time
import urllib.parse
from collections import Counter

import numpy as np
import pytest
import requests

from ..conftest import make_workspace
from ..slack_fakes import FakeSlack, signed_headers
from ..slack_fakes.harness import CHANNELS, Served

EXAMPLES = [
    "Can we resell Huawei phones without a carrier?",
    "why did AT&T drop Huawei",
    "warranty on huawei phones",
    "What is the capital of Peru?",
]


@pytest.fixture(scope="module")
def served(tmp_path_factory, shared_cache):
    tmp = tmp_path_factory.mktemp("served")
    make_workspace(tmp, shared_cache)
    fake = FakeSlack()
    fake.channels.update(json.loads(json.dumps(CHANNELS)))
    server = Served(tmp, fake, workers=2, threads=16)
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()
        fake.close()


def raw_request(port: int, body: str, content_type: str, headers: dict | None = None) -> bytes:
    h = signed_headers(body, content_type)
    h.update(headers or {})
    head = "".join(f"{k}: {v}\r\n" for k, v in h.items())
    data = body.encode()
    return (
        f"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {len(data)}\r\n"
        f"Connection: close\r\n{head}\r\n"
    ).encode() + data


async def _send(port: int, raw: bytes) -> tuple[float, int]:
    t = time.perf_counter()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(raw)
        await writer.drain()
        data = await asyncio.wait_for(reader.read(), 30)
        writer.close()
    except (TimeoutError, OSError):
        return (time.perf_counter() - t) * 1000, 0
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return (time.perf_counter() - t) * 1000, status


def command_raw(served: Served, text: str) -> tuple[bytes, dict]:
    form = served.sender.command_form(text)
    return raw_request(served.port, urllib.parse.urlencode(form), "application/x-www-form-urlencoded"), form


def mention_raw(served: Served, text: str, ts: str) -> tuple[bytes, dict]:
    ev = {"type": "app_mention", "user": "U_ASKER", "text": f"<@UBOT> {text}", "ts": ts, "channel": "C_PUBLIC"}
    return raw_request(served.port, json.dumps(served.sender.event_body(ev)), "application/json"), ev


def test_garbage_gets_400_or_401_fast_with_one_warning_line_and_no_traceback(served):
    url = served.url + "/slack/events"
    before = served.log()
    good_form = "text=hi&user_id=U1"
    cases = [
        (
            b"{}",
            {"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=00", "Content-Type": "application/json"},
            401,
        ),
        (b"{}", {"Content-Type": "application/json"}, 401),
        (b"{not json", signed_headers("{not json", "application/json"), 400),
        (b"payload=%7Bnot", signed_headers("payload=%7Bnot", "application/x-www-form-urlencoded"), 400),
        (b"\xff\xfe=\xff", {**signed_headers("x", "application/x-www-form-urlencoded")}, 401),
        (
            good_form.encode(),
            {**signed_headers(good_form, "application/x-www-form-urlencoded"), "X-Slack-Request-Timestamp": "1e9"},
            401,
        ),
    ]
    times = []
    for _ in range(17):
        for body, headers, status in cases:
            t = time.perf_counter()
            r = requests.post(url, data=body, headers=headers, timeout=10)
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == status, (body, r.status_code, r.text)
    time.sleep(0.5)
    new = served.log()[len(before) :]
    assert "Traceback" not in new and "ERROR" not in new
    warnings = [line for line in new.splitlines() if "WARNING" in line]
    assert 1 <= len(warnings) <= 2, new  # one line per worker at most, for 102 rejected requests
    p99 = float(np.percentile(times, 99))
    print(f"\n102 malformed/unsigned requests: p50 {np.percentile(times, 50):.1f} ms, p99 {p99:.1f} ms")
    assert p99 < 500


def test_200_stalled_connections_do_not_starve_acks(served):
    stalled = []
    try:
        for _ in range(200):  # headers sent, body promised but never completed
            s = socket.create_connection(("127.0.0.1", served.port))
            s.sendall(
                b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b'Content-Length: 5000\r\n\r\n{"type":'
            )
            stalled.append(s)
        time.sleep(0.5)  # on purpose: the server has parked all 200 before the burst
        raws = [command_raw(served, f"{EXAMPLES[i % 4]} (stalled {i})") for i in range(60)]

        async def bursts():
            out = []
            for i in range(0, 60, 20):  # three bursts of 20 signed commands while the 200 stay stalled
                out += await asyncio.gather(*(_send(served.port, r) for r, _ in raws[i : i + 20]))
            return out

        acks = asyncio.run(bursts())
        for _, form in raws:
            served.fake.wait_for("/response/" + form["response_url"].rsplit("/", 1)[1], timeout=60)
    finally:
        for s in stalled:
            s.close()
    ms = [a for a, _ in acks]
    p99 = float(np.percentile(ms, 99))
    print(
        f"\n200 stalled connections: 60 signed acks p50 {np.percentile(ms, 50):.1f} ms, p99 {p99:.1f} ms, "
        f"max {max(ms):.1f} ms"
    )
    assert all(status == 200 for _, status in acks)
    assert max(ms) < 3000


def test_sigkill_of_a_worker_mid_burst_loses_no_acked_question(served):
    fake = served.fake
    before_calls = len(fake.calls)
    cmds = [command_raw(served, f"{EXAMPLES[i % 4]} (burst {i})") for i in range(100)]
    ments = [mention_raw(served, f"{EXAMPLES[i % 4]} (burst {i})", f"1800000000.{i:06d}") for i in range(100)]
    fake.delay = 0.2  # a slow Slack: answers are still being delivered when the kill lands
    queue_db = sqlite3.connect(str(served.log_path.parent / ".partnerbot" / "queue.sqlite3"), timeout=30)
    victim = {}

    def busiest_worker() -> int:
        """The worker process holding the most leased jobs right now (owner = host:pid:nonce)."""
        rows = queue_db.execute(
            "SELECT owner, COUNT(*) n FROM jobs WHERE lease_until > ? AND owner IS NOT NULL "
            "GROUP BY owner ORDER BY n DESC",
            (time.time(),),
        ).fetchall()
        pids = served.worker_pids()
        held = [(int(owner.rsplit(":", 2)[1]), n) for owner, n in rows]
        return next(((pid, n) for pid, n in held if pid in pids), (pids[0], 0))

    async def burst():
        tasks = [asyncio.create_task(_send(served.port, raw)) for raw, _ in cmds + ments]
        while sum(t.done() for t in tasks) < 100:  # half the burst acked
            await asyncio.sleep(0.01)
        # Kill a worker while it holds leased jobs (answering starts a moment after the acks).
        end = time.time() + 20
        victim["pid"], victim["held"] = busiest_worker()
        while victim["held"] == 0 and time.time() < end:
            await asyncio.sleep(0.02)
            victim["pid"], victim["held"] = busiest_worker()
        os.kill(victim["pid"], signal.SIGKILL)
        return await asyncio.gather(*tasks)

    try:
        results = asyncio.run(burst())
    finally:
        fake.delay = 0.0
    acked_cmds = [form for (raw, form), (_, st) in zip(cmds, results[:100], strict=True) if st == 200]
    acked_ments = [ev for (raw, ev), (_, st) in zip(ments, results[100:], strict=True) if st == 200]
    print(
        f"\nSIGKILL of a worker holding {victim['held']} leased jobs mid-burst: acked {len(acked_cmds)}/100 "
        f"commands, {len(acked_ments)}/100 mentions "
        f"(the rest never got an ack, so Slack would retry them)"
    )
    assert len(acked_cmds) + len(acked_ments) >= 100
    fake.delay = 0.0
    deadline = time.time() + 180
    missing = None
    while time.time() < deadline:
        with fake.lock:
            calls = fake.calls[before_calls:]
        answered = {n.rsplit("/", 1)[1] for n, _ in calls if n.startswith("/response/")}
        threads = {p.get("thread_ts") for n, p in calls if n == "chat.postMessage"}
        missing = [
            f["response_url"].rsplit("/", 1)[1]
            for f in acked_cmds
            if f["response_url"].rsplit("/", 1)[1] not in answered
        ] + [e["ts"] for e in acked_ments if e["ts"] not in threads]
        if not missing:
            break
        time.sleep(0.5)
    time.sleep(3)  # a late duplicate (a resumed job posting again) would land now: the sweep runs every 2 s
    with fake.lock:
        calls = fake.calls[before_calls:]
    posts = Counter(n for n, _ in calls if n.startswith("/response/"))
    in_threads = Counter(p.get("thread_ts") for n, p in calls if n == "chat.postMessage")
    dup_cmds = sum(1 for f in acked_cmds if posts["/response/" + f["response_url"].rsplit("/", 1)[1]] > 1)
    dup_ments = sum(1 for e in acked_ments if in_threads[e["ts"]] > 1)
    print(
        f"after recovery: {len(missing or [])} acked questions unanswered; answered twice: {dup_cmds} commands, "
        f"{dup_ments} mentions"
    )
    assert not missing, f"unanswered after SIGKILL: {missing[:10]}\n{served.log()[-3000:]}"
    # Posts are recorded right after Slack's ok and a worker has one post in flight: one killed worker, at most
    # one answer Slack took that its job never recorded (issue 15: 2 of 100 before)
    assert dup_cmds + dup_ments <= 1
    resumed = sum(int(n) for n in re.findall(r"resuming (\d+) unfinished job", served.log()))
    print(f"jobs of the killed worker resumed by another: {resumed}")
    assert resumed > 0  # the kill did land while the victim held acked questions
