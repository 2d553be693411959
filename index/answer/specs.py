"""A product's features asked by name: "pura x battery mah?", "does the mate 10 pro have nfc?", "weight and screen
size?".

A partner asking whether a phone has an NFC chip or a memory-card slot needs that feature stated; the nearest sentence
is a spec list that names the screen, the memory and the processor, and quoting it reads as an answer ("128GB of
storage" for "microsd slot or is 128gb all u get"). A feature counts as asked when its name stands near the start of its
clause and says nothing of a fault ("the battery is swelling", "a dead battery": a support question), and as stated
only by a sentence that uses one of its words (not "5G" for a weight, "similar" for a SIM, "GHz" for a refresh rate).
"""

from __future__ import annotations

import re

# (name in the answer, how a question asks for it, words a sentence stating it uses)
_FEATURES = (
    ("battery capacity", r"battery(?:\s+(?:life|size|capacity))?|mah", r"\bbatter(?:y|ies)\b|\bmAh\b"),
    (
        "charging speed",
        r"(?:fast|wireless|reverse\s+wireless)\s+charging|charging\s+(?:speed|wattage|watts)|wattage",
        r"\bcharging\b|\bchargers?\b|\b\d+\s?(?-i:W)\b|\bwatts?\b",
    ),
    ("weight", r"weight|weigh", r"\bweigh\w*|\b\d{2,4}\s?(?-i:g)\b|\bgrams\b"),
    ("NFC support", r"nfc|tap\s+to\s+pay", r"\bNFC\b|\bcontactless\b"),
    ("memory card slot", r"micro\s?sd|sd\s+card|memory\s+card|expandable\s+storage", r"\bmicroSD\b|\bmemory cards?\b"),
    (
        "water rating",
        r"ip6\d|water\s?proof|water\s+(?:rating|resistance|resistant)",
        r"\bIP6\d\b|\bwater[- ]?(?:proof|resistant|resistance)\b",
    ),
    ("headphone jack", r"headphone\s+jack|3\.5\s?mm|audio\s+jack", r"\bheadphone\b|\b3\.5\s?mm\b"),
    ("SIM options", r"dual\s+sim|e-?sim", r"\be?SIMs?\b"),
    ("refresh rate", r"refresh\s+rate", r"\b\d+\s?(?-i:Hz)\b|\brefresh rate\b"),
    ("camera resolution", r"megapixels?|sensor\s+size|camera\s+specs", r"\bmegapixels?\b|\b\d+\s?(?-i:MP)\b"),
    ("screen size", r"screen\s+size|display\s+size", r"\b\d+(?:\.\d+)?[- ]inch\b"),
    (
        "colours",
        r"colou?rs?(?:\s+options?)?|colou?rways?|what\s+colou?r",
        r"\bcolou?r(?:s|ed|way)?\b|\b(?:black|white|silver|gold|grey|gray|blue|green|purple|pink|red|orange|yellow|brown)\b",
    ),
    ("dimensions", r"dimensions|thickness|how\s+thick", r"\b\d+(?:\.\d+)?\s?mm\b|\bthick\b"),
    # "does the pura 80 ultra support 5g": a device's network, which a sentence must name (not "5g" as a topic: "huawei
    # 5g gear")
    (
        "5G support",
        r"(?<=support )5g|(?<=supports )5g|(?<=have )5g|(?<=has )5g|5g\s+(?:support|capable|compatible)",
        r"\b5G\b",
    ),
    # ("how much ram": the amount asked is the feature's, not a price)
    ("memory (RAM)", r"(?:how\s+much\s+)?(?:ram|memory)(?:\s+size)?", r"\bRAM\b|\bmemory\b"),
    (
        "storage",
        r"(?:how\s+much\s+)?storage\s+(?:size|options?|capacity)|how\s+much\s+storage|how\s+many\s+gb",
        r"\b\d+\s?(?:GB|TB)\b|\bstorage\b",
    ),
)
_ASKED = re.compile(r"\b(?:" + "|".join(f"(?P<f{i}>{a})" for i, (_, a, _) in enumerate(_FEATURES)) + r")\b", re.I)
_STATED = [re.compile(said, re.I) for _, _, said in _FEATURES]
_INDEX = {name: i for i, (name, _, _) in enumerate(_FEATURES)}
# a clause ends at punctuation, a dash or a joining word ("weight and screen size", "dual sim + a headphone jack")
_CLAUSE_END = re.compile(r"[,.;:?!&+()\u2014\u2013]|\s-\s|\b(?:and|or|vs|w/)\b", re.I)
# a part that is at fault, not a feature asked for ("a dead battery", "the battery is swelling", "battery issues")
_FAULT_BEFORE = re.compile(r"\b(?:dead|broken|faulty|swollen|swelling|cracked|bad|failing|replacement|spare)\s+$", re.I)
_FAULT_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:(?:is|was|has|have|keeps|just|got)\s+)?(?:won'?t|wont|isn'?t|not\s+working|died|dies|dead|"
    r"drains?|draining|swell\w*|swollen|broke|broken|cracked|loose|issues?|problems?|warranty|replacement|recall\w*|"
    r"fault\w*|fail\w*)\b",
    re.I,
)


def _asks(question: str):
    """(match, feature index) for each feature the question asks for by name."""
    for m in _ASKED.finditer(question):
        before, after = question[: m.start()], question[m.end() :]
        if len(_CLAUSE_END.split(before)[-1].split()) > 8 or _FAULT_BEFORE.search(before) or _FAULT_AFTER.match(after):
            continue
        yield m, int(m.lastgroup[1:])


def features_asked(question: str) -> list[str]:
    """The product features a question asks for by name, in the answer's words ("battery capacity", "NFC")."""
    return list(dict.fromkeys(_FEATURES[i][0] for _, i in _asks(question)))


def without_features(question: str) -> str:
    """The question with the features it asks for taken out: what else it asks ("mate 10 pro price and weight" →
    "mate 10 pro price and")."""
    spans = [m.span() for m, _ in _asks(question)]
    for start, end in reversed(spans):
        question = question[:start] + " " + question[end:]
    return question


_JOINED = re.compile(r"^\s*(?:and|&|\+)\s+((?:[\w-]+\s*){1,3})", re.I)


def features_joined(question: str) -> list[str]:
    """What a question joins to a feature it asks for, when that is no feature itself ("keyboard" in "matebook fold
    weight and keyboard?", "5g speeds" in "weight and 5g speeds")."""
    out = []
    for m, _ in _asks(question):
        j = _JOINED.match(question[m.end() :])
        if j and not _ASKED.match(j.group(1)):
            out.append(j.group(1).strip())
    return out


def features_not_given(question: str, sentences: list[str]) -> list[str]:
    """The features asked for by name that no sentence states in any of its words."""
    return [f for f in features_asked(question) if not any(_STATED[_INDEX[f]].search(s) for s in sentences)]


# a product's specifications asked as a whole: "mate 10 pro specs?", "the spec sheet"
_SPECS_ASKED = re.compile(r"\bspecs?\b|\bspecifications?\b|\bspec\s+sheet\b", re.I)


def specs_asked(question: str) -> bool:
    """Does the question ask for a product's specifications as a whole?"""
    return bool(_SPECS_ASKED.search(question))


def spec_list(sentence: str) -> bool:
    """Does the sentence list a product's specifications: two features or more ("a 6-inch OLED screen …, 6GB of
    memory, 128GB of storage")?"""
    return sum(bool(said.search(sentence)) for said in _STATED) >= 2
