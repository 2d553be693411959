"""What a question asks: its parts, the kind of answer it wants, its key terms, its time frame.

Everything here is cheap text analysis on the question alone (no index, no model), so
it is easy to test and runs in microseconds on the hot path.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bm25s import stopwords as _sw

from index.answer.categories import product_kinds
from index.answer.doers import DOER_KINDS
from index.answer.specs import features_asked
from index.answer.timeline import MONTH, MONTH_NAMES
from index.answer.wordlist import english_word
from index.search.lexical import query_terms

# -- cleaning ---------------------------------------------------------------------------
# Characters that hide or reorder what a reader sees without changing what the text says:
# zero-width space/joiners/marks, word joiner and invisible operators, BOM, soft hyphen, Mongolian
# vowel separator, Arabic letter mark, bidi embeddings/overrides (U+202A-202E) and isolates
# (U+2066-2069). The Slack layer drops the same ones (bot/slack/text.py).
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u180e\u061c]")


def clean_text(text: str) -> str:
    """Text safe for the tokenizer: lone surrogates (invalid UTF-8 read with surrogateescape)
    become U+FFFD, control and invisible formatting characters go, whitespace collapses."""
    text = (text or "").encode("utf-8", "replace").decode("utf-8", "replace")
    text = INVISIBLE.sub("", text)
    text = "".join(ch if ch.isprintable() or ch in " \t\n" else " " for ch in text)
    return " ".join(text.split())


# "@channel", "@here", Slack's "<!channel>" / "<!subteam^S1|@sales>" / "<@U123|Jo Smith>": who is to see the
# question, never what it is about (as a term, "channel" outweighed "entity list"). A channel reference
# keeps its name ("<#C1|partner-deals>" → "#partner-deals"); a plain "@verizon" is a word the user typed.
_MENTION = re.compile(r"<[@!][^<>]*>|(?<![\w@.])@(?:channel|here|everyone)\b", re.I)
_CHANNEL_REF = re.compile(r"<#[A-Z0-9]+\|([^<>|]+)>")
# Slack's link markup reads as what the asker sees: its label ("<mailto:ceo@x.com|ceo> says…" → "ceo says…"), or
# the address when it has none
_LINK = re.compile(r"<((?:https?|mailto|tel):[^<>|\s]*)(?:\|([^<>]*))?>", re.I)


def without_mentions(text: str) -> str:
    """The text without Slack mentions and broadcasts, and its links as their labels; e-mail addresses and plain
    "@name" words stay."""
    if _CHANNEL_REF.search(text) and not _MENTION.sub(" ", _CHANNEL_REF.sub(" ", text)).strip():
        return ""  # only a link to a channel ("<#C1|general>"), however many: no question, not "#general"
    text = _CHANNEL_REF.sub(lambda m: f"#{m.group(1)}", text)
    text = _LINK.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(1), text)
    while True:  # "<!a<!b>>": what one pass leaves can be a mention again
        out = _MENTION.sub(" ", text)
        if out == text:
            return " ".join(out.split())
        text = out


# Slack and Markdown emphasis around words ("*can we sell huawei?*", "**urgent**", "`889`", "~old~"): how the
# question looks, not what it asks. Marks inside a word ("snake_case", "5*3") stay.
_EMPHASIS = re.compile(r"(?<![\w*_~`])[*_~`]+(?=\S)|(?<=\S)[*_~`]+(?![\w*_~`])")


# Slack's emoji codes (":rotating_light:", ":+1:") and HTML line or font tags ("<br>", "&lt;b&gt;"): no words of the
# question ("rotating" had found Huawei's "rotating chairman")
_EMOJI_CODE = re.compile(r"(?<![\w:]):[a-z][a-z0-9_+'-]*:(?![\w:])", re.I)
_TAG = re.compile(r"(?:<|&lt;)/?(?:br|p|b|i|u|em|strong|div|span|hr)\s*/?(?:>|&gt;)", re.I)


def without_markup(text: str) -> str:
    return " ".join(_EMPHASIS.sub("", _TAG.sub(" ", _EMOJI_CODE.sub(" ", text))).split())


# -- shorthand ----------------------------------------------------------------------------
_MONTH_NAMES = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "sept": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
}
_SHORT_MONTH = re.compile(
    r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?=\s+(?:\d{1,2}\b|'?\d{2}\b|(?:19|20)\d\d))",  # noqa: E501
    re.I,
)
# … or after a word of time: "what happened in aug", "since sept", "by early nov" (not "in mar", marring)
_MONTH_AFTER = re.compile(
    r"\b((?:in|since|by|from|until|till|thru|through|before|after|early|late|mid|end of|start of)[\s-])"
    r"(jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?",
    re.I,
)
# figures typed short, as the corpus writes them: "200k" → "200,000", "3 pct" → "3%"
_SHORT_FIGURE = re.compile(r"(?<![\w.,])(\$\s?)?(\d{1,3}(?:\.\d+)?)\s?(?:(k)|(pct))(?![\w$%])", re.I)


def _figure_in_full(m: re.Match) -> str:
    dollar, n, thousand, _ = m.groups()
    if thousand:
        whole, _, frac = n.partition(".")
        return f"{dollar or ''}{int(whole) * 1000 + int((frac + '000')[:3]):,}"
    return f"{n}%"


# A name written with a model number ("mate 10", "section 889"); not part of a longer number.
MODEL_NUMBER = re.compile(r"\b([a-z]{2,})[ -]?(\d{1,3})\b(?![,.]?\d)")

# a model named by an X ("Pura X", "Mate XT", "Mate X6"): the foldables' naming, a model as much as "Pura 80" is
_X_MODEL = re.compile(r"\b([a-z]{2,})[ -](x[a-z]?\d{0,2})\b")


@lru_cache(maxsize=65536)
def model_numbers(text: str) -> frozenset[tuple[str, str]]:
    """(name, number) pairs such as ("mate", "10") or ("pura", "x"): a sentence about the Mate 60 does not answer
    a question about the Mate 10, nor one about the Pura 80 a question about the Pura X."""
    low = text.lower()
    return frozenset(MODEL_NUMBER.findall(low)) | frozenset(_X_MODEL.findall(low))


def other_model(asked: frozenset[tuple[str, str]], sentence: str) -> bool:
    have = model_numbers(sentence)
    return any(name == a_name and num != a_num for a_name, a_num in asked for name, num in have) and not (asked & have)


# a model's variant named after its number ("mate 80 pro max", "pura 80 ultra"): another variant is another model
_VARIANT = r"(?:\s+(?:(?:pro|max|ultra|plus|lite|rs|ultimate|se)\b|\+))+"  # (not the "se" of "pro sell")


@lru_cache(maxsize=65536)
def _variants(text: str) -> frozenset[tuple[str, str, str]]:
    """(name, number, variant words) of each model a text names ("mate", "80", "pro max"), the variant "" for none."""
    low = text.lower()
    return frozenset(
        (m.group(1), m.group(2), " ".join(m.group(3).split()))
        for m in re.finditer(rf"\b([a-z]{{2,}})[ -]?(\d{{1,3}})(?![,.]?\d)\b((?:{_VARIANT})?)", low)
    )


_POINTS_BACK_START = re.compile(
    r"\W*(?:it|its|they|their|this|that|these|those|the\s+(?:phone|device|model|laptop))\b", re.I
)


# a line's model named by its edition word alone, as the thing priced: "matebook pro price", "how much is the pura x"
# (not another maker's product named in passing: "…, cust is coming off an iphone pro")
_EDITION_WORD = r"(?:pro|fold|max|ultra|plus|air|x|xt|lite)"
_EDITION = rf"([a-z]{{4,}})\s+{_EDITION_WORD}"
_LINE_MODEL = re.compile(
    rf"\b(?:prices?|costs?|msrp|how\s+much\s+(?:is|was|are|were|does|did)(?:\s+(?:the|a|an))?)\s+(?:of\s+)?(?:the\s+)?{_EDITION}\b"
    rf"|^\W*{_EDITION}\s+(?:prices?|costs?|msrp)\b"
)


# a model written as a number with letters after it ("950pr", "910c"), not a size, a decade or an ordinal
_CODED_MODEL = re.compile(
    r"\b(\d{3,5})(?!(?:s|gb|tb|mb|mah|mp|hz|ghz|mhz|nm|w|kw|mm|k|m|bn|th|st|nd|rd|x|yr|yrs|pct)\b)([a-z]{1,3})\b"
)


def of_another_model(question: str, sentence: str) -> bool:
    """Is the sentence about another model than the one asked: another number of the same name ("Mate 60" for "mate
    10"), or, for a variant asked ("mate 80 pro max"), that model written only without it ("Mate 80 Pro at 1,299
    euros")?"""
    asked = model_numbers(question.lower())
    if other_model(asked, sentence):
        return True
    # the same number of another line ("Pura 80" for "mate 80"), a name no dictionary holds, written with a capital
    # (not "Within 30 days" for "within the 30 days")
    if any(
        num == a_num
        and name != a_name
        and a_name not in _sw.STOPWORDS_EN
        and not english_word(name, modern=False)
        and re.search(rf"\b{name.capitalize()}[ -]?{num}\b", sentence)
        for a_name, a_num in asked
        for name, num in model_numbers(sentence)
    ) and not asked & model_numbers(sentence):
        return True
    # a model of a line no dictionary holds, which the sentence never names ("matebook x pro": "…the Mate 10 Pro at
    # $799" or "…a Porsche Design edition … at $1,225" is another product's price; "It sold from 7,499 yuan" may speak
    # of the one asked)
    # (or written without a number: "matebook pro price in dollars" is not answered by the Mate 10 Pro's $799)
    low = sentence.lower()
    lined = {a_name for a_name, _ in asked} | {a or b for a, b in _LINE_MODEL.findall(question.lower())}
    if not _POINTS_BACK_START.match(sentence) and any(
        a_name not in _sw.STOPWORDS_EN
        and not english_word(a_name, modern=False)
        and not re.search(rf"\b{re.escape(a_name)}", low)
        for a_name in lined
    ):
        return True
    # a model typed as one code ("950pr", "910c", "9000s"): a sentence that does not write it is of another model
    # ("whats the price of the 950pr": "Huawei priced the Pura 80 Pro from 6,499 yuan…" is no price of it)
    if any(
        not re.search(rf"\b{num}[\s-]?{letters}\b", low) and not _POINTS_BACK_START.match(sentence)
        for num, letters in _CODED_MODEL.findall(question.lower())
    ):
        return True
    have = _variants(sentence)
    for name, num, variant in _variants(question):
        if not variant:
            continue
        same = [v for n, k, v in have if (n, k) == (name, num)]
        if same and variant not in same:
            return True
    return False


# a date written in numbers, month first as in the US: "8/17/2020" → "17 August 2020", "5/7/24" → "7 May 2024",
# "10/2025" → "October 2025" (as the corpus writes dates: a sentence giving that very day is found by its words); a
# first number over 12 is the day ("29/9/2025"). Not a fraction or ratio ("50/50", "24/7", "band 2/66"): only a
# month 1–12 with a year, and a two-digit year only after a day.
_NUMERIC_DATE = re.compile(r"(?<![\w/.$#-])(\d{1,2})/(?:(\d{1,2})/((?:19|20)?\d\d)|((?:19|20)\d\d))(?![\w/%.-]|\.\d)")
# "fy19", "fy 2019", "FY'19": a fiscal year
_FISCAL_YEAR = re.compile(r"\bfy\s?'?((?:19|20)\d\d|\d\d)\b", re.I)
_FISCAL_YEAR_WRITTEN = re.compile(r"\bfiscal\s+year\s+((?:19|20)\d\d)\b", re.I)


def corpus_fiscal_years(texts) -> frozenset[str]:
    """The years the passages write as fiscal years ("the NDAA for fiscal year 2019" → "2019")."""
    return frozenset(y for t in texts for y in _FISCAL_YEAR_WRITTEN.findall(t))


def fiscal_years_written(question: str, years: frozenset[str]) -> str:
    """ "ndaa fy19" → "ndaa fiscal year 2019", as the passages write it, for a fiscal year they write; another ("and
    fy2022?") is left as asked, a term no passage holds, so nothing about fiscal year 2019 answers it."""

    def written(m: re.Match) -> str:
        year = m[1] if len(m[1]) == 4 else f"20{m[1]}"
        return f"fiscal year {year}" if year in years else m[0]

    return _FISCAL_YEAR.sub(written, question)


def _date_in_words(m: re.Match) -> str:
    """ "8/17/2020" → "17 August 2020"; unchanged when it is no date (a month over 12, a day over 31)."""
    first, second, year = int(m[1]), m[2] and int(m[2]), m[3] or m[4]
    year = year if len(year) == 4 else f"20{year}" if int(year) <= 40 else f"19{year}"  # ("5/7/99": 1999)
    if second is None:
        return f"{MONTH_NAMES[first - 1]} {year}" if 1 <= first <= 12 else m[0]
    month, day = (first, second) if first <= 12 else (second, first)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m[0]
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


# "in 18", "ces 18": a year; "in 10 min", "of 25 units": a quantity; "since 13 August" a day.
_SHORT_YEAR = re.compile(
    r"\b(ces|in|since|from|until|of)\s+'?(\d{2})\b(?![/.]\d)(?!\s+" + MONTH + r"\b)"
    r"(?!\s*(?:%|percent|(?:min|minute|sec|second|hr|hour|day|week|wk|month|"
    r"year|yr|unit|piece|pc|seat|user|device|phone|store|people|am|pm)s?\b))",
    re.I,
)


# "intel" before an agency or a committee is intelligence, not the chipmaker; a "spy agency" or "spy chief" is one too
_INTEL = re.compile(
    r"\b(?:intel|spy)(?=\s+(?:agenc|committee|chief|communit|official|report|hearing|panel|service|warning|heads?\b|bosses\b))",
    re.I,
)
# "h200 to china, green lit or not": approved, as the corpus says ("the green light" is an approval)
_GREEN_LIT = re.compile(
    r"\bgreen[- ]?(?:lit|light(?:ed|s)?)\b(?P<verb>(?=\s+(?:the|a|an|it|this|that|them|those|these)\b))?", re.I
)
_GREEN = {"lit": "approved", "lighted": "approved", "light": "approval", "lights": "approves"}


def _green_lit(m: re.Match) -> str:
    """ "green lit" → "approved", "get the green light" → "get the approval"; the verb ("did the fcc green light the
    ban") is left as typed (as "approve the ban" it found "…applied only to new authorisations" over the ban's date)."""
    word = re.sub(r"^green[- ]?", "", m.group(0).lower())
    return m.group(0) if word == "light" and m["verb"] is not None else _GREEN[word]


# "who was commerce sec then": the trade departments' secretary ("sec 889" is a section, "the sec" a regulator)
_SECRETARY = re.compile(r"\b(commerce|treasury)\s+sec\b\.?(?!\s*\d)", re.I)


_K12 = re.compile(r"\bk-?12\b(?:\s+schools?\b)?", re.I)  # "k12", "K-12 school": schools
# "our mdm": device management, as a service to enrol devices in
_MDM = re.compile(r"\bmdms?\b(?!\s+(?:service|platform|system|tool))", re.I)
# a currency typed by its code, as prices are written: "price in cny" → "price in yuan"
_CURRENCY_NAMES = {"cny": "yuan", "rmb": "yuan", "eur": "euros", "gbp": "pounds", "jpy": "yen", "usd": "dollars"}
_CURRENCY_CODE = re.compile(rf"\b({'|'.join(_CURRENCY_NAMES)})\b", re.I)
# "extended the 3rd time", "2nd extension": the ordinal as the corpus writes it ("the third 90-day period"); not a day
# of a month ("nov 3rd", "3rd of november")
_ORDINAL = re.compile(r"(?<![\w-])(1st|2nd|3rd|[4-9]th|10th)\b", re.I)


def _ordinal_word(m: re.Match) -> str:
    before, after = m.string[max(0, m.start() - 12) : m.start()], m.string[m.end() : m.end() + 14]
    if _MONTH_NEAR.search(before) or _MONTH_NEAR.match(after):
        return m.group(0)
    return _ORDINAL_WORDS[m.group(1).lower()]


_ORDINAL_WORDS = dict(
    zip(
        "1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th".split(),
        "first second third fourth fifth sixth seventh eighth ninth tenth".split(),
    )
)
# "which 5 companies", "the 3 carriers": a small count as the corpus writes it ("five Chinese companies"); a digit
# alone is no search term (not "mate 5", "top 5 list", "$5", "5%", "5g")
_SMALL_COUNT = re.compile(
    r"\b((?:which|what|the|all|those|these|first|last|other|only)\s+)([2-9])(?=\s+(?:[a-z]+\s+)?[a-z]{3,}s\b)", re.I
)
_DIGIT_WORDS = dict(zip("23456789", "two three four five six seven eight nine".split()))
# "who said so", "who reported so": "so" stands for what was said, as "that" does
_SAID_SO = re.compile(
    r"\b((?:said|says|say|claimed|claims|reported|reports|told|tells|thinks|thought)\s+)so\b(?=\W*$)", re.I
)
# "huawei kit", "network kit": the equipment (not "a dev kit", "starter kit")
_KIT = re.compile(
    r"\b((?:huawei|zte|hytera|hikvision|dahua|chinese|network|networking|telecom|telco|5g|4g|radio|their|our|old)\s+)"
    r"(?:kit|gear)\b",
    re.I,
)
# "huawei 2024 rev", "q3 rev", "annual rev": revenue, typed short (not "rev 2 of the checklist")
_REV = re.compile(
    r"\b((?:(?:19|20)\d\d|q[1-4]|annual|total|yearly|full[- ]year|huawei|huawei'?s)\s+)rev\b(?!\s*\d)", re.I
)
# a letter o typed for a zero in a model number: "mate 6o pro" is the Mate 60 Pro
_O_FOR_ZERO = re.compile(r"\b((?:mate|pura|nova|p)\s?\d)o\b", re.I)
_SECTION = re.compile(r"\b(?:sec|sect)\.?\s*(?=\d)", re.I)  # "sec 889", "sec. 889"
# Chat spellings that look like model numbers or new names ("b4" is no product, "disti" no company), or
# that spelling correction would read as another word ("custs" is customers, not "costs"): the words they
# stand for.
_CHAT_WORDS = {
    "b4": "before",
    "whos": "who's",  # ("whos on it": searched as the corpus's words, not a word of its own)
    "2day": "today",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "l8r": "later",
    "gr8": "great",
    "disti": "distributor",
    "distie": "distributor",
    "distis": "distributors",
    "disties": "distributors",
    "cust": "customer",
    "custs": "customers",
    "acct": "account",
    "accts": "accounts",
    "mgr": "manager",
    "mgrs": "managers",
    "temp": "temporary",  # "the first temp licence"
    "intl": "international",
    "govt": "government",
    "govts": "governments",
    "exec order": "executive order",  # ("who signed the exec order"; not "exec wants a pura x")
    "exec orders": "executive orders",
    "fed sub": "federal subcontractor",  # ("and to a fed sub?": a buyer the federal rules name, not a substitute)
    "fed subs": "federal subcontractors",
    "gov't": "government",
    "msrp": "list price",  # "what was the msrp on the porsche design": its price
    "MSRP": "list price",
    "topline": "revenue",  # "huawei's top line for the latest year": its revenue
    "top-line": "revenue",
    "top line": "revenue, top line",
    "ram": "memory (RAM)",  # a phone's RAM is its memory, as spec lists write it
    "RAM": "memory (RAM)",
    "os": "operating system (OS)",  # "mate 80 pro os version": the system it runs, as the corpus writes it
    "r&d": "r&d (research and development)",  # either way a corpus may write it
    "R&D": "R&D (research and development)",
    # asking words typed short or doubled: read as asked ("wen did it end" asks when, "whyy?" why)
    "wat": "what",
    "waht": "what",
    "whta": "what",
    "hwo": "how",
    "cna": "can",
    "wehn": "when",
    "wut": "what",
    "wht": "what",
    "whyy": "why",
    "whyyy": "why",
    "whn": "when",
    "wher": "where",
}
CHAT_WORDS = frozenset(_CHAT_WORDS)  # never a typo of a corpus word
# typed in lower case, as a word of its own ("part B4", "889(b4)", "sub-b4" name a thing)
_CHAT = re.compile(r"(?<![\w(\[/-])(?:" + "|".join(_CHAT_WORDS) + r")(?![\w)\]/-])")
_NAMES_A_PART = re.compile(r"\b(?:part|section|sec|item|clause|para|paragraph|article|rule|model|version)\s*$", re.I)


# "harmony os", "harmony os next": the system's name typed apart, not a word to spell out
_NAMES_AN_OS = re.compile(r"\bharmony\s*$", re.I)


def _chat_word(m: re.Match) -> str:
    before = m.string[: m.start()]
    if _NAMES_A_PART.search(before) or (m.group(0) == "os" and _NAMES_AN_OS.search(before)):
        return m.group(0)
    return _CHAT_WORDS[m.group(0)]


# "wen did it end", "since wen?": "when" typed short, only where a question word stands ("wen jiabao" is a name)
_WEN = re.compile(
    r"(?<![\w-])wen(?=\s+(?:did|does|do|is|was|were|will|would|can|could|should|has|have|had)\b|\s*\?|\s*$)"
)


# "what was the big deal with the mate 60 pro launch": why it mattered, a reason asked
_BIG_DEAL = re.compile(
    r"\bwhat(?:'s|s|\s+(is|was))?\s+(?:the|so)\s+big\s+deal\s+(?:with|about)\s+([^?.;,]+?)(?=\s*(?:[?.;,]|$))", re.I
)


# "when did the 889 contractor ban kick in": the idiom for what the corpus says a rule does ("took effect")
_KICK_IN = re.compile(r"\bkick(s|ed|ing)?(\s+)in\b", re.I)
# a paper "coming out" is published ("when did the covered list come out": "On 12 March 2021 the FCC published its
# Covered List…", not "The FCC order of October 2025 also spells out…"); a phone "coming out" is launched, as it says
_PAPER_OUT = re.compile(
    # (not a note: "our new resale note came out" is dated by its own date, not by "published"; nor "came out of" a
    # meeting)
    r"\b(list|rules?|report|order|guidance|act|law|bill|designation|proposal)(\s+)"
    r"(?:(first|finally|actually|officially)\s+)?(come|came|comes|coming)\s+out\b(?!\s+of\b)",
    re.I,
)
_GET_FORM = {"come": "get", "came": "got", "comes": "gets", "coming": "getting"}
_TAKE = {None: "take", "s": "takes", "ed": "took", "ing": "taking"}
# "heard BIS walked back the ascend guidance": softened it, as the corpus says of a rule's wording (not "walk back to
# the office": a word of going follows)
_WALK_BACK = re.compile(
    # ("walk that back": what was walked back, between)
    r"\b(?:walk(s|ed|ing)?\s+(?:(?P<what>that|it|this|them|those)\s+)?back|backpedal(s|l?ed|l?ing)?|backtrack(s|ed|ing)?|"
    # "did bis back off the ascend guidance", "backed off on the rule": of a rule's wording (not "get back off the
    # list", "taken an affiliate back off the list", "verizon backing off huawei phones")
    r"(?<!get )(?<!gets )(?<!got )(?<!getting )(?<!come )(?<!came )(?<!go )(?<!went )(?<!be )(?<!been )"
    r"back(s|ed|ing)?\s+off(?:\s+(?:on|from))?(?=\s+(?:the|its|their|that|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:guidance|rules?|ban|restrictions?|polic(?:y|ies)|wording|order|stance|requirements?|warning|controls?)\b))\b"
    r"(?!\s+(?:to|home|into)\b)",
    re.I,
)
# "what stake gets a lab kicked out", "kicks a lab out": barred from it, as the corpus says of labs and lists (not
# "kick off", a start)
_KICKED_OUT = re.compile(
    r"\bkick(s|ed|ing)?((?:\s+(?:a|an|the|them|it|him|her|that|this)(?:\s+[\w-]+)?)?)\s+out(\s+of)?\b", re.I
)
_BAR = {None: "bar", "s": "bars", "ed": "barred", "ing": "barring"}
# "the commerce blacklist", "huawei got blacklisted", "when did commerce blacklist huawei": the US trade blacklist is
# the Entity List as the corpus names it ("the fcc blacklist": its Covered List); not a blacklist of phones ("imei
# blacklist", "stolen/blacklist db")
_BLACKLIST_OF = (
    r"(?:(?P<{fcc}>fcc(?:'s|\u2019s)?)"
    r"|(?:commerce(?:\s+(?:dept|department))?|bis|trade|export|us|u\.s\.)(?:'s|\u2019s)?)"
)
_BLACKLIST = re.compile(
    r"\bblack[\s-]?list(?P<verb>s|ed|ing)?\s+(?P<what>huawei|them|it|him|her|zte)\b"
    r"|\bblack[\s-]?listed\b(?P<adjective>(?=\s+(?:[\w-]+\s+)?(?:compan(?:y|ies)|firms?|entit(?:y|ies)|suppliers?|"
    r"vendors?|affiliates?)\b))?"
    rf"|(?<!imei\s)(?<!stolen/)(?<!stolen\s)\b(?:{_BLACKLIST_OF.format(fcc='fcc')}\s+)?black[\s-]?list\b"
    r"(?!\s*(?:db|database|checks?)\b)(?!\s+(?:huawei|them|it|him|her|zte)\b)"
    # ("the fcc banned list": the FCC's list of what it bans; not "the us ban list", which may be any of them)
    r"|\b(?P<fcc2>fcc(?:'s|\u2019s)?)\s+(?:banned|ban|naughty)\s+list\b",
    re.I,
)
_ADD = {None: "add", "s": "adds", "ed": "added", "ing": "adding"}


# who may put a company on a trade blacklist: "did commerce blacklist huawei" (not "will verizon blacklist huawei
# phones", "does our disti blacklist huawei stock": a seller's own list)
_LISTS_BY = re.compile(
    r"\b(?:commerce|bis|us|u\.s\.|usa|trump|biden|government|govt|washington|administration|dept|department|feds?)"
    r"\s+(?:\w+\s+)?$",
    re.I,
)
# what is put on it: a company, not a phone ("his phone is blacklisted": its IMEI)
_LISTED_COMPANY = re.compile(r"\b(?:huawei|zte|hisilicon|they|it|compan(?:y|ies)|firms?|affiliates?)\b", re.I)
_PHONES_LISTED = re.compile(r"\b(?:imeis?|carriers?|stolen|lost|sim|unlock\w*)\b", re.I)


def _listed(m: re.Match) -> str:
    before = m.string[: m.start()]
    if m["what"] and not _LISTS_BY.search(before):
        return m.group(0)
    if m.group(0).lower().endswith("ed") and m["adjective"] is None and not _LISTED_COMPANY.search(before[-40:]):
        return m.group(0)
    if (
        m.group(0).lower().startswith("black")
        and not m["what"]
        and (not _LISTED_COMPANY.search(m.string) or _PHONES_LISTED.search(m.string))
    ):
        return m.group(0)  # "is it on the carrier blacklist": a list of phones, whose the question does not say
    if m["what"]:
        return f"{_ADD[m['verb'] and m['verb'].lower()]} {m['what']} to the Entity List"
    if m.group(0).lower().endswith("ed"):
        return "Entity List" if m["adjective"] is not None else "added to the Entity List"
    return "Covered List" if m["fcc"] or m["fcc2"] else "Entity List"


# "does that loosen anything for huawei", "did the truce ease the rules": the corpus's "lift", of a restriction named
# after it (not "ease of use", nor "if the entity list stuff ever eases", whose subject is what eases)
_LOOSEN = re.compile(
    r"\b(?:loosen(s|ed|ing)?|relax(es|ed|ing)?|eas(?:e|(es)|(ed)|(ing)))\b"
    r"(?=\s+(?:up\s+)?(?:anything|any|restrictions?|rules?|the|it|that|this|those|these|things|export|controls?|"
    r"curbs?|limits?|sanctions?|bans?|us|our|its|their)\b)",
    re.I,
)
_LIFT = {None: "lift", "s": "lifts", "es": "lifts", "ed": "lifted", "ing": "lifting"}
_SOFTEN = {None: "soften", "s": "softens", "ed": "softened", "led": "softened", "ing": "softening", "ling": "softening"}


# "can we move them as refurbs", "can we still move 40 units", "offload them": sales talk for selling stock (not
# moving it somewhere: "move them to the new office")
_MOVE_STOCK = re.compile(
    r"\b((?:can|could|may|should)\s+(?:we|i|partners?)\s+(?:still\s+)?|"
    # "any way we can move them for him", "is there a way to move these"
    r"\b(?:any|a)\s+(?:legal\s+|legit\s+)?way\s+(?:to|(?:we|i)\s+(?:can|could)|for\s+(?:us|me)\s+to)\s+(?:still\s+)?"
    # (moved to somewhere: "a way to move these warranty claims to the new rma portal")
    r"(?![^?.!]*\bto\s+(?:a|an|the|our|another|their|this|that)\b))"
    r"(?:move|offload|unload|liquidate|dump|flip)"
    r"(?=\s+(?:them|these|those|it|stock|inventory|units?|old|remaining|leftover|excess|\d+)\b)"
    r"(?![^?.!]*\bto\s+(?:a|an|the|our|another|their)\s+(?:new\s+)?(?:office|site|building|warehouse|location|store|room)s?\b)",
    re.I,
)


# "ok" as a verb: "did trump ok nvidia h200 sales", "when was the h200 ok'd" (not "is it ok to…", "does that look ok
# to you")
_OKAYED = re.compile(r"\b(?:ok'?d|ok-ed|okayed)\b", re.I)
# (not how something does: "do they pair ok w/ iphones", "does it run ok on 5g")
_HOW_IT_DOES = (
    r"look|looks|seem|seems|sound|sounds|feel|feels|be|is|are|pair|pairs|work|works|run|runs|go|goes|play|plays|"
    r"connect|connects|sync|syncs|perform|performs|sell|sells|ship|ships|do|does|did"
)
_OK_VERB = re.compile(
    rf"\b((?:did|does|do|will|would)\s+(?!(?:[\w.&'-]+\s+){{0,2}}?(?:{_HOW_IT_DOES})\s)(?:[\w.&'-]+\s+){{1,3}}?)"
    r"(?:ok|okay)\s+(?!(?:to|for|if|with|w|or|and|now|then|by|in|on|at)\b)(?=[a-z0-9])",
    re.I,
)

# "can we clear them out at a discount", "can we clear out the leftover mate 10 pros": selling off stock
_CLEAR_OUT = re.compile(
    r"\b((?:can|could|may|should)\s+(?:we|i|partners?)\s+(?:still\s+)?)clear\s+"
    r"(?:out\b|(them|these|those|it)\s+out\b)",
    re.I,
)


# "why'd huawei dump honor", "offloading old stock": letting go of a business or of goods is selling it (not "move",
# which may be moving it somewhere: `_MOVE_STOCK`)
_SELL_OFF = re.compile(
    r"\b(?:offload|dump|unload)(ed|s|ing)?\b(?!\s+(?:(?:it|them|this|that|these|those)\s+)?(?:on|onto|into|at|in)\b)",
    re.I,
)
_SOLD_FORM = {None: "sell", "s": "sells", "ed": "sold", "ing": "selling"}
# selling a business off: "why did huawei spin off honor", "when was honor spun off", "divested" (as the corpus says it:
# "Huawei … would sell its Honor smartphone business")
_SPIN_OFF = re.compile(r"\b(?:(spin|spins|spun|spinning)\s+(?:off|out)|(divest)(ed|s|ing)?)\b", re.I)
_SPUN = {"spin": "sell", "spins": "sells", "spun": "sold", "spinning": "selling"}
# the noun typed as one word: "the honor spinoff" (as "the honor spin-off", a sale the corpus tells of)
_SPINOFF = re.compile(r"\bspin(off|out)(s?)\b", re.I)


def _sold_off(m: re.Match) -> str:
    return _SPUN[m.group(1).lower()] if m.group(1) else _SOLD_FORM[m.group(3) and m.group(3).lower()]


_WHY_D = re.compile(r"\bwhy(?:'|\u2019)?d\b(?=\s+\w)", re.I)  # "why'd they drop it": why did


# owning one is keeping one, as the corpus puts a customer's side ("Customers who still use Huawei phones bought earlier
# may keep them"): "are huawei phones illegal to own", "is it legal to have a huawei phone"
_TO_OWN = re.compile(
    r"\b((?:il)?legal|allowed|permitted|ok|okay|banned|against the law|a crime)(\s+(?:for\s+\w+\s+)?to\s+)"
    r"(?:own|possess|have|(?P<use>use)(?=(?P<what>(?:\s+[\w&'-]+){1,4})))\b",
    re.I,
)


# "do they have to get rid of their p30s": whether they may keep them, asked the other way round (the sense kept)
_GET_RID = re.compile(
    # (of the devices a customer or its staff use: not our stock, nor a carrier's or a contractor's network)
    r"\b((?:they|he|she|customers?|custs?|clients?|users|staff|employees)\s+(?:still\s+)?(?:have|has|need|needs|got)\s+"
    r"to\s+)(?:get\s+rid\s+of|ditch|dump|throw\s+out|bin|scrap)(?=\s+(?:them|those|these|it|their|his|her|the|all|any|"
    r"huawei|\d)\b)",
    re.I,
)


def _to_keep(m: re.Match) -> str:
    """ "illegal to own a huawei phone" → "illegal to keep a huawei phone"; "to use" only of a device ("legal to use a
    huawei phone"), not of a part or a service ("legal to use ascend chips" asks the chips guidance)."""
    if m["use"] and not product_kinds(m["what"]):
        return m.group(0)
    return f"{m.group(1)}{m.group(2)}keep"


# getting one for a customer is selling it to them: "exec wants a pura x, can we get him one", "can we get 5 for the
# customer" (not "can we get in trouble", "can we get a refund")
_GET_FOR = re.compile(
    r"\b((?:can|could|will|should)\s+(?:we|i)\s+(?:still\s+)?)(?:get|procure|grab|find)(?=\s+"
    r"(?:(?:him|her|them|(?:the|our|a|this)\s+(?:customer|cust|client|exec|buyer)s?)\s+(?:one|some|a|an|\d+|these|those)\b"
    # (not "get some in stock for…": stocking them)
    r"|(?:one|some|\d+|a\s+few|a\s+couple)\s+(?:(?!in\b)[\w-]+\s+){0,3}?for\s+(?:him|her|them|(?:the|our|a|this)\s+\w+)))",
    re.I,
)


# "customer wants 40 mate 10 pros, can we still do that?": doing what a customer asked for is selling it to them
_DO_THAT = re.compile(
    r"\b((?:can|could|may|should)\s+(?:we|i)\s+(?:still\s+|even\s+)?)do(?=\s+(?:that|this|it)\b)", re.I
)


def _do_the_request(q: str) -> str:
    m = _DO_THAT.search(q)
    asked = _REQUEST.search(q[: m.start()]) if m else None
    # goods asked for: a count or a kind of product ("40 mate 10 pros", "huawei routers"), not "a refund"
    wanted = q[asked.end() : m.start()] if asked else ""
    if not asked or not (re.search(r"\d", wanted) or product_kinds(wanted)):
        return q
    return q[: m.start()] + m.group(1) + "sell" + q[m.end() :]


# "swap a dead huawei phone", "a bricked mate 60": a faulty device, as the support notes say
_DEAD_DEVICE = re.compile(
    r"\b((?:a|an|the|his|her|their|my|our|its|\d+|[a-z]+['’]s)\s+)(?:dead|bricked|busted)"
    r"(?=\s+(?:huawei\s+)?(?:[\w-]+\s+){0,2}?(?:phones?|devices?|units?|handsets?|tablets?|laptops?|watch(?:es)?|mate|"
    r"pura)\b)",
    re.I,
)
# "so its fully dead now", "so it's over" (after "tgl?"): the thing asked about has ended ("…the temporary general
# licence … ended in August 2020"); not where a device is named, which is faulty, not over ("so its dead then" after
# "customer's mate 10 pro won't turn on"). ("is the tgl dead?", "…or is it gone" ask its standing now: `_PRESENT`.)
_DEAD_THING = re.compile(
    r"\b(it['\u2019]?s|it\s+is|that['\u2019]?s|that\s+is)"
    r"((?:\s*\b(?:fully|totally|completely|officially|really|basically|now|already|actually|finally))*)\s*\b"
    r"(?:dead|over)\b(?!\s+(?:the|a|an|to|with)\b|\s+for\s+(?!good\b))",
    re.I,
)
_DEVICE_NAMED = re.compile(
    r"\b(?:phones?|handsets?|devices?|units?|tablets?|laptops?|watch(?:es)?|routers?|switch(?:es)?|batter(?:y|ies)|"
    r"screens?|matebooks?|matepads?|cams?|cameras?|servers?)\b",
    re.I,
)
# "customer wants his pura x enrolled in our mdm": a service asked of us, as "wants us to enrol his pura x in…"
_DONE_FOR_THEM = {
    "enrolled": "enrol", "enroled": "enrol", "repaired": "repair", "fixed": "fix", "serviced": "service",
    "swapped": "swap", "refunded": "refund",
}  # fmt: skip
_WANTS_IT_DONE = re.compile(
    r"\b(wants?|wanted|would\s+like)\s+((?:his|her|their|its|the|a|an|\d+)\s+(?:[\w-]+\s+){1,3}?)"
    rf"({'|'.join(_DONE_FOR_THEM)})\b",
    re.I,
)
# "what did its latest annual numbers show": a company's results are its revenue and profit, as results are reported
_RESULTS = re.compile(
    r"\b((?:annual|yearly|full[- ]year|year[- ]end|financial)\s+(?:numbers|results|figures|financials))\b"
    # asked for themselves ("…annual numbers show", "latest annual results?"), not what they said of something
    r"(?=\s*(?:(?:actually\s+)?show\w*|look\w*|\?))",
    re.I,
)
# "unlisted subsidiaries are fine as customers now right?": safe customers, as the corpus puts it
_FINE_AS = re.compile(r"\b(?:fine|ok|okay|good)\s+as\s+(customers?|buyers?|clients?)\b", re.I)


def _softened(m: re.Match) -> str:
    """ "walk that back" → "soften that", "walked back" → "softened"."""
    ending = next((g.lower() for k, g in enumerate(m.groups(), 1) if g and k != m.re.groupindex["what"]), None)
    return _SOFTEN[ending] + (f" {m['what']}" if m["what"] else "")


# chat that opens a question and asks nothing: "wait so whats our target margin…", "hmm ok, can we…"
_CHAT_OPENER = re.compile(
    r"^\W*(?:(?:wait|so|ok(?:ay)?|hmm+|um+|uh+|oh|alright|anyway|btw|lol|haha|hey|yo)\b[\s,.;:!-]*)+"
    r"(?=(?:what|whats|what's|who|whos|who's|when|where|why|how|can|could|is|are|do|does|did|was|were|will|should|may)"
    r"\b)",
    re.I,
)


# a customer's question passed on, asking a fact: "customer asked who the ceo of huawei is" asks who it is (not "…asked
# if huawei phones are safe", which the guidance on answering customers covers)
_PASSED_ON = re.compile(
    r"^\W*(?:(?:my|our|a|the|this|one)\s+)?(?:customers?|custs?|clients?|prospects?|buyers?)\s+(?:just\s+|also\s+)?"
    r"(?:asked|asks|is\s+asking|was\s+asking|wants\s+to\s+know|wanted\s+to\s+know)\s+(?:me\s+|us\s+)?"
    # (a fact, not advice: "customer asked what they should do…", "…who to contact" ask what we tell them)
    r"(?=(?:who|what|when|where|which)\b)(?!\w+\s+(?:to|they|we|i|he|she|you|u)\b)",
    re.I,
)


def without_chat_opener(question: str) -> str:
    """The question without chat that opens it and asks nothing ("wait so whats our target margin…" → "whats our
    target margin…"; "customer asked who the ceo is" → "who the ceo is"): read the same as without it. For a question
    asked alone: in a thread "so …" may lean on the earlier question, and "ok so can we sell it" is a part of its
    own."""
    return _PASSED_ON.sub("", _CHAT_OPENER.sub("", question))


def expand_shorthand(question: str) -> str:
    """Dates in numbers, month abbreviations, two-digit years, "intel" (intelligence) and chat spellings as the corpus
    writes them: "8/17/2020" → "17 August 2020", "nov 2019" → "November 2019", "ces 18" → "ces 2018", "intel agencies"
    → "intelligence agencies", "b4" → "before", "kicked in" → "took effect", "the list came out" → "the list got
    published", "kicked out" → "barred", "loosen" → "lift", "clear them out" → "sell them", "200k" → "200,000",
    "illegal to own" → "illegal to keep", "cny" → "yuan"."""
    q = _WEN.sub("when", _CHAT.sub(_chat_word, question))
    if "/" in q:
        q = _NUMERIC_DATE.sub(_date_in_words, q)
    q = _SHORT_FIGURE.sub(_figure_in_full, q)
    q = _INTEL.sub("intelligence", q)
    q = _SECRETARY.sub(r"\1 secretary", q)
    q = _GREEN_LIT.sub(_green_lit, q)
    q = _K12.sub("K-12 schools", q)
    q = _MDM.sub("managed device service", q)
    q = _CURRENCY_CODE.sub(lambda m: _CURRENCY_NAMES[m.group(1).lower()], q)
    q = _SECTION.sub("section ", q)
    q = _KIT.sub(r"\1equipment", q)
    q = _O_FOR_ZERO.sub(r"\g<1>0", q)
    q = _REV.sub(r"\1revenue", q)
    q = _ORDINAL.sub(_ordinal_word, q)
    q = _SAID_SO.sub(r"\1that", q)
    q = _SMALL_COUNT.sub(lambda m: m.group(1) + _DIGIT_WORDS[m.group(2)], q)
    q = _BLACKLIST.sub(_listed, q)
    if (bare := _BARE_ROLE.match(q)) and bare["org"].lower() not in ("who", "whos", "what", "whats", "our", "my"):
        q = f"who is the {bare['org']} {bare['role']}{bare['now'] or ''}?"
    q = _KICK_IN.sub(lambda m: _TAKE[m.group(1) and m.group(1).lower()] + m.group(2) + "effect", q)
    q = _PAPER_OUT.sub(lambda m: m[1] + m[2] + (f"{m[3]} " if m[3] else "") + _GET_FORM[m[4].lower()] + " published", q)
    q = _WALK_BACK.sub(_softened, q)
    q = _DEAD_DEVICE.sub(r"\1faulty", q)
    if _DEAD_THING.search(q) and not _DEVICE_NAMED.search(q) and not MODEL_NUMBER.search(q.lower()):
        q = _DEAD_THING.sub(lambda m: f"{m[1]}{m[2]} ended", q)
    q = _WANTS_IT_DONE.sub(lambda m: f"{m[1]} us to {_DONE_FOR_THEM[m[3].lower()]} {m[2].strip()}", q)
    q = _RESULTS.sub(r"\1 (revenue and profit)", q)
    q = _FINE_AS.sub(r"safe \1", q)
    q = _LOOSEN.sub(lambda m: _LIFT[next((g.lower() for g in m.groups() if g), None)], q)
    q = _KICKED_OUT.sub(lambda m: _BAR[m.group(1) and m.group(1).lower()] + m.group(2) + (" from" if m[3] else ""), q)
    q = _BIG_DEAL.sub(lambda m: f"why {m.group(1) or 'was'} {m.group(2)} a big deal", q)
    q = _MOVE_STOCK.sub(r"\1sell", q)
    q = _OK_VERB.sub(r"\1approve ", _OKAYED.sub("approved", q))
    q = _CLEAR_OUT.sub(lambda m: m.group(1) + "sell" + (f" {m.group(2)}" if m.group(2) else ""), q)
    q = _SELL_OFF.sub(lambda m: _SOLD_FORM[m.group(1) and m.group(1).lower()], _WHY_D.sub("why did", q))
    q = _SPIN_OFF.sub(_sold_off, _SPINOFF.sub(r"spin-\1\2", q))
    q = _GET_FOR.sub(r"\1sell", q)
    q = _TO_OWN.sub(_to_keep, q)
    q = _GET_RID.sub(r"\1stop keeping", q)
    q = _do_the_request(q)
    q = _SHORT_MONTH.sub(lambda m: _MONTH_NAMES[m.group(1).lower()], q)
    q = _MONTH_AFTER.sub(lambda m: m.group(1) + _MONTH_NAMES[m.group(2).lower()], q)
    return _SHORT_YEAR.sub(lambda m: f"{m.group(1)} 20{m.group(2)}" if int(m.group(2)) <= 40 else m.group(0), q)


def date_anchors(text: str) -> frozenset[str]:
    """Years and month names in a text, normalised ("Aug" → "august"), and each day told with its month ("sept 29",
    "29 September" → "29 september"): a sentence giving the very days a question names ("announced sept 29, paused
    nov 10 — accurate?") matches it more than one only of those months."""
    out = set(YEAR.findall(text))
    for m in re.finditer(rf"\b{MONTHS}\b", text, re.I):
        w = m.group(0).lower()
        if w == "may" and not re.search(r"\d\s*$", text[: m.start()]) and not re.match(r"\s*\d", text[m.end() :]):
            continue  # "partners may keep them" is not a date
        month = _MONTH_NAMES.get(w[:4] if w.startswith("sept") else w[:3], w).lower()
        out.add(month)
        before = _DAY_BEFORE.search(text[: m.start()])
        after = _DAY_AFTER.match(text[m.end() :])
        if day := (before or after) and int((before or after).group(1)):
            if 1 <= day <= 31:
                out.add(f"{day} {month}")
    return frozenset(out)


# a day beside its month: "29 September", "29th of sept"; "sept 29", "Nov. 10th" (not "May 2019")
_DAY_BEFORE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$", re.I)
_DAY_AFTER = re.compile(r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![,.]?\d)", re.I)


# -- language ---------------------------------------------------------------------------
ENGLISH_WORDS = frozenset(_sw.STOPWORDS_EN) | {
    "can",
    "we",
    "i",
    "is",
    "are",
    "do",
    "does",
    "did",
    "what",
    "how",
    "still",
    "sell",
    "phone",
    "phones",
    "price",
    "deal",
    "ok",
}
# More English function words, counted for telling the language only ("which us carriers… didnt att pull
# out last min" has Swedish's "att" and "min", and far more English words than that). They stay in the
# other languages' lists: "kan vi selge huawei her i norge" is Norwegian although "her" is English too.
_ENGLISH_FUNCTION = ENGLISH_WORDS | frozenset(
    "which who whom whose where when why out up down over off us our ours you your he she his her him them "
    "me my mine ever any all some from about after before than so just also have has had been were would "
    "should could shall may might must get got dont didnt doesnt cant wont isnt arent wasnt "
    "anyone anything each every here its only other same very too more most much many yet now".split()
)
_FOREIGN = {
    name: frozenset(getattr(_sw, f"STOPWORDS_{name}")) - ENGLISH_WORDS
    for name in (
        "SPANISH",
        "GERMAN",
        "FRENCH",
        "ITALIAN",
        "PORTUGUESE",
        "DUTCH",
        "SWEDISH",
        "DANISH",
        "NORWEGIAN",
        "TURKISH",
        "RUSSIAN",
    )
}
_WORD = re.compile(r"[^\W\d_]+", re.U)


def language_of(question: str) -> str:
    """'en', 'other' (clearly another language), judged by function words and script.

    A question counts as another language when it has more of that language's function
    words than English ones, or is written mostly in a non-Latin script. Names alone
    ("Huawei Mate 60") never make a question foreign.
    """
    words = [w.lower() for w in _WORD.findall(question)]
    if not words:
        return "en"
    letters = [ch for ch in question if ch.isalpha()]
    non_latin = sum(1 for ch in letters if not unicodedata.name(ch, "").startswith("LATIN"))
    if letters and non_latin / len(letters) > 0.5:
        return "other"
    if any(ch in "¿¡" for ch in question):  # English never opens a question or a cry with them
        return "other"
    english = sum(1 for w in words if w in _ENGLISH_FUNCTION)
    distinct = {w for w in words if len(w) >= 2}
    foreign = max(sum(1 for w in distinct if w in vocab) for vocab in _FOREIGN.values())
    marks = (1 if any(ch in "áéíóúñäöüßàèìòùâêîôûçãõœ" for ch in question.lower()) else 0) + (
        1 if any(ch in "¿¡" for ch in question) else 0
    )
    if foreign + marks >= 2 and foreign + marks > english:
        return "other"
    if marks and english < 2:
        # a short question in a language whose words the function-word lists lack ("podemos vender teléfonos
        # huawei?"): accents, and more words that are no English ones than English function words
        unknown = sum(1 for w in distinct if len(w) >= 3 and not english_word(w))
        if unknown >= 2 and unknown > english:
            return "other"
    return "en"


# -- parts ------------------------------------------------------------------------------
_WH = r"(?:what|what's|whats|how|when|who|whom|whose|where|which|why|is|are|can|could|do|does|did|will|would|should|was|were|has|have)"  # noqa: E501
# " + " joins names ("huawei + zte") unless a question follows it ("tl;dr + when did it end", "+ for how much")
_PLUS_ASKS = rf"\s\+\s(?=(?:(?:for|and|by|to|in|on|at|with|from|since|until)\s+)?{_WH}\b)"
# (a full stop before an asking word ends a statement: "screen died. whats the RMA process")
_SPLIT = re.compile(
    rf"\?\s+|;\s+|(?<=[a-z0-9)])\.+\s+(?={_WH}\b)|{_PLUS_ASKS}|,?\s+(?:and|also|plus)\s+(?={_WH}\b)|,\s+(?={_WH}\b)",
    re.I,
)
_TAIL_ASK = re.compile(r"^(?:and|what about|how about|also)\s+(.+)$", re.I)
# "… and is nervous", "… and has 3 stores": a verb with no subject of its own, after a statement, goes on telling
# about the statement's subject; it asks nothing ("is huawei banned and is zte" asks again: its part before asks)
_PREDICATE = re.compile(
    r"^(?:is|are|was|were|has|have|had)\s+(?!(?:it|they|he|she|we|you|i|there|that|this|these|those|the|a|an|any|our|"
    r"their|his|her|its)\b)[a-z-]+(?:\s+[a-z0-9-]+)?$",
    re.I,
)


# a fragment after a question that states a condition of it ("no carrier involved", "unlocked only", "without a
# contract"), not a new subject to ask the same about ("and verizon?")
_CONDITION_TAIL = re.compile(
    r"^(?:no|without|w/o|unlocked|refurb\w*|brand new)\b|\b(?:involved|included)$",
    re.I,
)


# a figure put for confirmation after a question of an amount: "still 8-12%?", "is it still 3 pct", "like $799 right"
_FIGURE_GUESS = re.compile(
    r"^(?!(?:19|20)\d\d\W*$)"  # (not a bare year: "2023?")
    r"(?:is\s+it\s+|was\s+it\s+|it'?s\s+)?(?:still\s+)?(?:about\s+|around\s+|like\s+|roughly\s+)?"
    r"\$?\d[\d.,]*\s*(?:(?:-|to)\s*\$?\d[\d.,]*\s*)?(?:%|pct|percent|k|bn|billion|million|units)?"
    r"(?:\s+(?:right|still|again|or\s+not))?$",
    re.I,
)
# (not a year: two years offered are `_YEAR_OR_YEAR`'s)
_AN_AMOUNT = r"(?!(?:19|20)\d\d\b)\$?\d[\d.,]*\s*(?:%|pct|percent|k|bn|billion|million|units)?"
_SHARES_OFFERED = re.compile(r"^[^%]*\d\s*(?:%|pct|percent)[^%]*\bor\b[^%]*\d\s*(?:%|pct|percent)", re.I)
_FIGURES_OFFERED = re.compile(
    rf"^(?:is\s+it\s+|was\s+it\s+|it'?s\s+)?{_AN_AMOUNT}\s+or\s+{_AN_AMOUNT}"
    r"(?:\s*,?\s*(?:i'?ve\s+heard\s+both|i\s+think|iirc|which\s+one|which|right))?$",
    re.I,
)
# a statement about what the question before names, put for confirmation ("they're not huawei anymore right")
_PREMISE_TAG = re.compile(
    r"^(?:they|it|that|this|those|these|he|she)(?:'re|'s|\s+are|\s+is|\s+were|\s+was)\b.*\b(?:right|correct|yeah|yes|no)$",
    re.I,
)


# "since the ban was lifted in 2020 can we start selling mate phones again": the premise, then what is asked of it (a
# comma the asker left out)
_PREMISE_OPENER = r"\s*(?:since(?!\s+when\b)|now that|given(?: that)?|seeing as|because)"  # "since the ban…"
_PREMISE_LEAD = re.compile(
    rf"^(?P<premise>{_PREMISE_OPENER}\s+[^,;?.!]{{3,80}}?)\s+"
    # (not a wh-question's own "what are we…": "now that huawei is off the line card what are we supposed to…")
    r"(?<!\bwhat\s)(?<!\bwhich\s)(?<!\bhow\s)(?<!\bwhere\s)(?<!\bwho\s)(?<!\bwhen\s)(?<!\bwhy\s)"
    r"(?P<ask>(?:can|could|may|should|do|does|is|are|will|would)\s+(?:we|i|you|they|partners?|resellers?)\b"
    # "…, we can sell again right?": the same question, put as a statement to confirm
    r"|(?:we|i|partners?|resellers?)\s+(?:can|could|may|are\s+allowed\s+to|(?:are|r)\s+ok\s+to)\b)",
    re.I,
)


def _premise_then_ask(m: re.Match) -> str:
    """The premise, a comma, and the question asked of it, as a question ("…, we can sell" → "…, can we sell")."""
    ask = re.sub(r"^(\w+)\s+(can|could|may)\b", r"\2 \1", m["ask"], flags=re.I)
    return f"{m['premise']}, {ask}"


def split_parts(question: str) -> list[str]:
    """The separate things a question asks: 'X? and Y?', 'what changed, and what margin?'.

    A part must hold a content word; a trailing fragment such as "and verizon?" becomes its
    own part. Coordinated topics inside one clause ("sourcing and warranty after Best Buy")
    stay one part: the composer covers their terms one sentence each.
    """
    pieces = _heading_facets(question) or [
        p.strip(" ?,.;:!") for p in _SPLIT.split(question) for p in _facets_joined(p)
    ]
    parts = []
    for p in pieces:
        if not p:
            continue
        if parts and _PREDICATE.match(p) and not asks(parts[-1]) and re.search(rf"\band\s+{re.escape(p)}", question):
            parts[-1] = f"{parts[-1]} and {p}"  # "customer sells on amazon and is nervous": the same subject's state
            continue
        if parts and _CONDITION_TAIL.match(p) and not asks(p) and not question.rstrip().endswith("?"):
            # "can we flip them? no carrier involved": a condition of the question ("…? no windows at all?" asks)
            parts[-1] = f"{parts[-1]}, {p}"
            continue
        if parts and _FIGURE_GUESS.match(p) and p is pieces[-1] and answer_type(parts[-1]) in ("money", "number"):
            # "what margin do we target on huawei handsets? still 8-12%?": the asker's guess at the amount asked, which
            # the answer confirms or corrects (a replaced note's figure), neither a question of its own nor a figure
            # the answer must not repeat ("how much was the mate 10 pro? $799?" is answered by "…at $799")
            continue
        if parts and _FIGURES_OFFERED.match(p) and p is pieces[-1]:
            # "h200s to china — the us govt takes a cut? 15% or 25%, i've heard both": two figures offered to choose
            # from, the one the corpus gives answers the question before (as "2012 or 2013?" does for a year); two
            # shares stay with it ("bad labs rule ownership bar? 10% or 5%": the sentence giving both), to be checked
            # as shares stated are; two sums do not ("how big is the usf a year? $8.3 billion or $9 billion": a sum the
            # question names is no answer to it)
            if _SHARES_OFFERED.match(p):
                parts[-1] = f"{parts[-1]}, {p}"
            continue
        if parts and _KNOWN_TAG.match(p):
            continue  # "who the ceo of huawei is, do we know": asks nothing of its own
        if parts and _PREMISE_TAG.match(p) and p is pieces[-1]:
            # "can we sell honor phones? they're not huawei anymore right": the premise of the question before, which
            # its answer confirms or corrects, not a question of its own
            parts[-1] = f"{parts[-1]}, {p}"
            continue
        m = _TAIL_ASK.match(p)
        if m and parts:
            p = m.group(1)
        if content_words(p) or (parts and _STILL_ON_ONLY.match(p)):  # "…and is it still on": its standing asked
            parts.append(p)
        elif parts and _WH_START.match(p):
            parts[-1] = f"{parts[-1]}, {p}"  # "pura x foldable, what is it": asks about the part before
    return parts or [question.strip(" ?") or question]


# "do we know", "any idea", "anyone know?": a tag asking nothing the question before did not
_KNOWN_TAG = re.compile(
    r"^\W*(?:(?:do|does)\s+(?:we|anyone|anybody|any1|u|you)\s+know|(?:anyone|anybody|any1)\s+know|any\s+idea|"
    r"(?:do\s+)?(?:we|u|you)\s+know)\W*$",
    re.I,
)
# "is it still on", "are they still on?": whether what the part before names still stands, a part of its own
_STILL_ON_ONLY = re.compile(r"^\W*(?:and\s+)?(?:is|are)\s+(?:it|that|this|they|those)\s+still\s+on\W*$", re.I)


# "covered list - when published and which companies are on it?": a subject heading the message, then the things
# asked of it, each short and each asking
_HEADED = re.compile(r"^\s*(?P<topic>[^?:\u2014\u2013]{3,60}?)\s*(?:\s[-\u2013\u2014]+|:)\s+(?P<rest>[^?]+?)[\s?!.]*$")
_FACET_JOIN = re.compile(r"\s*,\s*(?:and\s+|&\s+|\+\s*)?|\s+(?:and|&|n)\s+|\s*\+\s*", re.I)
_FACET_MAX_WORDS = 8
_SIDES_SET_AGAINST = re.compile(r"\b(?:vs\.?|versus)\s", re.I)
_NAMED_FACET_MAX_WORDS = 4


def _heading_facets(question: str) -> list[str]:
    """The things asked of a subject that heads the message ("2012 house intel report on huawei - who led it and what
    did it recommend"), each read with the subject ("what did it recommend: 2012 house intel report on huawei"; a
    thing asked by its name, of it: "what is the harmonyos on phones 2021 launch date"); [] when the message is not
    so, or only one thing is asked. The heading only names a thing ("customer has a mate 70 - …" tells a case), and
    every piece after it asks on its own, by an asking word and what it asks ("when published", not "when" alone), or
    by a kind of answer named ("launch date"), each a kind of its own, so "889 - does it cover contractors and their
    subs" stays one question."""
    m = _HEADED.match(question)
    topic = m["topic"].strip() if m else ""
    if not topic or not _only_names(topic) or not content_words(topic) or _GERUND_LEAD.match(topic):
        return []  # ("following up on fcc stuff - …": what the message is, not what it is about)
    if _GREETING.match(topic) or _SIDES_SET_AGAINST.search(topic):
        return []  # "quick q - …" heads nothing asked of; "889 part a vs part b - …" sets two things side by side
    facets = [f.strip(" ,") for f in _FACET_JOIN.split(m["rest"]) if f.strip(" ,")]
    if not 2 <= len(facets) <= 3 or any(len(f.split()) > _FACET_MAX_WORDS or _GOES_ON.match(f) for f in facets):
        return []
    # (a thing named, not asked, is short and no company figure, which `_facets_joined` splits by its own rule:
    # "rip and replace finish deadline as of now" is one name's "and")
    named = [f for f in facets if not _WH_START.match(f)]
    kinds = {f: answer_type(f) for f in facets}
    if any(not kinds[f] or len(f.split()) > _NAMED_FACET_MAX_WORDS or _FIGURE_NAMED.search(f) for f in named):
        return []
    if any(not [w for w in content_words(f) if not _WH_WORD.fullmatch(w)] for f in facets if f not in named):
        return []  # "when": the asking word alone is read with the heading as typed
    if len(set(kinds.values())) < len(facets):
        # "what was the house vote, near unanimous": the asker's guess at what is asked, no second thing; "when adopted,
        # when effective", "whats the floor and is there a volume discount": one kind asked twice of one thing is
        # read whole, each piece with the other
        return []
    return [f"what is the {topic} {f}" if f in named else f"{f}: {topic}" for f in facets]


def _only_names(heading: str) -> bool:
    """A heading that only names a thing ("2012 house intel report on huawei"): no asking word, no verb of its own."""
    return (
        len(heading.split()) <= _FACET_MAX_WORDS
        and not asks(heading)
        and not asks_leave(heading)
        and not _AUX_VERB.search(heading)
    )


# a piece that goes on with the one before it ("was it sold or spun off, and to who"), or only says how exactly
# ("what comes after the 950 and roughly what yrs")
_GOES_ON = re.compile(r"^(?:to|from|by|for|with|of|at|in|on|roughly|about|around|approx\w*|exactly|and)\b", re.I)
_WH_WORD = re.compile(rf"^{_WH}$", re.I)
_GERUND_LEAD = re.compile(r"^\w+ing\s+(?:up|on|about|back|in)\b", re.I)


def _facets_joined(piece: str) -> list[str]:
    """ "mate 70 launch date + starting price": two things asked of one subject, each a kind of its own (a date, an
    amount), are two parts; "huawei + zte", "price + storage" name what one part asks about."""
    sides = piece.split(" + ")
    joined = len(sides) == 1 and any(w in piece for w in (" and ", " & ", " n "))
    if joined and (m := _FACET_PAIR.match(piece)) and _LAST_FACET.sub("", m["a"]).strip(" -:,"):
        # "pura x price and release date", "mate 80 pro global launch - when n where": the same, joined by a word,
        # the second asked of the first's subject ("mate 70 launch date and price" → "mate 70 price")
        subject = _LAST_FACET.sub("", m["a"]).strip()
        sides = [m["a"], f"{subject} {m['b']}".strip()]
    kinds = [answer_type(s) for s in sides]
    if len(sides) == 2 and all(kinds) and kinds[0] != kinds[1]:
        return sides
    # "huawei 2024 revenue + net profit", "revenue and profit for 2024": two of a company's figures, one part each
    if (m := _TWO_FIGURES.match(piece)) and m["a"].lower() != m["b"].lower():
        return [f"{m['pre']}{m[side]}{m['post']}".strip() for side in ("a", "b")]
    return [piece]


# two facets asked of one subject, joined by a word: the second a short facet alone ("… price and release date",
# "… when n where"), not a clause of its own ("… and who bought it")
_FACET = "price|cost|date|when|where|who|how much"
_FACET_PAIR = re.compile(
    rf"^(?P<a>.+?\b(?:{_FACET}))\s+(?:and|&|n)\s+"
    r"(?P<b>(?:the\s+)?(?:price|cost|(?:release|launch|ship|sale|start|end)\s+date|date|when|where|who))\W*$",
    re.I,
)
# the facet a side ends with ("mate 70 launch date" → "mate 70"), for the subject the other side is asked of
_LAST_FACET = re.compile(rf"\s*\b(?:(?:starting|list|launch|release|ship|sale|start|end)\s+)?(?:{_FACET})$", re.I)
# a company's figures ("revenue", "net profit", "r&d spend"), two joined in one part
_FIGURE = r"(?:revenues?|sales|turnover|net profits?|profits?|net income|earnings|r&d(?: spend(?:ing)?)?|headcount)"
_FIGURE_NAMED = re.compile(rf"\b{_FIGURE}\b", re.I)


def figures_named(text: str) -> set[str]:
    """The company figures a text names, by their last word in the singular ("net profit" → "profit", "sales" →
    "sale"): a sum given for another figure is no sum of the one asked."""
    return {m.split()[-1].lower().rstrip("s") for m in _FIGURE_NAMED.findall(text)}


_TWO_FIGURES = re.compile(
    rf"^(?P<pre>.*?\b)(?P<a>{_FIGURE})\s*(?:and|\+|&)\s*(?P<b>{_FIGURE})(?P<post>(?!\w).*)$", re.I
)


# A statement that sets the scene ("customer wants 40 Mate 10 Pros", "our customer is a school
# using E-Rate money", "i heard the FCC banned test labs"): context for the question after it,
# not a question of its own.
_CONTEXT = re.compile(
    r"^(?:(?:i )?(?:heard|read|saw|think|know)|fyi|so|ok)\b|^(?:[\w&'()-]+\s+){1,5}?"
    r"(?:wants?|has|have|needs?|is|are|asked|asks|bought|buys|uses?|keeps|says|said|saw|got|runs?|plans?|owns?|"
    r"worried|worries|wonders|wondering|thinks|thought|returned|returns|ordered|orders|called|emailed|sent|received|"
    # "we sell to a govt contractor, can they use huawei phones internally…": whom we deal with, the case asked of
    r"requested|installed|deployed|takes|took|sell|sells|resell|resells|supply|supplies)\b",
    re.I,
)
_PREMISE_CLAUSE = re.compile(rf"^{_PREMISE_OPENER}\s", re.I)
# A claim told before the question ("custmer swears it was $699 …, what was the real price"): the case it asks of.
# After the question ("…right? cust swears it happened") it presses the question: read as a part, as before.
_CLAIMED = re.compile(
    r"^(?:[\w&'()-]+\s+){1,5}?(?:swears|swore|insists|insisted|claims|claimed|believes|reckons)\b", re.I
)
# A remark after the question that asks nothing: "need answer before 3pm call", "thanks".
_REMARK = re.compile(
    r"^(?:i\s+)?(?:need|needs|pls|please|plz|asap|thanks|thx|ty|deadline|urgent|fyi)\b"
    # "whats the short answer", "quick version?": how to answer, not a thing to define
    r"|^(?:what(?:'s|s| is)\s+)?(?:the\s+|a\s+)?(?:short|quick|simple|brief|one[- ]line|tl;?dr)\s+"
    r"(?:answer|version|take|one)\s*$"
    r"|^(?:i\s+)?(?:have|got)\s+(?:a|an|the|some|our)\s+(?:[\w-]+\s+){0,2}?asking\b",  # "have a school asking"
    re.I,
)
# how the asker wants the answer, after the question ("…. whats the short answer", "need the short version for a call")
_HOW_TO_ANSWER = re.compile(
    r"^(?:(?:i\s+)?need\s+(?:the\s+|a\s+)?|what(?:'s|s| is)\s+(?:the\s+|a\s+)?|(?:the\s+|a\s+)?)"
    r"(?:short|quick|simple|brief|straight|direct|clear|plain|one[- ]line|tl;?dr|yes[/ ]no|yes or no)\s+"
    r"(?:answer|version|take|one)\b"
    r"(?:\s+(?:for|pls|please)\b.*)?\s*$",
    re.I,
)
# who the asker asks for, after the question ("…? asking for a client w/ 300 seats"): no thing asked; and
# what the answer is for, after the question ("…? customer wants to compare w iphone", "doing a timeline for a cio"):
# no thing asked either, and its words ("iphone") would find sentences about them
_FOR_WHOM = re.compile(
    r"^(?:(?:i'?m\s+|im\s+)?asking\s+(?:for|on\s+behalf\s+of)\s+(?:a|an|my|our|the|this)\s+"
    r"|(?:the\s+|my\s+|our\s+)?(?:customer|client|cfo|cto|cio|ceo|boss|board|execs?|procurement)(?:'s\s+\w+)?\s+"
    r"(?:wants|needs|likes|would\s+like)\s+to\s+(?:compare|see|check|understand)\b"
    # ("confirming for a deck")
    r"|(?:it'?s\s+|its\s+|(?:just\s+)?(?:confirming|checking|double[- ]checking|verifying)\s+)?"
    r"for\s+(?:a|an|the|my|our)\s+(?:[\w-]+\s+)?(?:pitch|slide|deck|timeline|proposal|presentation|"
    r"report|cover\s+letter)\b|doing\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:timeline|deck|slide|pitch|proposal|presentation|"
    r"report)\b"
    # "…, superintendent wants it for a board memo": whom it is for and what they will do with it
    r"|(?:(?:the|my|our|their|his|her)\s+)?(?:[\w-]+\s+)?(?:customer|cust|client|cfo|cto|cio|ciso|ceo|boss|board|"
    r"superintendent|principal|director|manager|execs?|procurement|legal|counsel)\s+(?:wants|needs)\s+(?:it|this|that)\s+"
    r"for\s+(?:a|an|the|his|her|their|our)\s+(?:[\w-]+\s+)?(?:memo|deck|slide|report|email|briefing|meeting|"
    r"presentation|pitch|proposal)\b"
    # why the asker cares, after the question ("…? dont want to embarrass myself on a call tmrw"): no thing asked
    r"|(?:i\s+)?(?:don'?t|dont|do\s+not)\s+want\s+to\s+(?:embarrass|look|sound|get\s+(?:it|this)\s+wrong|"
    r"mislead|screw|mess|overpromise|promise)\b)",
    re.I,
)
# asking for the news again, after a question that asked for it ("…? anything new this month", "any updates?")
_NEWS_AGAIN = re.compile(
    r"^\W*(?:so\s+|and\s+)?(?:(?:anything|any|what'?s|whats)\s+new|any\s+(?:news|updates?)|anything\s+changed?)"
    r"(?:\s+(?:lately|recently|(?:this|last|past)\s+(?:month|week|year|yr|quarter|qtr)))?\W*$",
    re.I,
)
_NEWS_ASKED = re.compile(r"\b(?:latest|news|updates?|what'?s\s+new|whats\s+new|anything\s+new)\b", re.I)
_PIECE_END = re.compile(r"[?.!;,]+\s+|\s+[-\u2013\u2014]+\s+")


def without_purpose(question: str) -> str:
    """The question without the pieces after it that say whom or what it is for ("…? doing a timeline for a cio")
    or how it should be put ("…, need a straight answer for a client"):
    `merge_context` leaves them out of the parts; this leaves them out of what the answer gate weighs."""
    ends = [0] + [m.end() for m in _PIECE_END.finditer(question)]
    pieces = [question[a:b] for a, b in zip(ends, ends[1:] + [len(question)])]
    kept = len(pieces)
    # (and how the asker wants it put: "…, need a straight answer for a client": its "client" finds "client alert")
    while kept > 1 and (_FOR_WHOM.match(pieces[kept - 1].strip()) or _HOW_TO_ANSWER.match(pieces[kept - 1].strip())):
        kept -= 1
    return question if kept == len(pieces) else "".join(pieces[:kept]).rstrip(" ,;-\u2013\u2014")


# Words of a fragment that only presses for the answer ("yes/no", "anyone??", "true?"): it asks
# nothing the question before it does not.
_CHATTER = frozenset(
    "anyone anybody someone yes no pls please plz asap thanks thx ty deadline today urgent help quick quickly "
    "again ok okay right true correct really pretty much quick question q".split()
)
# "quick q", "dumb one": an opener that asks nothing (followup.py's openers too)
QUICK_ONE = r"(?:quick|dumb|silly|easy|random) (?:q|question|one)"
# A greeting or an introduction before the question: "hi team", "new hire here", "quick q".
_GREETING = re.compile(
    r"^(?:(?:hi|hey|hello|morning|yo)(?:\s+(?:team|all|folks|guys|everyone|there))?"
    rf"|new (?:hire|here|guy|to (?:this|the team))(?:\s+here)?(?:\s+(?:q|question))?|{QUICK_ONE})$",
    re.I,
)


# "what about X" with no verb of its own, and a pronoun in the part after it that refers to X
_ABOUT_ONLY = re.compile(
    r"^\W*(?:(?:and|so|ok|but)\s+)?(?:what|how)\s+about\s+(?!(?:it|them|that|this)\b)[^,;:]+$", re.I
)
_REFERS = re.compile(r"\b(?:it|its|them|they|their|those|these)\b", re.I)


# a phrase put before the question it belongs to ("since denver chose white, …", "besides honor, …", "in 2019, …")
_FRONTED = re.compile(
    r"(?:since|because|as|aside|besides|other\s+than|apart|after|before|during|in|on|at|along|with|without|"
    r"following|despite|unlike|like|for|from|of|by|under|among|given|although|though|"
    r"until|upon|within|between|except|beyond|compared|according)\b",
    re.I,
)


_REFINES = re.compile(
    r"\b(?:specifically|in particular|particularly|to be exact)\b"
    # examples of what it asks of: "is huawei network gear banned in the us? like routers and switches"
    r"|^\W*(?:like|e\.?g\.?|i\.?e\.?|such as|esp\.?|especially|for (?:example|instance|ex)|namely)(?=[\s,:])"
    r"(?![^?]*\b(?:what|which|who|whom|when|why|how|where)\b)",
    re.I,
)


def merge_context(parts: list[str], question: str = "") -> list[str]:
    """Fold a scene-setting statement into the question next to it: the one that follows it or,
    for a statement after the last question ("…? customer wants to know before buying 50"), the
    one before it. Either way it is context, not a part to answer on its own. A statement the
    asker ends with "?" ("zte is also banned?") is a question of its own."""
    out: list[str] = []
    carry = ""

    def asked_alone(p: str) -> bool:
        return bool(re.search(re.escape(p) + r"\s*\?", question))

    for i, p in enumerate(parts):
        # "verizon took huawei off its list when?" asks; "…was $699 unlocked when it came out" tells
        asked = asked_alone(p) or any(
            not (m.group(0).lower() == "when" and _when_joins(p, m.start()))
            for m in re.finditer(r"\b(?:when|why|how|what|who|which|where)\b", p, re.I)
        )
        told_before = bool(_CLAIMED.match(p)) and i + 1 < len(parts)
        # "since the ban was lifted in 2020, can we start selling again": the premise of the yes/no question after it
        told_before = told_before or (
            bool(_PREMISE_CLAUSE.match(p))
            and i + 1 < len(parts)
            and bool(_YES_NO_START.match(parts[i + 1]) or _PREMISE_LEAD.match(f"{p} {parts[i + 1]}"))
        )
        statement = bool(_REMARK.match(p)) or (
            not _WH_START.match(p) and bool(_CONTEXT.match(p) or told_before) and not asked
        )
        # a statement the next part asks about ("repair for a huawei phone dragging on for 3 weeks, who do i escalate
        # to"): the case it asks of, not a question to answer apart
        told = (
            not asked
            and not asks(p)
            and not asks_leave(p)
            and not _REMARK.match(p)
            and not _GREETING.match(p)
            and not _EXPLAIN_Q.search(p)  # "fdpr tl;dr + when did the tgl end": two asks
            and not _FRONTED.match(p)  # "aside from bbc radio 5, what station…": part of the question, not a case
            # "huawei revenue in 2024 + how much was net profit": a figure named alone asks for it, as "price?" does
            and not (_names_only(p) and answer_type(p) in ("money", "number"))
        )
        # (a question pointing back to it, "… can our support desk help w it", is read against it by `with_context`)
        pointed = i + 1 < len(parts) and bool(_BACK_REF.search(parts[i + 1]))
        if i + 1 < len(parts) and (
            statement and (_CONTEXT.match(p) or told_before) or told and not pointed and asks(parts[i + 1])
        ):
            carry = f"{carry}{p}, "
            continue
        if i + 1 < len(parts) and _ABOUT_ONLY.match(p) and not asked_alone(p) and _REFERS.search(parts[i + 1]):
            carry = f"{carry}{p}, "  # "what about huawei ascend chips, can we resell servers with them?": one question
            continue
        if out and (_FOR_WHOM.match(p) or _HOW_TO_ANSWER.match(p)) and not carry and not asked_alone(p):
            continue  # "…? asking for a client w/ 300 seats", "…. whats the short answer": nothing the answer must hold
        if out and _NEWS_AGAIN.match(p) and _NEWS_ASKED.search(out[-1]) and not carry:
            continue  # "whats the latest on huawei? anything new this month": the same ask, pressed
        if out and (statement or (_REFINES.search(p) and not asks(p))) and not carry and not asked_alone(p):
            # (what the question before asks of, narrowed: "can we still sell huawei laptops? matebook d 15
            # specifically, cust wants 25")
            out[-1] = f"{out[-1]}, {p}"
            continue
        chatter = set(re.findall(r"[a-z]+", p.lower())) <= _CHATTER | set(_sw.STOPWORDS_EN)
        if i + 1 < len(parts) and _GREETING.match(p):
            continue  # "new hire here, what even is the entity list"
        if out and chatter and not re.search(r"\d", p):
            continue  # "anyone??", "yes/no"; but "2020?" or "what about 889?" asks again
        out.append(carry + p)
        carry = ""
    return out


_ASIDE = re.compile(r"\s*(?:[,.;?]|\s-+|\s\u2014)\s+(?P<aside>[^,.;?\u2014]+?)\s*[.!]*\s*$")


# how the asker wants it put ("in plain words", "in simple terms"), at the end: no words the corpus must hold
_STYLE_ASKED = re.compile(
    r"[\s,;:-]*\b(?:in|using|with)\s+(?:plain|simple|layman'?s?|normal|non-?legal|everyday|easy)\s+"
    r"(?:english|words|terms|language)\b\W*$",
    re.I,
)


def without_aside(question: str) -> str:
    """The question without a trailing remark that asks nothing ("tl;dr on the 2012 report pls,
    fed customer keeps bringing it up" → "tl;dr on the 2012 report pls"): the remark's words
    are no part of what the corpus must hold. The question itself when there is none."""
    style = _STYLE_ASKED.search(question)
    if style and len(content_words(question[: style.start()])) >= 2:
        return question[: style.start()].rstrip(" ,;:-")  # "what does 889 part a cover in plain words"
    m = _ASIDE.search(question)
    if not m or "?" in m.group("aside") or _WH_START.match(m.group("aside")) or _PERMISSION.search(m.group("aside")):
        return question
    head = question[: m.start() + (1 if question[m.start() :].lstrip().startswith("?") else 0)].strip()
    words = [w for w in re.findall(r"[a-z0-9]{3,}", head.lower()) if w not in _sw.STOPWORDS_EN]
    return head if len(words) >= 2 else question


def with_context(parts: list[str], question: str = "") -> list[str]:
    """An elliptical part ("and honor?", "verizon?") is read against the part before it:
    "honor" after "is huawei still on the line card" asks "honor: is huawei still on the line card"."""
    out = []
    for i, p in enumerate(parts):
        points_back = bool(_BACK_REF.search(p)) and not _DUMMY_IT.search(p) and not key_terms(p)
        bare = bool(_BARE_ASK.match(p))  # "…fined in operation clean carts? how much": how much was the fine
        # (a part read with the subject heading the message, as the part before is, has its referent: `_heading_facets`)
        headed = i and ": " in p and p.rsplit(": ", 1)[1] == parts[i - 1].rsplit(": ", 1)[-1]
        if i and not headed and ((len(content_words(p)) <= 2 and not _WH_START.match(p)) or points_back or bare):
            before = parts[i - 1]
            heading = _HEADING.match(before)
            # "operation clean carts — cust sells on amazon and is nervous, whats it about": "it" is the topic that
            # heads the message, not the case told after it
            told_after = (
                bool(heading)
                and points_back
                and "?" not in before
                and not _GREETING.match(heading.group("topic"))  # "quick q - huawei net profit trend, is it up"
                and not asks(heading.group("told"))
            )
            referent = heading.group("topic") if told_after else _SUBJECT_ONLY.sub("", before)
            thing = _ATTRIBUTE_AT_END.sub(r"\g<place>", referent)
            if _asks_own_attribute(p) and thing != referent and thing:
                # "screen size?" after "pura x price": the Pura X's screen size, not its price; "does it run harmonyos"
                # after "mate 80 pro price in europe": the European Mate 80 Pro's system
                referent = thing.strip()
            p = f"{p}: {referent}"  # "what chip is in it": the Mate 80 Pro's chip
            asked_alone = bool(re.search(re.escape(before) + r"\s*\?", question))  # "operation clean carts??"
            if (
                points_back
                and out
                and out[-1] == before
                and not asked_alone
                and (_names_only(before) or _told(before) or told_after)
                # (not a company's figure asked by its name: "huawei 2024 rev and how much did they spend on r&d")
                and not _FIGURE_NAMED.search(before)
            ):
                # "faulty huawei phone, can we swap it from stock", "customer brought in a mate 80 pro he bought in
                # spain, can we support it": the thing named or the case told is what "it" asks of
                out.pop()
        out.append(p)
    return out


# what a part asks of the thing named before it, at the end of that part ("pura x price", "mate 70 launch date?")
_ATTRIBUTE_NOUNS = (
    r"price|prices|pricing|cost|costs|msrp|(?:launch\s+|release\s+|ship\s+)?dates?|revenue|profit|margins?|specs?|"
    r"status|deadline|timeline|launch|release|availability|warranty|chip|os|camera|battery|memory|storage"
)
_ATTRIBUTE_AT_END = re.compile(
    rf"\s+(?:{_ATTRIBUTE_NOUNS})(?P<place>\s+(?:in|for)\s+(?:the\s+)?(?:[a-z]+\s?){{1,2}}?)?\W*$", re.I
)
_ATTRIBUTE_NAMED = re.compile(rf"\b(?:{_ATTRIBUTE_NOUNS})\b", re.I)
# a property asked by its verb: "does it run harmonyos", "do they have nfc", "does it come with google apps"
_PROPERTY_ASKED = re.compile(
    r"^\W*(?:and\s+|but\s+)?(?:does|do|did|will|can)\s+(?:it|they|that|those|these)\s+(?:still\s+)?"
    r"(?:run|have|support|use|come\s+with|ship\s+with)\b",
    re.I,
)


def _asks_own_attribute(part: str) -> bool:
    """Does the part name an attribute it asks ("what's the screen size", "and the chip?", "does it run harmonyos")?"""
    return bool(features_asked(part)) or bool(_ATTRIBUTE_NAMED.search(part)) or bool(_PROPERTY_ASKED.match(part))


# a topic heading the message before a dash or a colon, and what is told after it
_HEADING = re.compile(r"^(?P<topic>(?:[\w&'.+/-]+\s+){0,4}[\w&'.+/-]+)\s+[-\u2013\u2014]+\s+(?P<told>\S.*)$")


def _names_only(part: str) -> bool:
    """A part that only names a thing ("faulty huawei phone", "mate 10 pro"): no asking word, no verb of leave, no
    clause of its own, so no question to answer apart from the one that points back to it."""
    words = re.findall(r"[a-z0-9'&.-]+", part.lower())
    return 0 < len(words) <= 5 and not asks(part) and not asks_leave(part) and not _AUX_VERB.search(part)


# a verb's helper: a clause of its own ("customer has a mate 70"), not a thing named
_AUX_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|will|would|should)\b", re.I)


