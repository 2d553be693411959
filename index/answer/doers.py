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

from bm25s import stopwords as _sw

from index.answer.wordlist import english_word
from index.search.lexical import sentence_terms

# "who <verb>", after an adverb or two ("who actually owns…", "who currently sells it"); "who's", "who is" and the like
# are left out. Asking, not relative: at the start of a clause ("customer who asks" names a customer)
_ADVERB = r"(?:(?!(?:apply|supply|reply|rely)\b)[a-z]+ly|still|also|just|ever|already|even|only|then|now|first)"
_WHO_VERB = re.compile(
    r"(?:^|[,.;:?!()\u2014\u2013+-]\s*|\b(?:and|or|but|so|then|also|plus)\s+)who\s+"
    rf"(?:{_ADVERB}\s+){{0,2}}(?P<verb>[a-z]+)\b",
    re.I,
)
# the kind of doer a "which" question names instead of "who": "which law firm represents huawei", "which carriers
# sold it", "which fcc commissioner pushed it"
DOER_KINDS = (
    r"(?:compan(?:y|ies)|carriers?|agenc(?:y|ies)|person|firms?|retailers?|stores?|vendors?|countr(?:y|ies)|groups?|"
    r"teams?|officials?|commissioners?|chair(?:man|woman|person)?|senators?|lawmakers?|executives?|execs?|ceos?|"
    r"secretar(?:y|ies)|ministers?|analysts?|spokes(?:man|woman|person)|presidents?|judges?|officers?|banks?|"
    r"makers?|manufacturers?|distributors?|suppliers?|foundr(?:y|ies)|labs?)"
)
# "which law firm represents…": the doer asked by its kind, then the deed
# (or by its name: "name of the company that bought honor")
_WHICH_VERB = re.compile(
    rf"(?:(?:^|[,.;:?!()\u2014\u2013+-]\s*|\b(?:and|or|but|so|then|also|plus)\s+)(?:which|what)\s+"
    rf"|\bnames?\s+of\s+(?:the|a|an)\s+)(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<kind>{DOER_KINDS})\s+(?:(?:that|who|which)\s+)?(?:{_ADVERB}\s+){{0,2}}(?P<verb>[a-z]+)\b",
    re.I,
)
# words after "who" that are no deed: be, do and have, modal verbs, words that start another phrase, and verbs of a
# role or a standing rather than a deed ("who handles warranty" is answered by how warranty is handled; "who counts
# as an affiliate" by a definition)
_NO_DEED = frozenset(
    "is are was were be been being am s do does did done has have had can could should would will shall may might "
    "must else all the a an in on at of for to from with by here there we i you they he she it our my their your "
    "this that these those not never "
    # words that start a phrase of other members ("which companies besides huawei are on it"): no verb
    "besides except excluding apart aside other like including "
    "handle handles handled manage manages managed cover covers covered deal deals dealt take takes "
    "count counts counted qualify qualifies qualified fall falls fell belong belongs need needs needed "
    "get gets got become becomes became remain remains remained "
    # "who decided (that)": whoever did what was asked about decided it; the corpus seldom says "decided"
    "decide decides decided".split()
)
# past forms that do not share a stem with the verb
_IRREGULAR = {
    "led": "lead", "made": "make", "bought": "buy", "sold": "sell", "won": "win", "paid": "pay", "wrote": "write",
    "written": "write", "ran": "run", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "brought": "bring", "built": "build", "sent": "send", "told": "tell", "found": "find", "said": "say",
    "ate": "eat", "eaten": "eat", "began": "begin", "held": "hold", "kept": "keep", "met": "meet",
    "chose": "choose", "came": "come", "caught": "catch", "spent": "spend", "lost": "lose", "struck": "strike",
    "shown": "show", "showed": "show", "grew": "grow", "grown": "grow", "rose": "rise", "risen": "rise", "fell": "fall",
    "fallen": "fall", "went": "go", "gone": "go",
}  # fmt: skip


_PASTS: dict[str, set[str]] = {}
for _past, _base in _IRREGULAR.items():
    _PASTS.setdefault(_base, set()).add(_past)


def verb_forms(word: str) -> frozenset[str]:
    """The word and its irregular forms ("lose" → lose, lost; "lost" → lost, lose)."""
    word = word.lower()
    base = _IRREGULAR.get(word, word)
    return frozenset({word, base, *_PASTS.get(base, ())})  # ("went": go, went, gone)


