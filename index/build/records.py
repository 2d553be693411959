"""Plain records that cross module boundaries: passages, citations, answers, manifests."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from index.visibility import Level


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
    sample: bool = False  # from a sample note: labelled on every citation

    @property
    def embed_text(self) -> str:
        return f"{self.title}\n{self.text}"

    @property
    def lede(self) -> str:
        """Its first sentence (the whole text when it has no sentence spans)."""
        return self.text[slice(*self.sentences[0])] if self.sentences else self.text

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["sentences"] = [list(s) for s in self.sentences]
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Passage":
        d = dict(d)
        d["sentences"] = tuple(tuple(s) for s in d["sentences"])
        return cls(**d)


@dataclass(frozen=True)
class DocInfo:
    """What the answer needs to know about a whole document: its date and what it replaces."""

    id: str
    title: str
    published: str
    visibility: str
    kind: str
    source: str
    url: str | None
    tags: tuple[str, ...] = ()
    supersedes: tuple[str, ...] = ()
    sample: bool = False

    @classmethod
    def from_document(cls, d) -> "DocInfo":
        return cls(
            d.id,
            d.title,
            d.published,
            d.visibility,
            d.kind,
            d.source,
            d.url,
            tuple(d.tags),
            tuple(d.supersedes),
            bool(d.sample),
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "DocInfo":
        d = dict(d)
        d["tags"], d["supersedes"] = tuple(d.get("tags", ())), tuple(d.get("supersedes", ()))
        return cls(**d)


@dataclass
class Citation:
    rank: int
    passage: Passage
    score: float
    dense_score: float
    lexical_score: float
    highlight: tuple[int, int] | None = None  # answering sentence, relative to passage.text
    row: int = -1  # the passage's row in the index
    superseded: bool = False  # its document is replaced by a newer one this audience may see: history

    def to_json(self) -> dict[str, Any]:
        p = self.passage
        return {
            "rank": self.rank,
            "doc_id": p.doc_id,
            "passage_id": p.id,
            "title": p.title,
            "source": p.source,
            "url": p.url,
            "published": p.published,
            "visibility": p.visibility,
            "kind": p.kind,
            "path": p.path,
            "paragraph": p.paragraph,
            "passage": p.text,
            "sample": p.sample,
            "superseded": self.superseded,
            "highlight": list(self.highlight) if self.highlight else None,
            "score": round(self.score, 4),
            "dense_score": round(self.dense_score, 4),
            "lexical_score": round(self.lexical_score, 4),
        }


@dataclass
class Answer:
    question: str
    answered: bool
    answer: str
    citations: list[Citation]
    timings_ms: dict[str, float]
    index: dict[str, Any]
    visibility: str = "internal"
    sentences: list[AnswerSentence] = field(default_factory=list)  # the direct answer, part by part
    not_covered: list[str] = field(default_factory=list)  # parts of the question the corpus does not answer
    as_of: str | None = None  # date of the newest source the answer sentences use
    newer: NewerPointer | None = None  # a newer document on the same subject
    reason: str | None = None  # why it was declined: no_match, missing_terms, weak_match, language, empty…
    read_after: str | None = None  # a follow-up read after this earlier question ("and verizon?")
    gate_probability: float | None = None  # how surely the reply answers (index/answer/gate.py); None: not checked
    gate_inputs: dict[str, Any] | None = None  # what the gate weighed, and the kind asked (scripts/train_gate.py)

    def headline(self) -> str:
        """The direct answer as a partner reads it first: dated by its newest source."""
        return f"As of {self.as_of}: {self.answer}" if self.answered and self.as_of else self.answer

    def quotes(self) -> bool:
        """Its text quotes passages: an answer, or a decline that says first what the corpus lacks ("The passages
        found give no figure for 2023. …") and then what it does give; its citations are shown either way."""
        return self.answered or bool(self.sentences)

    def newer_line(self) -> str | None:
        n = self.newer
        return f"Newer: {n.title} ({n.published}) [{n.rank}]" if n else None

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answered": self.answered,
            "answer": self.answer,
            "sentences": [asdict(s) for s in self.sentences],
            "not_covered": self.not_covered,
            "as_of": self.as_of,
            "newer": asdict(self.newer) if self.newer else None,
            "reason": self.reason,
            "read_after": self.read_after,
            "gate_probability": None if self.gate_probability is None else round(self.gate_probability, 4),
            "citations": [c.to_json() for c in self.citations],
            "timings_ms": {k: round(v, 3) for k, v in self.timings_ms.items()},
            "index": self.index,
            "visibility": self.visibility,
        }


@dataclass
class AnswerSentence:
    text: str
    rank: int  # citation number
    part: str  # the part of the question it answers


@dataclass
class NewerPointer:
    rank: int
    title: str
    published: str


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

    def visible(self, level: Level) -> int:
        """How many passages `level` may read: they are rows [0, n) (passages are ordered by level)."""
        return self.visibility_counts[level.name]

    def summary(self) -> dict[str, Any]:
        return {
            "build_id": self.build_id,
            "model": self.model,
            "dimension": self.dimension,
            "documents": self.documents,
            "passages": self.passages,
            "built_at": self.built_at,
            "corpus_hash": self.corpus_hash[:12],
            "dense_index": self.dense_index,
        }
