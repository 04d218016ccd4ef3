# expect-fail: 31 32
# Mutant: ignores strict and never raises.
from typing import Optional


def safe_div(a: float, b: float, strict: bool = False) -> Optional[float]:
    if b == 0:
        return None
    return a / b
