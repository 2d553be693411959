"""The shapes of the Slack requests the bot reads, checked before bolt sees them.

A signature says who sent a request, not that its fields have the types the code reads
(a leaked signing secret, a proxy that rewrites, a change at Slack). Every field that bolt
or a listener reads is checked here: a string where a string is read, an object where an
object is read, and the keys bolt indexes without looking. Fields nobody reads pass
unchecked, but no value may nest deeper than `MAX_DEPTH`. The guard answers a request
that fails with 400 and one WARNING line naming the field, never a traceback.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from .text import encodable

MAX_DEPTH = 32  # Slack's deepest payloads (rich text in a message in an event) nest about 10 levels

Text = str | None


class _Shape(BaseModel):
    model_config = ConfigDict(strict=True, extra="allow")
    # Keys bolt tests with `key in body` and then reads: present, they may not be null.
    not_null: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="after")
    def _present_means_set(self):
        for name in self.not_null:
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} is null")
        return self


class Ref(_Shape):
    id: Text = None


class Team(Ref):
    enterprise_id: Text = None


class User(Ref):
    team_id: Text = None


class Authorization(_Shape):
    team_id: Text = None
    enterprise_id: Text = None
    user_id: Text = None
    is_bot: bool | None = None
    is_enterprise_install: bool | None = None


class Message(_Shape):
    type: Text = None
    subtype: Text = None
    user: Text = None
    text: Text = None
    ts: Text = None
    thread_ts: Text = None
    bot_id: Text = None


class AssistantContext(_Shape):
    channel_id: Text = None
    team_id: Text = None
    enterprise_id: Text = None


class AssistantThread(_Shape):
    user_id: Text = None
    channel_id: Text = None
    thread_ts: Text = None
    context: AssistantContext | None = None


class Event(Message):
    type: str
    channel: Text = None
    channel_type: Text = None
    event_ts: Text = None
    team: Text = None
    user_team: Text = None
    source_team: Text = None
    tab: Text = None
    bot_profile: dict | None = None
    message: Message | None = None
    previous_message: Message | None = None
    assistant_thread: AssistantThread | None = None

    @model_validator(mode="after")
    def _thread(self) -> "Event":
        t = self.assistant_thread
        if self.type.startswith("assistant_thread_") and (
            t is None or t.context is None or t.channel_id is None or t.thread_ts is None
        ):
            raise ValueError("an assistant_thread event needs assistant_thread.channel_id, thread_ts and context")
        return self


class Action(_Shape):
    action_id: str
    block_id: Text = None
    type: Text = None
    value: Text = None
    action_ts: Text = None


class InputValue(_Shape):
    type: Text = None
    value: Text = None


class ViewState(_Shape):
    values: dict[str, dict[str, InputValue]] = {}


class View(_Shape):
    type: str
    id: Text = None
    hash: Text = None
    callback_id: Text = None
    private_metadata: Text = None
    team_id: Text = None
    app_installed_team_id: Text = None
    state: ViewState | None = None


class Container(_Shape):
    type: Text = None
    message_ts: Text = None
    channel_id: Text = None
    thread_ts: Text = None
    view_id: Text = None
    is_ephemeral: bool | None = None


class ResponseUrl(_Shape):
    response_url: Text = None


class Body(_Shape):
    """Any request body, as bolt parses it (events, interactivity, slash commands)."""

    not_null: ClassVar[tuple[str, ...]] = (
        "event",
        "actions",
        "view",
        "callback_id",
        "command",
        "action_id",
        "response_urls",
        "function_data",
    )
    type: Text = None
    token: Text = None
    challenge: Text = None
    team_id: Text = None
    enterprise_id: Text = None
    user_id: Text = None
    channel_id: Text = None
    api_app_id: Text = None
    event_id: Text = None
    trigger_id: Text = None
    response_url: Text = None
    command: Text = None
    text: Text = None
    callback_id: Text = None
    action_id: Text = None
    thread_ts: Text = None
    function_execution_id: Text = None
    bot_access_token: Text = None
    is_ext_shared_channel: bool | None = None
    is_enterprise_install: bool | str | None = None
    team: Team | None = None
    enterprise: Ref | None = None
    user: User | None = None
    channel: Ref | None = None
    authorizations: list[Authorization] | None = None
    event: Event | None = None
    actions: list[Action] | None = None
    view: View | None = None
    message: Message | None = None
    previous_message: Message | None = None
    container: Container | None = None
    item: Ref | None = None
    function_data: dict | None = None
    response_urls: list[ResponseUrl] | None = None

    @model_validator(mode="after")
    def _bolt_reads(self) -> "Body":
        if self.type == "event_callback" and self.event is None:
            raise ValueError("an event_callback needs an event object")
        if self.actions is not None and not self.actions:
            raise ValueError("actions is empty")
        return self


def depth_error(value: Any, limit: int = MAX_DEPTH) -> str | None:
    """None if no object or array in `value` nests deeper than `limit` (iterative: no recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return f"JSON nested deeper than {limit} levels"
        stack.extend((child, depth + 1) for child in children)
    return None


def shape_error(body: Any) -> str | None:
    """None if bolt and the listeners can read `body`, else one line naming the first bad field."""
    if not isinstance(body, dict):
        return "the body is not a JSON object"
    too_deep = depth_error(body)
    if too_deep:
        return too_deep
    try:
        Body.model_validate(body)
    except ValidationError as exc:
        err = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(repr(p)[1:-1] if isinstance(p, str) else str(p) for p in err["loc"])[:200] or "body"
        return f"{where}: {err['msg']}"  # the keys are the sender's: repr keeps them on one printable line
    return None


def replace_surrogates_in(body: Any) -> None:
    """Every string in `body` made encodable in place (lone surrogates → U+FFFD), before any listener reads it.

    JSON may carry `\\ud800`; Python keeps it, and SQLite, the Web API and the logs then refuse
    the text much later (a job retried five times, then an apology). Iterative, like depth_error.
    """
    stack = [body]
    while stack:
        item = stack.pop()
        pairs = item.items() if isinstance(item, dict) else enumerate(item) if isinstance(item, list) else ()
        for key, value in list(pairs):
            if isinstance(value, str):
                if not value.isascii():
                    item[key] = encodable(value)
            elif isinstance(value, (dict, list)):
                stack.append(value)
