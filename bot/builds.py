"""Every index build the bot makes (`index build`, `corpus sync`, the Home tab's rebuild) goes through here.

With `state.url` on PostgreSQL the build holds the cluster-wide build lock (bot/state/buildlock.py);
with `state.shared_index_dir` set, the finished build is published there for the other replicas
(index/build/shared.py), which fetch it (bot/replica.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from index.build import builder
from index.build.builder import BuildResult
from index.build.shared import FetchResult, fetch_shared, publish_shared
from index.build.store import StaleBuildError
from index.errors import PartnerbotError


@dataclass(frozen=True)
class Shared:
    """What publishing a build to the shared directory did: one line, and whether it failed."""

    ok: bool
    line: str


def build_and_publish(
    config, embedder, *, skip_invalid: bool = False, progress: bool | None = None, log=None, lock_timeout=600.0
) -> tuple[BuildResult, Shared | None]:
    """Build the index (one build at a time across hosts) and publish it when a shared dir is set."""
    from bot.state.buildlock import cluster_build_lock

    with cluster_build_lock(config.state, lock_timeout, on_wait=log):
        result = builder.build_index(  # looked up at call time: tests may wrap it
            config, embedder, skip_invalid=skip_invalid, progress=progress, log=log, lock_timeout=lock_timeout
        )
        return result, publish_if_shared(config, lock_timeout)


def publish_if_shared(config, lock_timeout: float = 600.0) -> Shared | None:
    """Publish the live local build to state.shared_index_dir (None when it is not set)."""
    shared_dir = config.state.shared_index_dir
    if shared_dir is None:
        return None
    try:
        build_id = publish_shared(config.index_dir, shared_dir, lock_timeout=lock_timeout)
    except StaleBuildError as exc:  # a newer build is already shared: this host fetches it next
        return Shared(True, str(exc))
    except PartnerbotError as exc:
        return Shared(False, f"the build was not published to the other replicas: {exc}")
    return Shared(True, f"published build {build_id} to {shared_dir}")


def fetch_if_shared(config, embedder, refused: set | None = None, lock_timeout: float = 0.0) -> FetchResult | None:
    """Fetch a newer build from state.shared_index_dir into index_dir (None when it is not set)."""
    shared_dir = config.state.shared_index_dir
    if shared_dir is None:
        return None
    return fetch_shared(shared_dir, config.index_dir, embedder.name, embedder.fingerprint, refused, lock_timeout)
