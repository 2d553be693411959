"""What the corpus is about, so a question outside it is declined instead of answered nearby.

Two checks, both derived from the corpus itself (nothing about Huawei or the US is written here):

- Places. Country names (pycountry, plus common short names and demonyms) are found in every
  passage once per index snapshot; the one most passages name is the corpus's home ("the
  United States"). A question naming
  another country that none of the passages able to answer mentions ("can we resell
  Huawei phones in Canada?") is declined: a US rule is not Canada's rule.
- Lines of business. The corpus's main subjects are the capitalised names found in a large
  share of its documents ("Huawei"). A question that names one followed by a word the
  corpus never uses ("Huawei solar inverters", "Huawei cloud pricing") asks about a line
  the corpus does not cover.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

import pycountry
from bm25s import stopwords as _sw

from index.answer.categories import listed_makers, product_kinds
from index.answer.doers import verb_forms
from index.answer.wordlist import english_word
from index.build.records import Citation
from index.build.store import Snapshot
from index.search.lexical import query_terms

# Names people type that pycountry spells otherwise, and the adjectives they use for a country.
_ALIASES = {
    "US": ["us", "u.s.", "u.s", "usa", "u.s.a.", "america", "american", "americans", "united states"],
    "GB": ["uk", "u.k.", "britain", "great britain", "british", "england", "english law", "scotland", "wales"],
    "DE": ["german", "germans"],
    "FR": ["french"],
    "CA": ["canadian", "canadians"],
    "MX": ["mexican", "méxico"],
    "BR": ["brazilian", "brasil"],
    "CN": ["chinese", "prc", "mainland china"],
    "JP": ["japanese"],
    "IN": ["indian"],
    "AU": ["australian", "aussie"],
    "IT": ["italian"],
    "ES": ["spanish"],
    "NL": ["dutch", "holland"],
    "KR": ["south korea", "korean"],
    "KP": ["north korea"],
    "RU": ["russia", "russian"],
    "TW": ["taiwan", "taiwanese"],
    "VN": ["vietnam", "vietnamese"],
    "IR": ["iran", "iranian"],
    "TR": ["turkey", "turkish"],
    "PL": ["polish"],
    "SE": ["swedish"],
    "CH": ["swiss"],
    "IE": ["irish"],
    "NZ": ["new zealand", "kiwi"],
    "ZA": ["south africa", "south african"],
    "AE": ["uae", "emirates"],
    "SA": ["saudi", "saudi arabia"],
    "EU": ["eu", "e.u.", "european union", "europe", "european"],
    # regions a sales team is organised by: places abroad as much as a country is ("who distributes in latam")
    "LATAM": ["latam", "latin america", "south america", "central america"],
    "APAC": ["apac", "asia pacific", "asia-pacific", "southeast asia", "south east asia"],
    "EMEA": ["emea"],
    "MENA": ["middle east", "mena"],
}
# Words after a subject's name that ask about it, not about a line of business ("Huawei news").
_NOT_LINES = {"news", "latest", "updates", "update", "stuff", "things", "gear", "products", "status", "situation"}
# the reporting on the subject, not a line of its business: "why does every huawei article mention it"
_NOT_LINES |= {"article", "articles", "story", "stories", "headline", "headlines", "coverage", "press", "media"}
# particles that make a phrasal word of the word before them ("phase out", "crack down", "wind down")
_OUT_PARTICLES = frozenset({"out", "down", "off", "up"})
# the length of a word, no English one, that may be a corpus word clipped short ("auth", "govt"): shorter ones begin
# too many words ("car" begins "carrier")
_SHORT_WORD = (4, 5)
_VERBS = {"have", "has", "had", "is", "are", "was", "were", "be", "been", "do", "does", "did", "can", "could"}
_VERBS |= {"will", "would", "should", "may", "might", "must", "get", "gets", "got", "work", "works", "run", "runs"}
_LINKS = {"under", "over", "for", "with", "from", "into", "about", "without", "through", "thru", "via", "per", "like"}
# Words of time and manner after a product are no part of its name: "huawei routers next year".
_LINKS |= {"next", "last", "this", "today", "now", "anymore", "soon", "again", "yet", "still", "already", "ever", "rn"}
# A place the question names as where something comes from, while the question is set at home: "source from
# a distributor in Canada and resell here", "bought it in Spain, can they bring it back". That place is an
# origin, and the home rule answers. Both are needed: "we're a reseller here in Canada" and "can we sell in
# Mexico, then bring the money back" name no origin.
_SOURCED = re.compile(
    r"\b(?:from|bought|buy|buys|buying|purchased?|picked up|sourced?|sourcing|ordered|"
    r"import|imports|imported|importing|got|has|have|had|brought|owns|(?:walked|came|comes)\s+in\s+with|"
    r"showed\s+up\s+with)\b"
    # ("… from a canadian disti": the place's adjective after the article)
    r"(?:\s+[\w'&-]+){0,6}?\s+(?:in|from)\s+(?:(?:an?|the|our|their|some)\s+)?$",
    re.I,
)
_BACK_HOME = re.compile(
    r"\b(?:(?:sell|resell|use|list|stock|ship|import)\w*\s+(?:[\w'-]+\s+){0,3}?(?:here|stateside)\b(?!\s+in\b)"
    r"|\b(?:bring\w*|brought)\s+(?:(?:it|them|those|these|one|some|the[\w\s]{0,20}?)\s+)?back\b"
    r"|into the (?:us|u\.s\.|states)\b"
    # a buyer at home ("…from a distie in mexico and ship to a us cust")
    r"|\b(?:to|for)\s+(?:an?\s+|our\s+|the\s+)?(?:us|u\.s\.?|american|domestic|stateside)\s+"
    r"(?:cust\w*|clients?|buyers?|end[\s-]users?|accounts?)\b"
    # our own service of what the customer brought ("has a mate 80 pro from europe, can we support it")
    r"|\b(?:we|you|i)\s+(?:still\s+)?(?:support|repair|service|fix|swap|enrol|enroll|register)\s+"
    r"(?:it|them|this|that|one|those|an?\s+\w+)\b)",
    re.I,
)

# what a device someone got abroad is or does ("picked up a mate 80 pro in spain, what OS is it running"): a question
# of the device, not of the market it came from (not "…in mexico, can we sell them there")
_OF_THE_DEVICE = re.compile(
    r"\b(?:(?:what|which)\s+(?:os|operating system|system|software|chip|chipset|processor|soc|specs?|version|model|"
    r"colou?rs?|screen|battery|storage|memory|apps?)"
    r"|(?:does|will|would|can)\s+(?:it|that|this|the phone|the device)\s+(?:run|work|support|get|have))\b"
    r"(?![^?]*\b(?:sell|resell|ship|export|there)\b)",
    re.I,
)


# Territories under a country's own law (for a corpus about that country they are home, not abroad).
_PART_OF = {code: "US" for code in ("PR", "GU", "VI", "AS", "MP", "UM")} | {
    code: "FR" for code in ("GP", "MQ", "GF", "RE", "YT")
}

# Places with rules of their own that are not countries (pycountry has no code for them).
_SALES_REGIONS = frozenset({"LATAM", "APAC", "EMEA", "MENA"})
_REGIONS = {
    "EU": "the European Union",
    "LATAM": "Latin America",
    "APAC": "the Asia-Pacific region",
    "EMEA": "the EMEA region",
    "MENA": "the Middle East",
}
# Country names that are ordinary words (or a state) when written in lower case.
_NOT_PLACES = {"chad", "jersey", "guinea", "georgia", "georgian", "turkey", "jordan", "niger"}


def _demonyms(name: str) -> tuple[str, ...]:
    """The regular adjectives of a one-word country name ("Colombia" → "colombian", "Chile" → "chilean", "Egypt" →
    "egyptian", "Pakistan" → "pakistani"); irregular ones ("french", "dutch") are in _ALIASES."""
    if name.endswith("stan"):
        return (name + "i",)
    if name.endswith("a"):
        return (name + "n",)
    if name.endswith("e"):
        return (name + "an",)
    return (name + "ian",) if not name.endswith(("y", "s", "i", "o", "u")) else ()


def _common_name(country) -> str:
    """A pycountry country's everyday name ("Bolivia", not "Bolivia, Plurinational State of")."""
    return getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """lower-case name → alpha-2 code."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):  # "Czech Republic" for Czechia
            n = getattr(c, attr, None)
            if n and "," not in n and "(" not in n:
                names[n.lower()] = c.alpha_2
    # "colombian carriers" speak of Colombia as "carriers in colombia" do ("-a" names first: "nigerian" is Nigeria's)
    single = [(_common_name(c).lower(), c.alpha_2) for c in pycountry.countries]
    for name, code in sorted((nc for nc in single if nc[0].isalpha()), key=lambda nc: not nc[0].endswith("a")):
        for d in _demonyms(name):
            names.setdefault(d, code)
    for code, aliases in _ALIASES.items():
        for a in aliases:
            names[a] = code
    return names


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    alts = sorted(_gazetteer(), key=len, reverse=True)
    # "canada's", and "canadas" as people type it
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(a) for a in alts) + r")(?:'?s)?(?![\w])", re.I)


def country_name(code: str) -> str:
    if code in _REGIONS:
        return _REGIONS[code]
    c = pycountry.countries.get(alpha_2=code)
    name = _common_name(c)
    return f"the {name}" if name.startswith(("United", "Netherlands", "Philippines")) else name


def without_home(text: str, snap: Snapshot) -> str:
    """The text without the names of the corpus's home country ("latest on huawei in the us": huawei is the
    subject; every passage is about the home)."""
    at_home = home(snap)
    if not at_home:
        return text
    return _pattern().sub(lambda m: " " if _gazetteer().get(m.group(1).lower()) == at_home else m.group(0), text)


def without_places(text: str) -> str:
    """The text without the names of countries ("our uk entity" → "our  entity")."""
    return _pattern().sub(" ", text)


def places_in(text: str, skip_us: bool = False) -> frozenset[str]:
    """Codes of the countries a text names. "US" counts only in upper case ("us" is a pronoun);
    `skip_us` leaves it out altogether (questions, where people type "us" for both)."""
    return frozenset(places_named(text, skip_us))


def places_of(question: str) -> list[str]:
    """The names of the countries a question names, in its order ("the European Union", "Germany")."""
    return [country_name(code) for code in places_named(question, skip_us=True)]


def places_named(text: str, skip_us: bool = False) -> tuple[str, ...]:
    """`places_in`, in the order the text names them (a reply names them in the asker's order)."""
    out: dict[str, None] = {}
    gaz = _gazetteer()
    for m in _pattern().finditer(text):
        word = m.group(1)
        low = word.lower()
        if low == "us" and (skip_us or word != "US"):
            continue
        if low in _NOT_PLACES and not word[:1].isupper():
            continue
        out[gaz[low]] = None
    return tuple(out)


def passage_places(snap: Snapshot) -> list[frozenset[str]] | None:
    """The countries each passage (title included) names, by row; found once per index snapshot
    (None: corpus too large to scan)."""
    return snap.derived(
        "passage_places", lambda: [text_places(f"{p.title} {p.text}") for p in snap.passages], scan=True
    )


# A price in a place's currency speaks of that place ("priced … at 1,299 euros": Europe), and a member of the
# European Union is in it ("launched in Spain" speaks for "in europe")
_CURRENCY_PLACES = (
    (re.compile(r"\d\s*(?:euros?\b)|\u20ac\s?\d", re.I), "EU"),
    (re.compile(r"\d\s*(?:yuan|renminbi|rmb)\b", re.I), "CN"),
    (re.compile(r"\d\s*(?:yen)\b|\u00a5\s?\d", re.I), "JP"),
    (re.compile(r"\d\s*(?:pounds? sterling)\b|\u00a3\s?\d", re.I), "GB"),
)
_EU_MEMBERS = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split())


