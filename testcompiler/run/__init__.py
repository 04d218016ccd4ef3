"""The last stage: run compiled programs in the real interpreters, sandboxed (sandbox, executor, warm
workers, pool), read their printed values back (readback), judge them (judge), and evaluate completion
files (evaluate)."""
