import numpy as np

from index.search.fusion import fuse, rrf_fusion, weighted_fusion


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


def test_fuse_dispatches_on_method():
    d, lex = np.array([1.0, 0.0]), np.array([0.0, 2.0])
    assert np.allclose(fuse("rrf", d, lex, 0.5), rrf_fusion(d, lex, 0.5))
    assert np.allclose(fuse("weighted", d, lex, 0.7), weighted_fusion(d, lex, 0.7))