def text_places(text: str) -> frozenset[str]:
    """`places_in` for a passage, with the places its prices' currencies and its EU countries speak of."""
    found = places_in(text)
    found |= {code for rx, code in _CURRENCY_PLACES if rx.search(text)}
    return found | {"EU"} if found & _EU_MEMBERS else found


# A rule that holds wherever the customer is ("for any customer in any country", "wherever the customer is
# located", "in the United States and abroad") speaks for every country a question names.
_EVERY_PLACE = re.compile(
    r"\b(?:in|for|to)\s+(?:any|every)\s+(?:other\s+)?country\b|\bwherever the customer\b|"
    r"\banywhere in the world\b|\b(?:and|or)\s+abroad\b",
    re.I,
)


def holds_everywhere(text: str) -> bool:
    return bool(_EVERY_PLACE.search(text))


def rule_for_what_is_asked(question: str, text: str, snap: Snapshot) -> bool:
    """Does the passage hold a rule for any country on a product line the question names ("a Huawei Ascend 910B, 910C
    or 910D chip, for any customer in any country" for "ascend servers from a singapore reseller")?"""
    if not holds_everywhere(text):
        return False
    asked = set(re.findall(r"[a-z0-9]+", question.lower()))
    subjects = main_subjects(snap) or frozenset()
    lines = {m.group(1).lower() for m in _CAPITALISED.finditer(text)} - subjects
    return bool(lines & asked & set(subject_lines(snap)))


