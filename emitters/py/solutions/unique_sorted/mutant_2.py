# expect-fail: 10 13 17 20
# Mutant: sorts but does not remove duplicates.
def unique_sorted(values: list[int], reverse: bool = False) -> list[int]:
    return sorted(values, reverse=reverse)
