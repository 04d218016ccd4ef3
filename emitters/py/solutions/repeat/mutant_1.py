# expect-fail: 13 14
# Mutant: puts end in front of the repeated text.
def repeat(s: str, n: int, sep: str = "", end: str = "") -> str:
    if n <= 0:
        return end
    return end + sep.join([s] * n)