# words that ask something of the thing named ("mate 10 pro price", "clean carts start date?", "tgl status")
_ATTRIBUTE_ASKED = frozenset(
    "price prices priced pricing cost costs msrp date dates day year when where who why how what which revenue "
    "revenues profit profits earnings sales margin margins spec specs specification specifications status deadline "
    "timeline members member "
    "launch launched release released availability available update updates news latest new tl;dr tldr summary gist "
    "amount number count fine fines penalty contact email owner ceo chip chips os camera battery memory storage "
    "warranty support repair details detail info start end ok okay allowed legal banned".split()
)


# a summary asked of a thing named alone: "tl;dr operation clean carts", "quick rundown on the bad labs rule"
_SUMMARY_ASKED = re.compile(
    r"^\s*(?:tl;?dr|tldr|eli5|(?:a\s+)?(?:quick|short)\s+(?:summary|rundown))(?:\s+(?:of|on|for))?\s*[:,\u2014\u2013-]?\s+",
    re.I,
)


def bare_topic(message: str) -> str | None:
    """The thing a message only names ("operation clean carts", "bad labs rule", "fdpr"): no asking word, no verb and
    nothing asked of it (not "mate 10 pro price", "tgl status"). Such a message asks what the thing is; None when the
    message asks something else or names nothing."""
    text = message.strip(" ?!.:;,")
    if not MODEL_NUMBER.search(text.lower()):  # "tl;dr operation clean carts": what it is (not "tl;dr mate 60 pro")
        text = _SUMMARY_ASKED.sub("", text, count=1)
    words = re.findall(r"[a-z0-9&'-]+", text.lower())
    if not (1 <= len(words) <= 4) or not _names_only(text) or set(words) & _ATTRIBUTE_ASKED:
        return None
    if set(words) <= _CHATTER | set(_sw.STOPWORDS_EN) or _GREETING.match(text) or not content_words(text):
        return None
    if len(words) == 1 and english_word(words[0]):  # "test", "help": a word of the language, not a name
        return None
    if _BARE_ROLE.match(text):  # "fcc chairman?": who holds the role (`expand_shorthand`), not what it is
        return None
    return text


