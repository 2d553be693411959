"""`Delivery.land`, the last step of a stop: no post takes off any more, and the posts in flight land and are
recorded before the process may exit (a post Slack took and no job recorded is posted again by the next start).
A stand-in Web API client that takes its time, so each case is exact."""

from __future__ import annotations

import threading
import time

import pytest

from bot.slack.delivery import Delivery, Stopping
from bot.slack.jobs.run import give_up
from bot.slack.service import notice
from bot.state import Job


class SlowClient:
    """chat.postMessage that takes `delay` s to answer ok."""

    def __init__(self, delay: float):
        self.delay, self.posts = delay, []

    def chat_postMessage(self, **kwargs):
        self.posts.append(kwargs)
        time.sleep(self.delay)
        return {"ok": True, "ts": "1.000100"}


TARGET = {"mode": "message", "channel": "C1"}


def test_landing_with_nothing_in_flight_returns_at_once():
    d = Delivery(SlowClient(0.0))
    started = time.monotonic()
    assert d.land(5.0) is True
    assert time.monotonic() - started < 0.5


def test_no_post_takes_off_once_landed():
    client = SlowClient(0.0)
    d = Delivery(client)
    d.land(1.0)
    with pytest.raises(Stopping):
        d.send(TARGET, notice("hello"))
    assert client.posts == []


def test_landing_waits_for_the_post_in_flight_and_its_record():
    d = Delivery(SlowClient(0.5))
    recorded = []

    def record(info):
        time.sleep(0.1)  # a slow store
        recorded.append(info)

    flight = threading.Thread(target=lambda: d.send(TARGET, notice("answer"), on_ok=record))
    flight.start()
    time.sleep(0.1)  # on purpose: the post is in flight when the landing starts
    assert d.land(5.0) is True
    assert recorded == [{"ts": "1.000100"}]  # recorded before land returned
    flight.join()


def test_a_hung_post_is_given_up_on_after_the_landing_time():
    d = Delivery(SlowClient(3.0))
    flight = threading.Thread(target=lambda: d.send(TARGET, notice("answer")), daemon=True)
    flight.start()
    time.sleep(0.1)
    started = time.monotonic()
    assert d.land(0.3) is False
    assert time.monotonic() - started < 1.0


def test_an_apology_records_itself_inside_its_flight():
    d = Delivery(SlowClient(0.3))
    recorded = []
    done = threading.Thread(target=lambda: d.apologise("j1", TARGET, "boom", on_ok=recorded.append))
    done.start()
    time.sleep(0.1)
    assert d.land(5.0) is True and len(recorded) == 1
    done.join()


class _Queue:
    def __init__(self):
        self.buried, self.posts = [], {}

    def posted(self, job_id, key):
        return self.posts.get((job_id, key))

    def record_post(self, job_id, key, info):
        self.posts[(job_id, key)] = info

    def bury(self, job, why):
        self.buried.append(job.id)


class _Deps:
    def __init__(self, delivery):
        self.delivery, self.queue = delivery, _Queue()


def test_a_job_given_up_while_stopping_stays_queued_for_the_next_start_to_apologise():
    deps = _Deps(Delivery(SlowClient(0.0)))
    deps.delivery.land(1.0)
    job = Job("j1", "event", {"target": {"mode": "message", "channel": "C1", "user": "U1"}}, 0.0, 5)
    give_up(deps, job, "gave up after 5 attempts")
    assert deps.queue.buried == [] and deps.queue.posts == {}  # not dropped without an apology


def test_a_response_url_post_is_one_request_even_when_the_connection_drops():
    """Slack may have taken a post whose connection dropped before the answer: the delivery's own retry decides
    (after a pause, with the post no longer in flight), never a second request inside the same flight."""
    import socket

    hits = []
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)

    def serve():
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            conn.recv(65536)
            hits.append(time.monotonic())
            if len(hits) == 1:  # reset: the post may have landed, its answer is lost
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            else:
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n\r\nok")
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    try:
        target = {
            "mode": "ephemeral",
            "response_url": f"http://127.0.0.1:{server.getsockname()[1]}/response/x",
            "received": time.time(),
            "channel": "C1",
            "user": "U1",
        }
        outcome, _ = Delivery(SlowClient(0.0)).send(target, notice("hello"))
        assert len(hits) == 1 and outcome.value == "retry"  # one request; the retry is the caller's, not the SDK's
    finally:
        server.close()


class _Dispatcher:
    def __init__(self):
        self.stops = 0

    def stop(self, timeout):
        self.stops += 1
        time.sleep(0.3)
        return 0


def test_two_stops_at_once_stop_once_and_both_get_the_count():
    from bot.slack.deps import Deps

    dispatcher = _Dispatcher()
    deps = Deps(None, None, None, None, None, None, Delivery(SlowClient(0.0)), dispatcher, "UBOT", "T1")
    results = []
    threads = [threading.Thread(target=lambda: results.append(deps.stop(timeout=4.0))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert dispatcher.stops == 1 and results == [0, 0]
    assert deps.stop() == 0 and dispatcher.stops == 1
