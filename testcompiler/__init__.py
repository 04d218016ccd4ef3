"""testcompiler: compile Python test suites into test harnesses for other languages, and run them."""

from testcompiler.api import (
    compile_file,
    compile_source,
    compile_suite,
    expectations,
    observed_program,
    program,
    run_solution,
    run_stub,
    stub_program,
)
from testcompiler.frontend import FrontendError, read_suite
from testcompiler.run.executor import (
    CheckResult,
    Expectations,
    InterpreterMissing,
    Outcome,
    Status,
    run_program,
)

__all__ = [
    "CheckResult",
    "Expectations",
    "FrontendError",
    "InterpreterMissing",
    "Outcome",
    "Status",
    "compile_file",
    "compile_source",
    "compile_suite",
    "expectations",
    "observed_program",
    "program",
    "read_suite",
    "run_program",
    "run_solution",
    "run_stub",
    "stub_program",
]
