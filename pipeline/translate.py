"""Stage 5, translate: K candidate translations of each function into each target language.

The prompt is our emitter's own (target signature, docstring as a comment) preceded, as in MultiPL-T, by
the Python function as a comment, and by default by one worked translation in the same shape: small models
copy a form they are shown far better than they follow the comment alone (the README's measurements).
Completions are cut at the emitter's stop tokens. A language to which none of the function's tests compile
gets no prompt: nothing could verify its candidates.
"""

from __future__ import annotations

from functools import cache

from emitters import UnknownLanguage, get_emitter
from pipeline import worked_example
from pipeline.checking import suite_source
from pipeline.config import TranslateConfig
from pipeline.llm import CachedBackend, Sampling
from pipeline.progress import bar
from pipeline.records import Record, StageResult, content_hash
from testcompiler import compile_suite, read_suite
from testcompiler.frontend import FrontendError

_INTRO = "This is the Python function to translate:\n\n"


def llm_prompt(python: str, target_prompt: str, language: str, form: str = "comment+example") -> str:
    """What the model completes; the candidate is the completion of ``target_prompt`` whatever ``form`` is.

    ``plain``: the target prompt alone. ``comment``: the Python function as a comment above it (MultiPL-T's
    form). ``comment+example``: that, after one finished translation in the same shape
    (:mod:`pipeline.worked_example`), where the language has one.
    """
    if form == "plain":
        return target_prompt
    emitter = get_emitter(language)
    task = emitter.comment(_INTRO + python.rstrip()) + "\n\n"
    parts = worked_example_parts(language) if form == "comment+example" else None
    if parts is None:
        return task + target_prompt
    example, solution = parts
    # A block both prompts open with (Racket's "#lang racket") is the file's header, not the function's:
    # said once, at the top.
    block = target_prompt.split("\n\n", 1)[0] + "\n\n"
    header = block if "\n\n" in target_prompt and example.startswith(block) else ""
    example_text = emitter.comment(_INTRO + worked_example.PYTHON.rstrip())
    return (
        header
        + example_text
        + "\n\n"
        + example[len(header) :]
        + solution.rstrip("\n")
        + "\n\n"
        + task
        + target_prompt[len(header) :]
    )


@cache
def worked_example_parts(language: str) -> tuple[str, str] | None:
    """(our prompt for the worked example in ``language``, its hand-written body); None for a language
    whose bundle has no body, which then gets the ``comment`` form."""
    body = worked_example.body(language)
    if body is None:
        return None
    source = suite_source(worked_example.PYTHON, worked_example.TESTS)
    suite = read_suite(source, f"{worked_example.NAME}.py", worked_example.NAME, doctests=False)
    return compile_suite(suite, language).prompt, body


def translate(records: list[Record], config: TranslateConfig, llm: CachedBackend) -> StageResult:
    result = StageResult()
    for language in config.languages:
        try:
            get_emitter(language)
        except UnknownLanguage as exc:
            raise ValueError(f"[translate] languages: {exc}") from None
    jobs: list[
        tuple[Record, str, str, tuple[str, ...]]
    ] = []  # (record, language, target prompt, stop tokens)
    for record in records:
        name = record["name"]
        try:
            suite = read_suite(
                suite_source(record["typed_code"], record["tests"]), f"{name}.py", name, doctests=False
            )
        except FrontendError as exc:
            for language in config.languages:
                result.entered[language] += 1
                result.drop(record | {"language": language}, exc.code, exc.message)
            continue
        for language in config.languages:
            result.entered[language] += 1
            try:
                compiled = compile_suite(suite, language)
            except Exception as exc:  # a bug of ours: this record's drop, never the stage's end
                result.drop(record | {"language": language}, "internal-error", f"{type(exc).__name__}: {exc}")
                continue
            if not compiled.checks:
                reasons = sorted({d.code for d in compiled.skipped})
                result.drop(record | {"language": language}, "no-compilable-tests", ", ".join(reasons))
                continue
            jobs.append((record, language, compiled.prompt, compiled.stop_tokens))
    prompts = [llm_prompt(r["typed_code"], p, lang, config.prompt) for r, lang, p, _ in jobs]
    completions: list[list[str]] = []
    with bar("translate: generating", len(prompts)) as advance:
        # One call per set of stop tokens, i.e. per language, so each batch is cut at the right place.
        by_stop: dict[tuple[str, ...], list[int]] = {}
        for i, job in enumerate(jobs):
            by_stop.setdefault(job[3], []).append(i)
        answers: dict[int, list[str]] = {}
        for stop, indices in by_stop.items():
            sampling = Sampling(config.samples, config.temperature, config.top_p, config.max_new_tokens, stop)
            for i, texts in zip(
                indices, llm.generate([prompts[i] for i in indices], sampling, advance), strict=True
            ):
                answers[i] = texts
        completions = [answers[i] for i in range(len(jobs))]
    for (record, language, target_prompt, _), texts in zip(jobs, completions, strict=True):
        for k, completion in enumerate(texts):
            result.kept.append(
                {
                    "id": content_hash(record["id"], language, k, completion),
                    "function_id": record["id"],
                    "name": record["name"],
                    "source": record["source"],
                    "language": language,
                    "sample": k,
                    "prompt": target_prompt,
                    "completion": completion,
                    "suite": suite_source(record["typed_code"], record["tests"]),
                    "coverage": record.get("coverage"),
                }
            )
    return result