def base_form(word: str) -> str | None:
    """The base form of a verb in the past ("started" → "start", "came" → "come", "stopped" → "stop", "released" →
    "release"), or None when the word is none."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if not word.endswith("ed") or len(word) < 5:
        return None
    if word.endswith("ied"):
        return word[:-3] + "y"
    return next((base for base in (word[:-2], word[:-1], word[:-3]) if english_word(base, modern=False)), None)


# verbs that name one deed: a report "released" by a committee was written by it; a chip "produced" was made; a
# retailer that "carries" a phone sells it
_SAME_DEED = (
    ("write", "author", "publish", "release", "issue", "draft"),
    ("make", "manufacture", "fab", "produce", "build"),
    ("sell", "resell", "carry", "stock", "retail", "offer", "supply"),
    ("buy", "acquire", "purchase"),
    ("pay", "repay", "reimburse", "fund"),
    ("show", "unveil", "present", "launch", "announce", "introduce"),
    ("fine", "penalise", "penalize", "penalty", "penalties"),
    # "did it actually ban huawei": "…did not legally bar Huawei"; "how many labs blocked so far": "…had barred…"
    ("ban", "bar", "prohibit", "forbid", "block"),
    ("pause", "suspend", "halt", "freeze"),  # "when did the affiliates rule get paused": "BIS suspended it"
    # a rule undone: "when did commerce scrap the ai diffusion rule" — "BIS rescinded the AI diffusion rule"
    ("scrap", "rescind", "repeal", "revoke", "withdraw", "cancel", "kill", "ditch"),
    # advice given: "what did the 2012 house report recommend" — "the report urged US network operators…"
    ("recommend", "urge", "advise"),
)
# the deed seen from the other side: "sold to Zhixin" answers "who bought honor", and the other way round
_CONVERSE = (("buy", "sell"), ("sell", "buy"), ("acquire", "sell"), ("purchase", "sell"))
# the doer's noun: "the new owner", "the chip maker"
_DOER_NOUNS = {
    "sell": "seller", "buy": "buyer", "make": "maker", "manufacture": "manufacturer", "produce": "producer",
    "build": "builder", "own": "owner", "write": "writer", "publish": "publisher", "pay": "payer", "fund": "funder",
    "supply": "supplier", "lead": "leader",
}  # fmt: skip


def asked_deed(part: str) -> frozenset[str] | None:
    """Stems of the deed a "who <verb>" part asks the doer of, in its forms, its synonyms, its converse and the
    doer's noun ("who sponsored…" → {"sponsor"}; "who bought…" → buy, bought, purchase, acquire, buyer, sell, sold),
    or None when it asks no deed."""
    verb = asked_verb(part)
    return deed_stems(verb) if verb else None


def deed_stems(verb: str) -> frozenset[str] | None:
    """Stems of a deed named by its verb, in its forms, its synonyms, its converse and the doer's noun."""
    words = {verb, _IRREGULAR.get(verb, verb)}
    for group in _SAME_DEED:
        if _stems(words) & _stems(group):
            words.update(group)
    named = _stems(words)
    words.update(other for one, other in _CONVERSE if _stems([one]) & named)
    stems = _stems(words)
    words.update(w for w, b in _IRREGULAR.items() if _stems([b]) & stems)  # "sold" for "sell"
    words.update(noun for base, noun in _DOER_NOUNS.items() if _stems([base]) & stems)
    return _stems(words) or None


def _stems(words) -> frozenset[str]:
    return frozenset(s for w in words for s in sentence_terms(w))  # as sentences are read: "made" is no stopword


# "what did the 2012 house intel report recommend", "what does the checklist require re ascend chips": the deed of a
# subject a "what" question asks the object of, as its last verb (or before "re", "about", "on")
_WHAT_VERB = re.compile(
    r"^\W*what\s+(?:did|does|do)\s+(?:[\w'&().-]+\s+){1,6}?(?P<verb>[a-z]{4,})"
    r"(?:\s+(?:re|about|on|regarding|for|of)\b.*)?\W*$",
    re.I,
)
# verbs a "what did X …" question asks no deed with: what it says or means (`_EXPLAIN_Q` in question.py), or its
# standing ("what does the rule cover")
_NO_WHAT_DEED = frozenset(
    "mean means say says said cover covers covered need needs require requires include includes ban bans block "
    "blocks allow allows change changes affect affects apply think thinks feel feels want wants look like happen "
    "stand".split()
)


