"""Who may read a passage: one ordered type, public < partner < internal.

Members are named as config.yaml, front matter, JSON and Slack write them, so
`Level.parse("partner").name == "partner"`; comparisons are by order.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum


class Level(IntEnum):
    public = 0
    partner = 1
    internal = 2

    @classmethod
    def parse(cls, name: "str | Level") -> "Level":
        """The level named `name`; ValueError for any other string."""
        if isinstance(name, Level):
            return name
        try:
            return cls[name]
        except (KeyError, TypeError):
            raise ValueError(f"unknown visibility '{name}'; use one of {', '.join(NAMES)}") from None


NAMES: tuple[str, ...] = tuple(lv.name for lv in Level)


def visibility_counts(levels: Iterable[int]) -> dict[str, int]:
    """Passages each level may read (those at or below it), by level name: the manifest's
    `visibility_counts`."""
    levels = list(levels)
    return {lv.name: sum(1 for x in levels if x <= lv) for lv in Level}
