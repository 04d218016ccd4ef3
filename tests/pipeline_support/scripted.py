"""What the loopback server answers: hand-written tests and translations of two functions, right and wrong.

The verdicts on them are real (our compiler, the real interpreters); only the model is replaced by a table.
"""

from __future__ import annotations

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

# language -> function -> [right, the same with other spacing, wrong, right written another way]
TRANSLATIONS = {
    "lua": {
        "clamp": [
            "    if value < low then return low end\n    if value > high then return high end\n    return value\nend\n",
            "    if value<low then return low end\n    if value>high then return high end\n    return value\nend\n",
            "    return value\nend\n",
            "    return math.max(low, math.min(high, value))\nend\n",
        ],
        "digit_sum": [
            "    local total = 0\n    while n > 0 do\n        total = total + n % 10\n        n = n // 10\n    end\n"
            "    return total\nend\n",
        ],
    },
    "rkt": {
        "clamp": [
            "  (cond [(< value low) low] [(> value high) high] [else value]))\n",
            "  (cond [(< value low) low]  [(> value high) high]  [else value]))\n",
            "  value)\n",
            "  (max low (min high value)))\n",
        ],
        "digit_sum": [
            "  (let loop ([n n] [acc 0])\n    (if (<= n 0) acc (loop (quotient n 10) (+ acc (remainder n 10))))))\n",
        ],
    },
    "ml": {
        "clamp": [
            "  if value < low then low else if value > high then high else value\n",
            "  if value < low then low  else if value > high then high  else value\n",
            "  value\n",
            "  max low (min high value)\n",
        ],
        "digit_sum": [
            "  let rec go n acc = if n <= 0 then acc else go (n / 10) (acc + n mod 10) in\n  go n 0\n",
        ],
    },
    "r": {
        "clamp": [
            "  if (value < low) return(low)\n  if (value > high) return(high)\n  value\n}\n",
            "  if (value < low) return(low)\n  if (value > high) return(high)\n  return(value)\n}\n",
            "  value\n}\n",
            "  max(low, min(high, value))\n}\n",
        ],
        "digit_sum": [
            "  total <- 0\n  while (n > 0) {\n    total <- total + n %% 10\n    n <- n %/% 10\n  }\n  total\n}\n",
        ],
    },
    "jl": {
        "clamp": ["    return max(low, min(high, value))\nend\n"],
        "digit_sum": [
            "    total = 0\n    while n > 0\n        total += n % 10\n        n = div(n, 10)\n    end\n"
            "    return total\nend\n",
        ],
    },
}

_HEADERS = {
    "lua": "local function {name}(",
    "rkt": "(define ({name} ",
    "ml": "let {name} (",
    "r": "{name} <- function(",
    "jl": "function {name}(",
}


def answer(prompt: str, n: int) -> list[str]:
    for name, tests in TESTS.items():
        if prompt.endswith(f"assert {name}("):
            return [tests] * n
    for language, header in _HEADERS.items():
        for name, texts in TRANSLATIONS[language].items():
            if header.format(name=name) in prompt.rsplit("\n\n", 1)[-1]:
                return [texts[i % len(texts)] for i in range(n)]
    return ["garbage that is not code\n"] * n
