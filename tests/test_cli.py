"""The command line as a user runs it: a real process, real exit codes, no tracebacks."""

import json
import os
import subprocess
import sys

import pytest

from .conftest import make_workspace


def run(config_path, *args, stdin=None):
    env = dict(os.environ, CI="1")
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config_path), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.fixture
def ws(tmp_path, shared_cache):
    config = make_workspace(tmp_path, shared_cache)
    return config, tmp_path / "config.yaml"


def test_ask_builds_index_first_then_answers_json_lines_from_stdin(ws):
    config, cfg = ws
    r = run(
        cfg,
        "ask",
        "--json",
        "--k",
        "3",
        "--visibility",
        "partner",
        "-",
        stdin="Can we resell Huawei phones without a carrier?\n\nWhat is the capital of Peru?\n",
    )
    assert r.returncode == 0, r.stderr
    assert "No index yet: building it" in r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 3  # one line out per line in: the blank line gets an error object
    first, blank, second = lines
    assert "empty" in blank["error"]
    assert set(first) >= {"question", "answered", "answer", "citations", "timings_ms", "index"}
    # --k bounds the retrieved passages; the composer may add a successor or newer document
    assert first["answered"] and 1 <= len([c for c in first["citations"] if c["rank"] <= 3]) <= 3
    c = first["citations"][0]
    assert set(c) >= {"rank", "doc_id", "title", "source", "url", "published", "visibility", "passage", "score"}
    assert all(x["visibility"] in ("public", "partner") for x in first["citations"])
    assert first["timings_ms"]["total"] > 0 and first["index"]["passages"] > 0
    assert not second["answered"] and second["citations"] == []


def test_ask_after_reads_a_followup_after_its_question_and_says_so(ws):
    _, cfg = ws
    r = run(cfg, "ask", "--json", "--after", "Which retailers sold the Mate 10 Pro?", "and how much did it cost?")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert (
        out["read_after"] == "Which retailers sold the Mate 10 Pro" and out["question"] == "and how much did it cost?"
    )
    assert "799" in out["answer"] and "Best Buy" not in out["answer"]
    alone = json.loads(run(cfg, "ask", "--json", "and how much did it cost?").stdout)
    assert alone["read_after"] is None and "799" not in alone["answer"]
    new = json.loads(
        run(cfg, "ask", "--json", "--after", "Which retailers sold the Mate 10 Pro?", "is zte banned?").stdout
    )
    assert new["read_after"] is None  # a question of its own: the earlier one was not read
    thanks = json.loads(run(cfg, "ask", "--json", "--after", "Which retailers sold the Mate 10 Pro?", "thanks!").stdout)
    assert thanks["reason"] == "chat" and not thanks["answered"] and "Nothing to answer" in thanks["answer"]
    assert set(thanks) == set(new)  # the same keys as an answer: a reader of the stream needs no special case
    first = run(cfg, "ask", "source?")  # nothing before it to give the source of; no "try rephrasing" hint either
    assert first.returncode == 0 and "no earlier answer" in first.stdout and "rephrasing" not in first.stdout


def test_terminal_answer_and_status(ws):
    config, cfg = ws
    assert run(cfg, "index", "build").returncode == 0
    r = run(cfg, "ask", "Why", "did", "AT&T", "drop", "the", "Huawei", "deal?")
    assert r.returncode == 0, r.stderr
    assert "[1] " in r.stdout and "**" in r.stdout
    s = run(cfg, "index", "status")
    assert s.returncode == 0 and "up to date" in s.stdout
    (config.corpus_dir / "notes" / "extra.md").write_text(
        "---\nid: extra\ntitle: Extra\nkind: note\nsource: s\npublished: 2020-01-01\nvisibility: public\n---\nMore.\n"
    )
    s = run(cfg, "index", "status")
    assert "STALE" in s.stdout


def test_broken_corpus_file_fails_build_with_one_line_and_keeps_index(ws):
    config, cfg = ws
    assert run(cfg, "index", "build").returncode == 0
    before = (config.index_dir / "CURRENT").read_text()
    (config.corpus_dir / "notes" / "broken.md").write_text("---\nid: broken\ntitle: [oops\n---\ntext\n")
    r = run(cfg, "index", "build")
    assert r.returncode == 1
    assert "notes/broken.md" in r.stderr and "Traceback" not in r.stderr
    assert (config.index_dir / "CURRENT").read_text() == before
    r = run(cfg, "index", "build", "--skip-invalid")
    assert r.returncode == 0 and "skipped: notes/broken.md" in r.stderr


@pytest.mark.parametrize("question, expected", [("", "empty"), ("y" * 10_000, "10,000 characters")])
def test_bad_question_is_a_clear_error(ws, question, expected):
    _, cfg = ws
    assert run(cfg, "index", "build").returncode == 0
    r = run(cfg, "ask", question)
    assert r.returncode == 1 and expected in r.stderr and "Traceback" not in r.stderr


