"""What the loopback server answers: hand-written tests and translations of two functions, right and wrong.

The verdicts on them are real (our compiler, the real interpreters); only the model is replaced by a table.
"""

from __future__ import annotations

from emitters import all_emitters

CORPUS = '''
def clamp(value, low, high):
    """Limit value to the closed range [low, high].

    >>> clamp(15, 0, 10)
    10
    """
    if value < low:
        return low
    if value > high:
        return high
    return value


def digit_sum(n):
    """Sum of the decimal digits of a non-negative integer."""
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total
'''

# After "assert NAME(": right ones, a wrong one, one the compiler cannot take (a name as argument).
TESTS = {
    "clamp": "5, 0, 10) == 5\nassert clamp(-3, 0, 10) == 0\nassert clamp(1, 2, 3) == 5\nassert clamp(x, 0, 1) == 0\n",
    "digit_sum": "0) == 0\nassert digit_sum(99) == 18\nassert digit_sum(7) == 8\nassert digit_sum(1234) == 10\n",
}

# The translations each language's bundle scripts (PIPELINE in emitters/<key>/samples.py): language ->
# (the prompt's function header, {function: [right, the same with other spacing, wrong, right another way]}).
TRANSLATIONS = {
    e.name: (e.samples().PIPELINE_HEADER, e.samples().PIPELINE)
    for e in all_emitters()
    if hasattr(e.samples(), "PIPELINE")
}


def answer(prompt: str, n: int) -> list[str]:
    for name, tests in TESTS.items():
        if prompt.endswith(f"assert {name}("):
            return [tests] * n
    for header, translations in TRANSLATIONS.values():
        for name, texts in translations.items():
            if header.format(name=name) in prompt.rsplit("\n\n", 1)[-1]:
                return [texts[i % len(texts)] for i in range(n)]
    return ["garbage that is not code\n"] * n
