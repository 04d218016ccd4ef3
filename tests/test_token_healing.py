"""Token healing (pipeline/healing.py) on a tiny model and tokenizer built on the spot, and the translation
prompt forms (pipeline/translate.py). Nothing is downloaded."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pipeline_support.server import serve
from pipeline_support.tiny_model import build

from pipeline.config import ModelConfig
from pipeline.healing import Healer, HealingProcessor, strip_healed
from pipeline.llm import CachedBackend, HFBackend, OpenAIBackend, Sampling, truncate
from pipeline.records import content_hash
from pipeline.translate import llm_prompt, worked_example_parts
from pipeline.worked_example import NAME, PYTHON, TESTS, body

torch = pytest.importorskip("torch")

PROMPTS = ["def f(x):\n", "local function f(x)\n", "assert f("]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    torch.set_num_threads(1)
    return build(tmp_path_factory.mktemp("tiny-llama"))


@pytest.fixture(scope="module")
def healer(tiny_model: Path) -> Healer:
    from transformers import AutoTokenizer

    return Healer(AutoTokenizer.from_pretrained(tiny_model))


def test_the_prompt_loses_its_last_token_and_a_merged_newline_may_replace_it(healer: Healer) -> None:
    head, removed = healer.back_up("def f(x):\n")
    assert (head, removed) == ("def f(x):", "\n")
    # The tokenizer writes a newline and the next line's indent as one token, which a prompt ending in a bare
    # "\n" token rules out; healing allows it, and nothing that would not write the newline first.
    indent = healer.tokenizer("\n    return", add_special_tokens=False)["input_ids"][0]
    assert healer.texts[indent].startswith("\n ") and indent in healer.allowed("\n")
    assert all(healer.texts[i].startswith("\n") for i in healer.allowed("\n"))
    word = healer.tokenizer("return", add_special_tokens=False)["input_ids"][0]
    scores = torch.zeros(2, len(healer.texts))
    scores[:, word] = 10.0  # the model's favourite: text that breaks the prompt's last token
    scores[:, indent] = 5.0
    healed = HealingProcessor(healer, ["\n"], 2, start=4)(torch.zeros(2, 4, dtype=torch.long), scores)
    assert healed.argmax(dim=1).tolist() == [indent, indent]
    # After the newline is written the rows are free again.
    written = torch.tensor([[0, 0, 0, 0, indent]] * 2)
    processor = HealingProcessor(healer, ["\n"], 2, start=4)
    assert processor(written, scores).argmax(dim=1).tolist() == [word, word]


def test_healed_completions_always_write_the_removed_text_first(tiny_model: Path) -> None:
    sampling = Sampling(n=6, temperature=1.5, top_p=1.0, max_new_tokens=4)
    healed = HFBackend(ModelConfig(name=str(tiny_model), threads=1, token_healing=True))
    removed, raw = healed.sample(PROMPTS, sampling)
    assert removed == ["\n", "\n", "("]
    assert all(text.startswith(cut) for cut, texts in zip(removed, raw, strict=True) for text in texts)
    final = healed.generate(PROMPTS, sampling)
    assert final == [[strip_healed(t, cut) for t in texts] for cut, texts in zip(removed, raw, strict=True)]
    # Unconstrained, the same model from the same shortened prompts mostly does not: the mask does the work.
    free = HFBackend(ModelConfig(name=str(tiny_model), threads=1, token_healing=False))
    heads = [p[: len(p) - len(cut)] for p, cut in zip(PROMPTS, removed, strict=True)]
    _, unhealed = free.sample(heads, sampling)
    assert sum(not t.startswith(cut) for cut, texts in zip(removed, unhealed, strict=True) for t in texts) > 6


def test_healing_off_is_the_old_generation_byte_for_byte(tiny_model: Path) -> None:
    config = ModelConfig(name=str(tiny_model), threads=1, batch_size=2, token_healing=False)
    backend = HFBackend(config)
    sampling = Sampling(n=2, temperature=0.9, max_new_tokens=8, stop=("\n",))
    # The generation before healing existed, spelt out: left-padded batches, sampled, decoded, cut.
    torch.manual_seed(config.seed)
    expected = []
    for start in range(0, len(PROMPTS), 2):
        batch = PROMPTS[start : start + 2]
        inputs = backend.tokenizer(batch, return_tensors="pt", padding=True)
        tokens = backend.model.generate(
            **inputs, max_new_tokens=8, num_return_sequences=2, do_sample=True, temperature=0.9,
            top_p=0.95, pad_token_id=backend.tokenizer.pad_token_id, stop_strings=["\n"],
            tokenizer=backend.tokenizer,
        )  # fmt: skip
        new = tokens[:, inputs["input_ids"].shape[1] :]
        texts = backend.tokenizer.batch_decode(new, skip_special_tokens=True)
        expected += [[truncate(t, ["\n"]) for t in texts[i * 2 : i * 2 + 2]] for i in range(len(batch))]
    assert backend.generate(PROMPTS, sampling) == expected


def test_the_cache_key_changes_with_healing_and_stays_as_it_was_without(tmp_path: Path) -> None:
    sampling = Sampling(n=2, stop=("\n",))
    off = CachedBackend(ModelConfig(token_healing=False), tmp_path / "a.jsonl")
    on = CachedBackend(ModelConfig(token_healing=True), tmp_path / "b.jsonl")
    old = content_hash(("hf", "smollm2", 0), "p", 2, 0.8, 0.95, 256, ["\n"])
    assert off.key("p", sampling) == old != on.key("p", sampling)


def test_openai_ignores_healing_and_keeps_its_cache_keys(tmp_path: Path) -> None:
    """A server cannot constrain the first token alone: the prompt goes as it is, and the answers too."""
    with serve(lambda prompt, n: ["\n    x\nSTOP"] * n) as server:
        config = ModelConfig(backend="openai", name="m", base_url=server.url, token_healing=True)
        assert OpenAIBackend(config).generate(["a\n"], Sampling(n=1, stop=("\nSTOP",))) == [["\n    x"]]
    assert server.requests[0]["prompt"] == ["a\n"]
    off = dataclasses.replace(config, token_healing=False)
    sampling = Sampling()
    assert CachedBackend(config, tmp_path / "a").key("p", sampling) == CachedBackend(off, tmp_path / "b").key(
        "p", sampling
    )


def test_translation_prompt_forms() -> None:
    python = "def inc(x: int) -> int:\n    return x + 1\n"
    target = "#lang racket\n\n;; Add one.\n(define (inc x)\n"
    assert llm_prompt(python, target, "rkt", "plain") == target
    comment = llm_prompt(python, target, "rkt", "comment")
    assert comment.endswith(target) and ";; def inc(x: int) -> int:" in comment
    example = llm_prompt(python, target, "rkt", "comment+example")
    assert example.startswith("#lang racket\n\n") and example.count("#lang racket") == 1
    assert example.endswith(comment[: -len(target)] + target[len("#lang racket\n\n") :])
    assert "(define (sum_of_even numbers)\n" + str(body("rkt")).rstrip("\n") in example
    assert all(body(language) for language in ("lua", "rkt", "ml", "r", "jl"))  # MultiPL-T's languages
    # A language without a worked example gets the comment form.
    assert llm_prompt(python, "f <- function() {\n", "py", "comment+example") == llm_prompt(
        python, "f <- function() {\n", "py", "comment"
    )


@pytest.mark.parametrize("language", ["lua", "rkt"])
def test_the_worked_example_passes_its_tests(language: str) -> None:
    from emitters import get_emitter
    from pipeline.checking import suite_source
    from pipeline.verify import run_programs
    from testcompiler import InterpreterMissing, Status, compile_source, expectations, observed_program
    from testcompiler.run.executor import interpreter

    compiled = compile_source(suite_source(PYTHON, TESTS), language, f"{NAME}.py", NAME, doctests=False)
    try:
        interpreter(get_emitter(language))
    except InterpreterMissing as exc:
        pytest.skip(str(exc))
    parts = worked_example_parts(language)
    assert parts is not None
    program = observed_program(compiled, parts[0] + parts[1])
    (outcome,) = run_programs([(language, program, expectations(compiled))], 30.0, warm=False)
    assert outcome.status is Status.OK and len(compiled.checks) == 3
