"""Answers rendered for a terminal: the direct answer, then numbered cited passages."""

from __future__ import annotations

import textwrap

import click

from index.build.records import Answer


def render_answer(ans: Answer, color: bool = False) -> str:
    def bold(s: str) -> str:
        return click.style(s, bold=True) if color else f"**{s}**"

    head = ans.headline()
    lines = [click.style(head, bold=True) if color else head]
    if not ans.quotes():
        if ans.reason not in ("language", "no_context"):
            lines.append("Try rephrasing, or ask the partner team; nothing in the corpus is close enough to cite.")
        return "\n".join(lines)
    if ans.newer:
        lines.append(ans.newer_line())
    lines.append("")
    for c in ans.citations:
        p = c.passage
        link = p.url or f"corpus/{p.path}"
        label = ", ".join(
            [p.visibility] + (["sample note"] if p.sample else []) + (["superseded"] if c.superseded else [])
        )
        lines.append(f"[{c.rank}] {p.title} — {p.source}, {p.published} ({label})")
        lines.append(f"    {link}")
        text = p.text
        if c.highlight:
            a, b = c.highlight
            marked = text[:a] + "\0" + text[a:b] + "\1" + text[b:]
        else:
            marked = text
        wrapped = textwrap.fill(
            marked, width=96, initial_indent="    ", subsequent_indent="    ", break_on_hyphens=False
        )
        if c.highlight:
            a = wrapped.index("\0")
            b = wrapped.index("\1")
            wrapped = wrapped[:a] + bold(wrapped[a + 1 : b]) + wrapped[b + 1 :]
        lines.append(wrapped)
        lines.append("")
    return "\n".join(lines).rstrip()
