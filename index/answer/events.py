"""Whether something ever happened: "did huawei ever take the fcc to court?", "has any reseller ever been fined?".

Such a question asks for the event; a sentence on the same subject that never says it happened ("the FCC rule covers
every USF programme" for a lawsuit, "Carr expects every online retailer to obey the ban" for a fine) reads as an
answer and is none. The event is the word after "ever" (past an adverb, "been", "get a", "end up"), in its forms and
synonyms as `doers.deed_stems` gives them; a quoted sentence must use one of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from index.answer.doers import deed_stems, said_to_come
from index.answer.owners import named_in
from index.answer.question import MONTHS, date_anchors
from index.search.lexical import sentence_terms

# a yes/no question, opening its clause, after a phrase of time if any ("…, and did zte ever get off it", "after the
# cutoff did tsmc ever…"; not "the most snow Fresno has ever had")
# where a yes/no question's clause opens: the start, after punctuation or a joining word
_CLAUSE_START = r"(?:^|[.?!,;:\u2014\u2013-]\s*|\b(?:and|or|but|so)\s+)"
_EVER = re.compile(
    _CLAUSE_START + r"(?:(?:after|before|since|once|during|in|by)\s+"
    r"(?:[\w'&-]+\s+){0,5}?)?(?:did|has|have|had|was|were|is|are|does|do)\s+"
    # ("did tsmc end up paying the fine", "has the fcc actually revoked any": whether it happened, as "ever" asks)
    r"(?:[\w'&-]+\s+){0,6}?(?P<how>ever|actually|end\s+up|ended\s+up)\s+(?P<rest>[^?.!,;]*)",
    re.I,
)
# words after "ever" that name no event: adverbs, forms of be and get, articles, "end up"
_SKIP = re.compile(
    r"^(?:\w+ly|been|be|get|got|gotten|end\s+up|ended\s+up|even|just|still|a|an|the|any|some|us|to|in|on|anyone|"
    r"anybody|someone|somebody|anything)\b\s*",
    re.I,
)


# how a rule or a thing stands now: "in force", "in effect", "on hold", "still live"
_STANDING = re.compile(
    r"(?:still\s+)?(?:in\s+(?:force|effect|place|play)|on\s+(?:hold|pause|the\s+books)|live|active|valid|enforced|"
    r"suspended|paused|current)\b"
)
# a reason, a plan or a leave is no event: "did best buy ever say why…" is answered by the reason, "is huawei ever
# going to ipo" asks for a forecast, "were we ever allowed to sell them" for the rule of its time
_NOT_AN_EVENT = re.compile(
    r"(?:say|said|tell|told|explain\w*|comment\w*)\s+(?:why|what|how|whether)\b|going\b|gonna\b|"
    r"(?:allowed|legal|ok|okay|permitted|able|possible|fine\s+to)\b"
)


# "did the covered parts rule pass on july 22?": whether a vote or a bill came out, which a sentence saying it was
# scheduled or proposed does not tell
_OUTCOME = re.compile(
    _CLAUSE_START + r"(?:did|has|have|was|were)\s+(?:[\w'&-]+\s+){1,8}?"
    r"(?:get\s+|been\s+|end\s+up\s+|ever\s+)?(?P<verb>pass|passed|approved|adopted|enacted|finali[sz]ed|sign|signed)\b",
    re.I,
)
_OUTCOME_STEMS = frozenset({"pass", "adopt", "approv", "enact", "final", "sign", "law"})  # "signed into law"
_SIGNED_STEMS = frozenset({"sign"})
# "how did the fcc vote go on july 22", "what was the outcome of the vote": the same
_VOTE_RESULT = re.compile(
    r"\bhow\s+did\s+(?:the\s+)?(?:[\w'&-]+\s+){0,4}?(?:vote|voting|ballot|bill|motion)\s+(?:go|turn\s+out|end)\b"
    r"|\b(?:outcome|result)s?\s+of\s+(?:the\s+)?(?:[\w'&-]+\s+){0,4}?(?:vote|voting|ballot)\b",
    re.I,
)
# "did the affiliates rule come back after nov 2026": whether a paused or ended rule returned, which a sentence saying
# until when it was paused does not tell
_RETURN = re.compile(
    _CLAUSE_START + r"(?:did|has|have|was|were)\s+(?:[\w'&-]+\s+){0,4}?"
    # of a rule, a ban, a list or the like (not "were the tapes able to be restored")
    r"(?:rules?|bans?|lists?|licen[cs]es?|orders?|suspensions?|sanctions?|tariffs?|restrictions?|controls?|"
    r"programmes?|programs?|guidance|exemptions?|waivers?)\s+(?:[\w'&-]+\s+){0,2}?"
    r"(?:come\s+back|came\s+back|return(?:ed)?|get\s+reinstated|been\s+reinstated|reinstated|resume[ds]?|"
    r"snap\s+back|go\s+back\s+into\s+(?:force|effect))\b",
    re.I,
)
_RETURN_STEMS = frozenset({"return", "reinstat", "restor", "resum", "reimpos"})


def ever_event(question: str) -> frozenset[str] | None:
    """Stems of the event a "did … ever …" question asks about ("fined" → fine, fined, penalty…), or None; for "did
    the rule pass", the words of a vote's or a bill's outcome."""
    m = _EVER.search(question)
    if not m:
        if _RETURN.search(question):
            return _RETURN_STEMS
        if (out := _OUTCOME.search(question)) and out["verb"].lower() in ("sign", "signed"):
            return _SIGNED_STEMS  # "did biden sign the ndaa": "the Senate passed it and sent it to Biden" is no signing
        return _OUTCOME_STEMS if out or _VOTE_RESULT.search(question) else None
    rest = m["rest"].strip().lower()
    if _STANDING.match(rest):
        return None  # "is it actually in force rn": how a rule stands, not whether something happened
    for _ in range(6):
        skipped = _SKIP.sub("", rest, count=1)
        if skipped == rest:
            break
        rest = skipped
    word = re.match(r"[a-z]+", rest)
    if not word or len(word.group(0)) < 3 or _NOT_AN_EVENT.match(rest):
        return None
    if m["how"].lower() == "actually" and (_SPEECH.match(rest) or re.search(r"\bor\b", rest)):
        # "did the intel chiefs actually tell people…": said is told; "did tsmc actually get hit … or is that still just
        # a possible fine": the other case offered is the answer
        return None
    return deed_stems(word.group(0))


