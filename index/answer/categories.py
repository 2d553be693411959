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

from index.answer.wordlist import english_word

# a sentence written for the products of any maker but the subject: "a device of another brand", "another maker's
# phones" (not "devices from other makers" said in passing)
ANY_OTHER_MAKER = re.compile(
    r"\b(?:of|from)\s+(?:another|any other)\s+(?:brand|maker|manufacturer|vendor)\b|"
    r"\banother\s+(?:brand|maker|manufacturer|vendor)['’]s\b",
    re.I,
)

# kind → words (singular and plural) and phrases that name it; longer phrases first so that "network equipment"
# is a network kind and not the word that covers every kind. A word that is also a verb counts only where it names a
# thing: "switches", "huawei switch" (not "switch suppliers"), "watches", "smart watch" (not "watch out")
_KINDS: dict[str, tuple[str, ...]] = {
    "phone": (
        r"(?:smart|cell|mobile )?phones?",
        r"handsets?",
        r"mobiles",
        r"foldables?",
    ),
    "tablet": (r"tablets?", r"matepads?", r"ipads?"),
    "laptop": (r"laptops?", r"notebooks?", r"matebooks?", r"pcs?", r"(?:personal )?computers?"),
    "wearable": (
        r"(?:smart ?|huawei |apple |samsung )watch",
        r"watch(?= (?:gt|fit|ultimate|pro|d|\d))",
        r"(?:smart ?)?watches",
        r"wearables?",
        r"earbuds",
        r"freebuds",
        r"earphones",
        r"headphones",
        r"(?:fitness|smart|huawei) bands?",
    ),
    "network": (
        r"(?:network(?:ing)?|radio access|ran|5g|4g|lte|wi-?fi) (?:equipment|gear|hardware|kit|products?)",
        r"routers?",
        r"(?:huawei|network|ethernet|poe|core|access|managed|edge|campus|aggregation|l[23]|layer[- ]?[23]) switch",
        r"switches",
        r"access points?",
        r"aps",  # access points, as partners type them ("huawei outdoor aps")
        r"(?:wi-?fi|wireless|outdoor|indoor|huawei|mesh|ceiling) ap",
        r"base stations?",
        r"modems?",
        r"firewalls?",
        r"hotspots?",
        r"mifis?",
        r"dongles?",
        r"mobile (?:wi-?fi|broadband)",
        r"antennas?",
        # fibre access: optical line and network terminals and units, passive optical networks
        r"olts?",
        r"onts?",
        r"onu",
        # "onus" is an English word too: the plural counts after a maker or fibre word ("huawei onus", "olts and onus")
        *(rf"(?<={re.escape(w)} )onus" for w in ("huawei", "zte", "gpon", "fiber", "fibre", "olts and", "onts and")),
        r"x?g?pon(?: (?:equipment|gear|hardware|kit))?",
        r"optical (?:line|network) (?:terminals?|units?)",
    ),
    "server": (r"servers?", r"data[- ]cent(?:re|er) (?:equipment|gear|hardware)", r"ai systems?", r"gpu clusters?"),
    "camera": (
        r"(?:security |surveillance |cctv )?cameras?",
        r"cams?",  # chat's short word ("huawei cams for the parking lots")
        r"video surveillance",
        r"surveillance (?:equipment|gear|systems?)",
        r"cctv",
        r"dvrs?",
        r"nvrs?",
    ),
    "inverter": (r"(?:solar )?inverters?", r"solar panels?", r"batter(?:y|ies) storage"),
}
# telecommunications equipment is what the rules on it (section 889, the Covered List) say of phones and networks alike
_TELECOM = re.compile(r"\b(?:tele)?com(?:munications?)? (?:equipment|gear|hardware|products?|devices?)\b", re.I)
# words that cover every kind: used of a maker's or a list's products ("any Huawei equipment", "Covered List
# devices", "equipment made by ZTE"), a sentence with one may answer a question on any kind; not "a device of another
# brand", "an Apple or Samsung device" (some other maker's), nor a sentence's first word when it is an English one
# ("Before quoting a device…"). A question using one asks about all.
_GENERAL = r"(?:equipment|gear|hardware|products?|devices?|items?|goods|electronics)"
_NAME = re.compile(r"\b[A-Z][\w&-]*(?:\s+(?:(?:or|and|&)\s+)?[A-Z][\w&-]*)*")
_BEFORE_GENERAL = re.compile(rf"(?:\W+\w+){{0,3}}?\W+{_GENERAL}\b", re.I)
_SOME_OTHER = re.compile(r"\b(?:a|an|another)\s+$", re.I)
_MADE_BY = re.compile(rf"\b{_GENERAL}\s+(?:(?:made|produced|sold|designed)\s+by|from)\s+(?-i:[A-Z])", re.I)
_ANY_KIND_ASKED = re.compile(r"\b(?:equipment|gear|hardware|products?|devices?|stuff|things|kit|electronics)\b", re.I)
_PATTERNS = [(kind, re.compile(rf"\b(?:{'|'.join(words)})\b", re.I)) for kind, words in _KINDS.items()]


def asked_kinds(question: str) -> frozenset[str]:
    """The kinds of product a question is about; none when it also asks about products at large ("is best buy still
    selling huawei stuff? saw a matebook there")."""
    kinds = product_kinds(question)
    return frozenset() if kinds and _ANY_KIND_ASKED.search(_without_kinds(question)) else kinds


@lru_cache(maxsize=65536)
def product_kinds(text: str, telecom: bool = True) -> frozenset[str]:
    """The kinds of product `text` names ("routers" → network; "Huawei phones, tablets" → phone, tablet); with
    `telecom`, "telecommunications equipment" names phones and networks."""
    found = {"phone", "network"} if telecom and _TELECOM.search(text) else set()
    for kind, rx in _PATTERNS:
        if rx.search(text):
            found.add(kind)
    return frozenset(found)


