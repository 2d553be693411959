"""Typos in questions ("huwei", "verison", "seperate"): a word the corpus never uses and that is no
English word, a letter or two from a word the corpus uses, is read as that word.

The corpus's own words are the dictionary, so a correction always lands on something the corpus
says; names the corpus does not know ("xiaomi") are near none of its words and stay as typed.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable, Iterable

_WORD = re.compile(r"[a-z]+")


class CorpusWords(dict):
    """Lower-case words of five letters or more → how many times the corpus writes them, with the
    words grouped by their first letter and second (or third) letter and by length, so a typo is
    compared with a few dozen words, not with the whole vocabulary."""

    def __init__(self, counts: dict[str, int]):
        super().__init__(counts)
        self.buckets: dict[tuple[str, int], set[str]] = {}
        for w in counts:
            for key in {w[0] + w[1], w[0] + w[2]}:
                self.buckets.setdefault((key, len(w)), set()).add(w)

    def near(self, word: str) -> list[str]:
        """Words with the same first letter, at most two letters more or fewer, that share the
        second or third letter with it: a typo at the second letter (deleted, added, changed) is
        still found, and the first letter is taken as typed."""
        keys = {word[0] + word[1], word[0] + word[2]}
        found: set[str] = set()
        for key in keys:
            for n in range(len(word) - 2, len(word) + 3):
                found |= self.buckets.get((key, n), set())
        return sorted(found)


def corpus_words(texts: Iterable[str]) -> CorpusWords:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w for w in _WORD.findall(text.lower()) if len(w) >= 5)
    return CorpusWords(counts)


def correct_spelling(question: str, words: CorpusWords | None, dictionary: Callable[[str], bool]) -> str:
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
        near = words.near(w)
        best = difflib.get_close_matches(w, near, n=3, cutoff=0.8)
        if not best:
            return typed
        top = difflib.SequenceMatcher(None, w, best[0]).ratio()
        tied = [c for c in best if difflib.SequenceMatcher(None, w, c).ratio() == top]
        word = max(tied, key=lambda c: words[c])
        return word.upper() if typed.isupper() else word.capitalize() if typed[0].isupper() else word

    return re.sub(r"\b[A-Za-z]+\b", fix, question)