_CAPITALISED = re.compile(r"\b([A-Z][a-z]{2,})\b")


def asks_what_may_be_done(question: str) -> bool:
    """Is the question one on what may be done or must be checked ("can we…", "anything … to flag", "break any
    rule"), which a rule answers, rather than a request for a fact ("ascend 910c lead time from distributors in
    malaysia")?"""
    return bool(_ASKS_RULE.search(question))


_ASKS_RULE = re.compile(
    r"\b(?:can|could|may|should|is|are|does|do|anything|any\s+(?:issues?|problems?|rules?)|check|flag|rules?|allowed|"
    r"ok|okay|legal|problem|break)\b",
    re.I,
)


# "malaysia import rules", "the uk's ban", "a ban on ascend chips in the uk", "under the laws of the uk": the
# place's own regime, which no rule of the home country answers ("a uk based law firm" is no regime)
_REGIME_AFTER = re.compile(
    r"(?:['\u2019]?s)?(?:"
    # after a dash or colon only its own rules: "argentina — any rules on huawei gear" (not "chile — our rules")
    r"\s*[:\u2013\u2014-]\s*(?:(?:any|its|their|local|national|own)\s+)?"
    r"|\s+(?:(?!based\b|headquartered\b|owned\b)[\w-]+\s+)?)"  # "a uk based law firm" is no regime
    r"(?:(?:have|has|had)\s+(?:any\s+)?)?"  # "does japan's meti have rules on…"
    r"(?:rules?|laws?|regulations?|regs|bans?|government|govt|customs|regulators?)\b(?!\s+(?:firms?|offices?))",
    re.I,
)
_REGIME_BEFORE = re.compile(
    r"\b(?:rules?|laws?|regulations?|regs|bans?|government|govt|customs|regulators?)\b"
    r"(?:\s+(?!based\b|headquartered\b|owned\b)[\w-]+){0,5}?\s+(?:in|of|under|by)\s+(?:the\s+)?$",
    re.I,
)


# a rule of one of the home country's states rather than the country's: "a state level ban", "which us states ban it"
# (not "state law enforcement", a "statewide contract", nor "federal and state rules", which the country's rules answer)
_STATE_LEVEL = re.compile(
    r"\bstate[- ]?(?:level|wide)\s+(?:[\w-]+\s+){0,2}?(?:ban|law|rule|regulation|restriction)s?\b"
    r"|\bstate\s+(?:laws?|bans?|rules?|regulations?|legislatures?)\b(?!\s+enforcement)"
    r"|\b(?:which|any|what)\s+(?:us\s+)?states\b",
    re.I,
)
# "does new york have its own huawei ban"
_OWN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:its|their)\s+own\b", re.I)
_FEDERAL = re.compile(r"\b(?:federal|fcc|ndaa|889|national|nationwide|e-?rate|usf|bis|commerce)\b", re.I)
# a state's own rules by its name: "texas law", "texas's ban", "laws of texas", "under texas law" (not "a ban in
# texas", which the country's ban is as much as the state's)
_STATE_REGIME_BEFORE = re.compile(
    r"\b(?:rules?|laws?|regulations?|regs|bans?|government|govt|legislature)\s+(?:of|under)\s+(?:the\s+)?$", re.I
)
# names of a state that also name the country's government or something else ("Washington" for the capital)
_NOT_STATES = frozenset({"washington", "district of columbia"})


@lru_cache(maxsize=8)
def _states_of(code: str) -> re.Pattern | None:
    names = [
        d.name.lower()
        for d in pycountry.subdivisions.get(country_code=code) or []
        if d.type == "State" and d.name.lower() not in _NOT_STATES
    ]
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, names)) + r")(?![\w])", re.I) if names else None