@lru_cache(maxsize=65536)
def covers_any_kind(text: str, subjects: frozenset[str] = frozenset()) -> bool:
    """Does `text` use a word for every kind of the products in question ("any Huawei equipment", "Covered List
    devices", "products from Huawei")? With `subjects` (the corpus's main subjects, lower case), a maker named before
    the word must be one of them or a name of several words ("Covered List"): "offer Apple or Samsung devices"
    speaks of another maker's."""
    rest = _without_kinds(text)
    if _MADE_BY.search(rest):
        return True
    for m in _NAME.finditer(rest):
        words = re.findall(r"[A-Za-z][\w&-]*", m.group(0))
        names = [w for w in words if w[0].isupper()]
        if (m.start() == 0 and len(names) == 1 and english_word(names[0])) or _SOME_OTHER.search(rest[: m.start()]):
            continue
        if subjects and not ({w.lower() for w in names} & subjects or len(names) >= 2 and " or " not in m.group(0)):
            continue
        if _BEFORE_GENERAL.match(rest, m.end()):
            return True
    return False


def _without_kinds(text: str) -> str:
    rest = _TELECOM.sub(" ", text)
    for _, rx in _PATTERNS:  # "network equipment" is a kind, not the word for any kind
        rest = rx.sub(" ", rest)
    return rest


_MAKER = r"[A-Z][\w&-]+"
_MAKER_LIST = rf"{_MAKER}(?:(?:,\s+|\s+(?:and|or)\s+|,\s+(?:and|or)\s+){_MAKER})+"
_KIND_WORDS = "|".join(w for _, words in _KINDS.items() for w in words)
# "Huawei and ZTE telecommunications equipment", "Apple or Samsung devices", "made by Hytera, Hikvision and Dahua"
_LISTED_MAKERS = re.compile(
    rf"\b(?P<before>{_MAKER_LIST})\s+(?:(?:tele)?communications?\s+|telecom\s+|video\s+surveillance\s+|network\s+|"
    rf"smart\s+)?(?:{_KIND_WORDS}|{_GENERAL})\b"
    rf"|\b(?:made|produced|designed|sold)\s+by\s+(?P<by>{_MAKER_LIST})"
    rf"|\b{_GENERAL}\s+(?:and\s+services\s+)?from\s+(?P<from>{_MAKER_LIST})"
)


def listed_makers(text: str) -> set[str]:
    """Lower-case names `text` lists together as the makers of products ("Huawei, ZTE, Hytera, Hikvision or Dahua"
    before "equipment", "Apple or Samsung devices"): a list of two names or more, so a lone capitalised word before a
    product word ("FCC equipment authorisation", "AI systems") is not taken for a maker."""
    found: set[str] = set()
    for m in _LISTED_MAKERS.finditer(text):
        listed = m.group("before") or m.group("by") or m.group("from")
        found.update(w.lower() for w in re.findall(_MAKER, listed))
    return found


ANY_KIND = "any"  # others_products' key for a maker's products at large ("zte equipment")


@lru_cache(maxsize=1024)
def names_pattern(names: frozenset[str]) -> re.Pattern:
    """A pattern finding any of these names as a word, in any case."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))})\b", re.I)


def others_products(text: str, makers: frozenset[str], subjects: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """The kinds `text` names only as these makers' products, each with the makers named ("can we still sell zte
    routers" with "zte" among `makers`: network → {zte}; "zte equipment": ANY_KIND → {zte}): every mention has a
    maker's name among the three words before it, and none of the `subjects` ("huawei and zte routers" are the
    subject's too)."""
    found: dict[str, set[str]] = {}
    for kind, rx in [*_PATTERNS, (ANY_KIND, _ANY_KIND_ASKED)]:
        mentions = list(rx.finditer(text))
        before = [set(re.findall(r"[a-z0-9&-]+", text[: m.start()].lower())[-3:]) for m in mentions]
        if mentions and all(makers & words and not subjects & words for words in before):
            found[kind] = set().union(*(makers & words for words in before))
    return found


# how a reply names each kind
_KIND_NAMES = {
    "phone": "phones",
    "tablet": "tablets",
    "laptop": "laptops",
    "wearable": "watches or other wearables",
    "network": "network equipment",
    "server": "servers",
    "camera": "cameras",
    "inverter": "solar inverters",
}


def kind_names(kinds: frozenset[str]) -> list[str]:
    """The kinds as a reply names them ("wearable" → "watches or other wearables"), in the table's order."""
    return [name for kind, name in _KIND_NAMES.items() if kind in kinds]


def only_other_kinds(asked: frozenset[str], named: frozenset[str], any_kind: bool) -> bool:
    """Are the kinds a sentence `named` all other than the `asked` ones, with no word for every kind (`any_kind`)?"""
    return bool(asked) and bool(named) and not (named & asked) and not any_kind


def other_kind(
    asked: frozenset[str], sentence: str, subjects: frozenset[str] = frozenset(), telecom: bool = True
) -> bool:
    """Does `sentence` name only kinds of product other than the `asked` ones (and no word for every kind)? Without
    `telecom`, only kinds named by their own words count ("Returns (RMA) for Huawei phones"): "covered
    telecommunications equipment" is the law's word for all of it (a section 889 sentence on it answers for cameras
    too), so it covers every kind."""
    any_kind = covers_any_kind(sentence, subjects) or (not telecom and bool(_TELECOM.search(sentence)))
    return bool(asked) and only_other_kinds(asked, product_kinds(sentence, telecom), any_kind)
