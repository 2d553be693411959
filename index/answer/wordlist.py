"""Is this an ordinary English word? (So that an unknown word in a question can be told
apart from an unknown name such as "xiaomi".)

Webster's Second International word list (the `english-words` package, 234k words) plus
the embedding model's whole-word vocabulary, with plain inflections removed
("honorees" → "honoree", "earmarked" → "earmark"). Loaded on first use.
"""

from __future__ import annotations

import threading
from pathlib import Path

_WEB2: frozenset[str] | None = None
_MODELS: dict[Path, frozenset[str]] = {}  # by vocabulary file: a call without one must not hide it from later calls
_LOCK = threading.Lock()
_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "ies", "ied")


def _load_web2() -> frozenset[str]:
    try:
        from english_words import get_english_words_set

        return frozenset(get_english_words_set(["web2"], lower=True, alpha=True))
    except Exception:  # the package is a dependency; without it only the model's vocabulary is used
        return frozenset()


def _load_model(model_vocab: Path) -> frozenset[str]:
    try:
        with open(model_vocab, encoding="utf-8") as f:
            return frozenset(w.strip() for w in f if w.strip().isalpha())
    except OSError:
        return frozenset()


def _known(w: str, words: frozenset[str]) -> bool:
    if w in words:
        return True
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)]
            if stem in words or (suf in ("ies", "ied") and stem + "y" in words) or stem + "e" in words:
                return True
    return False


def english_word(word: str, model_vocab: Path | None = None, modern: bool = True) -> bool:
    """True for a word of Webster's list (inflections allowed) or, with `modern`, of the
    embedding model's vocabulary, which also holds newer words ("smartphone", "email") but
    brand names too ("iphone"): a model number's name is judged without it."""
    global _WEB2
    if _WEB2 is None or (model_vocab is not None and model_vocab not in _MODELS):
        with _LOCK:
            if _WEB2 is None:
                _WEB2 = _load_web2()
            if model_vocab is not None and model_vocab not in _MODELS:
                _MODELS[model_vocab] = _load_model(model_vocab)
    w = word.lower()
    return _known(w, _WEB2) or (modern and _known(w, _MODELS.get(model_vocab, frozenset()))) or _compound(w, _WEB2)


def _compound(w: str, words: frozenset[str]) -> bool:
    """Two long English words run together ("storefront", "smartwatch"), newer than the 1934 list.
    Each half has five letters or more: brand names built of short words ("FreeBuds", "MatePad")
    stay names."""
    return any(_known(w[:i], words) and _known(w[i:], words) for i in range(5, len(w) - 4))
