"""The feedback report's grouping, shared by both back ends (they only fetch the rows)."""

from __future__ import annotations

import json
from collections.abc import Iterable


def group_feedback(rows: Iterable[tuple[str, str | None, str | None]], limit: int) -> list[dict]:
    """(lowercased question, doc_ids JSON, comment) rows -> groups with count, cited documents and comments."""
    groups: dict[str, dict] = {}
    for q, doc_ids, comment in rows:
        g = groups.setdefault(q, {"question": q, "count": 0, "docs": [], "comments": []})
        g["count"] += 1
        for d in json.loads(doc_ids or "[]"):
            if d not in g["docs"]:
                g["docs"].append(d)
        if comment:
            g["comments"].append(comment)
    return sorted(groups.values(), key=lambda g: (-g["count"], g["question"]))[:limit]
