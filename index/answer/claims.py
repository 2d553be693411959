"""A claim on what is allowed put to us to check ("cust says huawei is banned everywhere in the us, true?", "customer
claims its illegal to even own a huawei phone now. is it"): asked as the may-we question it is ("is huawei banned
everywhere in the us?").

Read as typed, the claim is a statement: its words find a sentence repeating it (the 2012 report's "did not legally bar
Huawei…" for "banned everywhere"), and the engine's rules for may-we questions never see a question. Asked as the
question, the current rule answers it, true or not. Only a message that is the claim and a check of it ("true?",
"right?", "is it") is read so; one asking more ("…, what do i say") is read as typed. A claim of any other kind ("rip
and replace still doesnt have enough money") is read as typed too: as a yes/no question it would take a sentence
opening "Yes, …" that a note wrote for another question as the verdict on the claim.
"""

from __future__ import annotations

import re

from index.answer.question import analyse

# who makes the claim, and how: "cust says", "my customer keeps saying", "client's cio claims", "prospect insists that"
_CLAIMED = re.compile(
    r"^\W*(?:(?:so|ok|okay|hey|fyi|heads up|objection(?:\s+on\s+a\s+call)?|on\s+a\s+call)\W+)*(?:"
    r"(?:(?:my|our|the|a|an|this|one)\s+)?(?:end\s+)?(?:cust(?:omer)?|cx|client|prospect|buyer)s?"
    r"(?:['\u2019]?s\s+[\w-]+)?\s+(?:(?:just|keeps?|always|now|also|still)\s+)?"
    r"(?:says?|said|saying|claims?|claimed|claiming|thinks?|insists?|swears?|believes?|told\s+(?:me|us)|"
    r"is\s+(?:saying|claiming|convinced|sure))\b"
    # "heard from a cust that …", "i heard that …"
    r"|(?:i\s+)?heard\s+(?:from\s+(?:a|an|the|my|our|one)\s+(?:end\s+)?(?:cust(?:omer)?|cx|client|prospect)\s+)?(?=that\b)"
    r")\s*(?:that\s+)?(?P<claim>.+)$",
    re.I,
)
# the check asked of it, after it: "true?", ", right?", ". is it", "is that correct", "- true or not"
_CHECK = re.compile(
    r"\s*(?:[,.;:\u2014\u2013-]+\s*)?(?:(?:is\s+(?:that|it|this|he|she)\s+|that\s+|that['\u2019]?s\s+)?"
    r"(?:true|right|correct|accurate|legit|real|so)"
    r"(?:\s+or\s+not)?|is\s+(?:it|that|this|he|she)|(?:is\s+)?(?:he|she)\s+right)\s*\W*$",
    re.I,
)
# a claim opening with a contracted "is": "its illegal…", "thats over", "there's a ban…"
_CONTRACTED = re.compile(r"^(it|that|there)['\u2019]?s\b", re.I)
# the claim's verb to put first: the first of these after a short subject ("huawei is banned…", "we cant sell…")
_AUX = re.compile(
    r"\b(?P<aux>is|are|was|were|can|will|has|have|had|does|did|should|must|isn['\u2019]?t|aren['\u2019]?t|"
    r"wasn['\u2019]?t|weren['\u2019]?t|can['\u2019]?t|cannot|won['\u2019]?t|doesn['\u2019]?t|didn['\u2019]?t|"
    r"hasn['\u2019]?t|haven['\u2019]?t)\b(?:\s+not\b)?",
    re.I,
)
_POSITIVE = {"can't": "can", "cant": "can", "cannot": "can", "won't": "will", "wont": "will"}
# a question of its own after the claim ("…, what do i say", "- how do i answer"): the message asks more than the check
_ASKS_MORE = re.compile(
    r"[,.;:\u2014\u2013?-]\s*(?:so\s+)?(?:what\w*|how\w*|who\w*|when|why|which|where\w*|can|could|should|would|will|do|does|did|"
    r"is|are|was|were|has|have|any|and|or|but|im|i|we|pretty|thats|that)\b",
    re.I,
)
# words that only stress a claim ("its illegal to EVEN own one", "LITERALLY banned"): as a question, they would be
# looked for ("Even with the November 2019 extension…")
_STRESS = re.compile(r"\b(?:even|literally|totally|basically|actually|really|just|like)\s+", re.I)
# the words of a subject: few, none a verb's sign
_MAX_SUBJECT_WORDS = 6


def claim_asked(message: str) -> str | None:
    """The may-we question a claim put to us asks ("is huawei banned everywhere in the us?"), or None when the message
    is not one claim and its check, the claim has no verb to put first ("huawei phones still get google play"), or it
    claims anything but what is allowed."""
    m = _CLAIMED.match(message.strip())
    if not m:
        return None
    claim = m.group("claim").strip()
    check = _CHECK.search(claim)
    claim = claim[: check.start()] if check else claim.rstrip("?!. ")
    if not claim or _ASKS_MORE.search(claim) or "?" in claim:
        return None
    claim = _CONTRACTED.sub(lambda c: f"{c.group(1)} is", _STRESS.sub("", claim))
    verb = _AUX.search(claim)
    if not verb or not verb.start() or len(claim[: verb.start()].split()) > _MAX_SUBJECT_WORDS:
        return None
    # (a negation is dropped: "we cant sell honor" and "we can sell honor" ask the same rule)
    aux = verb.group("aux").lower().replace("\u2019", "'")
    aux = _POSITIVE.get(aux) or re.sub(r"n'?t$", "", aux)
    subject, rest = claim[: verb.start()].strip(), claim[verb.end() :].strip()
    question = f"{aux} {subject} {rest}".strip() + "?"
    return question if analyse(question).kind == "leave" else None
