"""Lark grammars, shipped as data files; code loads them by name with ``importlib.resources``."""