def state_rules(question: str, snap: Snapshot) -> str | None:
    """The rules of one of the home country's states that the question asks about ("is there a state level huawei
    ban in texas", "florida's rules on chinese vendors"), when the corpus writes of no state's own rules; None
    otherwise. A state named as where the customer is ("a school in ohio", "a ban in texas schools") asks no state
    rule, nor a question that also asks the country's ("federal and state rules"): the country's rules answer."""
    at_home = home(snap)
    states = _states_of(at_home) if at_home else None
    if states is None:
        return None

    def own_rules(text: str) -> list[str]:
        return [
            m.group(1)
            for m in states.finditer(text)
            if _REGIME_AFTER.match(text, m.end())
            or _OWN_AFTER.match(text, m.end())
            or _STATE_REGIME_BEFORE.search(text, 0, m.start())
        ]

    def corpus_has_state_rules() -> bool:
        return any(_STATE_LEVEL.search(p.text) or own_rules(p.text) for p in snap.passages)

    named = own_rules(question)
    if (not named and not _STATE_LEVEL.search(question)) or _FEDERAL.search(question):
        return None
    if snap.derived("state_rules", corpus_has_state_rules, scan=True) is not False:
        return None  # the corpus writes of them (or is too large to scan)
    return f"{named[0].title()}'s own rules" if named else "state-level rules"


def place_counts(snap: Snapshot) -> Counter | None:
    """How many passages name each country, once per index snapshot (None: too large to scan)."""

    def compute():
        by_row = passage_places(snap)
        return None if by_row is None else Counter(code for places in by_row for code in places)

    return snap.derived("place_counts", compute)


def home(snap: Snapshot) -> str | None:
    """The country the corpus names in most passages: what it is about."""
    counts = place_counts(snap)
    return counts.most_common(1)[0][0] if counts else None


def unmatched_places(question: str, passages: list[Citation], snap: Snapshot) -> tuple[list[str], list[str], list[str]]:
    """The countries the question names that none of the answering passages mentions, as
    (foreign, in scope). Foreign: the corpus is not about them ("Canada"). In scope: a tenth of
    the corpus names them ("China" in a corpus about Huawei in the US), so they are no other
    place, but the passages found are about something else. The home country never counts, and
    a foreign place is only where something comes from when the question is set at home ("a
    distributor in Canada … resell here"), or the alternative to home in a choice ("sold here or
    was that a europe thing"). Third, `excused`: the places only the first passage speaks for, by a rule that
    holds in any country ("for any customer in any country"); the answer must then quote that rule. A place's
    own rules ("malaysia import rules") are never excused."""
    by_row, counts, at_home = passage_places(snap), place_counts(snap), home(snap)
    if by_row is None or at_home is None:  # too large to scan, or a corpus that is about no country
        return [], [], []
    if states := _states_of(at_home):  # "a school in New Mexico" is at home, not in Mexico
        question = states.sub(" ", question)
    foreign, in_scope, excused = [], [], []
    origins = (
        (_origins(question) if _BACK_HOME.search(question) or _OF_THE_DEVICE.search(question) else frozenset())
        | _home_alternatives(question)
        | _places_not_markets(question)
    )
    gaz = _gazetteer()
    regimes = {
        gaz[m.group(1).lower()]
        for m in _pattern().finditer(question)
        # ("does brazil have its own ascend ban": no rule of the home country's speaks for it)
        if _REGIME_AFTER.match(question, m.end())
        or _REGIME_BEFORE.search(question, 0, m.start())
        or _OWN_AFTER.match(question, m.end())
    }
    # only the first passage's "any country" counts, or another's naming what the question names ("…ascend chips from
    # a singapore reseller"): a fourth passage's rule for Ascend chips says nothing about reselling phones in Canada
    named = places_named(question, skip_us=True)
    everywhere = (
        bool(named and passages)
        and (  # (read only when a place is named)
            holds_everywhere(passages[0].passage.text)
            or any(rule_for_what_is_asked(question, c.passage.text, snap) for c in passages[1:])
        )
    )
    for code in named:
        if code == at_home or _PART_OF.get(code) == at_home:  # "puerto rico": under the home country's law
            continue
        if code in _SALES_REGIONS and set(named) - _SALES_REGIONS:  # "vietnam … apac offices": the countries say
            continue  # where (and a corpus on China speaks of part of the region)
        if any(code in by_row[c.row] for c in passages):
            continue
        if counts[code] >= 0.1 * len(by_row):  # "Germany" for "german", "the United Kingdom" for "uk"
            in_scope.append(country_name(code))
        elif code in origins:
            continue
        elif everywhere and code not in regimes:
            excused.append(country_name(code))
        else:
            foreign.append(country_name(code))
    return foreign, in_scope, excused


_HOME_WORD = r"(?:here|stateside|the us|us|u\.s\.?|usa|the states)"  # not "america": "latin america or europe"
_OR_HOME_BEFORE = re.compile(
    rf"\b{_HOME_WORD}\s+or\s+(?:(?:was|is|were|are)\s+(?:that|it|this|they)\s+)?(?:just\s+|only\s+)?(?:in\s+|an?\s+)?$",
    re.I,
)
_OR_HOME_AFTER = re.compile(rf"(?:\s+\w+)?\s+or\s+(?:in\s+)?{_HOME_WORD}\b", re.I)  # matched at the place's end


_TOPIC_BEFORE = re.compile(
    r"(?:\b(?:because of|bc of|b/c of|cause of|due to|regarding|ties to|links to)|(?<!what )(?<!how )\babout|"
    r"(?<![\w'\u2019])re:?|\bover(?!\s+(?:there|here)))\s+$",
    re.I,
)
_TOPIC_AFTER = re.compile(r"\s+(?:stuff|things?|issues?|sanctions|ties|links|connections?|angle)\b", re.I)


