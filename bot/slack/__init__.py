"""The Slack layer: turns Slack requests into (question, audience), and answers into Block Kit.

It stays thin: retrieval and answering live in the `index` package, which never imports Slack.
"""
