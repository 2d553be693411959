"""`partnerbot eval qa PATH`: does the direct answer hold the answer?

A BEIR-layout dataset plus `answers.jsonl` ({"_id": query id, "answers": [gold strings]})
goes through the bot's own pipeline: the build, then every question asked with the
given config. A gold string counts as found when, SQuAD-normalised (lower case,
punctuation and a/an/the removed, spaces collapsed), it occurs in the answer text with
its citation markers removed.
"""

from __future__ import annotations

import json
import re
import string
import time
from pathlib import Path

from index.engine import Engine
from index.errors import PartnerbotError
from index.search.embedding import Embedder

from .beir import index_dataset, load_beir

_PUNCT = set(string.punctuation)
_MARKER = re.compile(r"\s*\[\d+\]")


def normalize(text: str) -> str:
    """SQuAD's answer normalisation."""
    text = "".join(ch for ch in text.lower() if ch not in _PUNCT)
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def has_answer(text: str, golds: list[str]) -> bool:
    t = normalize(_MARKER.sub(" ", text))
    return any(g and g in t for g in golds)


def load_answers(path: Path) -> dict[str, list[str]]:
    f = Path(path) / "answers.jsonl"
    if not f.exists():
        raise PartnerbotError(f'{f}: missing; eval qa needs answers.jsonl with {{"_id", "answers": [...]}} per query')
    out = {}
    with open(f, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                row = json.loads(line)
                out[str(row["_id"])] = [normalize(a) for a in row["answers"] if normalize(a)]
            except (ValueError, KeyError, TypeError):
                raise PartnerbotError(f'{f}: line {n} is not {{"_id": ..., "answers": [...]}}') from None
    return out


def eval_qa(
    config, path: Path, split: str = "train", limit: int | None = None, log=None, details: list | None = None
) -> dict:
    t0 = time.perf_counter()
    docs, queries, _ = load_beir(path, split)
    answers = load_answers(path)
    embedder = Embedder.from_config(config)
    bconfig = index_dataset(config, path, docs, embedder, log)
    engine = Engine(bconfig, embedder)
    qids = [q for q in queries if answers.get(q)]
    if limit:
        qids = qids[:limit]
    n = answered = hit = first = top1 = top3 = 0
    words = 0
    for qid in qids:
        golds = answers[qid]
        ans = engine.ask(queries[qid], decline=False)
        n += 1
        passages = [c.passage.text for c in ans.citations]
        top1 += has_answer(" ".join(passages[:1]), golds)
        top3 += has_answer(" ".join(passages[:3]), golds)
        if ans.answered:
            answered += 1
            h = has_answer(ans.answer, golds)
            f = bool(ans.sentences) and has_answer(ans.sentences[0].text, golds)
            hit += h
            first += f
            words += len(_MARKER.sub(" ", ans.answer).split())
            if details is not None:
                details.append(
                    {
                        "id": qid,
                        "q": queries[qid],
                        "answer": ans.answer,
                        "hit": h,
                        "first": f,
                        "top3": has_answer(" ".join(passages[:3]), golds),
                        "golds": golds,
                    }
                )
        elif details is not None:
            details.append(
                {
                    "id": qid,
                    "q": queries[qid],
                    "answer": ans.answer,
                    "reason": ans.reason,
                    "hit": False,
                    "first": False,
                    "golds": golds,
                }
            )
    d = n or 1
    return {
        "dataset": Path(path).name,
        "split": split,
        "questions": n,
        "answered": round(answered / d, 4),
        "answer_hit": round(hit / d, 4),
        "first_sentence_hit": round(first / d, 4),
        "mean_answer_words": round(words / (answered or 1), 1),
        "top1_passage_has_answer": round(top1 / d, 4),
        "top3_passages_have_answer": round(top3 / d, 4),
        "seconds": round(time.perf_counter() - t0, 1),
    }
