# expect-fail: 24 25 28
# Mutant: adds the absolute value of each element.
from typing import List


def running_sum(numbers: List[float]) -> List[float]:
    result = []
    total = 0
    for x in numbers:
        total += abs(x)
        result.append(total)
    return result
