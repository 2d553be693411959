"""A claim on what is allowed put to us to check ("cust says huawei is banned everywhere in the us, true?", "customer
claims its illegal to even own a huawei phone now. is it"): asked as the may-we question it is ("is huawei banned
everywhere in the us?"). A claim of a date, an amount or a vote's tally ("cust says the entity list thing started aug
2019, right?", "client says huawei can make 2 million ascend chips, true?", "…the bad labs rule passed 3-2") is asked as
the "when", "how many" or vote count it checks, so the sentence giving the true date or figure answers, not one
repeating the claim's other words.

Read as typed, the claim is a statement: its words find a sentence repeating it (the 2012 report's "did not legally bar
Huawei…" for "banned everywhere"), and the engine's rules for may-we questions never see a question. Asked as the
question, the current rule answers it, true or not. Only a message that is the claim and a check of it ("true?",
"right?", "is it") is read so; one asking more ("…, what do i say") is read as typed. A claim of any other kind ("rip
and replace still doesnt have enough money") is read as typed too: as a yes/no question it would take a sentence
opening "Yes, …" that a note wrote for another question as the verdict on the claim.
"""

from __future__ import annotations

import re

from index.answer.doers import base_form
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
    """The question a claim put to us asks: the may-we question ("is huawei banned everywhere in the us?"), else the
    date, amount or tally it checks (`_figure_checked`); None when the message is not one claim and its check, or the
    claim is of anything else ("huawei phones still get google play")."""
    m = _CLAIMED.match(message.strip())
    if not m:
        return _own_claim_checked(message.strip())
    claim = m.group("claim").strip()
    check = _CHECK.search(claim)
    claim = claim[: check.start()] if check else claim.rstrip("?!. ")
    if not claim or _ASKS_MORE.search(claim) or "?" in claim:
        return None
    claim = _CONTRACTED.sub(lambda c: f"{c.group(1)} is", _STRESS.sub("", claim))
    if (leave := _leave_asked(claim)) or analyse(message).kind == "leave":
        # (a message asking leave as typed is read so: "…trump lifted the huawei ban in 2019 so were good right?")
        return leave
    return _figure_checked(claim)


# a message that opens as a question is none of the asker's own claims ("did the covered parts rule pass in 2026?" asks
# whether it passed at all)
_ASKING_START = re.compile(
    r"^\W*(?:did|does|do|is|are|was|were|can|could|will|would|has|have|had|when|what|whats|how|who|why|which|where)\b",
    re.I,
)


def _own_claim_checked(message: str) -> str | None:
    """The asker's own claim of a date or a tally and its check ("the fcc ban on new huawei gear took effect in 2021
    right?"): the "when" or vote count it checks, as for a customer's claim (the year guessed would otherwise pick a
    sentence of that year about something else). Not a claim of leave, which only a
    customer's claim is read as: the asker's own statement of a rule is left as typed."""
    check = _CHECK_THEN_REMARK.search(message) or _CHECK.search(message)
    claim = message[: check.start()] if check else ""
    if not claim or _ASKING_START.match(claim) or _ASKS_MORE.search(claim) or "?" in claim:
        return None
    if _NOT_PLAIN.search(claim) or len(claim.split()) > _MAX_OWN_CLAIM_WORDS:
        return None  # ("since commerce scrapped … in 2025 we can buy …, right?": a premise and a may-we question)
    if (not _PLAIN_CLAIM.match(claim) or message[check.end() :].strip()) and not _CAME_OUT_ON.match(claim.strip()):
        return None  # (any thing's coming out: "mate 30 came out early 2020 right?"; not "fcc fined best buy in 2018")
    asked = _figure_checked(_CONTRACTED.sub(lambda c: f"{c.group(1)} is", _STRESS.sub("", claim)))
    # (a date or a tally only: "the fcc fined huawei $1bn right?" read as "how much the fcc fined huawei?" quoted a
    # penalty on someone else after "does not say the amount", where as typed it was declined)
    return asked if asked and asked.startswith(("when ", "what was the vote count")) else None


# the asker's own claim is read so only as one plain statement about a named thing ("the covered list came out in 2020";
# of any name only as its coming out on the date, `_CAME_OUT_ON`)
_PLAIN_CLAIM = re.compile(r"^\W*(?:the|huawei|huawei's|its|this|that)\b", re.I)
# the check asked, then a remark that asks nothing: "…early 2020 right? cust's timeline has it after covid started"
_CHECK_THEN_REMARK = re.compile(
    r"\s*(?:[,.;:\u2014\u2013-]+\s*)?(?:right|true|correct|yeah|yes|no)\s*\?+\s*(?=[^?]*$)"
    r"(?!\s*(?:so\s+)?(?:and|also|but|plus|or|what\w*|how\w*|who\w*|when|why|which|where\w*|can|could|should|would|will|"
    r"do|does|did|is|are|was|were)\b)",
    re.I,
)
# …not a premise with a question behind it, nor someone else's claim told ("rep … said google gave …")
_NOT_PLAIN = re.compile(r"\b(?:since|because|so|if|now that|said|says|told|we|i|you)\b", re.I)
_MAX_OWN_CLAIM_WORDS = 16


