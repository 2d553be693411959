"""The answer engine: question + allowed visibility → cited Answer.

One Engine serves many threads. It re-reads CURRENT (a stat call) before each
question and swaps in a newly published build; a question already in flight keeps the
snapshot it started with, so a rebuild never fails a question.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import replace
from functools import partial

from index.answer.acronyms import (
    abbreviation_asked,
    corpus_acronyms,
    corpus_clippings,
    corpus_compounds,
    corpus_definitions,
    corpus_inner_capital_names,
    expand_acronyms,
    join_split_names,
    names_written_out,
    spell_compounds,
)
from index.answer.address import without_address
from index.answer.answering import ENGLISH_ONLY, NOT_FOUND, compose, declined
from index.answer.claims import claim_asked
from index.answer.declines import product_lines
from index.answer.demands import without_demands
from index.answer.followup import (
    asks_for_source,
    asks_gap_of_the_two,
    own_words,
    read_followup,
    without_first_parts,
)
from index.answer.followup_answer import asks_only_its_date
from index.answer.gate import WEIGHTS_FILE, Gate, measure
from index.answer.query import Query
from index.answer.question import (
    analyse,
    bare_topic,
    clean_text,
    compared_sides,
    corpus_fiscal_years,
    date_anchors,
    expand_shorthand,
    fiscal_years_written,
    pointed_definition,
    without_aside,
    without_chat_opener,
    without_markup,
    without_mentions,
    without_purpose,
)
from index.answer.readable import ReadableView, readable
from index.answer.retriever import Retriever
from index.answer.sameness import asked_apart
from index.answer.scope import corpus_makers, main_subjects
from index.answer.spelling import corpus_words, correct_spelling, singular_models
from index.answer.timeline import Timeline
from index.answer.wordlist import english_word
from index.build.records import Answer
from index.build.store import FORMAT, Snapshot, load_snapshot, pointer_stamp
from index.config import Config
from index.errors import IndexMismatchError, PartnerbotError, QuestionError
from index.search.embedding import Embedder
from index.search.hybrid import retrieve
from index.visibility import Level

_log = logging.getLogger("partnerbot.engine")


def _from_corpus(snap: Snapshot, name: str, build):
    """`build` over every passage's title and text, once per index snapshot (None above the scan limit)."""
    return snap.derived(name, lambda: build(f"{p.title} {p.text}" for p in snap.passages), scan=True)


# "source?" asked first: the sources of an answer are asked after it (each answer lists them anyway)
NO_EARLIER_ANSWER = "There is no earlier answer here to give the source of: every answer lists the passages it quotes."

__all__ = ["Engine", "NOT_FOUND", "ENGLISH_ONLY", "clean_question", "retrieve"]


def _readable_summary(snap: Snapshot, allowed: Level) -> dict:
    """How many documents and passages, and which dates, the audience may read: a public answer's footer must
    not count or date the internal notes."""

    def compute():
        docs = [d for d in snap.documents.values() if Level.parse(d.visibility) <= allowed]
        dates = sorted(str(d.published) for d in docs)
        covers = {"from": dates[0], "to": dates[-1]} if dates else {}
        return {"documents": len(docs), "passages": snap.manifest.visible(allowed), "covers": covers}

    return snap.derived(f"readable_summary@{allowed.name}", compute)


# "usf (Universal Service Fund)" as meaning_of writes it: the phrase in place of the abbreviation
_WITH_ITS_PHRASE = re.compile(r"\b([A-Za-z]{2,10}) \(([A-Z][^()]*)\)")


def _kinds_spelled_out(info, meant: str):
    """What a question asks is read with the abbreviations the corpus defines spelled out (`meant`, as meaning_of
    gives it): "how big is the usf" asks the size of a fund (an amount), as "how big is the universal service fund"
    does, not a count."""
    spelled = analyse(_WITH_ITS_PHRASE.sub(r"\2", meant))
    if len(spelled.part_kinds) != len(info.part_kinds):
        return info
    # a kind the spelled-out words lose is kept: "what is the ndaa section 889 ban about" asks a definition, however
    # long "the National Defense Authorization Act section 889 ban" makes the thing defined
    kinds = tuple(o if s is None else s for s, o in zip(spelled.part_kinds, info.part_kinds))
    return replace(info, kind=info.kind if spelled.kind is None else spelled.kind, part_kinds=kinds)


