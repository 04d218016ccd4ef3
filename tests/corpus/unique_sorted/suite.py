import pytest


def unique_sorted(values: list[int], reverse: bool = False) -> list[int]:
    """Return the distinct values in ascending order, or descending order if reverse is true."""
    ...


def test_plain():
    assert unique_sorted([3, 1, 2, 3, 1]) == [1, 2, 3]
    assert unique_sorted([]) == []
    assert unique_sorted([3, 1, 2]) == sorted([3, 1, 2])
    assert unique_sorted([-2, 5, -2]) == [-2, 5]


def test_conversions():
    assert tuple(unique_sorted([2, 1, 2])) == (1, 2)
    assert sorted(unique_sorted([9, 7, 8], reverse=True)) == [7, 8, 9]
    assert set(unique_sorted([4, 4, 5])) == {4, 5}
    assert list(unique_sorted([1, 1])) == [1]


def test_reverse():
    assert unique_sorted([1, 3, 2], reverse=True) == [3, 2, 1]
    assert unique_sorted([1, 3, 2], True) != [1, 2, 3]
