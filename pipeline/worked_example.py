"""The worked example of the ``comment+example`` translation prompt: one small function, solved by hand in
each MultiPL-T language.

A small model copies form better than it follows an instruction, so the prompt shows it one finished
translation in exactly the shape it is asked to complete: the Python function as a comment, our emitter's own
prompt for it, and a body that passes the compiled tests (``tests/test_token_healing.py`` runs them). The
bodies live in each language's bundle (``WORKED_EXAMPLE`` in ``emitters/<key>/samples.py``). Written for
this project and dedicated to the public domain (CC0): copy it freely.
"""

from __future__ import annotations

from emitters import get_emitter

NAME = "sum_of_even"

PYTHON = '''def sum_of_even(numbers: list[int]) -> int:
    """Add up the even numbers in the list.

    >>> sum_of_even([1, 2, 3, 4])
    6
    """
    total = 0
    for n in numbers:
        if n % 2 == 0:
            total += n
    return total
'''

TESTS = [
    "assert sum_of_even([1, 2, 3, 4]) == 6",
    "assert sum_of_even([]) == 0",
    "assert sum_of_even([-2, 5, 10, 7]) == 8",
]


def body(language: str) -> str | None:
    """The hand-written body that follows ``language``'s prompt for the example (``WORKED_EXAMPLE`` in its
    bundle's samples), or None where the bundle has none."""
    try:
        samples = get_emitter(language).samples()
    except ImportError:
        return None
    text = getattr(samples, "WORKED_EXAMPLE", None)
    return text if isinstance(text, str) else None