# A case told, not asked: "customer brought in a mate 80 pro he bought in spain", "we have 12 units left"
_TOLD = re.compile(
    r"^(?:(?:so|ok|okay|hi|hey|fyi)\W+)?(?:(?:our|a|the|my|one|this|some)\s+)?(?:customer|cust|client|buyer|reseller|school|"
    r"carrier|guy|exec|someone|user|employee|prospect|hospital|agency|contractor|we|i|they|he|she)\b\s+(?:\w+\s+)?"
    r"(?:has|have|had|brought|bought|got|owns|wants|needs|asked|uses|runs|sent|returned|dropped|handed|shipped|"
    r"picked)\b"
    # "customer's huawei phone died after a week": what befell the customer's thing
    r"|^(?:(?:so|ok|okay|hi|hey|fyi)\W+)?(?:(?:our|a|the|my|one|this)\s+)?(?:customer|cust|client|buyer|user|employee)"
    r"(?:['\u2019]s|s['\u2019])\s+(?:[\w-]+\s+){1,4}?(?:died|broke|crashed|failed|cracked|stopped|froze|"
    r"won['\u2019]?t|doesn['\u2019]?t|keeps|got)\b",
    re.I,
)


def _told(part: str) -> bool:
    """A part that tells the case a question is about, asking nothing itself."""
    return bool(_TOLD.match(part)) and not asks(part) and not asks_leave(part) and "?" not in part


# A part that only asks for an amount or a length, of what the part before names: "how much", "how many exactly".
_BARE_ASK = re.compile(
    r"^(?:and\s+|but\s+|so\s+|if so,?\s+)?how (?P<what>much|many|long)"
    r"(?:\s+(?:exactly|roughly|approx\w*|then|tho|in total|total))?\s*$",
    re.I,
)


def bare_amount(part: str) -> bool:
    """Is this part only "how much" / "how many" (an amount of what the part before names)?"""
    m = _BARE_ASK.match(part)
    return bool(m) and m.group("what").lower() != "long"


# The part before without what it asked ("pura x foldable, what is it" → "pura x foldable").
_SUBJECT_ONLY = re.compile(rf",\s*{_WH}\b.*$", re.I)
# A part that points back to the thing the part before names: "… and can we get any for a us customer",
# "… what chip is in it", "… is there a legit way to get it into the us".
# "is it ok to…", "is it legal to…": "it" points forward to what follows, not back
_DUMMY_IT = re.compile(
    r"\b(?:is|was|isn'?t|would|will) it (?:still )?(?:ok|okay|legal|illegal|true|possible|allowed|safe|worth|"
    r"necessary|required|fine|wise|smart|better|risky)\b|\bit(?:'s| is) (?:ok|okay|legal|true|possible|fine)\b",
    re.I,
)
DUMMY_IT = _DUMMY_IT  # also read by index/answer/followup.py
_BACK_REF = re.compile(r"\b(?:it|its|them|they|either|any(?=\s+(?:for|of|to|in|at|on)\b|\s*[?!.]*$))\b", re.I)


_WH_START = re.compile(rf"^\s*{_WH}\b", re.I)


def asks(part: str) -> bool:
    """Is this part a question (starts with a question word or an auxiliary), not a remark?"""
    return bool(_WH_START.match(part))


def content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w$€£¥&.-]+", text.lower()) if w.strip(".-") and w not in ENGLISH_WORDS]


# -- answer type ------------------------------------------------------------------------
_SAYS = r"(?:say|says|said|tell|tells|respond|answer|reply|think|claim|argue)\b"
# what a document is called: "the returns note", "the 2012 report", "the checklist"
_DOCUMENT = (
    r"(?:notes?|memos?|checklists?|guidance|guides?|faqs?|q&a|polic(?:y|ies)|docs?|documents?|pages?|reports?|"
    r"orders?|rules?|notices?|decks?|acts?|bills?|laws?)"  # not a letter or a release: its writer's words
)
# "What did Huawei say about...", "AT&T's response", "partner take on...": what someone said.
_SAID_Q = re.compile(
    # whose words: a person or body, not a document ("what does the returns note tell us to say" asks its rule;
    # "what did the rules committee chair say" asks the chair)
    # (a section of a law is a document too: "what does ndaa section 889 say about huawei")
    rf"\bwhat (?:did|does|do|has|have) (?!(?:[\w&.'-]+\s+){{0,3}}?(?:{_DOCUMENT}|section\s+\d[\w()]*)\s+{_SAYS})"
    rf"(?P<who>(?:[\w&.'-]+\s+){{1,4}}?){_SAYS}"
    # "did huawei say anything publicly when…": whether they said a word, and what
    # (not a document's content: "does the entity list say anything about people", "does it say anything new")
    rf"|\b(?:did|has)\s+(?!(?:it|that|this|they|those)\s)(?!(?:[\w&.'-]+\s+){{0,3}}?(?:{_DOCUMENT}|list)\s)"
    r"(?P<who2>(?:[\w&.'-]+\s+){1,3}?)(?:say|said|comment|commented)\s+"
    r"(?:anything|something|a word|publicly)\b"
    r"|\b(?:response|reaction|respond|responded|react|reacted|reply|replied|take on|stance|position on|comments?|commented)\b",  # noqa: E501
    re.I,
)
_SAID = re.compile(
    r"\b(?:said|says|told|answered|replied|responded|commented|denied|denies|called|argued|warned|stated|wrote|insisted|"
    r"maintains?|maintained|rejected|praised|critici[sz]ed|dismissed|welcomed|described|claimed|promised|"
    r"pointed to|cited|"  # "The FCC pointed to the two companies' ties…"
    r"(?:declined|refused|did not|would not)\s+to\s+comment|(?:did|would)\s+not\s+comment)\b",  # saying nothing
    re.I,
)
# "Will the Entity List be lifted?", "what will the FCC decide next year", "any predictions":
# what is to come. Only a sentence about what is planned, expected or scheduled answers it.
_FUTURE_Q = re.compile(
    r"^\s*(?:will|would|is \w+ going to)\b|\bwhat (?:will|would)\b|"
    # "is huawei going to", "what's going to happen", "they're going to"; not motion ("data going to china"), not the
    # asker's own plan ("we're going to quote a contractor") nor a past intent ("was going to"); "is huawei ever
    # going to ipo": an adverb may stand before "going to"
    r"\b(?:is|are) (?!(?:we|i)\b)\w+(?: (?:ever|really|actually|still|finally|likely))? going to\b|"
    r"\b(?!(?:we|i)\b)\w+(?:'s|'re| is| are) going to\b|"
    # "is the affiliates rule coming back after nov 2026": a return still to come (not "was it coming back")
    r"^\W*(?:is|are) (?!(?:we|i)\b)(?:[\w&%'-]+ ){1,5}?coming back\b|"
    r"\b(?:gonna|predictions?|predict|forecast|"
    # "if there's a trade deal will huawei come off…"; not reported speech ("after huawei said it will sue")
    r"(?:if|once|when|after) (?:(?!\b(?:said|says|announced|told|stated|claimed|claims|promised)\b)[^?])*?"
    r"\bwill (?!(?:you|u)\b)\w+|"
    r"outlook|next year|next month|in the future|down the road|any plans?|planned|planning to|"
    # "whats the chance the fcc finalizes it b4 end of yr": the odds of a thing by a time ahead (not "the chance of a
    # refund if…", a rule; not "did it pass before the end of the year", the past)
    r"(?:chances?|odds|likelihood)\b[^?]*?\b(?:before|by|b4)\s+(?:the\s+)?"
    r"(?:end of (?:the )?(?:year|yr|month|quarter|qtr)|year[- ]end)(?!\s+(?:of\s+)?(?:19|20)\d\d))\b",
    re.I,
)
# "how much of a discount" asks money; "how much of the population" asks a share
_MONEY_OF = (
    r"(?:a |an |the |our |their )?(?:discount|margin|rebate|markup|budget|fine|fee|price|cost|subsid\w+|funding|money)"
)
# one of a team's roles, ours or a company's ("our channel manager", "huawei's us country manager")
_TEAMS = r"(?:country|general|sales|channel|regional|account|partner|compliance|support|legal)"
_TEAM_ROLES = rf"{_TEAMS}\s+(?:manager|director|lead|officer)"
# a role someone holds: "huawei's ceo", "their channel director"
_ROLES = (
    r"(?:ceo|cfo|cto|coo|chief executive|chair(?:man|woman|person)?|president|founder|director|secretary|"
    r"head(?!\s+(?:coach|office|quarters|count|start))|boss|"
    # ("huawei's us country manager", "their channel director")
    rf"{_TEAM_ROLES}|spokes(?:person|man|woman))"
)
# a role named with its organisation and nothing else ("huawei cfo?", "fcc chairman?"): who holds it, asked as "who is
# the huawei cfo?" (not "huawei 2024 revenue?", "compliance head count")
_BARE_ROLE = re.compile(
    rf"^\W*(?:the\s+)?(?P<org>[a-z][\w&.-]*?)(?:'s|\u2019s)?\s+(?P<role>{_ROLES})"
    r"(?P<now>\s+(?:now|rn|currently|today|these\s+days))?\s*\?*\s*$",
    re.I,
)
# "how fast does compliance get back", "how quickly do they respond": the time an answer usually takes, as "how long"
# asks (of what is done as a rule, not "how quickly did huawei respond to the report", which a date answers)
_TURNAROUND = (
    r"how (?:fast|quickly)\s+(?:does|do|will|would|can|is|are)\s+(?:[\w']+\s+){0,5}?"
    r"(?:get\s+back|respond|reply|answer|turn\s+(?:\w+\s+)?around)\b"
)
# a reply's time in the sentence that gives it ("the compliance office replies within two working days")
_RESPONSE = re.compile(
    r"\b(?:repl(?:y|ies|ied)|respond\w*|response|answer\w*|gets?\s+back|got\s+back|turnaround|turns?\s+\w*\s*around|"
    r"hear\s+back)\b",
    re.I,
)
# "how fast does compliance get back", "how long does compliance take to reply": the time an answer takes
_REPLY_TIME_Q = re.compile(
    rf"\b{_TURNAROUND}|\bhow\s+long\s+(?:does|do|will|would)\b(?=.*\b(?:repl(?:y|ies)|respond|get\s+back|hear\s+back)\b)",
    re.I,
)
# "how much ram / storage does it have": a spec's amount, not a sum of money
_SPEC_AMOUNT = r"(?:ram|memory|storage|battery|space|data|memory \(ram\))\b"
# the asker's own deadline after the word, no date asked: "…? deadline today", "deadline is tomorrow"
_OWN_DEADLINE = r"(?!\s+(?:is\s+)?(?:today|tonight|tomorrow|tmrw|eod|cob|asap)\b)"
# "has huawei been on the entity list long?", "have we been barred for a while": a yes/no whose answer is the date it
# has held since (not "has it been long enough", "been waiting long")
_BEEN_LONG = (
    r"\b(?:has|have|had|hasn'?t|haven'?t)\s+(?:[\w'&.-]+\s+){1,6}?been\s+"
    # (a standing that began: on a list, in place, banned…; not a quality, "been profitable for years", nor a doing,
    # "been avoiding huawei for a while")
    r"(?:on|in|under|around|off|out|without|subject|part|banned|barred|blocked|listed|restricted|sanctioned|cut|excluded|"
    r"prohibited|illegal|covered|suspended|paused|the\s+rule|the\s+case|a\s+thing)\b(?:\s+[\w'&.-]+){0,5}?\s+"
    r"(?:for\s+)?(?:long|ages|years|a\s+(?:long\s+)?while|a\s+long\s+time)(?=\W*$)"
)
# how a partner reaches someone with a question: "who do i contact / escalate to / loop in / run it by"
ROUTE_VERBS = (
    r"contact|escalate|talk|speak|ping|ask|call|email|reach|go|send|route|raise|take|submit|file|log|lodge|loop\s+in|"
    r"cc|notify|tell|inform|run\s+(?:it|this|that)\s+by|check\s+with"
)
# how a vote went, asked: "unanimous or split", "was it 4-0", "what was the house vote", "how did they vote"
_TALLY_Q = re.compile(
    r"\b(?:unanimous(?:ly)?|split\s+(?:vote|decision)|roll[- ]call|"
    r"vote\s+(?:count|tally|breakdown|margin|split)|(?:house|senate|final|floor)\s+vote\b|"
    r"how\s+did\s+(?:the\s+)?(?:commissioners|they|members|lawmakers|senators|congress|house|senate)\s+vote|"
    # its count asked by its voters: "how many commissioners voted for it", "how many votes did it get"
    r"how\s+many\s+(?:of\s+(?:the|them)\s+)?(?:[\w']+\s+){0,2}?(?:commissioners|members|lawmakers|senators|"
    r"representatives)\s+(?:\w+\s+){0,2}?(?:voted|vote)\b|how\s+many\s+votes\b(?:\s+\w+){0,5}?\s+(?:get|got|pass)\b)"
    r"|(?<![\d-])\d-\d(?![\d-])(?=.*\bvot|.*\bunanim)|\bvot\w*\b[^?.!]{0,20}?(?<![\d-])\d-\d(?![\d-])",
    re.I,
)
# …and the sentence that tells it: "adopted unanimously", "by a 3-2 vote", "with one commissioner dissenting"
_TALLY = re.compile(
    r"\b(?:unanimous(?:ly)?|dissent\w*|bipartisan|party[- ]line|by\s+a\s+vote\s+of)\b|\b\d+\s*(?:-|to)\s*\d+\s+vote\b"
    r"|\b\d+\s+votes?\b|\bvoted\s+(?:\d+|for|against|in\s+favou?r)\b",
    re.I,
)


def tally_asked(question: str) -> bool:
    """Does the question ask how a vote went (unanimous or split, its count)?"""
    return bool(_TALLY_Q.search(question))


def tells_tally_of(question: str, sentence: str) -> bool:
    """Does the sentence tell how the vote asked went: a count, of the month the question names if it names one ("was
    the oct 2025 fcc order unanimous": not the bad labs order's "On 22 May 2025 the FCC voted 4-0")?"""
    if not tells_tally(sentence):
        return False
    months = {a for a in date_anchors(question) if not a.isdigit()}
    return not months or bool(months & date_anchors(sentence))


def tells_tally(sentence: str) -> bool:
    """Does the sentence tell how a vote went ("adopted unanimously", "by a 3-2 vote")? That a vote was held or
    scheduled is no tally."""
    return bool(_TALLY.search(sentence))


# an identifier asked ("whats the fcc id of the mate 10 pro", "hs code for a huawei watch", "the docket # for the 2022
# ban"): only a sentence writing a code of its kind gives it (not "…announced the Mate 10 Pro … on 9 January 2018").
# One identifier, asked outright: not several ("which model numbers are banned": the models answer), nor a rule or
# matter named by it ("the fcc id requirement", "part # lookup — is the 910b listed"), nor an agenda ("on the docket")
_ID = (
    r"(?:fcc\s+id|(?:fcc\s+)?docket\s*(?:number|no\.?|num|#)|(?:hs|hts|tariff|cage)\s+code|eccn|"
    r"(?:part|model|serial|sku|case|registration|order)\s*(?:number|no\.?|num|#))"
    r"(?!\w)(?!\s*(?:requirements?|rules?|situation|lookups?|checks?|labels?|display|polic(?:y|ies)|thing|stuff|"
    r"issues?|questions?|fields?|filings?|process|format|search|database|tool|system)\b)"
)
_ID_NAMED = re.compile(_ID, re.I)
ID_ASKED = re.compile(
    rf"\b(?:what(?:'s|s)?|which)\s+(?:is\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?{_ID}"
    # (typed first or after "the", it asks only followed by what it is of: "hs code for a watch?", "fcc id?"; not
    # "serial number needed for rma?", "got a serial number for a faulty phone")
    rf"|(?:^\W*|\b(?:the|its|their)\s+|/\s*){_ID}(?=\s*(?:for|of)\b|\s*[?.!:]|\s*$)",
    re.I,
)
# a code as documents write one, by the kind of identifier asked: "FCC 22-84", "ET Docket No. 21-232" (a docket or
# an order), "8517.13" (a tariff code), "3A090" (an export class), "QISMHA-L29" (an FCC ID), "910B" (a part)
_ORDER_CODE = r"\b(?:FCC|DA|ET|WC|GN|PS|EB|MB)\s+(?:Docket\s+)?(?:No\.?\s*)?\d{2}-\d{1,4}\b|\bDocket\s+(?:No\.?\s*)?\d"
_NOT_A_SIZE = r"(?!\d+(?:[KMGT]B|MP|MAH|[GM]HZ|NM|W)\b)"
_CODES = {
    "docket": re.compile(_ORDER_CODE),
    "order": re.compile(_ORDER_CODE),
    "eccn": re.compile(r"\b\d[A-E]\d{3}\b|\bEAR99\b"),
    "code": re.compile(r"\b\d{4}\.\d{2}(?:\.\d{2,4})?\b"),
    "id": re.compile(rf"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z]){_NOT_A_SIZE}[A-Z0-9][A-Z0-9-]{{6,}}\b"),
}
_PART_CODE = re.compile(rf"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z]){_NOT_A_SIZE}[A-Z0-9][A-Z0-9-]{{2,}}\b")
_ID_NAMES = {"fcc": "FCC", "hs": "HS", "hts": "HTS", "eccn": "ECCN", "sku": "SKU", "id": "ID"}


