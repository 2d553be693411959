"""Shorthand partners type and the corpus spells out: "tgl" → "temporary general licence",
"erate" → "E-Rate".

A question word that the corpus never uses and that is not an ordinary word is looked up
as the initials of a phrase the corpus does use (no stopwords inside); the most frequent
such phrase is added to the question. Built once per index snapshot, only for initials of
three to five letters.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from bm25s import stopwords as _sw

from index.answer.spelling import other_spelling
from index.answer.wordlist import english_word

# bm25s's stopwords (33) and the other words that start or glue no name: "ftc" is no "from those companies"
_STOP = frozenset(_sw.STOPWORDS_EN) | frozenset(
    "from those its our we which would could more most other also than only after before over under has have had was "
    "were been what when who whom whose can may must should not all any each some his her him she he you your them us "
    "my do does did so if about because while during until since without within between through both either own same "
    "very just now then there here where how why".split()
)
# "the May temporary general licence" is not a phrase "mtg" stands for: a date is no part of a name
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_PARTICIPLE = re.compile(r"[a-z]{3}ed$")


def corpus_acronyms(texts) -> dict[str, str]:
    """initials (3–5 letters) → the most frequent phrase with those initials. A name ends in a noun: a run of words
    ending in a past participle is no phrase initials stand for ("hmd" is no "high-bandwidth memory
    designed")."""
    texts = list(texts)  # (read twice: the names of words, and the numbered names)
    counts: Counter[tuple[str, str]] = Counter()
    for text in texts:
        words = _WORD.findall(text)
        for i in range(len(words)):
            for n in (3, 4, 5):
                w = words[i : i + n]
                if len(w) < n or any(x.lower() in _STOP or x.lower() in _MONTHS or len(x) < 2 for x in w):
                    continue
                if _PARTICIPLE.search(w[-1]):
                    continue
                before = words[i - 1] if i else ""
                if w[0][:1].isupper() and before[:1].isupper() and before.lower() not in _STOP:
                    continue  # "Service Fund programme" is the tail of "Universal Service Fund programme"
                counts[("".join(x[0] for x in w).lower(), " ".join(w))] += 1
    written: Counter[tuple[str, str]] = Counter()  # in any case ("Temporary General Licence" is the same name)
    for (initials, phrase), n in counts.items():
        written[(initials, phrase.lower())] += n
    best: dict[str, tuple[int, str]] = {}
    for (initials, phrase), n in counts.items():
        # three letters are the initials of many a chance run of words ("choice fewer observers" for "cfo"): only a
        # phrase the corpus writes more than once is one that shorthand stands for
        if n > best.get(initials, (0, ""))[0] and (written[(initials, phrase.lower())] >= 2 or len(initials) > 3):
            best[initials] = (n, phrase)
    numbered = {f"{initials}{num}": phrase for initials, num, phrase in _numbered_names(texts)}
    return {k: v for k, (_, v) in best.items()} | numbered


# a name of capitalised words and its number: "General Prohibition 10", which partners type "gp10"
_NUMBERED_NAME = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+)\s+(\d{1,3})\b(?![.,]\d)")


def _numbered_names(texts):
    """(initials, number, name) of each name of two to four capitalised words with a number after it."""
    for text in texts:
        for m in _NUMBERED_NAME.finditer(text):
            words = m.group(1).split()
            # (a name of English words, as a rule's is: not a maker's model, "Huawei Mate 70")
            if all(english_word(w.lower()) and w.lower() not in _STOP | _MONTHS for w in words):
                yield "".join(w[0] for w in words).lower(), m.group(2), f"{m.group(1)} {m.group(2)}"


# "Universal Service Fund (USF)": the corpus defining an abbreviation it goes on to use.
_DEFINED = re.compile(r"((?:[A-Z][\w'-]*\s+(?:(?:of|and|for|on|the)\s+)*){1,6})\(([A-Z]{2,6})\)")
_GLUE = frozenset({"of", "and", "for", "on", "the"})


