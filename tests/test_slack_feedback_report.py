"""One feedback report: `partnerbot feedback report` shows what the admins' Home tab shows (same store function)."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from bot.state.sqlite_answers import SqliteAnswerStore

from .conftest import ROOT, write_config


def _answer(store: SqliteAnswerStore, answer_id: str, question: str, answered: bool, channel: str = "C1") -> None:
    store.record(
        answer_id=answer_id,
        surface="command",
        channel=channel,
        user_id="U1",
        level="public",
        question=question,
        answered=answered,
        doc_ids=["doc-a"] if answered else [],
        payload={},
    )


def _cli(config, *args):
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), "feedback", "report", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow  # runs the CLI in a subprocess
@pytest.mark.e2e
def test_cli_report_is_the_home_tab_report(tmp_path):
    db = tmp_path / "fb.sqlite3"
    (tmp_path / "corpus").mkdir()
    config = write_config(tmp_path, slack={"feedback_db": str(db), "queue_db": str(tmp_path / "q.sqlite3")})
    store = SqliteAnswerStore(db, 30)
    for i, q in enumerate(["Who sells the P30?", "who sells the p30?", "When did Verizon drop Huawei?"]):
        _answer(store, f"a{i}", q, answered=True)
        assert store.vote(f"a{i}", f"U{i}", "C1", -1) == "ok"
    assert store.vote("a2", "U9", "C1", 1) == "ok"  # a 👍 is not in the report
    _answer(store, "d1", "What is the capital of Peru?", answered=False)
    store.conn().execute("UPDATE votes SET at=? WHERE answer_id='a2'", (time.time() - 400 * 86400,))  # too old
    home = store.feedback_report(days=30, limit=20)
    store.close()

    r = _cli(config, "--json")
    assert r.returncode == 0, r.stderr
    cli = json.loads(r.stdout)
    assert cli == {
        "downvoted": [{"question": "who sells the p30?", "count": 2}],
        "unanswered": [{"question": "what is the capital of peru?", "count": 1}],
    }
    assert cli["downvoted"] == [{"question": g["question"], "count": g["count"]} for g in home["downvoted"]]
    assert cli["unanswered"] == [{"question": g["question"], "count": g["count"]} for g in home["declined"]]
    text = _cli(config).stdout
    assert "   2  who sells the p30?" in text and "   1  what is the capital of peru?" in text
