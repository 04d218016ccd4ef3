"""Real things the pipeline tests talk to: an OpenAI-compatible HTTP server on loopback that answers from a
table, and a tiny causal LM built from a config (never downloaded)."""
