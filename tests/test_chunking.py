from index.builder import make_passages
from index.chunking import chunk_body, split_sentences
from index.documents import Document


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_sentence_split_keeps_abbreviations_and_initials():
    text = "Huawei sold phones in the U.S. through Best Buy. Mr. Yu spoke at CES. It cost $799.99! Did it sell? Yes."
    assert sentences(text) == ["Huawei sold phones in the U.S. through Best Buy.", "Mr. Yu spoke at CES.",
                               "It cost $799.99!", "Did it sell?", "Yes."]


def test_passages_respect_paragraphs_sentences_and_size():
    para1 = " ".join(f"Sentence number {i} has exactly seven words." for i in range(1, 31))
    body = f"# Heading\n\n{para1}\n\nA second paragraph that is long enough to stand alone here.\n"
    chunks = chunk_body(body, max_words=40, min_words=8)
    assert {c.paragraph for c in chunks} == {1, 2}
    for c in chunks:
        text = body[c.start:c.end]
        assert len(text.split()) <= 40
        assert text.endswith(".") and text[0].isupper()
        assert body[c.sentences[0][0]:c.sentences[-1][1]] == text
        assert "Heading" not in text
    assert sum(len(body[c.start:c.end].split()) for c in chunks) == 30 * 7 + 11


def test_short_tail_is_merged():
    body = " ".join(["Word " * 9 + "end."] * 4) + " Tiny tail."
    chunks = chunk_body(body, max_words=20, min_words=5)
    assert body[chunks[-1].start:chunks[-1].end].endswith("Tiny tail.")
    assert all(len(body[c.start:c.end].split()) >= 5 for c in chunks)


def _doc(i, vis):
    return Document(id=f"d{i}", title=f"T{i}", kind="note", source="s", url=None, published="2020-01-01",
                    visibility=vis, tags=(), body=f"Document {i} says something useful about resale.", path=f"d{i}.md")


def test_passages_carry_offsets_and_are_ordered_by_visibility():
    docs = [_doc(1, "internal"), _doc(2, "public"), _doc(3, "partner"), _doc(4, "public")]
    ps = make_passages(docs, 90, 3)
    assert [p.visibility for p in ps] == ["public", "public", "partner", "internal"]
    for p, d in ((p, next(d for d in docs if d.id == p.doc_id)) for p in ps):
        assert d.body[p.start:p.end] == p.text
        assert p.paragraph == 1 and p.id == f"{d.id}#1"
