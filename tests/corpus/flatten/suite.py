def flatten(nested: list, depth: int = -1) -> list:
    """Flatten nested lists, keeping the items in order.

    depth limits how many levels of nesting are removed: 0 returns a copy of the
    list, 1 removes one level, and a negative depth (the default) flattens completely.
    Items that are not lists are kept as they are.
    """


METADATA = {}


def check(candidate):
    assert candidate([1, [2, 3], [[4], 5]]) == [1, 2, 3, 4, 5]
    assert candidate([]) == []
    assert candidate([[], [[]]]) == [], "empty lists vanish"
    assert candidate([[1, 2], [3, 4]], 1) == [1, 2, 3, 4]
    assert candidate([1, [2, [3, [4]]]], depth=1) == [1, 2, [3, [4]]]
    assert candidate([1, [2, [3, [4]]]], depth=2) == [1, 2, 3, [4]]
    assert candidate([[1, 2], [3]], 0) == [[1, 2], [3]]
    assert candidate([["a", "b"], ["c"]]) == ["a", "b", "c"]
    assert candidate([[True], [False, [True]]]) == [True, False, True]
    assert candidate([-1, [-2.5, [0.25]]]) == [
        -1,
        -2.5,
        0.25,
    ]
