"""Python test code -> typed IR suite (libcst)."""

from testcompiler.frontend.reader import FrontendError, read_suite

__all__ = ["FrontendError", "read_suite"]