def id_asked(question: str) -> str | None:
    """The identifier the question asks for, as the reply names it ("FCC ID", "docket number"), or None."""
    m = ID_ASKED.search(question)
    if not m:
        return None
    words = _ID_NAMED.search(m.group(0)).group(0).replace("#", " number").split()
    return " ".join(_ID_NAMES.get(w.lower(), w.lower()) for w in words).replace("no.", "number")


def writes_code(asked: str, sentence: str) -> bool:
    """Does the sentence write a code of the kind asked (`asked`, from `id_asked`): a docket or order number for a
    docket, a tariff code for an HS code, a part's code ("910B") for a part or model number?"""
    kind = next((k for k in _CODES if k in asked.lower()), None)
    return bool((_CODES[kind] if kind else _PART_CODE).search(sentence))


# how a thing stands, asked after "where" ("…does it stand now", "…are we at on rip and replace", "…is rip and replace
# at"): no place asked
_STANDING_AFTER_WHERE = (
    r"(?:\s+(?:(?:do|does|did|is|are|things)\s+)?(?:[\w&'-]+\s+){0,4}?(?:stand|stands|standing)\b"
    r"|\s+(?:are|r)\s+we\s+(?:at|on|with)\b|(?:'s|s|\s+is|\s+are)\s+(?:[\w&'-]+\s+){1,5}?at\W*$)"
)
WHERE_IT_STANDS_Q = re.compile(rf"\bwhere{_STANDING_AFTER_WHERE}", re.I)

_TYPES = [
    (  # "who do i escalate to", "who should we ping about a deal": a route to someone, not a name in the news
        "contact",
        re.compile(
            r"\b(?:who|whom|where)\s+(?:do|should|can|could|would|must)\s+(?:i|we|they|partners?|resellers?)\s+"
            rf"(?:\w+\s+)?(?:{ROUTE_VERBS})\b"
            # "who do i report that to", "who do i flag it to": a route only as "who … to"
            r"|\bwho(?:m)?\s+(?:do|should|can|could|would|must)\s+(?:i|we|they|partners?|resellers?)\s+"
            r"(?:report|flag)\b[^?.!]{0,60}?\bto\b"
            r"|\b(?:point of contact|who(?:'s| is) (?:the|our|my) (?:[\w-]+ )?(?:contact|poc)|contact for|pocs? for)\b"
            # "who on our team handles export control q's", "who handles rma requests": who takes it, in-house
            r"|\bwho\s+(?:on\s+(?:our|the|my)\s+(?:team|side|end)|here|internally|in[- ]house|"
            r"at\s+our\s+(?:company|end|side))"
            r"\s+(?:\w+\s+)?(?:handles?|owns?|deals?|covers?|manages?|looks|is|takes?|does|answers?|approves?)\b"
            r"|\bwho\s+(?:handles|owns|deals with|covers|manages|answers|approves|looks after|is responsible for)\s+"
            r"(?:[\w'-]+\s+){0,4}?(?:questions|qs|q's|requests|tickets|escalations|approvals|issues|deals|orders|rmas|"
            r"returns|exceptions)\b"
            # "who can answer that", "who signs off on this": whom to take the question to (not "who approved it")
            r"|\bwho\s+(?:(?:can|could|would|should|will)\s+)?(?:answer|answers|help with|helps with|handle|handles|"
            r"sign off on|signs off on|approve|approves|deal with|deals with|take|takes)\s+"
            r"(?:that|this|it|these|those)\b"
            # "who makes the final call", "who signs off on a flagged deal": the one who decides is whom to ask
            r"|\bwho\s+(?:makes|has|gets|takes)\s+the\s+(?:final\s+|last\s+)?(?:call|decision|say|word)\b"
            r"|\bwho\s+(?:decides|signs\s+off|approves)\s+(?:on\s+)?(?:a|an|the|our|this|that)\s+(?:[\w'-]+\s+){0,3}?"
            r"(?:deals?|quotes?|orders?|exceptions?)\b",
            re.I,
        ),
    ),
    (
        "when",
        re.compile(
            r"\b(?:when|whens|when's|what (?:years?|yrs?|date|day|month|time)|which (?:years?|yrs?|date|day|month)|"
            rf"since when|{_BEEN_LONG}|"
            r"how long ago|(?:expiry|expiration|end|start|effective|launch|release|cutoff|cut-off|due) dates?|"
            # "honor selloff: closing month + …": the month of the thing named
            r"(?:closing|signing|launch|release|start|end|effective|due) month|"
            # (not the asker's own: "…before we quote anything to a govt agency? deadline today")
            rf"deadlines?{_OWN_DEADLINE})\b"
            # "section 889 agency ban date?", "the date of the listing": the date asked (not "is it up to date")
            r"|(?<!\bto )\bdates?\s*[?!.]*$|\bthe dates? (?:of|for)\b",
            re.I,
        ),
    ),  # noqa: E501
    (
        "money",
        re.compile(
            # not a manner of selling ("sell them to staff at cost", "below cost", "at a discount")
            r"\b(?:price|prices|priced|msrp|rrp|(?<!\bat )(?<!\bbelow )(?<!\bunder )cost|costs|margin|margins|"
            # what we earn on a deal ("our commission on rip and replace jobs"), not a body ("the commission said")
            r"(?:our|my|partner|reseller|sales|referral|what|much)\s+commissions?|commissions?\s+(?:rate|on|for)\b|"
            rf"(?<!\bat a )discount|fee|fees|revenue|how much(?! of\b)(?!\s+{_SPEC_AMOUNT})|"
            # a company's figures ("huawei r&d spend in 2023?", "net profit last year"; not a "non-profit")
            r"(?<!non-)(?<!non )(?:net\s+)?profits?|net income|earnings|r&d (?:spend(?:ing)?|budget)|"
            # "whats the fine for a fed contractor…": the sum of a fine (not "is it fine to…")
            r"(?:the|a|any)\s+(?:fines?|penalt(?:y|ies))\s+(?:for|on|of|if|when)\b|"
            r"(?:we|i|partners?) (?:pay|paid)|"
            rf"how much of {_MONEY_OF}|"
            r"(?:go|goes|went|sell|sells|sold|retail|retails|retailed) for|"
            # "whats it going for roughly", "selling for about $500": a price, not "going for an ipo"
            r"what(?:'s|s| is| are)?\s+(?:[\w-]+\s+){0,5}?(?:going|selling|retailing) for|"
            # "what does a pura x start at": its lowest price
            r"what(?:'s|s| is| are| does| do| did)?\s+(?:[\w-]+\s+){0,5}?(?:start|starts|starting) (?:at|from)|"
            r"(?:going|selling|retailing) for\s+(?:roughly|about|around|approx\w*|now|today|[$\u20ac\u00a3]|\d)|"
            # "universal service fund size?": the sum
            r"(?:funds?|budgets?|programmes?|programs?|subsid(?:y|ies)|grants?) size|"
            # "whats the total pot congress gave for rip and replace": a sum given, paid or spent
            r"\b(?:total|pot|sum)\b(?!\s+numbers?\b)(?:\s+[\w-]+){0,4}?\s+(?:gave|given|paid|spent|put in)\b|"
            # "whats the total rip and replace funding": the sum of it
            r"\btotal\s+(?:[\w&-]+\s+){0,4}?(?:funding|budget|money|spend|spending|amount)\b|"
            r"(?:how (?:big|large|high|steep)|(?:size|value) of) (?:\w+ ){0,5}?(?:penalty|penalties|fine|fines|funding|"
            r"payment|budget|shortfall|deficit|overrun|pot|"
            # "how big is the universal service fund": a sum of money
            r"funds?|subsid(?:y|ies)|grants?|programmes?|programs?))\b",
            re.I,
        ),
    ),  # noqa: E501
    (
        "number",
        re.compile(
            rf"{ID_ASKED.pattern}|{_TALLY_Q.pattern}|"
            rf"\b(?:how (?:many|long|far|big|large|old|often)|{_TURNAROUND}|percent|percentage|share of|number of|"
            rf"how much of(?! {_MONEY_OF})|how much\s+{_SPEC_AMOUNT}|"
            r"amount of)\b"
            # "what ownership % triggers it": a percentage
            r"|\b(?:what(?:'s|s)?|which|how much)\s+(?:[\w-]+\s+){0,3}?%"
            # "what stake does an owner need", "how big a stake": an ownership share
            r"|\b(?:what(?:'s|s)?|which)\s+(?:the\s+)?(?:size\s+)?(?:ownership\s+)?stake\b"
            r"|\bhow (?:big|large|much) (?:a |of a )?stake\b",
            re.I,
        ),
    ),  # noqa: E501
    (
        "who",
        re.compile(
            # not "who" after a buyer it describes ("…to a customer who isn't a federal contractor"): a relative
            r"\b(?:(?<!\bcustomer )(?<!\bcustomers )(?<!\bclient )(?<!\bclients )(?<!\bbuyer )(?<!\bbuyers )"
            r"(?<!\bcompany )(?<!\bpartner )(?<!\bpartners )(?<!\breseller )(?<!\bresellers )(?<!\bpeople )"
            r"(?<!\banyone )(?<!\bsomeone )whos?|whom|whose|"  # ("whos on it": who's, typed without its apostrophe)
            # the doer by its kind: "which law firm", "which fcc commissioner", "what company"
            rf"(?:which|what) (?:[\w-]+\s+){{0,2}}?{DOER_KINDS})\b"
            # "what's on the covered list": names; not what a document holds ("what's on the pre-quote checklist")
            r"|\bwhat(?:'s|s| is| are) on (?:the |our |my )?(?!(?:[\w-]+\s+){0,2}?[\w-]*"
            r"(?:checklists?|agenda|notes?|forms?|pages?|slides?|decks?|memos?|docs?|roadmaps?|schedules?|timelines?)\b)\w+"
            r"|\b(?:besides|apart from|other than|who else)\b"
            # "whats the name of our channel manager": who holds a role, asked by its holder's name
            rf"|\bnames?\s+of\s+(?:our|my|the|their|[\w-]+'s)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLES}|officer|rep|contact)\b"
            # "name of the company that bought honor": a doer asked by its name
            rf"|\bnames?\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{DOER_KINDS}\s+(?:that|who|which)\b"
            # "name of the buyer group", "the buyer's name": who bought, asked by the buyer's name
            r"|\b(?:names?\s+of\s+the\s+(?:buyers?|purchasers?|acquirers?)|(?:buyer|purchaser|acquirer)(?:'?s)?\s+name)\b",
            re.I,
        ),
    ),  # noqa: E501
    # (not the standing asked: "where does it stand now", "where are we at on rip and replace")
    (
        "where",
        re.compile(rf"\b(?:where(?!{_STANDING_AFTER_WHERE})|which (?:city|state|place|region|market|markets))\b", re.I),
    ),
    ("why", re.compile(r"\b(?:why|reason|how come)\b", re.I)),
    ("said", _SAID_Q),
    ("future", _FUTURE_Q),
]


# "will android apps run on a pura x", "will it work with our mdm": whether something can, not what will happen
_ABLE_Q = re.compile(
    r"^\W*(?:will|would)\s+(?:[\w'’-]+\s+){1,6}?(?P<verb>run|work|install|connect|sync|open|load|play|boot)\b", re.I
)
# a time ahead named: "will it still run android apps next year" asks a forecast
_HORIZON = re.compile(r"\b(?:next|soon|future|ever|still|anymore|(?:19|20)\d\d|in \d+ (?:years?|months?))\b", re.I)


# leave asked to grant a term: "can i give a volume discount", "can we waive the restocking fee"
_MAY_WE_GRANT = re.compile(
    r"\b(?:can|could|may|should)\s+(?:i|we)\s+(?:still\s+|just\s+)?(?:give|offer|grant|apply)\s+"
    r"(?:(?:a|an|the|any|our|them|him|her|it|the\s+cust(?:omer)?)\s+)?(?:[\w%.-]+\s+){0,2}?(?:discounts?|rebates?)\b",
    re.I,
)


def answer_type(question: str) -> str | None:
    """What kind of thing the question asks for. The asking word that comes first decides: "who do
    I escalate to when a customer asks…" wants a name, not a date. Words that only name a topic
    ("price", "other than", "planned") count only when no asking word does, in the list's order. "will android apps
    run on a pura x", with no time ahead named, asks whether it can, told in the present ("…cannot run Android
    apps"), not what will happen."""
    kind = _answer_type(question)
    return None if kind == "future" and _ABLE_Q.match(question) and not _HORIZON.search(question) else kind


# "is it a tax, a fee, or what", "is that a law or just guidance": which kind of thing it is, asked among kinds the
# asker names (not the amount of a tax or fee)
_KIND_CHOICE = re.compile(
    r"\b(?:is|was|are|were)\s+(?:(?:it|that|this|they|those)\s+|the\s+(?:[\w%$.-]+\s+){1,5}?)"
    r"(?:just\s+|really\s+)?(?:a|an)\s+[a-z-]+"
    r"(?:\s*,\s*(?:just\s+)?(?:a|an)\s+[a-z-]+)*\s*,?\s+or\s+(?:just\s+)?(?:(?:a|an)\s+[a-z-]+|what|something\s+else)\b",
    re.I,
)


def _answer_type(question: str) -> str | None:
    original, question = question, _SPELLED_OUT.sub("", question) or question  # "what did the tgl (…) cover"
    if " or " in question and _KIND_CHOICE.search(question):  # (the search only where a choice is written)
        return None
    found = []
    for i, (name, rx) in enumerate(_TYPES):
        # the first match that asks: a "when" inside a clause ("what is it called when…") is a conjunction
        m = next(
            (
                m
                for m in rx.finditer(question)
                if not (m.group(0).lower() == "when" and _when_joins(question, m.start()))
            ),
            None,
        )
        if m:
            found.append((m.start(), i, name, m.group(0)))
    asked = [f for f in found if _ASKING_WORD.match(f[3])]  # "when…", "who…"; not "price", "other than"
    if (m := _EXPLAIN_ASK.search(question)) and not _NEWS_Q.search(question):  # "explain X like im 5. why…"
        asked.append((m.start(), len(_TYPES), "explain", m.group(0)))
    if not found and defined_term(original):  # "what does "covered list" mean in plain english": what it is
        return "define"
    if asked:
        return min(asked)[2]
    if found and asks_leave(question) and {f[2] for f in found} == {"future"}:
        return "leave"  # "we're going to a trade show next month - can we show the mate 80?": leave, for then
    if found and _VERDICT_END.search(question):
        return "leave"  # "volume discount on 30 huawei units ok?": a topic word ("discount"), and leave asked of it
    if found and _MAY_WE_GRANT.search(question):
        return "leave"  # "can i give a volume discount?": whether we may, not how much
    if found:
        return min(found, key=lambda f: f[1])[2]  # only topic words ("price", "planned"): the list's order
    if asks_leave(question):  # "can we sell...?", "is it legal...": a sentence that says what may be done
        return "leave"
    if _EXPLAIN_Q.search(question) and not _NEWS_Q.search(question) and not _STILL_YES_NO.search(question):
        return "explain"
    if _CHECKED.search(question) and _STATED_AMOUNT.search(question):
        return "money"  # "mate 10 pro was $999 unlocked at launch right?": the amount, checked
    return None


# "tl;dr affiliates rule - is it still in force?": how it stands, asked short (its standing, not what it does)
_STILL_YES_NO = re.compile(
    r"\b(?:is|are)\s+(?:it|that|this|they|those|(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+still\b"
    # "tl;dr affiliates rule - still in force or not?"
    r"|\bstill\s+(?:in\s+(?:force|effect|place)|valid|active|current|a\s+thing)\b",
    re.I,
)


# an amount the asker states ("$999", "1,299 euros")
_STATED_AMOUNT = re.compile(r"[$\u20ac\u00a3]\s?\d|\b\d[\d,.]*\s*(?:k\b|dollars|usd|euros?|yuan|bucks)", re.I)


# an acronym's spelling-out the reader added after it ("the tgl (temporary general licence)"): no asking words there
_SPELLED_OUT = re.compile(r"(?<=\w) \((?:[\w&'-]+ ){1,6}?[\w&'-]+\)")
# a message ending by asking a verdict of what it names ("… ok?", "… allowed??")
_VERDICT_END = re.compile(r"\b(?:ok|okay|allowed|permitted|legal|fine)\s*\?*\s*$", re.I)


def _when_joins(question: str, at: int) -> bool:
    """Is the "when" at `at` a conjunction ("what is it called when people rebel", "who do I call when a
    customer asks") rather than the question's asking word ("when did…", "and when was it", "know when
    the ban started")?"""
    before = question[:at].lower()
    if not re.search(r"[a-z0-9]", before) or _OPENS.search(before):
        return False  # it opens the question or a part of it
    if _WHEN_ASKS.match(question, at + 4) or re.match(r"\s*[?!.]*\s*$", question[at + 4 :]):
        return False  # "…, exactly when did it start"; "verizon took huawei off its list when?"
    return not _ASKS_WHEN.search(before)


_OPENS = re.compile(r"(?:^|[,;:?!.(\-\u2013\u2014]|\b(?:and|but|so|or|ok|also|then))\s*$")
_ASKS_WHEN = re.compile(
    r"\b(?:know|tell (?:me|us)|ask(?:s|ed|ing)?|wonder(?:ing)?|idea|remember|remind (?:me|us)|find out|sure|say|"
    r"check|confirm|see|update on|news on|info on|about|re)"
    r"\s+(?:\w+\s+)?$"
)
_WHEN_ASKS = re.compile(
    r"\s+(?:exactly\s+|roughly\s+)?(?:did|does|do|is|was|were|will|would|can|could|has|have|had|are|should|must|'s)\b",
    re.I,
)


# "whats harmonyos 6", "what even is the entity list", "what's section 889": what the thing is. A
# sentence that says so has it as its subject ("Section 889 of the 2019 NDAA bars…") or in
# apposition ("HarmonyOS 6, the next generation of…"), not only as a word in passing.
_DEFINE_Q = re.compile(
    r"^\s*(?:so\s+|ok\s+)?(?:(?:whats|what's|what\s+(?:is|are|was|were|even is|exactly is))\s+"
    r"(?:the\s+|a\s+|an\s+|this\s+)?[\"'“]?(?P<x>[\w&'-]+(?:\s+[\w&'-]+){0,6}?)[\"'”]?"
    r"|what\s+(?:does|do)\s+(?:the\s+)?[\"'“]?(?P<y>[\w&'-]+(?:\s+[\w&'-]+){0,3}?)[\"'”]?\s+"
    r"(?:actually\s+|even\s+)?mean(?:\s+in plain english)?)\s*[?.!]*\s*$",
    re.I,
)
_NOT_DEFINED = frozenset(
    "latest new happening happened up going on deal story status news update updates difference diff point "
    "plan plans date year price cost newest oldest best cheapest biggest first last next most".split()
)


_POINTING = frozenset("it that this they those these".split())


# "got an email mentioning 'operation clean carts', what is that", "operation clean carts - cust got an email, what is
# it": the thing quoted or heading the message is what "that" asks to have defined
_POINTING_DEFINE = re.compile(
    r"(?:[,;.?!]|\s[-\u2013\u2014]+)\s*(?:so\s+|and\s+|but\s+)?(?:what(?:'s|s|\s+is|\s+even\s+is)|wat\s+is|wats)\s+"
    r"(?:that|it|this)"
    r"(?:\s+(?:exactly|even|about|all\s+about|thing|actually|really))*"
    r"(?:\s*,?\s*(?:short|quick|simple)\s+version|\s+pls|\s+please|\s+in\s+plain\s+english)?\s*[?.!]*\s*$",
    re.I,
)
_QUOTED = re.compile(r"(?<!\w)['\"\u201c\u2018]([\w&][\w&' -]{2,40}?)['\"\u201d\u2019](?!\w)")


def pointed_definition(question: str) -> str | None:
    """The thing quoted or heading a message that ends "what is that/it" ("cust thought 'covered list' meant their
    insurance covers it lol. what is it actually"), or None: the rest of the message is only how it came up."""
    return defined_term(question) if _POINTING_DEFINE.search(question) else None


@lru_cache(maxsize=4096)
def defined_term(question: str) -> str | None:
    """The thing a bare "what is X" question asks to have defined, or None."""
    if pointing := _POINTING_DEFINE.search(question):
        before = question[: pointing.start()]
        thing = _QUOTED.search(before) or _HEADING.match(before)
        if thing:
            return defined_term(f"what is {thing.group(1)}")
        dashed = pointing.group(0).lstrip()[0] in "-\u2013\u2014"
        if dashed and re.fullmatch(r"\s*[\w&'.+/-]+(?:\s+[\w&'.+/-]+){0,4}", before):
            return defined_term(f"what is {before.strip()}")  # "covered list - what is it?": the heading is the term
    first = re.split(r"\?|,\s", question, maxsplit=1)[0]  # "what is X? need it for an FAQ"
    # an acronym's spelling-out added after it ("whats the fdpr (foreign direct product rule)") is the term
    spelled = re.search(r"\s*\(([^()]+)\)\s*$", first)
    m = _DEFINE_Q.match(first[: spelled.start()] if spelled else first)
    head, _, referent = first.partition(": ")  # "whats it about: operation clean carts", read against the part before
    if not m and referent and (m := _DEFINE_Q.match(head)):
        if (m.group("x") or m.group("y") or "").split()[0].lower() not in _POINTING:
            return None
        return defined_term(f"what is {referent.strip()}")
    if not m:
        return None
    x = re.split(r"\s+(?:for|in|on|about|under|from|to|with)\s+", m.group("x") or m.group("y"), maxsplit=1)[0]
    x = re.sub(r"\s+(?:all\s+)?about$", "", x, flags=re.I)  # "whats operation clean carts about"
    # "what is the entity list exactly", "…again", "…anyway": how it is asked, not part of the thing
    x = re.sub(r"(?:\s+(?:exactly|again|anyway|actually|really|precisely|even|though|tho))+$", "", x, flags=re.I)
    # "the covered list the fcc keeps", "the entity list that commerce runs": the thing, not the clause about it
    kept = re.split(r"\s+(?:the|that|which|we|they|our)\s+", x, maxsplit=1, flags=re.I)[0]
    x = kept if len(kept.split()) >= 2 else x
    if spelled and len(x.split()) == 1:
        x = spelled.group(1)
    words = x.lower().split()
    # ("harmonyos next": "next" after a name no dictionary holds is part of that name, not "what's next")
    named = {
        w
        for i, w in enumerate(words)
        if i and w == "next" and words[i - 1].isalpha() and not english_word(words[i - 1])
    }
    if len(words) > 4 or words[0] in _sw.STOPWORDS_EN or (set(words) - named) & _NOT_DEFINED or _WH_START.match(x):
        return None
    if "of" in words:  # "the mortality rate of plague", "the capital of France": a fact about Y, not what X is
        return None
    return x


# what someone said, denied or claimed of a thing is no definition of it
_REPORTED = re.compile(
    r"\b(?:said|says|denied|denies|claimed|claims|argued|argues|insisted|insists|stressed|noted|warned|added)\s+that\s+"
    r"(?:the\s+)?$",
    re.I,
)


# what befell the thing, heading the subject instead of it: "The end of the temporary general licence in August 2020
# means…" says what its end means, not what it is
_FATE_OF = re.compile(
    r"\b(?:end|expiry|lapse|start|loss|suspension|extension|revocation|withdrawal|lifting|repeal|scrapping)\s+of\s+"
    r"(?:the\s+|its\s+)?$",
    re.I,
)
_DEFINING = (
    # "Section 889 of the NDAA bars", "the section 889 ban on use applies": the thing heads the subject
    r"(?:\s*[)\"'”])?(?:\s+\([^)]*\))?(?:\s+(?:of\s+(?:the\s+)?)?[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"(?:,\s+(?:the|a|an|its|which|who|formally)\b|"
    # "The Affiliates Rule, published on 30 September 2025, had extended…": what it did, after when it came
    r",\s+(?:published|adopted|issued|passed|signed|released|introduced|announced)\b[^.;]{0,60}?,\s+(?:had\s+|has\s+)?"
    r"(?:extended|required|barred|banned|allowed|let|covered|named|listed|stopped|gave|applied|forbade|prohibited|"
    r"restricted|extends|requires|bars|bans|allows|covers|applies)\b|"
    # not a state it is in: "While the Affiliates Rule is suspended" says nothing of what it is
    r"\s+(?:is|are)\b(?!\s+(?:\w+ly\s+|still\s+|now\s+)?(?:suspended|paused|now|no\s+longer|expected|due|likely|"
    r"set|back|over|gone|not|being|to\s+be|in\s+force|in\s+effect|lifted|revoked|withdrawn|on\s+hold|delayed|"
    r"postponed|under\s+review|pending|stayed|blocked|frozen)\b)|"
    r"\s+(?:means|refers|bars|bans|requires|lets|allows|covers|names|lists|stops|gives|repays|makes|"
    r"runs|uses|applies|extends|forbids|prohibits|restricts|"
    # what it did, asked in the past ("what was the temporary general license": "…licence allowed support for…")
    r"allowed|barred|banned|required|covered|gave|extended|forbade|prohibited|restricted)\b|"
    # "its Covered List of communications equipment and services judged to pose an unacceptable risk"
    r"\s+of\s+(?:[\w-]+\s+){1,6}?(?:judged|deemed|considered|seen as|posing)\b)"
)


# "secure equipment act tl;dr", "the fdpr explained", "what does 889 mean for us": what the thing
# says or does. Its dated event ("On 11 November 2021 Biden signed the act") is not that.
# "tl;dr what's the latest" asks for news instead (`_NEWS_Q`).
_EXPLAIN_Q = re.compile(
    r"\b(?:tl;?dr|tldr|explain|explained|in plain english|like i'?m 5|eli5|in a nutshell|gist|"
    r"(?:short|quick|simple|plain|brief) (?:version|summary|explanation|answer)|one-liner|non-technical|"
    r"in (?:simple|plain|layman'?s) terms|summar(?:y|i[sz]e)|"
    r"what (?:does|did|do) (?:it|that|this|(?:the )?[\w-]+(?: [\w-]+){0,4}) (?:actually |really |even |exactly )?"
    r"(?:mean|say|cover|block|ban|bar|forbid|prohibit|restrict|require|allow|affect|apply to|change)|"
    # (not "what did the fcc do": an event)
    r"what (?:does|do) (?:it|that|this|(?:the )?[\w()-]+(?: [\w()-]+){0,4}) (?:actually |really |even |exactly )?do|"
    r"what (?:it|that) means)\b",
    re.I,
)
_ASKING_WORD = re.compile(r"(?:when|what|which|whos?|whom|whose|where|why|how|since when)\b", re.I)
# Asking outright for an explanation competes with "why", "when"… by where it stands; "tl;dr" only
# asks for it short, and yields to any other kind ("tl;dr when did the tgl end").
_EXPLAIN_ASK = re.compile(r"\b(?:explain|explained|in plain english|like i'?m 5|eli5)\b", re.I)
_NEWS_Q = re.compile(r"\b(?:latest|what'?s new|whats new|anything new|news|updates?|status|what happened)\b", re.I)


MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"  # noqa: E501
# a month beside an ordinal: "nov 3rd", "3rd of november" is a day (expand_shorthand keeps it)
_MONTH_NEAR = re.compile(rf"\b{MONTHS}\.?\s+$|^\s+(?:of\s+)?{MONTHS}\b", re.I)
# What may, must or may not be done ("may" in lower case: "15 May 2020" is a date).
_RULE = (
    r"do not|don't|never|must|(?-i:may not|may)|cannot|can't|can no longer|could not|not allowed|barred|bars|bar|"
    r"banned|bans|prohibit\w*|forbid\w*|permitted|needs? a (?:US )?licence|without a (?:US )?licence"
)
_NUMBER_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens?|hundreds?|thousands?|millions?)"
)
# a count, in figures ("5½ sacks") or words; a year is no count ("agreed in October 2025 to screen listings" counts no
# listings)
_COUNT = rf"(?:(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.½¼¾]*|{_NUMBER_WORDS})"
# a plural after a number ("1200 jobs", "in 170 countries"): no date. Before saying the corpus does not say when, a
# word that only ends in "s" is no plural ("in 911 as a fiefdom", "in 2004 was", "the 2001 census"); as a scoring
# signal the plain test stays, as the passages ranked with it were
_PLURAL = r"(?-i:[a-z]+s|[A-Z]+S)"
_TRUE_PLURAL = r"(?-i:(?!(?:as|was|has|does|its|yes|unless|whereas|across)\b)[a-z]+(?<![siu])s|[A-Z]+S)"


def _date_pattern(plural: str) -> str:
    """A year ("in 1072", "in 800", not "1200 jobs" or "in 170 countries"), a month, a century, a weekday, a time of
    day (a name after it is no plural counted, "in 1965 Edmonds defined"; "since 2020 US export rules" stays no date,
    as "US" reads like one: that date would be of the rules, not of what was asked)."""
    return (
        rf"(?:\b(?:1\d\d\d|20\d\d)(?!\s+{plural}\b)|"
        rf"\b(?:in|from|by|since|until|between|during|around|circa) "
        rf"\d{{3}}(?![\d,.]|\s+{plural}\b|\s*(?:%|percent))|"
        rf"\b(?:{MONTHS}\.?|\d{{1,2}}(?:st|nd|rd|th) century|"
        r"century|centuries|decade|\d+s|\d+ (?:BC|BCE|AD|CE)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b|"
        r"\b\d{1,2}(?::\d\d)? ?(?:a\.m\.|p\.m\.|(?:am|pm)\b))"
    )


# a time told from now or from another event: "about 3.5 billion years ago", "one day after…", "the day after their
# broadcast", "during the Roman Empire", "at the beginning of each session", "within the last 5–10 million years"
# (before saying the corpus does not say when; as a scoring signal it would favour any "years ago")
_DATE_LENIENT = re.compile(_date_pattern(_TRUE_PLURAL), re.I)
_TIME_TOLD_OTHERWISE = re.compile(
    r"\b\d[\d.,]*(?:\s*[-\u2013]\s*\d[\d.,]*)?\s+(?:(?:thousand|million|billion)\s+)?years?\s+ago\b|"
    rf"\b(?:{_NUMBER_WORDS}|a|an|the|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b|"
    r"\bduring\s+the\s+(?-i:[A-Z])|\bat\s+the\s+(?:beginning|start|end|close)\s+of\b|"
    r"\b(?:within|in|over)\s+the\s+(?:last|past)\s+(?:\d[\d.,]*(?:\s*[-\u2013]\s*\d+)?\s+)?"
    r"(?:(?:thousand|million|billion)\s+)?(?:years?|decades?|centur(?:y|ies))\b",
    re.I,
)
_HAS = {
    "when": re.compile(_date_pattern(_PLURAL), re.I),
    "money": re.compile(
        r"[$€£¥₹]\s?\d|\d\s?(?:%|percent\b|per cent\b|dollars?\b|euros?\b|cents?\b|million\b|billion\b|bn\b|m\b|"
        r"yuan\b|rmb\b|renminbi\b|yen\b|pounds?\b|rupees?\b|won\b|francs?\b|pesos?\b|marks?\b|shillings?\b)",
        re.I,
    ),
    "number": re.compile(
        r"(?:[$€£¥]\s?\d|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        # ("more than fifteen working days": a count written out)
        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|sixty|seventy|eighty|ninety|"
        r"twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|percent|half|quarter|third|majority)\b)",
        re.I,
    ),
    "who": re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w&'-]+"),
    "where": re.compile(r"(?<!^)\b(?:in|at|from|near|to) (?:the )?[A-Z][\w-]+"),
    "future": re.compile(
        r"\b(?:will|would|plans?|planned|expects?|expected|scheduled|set to|due to (?:take effect|start|end)|"
        r"(?:is|are) to|vote (?:on|in)|proposed|proposes|draft|forecasts?|by (?:the end of )?20\d\d)\b",
        re.I,
    ),
    # what a rule, report or programme says or does: a finding, a duty, a ban, what it covers
    "explain": re.compile(
        # not a rule's name as a noun: "The section 889(a)(1)(B) prohibition … took effect on 13 August 2020" dates it
        rf"\b(?!prohibitions?\b)(?:{_RULE}|requires?|required|means|meant|covers?|"
        # "covered" as a verb, not the adjective of "covered equipment" or the "Covered List"
        r"covered(?!\s+(?:[\w-]+\s+)?(?:equipment|list|services?|compan(?:y|ies)|parts?|devices?|gear|products?)\b)|"
        r"applies|apply|allows?|allowed|lets|gives?|"
        r"concluded|found|urged|recommended|warned|would no longer|no longer|refers? to|defines?)\b",
        re.I,
    ),
    # a rule: what may, must or may not be done
    "leave": re.compile(rf"\b(?:{_RULE}|are allowed|is allowed|still (?:cannot|may|can))\b", re.I),
    # a route: an office, desk, team or channel, a form or an address to send it to
    "contact": re.compile(
        r"(?:#[\w-]+|@[\w.-]+|\b(?:office|desk|team|channel manager|account manager|manager|intake form|form|"
        r"email|hotline|ticket|go to|goes to|go through|send (?:\w+ ){0,4}?to|contact|escalate|escalation|"
        # the step that files it: "open a Huawei warranty claim"
        r"open (?:a|an) (?:[\w-]+ ){0,3}?(?:claim|case|ticket|request))\b)",
        re.I,
    ),
    "why": re.compile(
        # "since", "after", "following" give a reason, not a time, when no date follows ("since 2020")
        rf"\b(?:(?:since|after|(?<!the\s)following(?!\s+(?:years?|months?|weeks?|days?)\b))(?!-)(?!\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:\d|{MONTHS}\b|then\b|that\b|(?:the|its|their|this|a)\s+\w+(?:\s*[,.;]|\s+(?:and|or|would|was|were)\b)))|"
        # "due to start shipping" is a plan, not a cause
        r"because|due to(?!\s+(?:start|begin|be|launch|ship|arrive|go|open|close|end|expire|run|take|come|reach)\b)|"
        # ("over the following year" is a time)
        r"so that|over(?!\s+(?:the\s+|a\s+)?(?:(?:following|next|past|last|coming|previous|\d+|two|three|few)\s+)*"
        r"(?:years?|months?|weeks?|days?|decades?|quarters?|period|time)\b)|"
        r"concerns?|concerned|reasons?|as a result|followed|"
        # the harm something would do, the reason given against it: "…said the rule would have held back US innovation"
        r"would (?:have )?(?:held back|hold back|hurt|harmed|harm|damaged|damage|stifled|stifle|hampered|hamper|"
        r"undermined|undermine|weakened|weaken)|"
        r"as part of (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:agreement|deal|settlement|truce|package|response)|"
        r"led (?:\w+ )*?to|prompted|in response|amid|citing|cited|point(?:ed|s|ing) to|"
        r"to (?:protect|avoid|prevent|comply|give)|"
        # (a security product or fix is no cause: "the Google Play Protect security service", "security updates")
        r"worr(?:y|ies|ied)|fears?|feared|risks?|threats?|pressure|"
        # (nor an area of use: "…keep it out of public safety and national security uses")
        r"security(?!\s+(?:service|services|updates?|patch(?:es)?|research|vulnerabilit(?:y|ies)|features?|software|"
        r"uses?|purposes?|settings?)\b))\b",
        re.I,
    ),
}


