"""`partnerbot eval questions`: hit@1, hit@3, MRR and decline accuracy on eval/questions.yaml.

It also sweeps the answer threshold (answer.min_dense_score) over the set, which is how
the default was chosen: the threshold that makes the fewest wrong decisions, placed in
the middle of the widest such interval.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from index.errors import PartnerbotError


def load_questions(path: Path) -> list[dict]:
    try:
        items = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PartnerbotError(f"{path}: cannot read the question set ({exc.__class__.__name__})") from None
    if not isinstance(items, list) or not all(isinstance(i, dict) and "q" in i and "docs" in i for i in items):
        raise PartnerbotError(f"{path}: expected a list of {{q: question, docs: [doc ids]}}")
    return items


def eval_questions(engine, path: Path, k: int = 10) -> dict:
    items = load_questions(path)
    threshold = engine.config.answer.min_dense_score
    rows = []
    for it in items:
        # The ranking is judged regardless of the threshold; `answered` is the threshold's verdict.
        ans = engine.ask(it["q"], k=k, visibility="internal", decline=False)
        cits = ans.citations
        ranked = [c.passage.doc_id for c in cits]
        best = max((c.dense_score for c in cits), default=-1.0)
        rows.append({"q": it["q"], "docs": set(it["docs"]), "ranked": ranked, "best": best,
                     "answered": ans.answered})
    answerable = [r for r in rows if r["docs"]]
    unanswerable = [r for r in rows if not r["docs"]]

    def rank_of(r):
        return next((i + 1 for i, d in enumerate(r["ranked"]) if d in r["docs"]), None)
    n = len(answerable) or 1
    hit1 = sum(1 for r in answerable if (rank_of(r) or 99) <= 1) / n
    hit3 = sum(1 for r in answerable if (rank_of(r) or 99) <= 3) / n
    mrr = sum(1 / rank_of(r) for r in answerable if rank_of(r)) / n
    declined_ok = sum(1 for r in unanswerable if not r["answered"])
    wrongly_declined = [r["q"] for r in answerable if not r["answered"]]
    sweep = []  # dense threshold alone, to show where it lands
    for t in [x / 100 for x in range(20, 61, 2)]:
        wrong = sum(1 for r in answerable if r["best"] < t) + sum(1 for r in unanswerable if r["best"] >= t)
        sweep.append((t, wrong))
    return {"questions": len(rows), "answerable": len(answerable), "unanswerable": len(unanswerable),
            "hit@1": round(hit1, 4), "hit@3": round(hit3, 4), "mrr": round(mrr, 4),
            "unanswerable_declined": declined_ok, "answerable_declined": len(wrongly_declined),
            "wrongly_declined": wrongly_declined, "threshold": threshold,
            "answered_unanswerable": [r["q"] for r in unanswerable if r["answered"]],
            "best_scores": {"answerable_min": round(min((r["best"] for r in answerable), default=0), 3),
                            "unanswerable_max": round(max((r["best"] for r in unanswerable), default=0), 3)},
            "sweep": sweep,
            "misses": [{"q": r["q"], "expected": sorted(r["docs"]), "got": r["ranked"][:3]}
                       for r in answerable if (rank_of(r) or 99) > 3]}