def named_as_topic(question: str, names: list[str], snap: Snapshot) -> bool:
    """Every mention of these places names a subject ("bc of iran stuff", "sanctions over iran"), not where
    something is sold or used ("the corpus is about the United States" would answer the wrong thing), and
    the corpus never names them ("Nothing in the partner corpus covers Taiwan" would be false: TSMC's
    factories are there)."""
    gaz, counts = _gazetteer(), place_counts(snap) or Counter()
    seen = [m for m in _pattern().finditer(question) if country_name(gaz[m.group(1).lower()]) in names]
    if any(counts[gaz[m.group(1).lower()]] for m in seen):
        return False
    return bool(seen) and all(
        _TOPIC_BEFORE.search(question, 0, m.start()) or _TOPIC_AFTER.match(question, m.end()) for m in seen
    )


def _home_alternatives(question: str) -> frozenset[str]:
    """Codes of the places offered as the alternative to home in a choice ("sold here or was that a europe
    thing", "launched in europe or the us"): the question asks about home, and names the place only to
    set it against home."""
    gaz = _gazetteer()
    return frozenset(
        gaz[m.group(1).lower()]
        for m in _pattern().finditer(question)
        if _OR_HOME_BEFORE.search(question, 0, m.start()) or _OR_HOME_AFTER.match(question, m.end())
    )


# where a product was launched or made ("it launched in spain i think", "made in china"): never the market asked about
_LAUNCHED = re.compile(
    r"\b(?:launch(?:ed)?|released?|unveil(?:ed)?|announced?|debut(?:ed)?|made|manufactured|built|designed|assembled)\b"
    r"(?:\s+[\w'&-]+){0,3}?\s+in\s+$",
    re.I,
)


# where someone bought the thing ("customer picked up a mate 80 pro in spain, how much was it at launch"): where it
# came from, not a market asked about
_BOUGHT_IN = re.compile(
    r"\b(?:bought|purchased|picked\s+up|got|ordered|acquired)\b(?:\s+[\w'&-]+){0,5}?\s+in\s+$",
    re.I,
)


# the place named before, pointed back to: "…, can we sell them there"
_THERE = re.compile(r"\b(?:there|locally|in that country|that market)\b", re.I)


# where a company's subsidiaries are: what a rule on that company reaches ("does the entity list cover its
# subsidiaries in europe"), not a market asked about
_OWNED_IN = re.compile(
    r"\b(?:subsidiar(?:y|ies)|affiliates?|affiliated\s+compan(?:y|ies)|sister\s+compan(?:y|ies))"
    r"(?:\s+[\w'&-]+){0,2}?\s+(?:based\s+|located\s+)?in\s+(?:the\s+)?$",
    re.I,
)


def _places_not_markets(question: str) -> frozenset[str]:
    """Codes of the places named as where a product was launched, made or bought, where a company's subsidiaries
    are, or where a supplier the goods come from is while we are asked whether we may deal in them: none of them is
    a market the question asks about."""
    gaz = _gazetteer()
    out = set()
    for m in _pattern().finditer(question):
        before = question[: m.start()][-60:]
        # (bought there and asked of there, "bought 20 mate 80 pros in mexico, can we sell them there": the market)
        bought = _BOUGHT_IN.search(before) and not _THERE.search(question[m.end() :])
        # (a supplier the goods come from, not one we would sell to or through: "can we sell huawei phones through a
        # distributor in mexico" asks of that market)
        supplier = _SUPPLIER_IN.search(before) or (
            _FROM_ONE.search(before) and _SUPPLIER_AFTER.match(question, m.end())
        )
        if _LAUNCHED.search(before) or _OWNED_IN.search(before) or bought or _goods_from(question, m):
            out.add(gaz[m.group(1).lower()])
        elif supplier and _WE_DEAL.search(question) and not _THERE.search(question[m.end() :]):
            out.add(gaz[m.group(1).lower()])
    return frozenset(out)


# where a supplier the goods come from is: "their buyer found a disti in mexico that has them", "source matebooks from
# a german disti": an origin of the goods when we are asked whether we may quote or source them (at home), not a market
# asked about; only a supplier found or bought from, not one we would sell to or through
_SUPPLIERS = r"(?:disti|distie|distributor|supplier|vendor|wholesaler|broker|dealer|reseller)s?"
_FROM = r"\b(?:from|found)\s+"
_ONE = r"(?:an?|the|some|their|our|this|that)\s+"
_FROM_ONE = re.compile(rf"{_FROM}{_ONE}$", re.I)  # "…from a german disti": the place's adjective next
_SUPPLIER_IN = re.compile(
    rf"{_FROM}(?:{_ONE})?(?:[\w-]+\s+)?{_SUPPLIERS}\s+(?:based\s+|located\s+)?(?:in|from|out\s+of)\s+(?:the\s+)?$",
    re.I,
)
_SUPPLIER_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?{_SUPPLIERS}\b", re.I)
_WE_DEAL = re.compile(
    r"\b(?:we|us|i)\s+(?:still\s+)?(?:to\s+)?(?:quote|sell|resell|source|supply|order|buy|stock|list|ship|fulfil|fulfill)\b",
    re.I,
)


# "picked up a spanish mate 80 pro", "brought in two german huawei phones": a device of that place's market that
# someone has, not the place asked about (an adjective after an article or a count, before a model or a product)
_HAS_ONE = re.compile(r"(?:^|\s)(?:a|an|his|her|their|two|three|several|some|\d+)\s+$", re.I)
_GOODS_AFTER = re.compile(r"\s+(?:huawei\s+)?(?:[a-z]+\s+(?:\d+|x)\b|(?P<word>[a-z]+))", re.I)


