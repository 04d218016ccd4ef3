"""List helpers for the ingestion scripts."""


def running_max(values):
    """The largest value seen so far, at each position of the list.

    >>> running_max([3, 1, 4, 1, 5])
    [3, 3, 4, 4, 5]
    """
    result = []
    best = None
    for v in values:
        if best is None or v > best:
            best = v
        result.append(best)
    return result


def chunk(items, size):
    """Split a list into consecutive chunks of at most size items.

    >>> chunk([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    """
    return [items[i : i + size] for i in range(0, len(items), size)]


def dedupe(items):
    """Remove duplicates from a list, keeping the first occurrence of each item.

    >>> dedupe([3, 1, 3, 2, 1])
    [3, 1, 2]
    """
    seen = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def count_vowels(text):
    """Count the vowels (a, e, i, o, u, either case) in a string.

    >>> count_vowels("Hello World")
    3
    """
    total = 0
    for ch in text.lower():
        if ch in "aeiou":
            total += 1
    return total
