"""Typos in questions ("huwei", "verison", "seperate"): a word the corpus never uses and that is no
English word, a letter or two from a word the corpus uses, is read as that word.

The corpus's own words are the dictionary, so a correction always lands on something the corpus
says; names the corpus does not know ("xiaomi") are near none of its words and stay as typed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Iterable

from index.answer.categories import product_kinds
from index.answer.question import CHAT_WORDS

_WORD = re.compile(r"[a-z]+")


class CorpusWords(dict):
    """Lower-case words of five letters or more → how many times the corpus writes them, with the
    words grouped by their first letter and second (or third) letter and by length, so a typo is
    compared with a few dozen words, not with the whole vocabulary."""

    def __init__(self, counts: dict[str, int], short: frozenset[str] = frozenset()):
        super().__init__(counts)
        self.short = short  # the corpus's words of three and four letters, for `doubled`
        self.buckets: dict[tuple[str, int], set[str]] = {}
        for w in counts:
            for key in {w[0] + w[1], w[0] + w[2]}:
                self.buckets.setdefault((key, len(w)), set()).add(w)

    def near(self, word: str, spread: int = 2) -> list[str]:
        """Words with the same first letter, at most `spread` letters more or fewer, that share the
        second or third letter with it: a typo at the second letter (deleted, added, changed) is
        still found, and the first letter is taken as typed."""
        keys = {word[0] + word[1], word[0] + word[2]}
        found: set[str] = set()
        for key in keys:
            for n in range(len(word) - spread, len(word) + spread + 1):
                found |= self.buckets.get((key, n), set())
        return list(found)


def corpus_words(texts: Iterable[str]) -> CorpusWords:
    counts: Counter[str] = Counter()
    short: set[str] = set()
    for text in texts:
        words = _WORD.findall(text.lower())
        counts.update(w for w in words if len(w) >= 5)
        short.update(w for w in words if 3 <= len(w) <= 4)
    return CorpusWords(counts, frozenset(short))


# a first letter typed as it sounds: "fone" for "phone" (the edit distance keeps the first letter as typed)
_AS_SOUNDED = {"f": "ph"}


def _known(word: str, words: CorpusWords, dictionary: Callable[[str], bool]) -> bool:
    """Is it an English word the corpus uses?"""
    return (word in words.short or word in words) and dictionary(word)


def doubled(word: str, words: CorpusWords, dictionary: Callable[[str], bool]) -> str | None:
    """The one English word the corpus uses that a short typed word becomes with one of its letters doubled
    ("sel" → "sell"), or None (a word the dictionary knows as typed is never passed here: the model's vocabulary
    holds "wil" and "stil"): a letter typed once where it is written twice is the common slip of
    a short word, which the edit distance leaves alone (too many short words are one letter apart)."""
    found = {c for c in (word[: i + 1] + word[i:] for i in range(len(word))) if _known(c, words, dictionary)}
    return found.pop() if len(found) == 1 else None


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau–Levenshtein distance (a swap of two neighbours counts once), or limit + 1 when it
    is more than `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


# American and British spellings of one word: a question says "license", "authorization", "program"
# where the corpus writes "licence", "authorisation", "programme" (or the other way round), and a
# term that is not matched is lost to the term coverage that picks the answer sentence.
_PAIRS = (  # (what must come before, one spelling, the other, the endings both take)
    ("", "iz", "is", "(e|es|ed|ing|ation|ations|er|ers)"),  # authorize, organization
    ("", "yz", "ys", "(e|es|ed|ing)"),  # analyze
    ("", "ense", "ence", "(s?)"),  # license, defense
    ("(?<=gr)", "am", "amme", "(s?)"),  # program
    ("(?<=[a-z]{2})", "or", "our", "(s?)"),  # color, labor
    ("(?<=[a-z]{2}[^aeiou])", "er", "re", "(s?)"),  # center, meter
    ("(?<=[aeiou])", "ll", "l", "(s|ment|ments)?"),  # enroll, fulfill
    ("", "og", "ogue", "(s?)"),  # catalog
)
_SPELLINGS = [
    (re.compile(f"{before}{one}{endings}$"), f"{other}\\1")
    for before, a, b, endings in _PAIRS
    for one, other in ((a, b), (b, a))
]


def other_spelling(word: str, words: Container[str]) -> str | None:
    """The spelling among `words` (the corpus's words, or its run-together compounds) of a lower-case
    word written the other way ("license" → "licence", "datacenter" → "datacentre"), or None."""
    for rx, repl in _SPELLINGS:
        variant = rx.sub(repl, word, count=1)
        if variant != word and variant in words:
            return variant
    return None


def correct_spelling(question: str, words: CorpusWords | None, dictionary: Callable[[str], bool]) -> str:
    """The question with each word the corpus spells otherwise written its way ("license" → "licence"),
    and each misspelt word replaced by the corpus word it is closest to: one
    letter off (two for words of nine letters or more), the same first letter, the more frequent
    word on a tie. Left as typed: words the corpus uses, English words, words typed with a
    capital ("Telus", "CIENA": a name the asker knows how to write), and words with no corpus word
    that close ("ciena" is two letters from "china": a name, not a typo)."""
    if not words:
        return question

    def fix(m: re.Match) -> str:
        typed = m.group(0)
        w = typed.lower()
        if w in words:
            return typed
        if typed == w and (variant := other_spelling(w, words)):
            return variant  # lower case only: "Honour" may be meant as the brand's name
        if typed != w or dictionary(w) or w in CHAT_WORDS or product_kinds(w):
            return typed  # "custs" is customers, not "costs"; "modems" a kind of product, not "models"
        if (sound := _AS_SOUNDED.get(w[:1])) and _known(sound + w[1:], words, dictionary):
            return sound + w[1:]  # "fone", "fones": the sound typed as heard (the first letter is otherwise kept)
        if len(w) < 5:  # a short word only by a doubled letter; not a short plural ("wifi aps" are access points)
            return (len(w) >= 3 and not w.endswith("s") and doubled(w, words, dictionary)) or typed
        limit = 2 if len(w) >= 9 else 1
        letters = set(w)
        scored = [
            (edit_distance(w, c, limit), -words[c], c)
            for c in words.near(w, limit)
            if len(letters ^ set(c)) <= 2 * limit  # a cheap bound: each edit changes at most two letters
        ]
        best = min((x for x in scored if x[0] <= limit), default=None)
        return best[2] if best else typed

    return re.sub(r"\b[A-Za-z]+\b", fix, question)


_PLURAL_MODEL = re.compile(r"\b([a-z]+)([ -]?)(\d{1,4})s\b", re.I)
# "mate10pro", "mate10": a line's model typed run together
_RUN_TOGETHER = re.compile(r"\b([a-z]+)(\d{1,3})(pro\+?|plus|max|ultra|rs|lite|e)?\b", re.I)
_COUNTED_BEFORE = re.compile(r"\bhow\s+many\s+(?:[\w-]+\s+){0,2}$", re.I)


def singular_models(question: str, lines: Container[str]) -> str:
    """ "can we sell mate 70s": a model of one of the corpus's product lines (`lines`: "mate", "pura"…), counted
    in the plural or typed run together ("mate10pro"), read as the model ("mate 70", "mate 10 pro"), so that it is
    found as the corpus writes it. A decade ("the
    70s"), a line the corpus does not have and a count asked ("how many mate 10s") are left as typed."""

    def singular(m: re.Match) -> str:
        counted = _COUNTED_BEFORE.search(question[: m.start()])  # "how many mate 10s": the count asked, kept
        return m.group(1) + m.group(2) + m.group(3) if m.group(1).lower() in lines and not counted else m.group(0)

    return _RUN_TOGETHER.sub(
        lambda m: " ".join(filter(None, m.groups())) if m.group(1).lower() in lines else m.group(0),
        _PLURAL_MODEL.sub(singular, question),
    )
