# expect-fail: 17 26 27
# Mutant: always divides by n (ddof only used for validation).
import math


def std_dev(values: list[float], ddof: int = 0) -> float:
    n = len(values)
    if n - ddof <= 0:
        raise ValueError("not enough values")
    total = 0
    for v in values:
        total += v
    mean = total / n
    squares = 0.0
    for v in values:
        squares += (v - mean) * (v - mean)
    return math.sqrt(squares / (n))
