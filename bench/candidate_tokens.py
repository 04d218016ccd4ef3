"""Tokens a translation candidate costs: the prompt it is generated from and the completion, per language.

Measured on the items the pipeline exported (bench/data/pipeline-export.jsonl: verified translations of the
scripted corpus), with the translate stage's own prompt builder and the default model's tokenizer (SmolLM2,
a GPT-2-style BPE of 49k tokens, close to StarCoder's in tokens per character of code). docs/scale.md uses
the numbers.

    python bench/candidate_tokens.py [--data bench/data/pipeline-export.jsonl] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.models import resolve_model  # noqa: E402
from pipeline.records import read_jsonl  # noqa: E402
from pipeline.translate import llm_prompt  # noqa: E402
from testcompiler import compile_source  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=ROOT / "bench" / "data" / "pipeline-export.jsonl")
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    from transformers import AutoTokenizer

    folder, gguf = resolve_model("smollm2")
    tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=gguf)

    def count(text: str) -> int:
        return len(tokenizer(text, add_special_tokens=False)["input_ids"])

    rows: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for item in read_jsonl(args.data):
        python = item["suite"].split("\nassert ", 1)[0].rstrip() + "\n"
        compiled = compile_source(item["suite"], item["language"], "f.py", item["name"], doctests=False)
        prompt = llm_prompt(python, compiled.prompt, item["language"])
        completion = (
            item["content"][len(compiled.prompt) :] if item["content"].startswith(compiled.prompt) else ""
        )
        rows[item["language"]]["prompt"].append(count(prompt))
        rows[item["language"]]["completion"].append(
            count(completion) if completion else count(item["content"])
        )
        rows[item["language"]]["harness"].append(count(item["tests"]))
    result = {
        lang: {k: round(mean(v), 1) for k, v in parts.items()} | {"items": len(parts["prompt"])}
        for lang, parts in sorted(rows.items())
    }
    if args.json:
        print(json.dumps(result))
    else:
        for lang, row in result.items():
            print(f"{lang}: {row['items']} items, mean tokens: prompt {row['prompt']}, "
                  f"completion {row['completion']}, test harness {row['harness']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
