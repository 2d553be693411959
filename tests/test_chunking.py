from index.build.builder import make_passages
from index.corpus.chunking import chunk_body, split_sentences
from index.corpus.documents import Document


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_sentence_split_keeps_abbreviations_and_initials():
    text = "Huawei sold phones in the U.S. through Best Buy. Mr. Yu spoke at CES. It cost $799.99! Did it sell? Yes."
    assert sentences(text) == [
        "Huawei sold phones in the U.S. through Best Buy.",
        "Mr. Yu spoke at CES.",
        "It cost $799.99!",
        "Did it sell?",
        "Yes.",
    ]


def test_passages_respect_paragraphs_sentences_and_size():
    para1 = " ".join(f"Sentence number {i} has exactly seven words." for i in range(1, 31))
    body = f"# Heading\n\n{para1}\n\nA second paragraph that is long enough to stand alone here.\n"
    chunks = chunk_body(body, max_words=40, min_words=8)
    assert {c.paragraph for c in chunks} == {1, 2}
    for c in chunks:
        text = body[c.start : c.end]
        assert len(text.split()) <= 40
        assert text.endswith(".") and text[0].isupper()
        assert body[c.sentences[0][0] : c.sentences[-1][1]] == text
        assert "Heading" not in text
    assert sum(len(body[c.start : c.end].split()) for c in chunks) == 30 * 7 + 11


def test_short_tail_is_merged():
    body = " ".join(["Word " * 9 + "end."] * 4) + " Tiny tail."
    chunks = chunk_body(body, max_words=20, min_words=5)
    assert body[chunks[-1].start : chunks[-1].end].endswith("Tiny tail.")
    assert all(len(body[c.start : c.end].split()) >= 5 for c in chunks)


def _doc(i, vis):
    return Document(
        id=f"d{i}",
        title=f"T{i}",
        kind="note",
        source="s",
        url=None,
        published="2020-01-01",
        visibility=vis,
        tags=(),
        body=f"Document {i} says something useful about resale.",
        path=f"d{i}.md",
    )


def test_passages_carry_offsets_and_are_ordered_by_visibility():
    docs = [_doc(1, "internal"), _doc(2, "public"), _doc(3, "partner"), _doc(4, "public")]
    ps = make_passages(docs, 90, 3)
    assert [p.visibility for p in ps] == ["public", "public", "partner", "internal"]
    for p, d in ((p, next(d for d in docs if d.id == p.doc_id)) for p in ps):
        assert d.body[p.start : p.end] == p.text
        assert p.paragraph == 1 and p.id == f"{d.id}#1"


# -- properties (hypothesis) --------------------------------------------------------
import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORD = st.sampled_from(
    [
        "Huawei",
        "sold",
        "phones",
        "in",
        "the",
        "U.S.",
        "Mr.",
        "Yu",
        "said",
        "it",
        "2018",
        "e.g.",
        "(see",
        "below)",
        "—",
        "“quoted”",
        "x",
        "A",
        "B.",
        "no.",
        "5G",
        "AT&T",
    ]
)
_END = st.sampled_from([".", "!", "?", '."', ".)", "", "..."])
_SENTENCE = st.builds(lambda ws, end: " ".join(ws) + end, st.lists(_WORD, min_size=1, max_size=40), _END)
_SEP = st.sampled_from([" ", "  ", "\n", " \n", "\t"])
_LINE_PREFIX = st.sampled_from(["", "", "", "- ", "* ", "1. ", "# ", "## ", "   "])
_PARA = st.builds(
    lambda pre, ss, seps: pre + "".join(s + seps[i % len(seps)] for i, s in enumerate(ss)).rstrip(),
    _LINE_PREFIX,
    st.lists(_SENTENCE, min_size=1, max_size=8),
    st.lists(_SEP, min_size=1, max_size=3),
)
_BLANK = st.sampled_from(["\n\n", "\n \n", "\n\t\n\n", "\n"])
_BODY = st.one_of(
    st.builds(
        lambda ps, bs: "".join(p + bs[i % len(bs)] for i, p in enumerate(ps)),
        st.lists(_PARA, min_size=1, max_size=6),
        st.lists(_BLANK, min_size=1, max_size=3),
    ),
    st.text(max_size=400),  # anything at all: spans must still be valid
)


def _lines_all_have_text(text: str) -> bool:
    return all(line.strip() for line in text.split("\n"))


@pytest.mark.slow  # 400 examples, about 4 s
@settings(max_examples=400, deadline=None)
@given(_BODY, st.integers(10, 60), st.integers(1, 12))
def test_chunker_properties(body, max_words, min_words):
    chunks = chunk_body(body, max_words=max_words, min_words=min_words)
    last_end = 0
    for c in chunks:
        text = body[c.start : c.end]
        # spans are valid, ordered, inside the chunk, and the chunk is exactly its sentences
        assert 0 <= last_end <= c.start < c.end <= len(body)
        assert c.sentences and c.sentences[0][0] == c.start and c.sentences[-1][1] == c.end
        prev = c.start
        for a, b in c.sentences:
            assert prev <= a < b <= c.end and body[a:b].strip()
            prev = b
        # never more than max_words: a longer sentence is cut into pieces
        assert len(text.split()) <= max_words, (max_words, text)
        # never across a paragraph: no blank line inside a passage
        assert _lines_all_have_text(text), repr(text)
        last_end = c.end


def test_short_tail_is_not_merged_past_max_words():
    # Before: a 4-word tail was glued onto a full 20-word group, giving 24 words; now the
    # tail takes a sentence from its neighbour instead.
    body = "One two three four five six seven eight nine ten. " * 2 + "Short tail here now."
    chunks = chunk_body(body, max_words=20, min_words=5)
    assert all(5 <= len(body[c.start : c.end].split()) <= 20 for c in chunks)
    last = body[chunks[-1].start : chunks[-1].end]
    assert last == "One two three four five six seven eight nine ten. Short tail here now."


def test_short_paragraph_is_not_merged_across_a_blank_line():
    body = "A first paragraph with enough words to stand on its own.\n\nTiny one.\n"
    chunks = chunk_body(body, max_words=90, min_words=8)
    assert [body[c.start : c.end] for c in chunks] == [
        "A first paragraph with enough words to stand on its own.",
        "Tiny one.",
    ]


def test_list_item_on_the_next_line_still_joins_its_paragraph():
    body = "Partners may resell these phones through the usual channels.\n- Unlocked only.\n"
    chunks = chunk_body(body, max_words=90, min_words=8)
    assert len(chunks) == 1 and body[chunks[0].start : chunks[0].end].endswith("Unlocked only.")


def test_a_sentence_longer_than_a_passage_is_cut_into_pieces():
    body = " ".join(f"w{i}" for i in range(2_000)) + " and no full stop anywhere"
    chunks = chunk_body(body, max_words=90, min_words=8)
    assert all(len(body[c.start : c.end].split()) <= 90 for c in chunks)
    assert " ".join(body[c.start : c.end] for c in chunks).split() == body.split()  # nothing lost, in order
