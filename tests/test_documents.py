from pathlib import Path

import pytest

from index.documents import load_corpus, parse_document
from index.errors import CorpusError

GOOD = """---
id: sample-doc
title: A sample
kind: note
source: Team
published: 2019-05-01
visibility: internal
tags: [a, 2019]
---
Body text here. Second sentence.
"""


def write(tmp: Path, name: str, content) -> Path:
    p = tmp / name
    p.parent.mkdir(parents=True, exist_ok=True)
    (p.write_bytes if isinstance(content, bytes) else p.write_text)(content)
    return p


def test_parses_front_matter(tmp_path):
    doc = parse_document(write(tmp_path, "a.md", GOOD), tmp_path)
    assert doc.id == "sample-doc" and doc.kind == "note" and doc.visibility == "internal"
    assert doc.published == "2019-05-01"
    assert doc.tags == ("a", "2019")
    assert doc.body.startswith("Body text here.")
    assert doc.path == "a.md"


@pytest.mark.parametrize("content, expected", [
    ("no front matter at all", "no YAML front matter"),
    ("---\nid: x\ntitle: [unclosed\n---\nbody", "not valid YAML"),
    (GOOD.replace("visibility: internal", "visibility: secret"), "'visibility'"),
    (GOOD.replace("published: 2019-05-01", "published: someday"), "'published'"),
    (GOOD.replace("kind: note", "kind: note\ncolour: red"), "'colour': unknown key"),
    (GOOD.replace("id: sample-doc", "id: Bad Id"), "'id'"),
    (GOOD.replace("source: Team\n", "source: Team\nurl: 'javascript:alert(1)'\n"), "'url'"),
    (GOOD.split("---\n")[0] + "---\n" + GOOD.split("---\n")[1] + "---\n   \n", "no text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00binary", "binary file"),
    (b"---\nid: x\n---\n\xff\xfe caf\xe9", "not UTF-8"),
])
def test_bad_documents_name_the_file_and_the_problem(tmp_path, content, expected):
    path = write(tmp_path, "notes/bad.md", content)
    with pytest.raises(CorpusError) as err:
        parse_document(path, tmp_path)
    msg = str(err.value)
    assert msg.startswith("notes/bad.md"), msg
    assert expected in msg
    assert "\n" not in msg


def test_load_corpus_reports_every_bad_file_and_duplicate_ids(tmp_path):
    write(tmp_path, "a.md", GOOD)
    write(tmp_path, "b.md", GOOD)  # same id
    write(tmp_path, "c.txt", "plain text without front matter")
    write(tmp_path, "README.md", "# ignored")
    write(tmp_path, "image.png", b"\x00\x01")  # not a corpus suffix: ignored
    with pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    msg = str(err.value)
    assert "b.md: id 'sample-doc' is already used by a.md" in msg
    assert "c.txt: no YAML front matter" in msg
    docs, problems = load_corpus(tmp_path, skip_invalid=True)
    assert [d.id for d in docs] == ["sample-doc"] and len(problems) == 2


def test_empty_corpus_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="no documents"):
        load_corpus(tmp_path)


def test_shipped_corpus_is_valid_and_varied():
    root = Path(__file__).resolve().parent.parent / "corpus"
    docs, problems = load_corpus(root)
    assert not problems and len(docs) >= 16
    kinds = {d.kind for d in docs}
    assert kinds == {"article", "note"}
    assert {d.visibility for d in docs} == {"public", "partner", "internal"}
    assert len({d.published for d in docs}) >= 6
    notes = [d for d in docs if d.kind == "note"]
    assert all("sample" in d.source.lower() or "sample" in d.body.lower()[:200] for d in notes)
