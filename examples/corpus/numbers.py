"""Numeric helpers."""


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
    """Sum of the decimal digits of a non-negative integer.

    >>> digit_sum(1234)
    10
    """
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def mean(values):
    """Arithmetic mean of a non-empty list of numbers.

    >>> mean([1, 2, 3, 4])
    2.5
    """
    return sum(values) / len(values)


def gcd(a, b):
    """Greatest common divisor of two non-negative integers.

    >>> gcd(12, 18)
    6
    """
    while b:
        a, b = b, a % b
    return a


def identity(x):
    """Return x unchanged."""
    return x


def scale(values, factor):
    """Multiply every value by factor, using the shared helper."""
    return [_round_half(v * factor) for v in values]


def log_value(x):
    print(x)
    return x


def has_close_elements(numbers, threshold):
    """Check if in given list of numbers, are any two numbers closer to each other than given threshold."""
    for idx, elem in enumerate(numbers):
        for idx2, elem2 in enumerate(numbers):
            if idx != idx2:
                distance = abs(elem - elem2)
                if distance < threshold:
                    return True

    return False
