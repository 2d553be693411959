"""Home tab "Rebuild index" (admins): a job runs the CLI's build, one at a time."""

from __future__ import annotations

from ...audience import Asker
from ...deps import Deps
from ...jobs import enqueue
from ...jobs.payloads import ForUser
from .common import action_key


def rebuild_index(ack, body: dict, context) -> None:
    deps: Deps = context["deps"]
    user = (body.get("user") or {}).get("id", "")
    if user in deps.config.slack.admins:  # the job checks again; others' clicks never start a build
        team = (body.get("user") or {}).get("team_id")
        asker = Asker("", user, teams=(team,) if team else (), verify_user=True)
        enqueue(deps, "rebuild", ForUser(asker), keys=[action_key(body)])
    ack()