def test_wrong_config_key_is_one_line(tmp_path):
    (tmp_path / "corpus").mkdir()
    cfg = tmp_path / "config.yaml"
    cfg.write_text("retrieval:\n  topk: 5\n")
    r = run(cfg, "index", "status")
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0
    assert "unknown key 'retrieval.topk'" in r.stderr and str(cfg) in r.stderr


def test_index_from_another_model_is_a_clear_error(ws):
    config, cfg = ws
    assert run(cfg, "index", "build").returncode == 0
    build = config.index_dir / "builds" / (config.index_dir / "CURRENT").read_text().strip()
    data = json.loads((build / "manifest.json").read_text())
    data["model_fingerprint"] = "paraphrase-multilingual@0000"
    data["model"] = "paraphrase-multilingual"
    (build / "manifest.json").write_text(json.dumps(data))
    from index.build import integrity  # as a real build with that model would: checksums that match

    integrity.record(build, integrity.read_record(build)["snapshot_ns"])
    r = run(cfg, "ask", "Can we resell Huawei phones?")
    assert r.returncode == 1 and "built with model 'paraphrase-multilingual'" in r.stderr
    assert "Traceback" not in r.stderr


def test_ask_with_nothing_on_stdin_says_so(ws):
    _, cfg = ws
    assert run(cfg, "index", "build").returncode == 0
    for empty in ("", "\n", "  \n\n"):
        r = run(cfg, "ask", stdin=empty)
        assert r.returncode == 2 and "no question given" in r.stderr and r.stdout == "", (empty, r.stderr)


def test_config_falls_back_to_the_checkout_outside_it(tmp_path, monkeypatch):
    from bot.config import load_config
    from index.config import _CHECKOUT

    monkeypatch.chdir(tmp_path)  # no config.yaml here
    cfg = load_config()
    assert cfg.source_path == _CHECKOUT / "config.yaml" and cfg.corpus_dir == _CHECKOUT / "corpus"
    (tmp_path / "config.yaml").write_text("corpus_dir: .\n")
    assert load_config().corpus_dir == tmp_path  # a config.yaml in the working directory still wins


def test_build_if_stale_skips_an_up_to_date_index_and_rebuilds_after_an_edit(ws):
    config, cfg = ws
    assert run(cfg, "index", "build").returncode == 0
    r = run(cfg, "index", "build", "--if-stale")
    assert r.returncode == 0 and "is up to date" in r.stderr and "built index" not in r.stderr
    note = next((config.corpus_dir / "notes").glob("*.md"))
    note.write_text(note.read_text() + "\nOne more sentence for the if-stale test about handsets.\n")
    r = run(cfg, "index", "build", "--if-stale")
    assert r.returncode == 0 and "built index" in r.stderr, r.stderr


def test_an_interactive_session_keeps_its_topic_and_takes_thanks_without_an_answer(ws):
    """The terminal session a new user gets from ./run.sh: a real process on a pseudo-terminal."""
    import pty
    import select
    import time

    _, cfg = ws
    pid, fd = pty.fork()
    if pid == 0:  # the child: the CLI, its stdin a terminal
        os.environ["CI"] = "1"
        os.execv(sys.executable, [sys.executable, "-m", "bot", "--config", str(cfg), "ask"])
    seen = b""

    def read_until(marker: bytes, timeout: float = 240.0) -> bytes:
        nonlocal seen
        end = time.monotonic() + timeout
        while marker not in seen and time.monotonic() < end:
            if select.select([fd], [], [], 0.5)[0]:
                try:
                    seen += os.read(fd, 65536)
                except OSError:
                    break
        assert marker in seen, seen.decode(errors="replace")[-2000:]
        got, seen = seen, b""
        return got

    try:
        read_until(b"? ")
        os.write(fd, b"did at&t sell the mate 10 pro?\n")
        read_until(b"\n? ")
        os.write(fd, b"thanks!\n")
        thanks = read_until(b"\n? ")
        assert b"Nothing to answer" in thanks and b"[1]" not in thanks  # no answer, no decline
        os.write(fd, b"and verizon?\n")  # still read after the at&t question
        verizon = read_until(b"\n? ")
        assert b"Verizon" in verizon and b"[1]" in verizon, verizon
        os.write(fd, b"\n")  # an empty line ends the session
        _, status = os.waitpid(pid, 0)
        assert os.WEXITSTATUS(status) == 0
    finally:
        try:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)


def test_chat_on_the_command_line_gets_a_note_not_a_decline(ws):
    _, cfg = ws
    assert run(cfg, "index", "build").returncode == 0
    for chat in ("thx!!", "ok cool ty", "\u270c\ufe0f"):
        r = run(cfg, "ask", "--after", "can we resell huawei phones", chat)
        assert r.returncode == 0 and "Nothing to answer" in r.stderr and r.stdout == "", (chat, r.stdout, r.stderr)
