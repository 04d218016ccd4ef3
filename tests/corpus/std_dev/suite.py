import math

import pytest


def std_dev(values: list[float], ddof: int = 0) -> float:
    """Return the standard deviation of values: the square root of the sum of the
    squared deviations from the mean, divided by len(values) - ddof.

    Raise ValueError when len(values) - ddof is not positive.
    """
    ...


assert std_dev([2, 4, 4, 4, 5, 5, 7, 9]) == 2.0
assert std_dev([1, 2, 3, 4]) == pytest.approx(1.118034, rel=1e-3)
assert abs(std_dev([1, 2, 3, 4], ddof=1) - 1.2909944487358056) < 1e-6
assert abs(0.5 - std_dev([1.0, 2.0])) <= 1e-9
assert math.fabs(std_dev([-1.5, 1.5]) - 1.5) < 1e-6
assert math.isclose(std_dev([0.1, 0.2, 0.3]), 0.08164965809277258, rel_tol=1e-9)
assert math.isclose(std_dev([5, 5, 5]), 0.0, abs_tol=1e-6)
assert std_dev([10]) == 0


def test_sample_std():
    assert std_dev([1, 2, 3], 1) == 1.0
    assert std_dev([2, 4], ddof=1) == pytest.approx(2 ** 0.5)
    assert std_dev([1, 1, 2, 2]) != 0


def test_invalid():
    with pytest.raises(ValueError):
        std_dev([])
    with pytest.raises(ValueError):
        std_dev([3.0], ddof=1)
