"""Search: embedding questions and passages, the dense (FAISS) and lexical (BM25) indexes, fusion."""
