"""What the Home tab and the assistant panel show: what the bot knows per level, and example questions.

Only levels the viewer may see are counted, so the Home tab of an external user never
reveals how many partner or internal documents exist.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from index.config import VISIBILITY_LEVELS, Config
from index.store import Snapshot

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
    level: str                          # the highest level the viewer may see
    levels: tuple[LevelSummary, ...]    # one per level up to `level`
    years: tuple[int, int] | None       # first and last publication year among those documents
    built: str


def knowledge(snapshot: Snapshot, level: str) -> Knowledge:
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
    return Knowledge(level, tuple(LevelSummary(lv, len(ds), max(ds) if ds else None) for lv, ds in by_level.items()),
                     (years[0], years[-1]) if years else None, built)


def prompts(config: Config) -> list[str]:
    return list(config.slack.suggested_prompts or DEFAULT_PROMPTS)[:4]
