"""Stage 7, dedup: fewer near-identical training items.

Within one source function and language, a candidate whose ROUGE-L F-measure (over code tokens) against an
already kept one exceeds the threshold is dropped, as in MultiPL-T. Across functions, MinHash LSH over token
n-grams (datasketch) drops near copies that different source functions produced.
ROUGE-L's longest common subsequence comes from rapidfuzz (C++), not a Python dynamic programme.
"""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from typing import Any

from datasketch import MinHashLSH
from rapidfuzz.distance import LCSseq

from pipeline.config import DedupConfig
from pipeline.decontam import minhash, tokens
from pipeline.executors import Done, Executor, LocalExecutor
from pipeline.records import Record, StageResult


def rouge_l(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 1.0 if a == b else 0.0
    lcs = LCSseq.similarity(a, b)
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(a), lcs / len(b)
    return 2 * precision * recall / (precision + recall)


def rouge_groups(
    groups: list[list[Record]], threshold: float, done: Done = None
) -> list[tuple[list[Record], list[tuple[Record, str]]]]:
    """Within each group (one function, one language), in sample order: the candidates kept, and the dropped
    ones with the reason's detail."""
    out = []
    for group in groups:
        kept: list[tuple[Record, list[str]]] = []
        dropped: list[tuple[Record, str]] = []
        for r in sorted(group, key=lambda r: r["sample"]):
            words = tokens(r["completion"])
            close = next(((k, s) for k, w in kept if (s := rouge_l(words, w)) > threshold), None)
            if close:
                dropped.append((r, f"{close[1]:.2f} against sample {close[0]['sample']}"))
            else:
                kept.append((r, words))
        out.append(([r for r, _ in kept], dropped))
        if done:
            done()
    return out


def signatures(records: list[Record], ngram: int, num_perm: int, done: Done = None) -> list[Any]:
    out = []
    for r in records:
        out.append(minhash(r["prompt"] + r["completion"], ngram, num_perm))
        if done:
            done()
    return out


def dedup(records: list[Record], config: DedupConfig, executor: Executor | None = None) -> StageResult:
    executor = executor or LocalExecutor()
    result = StageResult()
    result.count_in(records)
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for r in records:
        groups[(r["function_id"], r["language"])].append(r)
    survivors: list[Record] = []
    within = partial(rouge_groups, threshold=config.rouge_l)
    for kept, dropped in executor.map(within, [groups[key] for key in sorted(groups)]):
        for r, detail in dropped:
            result.drop(r, "rouge-l", detail)
        survivors += kept
    indexes: dict[str, MinHashLSH] = {}
    owner: dict[str, str] = {}  # candidate id -> its function: near copies of one's own siblings are fine
    sign = partial(signatures, ngram=config.ngram, num_perm=config.num_perm)
    for r, signature in zip(survivors, executor.map(sign, survivors), strict=True):
        lsh = indexes.setdefault(
            r["language"], MinHashLSH(threshold=config.minhash_threshold, num_perm=config.num_perm)
        )
        near = [k for k in lsh.query(signature) if owner[k] != r["function_id"]]
        if near:
            result.drop(r, "near-duplicate", f"of {sorted(near)[0]}")
            continue
        lsh.insert(r["id"], signature)
        owner[r["id"]] = r["function_id"]
        result.kept.append(r)
    return result