def what_deed(part: str) -> frozenset[str] | None:
    """Stems of the deed a "what did X <verb>" part asks the object of ("recommend" → recommend, urge, advise), or
    None: only a verb of one of the deeds other verbs name too (`_SAME_DEED`), where a sentence may say it in other
    words ("what did Polo call the capital" names no such deed)."""
    m = _WHAT_VERB.match(part)
    verb = m.group("verb").lower() if m else ""
    if not verb or verb in _NO_DEED or verb in _NO_WHAT_DEED:
        return None
    stems = _stems([verb, _IRREGULAR.get(verb, verb)])
    return deed_stems(verb) if any(stems & _stems(group) for group in _SAME_DEED) else None


def doer_kind(part: str) -> str:
    """The kind of doer a "which <kind> <verb>" part names instead of "who" ("company" in "which company bought
    honor"); "" when it names none. It says who is asked, not what about."""
    m = _WHO_VERB.search(part) or _WHICH_VERB.search(part)
    return (m.groupdict().get("kind") or "").lower() if m else ""


def asked_verb(part: str) -> str:
    """The verb as the question writes it ("sponsored" in "who sponsored the act"), or of the doer asked by its noun
    ("name of the buyer group": buy); "" when it asks no deed."""
    m = _WHO_VERB.search(part) or _WHICH_VERB.search(part)
    if m and m.group("verb").lower() not in _NO_DEED:
        return m.group("verb").lower()
    if named := _DOER_NAMED.search(part):
        return _DOER_VERBS[(named["noun"] or named["noun2"]).lower()]
    return ""


# the doer asked by its noun: "name of the buyer group", "the buyers name", "who was the seller"
_DOER_VERBS = {noun: verb for verb, noun in _DOER_NOUNS.items()}
_DOER_NAMED = re.compile(
    rf"\b(?:names?\s+of\s+the|who\s+(?:was|is|were|are)\s+the)\s+(?P<noun>{'|'.join(_DOER_VERBS)})s?\b"
    rf"|\b(?P<noun2>{'|'.join(_DOER_VERBS)})(?:'?s)?\s+(?:name|group)\b",
    re.I,
)


# "when was huawei added to the covered list", "when were the licences revoked", "when did zte get put on it": a
# passive asks the date of that deed; "when did huawei go on the covered list" asks the date of a listing
_WHEN = r"\bwhen\s+(?:exactly\s+|precisely\s+|roughly\s+)?"  # "when exactly did huawei get put on…"
_ONTO = r"(?:on|onto|to)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?list"  # "to the fcc covered list"
_PUTS_ON = r"(?:add|put|place|list|include)"  # a doer putting something on a list
_WHEN_DONE = re.compile(
    _WHEN + r"(?:was|were|has\s+been|have\s+been|had\s+been|did\s+(?:[\w'&.-]+\s+){1,6}?get)\s+"
    r"(?:[\w'&.-]+\s+){0,6}?(?:\w+ly\s+|first\s+)?(?P<verb>[a-z]+ed|put|" + "|".join(sorted(_IRREGULAR)) + r")\b"
    r"(?!\s+list\b)"  # "covered list" names a list: no deed
    rf"(?P<onto>\s+{_ONTO}\b)?"
    # "when did huawei go on the covered list", "…end up on it": onto a list, with no verb of the deed
    rf"|{_WHEN}did\s+(?:[\w'&.-]+\s+){{1,4}}?(?:go|get|end\s+up|land)\s+"
    r"(?P<onto_only>(?:on|onto)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?list)\b"
    # "when did the fcc add huawei to the covered list": the doer putting it there
    rf"|{_WHEN}did\s+(?:[\w'&.-]+\s+){{1,4}}?{_PUTS_ON}\s+(?:[\w'&.-]+\s+){{1,4}}?(?P<onto_active>{_ONTO})\b",
    re.I,
)
# put on a list, in the words a sentence says it: listed, added, placed, included, named (only for a list asked;
# "The first Covered List of March 2021 names … Huawei")
_ONTO_A_LIST = ("add", "list", "place", "include", "put", "name")


