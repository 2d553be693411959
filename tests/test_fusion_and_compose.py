import numpy as np

from index.compose import choose_sentences, compose_answer
from index.fusion import fuse, rrf_fusion, weighted_fusion
from index.records import Citation, Passage


def test_weighted_fusion_prefers_agreement_and_respects_weight():
    dense = np.array([0.9, 0.5, 0.1])
    lex = np.array([0.0, 10.0, 5.0])
    both = weighted_fusion(dense, lex, 0.5)
    assert both.argmax() == 1  # strong on both beats best on one
    assert weighted_fusion(dense, lex, 1.0).argmax() == 0
    assert weighted_fusion(dense, lex, 0.0).argmax() == 1


def test_rrf_uses_ranks_only():
    a = rrf_fusion(np.array([3.0, 2.0, 1.0]), np.array([1.0, 3.0, 2.0]), 0.5, k=60)
    b = rrf_fusion(np.array([300.0, 2.0, 1.0]), np.array([1.0, 30.0, 20.0]), 0.5, k=60)
    assert np.allclose(a, b)
    assert a.argmax() in (0, 1) and a[2] < a[0]


def _cit(rank, doc, text):
    from index.chunking import split_sentences
    p = Passage(id=f"{doc}#1", doc_id=doc, title="t", source="s", url=None, published="2018-01-01",
                visibility="public", kind="article", path="x.md", paragraph=1, start=0, end=len(text),
                text=text, sentences=tuple(split_sentences(text)))
    return Citation(rank, p, 1.0, 0.5, 1.0)


def test_answer_is_the_sentence_that_answers_with_its_citation():
    cits = [_cit(1, "a", "Huawei held a keynote at CES. Partners can resell Huawei phones bought from retailers without a carrier."),
            _cit(2, "b", "The weather was cold in Las Vegas that week.")]
    text = compose_answer("can we resell huawei phones without a carrier", cits, lambda t: 1.0)
    assert text == "Partners can resell Huawei phones bought from retailers without a carrier. [1]"
    assert cits[0].highlight == (30, len(cits[0].passage.text))
    assert cits[1].highlight is None


def test_second_sentence_comes_from_another_document():
    cits = [_cit(1, "a", "Resellers buy Huawei phones from distributors."),
            _cit(2, "a", "Resellers buy Huawei phones from distributors in bulk."),
            _cit(3, "c", "Resellers can also buy Huawei phones from Amazon.")]
    picks = choose_sentences("where do resellers buy huawei phones", cits, lambda t: 1.0, max_sentences=2)
    assert [ci for ci, _ in picks] == [0, 2]


def test_no_overlap_falls_back_to_top_passage_lead():
    cits = [_cit(1, "a", "Unlocked handsets come from retail. More text follows here.")]
    assert compose_answer("zzz qqq", cits, lambda t: 1.0) == "Unlocked handsets come from retail. [1]"


def test_fuse_dispatches_on_method():
    d, l = np.array([1.0, 0.0]), np.array([0.0, 2.0])
    assert np.allclose(fuse("rrf", d, l, 0.5), rrf_fusion(d, l, 0.5))
    assert np.allclose(fuse("weighted", d, l, 0.7), weighted_fusion(d, l, 0.7))
