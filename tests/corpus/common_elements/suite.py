def common_elements(a, b):
    """Return the set of the elements that are in both a and b."""


METADATA = {}


def check(candidate):
    assert candidate({1, 2, 3}, {2, 3, 4}) == {2, 3}
    assert candidate({"a", "b"}, {"b", "c"}) == {"b"}
    assert candidate({-1, 0, 1}, {1, -1}) == {-1, 1}
    assert candidate({1, 2}, {3}) == set(), "disjoint sets"
    assert sorted(candidate({5, 3, 9}, {9, 3})) == [3, 9]
    assert candidate({1, 2}, {1, 2}) != {1}
    assert not candidate({"x"}, {"y"})
    assert candidate({10, 20}, {20, 10}) == {20, 10}


check(common_elements)
