"""From ranked citations to the Answer a partner reads: decline or answer, part by part, dated.

The engine retrieves; this module decides. It declines when nothing is close enough,
when the names, years or models the question is about appear in none of the passages
that would answer it ("Nothing in the partner corpus covers Samsung."), or when the
question is not in English. Otherwise it picks one sentence per part of the question
(index/compose.py), never from a superseded document, dates the answer by its newest
source and points to a newer document on the same subject when there is one.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from bm25s import stopwords as _sw

from .compose import Weights, candidates, choose, term_coverage
from .lexical import query_terms
from .question import _ENGLISH, QuestionInfo
from .records import AnswerSentence, Citation, NewerPointer, level
from .store import Snapshot
from .timeline import Timeline, recency, year_match
from .wordlist import english_word

NOT_FOUND = "I couldn't find this in the partner corpus."
ENGLISH_ONLY = "I can only read questions in English; please ask again in English."


@dataclass
class Composed:
    answered: bool
    text: str
    citations: list[Citation]
    sentences: list[AnswerSentence]
    not_covered: list[str]
    as_of: str | None
    newer: NewerPointer | None
    reason: str | None


def declined(text: str, reason: str) -> Composed:
    return Composed(False, text, [], [], [], None, None, reason)


def close_enough(info: QuestionInfo, citations: list[Citation], idf, cfg) -> bool:
    """Is anything near the question? Either the meaning matches (dense cosine), or a
    loosely related passage holds nearly all its distinctive terms ("section 889")."""
    if not citations:
        return False
    best_dense = max(c.dense_score for c in citations)
    if best_dense >= cfg.min_dense_score:
        return True
    if best_dense < cfg.min_dense_with_terms:
        return False
    best_cov, best_text = max((term_coverage(info.text, t, idf), t)
                              for t in (f"{c.passage.title} {c.passage.text}" for c in citations[:3]))
    if best_cov >= cfg.min_term_coverage or (best_dense >= cfg.min_dense_partial
                                             and best_cov >= cfg.min_partial_coverage):
        return True
    # A question about a named thing ("what did Richard Yu say?") whose names all stand in
    # one top passage, which holds most of its terms too.
    folded = _fold(best_text)
    names = [t for t in info.key_terms if len(t) > 1 and not t.isdigit()]
    return bool(names) and best_cov >= 0.5 and all(re.search(rf"\b{re.escape(_fold(t))}", folded) for t in names)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def missing_key_terms(terms: tuple[str, ...], snap: Snapshot, timeline: Timeline) -> list[str]:
    """Key terms of the question that occur nowhere in the corpus (text, titles or dates).

    A near spelling of a corpus word counts as present, so a typo in a name is not
    taken for a new name. Only what the whole corpus lacks is reported: "Nothing in the
    partner corpus covers Samsung" must be literally true.
    """
    vocab = snap.lexical.retriever.vocab_dict
    years = {d.published[:4] for d in timeline.docs.values()}
    missing = []
    for t in terms:
        if t in years:
            continue
        split = re.fullmatch(r"([a-z]+)(\d+)", _fold(t))
        if split and split.group(2) in (product_lines(snap) or {}).get(split.group(1), ()):
            continue  # "mate10" written as "Mate 10" in the corpus
        stems = query_terms(_fold(t))
        if not stems or all(s in vocab for s in stems):
            continue  # nothing searchable in it ("AT&T" → stopwords), or the corpus has it
        ft = _fold(t)
        if len(ft) >= 5 and not any(ch.isdigit() for ch in ft) and _near_word(ft, vocab):
            continue
        missing.append(t)
    return missing


def unknown_names(question: str, snap: Snapshot, dictionary: Callable[[str], bool]) -> list[str]:
    """Lower-case names the corpus does not know: words that are neither corpus words (nor
    near spellings of them) nor English words ("xiaomi", "freebuds"), and model numbers
    ("pixel 8", "mate 70") that the corpus never writes: a word it does not use with a
    number, or one of its own product lines (a capitalised word it writes with numbers,
    "Mate 10", "Mate 60") with a number it never gives."""
    vocab = snap.lexical.retriever.vocab_dict
    found = []
    folded = _fold(question)
    for w in re.findall(r"\b[a-z]{5,}\b", folded):  # shorter ones are often abbreviations ("specs", "tgl")
        stems = query_terms(w)
        if w in _STOP or not stems or all(s in vocab for s in stems) or dictionary(w) or _near_word(stems[0], vocab):
            continue
        found.append(w)
    lines = product_lines(snap)
    pairs = numbered_pairs(snap)
    if lines is None or pairs is None:  # a corpus too large to scan: no model-number rule
        return list(dict.fromkeys(found))
    for m in re.finditer(r"\b([a-z]{2,})[ -]?(\d{1,3})\b", folded):
        word, num = m.group(1), m.group(2)
        if word in _STOP or num in lines.get(word, ()) or f"{word}{num}" in vocab:
            continue
        stems = query_terms(word)
        unknown = bool(stems) and not all(s in vocab for s in stems)
        named = not english_word(word, modern=False) and (word, num) not in pairs  # "iphone 16": never with that number
        if word in lines or named or (unknown and not _near_word(stems[0], vocab)):
            found.append(f"{word} {num}")
    return list(dict.fromkeys(found))


_STOP = frozenset(_sw.STOPWORDS_EN) | _ENGLISH | {"section", "page", "year", "years", "step", "steps", "part", "item",
                                                 "top", "over", "under", "about", "around", "last", "next", "than",
                                                 "with", "had", "his", "her", "their", "its", "lost", "won", "within"}
def numbered_pairs(snap: Snapshot) -> frozenset[tuple[str, str]] | None:
    """Every (word, number) the corpus writes, such as ("section", "889")."""
    def compute():
        found = set()
        for p in snap.passages:
            found.update(re.findall(r"\b([a-z]{2,})[ -]?(\d{1,3})\b", _fold(f"{p.title} {p.text}")))
        return frozenset(found)
    return snap.derived("numbered_pairs", compute, scan=True)


def product_lines(snap: Snapshot) -> dict[str, frozenset[str]] | None:
    """Capitalised words the corpus writes with model numbers ("Mate 10", "Mate 60"): word →
    the numbers it is given. A product line is written with a number nearly every time,
    unlike "week" or "oxygen"."""
    def compute():
        lines: dict[str, set[str]] = {}
        numbered: Counter[str] = Counter()
        for p in snap.passages:
            for m in re.finditer(r"\b([A-Z][A-Za-z]+)[ -]?(\d{1,3})\b(?![,.]?\d)", f"{p.title} {p.text}"):
                lines.setdefault(_fold(m.group(1)), set()).add(m.group(2))
                numbered[_fold(m.group(1))] += 1
        total: Counter[str] = Counter()
        for p in snap.passages:
            total.update(w for w in re.findall(r"[a-z]+", _fold(f"{p.title} {p.text}")) if w in lines)
        return {k: frozenset(v) for k, v in lines.items() if numbered[k] >= 0.8 * total[k]}
    return snap.derived("product_lines", compute, scan=True)


def _near_word(word: str, vocab: dict) -> bool:
    """A near spelling of a corpus term (compare stems: "purhcas" ~ "purchas")."""
    same_start = [w for w in vocab if w[:1] == word[:1] and abs(len(w) - len(word)) <= 2]
    return bool(difflib.get_close_matches(word, same_start, n=1, cutoff=0.8))


def covers_text(missing: list[str], original: str) -> str:
    missing = [t for t in missing if not any(t != o and t in o for o in missing)]  # "xiaomi 14", not also "xiaomi"
    shown = []
    for t in missing:
        m = re.search(re.escape(t), original, re.I)
        shown.append(m.group(0) if m else t)
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + " or " + shown[-1]


def compose(info: QuestionInfo, citations: list[Citation], snap: Snapshot, timeline: Timeline,
            part_vectors: list[np.ndarray], allowed: str, cfg, qvec: np.ndarray,
            cite_extra: Callable[[str], Citation | None],
            more_passages: Callable[[str], list[Citation]] = lambda doc_id: [],
            dictionary: Callable[[str], bool] = lambda w: True, k: int = 4) -> Composed:
    """Answer from these citations (ranked, already limited to the audience)."""
    idf = snap.lexical.idf
    if not close_enough(info, citations, idf, cfg):
        return declined(NOT_FOUND, "no_match")
    allowed_level = level(allowed)
    if cfg.check_key_terms:
        missing = missing_key_terms(info.key_terms, snap, timeline) + unknown_names(info.text, snap, dictionary)
        if missing:
            return declined(f"Nothing in the partner corpus covers {covers_text(missing, info.text)}.",
                            "missing_terms")

    # A superseded document may be cited as history but never answers: bring in its successor.
    for c in list(citations[:cfg.look_at]):
        succ = timeline.successor_for(c.passage.doc_id, allowed_level)
        if succ and all(x.passage.doc_id != succ for x in citations):
            extra = cite_extra(succ)
            if extra is not None:
                citations.append(extra)

    def usable(c: Citation) -> bool:
        """Superseded guidance never answers, except a question about its own time ("what was
        the margin target in 2018?") when its successor came later."""
        succ = timeline.successor_for(c.passage.doc_id, allowed_level)
        if succ is None:
            return True
        return bool(info.years) and int(c.passage.published[:4]) in info.years and \
            int(timeline.docs[succ].published[:4]) > max(info.years)

    look = cfg.look_at + sum(1 for c in citations[:cfg.look_at] if not usable(c))
    # A top document's other passages may hold the sentence that says it (a note's key
    # sentence can sit in a passage ranked below the per-document cap): they compete too,
    # and are cited if they answer.
    top_docs = list(dict.fromkeys(c.passage.doc_id for c in citations[:look] if usable(c)))
    cited_rows = {c.row for c in citations}
    pool = citations[:look] + [x for d in top_docs for x in more_passages(d) if x.row not in cited_rows]
    rest = citations[look:]
    citations = pool + rest
    cands = candidates(pool, lambda c: snap.passage_sentence_vectors(c.row), usable, len(pool))
    if info.present or info.years:  # the same preference for newer evidence as in the ranking
        pub = [c.passage.published for c in citations]
        fresh = [year_match(p, info.years) for p in pub] if info.years else recency(pub)
        for cand in cands:
            cand.bonus = cfg.recency_weight * fresh[cand.citation]
    w = Weights(**cfg.weights.model_dump())
    picks, uncovered = choose(info.parts, info.part_kinds or (info.kind,), part_vectors, cands, idf, w,
                              min_part_cosine=cfg.min_part_cosine, second_margin=cfg.second_margin,
                              max_sentences=cfg.max_sentences)
    if not picks:
        return declined(NOT_FOUND, "no_match")

    # Renumber: cited passages in order of first use by the answer, then the rest (passages
    # brought in only as candidates are dropped unless they answer).
    extra_rows = {x.row for x in pool[look:]}
    order = list(dict.fromkeys([p.citation for p in picks] +
                               [i for i, c in enumerate(citations) if c.row not in extra_rows]))
    new_rank = {old: i + 1 for i, old in enumerate(order)}
    n_used = len({p.citation for p in picks})
    ranked = [citations[i] for i in order][:max(k, n_used)]  # k cited passages, more only if the answer uses them
    for i, c in enumerate(ranked):
        c.rank = i + 1
    sentences = []
    for p in picks:
        c = citations[p.citation]
        if c.highlight is None:
            c.highlight = p.span
        sentences.append(AnswerSentence(c.passage.text[p.span[0]:p.span[1]].strip(), new_rank[p.citation],
                                        info.parts[p.part]))
    used_docs = {citations[p.citation].passage.doc_id for p in picks}
    as_of = max(timeline.docs[d].published for d in used_docs if d in timeline.docs) if used_docs else None
    not_covered = [info.parts[i] for i in uncovered]
    # No pointer for a question about a given time ("in 2012", "at CES 18"): it asked about then.
    newer = None if info.years else _newer_pointer(used_docs, as_of, ranked, snap, timeline, allowed_level, qvec,
                                                   cfg, cite_extra)
    text = " ".join(f"{s.text} [{s.rank}]" for s in sentences)
    if not_covered:
        text += " Not covered in the partner corpus: " + "; ".join(not_covered) + "."
    return Composed(True, text, ranked, sentences, not_covered, as_of, newer, None)


def _newer_pointer(used_docs: set[str], as_of: str | None, ranked: list[Citation], snap: Snapshot,
                   timeline: Timeline, allowed_level: int, qvec: np.ndarray, cfg,
                   cite_extra: Callable[[str], Citation | None]) -> NewerPointer | None:
    """The most relevant newer allowed document sharing two subject tags with the answer's sources."""
    if not as_of or not used_docs:
        return None
    subjects = set().union(*(timeline.subjects(d) for d in used_docs if d in timeline.docs))
    if not subjects:
        return None
    used_rows = [c.row for c in ranked if c.highlight is not None]
    best, best_cos = None, cfg.newer_min_cosine
    for d in timeline.docs.values():
        if d.published <= as_of or d.id in used_docs or level(d.visibility) > allowed_level:
            continue
        if timeline.is_superseded(d.id, allowed_level) or len(subjects & timeline.subjects(d.id)) < 2:
            continue
        rows = snap.doc_passages.get(d.id, ())
        if not rows:
            continue
        sims = snap.vectors[list(rows)] @ qvec
        cos = float(np.max(sims))
        # ...and about what the answer says, not only about the question's words.
        top = snap.vectors[list(rows)[int(np.argmax(sims))]]
        related = max((float(snap.vectors[r] @ top) for r in used_rows), default=0.0)
        if cos > best_cos and related >= cfg.newer_min_related:
            best, best_cos = d, cos
    if best is None:
        return None
    cited = next((c for c in ranked if c.passage.doc_id == best.id), None)
    if cited is None:
        cited = cite_extra(best.id)
        if cited is None:
            return None
        cited.rank = len(ranked) + 1
        ranked.append(cited)
    return NewerPointer(cited.rank, best.title, best.published)
