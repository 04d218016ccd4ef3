def double(x: int) -> int:
    """Return twice x."""
    ...


def helper(n):
    return n + n


assert double(2) == 4
assert double(-3) == -6
for i in range(3):
    assert double(i) == 2 * i
assert double(5) == double(5)
assert double(7) == helper(7)
assert 0 == double(0)
assert double(21) != 41
