"""An address line before the question: whom or which account it is for, not what it asks.

Partners paste a deal's people and account before the question: "priya / globex — can we resell huawei phones?",
"sarah @ northwind: are huawei phones ok to resell", "re: contoso rfp - can we quote huawei switches". Those names are
no topic the corpus must cover ("Nothing in the partner corpus covers globex" would be wrong), and the line is no part
of the question to answer. It is read as an address only when it is plainly one:

- a short line (a few words) before a dash, colon or bar, its names joined by "/", ",", "@" or "at", or opened by
  "re:", "for", "acct:";
- none of its words a number, a kind of product, a verdict asked ("y/n:", "go/no-go:"), the corpus's main subject or
  any word the corpus uses (a person "@" an account may have a first name the corpus uses: "tom @ vandelay");
- and the question after it names the corpus's main subject and does not point back at the line ("xiaomi / oppo —
  can we resell them?", "for xiaomi: ok to resell?", "re: tplink - ok to resell?" keep their makers, and are
  judged with them); after names joined only by "/" it must also say enough on its own (five words or more:
  "lenovo / motorola - same rules as huawei?" keeps them).
"""

from __future__ import annotations

import re

from index.answer.categories import product_kinds
from index.answer.scope import main_subjects
from index.build.store import Snapshot
from index.search.lexical import query_terms

# the line before the first dash, colon or bar (a short one: at most 60 characters) and the question after it
_MARKERS = r"(?:re|fwd?|for|from|cc|acct|account|customer|cust|client|deal|opp(?:ty)?)"
_LINE = re.compile(
    rf"^\s*(?P<head>(?:{_MARKERS}\s*:\s*)?[^\n\u2014\u2013:|-]{{1,60}}?)\s*(?:\u2014|\u2013|-|:|\|)\s+(?P<rest>\S.*)$",
    re.S | re.I,
)
_MARKER = re.compile(rf"^{_MARKERS}\b\s*:?\s*", re.I)
# names, each joined to the next by a separator: "priya / globex", "tom @ vandelay", "jen at hooli"
_NAMES = re.compile(r"^[a-z][\w.&'-]{0,30}(?:(?:\s*(?:/|@|\+|&|,)\s*|\s+(?:at\s+)?)[a-z][\w.&'-]{0,30}){0,4}$", re.I)
_PERSON_AT = re.compile(r"\s*(?:@|\bat\b)\s*", re.I)
# words an address line may hold beside names: what the deal is
_DEAL_WORDS = frozenset("re fwd fw for from cc at acct account customer cust client deal opp oppty rfp rfq bid".split())
# a verdict asked in the line ("y/n: customer wants 40 huawei hotspots"): part of the question
_VERDICT = re.compile(r"\b(?:y|n|yes|no|go|no-go|yay|nay|ok|okay)\b", re.I)
# the question after it points back at something named only in the line
_BACK = re.compile(r"\b(?:them|they|their|those|these|it|its|ones?)\b", re.I)


def without_address(question: str, snap: Snapshot) -> str:
    """The question without an address line before it (unchanged when there is none)."""
    m = _LINE.match(question)
    if not m:
        return question
    head, rest = m.group("head").strip(), m.group("rest")
    marker = _MARKER.match(head)
    names = head[marker.end() :] if marker else head
    joined = re.search(r"/|@|\+|&|,|\bat\b", names, re.I)
    # "can we sell huawei tablets to them": them is whom it is for, the account in the line
    back = _BACK.search(re.sub(r"\b(?:to|for|with)\s+(?:them|their\s+\w+)\b", " ", rest, flags=re.I))
    if not names or not _NAMES.match(names) or not (marker or joined) or _VERDICT.search(head) or back:
        return question
    subjects = main_subjects(snap) or frozenset()
    if not subjects & set(re.findall(r"[a-z]+", rest.lower())):
        return question  # the question names nothing the corpus is about: the line may be what it asks about
    person_at = bool(_PERSON_AT.search(names))
    if not marker and not person_at and len(rest.split()) < 5:
        return question
    if product_kinds(head):
        return question
    if person_at:  # "tom @ vandelay": a person at an account; the person's name may be one the corpus uses
        person, account = _PERSON_AT.split(names, maxsplit=1)
        if any(ch.isdigit() for ch in person) or subjects & set(re.findall(r"[a-z]+", person.lower())):
            return question
        names = account
    vocab = snap.lexical.retriever.vocab_dict
    for w in (w for w in re.findall(r"[\w.&'-]+", names.lower()) if w not in _DEAL_WORDS):
        if any(ch.isdigit() for ch in w) or w in subjects or any(t in vocab for t in query_terms(w)):
            return question  # a model, the subject, or a word the corpus uses: part of what is asked
    return rest
