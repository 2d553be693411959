"""The "what was wrong?" modal submitted: the ack closes it, a job stores the comment with the 👎."""

from __future__ import annotations

import json

from ...deps import Deps
from ...jobs import enqueue
from ...jobs.payloads import Comment
from ...text import encodable, strip_invisible


def feedback_comment(ack, body: dict, view: dict, context) -> None:
    deps: Deps = context["deps"]
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        meta = {}
    if not isinstance(meta, dict) or not isinstance(meta.get("a"), str):  # ours is always {"a": answer id, ...}
        meta = {}
    values = (view.get("state") or {}).get("values") or {}
    comment = encodable(strip_invisible(((values.get("wrong") or {}).get("text") or {}).get("value") or "")).strip()
    user = (body.get("user") or {}).get("id", "")
    if comment and meta.get("a") and user:
        enqueue(
            deps,
            "feedback_comment",
            Comment(meta["a"], user, comment[:2000]),
            keys=[f"view:{view.get('id')}:{view.get('hash')}" if view.get("id") else ""],
        )
    ack()