def _dates_two(answer: Answer) -> bool:
    """Does an answer give two dates or more (days with their months, else years)?"""
    anchors = date_anchors(" ".join(s.text for s in answer.sentences)) if answer.answered else frozenset()
    days = [a for a in anchors if " " in a]
    return len(days) >= 2 or len([a for a in anchors if a.isdigit()]) >= 2


def _only_the_subject(question: str, snap: Snapshot) -> str | None:
    """The corpus's main subject when the message names it and nothing else ("Huawei?", "🙂 huawei 🔥"), else None."""
    words = re.findall(r"[^\W\d_]+", question.lower())
    return words[0] if len(words) == 1 and words[0] in (main_subjects(snap) or ()) else None


def _corpus_names(snap: Snapshot, phrase: str) -> bool:
    """Does some passage use the phrase as it is typed (any case; "bad labs rule" in "the bad labs rules")? False
    above the scan limit (the text is held once per snapshot, as `_from_corpus` holds every such aid)."""
    text = _from_corpus(snap, "lower_text", lambda texts: "\n".join(t.lower() for t in texts))
    start = r"(?<!\w)" if phrase[:1].isalnum() else ""  # ("(a)(1)(A)" in "889(a)(1)(A)")
    return text is not None and re.search(rf"{start}{re.escape(phrase.lower())}", text) is not None


def clean_question(question: str, max_chars: int) -> str:
    """The question as the engine reads it; invalid UTF-8 and invisible characters cannot break it. Its length is
    checked as typed, before demands made of the bot are cut from it ("… and say yes": no part of the question)."""
    q = without_markup(without_mentions(clean_text(question)))
    if not q:
        raise QuestionError(
            'the question is empty; ask something like "Can we resell Huawei phones without a carrier?"'
        )
    if len(q) > max_chars:
        raise QuestionError(  # said to the asker (in Slack too): no config key, which only the operator can change
            f"the question is {len(q):,} characters long; keep it under {max_chars:,} and ask one thing at a time"
        )
    return without_demands(q)


