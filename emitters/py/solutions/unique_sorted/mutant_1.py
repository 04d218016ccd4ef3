# expect-fail: 24 25
# Mutant: ignores reverse.
def unique_sorted(values: list[int], reverse: bool = False) -> list[int]:
    return sorted(set(values))
