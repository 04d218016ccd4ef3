# expect-fail: 5 15
# Mutant: drops a short last chunk.
def chunk(items: list, size: int) -> list[list]:
    if size <= 0:
        raise ValueError("size must be positive")
    return [items[i:i + size] for i in range(0, len(items) - size + 1, size)]
