# expect-fail: 28 29
# Mutant: returns 0 instead of None for a zero divisor.
from typing import Optional


def safe_div(a: float, b: float, strict: bool = False) -> Optional[float]:
    if b == 0:
        if strict:
            raise ZeroDivisionError("division by zero")
        return 0
    return a / b