def corpus_definitions(texts) -> dict[str, str]:
    """Abbreviations the corpus defines in brackets after their phrase → that phrase
    ("usf" → "Universal Service Fund"), when the phrase's initials spell it."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            words = m.group(1).split()
            abbr = m.group(2)
            # the phrase is the last words before the bracket whose initials spell the abbreviation
            for start in range(len(words)):
                phrase = words[start:]
                if phrase[0].lower() in _GLUE:
                    continue
                if "".join(w[0] for w in phrase if w.lower() not in _GLUE).upper() == abbr:
                    out.setdefault(abbr.lower(), " ".join(phrase))
                    break
    return out


def names_written_out(texts) -> dict[str, str]:
    """Initials → the name they stand for (as `corpus_definitions` defines it in brackets, else as `corpus_acronyms`
    finds it), for the names the texts write more than once ("tgl" → "temporary general licence"; not "hifi" as the
    words of one sentence, "…HarmonyOS 6 improves fluency, intelligence…")."""
    texts = list(texts)
    names = corpus_acronyms(texts) | corpus_definitions(texts)  # (a name defined in brackets first)
    lowered = [t.lower() for t in texts]
    return {k: v for k, v in names.items() if sum(t.count(v.lower()) for t in lowered) >= 2}


# what an abbreviation stands for, asked: "what does bis stand for", "whats BIS short for", "ndaa stands for?",
# "fdpr = ?", "full form of usf"
_ABBREVIATION_ASKED = re.compile(
    r"^\W*(?:(?:what\s+does|wat\s+does|what\s+do)\s+(?:the\s+)?(?P<a>[A-Za-z]{2,6})\s+stand\s+for"
    r"|(?:what'?s|whats|what\s+is|wats)\s+(?:the\s+)?(?P<b>[A-Za-z]{2,6})\s+(?:short\s+for|stand\s+for|an?\s+abbreviation\s+(?:of|for))"
    r"|(?P<c>[A-Za-z]{2,6})\s*(?:stands\s+for|stand\s+for|short\s+for|=)(?:\s+what)?"
    r"|(?:full|long)\s+(?:form|name)\s+(?:of|for)\s+(?:the\s+)?(?P<d>[A-Za-z]{2,6}))"
    r"(?:\s+(?:in|at|on|for)\b[^?]*)?\W*$",
    re.I,
)


def abbreviation_asked(question: str) -> str | None:
    """The abbreviation whose full name a question asks ("whats BIS short for" → "bis"), else None."""
    m = _ABBREVIATION_ASKED.match(question.strip())
    return next((m.group(g).lower() for g in "abcd" if m.group(g)), None) if m else None


def expand_acronyms(
    question: str,
    acronyms: dict[str, str],
    vocab: dict,
    dictionary,
    defined: dict[str, str] | None = None,
    clippings: dict[str, Counter] | None = None,
) -> str:
    """The question with each shorthand word followed by the phrase it stands for: a word the
    corpus never uses and that is not an ordinary word, looked up as initials; or an abbreviation
    the corpus defines itself, even though the corpus uses it too, when it is no word the embedding
    model knows ("usf": the model does not know it, the corpus spells it out once; "fcc" it knows); or a
    clipped compound of two words the corpus writes side by side ("natsec" → "national security")."""
    out = question
    defined = defined or {}
    for tok in dict.fromkeys(re.findall(r"\b[A-Za-z]{2,10}\b|\b[A-Za-z]{2,4}\d{1,3}\b", question)):
        low = tok.lower()
        if low[-1].isdigit():  # "gp10": a numbered name by its initials ("General Prohibition 10")
            if low in acronyms and low not in vocab:
                out = re.sub(rf"\b{re.escape(tok)}\b", f"{tok} ({acronyms[low]})", out, count=1)
            continue
        unknown = low not in vocab and low not in _STOP and not dictionary(low)
        if len(low) <= 6 and low in defined and defined[low].lower() not in question.lower() and not dictionary(low):
            phrase = defined[low]
        elif 3 <= len(low) <= 5 and low in acronyms and unknown:
            phrase = acronyms[low]
        elif len(low) >= 6 and clippings and unknown and (clipped := clipped_phrase(low, clippings)):
            phrase = clipped
        else:
            continue
        out = re.sub(rf"\b{re.escape(tok)}\b", f"{tok} ({phrase})", out, count=1)
    return out


def corpus_clippings(texts) -> dict[str, Counter]:
    """Pairs of adjacent words (neither a stopword, each of four letters or more), filed under the first
    three letters of each: for reading a clipped compound the corpus never writes ("natsec" → "national
    security")."""
    index: dict[str, Counter] = {}
    for text in texts:
        words = [w.lower() for w in _WORD.findall(text)]
        for a, b in zip(words, words[1:]):
            if len(a) >= 4 and len(b) >= 4 and a not in _STOP and b not in _STOP:
                index.setdefault(a[:3] + b[:3], Counter())[(a, b)] += 1
    return index


def clipped_phrase(word: str, clippings: dict[str, Counter]) -> str | None:
    """The most frequent corpus word pair whose words begin with the two halves of `word` ("nat" + "sec"),
    each half a clipping (three letters or more, shorter than the word it clips). Seen at least twice."""
    best: tuple[int, str] | None = None
    for k in range(3, len(word) - 2):
        head, tail = word[:k], word[k:]
        for (a, b), n in clippings.get(head[:3] + tail[:3], Counter()).items():
            if n >= 2 and len(a) > k and len(b) > len(tail) and a.startswith(head) and b.startswith(tail):
                if best is None or n > best[0]:
                    best = (n, f"{a} {b}")
    return best[1] if best else None


_COMPOUND = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")


# A name of two or three capitalised words ("Best Buy", "Clean Carts")
_NAME_WORDS = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\b")


_STOPWORDS = frozenset(_sw.STOPWORDS_EN)
_PAIR_TIMES = 3  # how often two words must stand together to be read as one typed run together


def corpus_compounds(texts) -> dict[str, str]:
    """A hyphenated word written without its hyphens ("erate", "ripandreplace"), a name of two or
    three words run together ("bestbuy"), or two words the corpus writes together at least three times ("linecard")
    → the corpus's most frequent spelling ("E-Rate", "Best Buy", "line card"). Only joined forms of four letters or
    more (six for names, seven for two words)."""
    counts: Counter[tuple[str, str]] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for word in _COMPOUND.findall(text):
            joined = word.replace("-", "").lower()
            if len(joined) >= 4:
                counts[(joined, word)] += 1
        for name in _NAME_WORDS.findall(text):
            words = name.split()
            for start, end in itertools.combinations(range(len(words) + 1), 2):
                joined = "".join(words[start:end]).lower()  # "operationcleancarts", "cleancarts"
                if end - start >= 2 and len(joined) >= 6:
                    counts[(joined, " ".join(words[start:end]))] += 1
        # two everyday words the corpus often writes together ("line card"), typed as one ("linecard")
        words = re.findall(r"[a-z]{3,}", text.lower())
        for a, b in zip(words, words[1:]):
            if len(a) + len(b) >= 7 and a not in _STOPWORDS and b not in _STOPWORDS:
                pairs[(a + b, f"{a} {b}")] += 1
    counts.update({k: n for k, n in pairs.items() if n >= _PAIR_TIMES and k not in counts})
    best: dict[str, tuple[int, str]] = {}
    for (joined, word), n in counts.items():
        if n > best.get(joined, (0, ""))[0]:
            best[joined] = (n, word)
    return {k: v for k, (_, v) in best.items()}


# a name the corpus writes with a capital inside ("HarmonyOS", "HiSilicon", "MateBook"), and its parts at the capitals
_INNER_CAPITAL = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")
_NAME_PART = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])")


