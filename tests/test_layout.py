"""A language is one unit: its folder ``emitters/<key>/``, its grammar in ``grammars/`` and its line in the
registry (``emitters/__init__.py``). The rest of the code never names one, and the imports flow one way."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from emitters import SOURCE, Emitter, Runtime, all_emitters, get_emitter, languages

ROOT = Path(__file__).resolve().parent.parent
# Where no language may be named: the compiler's stages, the pipeline, the shared emitter code, the
# benchmarks and the scripts. Tests may name the language they are about.
SCANNED = ("testcompiler", "ir", "pipeline", "emitters", "bench", "scripts", ".ci")
REGISTRY = ROOT / "emitters" / "__init__.py"


# The target languages' emitter classes, by lower-cased name.
CLASS_NAMES = {type(e).__name__.lower() for e in all_emitters() if e.name != SOURCE}


def target_words() -> dict[str, str]:
    """Every word that names a target language, lower-cased -> its key. Python, the source language, is
    named everywhere the compiler reads Python (``.py`` files, ``SOURCE``) and is left out."""
    words = {}
    for e in all_emitters():
        if e.name == SOURCE:
            continue
        names = (e.name, *e.aliases, e.display, type(e).__name__, *e.runtime.interpreters)
        for word in (*names, *e.runtime.install.debian, *e.runtime.install.npm):
            words[word.lower()] = e.name
    return words


def scanned_files() -> Iterator[Path]:
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*")):
            rel = path.relative_to(ROOT)
            in_bundle = rel.parts[0] == "emitters" and len(rel.parts) > 2
            if path.is_file() and not in_bundle and "__pycache__" not in rel.parts:
                yield path


# The project's own scripts are bash programs (as its own code is Python): a shebang, a script of ours run by
# bash, or a script's path names the project's tooling, not the target language that Bash also is.
OWN_SCRIPTS = re.compile(r"#!/usr/bin/env bash|\b(?:exec )?bash (?=scripts/)|\bscripts/[\w-]+\.sh\b")


def named_in_python(path: Path, words: dict[str, str], extension: re.Pattern[str]) -> Iterator[str]:
    """String constants (docstrings aside) equal to a language word or holding one of its file extensions,
    and names equal to a language's emitter class. The registry's lines are the one place outside a bundle
    that names its language."""
    if path == REGISTRY:
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            text = OWN_SCRIPTS.sub("", node.value)
            if text.lower() in words or extension.search(text):
                yield f"line {node.lineno}: {node.value[:60]!r}"
        elif isinstance(node, ast.Name | ast.alias):
            name = node.id if isinstance(node, ast.Name) else node.name
            if name.lower() in CLASS_NAMES:
                yield f"line {node.lineno}: {name}"


def named_in_text(path: Path, words: dict[str, str], extension: re.Pattern[str]) -> Iterator[str]:
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.I)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = OWN_SCRIPTS.sub("", line)
        if pattern.search(text) or extension.search(text):
            yield f"line {number}: {line.strip()[:60]!r}"


def test_no_language_is_named_outside_its_bundle() -> None:
    words = target_words()
    extensions = sorted({e.file_ext for e in all_emitters() if e.name != SOURCE})
    extension = re.compile(r"\.(" + "|".join(map(re.escape, extensions)) + r")\b")
    found = []
    for path in scanned_files():
        scan = named_in_python if path.suffix == ".py" else named_in_text
        if path.suffix in (".py", ".sh", "") or path.name == "run":
            found += [f"{path.relative_to(ROOT)} {hit}" for hit in scan(path, words, extension)]
    assert found == [], "language-specific code outside emitters/<key>/:\n" + "\n".join(found)


@pytest.mark.parametrize("emitter", all_emitters(), ids=lambda e: e.name)
def test_every_bundle_is_whole(emitter: Emitter) -> None:
    assert type(emitter).missing() == []
    folder = emitter.bundle()
    assert folder == ROOT / "emitters" / emitter.name
    for name in ("__init__.py", "harness.j2", "prompt.j2", f"prelude.{emitter.file_ext}", "samples.py"):
        assert (folder / name).is_file(), f"{emitter.name}: no {name}"
    assert emitter.expectations().VALUES and emitter.samples().HONEST
    assert (ROOT / "grammars" / emitter.value_grammar).is_file()
    if emitter.runtime.worker is not None:
        assert (folder / emitter.runtime.worker.script).is_file()
    install = emitter.runtime.install
    assert emitter.name == SOURCE or bool(install.debian or install.npm) != bool(install.unavailable), (
        "a runtime is installed from Debian or npm, or says why it cannot be"
    )


def test_a_language_that_lacks_a_method_or_an_attribute_is_reported() -> None:
    class Half(Emitter):
        name = "half"
        display = "Half"
        runtime: ClassVar[Runtime] = Runtime(("half",), ("{interpreter}", "{file}"), ())

        def emit_list(self, v: object) -> str:
            return ""

    missing = Half.missing()
    assert {"emit_tuple", "emit_set", "emit_dict", "file_ext", "stub_body", "nan_literal"} <= set(missing)
    assert "emit_list" not in missing and "name" not in missing
    with pytest.raises(TypeError, match="abstract"):
        Half()  # type: ignore[abstract]


def test_imports_flow_one_way_without_circles() -> None:
    """The contracts in pyproject.toml: pipeline above testcompiler above emitters above ir, the stages
    inside testcompiler, and no circle among the modules of any package."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "testcompiler", *map(str, args)]
    return subprocess.run(argv, capture_output=True, text=True, timeout=300, cwd=ROOT)