def _goods_from(question: str, m: re.Match) -> bool:
    word = m.group(1).lower()
    if word in _country_names():  # "a spain trip": the country's name, not its adjective
        return False
    after = _GOODS_AFTER.match(question, m.end())
    return bool(
        _HAS_ONE.search(question[: m.start()])
        and after
        and (not after["word"] or product_kinds(after["word"]) or product_kinds(after["word"] + "s"))
    )


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(_common_name(c).lower() for c in pycountry.countries)


def _origins(question: str) -> frozenset[str]:
    """Codes of the places the question names as where something comes from ("a distributor in Canada")."""
    gaz = _gazetteer()
    return frozenset(
        gaz[m.group(1).lower()] for m in _pattern().finditer(question) if _SOURCED.search(question[: m.start()][-80:])
    )


def main_subjects(snap: Snapshot) -> frozenset[str] | None:
    """Lower-case capitalised names found in at least a third of the documents ("huawei")."""

    def compute():
        per_doc: dict[str, set[str]] = {}
        for p in snap.passages:
            per_doc.setdefault(p.doc_id, set()).update(
                w.lower() for w in re.findall(r"\b[A-Z][a-zA-Z]{2,}\b", f"{p.title} {p.text}")
            )
        n = len(per_doc) or 1
        df = Counter(w for words in per_doc.values() for w in words)
        return frozenset(w for w, k in df.items() if k >= n / 3 and w not in _sw.STOPWORDS_EN)  # not "The"

    return snap.derived("main_subjects", compute, scan=True)


# a model of a product line: the line's name, then a number or a one-letter model ("Mate 10", "Pura X", "MateBook X")
_MODEL_AFTER = r"[ -]?(?:\d{1,3}[A-Za-z]?\b|[A-Z]\b)"  # not a year ("April 2024")
# the same, as a question types it: lower case, any letter but "a" or "i", or a letter and a number ("pura x",
# "mate 70", "mate x6")
_MODEL_ASKED = r"[ -]?(?:\d{1,3}[a-z]?\b|(?![ai]\b)[a-z](?:\d{1,3}[a-z]?)?\b)"
# a kind of product is the line's when at least this share of the sentences naming the line name that kind
LINE_KIND_SHARE = 1 / 3


