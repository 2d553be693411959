"""Typos in questions ("huwei", "verison", "seperate"): a word the corpus never uses and that is no
English word, one letter or two from a word the corpus uses often, is read as that word.

The corpus's own words are the dictionary, so a correction always lands on something the corpus
says; names the corpus does not know ("xiaomi") are near none of its words and stay as typed.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable, Iterable

_WORD = re.compile(r"[a-z]+")


def corpus_words(texts: Iterable[str]) -> dict[str, int]:
    """Lower-case words of five letters or more → how many times the corpus writes them."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w for w in _WORD.findall(text.lower()) if len(w) >= 5)
    return dict(counts)


def correct_spelling(question: str, words: dict[str, int], dictionary: Callable[[str], bool]) -> str:
    """The question with each misspelt word replaced by the corpus word it is closest to (same
    first letter, similarity 0.8 or more; the more frequent word wins a tie). Words the corpus
    uses, English words, and words with no close corpus word are left as typed."""
    if not words:
        return question

    def fix(m: re.Match) -> str:
        typed = m.group(0)
        w = typed.lower()
        if len(w) < 5 or w in words or dictionary(w):
            return typed
        near = [c for c in words if c[:1] == w[:1] and abs(len(c) - len(w)) <= 2]
        best = difflib.get_close_matches(w, near, n=3, cutoff=0.8)
        if not best:
            return typed
        top = difflib.SequenceMatcher(None, w, best[0]).ratio()
        tied = [c for c in best if difflib.SequenceMatcher(None, w, c).ratio() == top]
        word = max(tied, key=lambda c: words[c])
        return word.upper() if typed.isupper() else word.capitalize() if typed[0].isupper() else word

    return re.sub(r"\b[A-Za-z]+\b", fix, question)
