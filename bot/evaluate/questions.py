"""`partnerbot eval questions`: answer accuracy, declines and ranking on eval/questions.yaml.

Each answerable question lists the documents that hold its answer and `answer:` regexes
that the bot's direct answer text must match (the sentence it quotes has to say it; a
right document with the wrong sentence fails). Questions with `docs: []` must be
declined. The set is split into `tune` (thresholds and weights are chosen on it) and
`held` (reported, and floored in CI).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from index.errors import PartnerbotError


def load_questions(path: Path) -> list[dict]:
    try:
        items = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PartnerbotError(f"{path}: cannot read the question set ({exc.__class__.__name__})") from None
    if not isinstance(items, list) or not all(isinstance(i, dict) and "q" in i and "docs" in i for i in items):
        raise PartnerbotError(f"{path}: expected a list of {{q: question, docs: [doc ids], answer: [regexes]}}")
    for n, it in enumerate(items, 1):
        if it["docs"] and not it.get("answer"):
            raise PartnerbotError(f"{path}: question {n} ({it['q'][:40]!r}) has docs but no answer regexes")
        try:
            it["_rx"] = [re.compile(a, re.I | re.S) for a in it.get("answer") or []]
        except re.error as exc:
            raise PartnerbotError(f"{path}: question {n}: answer regex does not compile ({exc})") from None
        if "after" in it and (not isinstance(it["after"], str) or not it["after"].strip()):
            raise PartnerbotError(f"{path}: question {n}: `after` must be the question it follows up (text)")
        it.setdefault("split", "tune")
        it.setdefault("group", "general")
    return items


def _shown(r: dict) -> dict:
    return {"q": r["q"], "answer": r["answer"][:300]} | ({"after": r["after"]} if r.get("after") else {})


def _score(rows: list[dict]) -> dict:
    answerable = [r for r in rows if r["docs"]]
    unanswerable = [r for r in rows if not r["docs"]]
    n = len(answerable) or 1
    declined = [r for r in rows if not r["answered"]]
    declined_ok = sum(1 for r in unanswerable if not r["answered"])

    def rank_of(r):
        return next((i + 1 for i, d in enumerate(r["ranked"]) if d in r["docs"]), None)

    time_rows = [r for r in answerable if r["group"] == "time"]
    return {
        "questions": len(rows),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "answer_accuracy": round(sum(r["correct"] for r in answerable) / n, 4),
        "time_accuracy": round(sum(r["correct"] for r in time_rows) / (len(time_rows) or 1), 4),
        "time_questions": len(time_rows),
        "decline_precision": round(declined_ok / (len(declined) or 1), 4),
        "decline_recall": round(declined_ok / (len(unanswerable) or 1), 4),
        "answerable_declined": sum(1 for r in answerable if not r["answered"]),
        "hit@1": round(sum(1 for r in answerable if (rank_of(r) or 99) <= 1) / n, 4),
        "hit@3": round(sum(1 for r in answerable if (rank_of(r) or 99) <= 3) / n, 4),
        "wrong": [_shown(r) for r in answerable if not r["correct"]],
        "answered_unanswerable": [_shown(r) for r in unanswerable if r["answered"]],
    }


def eval_questions(engine, path: Path, k: int | None = None) -> dict:
    """Scores for each split (`tune`, `held`), for the whole set (`all`) and for each group of held questions
    written without seeing the corpus (`origin: unseen`, `origin: fresh`: reported under that name)."""
    rows = []
    for it in load_questions(path):
        # `after`: a follow-up, asked in a thread under that question (which was answered already)
        ans = engine.ask(it["q"], k=k, visibility="internal", decline=False, context=it.get("after"))
        correct = ans.answered and any(rx.search(ans.answer) for rx in it["_rx"])
        rows.append(
            {
                "q": it["q"],
                "docs": set(it["docs"]),
                "ranked": [c.passage.doc_id for c in ans.citations],
                "answered": ans.answered,
                "answer": ans.answer,
                "correct": bool(correct),
                "split": it["split"],
                "group": it["group"],
                "origin": it.get("origin", "own"),
                "after": it.get("after"),
            }
        )
    # Follow-ups are scored apart ("followups", and each origin): they ask something else of the engine
    # (read after another question), and the halves keep the same meaning from round to round.
    asked = [r for r in rows if not r["after"]]
    out = {"all": _score(asked)}
    for split in sorted({r["split"] for r in asked}):
        out[split] = _score([r for r in asked if r["split"] == split])
    follow = [r for r in rows if r["after"]]
    if follow:
        out["followups"] = _score(follow)
    for origin in sorted({r["origin"] for r in rows} - {"own"}):  # written without seeing the corpus
        out[origin] = _score([r for r in rows if r["origin"] == origin])
    return out