_SPEECH = re.compile(r"(?:tell|told|say|said|warn|warned|recommend|recommended|urge|urged|claim|claimed)\b")


def event_not_told(question: str, sentences: list[str]) -> bool:
    """Does the question ask whether something ever happened, and no sentence tell of it? (What someone only said
    could or would happen tells of no event: "The FCC said in October 2025 that it could use the new power…" for
    "has it actually been used on anything yet".)"""
    stems = ever_event(question)
    return bool(stems) and not any(_tells(stems, sentence_terms(_SAID_COULD.sub(" ", s))) for s in sentences)


# the least length of an event's stem that a longer word of its family holds ("short" in "shortfall"; "sell" is no
# "seller")
_FAMILY_STEM = 5


def _tells(stems: frozenset[str], terms: frozenset[str]) -> bool:
    """Does a sentence with these terms use the event's stems, or a word built on one ("was it ever short on money":
    "because of the funding shortfall")?"""
    return bool(stems & terms) or any(t.startswith(s) for s in stems if len(s) >= _FAMILY_STEM for t in terms)


# what someone said, planned or proposed could or would be done, up to its verb
_SAID_COULD = said_to_come(
    "said|says|announced|planned|plans|promised|pledged|proposed|expects?|expected",
    r"would|will|could|may|might|plans?\s+to|aims?\s+to",
)


# "did t-mobile start selling huawei phones in 2024", "did amazon get fined…": the one a yes/no question asks did it
_DID_DOER = re.compile(
    r"^\W*(?:(?:so|and|but|ok|also)\W+)?(?:"
    r"(?:did|has|have)\s+(?:the\s+)?(?P<doer>[a-z][a-z0-9&-]*)\s+(?:(?:ever|actually|really|also|already|then|finally)\s+)?"
    r"(?P<deed>[a-z]{3,})|"
    # "does t-mobile sell honor phones now": a deal the one named does, in the present
    r"(?:does|do)\s+(?:the\s+)?(?P<dealer>[a-z][a-z0-9&-]*)\s+(?:(?:still|actually|really|also|even|now)\s+)?"
    r"(?P<deal>sell|resell|carry|stock|offer|ship|make|use|support)\b)",
    re.I,
)


def asks_what_one_did(question: str) -> bool:
    """Does the question ask whether someone did something ("did t-mobile start selling…")? A cheap look before the
    company test is built."""
    return bool(_DID_DOER.match(question))


def doer_asked(question: str, is_name) -> str | None:
    """The company a "did X do it" question asks about ("at&t"), when `is_name` takes it for one other than the
    corpus's subject; None otherwise."""
    m = _DID_DOER.match(question)
    doer = (m["doer"] or m["dealer"]).lower() if m else ""
    return doer if doer and is_name(doer) else None


def names_doer(doer: str, sentence: str, units: Mapping[str, frozenset[str]] | None = None) -> bool:
    """Does the sentence name the doer, or one of its `units` (BIS is Commerce's)?"""
    return any(named_in(n, sentence) for n in (doer, *(units or {}).get(doer, ())))


