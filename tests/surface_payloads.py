"""Payloads of the newer Slack surfaces, as Slack sends them, posted signed to the bot under test."""

from __future__ import annotations

import json
import time
import urllib.parse

from .slack_fakes import HOME


def interactive(bot, payload: dict):
    body = urllib.parse.urlencode({"payload": json.dumps(payload)})
    return bot.slack.post(body, "application/x-www-form-urlencoded")


def thread_started(
    bot,
    channel: str = "D_ASKER",
    user: str = "U_ASKER",
    thread_ts: str = "1700000100.000100",
    context_channel: str = "C_PUBLIC",
):
    return bot.slack.event(
        {
            "type": "assistant_thread_started",
            "event_ts": thread_ts,
            "assistant_thread": {
                "user_id": user,
                "channel_id": channel,
                "thread_ts": thread_ts,
                "context": {"channel_id": context_channel, "team_id": HOME, "enterprise_id": None},
            },
        }
    )


def panel_message(
    bot,
    text: str,
    ts: str,
    channel: str = "D_ASKER",
    user: str = "U_ASKER",
    thread_ts: str = "1700000100.000100",
    **extra,
):
    return bot.slack.event(
        {
            "type": "message",
            "channel_type": "im",
            "user": user,
            "text": text,
            "ts": ts,
            "thread_ts": thread_ts,
            "channel": channel,
            **extra,
        }
    )


def shortcut(
    bot,
    text: str,
    channel: str = "C_PUBLIC",
    user: str = "U_ASKER",
    team: str = HOME,
    response_url: str | None = "default",
):
    bot.slack.n += 1
    n = bot.slack.n
    payload = {
        "type": "message_action",
        "callback_id": "ask_partnerbot",
        "trigger_id": f"sc{n}",
        "team": {"id": HOME},
        "user": {"id": user, "team_id": team},
        "channel": {"id": channel},
        "message": {"type": "message", "user": "U_OTHER", "text": text, "ts": f"1700000200.{n:06d}"},
        "message_ts": f"1700000200.{n:06d}",
        "token": "x",
        "api_app_id": "A1",
        "response_url": bot.fake.response_url(f"sc{n}") if response_url == "default" else response_url,
    }
    return interactive(bot, payload), payload


def feedback_click(bot, answer_id: str, up: bool, channel: str, user: str = "U_ASKER"):
    bot.slack.n += 1
    n = bot.slack.n
    payload = {
        "type": "block_actions",
        "team": {"id": HOME},
        "user": {"id": user, "team_id": HOME},
        "api_app_id": "A1",
        "token": "x",
        "trigger_id": f"fb{n}",
        "channel": {"id": channel},
        "container": {"type": "message", "channel_id": channel, "message_ts": "1.1"},
        "response_url": bot.fake.response_url(f"fb{n}"),
        "actions": [
            {
                "type": "feedback_buttons",
                "action_id": "answer_feedback",
                "block_id": "answer_feedback",
                "value": f"{'up' if up else 'down'}:{answer_id}",
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }
    return interactive(bot, payload), payload


def modal_submit(bot, private_metadata: str, text: str, user: str = "U_ASKER"):
    bot.slack.n += 1
    payload = {
        "type": "view_submission",
        "team": {"id": HOME},
        "user": {"id": user, "team_id": HOME},
        "api_app_id": "A1",
        "token": "x",
        "trigger_id": f"vs{bot.slack.n}",
        "view": {
            "id": f"V{bot.slack.n}",
            "hash": "h1",
            "type": "modal",
            "callback_id": "feedback_comment",
            "private_metadata": private_metadata,
            "state": {"values": {"wrong": {"text": {"type": "plain_text_input", "value": text}}}},
        },
    }
    return interactive(bot, payload), payload


def home_opened(bot, user: str = "U_ASKER", channel: str = "D_ASKER"):
    return bot.slack.event(
        {"type": "app_home_opened", "user": user, "channel": channel, "tab": "home", "event_ts": f"{time.time():.6f}"}
    )


def rebuild_click(bot, user: str):
    bot.slack.n += 1
    payload = {
        "type": "block_actions",
        "team": {"id": HOME},
        "user": {"id": user, "team_id": HOME},
        "api_app_id": "A1",
        "token": "x",
        "trigger_id": f"rb{bot.slack.n}",
        "container": {"type": "view", "view_id": "VHOME"},
        "view": {"id": "VHOME", "type": "home"},
        "actions": [
            {
                "type": "button",
                "action_id": "rebuild_index",
                "block_id": "admin",
                "value": "rebuild",
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }
    return interactive(bot, payload), payload


def with_slack(config, **slack):
    return config.model_copy(update={"slack": config.slack.model_copy(update=slack)})


def answer_feedback_value(blocks: list[dict]) -> str:
    """The answer id behind the feedback buttons of a posted answer."""
    ctx = next(b for b in blocks if b["type"] == "context_actions")
    return ctx["elements"][0]["negative_button"]["value"].split(":", 1)[1]
