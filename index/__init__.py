"""partnerbot's retrieval engine: corpus → passages → hybrid FAISS + BM25 index → cited answers.

Nothing in this package knows about Slack; the bot layer turns Slack requests into
questions and an allowed visibility level, and answers into blocks.
"""
