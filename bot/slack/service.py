"""The one thing jobs call to answer: question + audience level in, rendered reply out.

It never raises: a question the engine refuses becomes a short notice, and any other
failure becomes an apology while the error goes to the log.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from bot.state import AnswerStore
from index.engine import Engine
from index.errors import QuestionError

from .blocks import APOLOGY, answer_blocks, message_blocks, usage_blocks
from .text import is_help

log = logging.getLogger("partnerbot.slack")


@dataclass
class Reply:
    blocks: list[dict]
    text: str
    answer_id: str | None = None
    answered: bool = False
    level: str = "public"  # the highest document level this reply may contain

    def to_json(self) -> dict:
        return {
            "blocks": self.blocks,
            "text": self.text,
            "answer_id": self.answer_id,
            "answered": self.answered,
            "level": self.level,
        }

    @classmethod
    def from_json(cls, d: dict) -> "Reply":
        return cls(d["blocks"], d["text"], d.get("answer_id"), bool(d.get("answered")), d.get("level", "internal"))


def notice(text: str) -> Reply:
    blocks, plain = message_blocks(text)
    return Reply(blocks, plain)


class AnswerService:
    """Answers questions; at most `cpu_slots` run the engine at once.

    The engine is CPU-bound. Letting dozens of answer threads run it together starves the
    threads that ack Slack requests (they share one GIL and two cores), so answers queue on
    a semaphore — blocked threads do not compete — while acks go straight through.
    """

    def __init__(self, engine: Engine, answers: AnswerStore, cpu_slots: int | None = None):
        self.engine = engine
        self.answers = answers
        self._cpu = threading.BoundedSemaphore(cpu_slots or 1)

    def answer(
        self,
        question: str,
        *,
        level: str,
        surface: str,
        channel: str,
        user_id: str,
        answer_id: str,
        context_question: str | None = None,
        share: bool = False,
        echo: bool = False,
    ) -> Reply:
        if is_help(question):
            blocks, text = usage_blocks()
            return Reply(blocks, text)
        try:  # a follow-up is read after the thread's question only when it leans on it ("and verizon?")
            with self._cpu:
                ans = self.engine.ask(question, visibility=level, context=context_question)
        except QuestionError as exc:
            return notice(f"I can't take that question: {exc}.")
        except Exception:
            log.exception("answering failed (surface=%s channel=%s answer=%s)", surface, channel, answer_id)
            return notice(APOLOGY)
        ans.question = question
        doc_ids = [c.passage.doc_id for c in ans.citations]
        blocks, text = answer_blocks(ans, answer_id, level, asked=question if echo else None, share=share)
        self.answers.record(
            answer_id=answer_id,
            surface=surface,
            channel=channel,
            user_id=user_id,
            level=level,
            question=question,
            answered=ans.answered,
            doc_ids=doc_ids,
            payload={"answer": ans.to_json(), "blocks": blocks, "text": text},
        )
        return Reply(blocks, text, answer_id, ans.answered, level)
