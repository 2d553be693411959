"""Split documents into passages on sentence boundaries.

Passages never cross a paragraph (text between blank lines); a long paragraph is
packed into several passages of at most `max_words` words (a longer sentence is cut into
pieces of that many words), and a too-short trailing piece is merged into its neighbour when the
result still fits. Offsets are character offsets into the document body, so a citation can
point at the exact span it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sr",
    "jr",
    "st",
    "inc",
    "ltd",
    "co",
    "corp",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "no",
    "fig",
    "approx",
    "dept",
    "gen",
    "gov",
    "sen",
    "rep",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "al",
    "u.s",
    "u.k",
    "e.u",
}
# A sentence ends at . ! or ? (plus closing quotes/brackets), followed by whitespace
# and something that can start a sentence.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in text, shifted by offset."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.start() + len(m.group(0).rstrip())
        word = re.search(r"(\S+)$", text[start : m.start() + 1])
        token = word.group(1).lower().rstrip(".").lstrip("\"'(“‘") if word else ""
        if token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
            continue
        spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(offset + s + _lead(text[s:e]), offset + e) for s, e in spans if text[s:e].strip()]


def _lead(s: str) -> int:
    return len(s) - len(s.lstrip())


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Spans of paragraphs (blank-line separated); headings and list items stand alone."""
    spans = []
    pos = 0
    for block in re.split(r"(\n[ \t]*\n)", body):
        if block and not re.fullmatch(r"\n[ \t]*\n", block):
            # Split a block further at headings and list items, which are their own units.
            line_start = pos
            cur_start = None
            for line in block.split("\n"):
                stripped = line.strip()
                is_unit = stripped.startswith("#") or bool(_LIST_ITEM.match(line))
                if is_unit or not stripped:
                    if cur_start is not None:
                        spans.append((cur_start, line_start - 1))
                        cur_start = None
                    if stripped:
                        spans.append((line_start, line_start + len(line)))
                elif cur_start is None:
                    cur_start = line_start
                line_start += len(line) + 1
            if cur_start is not None:
                spans.append((cur_start, pos + len(block)))
        pos += len(block)
    return [(s, e) for s, e in spans if body[s:e].strip()]


@dataclass(frozen=True)
class Chunk:
    paragraph: int  # 1-based paragraph number in the document
    start: int
    end: int
    sentences: tuple[tuple[int, int], ...]  # absolute spans within the body


def _clean_unit(body: str, start: int, end: int) -> tuple[int, int, bool]:
    """Strip markdown markers from a unit; return (start, end, is_heading)."""
    text = body[start:end]
    m = re.match(r"\s*(#+\s+|[-*+]\s+|\d+[.)]\s+)", text)
    is_heading = bool(m and m.group(1).startswith("#"))
    if m:
        start += m.end()
    return start, end, is_heading


def chunk_body(body: str, max_words: int = 90, min_words: int = 8) -> list[Chunk]:
    chunks: list[Chunk] = []
    para_no = 0
    for p_start, p_end in paragraphs(body):
        s, e, is_heading = _clean_unit(body, p_start, p_end)
        if is_heading:
            continue  # headings carry little on their own; the title is embedded with every passage
        para_no += 1
        sents = [piece for span in split_sentences(body[s:e], offset=s) for piece in _within(body, span, max_words)]
        groups: list[list[tuple[int, int]]] = [[]]
        words = 0
        for span in sents:
            n = len(body[span[0] : span[1]].split())
            if groups[-1] and words + n > max_words:
                groups.append([])
                words = 0
            groups[-1].append(span)
            words += n
        if len(groups) > 1:
            tail_words = sum(len(body[a:b].split()) for a, b in groups[-1])
            if tail_words < min_words and words_in(body, groups[-2]) + tail_words <= max_words:
                groups[-2].extend(groups.pop())
            else:  # too full to take the tail: hand it sentences from the end of the previous group
                while tail_words < min_words and len(groups[-2]) > 1:
                    n = words_in(body, groups[-2][-1:])
                    if tail_words + n > max_words:
                        break
                    groups[-1].insert(0, groups[-2].pop())
                    tail_words += n
        for g in groups:
            if g:
                chunks.append(Chunk(para_no, g[0][0], g[-1][1], tuple(g)))
    # Merge a very short unit (a one-line list item, say) into the previous chunk when it
    # starts on the very next line (same paragraph, no heading between) and the result
    # stays within bounds: it gives it context.
    merged: list[Chunk] = []
    for c in chunks:
        n = len(body[c.start : c.end].split())
        if merged and n < min_words:
            prev = merged[-1]
            gap = body[prev.end : c.start]
            if gap.count("\n") == 1 and len(body[prev.start : c.end].split()) <= max_words:  # markers count too
                merged[-1] = Chunk(prev.paragraph, prev.start, c.end, prev.sentences + c.sentences)
                continue
        merged.append(c)
    return merged


def _within(body: str, span: tuple[int, int], max_words: int) -> list[tuple[int, int]]:
    """A sentence of more than `max_words` words (a run-on list, text with no full stops) as consecutive pieces
    of at most that many words, so no passage grows past the limit (and no answer quotes a whole book)."""
    words = list(re.finditer(r"\S+", body[span[0] : span[1]]))
    if len(words) <= max_words:
        return [span]
    starts = [words[i].start() for i in range(0, len(words), max_words)]
    ends = [words[min(i + max_words, len(words)) - 1].end() for i in range(0, len(words), max_words)]
    return [(span[0] + a, span[0] + b) for a, b in zip(starts, ends)]


def words_in(body: str, spans) -> int:
    return sum(len(body[a:b].split()) for a, b in spans)


def flatten(text: str) -> str:
    """Passage text for display and embedding: line breaks become spaces (same length)."""
    return re.sub(r"[\r\n\t]", " ", text)
