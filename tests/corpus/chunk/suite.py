def chunk(items: list, size: int) -> list[list]:
    """Split items into consecutive chunks of length size; the last chunk may be
    shorter. Raise ValueError if size is not positive.

    >>> chunk([1, 2, 3, 4, 5, 6, 7], 3)
    [[1, 2, 3], [4, 5, 6], [7]]
    >>> chunk(["a", "b", "c", "d"], 2)
    [['a', 'b'], ['c', 'd']]
    >>> chunk(["it's", 'ok'], 1)
    [["it's"], ['ok']]
    >>> chunk([], 4)
    []
    >>> chunk([[1], [2, 3]], size=1)
    [[[1]], [[2, 3]]]
    >>> chunk([0.5, -1.25, 2.0], 2)
    [[0.5, -1.25], [2.0]]
    >>> chunk(["x"], 0)
    Traceback (most recent call last):
        ...
    ValueError: size must be positive
    """
    ...
