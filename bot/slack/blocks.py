"""All Block Kit the bot sends (slack_sdk block models), within Slack's limits, with all text escaped.

Everything that came from a document or a user passes through `escape`, so `<!channel>`,
`<@U123>` or `<http://evil|huawei.com>` is shown as text and can never ping anyone or
forge a link. Rendering reads the answer's fields directly (not its JSON form), so fields
the engine adds later are harmless.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    MarkdownTextObject,
    SectionBlock,
)

from index.build.records import Answer, Citation

from .text import escape

MAX_BLOCKS = 50
MAX_SECTION = 3000
EXCERPT_CHARS = 700
USAGE = (
    "Ask me a partner question, for example `/huawei can we resell Huawei phones without a carrier?` — "
    "or mention me in a channel, or send me a DM. I answer from the partner corpus and cite my sources; "
    "when the corpus has no answer, I say so."
)
APOLOGY = "Sorry, something went wrong while answering. It has been logged; please try again in a minute."

ACK_LIMIT = 200
_USER_ID = re.compile(r"[UW][A-Z0-9]{2,}")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def excerpt(c: Citation, limit: int = EXCERPT_CHARS) -> str:
    """The passage as mrkdwn, answering sentence in bold, trimmed at sentence boundaries."""
    p = c.passage
    spans = list(p.sentences) or [(0, len(p.text))]
    focus = 0
    if c.highlight:
        focus = next((i for i, s in enumerate(spans) if s[0] <= c.highlight[0] < s[1]), 0)
    lo = hi = focus
    size = spans[focus][1] - spans[focus][0]
    while True:  # grow around the focus sentence while it fits
        grew = False
        if hi + 1 < len(spans) and size + spans[hi + 1][1] - spans[hi][1] <= limit:
            size += spans[hi + 1][1] - spans[hi][1]
            hi += 1
            grew = True
        if lo > 0 and size + spans[lo][0] - spans[lo - 1][0] <= limit:
            size += spans[lo][0] - spans[lo - 1][0]
            lo -= 1
            grew = True
        if not grew:
            break
    parts = []
    for i in range(lo, hi + 1):
        s = escape(p.text[spans[i][0] : spans[i][1]].strip())
        parts.append(f"*{s}*" if c.highlight and i == focus else s)
    text = " ".join(parts)
    if lo > 0:
        text = "… " + text
    if hi < len(spans) - 1:
        text += " …"
    return _clip(text, limit + 200)


def citation_block(c: Citation) -> SectionBlock:
    p = c.passage
    title = escape(p.title)
    head = f"*[{c.rank}]* " + (f"<{escape(p.url)}|{title}>" if p.url else f"*{title}*")
    meta = f"{escape(p.source)} · {escape(str(p.published))}"
    if p.visibility != "public":
        meta += f" · _{p.visibility}_"
    if getattr(p, "sample", False):
        meta += " · _sample note_"
    if getattr(c, "superseded", False):
        meta += " · _superseded by newer guidance_"
    body = "\n".join("> " + line for line in excerpt(c).split("\n"))
    return SectionBlock(text=MarkdownTextObject(text=_clip(f"{head}\n{meta}\n{body}", MAX_SECTION)))


def _built(index_info: dict) -> str:
    try:
        t = dt.datetime.fromisoformat(index_info["built_at"])
        return t.strftime("%Y-%m-%d %H:%M UTC")
    except (KeyError, ValueError):
        return "unknown"


def context_line(index_info: dict, level: str) -> ContextBlock:
    covers = index_info.get("covers") or {}
    text = (
        f"Partner corpus: {index_info.get('documents', '?')} documents from {covers.get('from', '?')} to "
        f"{covers.get('to', '?')} · index built {_built(index_info)} · showing up to *{level}* documents here"
    )
    return ContextBlock(elements=[MarkdownTextObject(text=text)])


def feedback_actions(answer_id: str, share: bool) -> ActionsBlock:
    elements = [
        ButtonElement(text="👍 Helpful", action_id="feedback_up", value=answer_id),
        ButtonElement(text="👎 Not helpful", action_id="feedback_down", value=answer_id),
    ]
    if share:
        elements.append(
            ButtonElement(text="Share in channel", action_id="share_answer", value=answer_id, style="primary")
        )
    return ActionsBlock(block_id="answer_actions", elements=elements)


def answer_blocks(
    ans: Answer, answer_id: str | None, level: str, asked: str | None = None, share: bool = False
) -> tuple[list[dict], str]:
    """(blocks, plain-text fallback) for an answer; `asked` echoes the question (escaped)."""
    blocks: list = []
    if asked:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=_clip(f"Question: {escape(asked)}", 2000))]))
    blocks.append(SectionBlock(text=MarkdownTextObject(text=_clip(escape(ans.headline()), MAX_SECTION))))
    if ans.quotes() and ans.newer:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=_clip(escape(ans.newer_line()), 2000))]))
    if ans.quotes() and ans.citations:
        blocks.append(DividerBlock())
        room = MAX_BLOCKS - len(blocks) - 2
        for c in ans.citations[:room]:
            blocks.append(citation_block(c))
    blocks.append(context_line(ans.index, level))
    if answer_id:
        blocks.append(feedback_actions(answer_id, share))
    fallback = escape(ans.headline())
    if ans.quotes():
        fallback += "\nSources: " + "; ".join(f"[{c.rank}] {escape(c.passage.title)}" for c in ans.citations)
    return [b.to_dict() for b in blocks[:MAX_BLOCKS]], _clip(fallback, 3000)


def message_blocks(text: str) -> tuple[list[dict], str]:
    """A plain notice (usage, a question error, an apology), escaped."""
    return [SectionBlock(text=MarkdownTextObject(text=_clip(escape(text), MAX_SECTION))).to_dict()], escape(text)


def usage_blocks() -> tuple[list[dict], str]:
    # USAGE is our own text with intended formatting (backticks), so it is not escaped.
    return [SectionBlock(text=MarkdownTextObject(text=USAGE)).to_dict()], USAGE


def ack_text(question: str) -> str:
    """The immediate reply to /huawei while the answer is prepared."""
    shown = question if len(question) <= ACK_LIMIT else question[:ACK_LIMIT] + "…"
    return f"Looking that up in the partner corpus: {escape(shown)}"


def shared_blocks(stored_blocks: list[dict], answer_id: str, user_id: str) -> list[dict]:
    """A stored ephemeral answer as posted in the channel: "Shared by", no Share button."""
    blocks = [b for b in stored_blocks if b.get("type") != "actions"]
    if _USER_ID.fullmatch(user_id or ""):
        blocks.insert(0, ContextBlock(elements=[MarkdownTextObject(text=f"Shared by <@{user_id}>")]).to_dict())
    blocks.append(feedback_actions(answer_id, share=False).to_dict())
    return blocks[:MAX_BLOCKS]


# Notices: our own wording, sent as plain sections.
NOTICE_EXPIRED = "That answer has expired; ask again to get a fresh one."
NOTICE_ELSEWHERE = "That answer belongs to another conversation; ask again here."
NOTICE_ALREADY_SHARED = "That answer has already been shared in this conversation."
NOTICE_NOT_SHAREABLE = (
    "That answer cites documents that this conversation may no longer see (its audience has "
    "changed), so it was not shared. Ask again here for an answer suited to everyone in it."
)
THANKS_UP = "Thanks, glad it helped."
THANKS_DOWN = "Thanks — noted. The partner team reviews unhelpful answers."


def apology(job_id: str) -> str:
    return f"{APOLOGY} (reference {job_id})"


# -- Slack surfaces: assistant panel, native feedback, the 👎 modal, the Home tab ---------------------------------
FEEDBACK_ACTION = "answer_feedback"  # Slack's feedback buttons (context_actions) on answers in messages
FEEDBACK_MODAL = "feedback_comment"  # callback_id of the "what was wrong?" modal
REBUILD_ACTION = "rebuild_index"
GREETING = (
    "Hi! I answer partner questions about Huawei from the partner corpus, with the passages I used. "
    "Ask me anything below, or pick a suggestion. In channels, mention me or use `/huawei`."
)
STATUS_SEARCHING = "Searching the partner corpus…"


def with_feedback_buttons(blocks: list[dict], answer_id: str | None) -> list[dict]:
    """Swap the 👍/👎 buttons of an answer (no Share button) for Slack's feedback buttons block.

    Messages support the context_actions block; ephemeral answers keep the plain buttons (and Share).
    """
    out = []
    for b in blocks:
        ids = [e.get("action_id") for e in b.get("elements", [])] if b.get("type") == "actions" else []
        if answer_id and ids and "share_answer" not in ids and "feedback_down" in ids:
            b = {
                "type": "context_actions",
                "block_id": "answer_feedback",
                "elements": [
                    {
                        "type": "feedback_buttons",
                        "action_id": FEEDBACK_ACTION,
                        "positive_button": {
                            "text": {"type": "plain_text", "text": "👍"},
                            "value": f"up:{answer_id}",
                            "accessibility_label": "This answer helped",
                        },
                        "negative_button": {
                            "text": {"type": "plain_text", "text": "👎"},
                            "value": f"down:{answer_id}",
                            "accessibility_label": "This answer did not help",
                        },
                    }
                ],
            }
        out.append(b)
    return out


def greeting_blocks() -> tuple[list[dict], str]:
    return [SectionBlock(text=MarkdownTextObject(text=GREETING)).to_dict()], GREETING


def suggested_prompts(questions: list[str]) -> list[dict]:
    """assistant.threads.setSuggestedPrompts items: a short title, the whole question as the message."""
    return [{"title": _clip(q, 40), "message": q} for q in questions[:4]]


def feedback_modal(answer_id: str, channel: str) -> dict:
    return {
        "type": "modal",
        "callback_id": FEEDBACK_MODAL,
        "private_metadata": json.dumps({"a": answer_id, "c": channel}),
        "title": {"type": "plain_text", "text": "Thanks for the 👎"},
        "submit": {"type": "plain_text", "text": "Send"},
        "close": {"type": "plain_text", "text": "Skip"},
        "blocks": [
            {
                "type": "input",
                "block_id": "wrong",
                "optional": True,
                "label": {"type": "plain_text", "text": "What was wrong? (optional)"},
                "element": {"type": "plain_text_input", "action_id": "text", "multiline": True, "max_length": 2000},
            }
        ],
    }


def _section(text: str) -> dict:
    return SectionBlock(text=MarkdownTextObject(text=_clip(text, MAX_SECTION))).to_dict()


def _context(text: str) -> dict:
    return ContextBlock(elements=[MarkdownTextObject(text=_clip(text, 2000))]).to_dict()


def _when(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def home_view(
    knowledge,
    examples: list[str],
    recent: list[tuple[float, str, bool]],
    report: dict | None = None,
    rebuild: dict | None = None,
) -> dict:
    """The Home tab. `knowledge` is home.Knowledge; `report`/`rebuild` are only given for admins."""
    blocks: list[dict] = [{"type": "header", "text": {"type": "plain_text", "text": "What I know"}}]
    lines = [
        f"• *{s.level}*: {s.documents} document{'s' * (s.documents != 1)}, newest {escape(s.newest or '—')}"
        for s in knowledge.levels
    ]
    years = f"{knowledge.years[0]}–{knowledge.years[1]}" if knowledge.years else "—"
    blocks.append(_section("\n".join(lines) or "No documents you may see yet."))
    synced = f" · corpus synced {escape(knowledge.synced)}" if getattr(knowledge, "synced", None) else ""
    blocks.append(
        _context(
            f"Years covered: {years} · index built {escape(knowledge.built)}{synced} · you see "
            f"documents up to *{knowledge.level}*"
        )
    )
    blocks.append({"type": "header", "text": {"type": "plain_text", "text": "How to ask"}})
    ask = [
        "• Open me in the AI assistant panel (the ✨ button at the top right of Slack) and type a question.",
        "• `/huawei <question>` anywhere: only you see the answer, with a button to share it.",
        "• Mention me in a channel (`@partnerbot …`); reply in that thread to ask a follow-up.",
        "• Send me a DM, or use *Ask partnerbot* in a message's ⋮ menu.",
    ]
    blocks.append(_section("\n".join(ask)))
    if examples:
        blocks.append(_context("Try: " + " · ".join(f"_{escape(q)}_" for q in examples)))
    blocks.append({"type": "header", "text": {"type": "plain_text", "text": "Your last questions"}})
    if recent:
        blocks.append(
            _section(
                "\n".join(
                    f"• {escape(_clip(q, 200))} — {_when(at)}{'' if ok else ' · _not in the corpus_'}"
                    for at, q, ok in recent
                )
            )
        )
    else:
        blocks.append(_section("None yet."))
    if report is not None:
        blocks.append(DividerBlock().to_dict())
        blocks.append({"type": "header", "text": {"type": "plain_text", "text": "Feedback, last 30 days (admins)"}})
        for name, title in (("declined", "Declined"), ("downvoted", "👎")):
            rows = report.get(name) or []
            text = "\n".join(
                f"• {r['count']}× {escape(_clip(r['question'], 150))}"
                + (f" — cited: {escape(', '.join(r['docs'][:5]))}" if r["docs"] else "")
                + "".join(f"\n    _“{escape(_clip(c, 150))}”_" for c in r.get("comments", [])[:2])
                for r in rows
            )
            blocks.append(_section(f"*{title}*\n{text or 'none'}"))
        status = "No rebuild from Slack yet."
        if rebuild:
            who = f"<@{rebuild['user_id']}>" if _USER_ID.fullmatch(rebuild.get("user_id") or "") else "someone"
            if rebuild["running"]:
                status = f"⏳ Rebuilding since {_when(rebuild['started'])} (started by {who})"
                if rebuild.get("progress"):
                    status += f": {escape(rebuild['progress'])}"
            else:
                mark = "✅" if rebuild["ok"] else "❌"
                status = (
                    f"{mark} Last rebuild {_when(rebuild['finished'] or rebuild['started'])} by {who}: "
                    f"{escape(rebuild.get('summary') or '')}"
                )
        blocks.append(_section(status))
        if not (rebuild and rebuild["running"]):
            blocks.append(
                ActionsBlock(
                    block_id="admin",
                    elements=[
                        ButtonElement(
                            text="Rebuild index",
                            action_id=REBUILD_ACTION,
                            value="rebuild",
                            style="danger",
                            confirm={
                                "title": {"type": "plain_text", "text": "Rebuild the index?"},
                                "text": {
                                    "type": "plain_text",
                                    "text": "Reads corpus/ again and publishes a "
                                    "new build; questions keep being answered meanwhile.",
                                },
                                "confirm": {"type": "plain_text", "text": "Rebuild"},
                                "deny": {"type": "plain_text", "text": "Cancel"},
                            },
                        )
                    ],
                ).to_dict()
            )
    return {"type": "home", "blocks": blocks[:100]}
