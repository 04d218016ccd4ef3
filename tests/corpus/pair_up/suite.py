from typing import List, Tuple


def pair_up(items: List[int], overlap: bool = False) -> List[Tuple[int, int]]:
    """Group items into pairs.

    Without overlap the items are taken two at a time and an odd last item is
    dropped; with overlap every item is paired with the one after it.

    >>> pair_up([1, 2, 3, 4])
    [(1, 2), (3, 4)]
    >>> pair_up([1, 2, 3])
    [(1, 2)]
    >>> pair_up([])
    []
    >>> pair_up([7])
    []
    >>> pair_up([1, 2, 3], overlap=True)
    [(1, 2), (2, 3)]
    >>> pair_up([5, -5,
    ...          -6, 6])
    [(5, -5), (-6, 6)]
    >>> pair_up([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16], True)  # doctest: +NORMALIZE_WHITESPACE
    [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9),
     (9, 10), (10, 11), (11, 12), (12, 13), (13, 14), (14, 15), (15, 16)]
    """
    ...
