"""Corpus files that used to slip through (issue 15): duplicate front-matter keys, directory
symlink loops, supersedes cycles and oversized notes. Each is refused or named in one line."""

from __future__ import annotations

import json

import pytest

from ..conftest import make_workspace
from .engine_helpers import assert_one_line, run_cli

NOTE = (
    "---\nid: {id}\ntitle: Note {id}\nkind: note\nsource: Test\npublished: 2024-01-0{day}\n"
    "visibility: internal\ntags: [resale]\n{extra}---\nSample guidance {id} on reselling handsets for the tests.\n"
)


@pytest.fixture
def ws(tmp_path, shared_cache):
    config = make_workspace(tmp_path, shared_cache)
    return config, tmp_path / "config.yaml"


def test_duplicate_front_matter_key_is_refused_naming_the_key(ws):
    config, cfg = ws
    # Before the fix the second value silently won: this internal note was indexed as public.
    (config.corpus_dir / "notes" / "leak.md").write_text(NOTE.format(id="leak", day=1, extra="visibility: public\n"))
    r = run_cli(cfg, "index", "build")
    line = assert_one_line(r, "notes/leak.md", "'visibility' is given twice")
    assert "line 9" in line  # the second occurrence, counted in the file (the '---' is line 1)


def test_duplicate_config_key_is_refused(ws):
    config, cfg = ws
    cfg.write_text(cfg.read_text() + "corpus_dir: elsewhere\n")
    assert_one_line(run_cli(cfg, "index", "status"), "config.yaml", "'corpus_dir' is given twice")


def test_nested_duplicate_keys_and_merge_keys():
    from index.corpus import yamlsafe

    with pytest.raises(yamlsafe.YamlProblem, match="'k' is given twice"):
        yamlsafe.load("a:\n  k: 1\n  b: 2\n  k: 3\n")
    assert yamlsafe.load("base: &b {k: 1}\nx:\n  <<: *b\n  k: 2\n") == {"base": {"k": 1}, "x": {"k": 2}}


def test_directory_symlink_loop_is_named_once(tmp_path):
    from index.corpus.documents import load_corpus, scan_corpus

    root = tmp_path / "corpus"
    (root / "notes").mkdir(parents=True)
    for i in range(1, 4):
        (root / "notes" / f"n{i}.md").write_text(NOTE.format(id=f"n{i}", day=i, extra=""))
    (root / "notes" / "again").symlink_to(root)  # a loop: the corpus from inside itself
    (root / "mirror").symlink_to(root / "notes")  # a second path to files already indexed
    files, ignored = scan_corpus(root)
    assert [p.name for p in files] == ["n1.md", "n2.md", "n3.md"]
    assert len(ignored) == 2
    assert ignored[0].startswith("mirror: symbolic link to the directory notes, already in the corpus")
    assert ignored[1].startswith("notes/again: symbolic link loop")
    docs, problems = load_corpus(root)
    assert len(docs) == 3 and problems == []  # no "duplicate id" lines any more


def test_supersedes_cycle_is_refused_at_build_and_live_index_kept(ws):
    config, cfg = ws
    assert run_cli(cfg, "index", "build").returncode == 0
    before = json.loads(run_cli(cfg, "index", "status", "--json").out)
    notes = config.corpus_dir / "notes"
    (notes / "cyc-a.md").write_text(NOTE.format(id="cyc-a", day=1, extra="supersedes: [cyc-b]\n"))
    (notes / "cyc-b.md").write_text(NOTE.format(id="cyc-b", day=2, extra="supersedes: [cyc-a]\n"))
    r = run_cli(cfg, "index", "build")
    assert_one_line(r, "supersedes cycle", "cyc-a → cyc-b → cyc-a", "remove one")
    after = json.loads(run_cli(cfg, "index", "status", "--json").out)
    assert after["manifest"]["build_id"] == before["manifest"]["build_id"]  # the live index is the earlier build


def test_oversized_note_is_refused_unread(tmp_path, shared_cache):
    config = make_workspace(tmp_path, shared_cache, corpus={"max_document_mb": 0.05})
    big = NOTE.format(id="big", day=1, extra="") + ("More filler text about handsets. " * 3000)
    (config.corpus_dir / "notes" / "big.md").write_text(big)
    r = run_cli(tmp_path / "config.yaml", "index", "build")
    assert_one_line(r, "notes/big.md", "0.1 MB, above the 0.05 MB limit", "corpus.max_document_mb")
    r = run_cli(tmp_path / "config.yaml", "index", "build", "--skip-invalid")
    assert r.returncode == 0 and "notes/big.md" in r.err, r.err


def test_skip_invalid_leaves_a_supersedes_cycle_out(ws):
    config, cfg = ws
    notes = config.corpus_dir / "notes"
    (notes / "cyc-a.md").write_text(NOTE.format(id="cyc-a", day=1, extra="supersedes: [cyc-b]\n"))
    (notes / "cyc-b.md").write_text(NOTE.format(id="cyc-b", day=2, extra="supersedes: [cyc-a]\n"))
    r = run_cli(cfg, "index", "build", "--skip-invalid")
    assert r.returncode == 0 and "supersedes cycle cyc-a → cyc-b → cyc-a" in r.err, r.err
    status = json.loads(run_cli(cfg, "index", "status", "--json").out)
    assert status["built"] and any("supersedes cycle" in x for x in status["manifest"]["skipped"])
