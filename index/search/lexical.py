"""BM25 over passages with bm25s (English stopwords, Snowball stemming), and how much of a
question's terms a text holds."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer

_stemmer = Stemmer.Stemmer("english")


def _stem(words):
    return _stemmer.stemWords(words)


# A name joined by "&" ("AT&T", "B&H") is one term, written without it: the tokenizer would keep only
# "at" (a stopword) and drop "t", so "did at&t drop the deal" and "didnt att pull out" lost the carrier.
_AMPERSAND_NAME = re.compile(r"\b([A-Za-z]{1,3})&([A-Za-z]{1,3})\b")


def joined_names(text: str) -> str:
    """The text with each "&" name written as one word ("AT&T" → "ATT")."""
    return _AMPERSAND_NAME.sub(r"\1\2", text)


def tokenize(texts: list[str]):
    return bm25s.tokenize([joined_names(t) for t in texts], stopwords="en", stemmer=_stem, show_progress=False)


# The question words themselves say what kind of answer is wanted, not what it is about:
# "who is richard yu" is about "richard yu". bm25s's English list keeps several of them.
# Measured on squad-half (first 1,500): answered 0.974 → 0.987, first sentence 0.703 → 0.719.
_QUERY_STOPWORDS = sorted(
    set(bm25s.stopwords.STOPWORDS_EN)
    | {
        "who",
        "whom",
        "whose",
        "what",
        "whats",
        "when",
        "whens",
        "where",
        "why",
        "how",
        "which",
        "does",
        "did",
        "do",
        "can",
        "could",
        "would",
        "should",
        "will",
        "is",
        "are",
        "was",
        "were",
    }
    # Who is asking and how politely says nothing about the subject ("can WE still sell..."):
    # "we" is rare in news, so it outweighed every other term and pulled notes written in the
    # first person to the top. "us" stays: in questions it is usually the United States.
    | {"i", "me", "my", "we", "our", "ours", "you", "your", "he", "she", "him", "her", "them", "its", "they"}
    | {"pls", "please", "plz", "thanks", "thx", "hi", "hey", "tell", "know", "anyone", "anything", "someone"}
    | {"urgent", "urgently", "asap", "quick", "quickly", "hello", "folks"}
    | {"something", "somebody", "anybody", "somewhere"}  # not "anywhere": "using Ascend chips anywhere"
    # Light verbs and fillers: "what margin do we MAKE", "customer WANTS", "huawei STUFF".
    | {"make", "get", "got", "go", "going", "want", "wants", "need", "needs", "thing", "things", "stuff", "lol"}
    | {"ok", "okay", "guys", "basically", "actually", "actual", "exactly", "really", "just"}
    # How the asker wants the answer put ("explain", "eli5", "what's the diff"): the request's frame,
    # not its subject. Phrases of several words are taken out whole first (`_FRAME`).
    | {"tl", "dr", "tldr", "eli5", "explain", "explained", "rundown", "vs", "versus", "diff"}
    | {"mean", "means", "meaning"}  # "what does X mean": "what a Covered List company means" is no match
    # Time words set the time preference (index/answer/question.py `asks_about_present`), not the topic.
    | {"still", "now", "currently", "latest", "yet", "anymore", "today", "nowadays", "lately", "recently", "rn", "atm"}
)


# "in plain english", "like im 5", "quick version", "in a nutshell": how to put it, not what about
# (a subject word alone, "English" or "version", stays a term).
_FRAME = re.compile(
    r"\b(?:in plain english|plain english|like i'?m (?:5|five)|(?:quick|short|simple) (?:version|question|q)|"
    r"in a nutshell|tl;?dr|"
    # "889 part a in one line for a fed cust": how long to put it
    r"in\s+(?:one|1|a|two|2)\s+(?:line|sentence)s?|(?:one|1)[- ]?liner|"
    # "x vs y, whats the difference": asks what each named thing is, a word no answer holds ("differ")
    r"(?:what'?s|what\s+is)\s+the\s+(?:diff|difference)(?:\s+between\s+(?:them|the\s+two))?(?=\s*(?:[?.!]|$))|"
    # "…or did something change": asks for the present state (a time word), names no subject
    r"(?:or\s+)?(?:(?:did|has|have)\s+)?(?:something|anything)\s+(?:chang\w*|happen\w*))\b",
    re.I,
)


@lru_cache(maxsize=4096)
def query_terms(text: str) -> tuple[str, ...]:
    """Distinct stemmed, stopword-free terms of a question, in order (question words left out)."""
    text = joined_names(_FRAME.sub(" ", text))
    toks = bm25s.tokenize([text], stopwords=_QUERY_STOPWORDS, stemmer=_stem, return_ids=False, show_progress=False)[0]
    return tuple(dict.fromkeys(toks))


# Words partners clip in chat and the news writes in full: a sentence holding the full word holds the clipped one
# ("150 applications" answers "how many apps"); and "computers" holds the laptops and PCs a partner names. Stems.
_ALSO_HOLDS = {
    "applic": ("app",),
    "laboratori": ("lab",),
    "comput": ("laptop", "pc", "pcs"),
}


@lru_cache(maxsize=65536)
def sentence_terms(text: str) -> frozenset[str]:
    """Stemmed terms of a sentence (cached: the same passages come back question after question), with the words a
    word written in full also stands for (`_ALSO_HOLDS`)."""
    words = re.findall(r"(?u)\b\w\w+\b", joined_names(text).lower())
    stems = frozenset(_stemmer.stemWords(words))
    return stems.union(*(_ALSO_HOLDS[s] for s in stems if s in _ALSO_HOLDS))


@lru_cache(maxsize=65536)
def sentence_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Consecutive stopword-free terms of a sentence (phrase matches such as "super bowl")."""
    toks = query_terms(text)
    return frozenset(zip(toks, toks[1:]))


