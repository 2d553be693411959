"""An address line before the question: whom or which account it is for, not what it asks.

Partners paste a deal's people and account before the question: "priya / globex — can we resell huawei phones?",
"sarah @ northwind: are huawei phones ok to resell", "re: contoso rfp - can we quote huawei switches". Those names are
no topic the corpus must cover ("Nothing in the partner corpus covers globex" would be wrong), and the line is no part
of the question to answer. It is read as an address only when it is plainly one: a few words joined by "/", "@" or
"at" (or opened by "re:", "for", "acct:"), none of them a word the corpus uses or a number, before a dash or colon,
and a question after it that does not point back at them ("xiaomi / oppo — can we resell them?" keeps its makers);
after names joined by "/" only, the question must name the corpus's main subject or say enough on its own.
"""

from __future__ import annotations

import re

from index.answer.scope import main_subjects
from index.build.store import Snapshot
from index.search.lexical import query_terms

_MARKER = r"(?:re|fwd?|for|from|cc|acct|account|customer|cust|client|deal|opp(?:ty)?)"
_NAME = r"[a-z][\w.&'-]*"
_ADDRESS = re.compile(
    rf"^\s*(?:(?P<marker>{_MARKER})\s*:?\s+)?"
    rf"(?P<head>{_NAME}(?:\s*(?P<join>/|@|\+|&|\bat\b)?\s*{_NAME}){{0,4}})"
    r"\s*(?:\u2014|\u2013|-|:|\|)\s+(?P<rest>\S.*)$",
    re.I,
)
# words an address line may hold beside names: what the deal is
_DEAL_WORDS = frozenset("re fwd fw for from cc at acct account customer cust client deal opp oppty rfp rfq bid".split())
# the question after it points back at something named only in the line
_BACK = re.compile(r"\b(?:them|they|their|those|these|it|its)\b", re.I)


def without_address(question: str, snap: Snapshot) -> str:
    """The question without an address line before it (unchanged when there is none)."""
    m = _ADDRESS.match(question)
    if not m or not (m.group("marker") or m.group("join")):
        return question
    rest = m.group("rest")
    subjects = main_subjects(snap) or frozenset()
    if _BACK.search(rest):
        return question
    # "priya / globex": two names, of people or of makers; the question after them must say what it is about
    person_at = m.group("marker") or (m.group("join") or "").strip().lower() in ("@", "at")
    if not person_at and not subjects & set(re.findall(r"[a-z]+", rest.lower())) and len(rest.split()) < 5:
        return question
    vocab = snap.lexical.retriever.vocab_dict
    head = m.group("head")
    if m.group("join") and m.group("join").strip().lower() in ("@", "at"):
        # "tom @ vandelay": a person (whose first name the corpus may well use: "Tom Cotton") at an account
        person, _, account = re.split(r"\s*(@|\bat\b)\s*", head, maxsplit=1, flags=re.I)
        if any(ch.isdigit() for ch in person) or subjects & set(re.findall(r"[a-z]+", person.lower())):
            return question
        head = account
    words = [w for w in re.findall(r"[\w.&'-]+", head.lower()) if w not in _DEAL_WORDS]
    for w in words:
        if any(ch.isdigit() for ch in w) or w in subjects or any(t in vocab for t in query_terms(w)):
            return question  # a model, the subject, or a word the corpus uses: part of what is asked
    return rest
