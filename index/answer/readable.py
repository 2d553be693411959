"""The part of an index snapshot one audience may read, for the checks that say what the corpus holds.

"Nothing in the partner corpus covers Acmetel" must read the same to a guest in a Slack Connect channel
whether Acmetel is named nowhere or only in an internal note: otherwise a public question could find out
which names, code words or models the internal notes use. So the scope and unknown-name checks read a
view of the snapshot cut at the audience's level (passages are stored in level order, so an audience reads
passages [0, limit)): its passages, its vocabulary and the values derived from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

from index.build.store import Snapshot


@dataclass(frozen=True)
class ReadableView:
    """A snapshot as an audience that may read passages [0, limit) sees it (only what the word checks use)."""

    snap: Snapshot
    limit: int

    @property
    def passages(self):
        return self.snap.passages[: self.limit]

    @property
    def lexical(self):
        vocab = self.snap.lexical.vocab_below(self.limit)
        return SimpleNamespace(retriever=SimpleNamespace(vocab_dict=vocab), idf=self.snap.lexical.idf)

    @property
    def doc_passages(self):
        return self.snap.derived(
            f"doc_passages@{self.limit}",
            lambda: {d: rows for d, rows in self.snap.doc_passages.items() if rows and rows[0] < self.limit},
        )

    def derived(self, name: str, compute, scan: bool = False):
        # computed over this view's passages; `scan` is skipped by the snapshot's own size rule
        return self.snap.derived(f"{name}@{self.limit}", compute, scan=scan)


def readable(snap: Snapshot, limit: int) -> Snapshot | ReadableView:
    """The snapshot itself when the audience may read every passage, else its view cut at `limit`."""
    return snap if limit >= len(snap.passages) else ReadableView(snap, limit)
