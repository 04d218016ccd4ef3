# expect-fail: 22
# Mutant: truncating division instead of floor division.
def histogram(values: list[int], bucket: int = 1) -> dict[int, int]:
    if bucket <= 0:
        raise ValueError("bucket must be positive")
    counts: dict[int, int] = {}
    for v in values:
        key = int(v / bucket) * bucket
        counts[key] = counts.get(key, 0) + 1
    return counts
