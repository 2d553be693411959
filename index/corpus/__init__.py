"""Documents: reading the corpus (front matter, chunking) and importing pages into it."""
