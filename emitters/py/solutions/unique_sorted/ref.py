def unique_sorted(values: list[int], reverse: bool = False) -> list[int]:
    return sorted(set(values), reverse=reverse)
