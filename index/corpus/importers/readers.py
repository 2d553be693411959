"""Read the text and metadata of one file: HTML, PDF, DOCX, plain text or Markdown.

Each reader returns paragraphs of clean text and only the metadata the file itself
states (never a guess from a URL or from dates in the text); the caller decides what
to do with what is missing. Any failure is a ReadError carrying one line for the user.
Sizes are capped (`Limits`, from the `corpus.max_*_mb` keys): a file, its unpacked parts and
its text are each refused above their limit, before the memory is spent.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from index.corpus.importers.dates import metadata_date
from index.errors import PartnerbotError

SUFFIXES = (".html", ".htm", ".pdf", ".docx", ".txt", ".md")


class ReadError(PartnerbotError):
    pass


@dataclass
class Extracted:
    paragraphs: list[str]
    meta: dict[str, object] = field(default_factory=dict)  # title, published, source, url, tags found in the file
    origin: dict[str, str] = field(default_factory=dict)  # field -> where in the file it was found
    dropped: list[str] = field(default_factory=list)  # boilerplate lines left out
    front_matter: bool = False  # already a corpus document: copied as is
    urls: list[str] = field(default_factory=list)  # addresses the page names (canonical, og:url)


@dataclass(frozen=True)
class Limits:
    """Bytes: a file or download, its unpacked parts (.docx zip members, PDF streams), its text."""

    download: int = 20 * 1024 * 1024
    expanded: int = 100 * 1024 * 1024
    text: int = 5 * 1024 * 1024

    @classmethod
    def from_config(cls, corpus) -> "Limits":
        return cls(corpus.max_download_bytes, corpus.max_expanded_bytes, corpus.max_document_bytes)


def _mb(n: float) -> str:
    return f"{n / 1048576:.3g} MB"


def too_big(name, size: int, limit: int, key: str, what: str = "") -> ReadError:
    return ReadError(
        f"{name}: {what or ''}{_mb(size)}, above the {_mb(limit)} limit (corpus.{key}); "
        "split it into smaller documents or raise the limit"
    )


_WS = re.compile(r"\s+")
_LIST_OR_HEADING = re.compile(r"^(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>)")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
# Lines that are page furniture rather than text: "[Related: …]", "Sponsored post", "Read more: …",
# share buttons, newsletter prompts, copyright lines. Anchored on the whole line, so a sentence
# that merely starts with "Related" or "Sponsored" is kept.
_BOILERPLATE = re.compile(
    r"""^(?:
    \[\s*(?:related|see\ also|read\ more|read\ next|also\ read|more|recommended|watch)\b[^\]]*\]
  | (?:related|related\ (?:stories|articles|coverage|content)|see\ also|read\ more|read\ next|also\ read
       |recommended(?:\ for\ you)?|more\ from\ [\w\ ]{1,40})\s*:.*
  | (?:sponsored|promoted|paid)(?:\ (?:post|content|story|article|partner))?(?:\ by\ .{1,60})?
  | advertisement | advert | ad
  | share(?:\ this)?(?:\ (?:article|story|page|post))?(?:\ (?:on|via|with)\ [\w\ ,&+/-]{1,60})?
  | (?:follow\ us|like\ us)\ on\ [\w\ ,&+/-]{1,60}
  | tweet | email | print | comments?
  | (?:sign\ up|subscribe)\b.{0,60}\bnewsletters?\b.{0,40}
  | (?:©|\(c\)|copyright\s+(?:©\s*)?\d{4}).*
  | all\ rights\ reserved\.?
)\W*$""",
    re.I | re.X,
)
# Share, follow and subscribe lines in any format: "Share this article on Twitter | Facebook | LinkedIn",
# "Follow Channel Ledger on X and LinkedIn", "Subscribe to our newsletter". Only when the whole line is
# that (after "share ... on", nothing but network names and separators), so prose about sharing stays.
_NETWORKS = (
    r"(?:twitter|x|facebook|linkedin|whatsapp|reddit|e-?mail|telegram|pinterest|mastodon|bluesky|threads"
    r"|instagram|youtube|tiktok|xing|weibo|wechat|flipboard|rss|print|copy\ link|google\ news)"
)
_SOCIAL = re.compile(
    rf"""^(?:
    (?:(?:click\ to\ )?(?:share|tweet)(?:\ this)?(?:\ (?:article|story|page|post|link))?(?:\ (?:on|via|with|to))?
     | (?:follow|like|find|join)\ (?:us|[\w.&'-]+(?:\ [\w.&'-]+){{0,3}})\ on)
    (?:(?:\s*(?:[|,·•/:;&]|\band\b|\bor\b)\s*|\s+){_NETWORKS}\b(?:\ \(opens\ in\ (?:a\ )?new\ window\))?)*
  | (?:sign\ up|subscribe)\b.{{0,60}}\bnewsletters?\b.{{0,40}}
)[\s\W]*$""",
    re.I | re.X,
)


def is_social_line(line: str) -> bool:
    """A share/follow/subscribe line (page furniture in any format)."""
    return bool(_SOCIAL.match(clean(line)))


def drop_social(paragraphs: list[str], dropped: list[str]) -> list[str]:
    return _drop(paragraphs, _SOCIAL, dropped)


def clean(text: str) -> str:
    """NFKC (ligatures, non-breaking spaces), every run of whitespace as one space, and no control characters
    (a terminal escape in a title would reach the terminal that prints the report)."""
    return _WS.sub(" ", _CONTROL.sub("", unicodedata.normalize("NFKC", text))).strip()


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # tab, newlines, \v and \f are whitespace here


def paragraphs_from_text(text: str) -> list[str]:
    """Blank-line separated blocks; hard-wrapped lines are joined, list items and headings kept apart."""
    out = []
    for block in re.split(r"\n[ \t\f\v\r]*\n", text.replace("\r\n", "\n")):
        lines = [clean(x) for x in block.split("\n")]
        para = ""
        for line in filter(None, lines):
            para += ("\n" if para and _LIST_OR_HEADING.match(line) else " " if para else "") + line
        if para:
            out.append(para)
    return out


def _drop(lines: list[str], pattern: re.Pattern, dropped: list[str]) -> list[str]:
    kept = []
    for line in lines:
        (dropped if pattern.match(line) else kept).append(line)
    return kept


def _date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _found(ex: Extracted, key: str, value, origin: str) -> None:
    if value not in (None, "", [], ()):
        ex.meta[key], ex.origin[key] = value, origin


# -- readers ------------------------------------------------------------------------
def read_html(path: Path, data: bytes, limits: Limits = Limits()) -> Extracted:
    import lxml.html
    import trafilatura

    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.ERROR)
    # extensive_search=False: a date only from the page's metadata, never guessed from its URL or text
    try:
        doc = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:
        raise ReadError(
            f"{path}: cannot parse the HTML ({exc.__class__.__name__}); save the page again, "
            "or paste its text into a .txt file"
        ) from None
    if doc is None or not (doc.text or "").strip():
        raise ReadError(
            f"{path}: no article text found in the page; save the article page itself, "
            "or paste its text into a .txt file"
        )
    ex = Extracted([])
    ex.paragraphs = _drop([c for c in map(clean, doc.text.split("\n")) if c], _BOILERPLATE, ex.dropped)
    _found(ex, "title", clean(doc.title or ""), "page metadata")
    try:
        tree = lxml.html.fromstring(data)
    except Exception:  # trafilatura read it; a tree we cannot make only means no metadata date
        tree = None
    if tree is not None and (found := metadata_date(tree)):
        _found(ex, "published", found[0], found[1])
    if tree is not None:
        ex.urls = [
            u
            for el in tree.iter("link", "meta")
            if (el.get("rel") == "canonical" and (u := el.get("href")))
            or ((el.get("property") or el.get("name")) == "og:url" and (u := el.get("content")))
        ]
    _found(ex, "source", clean(doc.sitename or ""), "page site name")
    if doc.url and re.match(r"^https?://[^\s<>|]+$", doc.url):
        _found(ex, "url", doc.url, "canonical link")
    _found(ex, "tags", [t for t in (doc.tags or []) if t.strip()], "page keywords")
    return ex


def read_pdf(path: Path, data: bytes, limits: Limits = Limits()) -> Extracted:
    from pypdf import apply_configuration
    from pypdf.errors import LimitReachedError

    cap = limits.expanded
    with apply_configuration(
        zlib_maximum_output_length=cap,
        lzw_maximum_output_length=cap,
        run_length_maximum_output_length=cap,
        brotli_maximum_output_length=cap,
        jbig2_maximum_output_length=cap,
        maximum_declared_stream_length=cap,
        array_based_stream_maximum_output_length=cap,
    ):
        try:
            return _read_pdf(path, data, limits)
        except LimitReachedError:
            raise ReadError(
                f"{path}: a PDF stream unpacks to more than the {_mb(cap)} limit "
                "(corpus.max_expanded_mb); refused unread"
            ) from None


def _read_pdf(path: Path, data: bytes, limits: Limits) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
    except LimitReachedError:
        raise
    except Exception as exc:
        raise ReadError(
            f"{path}: not a readable PDF ({exc.__class__.__name__}); re-export it as PDF, "
            "or paste its text into a .txt file"
        ) from None
    if encrypted:
        try:
            ok = reader.decrypt("")  # many PDFs are encrypted with an empty password
        except Exception:
            ok = False
        if not ok:
            raise ReadError(f"{path}: the PDF is encrypted; save an unencrypted copy (print to PDF) and add that")
    ex = Extracted([])
    size = 0
    try:
        for page in reader.pages:
            try:
                text = page.extract_text(extraction_mode="layout")  # keeps the gaps between paragraphs
            except LimitReachedError:
                raise
            except Exception:
                text = page.extract_text()
            size += len((text or "").encode())
            if size > limits.text:
                raise too_big(path, size, limits.text, "max_document_mb", "text of more than ")
            ex.paragraphs += _drop(paragraphs_from_text(text or ""), _PAGE_NUMBER, ex.dropped)
        info = reader.metadata
    except (LimitReachedError, ReadError):
        raise
    except Exception as exc:
        raise ReadError(
            f"{path}: the PDF is damaged ({exc.__class__.__name__}); re-export it as PDF, "
            "or paste its text into a .txt file"
        ) from None
    if not ex.paragraphs:
        raise ReadError(
            f"{path}: no text in the PDF (a scanned image?); run OCR on it, or paste the text into a .txt file"
        )
    if info:
        title = clean(info.title or "")
        if not re.search(r"\.(?:docx?|pdf|pptx?|odt|rtf)$|^Microsoft Word - ", title, re.I):  # a file name is no title
            _found(ex, "title", title, "PDF metadata")
        try:
            _found(ex, "published", _date(info.creation_date), "PDF creation date")
        except Exception:
            pass  # a malformed date counts as no date
    return ex


_DOCX_TEMPLATE_DATE = dt.datetime(2013, 12, 23, 23, 15, tzinfo=dt.UTC)  # python-docx's blank template


def read_docx(path: Path, data: bytes, limits: Limits = Limits()) -> Extracted:
    import docx
    from docx.table import Table

    try:  # the sizes the zip declares, checked before anything is unpacked
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        unpacked = 0  # not a zip at all: python-docx says so below
    if unpacked > limits.expanded:
        raise too_big(path, unpacked, limits.expanded, "max_expanded_mb", "unpacks to ")
    try:
        d = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise ReadError(
            f"{path}: not a Word .docx file ({exc.__class__.__name__}); open it in Word and save "
            "it as .docx, or save it as .txt"
        ) from None
    ex = Extracted([])
    for block in d.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells = list(dict.fromkeys(clean(c.text) for c in row.cells))  # merged cells repeat
                if any(cells):
                    ex.paragraphs.append(" | ".join(cells))
        elif clean(block.text):
            ex.paragraphs.append(clean(block.text))
    if not ex.paragraphs:
        raise ReadError(f"{path}: the document has no text; add a document with text in it")
    cp = d.core_properties
    _found(ex, "title", clean(cp.title or ""), "document properties")
    if cp.created and cp.created.replace(tzinfo=dt.UTC) != _DOCX_TEMPLATE_DATE:
        _found(ex, "published", _date(cp.created), "document created date")
    return ex


def read_text(path: Path, data: bytes, limits: Limits = Limits()) -> Extracted:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(f"{path}: not UTF-8 text (byte {exc.start}); re-save it as UTF-8") from None
    if "\x00" in text:
        raise ReadError(f"{path}: a binary file, not text; export it as .txt, .pdf or .docx")
    if re.match(r"---[ \t]*\r?\n", text):
        return Extracted([], front_matter=True)
    first, _, rest = text.strip().partition("\n")
    ex = Extracted(paragraphs_from_text(first.lstrip("#")) + paragraphs_from_text(rest))  # first line: the title
    if not ex.paragraphs:
        raise ReadError(f"{path}: the file is empty; add text to it")
    return ex


READERS = {
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".txt": read_text,
    ".md": read_text,
}


def read_file(path: Path, limits: Limits = Limits()) -> Extracted:
    reader = READERS.get(path.suffix.lower())
    if path.is_dir():
        raise ReadError(f"{path}: a folder, not a file; pass the files in it (e.g. {path}/*.html)")
    if reader is None:
        raise ReadError(
            f"{path}: unsupported file type '{path.suffix or '(none)'}'; convert it to one of {', '.join(SUFFIXES)}"
        )
    try:
        size = path.stat().st_size
        if size > limits.download:
            raise too_big(path, size, limits.download, "max_download_mb")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(
            f"{path}: cannot read it ({exc.strerror or exc.__class__.__name__}); check the path and permissions"
        ) from None
    return read_data(path, reader, data, limits)


def read_data(name, reader, data: bytes, limits: Limits = Limits()) -> Extracted:
    """Run one reader on bytes already in memory (a file, or a page `corpus sync` downloaded)."""
    if len(data) > limits.download:
        raise too_big(name, len(data), limits.download, "max_download_mb")
    ex = reader(name, data, limits)
    size = sum(len(p.encode()) for p in ex.paragraphs)
    if size > limits.text:
        raise too_big(name, size, limits.text, "max_document_mb", "text of ")
    return ex