@pytest.mark.slow  # it compiles every corpus stub: a compiled language's check takes most of a minute
@pytest.mark.parametrize("language", languages())
def test_langs_check_passes_every_bundle(language: str) -> None:
    result = cli("langs", "--check", language)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "failed" not in result.stdout
    assert result.stdout.count("ok") >= 2  # the bundle, and the corpus rendered; the rest where installed


def test_langs_check_names_a_value_that_does_not_read_back(tmp_path: Path) -> None:
    problem = tmp_path / "halves"
    problem.mkdir()
    (problem / "suite.py").write_text(
        "def halves(n: int) -> list[float]:\n    ...\n\nassert halves(2) == [1.0]\n"
    )
    source = next(e for e in all_emitters() if e.name == SOURCE)
    (problem / f"ref.{source.file_ext}").write_text("def halves(n):\n    return [n / 2, 0.5]\n")
    result = cli("langs", "--check", SOURCE, "--corpus", tmp_path)
    assert result.returncode == 1
    assert "halves: AssertionError" in result.stdout


def test_the_install_plan_comes_from_the_bundles() -> None:
    plan = cli("langs", "--install-plan", "--only", ",".join(e.name for e in all_emitters()))
    assert plan.returncode == 0, plan.stderr
    for line in plan.stdout.splitlines():
        kind, rest = line.split(" ", 1)
        key = rest.split(" ", 1)[0]
        assert kind in ("apt", "npm", "unavailable"), line
        if kind == "apt":
            assert any(
                rest in (*e.runtime.install.debian, *e.runtime.install.speedups) for e in all_emitters()
            )
        if kind == "unavailable":
            assert any(e.name == key and e.runtime.install.unavailable for e in all_emitters()), line
    # every apt package, present runtime or not (a JDK found on the machine does not bring javatuples)
    listed = {line.split(" ", 1)[1] for line in plan.stdout.splitlines() if line.startswith("apt ")}
    assert {p for e in all_emitters() for p in e.runtime.install.debian} <= listed
    missing = cli("langs", "--install-plan", "--only", "cobol")
    assert missing.returncode == 2 and "unknown language 'cobol'" in missing.stderr


def test_the_checkouts_venv_runs_the_checkout() -> None:
    """setup.sh hard-links the machine's venv of the dependencies into .venv: its scripts must name the
    checkout's interpreter, not the cache's, and testcompiler must import from the checkout."""
    venv = ROOT / ".venv"
    if not (venv / "testcompiler-deps").is_file():
        pytest.skip("this .venv was not made by scripts/setup.sh")
    for script in ("pytest", "mypy", "testcompiler"):
        interpreter = (venv / "bin" / script).read_text().splitlines()[0].removeprefix("#!")
        assert os.path.realpath(Path(interpreter).parent.parent) == str(venv), (script, interpreter)
    where = subprocess.run(
        [venv / "bin" / "python", "-c", "import testcompiler; print(testcompiler.__file__)"],
        capture_output=True, text=True, cwd="/", check=True,
    )  # fmt: skip
    assert Path(where.stdout.strip()).is_relative_to(ROOT), where.stdout


def test_prepare_builds_what_a_runtime_starts_from() -> None:
    """setup.sh's last step: Clojure's compiled prelude and class archive, which every JVM then maps."""
    from emitters.cache import cache_directory
    from testcompiler.run.executor import InterpreterMissing, interpreter

    clojure = get_emitter("clj")
    try:
        interpreter(clojure)
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    result = cli("langs", "--prepare", "--only", "clj")
    assert result.returncode == 0, result.stderr
    archives = [a.split("=", 1)[1] for a in clojure.runtime.run if a.startswith("-XX:SharedArchiveFile=")]
    assert archives and Path(archives[0]).parent == cache_directory() and Path(archives[0]).stat().st_size > 0


def test_the_machine_cache_drops_what_nothing_used_for_a_month(tmp_path: Path) -> None:
    """An old toolchain's or prelude's entry (a hash no runtime asks for again) goes; one a runtime read
    lately stays, however old its files; the IR cache, bounded on its own, stays."""
    from emitters import cache

    now = 1_900_000_000.0
    old = now - 40 * 86400
    for name in ("ml-compiler-old", "ml-compiler-read-lately", "ir"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "compiler").write_bytes(b"x" * 1000)
    (tmp_path / "java-old.jsa").write_bytes(b"y" * 500)
    for path in tmp_path.rglob("*"):
        os.utime(path, (old, old))
    os.utime(tmp_path / "ml-compiler-read-lately" / "compiler", (now - 3600, old))  # read an hour ago
    removed = cache.prune(tmp_path, now=now)
    assert [name for name, _ in sorted(removed)] == ["java-old.jsa", "ml-compiler-old"]
    assert sorted(removed)[0][1] == 500 and sorted(removed)[1][1] >= 1000  # the folder's own size, and more
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ir", "ml-compiler-read-lately"]
    assert cache.prune(tmp_path, now=now) == []