class LexicalIndex:
    def __init__(self, retriever: bm25s.BM25):
        self.retriever = retriever
        indptr = retriever.scores["indptr"]
        self._df = np.diff(indptr)
        self._n = int(retriever.scores.get("num_docs", 0)) or 1

    @classmethod
    def build(cls, texts: list[str], k1: float = 1.2, b: float = 0.75) -> "LexicalIndex":
        r = bm25s.BM25(k1=k1, b=b)
        r.index(tokenize(texts), show_progress=False)
        return cls(r)

    def save(self, directory: Path) -> None:
        self.retriever.save(str(directory), show_progress=False)

    @classmethod
    def load(cls, directory: Path) -> "LexicalIndex":
        return cls(bm25s.BM25.load(str(directory), show_progress=False, verbosity=0))

    def vocab_below(self, limit: int) -> dict[str, int]:
        """The vocabulary of passages [0, limit) (an audience's readable passages: they are stored in level
        order), term → id as in `retriever.vocab_dict`; computed once per limit from the postings."""
        cache = self.__dict__.setdefault("_vocab_below", {})
        if limit not in cache:
            first = self._first_rows()
            cache[limit] = {t: i for t, i in self.retriever.vocab_dict.items() if i < len(first) and first[i] < limit}
        return cache[limit]

    def _first_rows(self) -> np.ndarray:
        """For each term id, the lowest passage row holding it (int64 max when none), from the postings; once."""
        if "_first" not in self.__dict__:
            indptr = np.asarray(self.retriever.scores["indptr"])
            indices = np.asarray(self.retriever.scores["indices"])
            first = np.full(len(indptr) - 1, np.iinfo(np.int64).max, dtype=np.int64)
            has = np.diff(indptr) > 0
            if indices.size:
                first[has] = np.minimum.reduceat(indices, indptr[:-1][has])
            self.__dict__["_first"] = first
        return self.__dict__["_first"]

    def idf(self, term: str) -> float:
        tid = self.retriever.vocab_dict.get(term)
        df = int(self._df[tid]) if tid is not None and tid < len(self._df) else 0
        return math.log(1 + (self._n - df + 0.5) / (df + 0.5))

    def scores(self, question: str) -> np.ndarray | None:
        """BM25 score of every passage, or None when no question term is in the vocabulary."""
        terms = [t for t in query_terms(question) if t in self.retriever.vocab_dict]
        if not terms:
            return None
        return self.retriever.get_scores(terms)


def weighted_coverage(terms: Sequence[str], weights: dict[str, float], have: frozenset[str]) -> float:
    """Weighted share of terms present; a term that only shares its stem with a longer or
    shorter word of the sentence ("contractor"/"contract", "sell"/"resell") counts half."""
    if not terms:
        return 0.0
    if not isinstance(have, frozenset):  # the stem test is cached by term set: it must be hashable
        have = frozenset(have)
    total = sum(weights[t] for t in terms) or 1.0
    got = 0.0
    for t in terms:
        if t in have:
            got += weights[t]
        elif len(t) >= 4 and shares_stem(t, have):
            got += 0.5 * weights[t]
    return got / total


@lru_cache(maxsize=32768)
def shares_stem(term: str, have: frozenset[str]) -> bool:
    """Does any word of `have` share a stem with `term`? Cached: `have` is usually a cached passage's or
    sentence's term set (the same object question after question), and scanning it is most of a follow-up's time."""
    return any(related(term, h) for h in have)


def related(a: str, b: str) -> bool:
    """Terms that share a stem with a longer or shorter word ("contract"/"contractor", "sell"/"resell")."""
    if len(b) < 4:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_.startswith(short) or long_.endswith(short):
        return True
    # The stemmer drops a final double letter only in the longer word: "resell" → "resel", "sell" stays.
    return len(short) >= 4 and short[-1] == short[-2] and long_.endswith(short[:-1])


def term_coverage(question: str, text: str, idf: Callable[[str], float]) -> float:
    """IDF-weighted share of the question's terms that occur in text (0..1)."""
    terms = query_terms(question)
    return weighted_coverage(terms, {t: idf(t) for t in terms}, sentence_terms(text))
