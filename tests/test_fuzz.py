"""Property-based fuzzing of `testcompiler compile` (hypothesis, a bounded number of examples): mutated
corpus suites, deep nesting, huge literals, non-UTF-8 bytes, NUL, BOM and CRLF. Whatever the input, the exit
code is 0 or 2, stderr holds only one-line diagnostics, and what is emitted still passes its language's
parser (asked in the sandbox, as the executor asks it)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from corpus import CORPUS, PROBLEMS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emitters import get_emitter, languages
from testcompiler.cli import main
from testcompiler.run.executor import InterpreterMissing, interpreter, parses

SEEDS = [(CORPUS / p / "suite.py").read_bytes() for p in PROBLEMS]
# file:line:col: message, file: message, or the closing count
ONE_LINE = re.compile(r"^(\S.*?:(\d+:\d+:)? .+|\d+ suite\(s\), \d+ checks compiled, \d+ skipped)$")


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["insert", "delete", "repeat", "nest", "literal", "bytes", "encoding"]))
        if kind == "insert":
            data = data[:at] + draw(st.text(max_size=20)).encode() + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 40)) :]
        elif kind == "repeat":
            lines = data.splitlines(keepends=True)
            asserts = [line for line in lines if line.lstrip().startswith(b"assert")] or lines[-1:]
            data += draw(st.sampled_from(asserts)) * draw(st.integers(2, 300))
        elif kind == "nest":
            depth = draw(st.integers(1, 400))
            opener, closer = draw(st.sampled_from([(b"(", b")"), (b"[", b"]"), (b"-", b""), (b"not ", b"")]))
            data += b"\nassert f(" + opener * depth + b"1" + closer * depth + b") == 1\n"
        elif kind == "literal":
            digits = draw(st.integers(100, 20000))
            data += (
                b"\nassert f("
                + b"9" * digits
                + draw(st.sampled_from([b"", b".5", b"e999", b"j"]))
                + b") == 1\n"
            )
        elif kind == "bytes":
            data = data[:at] + draw(st.binary(max_size=8)) + data[at:]
        else:
            data = draw(st.sampled_from([b"\xef\xbb\xbf" + data, data.replace(b"\n", b"\r\n"), data + b"\0"]))
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(source=mutated(), language=st.sampled_from(languages()))
def test_compile_never_tracebacks(
    source: bytes, language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fuzzed.py"
    path.write_bytes(source)
    out = tmp_path / "out"
    capsys.readouterr()
    code = main(["compile", str(path), "--lang", language, "--format", "jsonl", "--out", str(out)])
    stderr = capsys.readouterr().err
    assert code in (0, 2)
    assert all(ONE_LINE.match(line) for line in stderr.splitlines()), stderr
    if code != 0:
        return
    emitter = get_emitter(language)
    try:
        interpreter(emitter)
    except InterpreterMissing:
        return  # emitted, but no parser here to ask (Julia): its snapshots and the corpus cover it
    for line in (out / f"{emitter.name}.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        stub = record["prompt"] + emitter.stub_body + "\n" + record["tests"]
        ok, complaint = parses(stub, emitter, 30.0)
        assert ok, complaint
