"""A product's features asked by name: "pura x battery mah?", "does the mate 10 pro have nfc?", "weight and screen
size?".

A partner asking whether a phone has an NFC chip or a memory-card slot needs that feature stated; the nearest sentence
is a spec list that names the screen, the memory and the processor, and quoting it reads as an answer ("128GB of
storage" for "microsd slot or is 128gb all u get"). A feature counts as asked when its name stands near the start of its
clause (not "a dead battery at 13 months — still under warranty?", which asks about the warranty), and as stated only
when a quoted sentence uses one of its words.
"""

from __future__ import annotations

import re

# (name in the answer, how a question asks for it, words a sentence stating it uses)
_FEATURES = (
    ("battery", r"battery(?:\s+(?:life|size|capacity))?|mah", r"batter(?:y|ies)|mAh"),
    (
        "charging speed",
        r"(?:fast|wireless|reverse\s+wireless)\s+charging|charging\s+(?:speed|wattage|watts)|wattage",
        r"charg\w*|\d+\s?W\b|watts?",
    ),
    ("weight", r"weight|how\s+heavy", r"weigh\w*|\d+\s?(?:g|grams)\b"),
    ("NFC support", r"nfc|tap\s+to\s+pay", r"NFC|contactless"),
    ("memory card slot", r"micro\s?sd|sd\s+card|memory\s+card|expandable\s+storage", r"microSD|memory card"),
    ("water rating", r"ip6\d|water\s?proof|water\s+(?:rating|resistance|resistant)", r"IP6\d|water"),
    ("headphone jack", r"headphone\s+jack|3\.5\s?mm|audio\s+jack", r"headphone|3\.5\s?mm"),
    ("SIM options", r"dual\s+sim|e-?sim", r"\bSIM|eSIM"),
    ("refresh rate", r"refresh\s+rate", r"Hz\b|refresh"),
    ("camera resolution", r"megapixels?|sensor\s+size|camera\s+specs", r"megapixel\w*|\d+\s?MP\b|sensor"),
    ("screen size", r"screen\s+size|display\s+size", r"inch|screen|display"),
    ("dimensions", r"dimensions|thickness|how\s+thick", r"\d\s?mm\b|thick"),
)
_ASKED = re.compile(r"\b(?:" + "|".join(f"(?P<f{i}>{a})" for i, (_, a, _) in enumerate(_FEATURES)) + r")\b", re.I)
_STATED = [re.compile(rf"(?:{said})", re.I) for _, _, said in _FEATURES]
# a clause ends at punctuation, a dash or a joining word ("weight and screen size", "dual sim + a headphone jack")
_CLAUSE_END = re.compile(r"[,.;:?!&+()\u2014\u2013]|\s-\s|\b(?:and|or|vs|w/)\b", re.I)
# a part that is broken, not a feature asked for ("a dead battery", "a swollen battery")
_STATE = re.compile(r"\b(?:dead|broken|faulty|swollen|swelling|cracked|bad|failing|replacement|spare)\s+$", re.I)


def features_asked(question: str) -> list[str]:
    """The product features a question asks for by name, in the answer's words ("battery", "NFC")."""
    asked = []
    for m in _ASKED.finditer(question):
        before = question[: m.start()]
        clause = _CLAUSE_END.split(before)[-1]
        if len(clause.split()) > 8 or _STATE.search(before):
            continue
        asked.append(_FEATURES[int(m.lastgroup[1:])][0])
    return list(dict.fromkeys(asked))


def features_not_given(question: str, sentences: list[str]) -> list[str]:
    """The features asked for by name that no sentence states in any of its words."""
    names = {name: i for i, (name, _, _) in enumerate(_FEATURES)}
    return [f for f in features_asked(question) if not any(_STATED[names[f]].search(s) for s in sentences)]
