# expect-fail: 27 28
# Mutant: truncates every element to an integer before adding it.
from typing import List


def running_sum(numbers: List[float]) -> List[float]:
    result = []
    total = 0
    for x in numbers:
        total += int(x)
        result.append(total)
    return result
