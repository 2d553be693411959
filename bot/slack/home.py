"""What the Home tab and the assistant panel show: what the bot knows per level, and example questions.

Only levels the viewer may see are counted, so the Home tab of an external user never
reveals how many partner or internal documents exist.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.config import BotConfig as Config
from index.build.store import Snapshot
from index.config import VISIBILITY_LEVELS

# Chosen from eval/questions.yaml (reworded): each is answered from public articles, so the
# panel's suggestions work for every audience. `slack.suggested_prompts` replaces them.
DEFAULT_PROMPTS = (
    "Which stores sold the Mate 10 Pro at launch?",
    "When did Verizon drop Huawei phones?",
    "Why did AT&T back out of the Huawei deal?",
    "When was the NDAA with Section 889 signed?",
)


@dataclass(frozen=True)
class LevelSummary:
    level: str
    documents: int
    newest: str | None


@dataclass(frozen=True)
class Knowledge:
    level: str  # the highest level the viewer may see
    levels: tuple[LevelSummary, ...]  # one per level up to `level`
    years: tuple[int, int] | None  # first and last publication year among those documents
    built: str
    synced: str | None = None  # when `corpus sync` last ran (no source names: they may be internal)


def last_sync(cache_dir) -> str | None:
    """'2026-05-08 06:00 UTC, 3 new documents' for the latest `corpus sync`, or None if it never ran."""
    from index.corpus.importers.syncstate import last_syncs

    runs = list(last_syncs(cache_dir).values())
    times = sorted(str(r.get("at")) for r in runs if r.get("at"))
    if not times:
        return None
    try:
        when = dt.datetime.fromisoformat(times[-1]).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return None
    new = sum(int(r.get("new") or 0) for r in runs if str(r.get("at")) == times[-1])
    return f"{when}, {new} new document{'s' * (new != 1)}"


def knowledge(snapshot: Snapshot, level: str, synced: str | None = None) -> Knowledge:
    allowed = VISIBILITY_LEVELS[: VISIBILITY_LEVELS.index(level) + 1]
    by_level: dict[str, list[str]] = {lv: [] for lv in allowed}
    for doc in snapshot.documents.values():
        if doc.visibility in by_level:
            by_level[doc.visibility].append(str(doc.published))
    dates = [d for ds in by_level.values() for d in ds]
    years = sorted(int(d[:4]) for d in dates if d[:4].isdigit())
    try:
        built = dt.datetime.fromisoformat(snapshot.manifest.built_at).strftime("%Y-%m-%d %H:%M UTC")
    except (AttributeError, TypeError, ValueError):
        built = "unknown"
    return Knowledge(
        level,
        tuple(LevelSummary(lv, len(ds), max(ds) if ds else None) for lv, ds in by_level.items()),
        (years[0], years[-1]) if years else None,
        built,
        synced,
    )


def prompts(config: Config) -> list[str]:
    return list(config.slack.suggested_prompts or DEFAULT_PROMPTS)[:4]
