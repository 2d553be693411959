"""Is a composed answer an answer, or a near-topic sentence? A learned last check.

The composer always finds *some* sentence close to a question about the corpus's subject; for a
detail the corpus lacks ("how many mate 60 pros did huawei sell") the closest one is about the
right thing but does not say what was asked (the sale date). Rules caught the kinds they name
(a date, an amount, a reason); this check weighs what a reply looks like as a whole: how close
its quoted sentences are to the question, how much of the question's vocabulary they and their
documents hold, how rare the words they lack are, and the kind of question.

The weights are a logistic regression trained by `scripts/train_gate.py` on the `tune` half of
eval/questions.yaml only (answered correctly = keep, unanswerable = decline), stored in
`gate_weights.json` beside this module with the threshold chosen there (config `answer.gate_weights`
names another file, e.g. one trained on another corpus's question set); the `held` half judges
it. The check only ever turns an answer into a decline, never the other way.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.errors import PartnerbotError
from index.search.lexical import query_terms, sentence_terms, weighted_coverage

WEIGHTS_FILE = Path(__file__).with_name("gate_weights.json")
# Not judged: a may-we question ("…allowed?", "can we sell…") is answered by the rule that governs it, which the
# composer picks for that (a ruling, not a detail a near-topic sentence could stand in for).
UNJUDGED_KINDS = frozenset({"leave"})

# The reply says itself that the corpus lacks what was asked ("does not say when").
_SAYS_NOT_GIVEN = re.compile(r"\bThe (?:partner corpus|current guidance) does not (?:say|give)\b")


@dataclass(frozen=True)
class Gate:
    """A logistic model over `features` (standardised by `mean`/`scale`); keep when p ≥ threshold."""

    features: tuple[str, ...]
    kinds: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float

    @classmethod
    def load(cls, path: Path = WEIGHTS_FILE, config_name: str = "config.yaml") -> Gate:
        """Read and check a weights file; a damaged one is one line naming it and the two ways out."""
        fix = f"re-create it with scripts/train_gate.py or set answer.gate: false in {config_name}"
        try:
            d = json.loads(Path(path).read_text(encoding="utf-8"))
            gate = cls(
                tuple(d["features"]),
                tuple(d["kinds"]),
                np.asarray(d["mean"], dtype=np.float64),
                np.asarray(d["scale"], dtype=np.float64),
                np.asarray(d["coef"], dtype=np.float64),
                float(d["intercept"]),
                float(d["threshold"]),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            why = " ".join(f"{exc.__class__.__name__}: {exc}".split())[:100]
            raise PartnerbotError(f"{path}: cannot read the answer gate ({why}); {fix}") from None
        width = len(gate.features) + len(gate.kinds)
        fits = len(gate.mean) == len(gate.scale) == len(gate.coef) == width and set(gate.features) <= set(FEATURES)
        numbers = np.concatenate([gate.mean, gate.scale, gate.coef, [gate.intercept]])
        sane = bool(np.isfinite(numbers).all()) and bool((gate.scale > 0).all()) and 0.0 < gate.threshold < 1.0
        if not (fits and sane):
            raise PartnerbotError(f"{path}: the answer gate's weights do not fit its features or are not finite; {fix}")
        return gate

    def probability(self, values: dict[str, float], kind: str | None) -> float:
        row = np.array([values[f] for f in self.features] + [float(str(kind) == k) for k in self.kinds])
        z = float(((row - self.mean) / self.scale) @ self.coef) + self.intercept
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def judges(self, kind: str | None) -> bool:
        return kind not in UNJUDGED_KINDS


# What `measure` returns, in a stable order (the weights file names the ones it uses).
FEATURES = (
    "cos_first",  # cosine of the question and the first quoted sentence
    "cos_best",  # … and the closest quoted sentence
    "dense",  # the first sentence's passage: dense score
    "lexical",  # … and BM25 score
    "cov_first",  # IDF²-weighted share of the question's indexed terms in the first sentence
    "cov_quoted",  # … in all quoted sentences
    "cov_passage",  # … in the first sentence's passage
    "cov_documents",  # … in the cited documents (up to three)
    "missing_rarest",  # IDF of the rarest indexed question term none of the cited documents holds
    "missing_count",  # how many such terms
    "unquoted_rarest",  # IDF of the rarest indexed question term no quoted sentence holds
    "unquoted_count",
    "unindexed",  # question terms the corpus never uses
    "terms",  # question terms in all
    "parts",  # parts of the question
    "not_covered",  # parts the reply says are not covered
    "says_not_given",  # the reply says the corpus does not give what was asked
    "rarest_in_first",  # the question's rarest indexed term is in the first quoted sentence (1 when none is indexed)
    "quoted",  # sentences quoted
)


# Of a long document only its first passages are read for the question's terms (a bound on the work per question).
_DOCUMENT_PASSAGES = 64


def document_terms(snap, doc_id: str, titles: bool = True) -> frozenset[str]:
    """The terms of a document's first passages, with their titles or (`titles` false) their text only, kept with
    the snapshot (the same documents come back)."""
    cache = snap.derived("document_terms" if titles else "document_text_terms", dict)
    if doc_id not in cache:
        rows = snap.doc_passages.get(doc_id, ())[:_DOCUMENT_PASSAGES]
        texts = (f"{p.title} {p.text}" if titles else p.text for p in (snap.passages[i] for i in rows))
        cache[doc_id] = frozenset().union(*(sentence_terms(t) for t in texts))
    return cache[doc_id]


def _cosine_of_quote(snap, citation, text: str, qvec: np.ndarray) -> float:
    """Cosine of the question and the stored vector of the passage sentence quoted as `text`. A quote may be
    re-cased ("No, as of… partners…") or trimmed, so the longest stored sentence the quote holds (or that holds
    it) is taken, ignoring case; the passage's own score when none does."""
    p = citation.passage
    vecs = snap.passage_sentence_vectors(citation.row)
    quote = text.lower()
    best, found = -1, None
    for si, (a, b) in enumerate(p.sentences):
        sentence = p.text[a:b].lower()
        if sentence and (sentence in quote or quote in sentence) and b - a > best:
            best, found = b - a, si
    return float(vecs[found] @ qvec) if found is not None else float(citation.dense_score)


