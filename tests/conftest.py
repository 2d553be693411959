"""Shared fixtures: a real index built once per session from the shipped corpus, with the real model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.config import load_config
from index.build.builder import build_index
from index.engine import Engine
from index.search.embedding import Embedder

from .pg_server import pg_server, pg_url  # noqa: F401  (fixtures: a real PostgreSQL, a fresh database per test)

ROOT = Path(__file__).resolve().parent.parent


def write_config(dirpath: Path, **overrides) -> Path:
    """A config.yaml in dirpath pointing at dirpath/corpus, with optional section overrides."""
    data = yaml.safe_load((ROOT / "config.yaml").read_text())
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key].update(value)
        else:
            data[key] = value
    path = dirpath / "config.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory) -> Path:
    """One embedding cache and ONNX export for the whole session (content-addressed, so safe to share)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def embedder_factory():
    made = {}

    def get(config):
        key = (str(config.cache_dir), config.model.onnx_queries)
        if key not in made:
            made[key] = Embedder.from_config(config)
        return made[key]

    return get


def make_workspace(tmp: Path, cache: Path, **overrides):
    shutil.copytree(ROOT / "corpus", tmp / "corpus")
    overrides.setdefault("cache_dir", str(cache))
    cfg_path = write_config(tmp, **overrides)
    return load_config(cfg_path)


@pytest.fixture(scope="session")
def built(tmp_path_factory, shared_cache, embedder_factory):
    """(config, engine) over a real index of the shipped corpus; treat as read-only."""
    tmp = tmp_path_factory.mktemp("built")
    config = make_workspace(tmp, shared_cache)
    embedder = embedder_factory(config)
    build_index(config, embedder, progress=False)
    return config, Engine(config, embedder)


@pytest.fixture
def workspace(tmp_path, shared_cache, embedder_factory):
    """A private copy of the corpus and config that a test may edit and rebuild."""
    config = make_workspace(tmp_path, shared_cache)
    return config, embedder_factory(config)


@pytest.fixture
def bot(built, tmp_path):
    """The real bolt app over HTTP on loopback with a fake Slack Web API (tests/slack_fakes)."""
    from tests.slack_fakes.harness import Bot

    config, engine = built
    b = Bot(config, engine, tmp_path)
    yield b
    b.close()


# -- test tiers -------------------------------------------------------------------------------------------------
# `pytest -m "not slow"` is the fast tier. A test is put in a tier here, from what it uses, so a new test lands in
# the right one without a marker: the fixtures below load the real model, build a real index or start the bot.
SLOW_FIXTURES = {"built", "workspace", "bot", "shared_cache", "embedder_factory", "pg_server", "pg_url"}
E2E_FIXTURES = {"bot"}  # the real bolt app over HTTP on loopback
# Modules whose tests run the product end to end: `partnerbot` subprocesses, gunicorn, Socket Mode.
E2E_MODULES = {
    "test_cli.py",
    "test_serve_process.py",
    "test_slack_e2e.py",
    "test_slack_socket_mode.py",
    "test_slack_server.py",
    "test_slack_restart.py",
}
FAST_TIER_LIMIT_S = 1.0
_SLOW_IN_FAST_TIER: list[tuple[str, float]] = []


def pytest_collection_modifyitems(config, items):
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if used & E2E_FIXTURES or item.path.name in E2E_MODULES:
            item.add_marker(pytest.mark.e2e)
        if used & SLOW_FIXTURES or item.get_closest_marker("e2e"):
            item.add_marker(pytest.mark.slow)


def pytest_runtest_logreport(report):
    """Names a test of the fast tier that took over a second, so it gets marked slow (or made fast)."""
    if report.when == "call" and report.duration > FAST_TIER_LIMIT_S and "slow" not in report.keywords:
        _SLOW_IN_FAST_TIER.append((report.nodeid, report.duration))


def pytest_terminal_summary(terminalreporter):
    if _SLOW_IN_FAST_TIER:
        terminalreporter.section("fast-tier tests over 1 s (mark them @pytest.mark.slow)")
        for nodeid, duration in _SLOW_IN_FAST_TIER:
            terminalreporter.write_line(f"{duration:5.1f} s  {nodeid}")


def declined_with_context(ans) -> bool:
    """Declined for want of a figure for the year asked, still quoting and citing what the corpus does give."""
    return not ans.answered and ans.reason == "kind_not_given" and bool(ans.sentences) and ans.quotes()
