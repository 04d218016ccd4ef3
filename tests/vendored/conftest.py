# Upstream test suites vendored as inputs for trace mode (tests/test_trace.py), not tests of this project.
collect_ignore_glob = ["*/test_*.py"]
