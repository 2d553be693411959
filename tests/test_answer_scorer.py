"""The learned answer-sentence scorer (index/answer/scorer.py) and its training script's parts."""

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.answer.compose import FEATURES, PENALTIES, candidates, features, score_part
from index.answer.scorer import learned_scores_with, read_model
from index.config import SentenceWeights
from index.errors import ConfigError
from tests.test_answer_composer import Q, _cit, _vecs

ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def _script():
    spec = importlib.util.spec_from_file_location("train_scorer", ROOT / "scripts" / "train_scorer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SIGN = np.array([-1.0 if n in PENALTIES else 1.0 for n in FEATURES])


def _model(w, dim=4, rank=0, seed=0):
    rng = np.random.default_rng(seed)
    return {
        "w": np.asarray(w, np.float32),
        "d": np.zeros(dim, np.float32),
        "u": rng.normal(size=(dim, rank)).astype(np.float32),
        "v": rng.normal(size=(dim, rank)).astype(np.float32),
    }


def _cands():
    cits = [
        _cit(1, "a", "In May 2019 the Mate 10 went on sale. The Mate 60 came in 2023 with a new chip."),
        _cit(2, "b", "Short one. Partners sold the Mate 10 through carriers from May 2019 on."),
    ]
    return candidates(cits, lambda c: _vecs(c, hot={0}), lambda c: True, 3)


IDF = lambda t: 1.0 + len(t) / 10  # noqa: E731
PART = "when did the mate 10 go on sale in may 2019"


def test_hand_weights_as_a_learned_model_score_exactly_as_score_part():
    """With d = 0 and no low-rank term the learned form is the hand-weighted sum: same features, same signs."""
    cands = _cands()
    w = SentenceWeights(short=0.2, passage=0.1)
    signed = np.array([getattr(w, n) for n in FEATURES]) * SIGN
    got = learned_scores_with(
        _model(signed), features(PART, "when", Q, cands, IDF), Q, np.stack([c.vector for c in cands])
    )
    hand = {id(c): s for s, _, _, c in score_part(PART, "when", Q, cands, IDF, w)}
    assert np.allclose(got, [hand[id(c)] for c in cands])


def test_vector_terms_use_the_question_and_each_sentence():
    cands = _cands()
    vecs = np.stack([c.vector for c in cands])
    f = features(PART, "when", Q, cands, IDF)
    m = _model(np.zeros(len(FEATURES)), rank=2)
    m["d"] = np.array([2.0, 0.0, 0.0, 0.0], np.float32)
    got = learned_scores_with(m, f, Q, vecs)
    expected = [2.0 * Q[0] * s[0] + (Q @ m["u"]) @ (m["v"].T @ s) for s in vecs]
    assert np.allclose(got, expected, atol=1e-5)
    assert len(set(np.round(got, 5))) > 1  # the sentences are told apart


def _save(tmp_path, model, names=FEATURES):
    f = tmp_path / "w.npz"
    np.savez(f, features=np.array(names), meta=np.array("{}"), **model)
    return f


def test_read_model_round_trip_and_its_one_line_errors(tmp_path):
    import hashlib

    m = _model(np.arange(len(FEATURES)), rank=3)
    f = _save(tmp_path, m)
    good = hashlib.sha256(f.read_bytes()).hexdigest()
    back = read_model(f, good, tuple(FEATURES))
    assert np.array_equal(back["u"], m["u"]) and np.array_equal(back["w"], m["w"])

    with pytest.raises(ConfigError, match=r"w\.npz: sha256 does not match") as e:
        read_model(f, "0" * 64, tuple(FEATURES))
    assert "\n" not in str(e.value)
    with pytest.raises(ConfigError, match="missing; answer.scorer: learned needs it"):
        read_model(tmp_path / "absent.npz", None, tuple(FEATURES))
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(ConfigError, match="not a scorer weights file"):
        read_model(tmp_path / "junk.npz", None, tuple(FEATURES))
    other = _save(tmp_path, _model(np.zeros(len(FEATURES) - 1)), names=FEATURES[:-1])
    with pytest.raises(ConfigError, match="trained on features"):
        read_model(other, None, tuple(FEATURES))


def test_the_shipped_model_is_read_once_and_checked_against_its_recorded_sha256(tmp_path, monkeypatch):
    import hashlib

    from index.answer import scorer

    f = _save(tmp_path, _model(np.ones(len(FEATURES)), rank=2))
    monkeypatch.setattr(scorer, "WEIGHTS_FILE", f)
    monkeypatch.setattr(scorer, "WEIGHTS_SHA256", hashlib.sha256(f.read_bytes()).hexdigest())
    scorer.shipped_model.cache_clear()
    try:
        cands = _cands()
        got = scorer.learned_scores(features(PART, "when", Q, cands, IDF), Q, np.stack([c.vector for c in cands]))
        assert got.shape == (len(cands),)
        f.write_bytes(f.read_bytes() + b"x")  # changed after loading: the loaded model stays
        assert scorer.shipped_model() is scorer.shipped_model()
        scorer.shipped_model.cache_clear()
        with pytest.raises(ConfigError, match="sha256 does not match"):
            scorer.shipped_model()
    finally:
        scorer.shipped_model.cache_clear()


@pytest.mark.slow  # torch
def test_training_learns_the_signal_that_marks_the_gold_sentence():
    """Hand weights favour cosine; here the gold sentence is the one with the best passage score and a
    middling cosine. Listwise training must move the ranking to it on held-out lists."""
    ts = _script()
    rng = np.random.default_rng(1)

    def rows(n):
        out = []
        for _ in range(n):
            k = 8
            f = np.zeros((k, len(FEATURES)))
            f[:, 0] = rng.uniform(0.2, 0.8, k)  # cosine
            f[:, 3] = rng.uniform(0.0, 0.3, k)  # passage
            gold = int(rng.integers(k))
            f[gold, 3] = 0.9
            f[gold, 0] = 0.5
            v = rng.normal(size=(k, 4)).astype(np.float32)
            q = rng.normal(size=4).astype(np.float32)
            out.append(
                {
                    "feats": f * SIGN,
                    "bonus": np.zeros(k, np.float32),
                    "svecs": v,
                    "pvec": q,
                    "label": np.arange(k) == gold,
                }
            )
        return out

    train, test = rows(200), rows(200)
    w0 = np.array([SentenceWeights().model_dump()[n] for n in FEATURES]) * SIGN
    before = ts.first_hit(test, None, w0)
    model = ts.train(train, w0, rank=0, diag=False, l2=0.0, l2_vec=0.0, steps=150)
    assert before < 0.3 and ts.first_hit(test, model, w0) > 0.95
    assert all(model["w"][i] <= 0 for i, n in enumerate(FEATURES) if n in PENALTIES)  # penalties stay penalties


_TEXT = st.text(st.characters(codec="ascii", exclude_categories=("Cc",)), min_size=1, max_size=20)


@given(_TEXT, _TEXT, _TEXT)
def test_two_part_answer_regexes_split_into_parts_each_matching_on_its_own(a, b, other):
    ts = _script()
    pattern = rf"(?=[\s\S]*(?:{re.escape(a)}))(?=[\s\S]*(?:{re.escape(b)}))"
    parts = ts.lookahead_parts(pattern)
    assert "".join(parts) == pattern and len(parts) == 2
    assert re.search(parts[0], f"{other} {a}") and re.search(parts[1], f"{b}{other}")
    assert bool(re.search(parts[0], other)) == (a in other)


@given(_TEXT)
def test_a_plain_answer_regex_is_one_part(a):
    pattern = re.escape(a) + "|" + re.escape(a[::-1])
    assert _script().lookahead_parts(pattern) == [pattern]