def speaker(question: str) -> tuple[str, ...]:
    """The words naming whose words a "what did X say / think" question asks for ("elon", "musk",
    "O'Brien"; a possessive "'s" dropped), without English words ("the fcc" → "fcc"); empty when it
    names no one."""
    m = _SAID_Q.search(question)
    who = (m.group("who") or m.group("who2") or "") if m else ""
    words = (re.sub(r"['\u2019]s$", "", w).strip("'\u2019-") for w in re.findall(r"[\w&'\u2019-]+", who))
    return tuple(w for w in words if w and w.lower() not in ENGLISH_WORDS)


# a post named short ("huawei's consumer ceo"): a passage may spell it out ("chief executive of Huawei's consumer
# business group"), and the sentence quoting them names the person, not the post ("Richard Yu called…")
_TITLES_SPELLED = {
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "cto": "chief technology officer",
    "coo": "chief operating officer",
    "cio": "chief information officer",
    "vp": "vice president",
}


def is_title_short(word: str) -> bool:
    """Is the word a post named short ("ceo", "cfo")?"""
    return word.lower() in _TITLES_SPELLED


def names_speaker(word: str, text: str) -> bool:
    """Does the text name the speaker's word, or spell out the post it shortens?"""
    spelled = _TITLES_SPELLED.get(word.lower())
    alt = "|" + spelled.replace(" ", r"\s+") if spelled else ""
    return re.search(rf"\b(?:{re.escape(word)}{alt})\b", text, re.I) is not None


_PERSON = r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})"


@lru_cache(maxsize=1024)  # (asked of every candidate sentence's document: a document's holders found once)
def post_holders(word: str, text: str) -> frozenset[str]:
    """The names of those the text gives the post a short word names ("Richard Yu, chief executive of…", "founder and
    CEO Ren Zhengfei": {"Richard", "Yu", "Ren", "Zhengfei"}); empty for a word that names no post."""
    spelled = _TITLES_SPELLED.get(word.lower())
    if not spelled:
        return frozenset()
    spelled = r"\s+".join(spelled.split())
    post = rf"(?i:{re.escape(word)}|{spelled})\b"
    found = re.findall(rf"{_PERSON},?\s+(?:the\s+)?{post}|\b{post}\s+{_PERSON}", text)
    return frozenset(w for pair in found for name in pair for w in name.split())


def speaker_names(question: str) -> tuple[str, ...]:
    """The words of the speaker that are names, not English words ("ren", "zhengfei"; not "Luther's
    opponents"): a passage that quotes them names them."""
    return tuple(w for w in speaker(question) if len(w) > 1 and not english_word(w, modern=False))


def speaks(sentence: str) -> bool:
    """Does the sentence report what someone said (said, told, warned, denied…)?"""
    return bool(_SAID.search(sentence))


# "When did the licence run out": the date it ended, not the date it was issued. (The same for a start
# — "kick in", "take effect" — cost squad-half: "first premiering in 1973" starts without saying so.)
# Words of an end, in a question and in the sentence that dates it; whole words ("high-end" is no end).
_ENDS = (
    r"end|ends|ended|stops|stopped|expire[sd]?|expiring|expiry|expiration|lapsed?|lapses|lapsing|ran out|revoked|"
    r"rescinded|"
    r"repealed|scrapped|cancell?ed|terminated|lifted"
)
# not "end up" ("when did huawei end up on the entity list" asks when it got there)
_END_Q = re.compile(
    # "…and til when": until when, the date it ends
    rf"(?<![\w-])(?:{_ENDS}|runs? out|running out|stop|sunset|lose|lost|(?:til|till|until)\s+when)(?![\w-])(?!\s+up\b)"
    # (nor "end in 4th place", "ended second": where it finished)
    r"(?!\s+(?:(?:in|at)\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last)\b)",
    re.I,
)
# …and in the sentence that dates it: not "ended up in Huawei's chip" (where a thing went); "has not supplied Huawei
# since mid-September 2020" dates an end by what has not happened since
_END = re.compile(
    rf"(?<![\w-])(?:{_ENDS}|ending|no longer|until|suspended|withdrawn|cut off|cancell?ation|termination|repeal|"
    r"to an? (?:end|stop|halt))(?![\w-])(?!\s+up\b)"
    r"|\b(?:has|have|had)(?:\s+not|n't)\s+(?:\w+\s+){1,4}?since\b",
    re.I,
)
_EXTENDED = re.compile(r"\bextend(?:s|ed|ing)?\b|\bextension\b", re.I)
_UNTIL_ASKED = re.compile(r"\b(?:until|till|til)\b", re.I)
_EXTENSION_ASKED = re.compile(r"\b(?:extension|extended|renewal|renewed|period|term)\b", re.I)


def _ends_something(sentence: str, question: str) -> bool:
    """Does the sentence tell of an end? "extended … until 16 February 2020" gives a new term, not the end asked ("when
    did the tgl stop"), unless the question asks how long it ran ("until when was it extended") or of that extension
    ("when did the november 2019 extension expire", "the third 90-day period")."""
    if _UNTIL_ASKED.search(question) or _EXTENSION_ASKED.search(question):
        return bool(_END.search(sentence))
    return any(
        m.group(0).lower() != "until" or not _EXTENDED.search(re.split(r"[;:]", sentence[: m.start()])[-1])
        for m in _END.finditer(sentence)
    )


# "when do i escalate", "when should we open a ticket": the case in which to do it, which a condition gives
_STEP_WHEN_Q = re.compile(r"\bwhen (?:do|should|can|must|would) (?:i|we|you|partners?|resellers?|reps?)\b", re.I)
_CONDITION = re.compile(r"\b(?:when|once|if|as soon as|whenever|after)\s+(?:a|an|the|it|they|any|you|we|its?)\b", re.I)
# "what ownership %", "what stake": a share, which a year or a count is not
_PERCENT_Q = re.compile(r"%|\b(?:percent|percentage|per cent|stake)\b", re.I)
# a share asked outright ("whats the e-rate discount %", "what percent"), not one the question states ("cost +3%?")
_PERCENT_ASKED = re.compile(
    r"\b(?:what(?:'s|s)?|which|how much)\s+(?:[\w-]+\s+){0,4}?(?:%|percent(?:age)?\b|per cent\b)", re.I
)


def percent_asked(question: str) -> bool:
    """Does the question ask for a share outright ("whats the e-rate discount %", "what percentage…")?"""
    return bool(_PERCENT_ASKED.search(question))


# what a rule or programme reaches, asked ("what did the tgl cover", "what does the affiliates rule apply to")
_SCOPE_Q = re.compile(
    r"\bwhat\s+(?:does|did|do)\s+(?:[\w()'-]+\s+){1,6}?(?:actually\s+|really\s+|even\s+|exactly\s+)?"
    r"(?:cover|apply\s+to|include|reach|extend\s+to)\b",
    re.I,
)
# a sentence that says what it reaches: what it allows, bars or covers, what it includes or applies to
_SCOPE = re.compile(
    rf"\b(?:{_RULE}|covers?|covering|applies|apply|applied|allows?|allowed|lets|includ(?:e|es|ed|ing)|such as|"
    # what it gives, not what it was meant to give ("E-Rate … gives US schools … discounts")
    r"(?<!meant to\s)(?:gives?|provides?|pays? for)|"
    r"under which|extends?|extended|reach(?:es|ed)?|meaning|limits?|limited|restricts?|restricted|"
    r"covered(?!\s+(?:[\w-]+\s+)?(?:equipment|list|services?|compan(?:y|ies)|parts?|devices?|gear|products?)\b))\b",
    re.I,
)
_PERCENTS = re.compile(r"\d[\d,.]*\s?(?:%|percent\b|per cent\b)", re.I)  # "40 percent", "10%"
_PERCENT = re.compile(
    rf"{_PERCENTS.pattern}|\b(?:half|a third|two[- ]thirds|a quarter|three[- ]quarters|a fifth|a tenth|majority)\b"
    r"|\bone\s+in\s+(?:three|four|five|ten)\b",
    re.I,
)
# "how much did it end up costing": the amount it came to in the end (also compose's choice of the final figure)
FINAL_ASKED = re.compile(
    r"\b(?:end(?:s|ed)? up|eventually|finally|ultimately|in the end|in total|all told|altogether)\b", re.I
)
# "what was tsmc actually fined", "…end up paying": the amount that came to pass, which a figure something could, may
# or might come to is not
_OUTCOME_Q = re.compile(rf"{FINAL_ASKED.pattern}|\b(?:actually|really)\b", re.I)
_HEDGED = re.compile(
    r"\b(?:could|may|might|would|potential(?:ly)?|up to|as much as)\b(?:\s+[\w-]+){0,3}?\s+(?:of\s+)?[$€£¥]?\s?"
    r"\d[\d,.]*(?:\s*(?:billion|million|bn|yuan|dollars|euros|percent|%))?",
    re.I,
)
# the sum of a fine: "could be fined $1 billion or more", "a penalty of $1.4 billion", "a $1 billion fine"
_FINE_SUM = re.compile(
    r"\b(?:fined|fines?|penalt(?:y|ies))\b(?:\s+[\w-]+){0,4}?\s+[$€£]?\d[\d,.]*(?:\s+(?:million|billion|yuan|dollars))?"
    r"|[$€£]\d[\d,.]*(?:\s+(?:million|billion))?\s+(?:fine|penalty)\b",
    re.I,
)
# a product named by a model number ("ascend 910b", "mate 10 pro"), whose price a sum of a fine is not
_MODEL_LIKE = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d+[a-z]+\b|\b[a-z]{3,}\s+\d{1,4}[a-z]{0,2}\b(?!\s*(?:%|percent))", re.I
)
# one item of goods, whose price is a price per unit: "price per unit", "…per phone"
_PER_ITEM = re.compile(
    r"(?:units?|pieces?|items?|phones?|handsets?|devices?|laptops?|tablets?|servers?|chips?|cards?|licen[cs]es?|seats?)$",
    re.I,
)
# a rate asked: "…pay per cell site" (not "percent", nor "per year" of a yearly figure said any way, nor "per the fcc")
_PER_Q = re.compile(
    r"\bper\s+(?!(?:cent|year|yr|annum|month|quarter|week|day|hour|the|a|an|our|their|its|his|her|my|your)\b)"
    r"([a-z][\w-]+)",
    re.I,
)
# a price asked, which a percentage is not (unless a share, a margin or a change is asked: "what discount", "how much
# did revenue grow")
_PRICE_Q = re.compile(r"\b(?:prices?|priced|pricing|costs?|msrp|fees?|go(?:es)? for|sells? for|retails? for)\b", re.I)
_SHARE_Q = re.compile(
    r"%|\b(?:percent\w*|margins?|discounts?|mark-?ups?|share|rates?|grow\w*|increase\w*|cuts?|rise|rose|drop\w*|fell|"
    r"fall\w*|change\w*|more|less|higher|lower|cheaper)\b",
    re.I,
)
# a sum given, spent, paid or lacking ("how much did congress add for rip and replace", "…the funding shortfall"),
# which a share is not
_SUM_GIVEN_Q = re.compile(
    r"\b(?:add(?:ed)?|give|gave|given|provided?|put\s+(?:in|into|up)|allocated?|authori[sz]ed?|appropriated?|"
    r"spen[dt]|pa(?:y|id)|fund(?:ed|ing)?|borrow(?:ed)?|grant(?:ed)?|award(?:ed)?|invest(?:ed)?|shortfall|budget|"
    r"top-?up|set\s+aside|earmark(?:ed)?|reserved?|"
    # a sale's price: "how much did huawei sell honor for" (not "ships 70 million units a year")
    r"(?:sell|sells|selling|sold)\s+(?:[\w&'.-]+\s+){0,4}?for|fetch(?:ed|es)?|proceeds|"
    # …and seen from the seller: "how much did they get for it"
    r"(?:get|gets|got|getting|receive[sd]?)\s+(?:[\w&'.-]+\s+){0,3}?for\b|"
    # …and by the one given it, at the clause's end: "how much extra did rip and replace get"
    r"(?:get|got|receive[sd]?)(?=\s*(?:$|[?.!,;]|\s+(?:in\s+the\s+end|in\s+total|overall|altogether)\b))|"
    # ("rip and replace - how much money total": a sum, which "70 percent of…" is not)
    r"extra|additional|money|cash|total)\b",
    re.I,
)
_PRICE_WORDS = re.compile(r"\b(?:prices?|priced|pricing|costs?|floor|margins?|discounts?|mark-?ups?)\b", re.I)
# a price asked in the home market, which a price in another currency, converted or not, is not
_HOME = r"(?:in (?:the )?(?:us|u\.s\.|usa|states)|in america|stateside|here)"
_HOME_PRICE_Q = re.compile(
    r"\b(?:us|u\.s\.|usa|american|stateside)\s+(?:retail\s+|launch\s+|list\s+|street\s+)?(?:price|msrp|cost)\b|"
    rf"\b(?:price|msrp|costs?|go(?:es)? for|sells? for|much)\b(?:\s+[^\s,;?]+){{0,6}}?\s+{_HOME}\b|"
    rf"\b{_HOME}(?:\s+[^\s,;?]+){{0,3}}?\s+(?:price|msrp|cost)",
    re.I,
)
# "how much is the pura x in euros", "price in usd": the currency asked, and how a sentence states a sum in it (dollars
# first: the others are foreign prices)
_CURRENCIES = (  # (its name in a reply, how a question asks it, how a sentence states a sum in it)
    ("dollars", r"(?:us\s+)?dollars?|usd|\$|bucks", r"\$\s?\d|\d\s?(?:dollars?|usd)\b|\bUSD\s?\d"),
    ("euros", r"euros?|eur|\u20ac", r"\u20ac\s?\d|\d\s?(?:euros?|eur)\b|\bEUR\s?\d"),
    ("yuan", r"yuan|rmb|renminbi|cny", r"\u00a5\s?\d|\d\s?(?:yuan|rmb|renminbi|cny)\b"),
    ("pounds", r"pounds?|gbp|quid|\u00a3", r"\u00a3\s?\d|\d\s?(?:pounds?|gbp)\b"),
    ("yen", r"yen|jpy", r"\d\s?(?:yen|jpy)\b"),
)
_IN_CURRENCY = [
    (name, re.compile(rf"\b(?:in|into|to)\s+(?:{asked})(?!\w)", re.I), re.compile(stated, re.I))
    for name, asked, stated in _CURRENCIES
]


def asks_in_currency(question: str) -> bool:
    """Does the question ask a sum in a currency ("… in euros", "in usd?")?"""
    return any(q.search(question) for _, q, _ in _IN_CURRENCY)


def currency_asked(question: str) -> str | None:
    """The currency a sum is asked in ("price in usd": "dollars"), or None."""
    return next((name for name, q, _ in _IN_CURRENCY if q.search(question)), None)


def currency_missing(question: str, sentence: str, edition: bool = False) -> bool:
    """Does the question ask a sum in a currency ("… in euros") that the sentence states no sum in (with `edition`,
    for the edition asked, where it prices two)?"""
    sentence = _clause_of_edition(question, sentence) if edition else sentence
    return any(q.search(question) and not st.search(sentence) for _, q, st in _IN_CURRENCY)


_EDITION_ASKED = re.compile(rf"\b([a-z]{{4,}})\s+({_EDITION_WORD})\b")
_EDITION_WORDS = re.compile(rf"\b{_EDITION_WORD}\b")
# where a sentence turns from one thing to another: "…, while…", "…, whereas…", "…; …"
_CLAUSE_TURN = re.compile(r",\s+(?:while|whereas|but)\s+|;\s+")


def _clause_of_edition(question: str, sentence: str) -> str:
    """The clauses of a sentence that prices two editions ("The MateBook Fold … costs 23,999 yuan (about $3,328),
    while the MateBook Pro … starts at 7,999 yuan") naming the edition asked ("matebook pro price in usd"); the whole
    sentence when it names it in every clause or in none."""
    # (one edition asked: "matebook pro vs fold in usd", "and the fold?" after the Pro's price, ask of both)
    words = set(_EDITION_WORDS.findall(question.lower()))
    m = _EDITION_ASKED.search(question.lower()) if len(words) == 1 else None
    clauses = _CLAUSE_TURN.split(sentence) if m else []
    if len(clauses) < 2:
        return sentence
    named = re.compile(rf"\b{re.escape(m.group(1))}\s+{m.group(2)}\b", re.I)
    mine = [c for c in clauses if named.search(c)]
    return " ".join(mine) if 0 < len(mine) < len(clauses) else sentence


_FOREIGN_PRICE = re.compile("|".join(stated for _, _, stated in _CURRENCIES[1:]), re.I)  # a sum in any but dollars
# "what's the deadline for rip and replace": a date something is due by, until or within (or the day a rule takes
# effect), not any date the sentence gives ("The FCC's report to Congress of 30 December 2024 said…")
# (the asker's own deadline, "deadline today", asks nothing)
# (not a "cutoff date", which may be what qualifies as well as a date due: "whats the cutoff date for the gear it
# covers" is answered by "…equipment bought on or before 30 June 2020")
_DEADLINE_Q = re.compile(
    rf"\b(?:deadlines?|due dates?)\b(?!\s+extensions?){_OWN_DEADLINE}"
    # "when do carriers have to finish by", "by when must they file": a date by which it must be done
    # (in a thread, the earlier question follows a colon)
    r"|\bby\s+when\b|\b(?:have|has|had|need|needs|must|got)\s+(?:to\s+)?(?:[\w-]+\s+){1,4}?"
    r"(?<!abide )(?<!go )(?<!stand )(?<!drop )(?<!stop )(?<!come )(?<!pass )(?<!swing )by\s*(?:[?!.]|:|$)"
    # "when do carriers have to be done", "when must they finish": a date it must be done by
    r"|\bwhen\s+(?:(?:do|does|will)\s+(?:[\w-]+\s+){1,3}?(?:have|has|need|needs)\s+to|must\s+(?:[\w-]+\s+){1,3}?)\s*"
    r"(?:be\s+(?:done|finished|completed?)|finish|complete|wrap\s+up)\b",
    re.I,
)
_DEADLINE = re.compile(
    # (not what qualifies by when it was had: "covers Huawei and ZTE equipment bought on or before 30 June 2020")
    r"\b(?:deadlines?|due|until|till|no later than|within|"
    r"(?<!bought )(?<!purchased )(?<!installed )(?<!acquired )(?<!deployed )on or (?:before|after)|"
    r"t(?:ake|akes|ook|aken) effect|"
    r"effective|in force)\b"
    # "…gained independence by 1960", "…by March 2026": the time by which it was or must be done (not a sentence's
    # opening "By December 2024 the FCC had granted…", which says how things stood then)
    rf"|(?<=\w\s)by\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}\s+)?(?:{MONTH}\s+)?"
    r"(?:(?:1\d|20)\d\d\b(?!\s*(?:[%$]|billion|million|thousand|units|yuan|dollars|euros|percent))|\d+\s*(?:ce|bce|bc|ad)\b)",
    re.I,
)
# "when does it kick in", "is it in force yet": the date a rule starts to apply, not when it was announced or adopted
# asked outright for the date something has applied from ("since when?", "how long has that been the rule")
_SINCE_WHEN = re.compile(rf"\bsince when\b|\bhow long (?:has|have|had)\b|{_BEEN_LONG}", re.I)
_START_Q = re.compile(
    r"\b(?:kick(?:s|ed)? in|(?:take|takes|took|taken|go|goes|went|come|comes|came) (?:into )?(?:effect|force)|"
    r"in (?:effect|force)|effective|start(?:s|ed)? (?:to )?apply(?:ing)?|(?:became|become|becomes) binding)\b"
    rf"|{_SINCE_WHEN.pattern}",
    re.I,
)
_STARTS = re.compile(
    r"\b(?:(?:take|takes|took|taken|taking|came|come|comes|went|go|goes|entered|enters) (?:into )?(?:effect|force)|"
    r"in (?:effect|force)|effective|(?:has |have |had )?appl(?:y|ies|ied) (?:since|from)|kick(?:s|ed)? in|"
    r"(?:begins|began|starts|started|starting) (?:on|from)|on or after|"
    rf"(?:since|from) (?:\d{{1,2}} |(?:early|mid|late)-?\s?)?{MONTHS}\b|"  # "since mid-September 2020"
    rf"after (?:the )?(?:\d{{1,2}} )?{MONTHS} (?:19|20)\d\d\b)",  # "After the May 2019 suspension, future phones…"
    re.I,
)


def asks_end(question: str) -> bool:
    """Does a "when" question ask the date of an end ("when does the pause end", "when did it run out")?"""
    return bool(_END_Q.search(question))


def asks_start(question: str) -> bool:
    """Does a "when" question ask the date a rule applies from ("when does it kick in", "is it in force yet"),
    rather than the date it was adopted or announced (and not the date of an end)?"""
    return bool(_START_Q.search(question) or _RULE_START_Q.search(question)) and not _END_Q.search(question)


# "when did the 889 contractor ban start": a rule's start is the day it applied from (not a day a text about it came
# out); only of a rule (a show or a war "started" on the day it did)
_RULE_START_Q = re.compile(
    r"\bwhen\b[^?]*\b(?:bans?|rules?|laws?|orders?|acts?|requirements?|prohibitions?|restrictions?|licen[cs]es?)\b"
    r"[^?]*\b(?:start|started|starts|begin|began|begins)\b",
    re.I,
)


# "is the affiliates rule still in effect or was it paused", "889 part b — in force yet?", "tgl still a thing": the
# present standing of a rule, which a sentence saying it took effect, was suspended or ended answers
_STANDING_STATE = (
    r"in (?:effect|force)|active|valid|live|enforced|a thing|around|paused|suspended|on (?:hold|pause)|dead|gone|"
    r"expired|lapsed|"
    r"scrapped|repealed|rescinded|reversed|revoked|lifted"
)
_STANDING_Q = re.compile(
    rf"\b(?:is|are|was|were)\b(?:\s+[\w&'%.-]+){{0,7}}?\s+(?:still\s+|now\s+|yet\s+)?(?:{_STANDING_STATE})\b"
    r"[^?]*?(?:\b(?:still|yet|now|today|rn|currently|anymore|any more|or)\b|$)"
    rf"|\bstill\s+(?:{_STANDING_STATE})\b|\b(?:{_STANDING_STATE})\s+(?:yet|now|still|today|rn|anymore)\b"
    r"|\bstill\s+on(?=\s*(?:[?:.!]|$))",  # "is it still on": not "still on the list"
    re.I,
)
# a deed only announced or foreseen ("said it would pause", "plans to", "proposed"): no standing yet
_FORESEEN = re.compile(r"\b(?:would|will|plans?\s+to|planned|proposed|proposes|expected\s+to)\b", re.I)
_STANDS = re.compile(rf"(?<![\w-])(?:{_ENDS}|suspended|paused|withdrawn|remains?|no longer)(?![\w-])", re.I)


# "did verizon ever end up selling it", "did at&t actually sell the mate 10 pro": whether something came to pass
_CAME_TO_PASS_Q = re.compile(
    r"^\W*(?:so\s+)?(?:did|has|have|had)\s+(?:[\w&'.-]+\s+){1,4}?(?:ever|actually|really|end(?:ed)?\s+up|finally|"
    r"eventually|in\s+the\s+end)\b",
    re.I,
)


def asks_came_to_pass(question: str) -> bool:
    """Does the question ask whether something came to pass ("did verizon ever end up selling the mate 10 pro")? An
    elliptical part read against the one before ("verizon: did at&t end up selling it") asks what that one asks."""
    return any(_CAME_TO_PASS_Q.search(side) for side in question.split(": ", 1))


def foresees(sentence: str) -> bool:
    """Does the sentence only tell what someone would or planned to do ("…would announce deals to sell it"), not
    that plans were dropped ("Verizon had dropped all plans to sell Huawei phones")?"""
    return any(
        not _PLANS_DROPPED.search(sentence, 0, m.start()) and not _STANCE.match(sentence, m.end())
        for m in _FORESEEN.finditer(sentence)
    )


_STANCE = re.compile(r"\s+not\s+recommend", re.I)  # "…said they would not recommend them": a stance, not a plan

_PLANS_DROPPED = re.compile(
    r"\b(?:dropped|drops|abandoned|scrapped|shelved|cancell?ed|ended|gave\s+up)\s+(?:all\s+|its\s+|their\s+|the\s+)?$",
    re.I,
)


def asks_standing(question: str) -> bool:
    """Does the question ask whether a rule stands now ("is the affiliates rule still in effect or was it paused")?"""
    return bool(_STANDING_Q.search(question)) and not re.match(r"\W*(?:when|why|how|who|what)\b", question, re.I)


def says_standing(sentence: str) -> bool:
    """Does the sentence say a rule's standing as a fact: that it took effect, was suspended, ended or still holds (not
    that someone said it would)?"""
    return (says_start(sentence) or bool(_STANDS.search(sentence))) and not _FORESEEN.search(sentence)


# "which carriers qualify for rip and replace", "are they still eligible", "can a wisp even apply", "is there a size
# limit": who a programme is for, which a sentence stating its condition answers
_ELIGIBILITY_Q = re.compile(
    r"\b(?:qualif(?:y|ies|ied)|eligib(?:le|ility)|size\s+limit|"
    r"(?:can|could)\s+(?:[\w-]+\s+){1,2}?(?:even\s+)?apply(?!\s+(?:the|a|an|it|this|that|these|those|them|our)\b)|"
    r"(?:who|what\s+\w+)\s+(?:can|could)\s+(?:apply|get\s+(?:it|the\s+money|funding|reimbursed)))\b",
    re.I,
)
# "designed for carriers with 10 million or fewer customers", "only … that", "limited to", "eligible"
_CONDITION_STATED = re.compile(
    r"\b(?:designed\s+for|intended\s+for|eligib(?:le|ility)|qualif(?:y|ies|ied)|limited\s+to|only\s+(?:for|to)|"
    r"or\s+(?:fewer|less|more)|at\s+least|no\s+more\s+than|fewer\s+than|must\s+(?:have|be))\b",
    re.I,
)


def asks_eligibility(question: str) -> bool:
    """Does the question ask who may take part in something ("which carriers qualify for rip and replace"), or whether
    a case sized by a count may ("can a carrier with 15 million subscribers get rip and replace money")?"""
    return bool(_ELIGIBILITY_Q.search(question)) or sized_case(question)


# a case sized by a count: "a carrier with 15 million subscribers", "tier-2 carrier w/ 15m subs", "…w 12 million subs"
_SIZED_CASE = re.compile(
    r"\b(?:with|w/|w(?=\s+\d))\s+(?:over\s+|about\s+|around\s+|roughly\s+|~)?\d[\d,.]*\s*(?:k|m|mm|million|thousand|billion)?\s+"
    r"(?:\w+\s+)?(?:customers|subscribers|subs|users|employees|staff|lines|locations|stores|seats)\b",
    re.I,
)


def sized_case(question: str) -> bool:
    """Does the question size its case by a count ("a carrier with 15 million subscribers"), to be held against a
    bound the corpus states?"""
    return bool(_SIZED_CASE.search(question)) and bool(_TAKING_PART.search(question))


# what a sized case asks to get or take part in (not "do they have to rip out huawei gear", a duty)
_TAKING_PART = re.compile(r"\b(?:get|gets|getting|qualif\w*|eligib\w*|apply|money|funds?|funding|reimburs\w*)\b", re.I)


def states_condition(sentence: str) -> bool:
    """Does the sentence state who something is for ("designed for carriers with 10 million or fewer customers")?"""
    return bool(_CONDITION_STATED.search(sentence))


def tells_fine_asked(kind: str | None, question: str, sentence: str) -> bool:
    """Does the sentence tell of a fine, when one is asked ("how much did the fcc fine huawei")? True when none is.
    Quoted after "does not say the amount. What it does say", a sentence telling of none reads as about a fine that
    was (an FCC order telling its staff to count Huawei equipment). (The same for a thing counted cost squad-half
    26 hits: "how many picks did aqib talib have" is told as "three interceptions".)"""
    return not (kind == "money" and _PENALTY.search(question)) or bool(_PENALTY.search(sentence))


_ENDED = re.compile(rf"(?<![\w-])(?:{_ENDS})(?![\w-])(?!\s+up\b)", re.I)


def says_ended(sentence: str) -> bool:
    """Does the sentence tell that something ended ("let the … licence expire", "revoked the licences")? Not a term it
    runs until ("extended … until 16 February 2020")."""
    return bool(_ENDED.search(sentence))


# "extended the licence by another 90 days from 19 August 2019": the start of an extension, not of the thing extended
_EXTENDED_BEFORE = re.compile(r"\bextend(?:s|ed|ing)?\b[^.;]{0,60}$", re.I)


def says_start(sentence: str) -> bool:
    """Does the sentence say when something applies from ("took effect on", "since 26 December 2025")? Not a
    day an extension runs from."""
    return any(
        not (m.group(0).lower().startswith("from") and _EXTENDED_BEFORE.search(sentence[: m.start()]))
        for m in _STARTS.finditer(sentence)
    )


# "how long did it stay on sale" asks a span of time ("how long ago" a date, "how long has" a start; "how long
# after the letter did…" the time between two dates; "how long until…" a date)
_HOW_LONG = re.compile(
    r"\bhow long\b(?!\s+(?:ago|after|before|since|until|till)\b)(?!\s+(?:has|have|had)\b)"
    rf"|\b{_TURNAROUND}"
    # "how many working days does a repair take": a span asked in its unit
    r"|\bhow\s+many\s+(?:working\s+|business\s+|calendar\s+)?(?:days|weeks|months|hours)\b(?=.*\b(?:take|takes|last|lasts)\b)",
    re.I,
)
# a span that sets a threshold for something else: "…when a repair has taken more than fifteen working days"
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:when|if|once|after|whenever)\b[^,;.]*\b(?:more than|longer than|over|at least|beyond)\s+$", re.I
)
_SPAN_COUNT = (
    r"(?:\d{1,4}(?:[.,]\d{1,3}){0,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|ninety|several|a few|a couple of|many)"
)
_WHEN = rf"(?:\d|{MONTHS}\b|early|mid|late|the end)"
# a span: a count of a unit of time, a time until which, or one from a date to another
_SPAN = re.compile(
    rf"\b{_SPAN_COUNT}[\s-]+(?:more\s+|full\s+)?(?:working\s+|business\s+|calendar\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?|quarters?|decades?)\b"
    rf"|\b(?:until|till)\b|\b(?:through|up to)\s+(?:the\s+)?(?:(?:19|20)\d\d\b|{MONTHS}\b|early|mid|late|end)"
    rf"|\bfrom\s+(?:the\s+)?{_WHEN}[^.;]{{0,40}}?\b(?:to|until|through)\s+(?:the\s+)?{_WHEN}"
    # "from the declaration of war in 1756 to the signing of the peace treaty in 1763"
    r"|\bfrom\b[^.;]{0,60}?\b(?:1\d|20)\d\d\b[^.;]{0,40}?\b(?:to|until|through)\b[^.;]{0,60}?\b(?:1\d|20)\d\d\b"
    r"|\bbetween\s+(?:1\d|20)\d\d\s+and\s+(?:1\d|20)\d\d\b"
    r"|\b(?:1\d|20)\d\d\s*(?:-|\u2013|to)\s*(?:1\d|20)?\d\d\b",
    re.I,
)


def asks_how_long(question: str) -> bool:
    """Does the question ask a span of time ("how long was the window open")?"""
    return bool(_HOW_LONG.search(question))


_SO = re.compile(r",\s+so\s+(?!(?:far|much|many|long|that\s+(?:is|was))\b)", re.I)
_SO_NOT_ASKED = frozenset("huawei why cant can't cannot still".split())
# a sentence telling partners what to do ("Before quoting…, ask…", "Do not list…"), and the reason it gives for it
_DIRECTIVE_OPEN = re.compile(
    r"^(?:(?:before|when|if|for|after)\b[^,]{0,80},\s*)?(?:do\s+not|don't|never|always|ask|send|check|offer|position|"
    r"tell|open|route|escalate|confirm|treat|keep|quote|list|record|refer|note)\b",
    re.I,
)
_BECAUSE = re.compile(r"\bbecause\b", re.I)


# a sentence that opens by pointing back at a reason given before it ("For that reason…", "That is why…")
_BACK_TO_A_REASON = re.compile(
    r"(?:for\s+(?:that|this|these|those)\s+reasons?|(?:that|this)\s+is\s+why|because\s+of\s+(?:that|this)|"
    r"as\s+a\s+result|hence|therefore|thus)\b",
    re.I,
)


