"""What the corpus holds, as each audience sees it: a name only internal notes use must be declined to a public
audience exactly as a name the corpus never uses, or a guest in a Slack Connect channel could find out which
names, code words and models the internal notes hold."""

from index.build.builder import build_index
from index.engine import Engine
from index.search.lexical import LexicalIndex

INTERNAL_NOTE = """---
id: zorvex-merger-note
title: "Sample note: the Zorvex and Quandrel deal"
kind: note
source: "Partner Operations (sample)"
published: 2026-11-30
visibility: internal
tags: [operations]
sample: true
---
The Zorvex merger with Quandrel is confidential; Quandrel phones must not be quoted to customers before it closes.
"""


def test_vocabulary_below_a_level_holds_only_its_passages_words():
    idx = LexicalIndex.build(["public apple text", "partner banana text", "internal cherry text"])
    assert "appl" in idx.vocab_below(1) and "banana" not in idx.vocab_below(1)
    assert set(idx.vocab_below(2)) == set(idx.vocab_below(1)) | {"partner", "banana"}
    assert set(idx.vocab_below(3)) == set(idx.retriever.vocab_dict) - {""}


def test_a_name_only_internal_notes_use_is_declined_to_the_public_as_if_unknown(workspace):
    config, embedder = workspace
    (config.corpus_dir / "notes" / "zorvex-merger-note.md").write_text(INTERNAL_NOTE, encoding="utf-8")
    build_index(config, embedder, progress=False)
    engine = Engine(config, embedder)
    for name, nowhere in (("zorvex", "brimlox"), ("quandrel", "vostrane")):
        q = "is the {} merger happening? can we quote {} phones"
        secret = engine.ask(q.format(name, name), visibility="public")
        unknown = engine.ask(q.format(nowhere, nowhere), visibility="public")
        assert not secret.answered and not unknown.answered, (secret.answer, unknown.answer)
        assert secret.answer.replace(name, "X") == unknown.answer.replace(nowhere, "X")
        assert secret.reason == unknown.reason
        # the internal audience may read the note, and gets it
        inside = engine.ask(q.format(name, name), visibility="internal")
        assert inside.answered and any(c.passage.doc_id == "zorvex-merger-note" for c in inside.citations)
    said = engine.ask("what did quandrel say about huawei", visibility="public")
    assert not said.answered and "does not quote" not in said.answer, said.answer


def test_an_answers_footer_counts_and_dates_only_what_the_audience_may_read(built):
    _, engine = built
    docs = engine.snapshot().documents.values()
    for level, allowed in (("public", {"public"}), ("internal", {"public", "partner", "internal"})):
        info = engine.ask("can we resell huawei phones", visibility=level).index
        readable = [d for d in docs if d.visibility in allowed]
        assert info["documents"] == len(readable)
        assert info["covers"]["to"] == max(str(d.published) for d in readable)
    assert engine.ask("can we resell huawei phones", visibility="public").index["documents"] < len(docs)
