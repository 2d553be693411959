"""What a worker does with each kind of job; every job ends in a delivered reply, an apology, or failed_jobs.

- `payloads`: one typed payload per job kind (built on enqueue, parsed on run);
- `enqueue`: how listeners store a job;
- `posting`: delivery with the audience re-checked before every attempt, notices, best-effort calls;
- `answer`, `share`, `feedback`, `surfaces` (Home tab, panel greeting), `rebuild`: the handlers;
- `run`: kind → handler, and the end of every job (done, retried, given up).
"""

from .enqueue import enqueue
from .errors import Abandoned, BadPayload, Deferred, NotShareable
from .run import HANDLERS, MAX_JOB_ATTEMPTS, give_up, run_job

__all__ = [
    "HANDLERS",
    "MAX_JOB_ATTEMPTS",
    "Abandoned",
    "BadPayload",
    "Deferred",
    "NotShareable",
    "enqueue",
    "give_up",
    "run_job",
]