def when_deed(part: str) -> frozenset[str] | None:
    """Stems of the deed a "when was X <done>" part asks the date of (as `deed_stems` gives them; a place on a list
    in any of its words, also asked as "when did X go on / get on / end up on the list"), or None."""
    m = _WHEN_DONE.search(part)
    if m and (m["onto_only"] or m["onto_active"]):
        return _stems(_ONTO_A_LIST)
    if not m or m["verb"].lower() in _NO_DEED:
        return None
    stems = deed_stems(m["verb"].lower()) or frozenset()
    if m["onto"] or (stems & _stems(_ONTO_A_LIST) and _topic_list(part)):
        stems |= _stems(_ONTO_A_LIST)
    return stems or None


# a list named as the topic, before the question: "fcc covered list - when was huawei added"
_TOPIC_LIST = re.compile(r"^\W*(?:[\w&.-]+\s+){0,3}?(?P<name>[\w-]+)\s+list\s*(?:[-:,\u2013\u2014]|\?|$)", re.I)


def _topic_list(part: str) -> str:
    """The list a part names as its topic before asking ("fcc covered list - when was huawei added": "covered list"),
    or ""."""
    m = _TOPIC_LIST.match(part)
    return f"{m['name'].lower()} list" if m and m["name"].lower() not in _NOT_A_LIST_NAME else ""


def asked_list(part: str) -> str:
    """The list a "when was X added to the <name> list" part names ("covered list", "entity list"), or ""."""
    m = _WHEN_DONE.search(part)
    onto = m and (m["onto"] or m["onto_only"] or m["onto_active"])
    words = re.findall(r"[\w-]+", onto.lower()) if onto else []
    if not onto and m and (deed_stems(m["verb"].lower()) or frozenset()) & _stems(_ONTO_A_LIST):
        return _topic_list(part)  # "fcc covered list - when was huawei added"
    return f"{words[-2]} list" if len(words) >= 2 and words[-2] not in _NOT_A_LIST_NAME else ""


_NOT_A_LIST_NAME = frozenset("on onto to the its their that this a an same".split())

# what a list holds, asked: "whats on the fcc covered list", "what was on the march 2021 list", "who all is on the
# entity list" (not "what is on the list about", nor "who was on the list first")
_ON_A_LIST = re.compile(
    r"^\W*(?:(?:so|ok|and)\W+)?(?:what|who)(?:['\u2019]?s|\s+(?:is|was|are|were))\s+(?:all\s+|actually\s+)?"
    r"on\s+(?:the\s+|that\s+|this\s+|its\s+)?(?:[\w-]+\s+){0,4}?list\W*$",
    re.I,
)


def asks_members(part: str) -> str:
    """The word naming the list a part asks only the holdings of ("covered" of "whats on the fcc covered list", "2021"
    of "what was on the march 2021 list"): its names answer, not a word on it; "" for any other part."""
    m = _ON_A_LIST.match(part)
    word = re.findall(r"[\w-]+", part[: m.end()].lower())[-2] if m else ""
    return "list" if word in _NOT_A_LIST_NAME else word  # ("whats on the list": a sentence naming a list)


_LISTED_WHO = re.compile(
    r"\bwhen\s+(?:was|were|did|has\s+been|have\s+been|had\s+been)\s+(?:the\s+)?(?P<who>[a-z][\w&.-]*)", re.I
)


# "when did the fcc add huawei to the covered list": the one put there follows the verb
_LISTED_OBJECT = re.compile(
    rf"{_WHEN}did\s+(?:[\w'&.-]+\s+){{1,4}}?{_PUTS_ON}\s+(?:the\s+)?(?P<who>[a-z][\w&.-]*)", re.I
)


# the one a pronoun stands for, named as the topic first: "zte entity list - when was it added", "zte: when did it go
# on the entity list" (not a lister: "fcc covered list - when was it added" asks of no one put on it)
_TOPIC_WHO = re.compile(r"^\W*(?P<who>[a-z][\w&.-]*)\s*(?:\s(?:[\w-]+\s+){0,2}list\s*)?[-:,\u2013\u2014]\s", re.I)
_LISTERS = frozenset("fcc bis commerce doc us usa ntia congress trump biden government govt the".split())
_PRONOUNS = frozenset(("it", "they", "he", "she", "we", "you"))
_CHAT_HEADS = frozenset("fyi q qq re fw fwd pls plz btw ok okay hey hi hello ps quick so".split())


