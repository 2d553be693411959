"""Corpus documents: Markdown or text files with YAML front matter.

A document is rejected with a one-line reason naming its file when its front matter
is missing or malformed, when it is not UTF-8 text, or when two files claim one id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import CorpusError, yaml_error_line

CORPUS_SUFFIXES = (".md", ".txt")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster, same safety
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n?(.*)\Z", re.S)
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class FrontMatter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title: str = Field(min_length=1)
    kind: Literal["article", "note"]
    source: str = Field(min_length=1)
    url: str | None = None
    published: dt.date
    visibility: Literal["public", "partner", "internal"]
    tags: list[str] = Field(default_factory=list)

    @field_validator("tags", mode="before")
    @classmethod
    def _tags_as_text(cls, v):
        if isinstance(v, str):
            v = [t.strip() for t in v.split(",")]
        if isinstance(v, list):
            return [str(t) if isinstance(t, (int, float)) else t for t in v]
        return v

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError("use lowercase letters, digits, '.', '_' or '-'")
        return v

    @field_validator("url")
    @classmethod
    def _url_shape(cls, v: str | None) -> str | None:
        if v is not None and not re.match(r"^https?://[^\s<>|]+$", v):
            raise ValueError("must be an http(s) URL without spaces, '<', '>' or '|'")
        return v


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    kind: str
    source: str
    url: str | None
    published: str  # ISO date
    visibility: str
    tags: tuple[str, ...]
    body: str
    path: str  # relative to the corpus directory
    sha256: str = field(default="")


def parse_document(path: Path, root: Path) -> Document:
    rel = path.relative_to(root).as_posix()
    data = path.read_bytes()
    if b"\x00" in data:
        raise CorpusError(f"{rel}: binary file in the corpus; remove it or convert it to UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{rel}: not UTF-8 text (byte {exc.start}); re-save it as UTF-8") from None
    m = _FRONT_MATTER.match(text)
    if not m:
        raise CorpusError(f"{rel}: no YAML front matter; start the file with a '---' block "
                          "(id, title, kind, source, published, visibility) — see corpus/README.md")
    try:
        meta = yaml.load(m.group(1), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise CorpusError(f"{rel}:{yaml_error_line(exc, 2)} front matter is not valid YAML; fix the syntax") from None
    if not isinstance(meta, dict):
        raise CorpusError(f"{rel}: front matter must be a mapping of keys")
    try:
        fm = FrontMatter.model_validate(meta)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        raise CorpusError(f"{rel}: front matter '{key}': {msg}") from None
    body = m.group(2).replace("\r\n", "\n")
    if not body.strip():
        raise CorpusError(f"{rel}: the document has front matter but no text")
    return Document(id=fm.id, title=fm.title.strip(), kind=fm.kind, source=fm.source.strip(), url=fm.url,
                    published=fm.published.isoformat(), visibility=fm.visibility,
                    tags=tuple(fm.tags), body=body, path=rel, sha256=hashlib.sha256(data).hexdigest())


def corpus_files(root: Path) -> list[Path]:
    """Every corpus file under root, in a stable order; README files and dotfiles are skipped."""
    out = []
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if any(part.startswith(".") for part in rel.parts) or not p.is_file():
            continue
        if p.suffix.lower() in CORPUS_SUFFIXES and p.stem.upper() != "README":
            out.append(p)
    return out


def load_corpus(root: Path, skip_invalid: bool = False) -> tuple[list[Document], list[str]]:
    """Parse every document; return (documents, problems).

    Without skip_invalid, any problem raises CorpusError listing every bad file, so a
    broken file never silently drops out of the index.
    """
    root = Path(root)
    if not root.is_dir():
        raise CorpusError(f"{root}: corpus directory not found; create it or set corpus_dir in config.yaml")
    docs: list[Document] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for path in corpus_files(root):
        try:
            doc = parse_document(path, root)
        except CorpusError as exc:
            problems.append(str(exc))
            continue
        if doc.id in seen:
            problems.append(f"{doc.path}: id '{doc.id}' is already used by {seen[doc.id]}; give it a unique id")
            continue
        seen[doc.id] = doc.path
        docs.append(doc)
    if problems and not skip_invalid:
        head = problems[0] if len(problems) == 1 else f"{len(problems)} corpus files are invalid:\n  " + "\n  ".join(problems)
        raise CorpusError(head + ("\n  (fix them, or build with --skip-invalid to leave them out)" if len(problems) > 1 else
                                  " (or build with --skip-invalid to leave it out)"))
    if not docs:
        raise CorpusError(f"{root}: the corpus has no documents; add .md or .txt files with front matter (see corpus/README.md)")
    return docs, problems
