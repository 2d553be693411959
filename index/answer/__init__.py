"""Answering: what a question asks, when to decline, which sentence answers, what is current."""
