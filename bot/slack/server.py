"""Running the app: Socket Mode (default when SLACK_APP_TOKEN is set) or HTTP.

HTTP mode serves bolt's WSGI adapter with gunicorn: several worker processes (so acks
are not serialised behind one GIL), each with threads. Every worker builds its own
engine and app after the fork; the dedupe and feedback stores are SQLite files they all
share. waitress (`make_http_server`) serves the same WSGI app in-process for tests.
bolt's own `app.start()` development server drops connections under load and is never used.
"""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

log = logging.getLogger("partnerbot.slack")
PATH = "/slack/events"


def wsgi_app(app: App):
    handler = SlackRequestHandler(app, path=PATH)
    ack_first = getattr(app, "ack_first", None)

    def application(environ, start_response):
        if environ.get("PATH_INFO") == "/healthz":
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok\n"]
        if ack_first is None:
            return handler(environ, start_response)
        ack_first.enter()
        try:
            return handler(environ, start_response)
        finally:
            ack_first.leave()
    return application


def make_http_server(app: App, host: str, port: int, threads: int = 8):
    """A waitress server (not started); `.run()` serves, `.close()` stops."""
    from waitress import create_server
    return create_server(wsgi_app(app), host=host, port=port, threads=threads, connection_limit=1000,
                         backlog=1024, channel_timeout=30, ident="partnerbot")


def serve_socket_mode(app: App, app_token: str) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler
    SocketModeHandler(app, app_token).start()


def serve_gunicorn(make_wsgi, host: str, port: int, workers: int, threads: int) -> None:
    """Serve the WSGI app that `make_wsgi()` returns (called once in each worker)."""
    from gunicorn.app.base import BaseApplication

    class PartnerbotServer(BaseApplication):
        def load_config(self):
            settings = {"bind": f"{host}:{port}", "workers": workers, "threads": threads,
                        "worker_class": "gthread", "timeout": 60, "graceful_timeout": 20, "keepalive": 5,
                        "backlog": 2048, "reuse_port": True, "accesslog": None, "errorlog": "-", "loglevel": "warning",
                        "proc_name": "partnerbot"}
            for key, value in settings.items():
                self.cfg.set(key, value)

        def load(self):
            return make_wsgi()

    PartnerbotServer().run()
