"""Warm workers: long-running interpreters that run many programs, each with fresh state (see testcompiler.warm)."""
