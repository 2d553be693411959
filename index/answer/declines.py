"""When to decline: nothing close, names the corpus lacks, shorthand it spells out.

Three checks, each cheap: is any passage close to the question (meaning, or terms and
names); does the question name something — a year, a model number, a currency, a
capitalised name, a word that is neither a corpus word nor an English word — that
occurs nowhere in the corpus ("Nothing in the partner corpus covers Samsung." must be
literally true); and how to name what is missing. The corpus-wide look-ups are built
once per index snapshot (Snapshot.derived).
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from bm25s import stopwords as _sw

from index.answer.categories import ANY_OTHER_MAKER, product_kinds
from index.answer.doers import person_asked
from index.answer.question import (
    ENGLISH_WORDS,
    MODEL_NUMBER,
    NOT_MODELS,
    QuestionInfo,
    asks_leave,
    asks_partners_to_deal,
    compared_sides,
    speaker,
)
from index.answer.scope import kind_after_line, lines_named, main_subjects, places_of, subject_lines
from index.answer.spelling import edit_distance
from index.answer.timeline import MONTH, Timeline
from index.answer.wordlist import english_word
from index.build.records import Citation
from index.build.store import Snapshot
from index.search.lexical import query_terms, term_coverage

# the buyer a "can we sell…" question names at its end: "to a k12 district", "for our hospital customer" (a kind of
# customer as its last word; not "for the acme x9000", "to the uae")
_CUSTOMER = re.compile(
    r"\s+(?:to|for)\s+(?:a|an|the|our|their|my|this|that|some)\s+[^,?.;:!]*?\b"
    r"(?:customers?|clients?|districts?|schools?|hospitals?|clinics?|banks?|hotels?|universit(?:y|ies)|colleges?|"
    r"agenc(?:y|ies)|compan(?:y|ies)|firms?|businesses|business|retailers?|carriers?|utilit(?:y|ies)|"
    r"contractors?|resellers?|distributors?|prospects?|buyers?|stores?|chains?|governments?|count(?:y|ies)|"
    r"cit(?:y|ies)|nonprofits?|churches|church|libraries|library)[?.!]*\s*$",
    re.I,
)


def close_enough(info: QuestionInfo, citations: list[Citation], idf, cfg) -> bool:
    """Is anything near the question? Either the meaning matches (dense cosine), or a
    loosely related passage holds nearly all its distinctive terms ("section 889")."""
    if not citations:
        return False
    best_dense = max(c.dense_score for c in citations)
    if best_dense >= cfg.min_dense_score:
        return True
    if _person_named(info.text, citations[:3]):
        return True
    if best_dense < cfg.min_dense_with_terms:
        return False
    # "can we resell matebooks to a school district": whom it is for is no term a rule on selling must hold
    core = _CUSTOMER.sub("", info.text) if asks_leave(info.text) else info.text
    # the rest must still say what is sold ("can we sell" alone holds one term, found in any rule)
    asked = [info.text] if core == info.text or len(query_terms(core)) < 2 else [info.text, core]
    if sides := compared_sides(info.text, info.parts):  # "the difference between x and y": x and y
        asked.append(sides)
    best_cov, best_text = max(
        (term_coverage(q, t, idf), t)
        for t in (f"{c.passage.title} {c.passage.text}" for c in citations[:3])
        for q in asked
    )
    if best_cov >= cfg.min_term_coverage or (
        best_dense >= cfg.min_dense_partial and best_cov >= cfg.min_partial_coverage
    ):
        return True
    # A question about a named thing ("what did Richard Yu say?") whose names all stand in
    # one top passage, which holds most of its terms too.
    folded = _fold(best_text)
    names = [t for t in info.key_terms if len(t) > 1 and not t.isdigit()]
    return bool(names) and best_cov >= 0.5 and all(re.search(rf"\b{re.escape(_fold(t))}", folded) for t in names)


def _person_named(question: str, citations: list[Citation]) -> bool:
    """Is the question who someone is, asked by a name that a top passage writes as a name, capitalised?"""
    name = person_asked(question)
    return bool(name) and any(re.search(name, c.passage.text) for c in citations)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


_VERSION_TAG = re.compile(r"v\d+(?:\.\d+)*", re.I)


# a chip process size typed short ("7nm"), and as the corpus writes it out ("7-nanometre", "7 nanometers")
_NANOMETRES = re.compile(r"(\d+)nm")
_NANOMETRES_WRITTEN = re.compile(r"\b(\d+)[- ]?nanomet(?:re|er)s?\b", re.I)


def _sizes_written_out(snap: Snapshot) -> frozenset[str]:
    """The process sizes the passages write out in nanometres ("7" of "7-nanometre")."""
    return snap.derived(
        "nanometre_sizes",
        lambda: frozenset(m.group(1) for p in snap.passages for m in _NANOMETRES_WRITTEN.finditer(p.text)),
        scan=True,
    )


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
        if t in years or _VERSION_TAG.fullmatch(t):
            continue  # (a version tag, "v6", is the number of a thing the question names: "harmonyos 5 … v6")
        split = re.fullmatch(r"([a-z]+)(\d+)(?:pro\+?|plus|max|ultra|rs|lite|e)?", _fold(t))
        if split and split.group(2) in (product_lines(snap) or {}).get(split.group(1), ()):
            continue  # "mate10", "mate10pro" written as "Mate 10", "Mate 10 Pro" in the corpus
        stems = query_terms(_fold(t))
        if not stems or all(s in vocab for s in stems):
            continue  # nothing searchable in it ("AT&T" → stopwords), or the corpus has it
        plural = re.fullmatch(r"([a-z]*\d+[a-z]*?)s", _fold(t))  # "h200s": the H200 the corpus names, plural
        if plural and all(s in vocab for s in query_terms(plural.group(1))):
            continue
        ft = _fold(t)
        if len(ft) >= 5 and not any(ch.isdigit() for ch in ft) and _near_word(ft, vocab):
            continue
        if (size := _NANOMETRES.fullmatch(ft)) and size.group(1) in _sizes_written_out(snap):
            continue  # "smic 7nm": the corpus writes "7-nanometre" (a size it never gives, "5nm", is still missing)
        missing.append(t)
    return missing


# a word that puts a place after it ("in germany", "from the philippines")
_PLACE_BEFORE = re.compile(r"\b(?:in|from|to|at|across|within|into|outside|based)\s+(?:the\s+)?$")


def _named_as_place(word: str, before: str) -> bool:
    """Is the word a country named where a place stands ("in germany"), not a brand ("aruba cx")?"""
    return bool(places_of(word)) and bool(_PLACE_BEFORE.search(before))


def unknown_names(
    question: str, snap: Snapshot, dictionary: Callable[[str], bool], spelled_out: frozenset[str] = frozenset()
) -> list[str]:
    """Lower-case names the corpus does not know: words that are neither corpus words (nor
    near spellings of them) nor English words ("xiaomi", "freebuds"), and model numbers
    ("pixel 8", "mate 70") that the corpus never writes: a word it does not use with a
    number, or one of its own product lines (a capitalised word it writes with numbers,
    "Mate 10", "Mate 60") with a number it never gives."""
    vocab = snap.lexical.retriever.vocab_dict
    found = []
    folded = _fold(question)
    for m in re.finditer(r"\b[a-z]{5,}\b", folded):  # shorter ones are often abbreviations ("specs", "tgl")
        w = m.group(0)
        stems = query_terms(w)
        if w in _STOP or not stems or all(s in vocab for s in stems) or _near_word(stems[0], vocab):
            continue
        # a word a dictionary lists may still be a brand ("nokia"): only as the subject of a question on its standing
        # ("is nokia on the entity list?", "was nokia banned"), and only when it is no ordinary English word or a
        # country ("did beijing push back" asks about China's government, which the corpus does cover)
        if dictionary(w) and (
            english_word(w, modern=False) or places_of(w) or not _STANDING_SUBJECT.search(folded[: m.start()])
        ):
            continue
        if w in spelled_out:
            continue  # shorthand the engine spelled out: "natsec (national security)"
        if _named_as_place(w, folded[: m.start()]):
            continue  # "a cust in germany wants…": a place, judged by the place check (not "aruba cx switches")
        if _names_a_thing(folded, m, snap):
            found.append(w)
    found += _unknown_short_names(question, folded, snap, dictionary, spelled_out)
    found += _unknown_compounds(folded, snap, dictionary)
    found += _unknown_makers(folded, snap, vocab)
    lines = product_lines(snap)
    pairs = numbered_pairs(snap)
    if lines is None or pairs is None:  # a corpus too large to scan: no model-number rule
        return list(dict.fromkeys(found))
    numbers = snap.derived("numbered_numbers", lambda: frozenset(n for _, n in pairs))
    named_numbers = snap.derived("named_numbers", lambda: frozenset(n for w, n in pairs if w in _LABELS))
    numbered = list(MODEL_NUMBER.finditer(folded))
    names_known = any(  # "section 889" among them
        (_LABEL_AS.get(m.group(1), m.group(1)), m.group(2)) in pairs for m in numbered if m.group(1) in _LAW_LABELS
    )
    for m in numbered:
        word, num = m.group(1), m.group(2)
        if word in _LAW_LABELS and len(num) >= 2 and (_LABEL_AS.get(word, word), num) not in pairs:
            # "section 232 tariffs…", "form 471 or 486?": the corpus labels nothing so; only as what the question is
            # about ("section 232 vs section 889" asks of one it has, "…on the entity list under section 744" of the
            # list); "232 tariffs" are no count of tariffs after a label
            if not names_known and _opens_clause(folded[: m.start()]):
                found.append(f"{word} {num}")
            continue
        if word in _STOP or num in lines.get(word, ()) or f"{word}{num}" in vocab or f"{word}{num}" in NOT_MODELS:
            continue
        if _SHARE_AFTER.match(folded[m.end() :]):
            continue  # "tacking 8% onto the price": a share, no model number
        if (_is_duration(folded, m.end()) and word not in lines) or (
            _is_quantity(folded, m.end()) and english_word(word, modern=False)
        ):
            continue  # "has 30 huawei switches", "matebook 3 months ago"; "iphone 16 activation steps" is a model
        if len(num) >= 3 and word not in lines and (num in numbers if word in vocab else num in named_numbers):
            # "ndaa 889": the corpus writes "section 889" and "NDAA"; "insists 889": a verb before a number the
            # corpus labels a thing by ("section 889", not "about 100": "galaxy 100" is a model). A long number is
            # one thing, whatever word comes before it, unless a product line's ("mate 889")
            continue
        stems = query_terms(word)
        unknown = bool(stems) and not all(s in vocab for s in stems)
        named = not english_word(word, modern=False) and (word, num) not in pairs  # "iphone 16": never with that number
        # after the subject's name a product word and a number are a model: "huawei watch 4 pro" (the corpus names
        # no Watch 4, and its price is no Mate's), not "huawei top 5"
        named = named or (
            (word, num) not in pairs
            and _makers_product(folded[: m.start()], word, folded[m.end() :], main_subjects(snap) or frozenset())
        )
        if word in lines or named or (unknown and not _near_word(stems[0], vocab)):
            found.append(f"{word} {num}")
    found += _unknown_lettered(folded, snap)
    return list(dict.fromkeys(found))


# a model letter code after a product line's name ("mate xt", "mate x"): no English word, nor a chat abbreviation
_LETTERED = re.compile(r"\b([a-z]+)\s+([a-z]{1,3})\b(?![-.]?\s*\d)")  # ("matebook d 15": a number's model)
# chat shorthand and the names of parts, not models: "ascend q: …", "which ascend gpu" (beside `EVERYDAY_SHORT`)
_CHAT_SHORT = frozenset("vs w wo tho bc ok re q u r n k npu soc dc hw sw os ui ai id".split())
# the kinds of device a line of models is sold as (a chip or an operating system line is named otherwise)
_DEVICE_KINDS = frozenset({"phone", "laptop", "tablet", "wearable"})


def _unknown_lettered(folded: str, snap: Snapshot) -> list[str]:
    """Models of a product line of the corpus's main subject named by letters the corpus never writes after that line:
    "mate xt" ("Pura X" is written; the price of a "Mate 10 Pro" edition is no Mate XT's). Only the subject's lines:
    a team written with scores ("Panthers 24") is no product line ("Panthers RB" asks of a running back)."""
    lines = subject_lines(snap)

    def compute():
        found = set()
        for p in snap.passages:
            found.update((_fold(w), _fold(c)) for w, c in re.findall(r"\b([A-Z][A-Za-z]+)\s+([A-Z]{1,3})\b", p.text))
        return frozenset(found)

    written = snap.derived("lettered_pairs", compute, scan=True)
    if written is None:
        return []
    vocab = snap.lexical.retriever.vocab_dict
    out = []
    for m in _LETTERED.finditer(folded):
        line, code = m.groups()
        if (
            not lines.get(line, frozenset()) & _DEVICE_KINDS
            or code in _STOP
            or code in _CHAT_SHORT
            or code in EVERYDAY_SHORT
        ):
            continue
        if (line, code) in written:
            continue
        if len(code) > 1 and any(all(s in vocab for s in query_terms(w)) for w in (code, f"{code}s")):
            continue  # a word the corpus uses on its own ("harmonyos pc": "Huawei PCs")
        if len(code) == 1 or not english_word(code, modern=False):
            out.append(f"{line} {code}")
    return out


# a share after a number ("8%", "8 percent"): no model's number
_SHARE_AFTER = re.compile(r"\s*(?:%|percent\b|pct\b)")
# words after a number that make it a size or a count, not a model's number: "router 3 pack", "switch 48 port"
_UNITS = frozenset(
    "pack packs port ports inch inches in gb tb mb mah w watt watts mm cm pc pcs piece pieces unit".split()
)


def _makers_product(before: str, word: str, after: str, subjects: frozenset[str]) -> bool:
    """Does `word`, and the number after it, name a model of a kind of product right after one of the corpus's
    subjects ("huawei watch 4", not "huawei router 3 pack")?"""
    last = re.search(r"([a-z]+)\s+$", before)
    unit = re.match(r"[\s-]*([a-z]+)", after)
    return (
        bool(last and last.group(1) in subjects)
        and not (unit and unit.group(1) in _UNITS)
        and any(product_kinds(w) for w in (word, f"{word}s", f"{word}es"))
    )


# words clipped short in chat before a product word ("exec phones", "auth on laptops", "corp laptops"): no makers
_CLIPPED = frozenset("exec execs auth corp dev devs prod admin admins biz ent mgd".split())


def _unknown_makers(folded: str, snap: Snapshot, vocab) -> list[str]:
    """A maker the corpus never writes, named before a kind of product in a question that does not name the corpus's
    subject ("can we sell nokia phones?", "vivo phones us availability?"): a dictionary may list the brand as a word,
    but before "phones" it names whose phones, and the subject's rules say nothing of them."""
    subjects = main_subjects(snap) or frozenset()
    words = re.findall(r"[a-z0-9&-]+", folded)
    if subjects & set(words):
        return []
    found = []
    # the next word, or the next two when the first is no stopword: "nokia phones", "yealink desk phones" (not
    # "payload of phones")
    for m in re.finditer(r"\b([a-z][a-z&-]{2,})\s+(?=([a-z-]+)(?:\s+([a-z-]+))?)", folded):
        w, nxt = m.group(1), m.group(2)
        if m.group(3) and nxt not in _sw.STOPWORDS_EN and not product_kinds(nxt):
            nxt = f"{nxt} {m.group(3)}"
        stems = query_terms(w)
        if w in _STOP or w in _sw.STOPWORDS_EN or w in EVERYDAY_SHORT or w in _CLIPPED or not stems:
            continue
        if all(s in vocab for s in stems) or _near_word(stems[0], vocab, typed=w):
            continue
        if _named_as_place(w, folded[: m.start()]):
            continue  # "a cust in germany wants servers": whose servers is not asked
        if product_kinds(nxt) and not product_kinds(w) and not english_word(w, modern=False):
            found.append(w)
    return found


# the letters of each short stopword, sorted: a word typed with two of them swapped is that stopword
_STOPWORD_LETTERS = frozenset("".join(sorted(w)) for w in _sw.STOPWORDS_EN if 3 <= len(w) <= 4)


def _unknown_short_names(
    question: str, folded: str, snap: Snapshot, dictionary: Callable[[str], bool], spelled_out: frozenset[str]
) -> list[str]:
    """Short names the corpus never writes: an acronym typed in capitals ("DJI", "TCL") or a word of three or
    four letters in lower case ("dji", "aito"), neither an English word, chat shorthand, an everyday tech
    abbreviation, a job title, nor shorthand the corpus spells out (the question then says what it stands
    for). Short words are more often shorthand than names, so only where they surely name the thing asked
    about (`_surely_names`): right after the corpus's subject, as the subject of a yes/no question, or after a
    dealing verb when more follows ("is dji on the list"; not "…on the covered list fwiw"), among others."""
    vocab = snap.lexical.retriever.vocab_dict
    found = []
    for m in re.finditer(r"(?<![\w/@#&'-])(?:[a-z]{3,4}|[A-Z][A-Za-z]{1,4})(?![\w/@&'-])", question):
        tok, w = m.group(0), m.group(0).lower()
        if tok[0].isupper() and (sum(ch.isupper() for ch in tok) < 2 or _ROLE.fullmatch(tok)):
            continue  # a capitalised word, not an acronym; or a job ("our CISO asks…")
        if w in _STOP or w in EVERYDAY_SHORT or w in vocab or dictionary(w) or w in spelled_out:
            continue
        if "".join(sorted(w)) in _STOPWORD_LETTERS:  # a stopword typed with two letters swapped: "teh", "adn"
            continue
        stems = query_terms(w)
        if not stems or any(s in vocab for s in stems):
            continue
        places = list(re.finditer(rf"\b{re.escape(w)}\b", folded))
        # the doer a question asks about ("what did the doj charge…", "did the ftc…") is a name, not a typo: of three
        # letters, one is a letter from some corpus term ("dod"); only a name's letters out of order ("zet") make one
        doer = len(w) == 3 and any(_ASKED_SUBJECT.search(folded[: at.start()]) for at in places)
        if tok.islower() and (_anagram_of_a_term(w, snap) if doer else _near_word(stems[0], vocab)):
            continue
        if any(_surely_names(folded, at, snap) for at in places):
            found.append(w)
    return found


# a short first part that makes an ordinary hyphenated word ("re-export", "co-op", "e-mail", "t-shirt")
_HYPHEN_PREFIXES = frozenset("a e i o x t re co ex pre non sub anti pro multi semi mid post off on up in out".split())


def _unknown_compounds(folded: str, snap: Snapshot, dictionary: Callable[[str], bool]) -> list[str]:
    """Hyphenated names the corpus never writes, whose first part is a short non-word ("tp-link", "d-link"): the
    parts apart are no names ("link" is a word, "tp" too short to judge alone), but together they name a brand, when
    it stands where a name surely does (`_surely_names`). "e-rate" or "wi-fi" the corpus or the shorthand list
    knows."""
    text = corpus_text_folded(snap)
    if text is None:  # a corpus too large to scan: no compound rule
        return []
    vocab = snap.lexical.retriever.vocab_dict
    found = []
    for m in re.finditer(r"(?<![\w-])([a-z]{1,3})-([a-z]{2,12})(?![\w-])", folded):
        whole, first = m.group(0), m.group(1)
        if first in _HYPHEN_PREFIXES or first in vocab or dictionary(first) or whole in text:
            continue
        if whole.replace("-", "") in EVERYDAY_SHORT or dictionary(whole.replace("-", "")):
            continue
        if _surely_names(folded, m, snap):
            found.append(whole)
    return found


_DEVICE_WORDS = r"(?:phones?|smartphones?|handsets?|laptops?|notebooks?|tablets?|devices?|pcs?|servers?|routers?)"
_PART_WORDS = r"(?:chips?|parts?|modules?|components?|radios?|modems?|processors?)"
# the maker of a part: "a Huawei or HiSilicon radio module or chip", "chips designed by Huawei's HiSilicon unit"
_PART_MAKER = re.compile(
    rf"\b([A-Z][A-Za-z]+)(?:['\u2019]s)?(?=(?:\s+(?:or|and|[A-Z][A-Za-z]+|[a-z]+)){{0,3}}?\s+{_PART_WORDS}\b"
    r"|\s+unit\b)|\b(?:designed|made)\s+by\s+([A-Z][A-Za-z]+)"
)


def _other_brand_names(snap: Snapshot) -> frozenset[str]:
    """The makers of parts (lower-cased) named in the corpus's sentences that give a rule for any other maker's devices
    ("Before quoting a device of another brand, ask … whether it contains a Huawei or HiSilicon radio module or chip"):
    the parts such a rule is about."""

    def compute():
        names: set[str] = set()
        for p in snap.passages:
            for sentence in (p.text[a:b] for a, b in p.sentences):
                if ANY_OTHER_MAKER.search(sentence):
                    makers = {(a or b).lower() for a, b in _PART_MAKER.findall(sentence)}
                    names |= {w for w in makers if not english_word(w, modern=False)}
        return frozenset(names)

    return snap.derived("other_brand_names", compute, scan=True) or frozenset()


# "…do we need to check anything before quoting?": what to do before dealing in it
_BEFORE_QUOTING = re.compile(
    r"\bbefore\s+(?:we\s+|i\s+)?(?:quot|sell|list|offer|ship)\w*"
    # whether a rule reaches it: "would a lenovo laptop w/ one hisilicon part get caught", "…be banned too"
    r"|\b(?:get|gets|be)\s+(?:caught|banned|covered|blocked|restricted)\b",
    re.I,
)


def other_brands_devices(missing: list[str], question: str, snap: Snapshot) -> list[str]:
    """The missing names that are another maker's device asked about for a part the corpus's rule on any other maker's
    devices names: "a motorola phone that might have a hisilicon chip", "a lenovo laptop w/ one hisilicon part" (that
    rule answers, whatever the maker; "can we sell motorola phones" names no such part)."""
    if not (asks_partners_to_deal(question) or asks_leave(question) or _BEFORE_QUOTING.search(question)):
        return []  # ("do xiaomi phones use huawei chips" asks a fact of that maker, which the corpus does not give)
    folded = _fold(question)
    makers = _other_brand_names(snap) - {w for t in missing for w in _fold(t).split()}
    if not any(re.search(rf"\b{re.escape(w)}(?:\W+\w+){{0,2}}?\W+{_PART_WORDS}\b", folded) for w in makers):
        return []
    return [t for t in missing if re.search(rf"\b{re.escape(_fold(t))}\s+{_DEVICE_WORDS}\b", folded)]


def corpus_text_folded(snap: Snapshot) -> str | None:
    """The corpus's passages and titles in lower case, once per index snapshot (None for a corpus too large)."""
    return snap.derived(
        "corpus_text_folded", lambda: " ".join(_fold(f"{p.title} {p.text}") for p in snap.passages), scan=True
    )


_NAMED_BY_WHAT_FOLLOWS = frozenset(
    "summit summits conference expo forum convention keynote ruling rulings lawsuit lawsuits case cases "
    "tribunal panel dispute".split()
)


def _surely_names(folded: str, m: re.Match, snap: Snapshot) -> bool:
    """The strict positions of `_names_a_thing`: right after the corpus's subject, as the subject of a
    yes/no question, after a dealing verb when more follows, as the last word after "about", "on" or "re",
    as an example of a kind of thing the corpus never writes of ("cpus too, like kunpeng"), or opening the
    question just before the subject or before a plural noun naming things ("tcl tvs for a hotel")."""
    before, after = folded[: m.start()], folded[m.end() :]
    subjects = main_subjects(snap) or frozenset()
    last = re.findall(r"[a-z0-9]+", before)[-1:]
    following = re.search(r"[a-z0-9]+", after)  # the next word, if any
    return (
        bool(last and last[0] in subjects)
        or bool(_ASKED_SUBJECT.search(before))
        or (bool(_DEALT.search(before)) and bool(following))
        or _example_of_an_unknown_kind(before, snap)
        # the topic at the end ("saw something about aito", "anything from the fcc on tuya?");
        # a brand before the subject at the start ("aito huawei car")
        or (bool(re.search(r"\b(?:about|on|re|regarding)\W*$", before)) and not following)
        # heading the question before a dash or colon: "tp-link - on the covered list?"
        or (not last and bool(re.match(r"\s*[-\u2013\u2014:]\s", after)))
        or (not last and bool(following) and following.group(0) in subjects)
        # naming an event, a body's ruling or a case: "at the apec summit", "the wto ruling", "an itc case"
        or (bool(following) and following.group(0) in _NAMED_BY_WHAT_FOLLOWS)
        # opening the question before a plural noun naming things: "tcl tvs for a hotel" (not "mgmt wants…",
        # "emea partners…": a verb, or people)
        or (
            not last
            and bool(following)
            and _plural_noun(following.group(0))
            and following.group(0) not in _VERB_OR_PEOPLE
        )
    )


def unknown_speaker(question: str, snap: Snapshot) -> list[str]:
    """The person a "what did X say / think" question asks about, when the corpus never writes one
    of their words ("elon musk": short, and English words too, so `unknown_names` lets them pass)."""
    vocab = snap.lexical.retriever.vocab_dict
    who = speaker(question)
    if who and who[-1].lower() in _SOMEONE:
        return []  # "what did the commerce guy tell congress": someone named by where they work, not by name
    for w in who:
        stems = query_terms(_fold(w))
        if stems and not all(s in vocab for s in stems) and not (len(w) >= 5 and _near_word(stems[0], vocab)):
            return [" ".join(who)]
    return []


# a person named by a word for anyone ("the commerce guy", "the fcc folks", "that bis official")
_SOMEONE = frozenset(
    "guy guys dude lady woman man person people folks official officials staffer staffers rep reps spokesperson "
    "spokesman spokeswoman boss chief head chair".split()
)


_STOP = (
    frozenset(_sw.STOPWORDS_EN)
    | ENGLISH_WORDS
    | {
        "section",
        "page",
        "year",
        "years",
        "step",
        "steps",
        "part",
        "item",
        "top",
        "over",
        "under",
        "about",
        "around",
        "last",
        "next",
        "than",
        "with",
        "had",
        "his",
        "her",
        "their",
        "its",
        "lost",
        "won",
        "within",
        "has",
        "have",
        "im",  # "like im 5": I'm
        "ive",
        "wants",
        "needs",
        "ordered",
        "bought",
        "vs",  # "covered list vs 889": a comparison, not a model "vs 889"
        "per",  # "per 889"
    }
)
_PLURAL = re.compile(r"[a-z]{2,}(?<![su]s)(?<!is)s")
_NOT_PLURAL = frozenset({"has", "was", "does", "its", "yes", "this", "thus", "plus", "whats", "hers", "ours", "yours"})


# words ending in "s" after a name that make it a subject of a verb or a group of people, not a product line
_VERB_OR_PEOPLE = frozenset(
    "wants needs asks says thinks keeps gets sells makes runs uses wonders insists claims reckons knows "
    "partners resellers folks guys customers clients people users reps teams peeps".split()
)


def _plural_noun(word: str) -> bool:
    return bool(_PLURAL.fullmatch(word)) and word not in _NOT_PLURAL


# Chat shorthand and everyday tech abbreviations partners type: not names.
EVERYDAY_SHORT = frozenset(
    "pls plz thx tbh idk imo fyi asap abt govt btw lmk np aka rn atm iirc afaik ppl msg mgr acct qty "
    "eod eol eta fwiw lol lmao smh ngl omg wfh ooo pto tia "
    "wifi vpn usb app apps ios sms gps nfc lte oem odm sku ssd hdd gpu cpu ram sim esim wan lan voip "
    # sales and IT-services shorthand
    "rfp rfq rfi poc kpi qbr crm erp msrp sla slas nda sow moq asp arr mrr roi tco byod mdm msp msps mssp smb smbs "
    "isp isps csp var vars kyc "
    # regions, roles and chat a partner opens with: "emea partners…", "mgmt wants…", "imho…"
    "emea apac latam anz dach mena amer mgmt ceo cfo cto cio coo ciso imho tbf ofc hiya".split()
)
_ROLE = re.compile(r"(?:C[A-Z]{1,3}O|S?VP|EVP|HR|IT|PM|AM|SE|BDM|GM|MD)s?")
# What stands before the subject of a yes/no question: "is xiaomi on the entity list"
_STANDING_SUBJECT = re.compile(r"(?:^|[?.!,;]\s*)(?:is|are|was|were)\s+$")
_YES_NO_SUBJECT = re.compile(r"(?:^|[?.!,;]\s*)(?:is|are|was|were|does|do|did|has|have|can|will)\s+$")
# ... with an article, or of a question asking what, why, when or how: "did the doj sue", "what did the doj charge…"
_ASKED_SUBJECT = re.compile(
    r"(?:^|[?.!,;]\s*)(?:(?:what|why|when|how|where)\s+)?(?:is|are|was|were|does|do|did|has|have|can|will)\s+"
    r"(?:the\s+|a\s+|an\s+)?$"
)
_DEALT = re.compile(
    r"\b(?:sell|resell|buy|stock|carry|quote|list|source|order|import|distribute|offer|support|about|on|of|from|by)\s+"
    r"(?:the\s+|a\s+|an\s+|any\s+|some\s+|their\s+|our\s+)?$"
)
# an example given by name, or the next in a list of them: "eda software like cadence / synopsys"
_EXAMPLE = re.compile(r"\b(?:like|such as|including|incl\.?|e\.?g\.?)\s+(?:[\w-]+\s*(?:/|,|\bor\b|\band\b)\s*)*$")
_NOT_A_KIND = frozenset({"too", "also", "etc", "other", "others", "stuff", "things"})


def _example_of_an_unknown_kind(before: str, snap: Snapshot) -> bool:
    """Is the word an example ("like kunpeng") of a kind of thing the corpus never writes of ("cpus")? An example of
    a kind it does write of ("other chinese ai chips like cambricon") leaves the question about the kind, which the
    corpus may answer for all of them."""
    m = _EXAMPLE.search(before)
    if not m:
        return False
    kind = [w for w in re.findall(r"[a-z0-9-]+", before[: m.start()]) if w not in _NOT_A_KIND][-1:]
    vocab = snap.lexical.retriever.vocab_dict
    stems = query_terms(kind[0]) if kind else ()
    return not (kind and _plural_noun(kind[0]) and stems and all(t in vocab for t in stems))


# the subject of a yes/no question typed without its verb: "futurewei still operating?", "is x" left out; the word
# after "still" is a state, not a verb of its own ("contoso still wants huawei phones": a customer)
_VERBLESS_STATUS = re.compile(
    r"\s+(?:still|ever|also|even|now)\s+(?:[a-z]+ing|[a-z]+ed|around|alive|active|open|available|legal|banned|"
    r"listed|sold|in business|a thing|there|a company)\b[^?.!]{0,30}\?",
)


_HEADING_BACK = re.compile(
    r"^[\w\s/,&+@]*?\s*(?:\u2014|\u2013|-|:|\|)\s+.*\b(?:them|those|these|their (?:phones|products|gear|devices))\b"
)


def _names_a_thing(folded: str, m: re.Match, snap: Snapshot) -> bool:
    """Does an unknown word stand where a product, brand or topic is named, so that the corpus not
    knowing it means the corpus does not cover the question? After the corpus's main subject
    ("huawei freebuds"), before a plural noun or a word the corpus puts after its subject ("xiaomi
    phones", "xiaomi's"), after a dealing verb ("resell xiaomi"), as the subject of a yes/no question
    ("is xiaomi on the list"), as an example of a kind of thing the corpus never writes of ("cpus, like
    kunpeng"), or in a question of a few words ("hipaa ok?"). Elsewhere it is the asker's own word ("a natsec
    risk", "our usual distie"): the question is answered on its other words."""
    before, after = folded[: m.start()], folded[m.end() :]
    subjects = main_subjects(snap) or frozenset()
    # right after the subject, or one word after it that is no stopword: "huawei freebuds", "huawei
    # watch ultimate"; not "huawei is spyware" or "huawei = spyware", which say something of it
    tail = re.search(r"(?:\b([a-z0-9]+)\s+)?\b([a-z0-9]+)\s+$", before)  # the two words before it, spaces only
    last, second = (tail.group(2), tail.group(1)) if tail else (None, None)
    after_subject = last in subjects or (second in subjects and last not in _sw.STOPWORDS_EN)
    if (
        after_subject
        or _DEALT.search(before)
        or _example_of_an_unknown_kind(before, snap)
        or re.match(r"['\u2019]s\b", after)
    ):
        return True
    if _YES_NO_SUBJECT.search(before):
        return True  # the subject of a yes/no question: "is xiaomi on the entity list"
    # the subject of a yes/no question typed without its verb ("futurewei still operating?"); not names heading a
    # question ("mike / contoso — huawei tablets ok to quote?"): as often the asker or the account as the topic
    if not re.search(r"[a-z0-9]", before) and _VERBLESS_STATUS.match(after):
        return True
    # names heading the question that it then points back at: "xiaomi / oppo — can we resell them?"
    if re.fullmatch(r"[\w\s/,&+@-]*", before) and _HEADING_BACK.match(after):
        return True
    nxt = re.findall(r"[a-z]+", after)[:1]
    if nxt and (_plural_noun(nxt[0]) or nxt[0] in _subject_nouns(snap) or nxt[0] in _MEASURES_AGAINST):
        return True  # (what a ban names: "tiktok ban - does it affect our reseller agreement")
    return len([t for t in re.findall(r"[a-z0-9]+", folded) if t not in _sw.STOPWORDS_EN]) <= 3


_MEASURES_AGAINST = frozenset("ban bans banned banning sanctions blacklisting".split())


def _subject_nouns(snap: Snapshot) -> frozenset[str]:
    """Words the corpus writes right after its main subject at least twice ("huawei phones", "huawei
    equipment"), not stopwords or past tenses: the things it is about."""

    def compute():
        subjects = main_subjects(snap) or frozenset()
        counts: Counter[str] = Counter()
        for p in snap.passages:
            words = re.findall(r"[a-z0-9']+", p.text.lower())
            counts.update(b for a, b in zip(words, words[1:]) if a in subjects)
        return frozenset(
            w for w, n in counts.items() if n >= 2 and w not in _sw.STOPWORDS_EN and not w.endswith(("ed", "id"))
        )

    return snap.derived("subject_nouns", compute, scan=True) or frozenset()


def _is_quantity(folded: str, end: int) -> bool:
    """A number that counts things ("has 30 huawei switches", "40 mate 10 pros", "25 units", "60 of
    them") is not a model number: one of the next two words is a plural noun, or the next is "of"."""
    following = re.findall(r"\b[a-z]+\b", folded[end : end + 40])[:2]
    return any(_plural_noun(w) for w in following) or following[:1] == ["of"]


_DURATION = re.compile(
    r"\s*(?:(?:(?:working|business|calendar)\s+)?(?:seconds|minutes|mins|hours|hrs|days|weeks|wks|months|mos|years|yrs)\b"
    r"|(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\s+(?:ago|later|old|from)\b)"
)


def _is_duration(folded: str, end: int) -> bool:
    """A number that measures time ("3 months ago", "2 weeks later", "3 wks now") is no model number; "mate 90
    day one" still names a model of a line the corpus knows."""
    return bool(_DURATION.match(folded, end))


# A version's major number: "HarmonyOS 4.3" names a HarmonyOS 4. Only after a name, and never an amount
# ("was 862.1 billion", "up 22.4%").
_VERSION = re.compile(
    r"\b([A-Z][A-Za-z]+)[ -]?(\d{1,3})\.\d{1,2}\b(?![,.]?\d)"
    r"(?!\s*(?:%|percent|per cent|billion|million|thousand|bn|mn)\b)"
)


# words that label a thing by its number ("section 889", "part 15")
_LABELS = frozenset("section sec part item clause paragraph article rule order form chapter title".split())
# labels that name a provision or a form by its number, never a count ("order 40" may be forty units); "sec 889" is
# "section 889"
_LAW_LABELS = frozenset("section sec clause paragraph article form title".split())
_LABEL_AS = {"sec": "section"}


def _opens_clause(before: str) -> bool:
    """Does a name stand first in its clause (after at most two words: "what does paragraph 15…"), or right after
    "about", "on", "re" or "what is" ("section 232 tariffs…", "what's section 232")?"""
    clause = re.split(r"[,.;:?!()\u2014\u2013]|\s-\s|\b(?:and|or|vs)\b", before)[-1]
    return len(clause.split()) <= 2 or bool(re.search(r"\b(?:about|on|re|regarding|is|whats|what's)\s*$", clause))


def numbered_pairs(snap: Snapshot) -> frozenset[tuple[str, str]] | None:
    """Every (word, number) the corpus writes, such as ("section", "889")."""

    def compute():
        found = set()
        for p in snap.passages:
            raw = f"{p.title} {p.text}"
            found.update(MODEL_NUMBER.findall(_fold(raw)))
            found.update((_fold(w), n) for w, n in _VERSION.findall(raw))  # "HarmonyOS 4.3" is a HarmonyOS 4
        return frozenset(found)

    return snap.derived("numbered_pairs", compute, scan=True)


_SEVERAL_MODELS = 3
_NUMBERED = re.compile(
    r"\b([A-Z][A-Za-z]+)[ -]?(\d{1,3})(?:[A-Z]{1,2})?\b(?![,.]?\d)"
    rf"(?!\s+{MONTH}\b)"
)


# a numbered provision with its parts: "889(a)(1)(B)", "section 889 (a)(2)"
_PROVISION = re.compile(r"\b(\d{3,4})\s*((?:\([a-z0-9]{1,3}\))+)", re.I)


def _provision(m: re.Match) -> str:
    return f"{m.group(1)}{m.group(2).lower()}"


def provisions_not_named(question: str, snap: Snapshot) -> list[str]:
    """Parts of a numbered provision the question names ("889(a)(2)") that the corpus never names, while it names
    other parts of the same section ("889(a)(1)(A)", "889(a)(1)(B)"): a sentence on another part is no answer on this
    one. A part written shorter than one the corpus names ("889(a)", "889(a)(1)") is named. So is a section by number
    ("section 5949") the corpus never writes, when it writes others by number."""
    named = snap.derived(
        "provisions",
        lambda: frozenset(_provision(m) for p in snap.passages for m in _PROVISION.finditer(p.text)),
        scan=True,
    )
    if not named:
        return []
    out = []
    for m in _PROVISION.finditer(question):
        asked, section = _provision(m), f"{m.group(1)}("
        parts = [n for n in named if n.startswith(section)]
        if parts and not any(n.startswith(asked) for n in parts):
            out.append(f"section {m.group(1)}{m.group(2)}")
    # a section by number the corpus never writes, while it writes others ("section 5949 of the ndaa": not 889)
    sections = snap.derived(
        "sections",
        lambda: frozenset(m.group(1) for p in snap.passages for m in _SECTION.finditer(p.text)),
        scan=True,
    )
    for m in _SECTION.finditer(question):
        if sections and m.group(1) not in sections and not any(n.startswith(f"{m.group(1)}(") for n in named):
            # (only as what the question is about: "…on the entity list under section 744" asks of the list)
            if _opens_clause(_fold(question[: m.start()])):
                out.append(f"section {m.group(1)}")
    return list(dict.fromkeys(out))


# a section named by its number: "section 5949", "sec. 889", "§ 889"
_SECTION = re.compile(r"(?:\bsection|\bsec\.?|§)\s*(\d{2,5})\b", re.I)


def product_lines(snap: Snapshot) -> dict[str, frozenset[str]] | None:
    """Capitalised words the corpus writes with model numbers ("Mate 10", "Mate 60"): word →
    the numbers it is given. A product line is written with a number nearly every time,
    unlike "week" or "oxygen"."""

    def compute():
        lines: dict[str, set[str]] = {}
        numbered: Counter[str] = Counter()
        for p in snap.passages:
            # (a letter or two after the number is the same model's variant: "Ascend 910B", "Ascend 950PR"; a day of a
            # month is no model: "On 15 May", "Since 26 December")
            for m in _NUMBERED.finditer(f"{p.title} {p.text}"):
                lines.setdefault(_fold(m.group(1)), set()).add(m.group(2))
                numbered[_fold(m.group(1))] += 1
        total: Counter[str] = Counter()
        for p in snap.passages:
            total.update(w for w in re.findall(r"[a-z]+", _fold(f"{p.title} {p.text}")) if w in lines)
        # (or given three numbers or more, however often also named alone: "Ascend 910B … 970", "Huawei Ascend chips")
        return {k: frozenset(v) for k, v in lines.items() if numbered[k] >= 0.8 * total[k] or len(v) >= _SEVERAL_MODELS}

    return snap.derived("product_lines", compute, scan=True)


def _anagram_of_a_term(word: str, snap: Snapshot) -> bool:
    """A corpus name of three letters typed with its letters out of order ("zet" for "zte"); not an everyday word the
    corpus writes ("wto" is no "two" mistyped)."""

    def compute() -> frozenset[str]:
        names = (w for w in snap.lexical.retriever.vocab_dict if len(w) == 3 and w.isalpha())
        return frozenset("".join(sorted(w)) for w in names if not english_word(w, modern=False))

    return "".join(sorted(word)) in snap.derived("three_letter_terms", compute)


def _near_word(word: str, vocab: dict, typed: str = "") -> bool:
    """A near spelling of a corpus term (compare stems: "purhcas" ~ "purchas"). Given the word as `typed`, for a word
    that may be a maker's name: one that adds two letters or more to a corpus term is no misspelling of it, and a
    short one (six letters or fewer) must be one typo away ("realme" is a name, not "real" or "resale" mistyped;
    "ztee" is a typo of "zte")."""
    same_start = [w for w in vocab if w[:1] == word[:1] and abs(len(w) - len(word)) <= 2]
    if typed:
        same_start = [w for w in same_start if not (typed.startswith(w) and len(typed) - len(w) >= 2)]
        if len(word) <= 6:
            return any(edit_distance(word, w, 1) <= 1 for w in same_start)
    return bool(difflib.get_close_matches(word, same_start, n=1, cutoff=0.8))


def corpus_has_stem(stem: str, snap: Snapshot) -> bool:
    """Does the corpus (as `snap` lets this audience read it) use this stem, or a near spelling of it ("licens" for
    "licenc")? A stem ending in "*" asks for any word starting so ("auth*": "authoris")."""
    vocab = snap.lexical.retriever.vocab_dict
    if stem.endswith("*"):  # by bisection in the sorted terms, found once per snapshot and audience
        ordered = snap.derived("sorted_vocab", lambda: sorted(vocab))
        at = bisect.bisect_left(ordered, stem[:-1])
        return at < len(ordered) and ordered[at].startswith(stem[:-1])
    return stem in vocab or (len(stem) >= 5 and _near_word(stem, vocab))


def covers_text(missing: list[str], original: str) -> str:
    missing = [t for t in missing if not any(t != o and t in o for o in missing)]  # "xiaomi 14", not also "xiaomi"
    shown: dict[str, str] = {}  # "Xiaomi" (a key term) and "xiaomi" (an unknown name) are one name
    for t in missing:
        m = re.search(re.escape(t), original, re.I)
        shown.setdefault(_fold(t), m.group(0) if m else t)
    return join_or(list(shown.values()))


def join_or(names: list[str]) -> str:
    """ "a", "a or b", "a, b or c"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _after_subject(term: str, question: str, subjects: frozenset[str]) -> bool:
    """The term follows a main subject, at most one word between ("huawei freebuds", "huawei watch gt 6")."""
    words = re.findall(r"[a-z0-9]+", _fold(question))
    first = re.findall(r"[a-z0-9]+", _fold(term))[:1]
    return any(w == first[0] and subjects & set(words[max(0, i - 2) : i]) for i, w in enumerate(words) if first)


# selling, listing or quoting through a channel: "list huawei watches on ebay", "sell them via newegg business"
_SOLD_THROUGH = r"\b(?:sell|resell|list|offer|market|quote|ship)\w*\b[^?.!]*?\b(?:on|via|through|thru)"
_OWNER = r"(?:(?:our|my|a|an|the|their|your)\s+(?:own\s+)?)?"  # "ok to list on our webstore"


def _before_kind(name: str, question: str) -> bool:
    """Is the name written right before a kind of product ("matepad tablets", "freebuds earbuds")?"""
    m = re.search(rf"\b{re.escape(name)}\s+([a-z]+)", _fold(question))
    return bool(m) and bool(product_kinds(m.group(1)))


def _after_line(code: str, question: str, lines) -> bool:
    """Is the model code written right after the name of a product line the corpus knows ("mate x6")?"""
    m = re.search(rf"\b([a-z]+)[ -]{re.escape(code)}\b", _fold(question))
    return bool(m) and m.group(1) in lines


def unnamed_models(missing: list[str], question: str, snap: Snapshot, thread: str = "") -> list[str]:
    """The missing terms that are products of a line the corpus knows: a product line with a number it
    never gives ("pura 70" beside "Pura 80": a name, not an English word, that the corpus writes with a
    number), a model code ("p30") in a question that names the corpus's main subject ("huawei p30"), or
    an unknown name right after that subject ("huawei freebuds"). A rule for the whole line ("partners
    cannot resell Huawei phones") answers a question about dealing in one of them; a fact about that
    model (its price, its specs) the corpus does not have. Empty unless every missing term is one. A model of one of
    the subject's lines named in the question ("the mate 10 pro") names the subject too."""
    lines = product_lines(snap) or {}
    numbered = snap.derived("numbered_words", lambda: frozenset(w for w, _ in numbered_pairs(snap) or ()))
    subjects = main_subjects(snap) or frozenset()
    # (or a model of one of its lines: "can we still sell the mate 10 pro? what about the p20", a thread's follow-up)
    said = _fold(f"{thread} {question}")
    names_subject = any(w in subjects for w in re.findall(r"[a-z]+", said)) or bool(
        lines_named(said, subject_lines(snap))
    )
    found = []
    for t in missing:
        parts = _fold(t).split()
        named_line = parts[0] in lines or (parts[0] in numbered and not english_word(parts[0], modern=False))
        if len(parts) == 2 and parts[1].isdigit() and (named_line or _after_subject(t, question, subjects)):
            found.append(t)  # "pura 70" beside "Pura 80"; "huawei watch gt 6"
        elif len(parts) == 2 and parts[0] in lines and re.fullmatch(r"[a-z]{1,3}", parts[1]):
            found.append(t)  # "mate xt": a letter model of a line the corpus knows
        elif (
            len(parts) == 1
            and re.fullmatch(r"[a-z]{1,3}\d{1,4}[a-z]?", parts[0])
            and (names_subject or _after_line(parts[0], question, lines))
        ):
            found.append(t)  # "huawei p30"; "mate x6": a model code after a line the corpus knows
        elif len(parts) == 1 and parts[0].isalpha() and _after_subject(parts[0], question, subjects):
            found.append(t)  # "huawei freebuds": a product of the main subject the corpus never names
        elif len(parts) == 1 and names_subject and not english_word(parts[0]) and _before_kind(parts[0], question):
            found.append(t)  # "what about the matepad tablets" after "can we sell huawei laptops": a line of that kind
        elif (
            len(parts) == 1
            and kind_after_line(parts[0], subject_lines(snap))
            and (asks_partners_to_deal(said) or asks_leave(said))
        ):
            # "can we sell matepads": a kind named after one of the subject's lines ("Mate"), tablets, asked leave to
            # deal in (not "did matepad tablets get hit the same way", a fact of them the corpus does not give)
            found.append(t)
        elif names_subject and re.search(rf"{_SOLD_THROUGH}\s+{_OWNER}{re.escape(_fold(t))}\b", _fold(question)):
            found.append(t)  # "list huawei watches on ebay": a channel the rule on every channel holds for
    return found if len(found) == len(missing) else []
