# expect-fail: 20
# Mutant: puts the smaller item of each pair first.
from typing import List, Tuple


def pair_up(items: List[int], overlap: bool = False) -> List[Tuple[int, int]]:
    step = 1 if overlap else 2
    return [
        (min(items[i], items[i + 1]), max(items[i], items[i + 1]))
        for i in range(0, len(items) - 1, step)
    ]