def listed_who(part: str) -> str:
    """Who a "when was X added to the list" part asks about ("zte"), or "" (a pronoun: "when was it added", unless the
    part named its topic first: "zte entity list - when was it added")."""
    m = _LISTED_OBJECT.search(part) or _LISTED_WHO.search(part)
    who = m["who"].lower().rstrip(".") if m else ""
    topic = (t["who"].lower() if (t := _TOPIC_WHO.match(part)) else "") if who in _PRONOUNS else ""
    if (
        topic
        and topic not in _LISTERS | _NOT_A_LIST_NAME | _CHAT_HEADS
        and topic.split() != asked_list(part).split()[:1]
        and not english_word(topic)  # a name ("zte"), not a word heading a message ("update - when did they…")
    ):
        return topic
    return "" if who in _NOT_A_LIST_NAME or who in _PRONOUNS else who


def tells_listing(part: str, sentence: str) -> bool:
    """For "when was zte added to the entity list": does the sentence say that one was put on that list (ZTE, a deed of
    listing, the Entity List)? True for any other question."""
    listed, who = asked_list(part), listed_who(part)
    if not listed or not who or not (deed := when_deed(part)):
        return True
    return says_deed(deed, sentence) and names_list(listed, sentence) and names_list(who, sentence)


def names_list(name: str, sentence: str) -> bool:
    """Does the sentence name that list ("Covered List" for "covered list")?"""
    return not name or bool(re.search(r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b", sentence, re.I))


def tells_deed(deed: frozenset[str], sentence: str) -> bool:
    """Does the text say the deed was done (any of the forms `asked_deed` gives)?"""
    return bool(deed & sentence_terms(sentence))


# words that say no deed was done: names ("Honor, which…") and nouns after a determiner ("After the miss, …"); not
# "that" ("…a consortium that bought Honor")
_DEED_NOT_SAID = re.compile(
    # (nor a phrasal verb of another deed: "once its stock ran out" runs nothing)
    r"\b[A-Z]\w*|\b(?i:the|a|an|its|their|his|her)\s+\w+|\b(?i:ran|run|runs|running)\s+(?i:out)\b"
)


# the deed seen from the other side names the doer only with its preposition: a sale names the buyer after "to"
# ("…would sell its Honor business to Shenzhen Zhixin"), a purchase the seller after "from"
_SOLD_TO = re.compile(r"\b(?:sold|sell|sells|selling)\b[^.;:]*?\bto\s+(?:the\s+|a\s+|an\s+)?[A-Z]")
_BOUGHT_FROM = re.compile(
    r"\b(?:bought|buy|buys|buying|acquired|acquire|acquires|purchased|purchase|purchases)\b[^.;:]*?\bfrom\s+"
    r"(?:the\s+|a\s+|an\s+)?[A-Z]"
)


# a deed told only of a thing the sentence names for another event: "…to comply with the US order that put Huawei
# on the Entity List" dates Google's suspension, not the listing ("that"/"which" as the clause's subject, right
# before its verb; not "announced that Huawei would be added…", whose clause has a subject of its own)
_DEED_OF_A_NOUN = re.compile(r"\b(?:that|which)\s+(?:had\s+|has\s+|have\s+)?(?:been\s+)?(\w+)", re.I)


def says_deed_itself(deed: frozenset[str], sentence: str) -> bool:
    """`says_deed`, not counting a deed told in a clause about a noun ("the order that put Huawei on the list")."""
    main = _DEED_OF_A_NOUN.sub(lambda m: " " if deed & sentence_terms(m.group(1)) else m.group(0), sentence)
    # nor one only announced ("…had said on 1 November 2025 that it would pause the Affiliates Rule"): not done then
    main = _DEED_PLANNED.sub(lambda m: m.group("lead") if deed & sentence_terms(m.group("verb")) else m.group(0), main)
    return says_deed(deed, main)


def said_to_come(leads: str, modals: str) -> re.Pattern:
    """A deed someone only said (planned, promised…) would or could be done: `lead`, from the saying to the modal
    ("…had said on 1 November 2025 that it would"), then the deed's `verb` ("pause"). `leads` and `modals` are
    alternations of words."""
    return re.compile(rf"(?P<lead>\b(?:{leads})\b[^.;]{{0,60}}?\b(?:{modals}))\s+(?P<verb>[a-z]+)", re.I)


# (not "announced that it would discontinue ABC1": an announcement of a decision dates the deed decided)
_DEED_PLANNED = said_to_come(
    "said|says|planned|plans|promised|pledged", r"would|will|plans?\s+to|planned\s+to|aims?\s+to"
)


# an announcement of a deed to come: "…the US Commerce Department announced that Huawei would be added to its Entity
# List" (the listing took effect the next day)
_DEED_ANNOUNCED = said_to_come("announced|announces|said|says", r"(?:would|will)(?:\s+be)?")
# the deed asked as it came to pass, not as announced: "when did huawei actually go on the entity list", "when exactly
# did it land on the list", "when was it officially added"
ACTUAL_DEED = re.compile(r"\b(?:actually|really|officially|formally|exactly)\b", re.I)


def only_announced(deed: frozenset[str], sentence: str) -> bool:
    """Does the sentence tell the deed only as announced to come ("…announced that Huawei would be added…")?"""
    return any(deed & sentence_terms(m.group("verb")) for m in _DEED_ANNOUNCED.finditer(sentence))


def says_deed(deed: frozenset[str], sentence: str) -> bool:
    """Does the sentence say the deed was done as a verb: not only by a name ("Honor, which…" for "who honors the
    warranty") or a noun ("after the miss" for "who missed")? Seen from the other side it must name the doer: "who
    bought honor" is not answered by "Honor, which Huawei sold in November 2020", only by a sale "to" someone."""
    said = deed & sentence_terms(_DEED_NOT_SAID.sub(" ", sentence))
    if not said:
        return False
    sale, purchase = _stems(("sell", "sold", "seller")), _stems(("buy", "bought", "buyer", "acquire", "purchase"))
    buying = bool(deed & _stems(("acquire", "purchase")))  # asked "who bought" (its synonyms come only with it)
    if buying and said <= sale:  # who bought: a sale
        return bool(_SOLD_TO.search(sentence))
    if not buying and deed & sale and said <= purchase:  # who sold: a purchase
        return bool(_BOUGHT_FROM.search(sentence))
    return True


# endings of a deed's nouns: "recommendation", "payment", "acceptance"
_DEED_NOUN = re.compile(r"(?:tions?|ments?|ances?|ences?)$")


def tells_as_verb(deed: frozenset[str], text: str) -> bool:
    """Does the text say the deed with a verb ("urged"), not only name it by a noun ("a recommendation")?"""
    return says_deed(deed, text) and any(
        deed & sentence_terms(w) and not _DEED_NOUN.search(w.lower()) for w in re.findall(r"[A-Za-z]+", text)
    )


# "who is jeffrey kessler", "who's eric xu": a name asked alone, which embeds far from any passage
_WHO_IS = re.compile(r"^\W*who(?:'?s|\s+is|\s+was)\s+(?P<name>[a-z][\w.'-]*(?:\s+[a-z][\w.'-]*){0,2})\W*$", re.I)


def person_asked(question: str) -> str | None:
    """A pattern of the name a "who is <name>" question asks, as a text writes a name (capitalised: "Jeffrey
    Kessler"), or None: a name of two words, or of one no dictionary holds ("who was second" asks no one "Second
    Report and Order" names)."""
    m = _WHO_IS.match(question)
    words = m.group("name").split() if m else []
    if not words or words[0].lower() in _sw.STOPWORDS_EN:
        return None
    if len(words) == 1 and english_word(words[0], modern=False):
        return None
    return r"\b" + r"\s+".join(re.escape(w[0].upper()) + re.escape(w[1:].lower()) for w in words) + r"\b"


def introduces(name: str, sentence: str) -> bool:
    """Does the sentence say who the person named is: the name with a title after it ("Jeffrey Kessler, the US Under
    Secretary…") or before it ("FCC Chairman Brendan Carr")?"""
    return bool(
        re.search(name + r",\s+(?:the|a|an|who|head|chief|chair\w*)\b", sentence)
        or re.search(
            r"\b(?:[A-Z][a-z]+\s+){1,4}?(?:Chairman|Chairwoman|Chair|Secretary|Director|CEO|chairman|founder|"
            r"President|Minister|Commissioner|Senator|Rep\.)\s+(?:and\s+CEO\s+)?" + name,
            sentence,
        )
    )
