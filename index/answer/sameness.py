"""Whether two named things are one ("is section 889 the same thing as the fcc ban?", "harmonyos 6 vs harmonyos next —
same thing renamed or separate?"): asked as what each one is ("what is section 889? what is the fcc ban?").

Read as typed, the question finds sentences holding both names together, which tell neither what one is nor what the
other is (a rule naming the Covered List for "is the equipment auth ban the same thing as the covered list"). What the
asker needs to tell them apart is each one's defining sentence, side by side. Only two things named by a few words each
are asked so; a question of how one is treated ("is a hotspot treated the same as a phone") or of a person or a
company ("is zte the same as huawei") is read as typed.
"""

from __future__ import annotations

import re

from index.answer.question import MONTHS

# a side: a few words naming a thing, not a pronoun ("is it the same as…")
_SIDE = r"(?P<{name}>(?!(?:it|that|this|they|those|these|them)\b)[\w'\"&().-]+(?:\s+[\w'\"&().-]+){{0,5}}?)"
_KIND_OF_SAME = (
    r"(?:thing|things|rule|rules|law|laws|list|lists|ban|bans|idea|ideas|program|programs|programme|programmes|order|"
    r"orders)"
)
# the end of the other side: a break, "or …", or the end of the message
_SIDE_ENDS = r"(?=\s*(?:[?,;:.!\u2014\u2013-]|\bor\b|$))"


def _same_as(before: str) -> re.Pattern:
    """ "<before> (the) same (thing) as <other side>", the message's opening words `before` holding the first side."""
    return re.compile(
        r"^\W*" + before + rf"(?:the\s+)?same(?:\s+{_KIND_OF_SAME})?\s+as\s+" + _SIDE.format(name="other") + _SIDE_ENDS,
        re.I,
    )


# "is X the same (thing) as Y", "are X the same rules as Y"
_IS_SAME = _same_as(
    r"(?:and\s+|so\s+|wait\s+)?(?:is|are)\s+"
    + _SIDE.format(name="one")
    + r"\s+(?:basically\s+|just\s+|really\s+|actually\s+)?"
)
# "X — same thing as Y or a separate track?"
_DASH_SAME = _same_as(_SIDE.format(name="one") + r"\s*[,;:\u2014\u2013-]+\s*(?:is\s+(?:it|that)\s+)?")
# "X vs Y — same thing or separate?", "X vs Y, same idea or totally different", "X vs Y — two diff laws?"
_VS_SAME = re.compile(
    r"^\W*"
    + _SIDE.format(name="one")
    + r"\s+(?:vs\.?|versus)\s+"
    + _SIDE.format(name="other")
    + rf"(?:\s*[?,;:.!\u2014\u2013-]+\s*(?:(?:the\s+)?same\s+(?:{_KIND_OF_SAME}\b|\w+\s+(?:renamed|or)\b|or\b)"
    # "X vs Y — two diff laws?", "…, separate programs or one", "X vs Y two diff lists?"
    + rf"|(?:two\s+)?(?:diff|different|separate|distinct)\s+(?:{_KIND_OF_SAME}|ones)\b)"
    + rf"|\s+two\s+(?:diff|different|separate|distinct)\s+(?:{_KIND_OF_SAME}|ones)\b)",
    re.I,
)
# a side that is a place: "the same as the mainland", "… as the us"
_A_PLACE = re.compile(r"^(?:the\s+)?(?:mainland|us|u\.s\.|united\s+states)$", re.I)
# a side that is only a date: "fdpr may 2020 vs aug 2020 - two diff rules?" sets two versions of one thing apart, and
# "what is aug 2020?" asks nothing
_A_DATE = re.compile(rf"^(?:(?:in|the)\s+)?(?:{MONTHS}\.?\s+)?(?:'?\d\d|(?:19|20)\d\d)$|^{MONTHS}$", re.I)


def sides_compared(message: str, companies: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The two things a "same or different" question sets side by side, as typed ("section 889", "the fcc ban"), or
    None when it asks nothing of the kind, or a side is one of the `companies` the corpus names (lower case: "is zte
    the same as huawei" asks how one is treated) or a place."""
    text = message.strip()
    m = _IS_SAME.match(text) or _VS_SAME.match(text) or _DASH_SAME.match(text)
    if not m:
        return None
    sides = tuple(m.group(g).replace('"', "").strip(" '") for g in ("one", "other"))
    if any(side.lower() in companies or _A_PLACE.match(side) or _A_DATE.match(side) for side in sides):
        return None
    return sides[0], sides[1]


def asked_apart(message: str, companies: frozenset[str] = frozenset()) -> str | None:
    """The question asking what each of the two things is ("what is section 889? what is the fcc ban?"), or None."""
    sides = sides_compared(message, companies)
    return f"what is {sides[0]}? what is {sides[1]}?" if sides else None
