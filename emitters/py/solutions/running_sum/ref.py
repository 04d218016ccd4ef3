from typing import List


def running_sum(numbers: List[float]) -> List[float]:
    result = []
    total = 0
    for x in numbers:
        total += x
        result.append(total)
    return result