def subject_lines(snap: Snapshot) -> dict[str, frozenset[str]]:
    """The main subject's product lines, lower case, each with the kinds of product it makes ("mate" → phone,
    "matebook" → laptop): capitalised names the corpus writes right after the subject's name ("Huawei Pura") and
    with a model ("Pura 80", "Pura X"). A question naming "mate 70" asks about the subject's phones, though it
    names neither the subject nor a kind."""

    def compute():
        subjects = main_subjects(snap) or frozenset()
        if not subjects:
            return {}
        texts = [f"{p.title}. {p.text}" for p in snap.passages]
        after = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in subjects)})(?:'s)?\s+([A-Z][A-Za-z]+)\b", re.I)
        # a name, not an acronym ("US", "ICT")
        named = {
            m.group(1)
            for t in texts
            for m in after.finditer(t)
            if m.group(1)[:1].isupper() and not m.group(1).isupper()
        }
        found: dict[str, frozenset[str]] = {}
        for name in named:
            model = re.compile(rf"\b{re.escape(name)}{_MODEL_AFTER}")
            if not any(model.search(t) for t in texts):
                continue
            naming = re.compile(rf"\b{re.escape(name)}\b")
            said = [p.text[a:b] for p in snap.passages for a, b in p.sentences if naming.search(p.text[a:b])]
            kinds = Counter(k for one in said for k in product_kinds(one))
            found[name.lower()] = frozenset(k for k, n in kinds.items() if n >= LINE_KIND_SHARE * len(said))
        return found

    return snap.derived("subject_lines", compute, scan=True) or {}


def kind_after_line(word: str, lines) -> bool:
    """Is the word a kind of product named after one of these lines ("matepads" after "Mate": tablets)?"""
    return bool(product_kinds(word)) and any(word.startswith(line) and word != line for line in lines)


def lines_named(question: str, lines: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """The subject's product lines the question names with a model ("mate 70", "pura x") or with a kind of product
    the line makes ("matebook laptops"), with their kinds."""
    text = question.lower()
    named = {m.group(1) for m in re.finditer(rf"\b([a-z]+){_MODEL_ASKED}", text) if m.group(1) in lines}
    named |= {
        m.group(1)
        for m in _LINE_AND_KIND.finditer(text)
        if lines.get(m.group(1), frozenset()) & product_kinds(m.group(2))
    }
    return {n: lines[n] for n in named}


_LINE_AND_KIND = re.compile(r"\b([a-z]+)(?=\s+([a-z]+)\b)")  # a word and the next: a line, and a kind of product?


# "did" right before the subject makes the next word its verb ("did huawei pick"); after "will", "does" people also
# write a line's name ("will huawei solar inverters be banned", "does huawei solar inverters need…")
_DID_BEFORE = re.compile(r"\b(?:did|didn'?t)\s+$", re.I)
_AUX_BEFORE = re.compile(r"\b(?:will|would|could|should|can|might|may|has|had|does|do)\s+$", re.I)
_PARTICLES = frozenset("off up out down away back on onto into".split())  # "live off", "give up": a verb's
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|weren'?t)\s+$", re.I)
_PARTICIPLE = re.compile(r"[a-z]{3,}ed", re.I)
_GERUND = re.compile(r"[a-z]{2,}ing", re.I)
_PAST_PARTICIPLE = re.compile(r"[a-z]{2,}ed", re.I)  # "sued" (not "often")
# an adverb between the subject and its verb: "is huawei still suing the fcc"
_ADVERBS = r"(?:still|actually|really|currently|now|even|already)"  # ("ever": `_EVER`)
_HAS_BEFORE = re.compile(r"\b(?:has|have|had|hasn'?t|haven'?t)\s+$", re.I)
_EVER = frozenset({"ever", "never"})  # "did huawei ever challenge…": whether something ever happened
# a verb that only leads the one after it: "why did huawei bother building harmonyos" asks why it built it, "did huawei
# try to sue the fcc" whether it sued
_LEADING_VERB = re.compile(
    r"\b(?:bother(?:ed)?|try|tried|manage[ds]?|decided?|choose|chose|attempt(?:ed)?)\s+(?:to\s+)?(?=[a-z])", re.I
)


class AfterSubject(NamedTuple):
    """What follows the corpus's main subject in a question: lines of business the corpus never mentions
    ("huawei solar inverters"), and whether a verb it never uses follows instead ("did huawei ever challenge
    the ruling", "why did huawei pick madrid": nothing says it, and no line is named)."""

    lines: list[str]
    unknown_verb: bool


_MAKES = r"(?:make|makes|made|sell|sells|offer|offers|produce|produces|build|builds|ship|ships)"


def after_subject(question: str, snap: Snapshot, known: frozenset[str] = frozenset()) -> AfterSubject:
    """ "<main subject> <word the corpus never uses> [next word]" in the question, read once. `known`: words to
    accept anyway (spelled-out shorthand)."""
    found = _after_subject(question, snap, known)
    return AfterSubject([x for x in found if x], None in found)


def _done_or_doing(question: str, start: int, word: str) -> bool:
    """Is the word after the subject at `start` its verb, asked as done or being done: "did huawei sue…", "is huawei
    suing…", "has huawei sued…" (a bare "huawei cloud…" may name a line instead)?"""
    before = question[:start]
    return bool(
        _DID_BEFORE.search(before)
        or (_BE_BEFORE.search(before) and _GERUND.fullmatch(word))
        or (_HAS_BEFORE.search(before) and _PAST_PARTICIPLE.fullmatch(word))
    )


def _base_known(word: str, vocab) -> bool:
    """Does the corpus use the verb of an -ing or -ed form in any form ("growing": "grew"; "suing": no "sue")?"""
    w = word.lower()
    bases = set()
    if w.endswith("ing"):
        bases = {w[:-3], w[:-3] + "e"} | ({w[:-4]} if len(w) > 5 and w[-4] == w[-5] else set())
    elif w.endswith("ed"):
        bases = {w[:-2], w[:-1]} | ({w[:-3]} if len(w) > 4 and w[-3] == w[-4] else set())
    return any(s in vocab for b in bases if len(b) > 2 for form in verb_forms(b) for s in query_terms(form))


def _after_subject(question: str, snap: Snapshot, known: frozenset[str]) -> list[str | None]:
    """The lines of business named after a main subject, and None for each verb the corpus never uses there."""
    subjects = main_subjects(snap)
    if not subjects:
        return []
    vocab = snap.lexical.retriever.vocab_dict
    found: list[str | None] = []
    question = _LEADING_VERB.sub("", question)
    # ("is huawei still suing the fcc": the adverb is no line nor verb)
    names = "|".join(re.escape(w) for w in sorted(subjects))
    question = re.sub(rf"\b({names})\s+{_ADVERBS}\s+(?=[a-z])", r"\1 ", question, flags=re.I)
    # overlapping: in "wants huawei solar inverters" the match must be able to start at "huawei"
    for m in re.finditer(r"\b(?=([A-Za-z]+)\s+([a-z][a-z-]{2,})\s+([a-z][a-z-]{2,})\b)", question, re.I):
        subject, word, nxt = m.groups()
        if subject.lower() not in subjects or word.lower() in known or word.lower() in _NOT_LINES:
            continue
        if word.lower() in _EVER:  # "huawei ever sell": "ever" names no line; the verb after it decides
            if not all(t in vocab for t in query_terms(nxt.lower())):
                found.append(None)
            continue
        if product_kinds(word):  # "huawei matepads": tablets, which the corpus covers; other kinds, below
            continue
        if product_kinds(nxt) & corpus_kinds(snap):
            continue  # "huawei poe switches", "huawei 5g routers": a kind the corpus covers, told apart by a word
        if _BE_BEFORE.search(question, 0, m.start()) and _PARTICIPLE.fullmatch(word):
            continue  # "why is huawei considered risky": the subject and its passive verb, no line named
        # (a verb the corpus writes in another form is one it uses: "did huawei lose access" — "Huawei lost")
        stems = [s for form in sorted(verb_forms(word)) for s in query_terms(form)]
        # A line of business is named by two content words ("solar inverters", "cloud pricing"):
        # "Huawei routers for ..." is a product the corpus may call otherwise, not a new line.
        if (
            stems
            and not any(s in vocab for s in stems)
            and _done_or_doing(question, m.start(), word)
            and not _base_known(word, vocab)
        ):
            found.append(None)  # "did huawei sue the fcc": a verb the corpus never uses, so nothing says it was done
            continue
        if not stems or any(s in vocab for s in stems) or not query_terms(nxt.lower()) or nxt.lower() in _LINKS:
            continue
        if _base_known(word, vocab):
            continue  # "is huawei still growing despite…": a verb the corpus writes otherwise ("grew"), no line
        if nxt.lower() in _sw.STOPWORDS_EN or nxt.lower() in _VERBS:  # "huawei cloud have...": no line named
            continue
        if (
            _SHORT_WORD[0] <= len(word) <= _SHORT_WORD[1]
            and not english_word(word.lower())
            and any(k.startswith(word.lower()) for k in vocab)
        ):
            continue  # "fcc huawei auth ban": a word clipped short ("auth", of "authorisation"), no line named
        if (
            nxt.lower() in _OUT_PARTICLES
            and english_word(word.lower(), modern=False)
            and re.search(r"\b(?:the|a|an|this|that)\s+$", question[: m.start()], re.I)
        ):
            continue  # "the huawei phase out for schools": a phrasal noun, no line named (not "can huawei crank out…")
        # "why did huawei pick madrid", "could huawei live off stockpiles": the subject and its verb
        if _DID_BEFORE.search(question, 0, m.start()) or (
            _AUX_BEFORE.search(question, 0, m.start()) and nxt.lower() in _PARTICLES
        ):
            found.append(None)
            continue
        # "is huawei cloud allowed for…": the line is "huawei cloud"; a verb is no part of its name
        found.append(f"{subject} {word}" if nxt.lower().endswith("ed") else f"{subject} {word} {nxt}")
    # "does huawei make solar inverters": a line named after the verb saying the subject makes or sells it
    for m in re.finditer(rf"\b([A-Za-z]+)\s+{_MAKES}\s+([a-z][a-z-]{{2,}})\s+([a-z][a-z-]{{2,}})\b", question, re.I):
        subject, word, nxt = m.groups()
        if subject.lower() not in subjects or word.lower() in known or word.lower() in _NOT_LINES:
            continue
        stems = query_terms(word.lower())  # ("its own chips": no word of a line)
        unused = bool(stems) and not any(s in vocab for s in stems) and not product_kinds(word)
        named = query_terms(nxt.lower()) and nxt.lower() not in _LINKS | _VERBS | set(_sw.STOPWORDS_EN)
        if unused and named:
            found.append(f"{subject} {word} {nxt}")
    # "huawei inverters, yes or no": a kind of product the corpus never names is a line of business in one word
    covered = corpus_kinds(snap)
    for m in re.finditer(r"\b([A-Za-z]+)\s+([a-z][a-z-]{2,})\b", question, re.I):
        subject, word = m.groups()
        kinds = product_kinds(word)
        if subject.lower() in subjects and kinds and not kinds & covered:
            found.append(f"{subject} {word}")
    return list(dict.fromkeys(found))


def corpus_kinds(snap: Snapshot) -> frozenset[str]:
    """The kinds of product the corpus names anywhere (phones, tablets, network equipment…)."""

    def compute():
        return frozenset(k for p in snap.passages for k in product_kinds(p.text))

    return snap.derived("product_kinds", compute, scan=True) or frozenset()


def corpus_makers(snap: Snapshot) -> frozenset[str]:
    """Lower-case names of the makers the corpus lists together ("Huawei and ZTE telecommunications equipment", "Apple
    or Samsung devices"), its main subjects among them; once per index snapshot."""

    def compute():
        found: set[str] = set()
        for p in snap.passages:
            found |= listed_makers(f"{p.title}. {p.text}")
        return frozenset(found)

    return snap.derived("corpus_makers", compute, scan=True) or frozenset()


def _corpus_text(snap: Snapshot) -> str | None:
    """The corpus's titles and passages as written, once per index snapshot (None for a corpus too large to scan)."""
    return snap.derived("corpus_text", lambda: "\n".join(f"{p.title}. {p.text}" for p in snap.passages), scan=True)


def as_the_corpus_writes(text: str, snap: Snapshot) -> str:
    """`text` with the names in it written as the corpus writes them: "is zte on the entity list" → "is ZTE on the
    Entity List", "china mobile" → "China Mobile" (a reply that echoes the asker's words reads as a sentence of its
    own). A run of two or three words is a name when the corpus writes it most often with every word capitalised; one
    word, when the corpus writes it only so (`corpus_names`). Everything else stays as typed."""
    corpus, names = _corpus_text(snap), corpus_names(snap) or frozenset()
    if not corpus:
        return text
    words = list(re.finditer(r"[A-Za-z][\w&-]*", text))
    out, at, i = [], 0, 0
    while i < len(words):
        for k in (3, 2, 1):
            run = words[i : i + k]
            if len(run) < k or any(text[a.end() : b.start()].strip() for a, b in zip(run, run[1:])):
                continue  # only words apart by spaces
            if k == 1 and run[0].group(0).lower() not in names:
                continue
            pattern = r"\s+".join(re.escape(w.group(0)) for w in run)
            forms = Counter(re.findall(rf"(?<![\w&-]){pattern}(?![\w&-])", corpus, re.I))
            written = forms.most_common(1)[0][0] if forms else ""
            if written and all(w[:1].isupper() for w in written.split()):
                out += [text[at : run[0].start()], written]
                at, i = run[-1].end(), i + k
                break
        else:
            i += 1
    return "".join(out) + text[at:]


def corpus_names(snap: Snapshot) -> frozenset[str] | None:
    """Lower-case forms of the words the corpus writes only with a capital, inside sentences ("honor", "zte",
    "amazon"): names of things, not common words ("federal", "school")."""

    def compute():
        capital, lower = set(), set()
        for p in snap.passages:
            text = f"{p.title}. {p.text}"
            capital.update(m.group(1).lower() for m in re.finditer(r"(?<![.!?:]\s)(?<!^)\b([A-Z][\w&-]+)", text))
            lower.update(re.findall(r"\b[a-z][\w&-]*", text))
        return frozenset(capital - lower)

    return snap.derived("corpus_names", compute, scan=True)
