"""Warm workers: interpreters that run many programs, each with fresh state (see testcompiler.warm)."""