def _leave_asked(claim: str) -> str | None:
    """The claim put first by its verb ("huawei is banned…" → "is huawei banned…?") when that asks leave, else None."""
    verb = _AUX.search(claim)
    if not verb or not verb.start() or len(claim[: verb.start()].split()) > _MAX_SUBJECT_WORDS:
        return None
    # (a negation is dropped: "we cant sell honor" and "we can sell honor" ask the same rule)
    aux = verb.group("aux").lower().replace("\u2019", "'")
    aux = _POSITIVE.get(aux) or re.sub(r"n'?t$", "", aux)
    subject, rest = claim[: verb.start()].strip(), claim[verb.end() :].strip()
    question = f"{aux} {subject} {rest}".strip() + "?"
    return question if analyse(question).kind == "leave" else None


# a date the claim gives: "…started aug 2019", "…came out in 2023", "…on 12 march 2021" (a month only with its year:
# "may" alone is a modal)
_CLAIMED_DATE = re.compile(
    r"\s*\b(?:(?:in|on|since|from|back\s+in|around|by)\s+)?(?:(?:early|mid|late)[\s-]+)?"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(?:\d{4}|'\d{2})|(?:19|20)\d{2})\b",
    re.I,
)
# a short name and its coming out on a date, nothing between ("mate 30 came out early 2020"): read so when the claim
# names any thing or has a remark after its check; a deed with an object ("apple launched a huawei partnership in
# 2019", "tsmc started shipping to huawei again in 2024") may never have been done, and is left as typed
_CAME_OUT_ON = re.compile(
    r"^\W*(?:[\w'+.&-]+\s+){0,4}?[\w'+.&-]+\s+(?:came\s+out|come\s+out|launched|released|went\s+on\s+sale|shipped|"
    r"unveiled|debuted)(?=\s)" + _CLAIMED_DATE.pattern + r"\W*$",
    re.I,
)
# an amount the claim gives, by its scale, unit or currency ("2 million ascend chips", "100bn", "$25 billion", "38%"),
# with the things it counts when it counts any ("2 million ascend chips"); a bare number is a model's or a section's
_CLAIMED_AMOUNT = re.compile(
    r"\s*(?:\b(?:about|around|over|under|only|just|nearly|almost|like|more\s+than|less\s+than|at\s+least)\s+)?"
    r"(?:(?P<money>\$|\busd\s*)\d[\d,.]*(?:\s*(?:k|m|mn|bn|b|million|billion|thousand|trillion)\b)?"
    r"|\b\d[\d,.]*\s*(?:(?P<scale>k|m|mn|bn|b|million|billion|thousand|trillion)\b|(?P<unit>%|percent\b|yuan\b|dollars\b|bucks\b)))"
    r"(?:\s+(?P<things>(?:(?!in\b|of\b|a\b|per\b|by\b)[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[^s\W]s)\b)?",
    re.I,
)
# a vote's tally the claim gives, after its vote: "…passed 3-2", "…voted 4 to 1" (not "2-3 years of updates")
_CLAIMED_TALLY = re.compile(
    r"\b(?:vot\w*|pass(?:ed|es)?|approv\w*|adopt\w*)\s+(?:[\w-]+\s+){0,3}?(?P<figure>(?:by\s+)?\d{1,3}\s*(?:-|\u2013|to)\s*"
    r"\d{1,3})\b(?!\s*(?:%|percent|million|billion))",
    re.I,
)
# the verb an amount or a date must follow to be the claim's figure: what was done, made or measured then ("huawei made
# 100bn", "the list came out in 2021"), not a threshold in its subject ("50% owned affiliates are listed")
_DONE = (
    r"start\w*|began|begin\w*|came\s+out|comes?\s+out|launch\w*|releas\w*|announc\w*|took\s+effect|kicked\s+in|"
    r"pass\w*|sign\w*|publish\w*|listed|added|add|ban\w*|ended|end|ends|expir\w*|dropp?\w*|suspend\w*|revok\w*|"
    r"sold|sell\w*|bought|buy\w*|went|happen\w*|introduc\w*|unveil\w*|designat\w*|placed|put|adopt\w*|voted|"
    r"approv\w*|stopp?\w*|pull\w*|cut|made|make\w*|earn\w*|spen[dt]\w*|cost\w*|paid|pay\w*|got|gets?|receiv\w*|"
    r"grew|grow\w*|rose|rise\w*|fell|fall\w*|ship\w*|produc\w*|gave|give\w*|raised|lost|los\w*|hit|reach\w*|"
    r"total\w*|fined|fine|won|win\w*|invest\w*|award\w*|offer\w*|owe\w*|owed"
)
_FIGURE_AFTER_DONE = re.compile(rf"\b(?:{_DONE})\b(?:\s+[\w'$,.-]+){{0,5}}?\s*$", re.I)
# an amount as a bound of something named, not the figure done: "…hits carriers over 10 million customers"
_THRESHOLD = re.compile(
    r"\b[a-z]+s\s+(?:over|under|above|below|with\s+(?:over|under|more\s+than|less\s+than|at\s+least)|"
    r"of\s+(?:over|under|more\s+than|less\s+than))\s+\$?\d$",
    re.I,
)
# a preposition the date phrase opens with, which a phrasal verb before it may need ("kicked in aug 2020")
_PREPOSITION = re.compile(r"\s*(?:in|on|out|up)\b", re.I)
_PARTICLE_VERB = re.compile(
    r"\b(?:kick(?:ed|s)?|phased?|roll(?:ed|s)?|set|went|go(?:es)?|came|come|log(?:ged)?)\s*$", re.I
)
# a deed undone or allowed: claimed with a date, it may never have happened ("trump lifted the ban in 2019"), and "when"
# would take it as done
_UNDONE = re.compile(
    r"\b(?:lift\w*|remov\w*|unban\w*|revers\w*|allow\w*|reinstat\w*|restor\w*|clear\w*|(?:taken|took|got|gotten|came|come)\s+off|"
    r"let|undo\w*|undid|back\s+on|okay\w*|ok'?d)\b",
    re.I,
)


def _figure_checked(claim: str) -> str | None:
    """The vote count a claim of a tally checks ("the bad labs rule passed 3-2" → "what was the vote count, the bad labs
    rule passed?"), the "how many" or "how much" a claim of an amount checks ("huawei can make 2 million ascend chips in
    2025" → "how many ascend chips huawei can make in 2025?"), else the "when" a claim of a date checks ("the entity
    list thing started aug 2019" → "when did the entity list thing start?"), else None. The question keeps the claim's
    order (the analyser reads its kind from the asking words, and the words find the sentence); the figure must follow
    a verb of what was done or measured, and a claim of something undone or allowed is no date to check."""
    if len(tallies := list(_CLAIMED_TALLY.finditer(claim))) == 1:
        return f"what was the vote count, {_without(claim, tallies[0], 'figure')}?"
    amounts = [
        m
        for m in _CLAIMED_AMOUNT.finditer(claim)
        if _FIGURE_AFTER_DONE.search(claim[: m.start()]) and not _THRESHOLD.search(claim[: _first_digit(claim, m)])
    ]
    if len(amounts) == 1:
        m = amounts[0]
        counted = m["things"] and not m["money"] and not m["unit"]
        return f"how many {m['things']} {_without(claim, m)}?" if counted else f"how much {_without(claim, m)}?"
    dates = list(_CLAIMED_DATE.finditer(claim))
    if not amounts and len(dates) == 1 and _FIGURE_AFTER_DONE.search(claim[: dates[0].start()]):
        if not _UNDONE.search(claim):
            return _when_done(claim, dates[0])
    return None


def _when_done(claim: str, date: re.Match) -> str:
    """ "when did <subject> <verb> …?" for a claim of a date ("huawei sold off honor in 2020" → "when did huawei sell
    off honor?"), keeping a preposition the verb needs ("kicked in aug 2020"), or "when <claim>?" when no verb in the
    past is found."""
    cut = date.start()
    if (prep := _PREPOSITION.match(date.group(0))) and _PARTICLE_VERB.search(claim[: date.start()]):
        cut = date.start() + prep.end()  # "…kicked in aug 2020": "in" belongs to the verb
    rest = (claim[:cut] + claim[date.end() :]).strip()
    words = rest.split()
    # (the last verb in the past: "the fcc covered list came out" is told by "came", not the adjective "covered")
    for i in range(len(words) - 1, 0, -1):
        if base := base_form(words[i].strip(",.;:")):
            if words[i - 1].lower() in ("was", "were"):  # "…act was signed in 2022": when was it signed
                return f"when {words[i - 1].lower()} " + " ".join([*words[: i - 1], *words[i:]]) + "?"
            return "when did " + " ".join([*words[:i], base, *words[i + 1 :]]) + "?"
    return f"when {rest}?"


def _first_digit(claim: str, m: re.Match) -> int:
    """Where the figure `m` found ends its first digit in the claim (the text up to it holds the words bounding it)."""
    return m.start() + re.search(r"\d", m[0]).end()


def _without(claim: str, m: re.Match, group: int | str = 0) -> str:
    """The claim without the figure `m` found (its `group`)."""
    return (claim[: m.start(group)] + claim[m.end(group) :]).strip()
