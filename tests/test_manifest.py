"""manifest.yml against Slack's app manifest schema, its scopes against what the bot needs, its entries against the app.

The schema below is the subset of Slack's manifest schema for the keys an app like this
one can use, copied in structure (keys, types, required fields, limits) from Slack's own
JSON schema, https://github.com/slackapi/manifest-schema (schemas/manifest.schema.1.0.0.json,
used for manifests without `_metadata`), plus `features.assistant_view`, which that file
predates, from Slack's manifest reference, https://docs.slack.dev/reference/app-manifest
(as in Slack's bolt-python-assistant-template manifest). Every object is closed
(additionalProperties: false), so a misspelt or invented key fails.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from slack_bolt.request import BoltRequest

from bot.config import BotConfig as Config
from bot.slack.app import create_app
from bot.slack.settings import SlackSettings

from .slack_fakes import HOME, FakeSlack

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = yaml.safe_load((ROOT / "manifest.yml").read_text())

_URL = {"type": "string", "pattern": r"^https?://", "maxLength": 3500}
_BOOL = {"type": "boolean"}


def _obj(properties: dict, required: tuple[str, ...] = ()) -> dict:
    return {"type": "object", "additionalProperties": False, "required": list(required), "properties": properties}


SCHEMA = _obj(
    {
        "_metadata": _obj({"major_version": {"type": "integer"}, "minor_version": {"type": "integer"}}),
        "display_information": _obj(
            {
                "name": {"type": "string", "minLength": 1, "maxLength": 35},
                "description": {"type": "string", "minLength": 1, "maxLength": 140},
                "background_color": {"type": "string", "pattern": r"^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$"},
                "long_description": {"type": "string", "minLength": 175, "maxLength": 4000},
            },
            required=("name",),
        ),
        "features": _obj(
            {
                "app_home": _obj(
                    {"home_tab_enabled": _BOOL, "messages_tab_enabled": _BOOL, "messages_tab_read_only_enabled": _BOOL}
                ),
                "bot_user": _obj(
                    {"display_name": {"type": "string", "minLength": 1, "maxLength": 80}, "always_online": _BOOL},
                    required=("display_name",),
                ),
                "assistant_view": _obj(
                    {
                        "assistant_description": {"type": "string", "minLength": 1},
                        "suggested_prompts": {
                            "type": "array",
                            "maxItems": 4,
                            "items": _obj(
                                {"title": {"type": "string"}, "message": {"type": "string"}},
                                required=("title", "message"),
                            ),
                        },
                    },
                    required=("assistant_description",),
                ),
                "shortcuts": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 10,
                    "items": _obj(
                        {
                            "name": {"type": "string", "minLength": 1, "maxLength": 24},
                            "type": {"enum": ["message", "global"]},
                            "callback_id": {"type": "string", "minLength": 1, "maxLength": 255},
                            "description": {"type": "string", "minLength": 1, "maxLength": 150},
                        },
                        required=("name", "type", "callback_id", "description"),
                    ),
                },
                "slash_commands": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 50,
                    "items": _obj(
                        {
                            "command": {"type": "string", "minLength": 2, "maxLength": 32, "pattern": r"^/"},
                            "url": {**_URL, "maxLength": 3000},
                            "description": {"type": "string", "minLength": 1, "maxLength": 2000},
                            "usage_hint": {"type": "string", "minLength": 1, "maxLength": 1000},
                            "should_escape": _BOOL,
                        },
                        required=("command", "description"),
                    ),
                },
                "unfurl_domains": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 5},
            }
        ),
        "oauth_config": _obj(
            {
                "redirect_urls": {"type": "array", "items": {"type": "string", "maxLength": 2500}},
                "scopes": _obj(
                    {
                        "bot": {"type": "array", "maxItems": 255, "items": {"type": "string", "maxLength": 50}},
                        "user": {"type": "array", "maxItems": 255, "items": {"type": "string", "maxLength": 50}},
                    }
                ),
                "token_management_enabled": _BOOL,
            }
        ),
        "settings": _obj(
            {
                "allowed_ip_address_ranges": {"type": "array", "items": {"type": "string"}},
                "event_subscriptions": _obj(
                    {
                        "request_url": _URL,
                        "bot_events": {
                            "type": "array",
                            "maxItems": 100,
                            "uniqueItems": True,
                            "items": {"type": "string", "maxLength": 50},
                        },
                        "user_events": {
                            "type": "array",
                            "maxItems": 100,
                            "uniqueItems": True,
                            "items": {"type": "string", "maxLength": 50},
                        },
                    }
                ),
                "incoming_webhooks": _obj({"incoming_webhooks_enabled": _BOOL}),
                "interactivity": _obj(
                    {"is_enabled": _BOOL, "request_url": _URL, "message_menu_options_url": _URL},
                    required=("is_enabled",),
                ),
                "org_deploy_enabled": _BOOL,
                "socket_mode_enabled": _BOOL,
                "token_rotation_enabled": _BOOL,
                "is_hosted": _BOOL,
                "function_runtime": {"type": "string"},
            }
        ),
    },
    required=("display_information",),
)

# Granular bot scopes Slack documents (https://docs.slack.dev/reference/scopes?token_types=Bot), the ones an
# app like this could plausibly request; a scope outside this list is a typo or needs a look at the reference.
BOT_SCOPES = {
    "app_mentions:read",
    "assistant:write",
    "bookmarks:read",
    "calls:read",
    "channels:history",
    "channels:join",
    "channels:read",
    "chat:write",
    "chat:write.customize",
    "chat:write.public",
    "commands",
    "emoji:read",
    "files:read",
    "files:write",
    "groups:history",
    "groups:read",
    "im:history",
    "im:read",
    "im:write",
    "links:read",
    "links:write",
    "metadata.message:read",
    "mpim:history",
    "mpim:read",
    "mpim:write",
    "pins:read",
    "reactions:read",
    "reactions:write",
    "team:read",
    "usergroups:read",
    "users.profile:read",
    "users:read",
    "users:read.email",
}
# The scope each event needs (Slack's events reference, https://docs.slack.dev/reference/events/<event>).
EVENT_SCOPES = {
    "app_mention": {"app_mentions:read"},
    "message.im": {"im:history"},
    "message.channels": {"channels:history"},
    "message.groups": {"groups:history"},
    "message.mpim": {"mpim:history"},
    "assistant_thread_started": {"assistant:write"},
    "assistant_thread_context_changed": {"assistant:write"},
    "app_home_opened": set(),
}
# The scope each Web API method the bot calls needs (Slack's methods reference); "" = none.
METHOD_SCOPES = {
    "auth.test": "",
    "views.open": "",
    "views.publish": "",
    "chat.postMessage": "chat:write",
    "chat.postEphemeral": "chat:write",
    "reactions.add": "reactions:write",
    "reactions.remove": "reactions:write",
    "users.info": "users:read",
    "conversations.info": "channels:read",  # groups:read / im:read for private channels and DMs (checked below)
    "conversations.members": "channels:read",  # groups:read / mpim:read for private channels and group DMs
    "assistant.threads.setStatus": "assistant:write",
    "assistant.threads.setSuggestedPrompts": "assistant:write",
    "assistant.threads.setTitle": "assistant:write",
}


def bot_scopes() -> set[str]:
    return set(MANIFEST["oauth_config"]["scopes"]["bot"])


def test_manifest_matches_slacks_schema():
    jsonschema.Draft7Validator(SCHEMA).validate(MANIFEST)


@pytest.mark.parametrize(
    "path, value",
    [
        (("settings", "socket_mode_enable"), True),  # a misspelt key
        (("features", "assistant_view", "prompts"), []),  # a key the feature does not have
        (("features", "shortcuts", 0, "type"), "channel"),  # not a shortcut type
        (("display_information", "name"), "x" * 36),  # too long
    ],
)
def test_the_schema_rejects_what_slack_rejects(path, value):
    bad = copy.deepcopy(MANIFEST)
    node = bad
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(SCHEMA).validate(bad)


def test_every_scope_is_a_known_bot_scope():
    assert bot_scopes() <= BOT_SCOPES, f"unknown bot scopes: {sorted(bot_scopes() - BOT_SCOPES)}"
    assert len(MANIFEST["oauth_config"]["scopes"]["bot"]) == len(bot_scopes()), "a scope is listed twice"


def test_every_event_has_its_scope():
    events = MANIFEST["settings"]["event_subscriptions"]["bot_events"]
    unknown = [e for e in events if e not in EVENT_SCOPES]
    assert not unknown, f"add these events' scopes to EVENT_SCOPES from Slack's events reference: {unknown}"
    for event in events:
        assert EVENT_SCOPES[event] <= bot_scopes(), f"{event} needs {EVENT_SCOPES[event]}"


def test_commands_shortcuts_and_interactivity_are_enabled_with_their_scope():
    features, settings = MANIFEST["features"], MANIFEST["settings"]
    if features.get("slash_commands") or features.get("shortcuts"):
        assert "commands" in bot_scopes()
        assert settings["interactivity"]["is_enabled"] is True  # shortcuts, buttons and the modal
    assert features["app_home"]["home_tab_enabled"] is True  # the Home tab the bot publishes
    assert features["app_home"]["messages_tab_enabled"] is True  # DMs to the bot
    assert "assistant_view" in features and "assistant:write" in bot_scopes()


def _called_methods() -> set[str]:
    source = "\n".join(p.read_text() for p in (ROOT / "bot").rglob("*.py"))
    found = {m.replace("_", ".") for m in re.findall(r"\bclient\.([A-Za-z]+(?:_[A-Za-z]+)+)\(", source)}
    if re.search(r'getattr\([\w.]*client, f"reactions_\{op\}"\)', source):
        found |= {"reactions.add", "reactions.remove"}
    return found


def test_every_web_api_method_the_bot_calls_has_its_scope():
    called = _called_methods()
    assert {"chat.postMessage", "users.info", "views.publish", "reactions.add"} <= called  # the scan works
    unknown = called - set(METHOD_SCOPES)
    assert not unknown, f"add these methods' scopes to METHOD_SCOPES from Slack's methods reference: {unknown}"
    missing = {m: METHOD_SCOPES[m] for m in called if METHOD_SCOPES[m] and METHOD_SCOPES[m] not in bot_scopes()}
    assert not missing, f"manifest.yml lacks scopes for {missing}"
    if "conversations.info" in called:  # private channels and DMs need their own read scopes
        assert {"groups:read", "im:read"} <= bot_scopes()
    if "conversations.members" in called:  # who reads an answer posted in a channel (guests cap it)
        assert {"groups:read", "mpim:read"} <= bot_scopes()


# -- every command, shortcut and event of the manifest reaches a listener of the real app ------------------------
@pytest.fixture(scope="module")
def app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("manifest")
    fake = FakeSlack()
    cfg = Config()
    cfg = cfg.model_copy(
        update={
            "slack": cfg.slack.model_copy(update={"feedback_db": tmp / "fb.sqlite3", "queue_db": tmp / "q.sqlite3"})
        }
    )
    settings = SlackSettings(bot_token="xoxb-test-token", app_token="xapp-1-A1-test", api_url=fake.api_url)
    app, _ = create_app(cfg, None, settings, token_verification=False, start_worker=False)  # jobs never run here
    yield app
    fake.close()


def dispatch(app, body: dict) -> int:
    """Status bolt gives a Socket Mode request: 404 when no listener takes it."""
    return app.dispatch(BoltRequest(body=body, mode="socket_mode")).status


def command(name: str) -> dict:
    return {
        "command": name,
        "text": "help",
        "team_id": HOME,
        "channel_id": "C1",
        "user_id": "U1",
        "response_url": "https://hooks.example/r",
        "trigger_id": "t1",
        "api_app_id": "A1",
    }


def shortcut(entry: dict, n: int) -> dict:
    body = {
        "type": "message_action" if entry["type"] == "message" else "shortcut",
        "callback_id": entry["callback_id"],
        "trigger_id": f"t{n}",
        "team": {"id": HOME},
        "user": {"id": "U1", "team_id": HOME},
        "api_app_id": "A1",
    }
    if entry["type"] == "message":
        body.update(
            channel={"id": "C1"},
            message={"type": "message", "text": "a question?", "ts": "1.1"},
            response_url="https://hooks.example/r",
        )
    return body


EVENTS = {
    "app_mention": {"type": "app_mention", "user": "U1", "text": "<@UBOT> hi?", "ts": "2.1", "channel": "C1"},
    "message.im": {"type": "message", "channel_type": "im", "user": "U1", "text": "hi?", "ts": "3.1", "channel": "D1"},
    "message.channels": {
        "type": "message",
        "channel_type": "channel",
        "user": "U1",
        "text": "what now?",
        "ts": "4.2",
        "thread_ts": "4.1",
        "channel": "C1",
    },
    "message.groups": {
        "type": "message",
        "channel_type": "group",
        "user": "U1",
        "text": "what now?",
        "ts": "5.2",
        "thread_ts": "5.1",
        "channel": "G1",
    },
    "assistant_thread_started": {
        "type": "assistant_thread_started",
        "assistant_thread": {"user_id": "U1", "channel_id": "D1", "thread_ts": "6.1", "context": {}},
    },
    "assistant_thread_context_changed": {
        "type": "assistant_thread_context_changed",
        "assistant_thread": {"user_id": "U1", "channel_id": "D1", "thread_ts": "6.1", "context": {"channel_id": "C2"}},
    },
    "app_home_opened": {"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"},
}


def test_every_slash_command_has_a_listener(app):
    for entry in MANIFEST["features"]["slash_commands"]:
        assert dispatch(app, command(entry["command"])) == 200, entry["command"]
    assert dispatch(app, command("/not-in-the-manifest")) == 404  # the check can fail


def test_every_shortcut_has_a_listener(app):
    for n, entry in enumerate(MANIFEST["features"]["shortcuts"]):
        assert dispatch(app, shortcut(entry, n)) == 200, entry["callback_id"]
    assert dispatch(app, shortcut({"type": "message", "callback_id": "not_in_the_manifest"}, 99)) == 404


def test_every_subscribed_event_has_a_listener(app):
    for n, name in enumerate(MANIFEST["settings"]["event_subscriptions"]["bot_events"]):
        assert name in EVENTS, f"add a sample {name} event to EVENTS"
        body = {
            "type": "event_callback",
            "team_id": HOME,
            "api_app_id": "A1",
            "event_id": f"EvM{n}",
            "event_time": 1,
            "event": EVENTS[name],
        }
        assert dispatch(app, body) == 200, name
    body = {
        "type": "event_callback",
        "team_id": HOME,
        "api_app_id": "A1",
        "event_id": "EvM99",
        "event_time": 1,
        "event": {"type": "reaction_added", "user": "U1", "reaction": "eyes"},
    }
    assert dispatch(app, body) == 404
