"""Who did it: a "who <verb>" question asks whoever did that, and a sentence that never says it was done names nobody.

"who sponsored the secure equipment act?" is not answered by "President Biden signed the Secure Equipment Act", nor
"who tracks demo inventory?" by the rule on resale: the names such sentences hold did something else, or nothing
asked. A sentence answers only when it says the deed asked (in any form: "led" for "who leads", "made by" for "who
made it", and a sale for "who bought it"), or, for an in-house "who signs off", when it routes the matter somewhere
(that route is the answer). A question whose verb is only "is", "does" or the like ("who's the distributor", "who
did the teardown") asks a name by its role, and is left to the scorer.
"""

from __future__ import annotations

import re

from index.search.lexical import sentence_terms

# "who <verb>", with an adverb between ("who actually owns…"); "who's", "who is" and the like are left out
_WHO_VERB = re.compile(  # asking, not relative: at the start of a clause ("customer who asks" names a customer)
    r"(?:^|[,.;:?!()\u2014\u2013-]\s*|\b(?:and|or|but|so|then|also|plus|\+)\s+)who\s+(?:(?:actually|really|even|exactly|usually|normally|typically|ultimately|first|originally|then|now)\s+)?"
    r"(?P<verb>[a-z]+)\b",
    re.I,
)
# words after "who" that are no deed: be, do and have, modal verbs, and words that start another phrase
_NO_DEED = frozenset(
    "is are was were be been being am s do does did done has have had can could should would will shall may might "
    "must else all the a an in on at of for to from with by here there we i you they he she it our my their your "
    "this that these those else exactly not never "
    # a role, not a deed: "who handles warranty" is answered by how warranty is handled
    "handle handles handled manage manages managed cover covers covered deal deals dealt take takes".split()
)
# past forms that do not share a stem with the verb, and the deed seen from the other side ("sold to" answers
# "who bought")
_IRREGULAR = {
    "led": "lead", "made": "make", "bought": "buy", "sold": "sell", "won": "win", "paid": "pay", "wrote": "write",
    "written": "write", "ran": "run", "took": "take", "taken": "take", "gave": "give", "given": "give", "got": "get",
    "brought": "bring", "built": "build", "sent": "send", "told": "tell", "found": "find", "said": "say",
    "ate": "eat", "eaten": "eat", "fabs": "fab", "began": "begin", "held": "hold", "kept": "keep", "met": "meet",
    "chose": "choose", "came": "come", "caught": "catch", "spent": "spend", "lost": "lose", "struck": "strike",
}  # fmt: skip
_CONVERSE = {"buy": ("sell",), "sell": ("buy",), "acquire": ("sell",)}
# verbs that name one deed: a report "released" by a committee was written by it; a chip "produced" was made
_SAME_DEED = (
    ("write", "author", "publish", "release", "issue", "draft"),
    ("make", "manufacture", "fab", "produce", "build"),
)


def asked_deed(part: str) -> frozenset[str] | None:
    """Stems of the deed a "who <verb>" part asks the doer of ("who sponsored…" → {"sponsor"}), or None when it
    asks no deed."""
    m = _WHO_VERB.search(part)
    if not m or m.group("verb").lower() in _NO_DEED:
        return None
    verb = m.group("verb").lower()
    base = _IRREGULAR.get(verb, verb)
    words = {verb, base}
    stems = _stems(words)
    for deed in (*_SAME_DEED, *((b, *others) for b, others in _CONVERSE.items())):
        if stems & _stems(deed[:1] if deed[0] in _CONVERSE else deed):
            words.update(deed)
    # the past forms of every verb now named ("sold" for "sell")
    stems = _stems(words)
    words.update(w for w, b in _IRREGULAR.items() if _stems([b]) & stems)
    return _stems(words) or None


def _stems(words) -> frozenset[str]:
    return frozenset(s for w in words for s in sentence_terms(w))  # as sentences are read: "made" is no stopword


def asked_verb(part: str) -> str:
    """The verb as the question writes it ("sponsored" in "who sponsored the act"); "" when none is asked."""
    m = _WHO_VERB.search(part)
    return m.group("verb").lower() if m and m.group("verb").lower() not in _NO_DEED else ""


def tells_deed(deed: frozenset[str], sentence: str) -> bool:
    """Does the sentence say the deed was done (any form of its verb)?"""
    return bool(deed & sentence_terms(sentence))
