"""Kinds of product a question or sentence is about: a rule on phones does not answer a question on routers.

"can we resell huawei routers?" is not answered by "No, … partners still cannot resell Huawei phones" when the same
note also says "Do not … resell any Huawei phones, tablets, laptops, watches or network equipment". A sentence that
names kinds of product, none of them the one asked about and no word covering every kind ("equipment", "products",
"devices"), is about something else; the scorer counts that against it, as it does a sentence about another model
number ("Mate 60" for "Mate 10").

The kinds are ordinary English product words, not names the corpus happens to use; a brand's range names
("matebook", "matepad", "freebuds") count with their kind because partners write them instead of the kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

# kind → words (singular and plural) and phrases that name it; longer phrases first so that "network equipment"
# is a network kind and not the word that covers every kind
_KINDS: dict[str, tuple[str, ...]] = {
    "phone": (
        r"(?:smart|cell|mobile )?phones?",
        r"handsets?",
        r"mobiles",
        r"foldables?",
    ),
    "tablet": (r"tablets?", r"matepads?", r"ipads?"),
    "laptop": (r"laptops?", r"notebooks?", r"matebooks?", r"pcs", r"personal computers?", r"computers"),
    "wearable": (
        r"(?:smart ?)?watch(?:es)?",
        r"wearables?",
        r"earbuds",
        r"freebuds",
        r"earphones",
        r"headphones",
        r"fitness bands?",
    ),
    "network": (
        r"(?:network(?:ing)?|telecom(?:munications?)?|radio access|ran|5g|4g|lte|wi-?fi) "
        r"(?:equipment|gear|hardware|kit)",
        r"routers?",
        r"switch(?:es)?",
        r"access points?",
        r"base stations?",
        r"modems?",
        r"firewalls?",
        r"hotspots?",
        r"antennas?",
    ),
    "server": (r"servers?", r"data[- ]cent(?:re|er) (?:equipment|gear|hardware)", r"ai systems?", r"gpu clusters?"),
    "camera": (r"(?:security |surveillance |cctv )?cameras?", r"(?:video )?surveillance", r"dvrs?", r"nvrs?"),
    "inverter": (r"(?:solar )?inverters?", r"solar panels?", r"batter(?:y|ies) storage"),
}
# words that cover every kind: a sentence using one of the products in question ("any Huawei equipment", "Covered List
# devices", not "an Apple or Samsung device") may answer a question on any kind; a question using one asks about all
_ANY_KIND = re.compile(
    r"\b(?:huawei|covered)\b(?:\W+\w+){0,3}?\W+"
    r"(?:equipment|gear|hardware|products?|devices?|items?|goods|electronics)\b",
    re.I,
)
_ANY_KIND_ASKED = re.compile(r"\b(?:equipment|gear|hardware|products?|devices?|stuff|things|kit|electronics)\b", re.I)
_PATTERNS = [(kind, re.compile(rf"\b(?:{'|'.join(words)})\b", re.I)) for kind, words in _KINDS.items()]


def asked_kinds(question: str) -> frozenset[str]:
    """The kinds of product a question is about; none when it also asks about products at large ("is best buy still
    selling huawei stuff? saw a matebook there")."""
    kinds = product_kinds(question)
    return frozenset() if kinds and _covers_any_kind(question, _ANY_KIND_ASKED) else kinds


@lru_cache(maxsize=65536)
def product_kinds(text: str) -> frozenset[str]:
    """The kinds of product `text` names ("routers" → network; "Huawei phones, tablets" → phone, tablet)."""
    found = set()
    for kind, rx in _PATTERNS:
        if rx.search(text):
            found.add(kind)
    return frozenset(found)


@lru_cache(maxsize=65536)
def _covers_any_kind(text: str, words: re.Pattern = _ANY_KIND) -> bool:
    rest = text
    for _, rx in _PATTERNS:  # "network equipment" is a kind, not the word for any kind
        rest = rx.sub(" ", rest)
    return bool(words.search(rest))


def other_kind(asked: frozenset[str], sentence: str) -> bool:
    """Does `sentence` name only kinds of product other than the `asked` ones (and no word for every kind)?"""
    if not asked:
        return False
    named = product_kinds(sentence)
    return bool(named) and not (named & asked) and not _covers_any_kind(sentence)
