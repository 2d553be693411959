"""Bolt's AssistantThreadContextStore over our SQLite answer store (never conversations.replies)."""

from __future__ import annotations

from slack_bolt.context.assistant.thread_context import AssistantThreadContext
from slack_bolt.context.assistant.thread_context_store.store import AssistantThreadContextStore

from bot.state import AnswerStore


class StoredThreadContext(AssistantThreadContextStore):
    def __init__(self, answers: AnswerStore):
        self.answers = answers

    def save(self, *, channel_id: str, thread_ts: str, context: dict[str, str]) -> None:
        self.answers.save_assistant_context(channel_id, thread_ts, dict(context or {}))

    def find(self, *, channel_id: str, thread_ts: str) -> AssistantThreadContext | None:
        found = self.answers.assistant_context(channel_id, thread_ts)
        return AssistantThreadContext(found) if found else None
