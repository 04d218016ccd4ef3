from typing import List


def running_sum(numbers: List[float]) -> List[float]:
    """Return the running (prefix) sums of numbers: element i of the result is
    numbers[0] + numbers[1] + ... + numbers[i]. An empty input gives an empty list.
    For example, running_sum([1, 2, 3]) returns [1, 3, 6].
    """


### Unit tests below ###


METADATA = {
    'author': 'testcompiler-corpus',
    'dataset': 'test'
}


def check(candidate):
    assert candidate([1, 2, 3, 4]) == [1, 3, 6, 10]
    assert candidate([]) == [], "empty input must give an empty list"
    assert candidate([5]) == [5]
    assert candidate([3, -5, 2]) == [3, -2, 0]
    assert candidate([-1, -1, -1]) == [-1, -2, -3], "negative numbers"
    assert [0, 0, 0] == candidate([0, 0, 0])
    assert candidate([0.1, 0.2]) == [0.1, 0.30000000000000004]
    assert candidate([1.5, -2.5, 1.0]) == [1.5, -1.0, 0.0]
    assert candidate([10, 20, 30]) != [10, 20, 30]
    assert candidate([7, 8]) == [7, 7 + 8]


check(running_sum)
