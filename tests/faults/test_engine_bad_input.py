"""Hostile front matter, hostile config, files the index ignores, and bad questions on argv and stdin.

Every case runs the real command line and checks for one line naming the file or key,
never a traceback; sessions on stdin survive every line.
"""

from __future__ import annotations

import json
import os

import pytest

from ..conftest import make_workspace
from .engine_helpers import assert_one_line, run_cli

GOOD = (
    "---\nid: hostile\ntitle: Hostile\nkind: note\nsource: Test\npublished: {published}\n"
    "visibility: public\n---\nA note written for the fault tests about reselling handsets.\n"
)

HOSTILE = [
    "2018-02-30",
    "2018-13-01",
    "!!timestamp x",
    "!!int x",
    "2018-01-01 25:00:00",
    "!!float y",
    "!!python/object/apply:os.system [echo owned]",
    "!!binary zz",
    "[2018-01-01",
]


@pytest.fixture
def ws(tmp_path, shared_cache):
    config = make_workspace(tmp_path, shared_cache)
    return config, tmp_path / "config.yaml"


@pytest.fixture(scope="module")
def built_ws(tmp_path_factory, shared_cache):
    """One workspace with a built index, shared by the tests that do not change it."""
    tmp = tmp_path_factory.mktemp("bad-input")
    config = make_workspace(tmp, shared_cache)
    r = run_cli(tmp / "config.yaml", "index", "build")
    assert r.returncode == 0, r.err
    return config, tmp / "config.yaml"


def test_hostile_front_matter_is_one_line_and_skippable_and_run_sh_style_fallback(ws):
    config, cfg = ws
    assert run_cli(cfg, "index", "build").returncode == 0
    before = (config.index_dir / "CURRENT").read_text()
    bad = config.corpus_dir / "notes" / "hostile.md"
    for value in HOSTILE:
        bad.write_text(GOOD.format(published=value))
        r = run_cli(cfg, "index", "build")
        line = assert_one_line(r, "notes/hostile.md")
        assert "front matter" in line, line
        assert (config.index_dir / "CURRENT").read_text() == before  # the live index is untouched
    # --skip-invalid builds without it and names it; status names it too
    bad.write_text(GOOD.format(published="2018-02-30"))
    r = run_cli(cfg, "index", "build", "--skip-invalid")
    assert r.returncode == 0, r.err
    assert "skipped: notes/hostile.md: line 6 front matter 'published'" in r.err
    s = run_cli(cfg, "index", "status")
    assert s.returncode == 0 and "invalid:   notes/hostile.md" in s.out and "Traceback" not in s.err
    st = json.loads(run_cli(cfg, "index", "status", "--json").out)
    assert any(x.startswith("notes/hostile.md") for x in st["inventory"]["invalid"])