class Engine:
    def __init__(self, config: Config, embedder: Embedder | None = None):
        self.config = config
        self.embedder = embedder or Embedder.from_config(config)
        self._snapshot: Snapshot | None = None
        self._stamp = None
        self._bad_stamp = None  # CURRENT as it was when it named a build that failed to load
        self._lock = threading.Lock()
        # the answer gate's weights (index/answer/gate.py), read once: a damaged file stops the start, not a question
        weights = config.answer.gate_weights or WEIGHTS_FILE
        self._gate = Gate.load(weights, config.file_name) if config.answer.gate else None
        self.record_gate_inputs = False  # scripts/train_gate.py: measure every answered reply, gate on or off

    # -- index life cycle -------------------------------------------------
    def snapshot(self) -> Snapshot:
        """The live build; a damaged new build is logged once and the good one kept serving."""
        stamp = pointer_stamp(self.config.index_dir)
        snap = self._snapshot
        if snap is not None and (stamp == self._stamp or stamp == self._bad_stamp):
            return snap
        with self._lock:
            if self._snapshot is None or (stamp != self._stamp and stamp != self._bad_stamp):
                try:
                    new = load_snapshot(self.config.index_dir)
                    self._check_model(new)
                except PartnerbotError as exc:
                    if self._snapshot is None:
                        raise
                    self._bad_stamp = stamp  # retried only when CURRENT changes again
                    _log.error("%s; still answering from build %s", exc, self._snapshot.manifest.build_id)
                    return self._snapshot
                self._snapshot, self._stamp = new, stamp
            return self._snapshot

    def _check_model(self, snap: Snapshot) -> None:
        m = snap.manifest
        if m.format != FORMAT:  # checked once per build loaded, so said once
            # Made by another partnerbot version: still readable (format 4 only added "&" names to the BM25
            # terms), so it answers rather than refuses; a replica fetches the newer shared build when one
            # is published, and `index build --if-stale` rebuilds it.
            _log.warning(
                "%s: index format %s, this partnerbot writes format %s; run `partnerbot index build`",
                snap.build_dir,
                m.format,
                FORMAT,
            )
        if m.model_fingerprint != self.embedder.fingerprint:
            raise IndexMismatchError(
                f"{snap.build_dir}: {self.embedder.mismatch(m.model, m.dimension, self.config.file_name)}; "
                "run `partnerbot index build`"
            )
        if snap.dense.d != m.dimension or snap.vectors.shape[1] != m.dimension:
            raise IndexMismatchError(
                f"{snap.build_dir}: index dimension does not match its manifest; run `partnerbot index build`"
            )

    def warm_up(self) -> None:
        """Load the index, the model and what answers derive from them (acronyms, timeline,
        word lists) now rather than on the first question."""
        self.ask("warm up: can partners still sell the Huawei phones in 2024?")

    # -- asking -------------------------------------------------------------
    def dictionary(self, word: str) -> bool:
        """Is word an ordinary English word (not an unknown name)?"""
        return english_word(word, self.embedder.path / "vocab.txt")

    def expand(self, snap: Snapshot, question: str) -> str:
        """The question with shorthand spelled out as the corpus writes it (months, years, acronyms)."""
        fiscal = _from_corpus(snap, "fiscal_years", corpus_fiscal_years) or frozenset()
        q = expand_shorthand(fiscal_years_written(question, fiscal))
        acronyms = _from_corpus(snap, "acronyms", corpus_acronyms)
        if not acronyms:
            return q
        clippings = _from_corpus(snap, "clippings", corpus_clippings)
        return expand_acronyms(q, acronyms, snap.lexical.retriever.vocab_dict, self.dictionary, clippings=clippings)

    def _read(self, snap: Snapshot, question: str, alone: bool = True) -> tuple[str, str]:
        """(as asked, as read): run-together corpus names written apart ("bestbuy" → "Best Buy"); then
        typos read as corpus words and shorthand spelled out; a question asked alone (not in a thread) without the
        chat that opens it."""
        compounds = _from_corpus(snap, "compounds", corpus_compounds)
        if alone:
            question = without_chat_opener(question)  # "wait so whats…": read as "whats…"
            # "harmony os 6" is HarmonyOS 6 (not in a thread: "even harmony os ones?" after a question on phones leans
            # on the earlier question by its everyday words, which the one name would not share)
            names = _from_corpus(snap, "inner_capital_names", corpus_inner_capital_names)
            question = join_split_names(question, names or {})
        asked = spell_compounds(question, compounds or {}, snap.lexical.retriever.vocab_dict)
        lines = product_lines(snap) or {}
        return asked, self.expand(snap, self.spell(snap, singular_models(asked, lines)))

    def spell(self, snap: Snapshot, question: str) -> str:
        """The question with its typos read as the corpus words they are closest to ("huwei")."""
        words = _from_corpus(snap, "corpus_words", corpus_words)
        return correct_spelling(question, words, self.dictionary)

    def meaning_of(self, snap: Snapshot, text: str) -> str:
        """The text the embedding model reads for a question: abbreviations the corpus defines and
        the model does not know ("usf") followed by their phrase ("Universal Service Fund"). Only
        the vector sees it: the phrase's words would make the sentence that defines the
        abbreviation look like the answer to every question about it."""
        defined = _from_corpus(snap, "acronym_definitions", corpus_definitions)
        if not defined:
            return text
        return expand_acronyms(text, {}, snap.lexical.retriever.vocab_dict, self.dictionary, defined)

    def _full_name(self, snap: Snapshot | ReadableView, abbr: str) -> str | None:
        """The phrase an abbreviation stands for: as the passages (`snap`, or an audience's view of them) define it in
        brackets, or the phrase they use whose initials spell it ("tgl" → "temporary general licence")."""
        defined = _from_corpus(snap, "acronym_definitions", corpus_definitions) or {}
        return defined.get(abbr) or (_from_corpus(snap, "acronyms", corpus_acronyms) or {}).get(abbr)

    def _written_out(self, snap: Snapshot, allowed: Level, initials: str) -> str | None:
        """The name `initials` stand for in the passages the audience may read, when they write it more than once
        (`names_written_out`, worked out once per index and audience); else None."""
        view = readable(snap, snap.manifest.visible(allowed))
        return (_from_corpus(view, "names_written_out", names_written_out) or {}).get(initials.lower())

    def timeline(self, snap: Snapshot) -> Timeline:
        return snap.derived("timeline", lambda: Timeline.build(snap.documents))

    def _with_earlier_answer(self, query: Query, earlier: str, k: int, visibility: str) -> Query:
        """ "why not?" after "can we sell huawei phones": the reason is the one the earlier answer's documents give (and
        "which yr" asks the date that answer gave).
        The earlier question is answered again, for the same audience, to know which documents and sentences
        answered it (a thread keeps the question, not the answer)."""
        prior = self.ask(earlier, k, visibility, decline=False)
        if not prior.sentences:  # (one saying the corpus lacks what it asked still quotes what it does say)
            return query
        used = [
            prior.citations[s.rank - 1].passage.doc_id for s in prior.sentences if 0 < s.rank <= len(prior.citations)
        ]
        return replace(
            query,
            earlier_docs=tuple(dict.fromkeys(used)),
            earlier_sentences=tuple(s.text for s in prior.sentences),
        )

    def retriever(self, snap: Snapshot) -> Retriever:
        return Retriever(snap, self.timeline(snap), self.config, self.dictionary)

    def _asked_as(
        self, asked: str, own: str, k: int | None, visibility: str, decline: bool, context: str | None = None
    ) -> Answer:
        """The answer to the question a message asks in other words (`asked`: "what is operation clean carts", "is
        huawei banned everywhere in the us?"), reported as the message (`own`) the asker typed."""
        answer = self.ask(asked, k, visibility, decline, _aside=own, context=context)
        answer.question = own
        return answer

    def ask(
        self,
        question: str,
        k: int | None = None,
        visibility: str = "internal",
        decline: bool = True,
        _aside: str | None = None,
        context: str | None = None,
    ) -> Answer:
        """Answer a question citing passages up to `visibility`.

        `context` is the question this one follows up (a thread's, a DM's or a session's last):
        read only when the question leans on it ("and verizon?"), and never answered again
        (index/answer/followup.py), unless the follow-up only asks for its source ("source?").
        With decline=False the citations are kept even when the answer is declined (`answered` still says whether
        it was); evaluation uses it.
        """
        try:
            allowed = Level.parse(visibility)
        except ValueError as exc:
            raise QuestionError(str(exc)) from None
        cfg_a = self.config.answer
        k = k or self.config.retrieval.k
        t = {"start": time.perf_counter()}
        snap = self.snapshot()
        t["load"] = time.perf_counter()
        # "priya / globex — can we…": whom it is for is no part of the question (index/answer/address.py)
        own = without_address(clean_question(question, cfg_a.max_question_chars), snap)
        if context and analyse(clean_text(context)).language != "en":
            context = None  # an English follow-up is not read after a question in another language
        if context:
            context = without_address(context, snap)
        if context and asks_for_source(own):  # "source?": the earlier question's answer, which cites its passages
            again = self.ask(context, k, visibility, decline)
            again.question, again.read_after = own, context
            return again
        if context and asks_gap_of_the_two(own) and _dates_two(again := self.ask(context, k, visibility, decline)):
            # "how many months between those two" after "mate 70 or pura x, which is older": that answer, when it dates
            # two things (else the thread's own reading, below)
            again.question, again.read_after = own, context
            return again
        if not context and (subject := _only_the_subject(own, snap) or _only_the_subject(bare_topic(own) or "", snap)):
            # "huawei", "🙂 huawei 🔥", "tl;dr huawei": the corpus's subject named alone asks what is new about it, not
            # any sentence naming it (reading "what's the latest on huawei" finds the newest documents about it)
            latest = self.ask(f"what's the latest on {subject}", k, visibility, decline)
            latest.question = own
            return latest
        if not context and asks_for_source(own):  # "source?" with no question before it: nothing to cite
            summary = snap.manifest.summary() | _readable_summary(snap, allowed)
            took = {"total": (time.perf_counter() - t["start"]) * 1000}
            return Answer(own, False, NO_EARLIER_ANSWER, [], took, summary, visibility, reason="no_context")
        if not context and not _aside and (term := pointed_definition(own)) and _corpus_names(snap, term):
            # "cust thought 'covered list' meant their insurance covers it lol. what is it actually": what the thing
            # quoted is, not anything close to the story around it
            return self._asked_as(f"what is {term}", own, k, visibility, decline)
        topic = bare_topic(own) if not context and not _aside else None
        if topic and _corpus_names(snap, topic):
            # "operation clean carts", "bad labs rule": a thing named alone asks what it is (its defining sentence,
            # not the closest one)
            return self._asked_as(f"what is {topic}", own, k, visibility, decline)
        if topic and " " not in topic and (written := self._written_out(snap, allowed, topic)):
            # "tgl?", "pde?": initials the audience's passages never write, of a name they write out, ask what that
            # thing is
            return self._asked_as(f"what is the {written}", own, k, visibility, decline)
        if (
            not context
            and not _aside
            and (abbr := abbreviation_asked(own))
            # (as the audience's passages write it: a name only an internal note spells out is not said to a guest)
            and (phrase := self._full_name(readable(snap, snap.manifest.visible(allowed)), abbr))
        ):
            # "whats BIS short for": the sentence writing it out ("…the Bureau of Industry and Security (BIS)…"), not
            # any sentence using it
            return self._asked_as(f"{phrase} ({abbr.upper()})", own, k, visibility, decline)
        if not _aside and (claim := claim_asked(own)):
            # "cust says huawei is banned everywhere in the us, true?": the may-we question the claim asks ("is huawei
            # banned everywhere in the us?"), not a sentence repeating the claim's words (index/answer/claims.py)
            return self._asked_as(claim, own, k, visibility, decline, context)
        if not _aside and (apart := asked_apart(own, corpus_makers(snap))):
            # "is section 889 the same thing as the fcc ban?": what each one is, side by side, not a sentence holding
            # both names (index/answer/sameness.py)
            return self._asked_as(apart, own, k, visibility, decline, context)
        reading = read_followup(own, context, cfg_a.max_question_chars, partial(_corpus_names, snap))
        if not reading.context_parts:
            own = reading.text  # read alone ("separate q - " left out)
        q = reading.text
        asked, q = self._read(snap, q, alone=not context)
        q = without_purpose(q)  # "…? doing a timeline for a cio": nothing to find, or to weigh an answer by
        # Key terms come from what was asked, not from the phrases shorthand was expanded to.
        info = replace(analyse(q), key_terms=analyse(without_purpose(expand_shorthand(asked))).key_terms)
        meant = self.meaning_of(snap, q)  # (what the embedding model reads too, below)
        if meant != q:  # an abbreviation the corpus defines, spelled out
            info = _kinds_spelled_out(info, meant)
        skip = reading.context_parts if reading.context_parts < len(info.parts) else 0
        # the follow-up's own words, as read ("verizon" of "and verizon, same story?")
        read_own = self._read(snap, reading.own or own, alone=False)[1] if skip else ""
        mine = ""  # "and honor?": the follow-up's own words, whose names are checked (not the earlier question's)
        if skip and reading.instead:
            mine = read_own
            info = replace(info, key_terms=analyse(expand_shorthand(own)).key_terms)
            # "and the porsche design one?" after a price question asks its price: the earlier part's kind, where the
            # follow-up's own words ask none
            kinds = info.part_kinds
            if kinds and kinds[0] and any(k is None for k in kinds[skip:]):
                info = replace(info, part_kinds=kinds[:skip] + tuple(k or kinds[0] for k in kinds[skip:]))
        elif skip:  # "why not?": one question, read with the earlier one's words
            info = without_first_parts(
                info, reading, analyse(own).kind, self._read(snap, reading.earlier, alone=False)[1]
            )
        m = snap.manifest
        index_info = m.summary() | _readable_summary(snap, allowed)
        if cfg_a.english_only and (info.language != "en" or (skip and analyse(own).language != "en")):
            out = declined(ENGLISH_ONLY, "language")
            return Answer(
                own if skip else asked,
                False,
                out.text,
                [],
                {"total": (time.perf_counter() - t["start"]) * 1000},
                index_info,
                visibility,
                reason=out.reason,
            )
        qvec = self.embedder.encode_query(meant)
        t["embed"] = time.perf_counter()
        retriever = self.retriever(snap)
        query = Query(
            info,
            q,
            qvec,
            (qvec,),
            allowed,
            m.visible(allowed),
            k,
            asked,
            dropped_parts=skip if reading.instead else 0,  # "and verizon?": composed with the earlier one, then dropped
            followup=bool(skip),
            own=mine,
            own_words=own_words(read_own) if skip else (),
            earlier_kind=analyse(reading.earlier).kind if skip else None,
            typed_own=own if skip else "",
        )
        own_kind = analyse(own).kind if skip and not reading.instead else None
        # (a date asked alone is the earlier answer's, unless that answer gave a reason: `date_of_earlier_answer`)
        dated = own_kind == "when" and asks_only_its_date(own_words(read_own)) and query.earlier_kind != "why"
        if own_kind == "why" or dated:
            query = self._with_earlier_answer(query, reading.earlier, k, visibility)
        citations = retriever.rank(query, k, t)
        t["fusion"] = time.perf_counter()
        if len(info.parts) > 1:  # each part retrieves for itself too, so every part has its passages
            query = replace(
                query, part_vectors=tuple(self.embedder.encode_query(self.meaning_of(snap, p)) for p in info.parts)
            )
            seen = {c.passage.id for c in citations}
            for i in range(len(info.parts)):
                for c in retriever.rank(query.part(i), 2):
                    if c.passage.id not in seen:
                        seen.add(c.passage.id)
                        citations.append(c)
        out = compose(query, citations, retriever, cfg_a)
        gate_p = values = None
        judged = self._gate is not None and self._gate.judges(info.kind)
        # a ruling (the rule of the note that replaced the guidance asked about) is neither judged nor recorded
        if out.answered and out.sentences and not out.ruling and (judged or self.record_gate_inputs):
            shape = (len(info.parts), len(out.not_covered), out.text)
            # ("whats the difference between x and y" is weighed as what it asks: x and y)
            weighed = compared_sides(q, info.parts) or q
            if dated:  # "what yr was that": the thread's other words are no part of the date asked
                weighed = reading.earlier
            values = measure(weighed, qvec, out.sentences, out.citations, snap, *shape)
        if values is not None and judged:
            gate_p = self._gate.probability(values, info.kind)
            if gate_p < self._gate.threshold:  # a near-topic sentence, not an answer (index/answer/gate.py)
                out = replace(declined(NOT_FOUND, "weak_match"), citations=out.citations if not decline else [])
        # nothing close to the whole message: once more without its trailing remark (not after the gate's decline:
        # the remark is often what the corpus lacks, and the message without it reads as the near topic)
        core = without_aside(asked) if out.reason == "no_match" and _aside is None and not skip else asked
        if core != asked:
            again = self.ask(core, k, visibility, decline, _aside=asked)
            if again.answered:
                again.question = asked
                return again
        if out.answered and out.year_not_given:
            # the reply says first that the corpus has no figure for the year asked; the sentences after it are
            # context, so it is declined (it still quotes and cites them)
            out = replace(out, answered=False, reason="kind_not_given")
        if not out.answered and not decline:
            out.citations = out.citations or citations
        t["answer"] = time.perf_counter()
        stages = ["load", "embed", "dense", "lexical", "fusion", "answer"]
        prev, timings = t["start"], {}
        for s in stages:
            timings[s] = (t[s] - prev) * 1000
            prev = t[s]
        timings["total"] = (t["answer"] - t["start"]) * 1000
        return Answer(
            own if skip else asked,
            out.answered,
            out.text,
            out.citations,
            timings,
            index_info,
            visibility,
            sentences=out.sentences,
            not_covered=out.not_covered,
            as_of=out.as_of,
            newer=out.newer,
            reason=out.reason,
            read_after=(reading.earlier or None) if skip else None,
            gate_probability=gate_p,
            gate_inputs=None if values is None else values | {"kind": info.kind},
        )