# verbs whose subject a count before them is, not their object: "all four carried phones", "the two sold units"
_FINITE_VERB = (
    r"(?:carried|carry|carries|sold|sell|sells|bought|buy|buys|shipped|ships|offered|offers|stocked|stocks|made|makes|"
    r"used|uses|had|have|has|got|gets|received|receives|ordered|orders|launched|launches|released|releases)"
)


# a price asked ("how much does it cost", "what's the fee"), and one of nothing
_COST_Q = re.compile(r"\b(?:cost|costs|price|fee|fees|charge|charges|pay)\b", re.I)
_FREE = re.compile(
    r"\b(?:is|are|was|were)\s+free\b(?!\s+(?:to|of|from)\b)|"
    r"\bfree of charge\b|\bat no (?:cost|charge)\b|\bno (?:fee|charge)\b",
    re.I,
)


# a document as what "covers" something: "three guidance documents, one of which covers…", "the article covers…"
_DOCUMENT_COVERS = re.compile(
    r"\b(?:documents?|papers?|articles?|notes?|reports?|memos?|filings?)\W+(?:(?:one|each|some|all|two|three)\s+of\s+"
    r"which|which|that)?\s*$",
    re.I,
)


def _covers_only_asked(sentence: str, m: re.Match, question: str) -> bool:
    """Is the match a "covers" whose object (up to the next punctuation) is, by two thirds of its words, the topic
    the question already names?"""
    if not m.group(0).lower().startswith("cover"):
        return False
    if _DOCUMENT_COVERS.search(sentence[: m.start()]):
        return True  # "…three guidance documents, one of which covers Huawei Ascend chips": a document's topic
    said = set(query_terms(re.split(r"[,.;:]", sentence[m.end() :], maxsplit=1)[0]))
    return bool(said) and len(said & set(query_terms(question))) * 3 >= 2 * len(said)


# "…as a public statement of how existing US export rules apply": a "how" clause names what a thing is about, not what
# it says
_HOW_CLAUSE = re.compile(r"\bhow\s+(?:[\w-]+\s+){0,5}?$", re.I)


def _not_what_it_says(sentence: str, m: re.Match) -> bool:
    """Is the match the verb of a "how …" clause ("a statement of how existing rules apply"): what a thing is about,
    not what it says? Or said "also" ("The March 2025 FCC investigation also covers Hytera…"): a detail added to what
    was said before, no summary of it."""
    return bool(_HOW_CLAUSE.search(sentence[: m.start()]) or re.search(r"\balso\s+$", sentence[: m.start()], re.I))


# a role asked of an organisation: "who's the ceo of honor", "honor's ceo", "who runs honor" is left to the scorer
_ROLE_OF = re.compile(
    # (not "…become president of when he left abc": a clause, no organisation)
    rf"\b(?P<role>{_ROLES})\s+(?:of|at)\s+(?:the\s+)?"
    rf"(?!(?:when|what|where|which|who|how|why|he|she|it|they|his|her|its|their|this|that)\b)(?P<org>[a-z][\w&-]+)|"
    rf"\b(?!(?:who|what|where|that|it|he|she|there|here)\b)(?P<org2>[a-z][\w&-]+)(?:'s|’s)\s+"
    # ("huawei's us country manager": a place or a word of scope before the role)
    rf"(?:(?:us|u\.s\.|american|north\s+american|global|new|current)\s+)?(?P<role2>{_ROLES})\b|"
    # "who's the fcc chairman behind…", "who is the tsmc ceo": the organisation's name before the role
    rf"\b(?:the|whos|who's|who\s+is|who\s+was)\s+(?:(?:current|acting|new)\s+)?(?:(?:us|u\.s\.)\s+(?=\w+\s+(?:{_ROLES})\b))?"
    rf"(?!(?:the|a|an|this|that|new|current|former|acting|interim|next|last|"
    # (not "who was named president of…": a verb of taking the role, no organisation)
    rf"first|our|their|its|his|her|us|company|deputy|vice|named|appointed|elected|made|chosen|promoted|hired|"
    rf"nominated|confirmed|sworn)\b)(?P<org3>[a-z][\w&.-]+)\s+(?P<role3>{_ROLES})\b",
    re.I,
)
_ROLE_WORD = re.compile(rf"\b{_ROLES}\b", re.I)


def names_a_role(text: str) -> bool:
    """Does the text name a role ("chairman", "CEO", "head") or a leader by what they do ("led by Rep. …")? A cheap
    look before `has_answer_type` weighs it."""
    return bool(_ROLE_WORD.search(text) or _LED_BY.search(text))


# a service or a part priced, not the product ("battery replacement cost", "repair fee", "shipping cost")
_SERVICE_PRICED = re.compile(
    r"\b(repair|replacement|shipping|installation|install|labou?r|subscription|rental|lease|licen[cs]e|support|service)s?"
    r"\s+(?:costs?|prices?|pricing|fees?|charges?|rates?)\b",
    re.I,
)
# millions or billions of something counted, not of money: "10 million or fewer customers", "23 million devices"
_COUNTED_MILLIONS = re.compile(
    r"(?<![\w$€£¥₹.,])\d[\d.,]*\s?(?:million|billion|bn|m)\s+(?:or\s+(?:fewer|more|less)\s+|more\s+|new\s+|active\s+)?"
    r"(?!(?:dollars|euros|yuan|pounds|yen|rupees|francs|pesos|marks|shillings|cents|won|is|was|has|as|us|its|this)\b)"
    r"[a-z]{2,}s\b",
    re.I,
)


@lru_cache(maxsize=4096)  # (read again for every sentence weighed for a "who" question)
def _role_of(question: str) -> re.Match | None:
    """The role of an organisation asked (`_ROLE_OF`), unless it is one of two roles asked together ("the president
    and CEO of ABC": either one answers)."""
    m = _ROLE_OF.search(question)
    if m and re.search(rf"\b{_ROLES}\s+(?:and|&|/)\s+$", question[: m.start("role")] if m["role"] else ""):
        return None
    return m


def role_asked(question: str) -> str | None:
    """The role of an organisation a question asks about ("huawei's us country manager", "ceo of honor"), or None."""
    role = _role_in_question(question)
    if role and _home_scope(question) and not re.search(rf"\b{_US}\b", role, re.I):
        return f"{role} for the US"  # ("whos huawei's ceo for the us": not the whole company's)
    return role


def _role_in_question(question: str) -> str | None:
    m = _role_of(question)
    if not m or (m["org"] or m["org2"] or m["org3"]).lower() in _OUR_OWN:
        return None  # ("who is the head of compliance": one of our own teams, which the routes answer)
    if m["org3"]:
        return f"the {m['org3'].lower()} {m['role3'].lower()}"
    if not m["org2"]:
        # ("the ceo of best buy": the words after the owner's first are part of its name, up to one of the question's)
        more = []
        for w in re.findall(r"[a-z][\w&-]*", question[m.end() :].lower())[:2]:
            if w in _NOT_OF_A_NAME or w in _NOT_AFTER_A_NAME:
                break
            more.append(w)
        return " ".join(["the", m.group(0).lower(), *more])
    # ("best buy's ceo": the word before the owner's name is part of it, unless it is one of the question's)
    before = re.search(r"(?<![\w'’])([a-z][\w&-]*)\s+$", question[: m.start()], re.I)
    name = before.group(1).lower() if before and before.group(1).lower() not in _NOT_OF_A_NAME else ""
    return f"{name} {m.group(0).lower()}".strip()


# one of our own teams ("the compliance office", "support desk"), named last (not "partner program", nor one elsewhere:
# "sales at huawei", "the support desk at verizon")
_OWN_TEAM = (
    r"(?:compliance|legal|sales|support|partner|channel|finance|marketing|procurement|operations|ops)"
    r"(?:\s+(?:office|desk|team|department|dept|group))?"
)
_TEAM_ENDS = re.compile(r"\s*(?:$|[?.!,;:]|[-\u2013\u2014]\s|\s(?:and|or|now|rn|here|these\s+days|today)\b)", re.I)
# who leads it: "who heads the compliance office", "head of the support desk", "the lead on the compliance desk"
_OWN_HEAD = re.compile(
    rf"\bwho\s+(?:heads|runs|leads|manages|is\s+in\s+charge\s+of)\s+(?:the\s+|our\s+)?(?P<a>{_OWN_TEAM})"
    rf"|\b(?:head|lead|manager|director|boss)\s+(?:of|on|for)\s+(?:the\s+|our\s+)?(?P<b>{_OWN_TEAM})",
    re.I,
)


def own_role_asked(question: str) -> str | None:
    """One of our own team's roles asked ("who is our channel manager", "who's my account manager", "who heads the
    compliance office"): "our channel manager", "the head of the compliance office", or None. The routes tell where to
    take a matter, not who holds the role."""
    if m := re.search(rf"\b(?:our|my)\s+({_TEAM_ROLES})\b", question, re.I):
        return f"our {m.group(1).lower()}"
    if (m := _OWN_HEAD.search(question)) and _TEAM_ENDS.match(question, m.end()):
        team = " ".join((m["a"] or m["b"]).lower().split())
        return f"the head of the {team}" if " " in team else f"the head of our {team} team"
    return None


def role_word(role: str) -> str:
    """The word, as a whole-word pattern, that a sentence naming the holder of an asked role must hold ("manager" for
    "our channel manager", "head" for "the head of the compliance office")."""
    return r"head\b" if role.startswith("the head of") else rf"{role.split()[-1]}\b"


def role_asked_alone(question: str) -> bool:
    """Does the question ask only who holds a role now ("who's the fcc chairman", "who is huawei's ceo now"), saying
    nothing of which holder it means ("the fcc chairman who designated huawei", "…behind operation clean carts") nor
    asking of the past ("who was…", "the former ceo")?"""
    m = _role_of(question)
    if not m or _PAST_HOLDER.search(question):
        return False
    before = question[: m.start()].lower()
    after = question[m.end() :].lower()
    rest = re.findall(r"[a-z][\w'-]*", re.sub(r"\b(?:who'?s|whos|who|is|are|the|what'?s|whats|what)\b", " ", before))
    rest += re.findall(r"[a-z][\w'-]*", after)
    return all(w in _NOW_WORDS for w in rest)


# a role asked of its past holders ("who was the fcc chairman", "the former ceo"), not of whoever holds it now
_PAST_HOLDER = re.compile(r"\b(?:was|were|former|formerly|previous|then|back|used\s+to|ex-?)\b", re.I)
# words that ask of now, not of one holder among several
_NOW_WORDS = frozenset("now currently current today rn pls please anymore these days at the moment right atm".split())


# words before "x's ceo" that are no part of the owner's name
_NOT_OF_A_NAME = frozenset(
    "s who whos who's is are was were the a an and or of at for to in on me us tell know does do did whats what's what "
    "name pls please now rn currently".split()
)
_NOT_AFTER_A_NAME = frozenset("these days today anymore now nowadays again exactly then".split())
# our own teams and desks, not organisations whose officers the corpus might name
_OUR_OWN = frozenset(
    "compliance legal sales support partner partners channel team desk office finance marketing it ops operations "
    "procurement engineering our my your".split()
)
# roles that stand for whoever leads ("who is huawei's boss": its CEO or chair answers)
_ANY_LEADER = frozenset({"head", "boss"})
# a leader named by what they do: "…, led by Rep. Mike Rogers", "headed by Ren Zhengfei"
_LED_BY = re.compile(r"\b(?:led|headed|chaired|run|founded)\s+by\s+(?:(?:Rep|Sen|Dr|Mr|Ms|Mrs)\.?\s+)?[A-Z]")
_LEADERS = _ANY_LEADER | {"ceo", "chair", "president", "founder"}


def _same_role(role: str) -> str:
    """One name for a role however written ("chief executive" is the CEO, "chairwoman" the chair)."""
    role = re.sub(r"\s+", " ", role.lower())
    if role.startswith("spokes"):
        return "spokes"
    return "ceo" if role == "chief executive" else "chair" if role.startswith("chair") else role


def _roles_match(asked: str, found: str) -> bool:
    """Is the role found the one asked (or, of those who lead, is either "head" or "boss")?"""
    return asked == found or (bool({asked, found} & _ANY_LEADER) and {asked, found} <= _LEADERS)


# an organisation that a title before a bare name ("President Trump") may head: a country or its government
_GOVERNMENTS = frozenset({"us", "usa", "u.s.", "america", "united", "country", "government", "nation"})


# a role asked of an organisation's US arm: "huawei's us ceo", "whos huawei's ceo for the us", "head of huawei usa"
_US = r"(?:us|u\.s\.|usa|america|american|north\s+america(?:n)?|the\s+(?:us|u\.s\.|usa|states))"
_HOME_SCOPE_ASKED = re.compile(
    rf"(?:\b{_US}|['\u2019]s\s+{_US})\s+(?:{_ROLES})\b|\b{_ROLES}\s+(?:for|in|of|over)\s+(?:the\s+)?{_US}\b"
    rf"(?!\s+(?:government|govt|gov|senate|house|congress|army|navy)\b)"
    r"|\b(?:huawei|[a-z]+)\s+(?:usa|us\s+(?:arm|unit|operations|ops|subsidiary|branch|office))\b",
    re.I,
)
# the US arm named in a sentence: "Huawei's US chief executive", "head of Huawei USA", "Huawei's American unit"
_HOME_SCOPE = re.compile(r"\b(?:US|U\.S\.|USA|American|North America(?:n)?|United States)\b")


@lru_cache(maxsize=4096)  # (asked again for every sentence weighed for a "who" question, as `_role_of`)
def _home_scope(question: str) -> bool:
    """Does the question ask a role of an organisation's US arm, not of the whole company ("whos huawei's ceo for the
    us")? (Not a US body's role: "the us commerce secretary".)"""
    m = _role_of(question)
    if not m or m["org3"] or (m["org"] or m["org2"]).lower() in _GOVERNMENTS:
        return False  # (nor a role of the country itself: "who is the president of the us")
    return bool(_HOME_SCOPE_ASKED.search(question))


_ANY_DASH = "[-\u2013\u2014]"


# a rank below the role named after it: "Under Secretary", "Deputy Director", "Vice President", "Assistant Secretary"
_LESSER_RANK = re.compile(r"\b(under|deputy|assistant|vice|associate)[\s-]+$", re.I)


def _holds_role_of(role: re.Match, sentence: str, home: bool = False) -> bool:
    """Does the sentence give the role asked ("ceo") of the organisation asked ("honor"): the role said with that
    name beside it ("Honor CEO X", "CEO of Honor", "Honor's chief executive"), or said of no other name? `home`: of
    its US arm, which the sentence must name beside the role ("Huawei founder and CEO Ren Zhengfei" heads the whole
    company, not its US arm)."""
    if home and not any(
        _HOME_SCOPE.search(sentence[max(0, m.start() - 40) : m.end() + 40]) for m in _ROLE_WORD.finditer(sentence)
    ):
        return False
    org = (role["org"] or role["org2"] or role["org3"]).lower()
    asked = _same_role(role["role"] or role["role2"] or role["role3"])
    led = _LED_BY.search(sentence) if asked in _LEADERS else None
    if led and re.search(rf"\b{re.escape(org)}", sentence[max(0, led.start() - 60) : led.start()], re.I):
        # "the House Intelligence Committee, led by Rep. Mike Rogers…" names its chair (not ZTE's, named further on as
        # what the committee reported on)
        return True
    for m in _ROLE_WORD.finditer(sentence):
        if not _roles_match(asked, _same_role(m.group(0))):
            continue  # ("President Trump signed…" names no country manager)
        before = sentence[max(0, m.start() - 40) : m.start()]
        after = sentence[m.end() : m.end() + 30]
        if (rank := _LESSER_RANK.search(before)) and not re.search(rf"\b{rank.group(1)}", role.string, re.I):
            continue  # "the US Under Secretary of Commerce" is no commerce secretary
        owner = re.match(r"\s+(?:of|at)\s+(?:the\s+)?(\w+)", after)
        if owner and owner.group(1)[:1].isupper() and owner.group(1).lower() not in re.findall(r"\w+", org):
            continue  # "…the heads of the FBI, CIA and NSA and the Director of National Intelligence": another's
        if re.search(rf"\b{_ANY_DASH.join(map(re.escape, org.split('-')))}", before + " " + after, re.I):
            return True  # (a dash typed as a hyphen: "disney-abc" for "Disney–ABC")
        # "Huawei founder and CEO Ren Zhengfei": the role of the name just before it
        if not re.search(r"\b[A-Z][\w&-]+(?:'s|’s)?\s+(?:(?:founder|chairman|president)\s+and\s+)?$", before):
            if re.match(r"\s+[A-Z]", after) and org not in _GOVERNMENTS:
                continue  # "President Trump": a title before a bare name heads a country, not a company
            if not re.match(r"\s+(?:of|at)\s+[A-Z]", after):
                return True
    return False


def has_answer_type(kind: str | None, sentence: str, question: str = "", lenient: bool = False) -> bool:
    """Does the sentence hold the kind of thing asked for, beyond what the question says
    itself (a year for "when" that is not the year in the question, a name not asked about)?
    `lenient`: before saying the corpus lacks a count, a number before a word that comes before the
    counted noun counts too ("six top US intelligence officials" for "how many intelligence chiefs");
    as a scoring signal that would favour any number near a common word ("field position")."""
    if kind == "when" and _END_Q.search(question) and not _ends_something(sentence, question):
        return False  # the date of an end is asked: a sentence that ends nothing gives another date
    if kind == "money" and _COST_Q.search(question) and _FREE.search(sentence):
        return True  # "how much does entry cost": "Entry is free" is the amount
    if kind in ("money", "number") and question and of_another_model(question, sentence):
        return False  # "how much does the mate 80 pro max cost": the Mate 80 Pro's price is no figure of it
    if kind == "why" and _BACK_TO_A_REASON.match(sentence):
        return False  # "For that reason the May 2025 guidance places…": the reason is in the sentence before it
    if kind == "why" and question and (so := _SO.search(sentence)):
        # "X, so new Huawei phones such as the … Pura 80 … cannot be imported": X is the reason for what follows "so",
        # when that is what was asked ("why cant we sell the pura 80"), not for something else the sentence adds
        asked = {w for w in content_words(question) if len(w) > 3} - _SO_NOT_ASKED
        if asked & set(content_words(sentence[so.end() :])):
            return True
    if kind == "why" and question and _DIRECTIVE_OPEN.match(sentence) and (why := _BECAUSE.search(sentence)):
        # "Before quoting a device of another brand, ask the compliance office to check…, because since 26 December
        # 2025…": the reason for doing as told, which answers "why is huawei banned" only when that is what was asked
        asked = {w for w in content_words(question) if len(w) > 3} - _SO_NOT_ASKED
        if not asked & set(content_words(sentence[: why.start()])):
            return False
    if kind == "who" and (role := _role_of(question)) and not _holds_role_of(role, sentence, _home_scope(question)):
        return False  # "who's the ceo of honor": "Huawei founder and CEO Ren Zhengfei" heads another company
    if kind == "money" and not _HAS["money"].search(_COUNTED_MILLIONS.sub(" ", sentence)):
        # "how much money in total": "carriers with 10 million or fewer customers" counts customers; "how much did it go
        # for" (Honor): "ships more than 70 million units a year" counts phones
        return False
    if kind == "money" and _OUTCOME_Q.search(question) and not _HAS["money"].search(_HEDGED.sub(" ", sentence)):
        return False  # "how much did tsmc end up paying": "could be fined $1 billion" is no amount paid
    if kind == "money" and _PRICE_Q.search(question) and not _SHARE_Q.search(question):
        # (a price put as a share of something, "the floor is distribution cost plus 3 percent", is a price)
        if not _HAS["money"].search(_PERCENTS.sub(" ", sentence)) and not _PRICE_WORDS.search(sentence):
            return False  # "mate 70 price?": "performs 40 percent better" is no price
        if (
            not _PENALTY.search(question)
            and not _HAS["money"].search(_FINE_SUM.sub(" ", sentence))
            and (_MODEL_LIKE.search(question) or product_kinds(question))  # (a product's price asked)
        ):
            return False  # "what does an ascend 910b cost": "TSMC could be fined $1 billion or more…" is no price
    if (
        kind == "money"
        and (service := _SERVICE_PRICED.search(question))
        and not re.search(rf"\b{service.group(1)[:5]}", sentence, re.I)
    ):
        return False  # "mate 80 pro battery replacement cost": the phone's launch price is no price of a replacement
    if kind == "money" and (per := _PER_Q.search(question)) and not _PER_ITEM.match(per.group(1)):
        # "how much does rip and replace pay per cell site": a rate, which a programme's total ("$1.9 billion") is not
        # (a product's price is one per unit: "pura 80 pro price per unit", "…per phone")
        unit = re.escape(per.group(1)[:4])
        if not re.search(rf"\bper\b|\beach\b|\bapiece\b|\ba(?:n)?\s+(?:[\w-]+\s+)?{unit}", sentence, re.I):
            return False
    if kind == "money" and _SUM_GIVEN_Q.search(question) and not _SHARE_Q.search(question):
        if not _HAS["money"].search(_PERCENTS.sub(" ", sentence)):
            return False  # "how much did congress add": "more than 70 percent of participants" is no sum given
    if kind == "money" and lenient and currency_missing(question, sentence):
        # "pura x price in euros": "7,499 yuan (about $1,037)" gives none (said of the answer chosen: as a scoring
        # signal it would lead with another model's price in euros)
        return False
    if kind == "money" and _HOME_PRICE_Q.search(question) and _FOREIGN_PRICE.search(sentence):
        if not re.search(r"\b(?:US|U\.S\.|United States|American)\b", sentence):
            return False  # "pura x us price?": "7,499 yuan (about $1,037)" in China is no US price
    if kind == "when" and _STEP_WHEN_Q.search(question) and _CONDITION.search(sentence):
        return True  # "when do i escalate": "escalate … when a repair has taken more than fifteen working days"
    if kind == "when" and _DEADLINE_Q.search(question) and not _DEADLINE.search(sentence):
        return False  # "what's the deadline": a date by which something must be done, not a report's date
    if kind == "when" and _SINCE_WHEN.search(question) and not (says_start(sentence) or _NOW_SINCE.search(sentence)):
        return False  # "since when?": the date it applies from, not the date a note was written ("as of …")
    if kind == "define":
        words = re.findall(r"[\w&'-]+", defined_term(question) or "")
        if not words:
            return False
        # the whole term ("entity list", not any "list"); when the sentence writes it in other words, its longest
        # run of two words or more holding a number that it does write ("ndaa section 889 ban": "Section 889 of the
        # 2019 NDAA bars"; not "secondary schools" of "private secondary schools")
        runs = [words[i : i + n] for n in range(len(words), 1, -1) for i in range(len(words) - n + 1)]
        runs = [words] + [r for r in runs[1:] if any(ch.isdigit() for w in r for ch in w)]
        if len(words) > 2 and len(words[0]) <= 4 and not english_word(words[0], modern=False):
            runs.append(words[1:])  # "fcc rip and replace": the programme, whoever runs it (not "private schools")
        for run in runs:
            term = r"\s+".join(re.escape(w) for w in run)
            if not re.search(rf"\b{term}\b", sentence, re.I):
                continue  # the sentence does not write this run: a shorter one may
            for m in re.finditer(rf"\b{term}{_DEFINING}", sentence, re.I):
                # in apposition anywhere ("…released HarmonyOS 6, the next…"); as a subject, near the start
                # (not "…spells out what a Covered List company means"), and not as what someone said of it
                # ("Huawei denied that HarmonyOS is a derivative of Android")
                if _REPORTED.search(sentence[: m.start()]) or _FATE_OF.search(sentence[: m.start()]):
                    continue
                if "," in m.group(0) or len(sentence[: m.start()].split()) <= 8:
                    return True
            return False
        return False
    if kind == "said":  # a speech verb, with the speaker asked about when the question names one
        who = tuple(w for w in speaker(question) if not is_title_short(w))
        if not (_SAID.search(sentence) and all(re.search(rf"\b{re.escape(w)}", sentence, re.I) for w in who)):
            return False
        # …as the one speaking: just before the verb ("Neither Best Buy nor Huawei commented") or right after it
        # ("…, said Richard Yu"), not only in what someone else said ("Best Buy had said it would stop selling Huawei")
        verb = _SAID.pattern
        return not who or any(
            re.search(
                rf"\b{re.escape(w)}\b(?:\W+[\w&.'-]+){{0,4}}?\W+{verb}|{verb}\s+(?:[\w&.'-]+\s+){{0,3}}?{re.escape(w)}\b",
                sentence,
                re.I,
            )
            for w in who
        )
    if kind == "when" and lenient and _TIME_TOLD_OTHERWISE.search(sentence):
        return True
    rx = _DATE_LENIENT if kind == "when" and lenient else _HAS.get(kind or "")
    if not rx:
        return False
    if kind == "why":  # "two months after Best Buy was named", "shortly after the show": a time, not a cause
        sentence = _TIME_AFTER.sub(" ", sentence)
        # a reason word inside a name ("the Bureau of Industry and Security") gives no reason
        sentence = _NAME_RUN.sub("x", sentence)
        # the thing asked about given as the cause of something else ("because of the US ban Huawei could not
        # pre-install…" for "why did the us ban huawei"): a consequence of it, not a reason for it
        sentence = _CAUSE_PHRASE.sub(lambda m: " " if _only_asked(m.group(1), question) else m.group(0), sentence)
        # the grounds of someone's verdict ("Yu called the collapse … a big loss for consumers, because buyers ended up
        # with one choice fewer"): why they judged it so, not why it happened
        sentence = _JUDGED_BECAUSE.sub(" ", sentence)
    asked = question.lower()
    if kind == "money" and _PENALTY.search(question):  # "how much did the fcc fine huawei": an amount of a fine
        return bool(rx.search(sentence)) and fine_told(question, sentence)
    if kind == "number" and _REPLY_TIME_Q.search(question) and not _RESPONSE.search(sentence):
        # "how fast does compliance get back": a span of an answer, not "…stays on the order for seven years"
        return False
    if kind == "number" and _HOW_LONG.search(question):  # a span of time, not any number ("118 of 139 extensions")
        # one the question does not name itself ("how long did the Seven Years War last": not "Seven Years")
        return any(
            m.group(0).lower() not in asked and not _THRESHOLD_BEFORE.search(sentence[: m.start()])
            for m in _SPAN.finditer(sentence)
        )
    if kind == "number" and tally_asked(question):  # "was it unanimous", "the vote count": a tally, not a date
        return tells_tally(sentence)
    if kind == "number" and (code := id_asked(question)):  # "whats the fcc id of the mate 10 pro": a code, not a date
        return writes_code(code, sentence)
    if kind == "number" and _PERCENT_Q.search(question):  # "what ownership %": a share, not a year or a count
        return bool(_PERCENT.search(sentence))
    if kind == "money" and percent_asked(question):  # "whats the e-rate discount %": "$8.3 billion" is none
        return bool(_PERCENT.search(sentence))
    if kind == "explain" and _SCOPE_Q.search(question) and not _SCOPE.search(sentence):
        return False  # "what did the tgl cover": what it allowed or barred, not what it "was meant to give"
    if kind == "explain" and question:
        # "tl;dr on the ascend chip guidance": "…three guidance documents, one of which covers Huawei Ascend chips"
        # says what a document is about, in the question's own words, not what it says
        told = [
            m
            for m in _HAS["explain"].finditer(sentence)
            if not _covers_only_asked(sentence, m, question) and not _not_what_it_says(sentence, m)
        ]
        if not told:
            return False
    if kind == "number":  # "how many carriers": a number that counts carriers, not any number
        counted = _COUNTED.search(question)
        word = counted.group(2).lower() if counted else ""
        systems = re.findall(r"\b\w+os\b", counted.group(1), re.I) if counted else []
        if any(not re.search(rf"\b{re.escape(name)}\b", sentence, re.I) for name in systems):
            return False  # "how many ios apps": a count of another system's apps ("AppGallery's 45,000") is none
        if counted and word in _MONEY_COUNTED:  # "how many e-rate dollars": an amount ("about $2.3 million")
            return bool(_HAS["money"].search(sentence))
        if counted and word not in _sw.STOPWORDS_EN:
            # a unit typed short ("yrs", "kgs") is counted by its word ("seven years", "382 kg")
            stem = _UNIT_WORDS.get(word) or re.escape(word[:5])
            if lenient and word not in _UNIT_WORDS and len(word) <= 5 and not re.search(r"\d", counted.group(0)):
                # a short word whole, also in the singular: "how many yards" is counted by "a 28-yard punt" (not a
                # model's plural, "how many mate 80 pros", nor a verb, "folded" for "how many folds")
                stem = rf"{re.escape(_singular(word))}(?:e?s)?\b"
            # "how many intelligence chiefs": "six top US intelligence officials" counts them by the word before
            # (not a name, "huawei", nor a model, "mate 80 pros", "ascend 910c cards": its number is no count)
            modifiers = [] if not lenient or re.search(r"\d", counted.group(0)) else counted.group(1).lower().split()
            before = [
                re.escape(w[:5])
                for w in modifiers
                if len(w) > 3 and w not in _COUNT_WORDS and english_word(w, modern=False)
            ]
            if lenient and word in _PEOPLE_COUNTED:  # "how many members of congress": "18 lawmakers" counts them
                before.append(_PERSON_NOUN)
            things = "|".join([stem, *before])
            # "units" counts the goods the sentence names: "sells phones and ships 70 million units a year"
            unit = r"|units?\b" if re.search(rf"\b(?:{things})", sentence, re.I) else ""
            # "four more Chinese labs" adds to a count: no total of them, unless more of them are asked
            more = "" if _MORE_ASKED.search(question) else r"(?!\W+(?:more|additional|further|extra)\b)"
            # (the count of the subject of a verb is none of its object: "all four carried phones from Apple")
            # (before saying there is none, not across a comma: "a wide 16:10 format, and folded")
            sep = r"[^\w,;:]+" if lenient else r"\W+"
            near = rf"{_COUNT}{more}{sep}(?:(?!{_FINITE_VERB}\b)[\w-]+{sep}){{0,3}}?(?:\b(?:{things}){unit})"
            after = rf"\b(?:{stem})\w*\W+(?:[\w-]+\W+){{0,3}}?\(?(?!(?:19|20)\d\d\b)\d"  # "total yards (315 to 194)"
            # (every match, overlapping: "…October 1572, Catholics killed thousands of Huguenots" counts by "thousands")
            if re.search(after, sentence, re.I) or any(
                not _inside_a_name(sentence, m.start(), m.group(1))
                for m in re.finditer(rf"(?=({near}))", sentence, re.I)
            ):
                return True
            return (
                lenient
                and word not in _UNIT_WORDS
                and not _SPAN_UNIT.match(word)  # ("how many years…": "68 of its affiliates" counts none)
                and not re.search(rf"\b(?:{things})", sentence, re.I)
                and _counts_in_other_words(question, sentence)
            )
    # "Honor's" is the Honor the question names: a possessive is no new name, date or amount; but a value the asker
    # states to have it checked ("launch price was $799 right?") is answered by a sentence stating it
    checked = bool(_CHECKED.search(question))
    return any(
        checked or not _asked_already(re.sub(r"['\u2019]s$", "", _whole(sentence, m).lower()), asked)
        for m in rx.finditer(sentence)
        if not (m.group(0).isdigit() and m.start() and sentence[m.start() - 1].isdigit())
    )


# how things stand now, dated by the deed that made them so: "Honor, which Huawei sold in November 2020, is now a
# separate company" (since when: November 2020)
_NOW_SINCE = re.compile(rf"\b(?:in|on)\s+(?:\d{{1,2}}\s+)?{MONTH}\s+(?:19|20)\d\d\b[^.;]*\b(?:is|are)\s+now\b")
# a fine asked about ("how much did the fcc fine huawei", "how big was zte's penalty"): only an amount said to be a fine
# or a penalty answers, not any sum the sentence gives ("…had sought about $2.3 million of Huawei equipment")
_PENALTY = re.compile(r"\b(?:fine[sd]?|fining|penalt(?:y|ies)|penali[sz]\w*|settle\w*|forfeit\w*)\b", re.I)
# whom a fine asked about is of: "…fine huawei", "zte's 2018 fine", "could tsmc be fined"
_FINED = re.compile(
    r"\bfined?\s+(?:the\s+)?(?P<a>[a-z][\w&-]*)|(?P<b>[a-z][\w&-]*)(?:'s|’s)\s+(?:\d{4}\s+)?(?:fines?|penalt(?:y|ies))\b|"
    r"\b(?P<c>[a-z][\w&-]*)\s+(?:be|been|get|got|was|were|is|are)\s+fined\b",
    re.I,
)
# (nor a verb: "how big a fine was tsmc facing"; nor "fine to …", "fine with …": all right, no penalty)
_NOT_FINED = frozenset(
    "us them it they we you him her me a an for over by if when whether was were is are be been has have had did does "
    "do could would will can might may to with as now too either".split()
)


def fine_asked_of(question: str) -> str:
    """Whom a fine the question asks about is of ("at&t" for "did at&t get fined over the huawei deal"), or ""."""
    m = _FINED.search(question)
    who = next((w.lower() for w in (m.groups() if m else ()) if w), "")
    return "" if who in _NOT_FINED else who


def fine_told(question: str, sentence: str) -> bool:
    """Does the sentence tell of a fine, on whom the question names if it names one ("TSMC could be fined…" answers
    "how much could tsmc be fined", not "how much did the doj fine huawei", though it names Huawei's chip)?"""
    if not _PENALTY.search(sentence):
        return False
    who = fine_asked_of(question)
    if not who:
        return True
    near = r"(?:\W+[\w'’-]+){0,6}?\W+"
    fine = r"(?:fined|fines?|penalt(?:y|ies)|penali[sz]\w*)\b"
    return bool(
        re.search(
            rf"\b{re.escape(who)}(?:'s|’s)?\b{near}{fine}|\b{fine}{near}(?:on\s+|against\s+)?{re.escape(who)}\b",
            sentence,
            re.I,
        )
    )


