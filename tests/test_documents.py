import re
import tempfile
from pathlib import Path

import pytest

from index.corpus.documents import load_corpus, parse_document
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


@pytest.mark.parametrize(
    "content, expected",
    [
        ("no front matter at all", "no YAML front matter"),
        ("---\nid: x\ntitle: [unclosed\n---\nbody", "not valid YAML"),
        (GOOD.replace("visibility: internal", "visibility: secret"), "'visibility'"),
        (GOOD.replace("published: 2019-05-01", "published: someday"), "'published'"),
        (GOOD.replace("kind: note", "kind: note\ncolour: red"), "'colour': unknown key"),
        (GOOD.replace("id: sample-doc", "id: Bad Id"), "'id'"),
        (GOOD.replace("source: Team\n", "source: Team\nurl: 'javascript:alert(1)'\n"), "'url'"),
        (GOOD.replace("source: Team\n", "source: Team\nurl: 'https://intranet.example\\@fcc.gov/x'\n"), "'url'"),
        (GOOD.split("---\n")[0] + "---\n" + GOOD.split("---\n")[1] + "---\n   \n", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "binary file"),
        (b"---\nid: x\n---\n\xff\xfe caf\xe9", "not UTF-8"),
        ("---\nid: x\ntitle: y\nbody with no closing line\n", "never closed"),
        ("---\nid: x\ntitle: y\n---\nbody\n", "missing 'kind', 'source', 'published', 'visibility'"),
    ],
)
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
    assert "b.md: id 'sample-doc' is also the id of a.md" in msg
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


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2018-02-30", "line 6 front matter 'published': '2018-02-30' is not a valid date (day is out of range"),
        ("2018-13-01", "'published': '2018-13-01' is not a valid date (month must be in 1..12)"),
        ("!!timestamp x", "'published': 'x' is not a valid date"),
        ("!!int x", "'published': 'x' is not a valid int"),
        ("2018-01-01 25:00:00", "is not a valid date (hour must be in 0..23)"),
        ("!!python/object/apply:os.system ['true']", "no '!!' tags"),
        ("2018-01-01T10:00:00", "'published'"),
        ("[2018, 1]", "'published'"),
    ],
)
def test_hostile_front_matter_values_are_one_corpus_error(tmp_path, value, expected):
    # Before: ValueError/AttributeError escaped the parser and crashed even `--skip-invalid` builds.
    path = write(tmp_path, "notes/bad.md", GOOD.replace("published: 2019-05-01", f"published: {value}"))
    with pytest.raises(CorpusError) as err:
        parse_document(path, tmp_path)
    msg = str(err.value)
    assert msg.startswith("notes/bad.md") and expected in msg and "\n" not in msg, msg


def test_hostile_file_is_skipped_with_skip_invalid(tmp_path):
    write(tmp_path, "a.md", GOOD)
    write(tmp_path, "b.md", GOOD.replace("sample-doc", "other").replace("2019-05-01", "!!timestamp x"))
    docs, problems = load_corpus(tmp_path, skip_invalid=True)
    assert [d.id for d in docs] == ["sample-doc"] and problems[0].startswith("b.md:")


def test_ignored_files_are_named_and_links_are_not_followed_out(tmp_path):
    from index.corpus.documents import ignored_files, scan_corpus

    root = tmp_path / "corpus"
    write(root, "a.md", GOOD)
    write(root, "deck.pdf", b"%PDF")
    write(root, "page.htm", "<p>x</p>")
    write(root, "data.csv", "a,b")
    write(root, "README.md", "# about")  # skipped by design, not reported
    write(root, ".hidden.md", GOOD)
    write(tmp_path, "outside.md", GOOD.replace("sample-doc", "outside"))
    write(tmp_path, "outdir/x.md", GOOD.replace("sample-doc", "outdir-x"))
    (root / "link-out.md").symlink_to(tmp_path / "outside.md")
    (root / "dir-out").symlink_to(tmp_path / "outdir")
    (root / "dangling.md").symlink_to(root / "nowhere.md")
    (root / "inside.md").symlink_to(root / "a.md")  # inside the corpus: followed
    files, ignored = scan_corpus(root)
    assert [p.name for p in files] == ["a.md", "inside.md"]
    assert [x.split(":")[0] for x in ignored] == [
        "dangling.md",
        "data.csv",
        "deck.pdf",
        "dir-out",
        "link-out.md",
        "page.htm",
    ]
    assert all("\n" not in x for x in ignored)
    assert ignored == ignored_files(root)
    assert "corpus add" in ignored[2] and "outside the corpus; not followed" in ignored[4]
    assert "broken symbolic link" in ignored[0]


# -- property: the parser never raises anything but CorpusError --------------------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_KEYS = st.sampled_from(
    [
        "id",
        "title",
        "kind",
        "source",
        "url",
        "published",
        "visibility",
        "tags",
        "supersedes",
        "sample",
        "colour",
        "? [a, b]",
        "<<",
        "id\u2028x",
    ]
)
_VALUES = st.one_of(
    st.sampled_from(
        [
            "2018-02-30",
            "2018-13-01",
            "!!timestamp x",
            "!!int x",
            "!!float nan",
            "!!bool maybe",
            "!!binary zz",
            "!!python/name:os.system",
            "!!set {a, b}",
            "!!omap [a: 1]",
            "&a [*a]",
            "*undefined",
            "[unclosed",
            "{a: 1",
            "2019-05-01",
            "note",
            "public",
            "sample-doc",
            "https://example.com/x",
            "[a, 2019, 1.5, null]",
            "~",
            "''",
            "|\n  block",
            "1e999",
            "0x1F",
            "2018-01-01 25:00",
            "- a\n- b",
            "!!str 5",
            "!!null x",
            '"\\ud800"',
        ]
    ),
    st.text(max_size=30),
)
_FM = st.lists(st.tuples(_KEYS, _VALUES), max_size=9).map(lambda kv: "\n".join(f"{k}: {v}" for k, v in kv))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fm=_FM, body=st.text(max_size=60), raw=st.binary(max_size=60), mode=st.integers(0, 3))
def test_front_matter_parser_raises_only_corpus_error(tmp_path, fm, body, raw, mode):
    if mode == 0:
        content = f"---\n{fm}\n---\n{body}".encode("utf-8", "surrogatepass")
    elif mode == 1:  # a valid document with one hostile line added
        content = GOOD.replace("visibility: internal", f"visibility: internal\n{fm}").encode("utf-8", "surrogatepass")
    elif mode == 2:
        content = b"---\n" + raw + b"\n---\nbody"
    else:
        content = raw
    path = tmp_path / "p.md"
    path.write_bytes(content)
    try:
        doc = parse_document(path, tmp_path)
    except CorpusError as exc:
        assert str(exc).startswith("p.md") and "\n" not in str(exc), str(exc)
    else:
        assert doc.id and doc.title and doc.body.strip()


@given(st.text(alphabet=st.sampled_from(["a", " ", "\x1b", "\x07", "]", "\x9b", "\x0b", "\t"]), max_size=40))
def test_no_control_character_of_a_document_reaches_its_text(junk):
    tmp = Path(tempfile.mkdtemp())
    doc = parse_document(
        write(tmp, "a.md", GOOD.replace("A sample", f"A {junk} sample").replace("Body", junk + "Body")), tmp
    )
    for text in (doc.title, doc.body, doc.source):
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", text), repr(text)
