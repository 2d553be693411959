"""Follow-ups: a question asked after another one (in a Slack thread, a DM, a terminal session).

A follow-up that says what it is about ("what is the entity list?", "is zte banned?") is answered on
its own: the earlier question is not asked again, and none of its words pull the answer towards it.
One that leans on the earlier question is read after it, and only its own parts are answered (the
asker has the first answer already), in one of two ways:
- it asks more about the same thing ("why not?", "when was that?", "how much did it cost?"): it
  is one question, read with the earlier one's words, so the sentence that answered before may
  answer again (it often holds the date or the reason);
- it asks the same about something else ("and verizon?", "what about canada", "same for
  refurbs?"): both are composed as one two-part question, so the follow-up gets a sentence of
  its own, not the one about the first thing; then only the follow-up's is kept.
Chat that asks nothing ("thanks", "ok") reads nothing: it is answered (or declined) as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from index.answer.question import (
    DUMMY_IT,
    QUICK_ONE,
    YEAR,
    QuestionInfo,
    analyse,
    asks,
    asks_yes_no,
    bare_amount,
    clean_text,
    content_words,
    expand_shorthand,
    merge_context,
    split_parts,
    without_markup,
    without_mentions,
)
from index.search.lexical import query_terms

# verbs of having or dealing in a thing, before "one" standing for it
_HAVING_OR_DEALING = (
    "touch buy use get sell resell quote order ship stock import own install run carry have need want service support "
    "repair fix return rent lease"
).split()
# A word that points back at what was asked before. In a follow-up "that"/"this" do too
# ("when did that start", "does this apply to laptops"), unlike inside one question; not before a
# time ("this year", "that week").
_POINTS_BACK = re.compile(
    r"\b(?:it|its|them|em|they|theyre|their|that|thats|this|those|these|he|she|him|his|her|either|same|ones"
    r"|some(?=\s+(?:in|for|of|from|to)\b|\W*$)"
    # "is a us cust allowed to even touch one": the thing asked about before, as the last word after a verb of having
    # or dealing (not "and the porsche design one?", which names another)
    r"|(?:" + "|".join(rf"(?<=\b{verb} )" for verb in _HAVING_OR_DEALING) + r")one(?=\W*$)"
    # "who said so": what was said
    r"|(?:(?<=said )|(?<=says )|(?<=say )|(?<=claimed )|(?<=reported )|(?<=thinks ))so(?=\W*$))\b"
    r"(?!\s+(?:year|yr|quarter|qtr|month|week|morning|afternoon|time)\b)",
    re.I,
)
# "our customers … their phones", "we … them": a pronoun for the people the follow-up itself names
_OWN_REFERENT = re.compile(
    r"\b(?:customers?|custs?|clients?|we|partners?|resellers?|users?|people)\b.*\b(?:their|they|them)\b", re.I
)
# …but goods we would deal in, right after the verb, are what was asked about before: "can we at least list them on
# our amazon storefront" after "cust wants 20 huawei matebooks…, can we source them"
_GOODS_DEALT = re.compile(
    r"\bwe\b.*\b(?:list|sell|resell|quote|source|stock|ship|buy|order|import|carry|offer|move)\s+(?:them|em)\b", re.I
)
# words that say nothing of what a follow-up is about ("how many … got pulled", "even … ones?")
_FILLER = frozenset(
    "many much got get gets even ones one some all too also just still really any more other else like kind sort "
    "thing things stuff ok okay pls please yet ever again exactly actually then first last "
    "could would should might must can will may "  # "how big could the fine be": the fine asked about
    # the verb's helpers and the thread's small talk name no subject: "so how long has that been going on", "why
    # though, what happened", "wait who decided that"
    "has have had having been being be is are was were do does did done doing though tho wait back going "
    # … nor does asking what came of it: "what did it find", "what did they decide", "what does that mean"
    "happen happens happened happening find found decide decided say says said mean means "
    # … nor the asking word: "when does the suspension end" after "affiliates rule - still in force or on pause?"
    "why when where who which whom whose whats hows whos wheres whens whys "
    # … nor its measure: "how long will the repair take", "how soon", "how often"
    "long soon often "
    # … nor how far along: "how many labs have been hit so far"
    "so far".split()
)
# "is it legal to…", "how long does it take to…", "does it matter if…": an "it" that points forward
_FORWARD_IT = re.compile(
    DUMMY_IT.pattern
    + r"|\b(?:is|was) it (?:against|a problem)\b|\bit\s+(?:takes?|costs?|matters?|mean)\b.*\b(?:to|if|whether)\b",
    re.I,
)
# An opening that asks nothing: "ok", "thanks!", "hm ok.", "got it -", "quick q -", "follow up q:"
_OPENER = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|k|thanks|thx|ty|cheers|cool|great|got it|hm+|hmm+|ah|oh|right|sure|perfect|nice|"
    rf"{QUICK_ONE}|follow[- ]?up(?: q| question)?|re: the above)\b\W*)+",
    re.I,
)
# what leads a follow-up that asks the earlier question again of something else: "and verizon?"
_CONNECTIVES = ("and", "or", "also", "plus", "even", "but", "so", "what about", "how about", "same for")
_LEADS = "|".join(_CONNECTIVES)
_LEANS_ON = re.compile(rf"^\s*(?:{_LEADS})\b|\b(?:too|as well)\W*$", re.I)
# "up or down vs 2023, by how much", "higher or lower than 2019?": the change of the figure asked before
_CHANGE_WORDS = "up|down|higher|lower|more|less|bigger|smaller|increased?|decreased?|grew|shrank|rose|fell"
_CHANGE_OF_IT = re.compile(
    rf"^\W*(?:(?:ok|okay|so|and)\W+)*(?:was\s+(?:it|that)\s+|is\s+(?:it|that)\s+)?(?:{_CHANGE_WORDS})"
    rf"\s+or\s+(?:{_CHANGE_WORDS})\b",
    re.I,
)
# "did huawei respond", "how did china react?": someone else's reaction asked with nothing it answers is one to what
# was just asked (not ours: "whats the best way to reply", "who do i loop in if a reporter asks us to comment")
_REACTED = re.compile(
    r"^\W*(?:(?:and|so|but|ok)\W+)?(?:did|has|have|had|how\s+did|what\s+did)\s+(?!(?:we|i|you|us|they)\b)"
    r"(?:the\s+)?[\w&.-]+(?:\s+[\w&.-]+)?\s+(?:ever\s+|even\s+|actually\s+)?"
    r"(?:respond|react|reply|comment|retaliate|hit back|push back|fight back|say anything)\W*$",
    re.I,
)
# "what if we lease them instead?", "what if the customer is federal": the earlier question, asked of another case (a
# longer one names its own subject: "what if huawei gets delisted next year, can we sell again")
_WHAT_IF = re.compile(r"^\s*(?:(?:ok|so)\W+)?what if\b", re.I)
_INSTEAD = re.compile(
    rf"^\s*(?:{_LEADS})\s+(?P<rest>.+?)\W*$|^(?P<also>.+?)\s+(?:too|as well)\W*$"
    r"|^\s*same (?:q|question) for\s+(?P<for>.+?)\W*$",
    re.I,
)
_LEAD_IN = re.compile(rf"^\s*(?:{_LEADS})\W*\s+(?P<rest>.+)$", re.I)
# what was asked about, said to be in some state, after "so": "so its fully dead now", "so they're still banned"
# (not a reaction: "so thats what i thought", "so its fine then", "so its a no")
_CHECKED_STATE = re.compile(
    r"^(?:it|they)(?:['\u2019]?s|['\u2019]?re|\s+is|\s+are)\s+"
    r"(?!(?:fine|good|great|ok|okay|clear|cool|perfect|helpful|a\s+no|a\s+yes|what|why|how|who|that|this)\b)"
    r"(?:\w+\W*){1,4}$",
    re.I,
)
_NOT_A_THING = re.compile(r"^(?:then|now|why|when|how|what|where|who|so|yet)\b", re.I)
# "separate q - …", "unrelated, but …", "new topic: …": the asker says a new topic starts
_NEW_TOPIC = re.compile(
    r"^\W*(?:(?:ok|okay|also|btw|oh)\W+)*(?:separate|different|unrelated|new|diff)\s+(?:q|qs|question|topic|thing)\b"
    r"|^\W*(?:ok|okay|also|btw)?\W*unrelated\b|^\W*(?:changing|change of) (?:topic|subject)\b",
    re.I,
)
# attributes that, asked alone ("price?"), ask the earlier subject's: not "fine?" (is it fine) nor "date?" (when)
_BARE_ATTRIBUTES = (
    "price|cost|margin|deadline|penalty|fee|reason|rate|limit|total|amount|timeline|status|difference|catch|process|"
    "risk|alternative|workaround|"
    # a product's own ("and the chip?" after "pura x price")
    "chip|chipset|processor|os|battery|camera|screen|screen size|display|storage|memory|ram|weight|specs|warranty"
)
# a follow-up that only asks whether what was answered still stands: "still?", "is it still?" (read as "is it still in
# force?" after a rule or a may-we question; "still true?", "still the case?" as "is that still true?")
_BARE_STILL = re.compile(
    r"\W*(?:is\s+(?:it|that|this)\s+)?still(?:\s+(?P<true>true|the\s+case|right|correct))?\s*\?*\W*", re.I
)
_TRAILING_THO = re.compile(r"(?<=\w)[\s,]+(?:tho|though)(?=\W*$)", re.I)
# a rule or a measure that may be in force or not ("affiliates rule - what is it", "is the fcc ban on new approvals…")
_A_RULE = re.compile(
    r"\b(?:rules?|lists?|bans?|order|licen[cs]es?|guidance|program(?:me)?|act|law|suspension|pause|designation|"
    r"exemption|waiver|policy|restrictions?|controls?|prohibition|requirement|ruling|fdpr|tgl|section\s+\d+|"
    r"allowed|legal|illegal|banned)\b|\b(?:can|could|may)\s+(?:we|i|partners?|resellers?)\b",
    re.I,
)
# what decides who is in: "whats the cutoff" after "is rip and replace just for small rural carriers" (a sentence puts
# it otherwise: "designed for carriers with 10 million or fewer customers")
_WHO_IS_IN = "cutoff|cut-off|threshold|cap|criteria|requirement|requirements|eligibility"
_ATTRIBUTE = (
    rf"{_BARE_ATTRIBUTES}|deal|story|rule|answer|date|fine|contact|diff|plan|number|impact|outcome|result|update|cut|"
    rf"latest|news|source|link|current|next|point|problem|issue|fix|policy|pot|budget|funding|{_WHO_IS_IN}|"
    # what came of a decision taken: "what was the vote" after "bad labs rule - when did it take effect"
    r"vote|tally|decision|ruling|verdict|response|reaction|reasoning"
)
# a word that says which of the earlier subject's attributes: "whats the us price", "the launch date"
_QUALIFIER = (
    r"(?:(?:us|u\.s\.|american|eu|european|uk|china|chinese|retail|launch|starting|list|street|unit|original|final|"
    r"current|new|total)\s+)"
)
# the same words, one by one: words that name the kind of answer asked for (also read by index/answer/asked_things.py)
ATTRIBUTE_WORDS = frozenset(_ATTRIBUTE.split("|"))
_IS_IN = re.compile(_WHO_IS_IN, re.I)
# a follow-up that is only an attribute of the earlier question's subject: "price?", "deadline??"
_BARE_ATTRIBUTE = re.compile(rf"\W*(?:the\s+|its\s+)?({_BARE_ATTRIBUTES})\s*\?+\W*", re.I)
# "what is the entity list", "whats fdpr", "who is richard yu", "what does tgl mean": a subject of its
# own, however short; not an attribute of the earlier one ("whats the margin?", "what's the deadline")
_DEFINES = re.compile(
    # (nor of someone named: "whats the govt's cut" after the H200 decision)
    rf"^\W*(?:what|who)(?:'s|s|\s+(?:is|are|was|were))\s+"
    rf"(?!(?:the\s+|our\s+|their\s+)?(?:[\w.-]+['\u2019]s\s+)?{_QUALIFIER}?(?:{_ATTRIBUTE})\b)"
    # (nor one word and a bound or a term that ends it: "whats the ownership cutoff" after "what are the fcc bad labs
    # rules"; not "whats the honor status", "whats the huawei margin", where the word names a subject of its own)
    rf"(?!(?:the\s+|its\s+)[\w-]+\s+(?:{_WHO_IS_IN}|deadline|limit|fee|penalty|fine)\W*$)\w"
    r"|^\W*what\s+does\s+.+\s+(?:mean|stand for)\W*$",
    re.I,
)


# A message that only acknowledges the last answer: "thanks!", "ok cool", "lol ok", ":+1:", "👍"
_THANKS = re.compile(
    r"^(?:(?:thanks?(?: you)?(?: so much)?|thx|ty|tysm|ok(?:ay)?|k|cool|great|got it|perfect|nice|cheers|awesome|"
    r"lol|haha|appreciate it|will do|sounds good|:[\w+-]+:|"
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F\u200D]?)[\s!.,]*)+$",
    re.I,
)


# "source?", "link pls", "where'd you get that": the earlier answer's sources, which its reply cites
_SOURCE_ONLY = re.compile(
    r"^\W*(?:(?:ok|okay|and|so|also)\W+)?(?:(?:got|any|(?:can|could) (?:you|u) (?:send|share)(?: me)?)\s+)?"
    r"(?:(?:the|your|ur|a|any)\s+)?"
    r"(?:sources?|links?|citations?|cite|refs?|references?)(?:\s+(?:pls|plz|please|for\s+(?:that|this|it)))?"
    # "source pls, he'll want to read it himself": why the asker wants it, after a comma
    r"(?:\s*[,;:?-]\s*(?:pls|plz|please|(?:he|she|they|i|we)(?:'ll|'d|\s)|(?:(?:the|my|our)\s+)?(?:customer|cust|client|boss|manager)\b)[^?]*"
    # (any remark after a comma that asks nothing: "source pls, compliance wants to read it")
    r"|\s*[,;:-](?!\s*(?:and|but|also|or|plus|is|are|was|were|can|could|does|do|did|will|would|should)\b)"
    r"(?![^?]*\b(?:what\w*|which|who\w*|when|why|how|where\w*)\b)[^?]*)?\W*$"
    r"|^\W*(?:where(?:'s|s| is|(?:'d| did) (?:you|u) get| does| do (?:you|u) get) (?:that|this|it)(?: from)?"
    r"|says who|according to (?:who|whom|what))\W*$",
    re.I,
)


def asks_for_source(followup: str) -> bool:
    """Does the follow-up only ask where the earlier answer comes from ("source?")? Then that question is answered
    again, with its citations, rather than "source" being looked up as a topic."""
    return bool(_SOURCE_ONLY.match(followup))


# "so how many months between those two", "how far apart were they": the time between the two things the earlier
# question named, which its answer dates ("mate 70 or pura x, which is older" gives both launch dates)
_GAP_OF_THE_TWO = re.compile(
    r"^\W*(?:(?:ok|okay|and|so)\W+)*(?:how\s+(?:long|much\s+time|many\s+(?:days|weeks|months|years|yrs))|what(?:'s|s|\s+is|"
    r"\s+was)?\s+the\s+(?:gap|time))\s+(?:is\s+there\s+|was\s+there\s+|was\s+it\s+)?(?:between|btw|b/w)\s+(?:those|these|them|"
    r"the\s+two|the\s+2|both)(?:\s+(?:two|2))?(?:\s+(?:dates|events|ones|launches|rules|steps|things))?\W*$"
    r"|^\W*(?:(?:ok|okay|and|so)\W+)*how\s+(?:far|long|many\s+(?:days|weeks|months|years|yrs))\s+apart\s+(?:were|are|was|is)\s+"
    r"(?:they|those|these|them|the\s+two(?:\s+\w+)?)\W*$",
    re.I,
)


def asks_gap_of_the_two(followup: str) -> bool:
    """Does the follow-up ask only the time between the two things the earlier question named? That question is then
    answered again: its answer dates both, and the gap is read off them."""
    return bool(_GAP_OF_THE_TWO.match(followup))


def only_acknowledges(text: str) -> bool:
    """Does the message only acknowledge the last answer ("thanks!", "ok cool", "👍")? Nothing to answer."""
    return bool(_THANKS.match(text.strip()))


_PUNCTUATION = "¿¡\"'([{-–—*_~#>.,:;!? "


def _normalised(text: str) -> str:
    return _OPENER.sub("", text.replace("\u2019", "'").replace("\u2018", "'")).strip()


# whose side the asker means names no subject: "who do i loop in on our side", "who handles it internally"
_OUR_SIDE = re.compile(r"\b(?:on|from)\s+(?:our|my)\s+(?:side|end)\b|\binternally\b|\bin[- ]house\b", re.I)


def _subject_words(text: str) -> list[str]:
    # (a possessive's "s" is no word: "whats the govt's cut" names two)
    text = re.sub(r"(?<=\w)['\u2019]s\b", " ", _OUR_SIDE.sub(" ", text))
    return [w for w in content_words(text) if w not in _FILLER]


# "is that final or just proposed", "is it in effect now", "is that still true": a follow-up asking the status
# of what was answered; any dated sentence about it answers, whether or not it uses these words
_STATUS = frozenset(
    "final finalized proposed proposal effect effective force now still current currently today active valid law "
    "official yet already true case right correct accurate".split()
)


def own_words(followup: str) -> tuple[str, ...]:
    """The words a follow-up itself names, in order ("even harmony os ones?" → harmony, os): not filler
    ("even", "ones", "too") nor words asking the status of what was answered ("still true", "in effect")."""
    text = re.sub(rf"^\s*(?:{_LEADS})\b", " ", _normalised(followup), flags=re.I)  # "what about", "and"
    return tuple(w for w in _subject_words(text) if w not in _STATUS and query_terms(w) and not _IS_IN.fullmatch(w))


# a thing of a kind named by "the" alone, which the question before named ("the rules", "the order", "the ban")
_THE_ONE_BEFORE = re.compile(
    r"\b(?:did|does|do|is|was|were|are|has|have|will)\s+the\s+(?:rules?|order|ban|law|act|vote|programme|program|"
    r"guidance|note|deal|licen[cs]e|policy|proposal|draft|decision|report|letter|suspension|pause|extension)\b"
    r"(?!\s+(?:on|of|for|about|against|in|this|that|these|those|to|from|under|by)\b)",
    re.I,
)


# a follow-up asking the names of what the earlier answer counted or spoke of: "which ones", "like which ones", "which
# companies were on it", "who else is on it"
_WHICH_ONES = re.compile(
    r"^\W*(?:(?:and|so|ok|ok so|but)\s+)?(?:like\s+)?(?:which|what)\s+(?:ones|companies|firms|vendors|makers|labs|"
    r"carriers|retailers|stores|schools|agencies)\b(?:\s+(?:were|are|was|is)\s+(?:on|in)\s+(?:it|them|that|the\s+list))?"
    r"\W*$|^\W*(?:(?:and|so|ok)\s+)?who\s+else(?:\s+(?:is|was|are|were)\s+on\s+it)?\W*$",
    re.I,
)


def asks_which_ones(followup: str) -> bool:
    """Does the follow-up ask only for the names of what the earlier answer spoke of ("which ones", "which companies
    were on it")?"""
    return bool(_WHICH_ONES.search(_normalised(followup)))


def needs_context(followup: str, earlier: str = "") -> bool:
    """Does this follow-up lean on the question before it (rather than say what it is about)?

    It does when it points back ("is it still in force"), asks the same of something else ("and
    verizon?"), asks only for a kind of thing ("why not?", "how much?") or is short and names
    nothing new ("no windows at all?", "how many listings got pulled", "whats the margin?"). It
    stands alone when the asker says a new topic starts ("separate q - …"), when it asks what
    something is ("what is the entity list"), when it is a yes/no question about a subject the
    earlier question does not name ("is zte banned?"), and when it is longer and points nowhere."""
    text = _normalised(followup)
    if not text or _NEW_TOPIC.search(text):
        return False
    lead = _LEAD_IN.match(text)
    if lead and asks(lead.group("rest")):  # "also, can we sell zte routers?", "so what's the entity list"
        text = lead.group("rest")  # a question of its own after the connective: judged as that question
    parts = merge_context(split_parts(text), text) or [text]
    back = any(
        _POINTS_BACK.search(p) and not _FORWARD_IT.search(p) and (not _OWN_REFERENT.search(p) or _GOODS_DEALT.search(p))
        for p in parts
    )
    first = parts[0]
    if back or _LEANS_ON.search(first) or bare_amount(first) or _REACTED.search(first) or _CHANGE_OF_IT.match(text):
        return True
    if _THE_ONE_BEFORE.search(first) and not re.search(r"\d", text):
        return True  # "when did the rules take effect" after "bad labs vote - unanimous?": the rules voted on
    if _WHAT_IF.match(first) and len(_subject_words(text)) <= 4:
        return True
    if _DEFINES.match(first):
        return False
    words = _subject_words(text)
    # words the earlier question holds, by stem, name nothing new: "when does the pause end" after "is the affiliates
    # rule still paused" asks of that pause
    if len(words) > 2:
        told = {s for w in content_words(earlier) for s in query_terms(w)}
        if len([w for w in words if not set(query_terms(w)) & told]) > 2:
            return False
    known = set(content_words(earlier))
    # "is zte banned?", "can we sell honor phones?" after a question about something else: a new subject
    return not (asks_yes_no(first.lstrip(_PUNCTUATION)) and any(w not in known for w in words))


def asks_instead(followup: str) -> bool:
    """Does the follow-up ask the earlier question about something else ("and verizon?", "t-mobile too?",
    "same q for honor")?"""
    return bool(_asked_instead(followup))


def _asked_instead(followup: str) -> str:
    """What the follow-up asks the earlier question about instead ("verizon" of "and verizon?"), or ""."""
    m = _INSTEAD.match(_normalised(followup))
    rest = m and (m.group("rest") or m.group("also") or m.group("for"))
    if not rest or _NOT_A_THING.match(rest) or asks(rest) or _POINTS_BACK.search(re.sub(r"\bones\b", "", rest)):
        return ""
    return rest


@dataclass(frozen=True)
class Reading:
    """What the engine asks for a follow-up: `text`, whose first `context_parts` parts are the earlier
    question's (read, not answered), and `earlier`, that question's main part. With `instead`, all parts
    are composed together and the earlier ones' sentences dropped; else the earlier parts are dropped
    before composing. A follow-up read alone has `context_parts` 0 and `text` the follow-up as typed."""

    text: str
    context_parts: int = 0
    instead: bool = False
    earlier: str = ""
    own: str = ""  # the follow-up as read: "and verizon" of "and verizon, same story?"


# the least of the earlier question worth reading: a shorter cut reads as noise ("di?")
MIN_CONTEXT_CHARS = 20


def without_new_topic_marker(question: str) -> str:
    """ "separate q - what's the entity list" → "what's the entity list": the marker is no part of it."""
    m = _NEW_TOPIC.search(question)
    if not m:
        return question
    rest = question[m.end() :].lstrip(" -:,;.\u2013\u2014")
    return rest if rest.strip() else question


def _parts_of(text: str) -> int:
    return len(analyse(text).parts)


# "what about the mate x6, same answer?": asks the earlier question again of what it names, nothing more
_SAME_ANSWER = re.compile(
    r"\s*[,;:\u2014\u2013-]\s*(?:(?:is|would|will)\s+(?:it|that|this)\s+(?:be\s+)?)?(?:the\s+)?same\s+"
    r"(?:answer|deal|thing|rule|story|situation|here|too|for\s+(?:that|it|them|those|this))\W*$",
    re.I,
)


# "no i meant the pura 80 not the pura x", "not that one, i meant the mate 70", "sorry, meant 2019": the asker
# corrects what the earlier question named
_CORRECTION = re.compile(
    r"^(?:(?:no|nah|nope|sorry|oops|wait|ah|err?|um+)\b\W*)*"
    r"(?:(?:i\s+)?meant\s+(?P<new>.+?)(?:\W+not\s+(?P<old>.+?))?"
    r"|not\s+(?:that(?:\s+one)?|(?P<old2>.+?))(?:\s*[,;:\u2014\u2013-]+\s*(?:(?:i\s+)?meant\s+)?|\s+(?:i\s+)?meant\s+)"
    r"(?P<new2>.+?))\W*$",
    re.I,
)
_DETERMINER = re.compile(r"^(?:the|a|an|that|this)\s+", re.I)


def _corrected(followup: str, earlier: str) -> tuple[str, str] | None:
    """(the earlier question with what it named replaced, or ""; what the asker meant): "no i meant the pura 80 not the
    pura x" after "mate 70 or pura x, which is older" → ("mate 70 or pura 80, which is older", "the pura 80"). None
    when the follow-up corrects nothing."""
    m = _CORRECTION.match(_normalised(followup))
    if not m:
        return None
    new, old = (m["new"] or m["new2"]).strip(), (m["old"] or m["old2"] or "").strip()
    if not new or asks(new):
        return None  # "not that, what does it cost": a question of its own
    old_bare = _DETERMINER.sub("", old)
    found = re.search(rf"(?<!\w)(?:the\s+)?{re.escape(old_bare)}(?!\w)", earlier, re.I) if old_bare else None
    if not found:
        return "", new
    if not re.match(r"the\s", found.group(0), re.I):
        new = _DETERMINER.sub("", new)  # "pura 80 pro price": "pura 80 ultra price", not "pura 80 the ultra price"
    elif not _DETERMINER.match(new):
        new = f"the {new}"  # "the may 2020 rule": "the august 2020 rule"
    # (a word written on both sides of the seam once: "in canada" for "mexico" in "… in mexico", "august 2020" for
    # "may" in "the may 2020 rule")
    before, after = earlier[: found.start()], earlier[found.end() :]
    words = new.split()
    if words and before.split()[-1:] and before.split()[-1].lower() == words[0].lower():
        new = " ".join(words[1:])
    if new.split() and after.split()[:1] and after.split()[0].lower() == new.split()[-1].lower():
        after = after.split(maxsplit=1)[1] if len(after.split()) > 1 else ""
        after = " " + after if after else ""
    return before + new + after, new


def read_followup(
    followup: str, context: str | None, max_chars: int, named: Callable[[str], bool] = lambda phrase: True
) -> Reading:
    """The follow-up alone, or after the earlier question's first part (its main question: "and verizon?"
    after "did at&t sell the mate 10 pro? asking for a customer" reads "did at&t sell the mate 10 pro"),
    cut at a word so that both fit in `max_chars`. A follow-up that adds no part of its own ("thanks") is
    read alone. A bare attribute ("price?") is read as the question it asks ("what's the price?"), and a question
    typed without "?" ("ok so can we sell it or not") gets one, so that each is a part of its own."""
    earlier = without_markup(without_mentions(clean_text(context or "")))
    marked = bool(_NEW_TOPIC.search(_normalised(followup)))
    followup = without_new_topic_marker(followup)
    if earlier and _SAME_ANSWER.search(followup):
        followup = _SAME_ANSWER.sub("", followup).strip() or followup
    if earlier:  # "why tho": a trailing "tho" asks nothing, and as a word no passage holds it made the reply look far
        followup = _TRAILING_THO.sub("", followup)
    if earlier and (fixed := _corrected(followup, earlier)):
        again, meant = fixed
        if again and len(again) <= max_chars:
            return Reading(again)  # the earlier question as the asker meant it: a question of its own
        instead = f"what about {meant}?"  # "not that one, i meant the mate 70": the earlier question, of that model
        if any(read(instead, earlier, named) for read in (_for_another_model, _for_another_line)):
            followup = instead
    if not earlier or not needs_context(followup, earlier):
        return Reading(followup)
    if marked and len(_subject_words(_normalised(followup))) > 2:
        # "separate q - can the fcc stop imports of stuff that was approved before": a question of its own
        # (its "that" points nowhere before); "new q about that: why not?" still leans
        return Reading(followup)
    # a long message by its asking sentences, as typed (read as parts, its story would be folded into them)
    asking = asking_sentences(earlier)
    main = merge_context(split_parts(asking), asking)
    earlier = asking_sentences(main[0] if main else earlier)
    if (again := _for_another_year(followup, earlier)) and len(again) <= max_chars:
        return Reading(again, earlier=earlier.rstrip("?.! "))  # "and 2025?": the earlier question, of 2025
    if (again := _for_now(followup, earlier)) and len(again) <= max_chars:
        return Reading(again, earlier=earlier.rstrip("?.! "))  # "what about now" after "did the fcc … in 2022"
    if (again := _for_another_edition(followup, earlier, named)) and len(again) <= max_chars:
        return Reading(again, earlier=earlier.rstrip("?.! "))  # "and the pro?" after "whats the pura 80 ultra price"
    if (again := _for_another_subsection(followup, earlier)) and len(again) <= max_chars:
        return Reading(again, earlier=earlier.rstrip("?.! "))  # "and b?" after "tl;dr section 889(a)(1)(A)"
    # ("and about the bad labs?" after "what did carr say about operation clean carts")
    if (again := _for_another_object(followup, earlier)) and len(again) <= max_chars:
        return Reading(again, earlier=earlier.rstrip("?.! "))
    if (again := _for_another_model(followup, earlier, named)) and len(again) <= max_chars:
        return Reading(again, earlier=earlier.rstrip("?.! "))  # "and the 960?" after "when is the ascend 950pr out"
    if (again := _for_another_line(followup, earlier, named)) and len(again) <= max_chars:
        return Reading(again, earlier=earlier.rstrip("?.! "))  # "what about the pura x" after "can we sell the mate 70"
    if (again := _for_another_kind(followup, earlier)) and len(again) <= max_chars:
        return Reading(again, earlier=earlier.rstrip("?.! "))  # "and the agency ban?" after the contractor ban's date
    room = max_chars - len(followup) - 2
    if len(earlier) > room:
        earlier = earlier[: max(room, 0)].rsplit(" ", 1)[0].strip()
    if len(earlier) < min(MIN_CONTEXT_CHARS, len(main[0]) if main else MIN_CONTEXT_CHARS):
        return Reading(followup)
    if earlier[-1] not in "?.!":
        earlier += "?"  # so that the follow-up starts a part of its own
    typed = followup
    core = _normalised(followup)
    lead = _LEAD_IN.match(core)
    core = lead.group("rest") if lead else core  # "and price?", "ok so can we sell it or not"
    if bare := _BARE_ATTRIBUTE.fullmatch(core):  # "price?": what the price is, a part of its own
        followup = f"what's the {bare.group(1).lower()}?"
    elif (still := _BARE_STILL.fullmatch(core)) and (still["true"] or _A_RULE.search(earlier)):
        # "still?": whether it still stands, a part of its own: in force, of a rule or a may-we question asked about
        # (not "still?" after "mate 10 pro price" or "who is the fcc chairman": read as typed, it finds nothing)
        followup = "is that still true?" if still["true"] else "is it still in force?"
    elif (asks(core) or (lead and _CHECKED_STATE.match(core))) and not followup.rstrip().endswith("?"):
        # "ok so can we sell it or not": a question, read as a part of its own; so is "so its fully dead now", the
        # state the answer left it in put back to be checked
        followup = followup.rstrip() + "?"
    text = f"{earlier} {followup}"
    skip = _parts_of(earlier)
    # counted as the engine will read it: "wat os does it run" asks ("what…"), it is no remark on the earlier
    if not skip or _parts_of(f"{earlier} {expand_shorthand(followup)}") <= skip:
        return Reading(typed)  # "thanks", "ok", "?": nothing asked, nothing to read it after (read as typed)
    return Reading(text, skip, asks_instead(followup), earlier.rstrip("?.! "), typed)


# an earlier message longer than this is read by its asking sentences: the rest sets the scene
LONG_EARLIER_CHARS = 240


def asking_sentences(earlier: str) -> str:
    """A long earlier message ("we have a customer, a hospital network … their IT director wants a clear answer.
    can we resell huawei phones to them?") as the follow-up leans on it: its sentences that ask, the last two at
    most; the message itself when it is short or no sentence asks."""
    if len(earlier) <= LONG_EARLIER_CHARS:
        return earlier
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", earlier) if s.strip()]
    kept = " ".join([s for s in sentences if s.endswith("?") or asks(s)][-2:])
    # "can we do it?", "thoughts?" name nothing: the story is then what the follow-up leans on
    if not kept or kept == earlier or len(_subject_words(kept)) < 2:
        return earlier
    return kept


def _for_another_year(followup: str, earlier: str) -> str | None:
    """ "and 2025?", "what about in 2023" after "huawei 2024 revenue": the earlier question asked of that year
    ("huawei 2025 revenue"), when the follow-up names nothing but a year and the earlier question one year."""
    own = own_words(followup)
    if len(own) != 1 or not YEAR.fullmatch(own[0]) or not asks_instead(followup):
        return None
    years = set(YEAR.findall(earlier))
    return YEAR.sub(own[0], earlier) if len(years) == 1 else None


# a follow-up asking only the earlier question of the present: "what about now", "and today?", "how about currently"
_NOW_ONLY = re.compile(
    rf"^\W*(?:(?:{_LEADS})\W+)?(?:(?:as of|right|even|still)\s+)?"
    r"(?:now|today|currently|nowadays|these days|rn|at the moment|at present)\W*$",
    re.I,
)
# the time an earlier question set: "… in 2022", "back in 2019", "during 2020" (not "from before 2023", a thing's age)
_SET_IN_YEAR = re.compile(
    r"\s*,?\s*\b(?:back\s+)?(?:in|during|as of)\s+(?:(?:early|late|mid)[- ])?(?:19|20)\d\d\b", re.I
)


def _for_now(followup: str, earlier: str) -> str | None:
    """ "what about now" after "did the fcc revoke older huawei authorizations in 2022": the earlier question asked of
    the present ("did the fcc revoke older huawei authorizations now"), its year left out, so that today's rule
    answers, not the one of the year it named."""
    if not _NOW_ONLY.match(_normalised(followup)):
        return None
    asked = _SET_IN_YEAR.sub("", earlier).rstrip("?.! ")
    # ("and now?" after "who was the fcc chairman in 2018": who is it now)
    asked = _ASKED_IN_THE_PAST.sub(lambda m: m[1] + ("is" if m[2].lower() == "was" else "are"), asked, count=1)
    return f"{asked} now" if asked else None


# the asking word and its verb in the past: "who was…", "what were…"
_ASKED_IN_THE_PAST = re.compile(r"^(\W*(?:who|what|which|where|how\s+\w+)\s+)(was|were)\b", re.I)


# a name with a figure in it: a model, a chip, a provision ("950pr", "p40", "910c", "889(a)(1)(b)"); not a year
_CODE = re.compile(r"(?<![\w(])(?!(?:19|20)\d\d\b)[a-z]*\d[\w()]*", re.I)


def _for_another_model(followup: str, earlier: str, named: Callable[[str], bool]) -> str | None:
    """ "and the 960?" after "when is the ascend 950pr coming out", "and the mate 60 pro?" after "what chip is in the
    mate 80 pro", "and (a)(1)(A)?" after "what does 889(a)(1)(B) do": the earlier question asked of the model or
    provision the follow-up names in its place, when the follow-up names only that and the earlier question one such
    name (with the same words around its figure; the same name's end, for a provision's part). Only a name the corpus
    uses (`named`): of one it never names ("and the mate 40?") the thread's reading checks the follow-up's own words."""
    rest = re.sub(r"^(?:the|a|an)\s+", "", _asked_instead(followup).strip(), flags=re.I)
    rest += ")" * (rest.count("(") - rest.count(")"))  # (the question mark's strip takes a closing bracket with it)
    if _MARKS.fullmatch(rest):
        return _for_another_part(rest, earlier)
    if not rest or not named(rest):
        return None
    words = rest.split()
    coded = [i for i, w in enumerate(words) if re.fullmatch(r"[\w()]*\d[\w()]*|\([\w()]+\)", w)]
    if len(coded) != 1 or not all(re.fullmatch(r"[\w()+&-]+", w) for w in words) or YEAR.fullmatch(words[coded[0]]):
        return None
    if len(words) == 1:
        found = [(m.start(), m.end()) for m in _CODE.finditer(earlier)]
        if len(found) != 1 or earlier[found[0][0] : found[0][1]].lower() == rest.lower():
            return None
        start, end = found[0]
        return earlier[:start] + rest + earlier[end:]
    # the same words around another figure ("mate 60 pro" for "mate 80 pro"), once; a model named without the
    # earlier one's edition is asked in its place whole ("and the mate 70?" after "what chip is in the mate 60 pro":
    # the Mate 70's chip, not a "mate 70 pro")
    tokens = list(re.finditer(r"[\w()+&-]+", earlier))
    n, k = len(words), coded[0]
    spans = _other_figure_spans(tokens, words[:n], k)
    if not spans and k + 1 < n and all(w.lower() in _MODEL_SUFFIXES for w in words[k + 1 :]):
        # "and the mate 80 pro?" after "does the mate 70 run android apps": an edition of another figure, asked of a
        # model named without one (its name and figure the earlier's)
        spans = _other_figure_spans(tokens, words[: k + 1], k)
    if len(spans) != 1:
        return None
    start, end, after = spans[0]
    while after < len(tokens) and tokens[after].group(0).lower() in _MODEL_SUFFIXES:
        end, after = tokens[after].end(), after + 1
    before = next((i for i, t in enumerate(tokens) if t.start() == start), 0) - 1
    if (after < len(tokens) and _NAMED_EDITION.fullmatch(tokens[after].group(0))) or (
        before >= 0 and _NAMED_EDITION.fullmatch(tokens[before].group(0))
    ):
        # "and the mate 70?" after "…the mate 10 pro porsche design" or "…the porsche design mate 10 pro": no Mate 70
        # edition of that name
        return None
    return earlier[:start] + rest + earlier[end:]


# a provision's parts as typed: "(a)(2)", "(1)(B)"
_MARKS = re.compile(r"(?:\(\w{1,3}\))+")
# the parts written after a provision's number: "(a)(1)(A)" of "889(a)(1)(A)" or of "section 889 (a)(1)(A)"
_CHAIN = re.compile(r"(?<=\d)\s*((?:\(\w{1,3}\))+)")


def _mark_kind(mark: str) -> str:
    return "digit" if mark.strip("()").isdigit() else "letter"


def _for_another_part(rest: str, earlier: str) -> str | None:
    """ "and (a)(2)?" after "whats 889(a)(1)(A)", "and (1)(B)?" after it: the earlier question asked of that part of the
    same provision. The parts typed start where the earlier one writes their first ("(a)": "889(a)(2)"), or at the top
    when they start with a letter as it does ("(b)(1)": "889(b)(1)"); a number alone replaces its last number and what
    follows ("(2)": "889(a)(2)"); else they replace as many of its last parts, of the same kinds (a letter for a
    letter, a number for a number: "(1)(B)" for "(1)(A)"). The earlier question must write one provision with parts."""
    chains = list(_CHAIN.finditer(earlier))
    if len(chains) != 1:
        return None
    chain = chains[0]
    marks = re.findall(r"\(\w{1,3}\)", chain.group(1))
    asked = re.findall(r"\(\w{1,3}\)", rest)
    lowered = [m.lower() for m in marks]
    if [a.lower() for a in asked] == lowered:
        return None  # the same provision
    if len(asked) > 1 and asked[0].lower() in lowered:
        start = chain.start(1) + len("".join(marks[: lowered.index(asked[0].lower())]))
    elif len(asked) > 1 and _mark_kind(asked[0]) == _mark_kind(marks[0]) == "letter":
        start = chain.start(1)  # "(b)(1)" after "(a)(1)(A)": another subsection from the top
    elif (
        len(asked) == 1
        and _mark_kind(asked[0]) == "digit"
        and (digits := [i for i, m in enumerate(marks) if _mark_kind(m) == "digit"])
    ):
        start = chain.start(1) + len("".join(marks[: digits[-1]]))  # "(2)" after "(a)(1)(A)": 889(a)(2)
    elif len(asked) <= len(marks) and all(_mark_kind(a) == _mark_kind(m) for a, m in zip(asked, marks[-len(asked) :])):
        start = chain.end(1) - len("".join(marks[-len(asked) :]))
    else:
        return None
    return earlier[:start] + rest + earlier[chain.end(1) :]


def _other_figure_spans(tokens: list[re.Match], words: list[str], k: int) -> list[tuple[int, int, int]]:
    """Where the earlier question has `words` with another figure in place of the `k`-th: (start, end, the index of the
    token after it) of each such run."""
    n, spans = len(words), []
    for i in range(len(tokens) - n + 1):
        run = [t.group(0).lower() for t in tokens[i : i + n]]
        same = all(run[j] == words[j].lower() for j in range(n) if j != k)
        if same and run[k] != words[k].lower() and re.search(r"\d", run[k]):
            spans.append((tokens[i].start(), tokens[i + n - 1].end(), i + n))
    return spans


# words that end a model's name: "mate 70" is not the "mate 80" of "mate 80 pro"
_MODEL_SUFFIXES = frozenset("pro pro+ plus ultra max lite mini se x +".split())
# a word of an edition named after a model's figure and suffixes ("mate 10 pro porsche design", "mate 80 rs ultimate")
_NAMED_EDITION = re.compile(r"porsche|design|edition|ultimate|version|rs", re.I)
# an edition of a model: "pro", "pro+", "ultra", "rs"
_EDITIONS = r"pro\+?|plus|ultra|max|lite|mini|se|rs"
# editions with a name of their own, which the corpus names apart from the model ("porsche design")
_NAMED_EDITIONS = ("porsche design",)
_EDITION = re.compile(rf"(?:{_EDITIONS}|{'|'.join(_NAMED_EDITIONS)})", re.I)
# a model named by its figure, with its editions: "pura 80 ultra", "mate 80 pro+"
_MODEL = re.compile(rf"\b([a-z]+)\s+(\d+[a-z]*)((?:\s+(?:{_EDITIONS}))*)", re.I)


def _for_another_edition(followup: str, earlier: str, named: Callable[[str], bool]) -> str | None:
    """ "and the pro?" after "whats the pura 80 ultra price": the earlier question asked of that edition of the same
    model ("whats the pura 80 pro price"), when the earlier question names one model by its figure and the corpus
    names the edition asked."""
    rest = re.sub(r"^(?:the|a|an)\s+", "", _asked_instead(followup).strip(), flags=re.I).lower()
    rest += "+" if _normalised(followup).rstrip("?!. ").endswith("+") and not rest.endswith("+") else ""
    rest = re.sub(r"\s+(?:edition|version|model|one)$", "", rest)  # "and the porsche design edition?", "…pro one"
    # ("and the porsche one?": the named edition its first word begins, the Porsche Design)
    rest = next((e for e in _NAMED_EDITIONS if e.split()[0] == rest), rest)
    if not _EDITION.fullmatch(rest):
        return None
    models = list(_MODEL.finditer(earlier))
    if len(models) != 1:
        return None
    m = models[0]
    model = f"{m.group(1)} {m.group(2)} {rest}"
    if m.group(3).strip().lower() == rest:
        return None
    if not named(model):
        # an edition with a name of its own, which the corpus names apart ("and the porsche design?" after "how much
        # was the mate 10 pro": that model's edition by the name)
        if " " not in rest or not named(rest):
            return None
        model = f"{m.group(0).strip()} {rest}"
    return earlier[: m.start()] + model + earlier[m.end() :]


# a model of a line, named alone: "pura x", "mate 60 pro", "pura 80 ultra"
_LINE_MODEL = re.compile(rf"([a-z]+)\s+(?:\d+[a-z]*|[a-z])(?:\s+(?:{_EDITIONS}))*", re.I)


def _for_another_line(followup: str, earlier: str, named: Callable[[str], bool]) -> str | None:
    """ "what about the pura x" after "can we sell the mate 70 in the us": the earlier question asked of the model of
    another line the follow-up names in its place, when the follow-up names only that model, the corpus names it, and
    the earlier question names one model by its figure."""
    rest = re.sub(r"^(?:the|a|an)\s+", "", _asked_instead(followup).strip(), flags=re.I)
    m = _LINE_MODEL.fullmatch(rest)
    if not m or m.group(1).lower() in _NOT_LINES or not named(rest.lower()):
        return None
    models = [x for x in _MODEL.finditer(earlier) if x.group(1).lower() not in _NOT_LINES]
    if len(models) != 1 or not named(models[0].group(0).lower()) or models[0].group(0).lower() == rest.lower():
        return None
    if models[0].group(1).lower() == m.group(1).lower() and re.search(r"\d", rest):
        return None  # (another numbered model of the same line is the other readings' to swap; "the pura x" after
        # "pura 80 launch date?" is this one's)
    return earlier[: models[0].start()] + rest + earlier[models[0].end() :]


# words before a number or a letter that name no product line: a part of a law ("part b", "section 889"), a step, or
# a word of the sentence ("does 889 … cover")
_NOT_LINES = frozenset(
    "part parts section sections title clause article paragraph subsection phase stage tier level option plan step "
    "schedule annex appendix exhibit category class group type grade rule order form docket item list year years "
    "does do did is are was were has have had the a an of in on at by for to from and or vs than about".split()
)


# "and about the bad labs?", "what about on the covered list": the earlier question asked of another thing after the
# same word ("what did carr say about operation clean carts" → "… about the bad labs")
_OBJECT_LEAD = re.compile(r"^(?:about|on|re|regarding|for|with)\s+(?P<thing>.+)$", re.I)


def _for_another_object(followup: str, earlier: str) -> str | None:
    """The earlier question with what follows the follow-up's leading word ("about") replaced by what the follow-up
    names after it, when the earlier question uses that word once."""
    m = _OBJECT_LEAD.match(_asked_instead(followup).strip())
    if not m:
        return None
    word = m.group(0).split()[0].lower()
    found = list(re.finditer(rf"\b{re.escape(word)}\s+", earlier, re.I))
    if len(found) != 1:
        return None
    # (the thing named after it, up to the next word of place, time or joining: "who testified for huawei at the 2012
    # hearing" → "… for zte at the 2012 hearing")
    end = re.search(
        r"\s+(?:at|in|on|during|from|to|by|with|before|after|and|or)\b|[,?;:.!]|$", earlier[found[0].end() :]
    )
    return earlier[: found[0].end()] + m["thing"] + earlier[found[0].end() + end.start() :]


def _for_another_subsection(followup: str, earlier: str) -> str | None:
    """ "and b?", "and part b?", "what about (b)" after "tl;dr section 889(a)(1)(A)": the earlier question asked of
    the other letter of the subsection it names last, in the case it wrote it ("…889(a)(1)(B)")."""
    words = re.sub(r"^(?:the|a|an)\s+", "", _asked_instead(followup).strip().lower()).split()
    if not words or not (len(words) == 1 or (len(words) == 2 and words[0] in _PART_WORDS)):
        return None
    letter = words[-1].strip("()")
    marks = list(re.finditer(r"\(([a-z])\)", earlier, re.I))
    if len(letter) != 1 or not letter.isalpha() or not marks or marks[-1].group(1).lower() == letter:
        return None
    if abs(ord(letter) - ord(marks[-1].group(1).lower())) > 3:
        return None  # (a letter near the one written: "and u?" after "(a)(1)(A)" asks no subsection (U))
    last = marks[-1]
    return earlier[: last.start(1)] + (letter.upper() if last.group(1).isupper() else letter) + earlier[last.end(1) :]


def _for_another_kind(followup: str, earlier: str) -> str | None:
    """ "and the agency ban?" after "when did the 889 contractor ban kick in": the earlier question asked of the other
    kind of the same thing ("when did the 889 agency ban kick in"), when the follow-up names one word and the thing, and
    the earlier question names that thing once, after another word."""
    rest = _asked_instead(followup)
    if not rest:
        return None
    words = re.sub(r"^(?:the|a|an)\s+", "", rest.strip().lower()).split()
    if len(words) != 2 or not all(w.isalpha() for w in words):
        return None
    kind, thing = words
    found = list(re.finditer(rf"\b([a-z]+)\s+{re.escape(thing)}\b", earlier, re.I))
    if len(found) == 1 and found[0].group(1).lower() not in (kind, *_NO_KIND):
        return earlier[: found[0].start(1)] + kind + earlier[found[0].end(1) :]
    # the thing named first, the other word after it: "and part b?" after "889 part a in one line"
    # (a letter for a letter: "part a" is no article after "part")
    found = list(re.finditer(rf"\b{re.escape(kind)}\s+([a-z]+)\b", earlier, re.I))
    if len(found) == 1 and (other := found[0].group(1).lower()) != thing and (len(other) == 1) == (len(thing) == 1):
        if len(other) == 1 or other not in (*_NO_KIND, *_POINTING):
            return earlier[: found[0].start(1)] + thing + earlier[found[0].end(1) :]
    return None


_NO_KIND = ("the", "a", "an", "that", "this", "its")
_PART_WORDS = ("part", "subsection", "sub", "subpart", "paragraph", "para", "clause", "prong")
# words after a thing that say no kind of it ("part of", "ban in"): its place in the sentence, not another one
_POINTING = ("of", "in", "on", "for", "to", "and", "or", "is", "was", "are", "with", "from", "by", "at")


def next_topic(question: str, topic: str | None) -> str | None:
    """The topic after `question` was answered: the question itself when it stands alone (or there is
    no topic it could lean on), else the topic it leaned on. A question that leans on nothing ("why?"
    with no topic) starts none."""
    if topic and needs_context(question, topic):
        return topic
    if not topic and needs_context(question) and len(_subject_words(_normalised(question))) <= 1:
        return None
    return question


def without_first_parts(
    info: QuestionInfo, reading: Reading, own_kind: str | None, read_earlier: str = ""
) -> QuestionInfo:
    """The question without its first parts (the earlier question's); each part left is read with the
    earlier question's words ("who does that hit: what does usf money have to do with huawei"), once:
    a part that holds them already (as typed, or as read: `read_earlier`, its typos corrected) keeps
    its own."""
    skip = reading.context_parts
    kinds = info.part_kinds[skip:]
    e = reading.earlier
    forms = {f.lower() for f in (e, read_earlier) if f}
    return replace(
        info,
        # (joined as read, its shorthand spelled out: "when did that end: what was the tgl (temporary general
        # licence) for huawei", whose "tgl" the corpus never writes)
        parts=tuple(
            p if any(f in p.lower() for f in forms) else f"{p}: {read_earlier or e}" for p in info.parts[skip:]
        ),
        part_kinds=kinds,
        bare_amount=info.bare_amount[skip:],
        kind=own_kind if own_kind is not None else (kinds[0] if len(kinds) == 1 else None),
    )