# a value stated to be checked: "…was $799 right?", "confirming for a deck", "cust thinks it was $699"
_CHECKED = re.compile(
    r",?\s+(?:right|correct|true|accurate)\s*(?:\?|$|[,.!])|\bconfirm(?:ing|ed)?\b|\bor (?:was|is) it\b|"
    r"\b(?:thinks?|says?|said|thought|claims?) (?:it|they|that)(?:'s| was| is| were| are)\b",
    re.I,
)


def _whole(sentence: str, m: re.Match) -> str:
    """What a match found, a bare digit as its whole number ("100", not its "1", which "2021" holds too), and an amount
    from its number's first digit ("1,299 euros", not the "9 euros" its unit was found by)."""
    if not m.group(0)[:1].isdigit():
        return m.group(0)
    start = m.start()
    while start and (
        sentence[start - 1].isdigit() or (sentence[start - 1] in ",." and sentence[start - 2 : start - 1].isdigit())
    ):
        start -= 1
    if not m.group(0).isdigit():
        return sentence[start : m.end()]
    return re.match(r"\d(?:[\d,.]*\d)?", sentence[start:]).group(0)


# a verdict someone gave and its grounds: "…called the collapse … a big loss for consumers, because…"
_JUDGED_BECAUSE = re.compile(
    r"\b(?:called|calls|calling|described|describes|describing|termed|labelled|labeled)\b[^.;]{0,80}?\b(?:because|since)\b"
    r"[^.;]*",
    re.I,
)
# a cause named right after its cue word, up to the next comma, clause or verb-like break ("because of the US ban")
_CAUSE_PHRASE = re.compile(
    r"\b(?:because of|due to|as a result of|owing to|in response to)\s+((?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?[\w-]+)(?=\s*[,;.]|\s+(?:[A-Z]\w*|it|they|he|she|we|the|a|an|its|their)\b)"
)


def _only_asked(cause: str, question: str) -> bool:
    """Is every content word of the cause one the question itself uses ("the US ban" for "why did the us ban
    huawei")? Words are compared by their first five letters ("banned" / "ban" by the word itself)."""
    words = [w for w in re.findall(r"[a-z0-9]+", cause.lower()) if w not in _sw.STOPWORDS_EN]
    asked = {w[:5] for w in re.findall(r"[a-z0-9]+", question.lower())}
    return bool(words) and all(w[:5] in asked for w in words)


def _asked_already(found: str, asked: str) -> bool:
    """Is what the sentence gives something the question says itself: "November" for "…past nov 2026" too."""
    if found in asked or (found.endswith("s") and re.search(rf"\b{re.escape(found[:-1])}\b", asked)):
        return True  # ("threats" for "…considered a national security threat")
    return bool(re.fullmatch(_MONTH_NAME, found)) and bool(re.search(rf"\b{found[:3]}\b", asked))


_MONTH_NAME = re.compile(r"january|february|march|april|may|june|july|august|september|october|november|december", re.I)


# a name of two capitalised words or more ("the Bureau of Industry and Security", "the Commerce Department"),
# inside a sentence: a placeholder keeps the words around it apart ("led x to")
_NAME_RUN = re.compile(r"(?<=\s)[A-Z][\w&'-]*(?:\s+(?:(?:of|and|for|the|on)\s+)?[A-Z][\w&'-]*)+")
_TIME_AFTER = re.compile(
    r"\b(?:(?:\w+|a|an)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)|shortly|soon|right|just|long|only)\s+"
    r"(?:after|following)\b"
    # what went on "after" something ("after Best Buy's exit it was still sold by Amazon"): in spite of it, not because
    r"|\b(?:after|following)\b(?=[^.;]*\b(?:still|continued|kept)\b)",
    re.I,
)
# the plural noun counted, and the words before it ("how many [intelligence] chiefs")
# counted nouns that say only "persons" ("how many members of congress", "how many people signed"): any noun for a
# person counts them ("18 lawmakers", "six senators")
# people counted by a role ("how many agency heads": "six top US intelligence officials" counts them)
_PEOPLE_COUNTED = frozenset(
    "members people persons individuals folks ppl signatories signers".split()
    + "heads chiefs bosses execs officers directors".split()
)
_PERSON_NOUN = (
    r"\w+(?:makers|ers|ors|ists|ians|ants|ents)|officials|senators|representatives|members|people|staff|employees"
    r"|executives|workers|leaders|legislators"
)


def _counts_in_other_words(question: str, sentence: str) -> bool:
    """Before saying the corpus lacks a count whose noun the sentence never writes: does a number count something the
    question names in another word ("how many times did arizona turn the ball over": "forcing seven turnovers"; "how
    many acl injuries": "three ACL tears"; "how many huguenots emigrated": "Four thousand emigrated")? Of the
    question's plain words only, written in lower case or as an acronym in the sentence: not a name ("how many
    huawei phones": "38 more Huawei affiliates"), nor a span of time ("two months after Best Buy…"), nor a day of a
    month ("on 22 March 2018 added…"), nor another word that only begins alike ("five Chinese companies" for
    "compliance"): the sentence's word begins with the question's whole word."""
    words = [
        w
        for w in re.findall(r"[a-z]+", question.lower())
        if len(w) > 3 and w not in _sw.STOPWORDS_EN and w not in _NOT_DEED_WORDS and english_word(w, modern=False)
    ]
    if not words:
        return False
    for m in re.finditer(rf"\b{_COUNT}\b((?:[\s-]+[\w-]+){{1,3}})", sentence, re.I):
        after = re.split(r"[\s-]+", m.group(1).strip(" -"))  # the three words after it, within its clause
        before = sentence[: m.start()].split()
        if _SPAN_UNIT.match(after[0]) or re.match(MONTH, after[0], re.I) or after[0].lower() == "of":
            continue  # "a 90-day licence", "two months after…" count time; "22 March" is a date; "68 of its…" a share
        if len(before) > 1 and before[-1][:1].isupper():
            continue  # "the Mate 10 Pro" names a model
        if any((said.islower() or said.isupper()) and any(said.lower().startswith(w) for w in words) for said in after):
            return True
    return False


def _inside_a_name(sentence: str, at: int, counted: str) -> bool:
    """Is the number counted (at `at`, with the noun after it: `counted`) part of a name, right between two capitalised
    words ("the Mate 10 Pro", "Pura 80 Ultra") or after a capitalised name ("the Kirin 9020 chip")? Then "how many mate
    10 pros" or "how many kirin chips" is counted by none of it."""
    before = sentence[:at].split()
    words = counted.split()
    if not before or not before[-1][:1].isupper():
        return False
    # (or after a name that is no word: "the Kirin 9020 chip")
    return (len(words) == 2 and words[-1][:1].isupper()) or not english_word(before[-1].lower(), modern=False)


_NOT_DEED_WORDS = frozenset("many much have were been does there their times what which".split())
_SPAN_UNIT = re.compile(r"(?:second|minute|hour|day|week|month|year|decade|centur)", re.I)


def _singular(word: str) -> str:
    """ "cities" → "city", "yards" → "yard"; "glass", "bus" and a model's plural ("70s") stay."""
    if not word.isalpha():
        return word
    if re.search(r"[^aeiou]ies$", word):
        return word[:-3] + "y"
    return word[:-1] if re.search(r"[^su]s$", word) else word


_MONEY_COUNTED = frozenset("dollars bucks euros pounds".split())
# ("how many us carriers": not "us"; "how many harmonyos next apps": not an OS's name before the plural counted)
_COUNTED = re.compile(
    r"\bhow many ((?:[\w-]+\s+){0,2}?)(?!us\b)(?!\w*os\s+(?:[\w-]+\s+)?(?!(?:has|was|does|is|us)\b)\w+s\b)(\w+s)\b",
    re.I,
)
_UNIT_WORDS = {
    "yrs": "years?",
    "hrs": "hours?",
    "mos": "months?",
    "wks": "weeks?",
    "mins": "minutes?",
    "secs": "seconds?",
    "lbs": "(?:lbs?|pounds?)",
    "kgs": "(?:kgs?|kilo)",
    # words clipped in speech: "how many labs" counts "15 Chinese laboratories"
    "labs": "lab(?:oratorie)?s",
    "apps": "app(?:lication)?s",
    "reps": "rep(?:resentative)?s",
    "execs": "exec(?:utive)?s",
    "cos": "(?:cos|compan)",
}
# (how many were added: "how many affiliates did commerce add" asks the "46 more")
_MORE_ASKED = re.compile(r"\b(?:more|additional|further|extra|new|add|adds|added|adding|another)\b", re.I)
_COUNT_WORDS = frozenset({"more", "total", "other", "different", "separate", "individual"})


# -- key terms --------------------------------------------------------------------------
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MODEL = re.compile(r"\b[a-z]+\d+[a-z]*\b|\b\d+[a-z]+\b", re.I)  # s9, p30, 5g, mate10
_MEASURE = re.compile(r"\d+(?:st|nd|rd|th|s|am|pm|k|m|bn|mn|b|x|gb|tb|mb|hrs?|mins?|days?|wks?)|q[1-4]|h[12]|fy\d{2,4}")
_CURRENCY = re.compile(
    r"[€£¥₹₽]|\b(?:eur|euros?|gbp|yen|yuan|rmb|cny|inr|rupees?|reais|brl|"
    r"pesos?|mxn|rubles?|roubles?|krw|chf|cad|aud|zar)\b",
    re.I,
)
_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-zA-Z&-]+\b")
_COMMON_CAPS = {
    "i",
    "us",
    "u.s",
    "usa",
    "ok",
    "tl",
    "dr",
    "faq",
    "fyi",
    "pls",
    "asap",
    "eta",
    "q",
    "a",
    "can",
    "what",
    "how",
    "when",
    "who",
    "is",
    "are",
    "do",
    "does",
    "the",
    "and",
    "or",
    "any",
}


# letters with a digit that name no model: network generations ("huawei wifi 6 aps" are access points of a standard)
# and chat shorthand ("eli5: the covered list")
# (nor whom a business sells to: "a b2b cust")
NOT_MODELS = frozenset(
    {"5g", "4g", "3g", "2g", "wifi4", "wifi5", "wifi6", "wifi7", "tl;dr", "eli5", "b2b", "b2c", "b2g", "b2b2c"}
)


# a customer's business, named after the word that says whose it is ("cust Acme Dental", "this is Mark from Lakeside
# Dental", "a client, Hill County Schools"): a name ending in a kind of business or body
_CUSTOMER_BUSINESS = re.compile(
    r"\b(?:from|at|cust(?:omer)?|client|for)\W{1,3}"
    r"((?:[A-Z][\w&'.-]*\s+){1,3}(?:Dental|Clinic|Medical|Hospital|Health(?:care)?|Bank|Credit Union|Corp|Corporation|"
    r"Inc|LLC|Ltd|Group|School|Schools|Academy|University|College|Church|Hotel|Law|Realty|Motors|Logistics|Pharmacy|"
    r"Farms?|Foods|Insurance|Construction|Services|Consulting|Industries|Enterprises|Holdings|County|District)\b)"
)


def key_terms(question: str) -> list[str]:
    """Terms that name something specific: years, model numbers, currencies, capitalised names.

    If the passages that would answer hold none of these, the corpus does not cover the
    question, however similar the rest of it is ("reseller discount on the Samsung S9").
    Lower-case vendor or place names are caught by `known_names` in the engine, which
    knows the corpus vocabulary.
    """
    out: list[str] = []
    for m in YEAR.finditer(question):
        out.append(m.group(0))
    for m in _MODEL.finditer(question):
        tok = m.group(0).lower()
        tok = re.sub(r"(?<=[a-z]\d)(\d*)s$", r"\1", tok)  # "40 old p30s": the P30, counted
        measure = _MEASURE.fullmatch(tok)  # "1st", "90s", "3pm", "200k", "2x", "64gb": not model numbers
        if not YEAR.fullmatch(tok) and tok not in NOT_MODELS and not measure:
            out.append(tok)
    for m in _CURRENCY.finditer(question):
        out.append(m.group(0).lower())
    customers = [m.span(1) for m in _CUSTOMER_BUSINESS.finditer(question)]
    for m in _NAME.finditer(question):
        tok = m.group(0).lower()
        if any(a <= m.start() < b for a, b in customers):
            continue  # "cust Acme Dental has 2 huawei tablets": whose case it is, not what the corpus must cover
        if re.fullmatch(r"[A-Z]{2,}s", m.group(0)):
            continue  # a plural acronym ("TDs", "MVPs") is a common noun
        if m.group(0).isupper() and len(tok) >= 4 and english_word(tok, modern=False):
            continue  # shouting ("URGENT", "ASAP NEEDED"), not a name
        acronym = len(tok) <= 4 and sum(ch.isupper() for ch in m.group(0)) >= 2  # "FAR", "BIS", "DoD"
        if tok not in _COMMON_CAPS and tok not in ENGLISH_WORDS and not acronym:
            out.append(tok)  # short acronyms are often spelled out in the corpus ("Department of Defense")
    return list(dict.fromkeys(out))


# -- time frame -------------------------------------------------------------------------
_PRESENT = re.compile(
    r"\b(?:still|keep|continue|going forward|any longer|nowadays|now|today|currently|current|latest|anymore|any more|these days|"  # noqa: E501
    r"right now|at the moment|as of|yet|newest|recent|recently|up to date|up-to-date|lately|"
    r"this year|this month|so far|newer|upcoming|pending|planned|proposals?|proposed|coming up|"
    r"what'?s new|whats new|anything new|rn|atm|as of today|status)\b"
    # a state asked in the present tense: "is the affiliates rule suspended?", "is the ban in effect"
    r"|\b(?:is|are)\s+(?:[\w&'-]+\s+){1,4}?(?:suspended|in effect|in force|active|enforced|valid|effective|live|"
    r"paused|on hold|on pause|"
    # … or its end: "is the ai diffusion rule gone", "is the affiliates rule dead"
    r"gone|dead|scrapped|killed|rescinded|revoked|lifted|expired|cancell?ed|history)\b",
    re.I,
)
# Asking leave ("can we sell...?", "is it legal to...", "ok?") asks what the rule is now.
_PERMISSION = re.compile(
    r"(?:^|[,;:?\-\u2013\u2014]\s*)(?:can|may|could)\s+(?:we|i|partners?|resellers?|they|you|a \w+)\b|"
    r"\b(?:allowed|permitted|legal|illegal|ok|okay|banned)(?:\s+or\s+not)?\s*[?!]*\s*$|"
    r"\b(?:ok|okay|fine|allowed|permitted|legal)\s+to\s+(?:sell|resell|stock|list|quote|ship|import|offer|carry)\b|"
    r"\b(?:is|are)\s+(?:[\w&'-]+\s+){1,3}?(?:allowed|permitted|legal|illegal|ok|okay|banned|blocked)\b|"
    # what partners must do: "do we have to pull listings", "should we stop", "are we required to"
    r"\b(?:do|does)\s+(?:we|i|partners?|resellers?)\s+(?:have|need)\s+to\b|"
    # "do we need a carrier partner to sell huawei phones": what dealing in them takes
    r"\b(?:do|does)\s+(?:we|i|partners?|resellers?)\s+need\s+(?:a|an|any)\s+(?:[\w&'-]+\s+){1,3}?to\s+"
    r"(?:sell|resell|move|stock|carry|list|import|offer|quote)\b|"
    r"(?:^|[,;:?\-\u2013\u2014]\s*)(?:must|should)\s+(?:we|i|partners?|resellers?)\b|"
    r"\bare\s+we\s+(?:required|supposed|obliged)\s+to\b|"
    r"\b(?:we|i|partners?|resellers?)\s+(?:still\s+)?be\s+able\s+to\b|"  # "will we be able to sell…"
    # "any way to move them to a cust?", "is there a way we can sell them" (stock moved on, not "a way to check…")
    r"\b(?:any|is\s+there\s+(?:a|any))\s+(?:legal\s+|legit\s+)?way\s+(?:to|we\s+(?:can|could)|i\s+(?:can|could)|"
    r"for\s+(?:us|me)\s+to)\s+(?:still\s+)?(?:sell|resell|move|offload|unload|dump|liquidate|clear|quote|list|stock|"
    r"ship|import|get\s+rid\s+of)\b"
    # a conclusion put for confirmation: "the ban got lifted right? so we can go back to selling huawei routers"
    r"|\bso\s+(?:now\s+)?(?:we|partners?|resellers?)\s+(?:can|could|may)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:sell|resell|stock|carry|quote|list|import|order)(?:ing)?\b"
    # … or that partners are in the clear: "trump lifted the huawei ban in 2019 so were good right?"
    r"|\bso\s+(?:now\s+)?(?:we'?re|we\s+are|were|partners\s+are)\s+(?:all\s+)?(?:good|ok|okay|fine|clear|"
    r"in\s+the\s+clear|good\s+to\s+go|covered|safe)\b",
    re.I,
)


# Asking for the gist ("latest on", "tl;dr", "what happened with", "explained"): a news article
# and a partner note both state their gist in their first sentence.
_OVERVIEW = re.compile(
    r"\b(?:latest|what'?s new|whats new|anything new|news|updates?|tl;?dr|tldr|summary|summari[sz]e|overview|"
    r"what happened|what'?s (?:going on|happening|the deal)|explain|explained|in plain english|rundown|status)\b",
    re.I,
)


# Dealing in a product ("do we carry...", "should we still stock..."): with _PERMISSION, a question
# whose answer is a rule for the whole line, not a fact about one model.
_DEALING = re.compile(
    r"\b(?:can|may|could|do|should)\s+(?:we|i|partners?|resellers?|they|you)\s+(?:still\s+|even\s+|just\s+|also\s+)?"
    r"(?:sell|resell|carry|stock|list|support|offer|order|buy|source|quote|supply|ship|import|install|repair|service)\b",
    re.I,
)


# a dealing asked by its verb alone, as chat does: "sell huawei phones?", "ship huawei gear to mexico?" (not "list…",
# which may ask for a list, nor "stock…", a share price)
_BARE_DEALING = re.compile(
    r"^\s*(?:still\s+)?(?:sell|resell|carry|offer|quote|supply|ship|import|install)\s+[\w&'-][^?]*\?\s*$", re.I
)


# What a note or rule allows ("does the 2026 listings note allow that", "would the checklist let us quote it") and
# the rule of a past time ("were we allowed to", "was buying from a disti's open market stock ok back then"): leave
# asked, but not of now (a question in the present tense about a rule says nothing of today's rules unlike "can we")
_PAST_PERMISSION = re.compile(
    r"\b(?:was|were)\s+(?:we|i|partners?|resellers?|it|that|this)\s+(?:ever\s+|still\s+)?"
    r"(?:allowed|permitted|legal|illegal|ok|okay)\b"
    r"|\b(?:was|were)\s+(?:buying|selling|sourcing|listing|quoting|stocking|reselling|importing)\b[^?.!]{0,60}?"
    r"\b(?:ok|okay|allowed|permitted|legal|illegal)\b",
    re.I,
)
_RULE_ALLOWS = re.compile(
    rf"\b(?:does|do|would)\s+(?:the\s+|our\s+|this\s+|that\s+|its\s+)?(?:[\w&'-]+\s+){{0,3}}?"
    rf"(?:{_DOCUMENT}|bans?|waivers?|licen[cs]es?|lists?|line card)\s+(?:allow|allows|permit|permits|let|lets)\b"
    rf"|{_PAST_PERMISSION.pattern}",
    re.I,
)


# A customer's request with a verdict asked of it ("travel agency wants 40 huawei hotspots. yes or no", "customer will
# sign a waiver so we can quote huawei, does that fly"); "did best buy sell huawei phones, yes or no" asks a fact: the
# request needs a requester (a customer, an office, "they", "we") as its subject
_VERDICT_ASKED = re.compile(
    r"\b(?:yes or no|yes/no|y/n|yay or nay|go or no[- ]go|go/no[- ]go|(?:does|would|will) (?:that|it|this) fly|"
    # "dentist office wants 5 matepads from us, ok or no"
    r"(?:ok|okay|fine|allowed) or (?:no|not)|"
    r"thumbs up or (?:down|no)|is (?:that|it|this) a go|green ?light|hard no|"
    # "cinema chain wants 30 huawei matepads…, whats the answer": our answer to the request
    r"what(?:'?s|\s+is)\s+(?:the|our)\s+(?:answer|call|verdict)(?!\s+(?:to|for|on|about|of)\b)|"
    # "is that a quote we can even touch", "can we even touch it": a deal we may take on
    r"(?:we|i)\s+(?:can|could)\s+(?:even\s+|actually\s+|legally\s+)?touch|can\s+(?:we|i)\s+(?:even\s+|legally\s+)?touch)\b",
    re.I,
)
# the asker's own answer asked ("…, whats my honest answer"): a verdict only of a request for goods (`_GOODS_REQUEST`)
_MY_ANSWER = re.compile(r"\bwhat(?:'?s|\s+is)\s+my\s+(?:honest\s+|real\s+|short\s+)?(?:answer|call)\b", re.I)
# any requester opening the message, wanting goods it counts ("ski resort in colorado wants 20 huawei lte routers"), or
# Huawei's goods ("flight school w/ 12 planes wants huawei matepads…", its own clause typed with "w/"; "muni water
# utility w/ an epa srf loan wants new huawei switches", "…wants pura 80s": a Huawei line by its name and number); not
# "the fcc wants huawei gone", nor what is said of the goods ("…wants mate 10 pro warranty details")
_GOODS_WANTED = (
    r"^\W*(?:[\w'&/-]+\s+){1,10}?(?:wants?|needs?)\s+"
    r"(?!(?:[\w-]+\s+){0,4}?(?:info|information|details?|pricing|prices?|warranty|specs?|support|repairs?|returns?|"
    r"manuals?|docs?)\b)"
    r"(?=(?:~\s*|about\s+|around\s+)?\d|(?:(?:new|more|some|used|refurb\w*)\s+)?"
    r"(?:(?:pura|mate|nova)\s*\d+\w*|matepads?|matebooks?|freebuds|huawei\s+(?:[\w-]+\s+){0,2}?"
    r"(?:phones?|handsets?|tablets?|matepads?|laptops?|matebooks?|watch(?:es)?|routers?|switches|gear|equipment|"
    r"cams?|cameras?|aps?|access\s+points?|wifi|hotspots?|modems?|devices?))\b)"
)
_REQUEST = re.compile(
    r"\b(?:customers?|clients?|custs?|buyers?|prospects?|users?|agency|agencies|district|school|college|university|"
    r"hospital|clinic|lab|bank|hotel|store|shop|retailer|carrier|utility|operator|contractor|reseller|partner|startup|"
    r"nonprofit|church|library|city|county|state|jail|prison|court|sheriff|police|company|co|firm|chain|office|dept|"
    r"department|team|group|org|guy|"
    r"they|he|she|we|i)\b(?:(?:\s+[\w'-]+){0,2}?|(?:\s+[\w'-]+){1,6}?\s+and|\s+[a-z]+ing(?:\s+[\w'-]+){0,5}?)\s+"
    # "isp customer (is) doing a fiber build and needs huawei olts", "customer doing a fiber build wants…": the
    # requester's verb after a clause saying what it is doing (not "he said the fcc needs…")
    r"(?:wants?|wanted|needs?|asked for|is asking for|asking for|requested|offered|would like|is looking for|"
    r"looking for|will sign|ordered|is ordering|bids? on|is bidding on)\b"
    r"|\bso (?:that )?we can (?:quote|sell|resell|supply|bid|ship|install)\b"
    # "cust is a county hospital, wants 30 matebooks": what the requester is, then that it wants goods (not "…, needs
    # advice on…")
    r"|\b(?:customers?|clients?|custs?|buyers?|prospects?)\s+(?:is|are)\s+(?:a|an|the)(?:\s+[\w'-]+){1,4}?\s*,\s+"
    r"(?:wants?|wanted|asked for|is asking for|asking for|would like|ordered|is ordering)\s+\d"
    rf"|{_GOODS_WANTED}",
    re.I,
)
# …and one that wants goods, which a bare "— fine?" or "whats my honest answer" asks leave to supply (not "customer
# wants to return a faulty huawei phone", "…wants mate 10 pro warranty details")
_GOODS_REQUEST = re.compile(_GOODS_WANTED, re.I)


# Leave for partners themselves to deal in a product ("can we resell huawei routers", "ok to quote huawei tablets?",
# "customer wants 40 huawei hotspots, yes or no"), not whether a customer may buy, keep or use one ("can they keep
# huawei routers in the office", "are they allowed to buy huawei switches under 889"): the resale rules answer only it
_PARTNERS_DEAL = re.compile(
    r"\b(?:can|may|could|do|should|are|will)\s+(?:we|i|partners?|resellers?)\s+(?:still\s+|even\s+|legally\s+)?"
    r"(?:be\s+able\s+to\s+|be\s+allowed\s+to\s+|allowed\s+to\s+)?"
    r"(?:sell|resell|carry|stock|list|offer|order|source|quote|supply|ship|import|bid|provide)\b"
    r"|\b(?:ok|okay|fine|allowed|permitted|legal)\s+(?:for\s+(?:us|partners)\s+)?to\s+"
    r"(?:sell|resell|stock|list|quote|ship|import|offer|carry|supply)\b"
    # asked as a statement: "…not huawei anymore right so we can sell them?"
    r"|\b(?:we|partners|resellers)\s+(?:can|may)\s+(?:still\s+|now\s+|legally\s+)?"
    r"(?:sell|resell|carry|stock|list|offer|source|quote)\b(?=[^.!?]*\?+\s*$)",
    re.I,
)
# "…wants cheap huawei matepads for inmates, ok?": a request with a verdict asked of it as its last word
_VERDICT_TAIL = re.compile(
    r"(?:[,.;:\-\u2013\u2014]|\bso|\bthen)\s*(?:ok|okay|fine|allowed|legal|good to go|"
    r"(?:can|could|may)\s+(?:we|i)(?:\s+(?:do|quote|sell|take)\s+(?:it|that|this|them))?|are we (?:ok|good|allowed)"
    # the asker's own verdict on a bid to confirm: "…bids due fri — we just no-bid right?" (not "we pass right?" on a
    # return or a support request, which its route answers)
    r"|(?:so\s+)?(?:we|i)\s+(?:just\s+|should\s+|have\s+to\s+)?(?:no[- ]bid|pass\s+on\s+(?:the\s+|this\s+)?"
    r"(?:bid|tender|rfp))\s*,?\s*(?:right|correct|yes|no)?)"
    r"\s*\?*\s*$",
    re.I,
)


# "huawei watch d2 sold in the us at all?", "any us availability?": whether the product can be had here now, which the
# rule on selling it answers; not a past fact ("was the mate 10 pro sold in the us at launch?")
_AVAILABLE_HERE = re.compile(
    r"\b(?:us|u\.s\.|usa)\s+availability\b|"
    # not "can't be sold in the us": what a rule means, asked of the rule
    r"(?<!\bbe )\b(?:sold|available|for sale|on sale|buyable)\s+(?:(?:in|anywhere in)\s+"
    r"(?:the\s+)?(?:us|u\.s\.?|usa|states)\b(?!\s+(?:like|such|federal|register))|here|stateside)",
    re.I,
)
_PAST_ASK = re.compile(r"\b(?:was|were|did|ever|used to|back then|at launch|launched|in 20\d\d)\b", re.I)


# "how many huawei phones are sold in the us", "which ones are available here": a figure or a list, not leave
_NOT_YES_NO = re.compile(r"\b(?:how|which|what|who|whom|whose|where|when|why|share|percent|%)\b", re.I)


def asks_availability(question: str) -> bool:
    """Asks, yes or no, whether a product (a kind of product, or a model: "watch d2", "pura 80") is sold in the US now
    ("sold in the us at all?", "any us availability"); not software ("is harmonyos available in the us?")."""
    return (
        bool(_AVAILABLE_HERE.search(question))
        and not _PAST_ASK.search(question)
        and not _NOT_YES_NO.search(question)
        and bool(product_kinds(question) or re.search(r"\d", question))
    )


# a customer's request brought with no question at all ("customer wants 40 huawei routers for a warehouse"): what
# may be done about it is asked; not one that asks anything ("…wants to know when the ban started", "…, whats our
# margin") nor one naming no product ("customer wants to pay by amex")
_ASKS_SOMETHING = re.compile(
    r"\?|\b(?:how|which|what|whats|who|whom|whose|where|when|why|if|whether|know|understand|explain|or)\b|"
    r"(?:^|[,;:.\-\u2013\u2014]\s*)any\b|[.;]\s*\w",  # "…, any rule that bites"; a second sentence
    re.I,
)
_DEALT_IN = re.compile(r"\b(?:huawei|zte|honor|hikvision|dahua|hytera)\b", re.I)


# "cust is a hospital w/ 5 sites wanting huawei wifi gear": the customer, what it is, then what it wants
_WANTING = re.compile(
    r"\b(?:customers?|custs?|clients?|buyers?|prospects?)\b[^.?!;]{0,60}?\b(?:wanting|needing|looking\s+for)\s+", re.I
)


def brings_bare_request(question: str) -> bool:
    """A customer's request for a product, one sentence with no question asked of it: leave is asked. Of the whole
    message only (a request before a question, "customer wants 60 hikvision cameras, same 889 problem?", is context)."""
    return (
        bool(_REQUEST.search(question) or _WANTING.search(question))
        and not _ASKS_SOMETHING.search(question)
        and not any(asks(c.strip()) for c in re.split(r"[.;,!:\u2013\u2014]|\s-+\s", question))
        and bool(product_kinds(question) or _DEALT_IN.search(question))
    )


# "phone is out of warranty, what do we offer": the remedy asked, not leave to sell
_WHAT_WE_OFFER = re.compile(r"\bwhat\s+(?:do|can|should|could)\s+(?:we|i)\s+(?:still\s+)?(?:offer|provide)\b", re.I)


# a customer asking us for a service, not for goods: "customer wants us to enrol his pura x in our managed device
# service, ok?" (not "…wants us to quote 40 units", "…needs us to get him one")
_SERVICE_ASKED = re.compile(
    r"\b(?:wants?|wanted|needs?|asked|asks|asking|would\s+like)\s+(?:us|me)\s+to\s+"
    r"(?!(?:sell|resell|quote|supply|ship|source|order|get|grab|find|provide|buy|procure|deliver|bid|list|stock|"
    r"carry|install|do)\b)[a-z]+",
    re.I,
)


def verdict_asked(question: str) -> bool:
    """Does the question ask a verdict outright ("yes or no", "y/n", "go/no-go", "does that fly")?"""
    return bool(_VERDICT_ASKED.search(question))


# whether anything forbids a request for Huawei's goods ("nursing home … wants huawei tablets … anything actually
# blocking that?", "vet clinic … wants 3 huawei routers. any actual law against it or just our own policy?", "state
# lottery commission wants huawei tablets … any federal hook or purely a state call"): leave asked, of the request
_BLOCKER_ASKED = re.compile(
    r"\banything\s+(?:\w+\s+)?(?:blocking|stopping|preventing|prohibiting|barring|against)\b"
    r"|\bany\s+(?:\w+\s+){0,2}?(?:laws?|rules?|regs?|regulations?|hooks?|restrictions?|bans?|problems?|issues?|"
    r"blockers?)\b(?!\s+(?:numbers?|counts?|dates?|names?)\b)"
    r"|\b(?:is|would|will)\s+(?:that|it|this)\s+(?:be\s+)?(?:a\s+|an\s+)?(?:problem|issue)\b",
    re.I,
)
# …asked of something else: a source ("anything against it in the 2012 report"), the customer's own side ("any problem
# for them"), goods they have already ("any issues with the ones they already have")
_BLOCKER_ELSEWHERE = re.compile(
    r"\b(?:against|blocking|stopping)\s+(?:it|that|this|them)\s+in\s+(?:the|a|an|our|their)\b"
    r"|\b(?:problems?|issues?)\s+for\s+(?:them|the\s+cust\w*|their|him|her)\b"
    r"|\balready\s+(?:have|has|own|owns|use|uses)\b",
    re.I,
)
_HUAWEI_GOODS_WANTED = re.compile(
    # (with a count or a word or two of what kind, "wants cheap huawei matebooks"; not "wants to buy used huawei phones"
    # from others; like `_GOODS_WANTED`, the subject's goods: another maker's are not what its rules are on)
    r"\b(?:wants?|needs?|spend\s+(?:it|them)\s+on)\s+(?:(?!to\b|from\b|us\b)[\w$~,-]+\s+){0,2}?"
    r"(?:huawei\s+(?:[\w-]+\s+){0,2}?(?:phones?|handsets?|tablets?|matepads?|laptops?|matebooks?|watch(?:es)?|routers?|"
    r"switches|gear|equipment|cams?|cameras?|aps?|access\s+points?|wifi|hotspots?|modems?|devices?)\b"
    # (or by a line's name and number: "wants 30 mate 80 pros")
    r"|(?:huawei\s+)?(?:(?:pura|mate|nova)\s*\d+\w*(?:\s+(?:pros?|ultras?|plus|max))?|matepads?|matebooks?|freebuds)\b)"
    # (goods to be worked on are a service asked: "needs huawei phones fixed", "wants huawei phones replaced")
    r"(?!\s+(?:\w+\s+)?(?:fixed|repaired|replaced|recycled|unlocked|wiped|serviced|swapped|removed|taken\s+out|"
    r"ripped\s+out|looked\s+at|checked))",
    re.I,
)


def asks_partners_to_deal(question: str) -> bool:
    """Asks whether partners may sell, quote, list… a product, or brings a customer's request for one with a
    verdict asked of it ("customer wants 40 huawei hotspots. yes or no"); a request for a service ("…wants us to
    enrol his pura x in our managed device service, ok?") asks leave to do that, not to sell."""
    service = bool(_SERVICE_ASKED.search(question))
    return bool(
        _PARTNERS_DEAL.search(_WHAT_WE_OFFER.sub(" ", question))
        or (
            not service
            and _REQUEST.search(question)
            and (_VERDICT_ASKED.search(question) or _VERDICT_TAIL.search(question))
        )
        or (not service and brings_bare_request(question))
        or asks_availability(question)
        or _blocker_asked(question)
    )


