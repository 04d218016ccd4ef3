from typing import Optional


def safe_div(a: float, b: float, strict: bool = False) -> Optional[float]:
    if b == 0:
        if strict:
            raise ZeroDivisionError("division by zero")
        return None
    return a / b
