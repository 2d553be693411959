"""The short direct answer: the sentences of the best passages that answer the question.

Each sentence of the top passages is scored by the IDF-weighted share of the question's
terms it contains, with a small preference for higher-ranked passages; the best one or
two become the answer, each followed by its citation number. Nothing is invented: every
word of the answer is a sentence of a cited passage.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .lexical import query_terms, sentence_terms
from .records import Citation


def _coverage(terms: Sequence[str], weights: dict[str, float], sentence: str) -> float:
    if not terms:
        return 0.0
    have = sentence_terms(sentence)
    total = sum(weights[t] for t in terms) or 1.0
    return sum(weights[t] for t in terms if t in have) / total


def term_coverage(question: str, text: str, idf: Callable[[str], float]) -> float:
    """IDF-weighted share of the question's terms that occur in text (0..1)."""
    terms = query_terms(question)
    return _coverage(terms, {t: idf(t) for t in terms}, text)


def choose_sentences(question: str, citations: list[Citation], idf: Callable[[str], float],
                     max_sentences: int = 2, look_at: int = 3) -> list[tuple[int, tuple[int, int]]]:
    """Return [(citation index, sentence span)] of the answering sentences, best first."""
    terms = query_terms(question)
    weights = {t: idf(t) for t in terms}
    scored = []
    for ci, c in enumerate(citations[:look_at]):
        text = c.passage.text
        for si, (a, b) in enumerate(c.passage.sentences):
            cov = _coverage(terms, weights, text[a:b])
            words = len(text[a:b].split())
            # Prefer the top passage and sentences long enough to stand alone.
            score = cov - 0.08 * ci - (0.15 if words < 6 else 0.0) - 0.01 * si
            scored.append((score, cov, ci, (a, b)))
    if not scored:
        return []
    scored.sort(key=lambda x: -x[0])
    best = scored[0]
    if best[1] == 0.0:
        # No term overlap (a paraphrased question): trust the ranking, use the top passage's lead.
        first = citations[0].passage.sentences[0]
        return [(0, first)]
    picked = [(best[2], best[3])]
    for score, cov, ci, span in scored[1:]:
        if len(picked) >= max_sentences:
            break
        if ci != best[2] and cov >= 0.5 and score >= best[0] - 0.3 \
                and citations[ci].passage.doc_id != citations[best[2]].passage.doc_id:
            picked.append((ci, span))
    return picked


def compose_answer(question: str, citations: list[Citation], idf: Callable[[str], float],
                   max_sentences: int = 2) -> str:
    picks = choose_sentences(question, citations, idf, max_sentences)
    parts = []
    for ci, (a, b) in picks:
        c = citations[ci]
        if c.highlight is None:
            c.highlight = (a, b)
        parts.append(f"{c.passage.text[a:b].strip()} [{c.rank}]")
    return " ".join(parts)
