def repeat(s: str, n: int, sep: str = "", end: str = "") -> str:
    if n <= 0:
        return end
    return sep.join([s] * n) + end