def tells_deed_asked(question: str, sentence: str) -> bool:
    """Does the sentence use the verb a "did X do it" question asks of X, as a verb ("did at&t sell…": "…sold Huawei
    phones"; not "carriers", the family's noun for those who do it)?"""
    m = _DID_DOER.match(question)
    verb = (m["deed"] or m["deal"] or "").lower() if m else ""
    stems = deed_stems(verb) if verb else None
    if not stems:
        return False
    terms = {t for t in sentence_terms(sentence) if not re.search(r"(?:er|ers|or|ors)$", t)}
    return _tells(stems, frozenset(terms))


def doer_not_named(
    question: str, sentences: list[str], is_name, units: Mapping[str, frozenset[str]] | None = None
) -> str | None:
    """The company a "did X do it" question asks about ("t-mobile"), when `is_name` takes it for one other than the
    corpus's subject and no sentence of the answer names it or one of its `units` (body → its units' names, from
    `owners.corpus_units`: BIS is Commerce's): a sentence on the thing done, by no one or by others, does not say that
    X did it. None otherwise."""
    doer = doer_asked(question, is_name)
    return None if not doer or any(names_doer(doer, s, units) for s in sentences) else doer


# "how many carriers have finished rip and replace so far", "how many listings have been taken down yet": a count, to
# date, of those a deed was done by or to (the counted noun its subject, the verb a participle after "have" or "were")
_COUNTED_DEED = re.compile(
    # (or told in the past tense: "how many rip and replace carriers got their money by now")
    r"\bhow\s+many\s+(?:[\w'&-]+\s+){1,4}?(?:(?:have|has|had|were|was)\s+(?:(?:\w+ly|actually|already|ever|now)\s+)*"
    r"(?:been\s+|gotten\s+|got\s+)?)?(?P<verb>[a-z]{3,}(?:ed|en|wn)|sold|paid|made|built|bought|won|lost|sent|spent|kept|held|"
    r"got|received)\b",
    re.I,
)
# (to date: a count of everyone taking part is no count of those done; without it, "how many teams have played in
# the Super Bowl eight times" is answered by "…four teams that have made eight appearances", the deed in other words)
_TO_DATE = re.compile(
    r"\b(?:so\s+far|yet|to\s+date|already|by\s+now|as\s+of\s+(?:now|today)|till\s+now|until\s+now)\b", re.I
)


def count_deed_told(question: str, sentence: str) -> bool:
    """Does a sentence giving a count tell the deed a "how many … have <done> so far" question counts ("…all 126
    carriers in the programme" is no count of carriers that have finished it)? True when the question counts no deed
    to date."""
    m = _COUNTED_DEED.search(question) if _TO_DATE.search(question) else None
    stems = deed_stems(m["verb"].lower()) if m else None
    return not stems or _tells(stems, sentence_terms(_SAID_COULD.sub(" ", sentence)))


# "what did the fcc do on huawei in january 2024", "what happened in dec 2025": what was done in a month named with its
# year (the deed asked is "do", "happen", "decide": no word of it narrows the answer, the month does)
_DONE_IN_MONTH = re.compile(
    r"^\W*(?:(?:so|ok|and)\W+)?(?:what\s+(?:(?:did|has|have|had)\s+(?:[\w'&.-]+\s+){1,4}?"
    r"(?:do|done|decide|decided|announce|announced)|happened|went\s+on|changed)"
    # "anything happen with huawei in july 2022", "fcc news from january 2024", "any news in march 2023"
    r"|(?:did\s+)?anything\s+(?:new\s+)?(?:happen|happened|change|changed)"
    r"|(?!(?:when|why|how|who|where|which|did|does|do|is|was|were|can)\b)(?:[\w'&.-]+\s+){0,3}?news)"
    r"\b(?P<rest>[^?]*)$",
    re.I,
)
# a month with its year, as written ("17 August 2020", "Aug. 2020") and as the time asked ("in jan 2024")
_MONTH_YEAR = rf"\b(?P<month>{MONTHS})\.?\s+(?P<year>(?:19|20)\d\d)\b"
_WRITTEN_MONTH = re.compile(_MONTH_YEAR, re.I)
_IN_MONTH = re.compile(rf"\b(?:in|on|during|from|back\s+in|around)\s+{_MONTH_YEAR}", re.I)


def month_asked(question: str) -> tuple[str, str] | None:
    """The month and year a "what did the fcc do … in january 2024" question asks what was done in (("january",
    "2024")), or None for any other question."""
    m = _DONE_IN_MONTH.match(question.strip().rstrip("?!. "))
    when = _IN_MONTH.search(m["rest"]) if m else None
    return _month_of(when) if when else None


def months_written(texts) -> frozenset[tuple[str, str]]:
    """Every month a text dates something to, with its year ("On 17 August 2020 …" → ("august", "2020"))."""
    return frozenset(_month_of(m) for text in texts for m in _WRITTEN_MONTH.finditer(text))


def _month_of(m: re.Match) -> tuple[str, str]:
    """A written month and year, normalised ("Aug. 2020" → ("august", "2020"))."""
    return next(a for a in date_anchors(f"{m['month']} {m['year']}") if not a.isdigit()), m["year"]