def test_run_sh_build_line_falls_back_to_the_existing_index(ws):
    """The `partnerbot index build` line of run.sh, run as run.sh runs it, with a bad file in the corpus."""
    import subprocess
    import sys

    from .engine_helpers import ROOT

    config, cfg = ws
    line = next(x for x in (ROOT / "run.sh").read_text().splitlines() if x.startswith("partnerbot index build"))
    assert run_cli(cfg, "index", "build").returncode == 0
    (config.corpus_dir / "notes" / "hostile.md").write_text(GOOD.format(published="!!int x"))
    shim = config.corpus_dir.parent / "bin"
    shim.mkdir()
    (shim / "partnerbot").write_text(f'#!/bin/sh\nexec {sys.executable} -m bot --config {cfg} "$@"\n')
    (shim / "partnerbot").chmod(0o755)
    env = dict(os.environ, CI="1", PATH=f"{shim}:{os.environ['PATH']}", PYTHONPATH=str(ROOT))
    r = subprocess.run(
        ["bash", "-c", f"set -euo pipefail; {line}; echo still-running"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0 and "still-running" in r.stdout, r.stderr
    assert "notes/hostile.md" in r.stderr and "using the existing index" in r.stderr


@pytest.mark.e2e  # runs `partnerbot index status` as a subprocess
@pytest.mark.parametrize(
    "text, expected",
    [
        ("retrieval:\n  k: !!int x\n", "key 'retrieval.k'"),
        ("answer:\n  min_dense_score: !!float abc\n", "key 'answer.min_dense_score'"),
        ("corpus_dir: !!python/name:os.system\n", "'!!' tags"),
        ("retrieval:\n  k: 2018-02-30\n", "key 'retrieval.k'"),
        ("model:\n  name: ''\n", "key 'model.name'"),
        (b"retrieval:\n  k: 3 # caf\xe9\n", "not UTF-8"),
    ],
)
def test_hostile_config_is_one_line_naming_the_key(tmp_path, text, expected):
    (tmp_path / "corpus").mkdir()
    cfg = tmp_path / "config.yaml"
    (cfg.write_bytes if isinstance(text, bytes) else cfg.write_text)(text)
    assert_one_line(run_cli(cfg, "index", "status"), str(cfg), expected)


def test_ignored_files_are_named_and_links_out_of_the_corpus_are_not_followed(ws, tmp_path):
    config, cfg = ws
    notes = config.corpus_dir / "notes"
    (notes / "brochure.pdf").write_bytes(b"%PDF-1.4 not really")
    (notes / "page.html").write_text("<html><body>hi</body></html>")
    (notes / "memo.docx").write_bytes(b"PK\x03\x04")
    secret = tmp_path / "outside.md"
    secret.write_text(
        GOOD.format(published="2020-01-01")
        .replace("id: hostile", "id: outside-secret")
        .replace("reselling handsets", "the zebra-quartz codeword")
    )
    (notes / "escape.md").symlink_to(secret)
    (notes / "dangling.md").symlink_to(tmp_path / "gone.md")
    r = run_cli(cfg, "index", "build")
    assert r.returncode == 0, r.err
    ignored = [x for x in r.err.splitlines() if x.startswith("ignored: ")]
    assert len(ignored) == 5, r.err
    for name in ("brochure.pdf", "page.html", "memo.docx", "escape.md", "dangling.md"):
        assert sum(f"notes/{name}:" in x for x in ignored) == 1, (name, ignored)
    assert "corpus add" in next(x for x in ignored if "brochure.pdf" in x)
    assert "outside the corpus; not followed" in next(x for x in ignored if "escape.md" in x)
    assert "broken symbolic link" in next(x for x in ignored if "dangling.md" in x)
    a = json.loads(run_cli(cfg, "ask", "--json", "zebra-quartz codeword").out)
    assert all(c["doc_id"] != "outside-secret" for c in a["citations"])
    s = run_cli(cfg, "index", "status")
    assert sum(x.startswith("ignored:") for x in s.out.splitlines()) == 5


def test_stdin_session_is_one_line_out_per_line_in_and_survives_every_line(built_ws):
    _, cfg = built_ws
    lines = [
        b"Can we resell Huawei phones without a carrier?",
        b"",  # blank
        b"caf\xe9 \xff\xfe broken utf-8 about Huawei phones",  # invalid UTF-8
        b"   ",
        b"nul \x00 and bell \x07 in a question about the entity list",
        b"\xed\xa0\x80 encoded surrogate",  # a surrogate encoded as UTF-8 (invalid)
        b"y" * 5000,  # too long
        b"a carriage\rreturn inside a line about Huawei",
        b"What did the FCC decide in 2022?",
    ]
    r = run_cli(cfg, "ask", "--json", "-", stdin=b"\n".join(lines) + b"\n")
    assert "Traceback" not in r.err, r.err
    out = r.out.splitlines()
    assert len(out) == len(lines), r.out
    objs = [json.loads(x) for x in out]
    assert objs[0]["answered"] and objs[-1]["answered"]
    assert "error" in objs[1] and "empty" in objs[1]["error"] and "error" in objs[3]
    assert "characters long" in objs[6]["error"]
    for o in objs:
        assert "error" in o or "answer" in o
        json.dumps(o, ensure_ascii=False).encode("utf-8")  # no lone surrogates came back
    # the too-long line is a failed question: exit 1, but only after every line was answered
    assert r.returncode == 1


def test_invalid_utf8_question_on_argv(built_ws):
    _, cfg = built_ws
    r = run_cli(cfg, "ask", b"Can we resell Huawei phones \xff\xfe without a carrier?")
    assert "Traceback" not in r.err, r.err
    assert r.returncode in (0, 1)
    if r.returncode == 1:
        assert_one_line(r)
    r = run_cli(cfg, "ask", "--json", b"\xed\xa0\x80\xff")
    assert "Traceback" not in r.err
    obj = json.loads(r.out)
    assert "error" in obj or "answer" in obj
