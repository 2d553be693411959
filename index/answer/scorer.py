"""The learned answer-sentence scorer (issue 13): the hand weights' features plus what the
question and sentence vectors (already built with the index) say together.

    score = features · w  +  qᵀ diag(d) s  +  (qᵀU)(Vᵀs)

`features` are compose.FEATURES as compose.features returns them (penalties positive; their
weights in w are negative), q the question part's vector, s the sentence's. The numbers live in
scorer_weights.npz next to this file, trained by scripts/train_scorer.py (squad-half, CC BY-SA 4.0,
and the tune half of eval/questions.yaml; the file holds no text) with:

    .venv/bin/python scripts/train_scorer.py ../shared/datasets/squad-half --out index/answer/scorer_weights.npz

The file is checked against WEIGHTS_SHA256 when first loaded, so a stale or damaged file is named
instead of silently changing answers.

Status: not wired into compose.score_part and no weights file shipped. Measured on 2026-12-01, the
learned scorer did not beat the hand weights on both squad-half's held articles and the held half of
eval/questions.yaml (see scripts/train_scorer.py), so the engine keeps the hand weights.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from index.errors import ConfigError

WEIGHTS_FILE = Path(__file__).with_name("scorer_weights.npz")
WEIGHTS_SHA256 = ""


def read_model(path: Path, sha256: str | None, features: tuple[str, ...]) -> dict:
    """The model in `path` (w, d, u, v, meta); one clear line when it is missing, altered or
    was trained on other features."""
    try:
        raw = path.read_bytes()
    except OSError:
        raise ConfigError(f"{path}: missing; answer.scorer: learned needs it (or set answer.scorer: weights)") from None
    if sha256 is not None and hashlib.sha256(raw).hexdigest() != sha256:
        raise ConfigError(
            f"{path}: sha256 does not match index/answer/scorer.py; retrain with scripts/train_scorer.py "
            "and update WEIGHTS_SHA256 (or set answer.scorer: weights)"
        )
    try:
        with np.load(path, allow_pickle=False) as z:
            model = {k: np.asarray(z[k]) for k in ("w", "d", "u", "v")}
            names = tuple(str(x) for x in z["features"])
            model["meta"] = json.loads(str(z["meta"]))
    except (OSError, ValueError, KeyError):
        raise ConfigError(f"{path}: not a scorer weights file; retrain with scripts/train_scorer.py") from None
    dim = model["d"].shape[0]
    if names != features or model["w"].shape != (len(features),) or model["u"].shape != model["v"].shape:
        raise ConfigError(
            f"{path}: trained on features {list(names)}, the engine computes {list(features)}; "
            "retrain with scripts/train_scorer.py"
        )
    if model["u"].ndim != 2 or model["u"].shape[0] != dim:
        raise ConfigError(f"{path}: low-rank factors do not match the {dim}-d vectors; retrain")
    return model


@lru_cache(maxsize=1)
def shipped_model() -> dict:
    from index.answer.compose import FEATURES  # imported here: compose imports this module

    return read_model(WEIGHTS_FILE, WEIGHTS_SHA256, tuple(FEATURES))


def learned_scores_with(model: dict, features: np.ndarray, pvec: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """One score per candidate (rows of `features` and `vectors`), before the caller's bonus."""
    q = np.asarray(pvec, dtype=np.float32)
    s = np.asarray(vectors, dtype=np.float32)
    out = np.asarray(features, dtype=np.float32) @ model["w"] + s @ (q * model["d"])
    if model["u"].shape[1]:
        out = out + (s @ model["v"]) @ (q @ model["u"])
    return out.astype(np.float64)


def learned_scores(features: np.ndarray, pvec: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """The shipped model's scores (loaded once)."""
    return learned_scores_with(shipped_model(), features, pvec, vectors)
