"""The neural side: a fine-tuned MiniLM cross-encoder (``classifier``) and its trainer (``train``).
Nothing here is imported by ``import hybrid_nli``; torch and transformers load on first use."""
