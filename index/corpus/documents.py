"""Corpus documents: Markdown or text files with YAML front matter.

A document is rejected with a one-line reason naming its file when its front matter
is missing or malformed, when it is not UTF-8 text, or when two files claim one id.
Files in the corpus directory that are not indexed (other formats, broken symbolic
links, links that lead out of the corpus) are named by `ignored_files`, never dropped
silently; links out of the corpus are never followed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from index.corpus import yamlsafe
from index.corpus.yamlsafe import one_line
from index.errors import CorpusError

CORPUS_SUFFIXES = (".md", ".txt")
IMPORTABLE_SUFFIXES = (".html", ".htm", ".pdf", ".docx")  # `partnerbot corpus add` converts these
# C0 and C1 control characters but tab, newline and carriage return: terminal escape sequences in a title
# or text would reach the terminal that prints an answer
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
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
    supersedes: list[str] = Field(default_factory=list)  # ids of documents this one replaces
    sample: bool = False  # a sample note written for the project, labelled as such on every citation

    @field_validator("tags", "supersedes", mode="before")
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
        # no backslash: browsers read it as "/", so a link could show one host (fcc.gov) and open another
        if v is not None and not re.match(r"^https?://[^\s<>|\\]+$", v):
            raise ValueError("must be an http(s) URL without spaces, '<', '>', '|' or '\\'")
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
    supersedes: tuple[str, ...] = ()
    sample: bool = False


DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # config: corpus.max_document_mb


def parse_document(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one corpus file; a file above max_bytes is refused unread (it would hold the build lock
    for as long as its passages take to embed)."""
    rel = path.relative_to(root).as_posix()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise CorpusError(
                f"{rel}: {size / 1048576:.1f} MB, above the {max_bytes / 1048576:.3g} MB limit "
                "(corpus.max_document_mb); split it into smaller documents or raise the limit"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise  # deleted while the corpus was being read: load_corpus leaves it out
    except OSError as exc:
        raise CorpusError(
            f"{rel}: cannot read the file ({exc.strerror or exc.__class__.__name__}); fix its permissions or remove it"
        ) from None
    if b"\x00" in data:
        raise CorpusError(f"{rel}: binary file in the corpus; remove it or convert it to UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{rel}: not UTF-8 text (byte {exc.start}); re-save it as UTF-8") from None
    text = _CONTROL.sub("", text)  # terminal escapes ("\x1b]0;title\x07") and other controls are never text
    m = _FRONT_MATTER.match(text)
    if not m and re.match(r"---[ \t]*\r?\n", text):
        raise CorpusError(f"{rel}: the front matter is never closed; end it with a line of '---' before the text")
    if not m:
        raise CorpusError(
            f"{rel}: no YAML front matter; start the file with a '---' block "
            "(id, title, kind, source, published, visibility) — see corpus/README.md"
        )
    try:
        meta = yamlsafe.load(m.group(1))
    except yamlsafe.YamlProblem as exc:
        where = f" line {exc.line + 1}" if exc.line else ""  # +1: the opening '---'
        hint = (
            "; dates are YYYY-MM-DD"
            if "date" in str(exc)
            else ""
            if "not allowed" in str(exc)
            else "; fix the syntax"
            if not exc.key
            else ""
        )
        raise CorpusError(f"{rel}:{where} front matter {exc}{hint}") from None
    if not isinstance(meta, dict):
        raise CorpusError(f"{rel}: front matter must be a mapping of keys")
    try:
        fm = FrontMatter.model_validate(meta)
    except ValidationError as exc:
        errors = exc.errors()
        absent = [".".join(str(p) for p in e["loc"]) for e in errors if e["type"] == "missing"]
        if len(absent) > 1:  # name every missing key at once: fixing them one run at a time is slow
            keys = ", ".join(f"'{one_line(k, 30)}'" for k in absent)
            raise CorpusError(f"{rel}: front matter is missing {keys}; see corpus/README.md") from None
        err = errors[0]
        key = one_line(".".join(str(p) for p in err["loc"]), 60)
        msg = (
            "unknown key"
            if err["type"] == "extra_forbidden"
            else one_line(err["msg"].removeprefix("Value error, "), 120)
        )
        raise CorpusError(f"{rel}: front matter '{key}': {msg}") from None
    except Exception as exc:  # a validator tripped over an odd value: still the file's fault
        raise CorpusError(
            f"{rel}: front matter has a value that cannot be used "
            f"({one_line(exc.__class__.__name__ + ': ' + str(exc), 100)})"
        ) from None
    body = m.group(2).replace("\r\n", "\n")
    if not body.strip():
        raise CorpusError(f"{rel}: the document has front matter but no text")
    return Document(
        id=fm.id,
        title=fm.title.strip(),
        kind=fm.kind,
        source=fm.source.strip(),
        url=fm.url,
        published=fm.published.isoformat(),
        visibility=fm.visibility,
        tags=tuple(fm.tags),
        body=body,
        path=rel,
        sha256=hashlib.sha256(data).hexdigest(),
        supersedes=tuple(fm.supersedes),
        sample=fm.sample,
    )


def scan_corpus(root: Path) -> tuple[list[Path], list[str]]:
    """(corpus files, one line per file that is not indexed and why), both in a stable order.

    README files and dotfiles are skipped by design and not reported. A linked file is read
    only when it stays inside the corpus directory; a linked directory is never walked.
    """
    root = Path(root)
    real_root = root.resolve()
    files: list[Path] = []
    ignored: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for d in list(dirnames):  # a linked directory is never walked: named once instead
            link = here / d
            if link.is_symlink():
                dirnames.remove(d)
                ignored.append(
                    f"{link.relative_to(root).as_posix()}: "
                    f"{_link_problem(link, real_root) or _inside_dir_link(link, real_root)}"
                )
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = here / name
            rel = p.relative_to(root).as_posix()
            if p.is_symlink():
                why = _link_problem(p, real_root)
                if why:
                    ignored.append(f"{rel}: {why}")
                    continue
            if _is_document(p):
                files.append(p)
            elif p.stem.upper() != "README":
                ignored.append(f"{rel}: {_unsupported(p)}")
    return sorted(files), sorted(ignored)


def _is_document(p: Path) -> bool:
    return p.suffix.lower() in CORPUS_SUFFIXES and p.stem.upper() != "README" and p.is_file()


def _unsupported(p: Path) -> str:
    suffix = p.suffix.lower()
    if suffix in IMPORTABLE_SUFFIXES:
        return (
            f"{suffix} files are not indexed; import it with `partnerbot corpus add` "
            "(which writes a .md document) and move the original out of the corpus"
        )
    if p.is_dir():
        return "not a file; not indexed"
    what = f"{suffix} files are" if suffix else "files without a .md or .txt suffix are"
    return f"{what} not indexed; save it as .md or .txt with front matter, or move it out of the corpus"


def _link_problem(link: Path, real_root: Path) -> str:
    """Why a symbolic link is not followed, or "" when its target is inside the corpus."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        return f"broken symbolic link (to {os.readlink(link)}); remove it or restore its target"
    if not target.is_relative_to(real_root):
        return f"symbolic link to {target}, outside the corpus; not followed (copy the file into the corpus)"
    return ""


def _inside_dir_link(link: Path, real_root: Path) -> str:
    """Why a linked directory inside the corpus is not walked: its files are indexed under their own
    path already, and one that contains the link would be walked forever (a loop)."""
    target = link.resolve()
    shown = target.relative_to(real_root).as_posix() if target != real_root else "the corpus directory"
    if link.parent.resolve().is_relative_to(target):
        return f"symbolic link loop (it points to {shown}, which contains the link); remove the link"
    return f"symbolic link to the directory {shown}, already in the corpus; not followed (remove the link)"


def corpus_files(root: Path) -> list[Path]:
    """Every corpus file under root, in a stable order; README files and dotfiles are skipped."""
    return scan_corpus(root)[0]


def ignored_files(root: Path) -> list[str]:
    """One line per file in the corpus directory that `index build` does not index, and why."""
    root = Path(root)
    return scan_corpus(root)[1] if root.is_dir() else []


def load_corpus(
    root: Path, skip_invalid: bool = False, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Document], list[str]]:
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
            doc = parse_document(path, root, max_bytes)
        except FileNotFoundError:
            continue  # removed since the directory was listed: it is simply not in the corpus
        except CorpusError as exc:
            problems.append(str(exc))
            continue
        if doc.id in seen:
            problems.append(f"{doc.path}: id '{doc.id}' is also the id of {seen[doc.id]}; give one of them a unique id")
            continue
        seen[doc.id] = doc.path
        docs.append(doc)
    if problems and not skip_invalid:
        head = (
            problems[0]
            if len(problems) == 1
            else f"{len(problems)} corpus files are invalid:\n  " + "\n  ".join(problems)
        )
        raise CorpusError(
            head
            + (
                "\n  (fix them, or build with --skip-invalid to leave them out)"
                if len(problems) > 1
                # noqa: E501
                else " (or build with --skip-invalid to leave it out)"
            )
        )
    if not docs:
        raise CorpusError(
            f"{root}: the corpus has no documents; add .md or .txt files with front matter (see corpus/README.md)"
        )
    return docs, problems