def corpus_inner_capital_names(texts) -> dict[str, re.Pattern]:
    """Names the corpus writes with a capital inside → a pattern of their parts typed apart ("harmony os",
    "hi-silicon"): a partner types "harmony os 6" for "HarmonyOS 6". Compiled once per index snapshot."""
    names: dict[str, re.Pattern] = {}
    for text in texts:
        for name in _INNER_CAPITAL.findall(text):
            if name not in names:
                parts = _NAME_PART.findall(name)  # (joined by a space or a hyphen, not " - ": "hi - silicon q")
                names[name] = re.compile(r"\b" + r"(?:\s+|-)".join(map(re.escape, parts)) + r"\b", re.I)
    return names


def join_split_names(question: str, names: dict[str, re.Pattern]) -> str:
    """The question with each corpus name typed apart at its inner capitals written the corpus's way ("harmony os
    6" → "HarmonyOS 6")."""
    for name, parts in names.items():
        question = parts.sub(name, question)
    return question


def spell_compounds(question: str, compounds: dict[str, str], vocab: dict) -> str:
    """The question with each run-together word that the corpus hyphenates written its way."""

    def fix(m: re.Match) -> str:
        low = m.group(0).lower()
        if low in vocab:
            return m.group(0)
        joined = low if low in compounds else other_spelling(low, compounds)  # "datacenter" → "data-centre"
        return compounds[joined] if joined else m.group(0)

    return re.sub(r"\b[A-Za-z]{4,}\b", fix, question) if compounds else question
