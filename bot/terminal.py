"""Answers rendered for a terminal: the direct answer, then numbered cited passages."""

from __future__ import annotations

import textwrap

import click

from index.records import Answer


def render_answer(ans: Answer, color: bool = False) -> str:
    def bold(s: str) -> str:
        return click.style(s, bold=True) if color else f"**{s}**"

    lines = [click.style(ans.answer, bold=True) if color else ans.answer]
    if not ans.answered:
        lines.append("Try rephrasing, or ask the partner team; nothing in the corpus is close enough to cite.")
        return "\n".join(lines)
    lines.append("")
    for c in ans.citations:
        p = c.passage
        link = p.url or f"corpus/{p.path}"
        lines.append(f"[{c.rank}] {p.title} — {p.source}, {p.published} ({p.visibility})")
        lines.append(f"    {link}")
        text = p.text
        if c.highlight:
            a, b = c.highlight
            marked = text[:a] + "\0" + text[a:b] + "\1" + text[b:]
        else:
            marked = text
        wrapped = textwrap.fill(marked, width=96, initial_indent="    ", subsequent_indent="    ",
                                break_on_hyphens=False)
        if c.highlight:
            a = wrapped.index("\0")
            b = wrapped.index("\1")
            wrapped = wrapped[:a] + bold(wrapped[a + 1:b]) + wrapped[b + 1:]
        lines.append(wrapped)
        lines.append("")
    return "\n".join(lines).rstrip()
