"""Bad input to the pipeline's commands: each case is either one line on stderr and exit status 2, or a drop
counted with its reason in the stage's funnel. Never a traceback, never a record gone without a count.

Most cases call the real command line in this process (``testcompiler.cli.main``); those where a library
might print on its own (a Parquet reader's logger) run it as a subprocess. The bad config cases (unknown key,
table, value) and a missing source live in test_pipeline_run.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pipeline_support.scripted import CORPUS

from testcompiler.cli import main

FUNCTION = 'def double(x):\n    """Twice x."""\n    return 2 * x\n'


def one_line_exit_2(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err.strip()


def stage(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    """A stage command that succeeds: its funnel line."""
    assert main(["pipeline", *argv]) == 0
    return dict(json.loads(capsys.readouterr().out.strip().splitlines()[-1]))


def test_unreadable_and_unparsable_corpus_files_are_counted_drops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "numbers.py").write_text(CORPUS)
    (corpus / "broken.py").write_text("def broken(:\n    pass\n")
    (corpus / "binary.py").write_bytes(b"\xff\xfe\x00def f(x):\n    return x\n")
    (corpus / "folder.py").mkdir()
    (corpus / "dangling.py").symlink_to(tmp_path / "gone.py")
    out = tmp_path / "functions.jsonl"
    funnel = stage(capsys, "collect", str(corpus), "-o", str(out))
    assert funnel["by_language"]["py"] == {
        "in": 6, "out": 2, "dropped": {"unparsable-source": 2, "unreadable-source": 2},
    }  # fmt: skip
    dropped = {d["id"]: d for d in map(json.loads, out.with_name("functions.dropped.jsonl").open())}
    assert dropped["broken.py"]["reason"] == "unparsable-source" and "2:" in dropped["broken.py"]["detail"]
    assert dropped["folder.py"]["detail"] == "Is a directory"
    assert dropped["dangling.py"]["detail"] == "No such file or directory"


def test_a_broken_line_in_a_jsonl_corpus_is_a_counted_drop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "rows.jsonl"
    lines = [json.dumps({"content": FUNCTION}), '{"content": "def cut', json.dumps({"other": 1}), "[]"]
    rows.write_text("\n".join(lines) + "\n")
    out = tmp_path / "functions.jsonl"
    funnel = stage(capsys, "collect", str(rows), "-o", str(out))
    assert funnel["by_language"]["py"] == {
        "in": 4, "out": 1, "dropped": {"broken-line": 1, "no-content": 2},
    }  # fmt: skip
    (broken,) = [
        d
        for d in map(json.loads, out.with_name("functions.dropped.jsonl").open())
        if d["reason"] == "broken-line"
    ]
    assert broken["detail"].startswith(f"{rows}:2:")  # file:line:col of the damage
    assert [r["name"] for r in map(json.loads, out.open())] == ["double"]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"id": "a", "name": "f", "code": "x"}', '{"id": broken'], r"in.jsonl:2:8: not JSON"),
        (['["a", "list"]'], "in.jsonl:1:1: not a JSON object"),
        (['{"id": "a"}'], "in.jsonl: record 1 has no 'name', 'code': filter reads id, name, code"),
    ],
    ids=["broken-line", "not-an-object", "missing-fields"],
)
def test_a_bad_stage_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: list[str], message: str
) -> None:
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    err = one_line_exit_2(
        capsys, "pipeline", "filter", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "o.jsonl")
    )
    assert message in err
    assert not (tmp_path / "o.jsonl").exists()


def test_an_unknown_stage_is_refused_with_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["pipeline", "translat", "in.jsonl", "-o", "out.jsonl"])
    err = capsys.readouterr().err
    assert exit.value.code == 2 and "Traceback" not in err
    [line] = err.strip().splitlines()  # without argparse's usage lines
    assert line.startswith("testcompiler pipeline: error: ") and "invalid choice: 'translat'" in line


def config(tmp_path: Path, text: str) -> str:
    (tmp_path / "corpus").mkdir(exist_ok=True)
    (tmp_path / "corpus" / "numbers.py").write_text(CORPUS)
    (tmp_path / "c.toml").write_text('[source]\npaths = ["corpus"]\n' + text)
    return str(tmp_path / "c.toml")


@pytest.mark.parametrize(
    ("model", "message"),
    [
        ('name = "/nowhere/model"', "/nowhere/model: not a model directory, a .gguf file or a cached hub id"),
        ('name = "models/tiny.gguf"', "models/tiny.gguf: no such GGUF file"),
    ],
    ids=["folder", "gguf"],
)
def test_a_missing_model_is_one_line_and_exit_2_before_any_stage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], model: str, message: str
) -> None:
    path = config(tmp_path, f'[model]\nbackend = "hf"\n{model}\n')
    err = one_line_exit_2(capsys, "pipeline", "run", path, "--workdir", str(tmp_path / "w"))
    assert err == f"error: {message}"
    assert not (tmp_path / "w" / "stages").exists()  # found before collect, not after hours of work


def test_an_unusable_workdir_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("")
    path = config(tmp_path, "")
    err = one_line_exit_2(capsys, "pipeline", "run", path, "--workdir", str(tmp_path / "file" / "w"))
    assert err == f"error: {tmp_path / 'file' / 'w'}: cannot use as the workdir: Not a directory"


def test_an_unreadable_dataset_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "rows.json").write_text('{"content": ')
    err = one_line_exit_2(
        capsys, "pipeline", "collect", str(tmp_path / "rows.json"), "-o", str(tmp_path / "o")
    )
    assert err.startswith(f"error: {tmp_path / 'rows.json'}: cannot read as JSON: "), err
    # In a process of its own: Parquet's reader logs on its own, to the stderr of the process
    (tmp_path / "rows.parquet").write_bytes(b"not parquet")
    command = ["pipeline", "collect", str(tmp_path / "rows.parquet"), "-o", str(tmp_path / "o.jsonl")]
    done = subprocess.run([sys.executable, "-m", "testcompiler", *command], capture_output=True, text=True)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert done.stderr.startswith(f"error: {tmp_path / 'rows.parquet'}: cannot read as Parquet: "), (
        done.stderr
    )


def test_an_unknown_target_language_is_one_line_and_exit_2_before_any_stage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = config(tmp_path, '[translate]\nlanguages = ["lua", "cobol"]\n')
    err = one_line_exit_2(capsys, "pipeline", "run", path, "--workdir", str(tmp_path / "w"))
    assert err.startswith(f"error: {path}: [translate] languages: unknown language 'cobol' (known: py, ")
    assert not (tmp_path / "w").exists()
