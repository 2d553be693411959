"""Train the answer gate (index/answer/gate.py) on the tune half of the question set.

    .venv/bin/python scripts/train_gate.py [--questions eval/questions.yaml] [--lost 0.07] [--write]

Every question is asked with the gate off; each answered reply's gate inputs are recorded.
A logistic regression (standardised features) learns, on the `tune` half only, to tell a
reply that answers correctly (keep) from a reply to a question the corpus cannot answer
(decline); answerable questions answered wrongly are left out of training, and so are
may-we questions, which the gate does not judge (UNJUDGED_KINDS). The threshold
is the probability below which `--lost` of tune's correct replies fall (out-of-fold). Prints what the
gate would do on each half: unanswerable questions it declines, correct replies it loses,
and wrong replies to answerable questions it declines. `--write` stores the weights in
index/answer/gate_weights.json, or in `--out` for another corpus (config `answer.gate_weights`
names it); docs/benchmarks.md quotes the output.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import load_config  # noqa: E402
from bot.evaluate.questions import load_questions  # noqa: E402
from index.answer.gate import FEATURES, UNJUDGED_KINDS, WEIGHTS_FILE  # noqa: E402
from index.engine import Engine  # noqa: E402


def collect(questions: Path, config_file: Path) -> list[dict]:
    config = load_config(config_file)
    config = config.model_copy(update={"answer": config.answer.model_copy(update={"gate": False})})
    engine = Engine(config)
    engine.record_gate_inputs = True
    rows = []
    for it in load_questions(questions):
        a = engine.ask(it["q"], visibility="internal", decline=False, context=it.get("after"))
        if not a.answered or a.gate_inputs is None or a.gate_inputs["kind"] in UNJUDGED_KINDS:
            continue
        ok = bool(it["docs"]) and any(rx.search(a.answer) for rx in it["_rx"])
        rows.append({"split": it["split"], "answerable": bool(it["docs"]), "ok": ok, "inputs": a.gate_inputs})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path, default=ROOT / "config.yaml", help="the corpus and index to ask")
    ap.add_argument("--questions", type=Path, default=ROOT / "eval" / "questions.yaml")
    ap.add_argument("--lost", type=float, default=0.07, help="share of tune's correct replies the gate may decline")
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--write", action="store_true", help="store the weights (in --out)")
    ap.add_argument("--out", type=Path, default=WEIGHTS_FILE, help="weights file (config answer.gate_weights)")
    ap.add_argument("--rows", type=Path, help="read the recorded replies from this JSON file, or record them there")
    args = ap.parse_args()
    # training only: the bot reads the stored weights
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if args.rows and args.rows.exists():
        rows = json.loads(args.rows.read_text(encoding="utf-8"))
        rows = [r for r in rows if r["inputs"]["kind"] not in UNJUDGED_KINDS]
    else:
        rows = collect(args.questions, args.config)
        if args.rows:
            args.rows.write_text(json.dumps(rows), encoding="utf-8")
    kinds = sorted({str(r["inputs"]["kind"]) for r in rows if r["split"] == "tune"})

    def matrix(rs):
        def row(inputs):
            return [float(inputs[f]) for f in FEATURES] + [float(str(inputs["kind"]) == k) for k in kinds]

        return np.array([row(r["inputs"]) for r in rs])

    train = [r for r in rows if r["split"] == "tune" and (r["ok"] or not r["answerable"])]
    x, y = matrix(train), [r["ok"] for r in train]
    model = make_pipeline(StandardScaler(), LogisticRegression(C=args.C, max_iter=5000))
    # the threshold from out-of-fold probabilities: a model's own training rows look surer than new questions do
    cv = StratifiedKFold(5, shuffle=True, random_state=0)
    folds = cross_val_predict(model, x, y, cv=cv, method="predict_proba")[:, 1]
    model.fit(x, y)
    scaler, regression = model[0], model[1]

    def prob(rs):
        return model.predict_proba(matrix(rs))[:, 1]

    kept = np.sort([p for p, r in zip(folds, train) if r["ok"]])
    threshold = float(kept[int(len(kept) * args.lost)])
    # the trade at each --lost, out-of-fold on tune: choose where one more correct reply lost stops buying about
    # three near-topic declines (a wrong answer costs a partner more than a missed one)
    for lost in (0.02, 0.03, 0.05, 0.07, 0.09):
        cut = float(kept[int(len(kept) * lost)])
        caught = sum(p < cut and not r["answerable"] for p, r in zip(folds, train))
        print(f"out-of-fold --lost {lost}: threshold {cut:.3f}, unanswerable declined {caught}")
    report = {}
    for split in ("tune", "held"):
        rs = [r for r in rows if r["split"] == split]
        gated = prob(rs) < threshold
        report[split] = {
            "answered": len(rs),
            "unanswerable_declined": int(sum(g and not r["answerable"] for r, g in zip(rs, gated))),
            "unanswerable_answered": int(sum(not r["answerable"] for r in rs)),
            "correct_lost": int(sum(g and r["ok"] for r, g in zip(rs, gated))),
            "correct": int(sum(r["ok"] for r in rs)),
            "wrong_declined": int(sum(g and r["answerable"] and not r["ok"] for r, g in zip(rs, gated))),
        }
        print(split, report[split])
    for name, c in sorted(zip(list(FEATURES) + kinds, regression.coef_[0]), key=lambda fc: -abs(fc[1])):
        print(f"  {name:16s} {c:+.3f}")
    if args.write:
        args.out.write_text(
            json.dumps(
                {
                    "trained": f"{datetime.date.today()} on the tune half of {args.questions.name} "
                    f"({len(train)} replies; --lost {args.lost}, --C {args.C})",
                    "features": list(FEATURES),
                    "kinds": kinds,
                    "mean": scaler.mean_.round(6).tolist(),
                    "scale": scaler.scale_.round(6).tolist(),
                    "coef": regression.coef_[0].round(6).tolist(),
                    "intercept": round(float(regression.intercept_[0]), 6),
                    "threshold": round(threshold, 6),
                    "report": report,
                },
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
        print("wrote", args.out)


if __name__ == "__main__":
    main()
