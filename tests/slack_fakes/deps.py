"""Deps for listener unit tests: a real SQLite queue (the listener must enqueue before it acks), mocks for the rest."""

from pathlib import Path
from unittest.mock import MagicMock

from bot.config import BotConfig as Config
from bot.slack.deps import Deps
from bot.state.sqlite_queue import SqliteJobQueue


def unit_deps(tmp_path: Path, **overrides) -> Deps:
    fields = dict(
        config=Config(),
        client=MagicMock(),
        service=MagicMock(),
        answers=MagicMock(),
        queue=SqliteJobQueue(tmp_path / "q.sqlite3"),
        audience=MagicMock(),
        delivery=MagicMock(),
        dispatcher=MagicMock(),
        bot_user_id="UBOT",
        home_team="T1",
    )
    return Deps(**(fields | overrides))