def _blocker_asked(question: str) -> bool:
    """Whether anything stands in the way of a request for Huawei's goods, asked of us ("…wants huawei tablets …
    anything blocking that?"): not a request for a service on them, nor a blocker asked of a source or of the
    customer's own side."""
    return bool(
        _BLOCKER_ASKED.search(question)
        and _HUAWEI_GOODS_WANTED.search(question)
        and not _BLOCKER_ELSEWHERE.search(question)
        and not _SERVICE_ASKED.search(question)
    )


def asks_leave(question: str) -> bool:
    """Asks what partners may or must do ("can we sell...", "is it legal", "do we carry...", "do we have to
    pull listings", "does the note allow that", "was it ok back then", "customer wants 40 of them, yes or no"): a
    general rule answers."""
    return bool(
        _PERMISSION.search(question)
        or _DEALING.search(question)
        or _BARE_DEALING.match(question)
        or _RULE_ALLOWS.search(question)
        or (_VERDICT_ASKED.search(question) and _REQUEST.search(question))
        # (of a request for goods also as a tail or as the asker's own answer: "ski resort wants 60 huawei wifi aps for
        # the lodges, private $ — fine?", "…wants pura 80s for content, whats my honest answer")
        or ((_VERDICT_TAIL.search(question) or _MY_ANSWER.search(question)) and _GOODS_REQUEST.search(question))
        or asks_availability(question)
        or _blocker_asked(question)
    )


# the care of a device a customer has: updates, Google apps, warranty, repair. The rule on it holds for every model of
# the line ("customer has an old p30 pro, will it still get security updates"), unlike a fact about one model
_DEVICE_CARE = re.compile(
    r"\b(?:(?:security\s+|software\s+|os\s+|android\s+)?(?:updates?|patch(?:es)?)|google\s+(?:play|apps?|services)|"
    r"play\s+store|warrant(?:y|ies)|repairs?|swaps?|rma|"
    # whether devices in use may stay ("do they have to get rid of them", "can they keep using them"), or one broke
    r"get\s+rid\s+of|(?:keep|keeping)\s+(?:them|those|it|using|their|his|her)|ditch|faulty|broken|died|dead|cracked)\b",
    re.I,
)


def cares_for_owned(question: str, model: str) -> bool:
    """Asks about updates, Google apps, warranty or repair of a model someone has ("customer's p30", "15 huawei
    p30s", "the pura 70 has google play", "a customer's out of warranty huawei p30"), not of a model asked about as
    such ("harmonyos 2 update", "p30?")."""
    held = re.search(
        r"(?:\b(?:has|have|had|owns?|bought|with|w/|old|older|their|his|her|a|an|the|running|using|uses|\d{1,3})|'s)\s+"
        r"(?:[\w-]+\s+){0,4}?" + re.escape(model),
        question,
        re.I,
    )
    return bool(held) and bool(_DEVICE_CARE.search(question))


# "customer has 15 huawei p30s from 2019", "exec still uses a mate 10 pro": devices someone holds already
_HOLDS = re.compile(
    r"\b(?:has|have|had|owns?|bought|(?:still\s+)?(?:uses?|using))\s+(?P<thing>[^,.;:?!\u2014\u2013]{1,40})", re.I
)


_A_MODEL = re.compile(r"\b[a-z]+\s?\d{1,3}s?\b", re.I)  # "p30s", "mate 10": a model (not "from 2019")


def cares_for_held(question: str) -> bool:
    """Asks about updates, Google apps, warranty or repair of devices someone holds already ("customer has 15 huawei
    p30s from 2019 — do those still get play store updates"): a question about devices in use, not ones to come."""
    held = any(product_kinds(m["thing"]) or _A_MODEL.search(m["thing"]) for m in _HOLDS.finditer(question))
    return held and bool(_DEVICE_CARE.search(question))


def asks_for_overview(question: str) -> bool:
    return bool(_OVERVIEW.search(question))


_PAST = re.compile(
    r"\b(?:did|didn'?t|was|wasn'?t|were|weren'?t|had|happened|used to|back in|at the time|originally)\b", re.I
)


# "what margin did we use to get", "the old guidance on margins": the guidance of
# an earlier time is asked for, so a superseded note may answer (and says its date).
_FORMER = re.compile(
    r"\b(?:(?:did|do)\s+(?:we|you|i|partners?|resellers?)\s+use(?:d)?\s+to"
    r"|(?:old|older|previous|former|original|earlier|prior)\s+(?:\w+\s+)?(?:guidance|rules?|policy|policies|notes?|"
    r"targets?|checklists?|advice|line card|price floor|margin targets?))\b",
    re.I,
)
# "sourcing note — was buying from a disti ok back then", "was it ok back then to resell…": the rule of that time
# (not "at the time of sale")
_GUIDANCE = re.compile(r"\b(?:notes?|guidance|checklists?|polic(?:y|ies)|line card)\b", re.I)
_THEN = re.compile(r"\b(?:back then|in those days|at the time)\b(?!\s+of\b)", re.I)


# A forecast: an opinion ("you think"), a horizon ("next year", "by 2028"), or a condition on an event
# to come ("if there's a trade deal"). Only a plan or schedule the corpus states answers it.
_PREDICTION = re.compile(
    r"\b(?:(?:you|u|anyone|we) (?:think|reckon|expect|guess)|predictions?|predict|forecast\w*|odds|likely|chances?|"
    r"next (?:year|yr|month|quarter|qtr|week|admin\w*|administration)|new admin\w*|any ?time soon|by 20\d\d|"
    r"(?:if|once|when) there(?:'s| is| are) (?:a |an )?(?:\w+ ){0,3}?(?:deal|agreement|treaty|talks))\b",
    re.I,
)


# A trailing tag that only asks for the reader's opinion ("…next year, what do u think", "…by 2027? gut
# feeling"): no part of its own, and it makes a question about a time to come a forecast.
_OPINION_TAG = re.compile(
    r"(?:^|[,.;:?!]+\s*|\s+-+\s*|\s*[\u2013\u2014]\s*|\s+(?=what do))(?:so\s+)?"
    r"(?:what do (?:you|u|y'?all|ppl|people) think|wdyt|thoughts|"
    r"(?:your|ur|any) (?:take|thoughts|guess(?:es)?|opinions?|views?|best guess|gut(?: feel(?:ing)?)?)|"
    r"gut (?:feel(?:ing)?|check)|best guess|opinions?|imo|in your opinion|"
    r"(?:any\s+)?(?:predictions?|guesses|forecasts?))\s*[?!.]*\s*$",
    re.I,
)


def without_opinion_tag(question: str) -> str:
    """The question without a trailing opinion tag; the question itself when it has none."""
    head = _OPINION_TAG.sub("", question).strip()
    return head if content_words(head) else question


def asks_prediction(question: str, kind: str | None = None) -> bool:
    """Asks what will happen, as a forecast ("will the entity list be lifted next year?", "do you think
    the suspension gets extended past next year"), not the consequence of a rule ("are they gonna lose
    funding?") nor an opinion on the present ("do you think the customer needs a licence?"). `kind`: the
    question's answer type, when already known."""
    return (kind or answer_type(question)) == "future" and bool(_PREDICTION.search(question))


def asks_former_guidance(question: str) -> bool:
    """Asks for guidance that was later replaced ("what margin did we use to get", "the old guidance on
    margins"), and not also about now: "we use to buy from distributors, where do we buy now" wants the
    current rule."""
    # "then" with a note ("the sourcing note … back then") or a past permission ("was it ok back then to resell")
    then = _THEN.search(question) and (_GUIDANCE.search(question) or _PAST_PERMISSION.search(question))
    former = _FORMER.search(question) or then
    return bool(former) and not asks_about_present(question)


def asks_about_past(question: str) -> bool:
    """ "why did Best Buy stop...", "what was the deal": about an event, not about how things stand now."""
    return bool(_PAST.search(question)) and not asks_about_present(question)


def asks_about_present(question: str) -> bool:
    return bool(_PRESENT.search(question) or _PERMISSION.search(question))


def years_in(question: str) -> list[int]:
    return [int(y) for y in YEAR.findall(question)]


# A year that sets the time asked about ("still … in 2021", "as of 2020"), not one that names an
# event ("still resell after the 2022 fcc ban": that ban's year, asked about now).
# ("back in January 2018": the month's year too, a short month spelled out as read)
_FRAMED_YEAR = re.compile(
    r"\b(?:in|as of|during|throughout|for|by|back in|end of|start of)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:{MONTH}\s+)?((?:19|20)\d\d)\b",
    re.I,
)


def years_setting_the_time(question: str) -> list[int]:
    """The years of `_FRAMED_YEAR`, less those that date an event named just before them ("after the fcc ban
    in 2022", "phones bought in 2019", "a phone a customer bought from us back in 2018"): those say when the event
    was, not the time asked about."""
    dealt = [m.span(1) for m in _DEALT_YEAR.finditer(question)]
    out = []
    for m in _FRAMED_YEAR.finditer(question):
        if not _EVENT_BEFORE.search(question[max(0, m.start() - 40) : m.start()]) and m.span(1) not in dealt:
            out.append(int(m.group(1)))
    return out


# a year of a sale, a purchase or an installation, to or from whom: "a customer bought from us back in 2018"
_DEALT_YEAR = re.compile(
    r"\b(?:bought|purchased|sold|installed|acquired|ordered|shipped|deployed|delivered)\s+"
    r"(?:(?:them|it|those|these|one|ones|him|her)\s+)?"  # "a phone we sold them in 2018"
    r"(?:(?:from|to|by|through|thru|via|at|for)\s+(?:[\w&'-]+\s+){1,2}?)?(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?"
    r"((?:19|20)\d\d)\b",
    re.I,
)


def years_dealt(question: str) -> list[int]:
    """The years of a sale, a purchase or an installation (`_DEALT_YEAR`)."""
    return [int(m.group(1)) for m in _DEALT_YEAR.finditer(question)]


# the thing a year names ending just after it ("the may 2019 tgl end"), or "it" ending in a question after it; an end
# with nothing after it in its clause (not "what did it actually stop us companies from doing": what it barred)
_END_ALONE = r"(?=\s*(?:[?.!,;:]|$|\s+(?:in|on|at|by|for\s+good|exactly|finally|again|then)\b))"
_ENDED_NEXT = re.compile(rf"\s+(?:[\w-]+\s+){{1,3}}?(?:{_ENDS}|end|expire|stop|lapse|run out){_END_ALONE}", re.I)
_IT_ENDED = re.compile(
    rf"\b(?:it|that|this)\s+(?:finally\s+|really\s+|actually\s+)?(?:{_ENDS}|end|expire|stop|lapse|run out){_END_ALONE}",
    re.I,
)
# a year in the name of a thing ("when did the may 2019 tgl end": the licence issued then)
_NAMING_YEAR = re.compile(rf"\bthe\s+(?:{MONTH}\s+)?((?:19|20)\d\d)\s+(?!(?:and|or|to|vs|through|until)\b)[a-z]", re.I)


# the asker's guess at a date asked, in a clause of its own: "when did the 889 contractor ban kick in, that was 2019
# yeah?" (as a part, its question mark is gone)
_GUESS_CLAUSE = re.compile(
    r"\b(?:that|it|this)\s+(?:was|is|were)\s+(?:in\s+|back\s+in\s+)?((?:19|20)\d\d)\s*,?\s*"
    r"(?:(?:right|yeah|yes|yea|ya|correct|iirc|i think|i believe)\s*(?:\?|$)|\?)",
    re.I,
)


def guessed_years(question: str, kind: str | None) -> list[int]:
    """The year an asker guesses for the date asked, in a clause of its own ("…kick in, that was 2019 yeah?"): the
    date the corpus gives answers and corrects it, so it is no time to look in nor a word the answer must hold."""
    return [int(m.group(1)) for m in _GUESS_CLAUSE.finditer(question)] if kind == "when" else []


def years_only_named(question: str) -> list[int]:
    """Years that set no time to look in: one naming a thing whose end is asked ("when did the may 2019 tgl end": the
    licence issued then, which ended later; "what did the may 2019 tgl allow? when did it end"). Preferring documents
    of that year would serve its start. Not when something else ends ("did the 2020 chip rule mean tsmc had to stop
    making kirin chips": the year of the rule sets the time of TSMC's stop)."""
    question = _GLOSS_RUN.sub("", question)  # ("tgl (temporary general licence)", as shorthand is spelled out)
    out = []
    for m in _NAMING_YEAR.finditer(question):
        if _OUR_DOCUMENT.match(question, m.end(1)):
            continue  # "when did the 2020 support note end": our note of that year, replaced by a later one
        if _ENDED_NEXT.match(question, m.end(1)) or _IT_ENDED.search(question, m.end(1)):
            out.append(int(m.group(1)))
    return out


_GLOSS_RUN = re.compile(r"\s+\([^()]{1,60}\)")
_OUR_DOCUMENT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:notes?|guidance|checklist|memo|policy|playbook|docs?|documents?)\b", re.I
)


_EVENT_BEFORE = re.compile(
    r"\b(?:\w+ed|bought|sold|made|built|begun|began|won|lost|ban|bans|rule|rules|order|orders|act|law|listing|"
    r"decision|deal|report|letter|launch|release|vote|hearing|"
    # a time compared with now, not the time asked about: "can we still sell it, like in 2019?", "as we did in 2018"
    r"like|as|than|unlike|did|do|does)\s*$",
    re.I,
)


@dataclass(frozen=True)
class QuestionInfo:
    text: str
    parts: tuple[str, ...]
    kind: str | None
    key_terms: tuple[str, ...]
    present: bool
    years: tuple[int, ...]
    language: str
    part_kinds: tuple[str | None, ...] = field(default=())
    overview: bool = False
    past: bool = False
    former: bool = False  # asks for guidance that was later replaced ("the old margin target")
    framed_years: tuple[int, ...] = ()  # the years that set the time asked about ("in 2021")
    dealt_years: tuple[int, ...] = ()  # the years of a sale or purchase ("bought from us in 2018")
    named_years: tuple[int, ...] = ()  # years naming a thing whose end is asked, no time asked (`years_only_named`)
    prediction: bool = False  # a forecast ("will it be lifted next year?"): only a stated plan answers it
    bare_amount: tuple[bool, ...] = field(default=())  # per part: only "how much" of what the part before names

    @property
    def time_years(self) -> tuple[int, ...]:
        """The years the question asks about: about now, only those that set the time asked
        ("still … in 2021"), not an event's ("can we still resell after the 2022 fcc ban")."""
        if self.present:
            return tuple(y for y in self.framed_years if y not in self.named_years)
        # "how do i do an rma on a phone a customer bought from us back in 2018": when it was bought, not the time
        # asked about (unless the question is about the past: "what was the rma process for phones sold in 2018")
        years = self.years if self.past else tuple(y for y in self.years if y not in self.dealt_years)
        return tuple(y for y in years if y not in self.named_years)


# a word of a compared side, with the gloss spelling it out that `expand_shorthand` may add ("r&d (research and
# development)")
_GLOSS = r"(?:\s+\([^()]{1,40}\))?"
_SIDE_WORD = rf"[\w&().'-]+{_GLOSS}"
# "889 part a vs part b, whats the diff": two things compared, each named first in its clause (in up to five words:
# "mate 10 pro list price vs porsche design edition price")
_COMPARED = re.compile(
    rf"^(?P<a>(?:{_SIDE_WORD}\s+){{0,4}}?{_SIDE_WORD})\s+(?:vs\.?|versus)\s+"
    rf"(?P<b>(?:{_SIDE_WORD}\s+){{0,4}}?[\w&().'-]+?{_GLOSS})(?P<rest>\s*(?:[-\u2013\u2014,:;?]|$|(?=(?:what|whats|what's|which|how|is|are|can|do|does)\b)).*)$",
    re.I | re.S,
)


def compared_parts(parts: list[str]) -> list[str]:
    """A part that compares two things ("mate 70 vs mate 80, whats the difference") becomes one part for
    each ("mate 70, whats the difference", "mate 80, whats the difference"), so the answer says what
    the corpus says of both; three things ("entity list vs covered list vs 889 — 1 line each") give three
    parts. A side missing the other's leading words gets them ("889 part a vs part b": "889 part b")."""
    out: list[str] = []
    for p in parts:
        if (m := _DIFFERENCE_BETWEEN.match(p)) and len(parts) + len(out) <= 3:
            a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("a2"), m.group("b2"))
            b = " ".join(_completed(a.split(), b.split()))  # "…between 889 (a)(1)(A) and (a)(1)(B)"
            out += [f"what is {a}", f"what is {b}"]  # "whats the difference between x and y": what each one is
            continue
        # "tl;dr 889(a)(1)(A) vs (a)(1)(B)": asked short of each side
        short = _SHORT_LEAD.match(p)
        lead, p = (short.group(0), p[short.end() :]) if short else ("", p)
        sides, rest = _sides_compared(p, room=4 - len(parts) - len(out) + 1)
        if lead and len(sides) >= 2 and not rest.strip(" ?"):
            out += [f"{lead}{side}" for side in sides]
            continue
        if lead:  # ("tl;dr best buy vs verizon — who dropped huawei first": read whole, as before)
            out.append(lead + p)
            continue
        if len(sides) < 2 or asks_of_one_side(rest, sides) or _two_events(p):
            # ("huawei switches vs cisco, can i even quote huawei": the question is about one of them; "honor sale vs
            # the aug 2020 fdpr — in what order did those happen": their order, asked by the date of each)
            out.append(p)
        elif _ASKS_DIFFERENCE.fullmatch(rest):  # "entity list vs covered list, whats the diff": what each one is
            out += [f"what is {side}" for side in sides]
        else:
            out += [side + rest for side in sides]
    return out


_SHORT_LEAD = re.compile(r"^\W*(?:tl;?\s?dr|tldr|eli5|quick\s+q)\W*\s+", re.I)  # "tl;dr x vs y": each asked short
_DIFFERENCE = r"(?:diff|difference|differences)\s+between"
_DIFFERENCE_ASKED = re.compile(rf"\b{_DIFFERENCE}\b", re.I)
# "what's the difference between entity list and the fcc covered list", "how is x different from y": what each is
_DIFFERENCE_BETWEEN = re.compile(
    r"^\W*(?:(?:so|ok|and)\s+)?(?:(?:what'?s|whats|what\s+is|what\s+are)\s+the\s+(?:real\s+|actual\s+|main\s+)?"
    rf"{_DIFFERENCE}\s+(?:the\s+)?(?P<a>[^,;?]+?)\s+and\s+(?:the\s+)?(?P<b>[^,;?]+?)"
    r"|how\s+(?:is|are)\s+(?:the\s+)?(?P<a2>[^,;?]+?)\s+different\s+(?:from|than|to)\s+(?:the\s+)?(?P<b2>[^,;?]+?))"
    r"\s*$",
    re.I,
)


def compared_sides(question: str, parts: Sequence[str]) -> str | None:
    """What a question asking the difference between two things asks ("whats the difference between x and y"): its
    parts, what x is and what y is, joined; the word "difference" is no term an answer must hold. None for another
    question."""
    return " ".join(parts) if len(parts) > 1 and _DIFFERENCE_ASKED.search(question) else None


def asks_of_one_side(rest: str, sides: list[str]) -> bool:
    """Does what follows a comparison ask about one of its sides by name, and not the others ("huawei enterprise
    switches vs cisco, can i even quote huawei…")? Then the comparison is the case, and that side the question."""
    said = set(content_words(rest))
    named = [bool(said & set(content_words(side))) for side in sides]
    return bool(_YES_NO_ASKED.search(rest)) and sum(named) == 1


_YES_NO_ASKED = re.compile(r"\b(?:can|could|may|should|do|does|is|are)\s+(?:i|we|you|they|it|partners?)\b", re.I)


def _completed(a: list[str], b: list[str]) -> list[str]:
    """The second side of a comparison with the leading words of the first that it leaves out ("889 (a)(1)(A) vs
    (a)(1)(B)": "889 (a)(1)(B)"; "ascend 910b vs 910c": "ascend 910c")."""
    if (
        len(a) > len(b)
        and [w.lower() for w in a[len(a) - len(b) : -1]] == [w.lower() for w in b[:-1]]
        and (len(b) > 1 or _shape(b[0]) == _shape(a[-1]))  # "889 (a)(1)(A) vs (a)(1)(B)", "ascend 910b vs 910c"
    ):
        return a[: len(a) - len(b)] + b
    if len(b) == 1 and len(a[-1]) > len(b[0]) and _shape(a[-1][-len(b[0]) :]) == _shape(b[0]) and b[0][0] == "(":
        # "889(a)(1)(A) vs (a)(1)(B)": the subsection typed onto its section, the other side without it
        return a[:-1] + [a[-1][: -len(b[0])] + b[0]]
    return b


def _sides_compared(part: str, room: int) -> tuple[list[str], str]:
    """The things a part compares, at most `room` of them, and what it asks of them."""
    sides: list[str] = []
    rest = ""
    while len(sides) + 1 < room and (m := _COMPARED.match(part)):
        a, b = m.group("a").split(), _completed(m.group("a").split(), m.group("b").split())
        if max(len(a), len(b)) > 4 and answer_type(" ".join(a)) != answer_type(" ".join(b)):
            break  # a side of five words asks what the other does ("x list price vs y price"; not "margins on … vs z")
        rest = m.group("rest")
        sides.append(" ".join(a))
        part = " ".join(b) + rest  # (the second side may be compared again: "… vs covered list vs 889")
    return (sides + [part[: len(part) - len(rest)]] if sides else []), rest


# "how many yrs between the 2012 house report and huawei hitting the entity list": the span between two events
_SPAN_BETWEEN = re.compile(
    r"^how\s+(?:many\s+(?:years|yrs|months|weeks|days)|long)\s+(?:(?:was|is)\s+(?:it|there)\s+|passed\s+|went\s+by\s+)?"
    r"(?:between\s+(?P<a>[^,;?]+?)\s+and\s+(?P<b>[^,;?]+?)"
    # "how long from the fy19 ndaa getting signed to 889's contractor part kicking in" (events of a date or a number,
    # not a process's steps: "how long from quote to compliance clearance")
    rf"|from\s+(?=[^,;?]*(?:\d|\b{MONTHS}\b))(?P<a8>[^,;?]+?)\s+(?:to|till|til|until)\s+(?P<b8>[^,;?]+?))\s*$",
    re.I,
)


_DASHES = "\u2014\u2013"
# which of two came later or first: "which is the newer phone", "which one came out first", "what was earlier"
_WHICH_NEWER = (
    r"(?:which|what)(?:\s+one)?\s+(?:is|was|came(?:\s+out)?|launched|happened)\s+(?:the\s+)?"
    r"(?:newer|older|first|earlier|later|more\s+recent|latest)(?:\s+(?:one|phone|model|chip|rule|thing))?"
)
# "was the fcc natsec designation before or after huawei went on the entity list (, and by how many months)", "which
# came first, the bad labs rule or the hisilicon proposal": the order of two events
_BEFORE_OR_AFTER = re.compile(
    r"^(?:was|were|did|is|does)\s+(?P<a>[^,;?]+?)\s+(?:(?:happen|come|go|get|land|drop|start)\w*\s+(?:out\s+)?)?"
    r"(?:before\s+or\s+after|after\s+or\s+before)\s+(?P<b>[^,;?]+?)"
    r"(?:\s*,?\s*(?:and\s+)?(?:by\s+)?how\s+(?:many|much|long)\b[^?]*)?\s*$"
    r"|^(?:which|what)\s+(?:came|happened|was)\s+first\W+(?P<a2>[^,;?]+?)\s+or\s+(?P<b2>[^,;?]+?)\s*$"
    # "did the entity list come before the android suspension", "was the 2012 report out before the mate 10 pro launch
    # or way before", "was the entity list before the android suspension or after": one side, asked either way, or
    # with a verb of happening (not "did huawei sell phones here before the ban": a state before an event)
    r"|^(?:was|were|did|is|does)\s+(?P<a3>[^,;?]+?)\s+(?:(?P<verb>happen|happened|come|came|(?:come|came|go|went)\s+out"
    r"|out)\s+)?(?:before|after|earlier\s+than|later\s+than)\s+(?P<b3>(?!(?:19|20)\d\d\b)[^,;?]+?)"
    r"(?P<tail>\s+or\s+(?:way\s+|long\s+|well\s+|just\s+)?(?:before|after|later|earlier))?\s*$"
    # the thing named first, then the order asked of it: "pura x — released before or after the pura 80", "harmonyos 6:
    # out before or after the pura 80 launched"
    rf"|^(?P<a4>[^,;?:{_DASHES}]+?)\s*(?:[:{_DASHES}]|\s-\s)\s*(?:(?:was|were|did|is)\s+(?:it|that|they)\s+)?"
    r"(?:(?P<verb4>released|launched|announced|unveiled|published|signed|issued|adopted|out|came\s+out)\s+)?"
    # (not a year, "…before or after 2020", nor a question of its own after it, "…before or after the ban did huawei run
    # a lab here")
    r"(?:before\s+or\s+after|after\s+or\s+before)\s+(?!(?:19|20)\d\d\b)"
    r"(?P<b4>(?![^,;?]*\b(?:did|do|does|can|could|should|is|are|was|were|will|would|has|have)\b)[^,;?]+?)\s*$"
    # two things, then which is newer: "pura 80 ultra or mate 70 pro+ — which is the newer phone", "which is newer, the
    # mate 60 pro or the pura 70"
    rf"|^(?P<a5>[^,;?:{_DASHES}]+?)\s+or\s+(?P<b5>[^,;?:{_DASHES}]+?)\s*(?:[:,{_DASHES}]|\s-\s)\s*{_WHICH_NEWER}\W*$"
    rf"|^{_WHICH_NEWER}\s*(?:[:,{_DASHES}]|\s-\s)\s*(?P<a6>[^,;?:{_DASHES}]+?)\s+or\s+(?P<b6>[^,;?:{_DASHES}]+?)\s*$"
    # two things set side by side, then their order asked: "honor sale vs the aug 2020 fdpr tightening — in what order
    # did those happen", "the 2012 report and the at&t deal: which came first"
    # ("rip and replace vs covered list": the "and" inside a name is no side's end when a "vs" follows)
    rf"|^(?P<a7>[^,;?:{_DASHES}]+?)\s+(?:vs\.?|versus|and(?![^,;?:{_DASHES}]*\b(?:vs\.?|versus)\s))\s+"
    rf"(?P<b7>[^,;?:{_DASHES}]+?)\s*(?:[:,{_DASHES}]|\s-\s)\s*"
    r"(?:(?:in\s+)?(?:what|which)\s+order\b[^?]*|(?:which|what)(?:\s+one)?\s+(?:came|happened|was)\s+(?:first|earlier)"
    r"[^?]*)\s*$",
    re.I,
)


def _two_events(part: str) -> re.Match | None:
    """The span between two events or their order, asked ("…before the android suspension or after"; not "was the
    keynote still on after at&t pulled out": a state after an event)."""
    m = _SPAN_BETWEEN.match(part) or _BEFORE_OR_AFTER.match(part)
    either_way = m and (m.groupdict().get("a3") is None or m.group("verb") or m.group("tail"))
    return m if either_way else None


_SIDE_PRONOUN = re.compile(r"(?:it|its|that|this)\b", re.I)
# the thing a deed was done to, on the first side: "the fcc adopting the equipment ban" → "the equipment ban"
_SIDE_OBJECT = re.compile(r"\b[a-z]+(?:ing|ed)\s+(?P<obj>(?:the|its|their|a|an)\s+.+)$", re.I)


def _side_referent(side: str) -> str:
    """What "it" on the second side of a span stands for: the first side's object, or the first side itself ("the 2012
    house report and it being cited")."""
    m = _SIDE_OBJECT.search(side)
    return m["obj"] if m else side


def dated_ends(parts: list[str]) -> list[str]:
    """A span asked between two events, or their order, is asked by the date of each ("when the 2012 house
    report", "when huawei hitting the entity list"): the corpus dates events, it seldom counts the years between
    them or says which came first."""
    out: list[str] = []
    for p in parts:
        m = _two_events(p)
        if m and len(parts) + len(out) <= 3:
            sides = m.groupdict()
            a, b = next((sides[f"a{n}"], sides[f"b{n}"]) for n in ("", *"2345678") if sides.get(f"a{n}"))
            if m.groupdict().get("verb4"):  # "harmonyos 6 — out before or after…": when harmonyos 6 was out
                a = f"{a} {m.group('verb4')}"
            if pronoun := _SIDE_PRONOUN.match(b):  # "…between the fcc adopting the ban and it taking effect"
                b = _side_referent(a) + b[pronoun.end() :]
            out += [f"when {a}", f"when {b}"]
        else:
            out.append(p)
    return out


def _shape(token: str) -> str:
    """A token's shape: letters as "a", digits as "0" ("(a)(1)(B)" → "(a)(0)(a)", "910c" → "000a")."""
    return re.sub(r"\d", "0", re.sub(r"[^\W\d_]", "a", token.lower()))


# what a comparison asks when it asks only how the two differ ("…, whats the diff", "- same thing or different?")
_ASKS_DIFFERENCE = re.compile(
    r"\W*(?:(?:so|ok|and)\s+)?(?:(?:what'?s|whats|what\s+is|what\s+are)\s+the\s+(?:real\s+|actual\s+|main\s+)?"
    r"(?:diff|difference|differences)(?:\s+between\s+them)?|(?:same\s+(?:thing|idea)\s+or\s+(?:totally\s+)?"
    r"(?:different|separate)(?:\s+things?)?)|(?:one|1)[- ]?liners?\s+(?:each|for\s+each)|(?:one|1)\s+line\s+each|"
    r"explain\s+(?:each|them\s+all|all\s+(?:three|3))|each\s+in\s+(?:one|1)\s+line)"
    r"(?:\s*,?\s*(?:quick|short|simple)\s+version|\s+in\s+plain\s+english|\s+pls|\s+please)?"
    # (a remark after it that asks nothing: "…, customer procurement keeps mixing them up")
    r"(?:[,;]\s*(?![^?]*\b(?:what|which|who|when|why|how|can|could|does|do|is|are)\b)[^?]*)?\W*",
    re.I,
)


def _part_kind(read: str, own: str) -> str | None:
    """A part asks what its own words ask ("secure equipment act what year, and does it mean old gear is
    now illegal": the second part asks no "when"); only an elliptical one ("and verizon?") asks what the
    part it is read against asked."""
    # "…how much did congress give, and is it still short": asks yes or no; "…in may? did it in september
    # too?" asks the part before's question again
    if _YES_NO_START.match(own) and not re.search(r"\b(?:too|as well|also|either)\W*$", own, re.I):
        return answer_type(own)
    if _ASKS_OWN.match(own):  # "what os does it run" after a price: a question of its own, however short
        return answer_type(own)
    return answer_type(own) or (answer_type(read) if len(content_words(own)) <= 2 else None)


# an asking word, a word of its own (not a pronoun) and, within one more word, its verb: "what os does it run",
# "which model is it"; not the elliptical "what was it for zte"
_ASKS_OWN = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|but)\s+)?(?:what|which|who|whom|how)\s+(?!(?:it|that|this|they|those|these)\b)"
    r"(?!(?:is|was|are|were|does|do|did|can|could|will|would|has|have|had)\b)[\w'-]+(?:\s+[\w'-]+)?\s+"
    r"(?:does|do|did|is|are|was|were|can|could|will|would|has|have|had)\b",
    re.I,
)


_YES_NO_START = re.compile(r"^\s*(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\b", re.I)


def asks_yes_no(question: str) -> bool:
    """Does the question open as a yes/no question ("is the fcc still…", "did verizon…")?"""
    return bool(_YES_NO_START.match(question))


@lru_cache(maxsize=4096)
def analyse(question: str) -> QuestionInfo:
    asked = without_opinion_tag(question)  # "…next year, what do u think": the tag is no part, and no "said"
    asked = _PREMISE_LEAD.sub(_premise_then_ask, asked)
    own = merge_context(split_parts(asked), asked)
    read = with_context(own, asked)
    # (a part asked twice, "…? …?" pasted twice, is one part)
    parts = tuple(dict.fromkeys(dated_ends(compared_parts(read))))
    kind = answer_type(asked)
    if kind is None and brings_bare_request(asked):  # "customer wants 40 huawei routers for a warehouse"
        kind = "leave"
    opinion = asked != question
    if opinion and kind is None and _PREDICTION.search(asked) and not asks_about_past(asked):
        kind = "future"  # "rip and replace done everywhere by 2027? gut feeling": a forecast; not "did … by 2023?"
    # each part as asked ("whats it about"), before it was read against the one before it (which may then be
    # dropped, so the lists need not line up)
    own_text = {r: next((o for o in own if r == o or r.startswith(f"{o}: ")), r) for r in read}
    if kind in ("number", None) and any(_two_events(r) for r in read):
        kind = "when"  # the span between two events, asked by their dates (`dated_ends`)
    return QuestionInfo(
        text=question,
        parts=parts,
        kind=kind,
        key_terms=tuple(key_terms(question)),
        present=asks_about_present(_PREMISE_LEAD.sub(_premise_then_ask, question)),
        years=tuple(years_in(question)),
        language=language_of(question),
        part_kinds=tuple(_part_kind(p, own_text.get(p, p)) or (kind if len(parts) == 1 else None) for p in parts),
        overview=asks_for_overview(question),
        # ("…a customer bought from us back in 2018": when it was bought is no past asked about)
        past=asks_about_past(_DEALT_YEAR.sub(" ", question)),
        former=asks_former_guidance(question),
        # (not a year of the premise a may-we question is put on: "since huawei came off the list in 2021 we can sell
        # again right?" asks about now)
        framed_years=tuple(years_setting_the_time(_PREMISE_LEAD.sub(lambda m: m["ask"], question))),
        dealt_years=tuple(years_dealt(question)),
        named_years=tuple(years_only_named(question) + guessed_years(question, kind)),
        # "will huawei come off the entity list, what do you think": an opinion on what will happen
        prediction=asks_prediction(asked, kind) or (opinion and kind == "future"),
        bare_amount=tuple(bare_amount(own_text.get(p, p)) for p in parts),
    )
