"""Stage 5, translate: K candidate translations of each function into each target language.

The prompt is our emitter's own (target signature, docstring as a comment) preceded, as in MultiPL-T, by
the Python function as a comment. Completions are cut at the emitter's stop tokens. A language to which none
of the function's tests compile gets no prompt: nothing could verify its candidates.
"""

from __future__ import annotations

from emitters import UnknownLanguage, get_emitter
from pipeline.checking import suite_source
from pipeline.config import TranslateConfig
from pipeline.llm import CachedBackend, Sampling
from pipeline.progress import bar
from pipeline.records import Record, StageResult, content_hash
from testcompiler import compile_suite, read_suite
from testcompiler.frontend import FrontendError


def llm_prompt(python: str, target_prompt: str, language: str) -> str:
    return (
        get_emitter(language).comment("This is the Python function to translate:\n\n" + python.rstrip())
        + "\n\n"
        + target_prompt
    )


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
    prompts = [llm_prompt(r["typed_code"], p, lang) for r, lang, p, _ in jobs]
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