def measure(
    question: str,
    qvec: np.ndarray,
    sentences,
    citations,
    snap,
    parts: int,
    not_covered: int,
    reply: str,
) -> dict[str, float]:
    """The gate's features of one answered reply (its quoted `sentences`, numbered into `citations`)."""
    idf = snap.lexical.idf
    vocab = snap.lexical.retriever.vocab_dict
    terms = list(query_terms(question))
    indexed = [t for t in terms if t in vocab]
    weights = {t: idf(t) ** 2 for t in indexed}
    quoted = [(citations[s.rank - 1], s) for s in sentences if 0 < s.rank <= len(citations)]
    first = quoted[0][0] if quoted else citations[0]
    coss = [_cosine_of_quote(snap, c, s.text, qvec) for c, s in quoted] or [float(first.dense_score)]
    first_terms = sentence_terms(quoted[0][1].text) if quoted else frozenset()
    quoted_terms = frozenset().union(*(sentence_terms(s.text) for _, s in quoted))
    passage = sentence_terms(first.passage.title + " " + first.passage.text)
    docs = list(dict.fromkeys(c.passage.doc_id for c in citations))[:3]
    held = frozenset().union(*(document_terms(snap, d) for d in docs))
    missing = [idf(t) for t in indexed if t not in held]
    unquoted = [idf(t) for t in indexed if t not in quoted_terms]
    rarest = max(indexed, key=idf, default=None)
    return {
        "cos_first": coss[0],
        "cos_best": max(coss),
        "dense": float(first.dense_score),
        "lexical": float(first.lexical_score),
        "cov_first": weighted_coverage(indexed, weights, first_terms),
        "cov_quoted": weighted_coverage(indexed, weights, quoted_terms),
        "cov_passage": weighted_coverage(indexed, weights, passage),
        "cov_documents": weighted_coverage(indexed, weights, held),
        "missing_rarest": max(missing, default=0.0),
        "missing_count": float(len(missing)),
        "unquoted_rarest": max(unquoted, default=0.0),
        "unquoted_count": float(len(unquoted)),
        "unindexed": float(len(terms) - len(indexed)),
        "terms": float(len(terms)),
        "parts": float(parts),
        "not_covered": float(not_covered),
        "says_not_given": float(bool(_SAYS_NOT_GIVEN.search(reply))),
        "rarest_in_first": float(rarest is None or rarest in first_terms),
        "quoted": float(len(quoted)),
    }
