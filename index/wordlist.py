"""Is this an ordinary English word? (So that an unknown word in a question can be told
apart from an unknown name such as "xiaomi".)

Webster's Second International word list (the `english-words` package, 234k words) plus
the embedding model's whole-word vocabulary, with plain inflections removed
("honorees" → "honoree", "earmarked" → "earmark"). Loaded on first use.
"""

from __future__ import annotations

import threading
from pathlib import Path

_WORDS: frozenset[str] | None = None
_LOCK = threading.Lock()
_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "ies", "ied")


def _load(model_vocab: Path | None) -> frozenset[str]:
    words: set[str] = set()
    try:
        from english_words import get_english_words_set
        words |= get_english_words_set(["web2"], lower=True, alpha=True)
    except Exception:  # the package is a dependency; without it only the model's vocabulary is used
        pass
    if model_vocab is not None:
        try:
            with open(model_vocab, encoding="utf-8") as f:
                words |= {w.strip() for w in f if w.strip().isalpha()}
        except OSError:
            pass
    return frozenset(words)


def english_word(word: str, model_vocab: Path | None = None) -> bool:
    global _WORDS
    if _WORDS is None:
        with _LOCK:
            if _WORDS is None:
                _WORDS = _load(model_vocab)
    w = word.lower()
    if w in _WORDS:
        return True
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)]
            if stem in _WORDS or (suf in ("ies", "ied") and stem + "y" in _WORDS) or stem + "e" in _WORDS:
                return True
    return False
