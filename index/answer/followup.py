"""Follow-ups: a question asked after another one (in a Slack thread, a DM, a terminal session).

A follow-up that says what it is about ("what is the entity list?") is answered on its own: the
earlier question is not asked again, and none of its words pull the answer towards it. One that
leans on the earlier question is read after it, and only its own parts are answered (the asker
has the first answer already), in one of two ways:
- it asks more about the same thing ("why not?", "when was that?", "how much did it cost?"): it
  is one question, read with the earlier one's words, so the sentence that answered before may
  answer again (it often holds the date or the reason);
- it asks the same about something else ("and verizon?", "what about canada", "same for
  refurbs?"): both are composed as one two-part question, so the follow-up gets a sentence of
  its own, not the one about the first thing; then only the follow-up's is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.answer.question import (
    _WH,
    QuestionInfo,
    bare_amount,
    clean_text,
    content_words,
    merge_context,
    split_parts,
    without_mentions,
)

# A word that points back at what was asked before. In a follow-up "that"/"this" do too
# ("when did that start", "does this apply to laptops"), unlike inside one question.
_POINTS_BACK = re.compile(
    r"\b(?:it|its|them|they|their|that|this|those|these|he|she|him|his|her|either|same|ones"
    r"|some(?=\s+(?:in|for|of|from|to)\b|\W*$))\b",
    re.I,
)
# words that say nothing of what a follow-up is about ("how many … got pulled", "even … ones?")
_FILLER = frozenset(
    "many much got get gets even ones one some all too also just still really any more other else like kind sort "
    "thing things stuff ok okay pls please yet ever again exactly actually then first last".split()
)
# "is it legal to…", "is it ok if…": an "it" that points forward, at what follows
_FORWARD_IT = re.compile(
    r"\b(?:is|was|isn'?t|would|will) it (?:still )?(?:ok|okay|legal|illegal|true|possible|allowed|safe|worth|"
    r"necessary|required|fine|wise|smart|better|risky)\b|\bit(?:'s| is) (?:ok|okay|legal|true|possible|fine)\b",
    re.I,
)
# "and verizon?", "what about canada", "how about the mate 60", "same for laptops", "too?"
_LEANS_ON = re.compile(
    r"^\s*(?:and|but|or|also|plus|so|then|what about|how about|same for)\b|\b(?:too|as well)\W*$", re.I
)


# "separate q - …", "unrelated, but …", "new question: …": the asker says a new topic starts
_NEW_TOPIC = re.compile(
    r"^\W*(?:(?:ok|okay|also|btw|oh)\W+)*(?:separate|different|unrelated|other|another|new|diff)\s+(?:q|qs|question|topic|thing)\b"
    r"|^\W*(?:ok|okay|also|btw)?\W*unrelated\b|^\W*(?:changing|change of) (?:topic|subject)\b",
    re.I,
)


# "what is the entity list", "whats fdpr", "who is richard yu", "what does tgl mean"
_DEFINES = re.compile(
    r"^\W*(?:what|who)(?:'s|s|\s+(?:is|are|was|were))\s+(?!(?:the\s+)?(?:reason|deal|story|status|rule|answer|date|price)\b)\w"
    r"|^\W*what\s+does\s+.+\s+(?:mean|stand for)\W*$",
    re.I,
)


def needs_context(followup: str) -> bool:
    """Does this follow-up lean on the question before it (rather than say what it is about)? A short
    one does ("no windows at all?", "how many listings got pulled"), as does one that points back ("is it
    still in force") or asks the same of something else ("and verizon?"), unless the asker says a new
    topic starts ("separate q - …"). A longer one that names its subject stands alone."""
    if _NEW_TOPIC.search(followup):
        return False
    parts = merge_context(split_parts(followup), followup) or [followup]
    first = parts[0]
    if _DEFINES.match(first) and not _POINTS_BACK.search(first):
        return False  # "what is the entity list": a subject of its own, however short
    if len([w for w in content_words(followup) if w not in _FILLER]) <= 2 or bare_amount(first):
        return True  # "why not?", "when?", "verizon?", "how much?", "no windows at all?"
    if _LEANS_ON.search(first):
        return True
    return bool(_POINTS_BACK.search(first)) and not _FORWARD_IT.search(first)


# what is left of "and verizon?" / "what about canada" once its lead-in is gone: a thing, not a question
_INSTEAD = re.compile(
    r"^\s*(?:and|or|also|plus|even|what about|how about|same for)\s+(?P<rest>.+?)\W*$"
    r"|^(?P<also>.+?)\s+(?:too|as well)\W*$",
    re.I,
)
_ASKS = re.compile(rf"^\s*{_WH}\b", re.I)


def asks_instead(followup: str) -> bool:
    """Does the follow-up ask the earlier question about something else ("and verizon?", "t-mobile too?")?"""
    m = _INSTEAD.match(followup)
    rest = m and (m.group("rest") or m.group("also"))
    return bool(rest) and not _ASKS.match(rest) and not _POINTS_BACK.search(re.sub(r"\bones\b", "", rest))


@dataclass(frozen=True)
class Reading:
    """What the engine asks for a follow-up: `text`, whose first `context_parts` parts are the
    earlier question's (read, not answered). With `instead`, all parts are composed together and
    the earlier ones' sentences dropped; else the earlier parts are dropped before composing."""

    text: str
    context_parts: int = 0
    instead: bool = False
    earlier: str = ""  # the earlier question's main part, as read


def read_followup(followup: str, context: str | None, max_chars: int, parts_of) -> Reading:
    """The follow-up alone, or after the earlier question's first part (its main question: "and verizon?"
    after "did at&t sell the mate 10 pro? asking for a customer" reads "did at&t sell the mate 10 pro"),
    shortened so that both fit in `max_chars`. `parts_of(text)` is how many parts the engine finds in a text."""
    if not context or not needs_context(followup):
        return Reading(followup)
    earlier = without_mentions(clean_text(context))
    main = merge_context(split_parts(earlier), earlier)
    earlier = (main[0] if main else earlier)[: max(max_chars - len(followup) - 2, 0)].strip()
    if not earlier:
        return Reading(followup)
    if earlier[-1] not in "?.!":
        earlier += "?"  # so that the follow-up starts a part of its own
    text = f"{earlier} {followup}"
    skip = parts_of(earlier)
    return Reading(text, skip if parts_of(text) > skip else 0, asks_instead(followup), earlier.rstrip("?.! "))


def without_first_parts(info: QuestionInfo, reading: Reading, own_kind: str | None) -> QuestionInfo:
    """The question without its first parts (the earlier question's); each part left is read with the
    earlier question's words ("who does that hit: what does usf money have to do with huawei")."""
    skip = reading.context_parts
    kinds = info.part_kinds[skip:]
    e = reading.earlier
    return replace(
        info,
        parts=tuple(p if e.lower() in p.lower() else f"{p}: {e}" for p in info.parts[skip:]),
        part_kinds=kinds,
        bare_amount=info.bare_amount[skip:],
        kind=own_kind if own_kind is not None else (kinds[0] if len(kinds) == 1 else None),
    )
