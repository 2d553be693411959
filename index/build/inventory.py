"""What the live index knows, for `partnerbot index status`: documents per year and per
visibility, the newest date, superseded documents, and the files left out of it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from index.corpus.documents import ignored_files, load_corpus
from index.errors import CorpusError
from index.visibility import NAMES


def inventory(snap, corpus_dir: Path) -> dict:
    docs = _documents(snap)
    by_year = Counter(d["published"][:4] for d in docs.values())
    by_vis = Counter(d["visibility"] for d in docs.values())
    replaced_by: dict[str, list[str]] = {}
    for d in docs.values():
        for old in d["supersedes"]:
            if old in docs:
                replaced_by.setdefault(old, []).append(d["id"])
    return {
        "documents": len(docs),
        "by_year": dict(sorted(by_year.items())),
        "by_visibility": {lv: by_vis.get(lv, 0) for lv in NAMES},
        "newest": max((d["published"] for d in docs.values()), default=None),
        "oldest": min((d["published"] for d in docs.values()), default=None),
        "superseded": [
            {"id": k, "published": docs[k]["published"], "by": sorted(v)} for k, v in sorted(replaced_by.items())
        ],
        "skipped": list(snap.manifest.skipped),  # invalid files left out when the index was built
        "ignored": ignored_files(corpus_dir),  # files in the corpus directory that are not indexed
        "invalid": invalid_files(corpus_dir),  # corpus files a build would reject now
    }


def invalid_files(corpus_dir: Path) -> list[str]:
    try:
        return load_corpus(corpus_dir, skip_invalid=True)[1]
    except CorpusError as exc:  # no corpus directory, or no valid document at all
        return [str(exc)]


def _documents(snap) -> dict[str, dict]:
    """documents.jsonl when the build has it; otherwise what the passages say."""
    found = getattr(snap, "documents", None)
    if found:
        return {
            k: {
                "id": k,
                "published": d.published,
                "visibility": d.visibility,
                "supersedes": tuple(getattr(d, "supersedes", ())),
            }
            for k, d in found.items()
        }
    out: dict[str, dict] = {}
    for p in snap.passages:
        out.setdefault(
            p.doc_id, {"id": p.doc_id, "published": p.published, "visibility": p.visibility, "supersedes": ()}
        )
    return out
