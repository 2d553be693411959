"""Running the app: Socket Mode (default when SLACK_APP_TOKEN is set) or HTTP.

HTTP mode runs gunicorn (several worker processes, so acks are not serialised behind one
GIL, and a killed worker is replaced) with a worker class of our own that serves the app
with waitress. waitress reads every request, body included, in an event loop before it
gives the request to a thread: a client that sends headers and stalls holds a socket,
not a thread, so slow or stalled clients cannot starve the acks (gunicorn's gthread
worker gives each connection a thread while it waits for the body). Stalled connections
are closed after `CHANNEL_TIMEOUT` seconds.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time

from gunicorn.workers.base import Worker
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from .guard import guarded

log = logging.getLogger("partnerbot.slack")
logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "task queue depth" during every burst: noise
PATH = "/slack/events"
CHANNEL_TIMEOUT = 15  # seconds a connection may sit idle or mid-request
CONNECTION_LIMIT = 4000  # open connections per worker before new ones wait in the backlog
WAITRESS = {
    "connection_limit": CONNECTION_LIMIT,
    "channel_timeout": CHANNEL_TIMEOUT,
    "cleanup_interval": 2,
    "backlog": 2048,
    "max_request_body_size": 1 << 20,
    "max_request_header_size": 64 << 10,
    "asyncore_use_poll": True,
    "ident": "partnerbot",
    "expose_tracebacks": False,
}


def wsgi_app(app: App):
    """bolt's WSGI adapter behind the request guard, plus /healthz."""
    handler = guarded(
        SlackRequestHandler(app, path=PATH), app._signing_secret if hasattr(app, "_signing_secret") else None, PATH
    )
    ack_first = getattr(app, "ack_first", None)
    deps = getattr(app, "deps", None)

    def application(environ, start_response):
        if environ.get("PATH_INFO") == "/healthz":  # 503 with the reason when the job queue cannot be used
            problem = deps.dispatcher.health() if deps else None
            start_response("503 Service Unavailable" if problem else "200 OK", [("Content-Type", "text/plain")])
            return [(f"broken {os.getpid()}: {problem}\n" if problem else f"ok {os.getpid()}\n").encode()]
        if ack_first is None:
            return handler(environ, start_response)
        ack_first.enter()
        try:
            return handler(environ, start_response)
        finally:
            ack_first.leave()

    application.shutdown = deps.stop if deps else (lambda timeout=0: 0)
    return application


def make_http_server(app: App, host: str, port: int, threads: int = 8, **adjust):
    """A waitress server in this process (not started); `.run()` serves, `.close()` stops."""
    from waitress import create_server

    return create_server(wsgi_app(app), host=host, port=port, threads=threads, **{**WAITRESS, **adjust})


def serve_socket_mode(app: App, app_token: str, stop: threading.Event | None = None) -> None:
    """Serve over Socket Mode (bolt's built-in client) until `stop` is set, Ctrl-C or SIGTERM.

    Slack hands out the WebSocket URL from apps.connections.open (called with the app-level
    token); each envelope is acked with its envelope_id once its listener has stored the job.
    On the way out, running jobs get a few seconds to finish; the rest stay queued.
    """
    from slack_bolt.adapter.socket_mode import SocketModeHandler
    from slack_sdk.errors import SlackApiError

    from .app import SlackStartError

    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    handler = SocketModeHandler(app, app_token)
    try:
        try:
            handler.connect()
        except SlackApiError as exc:
            raise SlackStartError(
                f"Slack did not accept SLACK_APP_TOKEN ({exc.response.get('error', 'rejected')}); "
                "it needs the connections:write scope (README.md, 'Connecting to Slack')"
            ) from None
        while not stop.wait(1.0):  # a timed wait, so Ctrl-C is seen at once
            pass
    except KeyboardInterrupt:
        pass
    finally:
        handler.close()
        deps = getattr(app, "deps", None)
        if deps:
            # no landing here: the interpreter then exits normally and waits for the job threads still running,
            # whose posts finish and are recorded (a gunicorn worker leaves by os._exit, so it lands them first)
            deps.dispatcher.stop()


class WaitressWorker(Worker):
    """A gunicorn worker that serves its sockets with waitress (see the module docstring)."""

    def run(self):
        from waitress import create_server

        server = create_server(self.wsgi, sockets=[s.sock for s in self.sockets], threads=self.cfg.threads, **WAITRESS)

        def watchdog():
            while self.alive:
                self.notify()
                if self.ppid != os.getppid():
                    log.warning("gunicorn master is gone; worker %s stops", os.getpid())
                    break
                time.sleep(0.5)
            shutdown = getattr(self.wsgi, "shutdown", None)
            if shutdown:
                shutdown(max(1.0, self.cfg.graceful_timeout - 2))
            server.close()
            os._exit(0)

        threading.Thread(target=watchdog, name="gunicorn-heartbeat", daemon=True).start()
        try:
            server.run()
        except (OSError, ValueError):  # the loop sees its sockets closed by close()
            pass


def serve_gunicorn(make_wsgi, host: str, port: int, workers: int, threads: int) -> None:
    """Serve the WSGI app that `make_wsgi()` returns (called once in each worker)."""
    from gunicorn.app.base import BaseApplication

    class PartnerbotServer(BaseApplication):
        def load_config(self):
            settings = {
                "bind": f"{host}:{port}",
                "workers": workers,
                "threads": threads,
                "worker_class": WaitressWorker,
                "timeout": 60,
                "graceful_timeout": 20,
                "backlog": 2048,
                "reuse_port": True,
                "accesslog": None,
                "errorlog": "-",
                "loglevel": "warning",
                "proc_name": "partnerbot",
            }
            for key, value in settings.items():
                self.cfg.set(key, value)

        def load(self):
            return make_wsgi()

    PartnerbotServer().run()
