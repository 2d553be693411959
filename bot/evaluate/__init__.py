"""Retrieval-quality evaluation: BEIR datasets and the project's own question set."""
