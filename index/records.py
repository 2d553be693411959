"""Plain records that cross module boundaries: passages, citations, answers, manifests."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .config import VISIBILITY_LEVELS


def level(visibility: str) -> int:
    """public=0 < partner=1 < internal=2."""
    return VISIBILITY_LEVELS.index(visibility)


@dataclass(frozen=True)
class Passage:
    id: str
    doc_id: str
    title: str
    source: str
    url: str | None
    published: str
    visibility: str
    kind: str
    path: str
    paragraph: int
    start: int
    end: int
    text: str
    sentences: tuple[tuple[int, int], ...]  # spans relative to `text`

    @property
    def embed_text(self) -> str:
        return f"{self.title}\n{self.text}"

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["sentences"] = [list(s) for s in self.sentences]
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Passage":
        d = dict(d)
        d["sentences"] = tuple(tuple(s) for s in d["sentences"])
        return cls(**d)


@dataclass
class Citation:
    rank: int
    passage: Passage
    score: float
    dense_score: float
    lexical_score: float
    highlight: tuple[int, int] | None = None  # answering sentence, relative to passage.text

    def to_json(self) -> dict[str, Any]:
        p = self.passage
        return {"rank": self.rank, "doc_id": p.doc_id, "passage_id": p.id, "title": p.title, "source": p.source,
                "url": p.url, "published": p.published, "visibility": p.visibility, "kind": p.kind,
                "path": p.path, "paragraph": p.paragraph, "passage": p.text,
                "highlight": list(self.highlight) if self.highlight else None,
                "score": round(self.score, 4), "dense_score": round(self.dense_score, 4),
                "lexical_score": round(self.lexical_score, 4)}


@dataclass
class Answer:
    question: str
    answered: bool
    answer: str
    citations: list[Citation]
    timings_ms: dict[str, float]
    index: dict[str, Any]
    visibility: str = "internal"

    def to_json(self) -> dict[str, Any]:
        return {"question": self.question, "answered": self.answered, "answer": self.answer,
                "citations": [c.to_json() for c in self.citations],
                "timings_ms": {k: round(v, 3) for k, v in self.timings_ms.items()},
                "index": self.index, "visibility": self.visibility}


@dataclass
class Manifest:
    format: int
    build_id: str
    model: str
    model_fingerprint: str
    dimension: int
    corpus_hash: str
    documents: int
    passages: int
    visibility_counts: dict[str, int]  # passages with visibility ≤ level, by level name
    built_at: str
    build_seconds: float
    embedded: int
    reused: int
    dense_index: str
    corpus_range: dict[str, str] = field(default_factory=dict)  # earliest/latest publication date
    skipped: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> dict[str, Any]:
        return {"build_id": self.build_id, "model": self.model, "dimension": self.dimension,
                "documents": self.documents, "passages": self.passages, "built_at": self.built_at,
                "corpus_hash": self.corpus_hash[:12], "dense_index": self.dense_index}
