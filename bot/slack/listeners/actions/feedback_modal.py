"""A 👎 opens "what was wrong?" straight away, beside the ack, never from the job queue.

views.open needs the click's trigger_id, which Slack accepts for 3 seconds only, and the
queue may be busy for longer. The call runs on a short thread of its own, so the ack is not
held up by a Web API round trip. The modal opens only for an answer given in the
conversation the click came from (the vote job checks the same); its comment is stored
with the vote.
"""

from __future__ import annotations

import logging
import threading

from ...blocks import feedback_modal
from ...deps import Deps

log = logging.getLogger("partnerbot.slack")


def open_feedback_modal(deps: Deps, body: dict, answer_id: str) -> threading.Thread | None:
    """Start opening the modal for a 👎 click; the thread is returned for tests, None if there is nothing to open."""
    trigger_id = body.get("trigger_id")
    channel = (body.get("channel") or {}).get("id", "")
    if not trigger_id or not answer_id or not channel:
        return None

    def run() -> None:
        try:
            if deps.answers.answer_channel(answer_id) != channel:
                return  # expired, or clicked in another conversation: the vote job says so
            deps.client.views_open(trigger_id=trigger_id, view=feedback_modal(answer_id, channel))
        except Exception as exc:
            err = getattr(getattr(exc, "response", None), "get", lambda *_: None)("error") or exc.__class__.__name__
            log.warning("views.open for a 👎 on answer %s failed (%s)", answer_id, err)

    thread = threading.Thread(target=run, name="feedback-modal", daemon=True)
    thread.start()
    return thread
