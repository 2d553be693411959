"""A regression floor on the project's own question set (eval/questions.yaml).

Figures measured on 2026-11-25 with the shipped config: hit@1 0.955, hit@3 0.977,
MRR 0.972, 10/10 unanswerable declined, 1/44 answerable wrongly declined. The floors
leave a little room for harmless changes; a real regression fails CI.
"""

from pathlib import Path

from bot.evaluate.questions import eval_questions, load_questions

QUESTIONS = Path(__file__).resolve().parent.parent / "eval" / "questions.yaml"


def test_question_set_shape():
    items = load_questions(QUESTIONS)
    answerable = [i for i in items if i["docs"]]
    assert len(answerable) >= 40 and len(items) - len(answerable) >= 8


def test_question_set_floor(built):
    _, engine = built
    docs = {p.doc_id for p in engine.snapshot().passages}
    for it in load_questions(QUESTIONS):
        assert set(it["docs"]) <= docs, it  # every expected id exists in the corpus
    res = eval_questions(engine, QUESTIONS)
    assert res["hit@1"] >= 0.85, res
    assert res["hit@3"] >= 0.93, res
    assert res["mrr"] >= 0.90, res
    assert res["unanswerable_declined"] >= res["unanswerable"] - 1, res
    assert res["answerable_declined"] <= 4, res
