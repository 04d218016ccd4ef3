# expect-fail: 18 23
# Mutant: ignores overlap.
from typing import List, Tuple


def pair_up(items: List[int], overlap: bool = False) -> List[Tuple[int, int]]:
    return [(items[i], items[i + 1]) for i in range(0, len(items) - 1, 2)]
